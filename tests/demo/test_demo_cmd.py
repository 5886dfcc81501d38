"""``tradewinds demo-data`` as a user runs it: summary, JSON, rerun, refusal, usage errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TRADEWINDS = str(Path(sys.executable).parent / "tradewinds")
SIZES = ("--products", "70", "--customers", "30", "--days", "40", "--event-days", "10")


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env.update({"TRADEWINDS_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"})
    return subprocess.run([TRADEWINDS, *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300, check=False)  # fmt: skip


def test_generates_then_reruns_without_duplicating(tmp_path: Path) -> None:
    first = _run(tmp_path, "demo-data", *SIZES, "--json")
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    assert summary["tenant"] == "demo" and not summary["unchanged"]
    assert summary["counts"]["products"] == 70 and summary["counts"]["customers"] == 30
    assert summary["counts"]["leaf_categories"] >= 15 and summary["counts"]["vehicles"] == 9
    assert (tmp_path / "home" / "demo" / "products.csv").is_file()

    again = _run(tmp_path, "demo-data", *SIZES)
    assert again.returncode == 0, again.stderr
    assert "already holds this demo store" in again.stdout
    assert "customers  30 in Seattle" in again.stdout

    other = _run(tmp_path, "demo-data", *SIZES, "--seed", "8")
    assert other.returncode == 1
    assert "--replace" in other.stderr and "Traceback" not in other.stderr

    replaced = _run(tmp_path, "demo-data", *SIZES, "--seed", "8", "--replace", "--json")
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(replaced.stdout)["seed"] == 8


def test_too_few_products_is_a_usage_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "demo-data", "--products", "5")
    assert result.returncode == 2
    assert "--products" in result.stderr
