"""The one place for the words attribution and segmentation know: speech verbs, titles, non-names.

Patterns built from these words live here too, so a new verb or title
reaches every rule that uses it.
"""

from __future__ import annotations

import re

from ..speech_text import READER_PLACEHOLDER

SPEECH_VERBS = (
    "said|says|say|asked|asks|replied|replies|answered|whispered|muttered|murmured|shouted|yelled|cried|called|"
    "snapped|hissed|growled|sighed|laughed|added|continued|began|explained|insisted|pleaded|begged|demanded|"
    "exclaimed|agreed|admitted|offered|suggested|warned|told|teased|joked|protested|stammered|stuttered|"
    "breathed|croaked|grumbled|mumbled|groaned|gasped|screamed|roared|barked|chirped|declared|announced|"
    "repeated|retorted|interrupted|corrected|mused|noted|remarked|observed|ventured|conceded|whimpered|"
    "sobbed|sneered|scoffed|snorted|grunted|spat|drawled|purred|quipped|murmurs|whispers|shouts|calls|"
    "advised|advise|ordered|commanded|urged|promised|reminded|wondered|answer|reply|whisper|mutter|shout|"
    "call|ask|tell|beg|plead|greeted|prompted|pressed|chuckled|giggled|huffed|wailed|managed|finished"
)
"""Verbs of saying that make a speech tag (`said Mira`, `Mira whispered`); quotes.py uses them too."""
_PRONOUN_GENDER = {"he": "male", "she": "female", "his": "male", "her": "female", "i": "self", "we": "self"}
_EXTRA_VERBS = (
    "thought|thinks|think|responded|returned|went on|faltered|ejaculated|concluded|rejoined|"
    "objected|assented|persisted|inquired|enquired|queried|cautioned|sniffed|smiled|grinned|nodded|"
    "whispered|squeaked|explained|confessed|remonstrated|accused|read|piped|called out|burst out|broke in|"
    "cut in|chimed in|put in|pointed out|observed|said|says|went|added|murmured|repeated|cried|"
    "remarked|answered|demanded|announced|admitted|exclaimed|told|asked|interposed|retorted|urged"
)
_IRREGULAR_PRESENT = {"said": "says|say", "told": "tells|tell", "began": "begins|begin", "spat": "spits|spit",
                      "thought": "thinks|think", "went on": "goes on|go on", "read": "reads",
                      "broke in": "breaks in|break in", "cut in": "cuts in|cut in", "put in": "puts in|put in",
                      "burst out": "bursts out|burst out"}


def present_forms(verbs: str) -> str:
    """'growled|replied|snapped' -> 'growls|growl|replies|reply|snaps|snap|...': tags in present-tense fics.

    Regular past forms give their present and base forms ('he growls', 'you growl'); spellings a
    rule makes up that no word has ('growles') never match anything, so both endings are kept.
    """
    out: list[str] = []
    for verb in verbs.split("|"):
        if verb in _IRREGULAR_PRESENT:
            out.append(_IRREGULAR_PRESENT[verb])
            continue
        word, _, particle = verb.partition(" ")
        tail = " " + particle if particle else ""
        if word.endswith("ied"):
            stems = [word[:-3] + "y"]
            forms = [word[:-3] + "ies"]
        elif word.endswith("ed"):
            stem = word[:-2]
            # 'snapped' -> 'snap', 'nodded' -> 'nod'; but 'hissed' -> 'hiss', 'called' -> 'call'.
            doubled = len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnpt"
            stems = [stem, stem + "e"] + ([stem[:-1]] if doubled else [])
            forms = [stems[0] + "s", stems[0] + "es", stems[1] + "s"] + ([stems[2] + "s"] if len(stems) > 2 else [])
        else:
            continue
        out.extend(f + tail for f in forms + stems if f not in _NOT_VERB_FORMS)
    return "|".join(dict.fromkeys(out))


