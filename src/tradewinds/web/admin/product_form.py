"""The product edit form's fields, read into a catalogue draft (and shown back from one).

Field names are the catalogue's error keys: ``title``, ``description``, ``status``,
``published``, ``attributes.<n>.key``/``.value`` (the existing pairs, then one empty
row to add), ``variants.<id>.price``/``.compare_at``/``.stock``, and ``version``.
"""

from __future__ import annotations

import re

from tradewinds.catalog import MAX_ATTRIBUTES, ProductDraft, VariantDraft

_VARIANT_FIELD = re.compile(r"^variants\.(\d{1,18})\.(price|compare_at|stock)$")


def draft_from_form(product_id: int, form: dict[str, str], shown: ProductDraft) -> ProductDraft:
    """The draft the form posted. Variants are read for the ids posted; the names and SKUs
    come from ``shown`` (the product as it is now), never from the form."""
    attributes = []
    for i in range(MAX_ATTRIBUTES + 1):
        key, value = form.get(f"attributes.{i}.key"), form.get(f"attributes.{i}.value")
        if key is None and value is None:
            continue
        attributes.append(((key or "")[:200], (value or "")[:2000]))
    posted: dict[int, dict[str, str]] = {}
    for name, value in form.items():
        match = _VARIANT_FIELD.match(name)
        if match:
            posted.setdefault(int(match[1]), {})[match[2]] = value[:50]
    known = {v.id: v for v in shown.variants}
    variants = []
    for vid, values in sorted(posted.items()):
        seen = known.get(vid)
        variants.append(
            VariantDraft(
                vid,
                values.get("price", ""),
                values.get("compare_at", ""),
                values.get("stock", ""),
                seen.name if seen else "",
                seen.sku if seen else "",
                seen.currency if seen else "",
            )
        )
    return ProductDraft(
        product_id,
        form.get("title", "")[:1000],
        form.get("description", "")[:200_000],
        form.get("status", ""),
        form.get("published", "") == "on",
        attributes,
        variants,
        form.get("version", ""),
        shown.handle,
    )


def form_rows(draft: ProductDraft) -> list[tuple[str, str]]:
    """The attribute rows the form shows: the draft's pairs and one empty row to add."""
    rows = [(key, value) for key, value in draft.attributes if key or value]
    if len(rows) < MAX_ATTRIBUTES:
        rows.append(("", ""))
    return rows
