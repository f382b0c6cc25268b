"""Data files that trainers and organisations write by hand (personas, instruments): YAML in, a validated
pydantic model out, and every mistake reported as a coded error naming the file, the field and its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ontmoeting.errors import ConfigError
from ontmoeting.i18n import plural

M = TypeVar("M", bound=BaseModel)


def line_of(root: yaml.Node | None, path: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at ``path`` (keys and list indexes), or of its nearest parent."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for key in path:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == str(key)), None)
            if match is None:
                return line
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return line
        line = node.start_mark.line + 1
    return line


def read_yaml_mapping(
    text: str, source: str | Path, *, syntax_code: str, mapping_code: str, mapping_nl: str, mapping_en: str
) -> tuple[dict[str, Any], yaml.Node | None]:
    """The mapping in YAML ``text`` and its node tree (for line numbers)."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", error)
        raise ConfigError(
            syntax_code,
            nl=f"Geen geldige YAML: {problem}",
            en=f"Not valid YAML: {problem}",
            file=source,
            line=mark.line + 1 if mark else None,
        ) from error
    if not isinstance(data, dict):
        raise ConfigError(mapping_code, nl=mapping_nl, en=mapping_en, file=source, line=1)
    return data, root


def field_name(path: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in path) or "(root)"


def validate(
    model: type[M], data: dict[str, Any], root: yaml.Node | None, source: str | Path, code: str
) -> M:
    """``data`` as ``model``; the first problem as a coded error with its field and line."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        # pydantic names model validators "function-after[...]" in the location: not a field of the file.
        path = tuple(p for p in first["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        more = error.error_count() - 1
        raise ConfigError(
            code,
            nl=f"Veld '{field_name(path)}': {first['msg']}"
            + (f" (en nog {plural(more, 'fout', 'fouten', 'nl')})" if more else ""),
            en=f"Field '{field_name(path)}': {first['msg']}" + (f" (and {more} more)" if more else ""),
            file=source,
            line=line_of(root, path),
        ) from error
