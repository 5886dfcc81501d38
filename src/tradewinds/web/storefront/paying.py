"""The checkout's payment methods: the providers named in ``web.payments``, in order.

The form sends a provider's name; only a name offered here is accepted, so a tampered
form cannot pick a provider the shop did not enable. The template
(``_payment.html``) names each method in the page language.
"""

from __future__ import annotations

from tradewinds.checkout import PaymentProvider, payment_provider
from tradewinds.core.errors import ConfigError, InvalidInput
from tradewinds.core.settings import Settings


def offered_payments(settings: Settings) -> list[str]:
    """The names of the payment methods the checkout shows, first one preselected."""
    return list(dict.fromkeys(settings.web.payments))


def chosen_payment(settings: Settings, name: str) -> PaymentProvider | None:
    """The provider the form named, if the shop offers it; None otherwise."""
    return payment_provider(name) if name in offered_payments(settings) else None


def check_payments(settings: Settings) -> None:
    """Refuse to start a storefront whose ``web.payments`` names an unknown provider."""
    for name in offered_payments(settings):
        try:
            payment_provider(name)
        except InvalidInput as error:
            raise ConfigError(f"web.payments: {error}") from error
