"""Narration of insight tables: a deterministic template by default, a chat model through
the gateway when asked (metered to the tenant as ``forecast_narration``, moderated,
audited). Every figure cites the table row it comes from (``[stockout#1]``); model-written
text is checked for citations and labelled as AI-generated."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput, TradewindsError
from tradewinds.core.settings import Settings
from tradewinds.forecast.insights import InsightTables

if TYPE_CHECKING:
    from tradewinds.compliance import ContentLabel
    from tradewinds.store import Database

logger = logging.getLogger(__name__)
FEATURE = "forecast_narration"  # the usage and audit records' feature
_CITATION = re.compile(r"\[([a-z]+#\d+)\]")


@dataclass
class InsightReport:
    """Narrative plus the tables it cites; ``label`` is set when a model wrote the text."""

    narrative: str
    tables: InsightTables
    narrator: str  # "template" or the model purpose/alias
    label: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "narrative": self.narrative,
            "narrator": self.narrator,
            "label": self.label,
            "tables": self.tables.as_dict(),
        }


def template_narrative(tables: InsightTables) -> str:
    """Deterministic narration: one paragraph per non-empty table, every figure cited."""
    parts = []
    n = tables.summary[0] if tables.summary else {}
    cite = f" [{n['ref']}]" if n else ""
    if tables.stockout:
        r = tables.stockout[0]
        parts.append(
            f"{n.get('stockout_skus', len(tables.stockout))} SKU(s) will run out before a new "
            f"order can arrive{cite}. "
            f"Most urgent: {r['sku']} has {r['on_hand']} unit(s) on hand against "
            f"{r['demand_over_lead_time']} expected over its {r['lead_time_days']}-day lead "
            f"time [{r['ref']}]."
        )
    if tables.overstock:
        r = tables.overstock[0]
        cover = f"{r['days_of_cover']} days" if r["days_of_cover"] is not None else "years"
        parts.append(
            f"{n.get('overstock_skus', len(tables.overstock))} SKU(s) are overstocked{cite}. "
            "The largest excess is "
            f"{r['sku']}: {r['on_hand']} unit(s) on hand cover {cover} of demand, "
            f"{r['excess_units']} unit(s) beyond 90 days [{r['ref']}]."
        )
    if tables.trend:
        r = tables.trend[0]
        change = f"{r['change_pct']:+}%" if r["change_pct"] is not None else "from zero"
        parts.append(
            f"{n.get('trend_change_skus', len(tables.trend))} SKU(s) changed trend{cite}. "
            f"The biggest move: {r['sku']} sold "
            f"{r['last_28d_units']:g} unit(s) in the last 28 days against "
            f"{r['previous_28d_units']:g} in the 28 before ({change}) [{r['ref']}]."
        )
    if tables.promotion:
        r = tables.promotion[0]
        parts.append(
            f"Promotions moved demand for {n.get('promotion_skus', len(tables.promotion))} "
            f"SKU(s){cite}. Strongest effect: "
            f"{r['sku']} sold {r['units_per_promo_day']} unit(s) per promotion day against "
            f"{r['units_per_other_day']} otherwise ({r['uplift_pct']:+}%) [{r['ref']}]."
        )
    return (
        "\n\n".join(parts)
        or "No stockout risks, overstock, trend changes or promotion effects found."
    )


def narrate(
    tables: InsightTables,
    *,
    use_model: bool = False,
    purpose: str = "chat",
    settings: Settings | None = None,
    tenant_id: int | None = None,
    db: Database | None = None,
) -> InsightReport:
    """Narrate ``tables``; with ``use_model`` through the chat alias ``purpose``.

    The model is called through the gateway for ``db`` and ``tenant_id`` (both required
    with ``use_model``): the tenant pays, the prompt and answer are moderated and audited.
    A model that is unavailable or refused (budget, rate, moderation), or an answer that
    cites no row or rows that do not exist, gives the template instead (the report says so
    in ``narrator``).
    """
    if not use_model:
        return InsightReport(template_narrative(tables), tables, "template")
    if db is None or tenant_id is None:
        raise InvalidInput(
            "narrating with a model needs db and tenant_id: the call is metered to the tenant"
        )
    from tradewinds.gateway import ModelClient
    from tradewinds.models import ChatRequest

    prompt = (
        "You are writing a short inventory briefing for a shop owner. Use only the figures "
        "in these tables, and after every sentence with a figure cite the row as [ref], "
        "e.g. [stockout#1]. At most 6 sentences.\n\n" + json.dumps(tables.as_dict())
    )
    client = ModelClient(db, tenant_id, FEATURE, settings)
    try:
        outcome = client.chat(ChatRequest.from_prompt(prompt, max_tokens=400), model=purpose)
    except TradewindsError as exc:
        logger.warning("model narration unavailable (%s); using the template", exc.code)
        return InsightReport(template_narrative(tables), tables, "template (model unavailable)")
    answer = outcome.result.text.strip()
    if outcome.result.finish_reason == "content_filter":
        return InsightReport(template_narrative(tables), tables, "template (model blocked)")
    if not cites_only_known_rows(answer, tables):
        logger.warning("model narration cites no or unknown rows; using the template")
        return InsightReport(template_narrative(tables), tables, "template (model uncited)")
    label = label_dict(outcome.label) if outcome.label is not None else None
    return InsightReport(answer, tables, purpose, label)


def cites_only_known_rows(text: str, tables: InsightTables) -> bool:
    """True if ``text`` cites at least one row and every citation names an existing row."""
    cited = set(_CITATION.findall(text))
    return bool(cited) and cited <= tables.refs()


def ai_label(settings: Settings, tenant_id: int | None, model: str, text: str) -> dict[str, Any]:
    """The AI-content label of a model-written narrative, as a JSON-ready dict."""
    from tradewinds.compliance import make_label

    return label_dict(make_label(settings, tenant_id=tenant_id or 0, model=model, text=text))


def label_dict(label: ContentLabel) -> dict[str, Any]:
    """An AI-content label as a JSON-ready dict."""
    return {
        "content_id": label.content_id,
        "header_value": label.header_value,
        "metadata": label.metadata,
        "explicit_text": label.explicit_text,
    }
