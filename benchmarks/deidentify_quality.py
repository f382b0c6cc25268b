"""De-identification on conversations with planted identifiers: what is gone, and what else was replaced.

The sets are ``benchmarks/data/deidentify/{dev,test}/set.json``: conversations written for this benchmark
with identifiers planted in their turns, each listed with its turn, its text and its kind (person, place,
institution, date, phone, email, bsn, other). ``dev`` was looked at while the de-identifier was built;
``test`` was written by others and is only ever measured: its sentences are never printed.

    python benchmarks/deidentify_quality.py                    # dev and test
    python benchmarks/deidentify_quality.py --sets dev --details

Every conversation goes through ``ontmoeting.transcript.deidentify.deidentify`` as the web app and the CLI
use it (speaker names to roles, then the text as one document). Per language and per kind it prints:

* recall: the share of planted identifiers whose text is gone from its turn (no longer there as a whole
  word sequence); strict: also none of its capitalised words or groups of three or more digits is left
  anywhere in the turn;
* other words replaced: of the words of a turn that are not part of a planted identifier, the share that
  did not survive (aligned with difflib on the word sequences);
* milliseconds per conversation (the engines loaded beforehand), and the load time per language.

Targets: recall >= 0.95 for person names, places, phone numbers and e-mail; at most 2% of other words
replaced.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from ontmoeting.transcript.deidentify import deidentify, load_engine
from ontmoeting.transcript.model import Conversation, Role, Turn

DATA = Path(__file__).parent / "data" / "deidentify"
KINDS = ("person", "place", "institution", "date", "phone", "email", "bsn", "other")
TARGETS = {"person": 0.95, "place": 0.95, "phone": 0.95, "email": 0.95}
MAX_OTHER = 0.02
_WORD = re.compile(r"\[[A-Z]+-\d+\]|\w+(?:['’\-]\w+)*|[^\w\s]")


def _conversation(item: dict) -> Conversation:
    turns = [
        Turn(index=i, role=Role(t.get("role", "other")), speaker=t.get("speaker") or "?", text=t["text"])
        for i, t in enumerate(item["turns"])
    ]
    return Conversation(id=item.get("id", "x"), language=item["language"], turns=turns)


def _present(needle: str, haystack: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def _strict_gone(identifier: str, after: str) -> bool:
    parts = [p for p in re.findall(r"\w+", identifier) if p[0].isupper() or (p.isdigit() and len(p) >= 3)]
    return not any(_present(p, after) for p in parts)


def _identifier_ranges(text: str, identifiers: list[str]) -> list[tuple[int, int]]:
    ranges = []
    for value in identifiers:
        for match in re.finditer(re.escape(value), text):
            ranges.append(match.span())
    return ranges


def _other_words(before: str, after: str, identifiers: list[str]) -> tuple[int, list[str]]:
    """How many words of ``before`` outside the identifiers there are, and those that were replaced."""
    tokens = [(m.group(), m.span()) for m in _WORD.finditer(before) if re.match(r"\w", m.group())]
    ranges = _identifier_ranges(before, identifiers)
    inside = [any(s < e2 and s2 < e for s2, e2 in ranges) for _, (s, e) in tokens]
    after_tokens = [m.group() for m in _WORD.finditer(after) if re.match(r"[\w\[]", m.group())]
    matcher = difflib.SequenceMatcher(None, [t for t, _ in tokens], after_tokens, autojunk=False)
    kept = [False] * len(tokens)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            kept[block.a + k] = True
    replaced = [tokens[i][0] for i in range(len(tokens)) if not inside[i] and not kept[i]]
    return sum(1 for flag in inside if not flag), replaced


def measure(name: str, details: bool) -> dict:
    path = DATA / name / "set.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    conversations = data["conversations"]
    loads: dict[str, float] = {}
    for language in sorted({c["language"] for c in conversations}):
        started = time.perf_counter()
        load_engine(language)
        loads[language] = time.perf_counter() - started
    hits: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # found, strict, total
    other: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # replaced, total
    seconds: dict[str, list[float]] = defaultdict(list)
    misses: list[str] = []
    replaced_words: dict[str, list[str]] = defaultdict(list)
    for item in conversations:
        language = item["language"]
        conversation = _conversation(item)
        started = time.perf_counter()
        result = deidentify(conversation)
        seconds[language].append(time.perf_counter() - started)
        per_turn: dict[int, list[str]] = defaultdict(list)
        for identifier in item.get("identifiers", []):
            per_turn[identifier["turn"]].append(identifier["text"])
        for identifier in item.get("identifiers", []):
            after = result.turns[identifier["turn"]].text
            kind = identifier["kind"] if identifier["kind"] in KINDS else "other"
            gone = not _present(identifier["text"], after)
            strict = gone and _strict_gone(identifier["text"], after)
            for key in ((language, kind), (language, "all")):
                hits[key][0] += gone
                hits[key][1] += strict
                hits[key][2] += 1
            if details and not strict:
                misses.append(
                    f"  {item.get('id')} {kind}{'' if gone else ' (whole)'}: {identifier['text']!r}"
                )
        for index, (before, after) in enumerate(zip(conversation.turns, result.turns, strict=True)):
            total, replaced = _other_words(before.text, after.text, per_turn.get(index, []))
            other[language][0] += len(replaced)
            other[language][1] += total
            replaced_words[language].extend(replaced)
    report = {"set": name, "loads": loads, "hits": dict(hits), "other": dict(other), "seconds": dict(seconds)}
    _print(report)
    if details:
        print("\nnot (fully) gone:")
        print("\n".join(misses) or "  none")
        for language, words in sorted(replaced_words.items()):
            counts: dict[str, int] = defaultdict(int)
            for word in words:
                counts[word] += 1
            listed = ", ".join(
                f"{w} ({n})" if n > 1 else w for w, n in sorted(counts.items(), key=lambda p: -p[1])
            )
            print(f"\nother words replaced ({language}): {listed or 'none'}")
    return report


def _print(report: dict) -> None:
    print(f"\n== {report['set']} ==")
    print(f"{'lang':<5}{'kind':<13}{'n':>5}{'recall':>9}{'strict':>9}  target")
    failed = []
    for (language, kind), (found, strict, total) in sorted(
        report["hits"].items(), key=lambda p: (p[0][0], (KINDS + ("all",)).index(p[0][1]))
    ):
        target = TARGETS.get(kind)
        recall = found / total
        mark = "" if target is None else ("met" if recall >= target else f"MISSED (>= {target:.2f})")
        if target is not None and recall < target:
            failed.append(f"{language} {kind}")
        print(f"{language:<5}{kind:<13}{total:>5}{recall:>9.3f}{strict / total:>9.3f}  {mark}")
    for language, (replaced, total) in sorted(report["other"].items()):
        share = replaced / total if total else 0.0
        ms = 1000 * sum(report["seconds"][language]) / len(report["seconds"][language])
        mark = "met" if share <= MAX_OTHER else f"MISSED (<= {MAX_OTHER:.0%})"
        if share > MAX_OTHER:
            failed.append(f"{language} other words")
        print(
            f"{language:<5}other words replaced: {replaced} of {total} = {share:.2%}  {mark}; "
            f"{ms:.0f} ms per conversation (load {report['loads'][language]:.1f} s)"
        )
    print("targets: " + ("all met" if not failed else "missed: " + ", ".join(failed)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sets", nargs="+", default=["dev", "test"], help="sets under benchmarks/data/deidentify"
    )
    parser.add_argument(
        "--details", action="store_true", help="list what was missed and what else was replaced (dev only)"
    )
    args = parser.parse_args()
    for name in args.sets:
        if not (DATA / name / "set.json").exists():
            print(f"{name}: no {DATA / name / 'set.json'}; skipped", file=sys.stderr)
            continue
        measure(name, args.details and name == "dev")
    return 0


if __name__ == "__main__":
    sys.exit(main())
