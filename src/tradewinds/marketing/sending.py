"""Sending a campaign by SMTP: off unless ``marketing.smtp_enabled``; each email is
recorded as delivered right after the server accepts it, so a send run again (after an
interruption) mails nobody twice. Logs carry counts, never addresses or the password."""

from __future__ import annotations

import contextlib
import logging
import smtplib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from tradewinds.core.errors import ConfigError, TradewindsError
from tradewinds.core.settings import MarketingSettings
from tradewinds.marketing.campaigns import get_campaign
from tradewinds.marketing.messages import build_message, ensure_sendable, recipients
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import CampaignDelivery

log = logging.getLogger(__name__)


class SmtpFailed(TradewindsError):
    """The SMTP server could not be reached or refused the session."""

    code = "smtp_failed"
    http_status = 502

    def __init__(self, message: str, sent: int = 0) -> None:
        super().__init__(message, details={"sent": sent})
        self.sent = sent  # emails the server accepted (and recorded) before it failed


@dataclass(frozen=True)
class SendReport:
    """What a send did: emails accepted now, recipients sent to before, refused ones."""

    sent: int
    already_sent: int
    refused: int


def _connect(settings: MarketingSettings) -> smtplib.SMTP:
    try:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_s)
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username:
            password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
            smtp.login(settings.smtp_username, password)
    except (OSError, smtplib.SMTPException) as exc:
        # The exception text can quote the server's reply; never the password.
        raise SmtpFailed(
            f"SMTP server {settings.smtp_host}:{settings.smtp_port}: {type(exc).__name__}"
        ) from None
    return smtp


def _audit(
    db: Database, tenant_id: int, actor: Actor | None, name: str, after: dict[str, Any]
) -> None:
    if actor is not None:
        with tenant_session(db, tenant_id) as session:
            record_change(
                session, actor, "campaign.send", ("campaign", name), f"campaign {name}", {}, after
            )


def send_campaign(
    db: Database,
    tenant_id: int,
    name: str,
    settings: MarketingSettings,
    *,
    actor: Actor | None = None,
) -> SendReport:
    """Send campaign ``name`` to every recipient not sent to yet.

    With ``actor``, the run is recorded in the console's audit (the counts, and the
    failure if the server failed); each delivery is recorded as the server accepts it.

    Raises
    ------
    ConfigError
        Sending is off (``marketing.smtp_enabled``) or no ``marketing.from_address``.
    CampaignBlocked
        The copy has a blocking finding: nothing is sent.
    SmtpFailed
        The server could not be reached or refused the login.
    """
    if not settings.smtp_enabled:
        raise ConfigError("sending by SMTP is off: set marketing.smtp_enabled = true")
    if "@" not in settings.from_address:
        raise ConfigError("set marketing.from_address (e.g. shop@example.com) to send")
    campaign = get_campaign(db, tenant_id, name)
    ensure_sendable(campaign)
    with tenant_session(db, tenant_id) as session:
        done = set(
            session.scalars(
                select(CampaignDelivery.customer_id).where(
                    CampaignDelivery.campaign_id == campaign.id
                )
            )
        )
    todo = [r for r in recipients(db, tenant_id, campaign) if r.customer_id not in done]
    sent = refused = 0
    if todo:
        try:
            smtp = _connect(settings)
        except SmtpFailed as unreachable:
            _audit(db, tenant_id, actor, name, {"sent": 0, "failed": str(unreachable)})
            raise
        try:
            for person in todo:
                message = build_message(
                    campaign,
                    person,
                    sender=settings.from_address,
                    unsubscribe_url=settings.unsubscribe_url,
                )
                try:
                    smtp.send_message(message)
                except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError):
                    refused += 1
                    continue
                with tenant_session(db, tenant_id) as session:
                    session.add(
                        CampaignDelivery(
                            campaign_id=campaign.id,
                            customer_id=person.customer_id,
                            variant=person.variant,
                        )
                    )
                sent += 1
        except (OSError, smtplib.SMTPException) as exc:
            failed = SmtpFailed(
                f"SMTP server {settings.smtp_host}:{settings.smtp_port} failed after {sent} "
                f"emails: {type(exc).__name__}; run the send again to go on",
                sent,
            )
            _audit(db, tenant_id, actor, name, {"sent": sent, "failed": str(failed)})
            raise failed from None
        finally:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                smtp.quit()
    log.info(
        "campaign %s: %d sent, %d sent before, %d refused", campaign.name, sent, len(done), refused
    )
    _audit(
        db, tenant_id, actor, name, {"sent": sent, "already_sent": len(done), "refused": refused}
    )
    return SendReport(sent, len(done), refused)
