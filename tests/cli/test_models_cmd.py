"""``tradewinds models list|chat|embed`` (tests for ``cli/models_cmd.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradewinds.cli.app import app
from tradewinds.core.errors import ConfigError, InvalidInput

pytestmark = pytest.mark.slow

runner = CliRunner()


def test_list_shows_every_purpose_and_its_availability() -> None:
    result = runner.invoke(app, ["models", "list", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["purpose"]: r for r in json.loads(result.stdout)}
    assert rows["chat"]["backend"] == "llamacpp" and rows["chat"]["available"] is True
    assert rows["embed"]["kind"] == "embedding" and rows["embed"]["model"] == "all-MiniLM-L6-v2"
    text = runner.invoke(app, ["models", "list"]).stdout
    assert "chat\tchat\tllamacpp:smollm2\tok" in text


def test_list_reports_a_missing_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWINDS_MODELS__CHAT__MODEL", "/nowhere/x.gguf")
    result = runner.invoke(app, ["models", "list"])
    assert result.exit_code == 0
    assert "UNAVAILABLE: GGUF model file not found: /nowhere/x.gguf" in result.stdout


def test_chat_prints_the_answer() -> None:
    result = runner.invoke(
        app, ["models", "chat", "Say hi.", "--max-tokens", "8", "--temperature", "0", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["text"] and data["backend"] == "llamacpp"
    assert 0 < data["usage"]["completion_tokens"] <= 8


def test_chat_with_a_schema_file_returns_parsed_json(tmp_path: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"colour": {"enum": ["red", "blue"]}},
        "required": ["colour"],
    }
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(schema))
    result = runner.invoke(
        app,
        ["models", "chat", "Pick a colour.", "--schema", str(path), "--max-tokens", "20", "--json"],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["json"]["colour"] in ("red", "blue")


def test_chat_stream_json_lines_end_with_usage() -> None:
    result = runner.invoke(
        app,
        [
            "models",
            "chat",
            "Say hi.",
            "--stream",
            "--json",
            "--max-tokens",
            "6",
            "--temperature",
            "0",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[-1]["finish_reason"] in ("stop", "length")
    assert lines[-1]["usage"]["completion_tokens"] > 0
    assert "".join(line["text"] for line in lines).strip()


def test_bad_schema_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"type": "object",\n "properties": }')
    result = runner.invoke(app, ["models", "chat", "x", "--schema", str(path)])
    assert isinstance(result.exception, InvalidInput)
    assert f"{path} line 2 column 16: not valid JSON" in str(result.exception)


def test_unknown_purpose_is_a_config_error() -> None:
    result = runner.invoke(app, ["models", "chat", "x", "--purpose", "summarise"])
    assert isinstance(result.exception, ConfigError)
    assert "no model configured for purpose 'summarise'" in str(result.exception)


def test_embed_prints_vectors() -> None:
    result = runner.invoke(app, ["models", "embed", "red tent", "blue tent", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["dims"] == 384 and len(data["vectors"]) == 2
    text = runner.invoke(app, ["models", "embed", "red tent"]).stdout
    assert text.startswith("384 dims [") and text.rstrip().endswith("red tent")
