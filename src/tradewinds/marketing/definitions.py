"""Segment definitions: a kind and its parameters, checked before anything is stored.

Kinds (:data:`SEGMENT_KINDS`) and their parameters:

- ``rfm`` — recency, frequency and monetary scores, each a quintile 1-5 (5 best: the most
  recent last order, the most orders, the most spent); ``r``, ``f``, ``m`` are inclusive
  ``[low, high]`` ranges of the score, default ``[1, 5]``.
- ``lapsed`` — bought before (at least ``min_orders`` orders, default 1), nothing on the
  last ``days`` days of the shop's calendar (today included).
- ``new`` — the first order on the last ``days`` shop days (today included).
- ``affinity`` — at least ``min_share`` (0-1, default 0.3) of the customer's ``measure``
  (``spend``: order lines; ``views``: product views) in ``category`` (a category path; its
  subcategories count).

>>> read_params("lapsed", {"days": 90})
{'days': 90, 'min_orders': 1}
>>> read_params("rfm", {"r": [4, 5]})
{'r': [4, 5], 'f': [1, 5], 'm': [1, 5]}
>>> read_params("new", {"days": 0})
Traceback (most recent call last):
...
tradewinds.core.errors.InvalidInput: segment parameter days: expected a whole number ...
"""

from __future__ import annotations

import re
from typing import Any

from tradewinds.core.errors import InvalidInput

SEGMENT_KINDS = ("rfm", "lapsed", "new", "affinity")
"""The kinds of segment, each with its own parameters."""

MAX_DAYS = 3650
NAME_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,99}$"
"""A segment's or campaign's name (it is part of URLs and file names)."""
_NAME = re.compile(NAME_PATTERN)
_ALLOWED = {
    "rfm": {"r", "f", "m"},
    "lapsed": {"days", "min_orders"},
    "new": {"days"},
    "affinity": {"category", "min_share", "measure"},
}


def check_name(name: str, what: str = "segment") -> str:
    """A segment or campaign name: lower-case letters, digits, ``-`` and ``_``, at most
    100 characters, starting with a letter or digit (it is part of URLs and file names)."""
    if not _NAME.match(name or ""):
        raise InvalidInput(
            f"{what} name {name!r}: expected 1-100 lower-case letters, digits, '-' or '_' "
            "(starting with a letter or digit), e.g. 'lapsed-90'",
            details={"parameter": "name"},
        )
    return name


def _whole(params: dict[str, Any], key: str, default: int | None, low: int, high: int) -> int:
    value = params.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            f"segment parameter {key}: expected a whole number from {low} to {high}, got {value!r}",
            details={"parameter": key},
        )
    return value


def _score_range(params: dict[str, Any], key: str) -> list[int]:
    value = params.get(key, [1, 5])
    ok = (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 5 for v in value)
        and value[0] <= value[1]
    )
    if not ok:
        raise InvalidInput(
            f"segment parameter {key}: expected a score range [low, high] with "
            f"1 <= low <= high <= 5, got {value!r}",
            details={"parameter": key},
        )
    return [int(value[0]), int(value[1])]


def read_params(kind: str, params: dict[str, Any] | None) -> dict[str, Any]:
    """The parameters of a segment of ``kind``, checked and with their defaults.

    Parameters
    ----------
    kind
        One of :data:`SEGMENT_KINDS`.
    params
        The parameters as given (JSON); unknown keys are an error.

    Returns
    -------
    dict
        Every parameter of the kind, defaults filled in.

    Raises
    ------
    InvalidInput
        An unknown kind or parameter, or a value out of range; the message names it.
    """
    if kind not in SEGMENT_KINDS:
        raise InvalidInput(
            f"segment kind {kind!r}: expected one of {', '.join(SEGMENT_KINDS)}",
            details={"parameter": "kind"},
        )
    params = dict(params or {})
    unknown = sorted(set(params) - _ALLOWED[kind])
    if unknown:
        raise InvalidInput(
            f"segment parameter {unknown[0]!r} is not one of {kind}'s: "
            f"{', '.join(sorted(_ALLOWED[kind]))}",
            details={"parameter": unknown[0]},
        )
    if kind == "rfm":
        return {key: _score_range(params, key) for key in ("r", "f", "m")}
    if kind == "lapsed":
        return {
            "days": _whole(params, "days", None, 1, MAX_DAYS),
            "min_orders": _whole(params, "min_orders", 1, 1, 1000),
        }
    if kind == "new":
        return {"days": _whole(params, "days", None, 1, MAX_DAYS)}
    category = params.get("category")
    if not isinstance(category, str) or not category.strip() or len(category) > 500:
        raise InvalidInput(
            "segment parameter category: expected a category path such as 'Outdoor > Tents' "
            f"(1-500 characters), got {category!r}",
            details={"parameter": "category"},
        )
    share = params.get("min_share", 0.3)
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 < share <= 1:
        raise InvalidInput(
            f"segment parameter min_share: expected a share above 0 and at most 1, got {share!r}",
            details={"parameter": "min_share"},
        )
    measure = params.get("measure", "spend")
    if measure not in ("spend", "views"):
        raise InvalidInput(
            f"segment parameter measure: expected 'spend' or 'views', got {measure!r}",
            details={"parameter": "measure"},
        )
    return {"category": category.strip(), "min_share": float(share), "measure": measure}
