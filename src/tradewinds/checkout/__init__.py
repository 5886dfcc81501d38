"""Checkout: shoppers' carts and the orders they place.

>>> from tradewinds.checkout import Contact, add_to_cart, new_cart_token, place_order
>>> token = new_cart_token()
>>> cart = add_to_cart(db, tenant_id, token, variant_id, 2)  # doctest: +SKIP
>>> contact = Contact("ann@example.com", "Ann Lee", "1 Main St", "Springfield", "12345", "US")
>>> placed = place_order(db, tenant_id, token, contact, "checkout-key-1")  # doctest: +SKIP
>>> placed.number  # doctest: +SKIP
'#1001'

A cart is priced from the variants' current prices whenever it is read; placing an order
is one transaction that never oversells and is idempotent per key (see :mod:`.place`).
Payment goes through a :class:`PaymentProvider` (pay on delivery built in; :mod:`.payment`).
"""

from tradewinds.checkout.cart import (
    MAX_LINES,
    MAX_QUANTITY,
    CartLineView,
    CartView,
    add_to_cart,
    claim_cart,
    get_cart,
    new_cart_token,
    remove_from_cart,
    set_quantity,
)
from tradewinds.checkout.contact import Contact, InvalidContact
from tradewinds.checkout.payment import (
    Charge,
    PaymentDeclined,
    PaymentOutcome,
    PaymentProvider,
    PayOnDelivery,
    SandboxPayments,
    payment_provider,
    register_payment_provider,
)
from tradewinds.checkout.place import (
    CannotOrder,
    OrderReceipt,
    PlacedOrder,
    get_order_receipt,
    place_order,
)

__all__ = [
    "MAX_LINES",
    "MAX_QUANTITY",
    "CannotOrder",
    "CartLineView",
    "CartView",
    "Charge",
    "Contact",
    "InvalidContact",
    "OrderReceipt",
    "PayOnDelivery",
    "PaymentDeclined",
    "PaymentOutcome",
    "PaymentProvider",
    "PlacedOrder",
    "SandboxPayments",
    "add_to_cart",
    "claim_cart",
    "get_cart",
    "get_order_receipt",
    "new_cart_token",
    "payment_provider",
    "place_order",
    "register_payment_provider",
    "remove_from_cart",
    "set_quantity",
]
