"""How well Word and PDF transcripts are read: speakers, roles, turns, text and the student's notes.

    python benchmarks/document_layouts.py                 # all four sets
    python benchmarks/document_layouts.py --splits dev dev2   # while developing: never tune on the test sets
    python benchmarks/document_layouts.py --details       # each file's figures

The documents in benchmarks/data/documents/ were written by helpers as students hand them in (title
blocks, headers and footers, appendices, paragraph and table layouts, PDFs exported with LibreOffice), each
set by a helper that never saw the readers' code, with an answer key (key.json). 'dev' and 'dev2' (the
harder cases: line breaks, list numbering, footnotes, one column per speaker, ...) were used while the
readers were written; 'test' and 'test2' were written to the same briefs by other helpers and only
measured. Each set's make_documents.py rebuilds its files (see data/documents/README.md).

Per file: read without an error; the speakers with their roles exactly; the number of turns exactly. Per
turn (turns aligned by their text): speaker, role and text exactly (whitespace and hyphenation at a line
end aside), text similarity, and notes found exactly, missed, or given where the key has none.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ontmoeting.errors import OntmoetingError
from ontmoeting.transcript.io import read_conversation

DATA = Path(__file__).parent / "data" / "documents"


def normal(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)  # 'burn- out': a PDF line broken after a hyphen
    return " ".join(text.split())


@dataclass
class Tally:
    files: int = 0
    read: int = 0
    speakers_right: int = 0
    count_right: int = 0
    turns: int = 0
    turns_exact: int = 0
    similarity: float = 0.0
    notes: int = 0
    notes_exact: int = 0
    notes_missed: int = 0
    notes_extra: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("files", "read", "speakers_right", "count_right", "turns", "turns_exact", "notes",
                     "notes_exact", "notes_missed", "notes_extra"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.similarity += other.similarity
        self.seconds += other.seconds
        self.failures += other.failures


def score(path: Path, expected: dict) -> Tally:
    tally = Tally(files=1)
    wanted = expected["turns"]
    started = time.perf_counter()
    try:
        conversation = read_conversation(path)
    except OntmoetingError as error:
        tally.seconds = time.perf_counter() - started
        tally.turns = len(wanted)
        tally.notes = sum(1 for t in wanted if t.get("note"))
        tally.failures.append(f"{path.name}: {error.render('en')}")
        return tally
    tally.seconds = time.perf_counter() - started
    tally.read = 1
    got = conversation.turns
    speakers = {(t["speaker"], t["role"]) for t in wanted}
    found = {(t.speaker, t.role.value) for t in got}
    tally.speakers_right = int(speakers == found)
    tally.count_right = int(len(got) == len(wanted))
    if speakers != found:
        tally.failures.append(f"{path.name}: speakers {sorted(found)} instead of {sorted(speakers)}")
    if len(got) != len(wanted):
        tally.failures.append(f"{path.name}: {len(got)} turns instead of {len(wanted)}")
    matcher = difflib.SequenceMatcher(
        a=[normal(t["text"])[:60] for t in wanted], b=[normal(t.text)[:60] for t in got], autojunk=False
    )
    pairs: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            pairs[block.a + offset] = block.b + offset
    for a_index, b_index in _fill_gaps(pairs, len(wanted), len(got)).items():
        pairs.setdefault(a_index, b_index)
    for index, turn in enumerate(wanted):
        tally.turns += 1
        other = got[pairs[index]] if index in pairs else None
        note = normal(turn.get("note"))
        tally.notes += bool(note)
        if other is None:
            tally.notes_missed += bool(note)
            continue
        same_text = normal(other.text) == normal(turn["text"])
        exact = same_text and other.speaker == turn["speaker"] and other.role.value == turn["role"]
        tally.turns_exact += exact
        tally.similarity += difflib.SequenceMatcher(a=normal(turn["text"]), b=normal(other.text)).ratio()
        if note:
            if normal(other.note) == note:
                tally.notes_exact += 1
            else:
                tally.notes_missed += 1
        elif other.note:
            tally.notes_extra += 1
    return tally


def _fill_gaps(pairs: dict[int, int], wanted: int, got: int) -> dict[int, int]:
    """Pair the unmatched turns between two matched ones in order (a turn whose text differs a little)."""
    filled: dict[int, int] = {}
    last_a, last_b = -1, -1
    for a_index in [*sorted(pairs), wanted]:
        b_index = pairs.get(a_index, got)
        gap_a = range(last_a + 1, a_index)
        gap_b = list(range(last_b + 1, b_index))
        for offset, missing in enumerate(gap_a):
            if offset < len(gap_b):
                filled[missing] = gap_b[offset]
        last_a, last_b = a_index, b_index
    return filled


def run_split(split: str, details: bool) -> dict[str, Tally]:
    folder = DATA / split
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    totals = {"docx": Tally(), "pdf": Tally()}
    for expected in key["files"]:
        path = folder / expected["file"]
        tally = score(path, expected)
        totals[path.suffix.lstrip(".")].add(tally)
        if details:
            print(
                f"  {path.name:48} read {tally.read} speakers {tally.speakers_right} count "
                f"{tally.count_right} exact {tally.turns_exact}/{tally.turns} notes "
                f"{tally.notes_exact}/{tally.notes} extra {tally.notes_extra}"
            )
    return totals


def _row(name: str, t: Tally) -> str:
    def share(part: int | float, whole: int) -> str:
        return f"{100 * part / whole:5.1f}%" if whole else "    -"

    return (
        f"{name:10} {t.files:5} {share(t.read, t.files)} {share(t.speakers_right, t.files)} "
        f"{share(t.count_right, t.files)} {share(t.turns_exact, t.turns)} {share(t.similarity, t.turns)} "
        f"{share(t.notes_exact, t.notes)} {t.notes_extra:5} {1000 * t.seconds / max(t.files, 1):7.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--splits", nargs="+", default=["dev", "dev2", "test", "test2"])
    parser.add_argument("--details", action="store_true", help="each file's figures and failures")
    args = parser.parse_args()
    print("split      files   read speak. count  exact  simil. notes  extra  ms/file")
    for split in args.splits:
        totals = run_split(split, args.details)
        overall = Tally()
        for kind, tally in totals.items():
            overall.add(tally)
            print(_row(f"{split}/{kind}", tally))
        print(_row(f"{split}", overall))
        if args.details:
            for failure in overall.failures:
                print(f"    {failure}")
    print("read: files read without an error; speak.: speakers and roles exactly; count: turn count exactly;")
    print("exact: turns with speaker, role and text exactly; simil.: mean text similarity; notes: the")
    print("student's comments found exactly; extra: notes where the key has none.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
