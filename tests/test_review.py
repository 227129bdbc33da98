"""The review server through Starlette's test client: the token, writing voices.yaml, bad input, real audio.

Every check reads what a user would: the voices.yaml text (comments and all), a fresh
``ficaudio script --json`` of the story, and the WAV the page would play (real engine).
"""

from __future__ import annotations

import io
import json
import shutil
import wave
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from ficaudio.cli import cli
from ficaudio.review.app import MAX_BODY, create_app
from ficaudio.review.session import ReviewSession
from ficaudio.tts.espeak_voices import known_voice_ids

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TOKEN = "test-token-0123456789"


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    shutil.copy(EXAMPLES.parent / "examples" / "the-lantern-keepers.txt", tmp_path / "story.txt")
    shutil.copy(EXAMPLES.parent / "voices.yaml", tmp_path / "voices.yaml")
    return tmp_path


@pytest.fixture
def session(story_dir: Path) -> ReviewSession:
    return ReviewSession(story_dir / "story.txt", story_dir / "voices.yaml", story_dir / "cache",
                         known_voice_ids=known_voice_ids())


@pytest.fixture
def client(session: ReviewSession) -> TestClient:
    return TestClient(create_app(session, TOKEN), raise_server_exceptions=False)


def api(path: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}token={TOKEN}"


def script_json(story_dir: Path) -> dict:
    """What `ficaudio script --json` says now, from a fresh process state (no review session involved)."""
    result = CliRunner().invoke(cli, ["script", str(story_dir / "story.txt"), "-c", str(story_dir / "voices.yaml"),
                                      "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def segments(doc: dict) -> list[dict]:
    return [s for chapter in doc["chapters"] for s in chapter["segments"]]


def find(doc: dict, text: str) -> dict:
    return next(s for s in segments(doc) if s["text"] == text)


def wav_stats(data: bytes) -> tuple[float, int]:
    """(seconds, peak sample) of a mono 16-bit WAV."""
    import array

    with wave.open(io.BytesIO(data)) as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        frames = w.readframes(w.getnframes())
        seconds = w.getnframes() / w.getframerate()
    samples = array.array("h", frames)
    return seconds, max(abs(s) for s in samples)


# --- the token ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/static/review.js", "/static/review.css", "/api/script", "/api/voices",
                                  "/api/audio/line/0", "/api/audio/sample", "/no/such/page", "/../voices.yaml"])
def test_every_request_needs_the_token(client: TestClient, path: str) -> None:
    for query in ("", "?token=", "?token=wrong", f"?token={TOKEN}x", f"?TOKEN={TOKEN}"):
        response = client.get(path + query)
        assert response.status_code == 403, (path, query)
        assert "token" in response.json()["error"]
    response = client.post("/api/overrides", json={"text": "Did you win?", "speaker": "Jem"})
    assert response.status_code == 403


def test_with_the_token_the_page_and_its_files_are_served(client: TestClient) -> None:
    page = client.get(api("/"))
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert f"/static/review.js?token={TOKEN}" in page.text  # the page links its files with the token
    assert "http://" not in page.text and "https://" not in page.text  # nothing from elsewhere
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    for name, kind in (("review.js", "text/javascript"), ("review.css", "text/css")):
        response = client.get(api(f"/static/{name}"))
        assert response.status_code == 200 and response.headers["content-type"].startswith(kind)
        assert "http://" not in response.text and "https://" not in response.text
    for other in ("index.html", "app.py", "..%2Fapp.py", "..%2F..%2Fconfig.py"):
        assert client.get(api(f"/static/{other}")).status_code == 404
    assert client.get(api("/voices.yaml")).status_code == 404


# --- the script ---------------------------------------------------------------------------------------


def test_the_api_script_is_script_json_plus_ids(client: TestClient, story_dir: Path) -> None:
    served = client.get(api("/api/script")).json()
    cli_doc = script_json(story_dir)
    assert [c["title"] for c in served["chapters"]] == [c["title"] for c in cli_doc["chapters"]]
    ours, theirs = segments(served), segments(cli_doc)
    assert len(ours) == len(theirs)
    for n, (a, b) in enumerate(zip(ours, theirs)):
        assert a["id"] == n
        assert {k: a[k] for k in b} == b  # every field of script --json, unchanged
    uncertain = [s for s in ours if s.get("confidence", 1) < served["uncertain_below"]]
    assert uncertain and all(s["kind"] in ("dialogue", "thought") for s in uncertain)
    cast = {m["name"]: m for m in served["cast"]}
    assert cast["Mira"]["voice"] == "en-gb-x-rp+f2" and cast["Mira"]["pitch"] == 62
    assert cast["Tobias"]["lines"] == sum(1 for s in theirs if s["speaker"] == "Tobias")


