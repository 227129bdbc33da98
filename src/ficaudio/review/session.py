"""One story under review: its script as voices.yaml makes it, corrections to that file, and line audio.

voices.yaml is the one source of truth: the script is analysed again
whenever the file's text changes (by a save here or by hand), and every
correction is written to it (``edits.py``). Audio is made on demand from
the same clip cache as ``ficaudio preview`` and a render, so a line heard
here is the line the render will speak, and a second play only joins
cached clips (the joined WAV of recent plays is also kept in memory).
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..casting import Casting, cast_voices, write_cast_file
from ..config import GENDERS, PITCH_RANGE, RATE_RANGE, Config, closest_voice_ids, config_from_text
from ..errors import ConfigError
from ..model import FIRST_PERSON, GENERIC_SPEAKERS, Document, Segment, Voice
from .edits import CHARACTER_FIELDS, NARRATOR_FIELDS, CastEdit, OverrideEdit, apply_edits, normalise

UNCERTAIN_BELOW = 0.85
"""Lines whose rule was right less often than this on the dev corpus are marked for checking."""
EDITABLE_KINDS = ("narration", "dialogue", "thought", "author_note")
SAMPLE_SECONDS = 12.0
"""Longest voice sample of one character."""
MIN_OVERRIDE_WORDS = 4
"""An override's text is the fewest leading words (at least these) that pin only its line."""
_AUDIO_MEMORY = 48
"""Joined WAVs kept in memory (a paragraph is about 1 MB)."""


@dataclass
class _State:
    """What one version of voices.yaml makes of the story."""

    config_text: str | None
    config: Config
    doc: Document
    casting: Casting
    segments: list[tuple[int, Segment]]
    """(chapter index, segment) by segment id (reading order)."""
    script: dict[str, Any]
    words: list[str] = field(default_factory=list)
    """Each segment's text as overrides match it (whitespace runs as one space), by id."""
    joined: str = ""
    """``words`` joined by NUL (which no text holds), to find where a phrase occurs in one scan."""


