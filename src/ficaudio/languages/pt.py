"""Portuguese: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Portuguese story yet."""

from . import Language

LANGUAGE = Language(
    name_countries=("portugal",),
    introductions=tuple('sou|me chamo|chamo-me|meu nome é'.split('|')),
    first_person=frozenset('eu me mim meu minha comigo'.split()),
    code='pt',
    name='Portuguese',
    names=('Português', 'Portugues', 'Portuguese', 'por'),
    voices=('pt', 'pt-br'),
    regions={w: ('pt-br',) for w in ('br', 'brasil', 'brasileiro', 'brasileira', 'brazil', 'brazilian')},
    quotes={'«': '»', '“': '”', '"': '"'},
    dash_dialogue=True,
    speech_verbs=('disse', 'perguntou', 'respondeu', 'murmurou', 'sussurrou', 'gritou', 'exclamou', 'acrescentou', 'repetiu', 'suspirou', 'explicou', 'continuou', 'insistiu', 'diz', 'pergunta', 'responde'),
    pronouns={'ele': 'male', 'ela': 'female', 'eu': 'self'},
    name_endings={"a": "female", "o": "male"},
    object_pronouns=frozenset(['lhe', 'lhes']),
    voice_nouns=frozenset(['voz']),
    titles={"senhor": "male", "sr.": "male", "senhora": "female", "sra.": "female", "dona": "female",
            "dom": "male", "doutor": "male", "doutora": "female", "tia": "female", "tio": "male", "avó": "female",
            "avô": "male"},
    function_words=frozenset("""o a os as um uma uns umas de do da dos das em no na nos nas ao à por pelo pela
    para com sem sobre entre até desde eu tu ele ela nós vós eles elas você vocês me te se lhe nos meu minha teu
    tua seu sua nosso nossa e ou mas nem que quem qual quando onde como se porque pois então depois antes agora
    já ainda nunca sempre também muito mais menos nada ninguém algo alguém tudo todo toda todos cada outro outra
    este esta isto esse essa isso aquele aquela não sim obrigado obrigada olá adeus bom boa senhor senhora dona
    deus ah oh ei bem talvez aqui ali lá capítulo fim""".split()),
    thought_verbs=('pensou', 'pensa'),
    articles=frozenset("o a os as um uma".split()),
    definite_articles={"female": "a", "male": "o"},
    indefinite_articles={"um": "o", "uma": "a"},
    article_genders={"o": "male", "a": "female", "um": "male", "uma": "female"},
    header_labels={"título": "title", "autor": "author", "autora": "author", "resumo": "summary", "sinopse": "summary", "personagens": "characters", "avisos": "warnings", "idioma": "language", "gênero": "genre", "palavras": "words", "nota": "notes", "notas": "notes", "casal": "relationships", "casais": "relationships", "relacionamentos": "relationships", "classificação": "rating", "categoria": "fandoms", "capítulos": "chapters", "publicado": "published", "atualizado": "updated", "série": "series", "etiquetas": "freeforms"},
    note_openers=("n/a", "nota", "notas", "nota da autora", "nota do autor", "notas da autora", "notas do autor"),
    articled_names=True,
)