_NOT_VERB_FORMS = {"not", "nots", "teas", "muss", "his", "ad", "ads", "cal", "mus", "pur", "pip", "jok", "urg", "huf", "yel", "note"}
"""Made-up or common-word forms the rule above would give ('noted' -> 'not')."""


_TAG_VERBS = SPEECH_VERBS + "|" + _EXTRA_VERBS
_TAG_VERBS = _TAG_VERBS + "|" + present_forms(_TAG_VERBS)
_VERB = r"(?:" + _TAG_VERBS + r")"
_ADV = r"(?:[a-z]+ly\s+)"
_TITLES = (
    "Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Aunt|Uncle|Professor|Captain|Madame|Mademoiselle|Monsieur|Inspector|"
    "Sergeant|Colonel|Major|Father|Mother|Sister|Brother|Master|Mistress|Dame|Prince|Princess|King|Queen|"
    "Granny|Grandma|Grandpa|Gran|Nana|Grandfather|Grandmother|Fraulein|Fräulein|Frau|Herr|Signor|Signora|Signorina|Señor|Señora|Señorita"
)
ONE_SHOT_CHARS = 20_000
"""A text shorter than this many characters is a one-shot (a few thousand words): discovery lets a name said twice
count, and a few rules run only there (sieves/newcomer_subject.py). A fic-sized text for the rankers is another
measure, ranker.SHORT_TEXT_WORDS."""


def is_one_shot(text: str) -> bool:
    """Whether ``text`` is as short as a one-shot (ONE_SHOT_CHARS)."""
    return len(text) < ONE_SHOT_CHARS


TITLE_WORDS = frozenset(_TITLES.split("|"))
"""The titles above as a set of words ('Mr', 'Captain'): for asking whether a word is one."""
RANK_WORDS = ("PC", "DC", "DS", "DI", "DCI", "Constable", "Detective", "Officer", "Nurse", "Agent")
"""Ranks said before a name that the cast does not keep as a title ('PC Hollis' is Hollis): a self-introduction
may open with them ('Detective Inspector Vane, ...')."""
_TITLE_GENDER = {
    "mr": "male", "sir": "male", "lord": "male", "uncle": "male", "monsieur": "male", "father": "male",
    "brother": "male", "master": "male", "prince": "male", "king": "male",
    "mrs": "female", "ms": "female", "miss": "female", "lady": "female", "aunt": "female", "madame": "female",
    "mademoiselle": "female", "mother": "female", "sister": "female", "mistress": "female", "dame": "female",
    "princess": "female", "queen": "female", "granny": "female", "grandma": "female", "gran": "female",
    "nana": "female", "grandmother": "female", "grandpa": "male", "grandfather": "male",
    "fraulein": "female", "fräulein": "female", "frau": "female", "herr": "male", "signor": "male", "signora": "female",
    "signorina": "female", "señor": "male", "señora": "female", "señorita": "female",
}
_MARRIED_TITLES = {"mrs", "madame", "dame"}
_UNMARRIED_TITLES = {"miss", "mademoiselle"}


def title_class(title: str) -> str:
    """Titles one person can bear in one book: a man's ('Mr', 'Captain', 'Dr'), 'Mrs' or 'Miss'.

    'Mr W' may also be 'Captain W'; 'Mrs Miller' and 'Miss Miller' are mother and daughter.
    """
    low = title.rstrip(".").lower()
    if low in _MARRIED_TITLES:
        return "mrs"
    if low in _UNMARRIED_TITLES:
        return "miss"
    return _TITLE_GENDER.get(low, "male" if low in ("dr", "professor", "captain", "colonel", "major",
                                                      "inspector", "sergeant") else low)


