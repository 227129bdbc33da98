"""Chinese: its eSpeak NG voices and dialogue marks. No speech verbs yet: speakers
are found by turn-taking and the names around a line; not tested on a Chinese story yet."""

from . import Language

LANGUAGE = Language(
    code='zh',
    name='Chinese',
    names=('中文', 'Chinese', 'Mandarin', 'zho', 'chi'),
    voices=('cmn', 'yue'),
    quotes={'「': '」', '『': '』', '“': '”', '"': '"'},
    dash_dialogue=False,
    speech_verbs=(),
    pronouns={},
)
