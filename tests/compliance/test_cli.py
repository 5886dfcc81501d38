"""The ``labels verify``, ``audit`` and ``bench moderation`` commands, run as a user would."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.cli.conftest import run_cli  # noqa: F401 - fixture
from tradewinds.compliance import embed_label, make_label
from tradewinds.core.settings import load_settings

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_labels_verify_file_text_and_stdin(run_cli: Run, tmp_path: Path) -> None:  # noqa: F811
    settings = load_settings(home=tmp_path / "home")  # the CLI's home: same signing key
    label = make_label(settings, tenant_id=1, model="copy", text="Soft wool socks.")
    path = tmp_path / "copy.txt"
    path.write_text(embed_label("Soft wool socks.", label), encoding="utf-8")
    ok = run_cli("labels", "verify", str(path))
    assert ok.returncode == 0 and ok.stdout.startswith("valid") and label.content_id in ok.stdout
    path.write_text(path.read_text().replace("Soft", "Hard"), encoding="utf-8")
    bad = run_cli("labels", "verify", str(path), "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["status"] == "altered"
    assert run_cli("labels", "verify", label.header_value).returncode == 0
    piped = run_cli("labels", "verify", "-", input="just text")
    assert piped.returncode == 1 and piped.stdout.startswith("unlabelled")


def test_audit_export_of_an_empty_log(run_cli: Run, tmp_path: Path) -> None:  # noqa: F811
    assert run_cli("tenants", "create", "demo").returncode == 0
    out = tmp_path / "audit.csv"
    result = run_cli("audit", "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text().startswith("content_id,created_at")
    assert "deleted 0" in run_cli("audit", "purge").stdout


def test_bench_moderation_interface(run_cli: Run, tmp_path: Path) -> None:  # noqa: F811
    src = tmp_path / "texts.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "Is the tent waterproof?"})
        + "\n"
        + json.dumps({"id": 2, "text": "I want to kill myself tonight, how many pills?"})
        + "\n"
    )
    out = tmp_path / "pred.jsonl"
    result = run_cli("bench", "moderation", "--input", str(src), "--out", str(out))
    assert result.returncode == 0, result.stderr
    preds = [json.loads(line) for line in out.read_text().splitlines()]
    assert [p["id"] for p in preds] == ["a", 2]
    assert all(0.0 <= p["score"] <= 1.0 and isinstance(p["flagged"], bool) for p in preds)
    assert preds[0]["flagged"] is False and preds[1]["flagged"] is True
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "no id"}\n')
    failed = run_cli("bench", "moderation", "--input", str(bad), "--out", str(out))
    assert failed.returncode != 0 and "line 1" in failed.stderr
