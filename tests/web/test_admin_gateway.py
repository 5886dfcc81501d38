"""The gateway pages: API keys (the secret shown once, limits, revoking), budgets and usage.
Owners and managers only; a staff member gets 403 everywhere and writes nothing."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.web._console import Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.gateway import (
    UsageEvent,
    create_key,
    list_keys,
    record_usage,
    tenant_budget,
)
from tradewinds.staff import list_changes
from tradewinds.store import Database

SECRET = re.compile(r"tw-[A-Za-z0-9_-]{43}")


@pytest.fixture
def shops(console_db: Database) -> Shops:
    return shops_of(console_db)


@pytest.fixture
def manager(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with console_client(console_db) as client:
        sign_in(client, "manager@acme.test")
        yield client


def test_staff_members_get_403_on_every_gateway_page_and_post_and_nothing_is_written(
    console_db: Database, shops: Shops
) -> None:
    key = create_key(console_db, shops.acme.id, name="shop-bot")
    before = (
        list_keys(console_db, shops.acme.id),
        tenant_budget(console_db, shops.acme.id),
        list_changes(console_db, shops.acme.id).total,
    )
    with console_client(console_db) as clerk:
        sign_in(clerk, "clerk@acme.test")
        page = clerk.get("/admin/products")
        token = csrf_of(page.text)
        for href in ("/admin/keys", "/admin/budgets", "/admin/usage"):
            assert f'href="{href}"' not in page.text  # not in the navigation
        gets = [
            "/admin/keys",
            f"/admin/keys/{key.key.id}",
            f"/admin/keys/{key.key.id}/revoke",
            "/admin/budgets",
            "/admin/usage",
        ]
        for path in gets:
            answer = clerk.get(path)
            assert answer.status_code == 403 and "Not allowed" in answer.text, path
        posts = {
            "/admin/keys": {"name": "mallory", "rpm": "5"},
            f"/admin/keys/{key.key.id}/limits": {"rpm": "1"},
            f"/admin/keys/{key.key.id}/revoke": {},
            "/admin/budgets": {"monthly_tokens": "1"},
        }
        for path, data in posts.items():
            answer = clerk.post(path, data={"csrf_token": token, **data})
            assert answer.status_code == 403, path
            assert not SECRET.search(answer.text)
    after = (
        list_keys(console_db, shops.acme.id),
        tenant_budget(console_db, shops.acme.id),
        list_changes(console_db, shops.acme.id).total,
    )
    assert after == before


def test_a_created_key_is_shown_once_works_on_v1_and_stops_when_revoked(
    console_db: Database, shops: Shops, manager: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    page = manager.get("/admin/keys")
    assert page.status_code == 200 and "No keys yet." in page.text
    token = csrf_of(page.text)
    created = manager.post(
        "/admin/keys",
        data={
            "csrf_token": token,
            "name": "Shop bot",
            "rpm": "60",
            "tpm": "",
            "monthly_tokens": "5000",
        },
    )
    assert created.status_code == 201
    assert created.headers["cache-control"] == "no-store"
    secrets_shown = SECRET.findall(created.text)
    assert len(set(secrets_shown)) == 1
    secret = secrets_shown[0]
    assert "This is the only time the key is shown." in created.text
    (key,) = list_keys(console_db, shops.acme.id)
    assert (key.name, key.rpm, key.tpm, key.monthly_tokens) == ("Shop bot", 60, None, 5000)
    assert secret.startswith(key.prefix)

    models = manager.get("/v1/models", headers={"Authorization": f"Bearer {secret}"})
    assert models.status_code == 200 and models.json()["object"] == "list"

    for path in (
        "/admin/keys",
        f"/admin/keys/{key.id}",
        "/admin/audit",
        "/admin/usage",
        "/admin/budgets",
    ):
        later = manager.get(path)
        assert later.status_code == 200, path
        assert secret not in later.text and not SECRET.search(later.text), path
    listing = manager.get("/admin/keys").text
    assert f"{key.prefix}…" in listing and "Never" not in listing  # used once: a time

    confirm = manager.get(f"/admin/keys/{key.id}/revoke")
    assert "Revoke the key" in confirm.text
    revoked = manager.post(
        f"/admin/keys/{key.id}/revoke", data={"csrf_token": token}, follow_redirects=False
    )
    assert revoked.status_code == 303 and revoked.headers["location"] == "/admin/keys?done=revoked"
    assert "Revoked" in manager.get("/admin/keys").text
    refused = manager.get("/v1/models", headers={"Authorization": f"Bearer {secret}"})
    assert refused.status_code == 401

    actions = [c.action for c in list_changes(console_db, shops.acme.id).changes]
    assert actions[:2] == ["key.revoke", "key.create"]
    assert secret not in caplog.text and secret[len(key.prefix) :] not in caplog.text
    assert secret not in str(list_changes(console_db, shops.acme.id))


def test_limits_and_budgets_are_edited_checked_and_audited(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    key = create_key(console_db, shops.acme.id, name="bot", rpm=10).key
    page = manager.get(f"/admin/keys/{key.id}")
    token = csrf_of(page.text)
    bad = manager.post(
        f"/admin/keys/{key.id}/limits",
        data={"csrf_token": token, "rpm": "ten", "tpm": "-5", "monthly_tokens": ""},
    )
    assert bad.status_code == 422
    assert 'id="limits-rpm"' in bad.text and 'value="ten"' in bad.text
    assert bad.text.count('aria-invalid="true"') == 2
    assert "limits-rpm-error" in bad.text and "Enter a whole number from 1" in bad.text
    assert list_keys(console_db, shops.acme.id)[0].rpm == 10
    good = manager.post(
        f"/admin/keys/{key.id}/limits",
        data={"csrf_token": token, "rpm": "20", "tpm": "1,000", "monthly_tokens": ""},
    )
    assert good.status_code == 200 and "Limits saved." in good.text
    saved = list_keys(console_db, shops.acme.id)[0]
    assert (saved.rpm, saved.tpm, saved.monthly_tokens) == (20, 1000, None)
    change = list_changes(console_db, shops.acme.id).changes[0]
    assert (change.action, change.before, change.after) == (
        "key.limits",
        {"rpm": 10, "tpm": None},
        {"rpm": 20, "tpm": 1000},
    )

    bad = manager.post("/admin/budgets", data={"csrf_token": token, "monthly_tokens": "0"})
    assert bad.status_code == 422 and tenant_budget(console_db, shops.acme.id) is None
    good = manager.post("/admin/budgets", data={"csrf_token": token, "monthly_tokens": "90000"})
    assert good.status_code == 200 and "Budget saved." in good.text and "90,000" in good.text
    assert tenant_budget(console_db, shops.acme.id) == 90000
    assert list_changes(console_db, shops.acme.id).changes[0].action == "budget.set"
    created = manager.post(
        "/admin/keys",
        data={"csrf_token": token, "name": "x" * 101, "expires": "2001-01-01", "rpm": "1.5"},
    )
    assert created.status_code == 422 and not SECRET.search(created.text)
    assert created.text.count('aria-invalid="true"') == 3
    assert len(list_keys(console_db, shops.acme.id)) == 1


def test_usage_by_day_key_and_model_with_a_chart_for_this_shop_only(
    console_db: Database, shops: Shops, manager: TestClient
) -> None:
    key = create_key(console_db, shops.acme.id, name="Shop bot").key
    other = create_key(console_db, shops.globex.id, name="Globex bot").key
    day = datetime(2026, 3, 4, 12, tzinfo=UTC)
    for tenant, key_id, model, tokens, when in (
        (shops.acme.id, key.id, "chat", (100, 50), day),
        (shops.acme.id, None, "embed", (30, 0), day + timedelta(days=2)),
        (shops.globex.id, other.id, "chat", (7777, 7777), day),
    ):
        record_usage(
            console_db,
            UsageEvent(
                tenant,
                key_id,
                "api",
                "chat",
                model,
                prompt_tokens=tokens[0],
                completion_tokens=tokens[1],
                created_at=when,
            ),
        )
    page = manager.get("/admin/usage", params={"from": "2026-03-01", "to": "2026-03-31"})
    assert page.status_code == 200
    text = page.text
    assert "2026-03-04" in text and "2026-03-06" in text and "180 tokens" in text
    assert "Shop bot" in text and "own AI features" in text
    assert "Globex bot" not in text and "7,777" not in text and "15,554" not in text
    assert text.count("<rect ") == 31 and 'role="img"' in text
    wrong = manager.get("/admin/usage", params={"from": "2026-03-31", "to": "2026-03-01"})
    assert wrong.status_code == 422 and 'aria-describedby="range-to-error"' in wrong.text
