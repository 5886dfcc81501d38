"""Reading Shopify's product CSV export into :class:`ProductRecord` s.

Rows are grouped by Handle (one product's rows must be consecutive). The first row of a
product carries the product fields and its first variant; later rows carry more variants
and/or images; a row with no variant column filled is an image-only row. A product
without options is written by Shopify as option "Title" = "Default Title"; it becomes a
product with no options. Metafield columns become attributes keyed by the metafield key.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from operator import itemgetter
from pathlib import Path
from typing import Any

from tradewinds.core.errors import RowProblem
from tradewinds.store.importers._source import (
    CsvTable,
    ParseResult,
    SourceItem,
    flag_repeated_keys,
    group_rows,
    read_csv,
    validate,
)
from tradewinds.store.importers.records import Loc, ProductRecord, product_issues
from tradewinds.store.importers.shopify_format import (
    DEFAULT_OPTION,
    VARIANT_COLUMNS,
    metafield_key,
)

_PRODUCT_FIELDS = {
    "handle": "Handle",
    "title": "Title",
    "body_html": "Body (HTML)",
    "vendor": "Vendor",
    "product_type": "Type",
    "category": "Product Category",
    "tags": "Tags",
    "status": "Status",
    "published": "Published",
}
_VARIANT_FIELDS = {
    "sku": "Variant SKU",
    "price": "Variant Price",
    "compare_at_price": "Variant Compare At Price",
    "inventory_qty": "Variant Inventory Qty",
    "weight_grams": "Variant Grams",
    "volume_cm3": "Variant Volume (cm3)",
    "barcode": "Variant Barcode",
    "image": "Variant Image",
}
_IMAGE_FIELDS = {"src": "Image Src", "alt": "Image Alt Text"}
_NUMBERS = (
    ("inventory_qty", "a whole number, e.g. 12"),
    ("weight_grams", "a weight in grams, e.g. 250"),
    ("volume_cm3", "a volume in cm³, e.g. 1200"),
)
Cells = dict[str, str]
Row = tuple[int, Cells]  # (physical line, cells by column name)


def read_shopify_products(path: Path, text: str, currency: str) -> ParseResult[ProductRecord]:
    """Parse a Shopify product CSV; prices are in ``currency`` (the tenant's)."""
    table = read_csv(path, text, required=("Handle", "Title"))
    reader = _ProductReader(table, {"currency": currency})
    absent = frozenset() if "Variant Volume (cm3)" in table.index else frozenset({"volume_cm3"})
    result: ParseResult[ProductRecord] = ParseResult(absent=absent)
    for handle, rows in group_rows(table, "Handle", result, "product"):
        reader.read(handle, [(line, reader.cells(row)) for line, row in rows], result)
    flag_repeated_keys(result, "product", " (the rows of one product must be consecutive)")
    return result


def _whole(text: str) -> int:
    """``"250"``, ``"250.0"`` or ``"249.6"`` -> 250 (grams and counts are whole numbers)."""
    if text.isdigit():
        return int(text)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return int(value.to_integral_value(ROUND_HALF_UP))


def _variant(cells: Cells, line: int, problems: list[RowProblem]) -> dict[str, Any]:
    values = [cells["Option1 Value"], cells["Option2 Value"], cells["Option3 Value"]]
    while values and not values[-1]:
        values.pop()
    variant: dict[str, Any] = {
        "options": values,
        "sku": cells["Variant SKU"] or None,
        "compare_at_price": cells["Variant Compare At Price"] or None,
        "barcode": cells["Variant Barcode"] or None,
        "image": cells["Variant Image"] or None,
    }
    if cells["Variant Price"]:
        variant["price"] = cells["Variant Price"]
    for name, expected in _NUMBERS:
        column = _VARIANT_FIELDS[name]
        raw = cells[column]
        if not raw:
            continue
        try:
            variant[name] = _whole(raw)
        except ValueError:
            problems.append(
                RowProblem(line, column, f"{raw!r} is not a number (expected {expected})")
            )
    return variant


class _ProductReader:
    def __init__(self, table: CsvTable, context: dict[str, Any]) -> None:
        self.metafields = [
            (column, key) for column in table.header if (key := metafield_key(column))
        ]
        self.metafield_columns = {key: column for column, key in self.metafields}
        self.context = context
        wanted = [
            *_PRODUCT_FIELDS.values(),
            *(f"Option{i} Name" for i in (1, 2, 3)),
            *VARIANT_COLUMNS,
            "Image Src",
            "Image Position",
            "Image Alt Text",
            *(column for column, _ in self.metafields),
        ]
        self.names = list(dict.fromkeys(wanted))
        # A missing column reads the "" appended to every row (index -1).
        self.pick = itemgetter(*(table.index.get(name, -1) for name in self.names))
        self.body = table.index.get("Body (HTML)")
        self.variant_cells = itemgetter(*VARIANT_COLUMNS)

    def cells(self, row: list[str]) -> Cells:
        """The stripped cells this reader uses, by column name; the body unstripped."""
        row.append("")
        cells = dict(zip(self.names, map(str.strip, self.pick(row)), strict=True))
        cells["Body (HTML)"] = row[self.body] if self.body is not None else ""
        return cells

    def read(self, handle: str, rows: list[Row], result: ParseResult[ProductRecord]) -> None:
        first_line, first = rows[0]
        problems: list[RowProblem] = []
        data: dict[str, Any] = {
            "handle": handle,
            "title": first["Title"],
            "body_html": first["Body (HTML)"],
            "vendor": first["Vendor"],
            "product_type": first["Type"],
            "category": first["Product Category"],
            "tags": [tag for tag in (t.strip() for t in first["Tags"].split(",")) if tag],
        }
        for name in ("status", "published"):
            value = first[_PRODUCT_FIELDS[name]].lower()
            if value:
                data[name] = value
        names = [first["Option1 Name"], first["Option2 Name"], first["Option3 Name"]]
        while names and not names[-1]:
            names.pop()
        for i, name in enumerate(names):
            if not name:
                problems.append(
                    RowProblem(
                        first_line,
                        f"Option{i + 1} Name",
                        f"is empty but Option{i + 2} Name is given",
                    )
                )
        data["options"] = names
        attributes: dict[str, str] = {}
        for column, key in self.metafields:
            if first[column]:
                attributes.setdefault(key, first[column])
        data["attributes"] = attributes

        variants: list[dict[str, Any]] = []
        variant_lines: list[int] = []
        images: list[tuple[int, int, int, dict[str, str]]] = []
        for line, cells in rows:
            if cells is first or any(self.variant_cells(cells)):
                variants.append(_variant(cells, line, problems))
                variant_lines.append(line)
            if cells["Image Src"]:
                position = len(images) + 1
                raw_position = cells["Image Position"]
                if raw_position:
                    try:
                        position = _whole(raw_position)
                    except ValueError:
                        problems.append(
                            RowProblem(
                                line,
                                "Image Position",
                                f"{raw_position!r} is not a whole number (expected e.g. 1)",
                            )
                        )
                image = {"src": cells["Image Src"], "alt": cells["Image Alt Text"]}
                images.append((position, len(images), line, image))
        images.sort(key=lambda entry: entry[:2])
        data["images"] = [image for *_, image in images]
        image_lines = [line for _, _, line, _ in images]
        if names == [DEFAULT_OPTION[0]] and all(
            v["options"] == [DEFAULT_OPTION[1]] for v in variants
        ):
            data["options"] = []
            for variant in variants:
                variant["options"] = []
        data["variants"] = variants

        def locate(loc: Loc) -> tuple[int, str]:
            return self._locate(loc, first_line, variant_lines, image_lines)

        record, invalid = validate(ProductRecord, data, self.context, locate)
        problems.extend(invalid)
        if record is not None:
            problems.extend(RowProblem(*locate(loc), msg) for loc, msg in product_issues(record))
        for problem in problems:
            result.add(handle, problem)
        if record is not None and not problems:
            result.items.append(SourceItem(record, handle, first_line, locate))

    def _locate(
        self, loc: Loc, first_line: int, variant_lines: list[int], image_lines: list[int]
    ) -> tuple[int, str]:
        if not loc:
            return first_line, "Handle"
        head, rest = loc[0], loc[1:]
        index = rest[0] if rest and isinstance(rest[0], int) else None
        if head == "variants" and index is not None and index < len(variant_lines):
            line = variant_lines[index]
            name = rest[1] if len(rest) > 1 else "options"
            if name == "options":
                j = rest[2] if len(rest) > 2 and isinstance(rest[2], int) else 0
                return line, f"Option{j + 1} Value"
            return line, _VARIANT_FIELDS.get(str(name), str(name))
        if head == "images" and index is not None and index < len(image_lines):
            name = rest[1] if len(rest) > 1 else "src"
            return image_lines[index], _IMAGE_FIELDS.get(str(name), "Image Src")
        if head == "options":
            return first_line, f"Option{(index or 0) + 1} Name"
        if head == "attributes":
            key = str(rest[0]) if rest else ""
            return first_line, self.metafield_columns.get(key, "metafields")
        if head == "variants":
            return first_line, "Variant Price"
        return first_line, _PRODUCT_FIELDS.get(str(head), str(head))
