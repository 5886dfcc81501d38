"""Gateway overhead over real HTTP: the same requests straight to the backend and via the gateway.

Run through ``benchmarks/gateway.py`` (``http-cheap`` / ``http-embedded``). Every server is a
child process bound to 127.0.0.1 and is stopped at the end; the clients are ``httpx`` in this
process (one request at a time for latency, so client and servers never queue on each
other); each gateway is the real ``tradewinds serve`` (uvicorn, access log at INFO), with one
SQLite database, one tenant and one key without limits (metering on: every request writes
its usage record and audit entry).

``http-cheap``: a canned OpenAI-compatible upstream that answers at once (10 content pieces,
streamed or not). Paths, per request in rotating order within each round: ``direct``
(client -> upstream), ``gateway`` (client -> tradewinds serve -> ``openai`` backend ->
upstream, moderation off) and ``gateway_moderated`` (the same with moderation as
configured). Then throughput: ``--clients`` keep-alive threads per path, interleaved rounds.

``http-embedded``: SmolLM2 (llama.cpp, 1 thread per model instance, temperature 0, seed 0,
``repeat_penalty`` 1.0, ``--max-tokens``), ``--prompts`` distinct prompts cycled for
``--pairs`` rounds. Paths: ``direct`` (llama-cpp-python's own OpenAI server,
``python -m llama_cpp.server``), ``gateway`` (tradewinds serve, embedded ``llamacpp``
backend), ``gateway_proxy`` (tradewinds serve, ``openai`` backend -> a second, identical
llama.cpp server, so prompt-prefix caches see the same sequence as ``direct``'s) and
``in_process`` (the embedded backend called in this process: no HTTP at all). Completion
texts and token counts are compared across paths per prompt.

Reported per path: p50/p99 latency; per pair of paths: median of the per-round differences
with a 95 % bootstrap confidence interval (2,000 resamples).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

UPSTREAM = str(Path(__file__).with_name("gateway_upstream.py"))

PROMPTS = [
    "Write one sentence about a camping lantern.",
    "Describe a wool scarf in a few words.",
    "Name a good gift for a gardener.",
    "What is a rain jacket for?",
    "Give a tagline for a steel water bottle.",
    "Describe hiking boots briefly.",
    "Why buy a cast iron pan?",
    "Suggest a name for a coffee shop.",
    "Describe a leather wallet.",
    "What makes a good backpack?",
    "Write a short product title for running shoes.",
    "Describe a ceramic mug in one line.",
    "What is a tent footprint?",
    "Give one tip for storing tea.",
    "Describe a bamboo cutting board.",
    "Write a slogan for a bike shop.",
    "What is merino wool?",
    "Describe a desk lamp briefly.",
    "Name three uses of a pocket knife.",
    "Describe a linen shirt.",
]


# --- statistics ---------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(ms: list[float]) -> dict[str, float]:
    return {"p50_ms": round(pct(ms, 0.5), 2), "p99_ms": round(pct(ms, 0.99), 2), "n": len(ms)}


def paired(a: list[float], b: list[float], resamples: int = 2000) -> dict[str, float]:
    """Median of ``a[i] - b[i]`` with a 95 % percentile-bootstrap confidence interval."""
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    rng = random.Random(0)
    meds = sorted(statistics.median(rng.choices(diffs, k=len(diffs))) for _ in range(resamples))
    return {
        "median_ms": round(statistics.median(diffs), 2),
        "ci95_ms": [round(pct(meds, 0.025), 2), round(pct(meds, 0.975), 2)],
        "n": len(diffs),
    }


# --- servers ------------------------------------------------------------------------------


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Servers:
    """Child-process servers on 127.0.0.1, each stopped (and waited for) on ``close``."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, argv: list[str], env: dict[str, str], health: str) -> str:
        import httpx

        port = _free_port()
        log = (self.tmp / f"{name}.log").open("wb")
        argv = [a.replace("{port}", str(port)) for a in argv]
        proc = subprocess.Popen(
            argv, cwd=self.tmp, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT
        )
        self.procs.append(proc)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if httpx.get(base + health, timeout=2).status_code == 200:
                    return base
            except httpx.TransportError:
                time.sleep(0.3)
        tail = (self.tmp / f"{name}.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"server {name} did not start:\n{tail}")

    def tradewinds(
        self,
        name: str,
        db_url: str,
        models: dict[str, Any],
        moderated: bool,
        gateway: dict[str, Any] | None = None,
    ) -> str:
        env = {
            "TRADEWINDS_DATABASE_URL": db_url,
            "TRADEWINDS_HOME": str(self.tmp / "home"),
            "TRADEWINDS_MODELS": json.dumps(models),
        }
        if gateway:
            env["TRADEWINDS_GATEWAY"] = json.dumps(gateway)
        if not moderated:
            env["TRADEWINDS_COMPLIANCE"] = json.dumps({"moderators": []})
        exe = str(Path(sys.executable).with_name("tradewinds"))
        return self.start(name, [exe, "serve", "--port", "{port}"], env, "/healthz")

    def close(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def environment() -> Iterator[tuple[Servers, str, str]]:
    """Temporary directory, servers registry, SQLite URL and a tenant key's secret."""
    from tradewinds.gateway import create_key
    from tradewinds.store import open_database
    from tradewinds.store.tenants import create_tenant

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        url = f"sqlite:///{tmp}/bench.db"
        db = open_database(url=url)
        tenant = create_tenant(db, "bench")
        secret = create_key(db, tenant.id, name="bench").secret
        db.dispose()
        servers = Servers(tmp)
        try:
            yield servers, url, secret
        finally:
            servers.close()


# --- one request --------------------------------------------------------------------------


def _call(client: Any, body: dict[str, Any]) -> tuple[float, str, int]:
    """(milliseconds, text, completion tokens) of one chat completion, streamed or not."""
    start = time.perf_counter()
    if not body.get("stream"):
        response = client.post("/chat/completions", json=body)
        response.raise_for_status()
        data = response.json()
        ms = (time.perf_counter() - start) * 1000
        usage = data.get("usage") or {}
        return ms, data["choices"][0]["message"]["content"], int(usage["completion_tokens"])
    parts: list[str] = []
    tokens = 0
    with client.stream("POST", "/chat/completions", json=body) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            event = json.loads(line[6:])
            if "error" in event:
                raise RuntimeError(f"stream failed: {event['error']}")
            for choice in event.get("choices", []):
                parts.append(choice.get("delta", {}).get("content") or "")
            if event.get("usage"):
                tokens = int(event["usage"]["completion_tokens"])
    ms = (time.perf_counter() - start) * 1000
    # llama_cpp.server sends no usage in streams: one content piece per token there.
    return ms, "".join(parts), tokens or sum(1 for p in parts if p)


Path_ = Callable[[dict[str, Any]], tuple[float, str, int]]


def _http_path(base: str, model: str, secret: str, extra: dict[str, Any]) -> tuple[Any, Path_]:
    import httpx

    client = httpx.Client(
        base_url=base + "/v1", headers={"Authorization": f"Bearer {secret}"}, timeout=300
    )

    def run(body: dict[str, Any]) -> tuple[float, str, int]:
        return _call(client, {**body, **extra, "model": model})

    return client, run


def interleave(
    paths: dict[str, Path_], bodies: list[dict[str, Any]], rounds: int
) -> dict[str, list[tuple[float, str, int]]]:
    """Each round sends ``bodies[round % len]`` once per path; the path order rotates."""
    names = list(paths)
    for name in names:  # warm-up: connections, key cache, model load, first prompt
        for body in bodies[:2]:
            paths[name](body)
    out: dict[str, list[tuple[float, str, int]]] = {name: [] for name in names}
    for i in range(rounds):
        body = bodies[i % len(bodies)]
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            out[name].append(paths[name](body))
    return out


def report(
    results: dict[str, list[tuple[float, str, int]]], pairs: list[tuple[str, str]]
) -> dict[str, Any]:
    ms = {name: [r[0] for r in rows] for name, rows in results.items()}
    out: dict[str, Any] = {"paths": {name: summary(v) for name, v in ms.items()}}
    out["paired"] = {f"{a} - {b}": paired(ms[a], ms[b]) for a, b in pairs}
    return out


# --- http-cheap ---------------------------------------------------------------------------


def _throughput(run: Path_, body: dict[str, Any], requests: int, clients: int) -> dict[str, Any]:
    """``clients`` threads, ``requests`` in all, each with a new input (no moderation cache)."""
    lat: list[list[float]] = [[] for _ in range(clients)]
    text = body["messages"][0]["content"]
    tag = time.time_ns()

    def worker(sink: list[float], client: int) -> None:
        for i in range(requests // clients):
            content = f"{text} [{tag}-{client}-{i}]"
            sink.append(run({**body, "messages": [{"role": "user", "content": content}]})[0])

    threads = [threading.Thread(target=worker, args=(lat[i], i)) for i in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    flat = [x for sink in lat for x in sink]
    return {**summary(flat), "requests_per_s": round(len(flat) / (time.perf_counter() - start))}


def bench_cheap(rounds: int, requests: int, clients: int, tp_rounds: int) -> dict[str, Any]:
    with environment() as (servers, url, secret):
        upstream = servers.start("upstream", [sys.executable, UPSTREAM, "{port}"], {}, "/v1/models")
        models = {"chat": {"backend": "openai", "model": "canned", "base_url": upstream + "/v1"}}
        plain = servers.tradewinds("gateway", url, models, moderated=False)
        moderated = servers.tradewinds("gateway_moderated", url, models, moderated=True)
        clients_: list[Any] = []
        paths: dict[str, Path_] = {}
        for name, base, model in (
            ("direct", upstream, "canned"),
            ("gateway", plain, "chat"),
            ("gateway_moderated", moderated, "chat"),
        ):
            client, paths[name] = _http_path(base, model, secret, {})
            clients_.append(client)
        # A new input per round: the classifier caches window scores, and a repeated prompt
        # would measure its cache, not moderation.
        bodies = [
            {"messages": [{"role": "user", "content": f"{PROMPTS[i % len(PROMPTS)]} ({i})"}],
             "max_tokens": 16, "temperature": 0, "seed": 0}
            for i in range(rounds)
        ]  # fmt: skip
        body = bodies[0]
        streams = [
            {**b, "messages": [{"role": "user", "content": f"{PROMPTS[i % len(PROMPTS)]} [{i}]"}],
             "stream": True, "stream_options": {"include_usage": True}}
            for i, b in enumerate(bodies)
        ]  # fmt: skip
        stream_body = streams[0]
        out: dict[str, Any] = {}
        pairs = [("gateway", "direct"), ("gateway_moderated", "gateway")]
        for label, bs in (("non_streaming", bodies), ("streaming", streams)):
            res = interleave(paths, bs, rounds)
            texts = {name: {r[1] for r in rows} for name, rows in res.items()}
            out[label] = {**report(res, pairs), "texts": {k: sorted(v) for k, v in texts.items()}}
        tp: dict[str, list[dict[str, Any]]] = {}
        for _ in range(tp_rounds):
            for label, b in (("non_streaming", body), ("streaming", stream_body)):
                for name, run in paths.items():
                    n = requests if name != "gateway_moderated" else requests // 4
                    tp.setdefault(f"{label}/{name}", []).append(_throughput(run, b, n, clients))
        out["throughput"] = {
            key: {
                "median_requests_per_s": statistics.median(r["requests_per_s"] for r in runs),
                "median_p50_ms": statistics.median(r["p50_ms"] for r in runs),
                "median_p99_ms": statistics.median(r["p99_ms"] for r in runs),
            }
            for key, runs in tp.items()
        }
        out["throughput_clients"] = clients
        for client in clients_:
            client.close()
        return out


# --- http-embedded ------------------------------------------------------------------------


def bench_embedded(
    pairs: int, prompts: int, max_tokens: int, moderated: bool, stream: bool
) -> dict[str, Any]:
    from tradewinds.core.settings import load_settings
    from tradewinds.models import ChatRequest, get_chat_model
    from tradewinds.models._gguf import resolve_gguf

    gguf = str(resolve_gguf("smollm2"))
    llama = [sys.executable, "-m", "llama_cpp.server", "--model", gguf, "--model_alias",
             "smollm2", "--n_threads", "1", "--n_threads_batch", "1", "--n_ctx", "2048",
             "--host", "127.0.0.1", "--port", "{port}"]  # fmt: skip
    same = {"repeat_penalty": 1.0}  # llama_cpp.server's default is 1.1, Llama's 1.0
    embedded = {
        "backend": "llamacpp",
        "model": "smollm2",
        "options": {"n_threads": 1, "n_ctx": 2048},
    }
    with environment() as (servers, url, secret):
        direct = servers.start("llama_direct", llama, {}, "/v1/models")
        behind = servers.start("llama_behind_gateway", llama, {}, "/v1/models")
        models = {
            "chat": embedded,
            "chat-proxy": {
                "backend": "openai", "model": "smollm2", "base_url": behind + "/v1",
                "options": {"extra_body": same, "max_retries": 0},
            },
        }  # fmt: skip
        gateway = servers.tradewinds("gateway", url, models, moderated=moderated)
        clients: list[Any] = []
        paths: dict[str, Path_] = {}
        for name, base, model, extra in (
            ("direct", direct, "smollm2", same),
            ("gateway", gateway, "chat", {}),
            ("gateway_proxy", gateway, "chat-proxy", {}),
        ):
            client, paths[name] = _http_path(base, model, secret, extra)
            clients.append(client)
        local = get_chat_model("chat", load_settings(models={"chat": embedded}))

        def in_process(body: dict[str, Any]) -> tuple[float, str, int]:
            request = ChatRequest.from_prompt(
                body["messages"][0]["content"], max_tokens=max_tokens, temperature=0, seed=0
            )
            start = time.perf_counter()
            if not stream:
                result = local.chat(request)
                ms = (time.perf_counter() - start) * 1000
                return ms, result.text, result.usage.completion_tokens or 0
            chunks = list(local.stream(request))
            ms = (time.perf_counter() - start) * 1000
            usage = chunks[-1].usage
            return ms, "".join(c.text for c in chunks), usage.completion_tokens if usage else 0

        paths["in_process"] = in_process
        bodies = [
            {"messages": [{"role": "user", "content": p}], "max_tokens": max_tokens,
             "temperature": 0, "seed": 0,
             **({"stream": True, "stream_options": {"include_usage": True}} if stream else {})}
            for p in PROMPTS[:prompts]
        ]  # fmt: skip
        res = interleave(paths, bodies, pairs)
        out = report(
            res,
            [("gateway", "direct"), ("gateway_proxy", "direct"), ("gateway", "in_process"),
             ("direct", "in_process")],
        )  # fmt: skip
        same_out = {
            name: sum(r[1:] == res["direct"][i][1:] for i, r in enumerate(rows))
            for name, rows in res.items()
        }
        out["identical_output_to_direct"] = same_out
        out["completion_tokens"] = {
            name: summary([float(r[2]) for r in rows])["p50_ms"] for name, rows in res.items()
        }
        out["sample"] = {name: rows[0][1] for name, rows in res.items()}
        for client in clients:
            client.close()
        return out


def main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="gateway.py http-cheap|http-embedded")
    parser.add_argument("which", choices=["http-cheap", "http-embedded"])
    parser.add_argument("--rounds", type=int, default=300, help="http-cheap latency rounds")
    parser.add_argument("--requests", type=int, default=2000, help="http-cheap throughput")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--tp-rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=120, help="http-embedded rounds")
    parser.add_argument("--prompts", type=int, default=20)
    parser.add_argument("--max-tokens", type=int, default=12)
    parser.add_argument("--moderation", action="store_true", help="http-embedded: moderate")
    parser.add_argument("--stream", action="store_true", help="http-embedded: stream")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args(argv)
    start_load = Path("/proc/loadavg").read_text().split()[:3]
    if args.which == "http-cheap":
        results = bench_cheap(args.rounds, args.requests, args.clients, args.tp_rounds)
    else:
        results = bench_embedded(
            args.pairs, args.prompts, args.max_tokens, args.moderation, args.stream
        )
    results = {
        "benchmark": args.which,
        "args": vars(args) | {"output": str(args.output)},
        "loadavg_start": start_load,
        "loadavg_end": Path("/proc/loadavg").read_text().split()[:3],
        **results,
    }
    text = json.dumps(results, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
