"""``tradewinds labels verify FILE|TEXT``: is an AI-content label ours and intact?"""

from __future__ import annotations

from pathlib import Path

import typer

from tradewinds.cli._common import JsonOption, print_json, settings

app = typer.Typer(help="AI-generated content labels.", no_args_is_help=True)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="labels")


@app.command("verify")
def verify(
    target: str = typer.Argument(
        ..., help="A file, '-' for standard input, or the text (or X-AIGC-Label value) itself."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Say whether TARGET carries an intact Tradewinds label, or one stripped or altered.

    Exit code 0 when valid, 1 otherwise.
    """
    import sys

    from tradewinds.compliance import verify_text

    if target == "-":
        text = sys.stdin.read()
    elif _is_file(target):
        text = Path(target).read_text(encoding="utf-8")
    else:
        text = target
    result = verify_text(settings(), text)
    if as_json:
        print_json(
            {
                "status": result.status,
                "ok": result.ok,
                "message": result.message,
                "content_id": result.content_id,
            }
        )
    else:
        where = f" (content id {result.content_id})" if result.content_id else ""
        typer.echo(f"{result.status}: {result.message}{where}")
    if not result.ok:
        raise typer.Exit(1)


def _is_file(target: str) -> bool:
    try:
        return "\n" not in target and Path(target).is_file()
    except OSError:  # e.g. a header value longer than a file name may be
        return False