class ReviewSession:
    """The story at ``story`` reviewed against the voices file at ``config_path`` (which may not exist yet)."""

    def __init__(self, story: Path, config_path: Path, cache_dir: Path, *, engine_name: str = "pyttsx3",
                 known_voice_ids=None) -> None:
        self.story = Path(story)
        self.config_path = Path(config_path)
        self.cache_dir = Path(cache_dir)
        self.engine_name = engine_name
        self.known_voice_ids = known_voice_ids
        self._lock = threading.RLock()
        self._state: _State | None = None
        self._audio: OrderedDict[tuple, bytes] = OrderedDict()
        self._speech_key: tuple | None = None
        self._speech_memo: dict[tuple, str] = {}
        self.state()  # a story or voices.yaml that does not load fails here, before the server starts

    # --- the script ----------------------------------------------------------------

    def state(self) -> _State:
        """The current analysis; made again when voices.yaml's text changed since the last."""
        with self._lock:
            text = self._read_config_text()
            if self._state is None or self._state.config_text != text:
                self._state = self._analyse(text)
            return self._state

    def _read_config_text(self) -> str | None:
        from ..config import read_config_text

        return read_config_text(self.config_path) if self.config_path.exists() else None

    def _analyse(self, config_text: str | None) -> _State:
        from ..analysis_cache import analysed_story
        from ..script import script_dict

        config = (config_from_text(config_text, self.config_path, known_voice_ids=self.known_voice_ids)
                  if config_text is not None else Config())
        # Overrides go into attribution (pipeline.analyse): a line given to Jem makes the untagged lines
        # after it alternate from Jem, so a save analyses the story again with them.
        doc = analysed_story(self.story, config, self.cache_dir)
        casting = cast_voices(doc.characters, config)
        script = script_dict(doc, self._speech_of(doc, config))
        segments: list[tuple[int, Segment]] = []
        for chapter, entry in zip(doc.chapters, script["chapters"]):
            for seg, seg_entry in zip(chapter.segments, entry["segments"]):
                seg_entry["id"] = len(segments)
                seg_entry["paragraph"] = seg.paragraph
                if seg.scene_break_before:
                    seg_entry["scene_break"] = True
                if seg.why.startswith("override"):
                    seg_entry["overridden"] = True
                segments.append((chapter.index, seg))
        script["cast"] = _cast_list(doc, config, casting)
        script["narrator"] = _voice_dict(casting.narrator)
        script["voices_file"] = str(self.config_path)
        script["voices_file_exists"] = config_text is not None
        script["uncertain_below"] = UNCERTAIN_BELOW
        script["kinds"] = list(EDITABLE_KINDS)
        script["author_notes"] = config.author_notes
        words = [normalise(doc.segment_text(seg)) for _, seg in segments]
        return _State(config_text, config, doc, casting, segments, script, words, "\0".join(words))

    def _speech_of(self, doc: Document, config: Config):
        """``pipeline.segment_speech``, remembered across saves while the speech rules stay the same.

        What is said depends on a line's words, whether it is an author's note or a chat label, and
        voices.yaml's reader, pronunciations and author_notes; saving an override changes none of these
        for the lines it does not touch.
        """
        from ..model import CHAT_LABEL
        from ..pipeline import segment_speech

        key = (repr(config.speech_rules), config.author_notes)
        if self._speech_key != key:
            self._speech_key, self._speech_memo = key, {}
        memo = self._speech_memo

        def speech(seg: Segment) -> str:
            k = (seg.start, seg.end, seg.kind == "author_note", seg.why == CHAT_LABEL)
            if k not in memo:
                memo[k] = segment_speech(doc, seg, config)
            return memo[k]

        return speech

    def script(self) -> dict[str, Any]:
        return self.state().script

    def segment(self, seg_id: Any) -> tuple[_State, int, Segment]:
        state = self.state()
        if isinstance(seg_id, bool) or not isinstance(seg_id, int) or not 0 <= seg_id < len(state.segments):
            raise ConfigError(f"no line with id {seg_id!r}; the script has ids 0 to {len(state.segments) - 1}. "
                              "Reload the page to get the current script.")
        chapter, seg = state.segments[seg_id]
        return state, chapter, seg

    # --- saving --------------------------------------------------------------------

    def save(self, overrides: list[dict[str, Any]], cast: list[dict[str, Any]]) -> dict[str, Any]:
        """Write the changes to voices.yaml (one atomic write) and analyse again.

        ``overrides``: {"id" or "text", "speaker" and/or "kind"} or {"id" or "text", "remove": true}.
        ``cast``: {"name" (null for the narrator), "voice", "rate", "pitch", "gender", "aliases"}.

        Raises:
            ConfigError: a change is not valid (nothing is written then).
        """
        with self._lock:
            state = self.state()
            override_edits = [self._override_edit(state, item, n) for n, item in enumerate(overrides)]
            cast_edits = [_with_current_voice(state, _cast_edit(state, item, n, self.known_voice_ids))
                          for n, item in enumerate(cast)]
            if not override_edits and not cast_edits:
                raise ConfigError("nothing to save: send at least one override or cast change.")
            created = not self.config_path.exists()
            if created:  # start from the cast sheet `ficaudio cast` writes, so the file lists every voice
                write_cast_file(self.config_path, state.doc.characters, state.casting, state.config,
                                title=state.doc.title)
            apply_edits(self.config_path, override_edits, cast_edits, known_voice_ids=self.known_voice_ids)
            fresh = self.state()
            pinned = [self._matches(fresh, e.text) for e in override_edits if not e.remove]
            return {"saved": str(self.config_path), "created": created,
                    "overrides": [{"text": e.text, "speaker": e.speaker, "kind": e.kind, "remove": e.remove}
                                  for e in override_edits],
                    "lines_pinned": pinned, "cast": [e.name for e in cast_edits]}

    def _override_edit(self, state: _State, item: Any, n: int) -> OverrideEdit:
        where = f"overrides[{n}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected an object such as {{\"text\": \"...\", \"speaker\": \"Mira\"}}.")
        unknown = set(item) - {"id", "text", "speaker", "kind", "remove"}
        if unknown:
            raise ConfigError(f"{where}: unknown field {sorted(unknown)[0]!r}; use text (or id), speaker, kind, "
                              "remove.")
        speaker, kind, remove = item.get("speaker"), item.get("kind"), item.get("remove", False)
        if not isinstance(remove, bool):
            raise ConfigError(f"{where}.remove: expected true or false.")
        if speaker is not None and (not isinstance(speaker, str) or not normalise(speaker)
                                    or len(speaker) > 100 or any(ord(c) < 32 for c in speaker)):
            raise ConfigError(f"{where}.speaker: expected a character's name (1-100 characters).")
        if kind is not None and kind not in EDITABLE_KINDS:
            raise ConfigError(f"{where}.kind: {kind!r} is not one of {', '.join(EDITABLE_KINDS)}.")
        if not remove and speaker is None and kind is None:
            raise ConfigError(f"{where}: give a speaker or a kind to pin the line to (or remove: true).")
        speaker = _canonical(state, normalise(speaker)) if speaker is not None else None
        if "id" in item:
            self.segment(item["id"])  # a known id, or a clear error
            text = self._text_for(state, item["id"], remove=remove)
        else:
            text = item.get("text")
            if not isinstance(text, str) or not normalise(text):
                raise ConfigError(f"{where}.text: give the words of the line to pin (or its id from /api/script).")
            text = normalise(text)
            if len(text) > 2000:
                raise ConfigError(f"{where}.text: {len(text)} characters is too long; a few words of the line do.")
            if not remove and not self._matches(state, text):
                raise ConfigError(f"{where}.text: no line of {self.story.name} contains \"{text[:60]}\"; copy the "
                                  "words from the script (quote marks left out).")
        return OverrideEdit(text=text, speaker=speaker, kind=kind, remove=remove)

    def _text_for(self, state: _State, seg_id: int, *, remove: bool) -> str:
        """The override text for one line, as a person would write it.

        An override already in voices.yaml that pins this line and no other is
        kept (and updated); else the fewest leading words (MIN_OVERRIDE_WORDS at
        least) found in no other line; else the whole line.
        """
        words = state.words[seg_id]
        if not words:
            raise ConfigError("that line has no words to pin; choose another line.")
        for o in reversed(state.config.overrides):
            if o.text in words and (remove or self._matches(state, o.text) == 1):
                return o.text
        if remove:
            raise ConfigError("no override in voices.yaml pins that line; nothing to undo.")
        parts = words.split(" ")
        for n in range(min(MIN_OVERRIDE_WORDS, len(parts)), len(parts) + 1):
            candidate = " ".join(parts[:n])
            if state.joined.count(candidate) == words.count(candidate):  # in this line only
                return candidate
        return words

    @staticmethod
    def _matches(state: _State, text: str) -> int:
        """How many lines an override with this text pins."""
        return sum(1 for words in state.words if text in words)

    # --- audio ---------------------------------------------------------------------

    def line_audio(self, seg_id: Any, *, paragraph: bool = False, speaker: str | None = None) -> bytes:
        """A WAV of one line (or its whole paragraph) as the render will speak it.

        ``speaker`` hears the line in another cast member's voice before saving.
        """
        from ..pipeline import plan_audio

        state, chapter_index, seg = self.segment(seg_id)
        if speaker is not None and speaker not in state.casting.voices and speaker != FIRST_PERSON:
            raise ConfigError(f"no cast member \"{speaker}\"; choose one from the cast panel.")
        wanted = [s for c, s in state.segments if c == chapter_index and s.paragraph == seg.paragraph] \
            if paragraph else [seg]
        chapter = next(c for c in state.doc.chapters if c.index == chapter_index)
        partial = replace(state.doc, chapters=[replace(chapter, segments=wanted)])
        lines = [line for ch in plan_audio(partial, state.casting, state.config) for line in ch.lines]
        if speaker is not None:
            voice = state.casting.voice_for(speaker)
            lines = [replace(l, voice=voice) if l.segment is seg else l for l in lines]
        if not lines:
            why = ("an author's note, which the render skips (author_notes: skip in voices.yaml)"
                   if seg.kind == "author_note" else "not read aloud")
            raise ConfigError(f"this line is {why}, so there is nothing to play.")
        lines[0] = replace(lines[0], pause_before_ms=0)
        return self._wav([(l.speech, l.voice, l.pause_before_ms) for l in lines])

    def sample_audio(self, name: str | None, values: dict[str, Any]) -> bytes:
        """A WAV of a cast member's first lines (the narrator's for None) in the voice ``values`` describe.

        ``values`` may hold unsaved "voice", "rate" and "pitch", to hear a change before saving it.
        """
        from ..pipeline import plan_audio

        state = self.state()
        if name is not None and name not in state.casting.voices:
            raise ConfigError(f"no cast member \"{name}\"; choose one from the cast panel.")
        base = state.casting.voice_for(name)
        edit = _cast_edit(state, {"name": name, **values}, 0, self.known_voice_ids)
        voice = Voice(voice_id=edit.values.get("voice") or base.voice_id, rate=edit.values.get("rate") or base.rate,
                      pitch=edit.values["pitch"] if edit.values.get("pitch") is not None else base.pitch,
                      volume=base.volume)
        own = [l for ch in plan_audio(state.doc, state.casting, state.config) for l in ch.lines
               if l.segment is not None and l.segment.reader == name and (name or l.segment.kind == "narration")]
        picked, total = [], 0.0
        for line in own[:6]:
            seconds = len(line.speech.split()) * 60 / max(voice.rate, 1)
            if picked and total + seconds > SAMPLE_SECONDS:
                break
            picked.append((line.speech, voice, 0 if not picked else state.config.pauses.sentence_ms))
            total += seconds
        if not picked:
            who = name or "the narrator"
            picked = [(f"This is how {who} sounds.", voice, 0)]
        return self._wav(picked)

    def _wav(self, clips: list[tuple[str, Voice, int]]) -> bytes:
        from ..stitch import stitch_chapter
        from ..synth import ClipCache, ClipRequest, engine_version, synthesize_all

        key = tuple(clips)
        with self._lock:
            cached = self._audio.get(key)
            if cached is not None:
                self._audio.move_to_end(key)
                return cached
        cache = ClipCache(self.cache_dir, engine_version(self.engine_name))
        requests = [ClipRequest(text, voice) for text, voice, _ in clips]
        with self._synth_lock:
            # In this process, never in workers: a play is a few clips, which one engine speaks before worker
            # processes would have started (a 277 s paragraph: 0.41 s, against 0.55 s with two workers), and a
            # server with no child processes has none to leave behind or to get a stray Ctrl-C.
            synthesize_all(requests, cache, engine_name=self.engine_name, jobs=1)
        audio, _ = stitch_chapter([(cache.path(cache.key(r)), pause) for r, (_, _, pause) in zip(requests, clips)],
                                  tail_ms=300)
        out = io.BytesIO()
        audio.export(out, format="wav")
        data = out.getvalue()
        with self._lock:
            self._audio[key] = data
            while len(self._audio) > _AUDIO_MEMORY:
                self._audio.popitem(last=False)
        return data

    _synth_lock = threading.Lock()
    """One synthesis at a time: the engine in this process is not thread-safe."""


