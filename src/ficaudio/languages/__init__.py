"""The languages ficaudio reads: one module per language, holding that language's words as data.

A language module (``fr.py``, ``es.py``, ...) defines ``LANGUAGE``, a
``Language``: the eSpeak NG voices to cast from, the story's dialogue marks,
and, for the languages attributed in full, the speech verbs, subject pronouns,
titles and function words the speaker rules read, and the abbreviations the
sentence splitter must not break at. Adding a language is adding a file here;
nothing else lists them.

English is the exception in one way: its words live in ``speakers/vocab.py``,
where the English rules were built, and ``en.py`` only says so (English
stories take the full English rule set; every other language takes the rules
of ``speakers/multilingual.py``, fed by its file).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass, field

DEFAULT = "en"
"""The language of a story that says none and is too short (or too mixed) to tell."""


@dataclass(frozen=True, eq=False)  # one object per language (get() caches it): hashed by identity
class Language:
    code: str
    """ISO 639-1 code, also the module's name: 'fr'."""
    name: str
    """English name, as the script and cast sheet print it: 'French'."""
    voices: tuple[str, ...]
    """eSpeak NG language voices for it, the narrator's first: ('fr-fr', 'fr-be', 'fr-ch')."""
    names: tuple[str, ...] = ()
    """How download metadata writes the language besides its code: 'Français', 'French', 'fra'."""
    quotes: dict[str, str] = field(default_factory=dict)
    """Opening mark -> the marks that may close it: {'«': '»', '"': '"»'} (a straight quote closed by » is
    seen in the wild). Single quotes are never dialogue outside English: ’ is the apostrophe of l’homme."""
    dash_dialogue: bool = False
    """A paragraph opening with a dash is speech: —Hola —dijo ella—. ¿Vienes?"""
    incise: bool = False
    """Tags sit inside the speech, between commas: « Je sais, dit-elle, mais c'est trop tard. »"""
    speech_verbs: tuple[str, ...] = ()
    """Every form of the verbs of saying a tag uses (dit, dis, demanda, répondit, ...)."""
    tag_endings: tuple[str, ...] = ()
    """Endings of the past tense a tag is told in (French passé simple 'a', 'it': grimaça, sourit; German 'te':
    grinste; Spanish 'ó': asintió): a verb not listed with one of these, right after the speech and before its
    subject ('sourit Nadia', 'grinste die Tochter', '—asintió el profesor'), still makes a tag (lower case)."""
    tag_particles: frozenset[str] = frozenset()
    """Words a tag ends on that make any verb before its subject a verb of saying (German separable verbs:
    'hielt Lea dagegen', 'brachte ich heraus', 'las er von der Anzeige ab'; and 'wollte sie wissen'): a word
    right after the speech, then its subject, at most four words, then one of these and the clause's end
    (lower case)."""
    thought_verbs: tuple[str, ...] = ()
    """Verbs of thinking that make a line a thought: « Zut », pensa-t-elle / —Qué raro —pensó."""
    pronouns: dict[str, str] = field(default_factory=dict)
    """Subject pronouns of a tag -> 'female', 'male' or 'self' (il, elle, je)."""
    object_pronouns: frozenset[str] = frozenset()
    """Third-person object pronouns (lui, le, ihm): a sign someone else is in the sentence."""
    verb_genders: dict[str, str] = field(default_factory=dict)
    """Verb forms that say the speaker's gender themselves (Russian сказала -> female), or 'self': a first
    person form with no pronoun (Spanish respondí, dije): the narrator spoke."""
    impersonal: tuple[str, ...] = ()
    """How a sentence whose subject pronoun is no one starts: 'il pleuvait', 'il y avait' (lower case)."""
    first_person: frozenset[str] = frozenset()
    """Narration words that show a first-person narrator is in the scene (je, j', me, yo, ich, mich) (lower case)."""
    titles: dict[str, str] = field(default_factory=dict)
    """Titles before a name -> gender ('Madame' -> female); a title alone is never a name."""
    familiar_titles: dict[str, str] = field(default_factory=dict)
    """What a title is called by, said alone to its holder -> the title ('tonton' -> 'oncle')."""
    endearments: frozenset[str] = frozenset()
    """What a line calls someone, or opens with, that is no name ('chérie', 'niña', 'Schatz'; 'Anda, ...',
    'Tiens, ...') (lower case): a word only ever called in speech is taken for a name when gender-guesser is sure
    of it (speakers.multilingual), never one of these."""
    function_words: frozenset[str] = frozenset()
    """Words that are never names even capitalised (Le, La, Der, Die, El, Pero): lower case."""
    abbreviations: frozenset[str] = frozenset()
    """Abbreviations a sentence does not end at (lower case, without the final full stop): 'mme', 'sr'."""
    person_nouns: dict[str, str] = field(default_factory=dict)
    """Nouns for people -> gender, so 'El viejo se sentó' is someone and 'Le vent sifflait' is not (lower case)."""
    young_nouns: frozenset[str] = frozenset()
    """The person nouns for a child ('garçon', 'niña', 'junge') (lower case): never one the story gives a title."""
    child_nouns: frozenset[str] = frozenset()
    """What someone is to a parent or grandparent ('fils', 'hijo', 'Enkel') (lower case): 'su hijo Asier' is a
    child of the scene, who calls a parent 'mamá'."""
    spoken_abbreviations: dict[str, str] = field(default_factory=dict)
    """Abbreviations eSpeak NG's voice would spell out -> what to say ('M.' -> 'Monsieur'); it says the rest,
    and every number and date, itself."""
    voice_nouns: frozenset[str] = frozenset()
    """'voix', 'voz', 'stimme': a tag 'cria une voix' names no one yet (lower case)."""
    role_nouns: dict[str, str] = field(default_factory=dict)
    """Nouns for a role ('employé', 'frutero', 'schaffner') -> gender ('' unknown): a speaker of their own,
    'L'employé', until the story names them (lower case)."""
    capitalised_nouns: bool = False
    """Every noun is written with a capital (German): a capital alone says nothing of a name."""
    introductions: tuple[str, ...] = ()
    """How a speaker names themself at the start of a sentence: 'je m'appelle', 'soy', 'ich heiße' (lower case);
    the name must follow ('Je suis maître Vasseur', 'Soy Pilar')."""
    titled_introductions: tuple[str, ...] = ()
    """Words that say who the speaker is only before a title ('ich bin' + 'Frau Kowalski'; 'Ich bin Lehrer' is
    no name) (lower case)."""
    surname_greetings: tuple[str, ...] = ()
    """What follows a bare surname said by its owner to name themself ('Kaminski, übrigens.', 'Pfannkuch, guten
    Morgen.') (lower case); a titled one's bare surname as a sentence of its own ('Wessel. Ich bin hier ...')
    names its speaker too."""
    name_questions: tuple[str, ...] = ()
    """How a line asks for a name ('comment tu t'appelles', 'wie heißt du') (lower case): a reply opening with a
    name of the story ('Inès. Avec un accent.') is that person saying who they are."""
    relation_nouns: dict[str, str] = field(default_factory=dict)
    """Family nouns after a possessive -> gender ('ihre Mutter', 'su madre', 'son cousin'): never a name, and
    before a name they give its gender ('son cousin Antoine') (lower case)."""
    possessives: frozenset[str] = frozenset()
    """Possessive determiners ('mi', 'ihrem', 'sa'): a parent noun after one in the narration ('y mi padre le
    gritaba', 'mit ihrem Vater') is a person of the scene (lower case)."""
    parent_nouns: frozenset[str] = frozenset()
    """The relation nouns a story often leaves a person at, never naming them ('fragte die Mutter', 'dijo su
    padre'): with no one of the story titled so, the speaker of such a tag is that person of their own."""
    spaceless: bool = False
    """Written with neither spaces nor capitals (Chinese, Japanese): names come only from speech tags."""
    name_endings: dict[str, str] = field(default_factory=dict)
    """Name endings -> gender, a last resort where no pronoun tells (Spanish Lucía, Marta -> female)."""
    identifying: tuple[str, ...] = ()
    """What names the one just described, right before the name: 'Una mujer alta entró. Era Rosa', 'c'était
    Paul', 'es war Frau Keller' (lower case)."""
    naming_relatives: tuple[str, ...] = ()
    """A relative clause that names the one a description just meant, right before the name: 'la niña del
    asiento de delante, que se llamaba Ainhoa', 'une fille qui s'appelait Inès' (lower case); '{}' marks the
    name where it comes before the verb ('ein Mädchen, das Lotte hieß': 'das {} hieß')."""
    articles: frozenset[str] = frozenset()
    """Articles and possessives before a noun for a person ('la', 'l'', 'son', 'su', 'ihre'): 'la gardienne',
    'su madre', 'die Mutter' are descriptions, not names (lower case). Spanish 'le' is none: '—le preguntó'."""
    definite_articles: dict[str, str] = field(default_factory=dict)
    """Gender -> the definite article ('female' -> 'la'): the article of a speaker made of a noun ('La mère',
    'Die Mutter') when the story says 'sa mère', 'ihre Mutter' (lower case)."""
    indefinite_articles: dict[str, str] = field(default_factory=dict)
    noun_articles: dict[str, str] = field(default_factory=dict)
    """Nouns for a person whose definite article is not that of the person's gender (German 'mädchen', 'kind' ->
    'das'), lower case: 'ein kleines Mädchen' goes on as 'Das Mädchen', not 'Der Mädchen'."""
    """Indefinite article -> the definite one the story goes on with ('un' -> 'le', Italian 'uno' -> 'lo'):
    'Un employé traversa le quai' makes the speaker 'L'employé' (lower case). No table: no newcomers so made."""
    elision: tuple[frozenset[str], str] = (frozenset(), "")
    """The articles that elide, and the letters they elide before: ({'le', 'la'}, 'aeiouéèêhâîô') makes
    'Un homme' the speaker 'L'homme' (lower case)."""
    article_genders: dict[str, str] = field(default_factory=dict)
    """Articles that say their noun's gender, contracted ones too ('du' -> 'male', 'une' -> 'female')
    (lower case)."""

    first_person_objects: frozenset[str] = frozenset()
    """The narrator's object pronouns ('me', 'm'', 'mir', 'mich') and endings of a verb that carries one
    ('-ndome': 'señalándome') (lower case): a tag saying them ('me demande-t-elle', 'sagte er zu mir') says the
    line to the narrator."""
    name_countries: tuple[str, ...] = ()
    """Where the language is spoken, as gender-guesser names its countries ('spain', 'france', 'germany'): a
    first name's gender there comes first (Rosario is a woman in Spain, Sacha a man in France)."""
    relative_pronouns: frozenset[str] = frozenset()
    """Words opening a relative clause ('que', 'dont', 'die'; lower case): 'la camisa que mi madre había
    planchado' speaks of a parent who is not in the scene. One that is also an article ('die') counts only
    after a comma."""

    articled_names: bool = False
    """First names take the definite article ('disse a Rita', 'o Tiago chegou'; Italian 'la Giulia'): an article
    before a capitalised word is part of no name, and the word is the name."""
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """How download metadata names a region of the language, after its code or beside its name (lower case:
    'br' of 'pt-BR', 'brasileiro' of AO3's 'Português brasileiro') -> that region's eSpeak NG voices, the
    narrator's first: a Brazilian fic is read in Brazilian Portuguese, not with the Portugal voice."""
    header_labels: dict[str, str] = field(default_factory=dict)
    """The labels of a fic's details block in the language -> the English one's key ('titre' -> 'title',
    'zusammenfassung' -> 'summary'), for readers.txt.story_header (lower case)."""
    note_openers: tuple[str, ...] = ()
    """What an author's note opens with, before its colon ('n/a', 'nota de la autora', 'anmerkung'), as
    chapters.py reads 'A/N:' (lower case)."""

    @property
    def tag_verbs(self) -> tuple[str, ...]:
        """Every verb that makes a tag, of saying or of thinking."""
        return self.speech_verbs + self.thought_verbs

    @property
    def full(self) -> bool:
        """Attributed with its own speech verbs (else only voices and dialogue marks are the language's)."""
        return bool(self.speech_verbs)


