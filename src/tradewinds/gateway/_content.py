"""The gateway's use of ``tradewinds.compliance``: moderation, labels, the audit log.

Every generation that passes through the gateway is moderated (input, then output),
labelled and written to the audit log; only the compliance package's public names are used.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, TypeGuard

from tradewinds.compliance import (
    ContentLabel,
    ModerationVerdict,
    StreamModerator,
    make_label,
    moderate_text,
    moderate_texts,
    record_generation,
)
from tradewinds.core.settings import Settings
from tradewinds.gateway.errors import ContentBlocked
from tradewinds.store import Database

if TYPE_CHECKING:
    from tradewinds.gateway._call import MeteredCall

_SEVERITY = {"allow": 0, "flag": 1, "block": 2}


def moderate(
    settings: Settings, db: Database, tenant_id: int, text: str, direction: str
) -> ModerationVerdict:
    """The verdict on ``text`` read in ``direction`` ("input" or "output")."""
    if direction not in ("input", "output"):
        raise ValueError(f"direction must be 'input' or 'output', not {direction!r}")
    return moderate_text(settings, tenant_id, text, direction=direction, db=db)  # type: ignore[arg-type]


def moderate_inputs(
    settings: Settings, db: Database, tenant_id: int, texts: list[str]
) -> list[ModerationVerdict]:
    """One verdict per input text, scored in one batch (embeddings inputs)."""
    return moderate_texts(settings, tenant_id, texts, direction="input", db=db)


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
    feature: str,
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
        feature=feature,
    )


def audit_request(
    settings: Settings,
    db: Database,
    tenant_id: int,
    *,
    key_id: int | None,
    model: str,
    input_text: str,
    verdict: ModerationVerdict,
    feature: str,
) -> str:
    """Write the audit record of a request that generated nothing (a blocked input, a
    flagged or blocked embeddings request); returns its ``req-...`` id."""
    return record_generation(
        db,
        tenant_id,
        key_id=key_id,
        model=model,
        input_text=input_text,
        output_text="",
        verdict=verdict,
        label=None,
        settings=settings,
        feature=feature,
    )


# --- input checks of one metered call ------------------------------------------------------


def check_input(call: MeteredCall, text: str) -> ModerationVerdict:
    """The chat input's verdict; a block is metered, audited and raised as ``ContentBlocked``.

    If every moderator fails the call is finished as ``backend_error`` and the error raised:
    content is never passed unchecked.
    """
    gw = call.gateway
    try:
        verdict = moderate(gw.settings, gw.db, call.event.tenant_id, text, "input")
    except BaseException:
        call.finish("backend_error")
        raise
    if blocks(verdict):
        _refuse(call, text, verdict, "the request was blocked by content moderation")
    return verdict


def check_embedding_inputs(call: MeteredCall, texts: list[str]) -> ModerationVerdict | None:
    """Moderate every embeddings input in one batch; the worst verdict.

    A block refuses the whole request (``ContentBlocked`` naming the input, metered as
    ``blocked``, audited); a flag lets it pass and writes an audit record. Nothing is
    generated for people to read, so an allowed request leaves no audit record (its usage
    record is written as for every request).
    """
    gw = call.gateway
    try:
        verdicts = moderate_inputs(gw.settings, gw.db, call.event.tenant_id, texts)
    except BaseException:
        call.finish("backend_error")
        raise
    if not verdicts:
        return None
    index = max(range(len(verdicts)), key=lambda i: _SEVERITY[verdicts[i].action])
    verdict = verdicts[index]
    if verdict.action == "allow":
        return verdict
    where = f"input[{index}]" if len(texts) > 1 else "input"
    joined = "\n".join(texts)
    if blocks(verdict):
        message = f"{where} was blocked by content moderation"
        _refuse(call, joined, verdict, message, note=f"embeddings {where}")
    audit_request(
        gw.settings,
        gw.db,
        call.event.tenant_id,
        key_id=call.event.key_id,
        model=call.event.model,
        feature=call.event.feature,
        input_text=joined,
        verdict=replace(verdict, reason=f"{verdict.reason} (embeddings {where})"),
    )
    return verdict


def _refuse(
    call: MeteredCall, text: str, verdict: ModerationVerdict, message: str, *, note: str = ""
) -> None:
    """Meter and audit a blocked input, then raise ``ContentBlocked``."""
    call.finish("blocked")
    gw = call.gateway
    audit_id = audit_request(
        gw.settings,
        gw.db,
        call.event.tenant_id,
        key_id=call.event.key_id,
        model=call.event.model,
        feature=call.event.feature,
        input_text=text,
        verdict=replace(verdict, reason=f"{verdict.reason} ({note})") if note else verdict,
    )
    raise ContentBlocked(
        f"{message} ({verdict.reason})",
        details={"categories": list(verdict.flagged), "audit_id": audit_id},
    )
