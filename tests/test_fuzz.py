"""A few hundred hostile inputs through ``inspect`` and ``analyse --json``: mutations of the examples
(truncations, byte flips, mixed encodings, NUL bytes, deep or huge JSON, broken tables and subtitles,
right-to-left and zero-width characters, odd speaker labels, long lines) and odd files (a FIFO, /dev/zero
behind a symlink, a folder, an empty file).

Each run must end with exit 0, or exit 2 with a coded message that names the file; never a traceback,
never a hang. They run in one child process, so that its peak memory is theirs alone: under 1.5 GB in all
(the bound of the speech layer, since the bundled recording is mutated too: Whisper's model is then in
memory beside the coder's), and no run over 30 s (a bound against hangs, not a speed target; speed is in
benchmarks/).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
RECORDING = Path(__file__).resolve().parent / "data" / "recordings" / "stereo.ogg"
RECORDINGS = (".ogg", ".wav", ".mp3", ".m4a", ".webm", ".mp4")
CASES_PER_EXAMPLE = 16
SEED = 15

_ZERO_WIDTH = ["\u200b", "\u200e", "\u200f", "\u202e", "\ufeff", "\u2066", "\u00ad"]


def _mutations(data: bytes, chance: random.Random) -> list[bytes]:
    found = []
    for attempt in range(CASES_PER_EXAMPLE):
        copy = bytearray(data)
        kind = attempt % 8
        if kind == 0:  # truncated
            copy = copy[: chance.randrange(max(len(copy), 1))]
        elif kind == 1:  # byte flips
            for _ in range(chance.randint(1, 30)):
                copy[chance.randrange(len(copy))] = chance.randrange(256)
        elif kind == 2:  # NUL bytes and control characters
            for _ in range(chance.randint(1, 10)):
                copy.insert(chance.randrange(len(copy)), chance.choice([0, 1, 7, 8, 27, 127]))
        elif kind == 3:  # mixed encodings: a piece in cp1252 or UTF-16 inside UTF-8
            piece = chance.choice(["Cliënt: één", "Hé, ça va?", "Zoë"]).encode(
                chance.choice(["cp1252", "utf-16"])
            )
            at = chance.randrange(len(copy))
            copy[at:at] = piece
        elif kind == 4:  # right-to-left and zero-width characters
            text = copy.decode("utf-8", errors="replace")
            for _ in range(chance.randint(1, 20)):
                at = chance.randrange(len(text) + 1)
                text = text[:at] + chance.choice(_ZERO_WIDTH) + text[at:]
            copy = bytearray(text.encode("utf-8"))
        elif kind == 5:  # odd speaker labels
            text = copy.decode("utf-8", errors="replace")
            label = chance.choice(["::", "[]:", "123:", "Ünïcødé Spéäker:", "a" * 60 + ":", "\t:", "-:"])
            copy = bytearray("\n".join(f"{label} {line}" for line in text.splitlines()).encode("utf-8"))
        elif kind == 6:  # a long line
            at = chance.randrange(len(copy))
            copy[at:at] = b"x" * chance.choice([5_000, 150_000])
        else:  # a duplicated chunk
            start = chance.randrange(len(copy))
            copy[start:start] = copy[start : start + chance.randint(1, 400)] * chance.randint(2, 50)
        found.append(bytes(copy))
    return found


def _crafted() -> list[tuple[str, bytes]]:
    return [
        ("empty.txt", b""),
        ("spaces.txt", b" \n\t\n "),
        ("bom-only.txt", b"\xef\xbb\xbf"),
        ("deep.json", b"[" * 50_000 + b"]" * 50_000),
        ("deep-object.json", b'{"a":' * 20_000 + b"1" + b"}" * 20_000),
        ("big-number.json", b'{"turns": [{"role": "helper", "text": "a", "start": ' + b"7" * 6000 + b"}]}"),
        ("infinite.json", b'{"turns": [{"role": "helper", "text": "a", "start": 1e400}]}'),
        ("nan.json", b'{"turns": [{"role": "helper", "text": "a", "start": NaN}]}'),
        ("not-object.json", b"[1, 2, 3]"),
        ("string.json", b'"just a string"'),
        ("jsonl-mixed.jsonl", b'{"turns": []}\n[1]\n{broken\n'),
        ("unterminated.csv", b'speaker,text\nMira,"never closed\nRobert,ja\n'),
        ("wide.csv", b"speaker,text," + b",".join(b"c%d" % i for i in range(5000)) + b"\nA,hoi\nB,ja\n"),
        ("no-header.vtt", b"00:00:01.000 --> 00:00:02.000\nhoi\n"),
        ("bad-time.vtt", b"WEBVTT\n\n99:99:99.999 --> aa\n<v Mira>hoi\n"),
        ("srt-garbage.srt", b"1\n00:00:01,000 --> 00:00:02,000\n\x00\x00\n\n2\n--> \n"),
        ("utf16-no-bom.txt", "Mira: hoi\nRobert: ja\n".encode("utf-16-le")),
        ("one-speaker.txt", b"Mira: hoi\nMira: is daar iemand?\n"),
        ("rtl.txt", "Mira: \u202eiov\u202c hoi\nRobert: \u200bja\u200b\n".encode()),
        ("many-turns.txt", b"S: a\nC: b\n" * 6000),
        ("long-line.txt", b"S: " + b"woord " * 30_000 + b"\nC: ja\n"),
        ("fake.docx", b"PK\x03\x04" + bytes(300)),
        ("fake.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4),
        ("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        ("text.wav", b"Mira: hoi\nRobert: ja\n"),
        ("empty.mp3", b""),
        ("header-only.ogg", b"OggS\x00\x02" + bytes(200)),
        ("riff-garbage.wav", b"RIFF\xff\xff\xff\xffWAVEfmt " + bytes(range(256)) * 8),
        ("renamed-recording.txt", b"\x1a\x45\xdf\xa3" + bytes(500)),
    ]


def _cases(folder: Path) -> list[str]:
    chance = random.Random(SEED)
    paths: list[str] = []
    sources = sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.suffix not in (".py", *RECORDINGS))
    for source in sources:
        for number, data in enumerate(_mutations(source.read_bytes(), chance)):
            path = folder / f"{source.stem}-{number}{source.suffix}"
            path.write_bytes(data)
            paths.append(str(path))
    # Recordings: a short one (each case is transcribed), and only the mutations that make sense for bytes.
    recording = RECORDING.read_bytes()
    for number, data in enumerate(_mutations(recording, chance)):
        if number % 8 in (0, 1, 2, 7):
            path = folder / f"{RECORDING.stem}-{number}{RECORDING.suffix}"
            path.write_bytes(data)
            paths.append(str(path))
    for name, data in _crafted():
        (folder / name).write_bytes(data)
        paths.append(str(folder / name))
    odd = folder / "odd"
    odd.mkdir()
    os.mkfifo(odd / "fifo.txt")
    (odd / "zero.txt").symlink_to("/dev/zero")
    (odd / "random.txt").symlink_to("/dev/urandom")
    (odd / "missing.txt").symlink_to(odd / "nowhere")
    paths += [str(odd / n) for n in ("fifo.txt", "zero.txt", "random.txt", "missing.txt")] + [str(odd)]
    return paths


# In the child: every case through inspect and analyse --json in one process (the coder loads once).
_RUNNER = r"""
import json, resource, sys, time
from typer.testing import CliRunner
from ontmoeting.cli.main import app
runner = CliRunner()
results = []
for path in json.load(open(sys.argv[1])):
    for args in (["inspect", path], ["analyse", path, "--json", sys.argv[2], "-q"]):
        started = time.perf_counter()
        result = runner.invoke(app, args, env={"LANG": "C", "LC_ALL": "", "COLUMNS": "2000"})
        output = " ".join(result.output.split())
        results.append({
            "args": args, "exit": result.exit_code, "seconds": time.perf_counter() - started,
            "traceback": "Traceback" in result.output
            or (result.exception is not None and result.exit_code not in (0, 2)),
            "coded": "[E" in output, "names_file": path.rsplit("/", 1)[-1][:25] in output,
            "output": output[-300:],
        })
# VmHWM is this process's own peak; ru_maxrss keeps the parent's across exec on Linux (the pytest process
# may have loaded deduce before)
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"results": results, "peak_mb": peak}))
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX system for FIFOs")
def test_hostile_inputs_give_coded_messages_never_tracebacks(tmp_path: Path):
    cases = _cases(tmp_path)
    assert len(cases) >= 300
    listing = tmp_path / "cases.json"
    listing.write_text(json.dumps(cases), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(listing), str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "ONTMOETING_CODER": "fast"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    results = report["results"]
    crashes = [r for r in results if r["traceback"] or r["exit"] not in (0, 2)]
    assert not crashes, crashes[:3]
    unexplained = [r for r in results if r["exit"] == 2 and not (r["coded"] and r["names_file"])]
    assert not unexplained, [(r["args"][1], r["output"]) for r in unexplained[:5]]
    slow = [r for r in results if r["seconds"] > 30]
    assert not slow, slow[:3]
    assert report["peak_mb"] < 1536, report["peak_mb"]
