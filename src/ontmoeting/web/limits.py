"""ASGI middleware: a hard limit on request bodies (before anything parses them) and security headers."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Pages use only same-origin assets; no inline scripts. Inline styles are allowed for the report fragment's
# bars and charts.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    """Refuse bodies over ``max_bytes`` with 413: by Content-Length up front, and by counting what arrives
    (chunked uploads have no length). ``larger`` gives single paths a higher limit (the upload page, which
    also takes recordings); every other path keeps ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.larger = dict(larger or {})

    def limit_for(self, scope: Scope) -> int:
        return max(self.max_bytes, self.larger.get(str(scope.get("path", "")), 0))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await self.refuse(scope, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self.refuse(scope, send)

    async def refuse(self, scope: Scope, send: Send) -> None:
        limit = f"{self.limit_for(scope) // (1024 * 1024)} MB"
        nl = f"Het bestand is te groot (maximaal {limit}). [E530]"
        en = f"The file is too large (at most {limit}). [E530]"
        if str(scope.get("path", "")).startswith("/api/"):
            body = json.dumps({"error": {"status": 413, "code": "E530", "message": f"{en} / {nl}"}}).encode()
            content_type = b"application/json"
        else:
            body = (
                '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/static/app.css">'
                f'<main class="page"><section class="card narrow"><h1>413</h1><p lang="nl">{nl}</p>'
                f'<p lang="en">{en}</p><p><a class="btn" href="/conversations/upload">&larr;</a></p>'
                "</section></main>"
            ).encode()
            content_type = b"text/html; charset=utf-8"
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {name.lower() for name, _ in headers}
                for name, value in (
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                ):
                    if name not in names:
                        headers.append((name, value))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
