"""The facts the benchmark scorer checks answers against, read straight from the input files.

Deliberately independent of the store, the importers and the grounding verifier: the
Shopify CSVs are read with the ``csv`` module and the policy files as plain text, so a bug
in the import or in the assistant's own checks cannot hide a wrong price from the scorer.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from tradewinds.core.errors import InvalidInput

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class RefProduct:
    """One product of the catalogue CSV: title, visibility and variants."""

    handle: str
    title: str
    visible: bool
    variants: list[tuple[tuple[str, ...], Decimal, int]] = field(default_factory=list)

    @property
    def prices(self) -> set[Decimal]:
        return {price for _, price, _ in self.variants}

    @property
    def stock(self) -> int:
        """Total stock (negative quantities count as none)."""
        return sum(max(qty, 0) for _, _, qty in self.variants)

    @property
    def option_values(self) -> set[str]:
        return {v.lower() for values, _, _ in self.variants for v in values if v}

    @property
    def stock_levels(self) -> set[int]:
        """Every stock figure an answer may truthfully give: the total, a variant's, or the
        sum over the variants sharing one option value (all the blue ones)."""
        levels = {self.stock} | {max(qty, 0) for _, _, qty in self.variants}
        for value in self.option_values:
            levels.add(
                sum(max(q, 0) for vals, _, q in self.variants if value in map(str.lower, vals))
            )
        return levels


@dataclass
class RefOrder:
    """One order of the orders CSV: whose it is and every amount it carries."""

    name: str
    email: str
    billing_name: str
    amounts: set[Decimal] = field(default_factory=set)


@dataclass
class Reference:
    """Everything the scorer knows: products by handle, orders by name, policy text."""

    products: dict[str, RefProduct]
    orders: dict[str, RefOrder] = field(default_factory=dict)
    policy_text: str = ""
    currency: str = "USD"

    def by_title(self) -> dict[str, RefProduct]:
        """Products by lower-case title."""
        return {p.title.lower(): p for p in self.products.values()}

    def orders_of(self, email: str | None) -> set[str]:
        """The names of the orders placed with this e-mail."""
        key = (email or "").strip().lower()
        return {o.name for o in self.orders.values() if key and o.email == key}

    @property
    def policy_amounts(self) -> set[Decimal]:
        return {a for a in (decimal(n) for n in _NUMBER.findall(self.policy_text)) if a}


def decimal(text: str) -> Decimal | None:
    """``"1,299.00"`` → ``Decimal("1299.00")``; ``None`` when it is not a number."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise InvalidInput(f"{path}: missing column(s) {', '.join(missing)}")
            return [(n, {k: (v or "").strip() for k, v in row.items() if k}) for n, row in
                    enumerate(reader, 2)]  # fmt: skip
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None


def read_catalogue(path: Path) -> dict[str, RefProduct]:
    """Products of a Shopify product CSV by handle (rows of one handle are one product).

    Raises
    ------
    InvalidInput
        Unreadable file, missing Handle/Title/Variant Price columns, a bad price.
    """
    products: dict[str, RefProduct] = {}
    for number, row in _rows(path, ("Handle", "Title", "Variant Price")):
        handle = row["Handle"]
        product = products.get(handle)
        if product is None:
            status = row.get("Status", "").lower()
            published = row.get("Published", "").lower() not in ("false", "no", "0")
            visible = status in ("", "active") and published
            product = products[handle] = RefProduct(handle, row["Title"], visible)
        if not row["Variant Price"]:
            continue  # an image-only row
        price = decimal(row["Variant Price"])
        if price is None:
            raise InvalidInput(f"{path} line {number}: Variant Price {row['Variant Price']!r}")
        qty = row.get("Variant Inventory Qty", "") or "0"
        values = tuple(
            row.get(f"Option{i} Value", "")
            for i in (1, 2, 3)
            if row.get(f"Option{i} Value", "") not in ("", "Default Title")
        )
        product.variants.append((values, price, int(qty) if qty.lstrip("-").isdigit() else 0))
    return products


def read_orders(path: Path) -> dict[str, RefOrder]:
    """Orders of a Shopify orders CSV by name, with every amount they carry (total,
    subtotal, shipping, taxes, discount, line prices and line totals).

    Raises
    ------
    InvalidInput
        Unreadable file or missing Name/Email columns.
    """
    orders: dict[str, RefOrder] = {}
    for _, row in _rows(path, ("Name", "Email")):
        name = row["Name"] if row["Name"].startswith("#") else f"#{row['Name']}"
        order = orders.get(name)
        if order is None:
            order = orders[name] = RefOrder(name, row["Email"].lower(), row.get("Billing Name", ""))
        for column in ("Subtotal", "Shipping", "Taxes", "Total", "Discount Amount"):
            value = decimal(row.get(column, "") or "x")
            if value is not None:
                order.amounts.add(value)
        price = decimal(row.get("Lineitem price", "") or "x")
        quantity = row.get("Lineitem quantity", "1")
        if price is not None:
            order.amounts |= {price, price * (int(quantity) if quantity.isdigit() else 1)}
    return orders


def read_policy_text(directory: Path) -> str:
    """All policy documents (``.md``, ``.markdown``, ``.txt``) of ``directory`` as one text.

    Raises
    ------
    InvalidInput
        ``directory`` is not a folder.
    """
    if not directory.is_dir():
        raise InvalidInput(f"--policies {directory}: not a folder of .md or .txt files")
    return "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(directory.iterdir())
        if p.is_file() and p.suffix.lower() in (".md", ".markdown", ".txt")
    )


def read_reference(
    catalog: Path, orders: Path | None = None, policies: Path | None = None, currency: str = "USD"
) -> Reference:
    """Read the catalogue, and the orders and policies when given."""
    return Reference(
        products=read_catalogue(catalog),
        orders=read_orders(orders) if orders else {},
        policy_text=read_policy_text(policies) if policies else "",
        currency=currency.upper(),
    )
