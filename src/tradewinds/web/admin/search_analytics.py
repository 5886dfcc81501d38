"""``/admin/search`` (search analytics for a date range) and ``/admin/search/ranker``
(the learned ranker's status). Both read only, for every role with ``view_search``.

The report is the search capability's ``query_report``, the function behind
``GET /api/v1/search/report``; each query links to its live preview.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.search import DayCount, QueryReport, query_report, ranker_status
from tradewinds.store import tenant_session
from tradewinds.store.base import utcnow
from tradewinds.web.admin.console import AdminRequest
from tradewinds.web.admin.search_tabs import ViewSearchDep, search_response

router = APIRouter(include_in_schema=False)
DEFAULT_DAYS = 30
MAX_DAYS = 366
CHART_WIDTH, CHART_HEIGHT = 600, 120


def _date(text: str, name: str, errors: dict[str, str]) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        errors[name] = "invalid_date"
        return None


def read_period(params: dict[str, str]) -> tuple[date, date, dict[str, str]]:
    """The report's first and last day (UTC, both included) from ``from`` and ``to``, and
    the fields' errors; the last 30 days when a value is missing or wrong."""
    errors: dict[str, str] = {}
    today = utcnow().date()
    last = _date(params.get("to", ""), "to", errors) or today
    first = _date(params.get("from", ""), "from", errors) or last - timedelta(DEFAULT_DAYS - 1)
    if first > last:
        errors["to"] = "before_start"
    elif (last - first).days >= MAX_DAYS:
        errors["from"] = "too_long_period"
    if errors:
        return today - timedelta(DEFAULT_DAYS - 1), today, errors
    return first, last, errors


def chart(first: date, last: date, days: list[DayCount]) -> dict[str, Any]:
    """Bars of searches per day (every day of the period, zero-result searches as their
    own darker part), scaled into the SVG's box."""
    counted = {d.day: d for d in days}
    count = (last - first).days + 1
    top = max((d.searches for d in days), default=0) or 1
    width = CHART_WIDTH / count
    bars = []
    for i in range(count):
        day = (first + timedelta(i)).isoformat()
        found = counted.get(day, DayCount(day, 0, 0))
        height = CHART_HEIGHT * found.searches / top
        zero = CHART_HEIGHT * found.zero_results / top
        bars.append({"day": day, "x": round(i * width, 2), "width": round(max(width - 1, 0.5), 2),
                     "height": round(height, 2), "zero": round(zero, 2),
                     "searches": found.searches, "zero_results": found.zero_results})  # fmt: skip
    return {"bars": bars, "width": CHART_WIDTH, "height": CHART_HEIGHT, "top": top}


def _report(console: AdminRequest, first: date, last: date) -> QueryReport:
    since = datetime(first.year, first.month, first.day, tzinfo=UTC)
    until = datetime(last.year, last.month, last.day, tzinfo=UTC) + timedelta(days=1)
    with tenant_session(console.db, console.tenant_id) as session:
        return query_report(session, since, until, limit=20)


@router.get("/admin/search")
async def analytics(console: ViewSearchDep) -> Response:
    params = dict(console.request.query_params)
    first, last, errors = read_period(params)
    report = await run_in_threadpool(_report, console, first, last)
    context = {
        "report": report,
        "chart": chart(first, last, report.days),
        "first": first.isoformat(),
        "last": last.isoformat(),
        "typed": {
            "from": params.get("from", first.isoformat())[:40],
            "to": params.get("to", last.isoformat())[:40],
        },
        "errors": errors,
    }
    status = 422 if errors else 200
    return search_response(console, "admin/search_analytics.html", "analytics", context, status)


@router.get("/admin/search/ranker")
def ranker(console: ViewSearchDep) -> Response:
    status = ranker_status(console.settings, console.tenant_id)
    return search_response(console, "admin/search_ranker.html", "ranker", {"status": status})
