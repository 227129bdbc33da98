"""Chinese: its eSpeak NG voices and dialogue marks. No speech verbs yet: speakers
are found by turn-taking and the names around a line; not tested on a Chinese story yet."""

from . import Language

LANGUAGE = Language(
    first_person=frozenset('我'.split()),
    code='zh',
    name='Chinese',
    names=('中文', 'Chinese', 'Mandarin', 'zho', 'chi'),
    voices=('cmn', 'yue'),
    quotes={'「': '」', '『': '』', '“': '”', '"': '"'},
    dash_dialogue=False,
    spaceless=True,
    speech_verbs=('说', '说道', '问', '问道', '答', '答道', '回答', '喊', '喊道', '叫道', '笑道', '低声说', '小声说', '补充道', '嘟囔'),
    pronouns={'他': 'male', '她': 'female', '我': 'self'},
)
