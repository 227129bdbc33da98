"""``ficaudio review``: a local page to check and correct who reads each line, with the real voices.

- ``edits.py``: voices.yaml changes written as a person would write them (overrides, characters);
- ``session.py``: the story, its script and the audio of a line, for one voices.yaml;
- ``app.py``: the Starlette app (token check, body limits, JSON errors, the API);
- ``server.py``: binding 127.0.0.1, the URL line, the browser, a clean stop;
- ``static/``: the page itself, plain HTML, CSS and JavaScript.
"""
