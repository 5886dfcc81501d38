"""``tradewinds config``: show effective settings (secrets masked)."""

from __future__ import annotations

import typer

from tradewinds.cli._common import JsonOption, print_json

app = typer.Typer(help="Inspect configuration.", no_args_is_help=True)


@app.command("show")
def show(as_json: bool = JsonOption) -> None:
    """Print the effective settings, with every secret masked."""
    from tradewinds.core.settings import config_file_path, get_settings, masked_dump

    data = masked_dump(get_settings())
    if as_json:
        print_json(data)
        return
    source = config_file_path()
    typer.echo(f"# config file: {source if source else '(none)'}; env prefix TRADEWINDS_")
    _echo_tree(data, "")


def _echo_tree(data: dict[str, object], prefix: str) -> None:
    for key, value in data.items():
        if isinstance(value, dict) and value:
            _echo_tree(value, f"{prefix}{key}.")
        else:
            typer.echo(f"{prefix}{key} = {value}")
