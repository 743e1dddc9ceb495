"""A local stand-in for an OpenAI-compatible chat endpoint (POST /v1/chat/completions), for recording cassettes.

It is not a model: it answers every request with the same scripted explanation; a request that offers tools (the chat)
gets a call to `law_section` first and, once the tool's output is in the conversation, a fixed answer.
Run it in its own process to record:
    .venv/bin/python -m tests.standin_openai --port 18766
"""

from __future__ import annotations

import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIXED_PORT = 18766
REPLY = {
    "summary": "The page sells a power bank and shows neither a TIS mark nor a licence number.",
    "claims": [
        {"text": "The price shown is 299 baht.", "evidence_ids": ["page-aaaaaaaaaaaa"], "quote": "ราคา 299 บาท"},
        {"text": "A licence was verified.", "evidence_ids": ["reg-ffffffffffff"], "quote": "น 1-1/2879"},
    ],
}


CHAT_ANSWER = "มาตรา 55: ผู้ขายที่ฝ่าฝืนมาตรา 36 ต้องระวางโทษจำคุกไม่เกินหกเดือน หรือปรับไม่เกินห้าแสนบาท"


def _message(request: dict) -> dict:
    if not request.get("tools"):
        return {"role": "assistant", "content": json.dumps(REPLY, ensure_ascii=False)}
    if any(m.get("role") == "tool" for m in request.get("messages", [])):
        return {"role": "assistant", "content": CHAT_ANSWER}
    call = {"id": "call_standin_1", "type": "function", "function": {"name": "law_section", "arguments": json.dumps({"section": "55"})}}
    return {"role": "assistant", "content": None, "tool_calls": [call]}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}")
        body = json.dumps({
            "id": "chatcmpl-standin", "object": "chat.completion", "created": 0, "model": request.get("model", "standin"),
            "choices": [{"index": 0, "message": _message(request), "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }).encode("utf-8")
        self.send_response(200 if self.path.endswith("/chat/completions") else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=FIXED_PORT)
    args = parser.parse_args()
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
