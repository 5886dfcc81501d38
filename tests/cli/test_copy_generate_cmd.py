"""``tradewinds copy generate`` on a stored product and ``tradewinds bench copy`` over a
catalogue (resumed without writing anything twice)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.merchant._catalogue import write_catalogue

Cli = Callable[..., subprocess.CompletedProcess[str]]


def test_copy_generate_prints_the_copy_and_the_verdict(tmp_path: Path, run_cli: Cli) -> None:
    catalog = write_catalogue(tmp_path)
    assert run_cli("tenants", "create", "shop").returncode == 0
    assert run_cli("import", "products", str(catalog), "--tenant", "shop").returncode == 0
    shown = run_cli("copy", "generate", "trail-kettle", "--tenant", "shop", "--tone", "friendly")
    assert shown.returncode == 0, shown.stderr
    assert "Trail Kettle" in shown.stdout and "  - Material: Stainless steel" in shown.stdout
    assert "Check: ok" in shown.stdout
    bad = run_cli("copy", "generate", "trail-kettle", "--tenant", "shop", "--language", "fr")
    assert bad.returncode == 2 and "supported: en, zh" in bad.stderr
    stored = run_cli("copy", "generate", "trail-kettle", "--tenant", "shop", "--draft", "--json")
    assert stored.returncode == 0, stored.stderr
    draft_id = json.loads(stored.stdout)["draft_id"]
    listed = run_cli("copy", "drafts", "--tenant", "shop", "--json")
    (draft,) = [d for d in json.loads(listed.stdout) if d["id"] == draft_id]
    assert draft["status"] == "pending" and draft["handle"] == "trail-kettle"


def test_bench_copy_summarises_and_resumes(tmp_path: Path, run_cli: Cli) -> None:
    catalog, out = write_catalogue(tmp_path), tmp_path / "copies.jsonl"
    first = run_cli("bench", "copy", "--catalog", str(catalog), "--out", str(out), "--limit", "1")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout.strip().splitlines()[-1])
    assert summary["copies"] == 2 and summary["checker_pass_rate"] == 1.0
    assert summary["leaked_refusals"] == 0 and summary["over_length_seo_fields"] == 0
    again = run_cli("bench", "copy", "--catalog", str(catalog), "--out", str(out))
    rest = json.loads(again.stdout.strip().splitlines()[-1])
    assert (rest["skipped_already_written"], rest["products"], rest["generic_drafts"]) == (1, 1, 2)
    checked = run_cli("bench", "copy-check", "--catalog", str(catalog), "--copies", str(out),
                      "--out", str(tmp_path / "verdicts.jsonl"))  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout.strip().splitlines()[-1])["verdicts"] == {"ok": 4}
