"""Password hashing: argon2id through ``argon2-cffi`` (its RFC 9106 low-memory profile).

Only this module imports argon2. A hash carries its own parameters, so raising the cost
later re-hashes each password at its owner's next sign-in (``needs_rehash``).
"""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 8
MAX_LENGTH = 1024  # long enough for any passphrase, short enough to hash cheaply


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id, t=3, m=64 MiB, p=4


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash("not-a-password-of-anyone")


def hash_password(password: str) -> str:
    """The argon2id hash of ``password`` (a self-describing ``$argon2id$...`` string)."""
    return _hasher().hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash``.

    With no hash (an unknown email, a customer who never signed up) a dummy hash is
    checked anyway, so the answer takes as long as for a real account.
    """
    try:
        matched = _hasher().verify(stored_hash or _dummy_hash(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return bool(matched and stored_hash)


def needs_rehash(stored_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than today's."""
    return _hasher().check_needs_rehash(stored_hash)
