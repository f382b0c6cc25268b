"""How long ``ontmoeting analyse`` takes on a 500-turn conversation, end to end and by stage.

Target (issue 4): at most 1 s beyond the coder, at most 6 s in all with the default coder.

    python benchmarks/analyse_speed.py [--turns 500] [--coder default|fast|accurate] [--repeat 3]

The conversation is built from the two Mira/Robert examples repeated to the wanted length (Dutch, with
openings, advice, 'ja, maar' and reflections), written as a plain-text transcript. Two measurements:
1. in one fresh process, by stage: imports + reading, loading the coder, coding, analysing, HTML, JSON;
2. the CLI as a user runs it (``ontmoeting analyse FILE -q --report --json``), wall clock, process start
   included.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

STAGES = r"""
import json, sys, time
t0 = time.perf_counter()
from ontmoeting.transcript.io import read_conversation
from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.report_html import render_html
from ontmoeting.feedback.report_json import to_json
conversation = read_conversation(sys.argv[1])
t1 = time.perf_counter()
from ontmoeting.coding.pipeline import load_coder
coder = load_coder(fast={"fast": True, "accurate": False}.get(sys.argv[2]))  # "default": as configured
t2 = time.perf_counter()
coder.code(conversation)
t3 = time.perf_counter()
analysis = analyse(conversation, "nl")
t4 = time.perf_counter()
html = render_html(analysis)
t5 = time.perf_counter()
data = to_json(analysis)
t6 = time.perf_counter()
print(json.dumps({"turns": len(conversation.turns), "read": t1 - t0, "coder_load": t2 - t1, "coding": t3 - t2,
                  "analyse": t4 - t3, "html": t5 - t4, "json": t6 - t5, "moments": len(analysis.moments),
                  "html_bytes": len(html), "json_bytes": len(data)}))
"""


def build_transcript(turns: int) -> str:
    lines: list[str] = []
    sources = [ROOT / "examples" / "mira-robert-1.txt", ROOT / "examples" / "mira-robert-2.txt"]
    pool = [
        line for source in sources for line in source.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    while len(lines) < turns:
        lines.extend(pool)
    return "\n".join(lines[:turns]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=500)
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each measurement; the median is reported"
    )
    parser.add_argument(
        "--coder",
        choices=("default", "fast", "accurate"),
        default="default",
        help="the coder's configuration (default: as configured, i.e. ONTMOETING_CODER, else fast)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        transcript = Path(folder) / "gesprek-500.txt"
        transcript.write_text(build_transcript(args.turns), encoding="utf-8")
        runs = []
        for _ in range(args.repeat):
            out = subprocess.run(
                [sys.executable, "-c", STAGES, str(transcript), args.coder],
                check=True,
                capture_output=True,
                text=True,
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        cli = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "ontmoeting.cli.main",
                    "analyse",
                    str(transcript),
                    "-q",
                    "--lang",
                    "nl",
                    "--report",
                    str(Path(folder) / "r.html"),
                    "--json",
                    str(Path(folder) / "r.json"),
                ]
                + {"default": [], "fast": ["--fast"], "accurate": ["--accurate"]}[args.coder],
                check=True,
                capture_output=True,
            )
            cli.append(time.perf_counter() - start)

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    stage = {
        key: median([run[key] for run in runs])
        for key in ("read", "coder_load", "coding", "analyse", "html", "json")
    }
    coder = stage["coder_load"] + stage["coding"]
    rest = stage["read"] + stage["analyse"] + stage["html"] + stage["json"]
    print(
        f"conversation: {runs[0]['turns']} turns, {runs[0]['moments']} moments; HTML "
        f"{runs[0]['html_bytes']:,} "
        f"bytes, JSON {runs[0]['json_bytes']:,} bytes; coder: {args.coder}; "
        f"median of {args.repeat} runs"
    )
    for key, value in stage.items():
        print(f"  {key:<11} {value:7.3f} s")
    print(f"coder (load + code):            {coder:7.3f} s")
    print(
        f"everything else (read, analyse, HTML, JSON, imports): {rest:7.3f} s   target <= 1 s: "
        f"{'met' if rest <= 1.0 else 'NOT met'}"
    )
    print(f"total in process:               {coder + rest:7.3f} s")
    print(
        f"CLI wall clock (process start included): {median(cli):7.3f} s   target <= 6 s: "
        f"{'met' if median(cli) <= 6.0 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
