"""Japanese: its eSpeak NG voices and dialogue marks. No speech verbs yet: speakers
are found by turn-taking and the names around a line; not tested on a Japanese story yet."""

from . import Language

LANGUAGE = Language(
    code='ja',
    name='Japanese',
    names=('日本語', 'Japanese', 'jpn'),
    voices=('ja',),
    quotes={'「': '」', '『': '』'},
    dash_dialogue=False,
    speech_verbs=(),
    pronouns={},
)
