"""``tradewinds products|orders|customers list|show``: browse a store from the terminal.

Human output is rich tables; ``--json`` prints exactly the API's shapes (the same
``tradewinds.api.schemas`` build both), with ``next_offset`` instead of a URL.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

from tradewinds.cli import _browse_render as render
from tradewinds.cli._common import JsonOption, TenantOption, open_db, print_json, tenant_for

if TYPE_CHECKING:
    from tradewinds.core.money import Money

products_app = typer.Typer(help="Browse the catalogue.", no_args_is_help=True)
orders_app = typer.Typer(help="Browse orders.", no_args_is_help=True)
customers_app = typer.Typer(help="Browse customers.", no_args_is_help=True)

LimitOption = typer.Option(50, "--limit", "-n", min=1, max=200, help="Rows per page (1-200).")
OffsetOption = typer.Option(0, "--offset", min=0, help="Rows to skip (for the next page).")
QueryOption = typer.Option(None, "--q", "--query", "-q", help="Text to look for.")


def register(app: typer.Typer) -> None:
    """Add the ``products``, ``orders`` and ``customers`` groups to the root app."""
    app.add_typer(products_app, name="products")
    app.add_typer(orders_app, name="orders")
    app.add_typer(customers_app, name="customers")


# ---------------------------------------------------------------- products


@products_app.command("list")
def products_list(
    q: str | None = QueryOption,
    category: str | None = typer.Option(None, help="Category id, name or path (with children)."),
    vendor: str | None = typer.Option(None, help="Vendor (case-insensitive)."),
    status: str | None = typer.Option(None, help="active, draft or archived."),
    tag: str | None = typer.Option(None, help="Tag (case-insensitive)."),
    min_price: str | None = typer.Option(None, help="Lowest price, e.g. 10 or 19.99."),
    max_price: str | None = typer.Option(None, help="Highest price."),
    in_stock: bool | None = typer.Option(
        None, "--in-stock/--out-of-stock", help="Only products with / without stock."
    ),
    sort: str = typer.Option("newest", help="newest, title, price_asc or price_desc."),
    limit: int = LimitOption,
    offset: int = OffsetOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """List products matching every given filter."""
    from tradewinds.api.schemas import ProductSummary
    from tradewinds.store import queries, tenant_session

    db = open_db()
    store = tenant_for(db, tenant)
    with tenant_session(db, store.id) as session:
        page = queries.list_products(
            session,
            q=q,
            category=category,
            vendor=vendor,
            status=status,
            tag=tag,
            min_price=_price("--min-price", min_price, store.currency),
            max_price=_price("--max-price", max_price, store.currency),
            in_stock=in_stock,
            sort=sort,
            limit=limit,
            offset=offset,
        )
        rows = [ProductSummary.of(p) for p in page.items]
    if as_json:
        render.print_page(rows, page)
        return
    table = render.new_table(
        "ID", "Handle", "Title", "Vendor", "Category", "Price", "Stock", "Status"
    )
    for p in rows:
        price = render.money_range(p.price, p.max_price)
        table.add_row(
            str(p.id),
            p.handle,
            p.title,
            p.vendor,
            p.category or "",
            price,
            str(p.inventory_qty),
            p.status,
        )
    render.show_page(table, page, "products")


@products_app.command("show")
def products_show(
    id_or_handle: str = typer.Argument(..., help="Product id or handle."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one product with its variants and attributes."""
    from tradewinds.api.schemas import ProductOut
    from tradewinds.store import queries, tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        product = ProductOut.of(queries.get_product(session, id_or_handle))
    if as_json:
        print_json(product.model_dump(mode="json"))
        return
    facts = {
        "handle": product.handle,
        "status": product.status,
        "vendor": product.vendor,
        "type": product.product_type,
        "category": product.category or "",
        "tags": ", ".join(product.tags),
        "price": render.money_range(product.price, product.max_price),
        "stock": str(product.inventory_qty),
        **product.attributes,
        "description": render.plain_text(product.body_html),
    }
    render.echo_facts(f"{product.title} (id {product.id})", facts)
    table = render.new_table("ID", "SKU", "Variant", "Price", "Compare at", "Stock", "Weight g")
    for v in product.variants:
        table.add_row(
            str(v.id),
            v.sku or "",
            v.title,
            render.money(v.price),
            render.money(v.compare_at_price),
            str(v.inventory_qty),
            "" if v.weight_grams is None else str(v.weight_grams),
        )
    render.new_console().print(table)


# ---------------------------------------------------------------- orders


