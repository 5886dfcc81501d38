"""Drafts: created checked, listed, reviewed and edited; each tenant sees only its own."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.merchant._review import CHINESE, CONTRADICTING, FAITHFUL, add_kettle
from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.merchant import (
    ListingCopy,
    approve,
    catalogue_duplicates,
    copy_from_text,
    create_draft,
    draft_diff,
    edit,
    edited_origin,
    get_draft,
    list_drafts,
    publish,
    reject,
    set_copy_settings,
)
from tradewinds.staff import Actor
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ConsoleChange, Tenant

ANN = Actor(7, "ann@example.com")


def test_a_draft_is_checked_and_its_findings_kept(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        bad = create_draft(session, "pour-kettle", CONTRADICTING, actor=ANN)
        good = create_draft(session, "pour-kettle", FAITHFUL, template="kettle-en")
    with tenant_session(db, tenant.id) as session:
        stored = get_draft(session, bad.id)
        assert stored.status == "pending" and stored.check.verdict == "contradiction"
        assert {"material", "number_unit"} <= set(stored.check.kinds)
        assert any(f.source == "attribute capacity" for f in stored.blocking)
        assert stored.author == "ann@example.com"
        assert get_draft(session, good.id).check.verdict == "ok"
        assert get_draft(session, good.id).template == "kettle-en"
        assert [d.id for d in list_drafts(session)] == [good.id, bad.id]
        assert [d.id for d in list_drafts(session, handle="pour-kettle", status="pending")]
        changes = session.scalars(select(ConsoleChange.action)).all()
        assert changes == ["copy.draft", "copy.draft"]


def test_bad_input_is_named(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        with pytest.raises(InvalidInput, match="supported: en, zh"):
            create_draft(session, "pour-kettle", replace(FAITHFUL, language="fr"))
        with pytest.raises(InvalidInput, match="seo_title: 61 characters, at most 60"):
            create_draft(session, "pour-kettle", replace(FAITHFUL, seo_title="x" * 61))
        with pytest.raises(NotFound, match="no product with handle 'nope'"):
            create_draft(session, "nope", FAITHFUL)
        with pytest.raises(InvalidInput, match="status 'done'"):
            list_drafts(session, status="done")


def test_approve_reject_and_edit_follow_the_review_rules(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        bad = create_draft(session, "pour-kettle", CONTRADICTING)
        good = create_draft(session, "pour-kettle", FAITHFUL)
    with (
        tenant_session(db, tenant.id) as session,
        pytest.raises(Conflict, match=r"cannot be approved: material: 'Copper'"),
    ):
        approve(session, bad.id)
    with tenant_session(db, tenant.id) as session:
        assert approve(session, good.id, actor=ANN).status == "approved"
        with pytest.raises(Conflict, match="is approved; only a pending or rejected"):
            approve(session, good.id)
    with tenant_session(db, tenant.id) as session:
        rejected = reject(session, bad.id, reason="wrong material")
        assert rejected.status == "rejected"
        fixed = edit(session, bad.id, replace(FAITHFUL, origin="merchant", model=None))
        assert fixed.status == "pending" and fixed.check.verdict == "ok"
        assert fixed.copy.origin == "merchant"  # a person rewrote a person's copy
        edited = edit(session, good.id, replace(FAITHFUL, title="Pour-Over Kettle 2.5 L"))
        assert edited.status == "pending" and edited.reviewed_by == ""  # approval was of the old
        assert edited.copy.origin == "mixed" and edited.copy.model == "chat"
        actions = session.scalars(select(ConsoleChange.action).order_by(ConsoleChange.id)).all()
    assert actions[-4:] == ["copy.approve", "copy.reject", "copy.edit", "copy.edit"]


def test_edited_origin_keeps_the_model_only_while_its_text_stays() -> None:
    mine = ListingCopy("en", "Kettle for slow coffee mornings", ("One", "Two", "Three"))
    assert edited_origin(FAITHFUL, mine) == "merchant"
    assert edited_origin(FAITHFUL, replace(FAITHFUL, title="Kettle")) == "mixed"
    template = replace(FAITHFUL, origin="template", model=None)
    assert edited_origin(template, FAITHFUL) == "merchant"


def test_an_edit_cannot_change_the_language(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        draft = create_draft(session, "pour-kettle", FAITHFUL)
        with pytest.raises(InvalidInput, match="the edit is 'zh' but draft"):
            edit(session, draft.id, CHINESE)


def test_the_tenant_policy_decides_what_blocks(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        set_copy_settings(session, blocking=["refusal"])
        draft = create_draft(session, "pour-kettle", CONTRADICTING)
        assert draft.check.verdict == "ok" and draft.check.findings  # found, only warned
        with pytest.raises(InvalidInput, match="blocking: Unknown kinds"):
            set_copy_settings(session, blocking=["copper"])


def test_the_diff_is_against_the_product_fields_before_any_publish(
    db: Database, tenant: Tenant
) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        draft = create_draft(session, "pour-kettle", FAITHFUL)
        zh = create_draft(session, "pour-kettle", CHINESE)
        diff = {d.field: d for d in draft_diff(session, draft.id)}
        assert diff["title"].before == "Pour-Over Kettle"
        assert "+Pour-Over Kettle, 2.5 L Stainless Steel" in diff["title"].lines
        assert diff["description"].before.splitlines()[1] == (
            "Not dishwasher safe & hand wash only."
        )
        assert diff["bullets"].after.splitlines() == list(FAITHFUL.bullets)
        assert all(d.before == "" for d in draft_diff(session, zh.id))  # no zh copy yet


def test_a_tenant_never_sees_another_tenants_drafts(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    add_kettle(db, tenant.id)
    add_kettle(db, other_tenant.id)
    with tenant_session(db, tenant.id) as session:
        mine = create_draft(session, "pour-kettle", FAITHFUL).id
    with tenant_session(db, other_tenant.id) as session:
        theirs = create_draft(session, "pour-kettle", FAITHFUL).id
        assert [d.id for d in list_drafts(session)] == [theirs]
        for action in (get_draft, approve, reject, draft_diff):
            with pytest.raises(NotFound, match=f"no copy draft {mine}"):
                action(session, mine)  # type: ignore[operator]


def test_plain_text_copy_is_read_field_by_field() -> None:
    text = (
        "Pour-Over Kettle\n- Holds 2.5 L\n* Steel body\n\nBoils fast.\nPours slowly.\n"
        "SEO title: Kettle 2.5 L\nMeta description: A kettle.\n"
    )
    copy = copy_from_text(text, "en")
    assert copy.title == "Pour-Over Kettle" and copy.bullets == ("Holds 2.5 L", "Steel body")
    assert copy.description == "Boils fast.\nPours slowly."
    assert (copy.seo_title, copy.meta_description) == ("Kettle 2.5 L", "A kettle.")
    assert copy_from_text('{"title": "Kettle"}', "zh").language == "zh"
    with pytest.raises(InvalidInput, match="copy JSON line 1 column"):
        copy_from_text("{oops", "en")
    with pytest.raises(InvalidInput, match="expected its title"):
        copy_from_text("  \n", "en")


def test_a_draft_copying_another_products_published_copy_is_warned(
    db: Database, tenant: Tenant
) -> None:
    add_kettle(db, tenant.id)
    add_kettle(db, tenant.id, "pour-kettle-2")
    with tenant_session(db, tenant.id) as session:
        draft = create_draft(session, "pour-kettle", FAITHFUL)
        approve(session, draft.id)
        publish(session, draft.id)
    with tenant_session(db, tenant.id) as session:
        index = catalogue_duplicates(session)
        own = create_draft(session, "pour-kettle", FAITHFUL, duplicates=index)
        copied = create_draft(session, "pour-kettle-2", FAITHFUL, duplicates=index)
    assert "near_duplicate" not in own.check.kinds  # its own published copy is not another's
    (warning,) = [f for f in copied.check.findings if f.kind == "near_duplicate"]
    assert warning.severity == "warn" and "pour-kettle" in warning.source
    assert copied.check.verdict == "ok"  # the default policy only warns
