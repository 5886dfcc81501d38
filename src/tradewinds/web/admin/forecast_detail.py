"""``/admin/forecasts/skus/{sku}`` and ``/admin/forecasts/insights``: one SKU's chart and
the insight report, read from completed runs.

The chart is the capability's own SVG (``forecast_svg``, the API's ``chart.svg``) inline,
with its title and legend in the page's language, and the same figures as a table. The
insight report is the API's (template narration; a model-written one is the API's
``?model=true``): its narrative's citations (``[stockout#1]``) link to the cited rows.
"""

from __future__ import annotations

import re
from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from markupsafe import Markup
from starlette.responses import Response

from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.forecast import find_run, forecast_svg, insight_report, sku_view
from tradewinds.staff import Permission
from tradewinds.store import tenant_session
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_response,
    allowed,
    message_response,
    path_id,
)

router = APIRouter(include_in_schema=False)
ViewDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_FORECASTS))]
HISTORY_PERIODS = 84  # as many as the chart shows
_CITATION = re.compile(r"\[([a-z]+)#(\d+)\]")


@router.get("/admin/forecasts/skus/{sku}")
def sku_page(sku: str, console: ViewDep) -> Response:
    asked = console.request.query_params.get("run_id")
    run_id = path_id(asked) if asked is not None else None
    if asked is not None and run_id is None:
        return message_response(console, "not_found", 404)
    with tenant_session(console.db, console.tenant_id) as session:
        try:
            run, points, history = sku_view(session, sku, run_id=run_id)
        except NotFound:
            return message_response(console, "not_found", 404)
        except Conflict:
            assert run_id is not None
            context = {"sku": sku, "unfinished": find_run(session, run_id)}
            return admin_response(console, "admin/forecast_sku.html", context, 409, "forecasts")
    history = history.sort_values("ds").tail(HISTORY_PERIODS)
    lo, hi = f"yhat_lo_{run.level}", f"yhat_hi_{run.level}"

    def chart(title: str, legend: str) -> Markup:
        svg = forecast_svg(
            sku, history, points, level=run.level, history_periods=HISTORY_PERIODS,
            title=title, legend=legend,
        )  # fmt: skip
        return Markup(svg)  # forecast_svg escapes every text it writes

    context = {
        "sku": sku,
        "unfinished": None,
        "run": run,
        "chart": chart,
        "history": [
            (ds.date(), float(y)) for ds, y in zip(history["ds"], history["y"], strict=True)
        ],
        "points": [
            (ds.date(), float(y), float(low), float(high), str(model))
            for ds, y, low, high, model in zip(
                points["ds"], points["yhat"], points[lo], points[hi], points["model"], strict=True
            )
        ],
    }
    return admin_response(console, "admin/forecast_sku.html", context, current="forecasts")


def cited(narrative: str) -> Markup:
    """The narrative escaped, its paragraphs kept, each ``[table#n]`` a link to that row.

    >>> str(cited("Low <stock> [stockout#1]."))
    '<p>Low &lt;stock&gt; <a href="#stockout-1">[stockout#1]</a>.</p>'
    """
    paragraphs = []
    for part in narrative.split("\n\n"):
        text = _CITATION.sub(r'<a href="#\1-\2">[\1#\2]</a>', escape(part, quote=False))
        paragraphs.append(f"<p>{text}</p>")
    return Markup("".join(paragraphs))  # escaped above; only our links added


@router.get("/admin/forecasts/insights")
def insights_page(console: ViewDep) -> Response:
    report: Any = None
    with tenant_session(console.db, console.tenant_id) as session:
        try:
            report = insight_report(session)
        except (NotFound, InvalidInput):
            report = None
    context: dict[str, Any] = {"report": None}
    if report is not None:
        tables = report.tables.as_dict()
        context = {
            "report": report,
            "narrative": cited(report.narrative),
            "summary": (tables.pop("summary") or [{}])[0],
            "tables": tables,
        }
    return admin_response(console, "admin/forecast_insights.html", context, current="forecasts")
