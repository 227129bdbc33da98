"""Portuguese: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Portuguese story yet."""

from . import Language

LANGUAGE = Language(
    code='pt',
    name='Portuguese',
    names=('Português', 'Portugues', 'Portuguese', 'por'),
    voices=('pt', 'pt-br'),
    quotes={'«': '»', '“': '”', '"': '"'},
    dash_dialogue=True,
    speech_verbs=('disse', 'perguntou', 'respondeu', 'murmurou', 'sussurrou', 'gritou', 'exclamou', 'acrescentou', 'repetiu', 'suspirou', 'explicou', 'continuou', 'insistiu', 'diz', 'pergunta', 'responde'),
    pronouns={'ele': 'male', 'ela': 'female', 'eu': 'self'},
    name_endings={"a": "female", "o": "male"},
    object_pronouns=frozenset(['lhe', 'lhes']),
    voice_nouns=frozenset(['voz']),
    thought_verbs=('pensou', 'pensa'),
)
