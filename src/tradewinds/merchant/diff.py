"""A draft against the copy the shop shows now, field by field (``difflib``).

The current copy is the product's current published version in the draft's language; before
any, the product's own title and Body HTML for the shop's default language, or nothing for
another language.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tradewinds.merchant.copy_settings import default_language
from tradewinds.merchant.drafts import draft_row
from tradewinds.merchant.listing import ListingCopy
from tradewinds.merchant.versions import current_version, product_copy

FIELDS = ("title", "bullets", "description", "seo_title", "meta_description")


@dataclass(frozen=True)
class FieldDiff:
    """One field's text now and in the draft, and their unified diff (empty when equal)."""

    field: str
    before: str
    after: str
    lines: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "changed": self.changed, "before": self.before,
                "after": self.after, "diff": list(self.lines)}  # fmt: skip


def _text(copy: ListingCopy, name: str) -> str:
    value = getattr(copy, name)
    return "\n".join(value) if isinstance(value, tuple) else str(value)


def copy_diff(before: ListingCopy, after: ListingCopy) -> list[FieldDiff]:
    """Each field of ``after`` against ``before`` (bullets one a line).

    >>> d = copy_diff(ListingCopy("en", "Mug"), ListingCopy("en", "Camp mug"))
    >>> d[0].changed, d[0].lines[-2:]
    (True, ('-Mug', '+Camp mug'))
    """
    diffs = []
    for name in FIELDS:
        old, new = _text(before, name), _text(after, name)
        lines = difflib.unified_diff(
            old.splitlines(), new.splitlines(), f"current {name}", f"draft {name}", lineterm=""
        )
        diffs.append(FieldDiff(name, old, new, tuple(lines)))
    return diffs


def draft_diff(session: Session, draft_id: int) -> list[FieldDiff]:
    """Draft ``draft_id`` against the copy the shop shows now, field by field.

    Raises
    ------
    NotFound
        No such draft in this tenant.
    """
    row, product = draft_row(session, draft_id)
    current = current_version(session, product.id, row.language)
    if current is not None:
        before = ListingCopy.from_dict(current.copy)
    elif row.language == default_language(session):
        before = product_copy(product, row.language)
    else:
        before = ListingCopy(row.language, "")
    return copy_diff(before, ListingCopy.from_dict(row.copy))
