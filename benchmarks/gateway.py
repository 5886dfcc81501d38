"""Benchmark the gateway's overhead: the same requests straight to the backend and through it.

Protocol
--------
One SQLite database in a temporary directory with one tenant, one API key (no limits) and
metering on (every request writes its usage record). Two uvicorn servers in child processes
share it: one with the batched background usage writer (the default) and one committing each
usage record synchronously on the request's path (``Gateway.batch_usage = False``, the
baseline before the writer existed). Content controls run as configured
(``--no-moderation`` sets ``compliance.moderators = []``; the tenant blocklist still runs).

1. Embedded chat (``llamacpp`` + SmolLM2, ``--max-tokens`` 4, temperature 0, seed 0), the
   same request ``--runs`` times per path, paths interleaved per round:

   * ``direct``: ``get_chat_model("chat").chat(request)`` in this process;
   * ``gateway``: ``Gateway.chat`` in this process (auth excluded; limits, budget
     reservation, moderation, label, usage record and audit included);
   * ``gateway_sync_usage``: the same with the usage record committed synchronously;
   * ``asgi``: ``POST /v1/chat/completions`` through the ASGI app in-process (TestClient);
   * ``http``: the same over real HTTP on 127.0.0.1 to uvicorn in a child process.

   Overhead = p50(path) - p50(direct); the paired median difference is reported too.
2. Cheap endpoint over real HTTP loopback: ``GET /v1/models`` (authenticated, metered) on
   both servers vs ``GET /healthz`` (no auth, no database), ``--requests`` requests from
   ``--clients`` keep-alive client threads (in this process, so they share the CPUs with
   the server); ``--rounds`` interleaved rounds, medians of requests/s, p50 and p99.

Over real HTTP, the backend served by its own server vs the same requests through
``tradewinds serve`` (protocols in ``benchmarks/gateway_http.py``):

3. ``http-cheap``: a canned OpenAI-compatible upstream that answers at once, streamed and
   not, moderation off and on, latency (paired differences) and throughput.
4. ``http-embedded``: SmolLM2 behind llama-cpp-python's server vs the gateway's embedded
   backend (and the gateway proxying to an identical llama.cpp server), paired per prompt.

Usage::

    python benchmarks/gateway.py [--runs 30] [--requests 3000] [--clients 4] [--rounds 3]
        [--skip-chat] [--no-moderation] [--output F]
    python benchmarks/gateway.py http-cheap [--rounds 300] [--requests 2000] [--clients 4]
        [--tp-rounds 3] [--output F]
    python benchmarks/gateway.py http-embedded [--pairs 120] [--prompts 20] [--max-tokens 12]
        [--moderation] [--output F]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

SERVER = """
import sys, uvicorn, logging
from tradewinds.api import create_app
from tradewinds.core.settings import load_settings
from tradewinds.store import open_database
from tradewinds.gateway import Gateway
settings = load_settings(**__import__("json").loads(sys.argv[3]))
Gateway.batch_usage = sys.argv[4] == "batched"
app = create_app(settings, open_database(url=sys.argv[2]))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
            access_log=False)
