"""Attribution: a tag naming the speaker by kin ('said her aunt') is a relative of the owner, never the owner."""

from __future__ import annotations

from attribution_checks import said

# The aunt has another surname (an aunt by marriage) and is known by the niece's name for her, 'Aunt Bea'; the
# niece's sister, a Miss of the family, is in the room too.
STORY = (
    'Rosalind Fairweather sat at the window with her sister Miss Fairweather and Aunt Bea, who was knitting.\n\n'
    '"Will you come to the fair with us on Saturday?" said Rosalind.\n\n'
    '"Not if it rains," said Aunt Bea.\n\n'
    '"It never rains on fair day," said Rosalind.\n\n'
    '"It rained for three of the last five," said her aunt; "I have kept count."\n\n'
    'Rosalind laughed and looked at the sky.\n\n'
    '"Then we shall take umbrellas," exclaimed her aunt, putting down the needles.\n\n'
)


def test_her_aunt_is_the_woman_called_aunt_not_the_niece():
    lines, cast = said(STORY)
    aunt = cast.resolve("Aunt Bea")
    assert aunt is not None and aunt != cast.resolve("Rosalind")
    assert lines["It rained for three of the last five,"] == aunt
    assert lines["Then we shall take umbrellas,"] == aunt
