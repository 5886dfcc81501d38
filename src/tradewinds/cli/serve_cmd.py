"""``tradewinds serve``: run the HTTP API with uvicorn (127.0.0.1:8000 by default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.store import Database


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the root app."""
    app.command("serve")(serve)


def serve(
    host: str | None = typer.Option(
        None, help="Address to bind (default: settings.server.host, 127.0.0.1)."
    ),
    port: int | None = typer.Option(
        None, min=1, max=65535, help="Port (default: settings.server.port, 8000)."
    ),
    reload: bool = typer.Option(False, "--reload", help="Restart on code changes (development)."),
) -> None:
    """Serve the HTTP API; interactive docs at /docs. Opening the database migrates it."""
    import uvicorn

    from tradewinds.api import create_app
    from tradewinds.cli._common import settings as current_settings
    from tradewinds.store import open_database

    settings = _with_bind(current_settings(), host, port)
    settings.check_safe()  # refuses a public address unless server.allow_public_bind
    db = open_database(settings)
    _explain(settings, db)
    bind = settings.server
    log_level = settings.log_level.lower()
    if reload:
        # The reloader imports the app in a fresh process, from the same settings sources.
        db.dispose()
        uvicorn.run("tradewinds.api.app:create_app", factory=True, reload=True,
                    host=bind.host, port=bind.port, log_level=log_level)  # fmt: skip
        return
    try:
        uvicorn.run(create_app(settings, db), host=bind.host, port=bind.port, log_level=log_level)
    finally:
        db.dispose()


def _with_bind(settings: Settings, host: str | None, port: int | None) -> Settings:
    """``settings`` with the command line's host and port, validated like the file's."""
    from tradewinds.core.settings import ServerSettings

    overrides = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    if not overrides:
        return settings
    server = ServerSettings.model_validate({**settings.server.model_dump(), **overrides})
    return settings.model_copy(update={"server": server})


def _explain(settings: Settings, db: Database) -> None:
    from tradewinds.store.tenants import list_tenants

    host = settings.server.host
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{settings.server.port}"
    auth = "required (admin token set)" if settings.admin_token else "off (no admin token)"
    typer.echo(f"Tradewinds API on {url}  docs: {url}/docs  auth: {auth}")
    slugs = [t.slug for t in list_tenants(db)]
    if settings.default_tenant not in slugs:
        typer.secho(
            f"note: the default tenant {settings.default_tenant!r} does not exist yet "
            f"(tenants: {', '.join(slugs) or 'none'}); create it with "
            "'tradewinds demo-data' or 'tradewinds tenants create', or send X-Tenant",
            err=True,
            fg=typer.colors.YELLOW,
        )
