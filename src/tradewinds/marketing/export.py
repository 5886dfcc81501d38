"""Campaign exports: a CSV with one row per recipient, or one ``.eml`` file per recipient.

Both refuse a blocked campaign (:class:`CampaignBlocked`) and list only customers who
accept marketing. CSV text cells that a spreadsheet would run as a formula (``=``, ``+``,
``-``, ``@``, tab or carriage return first) get a leading apostrophe, as the purchase-order
CSV does: names and subjects are typed by people.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tradewinds.core.errors import InvalidInput
from tradewinds.marketing.campaigns import get_campaign
from tradewinds.marketing.messages import build_message, ensure_sendable, recipients, write_email
from tradewinds.store import Database

CSV_COLUMNS = ("email", "name", "variant", "language", "subject", "picks")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows but never runs.

    >>> spreadsheet_safe("=HYPERLINK(1)"), spreadsheet_safe("Ann")
    ("'=HYPERLINK(1)", 'Ann')
    """
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def export_csv(db: Database, tenant_id: int, name: str, *, unsubscribe_url: str = "") -> str:
    """The campaign's recipients as CSV (header first): email, name, variant, language,
    subject, picks (handles, ``;``-separated).

    Raises
    ------
    CampaignBlocked
        The copy has a blocking finding.
    """
    campaign = get_campaign(db, tenant_id, name)
    ensure_sendable(campaign)
    picks = ";".join(p["handle"] for p in campaign.picks)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for person in recipients(db, tenant_id, campaign):
        subject = write_email(campaign, person, unsubscribe_url).subject
        row = (person.email, person.name, person.variant, person.language, subject, picks)
        writer.writerow([spreadsheet_safe(str(value)) for value in row])
    return out.getvalue()


def eml_files(
    db: Database, tenant_id: int, name: str, *, sender: str, unsubscribe_url: str = ""
) -> list[tuple[str, bytes]]:
    """One ``(<campaign>-<customer id>.eml, bytes)`` per recipient; file names carry no
    email address.

    Raises
    ------
    CampaignBlocked
        The copy has a blocking finding.
    InvalidInput
        No sender address (``marketing.from_address``).
    """
    if "@" not in sender:
        raise InvalidInput(
            "a sender address is needed: set marketing.from_address (e.g. shop@example.com) "
            "or pass --from"
        )
    campaign = get_campaign(db, tenant_id, name)
    ensure_sendable(campaign)
    return [
        (
            f"{campaign.name}-{person.customer_id}.eml",
            build_message(
                campaign, person, sender=sender, unsubscribe_url=unsubscribe_url
            ).as_bytes(),
        )
        for person in recipients(db, tenant_id, campaign)
    ]


def write_eml(
    db: Database,
    tenant_id: int,
    name: str,
    folder: Path,
    *,
    sender: str,
    unsubscribe_url: str = "",
) -> int:
    """Write :func:`eml_files` into ``folder`` (created if missing); returns how many.

    Raises
    ------
    CampaignBlocked
        The copy has a blocking finding (nothing is written).
    InvalidInput
        No sender address (``marketing.from_address``).
    """
    files = eml_files(db, tenant_id, name, sender=sender, unsubscribe_url=unsubscribe_url)
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, data in files:
        (folder / file_name).write_bytes(data)
    return len(files)
