"""Russian: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Russian story yet."""

from . import Language

LANGUAGE = Language(
    name_countries=("russia",),
    introductions=tuple('меня зовут'.split('|')),
    first_person=frozenset('я меня мне мной мой моя'.split()),
    code='ru',
    name='Russian',
    names=('Русский', 'Russian', 'rus'),
    voices=('ru', 'ru-lv'),
    quotes={'«': '»', '„': '“', '"': '"'},
    dash_dialogue=True,
    speech_verbs=('сказал', 'сказала', 'спросил', 'спросила', 'ответил', 'ответила', 'прошептал', 'прошептала', 'крикнул', 'крикнула', 'воскликнул', 'воскликнула', 'добавил', 'добавила'),
    pronouns={'он': 'male', 'она': 'female', 'я': 'self'},
    verb_genders={'сказал': 'male', 'сказала': 'female', 'спросил': 'male', 'спросила': 'female', 'ответил': 'male', 'ответила': 'female', 'прошептал': 'male', 'прошептала': 'female', 'крикнул': 'male', 'крикнула': 'female', 'воскликнул': 'male', 'воскликнула': 'female', 'добавил': 'male', 'добавила': 'female'},
    name_endings={"а": "female", "я": "female"},
    object_pronouns=frozenset(['ему', 'ей', 'его', 'её']),
    titles={"господин": "male", "госпожа": "female", "тётя": "female", "тетя": "female", "дядя": "male",
            "бабушка": "female", "дедушка": "male", "доктор": "", "профессор": ""},
    function_words=frozenset("""и а но или да нет не ни что кто как где когда почему зачем если потому тогда
    потом уже ещё еще всё все весь вся это этот эта эти тот та те там тут здесь вот ну ой ах эх я ты он она оно
    мы вы они меня тебя его её ее нас вас их мне тебе ему ей нам вам им мой моя моё твой твоя наш наша ваш ваша
    свой своя в во на с со к ко по за из от до у о об при для без над под между через после перед спасибо
    привет здравствуйте пожалуйста конечно может наверное глава конец""".split()),
    thought_verbs=('подумал', 'подумала'),
    header_labels={"название": "title", "автор": "author", "фэндом": "fandoms", "фандом": "fandoms", "пэйринг": "relationships", "пейринг": "relationships", "персонажи": "characters", "рейтинг": "rating", "жанры": "genre", "жанр": "genre", "описание": "summary", "предупреждения": "warnings", "размер": "words", "статус": "status", "примечания": "notes", "примечание": "notes", "посвящение": "notes", "метки": "freeforms", "пэйринг и персонажи": "relationships", "пейринг и персонажи": "relationships", "направленность": "categories", "бета": "beta"},
    note_openers=("примечания", "примечание", "примечания автора", "от автора"),
)
