# ruff: noqa: E501  (Markdown table rows stay on one line to stay readable)
"""Agreement between the corpus's first (gold) annotation and the blind second annotation.

``corpus/second/<id>.json`` holds a second annotator's coding of a conversation whose first coding is in
``corpus/train`` or ``corpus/test``; the second annotator saw only the annotation guide and the text.
Cohen's kappa per dimension (helper code, AnnoMI label, talk type, depth, each flag), depth also as
exact / within one / linearly weighted kappa, and the patterns as F1 between the two annotators (the same
pattern at an anchor within one turn counts as agreement).

    python -m ontmoeting.coding.training.agreement            # the table (Markdown)
    python -m ontmoeting.coding.training.agreement --disagreements out.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.metrics import cohen_kappa_score

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.coding.training.corpus import DEFAULT_CORPUS, SPLITS, CorpusConversation, read_file
from ontmoeting.transcript.model import Dimension

SECOND = "second"
FLAGS = (
    "topic_change",
    "why_question",
    "permission",
    "reflects_feeling",
    "reflects_meaning",
    "double_sided",
    "summary",
    "yes_but",
    "feeling",
)


def pairs(root: Path = DEFAULT_CORPUS) -> list[tuple[CorpusConversation, CorpusConversation]]:
    """(first, second) annotations of every doubly coded conversation; the texts must be the same."""
    found = []
    for path in sorted((Path(root) / SECOND).glob("*.json")):
        first_path = next(
            (Path(root) / s / path.name for s in SPLITS if (Path(root) / s / path.name).is_file()), None
        )
        if first_path is None:
            raise ValueError(f"{path}: no first annotation in {', '.join(SPLITS)}")
        first, second = read_file(first_path), read_file(path)
        if [t.text for t in first.turns] != [t.text for t in second.turns]:
            raise ValueError(f"{path}: the texts differ from {first_path}")
        found.append((first, second))
    return found


def _kappa(a: Sequence, b: Sequence, weights: str | None = None) -> float | None:
    if not a or (len(set(a)) < 2 and len(set(b)) < 2):
        return None
    return round(float(cohen_kappa_score(a, b, weights=weights)), 3)


def _pattern_f1(couples: Sequence[tuple[CorpusConversation, CorpusConversation]], pattern: str) -> dict:
    matched_first = matched_second = total_first = total_second = 0
    for first, second in couples:
        a = [m.turn for m in first.patterns if m.pattern == pattern]
        b = [m.turn for m in second.patterns if m.pattern == pattern]
        total_first += len(a)
        total_second += len(b)
        matched_first += sum(any(abs(x - y) <= 1 for y in b) for x in a)
        matched_second += sum(any(abs(x - y) <= 1 for x in a) for y in b)
    precision = matched_second / total_second if total_second else 0.0
    recall = matched_first / total_first if total_first else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"first": total_first, "second": total_second, "f1": round(f1, 3)}


def agreement(
    couples: Sequence[tuple[CorpusConversation, CorpusConversation]], language: str | None = None
) -> dict:
    couples = [c for c in couples if language in (None, c[0].language)]
    to_annomi = load_codebook().behaviour_to_annomi()
    helper = [(a, b) for f, s in couples for a, b in zip(f.turns, s.turns, strict=True) if a.role == "helper"]
    client = [(a, b) for f, s in couples for a, b in zip(f.turns, s.turns, strict=True) if a.role == "client"]
    depth_a = [a.depth for a, _ in client]
    depth_b = [b.depth for _, b in client]
    result = {
        "conversations": len(couples),
        "helper_turns": len(helper),
        "client_turns": len(client),
        "helper_code": {
            "kappa": _kappa([a.code for a, _ in helper], [b.code for _, b in helper]),
            "agreement": round(float(np.mean([a.code == b.code for a, b in helper])), 3) if helper else None,
        },
        "annomi_label": {
            "kappa": _kappa([to_annomi[a.code] for a, _ in helper], [to_annomi[b.code] for _, b in helper])
        },
        "talk": {"kappa": _kappa([a.talk for a, _ in client], [b.talk for _, b in client])},
        "depth": {
            "kappa": _kappa(depth_a, depth_b),
            "weighted_kappa": _kappa(depth_a, depth_b, "linear"),
            "exact": round(float(np.mean(np.array(depth_a) == np.array(depth_b))), 3) if client else None,
            "within_one": round(float(np.mean(np.abs(np.array(depth_a) - np.array(depth_b)) <= 1)), 3)
            if client
            else None,
        },
        "flags": {},
        "patterns": {},
    }
    for flag in FLAGS:
        rows = client if flag in ("yes_but", "feeling") else helper
        result["flags"][flag] = {
            "kappa": _kappa([flag in a.flags for a, _ in rows], [flag in b.flags for _, b in rows]),
            "first": sum(flag in a.flags for a, _ in rows),
            "second": sum(flag in b.flags for _, b in rows),
        }
    for pattern in ("oplossingsdrang", "touwtrekken", "gemiste_kans", "vragenvuur"):
        result["patterns"][pattern] = _pattern_f1(couples, pattern)
    per_code = {}
    for code in load_codebook().ids(Dimension.BEHAVIOUR):
        a = [x.code == code for x, _ in helper]
        b = [y.code == code for _, y in helper]
        per_code[code] = {"first": sum(a), "second": sum(b), "kappa": _kappa(a, b)}
    result["per_code"] = per_code
    return result


def disagreements(couples: Sequence[tuple[CorpusConversation, CorpusConversation]]) -> list[dict]:
    """Every turn where the two annotations differ, for settling."""
    out = []
    for first, second in couples:
        for index, (a, b) in enumerate(zip(first.turns, second.turns, strict=True)):
            fields = ("code",) if a.role == "helper" else ("talk", "depth")
            differ = {f: (getattr(a, f), getattr(b, f)) for f in fields if getattr(a, f) != getattr(b, f)}
            if set(a.flags) != set(b.flags):
                differ["flags"] = (sorted(a.flags), sorted(b.flags))
            if differ:
                out.append({"id": first.id, "turn": index, "role": a.role, "differ": differ})
        pa = sorted((m.pattern, m.turn) for m in first.patterns)
        pb = sorted((m.pattern, m.turn) for m in second.patterns)
        if pa != pb:
            out.append({"id": first.id, "turn": None, "role": "patterns", "differ": {"patterns": (pa, pb)}})
    return out


def markdown(result: dict) -> str:
    def fmt(value: object) -> str:
        return "n/a" if value is None else f"{value}"

    rows = [
        "| dimension | kappa | other |",
        "|---|---|---|",
        f"| helper code ({len(result['per_code'])} codes) | {fmt(result['helper_code']['kappa'])} | raw agreement {fmt(result['helper_code']['agreement'])} |",
        f"| AnnoMI label (4) | {fmt(result['annomi_label']['kappa'])} | |",
        f"| client talk type | {fmt(result['talk']['kappa'])} | |",
        f"| client depth (0-3) | {fmt(result['depth']['kappa'])} | linear weighted {fmt(result['depth']['weighted_kappa'])}, exact {fmt(result['depth']['exact'])}, within one {fmt(result['depth']['within_one'])} |",
    ]
    for flag, values in result["flags"].items():
        rows.append(
            f"| flag `{flag}` | {fmt(values['kappa'])} | first {values['first']}, second {values['second']} |"
        )
    for pattern, values in result["patterns"].items():
        rows.append(
            f"| pattern `{pattern}` | F1 {values['f1']} | first {values['first']}, second {values['second']} (anchor within one turn) |"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--disagreements", type=Path, help="write every disagreement here (JSON lines)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    couples = pairs(args.corpus)
    results = {lang or "all": agreement(couples, lang) for lang in (None, "nl", "en")}
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for lang, result in results.items():
            print(
                f"\n### {lang}: {result['conversations']} conversations, {result['helper_turns']} helper and {result['client_turns']} client turns\n"
            )
            print(markdown(result))
    if args.disagreements:
        with args.disagreements.open("w", encoding="utf-8") as handle:
            for row in disagreements(couples):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
