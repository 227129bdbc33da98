"""Attribution: a role the story's tags give lines to ('said the stranger') is someone in the scene wherever the
narration names it ('The stranger was standing at the window ... he said'); inside a speech, a role the line
mentions in passing is no clue to who says it."""

from __future__ import annotations

from attribution_checks import said

STORY = (
    'Mr. Hall showed the stranger up to the front room.\n\n'
    '"Will this do?" said Mr. Hall.\n\n'
    '"It will do," said the stranger.\n\n'
    'Mr. Hall lit the fire and went down. An hour later Mrs. Hall brought up the tea, and Mr. Hall carried the '
    'coal behind her.\n\n'
    'The stranger was standing at the window with his back to them. "Put it on the table," he said without '
    'turning.\n\n'
)


def test_a_role_named_in_the_narration_is_the_he_of_its_paragraph():
    lines, cast = said(STORY)
    assert lines["It will do,"] == "The Stranger"
    assert lines["Put it on the table,"] == "The Stranger"


MAID = (
    'Mrs. Ashdown sat at her desk in the morning room.\n\n'
    '"Is the post come?" said Mrs. Ashdown.\n\n'
    '"Not yet, ma\'am," said the maid from the door.\n\n'
    'Mrs. Ashdown went back to her letters.\n\n'
    'At ten the maid came in again with a tray and set it down by the desk. "Three for you, ma\'am, and a '
    'parcel," she said.\n\n'
)


def test_a_maid_is_a_role_present_in_the_scene():
    lines, cast = said(MAID)
    assert lines["Not yet, ma'am,"] == "The Maid"
    assert lines["Three for you, ma'am, and a parcel,"] == "The Maid"
