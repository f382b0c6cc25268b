"""Listening-free sanity check of recordings made by make.py: decode each with PyAV, compare to its truth.

    .venv/bin/python benchmarks/recordings/check.py benchmarks/data/recordings/dev examples/recordings

Per recording: the decoded duration against the truth's (AAC may add up to one padding frame); turn
times inside the file, increasing and not overlapping; speech energy inside the turns well above the
silence between them; the speech onset found in the decoded audio close to each turn's start (so no
container shifted the audio, e.g. by AAC priming samples); and for stereo that each turn is on its
speaker's channel (helper left, client right). Prints one line per file; exits 1 on a failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import av
import numpy as np

FRAME = 0.01  # seconds per energy frame


def decode(path: Path) -> tuple[np.ndarray, int]:
    """channels x samples float32 and the sample rate, as a decoder (e.g. faster-whisper's PyAV) sees it."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        chunks = [frame.to_ndarray() for frame in container.decode(stream)]
        rate, channels = stream.codec_context.sample_rate, stream.codec_context.channels
    data = np.concatenate(chunks, axis=1).astype(np.float32)
    if data.shape[0] == 1 and channels > 1:  # packed layout: one row, interleaved
        data = data.reshape(-1, channels).T
    if np.issubdtype(chunks[0].dtype, np.integer):
        data /= 32768
    return data, rate


def check(truth_path: Path) -> list[str]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    audio = next(p for p in truth_path.parent.glob(truth["id"] + ".*") if not p.name.endswith(".json"))
    data, rate = decode(audio)
    problems: list[str] = []
    duration = data.shape[1] / rate
    if not -0.01 <= duration - truth["duration"] <= 0.15:
        problems.append(f"decoded {duration:.3f} s, truth {truth['duration']:.3f} s")
    if (data.shape[0] == 2) != (truth["layout"] == "stereo"):
        problems.append(f"{data.shape[0]} channel(s) for layout {truth['layout']}")
    turns, previous_end = truth["turns"], 0.0
    for i, turn in enumerate(turns):
        if not previous_end <= turn["start"] < turn["end"] <= truth["duration"]:
            problems.append(f"turn {i}: {turn['start']}-{turn['end']} after {previous_end}")
        previous_end = turn["end"]
    hop = int(FRAME * rate)
    frames = data[:, : data.shape[1] // hop * hop].reshape(data.shape[0], -1, hop)
    rms = np.sqrt((frames**2).mean(axis=2))  # channels x frames
    mix = rms.max(axis=0)
    speech = np.zeros(mix.shape, bool)
    for turn in turns:
        speech[int(turn["start"] / FRAME) - 3 : int(turn["end"] / FRAME) + 3] = True
    floor = float(np.percentile(mix[~speech], 95)) if (~speech).any() else 0.0
    threshold = max(2.5 * floor, 0.01)
    shifts, previous_b = [], 0
    for i, turn in enumerate(turns):
        a, b = int(turn["start"] / FRAME), int(turn["end"] / FRAME)
        # look for the onset from 0.3 s before the start (or the previous turn's end) to 0.3 s after it
        lo, previous_b = max(previous_b + 1, a - 30), b
        level = float(np.sqrt((mix[a:b] ** 2).mean()))
        if level < 3 * max(floor, 1e-4):
            problems.append(f"turn {i}: speech rms {level:.4f} vs silence {floor:.4f}")
        loud = np.flatnonzero(mix[lo : a + 30] > threshold)
        shift = (loud[0] + lo - a) * FRAME if len(loud) else float("inf")
        shifts.append(shift)
        if not -0.03 <= shift <= 0.2:  # soft first consonants (t, h, f) can hide in the noise for a while
            problems.append(f"turn {i}: speech onset {shift:+.2f} s from its start")
        if truth["layout"] == "stereo":
            own = 0 if turn["speaker"] == "helper" else 1
            if rms[own, a:b].mean() < 3 * rms[1 - own, a:b].mean():
                problems.append(f"turn {i}: {turn['speaker']} not on channel {own}")
    median = float(np.median(shifts)) if shifts else 0.0
    # make.py keeps 20 ms of silence before the speech; a median far from that means shifted audio
    if abs(median - 0.02) > 0.03:
        problems.append(f"median speech onset {median:+.3f} s from the turn starts")
    size = audio.stat().st_size
    print(
        f"{audio.name:22} {truth['layout']:6} {duration:6.1f} s {size / 1024:6.1f} KB "
        f"{size * 8 / duration / 1000:5.1f} kbps {len(turns):3} turns  silence rms {floor:.4f}  "
        f"onset after start: median {median * 1000:3.0f} ms, max {max(shifts, default=0) * 1000:3.0f} ms  "
        f"{'OK' if not problems else 'FAIL'}"
    )
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="truth files or folders holding them")
    args = parser.parse_args()
    failed = False
    for given in args.paths:
        for truth_path in sorted(given.glob("*.truth.json")) if given.is_dir() else [given]:
            for problem in check(truth_path):
                print(f"  {truth_path.name}: {problem}")
                failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