def _voice_dict(voice: Voice) -> dict[str, Any]:
    return {"voice": voice.voice_id, "rate": voice.rate, "pitch": voice.pitch}


def _cast_list(doc: Document, config: Config, casting: Casting) -> list[dict[str, Any]]:
    """Everyone who reads a line or is in voices.yaml, most lines first."""
    out = []
    for char in sorted(doc.characters.values(), key=lambda c: (-c.lines, c.name)):
        entry = config.characters.get(char.name)
        out.append({"name": char.name, "lines": char.lines, "words": char.words,
                    "gender": (entry.gender if entry else None) or char.gender,
                    "aliases": list(entry.aliases if entry else char.aliases),
                    "in_voices_file": entry is not None,
                    "generic": char.name in GENERIC_SPEAKERS or char.name == FIRST_PERSON,
                    **_voice_dict(casting.voice_for(char.name))})
    return out


def _canonical(state: _State, name: str) -> str:
    """The cast's own name for ``name`` (any case, or an alias), so 'dess' is Odessa's line, not a new voice."""
    entry = state.config.character_named(name)
    if entry is not None:
        return entry.name
    wanted = name.lower()
    for char in state.doc.characters.values():
        if char.name.lower() == wanted or any(a.lower() == wanted for a in char.aliases):
            return char.name
    return name


