"""The codebook as typed data: names, definitions and examples of every code in Dutch and English, and its
AnnoMI label. Loaded once per process from ``codebook.yaml`` beside this module.

The identifiers are those of :mod:`ontmoeting.coding.codes`; a test keeps the two in step.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ontmoeting.errors import ConfigError
from ontmoeting.transcript.model import Dimension, Role

CODEBOOK_FILE = "codebook.yaml"


class Bilingual(BaseModel):
    """The same text in Dutch and in English."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class Examples(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    nl: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)

    def get(self, lang: str) -> list[str]:
        return self.nl if lang == "nl" else self.en


class CodeEntry(BaseModel):
    """One code of the codebook."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    dimension: Dimension
    role: Literal["helper", "client"]
    name: Bilingual
    definition: Bilingual
    examples: Examples
    annomi: str | None = Field(
        description="AnnoMI label (helper: question, reflection, therapist_input, other; "
        "client: change, neutral, sustain); null for flags and depth"
    )
    annomi_note: Bilingual | None = Field(default=None, description="why this AnnoMI label (or none)")
    miti: str | None = Field(
        default=None,
        description="the MITI 4.2.1 / MISC code it corresponds to, or a note where MITI has none",
    )
    decision: Bilingual | None = Field(
        default=None, description="decision rules for the hard cases (docs/annotation-guide.md has them all)"
    )
    level: int | None = Field(default=None, ge=0, le=3, description="depth level, depth codes only")

    @property
    def role_enum(self) -> Role:
        return Role(self.role)


class AnnomiEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    name: Bilingual
    definition: Bilingual


class Codebook(BaseModel):
    """All codes, keyed by (dimension, id) because an id such as 'other' may recur in another dimension."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    annomi_labels: list[AnnomiEntry]
    codes: list[CodeEntry]

    @model_validator(mode="after")
    def _check(self) -> Codebook:
        seen: set[tuple[Dimension, str]] = set()
        labels = {label.id for label in self.annomi_labels}
        for entry in self.codes:
            key = (entry.dimension, entry.id)
            if key in seen:
                raise ValueError(f"code '{entry.id}' appears twice in dimension '{entry.dimension.value}'")
            seen.add(key)
            if entry.dimension is Dimension.BEHAVIOUR and entry.annomi not in labels:
                raise ValueError(f"helper code '{entry.id}' needs an AnnoMI label out of {sorted(labels)}")
            if entry.dimension is Dimension.TALK and entry.annomi != entry.id:
                raise ValueError(
                    f"client code '{entry.id}' must map to the AnnoMI talk type of the same name"
                )
            if entry.dimension is Dimension.DEPTH and entry.level is None:
                raise ValueError(f"depth code '{entry.id}' needs a level")
        return self

    def find(self, dimension: Dimension, code: str) -> CodeEntry | None:
        return _index(self).get((dimension, code))

    def get(self, dimension: Dimension, code: str) -> CodeEntry:
        found = self.find(dimension, code)
        if found is None:
            raise ConfigError(
                "E202",
                nl=f"De code '{code}' staat niet in het codeboek (dimensie {dimension.value}).",
                en=f"The code '{code}' is not in the codebook (dimension {dimension.value}).",
            )
        return found

    def codes_for(self, dimension: Dimension) -> list[CodeEntry]:
        return [entry for entry in self.codes if entry.dimension is dimension]

    def ids(self, dimension: Dimension) -> list[str]:
        return [entry.id for entry in self.codes_for(dimension)]

    def behaviour_to_annomi(self) -> dict[str, str]:
        """Every helper behaviour code -> its AnnoMI label: the one table that training, the pipeline and the
        werkplaats's agreement figures all use."""
        found = _annomi_maps.get(id(self))
        if found is None:  # built once per codebook: the statistical coder asks for it on every helper turn
            found = {entry.id: entry.annomi for entry in self.codes_for(Dimension.BEHAVIOUR) if entry.annomi}
            _annomi_maps[id(self)] = found
        return found

    def annomi_label(self, code: str) -> str:
        """The AnnoMI label of a helper behaviour code or a client talk type."""
        for dimension in (Dimension.BEHAVIOUR, Dimension.TALK):
            entry = self.find(dimension, code)
            if entry is not None and entry.annomi is not None:
                return entry.annomi
        raise ConfigError(
            "E204",
            nl=f"De code '{code}' heeft geen AnnoMI-label in het codeboek.",
            en=f"The code '{code}' has no AnnoMI label in the codebook.",
        )

    def name(self, dimension: Dimension, code: str, lang: str) -> str:
        """The code's display name in ``lang``; unknown codes are shown as they are."""
        if dimension is Dimension.ANNOMI:
            label = next((label for label in self.annomi_labels if label.id == code), None)
            return label.name.get(lang) if label else code
        entry = self.find(dimension, code)
        return entry.name.get(lang) if entry else code


# A frozen model cannot hold a cache attribute, so the lookup index is cached by identity here.
_indexes: dict[int, dict[tuple[Dimension, str], CodeEntry]] = {}
_annomi_maps: dict[int, dict[str, str]] = {}


def _index(codebook: Codebook) -> dict[tuple[Dimension, str], CodeEntry]:
    found = _indexes.get(id(codebook))
    if found is None:
        found = {(entry.dimension, entry.id): entry for entry in codebook.codes}
        _indexes[id(codebook)] = found
    return found


def parse_codebook(text: str, source: str | Path = CODEBOOK_FILE) -> Codebook:
    """A codebook from YAML text; a broken file is a :class:`ConfigError` naming the file."""
    try:
        data = yaml.safe_load(text)
        return Codebook.model_validate(data)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(
            "E203",
            nl=f"Het codeboek is geen geldige YAML: {error}",
            en=f"The codebook is not valid YAML: {error}",
            file=source,
            line=mark.line + 1 if mark is not None else None,
        ) from error
    except ValidationError as error:
        raise ConfigError(
            "E203",
            nl=f"Het codeboek klopt niet: {error}",
            en=f"The codebook is invalid: {error}",
            file=source,
        ) from error


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """The package's codebook, loaded once per process."""
    text = resources.files("ontmoeting.coding").joinpath(CODEBOOK_FILE).read_text(encoding="utf-8")
    return parse_codebook(text)
