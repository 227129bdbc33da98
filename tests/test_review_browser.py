"""The review page in a real browser: headless Chromium (Debian's chromium + chromium-driver) driven by Selenium.

The server is the real command, ``ficaudio review STORY -c voices.yaml --port 0 --no-browser``, in its own
process; the test reads the URL from its first line of output, as a user would copy it. It then does what a
podficcer does: reads the script, filters to the uncertain lines, gives a line to another speaker, tunes a
voice, plays a line, saves, and checks voices.yaml and a fresh ``ficaudio script --json``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
STORY = "the-lantern-keepers.txt"
CHROMIUM_FLAGS = (
    # As this machine needs them: no sandbox as root, no GPU, and none of Chromium's own network traffic
    # (the machine refuses it, and a review page must fetch nothing but its server anyway).
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    "--window-size=1400,860", "--autoplay-policy=no-user-gesture-required",
)

pytestmark = pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                                reason="needs Debian's chromium and chromium-driver (make test installs them)")


@pytest.fixture
def served(tmp_path: Path):
    """(url, story dir) of a running `ficaudio review`; stopped with Ctrl-C (SIGINT) afterwards."""
    shutil.copy(EXAMPLES / "the-lantern-keepers.txt", tmp_path / STORY)
    shutil.copy(EXAMPLES.parent / "voices.yaml", tmp_path / "voices.yaml")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ficaudio", "review", str(tmp_path / STORY), "-c", str(tmp_path / "voices.yaml"),
         "--port", "0", "--no-browser", "--cache-dir", str(tmp_path / "cache")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and "/?token=" in url, proc.stderr.read()
        yield url, tmp_path
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == 0, proc.stderr.read()


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="ficaudio-chromium-")  # a new, empty profile each time
    options.add_argument("--user-data-dir=" + profile)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_ready(driver, timeout: float = 30) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return document.body.dataset.state") == "ready")


def seg_by_text(driver, text: str):
    from selenium.webdriver.common.by import By

    for span in driver.find_elements(By.CSS_SELECTOR, "#story .seg"):
        if span.text.strip("“”") == text:
            return span
    raise AssertionError(f"no line {text!r} on the page")


def fresh_script(story_dir: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "ficaudio", "script", str(story_dir / STORY), "-c",
                          str(story_dir / "voices.yaml"), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_reassign_a_line_tune_a_voice_and_save(served, browser) -> None:
    from selenium.webdriver.common.by import By

    url, story_dir = served
    browser.get(url)
    wait_ready(browser)
    assert browser.title == "The Lantern Keepers · ficaudio review"
    spans = browser.find_elements(By.CSS_SELECTOR, "#story .seg")
    script = fresh_script(story_dir)
    assert len(spans) == sum(len(c["segments"]) for c in script["chapters"])

    # The filter: only paragraphs with an uncertain line stay in view.
    browser.find_element(By.ID, "only-uncertain").click()
    shown = [p for p in browser.find_elements(By.CSS_SELECTOR, "#story p") if p.is_displayed()]
    assert shown and all(p.find_elements(By.CSS_SELECTOR, ".seg.uncertain") for p in shown)
    assert len([s for s in browser.find_elements(By.CSS_SELECTOR, "#story .seg") if s.is_displayed()]) < len(spans)
    browser.find_element(By.ID, "only-uncertain").click()

    # "Did you win?" is an uncertain turn-taking line: give it to Jem.
    line = seg_by_text(browser, "Did you win?")
    assert "uncertain" in line.get_attribute("class")
    before = next(s for c in script["chapters"] for s in c["segments"] if s["text"] == "Did you win?")
    assert before["speaker"] != "Jem"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", line)
    line.click()
    editor = browser.find_element(By.ID, "editor")
    assert editor.is_displayed()
    editor.find_element(By.CSS_SELECTOR, '#ed-speakers button[data-speaker="Jem"]').click()
    assert browser.find_element(By.ID, "pending").text == "1 unsaved change"
    if os.environ.get("FICAUDIO_REVIEW_SCREENSHOT"):  # the README's picture: docs/review.png
        seg_by_text(browser, "Did you win?").click()
        browser.save_screenshot(os.environ["FICAUDIO_REVIEW_SCREENSHOT"])

    # Play it: real audio from the server, in Jem's voice before saving.
    browser.find_element(By.ID, "ed-play").click()
    wait_ready(browser)
    duration = browser.execute_script(
        "const p = document.getElementById('player');"
        "return p.src.startsWith('blob:') ? (p.duration || p.readyState) : 0;")
    assert duration and duration > 0
    assert "error" not in browser.find_element(By.ID, "status").get_attribute("class")

    # Tune Mira's voice in the cast panel.
    from selenium.webdriver.support.ui import WebDriverWait

    browser.find_element(By.CSS_SELECTOR, '#cast li[data-name="Mira"] .name').click()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "voice-editor").is_displayed())
    assert browser.find_element(By.ID, "ve-language").get_attribute("value") == "en-gb-x-rp"
    assert browser.find_element(By.ID, "ve-variant").get_attribute("value") == "f2"
    pitch = browser.find_element(By.ID, "ve-pitch")
    browser.execute_script("arguments[0].value = 71; arguments[0].dispatchEvent(new Event('input'))", pitch)
    aliases = browser.find_element(By.ID, "ve-aliases")
    aliases.clear()
    aliases.send_keys("Mira Vell, Miri")
    browser.find_element(By.CSS_SELECTOR, "#ve-form button[type=submit]").click()
    assert browser.find_element(By.ID, "pending").text == "2 unsaved changes"

    browser.find_element(By.ID, "save").click()
    wait_ready(browser)
    status = browser.find_element(By.ID, "status").text
    assert status.startswith("Saved 2 changes to "), status
    assert not browser.find_element(By.ID, "pending").is_displayed()

    text = (story_dir / "voices.yaml").read_text()
    assert '  - {text: "Did you win?", speaker: Jem}\n' in text
    assert "  Mira:\n    voice: en-gb-x-rp+f2\n    pitch: 71\n    gender: female\n    aliases: [Mira Vell, Miri]\n" in text
    assert "# Voices for the demo story" in text  # the user's comments stay
    after = fresh_script(story_dir)
    line_after = next(s for c in after["chapters"] for s in c["segments"] if s["text"] == "Did you win?")
    assert (line_after["speaker"], line_after["why"]) == ("Jem", "override")

    # The page shows the saved script: the line is Jem's, no longer pending or uncertain.
    line = seg_by_text(browser, "Did you win?")
    assert "changed" not in line.get_attribute("class") and "uncertain" not in line.get_attribute("class")
    label = browser.execute_script("return arguments[0].previousElementSibling.textContent", line)
    assert label == "Jem"
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors

    # The same address without its token is refused.
    browser.get(url.split("?")[0])
    assert "needs the token" in browser.page_source