@functools.lru_cache(maxsize=None)
def supported() -> tuple[str, ...]:
    """Every language code with a module here."""
    from . import __path__ as here

    return tuple(sorted(m.name for m in pkgutil.iter_modules(here) if len(m.name) in (2, 3) and m.name.isalpha()))


@functools.lru_cache(maxsize=None)
def get(code: str) -> Language:
    """The Language for a code from ``supported()``; KeyError for any other."""
    if code not in supported():
        raise KeyError(code)
    return importlib.import_module(f"{__name__}.{code}").LANGUAGE


def normalize(value: str) -> str | None:
    """'fr', 'fr-FR', 'fr_CA', 'French', 'Français', 'fra' -> 'fr'; None when it names no language here."""
    raw = " ".join(str(value).split()).strip().lower()
    if not raw:
        return None
    head = raw.replace("_", "-").split("-")[0]
    if head in supported():
        return head
    for code in supported():
        lang = get(code)
        if raw in (n.lower() for n in (lang.name, *lang.names)) or head in (n.lower() for n in lang.names):
            return code
    # AO3's 'Português brasileiro', 'Español (Latinoamérica)', 'Brazilian Portuguese': a language's name and a
    # variant of it.
    words = _words(raw)
    if len(words) > 1:
        return next((code for code in map(normalize, words) if code), None)
    return None


