"""The shopper's contact and delivery details, checked field by field."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from tradewinds.core.errors import InvalidFields

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTAL_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 -]{1,10}[A-Za-z0-9]$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LIMITS = {"email": 320, "name": 200, "street": 500, "city": 200, "postal_code": 20}


class InvalidContact(InvalidFields):
    """Some contact fields are wrong; ``errors`` maps each field to what is expected."""


@dataclass(frozen=True)
class Contact:
    """Who receives the order and where. ``country`` is an ISO 3166 two-letter code."""

    email: str
    name: str
    street: str
    city: str
    postal_code: str
    country: str

    def cleaned(self) -> Contact:
        """The same details trimmed (and the email lower-cased, the country upper-cased),
        or :class:`InvalidContact` naming every wrong field.

        >>> Contact(" Ann@Example.com", "Ann", "1 Main St", "Oslo", "0150", "no").cleaned().email
        'ann@example.com'
        """
        values = {f.name: str(getattr(self, f.name)).strip() for f in fields(self)}
        values["email"] = values["email"].lower()
        values["country"] = values["country"].upper()
        errors: dict[str, str] = {}
        for name, value in values.items():
            if not value:
                errors[name] = "required"
            elif len(value) > _LIMITS.get(name, 2):
                errors[name] = f"at most {_LIMITS.get(name, 2)} characters"
        checks = (
            ("email", _EMAIL, "expected an address such as name@example.com"),
            ("postal_code", _POSTAL_CODE, "expected 3 to 12 letters, digits, spaces or dashes"),
            ("country", _COUNTRY, "expected a two-letter country code such as US or CN"),
        )
        for name, pattern, expected in checks:
            if name not in errors and not pattern.match(values[name]):
                errors[name] = expected
        if errors:
            raise InvalidContact(errors)
        return Contact(**values)
