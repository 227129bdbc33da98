"""Russian: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Russian story yet."""

from . import Language

LANGUAGE = Language(
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
    thought_verbs=('подумал', 'подумала'),
)
