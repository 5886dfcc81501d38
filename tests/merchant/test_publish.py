"""Publishing and reverting: refused when a finding blocks, exact product fields, versions
kept in order with one current, and concurrent publishes on PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import select

from tests.merchant._review import CHINESE, CONTRADICTING, FAITHFUL, ORIGINAL_BODY, add_kettle
from tradewinds.compliance import ContentLabel, embed_label, verify_text
from tradewinds.core.errors import Conflict, NotFound
from tradewinds.core.settings import get_settings
from tradewinds.merchant import (
    approve,
    body_html,
    create_draft,
    draft_diff,
    get_draft,
    publish,
    revert,
    set_copy_settings,
    versions,
)
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import ConsoleChange, Product, ProductAttribute, Tenant


def _approved(db: Database, tenant_id: int, copy=FAITHFUL) -> int:  # type: ignore[no-untyped-def]
    with tenant_session(db, tenant_id) as session:
        draft = create_draft(session, "pour-kettle", copy)
        approve(session, draft.id)
        return draft.id


def _fields(db: Database, tenant_id: int) -> tuple[str, str]:
    with tenant_session(db, tenant_id) as session:
        product = session.scalars(select(Product)).one()
        return product.title, product.body_html


def test_publish_refuses_a_blocked_draft_naming_its_findings(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        draft = create_draft(session, "pour-kettle", CONTRADICTING)
    with (
        pytest.raises(Conflict, match=r"a finding blocks it: material: 'Copper'.*attribute"),
        tenant_session(db, tenant.id) as session,
    ):
        publish(session, draft.id)
    assert _fields(db, tenant.id) == ("Pour-Over Kettle", ORIGINAL_BODY)


def test_publish_checks_todays_facts_and_needs_an_approval(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        pending = create_draft(session, "pour-kettle", FAITHFUL).id
    with (
        pytest.raises(Conflict, match=r"is pending; only an approved draft.*copy approve"),
        tenant_session(db, tenant.id) as session,
    ):
        publish(session, pending)
    approved = _approved(db, tenant.id)
    with tenant_session(db, tenant.id) as session:  # the facts change after the approval
        attribute = session.scalars(
            select(ProductAttribute).where(ProductAttribute.key == "capacity")
        ).one()
        attribute.value = "1.2 L"
    with (
        pytest.raises(Conflict, match=r"number_unit: '2.5 L'.*attribute capacity"),
        tenant_session(db, tenant.id) as session,
    ):
        publish(session, approved)
    with tenant_session(db, tenant.id) as session:
        assert get_draft(session, approved).status == "approved"  # nothing was written


def test_publish_then_revert_restores_the_exact_fields(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    first = _approved(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        v2 = publish(session, first)
    assert v2.number == 2 and v2.current  # version 1 keeps the fields as they were
    assert _fields(db, tenant.id) == (FAITHFUL.title, body_html(FAITHFUL))
    second = _approved(db, tenant.id, replace(FAITHFUL, title="Stainless Pour-Over Kettle"))
    with tenant_session(db, tenant.id) as session:
        assert publish(session, second).number == 3
        assert get_draft(session, first).status == "superseded"
        diff = {d.field: d for d in draft_diff(session, second)}
        assert not diff["title"].changed  # the current copy is the published draft now
    with tenant_session(db, tenant.id) as session:
        back = revert(session, "pour-kettle", 1)
    assert (back.number, back.reverted_from, back.current) == (4, 1, True)
    assert _fields(db, tenant.id) == ("Pour-Over Kettle", ORIGINAL_BODY)
    with tenant_session(db, tenant.id) as session:
        again = revert(session, "pour-kettle", 2)
        assert again.ai_label == v2.ai_label  # the same text keeps its label
        listed = versions(session, "pour-kettle")
        actions = session.scalars(select(ConsoleChange.action).order_by(ConsoleChange.id)).all()
    assert _fields(db, tenant.id) == (FAITHFUL.title, body_html(FAITHFUL))
    assert [(v.number, v.current) for v in listed] == [
        (5, True), (4, False), (3, False), (2, False), (1, False),
    ]  # fmt: skip
    assert [a for a in actions if a in ("copy.publish", "copy.revert")] == [
        "copy.publish", "copy.publish", "copy.revert", "copy.revert",
    ]  # fmt: skip


def test_revert_names_what_it_cannot_restore(db: Database, tenant: Tenant) -> None:
    add_kettle(db, tenant.id)
    draft = _approved(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        publish(session, draft)
    with tenant_session(db, tenant.id) as session:
        with pytest.raises(NotFound, match=r"no en copy version 9 \(versions: 1, 2\)"):
            revert(session, "pour-kettle", 9)
        with pytest.raises(Conflict, match="already the current one"):
            revert(session, "pour-kettle", 2)


def test_ai_copy_gets_a_signed_label_and_other_languages_keep_the_product_fields(
    db: Database, tenant: Tenant
) -> None:
    add_kettle(db, tenant.id)
    with tenant_session(db, tenant.id) as session:
        zh = create_draft(session, "pour-kettle", CHINESE)
        approve(session, zh.id)
        version = publish(session, zh.id)
        mine = create_draft(session, "pour-kettle", replace(FAITHFUL, origin="merchant"))
        approve(session, mine.id)
        assert publish(session, mine.id).ai_label is None
    assert version.number == 1 and version.language == "zh"
    assert version.ai_label is not None and version.ai_label["explicit"] == "由人工智能生成"
    label = ContentLabel(version.ai_label["content_id"], "", version.ai_label, "由人工智能生成")
    assert verify_text(get_settings(), embed_label(CHINESE.text(), label)).ok
    assert not verify_text(get_settings(), embed_label(CHINESE.text() + "!", label)).ok
    assert _fields(db, tenant.id)[0] == FAITHFUL.title  # zh did not touch the en fields


def test_publishing_another_tenants_draft_is_not_found(
    db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    add_kettle(db, tenant.id)
    add_kettle(db, other_tenant.id)
    draft = _approved(db, tenant.id)
    with pytest.raises(NotFound), tenant_session(db, other_tenant.id) as session:
        publish(session, draft)
    with tenant_session(db, other_tenant.id) as session:
        set_copy_settings(session, storefront_label=False)
        assert versions(session, "pour-kettle") == []
    assert _fields(db, tenant.id)[0] == "Pour-Over Kettle"


@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_concurrent_publishes_of_one_product_leave_one_current(
    db: Database, tenant: Tenant
) -> None:
    add_kettle(db, tenant.id)
    titles = [f"Pour-Over Kettle No. {i}" for i in range(6)]
    drafts = [_approved(db, tenant.id, replace(FAITHFUL, title=t)) for t in titles]
    start, errors = threading.Barrier(len(drafts)), []

    def run(draft_id: int) -> None:
        try:
            start.wait()
            with tenant_session(db, tenant.id) as session:
                publish(session, draft_id)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with tenant_session(db, tenant.id) as session:
        listed = versions(session, "pour-kettle")
        statuses = sorted(get_draft(session, d).status for d in drafts)
    assert [v.number for v in listed] == list(range(7, 0, -1))
    current = [v for v in listed if v.current]
    assert len(current) == 1 and current[0].number == 7
    assert _fields(db, tenant.id)[0] == current[0].copy.title  # the last one applied wins
    assert statuses == ["published"] + ["superseded"] * 5
    published = [v.copy.title for v in sorted(listed, key=lambda v: v.published_at)][1:]
    assert sorted(published) == sorted(titles)  # each applied once, in number order
