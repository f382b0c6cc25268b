"""Instruments as data: the schema of an instrument file and the loader that checks it.

An instrument (a short rating scale such as the project's session-relationship scale) is a YAML file, so that
an organisation can add one it holds a licence for without touching code. Every file is validated on load; any
problem is a :class:`~ontmoeting.errors.ConfigError` with an E6xx code naming the file, the field and, where
the YAML parser knows it, the line.

Where instruments come from: the project's own (``relationship/instruments/*.yaml``) and, when the environment
variable ``ONTMOETING_INSTRUMENTS_DIR`` is set, every ``*.yaml`` file in that directory (several directories
may be given, separated by the OS path separator). An organisation's file with the same id replaces the
project's.
"""

from __future__ import annotations

import math
import os
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ontmoeting.datafiles import field_name, line_of, read_yaml_mapping, validate
from ontmoeting.errors import ConfigError, NotFoundError

BUILTIN_DIR = Path(__file__).resolve().parent / "instruments"
INSTRUMENTS_DIR_ENV = "ONTMOETING_INSTRUMENTS_DIR"
#: The instrument ids used for new clients unless configured otherwise (env vars below).
DEFAULT_RELATIONSHIP_ID = "ontmoeting-relatie"
DEFAULT_WELLBEING_ID = "ontmoeting-welzijn"
RELATIONSHIP_ID_ENV = "ONTMOETING_RELATIONSHIP_INSTRUMENT"
WELLBEING_ID_ENV = "ONTMOETING_WELLBEING_INSTRUMENT"


class InstrumentKind(StrEnum):
    """What an instrument measures; the signal rules differ per kind."""

    RELATIONSHIP = "relationship"  # the working relationship in this session (alliance)
    WELLBEING = "wellbeing"  # how the client is doing (outcome)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A user-facing text in each language the instrument declares."""

    nl: str | None = Field(default=None, min_length=1)
    en: str | None = Field(default=None, min_length=1)

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.nl or self.en or ""


class Anchors(_Strict):
    low: Text
    high: Text