def _with_current_voice(state: _State, edit: CastEdit) -> CastEdit:
    """A character new to voices.yaml keeps the voice they were cast, plus the change (no jump in sound)."""
    if edit.name is None or state.config.character_named(edit.name) is not None:
        return edit
    voice = state.casting.voice_for(edit.name)
    char = state.doc.characters.get(edit.name)
    current = {"voice": voice.voice_id, "pitch": voice.pitch, "gender": char.gender if char else None}
    return CastEdit(edit.name, {**{k: v for k, v in current.items() if v is not None}, **edit.values})


def _cast_edit(state: _State, item: Any, n: int, known_voice_ids) -> CastEdit:
    """A cast change from the page, checked field by field (the whole file is checked again on save)."""
    where = f"cast[{n}]"
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected an object such as {{\"name\": \"Mira\", \"pitch\": 60}}.")
    name = item.get("name")
    fields = NARRATOR_FIELDS if name is None else CHARACTER_FIELDS
    unknown = set(item) - {"name", *fields}
    if unknown:
        raise ConfigError(f"{where}: {sorted(unknown)[0]!r} cannot be changed here; "
                          f"change {', '.join(fields)}{' (of the narrator)' if name is None else ''}.")
    if name is not None:
        if not isinstance(name, str) or not normalise(name) or len(name) > 100:
            raise ConfigError(f"{where}.name: expected a character's name, or null for the narrator.")
        name = normalise(name)
        entry = state.config.character_named(name)
        name = entry.name if entry is not None else name
        if entry is None and name not in state.doc.characters:
            raise ConfigError(f"{where}.name: no character \"{name}\" in the story or voices.yaml.")
    values: dict[str, Any] = {}
    for key in fields:
        if key not in item:
            continue
        value = item[key]
        label = f"{where}.{key}"
        if value is None or value == "":
            values[key] = None
        elif key == "voice":
            if not isinstance(value, str) or not value.strip() or len(value) > 80:
                raise ConfigError(f"{label}: expected a voice id such as en-gb+f3 (see \"ficaudio voices\").")
            value = value.strip()
            if known_voice_ids is not None and value.lower() not in known_voice_ids:
                close = closest_voice_ids(value, known_voice_ids)
                hint = f" Did you mean {', '.join(close)}?" if close else " Run \"ficaudio voices\" for the list."
                raise ConfigError(f"{label}: eSpeak NG has no voice \"{value}\".{hint}")
            values[key] = value
        elif key in ("rate", "pitch"):
            low, high = RATE_RANGE if key == "rate" else PITCH_RANGE
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ConfigError(f"{label}: expected a whole number from {low} to {high}, got {value!r}.")
            values[key] = value
        elif key == "gender":
            if value not in GENDERS:
                raise ConfigError(f"{label}: expected {' or '.join(GENDERS)} (or null to leave it unset).")
            values[key] = value
        elif key == "aliases":
            if isinstance(value, str):
                value = [a for a in value.split(",")]
            if not isinstance(value, list) or not all(isinstance(a, str) for a in value) or len(value) > 50:
                raise ConfigError(f"{label}: expected a list of names such as [\"Mira Vell\", \"Miri\"].")
            values[key] = [normalise(a) for a in value if normalise(a)]
    return CastEdit(name=name, values=values)

