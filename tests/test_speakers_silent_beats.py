"""Attribution: a beat that says its subject could not or did not speak ('was too much astonished to speak',
'did not protest', 'stopped herself from saying more') is no clue that they said the line beside it."""

from __future__ import annotations

import pytest

from attribution_checks import said

STORY = (
    'Ben came into the kitchen with his coat still on, and Mrs. Oates put down the bread knife.\n\n'
    '"I am leaving for Canada," said Ben.\n\n'
    'Mrs. Oates was too much astonished to speak. "On Tuesday, by the early train. The ticket is bought."\n\n'
)

PROTEST = (
    'Ben came into the kitchen with his coat still on, and Mrs. Oates put down the bread knife.\n\n'
    '"I am leaving for Canada," said Ben.\n\n'
    'Mrs. Oates did not protest. "On Tuesday, by the early train. The ticket is bought."\n\n'
)


@pytest.mark.parametrize("story", [STORY, PROTEST], ids=["too-astonished", "did-not-protest"])
def test_the_silent_one_is_not_the_speaker(story):
    lines, cast = said(story)
    assert lines["On Tuesday, by the early train. The ticket is bought."] == cast.resolve("Ben")
