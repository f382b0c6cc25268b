"""The web app's texts: catalogues ``{key: {"nl": ..., "en": ...}}`` registered by each area, and the
``t(key)`` function templates use. A router of a later area registers its own catalogue with
:func:`register_catalogue` instead of editing a shared file."""

from __future__ import annotations

from collections.abc import Callable

from ontmoeting.i18n import LANGUAGES, Catalogue, tr

__all__ = ["LANGUAGES", "register_catalogue", "translator", "text"]

_CATALOGUE: dict[str, dict[str, str]] = {}


def register_catalogue(catalogue: Catalogue) -> None:
    """Add texts; a key that already exists with other text is a programming error."""
    for key, entry in catalogue.items():
        if key in _CATALOGUE and dict(entry) != _CATALOGUE[key]:
            raise ValueError(f"catalogue key {key!r} registered twice with different text")
        missing = [lang for lang in LANGUAGES if not entry.get(lang)]
        if missing:
            raise ValueError(f"catalogue key {key!r} lacks {missing}")
        _CATALOGUE[key] = dict(entry)


def text(key: str, lang: str, **params: object) -> str:
    return tr(_CATALOGUE, key, lang, **params)


def translator(lang: str) -> Callable[..., str]:
    def t(key: str, **params: object) -> str:
        return text(key, lang, **params)

    return t


def catalogue() -> dict[str, dict[str, str]]:
    return _CATALOGUE
