"""The Tradewinds exception tree.

Every error that leaves a Tradewinds module is one of these; third-party exceptions
(sqlite3/psycopg, llama_cpp, openai, ...) are translated where they enter.
Each surface formats them once: the HTTP API as
``{"error": {"code", "message", "details"}}`` with ``http_status``, the CLI as a
message and an exit code.

::

    TradewindsError                    code=internal        HTTP 500
    ├── ConfigError                    code=config_error    HTTP 500
    ├── InvalidInput                   code=invalid_input   HTTP 422
    │   └── ImportFileError            code=import_error    HTTP 422
    ├── NotFound                       code=not_found       HTTP 404
    ├── Conflict                       code=conflict        HTTP 409
    ├── TenantIsolationError           code=forbidden       HTTP 403
    ├── Unauthorized                   code=unauthorized    HTTP 401
    ├── ModelUnavailable               code=model_unavailable HTTP 503
    └── InvalidModelOutput             code=invalid_model_output HTTP 502
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class TradewindsError(Exception):
    """Base class. ``code`` is stable and machine-readable; the message is for people."""

    code = "internal"
    http_status = 500
    exit_code = 1

    def __init__(self, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details or {}

    def to_dict(self) -> dict[str, Any]:
        """The one JSON error shape every HTTP surface returns."""
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


class ConfigError(TradewindsError):
    """Settings are invalid: an unknown key, a bad value, an unsafe default."""

    code = "config_error"
    exit_code = 2


class InvalidInput(TradewindsError):
    """A caller sent something we cannot accept; the message says what was expected."""

    code = "invalid_input"
    http_status = 422
    exit_code = 2


class InvalidFields(InvalidInput):
    """Some fields of a form or request are wrong: ``errors`` maps each field to what is
    wrong with it (also in ``details["fields"]``)."""

    def __init__(self, errors: dict[str, str]) -> None:
        message = "; ".join(f"{name}: {problem}" for name, problem in errors.items())
        super().__init__(message, details={"fields": errors})
        self.errors = errors


@dataclass(frozen=True)
class RowProblem:
    """One bad field in one row of an input file."""

    line: int
    field: str
    message: str

    def format(self, path: str) -> str:
        return f"{path} line {self.line}: {self.field}: {self.message}"


class ImportFileError(InvalidInput):
    """An input file has bad rows. Nothing was imported (the import is one transaction)."""

    code = "import_error"

    def __init__(self, path: str, problems: list[RowProblem]) -> None:
        self.path = path
        self.problems = problems
        shown = "\n".join(p.format(path) for p in problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(
            f"{len(problems)} problem(s) in {path}; nothing was imported "
            f"(use --skip-invalid to import the valid rows):\n{shown}{more}",
            details={
                "file": path,
                "problems": [
                    {"line": p.line, "field": p.field, "message": p.message} for p in problems[:200]
                ],
            },
        )


class NotFound(TradewindsError):
    """The thing does not exist *for this tenant* (other tenants' rows are invisible)."""

    code = "not_found"
    http_status = 404


class Conflict(TradewindsError):
    """The request clashes with existing state (duplicate slug, SKU...)."""

    code = "conflict"
    http_status = 409


class TenantIsolationError(TradewindsError):
    """Code tried to write a row that belongs to another tenant. Always a bug or an attack."""

    code = "forbidden"
    http_status = 403


class ModelUnavailable(TradewindsError):
    """A model backend cannot be used: not installed, file missing, server down."""

    code = "model_unavailable"
    http_status = 503


@dataclass
class ProblemCollector:
    """Accumulates row problems while parsing a file, so one run reports them all."""

    problems: list[RowProblem] = field(default_factory=list)

    def add(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(RowProblem(line, field_name, message))

    def __bool__(self) -> bool:
        return bool(self.problems)


class InvalidModelOutput(TradewindsError):
    """A model answered, but not in the shape that was asked for (bad JSON, bad arguments)."""

    code = "invalid_model_output"
    http_status = 502


class Unauthorized(TradewindsError):
    """The request lacks valid credentials (missing, wrong, revoked or expired)."""

    code = "unauthorized"
    http_status = 401
