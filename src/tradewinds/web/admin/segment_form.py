"""The segment form: a name, a kind and that kind's parameters, read from plain strings.

Every kind's fields are on the one form (a script is not needed to switch them); only the
chosen kind's are read. Each problem is an error kind at its field (the template says what
was expected there); the checked parameters are then read once more by the capability's
:func:`tradewinds.marketing.read_params`, so the page never accepts what the API refuses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tradewinds.core.errors import InvalidInput
from tradewinds.marketing import NAME_PATTERN, SEGMENT_KINDS, read_params

SCORES = ("r", "f", "m")
MAX_DAYS = 3650
_NAME = re.compile(NAME_PATTERN)
DEFAULTS = {
    "name": "", "kind": "rfm", "description": "", "days": "90", "min_orders": "1",
    "category": "", "min_share": "30", "measure": "spend",
    **{f"{s}_{end}": str(v) for s in SCORES for end, v in (("low", 1), ("high", 5))},
}  # fmt: skip


@dataclass
class SegmentForm:
    """What was typed (kept on a 422), and when it is valid, the kind and parameters."""

    values: dict[str, str]
    kind: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _whole(text: str, low: int, high: int) -> int | None:
    text = text.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 6):
        return None
    value = int(text)
    return value if low <= value <= high else None


def _percent(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value / 100 if 0 < value <= 100 else None


def read_segment_form(form: dict[str, str]) -> SegmentForm:
    """The segment of a posted form, or its errors per field."""
    values = {key: form.get(key, default)[:600] for key, default in DEFAULTS.items()}
    result = SegmentForm(values)
    errors = result.errors
    name = values["name"].strip()
    if not name:
        errors["name"] = "required"
    elif not _NAME.match(name):
        errors["name"] = "bad_name"
    if len(values["description"]) > 500:
        errors["description"] = "too_long"
    kind = values["kind"]
    if kind not in SEGMENT_KINDS:
        errors["kind"] = "invalid_choice"
        return result
    params: dict[str, Any] = {}
    if kind == "rfm":
        for score in SCORES:
            low = _whole(values[f"{score}_low"], 1, 5)
            high = _whole(values[f"{score}_high"], 1, 5)
            if low is None or high is None or low > high:
                errors[score] = "score_range"
            else:
                params[score] = [low, high]
    elif kind in ("lapsed", "new"):
        days = _whole(values["days"], 1, MAX_DAYS)
        if days is None:
            errors["days"] = "days_range"
        params["days"] = days
        if kind == "lapsed":
            orders = _whole(values["min_orders"] or "1", 1, 1000)
            if orders is None:
                errors["min_orders"] = "orders_range"
            params["min_orders"] = orders
    else:
        category = values["category"].strip()
        if not category:
            errors["category"] = "required"
        elif len(category) > 500:
            errors["category"] = "too_long"
        share = _percent(values["min_share"] or "30")
        if share is None:
            errors["min_share"] = "share_range"
        if values["measure"] not in ("spend", "views"):
            errors["measure"] = "invalid_choice"
        params = {"category": category, "min_share": share, "measure": values["measure"]}
    if errors:
        return result
    try:
        result.params = read_params(kind, params)
    except InvalidInput as exc:  # a rule the form does not know yet: at its field
        errors[str(exc.details.get("parameter", "kind"))] = "invalid"
        return result
    result.kind = kind
    values["name"] = name
    return result


def params_summary(kind: str, params: dict[str, Any]) -> list[tuple[str, str]]:
    """A segment's parameters as (parameter, value) pairs for the pages (values are
    language-neutral: numbers, ranges and the category path)."""
    if kind == "rfm":
        return [(key, f"{params[key][0]}-{params[key][1]}") for key in SCORES if key in params]
    if kind == "affinity":
        share = f"{round(float(params.get('min_share', 0)) * 100, 1):g} %"
        return [
            ("category", str(params.get("category", ""))),
            ("min_share", share),
            ("measure", str(params.get("measure", ""))),
        ]
    return [(key, str(value)) for key, value in params.items()]
