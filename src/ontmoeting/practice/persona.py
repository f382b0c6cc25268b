"""Personas: who the practice client is and everything they can say, as YAML a trainer can write.

One file per persona (``personas/<id>.yaml``): shared fields (id, stance, rule parameters) and one section
per language (``nl:``, ``en:``) with the spoken material. A persona may have only one language; it is then
offered in that language only. Everything is validated on load; a mistake becomes a coded
:class:`~ontmoeting.errors.ConfigError` naming the file, the line and the field (see docs/personas.md).
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ontmoeting.datafiles import read_yaml_mapping, validate
from ontmoeting.errors import ConfigError, NotFoundError

PERSONA_DIR = Path(__file__).parent / "personas"
LAYER_NAMES = ("facts", "thoughts", "feelings", "meaning")


class Stance(StrEnum):
    """How the client meets a helper at first. The book names afraid, hostile, helpless and defensive."""

    RESERVED = "reserved"  # terughoudend: wants to talk but does not know how
    AFRAID = "afraid"  # angstig
    HOSTILE = "hostile"  # vijandig
    HELPLESS = "helpless"  # hulpeloos
    DEFENSIVE = "defensive"  # defensief
    AMBIVALENT = "ambivalent"  # tweestrijd over een gewoonte


STANCE_NAMES = {
    Stance.RESERVED: {"nl": "terughoudend", "en": "reserved"},
    Stance.AFRAID: {"nl": "angstig", "en": "afraid"},
    Stance.HOSTILE: {"nl": "vijandig", "en": "hostile"},
    Stance.HELPLESS: {"nl": "hulpeloos", "en": "helpless"},
    Stance.DEFENSIVE: {"nl": "defensief", "en": "defensive"},
    Stance.AMBIVALENT: {"nl": "ambivalent", "en": "ambivalent"},
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleParameters(_Strict):
    """The knobs a trainer turns to make a client harder or easier. Defaults suit a reserved client."""

    start_openness: float = Field(0.1, ge=0.0, le=1.0)
    start_resistance: float = Field(0.0, ge=0.0, le=1.0)
    openness_rise: float = Field(1.0, gt=0.0, le=3.0, description="multiplier: how fast openness rises")
    resistance_rise: float = Field(1.0, gt=0.0, le=3.0, description="multiplier: how fast resistance rises")
    layer_thresholds: tuple[float, float, float] = Field(
        (0.2, 0.45, 0.7), description="openness needed to go to layer 1, 2 and 3"
    )
    block_deepening_at: float = Field(
        0.5, gt=0.0, le=2.0, description="resistance above which the client stays put"
    )
    end_at: float = Field(1.0, gt=0.0, le=3.0, description="resistance at which the client ends the talk")
    short_after_closed: int = Field(
        2, ge=1, le=10, description="closed questions in a row before answers get short"
    )
    turns_per_layer: int = Field(
        2, ge=1, le=10, description="replies in a layer before the client goes deeper"
    )

    @field_validator("layer_thresholds")
    @classmethod
    def _increasing(cls, value: tuple[float, float, float]) -> tuple[float, float, float]:
        if list(value) != sorted(value) or not all(0.0 <= v <= 1.0 for v in value):
            raise ValueError("must be three rising numbers between 0 and 1")
        return value


Lines = list[str]


def _lines(minimum: int) -> Any:
    return Field(min_length=minimum)


class Layers(_Strict):
    """The four layers of the story, each with several ways to say it (spoken, first person)."""

    facts: Lines = _lines(3)  # 0: what happened
    thoughts: Lines = _lines(3)  # 1: what the client thinks about it
    feelings: Lines = _lines(3)  # 2: what it does to them
    meaning: Lines = _lines(3)  # 3: what it means: needs, fears, what is at stake

    def level(self, layer: int) -> Lines:
        return getattr(self, LAYER_NAMES[layer])


class Material(_Strict):
    """Everything the client says and is, in one language."""

    name: str = Field(min_length=1)
    age: int | None = Field(default=None, ge=0, le=120)
    who: str = Field(min_length=1)
    situation: str = Field(min_length=1)
    learning_goal: str = Field(min_length=1)
    opening: Lines = _lines(1)
    layers: Layers
    own_steps: Lines = Field(default_factory=list)
    yes_but: Lines = _lines(3)
    push_back: Lines = _lines(3)
    short_answers: Lines = _lines(3)
    calm: Lines = _lines(2)
    go_on: Lines = _lines(2)
    leaving: Lines = _lines(1)
    touches: list[str] = Field(default_factory=list)

    @field_validator(
        "opening", "own_steps", "yes_but", "push_back", "short_answers", "calm", "go_on", "leaving", "touches"
    )
    @classmethod
    def _no_empty(cls, value: list[str]) -> list[str]:
        if any(not str(line).strip() for line in value):
            raise ValueError("contains an empty line")
        return [str(line).strip() for line in value]


class Persona(_Strict):
    """A practice client: shared fields and the material per language."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    stance: Stance
    parameters: RuleParameters = Field(default_factory=RuleParameters)
    nl: Material | None = None
    en: Material | None = None

    @model_validator(mode="after")
    def _some_language(self) -> Persona:
        if self.nl is None and self.en is None:
            raise ValueError("needs at least one language section: nl or en")
        return self

    @property
    def languages(self) -> list[str]:
        return [lang for lang in ("nl", "en") if getattr(self, lang) is not None]

    def material(self, lang: str) -> Material:
        """The material in ``lang``; a coded error when this persona does not speak it."""
        found = getattr(self, lang, None) if lang in ("nl", "en") else None
        if found is None:
            available = ", ".join(self.languages)
            raise ConfigError(
                "E405",
                nl=f"Persona '{self.id}' heeft geen tekst in taal '{lang}'. Beschikbaar: {available}.",
                en=f"Persona '{self.id}' has no material in language '{lang}'. Available: {available}.",
            )
        return found

    def name(self, lang: str) -> str:
        section = getattr(self, lang, None) or getattr(self, self.languages[0])
        return section.name


