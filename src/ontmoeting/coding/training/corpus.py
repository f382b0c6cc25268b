"""The project's own gold-coded corpus of practice conversations (``corpus/`` in the repository).

One JSON file per conversation, ``corpus/<split>/<id>.json``; the format and the decision rules are in
docs/annotation-guide.md. This module is the schema (pydantic, so a broken file is refused with the
field that is wrong), the consistency rules the guide states (feeling <-> depth, reflection flags on
reflections only, pattern anchors on helper turns), and the conversion into
:class:`~ontmoeting.transcript.model.Conversation` with human annotations for training and evaluation.

``python -m ontmoeting.coding.training.corpus check corpus/`` checks every file and prints the totals.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ontmoeting.coding.codes import CLIENT_FLAGS, HELPER_FLAGS, REFLECTION_FLAGS, ClientCode, HelperCode
from ontmoeting.coding.training.data import CORPUS_FORMAT
from ontmoeting.errors import InputError
from ontmoeting.transcript.model import (
    Annotation,
    Conversation,
    Dimension,
    Metadata,
    Role,
    Source,
    Turn,
)

#: The corpus folder of a source checkout (absent from an installed package).
DEFAULT_CORPUS = Path(__file__).resolve().parents[4] / "corpus"
ANNOTATOR = "corpus"
SPLITS = ("train", "test")
PATTERNS = ("oplossingsdrang", "touwtrekken", "gemiste_kans", "vragenvuur")
DEPTH_CODES = ("facts", "thoughts", "feelings", "meaning")
HELPER_CODES = tuple(code.value for code in HelperCode)
TALK_CODES = tuple(code.value for code in ClientCode)
#: Reflection flags that only a complex reflection can carry (the guide, section 2.4).
COMPLEX_ONLY = frozenset({"reflects_meaning", "double_sided", "summary"})
REFLECTION_CODES = frozenset({HelperCode.SIMPLE_REFLECTION.value, HelperCode.COMPLEX_REFLECTION.value})


class CorpusTurn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Literal["helper", "client"]
    text: str = Field(min_length=1)
    code: str | None = None
    talk: str | None = None
    depth: int | None = Field(default=None, ge=0, le=3)
    flags: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _fits_role(self) -> CorpusTurn:
        flags = set(self.flags)
        if len(flags) != len(self.flags):
            raise ValueError("a flag is listed twice")
        if self.role == "helper":
            if self.code not in HELPER_CODES:
                raise ValueError(f"helper code must be one of {', '.join(HELPER_CODES)}, not {self.code!r}")
            if self.talk is not None or self.depth is not None:
                raise ValueError("a helper turn has no talk or depth")
            if flags - HELPER_FLAGS:
                raise ValueError(
                    f"helper flags are {', '.join(sorted(HELPER_FLAGS))}; not {sorted(flags - HELPER_FLAGS)}"
                )
            if flags & REFLECTION_FLAGS and self.code not in REFLECTION_CODES:
                raise ValueError(
                    f"{sorted(flags & REFLECTION_FLAGS)} only on a reflection, not on {self.code}"
                )
            if flags & COMPLEX_ONLY and self.code != HelperCode.COMPLEX_REFLECTION.value:
                raise ValueError(f"{sorted(flags & COMPLEX_ONLY)} make a reflection complex")
        else:
            if self.talk not in TALK_CODES:
                raise ValueError(f"client talk must be one of {', '.join(TALK_CODES)}, not {self.talk!r}")
            if self.depth is None:
                raise ValueError("a client turn needs a depth (0-3)")
            if self.code is not None:
                raise ValueError("a client turn has no helper code")
            if flags - CLIENT_FLAGS:
                raise ValueError(
                    f"client flags are {', '.join(sorted(CLIENT_FLAGS))}; not {sorted(flags - CLIENT_FLAGS)}"
                )
            if "feeling" in flags and self.depth < 2:
                raise ValueError("a turn with 'feeling' has depth 2 or 3")
            if self.depth == 2 and "feeling" not in flags:
                raise ValueError("depth 2 (feelings) needs the 'feeling' flag")
        return self


class PatternMark(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pattern: Literal["oplossingsdrang", "touwtrekken", "gemiste_kans", "vragenvuur"]
    turn: int = Field(ge=0)


class CorpusConversation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    language: Literal["nl", "en"]
    setting: str = Field(min_length=2)
    level: Literal["beginner", "intermediate", "skilled"]
    address: Literal["je", "u", "you"]
    author: str = Field(min_length=1)
    helper: str = Field(min_length=1)
    client: str = Field(min_length=1)
    summary: str = ""
    turns: list[CorpusTurn] = Field(min_length=4)
    patterns: list[PatternMark] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> CorpusConversation:
        if (self.language == "en") != (self.address == "you"):
            raise ValueError("address is 'you' for English and 'je' or 'u' for Dutch")
        for i, (a, b) in enumerate(zip(self.turns, self.turns[1:], strict=False)):
            if a.role == b.role:
                raise ValueError(
                    f"turns {i} and {i + 1} are both {a.role} turns: one speaker's words are one turn"
                )
        for mark in self.patterns:
            if mark.turn >= len(self.turns) or self.turns[mark.turn].role != "helper":
                raise ValueError(
                    f"pattern {mark.pattern} at turn {mark.turn}: the anchor must be a helper turn"
                )
        return self


def _human(dimension: Dimension, code: str) -> Annotation:
    return Annotation(dimension=dimension, code=code, source=Source.HUMAN, annotator=ANNOTATOR)


def to_conversation(item: CorpusConversation, path: Path | None = None) -> Conversation:
    """The conversation with its gold codes as human annotations (annotator ``corpus``)."""
    turns = []
    for index, gold in enumerate(item.turns):
        role = Role(gold.role)
        turn = Turn(
            index=index,
            role=role,
            speaker=item.helper if role is Role.HELPER else item.client,
            text=gold.text,
            ref=str(index),
        )
        if role is Role.HELPER:
            turn.annotate(_human(Dimension.BEHAVIOUR, gold.code or "other"))
        else:
            turn.annotate(_human(Dimension.TALK, gold.talk or "neutral"))
            turn.annotate(_human(Dimension.DEPTH, DEPTH_CODES[gold.depth or 0]))
        for flag in gold.flags:
            turn.annotate(_human(Dimension.FLAG, flag))
        turns.append(turn)
    return Conversation(
        id=item.id,
        language=item.language,
        metadata=Metadata(
            title=item.summary or None,
            source_file=str(path) if path else None,
            source_format=CORPUS_FORMAT,
            extra={
                "corpus_split": path.parent.name if path else "",
                "setting": item.setting,
                "level": item.level,
                "address": item.address,
                "author": item.author,
                "patterns": json.dumps([m.model_dump() for m in item.patterns]),
            },
        ),
        turns=turns,
    )


def read_file(path: Path) -> CorpusConversation:
    """One corpus file, checked; a broken one raises :class:`InputError` E230 naming the file and field."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise InputError(
            "E230",
            nl=f"{path}: geen geldige JSON ({error})",
            en=f"{path}: not valid JSON ({error})",
            file=path,
            line=line,
        ) from error
    try:
        item = CorpusConversation.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(
            "E231",
            nl=f"{path}: {where}: {first['msg']}",
            en=f"{path}: {where}: {first['msg']}",
            file=path,
        ) from error
    if item.id != path.stem:
        raise InputError(
            "E232",
            nl=f"{path}: id '{item.id}' is niet de bestandsnaam",
            en=f"{path}: id '{item.id}' is not the file name",
            file=path,
        )
    return item


