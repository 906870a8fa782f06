"""Prompt tokens per mode and prompt version, as a real server counts them.

    python -m benchmarks.prompt_tokens --base-url http://127.0.0.1:PORT/v1 [--model gemma3-270m]
    python -m benchmarks.prompt_tokens --start-server    # NEWSFACTS_REAL_LLM_PYTHON / _MODEL, as make test-llm

For each prompt version (v2, v3) and mode (tools, tools_strict, json_schema,
json_object, json) the llm backend builds its request for one short article of
our own (captured on the way out, exactly as it would be sent). With ``--count``
its messages are rendered in Gemma's chat format (as llama-cpp-python's
``--chat_format gemma`` does; a tool or response-format schema becomes a
grammar there, not prompt text) and counted by the server's tokenizer
(``/extras/tokenize/count``: no generation, seconds). Without it the request is
sent once with ``max_tokens`` 1 and the server's ``usage.prompt_tokens`` is the
figure (minutes per request on a busy CPU); a server that refuses a mode's
request shape says so in the table. The
static prefix (everything before the article's turn) is reported in characters
too: it is what a provider's prompt cache can reuse.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Any

import httpx

from benchmarks.backends_eval import ROOT, Server
from schemas import ArticleRequest
from service import create_backend, extract
from service.settings import Settings

MODES = ["tools", "tools_strict", "json_schema", "json_object", "json"]
VERSIONS = ["extract/v2", "extract/v3"]
ARTICLE = (
    "Harbour traffic resumes after storm\n\n"
    "Ships entered the harbour again on Monday after a two-day storm, the port authority said.\n\n"
    "“We expect the backlog to clear by Friday,” said harbour master Lena Ortiz."
)


class _Captured(Exception):
    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body


def request_body(version: str, mode: str, model: str, fold: bool) -> dict[str, Any]:
    """The JSON body the llm backend sends for ARTICLE (captured, never sent here)."""

    def capture(request: httpx.Request) -> httpx.Response:
        raise _Captured(json.loads(request.content))

    settings = Settings(
        llm_model=model,
        llm_base_url="http://127.0.0.1:9/v1",
        llm_api_key="sk-capture",
        llm_mode=mode,
        llm_prompt=version,
        llm_system_prompt="fold" if fold else "system",
        llm_max_attempts=1,
    )
    backend = create_backend(
        "llm", settings, http_client=httpx.AsyncClient(transport=httpx.MockTransport(capture))
    )

    async def go() -> dict[str, Any]:
        try:
            await extract(ArticleRequest(text=ARTICLE, published="2024-03-05"), backend)
        except Exception as exc:
            cause: BaseException | None = exc
            while cause is not None:
                if isinstance(cause, _Captured):
                    return cause.body
                cause = cause.__cause__ or cause.__context__
            raise
        raise RuntimeError("the backend sent nothing")

    return asyncio.run(go())


def gemma_prompt(messages: list[dict[str, Any]]) -> str:
    """The prompt text llama-cpp-python's ``gemma`` chat format makes of ``messages`` (no system role)."""
    roles = {"user": "<start_of_turn>user\n", "assistant": "<start_of_turn>model\n"}
    turns = [f"{roles[m['role']]}{m['content']}<end_of_turn>\n" for m in messages if m["role"] in roles]
    return "".join(turns) + roles["assistant"]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-url")
    p.add_argument("--start-server", action="store_true")
    p.add_argument("--model", default="gemma3-270m")
    p.add_argument("--count", action="store_true", help="Count with the tokenizer instead of a completion.")
    p.add_argument(
        "--system", action="store_true", help="Send a system role (default: folded, as for Gemma)."
    )
    args = p.parse_args()
    server = None
    if args.start_server:
        server = Server(8192, 1, ROOT / "eval-out" / "prompt-tokens" / "server.log")
        base = server.base
    elif args.base_url:
        base = args.base_url
    else:
        raise SystemExit("give --base-url or --start-server")
    lines = [
        "| mode | " + " | ".join(f"{v} prompt tokens | {v} static prefix chars" for v in VERSIONS) + " |",
        "| --- |" + " --- | --- |" * len(VERSIONS),
    ]
    try:
        for mode in MODES:
            cells = []
            for version in VERSIONS:
                body = request_body(version, mode, args.model, fold=not args.system)
                prefix = sum(len(json.dumps(m, ensure_ascii=False)) for m in body["messages"][:-1])
                prefix += len(
                    json.dumps({k: body.get(k) for k in ("tools", "response_format")}, ensure_ascii=False)
                )
                if args.count:
                    r = httpx.post(
                        f"{base.removesuffix('/v1')}/extras/tokenize/count",
                        json={"input": gemma_prompt(body["messages"])},
                        timeout=300,
                    )
                    counted = str(r.json()["count"]) if r.status_code == 200 else f"error ({r.status_code})"
                    cells += [counted, str(prefix)]
                    print(mode, version, counted, prefix, flush=True)
                    continue
                body.update(max_tokens=1, stream=False)
                r = httpx.post(f"{base}/chat/completions", json=body, timeout=900)
                tokens = (
                    str(r.json()["usage"]["prompt_tokens"])
                    if r.status_code == 200
                    else f"refused ({r.status_code})"
                )
                cells += [tokens, str(prefix)]
                print(mode, version, tokens, prefix, flush=True)
            lines.append(f"| {mode} | " + " | ".join(cells) + " |")
    finally:
        if server is not None:
            server.stop()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
