"""Attribution: a description in a tag that stands beside a name ('said the other sister, Ines,' / 'replied the
painter Olsen.' / 'said the boy, who was Pip,') is that person; a name after a preposition ('asked the girl of
Tomas') is whom the line is said to."""

from __future__ import annotations

from attribution_checks import said

STORY = (
    'Olsen and Tomas carried the easel up the hill, and Pip ran ahead of them with the paints.\n\n'
    '"This is the place," said Tomas.\n\n'
    '"The light is better here than anywhere," said Tomas, setting down his end.\n\n'
    '"Too much wind," said Olsen.\n\n'
    '"We came for the light," grumbled the old painter Olsen. "Not for the wind."\n\n'
    'Pip had already climbed the wall.\n\n'
    '"I can see the sea!" called Pip.\n\n'
    '"I never fall," said the boy, who was Pip, and jumped.\n\n'
    'A girl with a basket of apples stopped on the path to watch them.\n\n'
    '"Are you painting the sea?" asked the girl of Tomas.\n\n'
    '"Only the hill, I am afraid," said Tomas.\n\n'
)


def test_a_name_beside_the_description_speaks():
    lines, cast = said(STORY)
    assert lines["We came for the light,"] == cast.resolve("Olsen")
    assert lines["I never fall,"] == cast.resolve("Pip")


def test_a_name_after_a_preposition_is_whom_the_line_is_said_to():
    lines, cast = said(STORY)
    assert lines["Are you painting the sea?"] not in (cast.resolve("Tomas"), None)
