"""Sending by SMTP against a real local SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from typing import Any

import pytest

from tests.marketing._history import build_history
from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import MarketingSettings
from tradewinds.marketing import (
    CampaignBlocked,
    SmtpFailed,
    create_campaign,
    create_segment,
    edit_copy,
    send_campaign,
)
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

controller_module = pytest.importorskip("aiosmtpd.controller")


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def smtp_server() -> Iterator[tuple[_Inbox, int]]:
    inbox = _Inbox()
    port = _free_port()
    controller = controller_module.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def test_send_by_smtp(
    db: Database, tenant: Tenant, smtp_server: tuple[_Inbox, int], caplog: pytest.LogCaptureFixture
) -> None:
    inbox, port = smtp_server
    inbox.messages.clear()
    build_history(db, tenant.id)
    create_segment(db, tenant.id, "everyone", "rfm")
    create_campaign(db, tenant.id, "spring", "everyone", variants={"a": 1, "b": 1})
    settings = MarketingSettings(
        smtp_enabled=True,
        smtp_port=port,
        from_address="shop@example.test",
        unsubscribe_url="https://shop.example.test/u",
    )
    with caplog.at_level(logging.DEBUG, logger="tradewinds"):
        report = send_campaign(db, tenant.id, "spring", settings)
    assert (report.sent, report.already_sent, report.refused) == (4, 0, 0)
    sent_to = sorted(r for rcpts, _ in inbox.messages for r in rcpts)
    assert sent_to == [f"{n}@example.test" for n in ("ann", "cat", "dan", "eve")]  # not ben
    message = message_from_bytes(inbox.messages[0][1], policy=policy.default)
    assert message["From"] == "shop@example.test" and message["X-Campaign"] == "spring"
    assert message.get_content_type() == "multipart/alternative"
    assert "Unsubscribe" in message.get_body(("plain",)).get_content()
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("tradewinds")]
    assert ours and not any("@" in line for line in ours)  # no address in our logs
    # Run again: nobody is mailed twice.
    again = send_campaign(db, tenant.id, "spring", settings)
    assert (again.sent, again.already_sent) == (0, 4) and len(inbox.messages) == 4


def test_sending_is_off_by_default_and_refuses_blocked_copy(
    db: Database, tenant: Tenant, smtp_server: tuple[_Inbox, int]
) -> None:
    inbox, port = smtp_server
    inbox.messages.clear()
    build_history(db, tenant.id)
    create_segment(db, tenant.id, "everyone", "rfm")
    made = create_campaign(db, tenant.id, "spring", "everyone")
    with pytest.raises(ConfigError, match="smtp_enabled"):
        send_campaign(db, tenant.id, "spring", MarketingSettings())
    pick = made.picks[0]
    edit_copy(db, tenant.id, "spring", "a", "en", blocks={pick["handle"]: "Solid copper body."})
    on = MarketingSettings(smtp_enabled=True, smtp_port=port, from_address="shop@example.test")
    with pytest.raises(CampaignBlocked):
        send_campaign(db, tenant.id, "spring", on)
    assert inbox.messages == []


def test_an_unreachable_server_is_a_clear_error(db: Database, tenant: Tenant) -> None:
    build_history(db, tenant.id)
    create_segment(db, tenant.id, "everyone", "rfm")
    create_campaign(db, tenant.id, "spring", "everyone")
    settings = MarketingSettings(
        smtp_enabled=True,
        smtp_port=_free_port(),
        from_address="shop@example.test",
        smtp_username="shop",
        smtp_password="s3cret-pass",
        smtp_timeout_s=2,
    )
    with pytest.raises(SmtpFailed) as caught:
        send_campaign(db, tenant.id, "spring", settings)
    assert "127.0.0.1" in caught.value.message and "s3cret-pass" not in caught.value.message
