"""German: „Anführungszeichen“ and »Guillemets«; every noun is capitalised, so a name needs more than a capital."""

from . import Language

_PAST = """sagte fragte antwortete rief flüsterte murmelte meinte erwiderte entgegnete schrie brüllte seufzte lachte
erklärte wiederholte bemerkte knurrte zischte stammelte stotterte murrte brummte keuchte jammerte bat befahl
versprach warnte drängte beharrte protestierte flehte wisperte kicherte schnaubte grinste lächelte fauchte
verkündete gestand widersprach unterbrach ergänzte betonte raunte hauchte behauptete schlug fügte warf gab
stimmte räumte fuhr beschwerte beklagte entschied beschloss""".split()
_PRESENT = """grüßte grüßt sagt fragt antwortet ruft flüstert murmelt meint erwidert entgegnet schreit brüllt seufzt lacht
erklärt wiederholt bemerkt knurrt zischt stammelt stottert murrt brummt keucht jammert bittet befiehlt
verspricht warnt drängt beharrt protestiert fleht wispert behauptet schlägt fügt wirft gibt stimmt räumt beschwert beklagt""".split()

LANGUAGE = Language(
    tag_endings=("te",),
    name_questions=('wie heißt du', 'wie heißen sie', 'wie ist dein name', 'wie ist ihr name', 'wie heißt ihr'),
    introductions=tuple('ich heiße|mein name ist'.split('|')),
    surname_greetings=tuple('übrigens|angenehm|sehr erfreut|freut mich|guten tag|guten morgen|guten abend|grüß gott|servus|moin|hallo'.split('|')),
    titled_introductions=('ich bin',),
    code="de",
    name="German",
    names=("Deutsch", "German", "deu", "ger"),
    voices=("de",),
    quotes={"„": "“”\"", "»": "«", "\"": "\"", "“": "”", "«": "»", "‚": "‘"},
    speech_verbs=tuple(dict.fromkeys(_PAST + _PRESENT)),
    pronouns={"er": "male", "sie": "female", "ich": "self"},
    titles={"herr": "male", "hr.": "male", "frau": "female", "fr.": "female", "fräulein": "female",
            "onkel": "male", "tante": "female", "doktor": "", "dr.": "", "oma": "female", "opa": "male",
            "professor": "", "professorin": "female", "kapitän": "male"},
    first_person_objects=frozenset("mir mich".split()),
    name_countries=("germany", "austria", "swiss"),
    relative_pronouns=frozenset("der die das den dem deren dessen".split()),
    function_words=frozenset("""jetzt später darin daran darauf dabei damit davon dazu darum dahinter daneben darunter
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    mein meine meinen dein deine sein seine seinen ihr ihre ihren unser unsere euer eure ich du er sie es wir man
    mich dich sich mir dir ihm ihn uns euch und oder aber denn sondern doch dass daß wenn als ob weil da dann
    danach noch schon nie immer auch nur sehr mehr nichts niemand jemand etwas alles alle jeder jede jedes dieser
    diese dieses jener jene mit ohne für gegen um durch bei nach von vor zu zum zur aus auf über unter hinter
    neben zwischen in im am an ans ja nein danke bitte hallo tschüss ach oh na ah äh ähm hm tja oje ups hey nun also so wie wo wer was warum
    wieso weshalb wann hier dort heute morgen gestern plötzlich endlich vielleicht kapitel herr frau fräulein gott
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
    september oktober november dezember ende prolog epilog gut guten""".split()),
    abbreviations=frozenset("hr fr dr prof z.b bzw usw ca nr str d.h u.a vgl evtl bzgl inkl".split()),
    capitalised_nouns=True,
    young_nouns=frozenset("junge mädchen kind kleine kleiner".split()),
    child_nouns=frozenset('sohn tochter enkel enkelin enkelkind neffe nichte kinder söhne töchter'.split()),
    endearments=frozenset("schatz liebling kind kleine kleiner süße süßer mäuschen spatz engel schau komm hör guck los na moment achtung".split()),
    person_nouns={'mann': 'male', 'frau': 'female', 'junge': 'male', 'mädchen': 'female', 'alte': '', 'alter': 'male', 'schaffner': 'male', 'schaffnerin': 'female', 'fremde': '', 'fremder': 'male', 'kind': '', 'greis': 'male', 'dame': 'female', 'herr': 'male', 'typ': 'male', 'kerl': 'male'},
    spoken_abbreviations={'Dr.': 'Doktor', 'z.B.': 'zum Beispiel', 'bzw.': 'beziehungsweise', 'usw.': 'und so weiter', 'Hr.': 'Herr', 'Fr.': 'Frau'},
    object_pronouns=frozenset(['ihm', 'ihr', 'ihn']),
    voice_nouns=frozenset(['stimme']),
    name_endings={"a": "female"},
    noun_articles={'mädchen': 'das', 'kind': 'das', 'fräulein': 'das', 'baby': 'das', 'mädel': 'das'},
    role_nouns={'schaffner': 'male', 'schaffnerin': 'female', 'verkäufer': 'male', 'verkäuferin': 'female', 'kellner': 'male', 'kellnerin': 'female', 'polizist': 'male', 'polizistin': 'female', 'arzt': 'male', 'ärztin': 'female', 'fahrer': 'male', 'fahrerin': 'female', 'bäcker': 'male', 'bäckerin': 'female', 'lehrer': 'male', 'lehrerin': 'female', 'pförtner': 'male', 'wirt': 'male', 'wirtin': 'female', 'hausmeister': 'male', 'hausmeisterin': 'female', 'nachbar': 'male', 'nachbarin': 'female', 'trainer': 'male', 'trainerin': 'female', 'briefträger': 'male', 'fremde': '', 'fremder': 'male', 'direktor': 'male', 'direktorin': 'female', 'busfahrer': 'male', 'busfahrerin': 'female', 'kassierer': 'male', 'kassiererin': 'female', 'apotheker': 'male', 'apothekerin': 'female', 'bibliothekar': 'male', 'bibliothekarin': 'female', 'chef': 'male', 'chefin': 'female', 'koch': 'male', 'köchin': 'female', 'pförtnerin': 'female', 'prüfer': 'male', 'prüferin': 'female', 'betreuer': 'male', 'betreuerin': 'female', 'arzthelferin': 'female', 'krankenschwester': 'female', 'pfleger': 'male', 'pflegerin': 'female', 'taxifahrer': 'male', 'taxifahrerin': 'female'},
    tag_particles=frozenset("""ab an auf aus bei dagegen dazu dazwischen ein entgegen fort heraus hervor hinterher hinzu
    los nach vor weiter wissen zu zurück zusammen""".split()),
    thought_verbs=('dachte', 'denkt'),
    first_person=frozenset("ich mich mir wir uns mein meine meinen meinem meiner meines".split()),
    possessives=frozenset("mein meine meinem meinen meiner dein deine deinem deinen deiner sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere unserem unseren".split()),
    parent_nouns=frozenset({"mutter", "vater", "mama", "papa", "onkel", "tante", "oma", "opa", "großmutter", "großvater"}),
    relation_nouns={"mutter": "female", "vater": "male", "bruder": "male", "schwester": "female",
                    "cousin": "male", "cousine": "female", "onkel": "male", "tante": "female", "sohn": "male",
                    "tochter": "female", "oma": "female", "opa": "male", "großmutter": "female",
                    "großvater": "male", "mann": "male", "frau": "female", "mama": "female", "papa": "male",
                    "freundin": "female", "freund": "male", "nachbar": "male", "nachbarin": "female",
                    "enkel": "male", "enkelin": "female"},
    naming_relatives=("der {} hieß", "die {} hieß", "das {} hieß", "der {} heißt", "die {} heißt", "das {} heißt"),
    identifying=("es war", "das war", "sie hieß", "er hieß"),
    articles=frozenset("der die das den dem des ein eine einen einem sein seine ihr ihre".split()),
    definite_articles={"female": "die", "male": "der"},
    indefinite_articles={"ein": "der", "eine": "die"},
    article_genders={"der": "male", "die": "female", "ein": "male", "eine": "female"},
    header_labels={"titel": "title", "autor": "author", "autorin": "author", "zusammenfassung": "summary", "inhalt": "summary", "beschreibung": "summary", "charaktere": "characters", "figuren": "characters", "warnung": "warnings", "warnungen": "warnings", "sprache": "language", "wörter": "words", "altersfreigabe": "rating", "anmerkung": "notes", "anmerkungen": "notes", "vorwort": "notes", "beziehung": "relationships", "beziehungen": "relationships", "kategorie": "fandoms", "schlagwörter": "freeforms", "veröffentlicht": "published", "aktualisiert": "updated", "serie": "series"},
    note_openers=("a/n", "anmerkung", "anmerkungen", "anmerkung der autorin", "anmerkung des autors", "hinweis", "vorwort", "nachwort", "disclaimer"),
)
