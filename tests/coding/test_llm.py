"""The optional LLM coder and the chat client, against a local fake server (never the network)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ontmoeting import llm_client
from ontmoeting.coding.llm import LLMAnnotator
from ontmoeting.coding.pipeline import Coder
from ontmoeting.coding.rules import RuleAnnotator
from ontmoeting.errors import ConfigError
from ontmoeting.llm_client import LLMClient, LLMError, LLMSettings, is_local_url, leaves_machine_notice
from ontmoeting.transcript.model import PIPELINE, Dimension, Role, Source, Turn

from .fake_llm import FakeLLM


@pytest.fixture
def server() -> Iterator[FakeLLM]:
    with FakeLLM() as fake:
        yield fake


def turns() -> list[Turn]:
    return [
        Turn(
            index=0, role=Role.HELPER, speaker="Mira", text="Misschien moet je eens met je vader gaan praten."
        ),
        Turn(index=1, role=Role.CLIENT, speaker="Robert", text="Ja, maar dat durf ik nou net niet."),
        Turn(index=2, role=Role.HELPER, speaker="Mira", text="Wat maakt het zo spannend?"),
    ]


def test_codes_come_from_the_codebook_with_a_reason(server: FakeLLM) -> None:
    annotator = LLMAnnotator(url=server.url, model="fake", key="secret-key", timeout=5)
    context = turns()
    helper = {a.dimension: a for a in annotator.annotate_turn(context[2], context[:2], "nl")}
    assert helper[Dimension.BEHAVIOUR].code == "open_question" and helper[Dimension.ANNOMI].code == "question"
    assert helper[Dimension.BEHAVIOUR].source is Source.LLM and helper[Dimension.BEHAVIOUR].confidence == 0.66
    assert helper[Dimension.BEHAVIOUR].explanation == "LLM (fake): fake model"
    client = annotator.annotate_turn(context[1], context[:1], "nl")
    assert [(a.dimension, a.code) for a in client] == [(Dimension.TALK, "sustain")]
    request = server.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["model"] == "fake"
    assert "open_question" in request["messages"][0]["content"]  # the codebook's codes are offered
    assert "Misschien moet je" in request["messages"][1]["content"]  # with the context
    assert server.headers[0]["Authorization"] == "Bearer secret-key"
    assert "secret-key" not in repr(annotator.settings_)


def test_code_fences_around_the_json_are_tolerated(server: FakeLLM) -> None:
    server.mode = "fenced"
    found = LLMAnnotator(url=server.url).annotate_turn(turns()[2], turns()[:2], "nl")
    assert found[0].code == "open_question"


@pytest.mark.parametrize(("mode", "code"), [("bad_code", "E241"), ("bad_json", "E916"), ("error", "E914")])
def test_unusable_answers_are_refused_not_guessed(server: FakeLLM, mode: str, code: str) -> None:
    server.mode = mode
    with pytest.raises(LLMError) as caught:
        LLMAnnotator(url=server.url).annotate_turn(turns()[2], turns()[:2], "nl")
    assert caught.value.code == code and caught.value.messages["nl"] and caught.value.messages["en"]


def test_a_timeout_is_a_clear_error(server: FakeLLM) -> None:
    server.mode = "slow"
    with pytest.raises(LLMError) as caught:
        LLMAnnotator(url=server.url, timeout=0.3).annotate_turn(turns()[2], turns()[:2], "en")
    assert caught.value.code == "E912" and "0.3 s" in caught.value.render("en")


def test_an_unreachable_endpoint_is_a_clear_error() -> None:
    client = LLMClient(LLMSettings(url="http://127.0.0.1:9/v1", timeout=2))
    with pytest.raises(LLMError) as caught:
        client.chat([{"role": "user", "content": "hallo"}])
    assert caught.value.code in ("E912", "E913")


def test_the_pipeline_carries_on_without_a_failing_llm(server: FakeLLM) -> None:
    server.mode = "error"
    coder = Coder(RuleAnnotator(), None, [LLMAnnotator(url=server.url)])
    from ontmoeting.transcript.model import Conversation

    conversation = coder.code(Conversation(id="x", language="nl", turns=turns()))
    assert conversation.turns[0].code == "advice"  # the rules still coded it
    assert not any(a.annotator == "llm" for t in conversation.turns for a in t.annotations)
    assert any("llm" in line for line in coder.describe().lines("en"))


def test_the_llm_speaks_for_the_model_in_the_pipeline(server: FakeLLM) -> None:
    coder = Coder(RuleAnnotator(), None, [LLMAnnotator(url=server.url)])
    unsure = Turn(index=0, role=Role.HELPER, speaker="H", text="Het weer was slecht die dag?")
    final = {a.dimension: a for a in coder.code_turn(unsure, [], "nl")}
    assert (
        final[Dimension.BEHAVIOUR].code == "open_question" and final[Dimension.BEHAVIOUR].source is Source.LLM
    )
    assert final[Dimension.BEHAVIOUR].annotator == PIPELINE


def test_not_configured_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(llm_client.URL_ENV, raising=False)
    with pytest.raises(ConfigError) as caught:
        LLMAnnotator().load()
    assert caught.value.code == "E240"


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(llm_client.URL_ENV, "http://localhost:11434/v1")
    monkeypatch.setenv(llm_client.MODEL_ENV, "llama3.2")
    monkeypatch.setenv(llm_client.KEY_ENV, "k")
    monkeypatch.delenv(llm_client.TIMEOUT_ENV, raising=False)
    settings = llm_client.settings_from_env()
    assert settings == LLMSettings(url="http://localhost:11434/v1", model="llama3.2", key="k", timeout=10.0)
    assert settings.chat_url == "http://localhost:11434/v1/chat/completions"
    monkeypatch.setenv(llm_client.TIMEOUT_ENV, "soon")
    with pytest.raises(ConfigError):
        llm_client.settings_from_env()
    with pytest.raises(ConfigError):
        llm_client.settings_from_env(url="ftp://example.org")
    monkeypatch.delenv(llm_client.URL_ENV)
    assert llm_client.settings_from_env() is None


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://localhost:11434/v1", True),
        ("http://127.0.0.1:8080", True),
        ("http://127.1.2.3", True),
        ("http://[::1]:8000/v1", True),
        ("https://api.example.com/v1", False),
        ("http://10.0.0.5:11434", False),
        ("http://localhost.evil.com", False),
    ],
)
def test_is_local_url(url: str, local: bool) -> None:
    assert is_local_url(url) is local
    notice = leaves_machine_notice(LLMSettings(url=url))
    assert (notice is None) is local
    if notice:
        host = url.split("//")[1].split(":")[0].split("/")[0]
        assert host in notice["en"] and host in notice["nl"]


def test_the_user_is_told_when_the_conversation_leaves_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    from ontmoeting.coding.pipeline import build_coder

    monkeypatch.setenv(llm_client.URL_ENV, "https://llm.example.org/v1")  # only resolved, never contacted
    lines = build_coder(extra=("llm",), use_model=False).describe().lines("nl")
    assert any("llm.example.org" in line and "gestuurd" in line for line in lines)
    monkeypatch.setenv(llm_client.URL_ENV, "http://127.0.0.1:11434/v1")
    assert not any(
        "gestuurd" in line for line in build_coder(extra=("llm",), use_model=False).describe().lines("nl")
    )
