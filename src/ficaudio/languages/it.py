"""Italian: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Italian story yet."""

from . import Language

LANGUAGE = Language(
    code='it',
    name='Italian',
    names=('Italiano', 'Italian', 'ita'),
    voices=('it',),
    quotes={'«': '»', '“': '”', '"': '"'},
    dash_dialogue=True,
    speech_verbs=('disse', 'chiese', 'rispose', 'mormorò', 'sussurrò', 'gridò', 'esclamò', 'aggiunse', 'ripeté', 'sospirò', 'spiegò', 'continuò', 'insistette', 'dice', 'chiede', 'risponde'),
    pronouns={'lui': 'male', 'lei': 'female', 'io': 'self'},
    name_endings={"a": "female", "o": "male"},
    object_pronouns=frozenset(['gli', 'le']),
    voice_nouns=frozenset(['voce']),
    thought_verbs=('pensò', 'pensa'),
)
