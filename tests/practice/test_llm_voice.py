"""The optional LLM voice against small OpenAI-compatible servers started inside the test."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from ontmoeting.cli.main import app
from ontmoeting.llm_client import LLMSettings, is_local_url
from ontmoeting.practice import session as session_module
from ontmoeting.practice.llm_voice import LLMVoice, check_output
from ontmoeting.practice.persona import get_persona
from ontmoeting.practice.session import PracticeSession
from ontmoeting.practice.state import Move

from .conftest import fake_classify

ROBERT_NL = get_persona("robert").material("nl")


def serve(
    answer: Callable[[dict], tuple[int, str]], delay: float = 0.0
) -> tuple[ThreadingHTTPServer, list[dict]]:
    """A chat-completions server answering with ``answer(request_body)``; records the requests it got."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            received.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
            time.sleep(delay)
            status, content = answer(body)
            payload = json.dumps(
                {"choices": [{"message": {"role": "assistant", "content": content}}]}
            ).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, received


@pytest.fixture
def server_factory() -> Iterator[Callable[..., tuple[str, list[dict]]]]:
    started: list[ThreadingHTTPServer] = []

    def make(answer: Callable[[dict], tuple[int, str]], delay: float = 0.0) -> tuple[str, list[dict]]:
        server, received = serve(answer, delay)
        started.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/v1", received

    yield make
    for server in started:
        server.shutdown()
        server.server_close()


def word(voice: LLMVoice, guide: str, move: Move = Move.STAY, lang: str = "nl") -> str:
    return voice.word(
        guide,
        material=ROBERT_NL,
        lang=lang,
        move=move,
        layer=2,
        history=[("Hoi", "Hallo")],
        opening="Tja.",
        helper_text="Je mist hem.",
    )


def test_a_good_answer_is_used_and_the_prompt_carries_persona_layer_and_guide(server_factory):
    url, received = server_factory(lambda body: (200, "Robert: Ja. Ik mis hem eigenlijk best wel, weet je."))
    voice = LLMVoice(LLMSettings(url, "test-model", key="geheim", timeout=5))
    guide = "Ik voel me eigenlijk vooral verdrietig als ik eraan denk."
    assert word(voice, guide) == "Ja. Ik mis hem eigenlijk best wel, weet je."
    assert voice.last_voice == "llm" and voice.last_fallback is None
    request = received[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer geheim"
    system = request["body"]["messages"][0]["content"]
    assert "Robert" in system and guide in system and "gevoelens" in system
    assert request["body"]["messages"][-1] == {"role": "user", "content": "Je mist hem."}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("Als AI-taalmodel kan ik geen gevoelens hebben.", "breaks_role"),
        ("I feel really sad when I think about my father and everything.", "language"),
        ("Ik vind dat je moet praten met je vader, dat is mijn advies.", "advice"),
        (" ".join(["heel"] * 60), "too_long"),
        ("", "empty"),
    ],
)
def test_output_that_breaks_the_persona_falls_back_to_the_built_in_line(server_factory, content, reason):
    url, _ = server_factory(lambda body: (200, content))
    voice = LLMVoice(LLMSettings(url, "m", timeout=5))
    guide = "Ik voel me eigenlijk vooral verdrietig als ik eraan denk."
    assert word(voice, guide) == guide
    assert voice.last_voice == "builtin" and voice.last_fallback == reason


def test_a_yes_but_move_must_stay_a_yes_but(server_factory):
    url, _ = server_factory(lambda body: (200, "Oké, dat ga ik doen."))
    voice = LLMVoice(LLMSettings(url, "m", timeout=5))
    assert (
        word(voice, "Ja, maar dat durf ik nou net niet.", Move.YES_BUT)
        == "Ja, maar dat durf ik nou net niet."
    )
    assert voice.last_fallback == "move"


def test_server_errors_and_timeouts_fall_back(server_factory):
    url, _ = server_factory(lambda body: (500, "kapot"))
    voice = LLMVoice(LLMSettings(url, "m", timeout=5))
    assert word(voice, "Klopt.") == "Klopt." and voice.last_fallback == "error"
    slow_url, _ = server_factory(lambda body: (200, "Veel te laat."), delay=1.5)
    slow = LLMVoice(LLMSettings(slow_url, "m", timeout=0.3))
    started = time.perf_counter()
    assert word(slow, "Klopt.") == "Klopt." and slow.last_fallback == "timeout"
    assert time.perf_counter() - started < 1.4
    nobody = LLMVoice(LLMSettings("http://127.0.0.1:9/v1", "m", timeout=1))
    assert word(nobody, "Klopt.") == "Klopt." and nobody.last_fallback == "error"


def test_the_session_speaks_through_the_llm_but_the_engine_decides(server_factory):
    url, received = server_factory(lambda body: (200, "Ja, maar ik weet echt niet of ik dat durf."))
    session = PracticeSession(
        "robert", "nl", 1, voice=LLMVoice(LLMSettings(url, "m", timeout=5)), classify=fake_classify
    )
    reply = session.respond("A: Bel hem gewoon.")
    assert reply.move is Move.YES_BUT and reply.text == "Ja, maar ik weet echt niet of ik dat durf."
    assert session.records[-1].voice == "llm"
    assert "ja, maar" in received[0]["body"]["messages"][0]["content"]


def test_where_the_endpoint_is():
    assert is_local_url("http://localhost:11434/v1") and is_local_url("http://[::1]:80")
    assert not is_local_url("http://203.0.113.7:8080/v1")
    assert LLMVoice(LLMSettings("http://127.0.0.1:11434/v1", "m")).leaves_machine is False
    assert LLMVoice(LLMSettings("http://203.0.113.7:8080/v1", "m")).leaves_machine is True
    assert check_output("Ja, maar nee.", "Ja, maar.", "nl", Move.YES_BUT) is None


def test_the_cli_warns_when_the_talk_leaves_the_machine(tmp_path, monkeypatch):
    monkeypatch.setattr(session_module, "default_classifier", lambda fast=False: fake_classify)
    monkeypatch.setenv("ONTMOETING_LLM_URL", "http://203.0.113.7:9/v1")
    monkeypatch.setenv("ONTMOETING_LLM_TIMEOUT", "0.2")
    script = tmp_path / "turns.txt"
    script.write_text("R: Je mist hem.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["oefen", "robert", "--script", str(script), "--lang", "nl"])
    assert result.exit_code == 0, result.output
    assert "verlaat deze computer" in result.output and "203.0.113.7" in result.output
    quiet = CliRunner().invoke(app, ["oefen", "robert", "--script", str(script), "--lang", "nl", "--no-llm"])
    assert "verlaat deze computer" not in quiet.output
