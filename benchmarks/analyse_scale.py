"""How ``ontmoeting analyse`` and ``code`` grow with the number of turns: time and peak memory at 1k, 10k and
100k turns, each in a fresh process as a user runs it.

    python benchmarks/analyse_scale.py                     # 1k, 10k, 100k (100k is refused by the limit)
    python benchmarks/analyse_scale.py --lift-limit        # 100k analysed too (ONTMOETING_MAX_TURNS raised)
    python benchmarks/analyse_scale.py --turns 1000 5000   # other sizes

Targets (issue 15): 100k turns analysed in <= 60 s and <= 800 MB, or refused up front by a documented limit
(ONTMOETING_MAX_TURNS, default 10,000: see docs/formats.md). The transcripts are the Mira/Robert examples
repeated to the wanted length, as plain text.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def transcript(turns: int, folder: Path) -> Path:
    """A plain-text transcript of ``turns`` turns, from the two Mira/Robert examples."""
    lines = [
        line
        for name in ("mira-robert-1.txt", "mira-robert-2.txt")
        for line in (ROOT / "examples" / name).read_text(encoding="utf-8").splitlines()
        if line.startswith(("Mira:", "Robert:"))
    ]
    path = folder / f"scale-{turns}.txt"
    with path.open("w", encoding="utf-8") as out:
        for index in range(turns):
            out.write(lines[index % len(lines)] + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--turns", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--lift-limit", action="store_true", help="raise ONTMOETING_MAX_TURNS for the run")
    args = parser.parse_args()
    env = {**os.environ, "LANG": "C", "ONTMOETING_LANG": "en"}
    if args.lift_limit:
        env["ONTMOETING_MAX_TURNS"] = str(max(args.turns))
    executable = str(Path(sys.executable).with_name("ontmoeting"))
    print(f"{'command':8} {'turns':>7} {'seconds':>8} {'peak MB':>8} {'ms/turn':>8}  result")
    with tempfile.TemporaryDirectory() as folder:
        for turns in args.turns:
            path = transcript(turns, Path(folder))
            runs = (
                ("code", ["-o", str(Path(folder) / "codes.jsonl")]),
                ("analyse", ["-q", "--json", str(Path(folder) / "analysis.json")]),
            )
            for name, extra in runs:
                # each size in its own process, so that ru_maxrss is this run's peak
                command = [sys.executable, "-c", _MEASURE, executable, name, str(path), *extra]
                done = subprocess.run(command, capture_output=True, text=True, env=env)
                seconds_text, peak_text, code, last = done.stdout.split("\t")
                seconds, peak = float(seconds_text), float(peak_text)
                result = "ok" if code == "0" else f"exit {code}: ...{last[-100:]}"
                print(
                    f"{name:8} {turns:7} {seconds:8.1f} {peak:8.0f} {1000 * seconds / turns:8.2f}  {result}"
                )
    return 0


# Runs the command as a child and prints its wall time, peak memory (MB), exit code and last error line.
_MEASURE = r"""
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
last = " ".join(done.stderr.split())[-160:]
print(f"{seconds}\t{peak}\t{done.returncode}\t{last}", end="")
"""


if __name__ == "__main__":
    sys.exit(main())
