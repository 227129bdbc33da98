"""Italian: its eSpeak NG voices and dialogue marks. Speaker rules get only what is below:
a few common speech verbs and pronouns; not tested on a Italian story yet."""

from . import Language

LANGUAGE = Language(
    name_countries=("italy",),
    introductions=tuple('sono|mi chiamo'.split('|')),
    first_person=frozenset('io mi me mio mia'.split()),
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
    titles={"signor": "male", "signore": "male", "sig.": "male", "signora": "female", "sig.ra": "female",
            "signorina": "female", "dottor": "male", "dottore": "male", "dottoressa": "female", "zia": "female",
            "zio": "male", "nonna": "female", "nonno": "male", "don": "male", "donna": "female"},
    function_words=frozenset("""il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai
    agli alle da dal dalla in nel nella nei con su sul sulla per tra fra io tu lui lei noi voi loro mi ti si ci
    vi me te se mio mia tuo tua suo sua nostro nostra e ed o ma né che chi cui quale quando dove come se perché
    poi allora dopo prima ora già ancora mai sempre anche molto più meno niente nessuno qualcosa qualcuno tutto
    tutti ogni altro altra questo questa quello quella non sì no grazie ciao buongiorno buonasera signore signora
    dio ah oh eh beh bene forse qui qua lì là capitolo fine""".split()),
    thought_verbs=('pensò', 'pensa'),
    articles=frozenset("il lo la gli un una".split()),
    definite_articles={"female": "la", "male": "il"},
    indefinite_articles={"un": "il", "una": "la", "uno": "lo"},
    elision=(frozenset({"lo", "la"}), "aeiouàèéìòù"),
    article_genders={"il": "male", "la": "female", "un": "male", "una": "female"},
    header_labels={"titolo": "title", "autore": "author", "autrice": "author", "riassunto": "summary", "trama": "summary", "personaggi": "characters", "avvertenze": "warnings", "lingua": "language", "genere": "genre", "parole": "words", "nota": "notes", "note": "notes", "coppia": "relationships", "coppie": "relationships", "relazioni": "relationships", "avvertimenti": "warnings", "capitoli": "chapters", "stato": "status", "pubblicato": "published", "aggiornato": "updated", "serie": "series", "categoria": "fandoms"},
    note_openers=("n/a", "nota", "note", "nota dell'autrice", "nota dell'autore", "note dell'autrice", "note dell'autore"),
    articled_names=True,
)