class Item(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    text: Text
    anchors: Anchors


class Scale(_Strict):
    """Each item's range; the form shows a slider from ``min`` to ``max`` in steps of ``step``."""

    min: float
    max: float
    step: float = Field(gt=0)

    @model_validator(mode="after")
    def _consistent(self) -> Scale:
        if self.max <= self.min:
            raise ValueError("max must be greater than min")
        steps = (self.max - self.min) / self.step
        if abs(steps - round(steps)) > 1e-6:
            raise ValueError("step must divide max - min into whole steps")
        return self

    def on_scale(self, value: float) -> bool:
        if not math.isfinite(value) or value < self.min - 1e-9 or value > self.max + 1e-9:
            return False
        steps = (value - self.min) / self.step
        return abs(steps - round(steps)) < 1e-6


class Total(_Strict):
    method: Literal["sum"] = "sum"
    min: float
    max: float


class Cutoff(_Strict):
    """The boundary between the range that asks for attention and the range that does not.

    ``concern: below`` means a total under ``value`` is the concern (both project scales: higher is better);
    ``at_or_below`` counts ``value`` itself as a concern too, as some manuals do.
    """

    value: float
    concern: Literal["below", "at_or_below"] = "below"
    note: Text | None = None

    def is_concern(self, total: float) -> bool:
        return total < self.value or (self.concern == "at_or_below" and total == self.value)


class Norms(_Strict):
    """Spread and reliability for the reliable change index (Jacobson & Truax 1991)."""

    sd: float = Field(gt=0, description="standard deviation of the total in a reference (clinical) group")
    reliability: float = Field(gt=0, lt=1, description="test-retest correlation or Cronbach's alpha")
    reliability_kind: Literal["test_retest", "alpha"]
    provisional: bool = Field(description="true while these are placeholders, not an organisation's norms")
    note: Text | None = None


class Licence(_Strict):
    id: str = Field(min_length=1, description="SPDX id or the holder's licence name")
    holder: str = Field(min_length=1)
    free_to_use: bool
    url: str | None = None


class Instrument(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    version: str = Field(min_length=1)
    kind: InstrumentKind
    languages: list[Literal["nl", "en"]] = Field(min_length=1)
    name: Text
    description: Text
    items: list[Item] = Field(min_length=1)
    scale: Scale
    total: Total
    cutoff: Cutoff
    drop_threshold: float | None = Field(
        default=None, gt=0, description="relationship only: a fall of at least this much since last session"
    )
    norms: Norms
    licence: Licence

    @property
    def item_ids(self) -> list[str]:
        return [item.id for item in self.items]

    def reliable_change(self) -> float:
        """The smallest change in the total that is reliable at |RCI| > 1.96 (in points)."""
        return 1.96 * self.norms.sd * math.sqrt(2) * math.sqrt(1 - self.norms.reliability)

    def as_label(self) -> str:
        return f"{self.id} {self.version}"


# --- loading ------------------------------------------------------------------------------------------------


def _check_semantics(instrument: Instrument) -> tuple[str, tuple[Any, ...], str, str] | None:
    """Rules that span fields. Returns (code, field path, nl, en) of the first problem, or None."""
    seen: set[str] = set()
    for index, item in enumerate(instrument.items):
        if item.id in seen:
            return (
                "E606",
                ("items", index, "id"),
                f"vraag-id '{item.id}' komt twee keer voor",
                f"item id '{item.id}' occurs twice",
            )
        seen.add(item.id)
    texts: list[tuple[tuple[Any, ...], Text]] = [
        (("name",), instrument.name),
        (("description",), instrument.description),
    ]
    for index, item in enumerate(instrument.items):
        texts += [
            (("items", index, "text"), item.text),
            (("items", index, "anchors", "low"), item.anchors.low),
            (("items", index, "anchors", "high"), item.anchors.high),
        ]
    for path, text in texts:
        for lang in instrument.languages:
            if not getattr(text, lang):
                return (
                    "E604",
                    (*path, lang),
                    f"tekst in taal '{lang}' ontbreekt (genoemd in languages)",
                    f"text in language '{lang}' is missing (listed in languages)",
                )
    n = len(instrument.items)
    expected = (n * instrument.scale.min, n * instrument.scale.max)
    if (instrument.total.min, instrument.total.max) != expected:
        return (
            "E605",
            ("total",),
            f"totaal loopt van {instrument.total.min:g} tot {instrument.total.max:g}, maar {n} vragen van "
            f"{instrument.scale.min:g} tot {instrument.scale.max:g} tellen op tot "
            f"{expected[0]:g}-{expected[1]:g}",
            f"total runs from {instrument.total.min:g} to {instrument.total.max:g}, but {n} items from "
            f"{instrument.scale.min:g} to {instrument.scale.max:g} sum to {expected[0]:g}-{expected[1]:g}",
        )
    if not instrument.total.min < instrument.cutoff.value <= instrument.total.max:
        return (
            "E605",
            ("cutoff", "value"),
            "de grens ligt buiten het bereik van het totaal",
            "the cut-off lies outside the range of the total",
        )
    if instrument.kind is InstrumentKind.RELATIONSHIP and instrument.drop_threshold is None:
        return (
            "E603",
            ("drop_threshold",),
            "een relatieschaal heeft een drop_threshold nodig",
            "a relationship scale needs a drop_threshold",
        )
    return None


def load_instrument(path: Path) -> Instrument:
    """Read and validate one instrument file; raise a coded :class:`ConfigError` naming file, field and
    line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            "E601",
            nl=f"instrument kan niet gelezen worden: {error}",
            en=f"cannot read instrument: {error}",
            file=path,
        ) from error
    data, node = read_yaml_mapping(
        text,
        path,
        syntax_code="E601",
        mapping_code="E602",
        mapping_nl="Een instrument is een YAML-mapping (sleutel: waarde).",
        mapping_en="An instrument is a YAML mapping (key: value).",
    )
    instrument = validate(Instrument, data, node, path, "E603")
    problem = _check_semantics(instrument)
    if problem:
        code, loc, nl, en = problem
        field = field_name(loc)
        raise ConfigError(
            code, nl=f"Veld '{field}': {nl}", en=f"Field '{field}': {en}", file=path, line=line_of(node, loc)
        )
    return instrument


def instrument_dirs() -> list[Path]:
    """The project's directory, then the configured ones (``ONTMOETING_INSTRUMENTS_DIR``), in that order."""
    dirs = [BUILTIN_DIR]
    for part in os.environ.get(INSTRUMENTS_DIR_ENV, "").split(os.pathsep):
        if not part.strip():
            continue
        path = Path(part.strip()).expanduser()
        if not path.is_dir():
            raise ConfigError(
                "E607",
                nl=f"{INSTRUMENTS_DIR_ENV} wijst naar een map die niet bestaat",
                en=f"{INSTRUMENTS_DIR_ENV} names a directory that does not exist",
                file=path,
            )
        dirs.append(path)
    return dirs


def load_instruments(dirs: tuple[Path, ...] | None = None) -> dict[str, Instrument]:
    """All instruments by id. A later directory's file replaces an earlier one with the same id; two files
    with the same id in one directory are an error (E606)."""
    found: dict[str, Instrument] = {}
    for directory in dirs if dirs is not None else tuple(instrument_dirs()):
        in_this_dir: dict[str, Path] = {}
        for path in sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml")):
            instrument = load_instrument(path)
            if instrument.id in in_this_dir:
                raise ConfigError(
                    "E606",
                    nl=f"instrument-id '{instrument.id}' staat ook in {in_this_dir[instrument.id].name}",
                    en=f"instrument id '{instrument.id}' is also used by {in_this_dir[instrument.id].name}",
                    file=path,
                )
            in_this_dir[instrument.id] = path
            found[instrument.id] = instrument
    return found


@lru_cache(maxsize=8)
def _cached(dirs: tuple[Path, ...]) -> dict[str, Instrument]:
    return load_instruments(dirs)


def available_instruments() -> dict[str, Instrument]:
    """All instruments, cached per set of directories (the environment may change between tests)."""
    return _cached(tuple(instrument_dirs()))


def get_instrument(instrument_id: str, kind: InstrumentKind | None = None) -> Instrument:
    instruments = available_instruments()
    instrument = instruments.get(instrument_id)
    if instrument is None:
        raise NotFoundError(
            "E608",
            nl=f"onbekend instrument '{instrument_id}' (bekend: {', '.join(sorted(instruments))})",
            en=f"unknown instrument '{instrument_id}' (known: {', '.join(sorted(instruments))})",
        )
    if kind is not None and instrument.kind is not kind:
        raise ConfigError(
            "E608",
            nl=f"instrument '{instrument_id}' is geen {kind.value}-schaal",
            en=f"instrument '{instrument_id}' is not a {kind.value} scale",
        )
    return instrument


def default_instrument_ids() -> tuple[str, str]:
    """(relationship id, well-being id) for new clients: the environment's choice, else the project's
    scales."""
    return (
        os.environ.get(RELATIONSHIP_ID_ENV) or DEFAULT_RELATIONSHIP_ID,
        os.environ.get(WELLBEING_ID_ENV) or DEFAULT_WELLBEING_ID,
    )
