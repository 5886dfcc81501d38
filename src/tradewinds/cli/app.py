"""Entry point: builds the Typer app and formats errors once for the whole CLI.

Exit codes: 0 ok, 1 failure, 2 usage or invalid input. ``--debug`` shows tracebacks.
Command modules keep heavy imports (SQLAlchemy, FastAPI, torch, llama_cpp) inside their
functions so that ``tradewinds --help`` starts fast.
"""

from __future__ import annotations

import sys

import typer

from tradewinds.cli import (
    assistant_cmd,
    audit_cmd,
    bench_cmd,
    blocklist_cmd,
    browse_cmd,
    campaigns_cmd,
    config_cmd,
    copy_cmd,
    copy_generate_cmd,
    data_cmd,
    db_cmd,
    demo_cmd,
    doctor_cmd,
    forecast_cmd,
    jobs_cmd,
    keys_cmd,
    labels_cmd,
    media_cmd,
    models_cmd,
    recommend_cmd,
    routes_cmd,
    search_cmd,
    segments_cmd,
    serve_cmd,
    staff_cmd,
    tenants_cmd,
    usage_cmd,
)
from tradewinds.cli._common import state

app = typer.Typer(
    name="tradewinds",
    help="Tradewinds: a self-hostable AI commerce platform.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
    log_format: str | None = typer.Option(
        None,
        "--log-format",
        help="text or json (one JSON object per line; default: settings.log_format).",
    ),
) -> None:
    state.debug = debug
    if log_format is not None:
        import os

        from tradewinds.core.errors import InvalidInput

        if log_format not in ("text", "json"):
            raise InvalidInput(f"--log-format {log_format!r}: expected text or json")
        # Through the environment, so serve's worker processes read it too.
        os.environ["TRADEWINDS_LOG_FORMAT"] = log_format
    from tradewinds.core.errors import ConfigError
    from tradewinds.core.logs import configure_logging
    from tradewinds.core.settings import get_settings

    get_settings.cache_clear()
    try:
        current = get_settings()
    except ConfigError:  # reported by the command that needs the settings
        return
    configure_logging(current.log_level, current.log_format)


app.add_typer(config_cmd.app, name="config")
app.add_typer(db_cmd.app, name="db")
app.add_typer(tenants_cmd.app, name="tenants")
app.add_typer(media_cmd.app, name="media")  # media fetch
data_cmd.register(app)  # import / export
demo_cmd.register(app)  # demo-data
models_cmd.register(app)  # models list|chat|embed
serve_cmd.register(app)  # serve
doctor_cmd.register(app)  # doctor
browse_cmd.register(app)  # products / orders / customers list|show
routes_cmd.register(app)  # routes plan|show|export|promise
bench_cmd.register(app)  # bench routing
forecast_cmd.register(app)  # forecast run|backtest|show|insights, replenish plan|simulate|terms
jobs_cmd.register(app)  # jobs list|show|cancel|retry, worker
labels_cmd.register(app)  # labels verify
audit_cmd.register(app)  # audit list|export|purge
blocklist_cmd.register(app)  # blocklist add|list|remove
keys_cmd.register(app)  # keys create|list|revoke|budget
usage_cmd.register(app)  # usage report
search_cmd.register(app)  # search "query" | reindex | report | suggest | synonyms | rules
assistant_cmd.register(app)  # ask "..."
recommend_cmd.register(app)  # recommend show|train|report
copy_cmd.register(app)  # copy check
copy_generate_cmd.register(copy_cmd.app)  # copy generate
staff_cmd.register(app)  # staff add|list|remove|set-role|set-password
segments_cmd.register(app)  # segments list|show|create|members|export
campaigns_cmd.register(app)  # campaigns create|list|show|edit|preview|export|send


def main() -> None:
    """Console-script entry point."""
    from tradewinds.core.errors import TradewindsError

    try:
        # Standalone mode: Typer/click print usage errors themselves and exit with 2.
        app()
    except TradewindsError as exc:
        if state.debug:
            raise
        typer.secho(f"Error: {exc.message}", err=True, fg=typer.colors.RED)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.secho("Aborted.", err=True)
        sys.exit(1)
    except Exception as exc:
        if state.debug:
            raise
        typer.secho(
            f"Error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
            err=True,
            fg=typer.colors.RED,
        )
        sys.exit(1)