def _words(raw: str) -> list[str]:
    return [w for w in re.split(r"[\s_()/,-]+", raw.lower()) if w]


def region(value: str) -> str:
    """The eSpeak NG voice of the region a language is named with ('pt-BR', 'Português brasileiro', 'Brazilian
    Portuguese' -> 'pt-br'; 'Español (Latinoamérica)' -> 'es-419'); '' when it names none of its regions."""
    code = normalize(value)
    if not code:
        return ""
    regions = get(code).regions
    return next((regions[w][0] for w in _words(str(value)) if w in regions), "")


def voices_for(language: str) -> tuple[str, ...]:
    """The eSpeak NG voices to cast a story from: a language's ('pt': both Portuguese voices), or a region's
    ('pt-br', as ``region`` names it: the Brazilian voices only)."""
    lang = get(normalize(language) or language)
    return next((v for v in lang.regions.values() if v[0] == language.lower()), lang.voices)


@functools.lru_cache(maxsize=None)
def header_labels() -> dict[str, str]:
    """Every language's details-block labels -> key: a story's header is read before its language is known."""
    return {label: key for code in supported() for label, key in get(code).header_labels.items()}


@functools.lru_cache(maxsize=None)
def note_openers() -> tuple[str, ...]:
    """Every language's author's-note openers, longest first (read before the story's language is known)."""
    return tuple(sorted({o for code in supported() for o in get(code).note_openers}, key=len, reverse=True))
