"""What the console (and the API and CLI) share: one segment's size without its members,
the definitions without sizes, the first emails as written, the .eml files in memory, and
each change recorded in the console audit when an actor makes it."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from tests.marketing._history import NOW, build_history
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.marketing import (
    create_campaign,
    create_segment,
    delete_campaign,
    delete_segment,
    edit_copy,
    eml_files,
    get_campaign,
    list_segments,
    mask_email,
    preview_emails,
    segment_members,
    segment_size,
)
from tradewinds.staff import Actor, list_changes
from tradewinds.store import Database
from tradewinds.store.tables import Tenant

ANN = Actor(None, "ann@shop.test")


def test_size_and_definitions_without_members(db: Database, tenant: Tenant) -> None:
    build_history(db, tenant.id)
    create_segment(db, tenant.id, "lapsed", "lapsed", {"days": 30})
    create_segment(db, tenant.id, "all", "rfm")
    assert [d.name for d in list_segments(db, tenant.id)] == ["all", "lapsed"]
    size = segment_size(db, tenant.id, "lapsed", now=NOW)
    assert size == segment_members(db, tenant.id, "lapsed", limit=1, now=NOW).size
    assert (size.members, size.reachable) == (2, 2)  # cat and dan; ben bought 10 days ago
    assert segment_members(db, tenant.id, "lapsed", offset=5, now=NOW).size == size  # past the end
    everyone = segment_members(db, tenant.id, "all", limit=2, offset=1)  # one pass: size + page
    assert everyone.size == segment_size(db, tenant.id, "all") and len(everyone.members) == 2
    assert everyone.size.revenue_minor == 18000 + 50000 + 4000 + 10000 + 6000
    with pytest.raises(NotFound):
        segment_size(db, tenant.id, "nobody")


def test_previews_and_eml_files(db: Database, tenant: Tenant) -> None:
    build_history(db, tenant.id)
    create_segment(db, tenant.id, "all", "rfm")
    campaign = create_campaign(db, tenant.id, "spring", "all", languages=["en"])
    shown = preview_emails(db, tenant.id, campaign, "", limit=2)
    assert len(shown) == 2 and all(w.subject and w.text.strip() for _, w in shown)
    assert shown[0][0].email == "ann@example.test"  # highest revenue among those who accept
    with pytest.raises(InvalidInput):
        eml_files(db, tenant.id, "spring", sender="nobody")
    files = eml_files(db, tenant.id, "spring", sender="shop@example.test")
    assert len(files) == 4 and all("@" not in name for name, _ in files)
    message = message_from_bytes(files[0][1], policy=policy.default)
    assert message["From"] == "shop@example.test"
    assert mask_email("ann@example.test") == "a***@example.test"


def test_changes_by_an_actor_are_audited(db: Database, tenant: Tenant) -> None:
    build_history(db, tenant.id)
    create_segment(db, tenant.id, "all", "rfm", description="everyone", actor=ANN)
    create_campaign(db, tenant.id, "spring", "all", languages=["en"], actor=ANN)
    edit_copy(db, tenant.id, "spring", "a", "en", subject="Spring is here", actor=ANN)
    before = get_campaign(db, tenant.id, "spring")
    delete_campaign(db, tenant.id, "spring", actor=ANN)
    delete_segment(db, tenant.id, "all", actor=ANN)
    changes = list_changes(db, tenant.id).changes[::-1]
    assert [c.action for c in changes] == [
        "segment.create", "campaign.create", "campaign.edit", "campaign.delete", "segment.delete"
    ]  # fmt: skip
    assert all(c.actor == "ann@shop.test" for c in changes)
    assert changes[0].after == {"kind": "rfm", "params": {"r": [1, 5], "f": [1, 5],
                                "m": [1, 5]}, "description": "everyone"}  # fmt: skip
    assert changes[2].after["subject"] == "Spring is here" and changes[2].after["verdict"] == "ok"
    assert changes[2].before["subject"] != "Spring is here"
    assert changes[3].before == {"segment": "all", "variants": before.shares, "verdict": "ok"}
    assert changes[4].before["description"] == "everyone"
    # Without an actor (the API, the CLI) nothing is added to the console's audit.
    create_segment(db, tenant.id, "again", "rfm")
    assert list_changes(db, tenant.id).total == 5
