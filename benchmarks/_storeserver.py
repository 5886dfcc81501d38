"""A demo store served by ``tradewinds serve`` on 127.0.0.1, for the storefront benchmarks.

Shared by ``storefront.py`` (load) and ``lighthouse.py`` (audits): a fresh SQLite home with
the default demo store (seed 7), or an existing ``--home``, indexed, served by one uvicorn
process, warmed up, and stopped on exit.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent / "tradewinds"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served_store(home: Path | None) -> Iterator[str]:
    """Yield the base URL of a served demo store (generated first when ``home`` is None)."""
    home = home or Path(tempfile.mkdtemp(prefix="tw-bench-store-")) / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env.update({"TRADEWINDS_HOME": str(home), "HF_HUB_OFFLINE": "1"})
    env["TRADEWINDS_LOG_LEVEL"] = "WARNING"
    if not (home / "tradewinds.db").exists():
        quiet = subprocess.DEVNULL
        subprocess.run([BIN, "demo-data", "--seed", "7"], env=env, check=True, stdout=quiet)
    subprocess.run([BIN, "search", "reindex"], env=env, check=True, stdout=subprocess.DEVNULL)
    port = _free_port()
    command = [str(BIN), "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if server.poll() is not None:
                raise RuntimeError(f"tradewinds serve exited: {server.stderr.read().decode()}")  # type: ignore[union-attr]
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        # The first page loads the search index and the models; not part of any figure.
        with httpx.Client(base_url=base, headers={"Accept": "text/html"}, timeout=300) as warm:
            warm.get("/")
            warm.get("/search", params={"q": "tent"})
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
