"""Speech to a two-speaker transcript, on the project's own recordings (synthetic speech: espeak-ng voices
mixed with sox by benchmarks/recordings/make.py) and on any real recording with a truth file beside it.

    python benchmarks/speech_quality.py                     # every set, with the shipped beam (5)
    python benchmarks/speech_quality.py --set test --beams 1,5
    python benchmarks/speech_quality.py --dir my-recordings  # REC + REC-stem.truth.json (format: make.py)
    python benchmarks/speech_quality.py --set dev --long 30  # also: a 30-minute recording, speed and memory

Per recording and per language: word error rate against the script (lower case, without punctuation);
speaker attribution (the share of recognised words given to the voice that spoke them, by the time of the
word, under the better of the two ways to pair the found speakers with the true ones) and role attribution
(the same, with helper and client as ontmoeting assigned them); speaker changes found (a turn boundary
within 1 s of the true change) and turn boundaries that are real changes; real-time factor (seconds of
sound per second of work, model loading apart); peak memory of the process (VmHWM). Needs the audio extra.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SETS = {
    "dev": ROOT / "data/recordings/dev",
    "dev2": ROOT / "data/recordings/dev2",  # the hard case: voices of one gender, quick turns
    "test": ROOT / "data/recordings/test",
}
TOLERANCE = 1.0  # seconds between a found and a true change of speaker
TARGETS = {"speaker attribution": 0.90, "real-time factor": 3.0, "peak memory (MB)": 1500}


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower().replace("’", "'"))


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    previous = list(range(len(hypothesis) + 1))
    for i, word in enumerate(reference, start=1):
        current = [i] + [0] * len(hypothesis)
        for j, other in enumerate(hypothesis, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
        previous = current
    return previous[-1]


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Result:
    name: str
    language: str
    duration: float
    seconds: float
    errors: int
    reference_words: int
    speaker_right: int
    role_right: int
    words: int
    changes: int
    changes_found: int
    boundaries: int
    boundaries_real: int
    method: str


def true_speaker(truth: list[dict], middle: float) -> str:
    inside = [t for t in truth if t["start"] - 0.05 <= middle <= t["end"] + 0.05]
    chosen = (
        inside[0]
        if inside
        else min(truth, key=lambda t: min(abs(t["start"] - middle), abs(t["end"] - middle)))
    )
    return chosen["speaker"]


def evaluate(recording: Path, truth: dict, beam: int) -> Result:
    from ontmoeting.transcript.speech.audio import decode
    from ontmoeting.transcript.speech.pipeline import SpeechOptions, conversation_from
    from ontmoeting.transcript.speech.recognise import recognise
    from ontmoeting.transcript.speech.speakers import segment

    started = time.perf_counter()
    sound = decode(recording)
    segmentation = segment(sound)
    recognition = recognise(sound.mono, language=truth["language"], beam_size=beam)
    conversation = conversation_from(sound, recognition, segmentation, SpeechOptions(), recording.name)
    seconds = time.perf_counter() - started

    turns = truth["turns"]
    reference = [w for t in turns for w in words_of(t["text"])]
    hypothesis = [w for t in conversation.turns for w in words_of(t.text)]
    roles = {turn.speaker: turn.role.value for turn in conversation.turns}
    from ontmoeting.transcript.speech.pipeline import SPEAKER_NAMES

    labels = SPEAKER_NAMES[conversation.language]
    same = crossed = role_right = 0
    for word in recognition.words:
        found = segmentation.speaker_at(word.start, word.end)
        real = true_speaker(turns, (word.start + word.end) / 2)
        same += (found == 0) == (real == "helper")
        crossed += (found == 1) == (real == "helper")
        role_right += roles.get(labels[found]) == real
    changes = [b["start"] for a, b in zip(turns, turns[1:], strict=False) if a["speaker"] != b["speaker"]]
    boundaries = [t.start for t in conversation.turns[1:] if t.start is not None]
    return Result(
        name=recording.name,
        language=truth["language"],
        duration=sound.duration,
        seconds=seconds,
        errors=edit_distance(reference, hypothesis),
        reference_words=len(reference),
        speaker_right=max(same, crossed),
        role_right=role_right,
        words=len(recognition.words),
        changes=len(changes),
        changes_found=sum(any(abs(b - c) <= TOLERANCE for b in boundaries) for c in changes),
        boundaries=len(boundaries),
        boundaries_real=sum(any(abs(b - c) <= TOLERANCE for c in changes) for b in boundaries),
        method=segmentation.method,
    )


def pairs(folder: Path) -> list[tuple[Path, dict]]:
    found = []
    for truth_file in sorted(folder.glob("*.truth.json")):
        stem = truth_file.name[: -len(".truth.json")]
        audio = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".json")]
        if audio:
            found.append((audio[0], json.loads(truth_file.read_text(encoding="utf-8"))))
    return found


def summary(label: str, results: list[Result]) -> str:
    if not results:
        return f"{label:<22} (none)"
    wer = sum(r.errors for r in results) / max(sum(r.reference_words for r in results), 1)
    speaker = sum(r.speaker_right for r in results) / max(sum(r.words for r in results), 1)
    role = sum(r.role_right for r in results) / max(sum(r.words for r in results), 1)
    found = sum(r.changes_found for r in results) / max(sum(r.changes for r in results), 1)
    real = sum(r.boundaries_real for r in results) / max(sum(r.boundaries for r in results), 1)
    speed = sum(r.duration for r in results) / max(sum(r.seconds for r in results), 1e-9)
    return (f"{label:<22} WER {wer:6.1%}   speaker {speaker:6.1%}   role {role:6.1%}   changes found "
            f"{found:6.1%}   boundaries real {real:6.1%}   {speed:5.1f}x real time")  # fmt: skip


def long_run(folder: Path, minutes: int) -> None:
    """A recording of ``minutes`` made by repeating the set's recordings, transcribed in a fresh process:
    its speed and its peak memory (what a long session costs)."""
    import subprocess
    import tempfile
    import wave

    import numpy as np

    from ontmoeting.transcript.speech.audio import decode

    sound = np.concatenate([decode(recording).mono for recording, _ in pairs(folder)])
    sound = np.tile(sound, int(np.ceil(minutes * 60 * 16_000 / len(sound))))[: minutes * 60 * 16_000]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "long.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(16_000)
            out.writeframes((sound * 32767).astype("<i2").tobytes())
        code = (
            "import time, sys; from pathlib import Path; "
            "from ontmoeting.transcript.speech import transcribe_file, SpeechOptions; "
            "t = time.perf_counter(); c = transcribe_file(sys.argv[1], SpeechOptions()); "
            "print(time.perf_counter() - t, len(c.turns), "
            "[line.split()[1] for line in Path('/proc/self/status').read_text().splitlines() "
            "if line.startswith('VmHWM')][0])"
        )
        output = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
        )
    seconds, turns, peak = output.stdout.split()
    speed = minutes * 60 / float(seconds)
    print(f"{minutes}-minute recording: {speed:.1f}x real time ({float(seconds):.0f} s, model loading "
          f"included), {turns} turns, peak memory {int(peak) / 1024:.0f} MB")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=[*SETS, "all"], default="all")
    parser.add_argument("--dir", type=Path, action="append", help="a folder of recordings with truth files")
    parser.add_argument("--beams", help="beam sizes to compare, e.g. 1,5 (default: the shipped one)")
    parser.add_argument("--long", type=int, metavar="MINUTES", help="also time a recording this long")
    args = parser.parse_args()
    folders = {d.name: d for d in args.dir} if args.dir else (
        SETS if args.set == "all" else {args.set: SETS[args.set]})  # fmt: skip

    from ontmoeting.transcript.speech.recognise import model

    started = time.perf_counter()
    model()
    print(f"model loaded and checked in {time.perf_counter() - started:.1f} s")
    print("Synthetic speech (espeak-ng): word error rates are far above those on real voices.\n")
    everything: list[Result] = []
    from ontmoeting.transcript.speech.pipeline import SpeechOptions

    beams = [int(b) for b in args.beams.split(",")] if args.beams else [SpeechOptions().beam_size]
    for beam in beams:
        for set_name, folder in folders.items():
            results = []
            for recording, truth in pairs(folder):
                result = evaluate(recording, truth, beam)
                results.append(result)
                head = f"  beam {beam} {set_name:<5} {result.name:<18} {result.duration:5.1f} s"
                head += f"  {result.method:<8}"
                print(head, summary("", [result]).strip(), flush=True)
            print(summary(f"beam {beam} {set_name} all", results))
            for language in ("nl", "en"):
                print(
                    summary(
                        f"beam {beam} {set_name} {language}", [r for r in results if r.language == language]
                    )
                )
            print()
            everything.extend(results)
    print(
        f"peak memory {peak_mb():.0f} MB (targets: speaker attribution >= 90%, >= 3x real time, <= 1500 MB)"
    )
    if args.long:
        long_run(next(iter(folders.values())), args.long)
    return 0


if __name__ == "__main__":
    sys.exit(main())
