"""Paying for an order: a small provider contract and the two built-in providers.

A provider is one object with a ``name`` (stored with the order) and one method,
``authorize``, that answers for one :class:`Charge` with a :class:`PaymentOutcome`.
:func:`~tradewinds.checkout.place_order` calls it inside the order's transaction, after the
stock is taken and the order numbered: an approval is stored with the order
(``order_payments``), a decline rolls the whole order back. No card data passes through
Tradewinds; a card provider would redirect or tokenise on its own page.

Built in:

- ``pay_on_delivery``: nothing is charged now; the order's payment is ``due_on_delivery``.
- ``test``: a sandbox for development and tests that moves no money: it authorizes every
  charge except those whose email's local part is ``decline`` or ends in ``+decline``
  (``ann+decline@example.com``), which it declines.

Third-party providers register with :func:`register_payment_provider`; the storefront
offers the ones named in the ``web.payments`` setting, in that order.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from tradewinds.core.errors import Conflict, InvalidInput

log = logging.getLogger(__name__)

PaymentStatus = Literal["due_on_delivery", "authorized", "declined"]
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True)
class Charge:
    """What one order asks a provider for: amount in minor units, never a float."""

    order_number: str  # "#1001"
    amount_minor: int
    currency: str
    email: str
    idempotency_key: str  # the checkout's: a provider retried with it must not charge twice


@dataclass(frozen=True)
class PaymentOutcome:
    """A provider's answer. ``reason`` says why a charge was declined (shown to the
    shopper, so it names no card or account detail); ``reference`` is the provider's id."""

    status: PaymentStatus
    reference: str = ""
    reason: str = ""


@runtime_checkable
class PaymentProvider(Protocol):
    """Something that can be asked to pay for an order."""

    name: str

    def authorize(self, charge: Charge) -> PaymentOutcome:
        """Approve (``due_on_delivery`` or ``authorized``) or decline ``charge``."""
        ...


class PaymentDeclined(Conflict):
    """The provider declined (or could not answer); no order was made. ``details`` holds
    ``provider`` and ``reason`` (``declined`` or ``unavailable``)."""


class PayOnDelivery:
    """The shopper pays the driver; nothing is charged when the order is placed."""

    name = "pay_on_delivery"

    def authorize(self, charge: Charge) -> PaymentOutcome:
        return PaymentOutcome("due_on_delivery")


class SandboxPayments:
    """A sandbox provider that moves no money (see the module docstring for its rule)."""

    name = "test"

    def authorize(self, charge: Charge) -> PaymentOutcome:
        local = charge.email.partition("@")[0]
        if local == "decline" or local.endswith("+decline"):
            return PaymentOutcome("declined", reason="declined")
        return PaymentOutcome("authorized", reference=f"test-{charge.idempotency_key[:32]}")


_PROVIDERS: dict[str, PaymentProvider] = {}


def register_payment_provider(provider: PaymentProvider) -> None:
    """Make ``provider`` available under its ``name`` (lowercase letters, digits, ``_``;
    at most 40 characters). A second provider of the same name replaces the first."""
    if not 1 <= len(provider.name) <= 40 or not set(provider.name) <= _NAME_CHARS:
        raise InvalidInput(
            f"payment provider name {provider.name!r}: expected 1 to 40 lowercase letters, "
            "digits or underscores"
        )
    _PROVIDERS[provider.name] = provider


def payment_provider(name: str) -> PaymentProvider:
    """The registered provider ``name``; ``InvalidInput`` naming the known ones if none."""
    found = _PROVIDERS.get(name)
    if found is None:
        known = ", ".join(sorted(_PROVIDERS))
        raise InvalidInput(
            f"payment: unknown provider {name!r} (expected one of {known})",
            details={"field": "payment"},
        )
    return found


def authorize(provider: PaymentProvider, charge: Charge) -> PaymentOutcome:
    """Ask ``provider`` for ``charge``; a decline or a provider failure raises
    :class:`PaymentDeclined` (the caller's transaction then rolls back)."""
    try:
        outcome = provider.authorize(charge)
    except Exception:  # a provider's own error must not leak out as a 500
        log.warning("payment provider failed", exc_info=True, extra={"provider": provider.name})
        outcome = PaymentOutcome("declined", reason="unavailable")
    if outcome.status not in ("due_on_delivery", "authorized"):
        reason = outcome.reason if outcome.reason == "unavailable" else "declined"
        raise PaymentDeclined(
            f"payment: {provider.name} declined the charge ({reason}); no order was made",
            details={"field": "payment", "provider": provider.name, "reason": reason},
        )
    return outcome


for _builtin in (PayOnDelivery(), SandboxPayments()):
    register_payment_provider(_builtin)
