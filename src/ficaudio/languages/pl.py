"""Polish: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Polish story yet."""

from . import Language

LANGUAGE = Language(
    name_countries=("poland",),
    introductions=tuple('jestem|nazywam się|mam na imię'.split('|')),
    first_person=frozenset('ja mnie mi mną mój moja'.split()),
    code='pl',
    name='Polish',
    names=('Polski', 'Polish', 'pol'),
    voices=('pl',),
    quotes={'„': '”“"', '«': '»', '»': '«', '"': '"'},
    dash_dialogue=True,
    speech_verbs=('powiedział', 'powiedziała', 'zapytał', 'zapytała', 'spytał', 'spytała', 'odpowiedział', 'odpowiedziała', 'szepnął', 'szepnęła', 'krzyknął', 'krzyknęła', 'dodał', 'dodała', 'mruknął', 'mruknęła'),
    pronouns={'on': 'male', 'ona': 'female', 'ja': 'self'},
    verb_genders={'powiedział': 'male', 'powiedziała': 'female', 'zapytał': 'male', 'zapytała': 'female', 'spytał': 'male', 'spytała': 'female', 'odpowiedział': 'male', 'odpowiedziała': 'female', 'szepnął': 'male', 'szepnęła': 'female', 'krzyknął': 'male', 'krzyknęła': 'female', 'dodał': 'male', 'dodała': 'female', 'mruknął': 'male', 'mruknęła': 'female'},
    name_endings={"a": "female"},
    object_pronouns=frozenset(['mu', 'jej', 'go', 'ją']),
    titles={"pan": "male", "pani": "female", "panna": "female", "ciocia": "female", "wujek": "male",
            "babcia": "female", "dziadek": "male", "doktor": "", "profesor": ""},
    function_words=frozenset("""i a ale lub albo czy tak nie ani że co kto jak gdzie kiedy dlaczego czemu jeśli
    bo więc potem już jeszcze wszystko wszyscy to ten ta te tamten tam tu tutaj oto no och ach ja ty on ona ono
    my wy oni one mnie ciebie jego jej nas was ich mi ci mu nam wam im mój moja moje twój twoja nasz nasza wasz
    swój swoja w we na z ze do od po za przy dla bez nad pod przed między przez o u dziękuję cześć dzień dobry
    proszę oczywiście może chyba pan pani rozdział koniec""".split()),
    thought_verbs=('pomyślał', 'pomyślała'),
    header_labels={"tytuł": "title", "autor": "author", "autorka": "author", "opis": "summary", "streszczenie": "summary", "postacie": "characters", "ostrzeżenia": "warnings", "język": "language", "gatunek": "genre", "uwagi": "notes", "notka": "notes", "relacje": "relationships", "tagi": "freeforms", "kategoria": "fandoms", "rozdziały": "chapters", "seria": "series"},
    note_openers=("n/a", "notka", "od autora", "od autorki", "uwaga autora", "uwaga autorki"),
)
