"""Make synthetic two-speaker test recordings (plus a truth file) from conversation scripts.

    .venv/bin/python benchmarks/recordings/make.py SCRIPT.script.json [MORE ...] --out DIR
    .venv/bin/python benchmarks/recordings/make.py FOLDER_OF_SCRIPTS --out DIR

e.g. `make.py benchmarks/data/recordings/dev --out benchmarks/data/recordings/dev`. Needs the Debian
packages espeak-ng (speech) and sox (resampling): `apt-get install espeak-ng sox`; numpy and PyAV
(`av`, which encodes the containers, so no ffmpeg binary is needed) come from the venv.

A script (`*.script.json`) has: id, language (nl/en), title, optional voices ({"helper"|"client":
{"voice", "pitch", "speed"}}), layout (mono, or stereo = helper left, client right), optional noise
(background noise RMS as a fraction of full scale, e.g. 0.01; "noise_color": "pink" (default) or
"white"), container (ogg, webm, mp3, m4a, mp4 or wav) and turns ([{"speaker", "text", "pause_before"}]).
For every script this writes `<id>.<container>` (16 kHz) and `<id>.truth.json` with the start and end in
seconds of each turn's speech (espeak's output trimmed to the speech, 20 ms kept on each side), counted
from the samples that are put together, so they hold for the final file. Output is deterministic: the
only randomness (noise) is seeded from the script id, sox runs without dither, and the muxers run in
bit-exact mode. benchmarks/recordings/check.py checks the results without listening.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import tempfile
import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

RATE = 16000  # every container gets 16 kHz (opus, mp3 and aac all support it)
SPEAKERS = ("helper", "client")
DEFAULT_PAUSE = 0.6  # seconds of silence before a turn without pause_before
CHUNK_GAP = 0.2  # seconds between the espeak calls of one long turn
MAX_CHUNK = 220  # characters per espeak call; longer turns are split at sentence ends
THRESHOLD = 150 / 32768  # |sample| above this counts as speech when trimming espeak's own silence
MARGIN = 0.02  # seconds of espeak's silence kept around each piece of speech
# container -> (PyAV format, codec, bit rate mono, bit rate stereo)
CONTAINERS = {
    "ogg": ("ogg", "libopus", 24000, 32000),
    "webm": ("webm", "libopus", 24000, 32000),
    "mp3": ("mp3", "libmp3lame", 32000, 48000),
    "m4a": ("ipod", "aac", 32000, 48000),
    "mp4": ("mp4", "aac", 32000, 48000),
    "wav": ("wav", "pcm_s16le", None, None),
}
# Default voice pairs (helper, client) when a script gives none; one is picked from the script id.
DEFAULT_VOICES = {
    "nl": [
        ({"voice": "nl+m3", "pitch": 30, "speed": 150}, {"voice": "nl+f2", "pitch": 70, "speed": 160}),
        ({"voice": "nl+f4", "pitch": 65, "speed": 160}, {"voice": "nl+m1", "pitch": 25, "speed": 145}),
        ({"voice": "nl+m6", "pitch": 60, "speed": 160}, {"voice": "nl+m8", "pitch": 20, "speed": 140}),
    ],
    "en": [
        ({"voice": "en+m3", "pitch": 30, "speed": 155}, {"voice": "en-us+f3", "pitch": 70, "speed": 165}),
        ({"voice": "en-us+f4", "pitch": 65, "speed": 165}, {"voice": "en+m1", "pitch": 25, "speed": 150}),
        ({"voice": "en+f2", "pitch": 75, "speed": 160}, {"voice": "en-us+f5", "pitch": 35, "speed": 150}),
    ],
}


def seed_of(script_id: str) -> int:
    return int.from_bytes(hashlib.sha256(script_id.encode("utf-8")).digest()[:8], "big")


def pick_voices(script: dict) -> dict:
    pairs = DEFAULT_VOICES[script["language"]]
    defaults = dict(zip(SPEAKERS, pairs[seed_of(script["id"]) % len(pairs)], strict=True))
    given = script.get("voices") or {}
    voices = {role: {**defaults[role], **given.get(role, {})} for role in SPEAKERS}
    for voice in voices.values():  # espeak-ng 1.51 silently drops a variant on "en-gb" ("en" is that voice)
        if voice["voice"].startswith("en-gb+"):
            voice["voice"] = "en" + voice["voice"][len("en-gb") :]
    return voices


def chunks(text: str) -> list[str]:
    """Split a long turn at sentence ends into pieces of at most MAX_CHUNK characters (one espeak call
    each)."""
    sentences = [s for s in re.split(r"(?<=[.!?…])\s+", text.strip()) if s]
    pieces: list[str] = []
    for sentence in sentences:
        if pieces and len(pieces[-1]) + 1 + len(sentence) <= MAX_CHUNK:
            pieces[-1] += " " + sentence
        else:
            pieces.append(sentence)
    return pieces


def speak(text: str, voice: dict, workdir: Path) -> np.ndarray:
    """One espeak-ng call, resampled to RATE with sox, trimmed to the speech (float32 in [-1, 1])."""
    raw, resampled = workdir / "raw.wav", workdir / "16k.wav"
    options = ["-v", voice["voice"], "-p", str(voice["pitch"]), "-s", str(voice["speed"])]
    espeak = ["espeak-ng", *options, "-w", str(raw), "--stdin"]
    subprocess.run(espeak, input=text.encode("utf-8"), check=True, capture_output=True)
    subprocess.run(
        ["sox", "-R", "-D", str(raw), "-r", str(RATE), "-b", "16", "-c", "1", str(resampled)],
        check=True,
        capture_output=True,
    )
    with wave.open(str(resampled), "rb") as w:
        samples = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768
    loud = np.flatnonzero(np.abs(samples) > THRESHOLD)
    if len(loud) == 0:
        raise ValueError(f"espeak-ng produced no speech for {text!r}")
    margin = int(MARGIN * RATE)
    return samples[max(0, loud[0] - margin) : loud[-1] + 1 + margin]


def noise(kind: str, level: float, shape: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    white = rng.standard_normal(shape)
    if kind == "pink":  # 1/f power: scale the spectrum by 1/sqrt(f)
        spectrum = np.fft.rfft(white, axis=1)
        freqs = np.fft.rfftfreq(shape[1], 1 / RATE)
        spectrum[:, 1:] /= np.sqrt(freqs[1:] / freqs[1])
        spectrum[:, 0] = 0
        white = np.fft.irfft(spectrum, n=shape[1], axis=1)
    return (white * (level / white.std())).astype(np.float32)


def render(script: dict, voices: dict) -> tuple[np.ndarray, list[dict]]:
    """Concatenate the turns; returns (channels x samples float32, truth turns with start/end in seconds)."""
    stereo = script.get("layout", "mono") == "stereo"
    pieces: list[tuple[int, np.ndarray]] = []  # (channel, samples), silence has channel -1
    truth, position = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for turn in script["turns"]:
            speaker = turn["speaker"]
            if speaker not in SPEAKERS:
                raise ValueError(f"{script['id']}: unknown speaker {speaker!r}")
            pause = int(round(float(turn.get("pause_before", DEFAULT_PAUSE)) * RATE))
            pieces.append((-1, np.zeros(pause, np.float32)))
            position += pause
            start = position
            for i, text in enumerate(chunks(turn["text"])):
                if i:
                    gap = np.zeros(int(CHUNK_GAP * RATE), np.float32)
                    pieces.append((-1, gap))
                    position += len(gap)
                speech = speak(text, voices[speaker], Path(tmp))
                pieces.append((SPEAKERS.index(speaker) if stereo else 0, speech))
                position += len(speech)
            truth.append(
                {
                    "speaker": speaker,
                    "text": turn["text"],
                    "start": round(start / RATE, 3),
                    "end": round(position / RATE, 3),
                }
            )
    tail = int(0.5 * RATE)
    signal = np.zeros((2 if stereo else 1, position + tail), np.float32)
    offset = 0
    for channel, samples in pieces:
        if channel >= 0:
            signal[channel, offset : offset + len(samples)] = samples
        offset += len(samples)
    signal *= 0.7 / max(1e-9, float(np.abs(signal).max()))  # same loudness for every file, room for the noise
    level = float(script.get("noise", 0) or 0)
    if level > 0:
        rng = np.random.default_rng(seed_of(script["id"]))
        signal += noise(script.get("noise_color", "pink"), level, signal.shape, rng)
    return np.clip(signal, -1, 1), truth


def encode(signal: np.ndarray, path: Path, container: str) -> None:
    """Encode with PyAV; frames carry explicit pts so encoder delay (aac, mp3) is written into the file."""
    fmt, codec, mono_rate, stereo_rate = CONTAINERS[container]
    layout = "stereo" if signal.shape[0] == 2 else "mono"
    pcm = np.round(signal.T * 32767).astype(np.int16)  # samples x channels, interleaved below
    with av.open(str(path), "w", format=fmt, options={"fflags": "+bitexact"}) as out:
        stream = out.add_stream(codec, rate=RATE, layout=layout)
        stream.time_base = Fraction(1, RATE)
        if mono_rate:
            stream.bit_rate = stereo_rate if layout == "stereo" else mono_rate
        for at in range(0, len(pcm), 1024):
            frame = av.AudioFrame.from_ndarray(
                pcm[at : at + 1024].reshape(1, -1), format="s16", layout=layout
            )
            frame.sample_rate, frame.pts, frame.time_base = RATE, at, Fraction(1, RATE)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def make(script_path: Path, out_dir: Path) -> dict:
    script = json.loads(script_path.read_text(encoding="utf-8"))
    if script.get("language") not in DEFAULT_VOICES:
        raise ValueError(f"{script_path}: language must be nl or en")
    container = script.get("container", "ogg")
    if container not in CONTAINERS:
        raise ValueError(f"{script_path}: container must be one of {', '.join(CONTAINERS)}")
    voices = pick_voices(script)
    signal, turns = render(script, voices)
    out_dir.mkdir(parents=True, exist_ok=True)
    audio = out_dir / f"{script['id']}.{container}"
    encode(signal, audio, container)
    truth = {
        "id": script["id"],
        "language": script["language"],
        "duration": round(signal.shape[1] / RATE, 3),
        "layout": script.get("layout", "mono"),
        "voices": voices,
        "turns": turns,
    }
    if script.get("title"):
        truth["title"] = script["title"]
    if script.get("noise"):
        truth["noise"] = script["noise"]
    (out_dir / f"{script['id']}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return {"audio": audio, "duration": truth["duration"], "size": audio.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scripts", nargs="+", type=Path, help="*.script.json files or folders holding them")
    parser.add_argument("--out", type=Path, required=True, help="folder for the recordings and truth files")
    args = parser.parse_args()
    paths: list[Path] = []
    for given in args.scripts:
        paths += sorted(given.glob("*.script.json")) if given.is_dir() else [given]
    if not paths:
        parser.error("no *.script.json found")
    for path in paths:
        made = make(path, args.out)
        print(f"{made['audio']}  {made['duration']:6.1f} s  {made['size'] / 1024:6.1f} KB")


if __name__ == "__main__":
    main()
