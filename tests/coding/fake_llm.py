"""A small OpenAI-compatible chat server on 127.0.0.1 for tests: never the network."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLLM:
    """Answers by ``mode``: ok (a plausible code), bad_code, bad_json, error, slow, fenced."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                owner.requests.append({"path": self.path, **body})
                owner.headers.append(dict(self.headers))
                if owner.mode == "slow":
                    time.sleep(0.8)
                if owner.mode == "error":
                    self.send_response(500)
                    self.end_headers()
                    self.wfile.write(b"boom")
                    return
                content = owner.answer(body["messages"][-1]["content"])
                payload = json.dumps(
                    {"choices": [{"message": {"role": "assistant", "content": content}}]}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=lambda: self.server.serve_forever(poll_interval=0.05), daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def answer(self, prompt: str) -> str:
        last = prompt.rsplit("\n", 1)[-1]
        if self.mode == "bad_json":
            return "I think this is a question."
        if self.mode == "bad_code":
            return json.dumps({"code": "lecture", "reason": "made up"})
        if last.startswith("helper:"):
            code = "open_question" if last.rstrip().endswith("?") else "simple_reflection"
        else:
            code = "sustain" if "maar" in last or "but" in last else "neutral"
        text = json.dumps({"code": code, "reason": "fake model", "confidence": 0.66})
        return f"```json\n{text}\n```" if self.mode == "fenced" else text

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
