"""``tradewinds staff add|list|remove|set-role|set-password``: who may sign in to a shop's
console at ``/admin``.

Passwords are read from standard input when it is not a terminal (``echo "$PW" |
tradewinds staff add ...``; the first line, without its newline) and asked for twice,
hidden, otherwise; never from an option, so they stay out of shell history and process
lists. Each change is recorded in the console audit as made by the command line.
"""

from __future__ import annotations

import sys

import typer

from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

app = typer.Typer(help="Staff accounts of the merchant console (/admin).", no_args_is_help=True)
_Role = typer.Option(..., "--role", help="owner, manager or staff.")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="staff")


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@app.command("add")
def add(
    email: str = typer.Argument(..., help="The person's email; they sign in with it."),
    role: str = _Role,
    tenant: str | None = TenantOption,
) -> None:
    """Add a staff member (password from stdin, or prompted)."""
    from tradewinds.staff import COMMAND_LINE, add_staff

    db = open_db()
    shop = tenant_for(db, tenant)
    member = add_staff(db, shop.id, email, _password(), role, COMMAND_LINE)
    typer.echo(f"added {member.email} as {member.role} of {shop.slug} (id {member.id})")


@app.command("list")
def list_(tenant: str | None = TenantOption, as_json: bool = JsonOption) -> None:
    """List the shop's staff."""
    from tradewinds.staff import list_staff

    db = open_db()
    members = list_staff(db, tenant_for(db, tenant).id)
    if as_json:
        print_json(
            [
                {"id": m.id, "email": m.email, "role": m.role.value, "created_at": m.created_at}
                for m in members
            ]
        )
        return
    for m in members:
        typer.echo(f"{m.id}\t{m.email}\t{m.role}\t{m.created_at:%Y-%m-%d}")


@app.command("remove")
def remove(
    staff: str = typer.Argument(..., help="Email or id."), tenant: str | None = TenantOption
) -> None:
    """Remove a staff member and end their sessions (the last owner stays)."""
    from tradewinds.staff import COMMAND_LINE, remove_staff

    db = open_db()
    member = remove_staff(db, tenant_for(db, tenant).id, staff, COMMAND_LINE)
    typer.echo(f"removed {member.email}")


@app.command("set-role")
def set_role_(
    staff: str = typer.Argument(..., help="Email or id."),
    role: str = _Role,
    tenant: str | None = TenantOption,
) -> None:
    """Change a staff member's role."""
    from tradewinds.staff import COMMAND_LINE, set_role

    db = open_db()
    member = set_role(db, tenant_for(db, tenant).id, staff, role, COMMAND_LINE)
    typer.echo(f"{member.email} is now {member.role}")


@app.command("set-password")
def set_password_(
    staff: str = typer.Argument(..., help="Email or id."), tenant: str | None = TenantOption
) -> None:
    """Reset a staff member's password (from stdin, or prompted); ends their sessions."""
    from tradewinds.staff import COMMAND_LINE, set_password

    db = open_db()
    member = set_password(db, tenant_for(db, tenant).id, staff, _password(), COMMAND_LINE)
    typer.echo(f"new password set for {member.email}")
