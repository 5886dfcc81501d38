"""Generate one product's copy and store it as a pending draft, in one call (the CLI's
``copy generate --draft``, the API's ``"draft": true``). Nothing is published: the draft
goes through review like any other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tradewinds.merchant.catalogue_index import catalogue_duplicates
from tradewinds.merchant.drafts import Draft, create_draft
from tradewinds.merchant.generate import GeneratedCopy, default_writer, generate_copy
from tradewinds.staff import COMMAND_LINE, Actor

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.store import Database


def generate_draft(
    db: Database,
    tenant_id: int,
    handle: str,
    language: str = "en",
    *,
    tone: str = "neutral",
    length: str = "medium",
    writer: str | None = None,
    actor: Actor = COMMAND_LINE,
    settings: Settings | None = None,
) -> tuple[GeneratedCopy, Draft]:
    """Generate the copy of product ``handle`` (:func:`generate_copy`) and store it as a
    pending draft checked against the product's facts (:func:`create_draft`).

    Parameters
    ----------
    db, tenant_id, handle, language, tone, length, writer, settings
        As for :func:`generate_copy`.
    actor
        Who asks; the draft and its audit record name them.

    Returns
    -------
    tuple[GeneratedCopy, Draft]
        The generated copy with its verdict, and the stored draft (status ``pending``).

    Raises
    ------
    NotFound
        The tenant has no product ``handle``.
    InvalidInput
        As :func:`generate_copy`, or a copy that breaks the listing rules (not stored).
    """
    from tradewinds.core.settings import get_settings
    from tradewinds.store import tenant_session

    settings = settings or get_settings()
    generated = generate_copy(
        db, tenant_id, handle, language, tone=tone, length=length, writer=writer,
        settings=settings,
    )  # fmt: skip
    chosen = writer or default_writer(settings)
    with tenant_session(db, tenant_id) as session:
        draft = create_draft(
            session, handle, generated.copy, actor=actor, template=f"{chosen}/{tone}/{length}",
            duplicates=catalogue_duplicates(session),
        )  # fmt: skip
    return generated, draft
