"""The gateway's use of ``tradewinds.compliance``: moderation, labels, the audit log.

Every generation that passes through the gateway is moderated (input, then output),
labelled and written to the audit log; only the compliance package's public names are used.
"""

from __future__ import annotations

from typing import TypeGuard

from tradewinds.compliance import (
    ContentLabel,
    ModerationVerdict,
    StreamModerator,
    make_label,
    moderate_text,
    record_generation,
)
from tradewinds.core.settings import Settings
from tradewinds.store import Database

_SEVERITY = {"allow": 0, "flag": 1, "block": 2}


def moderate(
    settings: Settings, db: Database, tenant_id: int, text: str, direction: str
) -> ModerationVerdict:
    """The verdict on ``text`` read in ``direction`` ("input" or "output")."""
    if direction not in ("input", "output"):
        raise ValueError(f"direction must be 'input' or 'output', not {direction!r}")
    return moderate_text(settings, tenant_id, text, direction=direction, db=db)  # type: ignore[arg-type]


def stream_moderator(settings: Settings, db: Database, tenant_id: int) -> StreamModerator:
    """A ``StreamModerator`` for one streamed answer."""
    return StreamModerator(settings, tenant_id, db=db)


def blocks(verdict: ModerationVerdict | None) -> TypeGuard[ModerationVerdict]:
    """Whether ``verdict`` says the text must not pass."""
    return verdict is not None and verdict.action == "block"


def label(settings: Settings, tenant_id: int, model: str, text: str) -> ContentLabel:
    """The AI-content label for ``text``."""
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
    verdicts: list[ModerationVerdict | None],
    label: ContentLabel | None,
) -> None:
    """Write the generation to the audit log with the most severe verdict."""
    seen = [v for v in verdicts if v is not None]
    verdict = max(seen, key=lambda v: _SEVERITY.get(v.action, 0)) if seen else None
    if label is None:
        label = make_label(settings, tenant_id=tenant_id, model=model, text=output_text)
    record_generation(
        db,
        tenant_id,
        key_id=key_id,
        model=model,
        input_text=input_text,
        output_text=output_text,
        verdict=verdict,
        label=label,
        settings=settings,
    )
