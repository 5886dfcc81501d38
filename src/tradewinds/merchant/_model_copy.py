"""The model's part in listing copy, always through the gateway (metered, moderated,
audited as ``merchant.copy``): choosing one of the templates' opening sentences (a
JSON-schema-constrained choice, for small models), or writing the whole copy from the
product's facts (for models that write well). What a model writes is never trusted:
the caller checks it against the facts and falls back to the templates.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidModelOutput
from tradewinds.merchant._source import CopySource
from tradewinds.merchant.listing import (
    BULLETS_MAX,
    BULLETS_MIN,
    META_DESCRIPTION_MAX,
    SEO_TITLE_MAX,
    ListingCopy,
)
from tradewinds.models import ChatRequest, Message

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.store import Database

FEATURE = "merchant.copy"
LANGUAGE_NAMES = {
    "en": "English", "zh": "Simplified Chinese", "es": "Spanish", "fr": "French",
    "de": "German", "ja": "Japanese", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai",
    "ar": "Arabic", "pt": "Portuguese", "it": "Italian", "ko": "Korean", "nl": "Dutch",
}  # fmt: skip
# No maxLength: llama.cpp grammars grow one rule per character; lengths are checked after.
_WRITE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "bullets": {
            "type": "array",
            "items": {"type": "string"},
            "minItems": BULLETS_MIN,
            "maxItems": BULLETS_MAX,
        },
        "description": {"type": "string"},
        "seo_title": {"type": "string"},
        "meta_description": {"type": "string"},
    },
    "required": ["title", "bullets", "description", "seo_title", "meta_description"],
}
_RULES = (
    "You write e-commerce listing copy. Use ONLY the facts given: never add a material, "
    "number, measurement, feature, certification, warranty, colour, size, price, stock, "
    "delivery promise or comparison that the facts do not state. Keep names, model numbers "
    "and numbers with their units exactly as given. Do not mention yourself."
)


def facts_message(source: CopySource, points: list[str]) -> str:
    """The product's facts as the JSON a model is given (no price, no stock)."""
    data = {"name": source.name, "vendor": source.vendor, "category": source.category}
    return json.dumps({**data, "facts": points}, ensure_ascii=False)


def _chat(
    db: Database, tenant_id: int, request: ChatRequest, purpose: str, settings: Settings | None
) -> tuple[Any, str]:
    from tradewinds.gateway import chat

    outcome = chat(db, tenant_id, request, model=purpose, feature=FEATURE, settings=settings)
    result = outcome.result
    if result.finish_reason == "content_filter" or not result.text.strip():
        raise InvalidModelOutput(
            f"models.{purpose} returned no usable text (finish reason {result.finish_reason})"
        )
    return result.json(), f"{result.backend}:{result.model}"


def choose_opening(
    db: Database,
    tenant_id: int,
    source: CopySource,
    openings: list[str],
    *,
    purpose: str,
    settings: Settings | None = None,
) -> tuple[int, str]:
    """The index of the opening sentence the model picks, and who picked it.

    Raises
    ------
    TradewindsError
        The gateway refused (budget, rate, moderation) or the model failed.
    """
    numbered = "\n".join(f"{i}. {text}" for i, text in enumerate(openings, start=1))
    request = ChatRequest(
        messages=[
            Message.system("Pick the opening sentence that reads best for this product."),
            Message.user(f"Product: {source.name}\nOptions:\n{numbered}\nAnswer with its number."),
        ],
        json_schema={
            "type": "object",
            "properties": {
                "choice": {"type": "integer", "enum": list(range(1, len(openings) + 1))}
            },
            "required": ["choice"],
        },
        max_tokens=16,
        temperature=0,
    )
    data, model = _chat(db, tenant_id, request, purpose, settings)
    choice = data.get("choice") if isinstance(data, dict) else None
    if not isinstance(choice, int) or not 1 <= choice <= len(openings):
        raise InvalidModelOutput(f"models.{purpose}: choice {choice!r} is not an option number")
    return choice - 1, model


def write_copy(
    db: Database,
    tenant_id: int,
    source: CopySource,
    points: list[str],
    language: str,
    *,
    tone: str,
    length: str,
    purpose: str,
    settings: Settings | None = None,
) -> ListingCopy:
    """The whole copy as the model writes it from ``points`` (unchecked: the caller checks).

    Raises
    ------
    TradewindsError
        The gateway refused, the model failed, or its answer is not the listing JSON.
    """
    words = {"short": "about 40", "medium": "about 80", "long": "about 150"}[length]
    request = ChatRequest(
        messages=[
            Message.system(_RULES),
            Message.user(
                f"Write the listing in {LANGUAGE_NAMES.get(language, language)}, {tone} tone, "
                f"a description of {words} words, {BULLETS_MIN} to {BULLETS_MAX} bullets, an "
                f"SEO title of at most {SEO_TITLE_MAX} characters and a meta description of at "
                f"most {META_DESCRIPTION_MAX}.\nProduct facts: {facts_message(source, points)}"
            ),
        ],
        json_schema=_WRITE_SCHEMA,
        max_tokens=900,
        temperature=0,
    )
    data, model = _chat(db, tenant_id, request, purpose, settings)
    if not isinstance(data, dict):
        raise InvalidModelOutput(f"models.{purpose}: expected a JSON object, got {data!r:.80}")
    try:
        bullets = tuple(" ".join(str(b).split()) for b in data["bullets"] if str(b).strip())
        said = {k: " ".join(str(data[k]).split()) for k in _WRITE_SCHEMA["required"]}
    except (KeyError, TypeError) as error:
        raise InvalidModelOutput(f"models.{purpose}: listing JSON lacks {error}") from error
    return ListingCopy(
        language=language,
        title=said["title"],
        bullets=bullets,
        description=said["description"],
        seo_title=said["seo_title"],
        meta_description=said["meta_description"],
        origin="ai",
        model=model,
    )
