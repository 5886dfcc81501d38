"""Reading the gateway pages' form fields: optional limits, an expiry date, model aliases.

A limit is empty (no limit) or a whole number from 1; an expiry is empty or a date
(``YYYY-MM-DD``, the key stops working at its start, UTC). Errors are field name -> kind,
as the console's ``_fields.html`` shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

LIMITS = ("rpm", "tpm", "monthly_tokens")
MAX_LIMIT = 10**15


def read_limit(form: dict[str, str], name: str, errors: dict[str, str]) -> int | None:
    """The limit posted as ``name`` (None: none), recording a bad value in ``errors``."""
    raw = form.get(name, "").strip().replace(",", "").replace("_", "")
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
        errors[name] = "not_whole"
        return None
    if int(raw) > MAX_LIMIT:
        errors[name] = "too_large"
        return None
    return int(raw)


def read_limits(form: dict[str, str], errors: dict[str, str]) -> dict[str, int | None]:
    """``rpm``, ``tpm`` and ``monthly_tokens`` from ``form``."""
    return {name: read_limit(form, name, errors) for name in LIMITS}


def read_expiry(form: dict[str, str], errors: dict[str, str], today: date) -> datetime | None:
    """The posted ``expires`` date as the start of that day in UTC (None: never)."""
    raw = form.get("expires", "").strip()
    if not raw:
        return None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        errors["expires"] = "bad_date"
        return None
    if day <= today:
        errors["expires"] = "past"
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def read_models(form: dict[str, str], known: Iterable[str]) -> list[str]:
    """The ticked model aliases (checkboxes ``model.<alias>``) among the configured ones;
    none ticked: every model."""
    return [alias for alias in known if form.get(f"model.{alias}")]


def typed(form: dict[str, str], names: Iterable[str]) -> dict[str, str]:
    """What was typed in ``names``, to show again in a refused form (422)."""
    return {name: form.get(name, "")[:200] for name in names}
