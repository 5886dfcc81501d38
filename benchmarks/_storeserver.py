"""A demo store served by ``tradewinds serve`` on 127.0.0.1, for the storefront benchmarks.

Shared by ``storefront.py`` (load) and ``lighthouse.py`` (audits): a fresh SQLite home with
the default demo store (seed 7), or an existing ``--home``, indexed, served by one uvicorn
process, warmed up, and stopped on exit. With ``database_url`` (PostgreSQL) the store lives
in that database (generated once per home: ``demo-ready`` marks it) and ``workers`` uvicorn
processes serve it (``tradewinds serve --workers N``), each warmed.
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

ROOT = Path(__file__).resolve().parents[1]
# This checkout's code (PYTHONPATH below), whichever checkout the venv was installed from.
HTML = {"Accept": "text/html"}
EXE = [sys.executable, "-c", "from tradewinds.cli.app import main; main()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served_store(
    home: Path | None,
    database_url: str | None = None,
    workers: int = 1,
    demo: tuple[str, ...] = ("--seed", "7"),
) -> Iterator[str]:
    """Yield the base URL of a served demo store (generated first when ``home`` has none)."""
    home = home or Path(tempfile.mkdtemp(prefix="tw-bench-store-")) / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env.update({"TRADEWINDS_HOME": str(home), "HF_HUB_OFFLINE": "1"})
    env["PYTHONPATH"] = f"{ROOT / 'src'}:{ROOT}"
    env["TRADEWINDS_LOG_LEVEL"] = "WARNING"
    if database_url:
        env["TRADEWINDS_DATABASE_URL"] = database_url
    ready = home / ("demo-ready" if database_url else "tradewinds.db")
    quiet = subprocess.DEVNULL
    if not ready.exists():
        subprocess.run([*EXE, "demo-data", *demo], env=env, check=True, stdout=quiet)
        ready.touch()
    subprocess.run([*EXE, "search", "reindex"], env=env, check=True, stdout=quiet)
    port = _free_port()
    command = [*EXE, "serve", "--port", str(port), "--workers", str(workers)]
    log = home / f"serve-{workers}.log"  # uvicorn's own lines: a worker restarted, say
    with log.open("wb") as sink:
        server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=sink)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if server.poll() is not None:
                raise RuntimeError(f"tradewinds serve exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.5)
        # The first pages of each worker load the search index and the models; not part of
        # any figure. A new connection per request, since a kept-alive one stays with the
        # worker that accepted it.
        for attempt in range(4 * workers + 4):
            try:
                with httpx.Client(base_url=base, headers=HTML, timeout=300) as w:
                    w.get("/")
                    w.get("/search", params={"q": "tent"})
            except httpx.TransportError:  # a worker restarted by uvicorn (see the log)
                if attempt == 4 * workers + 3:
                    raise
                time.sleep(1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
