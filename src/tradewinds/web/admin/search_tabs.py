"""What the search pages share: their permissions, their tabs, the acting member."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends
from starlette.responses import Response

from tradewinds.staff import Actor, Permission, can
from tradewinds.web.admin.console import AdminRequest, admin_response, allowed

# Staff read the analytics, the preview and the ranker's status; managers and owners tune.
ViewSearchDep = Annotated[AdminRequest, Depends(allowed(Permission.VIEW_SEARCH))]
TuneSearchDep = Annotated[AdminRequest, Depends(allowed(Permission.TUNE_SEARCH))]


def actor(console: AdminRequest) -> Actor:
    """The signed-in member, as the audit records them."""
    assert console.staff is not None
    return Actor(console.staff.id, console.staff.email)


def search_response(
    console: AdminRequest, template: str, tab: str, context: dict[str, Any], status: int = 200
) -> Response:
    """A search page with the layout and the search tabs (``tab`` is the current one)."""
    staff = console.staff
    may_tune = staff is not None and can(staff.role, Permission.TUNE_SEARCH)
    values = {"tab": tab, "may_tune": may_tune, "errors": {}, **context}
    return admin_response(console, template, values, status, current="search")
