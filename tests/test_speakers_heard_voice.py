"""Attribution: before a line, the one whose voice is heard speaks ('she could hear his voice saying,', 'and she
heard him say,'), not the subject of the sentence who hears it."""

from __future__ import annotations

from attribution_checks import said

STORY = (
    'Nell and her father Arthur sat on the porch while the rain came down on the tin roof.\n\n'
    '"The barn will flood again," said Nell.\n\n'
    '"It always does," said Arthur.\n\n'
    'Nell went in to put the kettle on. From the kitchen she could hear his voice saying, "Bring the lamp, '
    'I cannot see the steps."\n\n'
    'She brought it out and set it on the rail.\n\n'
    '"Better?" said Nell.\n\n'
    'He nodded, and lit his pipe. Later, as she was washing the cups, she heard him say, "The rain is '
    'stopping now."\n\n'
)


def test_the_voice_heard_is_the_speaker():
    lines, cast = said(STORY)
    arthur = cast.resolve("Arthur")
    assert arthur is not None
    assert lines["Bring the lamp, I cannot see the steps."] == arthur
    assert lines["The rain is stopping now."] == arthur
