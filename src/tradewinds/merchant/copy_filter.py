"""Which products a bulk copy job writes for: a filter over the store's product queries
(category, vendor, tag, status, text), explicit handles, and products that have no
published copy yet in a language ("every product in Tents without a description").

All given parts are ANDed; ``all`` alone means the whole catalogue, and an empty filter is
refused so that nobody rewrites a catalogue by accident.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import and_, exists, not_, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.store.queries import shop_language
from tradewinds.store.queries.products import product_filters
from tradewinds.store.tables import CopyVersion, Product, ProductStatus

MAX_HANDLES = 1000
MAX_TEXT = 200
_TEXT_FIELDS = ("category", "vendor", "tag", "status", "q", "missing")


@dataclass(frozen=True)
class CopyFilter:
    """The products of a bulk copy job.

    Parameters
    ----------
    all
        Every product (needed when nothing else is given).
    category
        Category id, name or path (a path includes its subcategories).
    vendor, tag
        Exact, case-insensitive.
    status
        ``active``, ``draft`` or ``archived``.
    q
        Text in the title, handle, vendor, type or a variant SKU.
    missing
        A language the product has no published copy in: no current published version,
        and, for the shop's own language, an empty description as well.
    handles
        Exactly these products (at most 1,000; a job's payload holds 64 KiB).
    """

    all: bool = False
    category: str | None = None
    vendor: str | None = None
    tag: str | None = None
    status: str | None = None
    q: str | None = None
    missing: str | None = None
    handles: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None and not (isinstance(value, str) and len(value.strip()) > 0):
                raise InvalidInput(f"filter.{name}: expected a non-empty string, got {value!r}")
            if value is not None and len(value) > MAX_TEXT:
                raise InvalidInput(f"filter.{name}: at most {MAX_TEXT} characters")
        if self.status is not None and self.status not in {s.value for s in ProductStatus}:
            allowed = ", ".join(s.value for s in ProductStatus)
            raise InvalidInput(f"filter.status {self.status!r}: expected one of {allowed}")
        if len(self.handles) > MAX_HANDLES:
            raise InvalidInput(f"filter.handles: at most {MAX_HANDLES} handles per job")
        if any(not isinstance(h, str) or not h.strip() for h in self.handles):
            raise InvalidInput("filter.handles: expected non-empty product handles")
        if not self.all and self.empty:
            raise InvalidInput(
                "filter: give at least one of category, vendor, tag, status, q, missing, "
                "handles, or all=true for every product"
            )

    @property
    def empty(self) -> bool:
        """Whether no part but ``all`` is given."""
        return not self.handles and all(getattr(self, n) is None for n in _TEXT_FIELDS)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CopyFilter:
        """A filter from JSON (a job's payload, a request); unknown keys are refused."""
        if not isinstance(data, dict):
            raise InvalidInput("filter: expected an object")
        known = {"all", "handles", *_TEXT_FIELDS}
        unknown = sorted(set(data) - known)
        if unknown:
            expected = ", ".join(sorted(known))
            raise InvalidInput(f"filter: unknown {', '.join(unknown)} (expected {expected})")
        handles = data.get("handles") or ()
        if isinstance(handles, str) or not isinstance(handles, list | tuple):
            raise InvalidInput("filter.handles: expected a list of product handles")
        texts = {n: data.get(n) for n in _TEXT_FIELDS}
        return cls(all=bool(data.get("all", False)), handles=tuple(handles), **texts)

    def to_dict(self) -> dict[str, Any]:
        """The given parts as JSON (what a job's payload stores)."""
        data = asdict(self)
        data["handles"] = list(self.handles)
        return {k: v for k, v in data.items() if v not in (None, False, [])}

    def describe(self) -> str:
        """A short human description (``category=Tents, missing=en``)."""
        parts = [f"{k}={v}" for k, v in self.to_dict().items() if k not in ("all", "handles")]
        if self.handles:
            parts.append(f"{len(self.handles)} handles")
        return ", ".join(parts) or "all products"


def select_products(session: Session, wanted: CopyFilter) -> list[tuple[int, str]]:
    """``(id, handle)`` of the session's tenant's products that ``wanted`` selects, by id.

    Raises
    ------
    InvalidInput
        A filter value the product queries refuse (the message names it).
    """
    where = product_filters(
        q=wanted.q, category=wanted.category, vendor=wanted.vendor, status=wanted.status,
        tag=wanted.tag,
    )  # fmt: skip
    if wanted.handles:
        where.append(Product.handle.in_(list(wanted.handles)))
    if wanted.missing is not None:
        published = exists().where(
            CopyVersion.product_id == Product.id,
            CopyVersion.language == wanted.missing,
            CopyVersion.current.is_(True),
        )
        where.append(not_(published))
        if wanted.missing == shop_language(session):
            where.append((Product.body_html.is_(None)) | (Product.body_html == ""))
    stmt = select(Product.id, Product.handle).where(and_(True, *where)).order_by(Product.id)
    return [(int(pid), str(handle)) for pid, handle in session.execute(stmt)]


def unknown_handles(session: Session, handles: tuple[str, ...]) -> list[str]:
    """The handles among ``handles`` that name no product of the session's tenant."""
    if not handles:
        return []
    found = set(session.scalars(select(Product.handle).where(Product.handle.in_(list(handles)))))
    return [h for h in handles if h not in found]
