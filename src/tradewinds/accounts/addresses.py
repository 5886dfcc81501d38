"""A signed-up customer's saved delivery addresses: add, edit, delete, choose the default.

Every function takes the signed-in ``customer_id`` and finds addresses only among that
customer's: another customer's address id is ``NotFound``, exactly like a missing one.
The first address saved becomes the default; deleting the default makes the oldest
remaining one the default. The checkout form is prefilled from the default.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.checkout import Contact
from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import CustomerAddress

MAX_ADDRESSES = 20


@dataclass(frozen=True)
class Address:
    """A delivery address as typed. ``country`` is an ISO 3166 two-letter code."""

    name: str
    street: str
    city: str
    postal_code: str
    country: str

    def cleaned(self) -> Address:
        """The address trimmed and checked with the checkout's rules, or
        :class:`~tradewinds.checkout.InvalidContact` naming every wrong field."""
        # The checkout's rules, with a placeholder email: an address has none of its own.
        contact = Contact(
            "saved@address.invalid", **{f.name: getattr(self, f.name) for f in fields(self)}
        )
        clean = contact.cleaned()
        return Address(clean.name, clean.street, clean.city, clean.postal_code, clean.country)


@dataclass(frozen=True)
class SavedAddress:
    """A saved address, its id and whether it is the default."""

    id: int
    address: Address
    is_default: bool


def _saved(row: CustomerAddress) -> SavedAddress:
    address = Address(row.name, row.street, row.city, row.postal_code, row.country)
    return SavedAddress(row.id, address, row.is_default)


def _rows(session: Session, customer_id: int) -> list[CustomerAddress]:
    return list(
        session.scalars(
            select(CustomerAddress)
            .where(CustomerAddress.customer_id == customer_id)
            .order_by(CustomerAddress.is_default.desc(), CustomerAddress.id)
        )
    )


def _row(session: Session, customer_id: int, address_id: int) -> CustomerAddress:
    row = session.get(CustomerAddress, address_id)
    if row is None or row.customer_id != customer_id:
        raise NotFound(f"no saved address {address_id}")
    return row


def list_addresses(db: Database, tenant_id: int, customer_id: int) -> list[SavedAddress]:
    """The customer's addresses, the default first, then in the order they were saved."""
    with tenant_session(db, tenant_id) as session:
        return [_saved(row) for row in _rows(session, customer_id)]


def get_address(db: Database, tenant_id: int, customer_id: int, address_id: int) -> SavedAddress:
    """One of the customer's addresses; ``NotFound`` for anyone else's."""
    with tenant_session(db, tenant_id) as session:
        return _saved(_row(session, customer_id, address_id))


def default_address(db: Database, tenant_id: int, customer_id: int) -> SavedAddress | None:
    """The customer's default address, if any was saved."""
    found = list_addresses(db, tenant_id, customer_id)
    return found[0] if found else None


def add_address(
    db: Database, tenant_id: int, customer_id: int, address: Address, make_default: bool = False
) -> SavedAddress:
    """Save a new address (checked; :class:`~tradewinds.checkout.InvalidContact` names the
    wrong fields). ``InvalidInput`` after ``MAX_ADDRESSES``."""
    clean = address.cleaned()
    with tenant_session(db, tenant_id) as session:
        rows = _rows(session, customer_id)
        if len(rows) >= MAX_ADDRESSES:
            raise InvalidInput(
                f"at most {MAX_ADDRESSES} addresses can be saved; delete one first",
                details={"field": "addresses"},
            )
        if make_default or not rows:
            for other in rows:
                other.is_default = False
        row = CustomerAddress(
            customer_id=customer_id,
            is_default=make_default or not rows,
            **{f.name: getattr(clean, f.name) for f in fields(clean)},
        )
        session.add(row)
        session.flush()
        return _saved(row)


def update_address(
    db: Database, tenant_id: int, customer_id: int, address_id: int, address: Address
) -> SavedAddress:
    """Change one of the customer's addresses (checked like :func:`add_address`)."""
    clean = address.cleaned()
    with tenant_session(db, tenant_id) as session:
        row = _row(session, customer_id, address_id)
        for f in fields(clean):
            setattr(row, f.name, getattr(clean, f.name))
        session.flush()
        return _saved(row)


def delete_address(db: Database, tenant_id: int, customer_id: int, address_id: int) -> None:
    """Delete one of the customer's addresses; the oldest left becomes the default."""
    with tenant_session(db, tenant_id) as session:
        row = _row(session, customer_id, address_id)
        session.delete(row)
        session.flush()
        rest = _rows(session, customer_id)
        if rest and not any(r.is_default for r in rest):
            min(rest, key=lambda r: r.id).is_default = True


def set_default_address(db: Database, tenant_id: int, customer_id: int, address_id: int) -> None:
    """Make one of the customer's addresses the default."""
    with tenant_session(db, tenant_id) as session:
        chosen = _row(session, customer_id, address_id)
        for row in _rows(session, customer_id):
            row.is_default = row.id == chosen.id
