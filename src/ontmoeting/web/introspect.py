"""Listing the app's routes (method, path), for the authorization tests and the load benchmark.

FastAPI before 0.16x put every ``APIRoute`` in ``app.routes``; newer versions keep included routers as
nested entries. This walks both shapes.
"""

from __future__ import annotations

from typing import Any

from fastapi.routing import APIRoute
from starlette.routing import Route


def _walk(routes: list[Any], prefix: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for route in routes:
        if isinstance(route, APIRoute):
            for method in route.methods - {"HEAD", "OPTIONS"}:
                found.append((method, prefix + route.path))
        elif hasattr(route, "original_router") and hasattr(route, "include_context"):
            found.extend(_walk(route.original_router.routes, prefix + (route.include_context.prefix or "")))
        elif isinstance(route, Route) and route.methods:
            for method in set(route.methods) - {"HEAD", "OPTIONS"}:
                found.append((method, prefix + route.path))
    return found


def api_routes(app: Any) -> list[tuple[str, str]]:
    """Every (method, path) the app answers, except mounted apps (static files)."""
    return sorted(set(_walk(list(app.routes), "")))
