"""Japanese: its eSpeak NG voices and dialogue marks. No speech verbs yet: speakers
are found by turn-taking and the names around a line; not tested on a Japanese story yet."""

from . import Language

LANGUAGE = Language(
    first_person=frozenset('私 僕 俺'.split()),
    code='ja',
    name='Japanese',
    names=('日本語', 'Japanese', 'jpn'),
    voices=('ja',),
    quotes={'「': '」', '『': '』'},
    dash_dialogue=False,
    spaceless=True,
    speech_verbs=('言った', '言う', '答えた', '叫んだ', '聞いた', '尋ねた', 'つぶやいた', '囁いた', 'ささやいた', '笑った', '続けた', '呟いた'),
    pronouns={'彼女': 'female', '彼': 'male', '私': 'self', '僕': 'self', '俺': 'self'},
)
