"""A tenant's listing-copy settings: which findings block publishing and whether shoppers
see the AI-generated label; and the shop's default language (whose copy lives in the
product's own title and Body HTML)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.merchant.findings import KINDS, CopyPolicy
from tradewinds.staff import COMMAND_LINE, Actor, record_change
from tradewinds.store.base import utcnow
from tradewinds.store.queries import shop_language
from tradewinds.store.tables import CopySettings


@dataclass(frozen=True)
class CopySettingsView:
    """The settings in force: the checker's policy and the storefront label switch."""

    policy: CopyPolicy
    storefront_label: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "blocking": sorted(self.policy.blocking, key=KINDS.index),
            "storefront_label": self.storefront_label,
        }


def copy_settings(session: Session) -> CopySettingsView:
    """The session's tenant's listing-copy settings (the defaults when none are stored)."""
    row = session.scalars(select(CopySettings)).one_or_none()
    if row is None:
        return CopySettingsView(CopyPolicy(), True)
    policy = CopyPolicy() if row.blocking is None else CopyPolicy(frozenset(row.blocking))
    return CopySettingsView(policy, row.storefront_label)


def set_copy_settings(
    session: Session,
    *,
    blocking: list[str] | None = None,
    storefront_label: bool | None = None,
    actor: Actor = COMMAND_LINE,
) -> CopySettingsView:
    """Change the given settings (``None`` keeps one as it is); the change is audited.

    Raises
    ------
    InvalidInput
        ``blocking`` names a kind the checker does not report.
    """
    if blocking is not None:
        try:
            CopyPolicy(frozenset(blocking))
        except ValueError as exc:
            raise InvalidInput(f"blocking: {exc}") from None
    before = copy_settings(session).to_dict()
    row = session.scalars(select(CopySettings)).one_or_none()
    if row is None:
        row = CopySettings(blocking=None, storefront_label=True)
        session.add(row)
    if blocking is not None:
        row.blocking = sorted(set(blocking), key=KINDS.index)
    if storefront_label is not None:
        row.storefront_label = storefront_label
    row.updated_at = utcnow()
    session.flush()
    after = copy_settings(session)
    record_change(
        session, actor, "copy.settings", ("copy_settings", "copy"), "listing copy settings",
        before, after.to_dict(),
    )  # fmt: skip
    return after


def default_language(session: Session) -> str:
    """The shop's default language, whose copy is the product's own title and Body HTML
    (the tenant's default locale, kept with its compliance policy; ``en`` by default)."""
    return shop_language(session)
