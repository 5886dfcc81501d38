"""``tradewinds serve``: a real server process on 127.0.0.1; unsafe binds are refused."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests._shop import seed_shop
from tests.cli.conftest import TRADEWINDS
from tradewinds.cli.serve_cmd import _explain, _with_bind
from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import get_settings, load_settings
from tradewinds.store import open_database
from tradewinds.store.tenants import create_tenant

Run = Callable[..., subprocess.CompletedProcess[str]]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, proc: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not come up in {timeout}s")


def test_serve_runs_the_api_on_loopback(tmp_path: Path) -> None:
    db = open_database(get_settings())
    seed_shop(db, create_tenant(db, "acme").id)
    db.dispose()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env.update({"TRADEWINDS_HOME": str(tmp_path / "home"), "TRADEWINDS_DEFAULT_TENANT": "acme",
                "TRADEWINDS_LOG_LEVEL": "WARNING"})  # fmt: skip
    # --no-warm: ready at once (tests/api/test_warmup.py covers the warm-up)
    args = [TRADEWINDS, "serve", "--port", str(port), "--no-warm"]
    proc = subprocess.Popen(args, cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/healthz", proc)
        assert httpx.get(f"{base}/readyz").json()["status"] == "ready"
        page = httpx.get(f"{base}/api/v1/products", params={"tag": "summer"}).json()
        assert [p["handle"] for p in page["items"]] == ["dome-tent", "red-kite"]
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert f"Tradewinds API on http://127.0.0.1:{port}" in out
    assert "auth: off" in out and "note:" not in err


def test_public_bind_is_refused_without_opt_in(run_cli: Run) -> None:
    result = run_cli("serve", "--host", "0.0.0.0", "--port", str(free_port()))
    assert result.returncode == 2
    assert "allow_public_bind" in result.stderr
    assert not (Path.cwd() / "home" / "tradewinds.db").exists()  # refused before opening


def test_command_line_bind_overrides_settings() -> None:
    settings = load_settings(server={"allow_public_bind": True})
    public = _with_bind(settings, "0.0.0.0", 9001)
    assert (public.server.host, public.server.port) == ("0.0.0.0", 9001)
    public.check_safe()  # opted in: allowed
    assert _with_bind(settings, None, None) is settings
    with pytest.raises(ConfigError, match="allow_public_bind"):
        _with_bind(load_settings(), "0.0.0.0", None).check_safe()


def test_startup_message_notes_a_missing_tenant_and_masks_the_token(
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = load_settings(admin_token="tw-secret-admin-token")
    db = open_database(settings)
    try:
        create_tenant(db, "acme")
        _explain(settings, db)
    finally:
        db.dispose()
    out, err = capsys.readouterr()
    assert "auth: required" in out and "tw-secret-admin-token" not in out + err
    assert "default tenant 'demo' does not exist yet (tenants: acme)" in err


def test_several_workers_are_refused_on_sqlite(run_cli: Run) -> None:
    result = run_cli("serve", "--workers", "2", "--port", str(free_port()))
    assert result.returncode == 2
    assert "--workers 2 needs PostgreSQL" in result.stderr


@pytest.mark.postgres
def test_workers_on_postgresql_share_one_rate_limit(tmp_path: Path, postgres_url: str) -> None:
    """Two uvicorn workers, one key of 10 requests per minute: 10 answered, not 20."""
    from tests.conftest import _truncate_all
    from tradewinds.gateway import create_key

    db = open_database(url=postgres_url, migrate=False)
    _truncate_all(db)
    secret = create_key(db, create_tenant(db, "acme").id, name="k", rpm=10).secret
    db.dispose()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADEWINDS_")}
    env.update({"TRADEWINDS_HOME": str(tmp_path / "home"), "TRADEWINDS_DATABASE_URL": postgres_url,
                "TRADEWINDS_LOG_LEVEL": "WARNING"})  # fmt: skip
    proc = subprocess.Popen([TRADEWINDS, "serve", "--port", str(port), "--workers", "2"],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/healthz", proc, timeout=240)  # two app imports, loaded CI
        auth = {"Authorization": f"Bearer {secret}"}
        with httpx.Client(base_url=base, headers=auth, timeout=30) as client:
            codes = [client.get("/v1/models").status_code for _ in range(20)]
        assert codes.count(200) in (10, 11)  # one more may refill (one per 6 s)
        assert set(codes) == {200, 429}
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert "2 worker processes; rate limits: database" in out
    assert "Traceback" not in err
