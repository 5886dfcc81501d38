"""The AI tools pages: listing-copy drafts (queue, a draft with its diff and findings,
approve, reject, edit, publish), generation from a product, versions and revert, the
copy settings; roles, field errors, refusals writing nothing, the audit, Chinese, odd ids."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select

from tests.merchant._review import CONTRADICTING, FAITHFUL, add_kettle
from tests.web._console import Shops, console_client, csrf_of, shops_of, sign_in
from tradewinds.core.errors import ModelUnavailable
from tradewinds.gateway.errors import BudgetExceeded
from tradewinds.merchant import copy_settings, create_draft, get_draft, list_drafts
from tradewinds.staff import list_changes
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import CopyDraft, Product


@pytest.fixture
def shops(console_db: Database) -> Shops:
    shops = shops_of(console_db)
    add_kettle(console_db, shops.acme.id)
    return shops


@pytest.fixture
def owner(console_db: Database, shops: Shops) -> Iterator[TestClient]:
    with console_client(console_db) as client:
        sign_in(client, "owner@acme.test")
        yield client


def _drafts(db: Database, shops: Shops) -> tuple[int, int]:
    """A merchant's draft contradicting the kettle's facts, and a faithful AI one."""
    with tenant_session(db, shops.acme.id) as session:
        bad = create_draft(session, "pour-kettle", CONTRADICTING).id
        good = create_draft(session, "pour-kettle", FAITHFUL).id
    return bad, good


def _status(db: Database, shops: Shops, draft_id: int) -> str:
    with tenant_session(db, shops.acme.id) as session:
        return get_draft(session, draft_id).status


def _draft_count(db: Database, shops: Shops) -> int:
    with tenant_session(db, shops.acme.id) as session:
        return session.scalar(select(func.count(CopyDraft.id))) or 0


def _actions(db: Database, shops: Shops) -> list[str]:
    return [c.action for c in list_changes(db, shops.acme.id).changes]


def _post(client: TestClient, path: str, data: dict[str, str] | None = None) -> Response:
    token = csrf_of(client.get("/admin/ai").text)
    return client.post(path, data={"csrf_token": token, **(data or {})}, follow_redirects=False)


def test_generate_from_the_product_page_then_approve_publish_and_revert(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    with tenant_session(console_db, shops.acme.id) as session:
        kettle = session.scalars(select(Product.id).where(Product.handle == "pour-kettle")).one()
    page = owner.get(f"/admin/products/{kettle}").text
    assert 'action="/admin/ai/generate"' in page and 'name="lang.en"' in page
    answer = owner.post("/admin/ai/generate", follow_redirects=False, data={
        "csrf_token": csrf_of(page), "handle": "pour-kettle", "lang.en": "on"})  # fmt: skip
    assert answer.status_code == 303, answer.text
    draft_page = answer.headers["location"]
    draft_id = int(re.findall(r"\d+", draft_page)[0])
    page = owner.get(draft_page).text
    assert "Copy generated and stored as a pending draft." in page
    assert "Field by field" in page and "Pour-Over Kettle" in page  # the live copy
    assert "Templates" in page and "AI-generated</strong>" not in page
    assert _post(owner, f"/admin/ai/drafts/{draft_id}/approve").status_code == 303
    assert _post(owner, f"/admin/ai/drafts/{draft_id}/publish").status_code == 303
    assert (
        "Published: shoppers now see"
        in owner.get(f"/admin/ai/drafts/{draft_id}?done=published").text
    )
    with tenant_session(console_db, shops.acme.id) as session:
        published = get_draft(session, draft_id)
        title = session.scalars(select(Product.title).where(Product.id == kettle)).one()
    assert published.status == "published" and title == published.copy.title
    assert published.author == "owner@acme.test"
    assert _actions(console_db, shops)[:3] == ["copy.publish", "copy.approve", "copy.draft"]
    versions = owner.get("/admin/ai/products/pour-kettle/versions").text
    assert "(current)" in versions and "before the first publish" in versions
    confirm = owner.get("/admin/ai/products/pour-kettle/revert?language=en&version=1")
    assert confirm.status_code == 200 and "Restore version 1 of pour-kettle?" in confirm.text
    answer = owner.post("/admin/ai/products/pour-kettle/revert", follow_redirects=False, data={
        "csrf_token": csrf_of(confirm.text), "language": "en", "version": "1"})  # fmt: skip
    assert answer.status_code == 303
    assert "Restored" in owner.get(answer.headers["location"]).text
    with tenant_session(console_db, shops.acme.id) as session:
        assert session.get(Product, kettle).title == "Pour-Over Kettle"  # type: ignore[union-attr]
    change = list_changes(console_db, shops.acme.id).changes[0]
    assert change.action == "copy.revert" and change.actor == "owner@acme.test"
    assert change.before["title"] == published.copy.title


def test_a_draft_shows_its_findings_and_blocked_steps_write_nothing(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    bad, good = _drafts(console_db, shops)
    page = owner.get(f"/admin/ai/drafts/{bad}").text
    assert "Blocks publishing" in page and "attribute material" in page and "Copper" in page
    assert "Where in the copy" in page and "<td>Title</td>" in page
    assert "AI-generated</strong>" in owner.get(f"/admin/ai/drafts/{good}").text
    before = _actions(console_db, shops)
    answer = _post(owner, f"/admin/ai/drafts/{bad}/approve")
    assert answer.status_code == 409 and "cannot be approved" in answer.text
    answer = _post(owner, f"/admin/ai/drafts/{bad}/publish")
    assert answer.status_code == 409 and "cannot be published" in answer.text
    assert "Why it cannot be published" in answer.text
    assert _status(console_db, shops, bad) == "pending" and _actions(console_db, shops) == before
    assert owner.get("/admin/ai/drafts/99999999").status_code == 404
    assert owner.get("/admin/ai/drafts/%D9%A3").status_code == 404
    assert owner.get("/admin/ai/products/nope/versions").status_code == 404
    page = owner.get("/admin/ai?lang=zh").text  # Chinese from here on (the tw_lang cookie)
    assert "商品文案草稿" in page and "生成文案" in page and 'lang="zh-Hans"' in page
    page = owner.get(f"/admin/ai/drafts/{bad}").text
    assert "事实核查结果" in page and "阻止发布" in page
    assert "尚未发布任何文案" in owner.get("/admin/ai/products/pour-kettle/versions").text


def test_edit_and_reject_check_their_fields(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    bad, good = _drafts(console_db, shops)
    before = _actions(console_db, shops)
    wrong = {"title": "", "bullets": "One\r\nTwo", "description": "<b>kept</b>",
             "seo_title": "x" * 61, "meta_description": ""}  # fmt: skip
    answer = _post(owner, f"/admin/ai/drafts/{bad}/edit", wrong)
    assert answer.status_code == 422
    text = answer.text
    assert 'id="edit-title" name="title" value="" lang="en" aria-invalid="true"' in text
    assert "Write 3 to 5 bullets" in text and "&lt;b&gt;kept&lt;/b&gt;" in text
    assert 'aria-describedby="edit-seo_title-error"' in text
    answer = _post(owner, f"/admin/ai/drafts/{good}/reject", {"reason": "  "})
    assert answer.status_code == 422 and 'id="reject-reason-error"' in answer.text
    assert _actions(console_db, shops) == before
    fixed = {"title": "Pour-Over Kettle", "bullets": "Holds 2.5 L\nStainless steel\nHand wash",
             "description": "A kettle.", "seo_title": "Kettle",
             "meta_description": "A kettle."}  # fmt: skip
    assert _post(owner, f"/admin/ai/drafts/{bad}/edit", fixed).status_code == 303
    with tenant_session(console_db, shops.acme.id) as session:
        edited = get_draft(session, bad)
    assert edited.check.verdict == "ok" and edited.copy.origin == "merchant"
    answer = _post(owner, f"/admin/ai/drafts/{good}/reject", {"reason": "Too plain"})
    assert answer.status_code == 303
    change = list_changes(console_db, shops.acme.id).changes[0]
    assert change.action == "copy.reject" and change.after["reason"] == "Too plain"
    assert _status(console_db, shops, good) == "rejected"


def test_staff_review_but_do_not_publish_revert_or_change_settings(
    console_db: Database, shops: Shops
) -> None:
    _bad, good = _drafts(console_db, shops)
    with console_client(console_db) as clerk:
        sign_in(clerk, "clerk@acme.test")
        assert "AI tools" in clerk.get("/admin/ai").text
        page = clerk.get(f"/admin/ai/drafts/{good}").text
        assert "Approve" in page and "/publish" not in page
        assert _post(clerk, f"/admin/ai/drafts/{good}/approve").status_code == 303
        assert "an owner or a manager publishes it" in clerk.get(f"/admin/ai/drafts/{good}").text
        before = _actions(console_db, shops)
        assert _post(clerk, f"/admin/ai/drafts/{good}/publish").status_code == 403
        assert clerk.get("/admin/ai/settings").status_code == 403
        assert _post(clerk, "/admin/ai/settings", {"storefront_label": "off"}).status_code == 403
        assert (
            clerk.get("/admin/ai/products/pour-kettle/revert?language=en&version=1").status_code
            == 403
        )
        answer = _post(
            clerk, "/admin/ai/products/pour-kettle/revert", {"language": "en", "version": "1"}
        )
        assert answer.status_code == 403
    assert _status(console_db, shops, good) == "approved" and _actions(console_db, shops) == before


def test_the_queue_filters_and_pages(
    console_db: Database, shops: Shops, owner: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad, good = _drafts(console_db, shops)
    page = owner.get("/admin/ai?origin=ai").text
    assert f"/admin/ai/drafts/{good}" in page and f'/admin/ai/drafts/{bad}"' not in page
    page = owner.get("/admin/ai?origin=merchant&status=pending&language=en").text
    assert f'/admin/ai/drafts/{bad}"' in page and "1 of 1" in page
    assert "No drafts match" in owner.get("/admin/ai?language=zh").text
    assert "2 of 2" in owner.get("/admin/ai?status=bogus&offset=-3").text  # ignored, clamped
    monkeypatch.setattr("tradewinds.web.admin.ai_tools.PER_PAGE", 1)
    first = owner.get("/admin/ai").text
    assert f"/admin/ai/drafts/{good}" in first and "offset=1" in first
    assert f'/admin/ai/drafts/{bad}"' in owner.get("/admin/ai?offset=1").text


def test_generate_form_errors_and_model_failures_write_nothing(
    console_db: Database, shops: Shops, owner: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = _post(owner, "/admin/ai/generate", {"handle": " ", "tone": "shouty"})
    assert answer.status_code == 422
    text = answer.text
    assert (
        "Choose at least one language." in text
        and 'aria-describedby="generate-handle-error"' in text
    )
    answer = _post(owner, "/admin/ai/generate", {"handle": "no-such<b>", "lang.zh": "on"})
    assert answer.status_code == 422
    assert "No product of this shop has this handle." in answer.text
    assert 'value="no-such&lt;b&gt;"' in answer.text

    def down(*_args: object, **_kwargs: object) -> object:
        raise ModelUnavailable("the copy model is not loaded")

    monkeypatch.setattr("tradewinds.merchant._model_copy.write_copy", down)
    form = {"handle": "pour-kettle", "lang.en": "on", "lang.zh": "on", "writer": "model"}
    answer = _post(owner, "/admin/ai/generate", form)
    assert answer.status_code == 503
    assert "model copy failed (model_unavailable)" in answer.text

    def broke(*_args: object, **_kwargs: object) -> object:
        raise BudgetExceeded("the monthly token budget of tenant acme is spent", retry_after=60)

    monkeypatch.setattr("tradewinds.merchant._model_copy.write_copy", broke)
    answer = _post(owner, "/admin/ai/generate", form)
    assert answer.status_code == 503 and "budget_exceeded" in answer.text
    assert _draft_count(console_db, shops) == 0
    answer = _post(owner, "/admin/ai/generate", form | {"writer": "templates"})
    assert answer.headers["location"] == "/admin/ai?done=generated&n=2"
    with tenant_session(console_db, shops.acme.id) as session:
        assert sorted(d.language for d in list_drafts(session)) == ["en", "zh"]


def test_settings_are_saved_audited_and_checked(
    console_db: Database, shops: Shops, owner: TestClient
) -> None:
    page = owner.get("/admin/ai/settings").text
    assert 'name="blocking.material" checked' in page and 'name="blocking.near_duplicate">' in page
    answer = _post(
        owner, "/admin/ai/settings", {"blocking.material": "on", "storefront_label": "maybe"}
    )
    assert answer.status_code == 422 and 'id="label-error"' in answer.text
    assert 'name="blocking.refusal">' in answer.text  # typed kept
    form = {"blocking.material": "on", "blocking.refusal": "on", "storefront_label": "off"}
    answer = _post(owner, "/admin/ai/settings", form)
    assert answer.headers["location"] == "/admin/ai/settings?done=saved"
    with tenant_session(console_db, shops.acme.id) as session:
        view = copy_settings(session).to_dict()
    assert view == {"blocking": ["material", "refusal"], "storefront_label": False}
    assert _actions(console_db, shops)[0] == "copy.settings"
    count = len(_actions(console_db, shops))
    answer = _post(owner, "/admin/ai/settings", form)
    assert answer.headers["location"].endswith("done=unchanged")
    assert len(_actions(console_db, shops)) == count
