"""Spanish: dialogue dashes (—Hola —dijo ella—. ¿Vienes?), «comillas» and “inglesas”."""

from . import Language

_PAST = """dijo preguntó respondió contestó murmuró susurró gritó exclamó añadió repitió replicó suspiró explicó
continuó insistió protestó declaró anunció ordenó pidió rogó admitió sugirió comentó aclaró musitó bromeó
interrumpió masculló gruñó chilló advirtió prosiguió concluyó intervino espetó soltó afirmó negó inquirió
balbuceó tartamudeó suplicó reconoció confesó corrigió propuso prometió señaló observó apuntó sentenció
agregó cuchicheó bufó jadeó sollozó rio rió quejó lamentó exigió""".split()
_PRESENT = """saludó saluda dice pregunta responde contesta murmura susurra grita exclama añade repite replica suspira explica
continúa insiste protesta declara anuncia ordena pide ruega admite sugiere comenta aclara musita bromea
interrumpe masculla gruñe chilla advierte prosigue concluye interviene espeta suelta afirma niega agrega queja""".split()

_FIRST_PERSON = """dije pregunté respondí contesté murmuré susurré grité exclamé añadí repetí repliqué suspiré
expliqué continué insistí protesté declaré anuncié ordené pedí rogué admití sugerí comenté aclaré musité bromeé
interrumpí mascullé gruñí chillé advertí proseguí concluí intervine espeté solté afirmé negué balbuceé supliqué
reconocí confesé corregí propuse prometí señalé observé apunté agregué saludé quejé""".split()
"""First person preterite: '—No, gracias —respondí.': no pronoun, the verb says the narrator spoke."""

