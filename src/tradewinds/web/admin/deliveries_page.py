"""``/admin/deliveries``: the shop's route plans, planning a day, and watching it plan.

Planning runs as a ``routing.plan`` job on the shared queue (``tradewinds.routing.
start_plan_job``: the app's job worker or any ``tradewinds worker`` runs it), and its audit
record is written in the transaction that queues the job. The job's page answers with a
``Refresh`` header while it is queued or running, so the browser reloads it without any
script (a link turns that off); once done it sends the browser to the plan. Everyone may
read; planning needs ``plan_deliveries`` (owners and managers).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from tradewinds.core.errors import Conflict, NotFound
from tradewinds.jobs import serve_jobs
from tradewinds.routing import (
    PlanInProgress,
    PlanOptions,
    list_depots,
    list_plans,
    plan_job,
    plan_jobs,
    start_plan_job,
)
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
ViewDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_DELIVERIES))]
PlanDep = Annotated[AdminRequest, Depends(allowed(Permission.PLAN_DELIVERIES))]
PAGE = "/admin/deliveries"
REFRESH_SECONDS = 3
MAX_DAYS_AHEAD = 365
TIME_LIMITS = ("10", "30", "60", "120")  # seconds of search: 60 suits a city-sized day
PROMISE_MINUTES = ("30", "60", "120")
MAX_SERVICE_MINUTES = 240
DEFAULTS = {"date": "", "depot": "", "time_limit": "10", "service_minutes": "5",
            "promise_minutes": "60"}  # fmt: skip


def shop_today(console: AdminRequest) -> date:
    """Today in the shop's time zone (what "a past date" means)."""
    assert console.tenant is not None
    return datetime.now(ZoneInfo(console.tenant.timezone)).date()


