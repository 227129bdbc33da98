"""Running the review page: 127.0.0.1 only, a fresh token per run, the URL first, a clean stop on Ctrl-C."""

from __future__ import annotations

import errno
import logging
import os
import secrets
import socket
import sys
import threading
import webbrowser
from typing import Callable, TextIO

from ..errors import ConfigError
from .app import create_app
from .session import ReviewSession

HOST = "127.0.0.1"


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1:port (0: a free port), before anything is printed.

    Raises:
        ConfigError: the port is taken or not ours to use.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
        sock.listen(64)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"port {port} is in use (another ficaudio review?); choose another with --port N, "
                              "or --port 0 for any free port.") from exc
        raise ConfigError(f"cannot listen on {HOST}:{port} ({exc.strerror}); try --port 0.") from exc
    return sock


def page_url(sock: socket.socket, token: str) -> str:
    return f"http://{HOST}:{sock.getsockname()[1]}/?token={token}"


def serve(session: ReviewSession, *, port: int = 0, open_browser: bool = True, out: TextIO = sys.stdout,
          say: Callable[[str], None] = lambda s: print(s, file=sys.stderr)) -> None:
    """Serve ``session`` until Ctrl-C (or SIGTERM); the page's URL is the first line on ``out``."""
    import uvicorn

    from ..synth import die_with_parent

    die_with_parent(os.getppid())  # a review whose parent (terminal, script, test) died must not linger
    token = secrets.token_urlsafe(24)
    sock = bind(port)
    url = page_url(sock, token)
    print(url, file=out, flush=True)
    say(f"Reviewing {session.story} with {session.config_path}"
        f"{'' if session.config_path.exists() else ' (written on the first save)'}. Ctrl-C stops.")
    config = uvicorn.Config(create_app(session, token), log_level="warning", access_log=False, lifespan="off",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    # After Ctrl-C, a play still being made is cancelled; uvicorn would log that cancellation with a traceback.
    logging.getLogger("uvicorn.error").addFilter(lambda record: not server.should_exit)
    if open_browser:
        threading.Thread(target=_open_browser, args=(url, say), daemon=True).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn has shut down cleanly and re-raised the Ctrl-C
    finally:
        sock.close()
    say("Review stopped. Corrections are in " + str(session.config_path) + ".")


def _open_browser(url: str, say: Callable[[str], None]) -> None:
    # Without a display, Python's webbrowser falls back to text browsers that would take over this
    # terminal: only a graphical session (or $BROWSER) gets a browser opened.
    if not (os.environ.get("BROWSER") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("darwin", "win32")):
        say("No display to open a browser on: open the URL above in one.")
        return
    try:
        opened = webbrowser.open(url)
    except webbrowser.Error:
        opened = False
    if not opened:
        say("Could not open a browser: open the URL above in one.")
