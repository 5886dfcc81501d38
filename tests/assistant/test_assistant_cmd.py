"""``tradewinds ask`` as a user runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from subprocess import CompletedProcess

from tests.assistant.conftest import build_shop
from tradewinds.core.settings import load_settings
from tradewinds.store import Database
from tradewinds.store.tenants import create_tenant

Run = Callable[..., CompletedProcess[str]]


def test_ask_with_customer_session_and_json(sqlite_db: Database, run_cli: Run) -> None:
    tenant = create_tenant(sqlite_db, "acme")
    build_shop(sqlite_db, tenant, load_settings())
    env = {"TRADEWINDS_DATABASE_URL": sqlite_db.engine.url.render_as_string(hide_password=False)}

    def cli(*args: str) -> CompletedProcess[str]:
        return run_cli("ask", *args, "--tenant", "acme", env=env)

    first = cli("my orders", "--customer", "alice@example.com", "--json")
    assert first.returncode == 0, first.stderr
    body = json.loads(first.stdout)
    assert "Order #1001 is paid, total 29.00 USD" in body["text"]
    follow = cli("what is your return policy?", "--session", body["session_id"])
    assert follow.returncode == 0, follow.stderr
    assert "30 days" in follow.stdout and "[1] store_policies: returns.md#Returns" in follow.stdout
    empty = cli("")
    assert empty.returncode == 2 and "empty" in empty.stderr


def test_text_output_carries_the_explicit_label_in_the_reply_language(
    sqlite_db: Database, run_cli: Run
) -> None:
    from tests.assistant.conftest import build_zh_shop

    build_zh_shop(sqlite_db, load_settings())
    env = {"TRADEWINDS_DATABASE_URL": sqlite_db.engine.url.render_as_string(hide_password=False)}
    chinese = run_cli("ask", "有没有红色的外套", "--tenant", "hangzhou", env=env)
    assert chinese.returncode == 0, chinese.stderr
    lines = chinese.stdout.split("\n")
    assert lines[1].startswith("- **红色防水冲锋衣**")  # the answer, then the label line
    assert lines[2:4] == ["", "由人工智能生成"]
    english = run_cli("ask", "red jacket", "--tenant", "hangzhou", env=env)
    assert "\nAI-generated\n" in english.stdout
    as_json = run_cli("ask", "外套", "--tenant", "hangzhou", "--json", env=env)
    body = json.loads(as_json.stdout)  # the implicit, signed label only
    assert body["language"] == "zh" and body["aigc_label"]["explicit"] == "由人工智能生成"
    assert body["aigc_label"]["aigc"] is True and body["aigc_label"]["sig"]
