"""The root command: help, exit codes, error formatting, config and tenants commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

Run = Callable[..., CompletedProcess[str]]


def test_help_lists_command_groups(run_cli: Run) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for group in ("config", "db", "tenants"):
        assert group in result.stdout


def test_usage_error_exits_2(run_cli: Run) -> None:
    result = run_cli("tenants", "create")
    assert result.returncode == 2
    assert "Missing argument" in result.stderr


def test_config_show_masks_secrets(run_cli: Run) -> None:
    env = {
        "TRADEWINDS_DATABASE_URL": "postgresql+psycopg://tw:pa55word@127.0.0.1:1/tw",
        "TRADEWINDS_MODELS__CHAT__API_KEY": "sk-very-secret",
    }
    result = run_cli("config", "show", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["database_url"] == "postgresql+psycopg://tw:***@127.0.0.1:1/tw"
    assert data["models"]["chat"]["api_key"] == "**********"
    assert "pa55word" not in result.stdout and "sk-very-secret" not in result.stdout
    text = run_cli("config", "show", env=env)
    assert "server.port = 8000" in text.stdout
    assert "pa55word" not in text.stdout


def test_config_error_names_the_key_and_exits_2(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "tradewinds.toml").write_text("[server]\nhots = '0.0.0.0'\n")
    result = run_cli("config", "show")
    assert result.returncode == 2
    assert "unknown setting 'server.hots'" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_flag_shows_the_traceback(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "tradewinds.toml").write_text("bogus = 1\n")
    result = run_cli("--debug", "config", "show")
    assert result.returncode != 0
    assert "Traceback" in result.stderr


def test_tenants_create_and_list(run_cli: Run) -> None:
    created = run_cli("tenants", "create", "acme", "--currency", "EUR", "--json")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["slug"] == "acme"
    duplicate = run_cli("tenants", "create", "acme")
    assert duplicate.returncode == 1
    assert "already exists" in duplicate.stderr
    bad = run_cli("tenants", "create", "Not A Slug")
    assert bad.returncode == 2
    assert "lowercase letters" in bad.stderr
    listed = json.loads(run_cli("tenants", "list", "--json").stdout)
    assert [(t["slug"], t["currency"]) for t in listed] == [("acme", "EUR")]


def test_db_current_reports_head_after_upgrade(run_cli: Run) -> None:
    assert run_cli("db", "upgrade").returncode == 0
    out = run_cli("db", "current").stdout
    current, head = out.split("current: ")[1].split("  head: ")
    assert current.strip() == head.strip() != "None"
