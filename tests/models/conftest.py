"""Fixtures for the model layer: the real SmolLM2 GGUF and a real llama.cpp OpenAI server."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tradewinds.core.settings import Settings, load_settings
from tradewinds.models import clear_model_cache
from tradewinds.models._gguf import resolve_gguf

SERVED_MODEL = "smollm2"


@pytest.fixture(autouse=True)
def _fresh_model_cache() -> Iterator[None]:
    clear_model_cache()
    yield
    clear_model_cache()


@pytest.fixture(scope="session")
def smollm2_gguf() -> Path:
    return resolve_gguf("smollm2")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def llama_server(smollm2_gguf: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``python -m llama_cpp.server`` with SmolLM2 on 127.0.0.1; yields its ``/v1`` URL.

    ``--embedding`` with mean pooling (a GGUF key override) makes the same model answer
    ``/v1/embeddings`` with one 576-dimensional vector per text.
    """
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(smollm2_gguf),
        "--model_alias",
        SERVED_MODEL,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--n_threads",
        "2",
        "--embedding",
        "true",
        "--kv_overrides",
        "llama.pooling_type=int:1",
    ]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {log_path.read_text()[-2000:]}")
            try:
                if httpx.get(f"{base_url}/models", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"llama_cpp.server not ready: {log_path.read_text()[-2000:]}")
            time.sleep(0.2)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def settings_with(**models: dict[str, Any]) -> Settings:
    """Settings whose ``models`` add (or replace) the given purposes."""
    return load_settings(models=models)


def openai_spec(base_url: str, **options: Any) -> dict[str, Any]:
    """A chat spec for the llama.cpp server (which takes schemas as json_object + schema)."""
    return {
        "backend": "openai",
        "model": SERVED_MODEL,
        "base_url": base_url,
        "timeout_s": 60,
        "options": {"schema_format": "json_object", "max_retries": 0, **options},
    }