_GENDER_NOUNS = {
    "male": "man|boy|brother|father|uncle|son|husband|gentleman|lad|fellow|king|prince|lord|grandfather|nephew|"
    "old man|young man|stranger|doctor|inspector|detective|sergeant",
    "female": "woman|girl|sister|mother|aunt|daughter|wife|lady|lass|queen|princess|grandmother|niece|"
    "old woman|young woman|maid|widow",
}
_KIN_GENDER = {
    "mother": "female", "wife": "female", "sister": "female", "daughter": "female", "aunt": "female",
    "niece": "female", "grandmother": "female", "father": "male", "husband": "male", "brother": "male",
    "son": "male", "uncle": "male", "nephew": "male", "grandfather": "male", "cousin": None,
}
"""The relations a tag may name a speaker by ('said her husband'), and the sex each one is."""
_KIN_MENTION = re.compile(r"\b(?P<owner>[Hh]is|[Hh]er)\s+(?P<kin>" + "|".join(_KIN_GENDER) + r")\b")
"""A relation named in the narration by its owner's pronoun: 'Charles visited his father again'."""
_TAG_VERB_BEFORE = re.compile(r"\b(?:" + _VERB + r")\s+$")
"""A speech verb right before a phrase: the phrase is the tag's speaker ('asked his son')."""
_SPEECH_NOUNS = (
    "reply|replies|answer|answers|rejoinder|retort|response|remark|remarks|observation|comment|question|exclamation|"
    "words|greeting|salutation|reproach|declaration|reasoning|language|protest|explanation|whisper|speech|query|"
    "inquiry|enquiry|suggestion|verdict|advice|cry|ejaculation|assurance|admission|apology|retort|objection"
)
"""Nouns for what someone said, as a tag uses them: '"..." was his reply', 'Mary's answer was, "..."'."""
_KIN_WORDS = {"mamma": "mother", "mama": "mother", "mummy": "mother", "papa": "father", "daddy": "father",
              "granny": "grandmother", "grandma": "grandmother", "grandpa": "grandfather"}
"""What a child calls a parent, as the relation it names."""
_NAME = r"(?:(?:" + _TITLES + r")\.?\s+)?[A-Z][\w'’-]*(?:(?:[ ]|\n(?!\s))[A-Z][\w'’-]*){0,2}"
"""A name, maybe titled, of up to three words; a hard-wrapped line may break it ('Mrs. John\nDashwood')."""
_NOMINAL = r"(?:the|a|an|his|her|my|their|our|that|this|its)(?:\s+[a-z][\w-]*){1,3}|the\s+[A-Z][a-z][\w-]*"
_READER = r"(?:[Yy]ou|(?i:" + READER_PLACEHOLDER + r"))"
"""The reader of a second-person fic in a tag: 'you whisper', '(Y/N) said'."""
_WHO = r"(?:" + _READER + r"|" + _NAME + r"|[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|" + _NOMINAL + r")"

# Capitalised words that are not names.
_NOT_NAMES = set(
    """a an the and but or so if then when while as at by for from in into of on onto to with without
    he she it i we you they his her its our your their him them me us my mine this that these those there here
    what who whom whose which why how where yes no not oh ah well okay ok hey hi hello hallo hullo halloo goodbye please thanks thank
    sorry god gods lord mr mrs ms miss dr sir madam lady chapter part book prologue epilogue one two three four
    five six seven eight nine ten after before again all also always any anyway because both each even ever every
    everyone everything just later maybe never next now nothing once only perhaps since some someone something
    soon still such than though through today tomorrow tonight too until very yet monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december english christmas valentine valentines heaven hell do don't did didn't does is was are
    were be been being have has had can could would should will shall must might let let's come go get look
    see say said tell okay alright right left don’t can't can’t won't won’t i'm i’m it's it’s that's that’s
    i'll i’ll i've i’ve i'd i’d we're you're they're he's she's there's what's who's disclaimer author note
    a/n an: x xx xxx nobody somebody anybody none not nor every many much most more less few other another
    besides however instead meanwhile otherwise suddenly finally besides indeed certainly presently perhaps
    without within upon about above across against along among around behind below beneath beside between
    beyond down during except inside near off out outside over past round toward towards under up
    whatever whenever wherever whoever sometimes somewhere everywhere nowhere mine yours ours theirs
    good poor dear oh ay aye everybody everyone nobody first second third last cheers hooray hurrah ha hm hmm ugh mmm uh um miss master mistress sahib memsahib street road lane house st""".split()
)
_PREPOSITIONS = {"in", "at", "to", "from", "into", "of", "across", "near", "around", "through", "toward",
                 "towards", "on", "onto", "past", "over", "under", "beyond", "via", "outside", "inside"}
