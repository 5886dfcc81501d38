"""The campaign forms: a new campaign (segment, languages, A/B variant shares, picks) and
an edit of one variant's copy in one language, read from plain strings.

Problems are error kinds at their fields; the capability checks everything again
(:func:`tradewinds.marketing.read_shares`, ``create_campaign``, ``edit_copy``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradewinds.marketing import MAX_PICKS, NAME_PATTERN

VARIANTS = ("a", "b", "c")
LANGUAGES = ("en", "zh")
COPY_PARTS = ("subject", "intro", "outro")
MAX_TEXT = 2000
_NAME = re.compile(NAME_PATTERN)
DEFAULTS = {"name": "", "segment": "", "picks": "3", "share_a": "1", "share_b": "", "share_c": "",
            "language_en": "on", "language_zh": "on"}  # fmt: skip


@dataclass
class CampaignForm:
    """What was typed, and when valid, what ``create_campaign`` takes."""

    values: dict[str, str]
    languages: list[str] = field(default_factory=list)
    shares: dict[str, float] = field(default_factory=dict)
    picks: int = 0
    errors: dict[str, str] = field(default_factory=dict)


def _share(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if 0 < value <= 1000 else None


def read_campaign_form(form: dict[str, str], segments: list[str]) -> CampaignForm:
    """The new campaign of a posted form (checkboxes absent when unticked)."""
    values = {key: form.get(key, "")[:600] for key in DEFAULTS}
    result = CampaignForm(values)
    errors = result.errors
    name = values["name"].strip()
    if not name:
        errors["name"] = "required"
    elif not _NAME.match(name):
        errors["name"] = "bad_name"
    values["name"] = name
    if values["segment"] not in segments:
        errors["segment"] = "no_segment"
    result.languages = [code for code in LANGUAGES if values[f"language_{code}"]]
    if not result.languages:
        errors["languages"] = "no_language"
    for variant in VARIANTS:
        text = values[f"share_{variant}"]
        if not text.strip() and variant != "a":
            continue
        share = _share(text)
        if share is None:
            errors[f"share_{variant}"] = "variant_share"
        else:
            result.shares[variant] = share
    picks = values["picks"].strip()
    if picks.isascii() and picks.isdigit() and 1 <= int(picks) <= MAX_PICKS:
        result.picks = int(picks)
    else:
        errors["picks"] = "picks_range"
    return result


def read_copy_form(
    form: dict[str, str], handles: list[str]
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """One variant's copy in one language as posted: (the parts, the pick blocks by handle,
    errors per field). Every part is required (1-2000 characters)."""
    parts = {key: form.get(key, "")[: MAX_TEXT + 100] for key in COPY_PARTS}
    blocks = {h: form.get(f"block.{h}", "")[: MAX_TEXT + 100] for h in handles}
    errors = {}
    for key, text in (*parts.items(), *((f"block.{h}", t) for h, t in blocks.items())):
        if not text.strip() or len(text) > MAX_TEXT:
            errors[key] = "text_length"
    return parts, blocks, errors
