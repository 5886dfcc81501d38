"""A/B variants of a campaign: their shares, and which one a customer gets.

The variant is a hash of the campaign's id and the customer's id, so a customer gets the
same variant on every export and send, whoever runs it, and the split follows the shares.

>>> shares = read_shares({"a": 1, "b": 1})
>>> assign_variant(7, 42, shares) == assign_variant(7, 42, shares)
True
>>> read_shares({"a": 0})
Traceback (most recent call last):
...
tradewinds.core.errors.InvalidInput: variant a: expected a share above 0 and at most 1000, got 0
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from tradewinds.core.errors import InvalidInput

MAX_VARIANTS = 5
_VARIANT = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


def read_shares(shares: Mapping[str, float] | None) -> dict[str, float]:
    """Variant names and their shares, checked: 1-5 variants, names of lower-case letters,
    digits, ``-``/``_`` (at most 32), shares above 0 (relative: ``{"a": 3, "b": 1}`` sends
    a to three customers in four). Default: one variant ``a``."""
    shares = dict(shares or {"a": 1.0})
    if not 1 <= len(shares) <= MAX_VARIANTS:
        raise InvalidInput(
            f"variants: expected 1 to {MAX_VARIANTS}, got {len(shares)}",
            details={"parameter": "variants"},
        )
    checked: dict[str, float] = {}
    for name, share in shares.items():
        if not _VARIANT.match(str(name)):
            raise InvalidInput(
                f"variant name {name!r}: expected 1-32 lower-case letters, digits, '-' or '_'",
                details={"parameter": "variants"},
            )
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 < share <= 1000:
            raise InvalidInput(
                f"variant {name}: expected a share above 0 and at most 1000, got {share!r}",
                details={"parameter": "variants"},
            )
        checked[str(name)] = float(share)
    return checked


def assign_variant(campaign_id: int, customer_id: int, shares: Mapping[str, float]) -> str:
    """The variant customer ``customer_id`` gets in campaign ``campaign_id``, always the same.

    Parameters
    ----------
    campaign_id, customer_id
        The stored ids (stable for the campaign's life).
    shares
        Variant name to relative share, in the campaign's order (:func:`read_shares`).

    Returns
    -------
    str
        A variant name; each is drawn with probability share / total.
    """
    digest = hashlib.sha256(f"campaign:{campaign_id}:customer:{customer_id}".encode()).digest()
    total = sum(shares.values())
    point = int.from_bytes(digest[:8], "big") / 2**64 * total
    names = list(shares)
    for name in names:
        point -= shares[name]
        if point < 0:
            return name
    return names[-1]
