"""First-request latency after ``tradewinds serve``, cold vs warm, and CLI search in-process
vs through a running server.

Protocol (results in docs/benchmarks.md, "Warm starts"):

1. ``tradewinds serve --no-warm`` (the old behaviour): time until it listens, then the
   first search request, then the median of the next ``--repeat`` searches.
2. ``tradewinds serve`` (warm): time until it listens and until ``/readyz`` answers 200,
   then the same requests.
3. ``tradewinds search Q`` in a fresh process, in-process (models loaded each time) and with
   ``--server`` to the warm server, ``--repeat`` times each (median wall time).

The store is the one at ``$TRADEWINDS_HOME`` (e.g. ``tradewinds demo-data``), its search
index already built (one search builds it: building is a separate, once-only cost). Each
query is used once per server, so no answer comes from the query-embedding cache.

    TRADEWINDS_HOME=/tmp/demo python benchmarks/warm_start.py --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from typing import Any

import httpx

QUERIES = [
    "waterproof jacket", "camping stove", "wool socks", "kids rain boots", "coffee grinder",
    "led lantern", "yoga mat", "trail running shoes", "cast iron pan", "sleeping bag",
    "board game", "hiking backpack", "green tea", "desk lamp", "winter gloves",
]  # fmt: skip


def _serve(exe: str, port: int, warm: bool) -> subprocess.Popen[bytes]:
    args = [exe, "serve", "--port", str(port), "--warm" if warm else "--no-warm"]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait(url: str, deadline_s: float, ok: int = 200) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < deadline_s:
        try:
            if httpx.get(url, timeout=2).status_code == ok:
                return time.perf_counter() - start
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not answer {ok} within {deadline_s} s")


def _search(base: str, query: str) -> float:
    start = time.perf_counter()
    response = httpx.get(f"{base}/api/v1/search", params={"q": query}, timeout=600)
    response.raise_for_status()
    return time.perf_counter() - start


def _server_run(exe: str, port: int, warm: bool, queries: list[str]) -> dict[str, Any]:
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    server = _serve(exe, port, warm)
    try:
        listening = _wait(f"{base}/healthz", 120)
        ready = _wait(f"{base}/readyz", 900) if warm else None
        first = _search(base, queries[0])
        rest = [_search(base, q) for q in queries[1:]]
        return {
            "listening_s": round(listening, 2),
            "ready_s": None if ready is None else round(time.perf_counter() - started, 2),
            "first_request_s": round(first, 3),
            "median_next_s": round(statistics.median(rest), 3),
        }
    finally:
        server.terminate()
        server.wait(30)


def _cli(exe: str, args: list[str], repeat: int, queries: list[str]) -> float:
    samples = []
    for query in queries[:repeat]:
        start = time.perf_counter()
        subprocess.run([exe, "search", query, *args], capture_output=True, check=True)
        samples.append(time.perf_counter() - start)
    return round(statistics.median(samples), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--cli-only", action="store_true", help="Only step 3.")
    args = parser.parse_args()
    exe = shutil.which("tradewinds") or sys.exit("tradewinds is not on PATH (activate .venv)")
    n = args.repeat + 1
    load_before = os.getloadavg()
    cold = None if args.cli_only else _server_run(exe, args.port, False, QUERIES[:n])
    warm = None if args.cli_only else _server_run(exe, args.port, True, QUERIES[n : 2 * n])
    in_process = _cli(exe, [], args.repeat, QUERIES)
    base = f"http://127.0.0.1:{args.port}"
    server = _serve(exe, args.port, True)
    try:
        _wait(f"{base}/readyz", 900)
        through_server = _cli(exe, ["--server", base], args.repeat, QUERIES[::-1])
    finally:
        server.terminate()
        server.wait(30)
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "load_average_before_after": [round(load_before[0], 2), round(os.getloadavg()[0], 2)],
        "serve --no-warm": cold,
        "serve (warm)": warm,
        "cli search in-process, median s": in_process,
        "cli search --server, median s": through_server,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
