"""Campaigns: copy for a segment per A/B variant and language, with product picks, every
part checked by the listing-copy fact checker before anything can be exported or sent.

Each product block is checked against its own product's facts; the subject, intro and
closing line against the facts of every pick whose title they name (else for refusals,
placeholders and prices, which need no facts). A campaign with a blocking finding has
verdict ``blocked``: :func:`tradewinds.marketing.export_csv`, ``write_eml`` and
``send_campaign`` refuse it until the copy is corrected with :func:`edit_copy`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tradewinds.core.errors import Conflict, InvalidInput, NotFound
from tradewinds.core.settings import RecommendSettings
from tradewinds.marketing import copywriting as cw
from tradewinds.marketing.definitions import check_name
from tradewinds.marketing.picks import MAX_PICKS, campaign_picks
from tradewinds.marketing.segments import SegmentDefinition, get_segment
from tradewinds.marketing.variants import read_shares
from tradewinds.merchant import LANGUAGES, ProductFacts, check_copy, product_facts
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Campaign, CustomerSegment

MAX_TEXT = 2000


class CampaignBlocked(Conflict):
    """The campaign's copy contradicts a product (or has a refusal, placeholder, price):
    it cannot be exported or sent until the copy is corrected."""

    code = "campaign_blocked"


@dataclass(frozen=True)
class CampaignView:
    """A stored campaign: copy, picks, findings and verdict."""

    id: int
    name: str
    segment: str
    languages: list[str]
    shares: dict[str, float]
    picks: list[dict[str, Any]]
    content: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)
    verdict: str = "ok"
    written_by: str = "template"
    created_at: datetime | None = None

    def part(self, variant: str, language: str) -> dict[str, Any]:
        """The copy of one variant in one language."""
        return dict(self.content[variant][language])


def _languages(languages: list[str] | tuple[str, ...]) -> list[str]:
    chosen = list(dict.fromkeys(languages))
    bad = [code for code in chosen if code not in LANGUAGES]
    if bad or not chosen:
        raise InvalidInput(
            f"language {bad[0] if bad else '(none)'!r}: supported languages are "
            f"{', '.join(LANGUAGES)}",
            details={"parameter": "languages"},
        )
    return chosen


def _view(row: Campaign, segment: str) -> CampaignView:
    return CampaignView(
        row.id,
        row.name,
        segment,
        list(row.languages),
        dict(row.shares),
        list(row.picks),
        dict(row.content),
        list(row.findings),
        row.verdict,
        row.written_by,
        row.created_at,
    )


def _write(
    kind: str,
    params: dict[str, Any],
    shares: dict[str, float],
    languages: list[str],
    facts: list[ProductFacts],
) -> dict[str, Any]:
    content: dict[str, Any] = {}
    first = facts[0].title if facts else ""
    for position, variant in enumerate(shares):
        content[variant] = {}
        for language in languages:
            blocks = []
            for product in facts:
                text = cw.product_block(product, language)
                if check_copy(product, text, language).verdict != "ok":
                    # An attribute the checker reads otherwise: say only the product's name.
                    text = cw.product_block(product, language, attributes=False)
                blocks.append({"handle": product.handle, "text": text})
            content[variant][language] = {
                "subject": cw.subject_line(position, kind, params, language, first)
                if first
                else cw.headline(kind, params, language),
                "intro": cw.intro(kind, params, language),
                "blocks": blocks,
                "outro": cw.outro(language),
            }
    return content


def _check(content: dict[str, Any], facts: dict[str, ProductFacts]) -> list[dict[str, Any]]:
    """Every finding on every part, each with the variant, language and part."""
    found: list[dict[str, Any]] = []
    nobody = ProductFacts("", "")
    for variant, languages in content.items():
        for language, part in languages.items():
            texts = [(name, part[name]) for name in ("subject", "intro", "outro")]
            texts = [(n, t.replace("{name}", cw.greeting_name("", language))) for n, t in texts]
            for name, text in texts:
                named = [f for f in facts.values() if f.title and f.title.lower() in text.lower()]
                for product in named or [nobody]:
                    for finding in check_copy(product, text, language).findings:
                        found.append(
                            {
                                "variant": variant,
                                "language": language,
                                "part": name,
                                "handle": product.handle,
                                **finding.to_dict(),
                            }
                        )
            for block in part["blocks"]:
                product = facts.get(block["handle"], nobody)
                for finding in check_copy(product, block["text"], language).findings:
                    found.append(
                        {
                            "variant": variant,
                            "language": language,
                            "part": "block",
                            "handle": block["handle"],
                            **finding.to_dict(),
                        }
                    )
    return found


def _verdict(findings: list[dict[str, Any]]) -> str:
    return "blocked" if any(f["severity"] == "block" for f in findings) else "ok"


def _facts(session: Session, picks: list[dict[str, Any]]) -> dict[str, ProductFacts]:
    found: dict[str, ProductFacts] = {}
    for pick in picks:
        try:
            found[pick["handle"]] = product_facts(session, pick["handle"])
        except NotFound:
            continue  # deleted since: its block is checked for hygiene only
    return found


def create_campaign(
    db: Database,
    tenant_id: int,
    name: str,
    segment: str,
    *,
    languages: list[str] | tuple[str, ...] = ("en", "zh"),
    variants: dict[str, float] | None = None,
    picks: int = 3,
    recommend_settings: RecommendSettings | None = None,
    home: Path | None = None,
    actor: Actor | None = None,
) -> CampaignView:
    """Write and check a campaign for ``segment``, and store it.

    Parameters
    ----------
    name
        Lower-case letters, digits, ``-``, ``_``; unique per tenant.
    segment
        The stored segment it is for.
    languages
        Languages to write (``en``, ``zh``: those the fact checker reads).
    variants
        A/B variant names and relative shares (default one variant ``a``); each variant
        has its own subject line style.
    picks
        Products to show, 1-6: the recommender's ``campaign`` slot, else best sellers.
    actor
        Who writes it: recorded in the console's audit in the same transaction.

    Returns
    -------
    CampaignView
        The stored campaign with its findings and verdict (``ok`` or ``blocked``).

    Raises
    ------
    InvalidInput
        A bad name, language, variant or pick count. ``NotFound``: no such segment.
        ``Conflict``: the name is taken.
    """
    check_name(name, "campaign")
    chosen = _languages(languages)
    shares = read_shares(variants)
    if not 1 <= picks <= MAX_PICKS:
        raise InvalidInput(f"picks: expected 1 to {MAX_PICKS}, got {picks}")
    definition: SegmentDefinition = get_segment(db, tenant_id, segment)
    chosen_picks = campaign_picks(
        db, tenant_id, definition, picks, settings=recommend_settings, home=home
    )
    pick_dicts = [p.to_dict() for p in chosen_picks]
    with tenant_session(db, tenant_id) as session:
        facts = _facts(session, pick_dicts)
        content = _write(
            definition.kind,
            definition.params,
            shares,
            chosen,
            [facts[p["handle"]] for p in pick_dicts if p["handle"] in facts],
        )
        findings = _check(content, facts)
        row = Campaign(
            name=name,
            segment_id=definition.id,
            languages=chosen,
            shares=shares,
            picks=pick_dicts,
            content=content,
            findings=findings,
            verdict=_verdict(findings),
            written_by="template",
            note="" if pick_dicts else "the shop has no products to pick yet",
        )
        session.add(row)
        try:
            session.flush()
        except IntegrityError:
            raise Conflict(f"a campaign named {name!r} exists already") from None
        if actor is not None:
            after = {
                "segment": segment,
                "languages": chosen,
                "variants": shares,
                "picks": [p["handle"] for p in pick_dicts],
                "verdict": row.verdict,
            }
            record_change(
                session, actor, "campaign.create", ("campaign", name), f"campaign {name}", {}, after
            )
        return _view(row, segment)


def _row(session: Session, name: str) -> tuple[Campaign, str]:
    found = session.execute(
        select(Campaign, CustomerSegment.name)
        .join(CustomerSegment, CustomerSegment.id == Campaign.segment_id)
        .where(Campaign.name == name)
    ).first()
    if found is None:
        raise NotFound(f"no campaign {name!r} (see `tradewinds campaigns list`)")
    return found[0], found[1]


def get_campaign(db: Database, tenant_id: int, name: str) -> CampaignView:
    """The stored campaign ``name``; :class:`NotFound` when the tenant has none."""
    with tenant_session(db, tenant_id) as session:
        return _view(*_row(session, name))


def list_campaigns(db: Database, tenant_id: int) -> list[CampaignView]:
    """Every campaign of the tenant, by name."""
    with tenant_session(db, tenant_id) as session:
        rows = session.execute(
            select(Campaign, CustomerSegment.name)
            .join(CustomerSegment, CustomerSegment.id == Campaign.segment_id)
            .order_by(Campaign.name)
        ).all()
        return [_view(row, segment) for row, segment in rows]


def _text(value: str | None, what: str) -> str | None:
    if value is not None and (not value.strip() or len(value) > MAX_TEXT):
        raise InvalidInput(f"{what}: expected 1 to {MAX_TEXT} characters")
    return value


def edit_copy(
    db: Database,
    tenant_id: int,
    name: str,
    variant: str,
    language: str,
    *,
    subject: str | None = None,
    intro: str | None = None,
    outro: str | None = None,
    blocks: dict[str, str] | None = None,
    actor: Actor | None = None,
) -> CampaignView:
    """Replace parts of one variant's copy in one language, and check the campaign again.

    ``blocks`` maps a pick's handle to its new text. The new verdict is stored with the
    copy in one transaction (with ``actor``, the console's audit record too); a
    contradiction leaves the campaign ``blocked``.
    """
    with tenant_session(db, tenant_id) as session:
        row, segment = _row(session, name)
        content = {
            v: {lang: dict(p) for lang, p in parts.items()} for v, parts in row.content.items()
        }
        if variant not in content or language not in content[variant]:
            raise InvalidInput(
                f"campaign {name} has no variant {variant!r} in language {language!r} "
                f"(variants: {', '.join(content)}; languages: {', '.join(row.languages)})"
            )
        part = content[variant][language]
        for key, value in (("subject", subject), ("intro", intro), ("outro", outro)):
            if _text(value, key) is not None:
                part[key] = value
        if blocks:
            known = {b["handle"] for b in part["blocks"]}
            unknown = sorted(set(blocks) - known)
            if unknown:
                raise InvalidInput(f"blocks: {unknown[0]!r} is not a pick of campaign {name}")
            part["blocks"] = [
                {**b, "text": _text(blocks.get(b["handle"], b["text"]), f"block {b['handle']}")}
                for b in part["blocks"]
            ]
        before = {**row.content[variant][language], "verdict": row.verdict}
        row.content = content
        row.findings = _check(content, _facts(session, list(row.picks)))
        row.verdict = _verdict(row.findings)
        if actor is not None:
            record_change(
                session,
                actor,
                "campaign.edit",
                ("campaign", name),
                f"campaign {name}: variant {variant}, {language}",
                before,
                {**part, "verdict": row.verdict},
            )
        session.flush()
        return _view(row, segment)


def delete_campaign(db: Database, tenant_id: int, name: str, *, actor: Actor | None = None) -> None:
    """Delete a campaign and its delivery records; with ``actor``, recorded in the
    console's audit in the same transaction."""
    with tenant_session(db, tenant_id) as session:
        row, segment = _row(session, name)
        if actor is not None:
            before = {"segment": segment, "variants": dict(row.shares), "verdict": row.verdict}
            record_change(
                session,
                actor,
                "campaign.delete",
                ("campaign", name),
                f"campaign {name}",
                before,
                {},
            )
        session.delete(row)
