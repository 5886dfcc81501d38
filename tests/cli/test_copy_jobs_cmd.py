"""``tradewinds copy generate --all|--filter ... --job``: a bulk copy job submitted from the
command line and followed with ``tradewinds jobs show``."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.merchant._catalogue import write_catalogue

Cli = Callable[..., subprocess.CompletedProcess[str]]


def test_copy_generate_job_submits_and_jobs_show_follows_it(tmp_path: Path, run_cli: Cli) -> None:
    catalog = write_catalogue(tmp_path)
    assert run_cli("tenants", "create", "shop").returncode == 0
    assert run_cli("import", "products", str(catalog), "--tenant", "shop").returncode == 0
    refused = run_cli("copy", "generate", "--all", "--tenant", "shop")
    assert refused.returncode == 2 and "add --job" in refused.stderr
    bad = run_cli("copy", "generate", "--filter", "colour=red", "--job", "--tenant", "shop")
    assert bad.returncode == 2 and "unknown colour" in bad.stderr
    queued = run_cli("copy", "generate", "--filter", "vendor=Acme", "--filter", "missing=zh",
                     "--job", "--language", "en,zh", "--tenant", "shop")  # fmt: skip
    assert queued.returncode == 0, queued.stderr
    found = re.search(r"job (\d+) queued: vendor=Acme, missing=zh, languages en, zh", queued.stdout)
    assert found is not None, queued.stdout
    shown = run_cli("jobs", "show", found.group(1), "--tenant", "shop")
    job = json.loads(shown.stdout)
    assert job["kind"] == "merchant.copy" and job["status"] == "queued"
    assert job["payload"]["filter"] == {"vendor": "Acme", "missing": "zh"}
    assert job["payload"]["languages"] == ["en", "zh"] and job["payload"]["writer"] == "templates"