LANGUAGE = Language(
    tag_endings=("ó", "io"),
    name_questions=('cómo te llamas', 'cómo se llama', 'cómo os llamáis', 'cuál es tu nombre', 'cuál es su nombre'),
    introductions=tuple('soy|me llamo|mi nombre es'.split('|')),
    surname_greetings=tuple('por cierto|encantado|encantada|mucho gusto|buenos días|buenas tardes|buenas noches|para servirle|a su servicio'.split('|')),
    code="es",
    name="Spanish",
    names=("Español", "Espanol", "Castellano", "Spanish", "spa"),
    voices=("es", "es-419"),
    regions={w: ("es-419",) for w in ("419", "latinoamérica", "latinoamerica", "latam", "latino", "latina", "mx",
                                      "méxico", "mexico", "mexicano", "ar", "co", "cl", "pe", "ve", "uy", "us")},
    quotes={"«": "»", "“": "”", "\"": "\""},
    dash_dialogue=True,
    speech_verbs=tuple(dict.fromkeys(_PAST + _PRESENT + _FIRST_PERSON)),
    verb_genders=dict.fromkeys(_FIRST_PERSON, "self"),
    pronouns={"él": "male", "ella": "female", "yo": "self", "ellos": "plural", "ellas": "plural"},
    titles={"señor": "male", "sr.": "male", "sr": "male", "señora": "female", "sra.": "female", "sra": "female",
            "señorita": "female", "srta.": "female", "don": "male", "doña": "female", "tía": "female",
            "tío": "male", "doctor": "male", "doctora": "female", "abuela": "female", "abuelo": "male",
            "padre": "male", "madre": "female", "capitán": "male"},
    first_person_objects=frozenset("me mí -ndome".split()),
    name_countries=("spain",),
    relative_pronouns=frozenset("que donde cuyo cuya".split()),
    function_words=frozenset("""mañana hoy ayer anoche durante mediante era eran fue fueron había hubo estaba estaban el la los las lo un una unos unas al del de a en con sin por para sobre entre hacia
    hasta desde según tras mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra yo tú él ella
    ello nosotros nosotras vosotros ellos ellas usted ustedes me te se nos os le les y e o u ni pero sino que
    quien quién qué cual cuál cuando cuándo donde dónde como cómo si sí porque pues luego entonces después antes
    ahora ya aún todavía nunca siempre también tampoco muy más menos nada nadie algo alguien todo todos toda
    todas cada otro otra otros otras este esta esto estos estas ese esa eso esos esas aquel aquella no gracias
    hola adiós buenos buenas señor señora señorita don doña capítulo dios ay oh eh ah uf bah huy bueno vale claro quizá quizás
    tal allí aquí allá mientras aunque lunes martes miércoles jueves viernes sábado domingo enero febrero marzo
    abril mayo junio julio agosto septiembre octubre noviembre diciembre fin prólogo epílogo nota""".split()),
    abbreviations=frozenset("sr sra srta dr dra ud uds etc pág núm av cap vol".split()),
    name_endings={"a": "female", "o": "male"},
    young_nouns=frozenset("chico chica niño niña muchacho muchacha chaval chavala crío cría".split()),
    child_nouns=frozenset('hijo hija nieto nieta sobrino sobrina hijos hijas nietos'.split()),
    endearments=frozenset("niña niño cariño hija hijo mija mijo guapa guapo chaval chavala cielo corazón amor reina nena nene anda venga vaya oye oiga mira mire hala toma vamos ojo cuidado".split()),
    person_nouns={'viejo': 'male', 'vieja': 'female', 'hombre': 'male', 'mujer': 'female', 'chico': 'male', 'chica': 'female', 'niño': 'male', 'niña': 'female', 'anciano': 'male', 'anciana': 'female', 'muchacho': 'male', 'muchacha': 'female', 'joven': '', 'señor': 'male', 'señora': 'female', 'desconocido': 'male', 'desconocida': 'female', 'tipo': 'male'},
    spoken_abbreviations={'Dr.': 'doctor', 'Dra.': 'doctora', 'Ud.': 'usted', 'Uds.': 'ustedes'},
    object_pronouns=frozenset(['le', 'les']),
    voice_nouns=frozenset(['voz']),
    role_nouns={'frutero': 'male', 'frutera': 'female', 'camarero': 'male', 'camarera': 'female', 'vendedor': 'male', 'vendedora': 'female', 'policía': '', 'médico': 'male', 'médica': 'female', 'enfermero': 'male', 'enfermera': 'female', 'cartero': 'male', 'cartera': 'female', 'conductor': 'male', 'revisor': 'male', 'panadero': 'male', 'panadera': 'female', 'portero': 'male', 'portera': 'female', 'profesor': 'male', 'profesora': 'female', 'desconocido': 'male', 'desconocida': 'female', 'director': 'male', 'directora': 'female', 'monitor': 'male', 'monitora': 'female', 'entrenador': 'male', 'entrenadora': 'female', 'vigilante': '', 'conserje': '', 'celador': 'male', 'celadora': 'female', 'taxista': '', 'cocinero': 'male', 'cocinera': 'female', 'jefe': 'male', 'jefa': 'female', 'dependiente': 'male', 'dependienta': 'female', 'farmacéutico': 'male', 'farmacéutica': 'female', 'recepcionista': '', 'guardia': '', 'taquillero': 'male', 'taquillera': 'female', 'dj': ''},
    thought_verbs=('pensó', 'piensa', 'pensé'),
    first_person=frozenset("yo me mi mis conmigo nosotros nosotras".split()),
    possessives=frozenset("mi tu su nuestro nuestra vuestro vuestra".split()),
    parent_nouns=frozenset({"madre", "padre", "mamá", "papá", "tío", "tía", "abuelo", "abuela"}),
    relation_nouns={"madre": "female", "padre": "male", "hermano": "male", "hermana": "female", "primo": "male",
                    "prima": "female", "tío": "male", "tía": "female", "hijo": "male", "hija": "female",
                    "abuela": "female", "abuelo": "male", "marido": "male", "esposo": "male", "esposa": "female",
                    "mamá": "female", "papá": "male", "sobrino": "male", "sobrina": "female", "amiga": "female",
                    "amigo": "male", "vecino": "male", "vecina": "female", "nieto": "male", "nieta": "female",
                    "novio": "male", "novia": "female"},
    naming_relatives=("que se llamaba", "que se llama"),
    identifying=("era", "se llamaba", "resultó ser"),
    articles=frozenset("el la los las un una unos su".split()),
    definite_articles={"female": "la", "male": "el"},
    indefinite_articles={"un": "el", "una": "la"},
    article_genders={"el": "male", "la": "female", "un": "male", "una": "female", "del": "male", "al": "male"},
    header_labels={"título": "title", "titulo": "title", "autor": "author", "autora": "author", "resumen": "summary", "sinopsis": "summary", "personajes": "characters", "pareja": "relationships", "parejas": "relationships", "advertencia": "warnings", "advertencias": "warnings", "idioma": "language", "género": "genre", "palabras": "words", "clasificación": "rating", "nota": "notes", "notas": "notes", "relación": "relationships", "relaciones": "relationships", "etiquetas": "freeforms", "categoría": "fandoms", "capítulos": "chapters", "estado": "status", "publicado": "published", "actualizado": "updated", "serie": "series"},
    note_openers=("n/a", "nota", "notas", "nota de la autora", "nota del autor", "notas de la autora", "notas del autor", "aclaración", "aclaraciones", "disclaimer"),
)
