"""Password hashes: argon2id, salted, checked in the same time for unknown accounts."""

from __future__ import annotations

from tradewinds.accounts import hash_password, verify_password
from tradewinds.accounts.passwords import needs_rehash


def test_hashes_are_salted_argon2id_and_verify() -> None:
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first.startswith("$argon2id$") and first != second
    assert "correct horse" not in first
    assert verify_password(first, "correct horse") and verify_password(second, "correct horse")
    assert not verify_password(first, "correct horsE")
    assert not needs_rehash(first)


def test_no_hash_or_a_broken_one_never_verifies() -> None:
    assert not verify_password(None, "anything")
    assert not verify_password("", "")
    assert not verify_password("not-a-hash", "not-a-hash")
