"""What every input may hold, and how it is read: only regular files or standard input, never more than the
byte limit, and bounded turns, turn lengths, line lengths and JSON numbers; each with its coded message."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from ontmoeting.errors import ConfigError, InputError
from ontmoeting.transcript.io import read_conversations, read_text
from ontmoeting.transcript.limits import Limits

TWO = "S: Hoe gaat het?\nC: Goed.\n"


def _error(call, *args, **kwargs) -> InputError:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_is_refused_at_once_instead_of_hanging(tmp_path: Path):
    fifo = tmp_path / "gesprek.txt"
    os.mkfifo(fifo)
    error = _error(read_conversations, fifo)
    assert (error.code, error.file) == ("E133", str(fifo))
    assert "FIFO" in error.messages["en"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_behind_a_symlink_is_refused(tmp_path: Path, device: str):
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    link = tmp_path / "transcript.txt"
    link.symlink_to(device)
    assert _error(read_conversations, link).code == "E133"


def test_the_byte_limit_holds_while_reading(tmp_path: Path):
    big = tmp_path / "groot.txt"
    big.write_text(TWO * 1000, encoding="utf-8")
    error = _error(read_conversations, big, max_bytes=1000)
    assert error.code == "E107" and "1.0 kB" in error.messages["en"]


def test_a_file_whose_size_the_system_does_not_know_is_still_bounded():
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("no /proc here")
    assert status.stat().st_size == 0  # the size says nothing; the reading must stop at the limit
    assert _error(read_conversations, status, max_bytes=50).code == "E107"


def test_standard_input_is_read_with_a_dash(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TWO.encode("utf-8"))))
    conversation = read_conversations("-")[0]
    assert len(conversation.turns) == 2 and conversation.metadata.source_file == "stdin"


def test_standard_input_is_bounded_too(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TWO.encode("utf-8") * 100)))
    assert _error(read_conversations, "-", max_bytes=100).code == "E107"


def test_too_many_turns_are_refused_up_front_with_the_line(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ONTMOETING_MAX_TURNS", "10")
    error = _error(read_text, TWO * 6, name="lang.txt")
    assert (error.code, error.line) == ("E135", 11)
    assert "ONTMOETING_MAX_TURNS" in error.messages["nl"]
    assert len(read_text(TWO * 5)[0].turns) == 10  # at the limit: read


def test_a_turn_too_long_is_refused_with_its_line(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("ONTMOETING_MAX_TURN_CHARS", "100")
    text = "S: hoi\nC: " + "en toen " * 10 + "\n" + "ja " * 20 + "\nS: ok\n"
    error = _error(read_text, text, name="lang.txt")
    assert (error.code, error.line) == ("E136", 2)


def test_a_line_too_long_is_refused_before_parsing():
    text = "S: hoi\nC: " + "x" * 150_000 + "\n"
    error = _error(read_text, text, name="regel.txt")
    assert (error.code, error.line) == ("E137", 2)
    # JSON may be one long line: the line limit is for formats read line by line
    assert Limits().max_line_chars < 150_000


@pytest.mark.parametrize(
    ("name", "value"), [("ONTMOETING_MAX_TURNS", "veel"), ("ONTMOETING_MAX_TURN_CHARS", "0")]
)
def test_a_limit_that_is_no_number_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, name: str, value: str):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        read_text(TWO)
    assert caught.value.code == "E138" and name in caught.value.messages["en"]


@pytest.mark.parametrize(
    ("number", "fragment"), [("9" * 5000, "5000 digits"), ("1e99999", "infinite"), ("NaN", "not a number")]
)
def test_json_numbers_are_bounded(number: str, fragment: str):
    text = (
        '{"turns": [\n{"role": "helper", "text": "hoi"},\n{"role": "client", "text": "ja", "start": '
        + number
        + "}\n]}"
    )
    error = _error(read_text, text, name="getal.json")
    assert (error.code, error.line) == ("E134", 3)
    assert fragment in error.messages["en"]


def test_a_json_turn_that_is_not_valid_names_its_line():
    text = '{\n  "turns": [\n    {"role": "helper", "text": "hoi"},\n    {"role": 5, "text": "ja"}\n  ]\n}'
    error = _error(read_text, text, name="fout.json")
    assert (error.code, error.line) == ("E111", 4)
    assert "turns.1.role" in error.messages["en"]


def test_turn_lines_in_a_collection_and_strings_with_brackets():
    from ontmoeting.transcript.readers.json_lines import turn_lines

    text = (
        '{"conversations": [\n {"turns": [\n  {"text": "a [{ b"},\n  {"text": "\\"}"}\n ]},\n'
        ' {"turns": [{"text": "c"}]}\n]}'
    )
    assert turn_lines(text) == [[3, 4], [6]]
