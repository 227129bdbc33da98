"""The review server's HTTP side: a Starlette app over one ReviewSession.

Every request must carry the run's token (``?token=``) or gets 403, whatever
it asks for; only the page's own files, the script, the voices list and
audio made here are served; a POST body must be JSON of at most MAX_BODY
bytes. Every error is JSON, ``{"error": "what is wrong and how to fix it"}``,
never a traceback. Pages get a Content-Security-Policy that lets them load
nothing from anywhere but this server.
"""

from __future__ import annotations

import hmac
import json
import logging
from importlib import resources
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..errors import ConfigError, FicaudioError
from .session import ReviewSession

_LOGGER = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
"""Bytes; a save of hundreds of corrections fits in a tenth of this."""
MAX_ITEMS = 500
"""Changes in one save."""
ASSETS = {"index.html": "text/html; charset=utf-8", "review.js": "text/javascript; charset=utf-8",
          "review.css": "text/css; charset=utf-8"}
"""The page's files (review/static/): nothing else is ever served from disk."""
HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                "media-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
                                "frame-ancestors 'none'"),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=HEADERS)


class _TokenGate(BaseHTTPMiddleware):
    """403 for any request without this run's token; security headers on every answer."""

    def __init__(self, app, token: str) -> None:
        super().__init__(app)
        self.token = token.encode()

    async def dispatch(self, request: Request, call_next):
        given = request.query_params.get("token", "").encode()
        if not hmac.compare_digest(given, self.token):
            return _error(403, "this address needs the token ficaudio review printed: open the whole URL it "
                               "printed (http://127.0.0.1:PORT/?token=...).")
        response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response


async def _json_body(request: Request) -> Any:
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise ApiError(415, "send the body as JSON with Content-Type: application/json.")
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
        raise ApiError(413, f"the request body is over {MAX_BODY // 1024} KB; send fewer changes at a time.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise ApiError(413, f"the request body is over {MAX_BODY // 1024} KB; send fewer changes at a time.")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ApiError(400, f"the body is not valid JSON ({exc}); send e.g. "
                            "{\"text\": \"Or you could tell me\", \"speaker\": \"Tobias\"}.") from exc


def _items(value: Any, what: str) -> list:
    """One object or a list of them."""
    items = value if isinstance(value, list) else [value]
    if len(items) > MAX_ITEMS:
        raise ApiError(413, f"{len(items)} {what} in one request is too many (limit {MAX_ITEMS}).")
    return items


def _asset(name: str) -> Response:
    data = resources.files("ficaudio.review").joinpath("static", name).read_bytes()
    return Response(data, media_type=ASSETS[name])


def create_app(session: ReviewSession, token: str) -> Starlette:
    """The review app for ``session``; every request must carry ``?token=<token>``."""

    async def page(request: Request) -> Response:
        # The page links its own files with the token (a token_urlsafe: nothing to escape).
        html = _asset("index.html").body.replace(b"__TOKEN__", token.encode())
        return Response(html, media_type=ASSETS["index.html"])

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ASSETS or name == "index.html":
            raise ApiError(404, f"no file {name!r} here; the page's files are review.js and review.css.")
        return _asset(name)

    async def script(request: Request) -> Response:
        return JSONResponse(await run_in_threadpool(session.script))

    async def voices(request: Request) -> Response:
        from ..tts.espeak_voices import list_engine_voices

        rows = await run_in_threadpool(list_engine_voices)
        return JSONResponse({
            "languages": [{"id": v.voice_id, "name": v.name, "gender": v.gender} for v in rows if v.kind == "language"],
            "variants": [{"id": v.voice_id.lstrip("+"), "name": v.name, "gender": v.gender}
                         for v in rows if v.kind == "variant"],
        })

    async def save(request: Request) -> Response:
        body = await _json_body(request)
        if not isinstance(body, dict) or not set(body) <= {"overrides", "cast"}:
            raise ApiError(400, "send {\"overrides\": [...], \"cast\": [...]} (either may be left out).")
        overrides = _items(body.get("overrides", []), "overrides")
        cast = _items(body.get("cast", []), "cast changes")
        return JSONResponse(await run_in_threadpool(session.save, overrides, cast))

    async def overrides(request: Request) -> Response:
        body = await _json_body(request)
        return JSONResponse(await run_in_threadpool(session.save, _items(body, "overrides"), []))

    async def cast(request: Request) -> Response:
        body = await _json_body(request)
        return JSONResponse(await run_in_threadpool(session.save, [], _items(body, "cast changes")))

    async def line_audio(request: Request) -> Response:
        seg_id = _int(request.path_params["seg_id"], "line id")
        paragraph = request.query_params.get("paragraph", "") in ("1", "true")
        speaker = request.query_params.get("speaker") or None
        data = await run_in_threadpool(lambda: session.line_audio(seg_id, paragraph=paragraph, speaker=speaker))
        return Response(data, media_type="audio/wav")

    async def sample_audio(request: Request) -> Response:
        q = request.query_params
        values: dict[str, Any] = {}
        if q.get("voice"):
            values["voice"] = q["voice"]
        for key in ("rate", "pitch"):
            if q.get(key):
                values[key] = _int(q[key], key)
        name = q.get("name") or None
        data = await run_in_threadpool(session.sample_audio, name, values)
        return Response(data, media_type="audio/wav")

    async def api_error(request: Request, exc: ApiError) -> Response:
        return _error(exc.status, exc.message)

    async def ficaudio_error(request: Request, exc: FicaudioError) -> Response:
        return _error(400 if isinstance(exc, ConfigError) else 500, str(exc))

    async def http_error(request: Request, exc: HTTPException) -> Response:
        messages = {404: "no such page; the API is /api/script, /api/save, /api/overrides, /api/cast, /api/voices "
                         "and /api/audio/...", 405: "that method is not allowed here."}
        return _error(exc.status_code, messages.get(exc.status_code, exc.detail))

    async def unexpected(request: Request, exc: Exception) -> Response:
        _LOGGER.error("review: %s on %s: %s", type(exc).__name__, request.url.path, exc)
        return _error(500, f"ficaudio hit an unexpected problem ({type(exc).__name__}: {exc}); the page and "
                           "voices.yaml are unchanged. Run again with --debug and report it.")

    routes = [
        Route("/", page),
        Route("/static/{name}", asset),
        Route("/api/script", script),
        Route("/api/voices", voices),
        Route("/api/save", save, methods=["POST"]),
        Route("/api/overrides", overrides, methods=["POST"]),
        Route("/api/cast", cast, methods=["POST"]),
        Route("/api/audio/line/{seg_id}", line_audio),
        Route("/api/audio/sample", sample_audio),
    ]
    return Starlette(routes=routes, middleware=[Middleware(_TokenGate, token=token)],
                     exception_handlers={ApiError: api_error, FicaudioError: ficaudio_error,
                                         HTTPException: http_error, Exception: unexpected})


def _int(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise ApiError(400, f"{what}: expected a whole number, got {value[:20]!r}.") from None
