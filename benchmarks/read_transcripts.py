"""How fast are transcripts read? Prints seconds per file for the AnnoMI corpus and a large text file.

    python benchmarks/read_transcripts.py [--data ../shared/data] [--repeat 3]

Target (issue 2): reading the full AnnoMI CSV (1.9 MB, 113 transcripts) well under 2 seconds, in a fresh
process (the first read includes loading the language identifier). Figures: the first (cold) read and the
best of the repeated (warm) reads, for each file; plus a generated 5 MB plain-text transcript.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from ontmoeting.transcript.io import read_conversations

ROOT = Path(__file__).resolve().parent.parent


def timed(path: Path, **options: str) -> tuple[float, int, int]:
    start = time.perf_counter()
    conversations = read_conversations(path, **options)  # type: ignore[arg-type]
    return time.perf_counter() - start, len(conversations), sum(len(c.turns) for c in conversations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("ONTMOETING_SHARED_DATA", ROOT.parent / "shared" / "data")),
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    files: list[tuple[Path, dict[str, str]]] = [
        (args.data / "annomi" / "AnnoMI-full.csv", {}),
        (args.data / "annomi" / "AnnoMI-simple.csv", {}),
        (args.data / "annomi-nl" / "AnnoMI-nl-simple.csv", {}),
    ]
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.txt"
        lines = (ROOT / "examples" / "mira-robert-1.txt").read_text(encoding="utf-8")
        big.write_text(lines * (5_000_000 // len(lines.encode("utf-8"))), encoding="utf-8")
        files.append((big, {"helper": "Mira"}))
        print(f"{'file':<28} {'MB':>6} {'conv':>5} {'turns':>7} {'cold s':>7} {'warm s':>7}")
        for path, options in files:
            if not path.exists():
                print(f"{path.name:<28} missing (set --data)")
                continue
            cold, count, turns = timed(path, **options)
            warm = min(timed(path, **options)[0] for _ in range(args.repeat))
            size = path.stat().st_size / 1e6
            print(f"{path.name:<28} {size:6.1f} {count:5d} {turns:7d} {cold:7.2f} {warm:7.2f}")


if __name__ == "__main__":
    main()