_LOCATIVE = {"in", "into", "from", "across", "through", "throughout", "inside", "outside", "within", "beyond"}
"""Prepositions of place: a name often after them is where things happen ('in Italy', 'from Italy')."""
_PLACE_WORDS = {"street", "road", "lane", "house", "hall", "place", "park", "square", "avenue", "river", "hill",
                "island", "bridge", "gate", "station", "church", "chapel", "farm", "wood", "woods", "forest",
                "court", "castle", "manor", "college", "school", "hotel", "inn", "gables", "lake", "bay",
                "sea", "ocean", "mountain", "valley", "town", "city", "village", "county", "row", "terrace",
                "corner", "green", "lodge", "cottage", "abbey", "tower", "harbour", "harbor", "market", "yard"}



_TAG_AFTER = re.compile(
    # Inverted, any past tense will do ('"...," asserted the Colonel'): nothing else follows a quote that way.
    r"^[\s,;:—–-]*(?:" + _ADV + r")?(?:(?P<verb1>" + _VERB + r"|[a-z]{3,}ed)\s+" + _ADV + r"?(?P<who1>" + _WHO + r")(?![\w'’])"
    r"|(?P<who2>" + _WHO + r")\s+" + _ADV + r"?(?:" + _VERB + r"|[a-z]+ed)\b)"
)
_TAG_BEFORE = re.compile(
    r"(?P<who>" + _WHO + r")\s+" + _ADV + r"?(?:" + _VERB + r")\b(?P<rest>[^.!?'\"‘“]{0,60})[,:—–-]?\s*$"
)
_EMBEDDED = re.compile(
    r"\b(?:heard|hear|hears|let|made|watched|listened to)\s+(?P<who>" + _NAME + r"|him|her)\s+(?:" + _VERB + r")\b"
)
_VOICE_OWNER = re.compile(
    r"\b(?P<who>[Hh]is|[Hh]er|" + _NAME + r"(?=['’]s\b))(?:['’]s)?\s+(?:[a-z]+\s+){0,2}voice\s+(?:had\s+|was\s+)?"
    r"(?:" + _VERB + r"|saying|asking|calling|crying|whispering|answering)\b"
)
"""'she could hear his voice saying,' / 'her faint voice had answered:': the voice's owner speaks, not the
sentence's subject."""
_SUBJECT = re.compile(
    r"^[\s,;:—–-]*(?:(?:And|But|Then|So|Now|Suddenly|Finally|Still|At last|At once|Instantly)\s*,?\s+)?"
    r"(?P<who>" + _READER + r"|" + _NAME + r"|He|She|I|His|Her)(?![\w])"
)
_ABBREVIATION_END = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bProf)(?<!\bCapt)(?<!\bCol)(?<!\bLt)(?<!\bSgt)"
_CLAUSE_SUBJECT = re.compile(r",\s+(?P<who>" + _NAME + r")\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\b")
_ME = re.compile(r"\b(?:I|me|my|myself)\b")
_TELLER = r"(?P<who>" + _NAME + r"|\b[Hh]e|\b[Ss]he|\bI)\s+" + _ADV + r"?(?:" + _VERB + r")\b"
"""Someone and their speech verb: 'Poirot answered', 'she said'."""
_ANNOUNCE = re.compile(
    _TELLER + r"(?P<rest>[^.!?\"“]{0,80}?)[.:]?\s*$"
)
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)|(?<=[.!?][\"”]))\s+")


def sentences_at(text: str, seg, split: re.Pattern = _SENTENCE_SPLIT) -> list[tuple[int, str]]:
    """The sentences of segment ``seg`` of ``text``, each with its offset in ``text``."""
    out: list[tuple[int, str]] = []
    pos = seg.start
    for sentence in split.split(text[seg.start : seg.end]):
        at = text.find(sentence, pos, seg.end)
        out.append((at, sentence))
        pos = at + len(sentence)
    return out


_VOICE = re.compile(r"\b(?:a|another|the|some)\s+(?:[a-z]+\s+){0,2}voices?\b")
_VOICE_MARK = "\x00voice"
_NAME_ALONE = re.compile(r"^\W*" + _NAME + r"\W*$")
_DETERMINERS = ("the", "a", "an", "his", "her", "my", "their", "our", "that", "this", "its")
_TITLE_NOUNS = {
    "doctor": "Dr", "inspector": "Inspector", "captain": "Captain", "professor": "Professor", "colonel": "Colonel",
    "major": "Major", "sergeant": "Sergeant", "judge": "Judge", "king": "King", "queen": "Queen",
    "prince": "Prince", "princess": "Princess", "master": "Master",
}
_RANKS = {
    "duke": "male", "duchess": "female", "earl": "male", "countess": "female", "count": "male",
    "marquis": "male", "marquess": "male", "marchioness": "female", "viscount": "male", "viscountess": "female",
    "baron": "male", "baroness": "female", "emperor": "male", "empress": "female",
}
"""Ranks of the nobility, with the sex each is: 'the Duchess of Monmouth', 'said the duchess'."""
_RANK_OF = re.compile(r"\b(?P<rank>" + "|".join(r.capitalize() for r in _RANKS) + r")\s+of\s+(?P<place>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_ROLE_NOUNS = set(
    """coroner judge magistrate porter landlord landlady housekeeper servant butler footman waiter waitress clerk
    driver cabman coachman guard constable policeman officer station-master stationmaster postman shopkeeper
    innkeeper sheriff priest vicar minister teacher nurse foreman chairman conductor captain pilot stranger
    maid housemaid parlourmaid cook gardener groom sailor soldier gamekeeper doorman""".split()
) | set(_RANKS)
_PERSON = r"(?:" + _GENDER_NOUNS["male"] + "|" + _GENDER_NOUNS["female"] + "|" + "|".join(sorted(_ROLE_NOUNS)) + r"|person|child|youth)"
"""A person noun: 'girl', 'old man', 'porter'."""
_APPOSITION_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z]+\s+)?(?:" + _PERSON + r"|friend|cousin)s?,\s*$")
"""'His boy, Joe, shaved me': a name after a person noun and a comma names that person, not whom the line addresses."""
_NEWCOMER = re.compile(
    r"(?:[Aa]n?\s+(?:[a-z-]+\s+){0,2}" + _PERSON + r"(?:\s+(?:opposite|behind|beside|nearby|in\s+the\s+[a-z]+))?"
    r"|[Tt]he\s+(?:first|second|third|fourth|fifth)\s+" + _PERSON
    + r"|[Tt]he\s+(?:[a-z-]+\s+)?" + _PERSON + r"\s+with\s+the\s+(?:[a-z-]+\s+)?[a-z-]+)(?=$|[\s,.;:!?])"
)
"""A description that brings in someone new: 'a girl opposite', 'the second gentleman', 'the man with the beard'."""
_LOCATED = re.compile(
    r"[Tt]he\s+(?:[a-z-]+\s+)?" + _PERSON + r"\s+(?:by|at|near|beside|behind|in)\s+the\s+(?:[a-z-]+\s+)?[a-z-]+"
    r"(?=$|[\s,.;:!?])"
)
"""A person told by where they are: 'the young man by the window', 'the woman behind the table' -- someone new when
no one known fits the words."""
_EXIT = re.compile(
    r"\b(?:(?:left|leaves) the (?:room|house|table|garden|shop|office|kitchen|parlou?r|drawing-room|library|hall)|"
    r"(?:went|goes) (?:[a-z]+ly )?(?:out|away|off|upstairs|downstairs|home|indoors|after (?:them|him|her))|"
    r"(?:departed|departs|withdrew|withdraws|disappeared|disappears|vanished|vanishes|fled|flees)|"
    r"(?:walked|walks|hurried|hurries|ran|runs|stalked|stalks|stormed|storms|strode|strides|slipped|slips|stole|"
    r"steals|swept|sweeps) (?:[a-z]+ly )?(?:away|off|out)|took (?:his|her) leave|takes (?:his|her) leave|"
    r"(?:was|is) gone\b(?! (?:to|for)\b)|(?:went|goes)(?=\s*[,.;])|went(?=\s+(?:before|without)\s+(?:a|another|anyone|he|she|they|I|we|you)\b)"
    r"|(?:was|is) out of the (?:door|room|house))"
)
"""A sentence telling that its subject leaves the scene ('Mr. Beebe bowed, and departed with her message.', 'Then
she was gone down the trapdoor', 'Petra goes, at a run.', 'Miss Wick goes after them', 'She went before he could
argue', 'went without a word'), past or present."""
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:I|we|they|he|she|you|which|who|whom|whose|that|where|when|while|whilst|as|until|till|after|before|"
    r"if|because|since)\b|\b[A-Z][a-z]+\b(?!['’]s| s\b)"
)
"""Between a sentence's subject and its exit verb: another clause's subject, so the leaving is not the subject's."""
_TURNED_TO = re.compile(r"\b(?:at|to|towards?|upon)\s+$", re.IGNORECASE)
"""Before a name: 'looked at Dorian', 'turned to Dorian' -- whom someone faces (a ranker fact, speakers/ranker.py)."""
_SAID_TO = re.compile(
    r"\b(?:(?:" + SPEECH_VERBS + "|" + _EXTRA_VERBS + r"|turning|turned)(?:\s+\w+ly)?\s+to"
    r"|(?:he|she|I|they|we)\s+(?:asked|told|begged|urged|reminded|warned|assured|informed|thanked|answered))\s+$"
)
"""Words before whom a line is said to: 'he said to Miss Bartlett', 'she asked Lucy'."""
_SAID_TO_PRONOUN = re.compile(
    r"[\s,;:—–-]*(?:[a-z]+ly\s+)?(?:[Hh]e|[Ss]he|I|[A-Z][\w'’-]+)\s+(?:[a-z]+ly\s+)?(?:asked|told|answered|said\s+to|"
    r"whispered\s+to|called\s+to|cried\s+to|replied\s+to|begged|urged|assured)\s+(?P<who>him|her)\b"
)
"""A tag right after a line, said to someone by pronoun: 'she asked him', 'he said to her' (anywhere in the
narration, 'turned to him' and the like: measured worse)."""
_REPORTED_SPEECH = re.compile(
    r"\b(?:agreed|promised|begged|protested|pleaded|thanked|assented|acquiesced|consented|refused|apologi[sz]ed|"
    r"objected|confessed|admitted|declared|acknowledged|denied|said so|replied that|answered that|"
    r"said that|(?:asked|wondered)\s+(?:whether|if|who|what|why|how|where|when|which)|"
    r"suggested|explained|remarked that|observed that|mentioned|told (?:him|her|them|me|us) (?:that|of|about|how|what)|"
    r"(?:began|proceeded|went on|ventured) to (?:inquire|enquire|ask|question|explain|describe|tell|relate)|"
    r"inquired|enquired|asked (?:\w+ )?(?:whether|if|about|after|what|who|how|why|where|when))"
    r"\b(?:[^.!?:]|\b(?:Mr|Mrs|Ms|Dr|St)\.)*[.!?]$"
)
"""A sentence ending a paragraph that tells what someone said, finished: their turn, not an announcement."""
_REPORTED_SUBJECT = re.compile(_TELLER)
"""The teller in such a sentence, however long what they said ('She asked whether young Mr. Emerson was ill.')."""
_REPORTED_AFTER_NAME = re.compile(r"\s+(?:nothing|no more|not a word|that|to it|so|whether|if|(?:him|her|them|me|us)\s+(?:that|whether|if|where|what|why|how|to))\b")
"""After a new sentence's name and verb: speech reported, not this line's tag ('Marianne said no more')."""
_TITLE_BEFORE = re.compile(r"\b(?:" + _TITLES + r")\.?\s$")
"""A title right before a name: '..., Mr. Holmes?' when the cast knows him as Holmes."""
_POSSESSIVE = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)*['’]s\b")
"""A name with a possessive: 'Anne's understanding'."""
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b| s\b")
"""A possessive right after a name: the sentence's subject is what the name owns. Some etexts drop the
apostrophe ('Randolph s mamma')."""
_NOT_DESCRIPTIONS = {"man", "woman", "one", "other", "same", "first", "second", "last", "rest", "voice", "people"}
_DESCRIPTION_STOP = set(
    "to and or but with as at in on of for by from who whom whose that which while when then than into upon".split()
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\b|(?<![\w/])" + _READER + r"(?![\w/])")
_OBJECT_BEFORE = {
    "to", "at", "with", "from", "of", "for", "by", "about", "towards", "toward", "on", "upon", "into", "onto",
    "behind", "beside", "after", "like", "than", "told", "asked", "saw", "met", "took", "gave", "let", "made",
    "watched", "heard", "followed", "kissed", "hugged", "pushed", "pulled", "left", "called", "thanked",
}
_APPOSITION = re.compile(
    r"(?:^|[.!?;]\s+|,\s+and\s+|\band\s+)(?P<name>" + _NAME + r"),\s+(?P<det>the|his|her|my|our|their)\s+"
    r"(?P<desc>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*[,.;]"
    r"|\b[Tt]he\s+(?P<desc2>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+(?P<name2>" + _NAME + r"),"
)


_TAG_PRONOUNS = {"he", "she", "i", "we", "they", "him", "her", "you"}


def mention_kind(who: str) -> str:
    """What a tag names its speaker by: 'Mira' -> name, 'she' -> pronoun, 'the old man' -> description."""
    words = who.lower().split()
    if not words:
        return "name"
    if words[0] in _TAG_PRONOUNS and len(words) == 1:
        return "pronoun"
    return "description" if words[0] in _DETERMINERS else "name"


_CALL_GOES_ON = re.compile(
    r"\s+(?:you|you['’](?:re|ve|ll|d)|your|can|could|would|will|do|don['’]t|please|come|look|listen|stop|wait|get|go|"
    r"help|tell|give|let['’]?s?|take|be|hurry|hold|sit|stand|put)\b",
    re.IGNORECASE,
)
"""After 'Jules,' opening a sentence of a line, words spoken to Jules ('Jules, you're going to ...'), not a
parenthesis about her ('Marianne, I dare say, will not ...')."""


_BROKEN_OFF = re.compile(r"\s*[—–-]+\s*$")
"""A line's words ending in a dash, cut short: 'Maggie —' is a call broken off (the one called answers), not a name
given (discovery and Attributor.vocatives)."""


def person_word(who: str) -> str:
    """The word of a sentence's subject that says whether it is someone (lower case): its first, or the one after
    its title ('Mrs Crane looked at her nephew', 'Mr Szabo comes out': a title written without a full stop, as
    British English writes it, is in _NOT_NAMES as a word alone, yet before a name it makes a person)."""
    words = who.split()
    if len(words) > 1 and words[0].rstrip(".") in TITLE_WORDS:
        return words[1].lower()
    return words[0].lower() if words else ""

