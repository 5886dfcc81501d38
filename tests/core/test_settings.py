from __future__ import annotations

from pathlib import Path

import pytest

from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import load_settings, masked_dump


def test_defaults_are_embedded_and_safe(tmp_path: Path) -> None:
    settings = load_settings()
    assert settings.server.host == "127.0.0.1"
    assert settings.sqlalchemy_url.startswith("sqlite:///")
    assert settings.sqlalchemy_url.endswith("home/tradewinds.db")
    assert set(settings.models) >= {"chat", "extract", "embed"}
    settings.check_safe()


def test_environment_overrides_with_nested_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWINDS_SERVER__PORT", "9001")
    monkeypatch.setenv("TRADEWINDS_MODELS__CHAT__BACKEND", "openai")
    monkeypatch.setenv("TRADEWINDS_MODELS__CHAT__BASE_URL", "http://127.0.0.1:8080/v1")
    settings = load_settings()
    assert settings.server.port == 9001
    assert settings.models["chat"].backend == "openai"
    assert settings.models["chat"].base_url == "http://127.0.0.1:8080/v1"
    # Purposes not mentioned keep their defaults.
    assert settings.models["embed"].backend == "sentence-transformers"


def test_toml_file_is_read_and_env_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tradewinds.toml").write_text(
        'log_level = "DEBUG"\n[server]\nport = 8100\n'
        '[models.qwen]\nbackend = "openai"\nmodel = "qwen3-8b"\nbase_url = "http://x/v1"\n'
    )
    monkeypatch.setenv("TRADEWINDS_SERVER__PORT", "8200")
    settings = load_settings()
    assert settings.log_level == "DEBUG"
    assert settings.server.port == 8200
    assert settings.models["qwen"].model == "qwen3-8b"
    assert "chat" in settings.models


def test_unknown_key_in_toml_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "tradewinds.toml").write_text("[server]\nprot = 8100\n")
    with pytest.raises(ConfigError, match=r"tradewinds\.toml.*unknown setting 'server\.prot'"):
        load_settings()


def test_unknown_top_level_env_var_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWINDS_DATABSE_URL", "sqlite://")
    with pytest.raises(ConfigError, match="TRADEWINDS_DATABSE_URL"):
        load_settings()


def test_bad_value_names_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWINDS_SERVER__PORT", "eighty")
    with pytest.raises(ConfigError, match=r"server\.port"):
        load_settings()


def test_explicit_config_path_must_exist(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRADEWINDS_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="no such file"):
        load_settings()


def test_secrets_are_masked_in_the_dump(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWINDS_DATABASE_URL", "postgresql+psycopg://shop:hunter2@db/tw")
    monkeypatch.setenv("TRADEWINDS_ADMIN_TOKEN", "tok-secret-123")
    monkeypatch.setenv("TRADEWINDS_MODELS__CHAT__API_KEY", "sk-live-abc")
    dumped = repr(masked_dump(load_settings()))
    for secret in ("hunter2", "tok-secret-123", "sk-live-abc"):
        assert secret not in dumped
    assert "postgresql+psycopg://shop:***@db/tw" in dumped


def test_unsafe_settings_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEWINDS_SERVER__HOST", "0.0.0.0")
    with pytest.raises(ConfigError, match="allow_public_bind"):
        load_settings().check_safe()
    monkeypatch.setenv("TRADEWINDS_SERVER__ALLOW_PUBLIC_BIND", "true")
    load_settings().check_safe()
    monkeypatch.setenv("TRADEWINDS_ENV", "production")
    with pytest.raises(ConfigError, match="admin_token"):
        load_settings().check_safe()
