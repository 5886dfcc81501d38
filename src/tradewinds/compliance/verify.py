"""Labels in exported text files, and checking a text or file for an intact label.

An exported text ends with the explicit label and a marked block holding the signed
implicit label::

    <the generated text>

    [AI-generated]
    -----BEGIN AIGC LABEL-----
    {"aigc":true,"content_id":"aigc-…","sha256":"…","sig":"…",…}
    -----END AIGC LABEL-----

:func:`verify_text` finds the block, checks the signature and that the text before it
still hashes to the signed SHA-256, and reports ``valid``, ``altered`` (text or label
changed), ``explicit_removed`` (the visible label was deleted), ``stripped`` (the visible
label is there but the signed block is gone) or ``unlabelled``. It also accepts a bare
``X-AIGC-Label`` header value or the metadata JSON (signature check only).
"""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from typing import Any, Literal

from tradewinds.compliance._keys import signing_key
from tradewinds.compliance.labels import ContentLabel, parse_header, sign, text_sha256
from tradewinds.core.settings import Settings

BEGIN = "-----BEGIN AIGC LABEL-----"
END = "-----END AIGC LABEL-----"
_BLOCK = re.compile(
    r"\n\n\[(?P<explicit>[^\]\n]*)\]\n" + re.escape(BEGIN) + r"\n(?P<json>.*?)\n" + re.escape(END),
    re.DOTALL,
)
_LOOSE_BLOCK = re.compile(re.escape(BEGIN) + r"\s*(?P<json>\{.*?\})\s*" + re.escape(END), re.DOTALL)

Status = Literal["valid", "altered", "explicit_removed", "stripped", "unlabelled"]


@dataclass(frozen=True)
class Verification:
    status: Status
    message: str
    content_id: str | None = None
    fields: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status == "valid"


def embed_label(text: str, label: ContentLabel) -> str:
    """``text`` with the explicit label and the signed implicit label appended."""
    block = json.dumps(label.metadata, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"{text}\n\n[{label.explicit_text}]\n{BEGIN}\n{block}\n{END}\n"


def _signature_ok(settings: Settings, fields: dict[str, Any]) -> bool:
    given = str(fields.get("sig", ""))
    return hmac.compare_digest(given, sign(signing_key(settings), fields))


def verify_text(
    settings: Settings, text: str, *, known_explicit: tuple[str, ...] = ()
) -> Verification:
    """Check ``text`` (an exported file's content, a header value or label JSON).

    Parameters
    ----------
    settings
        For the signing key and the configured explicit label texts.
    text
        What to check.
    known_explicit
        More explicit label texts to recognise (e.g. tenants' own).
    """
    stripped = text.strip()
    if stripped.startswith("v=") and "sig=" in stripped:
        return _verify_fields(settings, parse_header(stripped), what="header")
    if stripped.startswith("{") and stripped.endswith("}"):
        try:
            fields = json.loads(stripped)
        except json.JSONDecodeError:
            fields = None
        if isinstance(fields, dict) and "sig" in fields:
            return _verify_fields(settings, fields, what="label metadata")
    match = _BLOCK.search(text)
    if match is None:
        loose = _LOOSE_BLOCK.search(text)
        if loose is not None:
            fields = _parse(loose.group("json"))
            return Verification(
                "altered",
                "the AIGC label block was moved or its layout changed",
                fields.get("content_id") if fields else None,
                fields,
            )
        explicit = set(settings.compliance.explicit_labels.values()) | set(known_explicit)
        if any(e and e in text for e in explicit):
            return Verification(
                "stripped",
                "an explicit AI-generated label is present but the signed label was removed",
            )
        return Verification("unlabelled", "no Tradewinds AI-content label found")
    fields = _parse(match.group("json"))
    if fields is None:
        return Verification("altered", "the AIGC label block is not valid JSON")
    content_id = fields.get("content_id")
    if not _signature_ok(settings, fields):
        return Verification(
            "altered", "the label's signature does not match its fields", content_id, fields
        )
    body = text[: match.start()]
    if text_sha256(body) != fields.get("sha256"):
        return Verification(
            "altered", "the text was changed after it was labelled", content_id, fields
        )
    if match.group("explicit") != fields.get("explicit"):
        return Verification(
            "explicit_removed",
            f"the visible label should read [{fields.get('explicit')}]",
            content_id,
            fields,
        )
    return Verification("valid", "label intact and text unchanged", content_id, fields)


def _verify_fields(settings: Settings, fields: dict[str, Any], *, what: str) -> Verification:
    content_id = fields.get("content_id")
    if _signature_ok(settings, fields):
        return Verification("valid", f"{what} signature is valid", content_id, fields)
    return Verification(
        "altered", f"{what} signature does not match its fields", content_id, fields
    )


def _parse(raw: str) -> dict[str, Any] | None:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None
