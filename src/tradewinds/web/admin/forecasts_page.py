"""``/admin/forecasts``: the shop's forecast runs, starting one, and watching it run.

A run is started as a job on the shared queue (like ``POST /api/v1/forecast/runs``: the
app's job worker or any ``tradewinds worker`` runs it), and its audit record is written in
the transaction that stores the queued run. The run's page answers
with a ``Refresh`` header while the run is queued or running, so the browser reloads it
without any script (a link turns that off); once done it lists the forecast SKUs.
Everyone may read; starting a run needs ``run_forecasts`` (owners and managers).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import NotFound
from tradewinds.forecast import (
    ForecastParams,
    QueueFull,
    find_run,
    grouping_of,
    list_runs,
    run_report,
)
from tradewinds.forecast import (
    start_run as start_forecast_run,
)
from tradewinds.jobs import serve_jobs
from tradewinds.staff import Actor, Permission, can, record_change
from tradewinds.store import tenant_session
from tradewinds.web.admin.console import (
    AdminRequest,
    admin_form,
    admin_response,
    allowed,
    message_response,
    path_id,
)
from tradewinds.web.session import CsrfRejected

router = APIRouter(include_in_schema=False)
ViewDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_FORECASTS))]
RunDep = Annotated[AdminRequest, Depends(allowed(Permission.RUN_FORECASTS))]
PAGE = "/admin/forecasts"
REFRESH_SECONDS = 3
MAX_HORIZON = 730
MAX_ISSUES = 100  # listed on a run's page (a large catalogue has hundreds of cold starts)
DEFAULTS = {"horizon": "28", "freq": "D", "by": "sku"}


def _serve_jobs(console: AdminRequest) -> None:
    """Start the app's in-process job worker (the API's) if it is not running yet."""
    serve_jobs(console.request.app.state, console.db, console.settings.jobs)


def read_run_form(form: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The start-a-run form's values as typed and its errors (field -> kind).

    >>> read_run_form({"horizon": "0", "freq": "D", "by": "sku"})[1]
    {'horizon': 'range'}
    >>> read_run_form({"horizon": "14", "freq": "W", "by": "depot"})[1]
    {}
    """
    values = {key: form.get(key, default).strip()[:20] for key, default in DEFAULTS.items()}
    errors = {}
    horizon = values["horizon"]
    if not horizon:
        errors["horizon"] = "required"
    elif not (horizon.isascii() and horizon.isdigit()) or not 1 <= int(horizon) <= MAX_HORIZON:
        errors["horizon"] = "range"
    if values["freq"] not in ("D", "W"):
        errors["freq"] = "choice"
    if values["by"] not in ("sku", "depot"):
        errors["by"] = "choice"
    return values, errors


def _list_page(
    console: AdminRequest,
    status_code: int = 200,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    problem: str = "",
) -> Response:
    with tenant_session(console.db, console.tenant_id) as session:
        runs = list_runs(session, limit=20)
    staff = console.staff
    context = {
        "runs": runs,
        "may_run": staff is not None and can(staff.role, Permission.RUN_FORECASTS),
        "values": values or DEFAULTS,
        "errors": errors or {},
        "problem": problem,
        "max_horizon": MAX_HORIZON,
    }
    return admin_response(console, "admin/forecasts.html", context, status_code, "forecasts")


@router.get(PAGE)
def forecasts(console: ViewDep) -> Response:
    return _list_page(console)


@router.post(PAGE)
async def start_run(console: RunDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    values, errors = read_run_form(form)
    if errors:
        return await run_in_threadpool(_list_page, console, 422, values, errors)
    staff = console.staff
    assert staff is not None
    actor = Actor(staff.id, staff.email)
    horizon = int(values["horizon"])
    asked = {"horizon": horizon, "freq": values["freq"], "by": values["by"]}

    def record(session: Session, run_id: int) -> None:
        record_change(
            session, actor, "forecast.run", ("forecast_run", run_id),
            f"forecast run {run_id} started", {}, asked,
        )  # fmt: skip

    params = ForecastParams(horizon=horizon, freq=values["freq"])
    await run_in_threadpool(_serve_jobs, console)
    try:
        run_id = await run_in_threadpool(
            start_forecast_run,
            console.db,
            console.tenant_id,
            params,
            by=values["by"],
            record=record,
        )
    except QueueFull:
        return await run_in_threadpool(_list_page, console, 503, values, {}, "queue_full")
    return RedirectResponse(f"{PAGE}/runs/{run_id}", status_code=303)


def _run_view(console: AdminRequest, run_id: int) -> dict[str, Any]:
    with tenant_session(console.db, console.tenant_id) as session:
        run = find_run(session, run_id)
    report = run_report(run) if run.status == "done" else {}
    chosen = report.get("chosen", [])
    models: dict[str, int] = {}
    for row in chosen:
        models[str(row.get("model"))] = models.get(str(row.get("model")), 0) + 1
    return {
        "run": run,
        "series_ids": sorted(str(row.get("unique_id")) for row in chosen),
        "models": sorted(models.items(), key=lambda kv: (-kv[1], kv[0])),
        "issues": report.get("issues", [])[:MAX_ISSUES],
        "issue_total": len(report.get("issues", [])),
        "by_depot": run.grouping == grouping_of("depot"),
    }


@router.get(PAGE + "/runs/{run_id}")
def run_page(run_id: str, console: ViewDep) -> Response:
    wanted = path_id(run_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        context = _run_view(console, wanted)
    except NotFound:
        return message_response(console, "not_found", 404)
    working = context["run"].status in ("queued", "running")
    watch = working and console.request.query_params.get("watch") != "off"
    context |= {"working": working, "watching": watch, "refresh_seconds": REFRESH_SECONDS}
    response = admin_response(console, "admin/forecast_run.html", context, current="forecasts")
    if watch:
        # An HTTP refresh (no script needed); the page links to a copy without it.
        response.headers["Refresh"] = str(REFRESH_SECONDS)
    return response
