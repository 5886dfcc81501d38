"""``tradewinds staff`` through the console script: the password from stdin, never an
option; list, roles, reset, removal, the last owner; every change in the console audit."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from tradewinds.staff import find_staff, list_changes, sign_in_staff
from tradewinds.store import open_database, resolve_tenant

Run = Callable[..., CompletedProcess[str]]


def test_staff_lifecycle(run_cli: Run, tmp_path: Path) -> None:
    assert run_cli("tenants", "create", "acme").returncode == 0
    added = run_cli("staff", "add", "Ann@Example.com", "--tenant", "acme", "--role", "owner",
                    input="correct horse battery\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "added ann@example.com as owner of acme" in added.stdout
    assert "correct horse" not in added.stdout + added.stderr
    short = run_cli("staff", "add", "cy@example.com", "--tenant", "acme", "--role", "staff",
                    input="short\n")  # fmt: skip
    assert short.returncode == 2 and "password: too_short" in short.stderr
    run_cli("staff", "add", "cy@example.com", "--tenant", "acme", "--role", "staff",
            input="another passphrase\n")  # fmt: skip
    listed = json.loads(run_cli("staff", "list", "--tenant", "acme", "--json").stdout)
    assert [(m["email"], m["role"]) for m in listed] == [
        ("ann@example.com", "owner"), ("cy@example.com", "staff"),
    ]  # fmt: skip
    assert run_cli("staff", "set-role", "cy@example.com", "--tenant", "acme",
                   "--role", "manager").returncode == 0  # fmt: skip
    last = run_cli("staff", "remove", "ann@example.com", "--tenant", "acme")
    assert last.returncode == 1 and "last owner" in last.stderr
    reset = run_cli("staff", "set-password", "cy@example.com", "--tenant", "acme",
                    input="a brand new passphrase\n")  # fmt: skip
    assert reset.returncode == 0 and "new password set for cy@example.com" in reset.stdout

    db = open_database(url=f"sqlite:///{tmp_path / 'home' / 'tradewinds.db'}")
    acme = resolve_tenant(db, "acme").id
    signed = sign_in_staff(db, acme, "cy@example.com", "a brand new passphrase")
    assert find_staff(db, acme, signed.session_token) is not None
    actions = [(c.action, c.actor) for c in list_changes(db, acme).changes]
    assert actions == [
        ("staff.password", "command line"), ("staff.role", "command line"),
        ("staff.add", "command line"), ("staff.add", "command line"),
    ]  # fmt: skip
    db.dispose()
    assert run_cli("staff", "remove", "cy@example.com", "--tenant", "acme").returncode == 0
    gone = json.loads(run_cli("staff", "list", "--tenant", "acme", "--json").stdout)
    assert [m["email"] for m in gone] == ["ann@example.com"]


def test_on_a_terminal_the_password_is_asked_twice_and_not_echoed(tmp_path: Path) -> None:
    """stdin a terminal (a pseudo-terminal the command controls): the prompt, hidden."""
    import fcntl
    import os
    import pty
    import select
    import subprocess
    import sys
    import termios
    import time

    tradewinds = str(Path(sys.executable).parent / "tradewinds")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env["TRADEWINDS_HOME"] = str(tmp_path / "home")
    subprocess.run([tradewinds, "tenants", "create", "acme"], env=env, cwd=tmp_path, check=True,
                   capture_output=True)  # fmt: skip
    master, slave = pty.openpty()

    def controlling_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(
        [tradewinds, "staff", "add", "ann@example.com", "--tenant", "acme", "--role", "owner"],
        stdin=slave, stdout=slave, stderr=slave, env=env, cwd=tmp_path,
        preexec_fn=controlling_terminal,
    )  # fmt: skip
    os.close(slave)
    seen, answered, deadline = b"", 0, time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                seen += os.read(master, 1024)
            except OSError:  # the command ended and closed the terminal
                break
        elif child.poll() is not None:
            break
        prompts = seen.count(b"Password") + seen.count(b"Repeat")
        echo_off = not termios.tcgetattr(master)[3] & termios.ECHO
        if prompts > answered and echo_off:  # typed earlier, the prompt would flush it
            os.write(master, b"correct horse battery\n")
            answered += 1
    child.wait(timeout=60)
    os.close(master)
    assert child.returncode == 0, seen
    assert b"added ann@example.com as owner of acme" in seen
    assert b"Repeat for confirmation" in seen and b"correct horse" not in seen  # not echoed
