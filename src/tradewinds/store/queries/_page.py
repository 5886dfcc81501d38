"""Shared by every list query: offset pagination with a total, and argument checks."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

MAX_LIMIT = 200
DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: ``items`` from position ``offset``, out of ``total`` matches."""

    items: list[T]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        """Offset of the following page, or ``None`` when this page is the last."""
        following = self.offset + self.limit
        return following if following < self.total else None


def check_window(limit: int, offset: int) -> None:
    """Refuse a ``limit`` outside 1..200 or a negative ``offset``, saying what is allowed."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(
            f"limit must be an integer from 1 to {MAX_LIMIT}, got {limit!r}",
            details={"parameter": "limit", "min": 1, "max": MAX_LIMIT},
        )
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InvalidInput(
            f"offset must be an integer >= 0, got {offset!r}",
            details={"parameter": "offset", "min": 0},
        )


def check_choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    """Return ``value`` if it is one of ``allowed``, else raise ``InvalidInput`` listing them."""
    if value not in allowed:
        raise InvalidInput(
            f"{name} must be one of {', '.join(allowed)}; got {value!r}",
            details={"parameter": name, "allowed": list(allowed)},
        )
    return value


def check_enum(name: str, value: object, kind: type[E]) -> E:
    """``value`` as a member of ``kind``, else ``InvalidInput`` listing the members' values."""
    try:
        return kind(value)
    except ValueError:
        allowed = [str(m.value) for m in kind]
        raise InvalidInput(
            f"{name} must be one of {', '.join(allowed)}; got {value!r}",
            details={"parameter": name, "allowed": allowed},
        ) from None


def check_aware(name: str, value: datetime | None) -> datetime | None:
    """Refuse naive datetimes: a bound without a time zone is ambiguous."""
    if value is not None and value.tzinfo is None:
        raise InvalidInput(
            f"{name} must carry a time zone (expected e.g. 2024-05-01T00:00:00+00:00)",
            details={"parameter": name},
        )
    return value


_LIKE_SPECIALS = re.compile(r"([\\%_])")


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with ``%``, ``_`` and ``\\`` taken literally."""
    return "%" + _escape_like(text) + "%"


def prefix_pattern(text: str) -> str:
    """A LIKE pattern matching values that start with ``text`` (taken literally)."""
    return _escape_like(text) + "%"


def _escape_like(text: str) -> str:
    return _LIKE_SPECIALS.sub(r"\\\1", text)


def fetch_page(
    session: Session,
    stmt: Select[Any],
    count_stmt: Select[Any],
    *,
    limit: int,
    offset: int,
) -> Page[Any]:
    """Run the count and the page query (two round trips, no N+1: relations load selectin)."""
    total = int(session.scalar(count_stmt) or 0)
    items = list(session.scalars(stmt.limit(limit).offset(offset)).unique()) if total else []
    return Page(items=items, total=total, limit=limit, offset=offset)


def count_of(entity_id: Any) -> Select[Any]:
    """``SELECT count(entity.id)``: the ORM entity stays in the statement, so tenant
    scoping applies to the count exactly as to the page."""
    return select(func.count(entity_id))