def read_plan_form(
    form: dict[str, str], today: date, depots: list[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The plan-a-day form's values as typed and its errors (field -> kind).

    >>> today = date(2026, 3, 9)
    >>> read_plan_form({"date": "2026-03-10", "depot": "WEST"}, today, ["WEST"])[1]
    {}
    >>> read_plan_form({"date": "10/03/2026", "service_minutes": "x"}, today, [])[1]
    {'date': 'invalid', 'service_minutes': 'minutes'}
    >>> read_plan_form({"date": "2026-03-08", "depot": "EAST"}, today, ["WEST"])[1]
    {'date': 'past', 'depot': 'choice'}
    """
    values = {key: form.get(key, default).strip()[:40] for key, default in DEFAULTS.items()}
    errors = {}
    try:
        day = date.fromisoformat(values["date"]) if values["date"] else None
    except ValueError:
        day = None
        errors["date"] = "invalid"
    if day is None and "date" not in errors:
        errors["date"] = "required"
    elif day is not None and day < today:
        errors["date"] = "past"
    elif day is not None and day > today + timedelta(days=MAX_DAYS_AHEAD):
        errors["date"] = "too_far"
    if values["depot"] and values["depot"] not in depots:
        errors["depot"] = "choice"
    minutes = values["service_minutes"]
    if not (minutes.isascii() and minutes.isdigit() and int(minutes) <= MAX_SERVICE_MINUTES):
        errors["service_minutes"] = "minutes"
    if values["time_limit"] not in TIME_LIMITS:
        errors["time_limit"] = "choice"
    if values["promise_minutes"] not in PROMISE_MINUTES:
        errors["promise_minutes"] = "choice"
    return values, errors


def options_of(values: dict[str, str]) -> PlanOptions:
    """The planner's options from a valid form's values."""
    return PlanOptions(
        time_limit_s=float(values["time_limit"]),
        service_s=int(values["service_minutes"]) * 60,
        promise_minutes=int(values["promise_minutes"]),
    )


def _list_page(
    console: AdminRequest,
    status_code: int = 200,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    problem: str = "",
    busy_job: int | None = None,
) -> Response:
    with tenant_session(console.db, console.tenant_id) as session:
        plans = list_plans(session, limit=50)
        jobs = [j for j in plan_jobs(session, limit=10) if j.status != "done"]
        depots = list_depots(session)
    staff = console.staff
    today = shop_today(console)
    context = {
        "plans": plans,
        "jobs": jobs,
        "depots": depots,
        "may_plan": staff is not None and can(staff.role, Permission.PLAN_DELIVERIES),
        "values": values or DEFAULTS | {"date": (today + timedelta(days=1)).isoformat()},
        "errors": errors or {},
        "problem": problem,
        "busy_job": busy_job,
        "time_limits": TIME_LIMITS,
        "promise_minutes": PROMISE_MINUTES,
        "today": today,
        "local": _local_clock(console),
    }
    return admin_response(console, "admin/deliveries.html", context, status_code, "deliveries")


def _local_clock(console: AdminRequest) -> Any:
    assert console.tenant is not None
    zone = ZoneInfo(console.tenant.timezone)

    def local(moment: datetime | None, pattern: str = "%Y-%m-%d %H:%M") -> str:
        return moment.astimezone(zone).strftime(pattern) if moment is not None else "—"

    return local


@router.get(PAGE)
def deliveries(console: ViewDep) -> Response:
    return _list_page(console)


@router.post(PAGE)
async def plan_a_day(console: PlanDep) -> Response:
    try:
        form = await admin_form(console)
    except CsrfRejected:
        return message_response(console, "expired", 403)
    return await run_in_threadpool(_plan_a_day, console, form)


def _plan_a_day(console: AdminRequest, form: dict[str, str]) -> Response:
    with tenant_session(console.db, console.tenant_id) as session:
        codes = [d.code for d in list_depots(session)]
    values, errors = read_plan_form(form, shop_today(console), codes)
    if errors:
        return _list_page(console, 422, values, errors)
    staff = console.staff
    assert staff is not None
    day = date.fromisoformat(values["date"])
    asked = {k: values[k] for k in DEFAULTS}
    serve_jobs(console.request.app.state, console.db, console.settings.jobs)
    try:
        with tenant_session(console.db, console.tenant_id) as session:
            job_id = start_plan_job(
                session, day, depot_code=values["depot"] or None, options=options_of(values)
            )
            record_change(
                session, Actor(staff.id, staff.email), "routing.plan", ("route_plan_job", job_id),
                f"route plan for {day.isoformat()} started (job {job_id})", {}, asked,
            )  # fmt: skip
    except PlanInProgress as busy:
        return _list_page(console, 409, values, {}, "in_progress", busy.job_id)
    except Conflict:
        return _list_page(console, 503, values, {}, "queue_full")
    return RedirectResponse(f"{PAGE}/jobs/{job_id}", status_code=303)


@router.get(PAGE + "/jobs/{plan_job_id}")
def job_page(plan_job_id: str, console: ViewDep) -> Response:
    wanted = path_id(plan_job_id)
    if wanted is None:
        return message_response(console, "not_found", 404)
    try:
        with tenant_session(console.db, console.tenant_id) as session:
            job = plan_job(session, wanted)
    except NotFound:
        return message_response(console, "not_found", 404)
    if job.status == "done" and job.plan_id is not None:
        return RedirectResponse(f"{PAGE}/plans/{job.plan_id}", status_code=303)
    working = job.status in ("queued", "running")
    watch = working and console.request.query_params.get("watch") != "off"
    context = {"job": job, "working": working, "watching": watch,
               "refresh_seconds": REFRESH_SECONDS, "local": _local_clock(console)}  # fmt: skip
    response = admin_response(console, "admin/delivery_job.html", context, current="deliveries")
    if watch:
        # An HTTP refresh (no script needed); the page links to a copy without it.
        response.headers["Refresh"] = str(REFRESH_SECONDS)
    return response
