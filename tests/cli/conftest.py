"""Run the real ``tradewinds`` console script in a subprocess, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

TRADEWINDS = str(Path(sys.executable).parent / "tradewinds")


@pytest.fixture
def run_cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    def run(
        *args: str, env: dict[str, str] | None = None, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
        full_env.update({"TRADEWINDS_HOME": str(tmp_path / "home"), "HF_HUB_OFFLINE": "1"})
        full_env.update(env or {})
        return subprocess.run(
            [TRADEWINDS, *args],
            capture_output=True,
            text=True,
            env=full_env,
            cwd=tmp_path,
            input=input,
            timeout=300,
        )

    return run