# --- saving -------------------------------------------------------------------------------------------


def test_an_override_by_text_is_written_as_by_hand(client: TestClient, story_dir: Path) -> None:
    before = find(script_json(story_dir), "Did you win?")
    assert before["speaker"] != "Jem"
    response = client.post(api("/api/overrides"), json={"text": "Did you win?", "speaker": "Jem"})
    assert response.status_code == 200, response.text
    assert response.json()["lines_pinned"] == [1]
    text = (story_dir / "voices.yaml").read_text()
    assert '  - {text: "Did you win?", speaker: Jem}\n' in text
    assert "# Voices for the demo story" in text and "# words per minute" in text  # comments kept
    assert "overrides: []" not in text
    after = find(script_json(story_dir), "Did you win?")
    assert (after["speaker"], after["why"]) == ("Jem", "override")
    served = client.get(api("/api/script")).json()  # the page's refresh
    assert find(served, "Did you win?")["speaker"] == "Jem"
    fresh = script_json(story_dir)
    assert [{k: s[k] for k in t} for s, t in zip(segments(served), segments(fresh))] == segments(fresh)
    assert {m["name"]: m["lines"] for m in served["cast"]}["Jem"] == \
        sum(1 for s in segments(fresh) if s["speaker"] == "Jem" and s["kind"] in ("dialogue", "thought"))


def test_an_override_by_line_id_uses_the_fewest_words_that_pin_it(client: TestClient, story_dir: Path) -> None:
    served = client.get(api("/api/script")).json()
    line = next(s for s in segments(served) if s["kind"] == "dialogue" and len(s["text"].split()) > 8)
    response = client.post(api("/api/overrides"), json={"id": line["id"], "kind": "thought"})
    assert response.status_code == 200, response.text
    written = response.json()["overrides"][0]["text"]
    assert line["text"].startswith(written) and len(written.split()) >= 4 and written != line["text"]
    after = [s for s in segments(script_json(story_dir)) if written in " ".join(s["text"].split())]
    assert len(after) == 1 and after[0]["kind"] == "thought" and after[0]["speaker"] == line["speaker"]
    # Changing the same line again updates that entry rather than adding another.
    client.post(api("/api/overrides"), json={"id": line["id"], "speaker": "Odessa"})
    text = (story_dir / "voices.yaml").read_text()
    assert text.count(written) == 1 and f'{{text: "{written}", kind: thought, speaker: Odessa}}' in text
    # Undo removes it; the line is the rules' again.
    undone = client.post(api("/api/overrides"), json={"id": line["id"], "remove": True})
    assert undone.status_code == 200, undone.text
    assert written not in (story_dir / "voices.yaml").read_text()
    assert find(script_json(story_dir), line["text"])["kind"] == "dialogue"


def test_narration_kind_drops_a_speaker(client: TestClient, story_dir: Path) -> None:
    client.post(api("/api/overrides"), json={"text": "Did you win?", "speaker": "Jem"})
    client.post(api("/api/overrides"), json={"text": "Did you win?", "kind": "narration"})
    assert '{text: "Did you win?", kind: narration}' in (story_dir / "voices.yaml").read_text()
    line = find(script_json(story_dir), "Did you win?")
    assert line["kind"] == "narration" and line["speaker"] is None


def test_cast_changes_are_written_under_characters(client: TestClient, story_dir: Path) -> None:
    response = client.post(api("/api/save"), json={
        "cast": [{"name": "Mira", "pitch": 70, "rate": 180, "aliases": ["Mira Vell", "Miri"]},
                 {"name": "Jem", "voice": "en-us+m3", "gender": None},
                 {"name": None, "rate": 150}],
        "overrides": [{"text": "Did you win?", "speaker": "Jem"}]})
    assert response.status_code == 200, response.text
    text = (story_dir / "voices.yaml").read_text()
    assert "  Mira:\n    voice: en-gb-x-rp+f2\n    pitch: 70\n    gender: female\n    aliases: [Mira Vell, Miri]\n" \
           "    rate: 180\n" in text
    assert "  Jem:\n    voice: en-us+m3\n    pitch: 48\n    aliases: [Jem Ashby]\n" in text
    assert "  rate: 150               # words per minute" in text  # the narrator's, comment kept
    cast = {m["name"]: m for m in client.get(api("/api/script")).json()["cast"]}
    assert (cast["Mira"]["pitch"], cast["Mira"]["rate"], cast["Jem"]["voice"]) == (70, 180, "en-us+m3")


