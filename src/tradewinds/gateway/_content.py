"""The gateway's use of ``tradewinds.compliance``: moderation, labels, the audit log.

Only the compliance package's public names are used. While that package is incomplete
(development checkouts), a missing name switches the matching control off with one warning;
with ``env = "production"`` it is a ``ConfigError`` instead, so content is never served
unchecked in production.
"""

from __future__ import annotations

import logging
from typing import Any, TypeGuard

from tradewinds.core.errors import ConfigError
from tradewinds.core.settings import Settings
from tradewinds.store import Database

log = logging.getLogger(__name__)
_warned: set[str] = set()


def _public(name: str, settings: Settings) -> Any:
    """``tradewinds.compliance.<name>``, or None (with one warning) outside production."""
    try:
        import tradewinds.compliance as compliance

        return getattr(compliance, name)
    except (ImportError, AttributeError):
        if settings.env == "production":
            raise ConfigError(
                f"tradewinds.compliance.{name} is unavailable; production refuses to serve "
                "AI content without content controls"
            ) from None
        if name not in _warned:
            _warned.add(name)
            log.warning("content control %s unavailable: skipped (development only)", name)
        return None


def moderate(
    settings: Settings, db: Database, tenant_id: int, text: str, direction: str
) -> Any | None:
    """The verdict on ``text`` (None when moderation is unavailable)."""
    moderate_text = _public("moderate_text", settings)
    if moderate_text is None:
        return None
    return moderate_text(settings, tenant_id, text, direction=direction, db=db)


def stream_moderator(settings: Settings, db: Database, tenant_id: int) -> Any | None:
    """A ``StreamModerator`` for one streamed answer (None when unavailable)."""
    cls = _public("StreamModerator", settings)
    return None if cls is None else cls(settings, tenant_id, db=db)


def blocks(verdict: Any | None) -> TypeGuard[Any]:
    """Whether ``verdict`` says the text must not pass."""
    return verdict is not None and verdict.action == "block"


def label(settings: Settings, tenant_id: int, model: str, text: str) -> Any | None:
    """The AI-content label for ``text`` (None when labelling is unavailable)."""
    make_label = _public("make_label", settings)
    if make_label is None:
        return None
    return make_label(settings, tenant_id=tenant_id, model=model, text=text)


def audit(
    settings: Settings,
    db: Database,
    tenant_id: int,
    *,
    key_id: int | None,
    model: str,
    input_text: str,
    output_text: str,
    verdicts: list[Any | None],
    label: Any | None,
) -> None:
    """Write the generation to the audit log with the most severe verdict."""
    record = _public("record_generation", settings)
    if record is None:
        return
    rank = {"allow": 0, "flag": 1, "block": 2}
    seen = [v for v in verdicts if v is not None]
    verdict = max(seen, key=lambda v: rank.get(v.action, 0)) if seen else None
    record(
        db,
        tenant_id,
        key_id=key_id,
        model=model,
        input_text=input_text,
        output_text=output_text,
        verdict=verdict,
        label=label,
    )
