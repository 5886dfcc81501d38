"""AI-generated content labels (GB 45438-2025): implicit, signed metadata and explicit text.

Every generated text gets a :class:`ContentLabel`:

* ``metadata`` — the implicit label: AIGC flag, service provider name and code, a unique
  content id, model, time, the SHA-256 of the text, and an HMAC-SHA256 signature over all
  of it (key: :mod:`tradewinds.compliance._keys`). API responses carry it as a body field;
* ``header_value`` — the same, compact, for the ``X-AIGC-Label`` response header;
* ``explicit_text`` — what people see ("AI-generated" / "由人工智能生成"), per tenant and
  locale.

Because the signature covers the text's hash, changing the text or any label field is
detected by :func:`tradewinds.compliance.verify.verify_text`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from tradewinds.compliance._keys import signing_key
from tradewinds.compliance.policy import TenantPolicy, cached_policy
from tradewinds.core.settings import Settings

LABEL_VERSION = 1
HEADER_NAME = "X-AIGC-Label"
# Fields the signature covers, in this order (the canonical form is JSON with sorted keys).
SIGNED_FIELDS = (
    "v",
    "aigc",
    "provider",
    "provider_code",
    "content_id",
    "model",
    "created_at",
    "sha256",
    "explicit",
)


@dataclass(frozen=True)
class ContentLabel:
    """The labels of one generated text.

    Attributes
    ----------
    content_id
        Unique id of this piece of content (complaints and audit queries use it).
    header_value
        Value for the ``X-AIGC-Label`` response header (ASCII).
    metadata
        The implicit label, for a response body field (``"aigc_label"``) or a file.
    explicit_text
        Text to show people next to the content.
    """

    content_id: str
    header_value: str
    metadata: dict[str, Any] = field(default_factory=dict)
    explicit_text: str = ""


def new_content_id() -> str:
    return "aigc-" + uuid.uuid4().hex


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical(fields: dict[str, Any]) -> bytes:
    signed = {k: fields.get(k) for k in SIGNED_FIELDS}
    return json.dumps(signed, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sign(key: bytes, fields: dict[str, Any]) -> str:
    digest = hmac.new(key, canonical(fields), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def explicit_label(
    settings: Settings, policy: TenantPolicy | None = None, locale: str | None = None
) -> str:
    """The explicit label for ``locale`` (tenant's text first, then settings, then English).

    ``zh-CN`` falls back to ``zh``; an unknown locale to the tenant's default locale.
    """
    texts = {**settings.compliance.explicit_labels, **(policy.explicit_labels if policy else {})}
    default = policy.default_locale if policy else "en"
    for candidate in (locale, (locale or "").split("-")[0], default, "en"):
        if candidate and texts.get(candidate):
            return texts[candidate]
    return "AI-generated"


def make_label(
    settings: Settings,
    *,
    tenant_id: int,
    model: str,
    text: str,
    locale: str | None = None,
    policy: TenantPolicy | None = None,
    created_at: datetime | None = None,
) -> ContentLabel:
    """Label one generated text.

    Parameters
    ----------
    settings
        Effective settings (provider name/code, explicit label texts, signing key).
    tenant_id
        The tenant the content was generated for (its explicit label texts apply).
    model
        The model alias that generated the text.
    text
        The generated text (its SHA-256 is signed, so later edits are detected).
    locale
        Locale of the explicit label (``en``, ``zh``, ``zh-CN``...).
    policy
        The tenant's policy; default: the one last loaded for ``tenant_id``.
    """
    policy = policy if policy is not None else cached_policy(tenant_id)
    config = settings.compliance
    fields: dict[str, Any] = {
        "v": LABEL_VERSION,
        "aigc": True,
        "provider": config.provider_name,
        "provider_code": config.provider_code,
        "content_id": new_content_id(),
        "model": model,
        "created_at": (created_at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sha256": text_sha256(text),
        "explicit": explicit_label(settings, policy, locale),
    }
    fields["sig"] = sign(signing_key(settings), fields)
    return ContentLabel(
        content_id=fields["content_id"],
        header_value=header_value(fields),
        metadata=fields,
        explicit_text=fields["explicit"],
    )


def header_value(fields: dict[str, Any]) -> str:
    """``key=value`` pairs separated by ``;``, values percent-encoded to stay ASCII."""
    return "; ".join(
        f"{k}={quote(_scalar(fields.get(k)), safe='')}" for k in (*SIGNED_FIELDS, "sig")
    )


def parse_header(value: str) -> dict[str, Any]:
    """The fields of a header value made by :func:`header_value`."""
    from urllib.parse import unquote

    fields: dict[str, Any] = {}
    for part in value.split(";"):
        if "=" not in part:
            continue
        key, raw = part.strip().split("=", 1)
        fields[key] = unquote(raw)
    if "v" in fields and str(fields["v"]).isdigit():
        fields["v"] = int(fields["v"])
    if "aigc" in fields:
        fields["aigc"] = fields["aigc"] == "true"
    return fields


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)
