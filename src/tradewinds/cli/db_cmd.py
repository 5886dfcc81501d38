"""``tradewinds db``: schema migrations."""

from __future__ import annotations

import typer

app = typer.Typer(help="Database schema migrations.", no_args_is_help=True)


@app.command("upgrade")
def upgrade(revision: str = typer.Argument("heads", help="Target revision.")) -> None:
    """Apply migrations up to REVISION (default: the latest of every branch)."""
    from tradewinds.cli._common import settings
    from tradewinds.store import db as store_db

    engine = store_db.make_engine(settings().sqlalchemy_url)
    store_db.upgrade(engine, revision)
    typer.echo(f"database at revision {store_db.current_revision(engine)}")


@app.command("current")
def current() -> None:
    """Print the database's schema revision and the latest one available."""
    from tradewinds.cli._common import settings
    from tradewinds.store import db as store_db

    engine = store_db.make_engine(settings().sqlalchemy_url)
    typer.echo(f"current: {store_db.current_revision(engine)}  head: {store_db.head_revision()}")
