"""Polish: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Polish story yet."""

from . import Language

LANGUAGE = Language(
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
    thought_verbs=('pomyślał', 'pomyślała'),
)
