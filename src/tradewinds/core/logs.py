"""Logs as JSON Lines (``log_format = "json"``), with request and tenant ids, without
secrets or personal data.

One JSON object per line: ``time`` (UTC, ISO 8601), ``level``, ``logger``, ``message``,
``request_id`` and ``tenant_id`` when a request is being served (``bind_request`` in the
API's middleware, ``bind_tenant`` where the tenant is resolved), ``error`` (the exception's
class and traceback) when one is logged. Every message and traceback passes through
:func:`redact`: API keys (``tw-…``), bearer tokens, passwords in URLs and e-mail
addresses are replaced before the line is written, whoever logged them. Access log lines
(``uvicorn.access``) keep method, path and status only: no client address, no query
string (queries and filters can carry what shoppers typed).
"""

from __future__ import annotations

import json
import logging
import re
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

_request: ContextVar[dict[str, Any] | None] = ContextVar("tradewinds_request", default=None)

_SECRETS = [
    (re.compile(r"\btw-[A-Za-z0-9_\-]{6,}"), "tw-***"),
    (re.compile(r"(?i)\bbearer\s+[^\s,;\"']+"), "Bearer ***"),
    (re.compile(r"(?i)\b(token|api[_-]?key|password|secret)([\"']?\s*[:=]\s*[\"']?)[^\s,;\"']+"),
     r"\1\2***"),
    (re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://[^:/\s@]*):[^@/\s]+@"), r"\1:***@"),
    (re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), "<email>"),
]  # fmt: skip


def redact(text: str) -> str:
    """``text`` with API keys, tokens, URL passwords and e-mail addresses masked."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


def bind_request(request_id: str) -> dict[str, Any]:
    """Start a request's log context; the returned dict is shared with code that runs for
    the request in other threads (FastAPI's thread pool copies the context, not the dict)."""
    holder: dict[str, Any] = {"request_id": request_id, "tenant_id": None}
    _request.set(holder)
    return holder


def bind_tenant(tenant_id: int) -> None:
    """Record the tenant the current request acts for (no-op outside a request)."""
    holder = _request.get()
    if holder is not None:
        holder["tenant_id"] = tenant_id


class JsonFormatter(logging.Formatter):
    """One JSON object per record (see the module docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(_message(record)),
        }
        holder = _request.get()
        if holder is not None:
            entry["request_id"] = holder["request_id"]
            if holder["tenant_id"] is not None:
                entry["tenant_id"] = holder["tenant_id"]
        if record.exc_info:
            entry["error"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def _message(record: logging.LogRecord) -> str:
    if record.name == "uvicorn.access" and isinstance(record.args, tuple) and len(record.args) == 5:
        _client, method, path, _version, status = record.args
        return f"{method} {str(path).split('?', 1)[0]} {status}"
    return record.getMessage()


def logging_config(level: str, log_format: str) -> dict[str, Any] | None:
    """A ``logging.config.dictConfig`` for the root and uvicorn's loggers in JSON; None for
    text (uvicorn's own configuration, as before)."""
    if log_format != "json":
        return None
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    quiet = {"handlers": [], "propagate": True}  # uvicorn's loggers write through the root
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {"json": handler},
        "root": {"handlers": ["json"], "level": level},
        "loggers": {"uvicorn": quiet, "uvicorn.error": quiet, "uvicorn.access": quiet},
    }


def configure_logging(level: str, log_format: str) -> None:
    """Apply :func:`logging_config` (JSON) to this process; text leaves logging alone."""
    import logging.config

    config = logging_config(level, log_format)
    if config is not None:
        logging.config.dictConfig(config)