"""


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(ms: list[float]) -> dict[str, float]:
    return {"p50_ms": round(_pct(ms, 0.5), 3), "p99_ms": round(_pct(ms, 0.99), 3), "n": len(ms)}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(
    url: str, overrides: dict[str, Any], usage: str = "batched"
) -> tuple[subprocess.Popen[bytes], str]:
    import httpx

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(port), url, json.dumps(overrides), usage],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start")


def bench_chat(args: argparse.Namespace, env: dict[str, Any]) -> dict[str, Any]:
    import httpx
    from fastapi.testclient import TestClient

    from tradewinds.api import create_app
    from tradewinds.gateway import Gateway
    from tradewinds.models import ChatRequest, get_chat_model

    db, settings, tenant_id, secret, base = (
        env["db"], env["settings"], env["tenant_id"], env["secret"], env["base"]
    )  # fmt: skip
    prompt = "Write one sentence about a camping lantern."
    request = ChatRequest.from_prompt(prompt, max_tokens=args.max_tokens, temperature=0, seed=0)
    body = {
        "model": "chat",
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": args.max_tokens,
        "temperature": 0,
        "seed": 0,
    }
    headers = {"Authorization": f"Bearer {secret}"}
    model = get_chat_model("chat", settings)
    gateway = Gateway(db, settings)
    gateway_sync = Gateway(db, settings, batch_usage=False)
    asgi = TestClient(create_app(settings, db))
    http = httpx.Client(base_url=base, headers=headers, timeout=120)

    def direct() -> None:
        model.chat(request)

    def through_gateway() -> None:
        gateway.chat(tenant_id, request, model="chat")

    def through_gateway_sync() -> None:
        gateway_sync.chat(tenant_id, request, model="chat")

    def through_asgi() -> None:
        asgi.post("/v1/chat/completions", json=body, headers=headers).raise_for_status()

    def through_http() -> None:
        http.post("/v1/chat/completions", json=body).raise_for_status()

    paths = {
        "direct": direct,
        "gateway": through_gateway,
        "gateway_sync_usage": through_gateway_sync,
        "asgi": through_asgi,
        "http": through_http,
    }
    for call in paths.values():  # warm-up: model load, first connections, caches
        call()
    times: dict[str, list[float]] = {name: [] for name in paths}
    for _ in range(args.runs):
        for name, call in paths.items():
            start = time.perf_counter()
            call()
            times[name].append((time.perf_counter() - start) * 1000)
    out: dict[str, Any] = {name: _summary(ms) for name, ms in times.items()}
    base_p50 = out["direct"]["p50_ms"]
    for name in ("gateway", "gateway_sync_usage", "asgi", "http"):
        out[name]["overhead_p50_ms"] = round(out[name]["p50_ms"] - base_p50, 3)
        paired = [a - b for a, b in zip(times[name], times["direct"], strict=True)]
        out[name]["paired_median_overhead_ms"] = round(statistics.median(paired), 3)
    asgi.close()
    http.close()
    gateway.close()
    return out


def _cheap_once(
    base: str, path: str, headers: dict[str, str], requests: int, clients: int
) -> dict[str, float]:
    import httpx

    latencies: list[list[float]] = [[] for _ in range(clients)]

    def client(sink: list[float], count: int) -> None:
        with httpx.Client(base_url=base, headers=headers) as http:
            for _ in range(count):
                start = time.perf_counter()
                http.get(path).raise_for_status()
                sink.append((time.perf_counter() - start) * 1000)

    client([], 20)  # warm-up (connections, key cache)
    workers = [
        threading.Thread(target=client, args=(latencies[i], requests // clients))
        for i in range(clients)
    ]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    flat = [x for lat in latencies for x in lat]
    return {**_summary(flat), "requests_per_s": round(len(flat) / elapsed, 1)}


def bench_cheap(args: argparse.Namespace, env: dict[str, Any]) -> dict[str, Any]:
    """``--rounds`` rounds, each measuring every (server, path) once, interleaved; medians."""
    auth = {"Authorization": f"Bearer {env['secret']}"}
    cases = {
        "healthz": (env["base"], "/healthz", {}),
        "v1_models_batched_usage": (env["base"], "/v1/models", auth),
        "v1_models_sync_usage": (env["base_sync"], "/v1/models", auth),
    }
    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
    loads = []
    for _ in range(args.rounds):
        loads.append(round(os.getloadavg()[0], 2))
        for name, (base, path, headers) in cases.items():
            rounds[name].append(_cheap_once(base, path, headers, args.requests, args.clients))
    results: dict[str, Any] = {"rounds": args.rounds, "load_avg_1m_per_round": loads}
    for name, runs in rounds.items():
        results[name] = {
            "median_requests_per_s": statistics.median(r["requests_per_s"] for r in runs),
            "median_p50_ms": statistics.median(r["p50_ms"] for r in runs),
            "median_p99_ms": statistics.median(r["p99_ms"] for r in runs),
            "runs": runs,
        }
    return results


def main() -> None:
    if sys.argv[1:2] and sys.argv[1].startswith("http-"):
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from gateway_http import main as http_main

        http_main(sys.argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--max-tokens", type=int, default=4)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-moderation", action="store_true")
    parser.add_argument("--skip-chat", action="store_true")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()

    from tradewinds.core.settings import load_settings
    from tradewinds.gateway import create_key
    from tradewinds.store import open_database
    from tradewinds.store.tenants import create_tenant

    overrides: dict[str, Any] = {"compliance": {"moderators": []}} if args.no_moderation else {}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        db = open_database(url=url)
        tenant = create_tenant(db, "bench")
        secret = create_key(db, tenant.id, name="bench").secret
        proc, base = _start_server(url, overrides)
        proc_sync, base_sync = _start_server(url, overrides, usage="sync")
        env = {
            "db": db,
            "settings": load_settings(**overrides),
            "tenant_id": tenant.id,
            "secret": secret,
            "base": base,
            "base_sync": base_sync,
        }
        try:
            results: dict[str, Any] = {
                "machine": f"{platform.machine()} {os.cpu_count()} cpus, Python "
                f"{platform.python_version()}",
                "load_avg_at_start": os.getloadavg(),
                "moderation": "off" if args.no_moderation else "as configured",
                "cheap_endpoint": bench_cheap(args, env),
            }
            if not args.skip_chat:
                results["chat_embedded"] = bench_chat(args, env)
            results["load_avg_at_end"] = os.getloadavg()
        finally:
            for server in (proc, proc_sync):
                server.terminate()
                server.wait(timeout=30)
            db.dispose()
    text = json.dumps(results, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")


if __name__ == "__main__":
    main()