def parse_persona(text: str, source: str | Path = "<persona>") -> Persona:
    """A persona from YAML ``text``; ``source`` names the file in error messages."""
    data, root = read_yaml_mapping(
        text,
        source,
        syntax_code="E401",
        mapping_code="E402",
        mapping_nl="Een persona-bestand moet een mapping (veld: waarde) zijn.",
        mapping_en="A persona file must be a mapping (field: value).",
    )
    return validate(Persona, data, root, source, "E403")


def load_persona(path: str | Path) -> Persona:
    """Read and validate one persona file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            "E404",
            nl=f"Kan het persona-bestand niet lezen: {error}",
            en=f"Cannot read the persona file: {error}",
            file=path,
        ) from error
    persona = parse_persona(text, path)
    return persona


def load_personas(directory: str | Path | None = None) -> dict[str, Persona]:
    """All personas in ``directory`` (default: the shipped ones), by id, in file-name order."""
    if directory is None:
        return dict(_shipped())
    return _load_dir(Path(directory))


@lru_cache(maxsize=1)
def _shipped() -> tuple[tuple[str, Persona], ...]:
    return tuple(_load_dir(PERSONA_DIR).items())


def _load_dir(directory: Path) -> dict[str, Persona]:
    found: dict[str, Persona] = {}
    for path in sorted(directory.glob("*.yaml")):
        persona = load_persona(path)
        if persona.id in found:
            raise ConfigError(
                "E406",
                nl=f"Persona-id '{persona.id}' komt twee keer voor.",
                en=f"Persona id '{persona.id}' occurs twice.",
                file=path,
            )
        found[persona.id] = persona
    return found


def get_persona(persona_id: str, directory: str | Path | None = None) -> Persona:
    """One persona by id, or a coded error listing the known ones."""
    personas = load_personas(directory)
    if persona_id in personas:
        return personas[persona_id]
    known = ", ".join(personas) or "-"
    raise NotFoundError(
        "E407",
        nl=f"Onbekende persona '{persona_id}'. Bekend: {known}.",
        en=f"Unknown persona '{persona_id}'. Known: {known}.",
    )
