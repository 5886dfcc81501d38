"""Shopper accounts of the storefront: sign-up, sign-in, sign-out, saved addresses and the
orders placed while signed in.

>>> from tradewinds.accounts import find_account, list_orders, sign_in, sign_up
>>> signed = sign_up(db, tenant_id, "Ann Lee", "ann@example.com", "correct horse")  # doctest: +SKIP
>>> find_account(db, tenant_id, signed.session_token).email  # doctest: +SKIP
'ann@example.com'

Passwords are argon2id hashes (:mod:`.passwords`); sign-in is rate-limited per email and
per client address, counted in the database so every server process shares the count
(:mod:`.shared_throttle`; the rules and an in-memory throttle in :mod:`.throttle`);
sessions are stored as SHA-256 digests and a new one is made at every sign-in
(:mod:`.signin`).
"""

from tradewinds.accounts.addresses import (
    MAX_ADDRESSES,
    Address,
    SavedAddress,
    add_address,
    default_address,
    delete_address,
    get_address,
    list_addresses,
    set_default_address,
    update_address,
)
from tradewinds.accounts.orders import (
    OrderDetail,
    OrderSummary,
    StatusChange,
    get_order,
    list_orders,
)
from tradewinds.accounts.passwords import MAX_LENGTH as MAX_PASSWORD_LENGTH
from tradewinds.accounts.passwords import MIN_LENGTH as MIN_PASSWORD_LENGTH
from tradewinds.accounts.passwords import hash_password, needs_rehash, verify_password
from tradewinds.accounts.shared_throttle import DatabaseThrottle
from tradewinds.accounts.signin import (
    Account,
    InvalidSignUp,
    SignedIn,
    SignInFailed,
    SignInLocked,
    find_account,
    sign_in,
    sign_out,
    sign_up,
)
from tradewinds.accounts.throttle import SignInThrottle, Throttle, client_key, email_key

__all__ = [
    "MAX_ADDRESSES",
    "MAX_PASSWORD_LENGTH",
    "MIN_PASSWORD_LENGTH",
    "Account",
    "Address",
    "DatabaseThrottle",
    "InvalidSignUp",
    "OrderDetail",
    "OrderSummary",
    "SavedAddress",
    "SignInFailed",
    "SignInLocked",
    "SignInThrottle",
    "SignedIn",
    "StatusChange",
    "Throttle",
    "add_address",
    "client_key",
    "default_address",
    "delete_address",
    "email_key",
    "find_account",
    "get_address",
    "get_order",
    "hash_password",
    "list_addresses",
    "list_orders",
    "needs_rehash",
    "set_default_address",
    "sign_in",
    "sign_out",
    "sign_up",
    "update_address",
    "verify_password",
]
