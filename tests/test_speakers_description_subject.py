"""Attribution: a description opening the clause before a line says it ('The constable put down his cup
and said,'), and 'the little lady' in a tag is a woman of the scene, not the one character titled Lady."""

from __future__ import annotations

from attribution_checks import said

BEFORE = (
    'Tess and her brother Jory found Bram on the bench outside the forge, where the constable was drinking his tea.\n\n'
    '"Evening," said Bram.\n\n'
    '"The river is up," said Jory.\n\n'
    '"Up to the second step," said Tess.\n\n'
    'The constable put down his cup and said, "It was up last spring too. And the spring before that."\n\n'
)

LADY = (
    'Lady Ashby drove away from the inn at noon, and did not come back that week.\n\n'
    '"Safe journey," Lady Ashby had said from the carriage window.\n\n'
    'Mrs. Penn and Tom watched the road empty.\n\n'
    '"She left no money for the horses," said Tom.\n\n'
    '"She never does," said the little lady, folding her arms. "We shall send the bill to the hall."\n\n'
)


def test_a_description_opening_the_clause_says_the_line():
    lines, cast = said(BEFORE)
    line = lines["It was up last spring too. And the spring before that."]
    assert line == "The Constable" and line in cast.characters


def test_the_little_lady_is_the_woman_here_not_the_titled_one():
    lines, cast = said(LADY)
    assert lines["She never does,"] == cast.resolve("Mrs. Penn")


LATER_CLAUSE = (
    'Nora Pell and her mother kept the shop on Quay Street.\n\n'
    '"Shut the door, the draught is in," said Mrs. Pell.\n\n'
    '* * *\n\n'
    'The letter came on a Friday, and Nora read it out to Ada in the back room while her mother weighed the tea.\n\n'
    '"They want me in the city by Monday," said Nora.\n\n'
    '"By Monday!" said Ada.\n\n'
    'When Nora folded the letter she was smiling, but her mother only shook her head and said, "The city takes '
    'and takes."\n\n'
)


def test_a_later_clause_with_a_description_of_its_own_says_the_line():
    lines, cast = said(LATER_CLAUSE)
    assert lines["The city takes and takes."] == cast.resolve("Mrs. Pell")
