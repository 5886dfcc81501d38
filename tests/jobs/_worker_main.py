"""A worker process for the tests: ``python -m tests.jobs._worker_main URL LEASE THREADS``.

Runs the test kinds until SIGTERM (or until killed: the SIGKILL test does that).
"""

from __future__ import annotations

import signal
import sys

import tests.jobs._kinds  # noqa: F401  (registers the kinds)
from tradewinds.jobs import Worker
from tradewinds.store import open_database


def main() -> None:
    url, lease, threads = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    db = open_database(url=url, migrate=False)
    worker = Worker(db, concurrency=threads, lease_seconds=lease, poll_seconds=0.05).start()
    signal.signal(signal.SIGTERM, lambda *_: worker.stop(timeout=5))
    print("ready", flush=True)
    worker.wait_until_stopped()
    db.dispose()


if __name__ == "__main__":
    main()
