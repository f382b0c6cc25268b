"""Personas: who the practice client is and everything they can say, as YAML a trainer can write.

One file per persona (``personas/<id>.yaml``): shared fields (id, stance, rule parameters) and one section
per language (``nl:``, ``en:``) with the spoken material. A persona may have only one language; it is then
offered in that language only. Everything is validated on load; a mistake becomes a coded
:class:`~ontmoeting.errors.ConfigError` naming the file, the line and the field (see docs/personas.md).
"""

from __future__ import annotations

import re
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


#: A hostile or defensive client does not sit through persistent pushing (the book: they leave, or close
#: for good); the others take it with growing resistance only. A persona's own value wins.
PUSHES_TO_LEAVE = {Stance.HOSTILE: 5, Stance.DEFENSIVE: 6}

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
    pushes_to_leave: int | None = Field(
        None,
        ge=1,
        le=50,
        description="pushes (advice, persuading, reassuring, the helper's own story) without a repair in "
        "between after which the client ends the talk, whatever the resistance; default by stance",
    )

    @field_validator("layer_thresholds")
    @classmethod
    def _increasing(cls, value: tuple[float, float, float]) -> tuple[float, float, float]:
        if list(value) != sorted(value) or not all(0.0 <= v <= 1.0 for v in value):
            raise ValueError("must be three rising numbers between 0 and 1")
        return value


TOPIC_ID = r"^[a-z][a-z0-9_]*$"
#: The fact ids the engine knows the generic questions for (see ontmoeting.practice.facts.BUILTIN_CUES).
STANDARD_FACTS = ("age", "work", "home", "family", "event", "said", "goal")


class SpokenLine(_Strict):
    """One thing the client can say, and the topics it takes as already said (its presuppositions).

    In YAML a plain string is a line without presuppositions; a mapping ``{text: ..., needs: [topic, ...]}``
    is a line that may only be said once each of those topics has come up in the talk (see ``topics``).
    """

    text: str = Field(min_length=1)
    needs: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"text": value} if isinstance(value, str) else value

    @field_validator("text")
    @classmethod
    def _stripped(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is empty")
        return value.strip()


Lines = list[SpokenLine]


def _lines(minimum: int) -> Any:
    return Field(min_length=minimum)


class Fact(_Strict):
    """One entry of the fact sheet: what the client answers when asked about it, the same every time."""

    id: str = Field(pattern=TOPIC_ID)
    ask: list[str] = Field(
        default_factory=list,
        description="how a question about this fact shows itself: each item is one or more words that must "
        "all be in the question; a word ending in * matches every word it starts ('woon*')",
    )
    answer: str = Field(min_length=1, description="a short, spoken answer that fits any question about it")
    needs: tuple[str, ...] = ()
    about: list[str] = Field(
        default_factory=list,
        description="for a fact about someone else: the words naming them ('vader', 'pa', 'hij'); with slot",
    )
    slot: str | None = Field(
        default=None,
        description="which standard fact this is (age, work, home, ...), so the generic ways of asking for "
        "it count: for the client's own fact under another id, or with 'about' for someone else's",
    )

    @field_validator("slot")
    @classmethod
    def _standard(cls, value: str | None) -> str | None:
        if value is not None and value not in STANDARD_FACTS:
            raise ValueError(f"must be one of: {', '.join(STANDARD_FACTS)}")
        return value

    @field_validator("ask")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        cleaned = [" ".join(str(item).lower().split()) for item in value]
        if any(not item for item in cleaned):
            raise ValueError("contains an empty item")
        return cleaned


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
    opening: list[str] = _lines(1)
    layers: Layers
    own_steps: Lines = Field(default_factory=list)
    yes_but: Lines = _lines(3)
    push_back: Lines = _lines(3)
    short_answers: Lines = _lines(3)
    calm: Lines = _lines(2)
    go_on: list[str] = _lines(2)
    leaving: Lines = _lines(1)
    touches: list[str] = Field(default_factory=list)
    #: topic id -> words showing it has come up (a word ending in * matches every word it starts)
    topics: dict[str, list[str]] = Field(default_factory=dict)
    facts: list[Fact] = Field(default_factory=list)
    unknown: Lines = Field(default_factory=list, description="in character: asked a fact not on the sheet")
    other_language: Lines = Field(
        default_factory=list, description="in character: the student spoke the other language"
    )

    @field_validator("opening", "go_on", "touches")
    @classmethod
    def _no_empty(cls, value: list[str]) -> list[str]:
        if any(not str(line).strip() for line in value):
            raise ValueError("contains an empty line")
        return [str(line).strip() for line in value]

    @field_validator("topics")
    @classmethod
    def _topic_words(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for topic, words in value.items():
            if not re.match(TOPIC_ID, topic):
                raise ValueError(f"topic '{topic}': ids are lower case letters, digits and _")
            if not words or any(not str(word).strip() for word in words):
                raise ValueError(f"topic '{topic}' needs one or more words")
        return {topic: [str(w).strip().lower() for w in words] for topic, words in value.items()}

    @model_validator(mode="after")
    def _known_needs(self) -> Material:
        """Every presupposed topic is declared, and every fact id is unique."""
        needed = {topic for line in self.spoken_lines() for topic in line.needs}
        needed |= {topic for fact in self.facts for topic in fact.needs}
        unknown = sorted(needed - set(self.topics))
        if unknown:
            raise ValueError(f"'needs' names topics not declared under 'topics': {', '.join(unknown)}")
        ids = [fact.id for fact in self.facts]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"fact id occurs twice: {', '.join(twice)}")
        return self

    def spoken_lines(self) -> list[SpokenLine]:
        """Every line with presuppositions that the client may say (all pools)."""
        layers = [line for k in range(4) for line in self.layers.level(k)]
        pools = (self.own_steps, self.yes_but, self.push_back, self.short_answers, self.calm, self.leaving)
        return layers + [line for pool in pools for line in pool] + self.unknown + self.other_language


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
    def pushes_to_leave(self) -> int | None:
        """The persona's own limit, else the stance's (see :data:`PUSHES_TO_LEAVE`)."""
        if "pushes_to_leave" in self.parameters.model_fields_set:
            return self.parameters.pushes_to_leave
        return PUSHES_TO_LEAVE.get(self.stance)

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
