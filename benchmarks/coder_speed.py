"""Speed of the utterance coder here: batch throughput, single-utterance latency, load time, memory.

    python benchmarks/coder_speed.py                  # statistical (accurate, fast) and the pipeline
    python benchmarks/coder_speed.py --turns 500      # batch size (default: a 500-turn session)

Each measurement runs in a fresh Python process (``--child``), so load time and peak memory (ru_maxrss)
are those of a cold start. Texts are AnnoMI turns when ``../shared/data`` is there, else the repository's
examples repeated. Single-utterance latency is that of ``annotate_turn`` / ``Coder.code_turn`` with the
previous turn as context, measured after one warm-up call; the live coach calls it once per new turn, so the
previous turn's embedding is usually cached already; ``--cold`` clears that cache before each call.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def sample_conversation(turns: int):  # type: ignore[no-untyped-def]
    """One conversation of ``turns`` turns (AnnoMI texts alternating languages if present)."""
    from ontmoeting.transcript.model import Conversation, Role, Turn

    texts: list[tuple[Role, str]] = []
    if (DATA / "annomi-nl").is_dir():
        from ontmoeting.coding.training.data import load_annomi

        for conversation in load_annomi(DATA, languages=("nl",))[-12:]:
            texts += [(t.role, t.text) for t in conversation.turns]
    else:
        from ontmoeting.transcript.io import read_conversations

        for path in sorted((ROOT / "examples").glob("*.txt")):
            for conversation in read_conversations(path):
                texts += [(t.role, t.text) for t in conversation.turns]
    texts = (texts * (turns // max(len(texts), 1) + 1))[:turns]
    return Conversation(
        id="speed",
        language="nl",
        turns=[Turn(index=i, role=r, speaker=r.value, text=t) for i, (r, t) in enumerate(texts)],
    )


def child(kind: str, fast: bool, turns: int, cold: bool) -> dict[str, float]:
    import resource

    started = time.perf_counter()  # imports count: this is a cold start of a fresh process
    if kind == "pipeline":
        from ontmoeting.coding.pipeline import load_coder

        coder = load_coder(fast=fast)
        single = coder.code_turn
        batch = coder.code
        embedder = getattr(getattr(coder, "model", None), "embedder_", None)
    else:
        from ontmoeting.coding.statistical import StatisticalAnnotator

        annotator = StatisticalAnnotator(fast=fast).load()
        single = annotator.annotate_turn
        batch = lambda c: annotator.transform([c])  # noqa: E731
        embedder = annotator.embedder_
    load_seconds = time.perf_counter() - started
    conversation = sample_conversation(turns)
    single(conversation.turns[1], conversation.turns[:1], "nl")  # warm-up
    latencies = []
    for turn in conversation.turns[2 : 2 + min(200, turns - 2)]:
        if cold and embedder is not None:
            embedder.clear()
        t0 = time.perf_counter()
        single(turn, conversation.turns[: turn.index], "nl")
        latencies.append((time.perf_counter() - t0) * 1000)
    if embedder is not None:
        embedder.clear()  # the batch starts cold: every text is embedded
    fresh = conversation.model_copy(deep=True)
    t0 = time.perf_counter()
    batch(fresh)
    batch_seconds = time.perf_counter() - t0
    latencies.sort()
    return {
        "load_s": load_seconds,
        "batch_utt_per_s": turns / batch_seconds,
        "batch_s": batch_seconds,
        "p50_ms": latencies[len(latencies) // 2],
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "turns": turns,
        "embeddings": embedder is not None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=500)
    parser.add_argument("--cold", action="store_true", help="no embedding cache between single calls")
    parser.add_argument("--only", nargs="*", default=None, help="e.g. 'statistical-fast pipeline-accurate'")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "CONFIG"), help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1] == "fast", args.turns, args.cold)))
        return
    from rich.console import Console
    from rich.table import Table

    runs = args.only or ["statistical-accurate", "statistical-fast", "pipeline-accurate", "pipeline-fast"]
    results = {}
    for run in runs:
        kind, config = run.split("-")
        command = [sys.executable, __file__, "--child", kind, config, "--turns", str(args.turns)]
        if args.cold:
            command.append("--cold")
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            print(f"{run} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        results[run] = json.loads(done.stdout.strip().splitlines()[-1])
    table = Table(
        title=f"Coder speed on this machine ({args.turns}-turn batch; targets: batch ≥ 100 utt/s, "
        "p95 ≤ 50 ms, load ≤ 3 s, peak ≤ 800 MB; fast ≥ 2000 utt/s)"
    )
    for column in ("run", "embeddings", "batch utt/s", "p50 ms", "p95 ms", "load s", "peak MB"):
        table.add_column(column, justify="left" if column == "run" else "right")
    for run, r in results.items():
        table.add_row(
            run,
            "yes" if r["embeddings"] else "no",
            f"{r['batch_utt_per_s']:.0f}",
            f"{r['p50_ms']:.1f}",
            f"{r['p95_ms']:.1f}",
            f"{r['load_s']:.2f}",
            f"{r['peak_rss_mb']:.0f}",
        )
    Console(width=140).print(table)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
