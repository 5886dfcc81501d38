"""Publishing an approved draft, and reverting to an earlier version.

Both are explicit calls (nothing publishes by itself) that check the copy against the
product's facts as they are now, under the tenant's policy, and refuse it, naming each
blocking finding, when one blocks: facts may have changed since the draft was approved,
and an earlier version may contradict today's facts. Each writes, in one transaction, the
new version, the product's fields (default language) and the console audit record.
"""

from __future__ import annotations

import html

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, NotFound
from tradewinds.core.settings import Settings, get_settings
from tradewinds.merchant.copy_settings import default_language
from tradewinds.merchant.drafts import check_listing, draft_row, product_by_handle
from tradewinds.merchant.listing import ListingCopy
from tradewinds.merchant.review import blocking_summary
from tradewinds.merchant.versions import (
    Version,
    install_version,
    lock_product,
    version_of,
)
from tradewinds.staff import COMMAND_LINE, Actor, record_change
from tradewinds.store import current_tenant_id
from tradewinds.store.base import utcnow
from tradewinds.store.tables import CopyDraft, CopyVersion, Product


def body_html(copy: ListingCopy) -> str:
    """The Body HTML a copy publishes: its description's paragraphs, then its bullets as a
    list, every text escaped.

    >>> body_html(ListingCopy("en", "Mug", ("Light", "Tough", "Warm"), "Holds 350 ml."))
    '<p>Holds 350 ml.</p>\\n<ul><li>Light</li><li>Tough</li><li>Warm</li></ul>'
    """
    parts = [f"<p>{html.escape(p.strip())}</p>" for p in copy.description.split("\n") if p.strip()]
    if copy.bullets:
        items = "".join(f"<li>{html.escape(b)}</li>" for b in copy.bullets)
        parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def _refuse_blocked(session: Session, product: Product, copy: ListingCopy, what: str) -> None:
    check = check_listing(session, product, copy, None)
    blocking = [f for f in check.findings if f.severity == "block"]
    if blocking:
        summary = blocking_summary(blocking)
        raise Conflict(
            f"{what} cannot be published, a finding blocks it: {summary}",
            details={"findings": [f.to_dict() for f in blocking]},
        )


def _label(settings: Settings, session: Session, copy: ListingCopy) -> dict[str, object] | None:
    if not copy.ai_generated:
        return None
    from tradewinds.compliance import make_label

    label = make_label(
        settings, tenant_id=current_tenant_id(session), model=copy.model or "unknown",
        text=copy.text(), locale=copy.language,
    )  # fmt: skip
    return dict(label.metadata)


def publish(
    session: Session,
    draft_id: int,
    *,
    actor: Actor = COMMAND_LINE,
    settings: Settings | None = None,
) -> Version:
    """Publish an approved draft: it becomes the product's current copy in its language.

    For the shop's default language the product's title and Body HTML are written; the
    previous version stays kept and its draft becomes ``superseded``. AI-written copy gets
    its signed implicit label, kept with the version for exports.

    Parameters
    ----------
    session
        A tenant-scoped session; everything commits with it, or nothing.
    draft_id
        The draft to publish.
    actor
        Who publishes (kept with the version and in the console audit).
    settings
        For the AI-content label (provider, signing key); the process's settings by default.

    Returns
    -------
    Version
        The new current version.

    Raises
    ------
    NotFound
        No such draft in this tenant.
    Conflict
        A finding blocks the copy (each is named), or the draft is not approved.
    """
    product_id = session.scalar(select(CopyDraft.product_id).where(CopyDraft.id == draft_id))
    if product_id is None:
        raise NotFound(f"no copy draft {draft_id}", details={"draft": draft_id})
    product = lock_product(session, product_id)
    row, _ = draft_row(session, draft_id, lock=True)
    copy = ListingCopy.from_dict(row.copy)
    _refuse_blocked(session, product, copy, f"copy draft {draft_id}")
    if row.status != "approved":
        raise Conflict(
            f"copy draft {draft_id} is {row.status}; only an approved draft can be published"
            + (f" (approve it first: tradewinds copy approve {draft_id})"
               if row.status == "pending" else "")
        )  # fmt: skip
    is_default = copy.language == default_language(session)
    before = {"title": product.title, "body_html": product.body_html}
    version, previous = install_version(
        session, product, copy, default_language=is_default, title=copy.title,
        body_html=body_html(copy),
        published_by=actor.label, draft_id=row.id,
        ai_label=_label(settings or get_settings(), session, copy),
    )  # fmt: skip
    row.status, row.published_at = "published", utcnow()
    row.updated_at = row.published_at
    _audit(session, actor, "copy.publish", product, version, previous, before)
    return version_of(version)


def revert(
    session: Session,
    handle: str,
    number: int,
    *,
    language: str | None = None,
    actor: Actor = COMMAND_LINE,
) -> Version:
    """Publish again version ``number`` of a product's copy, as a new version.

    Parameters
    ----------
    session
        A tenant-scoped session.
    handle
        The product's handle.
    number
        The version to restore (see :func:`versions`).
    language
        The copy's language; the shop's default language by default.
    actor
        Who reverts.

    Returns
    -------
    Version
        The new current version: equal to version ``number`` in every field (for the
        default language the product's title and Body HTML exactly as that version wrote
        them), its AI-content label included.

    Raises
    ------
    NotFound
        No such product, or no such version (the message lists those there are).
    Conflict
        Version ``number`` is already current, or a finding blocks its copy today.
    """
    product = product_by_handle(session, handle)
    product = lock_product(session, product.id)
    language = language or default_language(session)
    rows = session.scalars(
        select(CopyVersion)
        .where(CopyVersion.product_id == product.id, CopyVersion.language == language)
        .order_by(CopyVersion.number)
        .execution_options(populate_existing=True)
    ).all()
    target = next((r for r in rows if r.number == number), None)
    if target is None:
        there = ", ".join(str(r.number) for r in rows) or "none yet"
        raise NotFound(
            f"{handle} has no {language} copy version {number} (versions: {there})",
            details={"handle": handle, "language": language, "version": number},
        )
    if target.current:
        raise Conflict(f"version {number} of {handle} ({language}) is already the current one")
    copy = ListingCopy.from_dict(target.copy)
    _refuse_blocked(session, product, copy, f"version {number} of {handle}")
    is_default = language == default_language(session)
    before = {"title": product.title, "body_html": product.body_html}
    version, previous = install_version(
        session, product, copy, default_language=is_default,
        title=target.title, body_html=target.body_html,
        published_by=actor.label, draft_id=None, reverted_from=number,
        ai_label=target.aigc_label,
    )  # fmt: skip
    _audit(session, actor, "copy.revert", product, version, previous, before)
    return version_of(version)


def _audit(
    session: Session,
    actor: Actor,
    action: str,
    product: Product,
    version: CopyVersion,
    previous: CopyVersion | None,
    before: dict[str, str],
) -> None:
    what = f"version {version.number}" + (
        f" (= version {version.reverted_from})" if version.reverted_from else ""
    )
    record_change(
        session, actor, action, ("product", product.id),
        f"{product.handle} ({version.language}): {what} published",
        {**before, "version": previous.number if previous else None},
        {"title": product.title, "body_html": product.body_html, "version": version.number,
         "language": version.language, "origin": version.origin},
    )  # fmt: skip
