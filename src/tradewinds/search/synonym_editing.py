"""Editing the tenant's synonyms one rule at a time (the console's synonyms editor).

A rule is *equivalent* ("sofa, couch, settee": each term finds all of them) or *one-way*
("tv => television, telly": the terms find the targets, not the reverse), as in the
synonym file (:mod:`.synonyms`); a rule is stored as its line of that file, so the file
import, the REST API and this editor share one table and one parser. Every value is
checked before anything is written (:class:`InvalidSynonym` names the fields), and every
change is recorded in the console audit in the same transaction.

A change applies to the next search: the engine compares the stored rules with its
compiled copy on every search (``_state.synonyms``), so no reindex is needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import ImportFileError, InvalidFields, NotFound
from tradewinds.search.synonyms import MAX_TERM_LENGTH, MAX_TERMS, SynonymRule, parse_synonyms
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import SearchSynonym
from tradewinds.text import analyse

KINDS = ("equivalent", "one_way")


class InvalidSynonym(InvalidFields):
    """Some fields are wrong; ``errors`` maps ``kind``, ``terms`` or ``targets`` to
    ``required``, ``empty_term``, ``too_few``, ``too_many``, ``too_long``, ``no_words``,
    ``invalid``, ``duplicate`` (a term twice) or ``exists`` (the same rule is already
    there). Nothing was written."""


@dataclass(frozen=True)
class SynonymDraft:
    """A rule as the editor's form holds it: terms and targets as comma-separated text."""

    kind: str = "equivalent"
    terms: str = ""
    targets: str = ""


@dataclass(frozen=True)
class SynonymEntry:
    """One stored rule."""

    id: int
    terms: tuple[str, ...]
    targets: tuple[str, ...]  # empty for an equivalent rule
    line: str

    @property
    def one_way(self) -> bool:
        return bool(self.targets)

    def draft(self) -> SynonymDraft:
        kind = "one_way" if self.one_way else "equivalent"
        return SynonymDraft(kind, ", ".join(self.terms), ", ".join(self.targets))


def _entry(row: SearchSynonym) -> SynonymEntry:
    rule = parse_synonyms(row.rule, "stored synonyms")[0]
    targets = rule.targets if rule.one_way else ()
    return SynonymEntry(row.id, rule.sources, targets, row.rule)


def synonym_entries(db: Database, tenant_id: int) -> list[SynonymEntry]:
    """The tenant's synonym rules in the order they were added."""
    with tenant_session(db, tenant_id) as session:
        rows = session.scalars(select(SearchSynonym).order_by(SearchSynonym.id))
        return [_entry(r) for r in rows]


def synonym_entry(db: Database, tenant_id: int, synonym_id: int) -> SynonymEntry:
    """One of the tenant's rules; ``NotFound`` for another shop's or a deleted one."""
    with tenant_session(db, tenant_id) as session:
        return _entry(_row(session, synonym_id))


def _row(session: Session, synonym_id: int) -> SearchSynonym:
    row = session.get(SearchSynonym, synonym_id)
    if row is None:
        raise NotFound(f"no synonym rule {synonym_id}")
    return row


def _terms(text: str, name: str, errors: dict[str, str], least: int) -> tuple[str, ...]:
    terms = tuple(" ".join(t.split()) for t in text.split(","))
    if not any(terms):
        errors[name] = "required"
    elif not all(terms):
        errors[name] = "empty_term"
    elif len(terms) > MAX_TERMS:
        errors[name] = "too_many"
    elif any(len(t) > MAX_TERM_LENGTH for t in terms):
        errors[name] = "too_long"
    elif any(mark in t for t in terms for mark in ("=>", "#")):
        errors[name] = "invalid"  # the file format's own marks
    elif any(not analyse(t) for t in terms):
        errors[name] = "no_words"
    elif len({tuple(analyse(t)) for t in terms}) < len(terms):
        errors[name] = "duplicate"
    elif len(terms) < least:
        errors[name] = "too_few"
    return terms


def _meaning(rule: SynonymRule) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """What a rule does, up to spelling and order: its analysed sources and targets."""
    return (
        frozenset(tuple(analyse(t)) for t in rule.sources),
        frozenset(tuple(analyse(t)) for t in rule.targets),
    )


def _checked(session: Session, draft: SynonymDraft, synonym_id: int | None) -> SynonymRule:
    errors: dict[str, str] = {}
    if draft.kind not in KINDS:
        errors["kind"] = "invalid"
    one_way = draft.kind == "one_way"
    terms = _terms(draft.terms, "terms", errors, 1 if one_way else 2)
    targets = _terms(draft.targets, "targets", errors, 1) if one_way else terms
    both = one_way and "terms" not in errors and "targets" not in errors
    if both and {tuple(analyse(t)) for t in terms} & {tuple(analyse(t)) for t in targets}:
        errors["targets"] = "duplicate"
    if errors:
        raise InvalidSynonym(errors)
    rule = SynonymRule(0, terms, targets)
    try:
        (rule,) = parse_synonyms(rule.to_line(), "synonym")  # the line reads back as written
    except ImportFileError:
        raise InvalidSynonym({"terms": "invalid"}) from None
    meaning = _meaning(rule)
    for row in session.scalars(select(SearchSynonym).where(SearchSynonym.id != (synonym_id or 0))):
        if _meaning(parse_synonyms(row.rule, "stored synonyms")[0]) == meaning:
            raise InvalidSynonym({"terms": "exists"})
    return rule


def save_synonym(
    db: Database,
    tenant_id: int,
    draft: SynonymDraft,
    actor: Actor,
    synonym_id: int | None = None,
) -> SynonymEntry:
    """Add a rule (``synonym_id`` None) or replace one; checked whole, audited.

    Raises
    ------
    InvalidSynonym
        Naming every wrong field; nothing is written.
    NotFound
        ``synonym_id`` is not one of the tenant's rules.
    """
    with tenant_session(db, tenant_id) as session:
        row = _row(session, synonym_id) if synonym_id is not None else None
        line = _checked(session, draft, synonym_id).to_line()
        before = {"rule": row.rule} if row is not None else {}
        if row is None:
            row = SearchSynonym(rule=line)
            session.add(row)
        elif row.rule == line:
            return _entry(row)  # nothing changed: nothing recorded
        row.rule = line
        session.flush()
        action = "search.synonym.add" if not before else "search.synonym.update"
        record_change(
            session, actor, action, ("search_synonym", row.id), f"synonym: {line}",
            before, {"rule": line},
        )  # fmt: skip
        return _entry(row)


def delete_synonym(db: Database, tenant_id: int, synonym_id: int, actor: Actor) -> None:
    """Delete one of the tenant's rules (audited); ``NotFound`` if it is not one."""
    with tenant_session(db, tenant_id) as session:
        row = _row(session, synonym_id)
        record_change(
            session, actor, "search.synonym.delete", ("search_synonym", row.id),
            f"synonym deleted: {row.rule}", {"rule": row.rule}, {},
        )  # fmt: skip
        session.delete(row)
