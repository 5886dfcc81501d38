"""``tradewinds keys`` and ``tradewinds usage report`` through the console script."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from tradewinds.gateway import UsageEvent, record_usage
from tradewinds.store import open_database, resolve_tenant

Run = Callable[..., CompletedProcess[str]]


def test_keys_lifecycle_and_usage_report(run_cli: Run, tmp_path: Path) -> None:
    assert run_cli("tenants", "create", "acme").returncode == 0
    created = run_cli(
        "keys", "create", "--tenant", "acme", "--rpm", "5", "--models", "chat",
        "--expires", "2030-01-01", "--json",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    info = json.loads(created.stdout)
    secret = info.pop("key")
    assert secret.startswith("tw-") and info["rpm"] == 5 and info["models"] == ["chat"]
    listed = run_cli("keys", "list", "--json")
    assert secret not in listed.stdout and json.loads(listed.stdout)[0]["status"] == "active"
    bad = run_cli("keys", "create", "--tenant", "acme", "--models", "gpt-9")
    assert bad.returncode == 2 and "unknown model alias" in bad.stderr
    assert run_cli("keys", "revoke", str(info["id"])).returncode == 0
    assert json.loads(run_cli("keys", "list", "--json").stdout)[0]["status"] == "revoked"
    budget = run_cli("keys", "budget", "--tenant", "acme", "--monthly-tokens", "1000")
    assert "budget 1000 tokens/month" in budget.stdout

    db = open_database(url=f"sqlite:///{tmp_path / 'home' / 'tradewinds.db'}")
    tenant_id = resolve_tenant(db, "acme").id
    record_usage(db, UsageEvent(tenant_id, info["id"], "api", "chat", "chat", "llamacpp", 10, 5))
    db.dispose()
    report = run_cli("usage", "report", "--tenant", "acme", "--csv")
    assert report.returncode == 0, report.stderr
    rows = list(csv.DictReader(io.StringIO(report.stdout)))
    assert [(r["model"], r["prompt_tokens"], r["completion_tokens"]) for r in rows] == [
        ("chat", "10", "5")
    ]
    bad_day = run_cli("usage", "report", "--tenant", "acme", "--from", "yesterday")
    assert bad_day.returncode == 2 and "expected e.g. 2026-11-01" in bad_day.stderr