@orders_app.command("list")
def orders_list(
    q: str | None = QueryOption,
    status: str | None = typer.Option(
        None, help="pending, paid, packed, out_for_delivery, delivered, cancelled, returned."
    ),
    customer_id: int | None = typer.Option(None, "--customer", help="Customer id."),
    email: str | None = typer.Option(None, help="Order e-mail (case-insensitive)."),
    created_from: datetime | None = typer.Option(
        None, "--from", help="Created at or after (UTC), e.g. 2024-05-01."
    ),
    created_to: datetime | None = typer.Option(
        None, "--to", help="Created before (UTC), e.g. 2024-06-01."
    ),
    sort: str = typer.Option("newest", help="newest, oldest, total_asc or total_desc."),
    limit: int = LimitOption,
    offset: int = OffsetOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """List orders matching every given filter."""
    from tradewinds.api.schemas import OrderSummary
    from tradewinds.store import queries, tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        page = queries.list_orders(
            session,
            q=q,
            status=status,
            customer_id=customer_id,
            email=email,
            created_from=_utc(created_from),
            created_to=_utc(created_to),
            sort=sort,
            limit=limit,
            offset=offset,
        )
        rows = [OrderSummary.of(o) for o in page.items]
    if as_json:
        render.print_page(rows, page)
        return
    render.show_page(render.orders_table(rows), page, "orders")


@orders_app.command("show")
def orders_show(
    id_or_name: str = typer.Argument(..., help="Order id or name (1001 finds #1001)."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one order: lines, totals, delivery address and windows, status history."""
    from tradewinds.api.schemas import OrderOut
    from tradewinds.store import queries, tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        order = OrderOut.of(queries.get_order(session, id_or_name))
    if as_json:
        print_json(order.model_dump(mode="json"))
        return
    a = order.delivery_address
    windows = {"requested window": order.requested_window, "promised window": order.promised_window}
    render.echo_facts(
        f"Order {order.name} (id {order.id})",
        {
            "status": order.status,
            "created": render.when(order.created_at),
            "customer": f"{order.customer_id or '-'} {order.email}",
            "ship to": render.address(
                a.name, a.street, a.zip, a.city, a.country, a.latitude, a.longitude
            ),
            **{
                k: f"{render.when(w.start)} - {render.when(w.end)}" if w else "-"
                for k, w in windows.items()
            },
            "subtotal": render.money(order.subtotal),
            "discount": render.money(order.discount),
            "shipping": render.money(order.shipping),
            "total": render.money(order.total),
        },
    )
    lines = render.new_table("SKU", "Item", "Qty", "Unit price", "Line total")
    for ln in order.lines:
        lines.add_row(
            ln.sku or "",
            ln.title,
            str(ln.quantity),
            render.money(ln.unit_price),
            render.money(ln.line_total),
        )
    history = render.new_table("At", "Status", "Note")
    for h in order.history:
        history.add_row(render.when(h.at), h.status, h.note)
    render.new_console().print(lines, history)


# ---------------------------------------------------------------- customers


@customers_app.command("list")
def customers_list(
    q: str | None = QueryOption,
    city: str | None = typer.Option(None, help="City (case-insensitive)."),
    country: str | None = typer.Option(None, help="ISO 3166 alpha-2 code, e.g. US."),
    sort: str = typer.Option("newest", help="newest, name or email."),
    limit: int = LimitOption,
    offset: int = OffsetOption,
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """List customers matching every given filter."""
    from tradewinds.api.schemas import CustomerSummary
    from tradewinds.store import queries, tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        page = queries.list_customers(
            session, q=q, city=city, country=country, sort=sort, limit=limit, offset=offset
        )
        rows = [CustomerSummary.of(c) for c in page.items]
    if as_json:
        render.print_page(rows, page)
        return
    table = render.new_table("ID", "Name", "E-mail", "City", "Country", "Since")
    for c in rows:
        table.add_row(
            str(c.id), c.name, c.email, c.city, c.country, c.created_at.date().isoformat()
        )
    render.show_page(table, page, "customers")


@customers_app.command("show")
def customers_show(
    id_or_email: str = typer.Argument(..., help="Customer id or e-mail."),
    tenant: str | None = TenantOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one customer with their latest orders."""
    from tradewinds.api.schemas import CustomerOut
    from tradewinds.api.schemas.customers import RECENT_ORDERS
    from tradewinds.store import queries, tenant_session

    db = open_db()
    with tenant_session(db, tenant_for(db, tenant).id) as session:
        customer = queries.get_customer(session, id_or_email)
        recent = queries.list_orders(session, customer_id=customer.id, limit=RECENT_ORDERS)
        out = CustomerOut.detail(customer, recent)
    if as_json:
        print_json(out.model_dump(mode="json"))
        return
    render.echo_facts(
        f"{out.name or out.email} (id {out.id})",
        {
            "e-mail": out.email,
            "phone": out.phone or "",
            "address": render.address(
                "", out.street, out.zip, out.city, out.country, out.latitude, out.longitude
            ),
            "marketing": "yes" if out.accepts_marketing else "no",
            "since": render.when(out.created_at),
            "orders": str(out.order_count),
        },
    )
    if out.recent_orders:
        render.new_console().print(render.orders_table(out.recent_orders))


# ---------------------------------------------------------------- input


def _price(option: str, text: str | None, currency: str) -> Money | None:
    from tradewinds.store.queries import parse_price_bound

    return None if text is None else parse_price_bound(option, text, currency)


def _utc(value: datetime | None) -> datetime | None:
    """Dates typed without an offset are UTC, as in the API."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value
