"""Build hand-coded conversations from a compact table, so that pattern tests do not depend on the coder.

One line per turn: ``ROLE CODE [dN] [flag ...] | text``. ROLE is H (helper) or C (client); CODE a helper
behaviour or client talk type; ``d0``-``d3`` the client's depth; flags: permission, yes_but, feeling.
Lines starting with '#' and empty lines are skipped. Annotations are given as a human coder's.

    H open_question | Waar wil je het over hebben?
    C neutral d2 feeling | Ik mis hem gewoon.
"""

from __future__ import annotations

from pathlib import Path

from ontmoeting.coding.codes import DepthCode
from ontmoeting.transcript.model import Annotation, Conversation, Dimension, Metadata, Role, Source, Turn

DEPTHS = {f"d{level}": code.value for level, code in enumerate(DepthCode)}
FLAGS = {
    "permission",
    "yes_but",
    "feeling",
    "topic_change",
    "why_question",
    "reflects_feeling",
    "reflects_meaning",
    "double_sided",
}


def conversation_from_table(
    table: str,
    *,
    lang: str = "nl",
    helper: str = "Mira",
    client: str = "Robert",
    conversation_id: str = "test",
) -> Conversation:
    turns: list[Turn] = []
    for raw in table.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, text = (part.strip() for part in line.split("|", 1))
        role_letter, code, *extra = head.split()
        role = Role.HELPER if role_letter == "H" else Role.CLIENT
        main = Dimension.BEHAVIOUR if role is Role.HELPER else Dimension.TALK
        annotations = [Annotation(dimension=main, code=code, source=Source.HUMAN, annotator="trainer")]
        for item in extra:
            if item in DEPTHS:
                annotations.append(
                    Annotation(
                        dimension=Dimension.DEPTH, code=DEPTHS[item], source=Source.HUMAN, annotator="trainer"
                    )
                )
            elif item in FLAGS:
                annotations.append(
                    Annotation(dimension=Dimension.FLAG, code=item, source=Source.HUMAN, annotator="trainer")
                )
            else:
                raise ValueError(f"unknown item {item!r} in line {raw!r}")
        turns.append(
            Turn(
                index=len(turns),
                role=role,
                speaker=helper if role is Role.HELPER else client,
                text=text,
                annotations=annotations,
            )
        )
    return Conversation(
        id=conversation_id,
        language=lang,
        turns=turns,  # type: ignore[arg-type]
        metadata=Metadata(title=conversation_id),
    )


def load_table(path: Path, **kwargs: object) -> Conversation:
    return conversation_from_table(path.read_text(encoding="utf-8"), conversation_id=path.stem, **kwargs)  # type: ignore[arg-type]
