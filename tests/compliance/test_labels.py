"""Implicit labels are signed; exported files carry them; verify finds stripping and edits."""

from __future__ import annotations

import stat
import threading
from pathlib import Path

import pytest
from pydantic import SecretStr

from tradewinds.compliance import embed_label, make_label, verify_text
from tradewinds.compliance._keys import key_path, signing_key
from tradewinds.compliance.policy import TenantPolicy
from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import Settings, load_settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(home=tmp_path / "home")


def test_label_fields_and_header(settings: Settings) -> None:
    label = make_label(settings, tenant_id=1, model="chat", text="Warm wool blanket.")
    meta = label.metadata
    assert meta["aigc"] is True and meta["provider"] == "Tradewinds" and meta["model"] == "chat"
    assert meta["content_id"] == label.content_id and label.content_id.startswith("aigc-")
    assert label.explicit_text == "AI-generated"
    assert label.header_value.isascii() and f"content_id={label.content_id}" in label.header_value
    other = make_label(settings, tenant_id=1, model="chat", text="Warm wool blanket.")
    assert other.content_id != label.content_id


def test_development_key_is_private_and_stable(settings: Settings) -> None:
    first = make_label(settings, tenant_id=1, model="m", text="x")
    mode = stat.S_IMODE(key_path(settings).stat().st_mode)
    assert mode == 0o600
    assert verify_text(settings, first.header_value).status == "valid"


def _use_key(settings: Settings, keys: list[bytes], errors: list[Exception]) -> None:
    try:
        keys.append(signing_key(settings))
    except Exception as exc:
        errors.append(exc)


def test_concurrent_first_use_gives_every_thread_the_same_complete_key(tmp_path: Path) -> None:
    for attempt in range(20):
        home = tmp_path / f"h{attempt}"
        settings = load_settings(home=home)
        keys: list[bytes] = []
        errors: list[Exception] = []
        threads = [
            threading.Thread(target=_use_key, args=(settings, keys, errors)) for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(set(keys)) == 1 and len(keys[0]) == 64
        assert [p.name for p in home.iterdir()] == [key_path(settings).name]


def test_production_requires_a_configured_key(tmp_path: Path) -> None:
    prod = load_settings(home=tmp_path, env="production", admin_token="t" * 20)
    with pytest.raises(ConfigError, match="label_signing_key"):
        make_label(prod, tenant_id=1, model="m", text="x")


def test_exported_file_round_trip_and_tampering(settings: Settings) -> None:
    label = make_label(settings, tenant_id=1, model="copy", text="Best mug ever.")
    exported = embed_label("Best mug ever.", label)
    assert verify_text(settings, exported).status == "valid"
    assert verify_text(settings, exported.replace("Best mug", "Worst mug")).status == "altered"
    assert verify_text(settings, exported.replace('"model":"copy"', '"model":"gpt"')).status == (
        "altered"
    )
    assert verify_text(settings, exported.replace("[AI-generated]", "[]")).status == (
        "explicit_removed"
    )
    stripped = exported.split("-----BEGIN")[0]
    assert verify_text(settings, stripped).status == "stripped"
    assert verify_text(settings, "Best mug ever.").status == "unlabelled"


def test_another_key_does_not_verify(settings: Settings, tmp_path: Path) -> None:
    label = make_label(settings, tenant_id=1, model="m", text="hello")
    other = load_settings(home=tmp_path / "h2", compliance={"label_signing_key": "k" * 32})
    assert verify_text(other, embed_label("hello", label)).status == "altered"
    assert SecretStr("k" * 32).get_secret_value() not in label.header_value


def test_explicit_label_per_locale_and_tenant(settings: Settings) -> None:
    zh = make_label(settings, tenant_id=1, model="m", text="t", locale="zh-CN")
    assert zh.explicit_text == "由人工智能生成"
    policy = TenantPolicy(explicit_labels={"en": "Written by our AI helper"})
    own = make_label(settings, tenant_id=1, model="m", text="t", policy=policy)
    assert own.explicit_text == "Written by our AI helper"
    assert verify_text(settings, embed_label("t", own)).status == "valid"