def test_a_missing_voices_file_is_created_with_the_cast(story_dir: Path) -> None:
    target = story_dir / "story.voices.yaml"
    session = ReviewSession(story_dir / "story.txt", target, story_dir / "cache", known_voice_ids=known_voice_ids())
    client = TestClient(create_app(session, TOKEN))
    assert client.get(api("/api/script")).json()["voices_file_exists"] is False
    response = client.post(api("/api/overrides"), json={"text": "Did you win?", "speaker": "Jem"})
    assert response.status_code == 200 and response.json()["created"] is True
    text = target.read_text()
    assert "characters:\n" in text and "  Mira:  # " in text and '{text: "Did you win?", speaker: Jem}' in text


# --- bad input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("body, status, says", [
    (b"{not json", 400, "not valid JSON"),
    (b"\xff\xfe", 400, "not valid JSON"),
    (b'{"text": "Did you win?"}', 400, "give a speaker or a kind"),
    (b'{"text": "Did you win?", "speaker": "Jem", "colour": 1}', 400, "unknown field"),
    (b'{"text": "no line says this at all", "speaker": "Jem"}', 400, "no line of story.txt contains"),
    (b'{"text": "Did you win?", "kind": "shout"}', 400, "not one of narration"),
    (b'{"text": "Did you win?", "speaker": 7}', 400, "expected a character's name"),
    (b'{"id": 99999, "speaker": "Jem"}', 400, "no line with id"),
    (b'{"id": "3", "speaker": "Jem"}', 400, "no line with id"),
    (b'"Jem"', 400, "expected an object"),
    (b"[" + b'{"text": "Did you win?", "speaker": "Jem"},' * 600 + b"{}]", 413, "too many"),
])
def test_bad_overrides_are_refused_and_nothing_is_written(client: TestClient, story_dir: Path, body: bytes,
                                                          status: int, says: str) -> None:
    before = (story_dir / "voices.yaml").read_bytes()
    response = client.post(api("/api/overrides"), content=body, headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    assert says in response.json()["error"]
    assert "Traceback" not in response.text
    assert (story_dir / "voices.yaml").read_bytes() == before


def test_oversized_bodies_and_other_content_types_are_refused(client: TestClient, story_dir: Path) -> None:
    before = (story_dir / "voices.yaml").read_bytes()
    big = json.dumps({"text": "x" * MAX_BODY, "speaker": "Jem"}).encode()
    response = client.post(api("/api/overrides"), content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "KB" in response.json()["error"]
    response = client.post(api("/api/overrides"), content=b"text=Did+you+win%3F&speaker=Jem",
                           headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415
    assert client.get(api("/api/overrides")).status_code == 405
    assert (story_dir / "voices.yaml").read_bytes() == before


@pytest.mark.parametrize("change, says", [
    ({"name": "Mira", "voice": "en-gb+f9"}, "Did you mean en-gb+f1"),
    ({"name": "Mira", "pitch": 101}, "from 0 to 100"),
    ({"name": "Mira", "rate": "fast"}, "from 80 to 450"),
    ({"name": "Mira", "gender": "robot"}, "female or male"),
    ({"name": "Mira", "aliases": ["Dess"]}, "is also claimed by"),
    ({"name": "Nobody Here", "pitch": 50}, "no character"),
    ({"name": None, "aliases": ["x"]}, "cannot be changed here"),
])
def test_bad_cast_changes_are_refused_and_nothing_is_written(client: TestClient, story_dir: Path, change: dict,
                                                             says: str) -> None:
    before = (story_dir / "voices.yaml").read_bytes()
    response = client.post(api("/api/cast"), json=change)
    assert response.status_code == 400, response.text
    assert says in response.json()["error"]
    assert (story_dir / "voices.yaml").read_bytes() == before


def test_a_broken_voices_file_is_reported_on_the_page(client: TestClient, story_dir: Path) -> None:
    path = story_dir / "voices.yaml"
    path.write_text(path.read_text().replace("pitch: 62", "pich: 62"))  # edited by hand, wrongly
    response = client.get(api("/api/script"))
    assert response.status_code == 400
    assert 'characters.Mira.pich: unknown key; did you mean "pitch"?' in response.json()["error"]


def test_an_unexpected_failure_is_json_without_a_traceback(client: TestClient, session: ReviewSession,
                                                           monkeypatch) -> None:
    def broken():
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(session, "script", broken)
    response = client.get(api("/api/script"))
    assert response.status_code == 500
    assert "disk on fire" in response.json()["error"] and "Traceback" not in response.text


# --- audio (real engine) ------------------------------------------------------------------------------


def test_a_line_and_its_paragraph_play_with_the_real_voices(client: TestClient, story_dir: Path) -> None:
    served = client.get(api("/api/script")).json()
    line = next(s for s in segments(served) if s["kind"] == "dialogue" and s["speaker"] == "Mira")
    clips = story_dir / "cache" / "clips"
    first = client.get(api(f"/api/audio/line/{line['id']}"))
    assert first.status_code == 200 and first.headers["content-type"] == "audio/wav"
    seconds, peak = wav_stats(first.content)
    words = len(line["speech"].split())
    assert 0.2 * words * 60 / 170 < seconds < 4 * words * 60 / 170 + 2 and peak > 1000
    made = sorted(clips.rglob("*.wav"))
    assert made  # in the same clip cache a render uses
    again = client.get(api(f"/api/audio/line/{line['id']}"))
    assert again.content == first.content and sorted(clips.rglob("*.wav")) == made  # nothing synthesized again
    paragraph = client.get(api(f"/api/audio/line/{line['id']}?paragraph=1"))
    assert wav_stats(paragraph.content)[0] >= seconds
    # Heard in another voice before saving: a different clip.
    other = client.get(api(f"/api/audio/line/{line['id']}?speaker=Tobias"))
    assert other.status_code == 200 and other.content != first.content
    assert client.get(api(f"/api/audio/line/{line['id']}?speaker=Nobody")).status_code == 400


def test_a_voice_sample_follows_unsaved_settings(client: TestClient) -> None:
    saved = client.get(api("/api/audio/sample?name=Mira"))
    higher = client.get(api("/api/audio/sample?name=Mira&pitch=90&rate=200"))
    assert saved.status_code == higher.status_code == 200
    (saved_s, saved_peak), (higher_s, _) = wav_stats(saved.content), wav_stats(higher.content)
    assert saved_peak > 1000 and higher_s < saved_s  # the same lines, spoken faster
    narrator = client.get(api("/api/audio/sample"))
    assert narrator.status_code == 200 and wav_stats(narrator.content)[0] > 1
    bad = client.get(api("/api/audio/sample?name=Mira&voice=xx-nope"))
    assert bad.status_code == 400 and "no voice" in bad.json()["error"]
    assert client.get(api("/api/audio/sample?name=Mira&pitch=high")).status_code == 400


def test_a_character_new_to_voices_yaml_keeps_their_cast_voice(client: TestClient, story_dir: Path) -> None:
    client.post(api("/api/overrides"), json={"text": "Did you win?", "speaker": "Wren"})
    wren = {m["name"]: m for m in client.get(api("/api/script")).json()["cast"]}["Wren"]
    assert wren["in_voices_file"] is False and wren["lines"] == 1
    response = client.post(api("/api/cast"), json={"name": "Wren", "rate": 190})
    assert response.status_code == 200, response.text
    text = (story_dir / "voices.yaml").read_text()
    assert f"  Wren:\n    voice: {wren['voice']}\n    rate: 190\n    pitch: {wren['pitch']}\n" in text
    after = {m["name"]: m for m in client.get(api("/api/script")).json()["cast"]}["Wren"]
    assert (after["voice"], after["pitch"], after["rate"], after["in_voices_file"]) == \
        (wren["voice"], wren["pitch"], 190, True)


def test_a_typed_name_that_is_an_alias_means_that_character(client: TestClient, story_dir: Path) -> None:
    response = client.post(api("/api/overrides"), json={"text": "Did you win?", "speaker": "dess"})
    assert response.status_code == 200 and response.json()["overrides"][0]["speaker"] == "Odessa"
    assert '{text: "Did you win?", speaker: Odessa}' in (story_dir / "voices.yaml").read_text()