def corpus_files(root: Path = DEFAULT_CORPUS, splits: Sequence[str] = SPLITS) -> list[Path]:
    return sorted(p for split in splits for p in (Path(root) / split).glob("*.json"))


def load_corpus(
    root: Path = DEFAULT_CORPUS, splits: Sequence[str] = SPLITS, languages: Sequence[str] = ("nl", "en")
) -> list[Conversation]:
    """The corpus conversations of ``splits`` and ``languages``, ordered by id."""
    found = []
    for path in corpus_files(root, splits):
        item = read_file(path)
        if item.language in languages:
            found.append(to_conversation(item, path))
    return found


def patterns_of(conversation: Conversation) -> list[tuple[str, int]]:
    """The gold pattern occurrences of a corpus conversation: (pattern, anchor turn)."""
    raw = conversation.metadata.extra.get("patterns") or "[]"
    return [(m["pattern"], int(m["turn"])) for m in json.loads(raw)]


def totals(items: Iterable[CorpusConversation]) -> dict[str, object]:
    items = list(items)
    counts: dict[str, Counter] = {
        k: Counter() for k in ("language", "setting", "level", "code", "talk", "depth", "flag", "pattern")
    }
    helper = client = 0
    for item in items:
        counts["language"][item.language] += 1
        counts["setting"][item.setting] += 1
        counts["level"][item.level] += 1
        for mark in item.patterns:
            counts["pattern"][mark.pattern] += 1
        for turn in item.turns:
            counts["flag"].update(turn.flags)
            if turn.role == "helper":
                helper += 1
                counts["code"][turn.code] += 1
            else:
                client += 1
                counts["talk"][turn.talk] += 1
                counts["depth"][str(turn.depth)] += 1
    return {
        "conversations": len(items),
        "helper_turns": helper,
        "client_turns": client,
        **{k: dict(sorted(v.items())) for k, v in counts.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check":
        print("usage: python -m ontmoeting.coding.training.corpus check [FOLDER|FILE ...]", file=sys.stderr)
        return 2
    targets = [Path(a) for a in args[1:]] or [DEFAULT_CORPUS]
    paths: list[Path] = []
    for target in targets:
        paths.extend(sorted(target.rglob("*.json")) if target.is_dir() else [target])
    good, bad = [], 0
    for path in paths:
        try:
            good.append(read_file(path))
        except InputError as error:
            bad += 1
            print(f"ERROR {error.messages['en']}")
    ids = Counter(item.id for item in good)
    for duplicate in [i for i, n in ids.items() if n > 1]:
        bad += 1
        print(f"ERROR id {duplicate} occurs {ids[duplicate]} times")
    print(json.dumps(totals(good), indent=1, ensure_ascii=False))
    print(f"{len(good)} valid, {bad} with errors")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
