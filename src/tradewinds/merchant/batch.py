"""Checking many copies at once, as the ``bench copy-check`` harness does: reading COPIES
JSON Lines (errors name the line), loading a catalogue's facts through the store's own
importer into a throwaway database, checking every copy (near-duplicates against every
other product's description and copies) and writing VERDICTS JSON Lines."""

from __future__ import annotations

import json
import logging
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tradewinds.core.errors import ImportFileError, InvalidInput
from tradewinds.merchant.checker import LANGUAGES, check_copy
from tradewinds.merchant.duplicates import DuplicateIndex, content_fit
from tradewinds.merchant.facts import ProductFacts, facts_from_product
from tradewinds.merchant.findings import CopyCheck, CopyPolicy

if TYPE_CHECKING:
    from tradewinds.core.settings import Settings
    from tradewinds.store import Database

_FIELDS = ("id", "handle", "language", "text")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CopyItem:
    """One COPIES line: the copy ``text`` of product ``handle`` in ``language``."""

    id: str
    handle: str
    language: str
    text: str
    line: int = 0


def _item(data: object, where: str, line: int) -> CopyItem:
    if not isinstance(data, dict):
        raise InvalidInput(f"{where}: expected a JSON object with {', '.join(_FIELDS)}")
    missing = [f for f in _FIELDS if f not in data]
    if missing:
        raise InvalidInput(f"{where}: missing {', '.join(missing)} (expected {', '.join(_FIELDS)})")
    for name in _FIELDS:
        if not isinstance(data[name], str) or (name != "text" and not data[name].strip()):
            raise InvalidInput(f"{where}: {name} must be a non-empty string, got {data[name]!r}")
    if data["language"] not in LANGUAGES:
        raise InvalidInput(
            f"{where}: language {data['language']!r} is not supported "
            f"(expected one of {', '.join(LANGUAGES)})"
        )
    return CopyItem(data["id"], data["handle"], data["language"], data["text"], line)


def read_copies(path: Path) -> list[CopyItem]:
    """The copies in a COPIES file (``{"id", "handle", "language", "text"}`` a line).

    Raises
    ------
    InvalidInput
        A line is not a JSON object with those string fields, names an unsupported
        language, or repeats an id; the message names the file and line.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"{path}: cannot read the copies file ({error})") from error
    items: list[CopyItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise InvalidInput(f"{where}: not valid JSON ({error.msg})") from error
        item = _item(data, where, number)
        if item.id in seen:
            raise InvalidInput(f"{where}: id {item.id!r} already used on line {seen[item.id]}")
        seen[item.id] = number
        items.append(item)
    return items


@contextmanager
def imported_catalog(
    catalog: Path, settings: Settings | None = None
) -> Iterator[tuple[Database, int]]:
    """A throwaway SQLite database holding ``catalog`` (a Shopify product CSV or our JSON
    Lines), imported with the store's own importer; yields the database and the tenant id
    (``settings`` keeps everything but its data directory and database).

    Raises
    ------
    ImportFileError
        The catalogue has invalid rows (the message lists them).
    """
    from tradewinds.core.settings import Settings
    from tradewinds.store import open_database
    from tradewinds.store.importers import import_products
    from tradewinds.store.tenants import create_tenant

    with tempfile.TemporaryDirectory(prefix="tradewinds-copycheck-") as home:
        base = settings if settings is not None else Settings()
        db = open_database(base.model_copy(update={"home": Path(home), "database_url": None}))
        try:
            tenant = create_tenant(db, "copycheck", name="Copy check")
            try:
                import_products(db, tenant.id, Path(catalog))
            except ImportFileError as error:
                # SKUs are no facts, and Shopify lets two variants share one; our store
                # keys variants on them. Read the file again without them before failing.
                if "SKU" not in str(error) or Path(catalog).suffix.lower() != ".csv":
                    raise
                log.warning("%s: variant SKUs ignored (%s)", catalog, str(error).split(";")[0])
                import_products(db, tenant.id, _without_skus(Path(catalog), Path(home)))
            yield db, tenant.id
        finally:
            db.dispose()


def load_catalog_facts(catalog: Path, settings: Settings | None = None) -> dict[str, ProductFacts]:
    """Every product's facts from a Shopify product CSV (or our JSON Lines), imported
    with the store's own importer into a throwaway SQLite database (see
    :func:`imported_catalog`).

    Raises
    ------
    ImportFileError
        The catalogue has invalid rows (the message lists them).
    """
    from sqlalchemy import select

    from tradewinds.store import tenant_session
    from tradewinds.store.tables import Product

    with (
        imported_catalog(catalog, settings) as (db, tenant_id),
        tenant_session(db, tenant_id) as session,
    ):
        products = session.scalars(select(Product).order_by(Product.id)).unique()
        return {p.handle: facts_from_product(p) for p in products}


def _without_skus(catalog: Path, folder: Path) -> Path:
    """A copy of a Shopify CSV with its Variant SKU column emptied."""
    import csv

    target = folder / catalog.name
    with catalog.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    if rows and "Variant SKU" in rows[0]:
        column = rows[0].index("Variant SKU")
        for row in rows[1:]:
            if column < len(row):
                row[column] = ""
    with target.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return target


def duplicate_index(
    facts: Mapping[str, ProductFacts], copies: Iterable[CopyItem]
) -> DuplicateIndex:
    """The texts near-duplicates are looked for in: every description, every copy."""
    index = DuplicateIndex()
    for product in facts.values():
        if product.description:
            index.add(product.handle, product.description, "description", 1.0, product.title)
    for item in copies:
        own = facts.get(item.handle)
        fit = content_fit(item.text, own.text, own.title) if own else 0.0
        index.add(item.handle, item.text, f"copy {item.id}", fit, own.title if own else "")
    return index


def check_copies(
    facts: Mapping[str, ProductFacts],
    copies: list[CopyItem],
    policy: CopyPolicy | None = None,
) -> list[tuple[CopyItem, CopyCheck]]:
    """Check every copy against its product's facts and the other products' texts.

    Raises
    ------
    InvalidInput
        A copy names a handle the catalogue does not have (the message names its line).
    """
    for item in copies:
        if item.handle not in facts:
            raise InvalidInput(
                f"copies line {item.line}: handle {item.handle!r} is not in the catalogue"
            )
    index = duplicate_index(facts, copies)
    return [
        (
            item,
            check_copy(
                facts[item.handle], item.text, item.language, policy=policy, duplicates=index
            ),
        )
        for item in copies
    ]


def write_verdicts(path: Path, results: Iterable[tuple[CopyItem, CopyCheck]]) -> int:
    """Write VERDICTS JSON Lines (``{"id", "verdict", "findings"}``); returns the count."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for item, result in results:
            out.write(json.dumps({"id": item.id, **result.to_dict()}, ensure_ascii=False) + "\n")
            count += 1
    return count
