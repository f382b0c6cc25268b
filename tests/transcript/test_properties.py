"""Property tests: the text reader never fails except with an InputError and keeps every turn's text; the
JSON round trip keeps everything, annotations included."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ontmoeting.errors import InputError
from ontmoeting.transcript.io import from_json, from_jsonl, read_bytes, read_text, to_json, to_jsonl
from ontmoeting.transcript.model import (
    Annotation,
    Conversation,
    Dimension,
    Metadata,
    ReadWarning,
    Role,
    Source,
    Turn,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=400))
def test_text_reader_never_crashes(text: str):
    try:
        conversations = read_text(text, name="fuzz.txt")
    except InputError as error:
        assert error.code.startswith("E1") and error.file == "fuzz.txt"
        return
    for conversation in conversations:
        assert len(conversation.speakers) >= 2
        assert all(turn.text.strip() for turn in conversation.turns)


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_give_conversations_or_input_error(data: bytes):
    for name in ("fuzz.txt", "fuzz.csv", "fuzz.vtt", "fuzz.srt", "fuzz.json", "fuzz.jsonl", "fuzz"):
        try:
            read_bytes(data, name)
        except InputError:
            pass


# Pieces that steer the readers into their less travelled paths.
FRAGMENTS = [
    "WEBVTT", "NOTE x", "1", "00:00:01.000 --> 00:00:02.000", "00:00:01,000 --> 00:00:02,000", "-->",
    "<v Mira>", "<v>", "</v>", "<i>", "&amp;", "Mira:", "Robert:", "H:", "C:", "[00:01:02]", "(01:02)",
    "Mira  0:03", "**Mira:**", "speaker,text", "role\tspeaker\ttext",
    "transcript_id,interlocutor,utterance_text",
    '"', ",", ";", "\t", "{", "}", "[", "]", '{"turns": [', '"role": "helper"', "#", "", " ", "?", "ja, maar",
]  # fmt: skip
junk = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=30).map(
    lambda parts: "".join(p + ("\n" if i % 3 == 0 else " ") for i, p in enumerate(parts))
)


@FAST
@given(junk, st.sampled_from(["x.txt", "x.vtt", "x.srt", "x.csv", "x.tsv", "x.json", "x.jsonl", "x"]))
def test_every_reader_survives_structured_junk(text: str, name: str):
    try:
        conversations = read_text(text, name=name)
    except InputError as error:
        assert error.code.startswith("E1") and error.file == name
        return
    for conversation in conversations:
        assert conversation.turns and from_json(to_json(conversation)) == conversation


# Turn text on one line, not starting with something that reads as a time; whitespace only inside.
line_text = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
        min_size=1,
        max_size=60,
    )
    .map(lambda s: unicodedata.normalize("NFC", s).strip())
    .filter(lambda s: s and not s[0].isdigit() and s[0] not in "[(#" and ":" not in s.split(" ")[0])
)


@FAST
@given(st.lists(line_text, min_size=2, max_size=12))
def test_text_reader_keeps_turn_texts(texts: list[str]):
    speakers = ["Hulpverlener", "Cliënt"]
    source = "\n".join(f"{speakers[i % 2]}: {text}" for i, text in enumerate(texts))
    conversation = read_text(source, name="gesprek.txt")[0]
    assert [t.text for t in conversation.turns] == texts
    assert [t.role for t in conversation.turns] == [Role.HELPER, Role.CLIENT] * (len(texts) // 2) + [
        Role.HELPER
    ] * (len(texts) % 2)
    assert [t.line for t in conversation.turns] == list(range(1, len(texts) + 1))


@FAST
@given(st.lists(line_text, min_size=2, max_size=6), st.lists(st.integers(0, 3), min_size=6, max_size=6))
def test_continuation_lines_join_the_turn(texts: list[str], splits: list[int]):
    lines = []
    for i, text in enumerate(texts):
        words = text.split(" ")
        cut = min(splits[i], len(words) - 1)
        head, tail = " ".join(words[: len(words) - cut]), " ".join(words[len(words) - cut :])
        lines.append(f"{'HC'[i % 2]}: {head}")
        if tail:
            lines.extend(["", tail])  # a blank line, then the rest of the turn without a prefix
    conversation = read_text("\n".join(lines), name="t.txt")[0]
    assert [" ".join(t.text.split()) for t in conversation.turns] == [" ".join(t.split()) for t in texts]


safe_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
annotations = st.builds(
    Annotation,
    dimension=st.sampled_from(Dimension),
    code=st.text(min_size=1, max_size=20),
    source=st.sampled_from(Source),
    annotator=safe_text,
    confidence=st.none() | st.floats(0, 1, allow_nan=False),
    explanation=st.none() | safe_text,
)
turns = st.builds(
    Turn,
    index=st.just(0),
    role=st.sampled_from(Role),
    speaker=safe_text,
    text=safe_text,
    start=st.none() | st.floats(0, 1e6, allow_nan=False, allow_infinity=False),
    end=st.none() | st.floats(0, 1e6, allow_nan=False, allow_infinity=False),
    ref=st.none() | safe_text,
    line=st.none() | st.integers(1, 10**6),
    annotations=st.lists(annotations, max_size=4),
)
metadata = st.builds(
    Metadata,
    title=st.none() | safe_text,
    date=st.none() | st.dates().map(str),
    context=st.none() | safe_text,
    source_file=st.none() | safe_text,
    source_format=st.none() | st.sampled_from(["text", "vtt", "annomi"]),
    extra=st.dictionaries(safe_text, safe_text, max_size=3),
    warnings=st.lists(
        st.builds(
            ReadWarning, code=st.just("W101"), nl=safe_text, en=safe_text, line=st.none() | st.integers(1, 99)
        ),
        max_size=2,
    ),
)


@st.composite
def conversations(draw: st.DrawFn) -> Conversation:
    conversation = Conversation(
        id=draw(st.text(min_size=1, max_size=20)),
        language=draw(st.sampled_from(["nl", "en"])),
        language_detected=draw(st.booleans()),
        metadata=draw(metadata),
        turns=draw(st.lists(turns, max_size=8)),
    )
    conversation.reindex()
    return conversation


@FAST
@given(conversations())
def test_json_round_trip_is_lossless(conversation: Conversation):
    assert from_json(to_json(conversation)) == conversation


@FAST
@given(st.lists(conversations(), min_size=1, max_size=3))
def test_jsonl_round_trip_is_lossless(items: list[Conversation]):
    assert from_jsonl(to_jsonl(items)) == items
