"""rules, llm and hybrid side by side on the labelled sets, with a real (tiny) model.

    python -m benchmarks.backends_eval --base-url http://127.0.0.1:PORT/v1 --model gemma3-270m
    python -m benchmarks.backends_eval --start-server   # NEWSFACTS_REAL_LLM_PYTHON / _MODEL, as make test-llm

For each set (seeds, dev, dev2) it runs ``newsfacts eval`` three times: the
rules backend; the llm backend, recording every model request and answer into
a cassette; and the hybrid backend replaying that cassette (its LLM part sends
exactly the llm backend's requests, so both are scored on the same model
answers, and the model is paid once). A hybrid request missing from the
cassette would fail its LLM part and show in the ``partial`` column.

Heldout is run as a no-regression number only: this script prints scores,
never its misses (evals/sets/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "evals" / "gold"),
    "dev": (ROOT / "evals" / "sets" / "dev" / "articles", ROOT / "evals" / "sets" / "dev" / "gold"),
    # Reserved sets (heldout, heldout2) are never scored by us (session 24): dev2 takes heldout's place.
    "dev2": (ROOT / "evals" / "sets" / "dev2" / "articles", ROOT / "evals" / "sets" / "dev2" / "gold"),
}
KINDS = ("events", "figures", "quotes", "attributions")


def llm_env(args: argparse.Namespace, base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSFACTS_", "OPENAI_"))}
    env.update(
        {
            "OPENAI_BASE_URL": base_url,
            "OPENAI_API_KEY": "sk-local",
            "NEWSFACTS_LLM_MODEL": args.model,
            "NEWSFACTS_LLM_MODE": args.mode,
            "NEWSFACTS_LLM_MAX_TOKENS": str(args.max_tokens),
            "NEWSFACTS_LLM_MAX_REASKS": str(args.max_reasks),
            "NEWSFACTS_LLM_CONTEXT_TOKENS": str(args.context_tokens),
            "NEWSFACTS_LLM_SYSTEM_PROMPT": "fold",
            "NEWSFACTS_LLM_TIMEOUT_S": "600",
            "NEWSFACTS_LLM_DEADLINE_S": "1200",
            "NEWSFACTS_LLM_MAX_ATTEMPTS": "1",
            "NEWSFACTS_LLM_PROMPT": args.prompt,
            "NEWSFACTS_DATA_DIR": str(args.out / "data"),
        }
    )
    return env


def run_eval(
    backend: str, name: str, args: argparse.Namespace, env: dict[str, str], *extra: str
) -> dict[str, Any]:
    articles, gold = SETS[name]
    out = args.out / name / backend
    newsfacts = str(Path(sys.executable).with_name("newsfacts"))
    command = [newsfacts, "eval", "--backend", backend, "--articles", str(articles), "--gold", str(gold)]
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--out", str(out), *extra], env=env, capture_output=True, text=True, check=False
    )
    if not (out / "report.json").is_file():
        raise SystemExit(f"{backend} on {name}: no report\n{done.stderr[-2000:]}")
    report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    report["_seconds"] = time.perf_counter() - started
    return report


def row(name: str, backend: str, report: dict[str, Any]) -> str:
    m = report["metrics"]

    def fmt(key: str) -> str:
        # Precision is undefined (None) when nothing was predicted.
        value = m.get(key)
        return "-" if value is None else f"{value:.2f}"

    def f1(kind: str) -> str:
        # Lenient precision / recall, then F1 lenient / strict.
        return (
            f"{fmt(f'{kind}.lenient.precision')} / {fmt(f'{kind}.lenient.recall')} · "
            f"{fmt(f'{kind}.lenient.f1')} / {fmt(f'{kind}.strict.f1')}"
        )

    tokens = int(m["cost.prompt_tokens"] + m["cost.completion_tokens"])
    return (
        f"| {name} | {backend} | {' | '.join(f1(k) for k in KINDS)} | {int(m['cost.failed'])} | "
        f"{int(m['cost.partial'])} | {int(m['cost.llm_calls'])} | {tokens} |"
    )


class Server:
    """The llama-cpp-python server as ``make test-llm`` starts it, restarted on the same port if it dies.

    A server that dies mid-run (memory pressure on a shared machine, a crash on one
    request) would otherwise fail every later article of the run: the watchdog
    restarts it, so only the articles whose requests were in flight fail (honestly,
    as empty; the cassette records that failure, so the hybrid replay meets it too).
    Its output goes to ``server.log`` and every death is logged with its exit code,
    which is how the cause is found.
    """

    def __init__(self, context_tokens: int, threads: int, log: Path) -> None:
        python = os.environ.get("NEWSFACTS_REAL_LLM_PYTHON")
        model = os.environ.get("NEWSFACTS_REAL_LLM_MODEL")
        if not python or not model:
            raise SystemExit(
                "--start-server needs NEWSFACTS_REAL_LLM_PYTHON and NEWSFACTS_REAL_LLM_MODEL (make test-llm)"
            )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        # As tests/real_llm/conftest.py starts it (one thread: on 2 busy cores more threads
        # spin; logits_all off: see there, it is what got the server OOM-killed).
        self.command = [
            python, "-m", "llama_cpp.server", "--model", model, "--model_alias", "gemma3-270m",
            "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(context_tokens),
            "--chat_format", "gemma", "--n_threads", str(threads), "--n_threads_batch", str(threads),
            "--logits_all", "false", "--seed", "7",
        ]  # fmt: skip
        self.base = f"http://127.0.0.1:{self.port}/v1"
        self.log = log
        self.deaths: list[str] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        log.parent.mkdir(parents=True, exist_ok=True)
        self.process = self._start()
        self._watchdog = threading.Thread(target=self._watch, daemon=True)
        self._watchdog.start()

    def _start(self) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as out:
            out.write(f"\n== {time.strftime('%H:%M:%S')} starting: {' '.join(self.command)}\n".encode())
            out.flush()
            process = subprocess.Popen(self.command, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SystemExit(f"the model server exited ({process.returncode}); see {self.log}")
            try:
                if httpx.get(f"{self.base}/models", timeout=2).status_code == 200:
                    return process
            except httpx.HTTPError:
                time.sleep(0.5)
        process.terminate()
        raise SystemExit(f"the model server did not start in 120 s; see {self.log}")

    def _watch(self) -> None:
        while not self._stop.wait(1.0):
            with self._lock:
                code = self.process.poll()
                if code is None or self._stop.is_set():
                    continue
                death = f"{time.strftime('%H:%M:%S')} exit code {code}"
                self.deaths.append(death)
                print(f"the model server died ({death}; {self.log}); restarting", file=sys.stderr, flush=True)
                with self.log.open("ab") as out:
                    out.write(f"\n== {death}\n".encode())
                time.sleep(2)  # let the port go
                self.process = self._start()

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-url", help="A running OpenAI-compatible server (…/v1).")
    p.add_argument(
        "--start-server", action="store_true", help="Start llama-cpp-python as make test-llm does."
    )
    p.add_argument("--model", default="gemma3-270m")
    p.add_argument("--mode", default="tools_strict")
    p.add_argument("--prompt", default="extract/v2")
    p.add_argument("--max-tokens", type=int, default=256)
    p.add_argument("--max-reasks", type=int, default=0)
    p.add_argument("--context-tokens", type=int, default=8192)
    p.add_argument("--threads", type=int, default=1, help="The server's threads (--start-server).")
    p.add_argument("--sets", default="seeds,dev,dev2")
    p.add_argument(
        "--reuse-llm",
        action="store_true",
        help="Keep a set's llm report and cassette from an earlier run in --out instead of asking the model again.",
    )
    p.add_argument("--out", type=Path, default=ROOT / "eval-out" / "backends")
    args = p.parse_args()
    # A plain kill runs the finally below, so the model server never outlives the run.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    server = None
    if args.start_server:
        server = Server(args.context_tokens, args.threads, args.out / "server.log")
        base = server.base
    elif args.base_url:
        base = args.base_url
    else:
        raise SystemExit("give --base-url or --start-server")
    try:
        env = llm_env(args, base)
        lines = [
            f"model {args.model}, mode {args.mode}, prompt {args.prompt}, max_tokens {args.max_tokens}, "
            f"re-asks {args.max_reasks}; per kind: lenient P / R · F1 lenient / strict",
            "",
            "| set | backend | events | figures | quotes | attributions | failed | partial | LLM calls | tokens |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name in args.sets.split(","):
            cassette = args.out / name / "cassette"
            llm_report = args.out / name / "llm" / "report.json"
            reports = {"rules": run_eval("rules", name, args, env)}
            if args.reuse_llm and llm_report.is_file() and cassette.is_dir():
                # The model's answers of an earlier run of this script (the slow part).
                reports["llm"] = json.loads(llm_report.read_text(encoding="utf-8")) | {"_seconds": 0.0}
            else:
                shutil.rmtree(cassette, ignore_errors=True)
                reports["llm"] = run_eval("llm", name, args, env, "--record", str(cassette))
            reports["hybrid"] = run_eval("hybrid", name, args, env, "--replay", str(cassette))
            for backend, report in reports.items():
                lines.append(row(name, backend, report))
                print(lines[-1], f"({report['_seconds']:.0f} s)", flush=True)
        if server is not None:
            lines.append("")
            lines.append(f"model server deaths (restarted): {', '.join(server.deaths) or 'none'}")
        table = "\n".join(lines) + "\n"
        (args.out / "backends.md").write_text(table, encoding="utf-8")
        print(table)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
