"""Who a campaign is for and what each of them receives: the segment's members who
accept marketing, each with a variant, a language and the email written for them.

An email is UTF-8, ``multipart/alternative`` (plain text and HTML, every text escaped in
the HTML), ends with an unsubscribe line, and carries a ``List-Unsubscribe`` header when
the shop has an unsubscribe link. When a model wrote any of the copy, the headers
``X-AI-Generated: yes`` and ``X-AI-Generator`` say so (implicit AI-content label).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from itertools import islice

from tradewinds.marketing import copywriting as cw
from tradewinds.marketing.campaigns import CampaignBlocked, CampaignView
from tradewinds.marketing.segments import segment_members
from tradewinds.marketing.variants import assign_variant
from tradewinds.store import Database

# Countries whose customers get the Chinese copy when a campaign has it.
ZH_COUNTRIES = frozenset({"CN", "TW", "HK", "MO"})


@dataclass(frozen=True)
class Recipient:
    """One customer a campaign goes to, with their variant and language."""

    customer_id: int
    email: str
    name: str
    variant: str
    language: str


@dataclass(frozen=True)
class Written:
    """One recipient's email: subject, plain text and HTML."""

    subject: str
    text: str
    html: str


def ensure_sendable(campaign: CampaignView) -> None:
    """Raise :class:`CampaignBlocked` when the campaign's copy has a blocking finding."""
    if campaign.verdict != "ok":
        blocking = [f for f in campaign.findings if f.get("severity") == "block"]
        first = blocking[0] if blocking else {}
        raise CampaignBlocked(
            f"campaign {campaign.name} is blocked by {len(blocking)} finding(s) of the fact "
            f"checker, first: {first.get('kind')} {first.get('claim')!r} vs "
            f"{first.get('fact')!r} ({first.get('variant')}/{first.get('language')} "
            f"{first.get('part')}); correct the copy (campaigns edit) and try again",
            details={"findings": blocking[:20]},
        )


def mask_email(email: str) -> str:
    """An address shown to someone who may not see customers' addresses.

    >>> mask_email("ann@example.com")
    'a***@example.com'
    """
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}"


def language_for(country: str, languages: list[str]) -> str:
    """The campaign language a customer reads: Chinese for Chinese-speaking regions when
    the campaign has it, else the campaign's first language."""
    if "zh" in languages and (country or "").upper() in ZH_COUNTRIES:
        return "zh"
    return languages[0]


def recipients(db: Database, tenant_id: int, campaign: CampaignView) -> Iterator[Recipient]:
    """The segment's members who accept marketing, highest revenue first; never anyone
    who did not accept marketing."""
    page = segment_members(db, tenant_id, campaign.segment, limit=None, reachable_only=True)
    for member in page.members:
        if not member.accepts_marketing or not member.email:
            continue
        yield Recipient(
            member.customer_id,
            member.email,
            member.name,
            assign_variant(campaign.id, member.customer_id, campaign.shares),
            language_for(member.country, campaign.languages),
        )


def write_email(campaign: CampaignView, recipient: Recipient, unsubscribe_url: str) -> Written:
    """The subject, text and HTML of one recipient's email."""
    part = campaign.part(recipient.variant, recipient.language)
    greeting = cw.greeting_name(recipient.name, recipient.language)
    intro = part["intro"].replace("{name}", greeting)
    lines = [b["text"] for b in part["blocks"]]
    unsubscribe = cw.unsubscribe_line(recipient.language, unsubscribe_url)
    text = "\n\n".join(
        [intro, "\n".join(f"- {line}" for line in lines), part["outro"], "--", unsubscribe]
    )
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    body = (
        f'<!DOCTYPE html><html lang="{recipient.language}"><head><meta charset="utf-8">'
        f"<title>{html.escape(part['subject'])}</title></head><body>"
        f"<p>{html.escape(intro)}</p><ul>{items}</ul><p>{html.escape(part['outro'])}</p>"
        f'<hr><p style="font-size:small">{html.escape(unsubscribe)}</p></body></html>'
    )
    return Written(part["subject"], text + "\n", body)


def preview_emails(
    db: Database, tenant_id: int, campaign: CampaignView, unsubscribe_url: str, limit: int = 1
) -> list[tuple[Recipient, Written]]:
    """The emails of the campaign's first ``limit`` recipients as they would be written
    (whether or not the copy is blocked: a preview is how the copy gets corrected)."""
    return [
        (person, write_email(campaign, person, unsubscribe_url))
        for person in islice(recipients(db, tenant_id, campaign), limit)
    ]


def build_message(
    campaign: CampaignView,
    recipient: Recipient,
    *,
    sender: str,
    unsubscribe_url: str = "",
) -> EmailMessage:
    """The email for one recipient as an :class:`email.message.EmailMessage`."""
    written = write_email(campaign, recipient, unsubscribe_url)
    message = EmailMessage()
    message["Subject"] = written.subject
    message["From"] = sender
    message["To"] = formataddr((recipient.name, recipient.email))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["X-Campaign"] = campaign.name
    message["X-Campaign-Variant"] = recipient.variant
    if unsubscribe_url:
        message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    if campaign.written_by.startswith("model"):
        message["X-AI-Generated"] = "yes"
        message["X-AI-Generator"] = campaign.written_by
    message.set_content(written.text, charset="utf-8")
    message.add_alternative(written.html, subtype="html", charset="utf-8")
    return message
