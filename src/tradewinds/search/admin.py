"""Tenant configuration of search: importing synonym files."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tradewinds.search.synonyms import SynonymRule, parse_synonyms
from tradewinds.store.tables import SearchSynonym


def import_synonyms(
    session: Session, text: str, path: str = "synonyms.txt", *, replace: bool = True
) -> list[SynonymRule]:
    """Parse a synonym file and store its rules (replacing the tenant's current ones).

    Raises
    ------
    ImportFileError
        A malformed line (named with its number); nothing is stored.
    """
    rules = parse_synonyms(text, path)
    if replace:
        session.execute(delete(SearchSynonym))
    session.add_all(SearchSynonym(rule=r.to_line()) for r in rules)
    session.flush()
    return rules


def list_synonyms(session: Session) -> list[str]:
    """The tenant's synonym rules as lines of the file format."""
    return list(session.scalars(select(SearchSynonym.rule).order_by(SearchSynonym.id)))
