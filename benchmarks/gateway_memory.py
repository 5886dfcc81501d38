"""Does the gateway's memory stay bounded with many tenants and with long streams?

Protocol
--------
One SQLite database in a temporary directory; a canned OpenAI-compatible upstream
(``gateway_upstream.py``, instant answers) behind the real ``tradewinds serve`` (uvicorn on
127.0.0.1, ``openai`` backend, metering, audit and moderation as configured), with
``[gateway] max_tracked_keys`` set to ``--tracked`` so the bound is reached quickly. The
server's resident memory (RSS, psutil) is read after a warm-up and then:

1. ``--tenants`` tenants, one key each, every key sending one chat completion and one
   ``GET /v1/models`` (4 client threads), RSS read after each ``--step`` keys. Limiter state
   and the key cache are LRUs of ``max_tracked_keys``: RSS should level off once the
   number of keys passes it, not grow with every new tenant.
2. ``--streams`` streamed completions of ``--pieces`` pieces each (moderated as they
   stream, metered, labelled, audited), RSS read after each. A stream keeps only its answer
   text, so RSS should not grow from one stream to the next.

Usage::

    python benchmarks/gateway_memory.py [--tenants 3000] [--step 500] [--tracked 1000]
        [--streams 10] [--pieces 20000] [--output F]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from gateway_http import UPSTREAM, environment


def _rss_mb(pid: int) -> float:
    import psutil

    return round(psutil.Process(pid).memory_info().rss / 2**20, 1)


def _keys(url: str, count: int) -> list[str]:
    from tradewinds.gateway import create_key
    from tradewinds.store import open_database
    from tradewinds.store.tenants import create_tenant

    db = open_database(url=url)
    try:
        return [
            create_key(db, create_tenant(db, f"soak-{i}").id, name="soak").secret
            for i in range(count)
        ]
    finally:
        db.dispose()


def _use_keys(base: str, secrets: list[str], clients: int = 4) -> int:
    """Each key: one chat completion and one model list. Returns the failures."""
    import httpx

    failures = [0] * clients

    def worker(n: int) -> None:
        with httpx.Client(base_url=base + "/v1", timeout=60) as client:
            for i in range(n, len(secrets), clients):
                auth = {"Authorization": f"Bearer {secrets[i]}"}
                text = f"lantern for camp {i}"
                body = {"model": "chat", "max_tokens": 16,
                        "messages": [{"role": "user", "content": text}]}  # fmt: skip
                ok = client.post("/chat/completions", json=body, headers=auth).status_code == 200
                ok &= client.get("/models", headers=auth).status_code == 200
                failures[n] += not ok

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(failures)


def _long_stream(base: str, secret: str, pieces: int, n: int) -> tuple[int, float]:
    """(content pieces received, seconds) of one streamed completion."""
    import httpx

    text = f"tell a long camping story {n}"
    body = {"model": "chat", "max_tokens": pieces + 16, "stream": True,
            "messages": [{"role": "user", "content": text}]}  # fmt: skip
    received = 0
    start = time.perf_counter()
    with (
        httpx.Client(base_url=base + "/v1", timeout=600) as client,
        client.stream(
            "POST", "/chat/completions", json=body, headers={"Authorization": f"Bearer {secret}"}
        ) as response,
    ):
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("data: {"):
                event = json.loads(line[6:])
                if "error" in event:
                    raise RuntimeError(f"stream {n} failed: {event['error']}")
                received += sum(bool(c["delta"].get("content")) for c in event.get("choices", []))
    return received, round(time.perf_counter() - start, 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tenants", type=int, default=3000)
    parser.add_argument("--step", type=int, default=500)
    parser.add_argument("--tracked", type=int, default=1000)
    parser.add_argument("--streams", type=int, default=10)
    parser.add_argument("--pieces", type=int, default=20000)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()

    settings = {k: v for k, v in vars(args).items() if k != "output"}
    results: dict[str, Any] = {"load_avg_at_start": os.getloadavg(), "args": settings}
    with environment() as (servers, url, secret):
        upstream = servers.start(
            "upstream", [sys.executable, UPSTREAM, "{port}", str(args.pieces)], {}, "/v1/models"
        )
        started = time.perf_counter()
        secrets = _keys(url, args.tenants)
        results["create_keys_s"] = round(time.perf_counter() - started, 1)
        models = {"chat": {"backend": "openai", "model": "canned", "base_url": upstream + "/v1"}}
        base = servers.tradewinds(
            "gateway", url, models, moderated=True, gateway={"max_tracked_keys": args.tracked}
        )
        pid = servers.procs[-1].pid
        _use_keys(base, [secret] * 200)
        results["rss_after_warmup_mb"] = _rss_mb(pid)
        steps = []
        for start in range(0, len(secrets), args.step):
            failed = _use_keys(base, secrets[start : start + args.step])
            steps.append({"keys_used": start + args.step, "rss_mb": _rss_mb(pid), "failed": failed})
            print(steps[-1], flush=True)
        results["many_tenants"] = steps
        streams = []
        for n in range(args.streams):
            received, seconds = _long_stream(base, secret, args.pieces, n)
            streams.append({"stream": n + 1, "pieces": received, "s": seconds,
                            "rss_mb": _rss_mb(pid)})  # fmt: skip
            print(streams[-1], flush=True)
        results["long_streams"] = streams
    results["load_avg_at_end"] = os.getloadavg()
    text = json.dumps(results, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")


if __name__ == "__main__":
    main()
