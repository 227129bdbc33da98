"""What decided each line's speaker: the rule's id, and how far to trust it.

Every rule of attribution leaves its evidence in ``Segment.why`` as
``"<label>: <the words it read>"``. This module names the rules: one
``Rule`` per label, in the order attribution tries them, with the share of
its decisions that were right on the annotated dev corpus
(``make accuracy`` prints the table this comes from). That share is the
``confidence`` a line carries into ``script --json``: a listener checking a
script can start from the lowest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Segment


@dataclass(frozen=True)
class Rule:
    id: str
    """Stable id, as ``script --json`` prints it in ``"why"``."""
    label: str
    """How ``Segment.why`` starts when this rule decided."""
    what: str
    precision: float
    """Share of its decisions that were right on the dev corpus (16 annotated novels)."""


RULES: tuple[Rule, ...] = (
    Rule("override", "override", "voices.yaml overrides: the user's word", 1.0),
    Rule("chat-line", "chat line", "a chat-fic line 'Mira: where r u': the name before the colon", 1.0),
    Rule("message-signed", "message signed", "a message or letter read in its signer's voice ('... SH')", 0.9),
    Rule("thought-tag", "thought-tag", "a thought with its own tag: 'Not again, she thought'", 0.9),
    Rule("thought-continues", "thought continues past its tag", "a thought's words after its tag: its thinker's", 0.9),
    Rule("tag-after:name", "tag after quote", "a name in the tag after the quote: '...,' said Mira", 0.99),
    Rule("tag-after:description", "tag after quote", "a description in the tag: 'said the old man'", 0.78),
    Rule("tag-after:pronoun", "tag after quote", "he/she in the tag after the quote, resolved", 0.84),
    Rule("tag-before:name", "tag before quote", "a name in the tag before the quote: 'Mira said, ...'", 0.88),
    Rule("tag-before:description", "tag before quote", "a description in the tag before the quote", 0.33),
    Rule("tag-before:pronoun", "tag before quote", "he/she in the tag before the quote, resolved", 0.76),
    Rule("speech-verb-subject", "speech verb subject", "the subject of a speech verb inside a clause", 0.60),
    Rule("unnamed-voice", "unnamed voice", "'a voice said': a generic voice until the scene names it", 0.00),
    Rule("voice-named-in-sentence", "unnamed voice, named in its sentence",
         "'said a voice, and Ilya stepped out': the person the tag's own sentence names (1/1 on the dev corpus, 4/4 on "
         "tests/gold-unseen-en-3)", 0.90),
    Rule("voice-introduced", "unnamed voice, then introduced", "the voice named in the next paragraph", 0.33),
    Rule("voice-named-by-scene", "unnamed voice, named by the scene",
         "a voice's lines: the newcomer the reply greets by name, or who introduces themselves (0/1 on the dev "
         "corpus, 2/2 on the fic batches)", 0.67),
    Rule("voice-named-later", "unnamed voice, named later in the scene", "the speaker the scene's later tags name most", 0.36),
    Rule("role-named-later", "a role, then introduced",
         "a speaker known by a role ('the stranger asked') until someone new introduces themselves (never on the dev "
         "corpus; 3/3 on the fic batches' developed halves)", 1.00),
    Rule("role-named-beside", "a described speaker, then named",
         "a speaker known by a description ('said the young man by the window') whom their own paragraph or the reply "
         "names as someone new ('Everyone called her Granny Tallow', '\"..., Caleb.\"') (never on the dev corpus; 4/4 "
         "on the read fic sets)", 1.00),
    Rule("stranger-named-later", "a stranger, named later in the scene", "lines no one known could say: the one the scene tags by name later (never on the dev corpus; 12/14 on the fic batches)", 0.86),
    Rule("stranger-partner", "in turn with a stranger named later", "the other side of a stranger's exchange (never on the dev corpus; 9/10 on the fic batches)", 1.00),
    Rule("newcomer-named-later", "a newcomer, named later",
         "'she shouts' after 'A woman in a wax jacket is striding ...': the one of her sex the scene names next "
         "(1/1 on the dev corpus, 1/1 on en-6's half A)", 1.00),
    Rule("continued", "speech continues from the previous paragraph", "an unclosed quotation runs on", 0.64),
    Rule("introduces-self", "introduces themselves",
         "the line names its own speaker: 'Gage. Mrs Gage.' (3/3 on the dev corpus, 5/5 on the fic batches)", 1.00),
    Rule("announced", "announced before", "'John said:' ending the paragraph before", 0.83),
    Rule("action-beat", "action beat", "the subject of the narration next to the quote: 'He laughed.'", 0.72),
    Rule("only-named", "only character named in paragraph", "the one character the paragraph names", 0.88),
    Rule("only-named-weighed", "only character named in paragraph, weighed", "the ranker preferred another of those about", 0.70),
    Rule("viewpoint-thought", "the viewpoint's thought",
         "a thought alone in its paragraph, untagged: the thinker the story last tagged, or a first-person narrator "
         "(never on the dev corpus; 1/1 on en-6's half A)", 1.00),
    Rule("addressed-before", "addressed in the previous line", "'..., Lucy?' -- Lucy answers", 0.88),
    Rule("newcomer-subject", "a newcomer the narration was about",
         "a bare line after narration about someone not yet heard in the scene: 'Rhona found us at the gate.' (issue 40)", 0.70),
    Rule("turn-taking-back", "turn-taking back from a later tag", "alternation counted back from a later tag", 0.67),
    Rule("turn-taking-between", "turn-taking between tags", "alternation between two tags that alternate", 0.46),
    Rule("turn-taking", "turn-taking", "alternation: A, B, A, B", 0.80),
    Rule("turn-taking-weighed", "turn-taking, weighed", "the ranker preferred another of those about", 0.56),
    Rule("called-in-reply", "called by name in the reply", "the one person the next line calls by name", 1.00),
    Rule("scene-subject", "the scene's latest subject", "the person the narration was just about", 0.61),
    Rule("scene-subject-weighed", "the scene's latest subject, weighed", "the ranker preferred another of those about", 0.44),
    Rule("not-addressee", "not whom the line addresses", "the other person, since the line calls this one by name", 0.67),
    Rule("unattributed", "unattributed", "nothing found: a generic voice of the right gender", 0.00),
)
"""In the order attribution tries them (overrides and a thought's own tag come from earlier stages)."""

_BY_LABEL: dict[str, list[Rule]] = {}
for _rule in RULES:
    _BY_LABEL.setdefault(_rule.label, []).append(_rule)
_LABELS = sorted(_BY_LABEL, key=len, reverse=True)
_KIND = re.compile(r"^ \[(name|pronoun|description)\]")
UNKNOWN_RULE = Rule("unknown", "", "no rule recorded", 0.0)


def rule_of(seg: Segment) -> Rule:
    """The rule that decided a spoken segment's speaker, from its ``why``.

    Tag rules record the kind of mention they resolved (vocab.mention_kind): ``tag after quote [pronoun]: she said``.
    """
    why = seg.why or ""
    label = next((lab for lab in _LABELS if why.startswith(lab)), None)
    if label is None:
        return UNKNOWN_RULE
    rules = _BY_LABEL[label]
    if len(rules) == 1:
        return rules[0]
    kind = _KIND.match(why[len(label) :])
    return next(r for r in rules if r.id.endswith(":" + (kind.group(1) if kind else "name")))
