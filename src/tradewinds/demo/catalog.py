"""Inventing the demo catalogue: products with variants, attributes, prices and life cycles.

Everything is drawn from one ``random.Random`` so a seed always gives the same catalogue.
Popularity follows a Zipf law over a random ranking of all products, which gives the
heavy head and the long, intermittent tail that forecasting and recommendations need.
"""
# ruff: noqa: RUF001, RUF002, RUF003  (en dashes in titles, full-width punctuation in Chinese)

from __future__ import annotations

import html
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from random import Random

from tradewinds.demo import _cat_apparel, _cat_home, _cat_outdoor, _cat_pantry, _cat_play
from tradewinds.demo._pricing import compare_at_price, log_uniform, shelf_price, upc_a
from tradewinds.demo._spec import COLORS, CategorySpec, OptionSpec

CATEGORIES: tuple[CategorySpec, ...] = (
    _cat_outdoor.CATEGORIES
    + _cat_apparel.CATEGORIES
    + _cat_play.CATEGORIES
    + _cat_home.CATEGORIES
    + _cat_pantry.CATEGORIES
)
# Media-store URLs (tradewinds.demo.images draws the files): a main picture per product;
# colour and detail pictures shared by a category's products, which keeps generation fast.
IMAGE_BASE = "/media/demo"
COLOUR_SEPARATOR = " \u2013 "  # an en dash: "Trailblazer 2-Person Tent – Sand"
ZIPF_EXPONENT = 1.05
_ZH_SHARE = 0.2  # of products in categories that have a Chinese sub-catalogue
_ZH_SERIES = ("S1", "S3", "S5", "Pro", "Max", "Lite", "Air", "Mini", "二代", "三代", "青春版")
_ZH_LABELS = {
    "material": "材质", "capacity": "容量", "connectivity": "连接方式", "wattage": "功率",
    "battery_life": "续航时间", "water_resistance": "防水等级", "color": "颜色", "origin": "产地",
    "pieces": "颗粒数", "age_range": "适用年龄", "heat_source": "适用炉具",
    "certifications": "认证", "dishwasher_safe": "可用洗碗机",
}  # fmt: skip
_FIT_TAGS = {"Men's": "mens", "Women's": "womens", "Kids'": "kids", "Unisex": "unisex"}
_SEASON_TAGS = {"summer": "summer", "winter": "winter", "holiday": "gift-guide", "spring": "spring"}


@dataclass(slots=True)
class DemoVariant:
    sku: str
    options: tuple[str, ...]
    price_minor: int
    compare_at_minor: int | None
    cost_minor: int
    grams: int
    cm3: int
    barcode: str
    image: str | None
    share: float  # of the product's demand
    inventory: int = 0

    def title(self, product_title: str) -> str:
        """The order-line title, Shopify style: "Product - Red / M"."""
        return f"{product_title} - {' / '.join(self.options)}" if self.options else product_title


@dataclass(slots=True)
class DemoProduct:
    handle: str
    title: str
    body_html: str
    vendor: str
    category: CategorySpec
    status: str  # active | draft | archived
    option_names: list[str]
    variants: list[DemoVariant]
    images: list[str]
    attributes: dict[str, str]
    tags: list[str]
    created_at: datetime
    first_day: int  # first day of the history it can sell (negative: before the history)
    last_day: int | None  # archived products stop selling
    language: str  # "en" or "zh"
    popularity: float = 0.0
    zh_query: str = ""

    def sells_on(self, day: int) -> bool:
        return (
            self.status != "draft"
            and self.first_day <= day
            and (self.last_day is None or day <= self.last_day)
        )


def slugify(text: str) -> str:
    """ASCII handle text: "Trailblazer 2-Person Tent – Sand" -> "trailblazer-2-person-tent-sand"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def generate_catalog(rng: Random, count: int, *, days: int, start: datetime) -> list[DemoProduct]:
    """Invent ``count`` products spread over every category in :data:`CATEGORIES`.

    Parameters
    ----------
    rng
        The generator's own random stream.
    count
        Number of products; at least one per category.
    days
        Length of the order history; products launch and retire within it.
    start
        Local midnight of the first day of the history, as an aware datetime.
    """
    counts = _allocate(count)
    products: list[DemoProduct] = []
    handles: set[str] = set()
    titles: set[str] = set()
    for spec, n in zip(CATEGORIES, counts, strict=True):
        for seq in range(1, n + 1):
            products.append(_product(rng, spec, seq, handles, titles, days, start))
    ranks = list(range(len(products)))
    rng.shuffle(ranks)
    for product, rank in zip(products, ranks, strict=True):
        product.popularity = product.category.demand / (rank + 1) ** ZIPF_EXPONENT
    return products


def _allocate(count: int) -> list[int]:
    """Products per category: proportional to ``share``, at least one each."""
    total = sum(c.share for c in CATEGORIES)
    spare = count - len(CATEGORIES)
    exact = [spare * c.share / total for c in CATEGORIES]
    counts = [1 + int(x) for x in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] % 1), i))
    for i in by_remainder[: count - sum(counts)]:
        counts[i] += 1
    return counts


def _product(rng: Random, spec: CategorySpec, seq: int, handles: set[str], titles: set[str],
             days: int, start: datetime) -> DemoProduct:  # fmt: skip
    zh = spec.zh if spec.zh is not None and rng.random() < _ZH_SHARE else None
    attrs = {k: v for k, v in ((k, rng.choice(vs)) for k, vs in spec.attributes.items()) if v}
    brand_index = rng.randrange(len(spec.brands))
    position = 0.25 + 0.5 * brand_index / max(len(spec.brands) - 1, 1)
    if spec.price_by in attrs:
        values = spec.attributes[spec.price_by]
        rank = values.index(attrs[spec.price_by]) / max(len(values) - 1, 1)
        position = 0.35 * position + 0.65 * rank
    position = min(max(position + rng.gauss(0, 0.15), 0.0), 1.0)
    colours = rng.sample(spec.colors, rng.randint(*spec.color_variants)) if spec.colors else []
    if len(colours) == 1:
        attrs["color"] = colours[0]
    if zh is not None:
        vendor = rng.choice(zh.brands)
        suffix = COLOUR_SEPARATOR + COLORS[colours[0]][1] if len(colours) == 1 else ""
        for _ in range(16):
            title = f"{vendor} {rng.choice(zh.kinds)} {rng.choice(_ZH_SERIES)}{suffix}"
            if title not in titles:
                break
        handle = f"{slugify(spec.product_type)}-cn-{seq}"
    else:
        vendor = spec.brands[brand_index]
        title = _unique_title(rng, spec, vendor, attrs, colours, titles)
        handle = slugify(title)
    titles.add(title)
    handle = _unique(handle, handles)

    axes = _option_axes(rng, spec, colours)
    first_day, last_day, status = _life_cycle(rng, days)
    product = DemoProduct(
        handle=handle, title=title, body_html="", vendor=vendor, category=spec, status=status,
        option_names=[name for name, _, _ in axes], variants=[], images=[], attributes=attrs,
        tags=[], created_at=start + timedelta(days=first_day, seconds=rng.randint(28800, 57600)),
        first_day=first_day, last_day=last_day, language="zh" if zh else "en",
        zh_query=rng.choice(zh.queries) if zh else "",
    )  # fmt: skip
    _add_variants(rng, product, axes, position, seq)
    product.images = [f"{IMAGE_BASE}/{handle}/main.jpg"]
    product.images += [v.image for v in product.variants if v.image]
    details = rng.randint(0, 2)
    product.images += [f"{IMAGE_BASE}/details/{spec.code.lower()}-{i}.jpg" for i in range(details)]
    product.body_html = _description(rng, product, zh is not None)
    product.tags = _tags(product, days)
    return product


def _unique_title(rng: Random, spec: CategorySpec, brand: str, attrs: dict[str, str],
                  colours: list[str], titles: set[str]) -> str:  # fmt: skip
    """A title not used yet; the brand goes in front when the plain names run out."""
    fields = {k: _title_case(v) for k, v in attrs.items()}
    suffix = COLOUR_SEPARATOR + colours[0] if len(colours) == 1 else ""
    title = ""
    for attempt in range(16):
        model, kind = rng.choice(spec.models), rng.choice(spec.kinds)
        title = spec.title.format(model=model, kind=kind, brand=brand, **fields) + suffix
        if attempt >= 8 and "{brand}" not in spec.title:
            title = f"{brand} {title}"
        if title not in titles:
            return title
    for edition in itertools.count(2):
        if f"{title} {_roman(edition)}" not in titles:
            return f"{title} {_roman(edition)}"
    raise AssertionError("unreachable")


def _title_case(value: str) -> str:
    """Capitalise each word for titles: "Merino blend" -> "Merino Blend"; "USB-C" stays."""
    return " ".join(w[:1].upper() + w[1:] for w in value.split(" "))


def _roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n] if n < 10 else str(n)


def _unique(handle: str, taken: set[str]) -> str:
    candidate, n = handle, 2
    while candidate in taken:
        candidate, n = f"{handle}-{n}", n + 1
    taken.add(candidate)
    return candidate


_Axis = tuple[str, list[str], OptionSpec | None]


def _option_axes(rng: Random, spec: CategorySpec, colours: list[str]) -> list[_Axis]:
    axes: list[_Axis] = []
    if len(colours) > 1:
        axes.append(("Color", colours, None))
    for opt in spec.options:
        n = min(rng.randint(*opt.pick), len(opt.values))
        if opt.contiguous:
            first = rng.randint(0, len(opt.values) - n)
            values = list(opt.values[first : first + n])
        else:
            values = [opt.values[i] for i in sorted(rng.sample(range(len(opt.values)), n))]
        axes.append((opt.name, values, opt))
    return axes


def _axis_weights(name: str, values: list[str], opt: OptionSpec | None) -> list[float]:
    """Demand split along one axis: the first colour sells best, middle sizes beat extremes."""
    n = len(values)
    if opt is not None and opt.contiguous and name == "Size" and n > 2:
        return [math.exp(-(((i - (n - 1) / 2) / (n / 2.5)) ** 2)) for i in range(n)]
    return [1.0 / (1 + 0.6 * i) for i in range(n)]


def _add_variants(rng: Random, product: DemoProduct, axes: list[_Axis], position: float,
                  seq: int) -> None:  # fmt: skip
    spec = product.category
    base_dollars = log_uniform(spec.price[0], spec.price[1], position)
    size_position = min(max(0.6 * position + 0.4 * rng.random(), 0.0), 1.0)
    base_grams = log_uniform(spec.grams[0], spec.grams[1], size_position)
    base_cm3 = log_uniform(spec.cm3[0], spec.cm3[1], size_position)
    on_sale = rng.random() < 0.15
    markup = rng.uniform(1.15, 1.45)
    cost_ratio = rng.uniform(0.35, 0.6)
    prices: dict[float, tuple[int, int | None]] = {}
    weights = [_axis_weights(name, values, opt) for name, values, opt in axes]
    combos = itertools.product(*[range(len(values)) for _, values, _ in axes])
    raw_shares: list[float] = []
    for combo in combos:
        options = tuple(axes[a][1][i] for a, i in enumerate(combo))
        scale = price_scale = 1.0
        for (_, _, opt), value in zip(axes, options, strict=True):
            if opt is not None:
                scale *= opt.scale_of(value)
                price_scale *= opt.scale_of(value) if opt.price_scaled else 1.0
        if price_scale not in prices:  # variants of one size share one price and "was" price
            shelf = shelf_price(base_dollars * price_scale, rng)
            was = compare_at_price(shelf, markup, rng) if on_sale else None
            prices[price_scale] = (shelf, was)
        price, compare_at = prices[price_scale]
        colour = options[0] if axes and axes[0][0] == "Color" else None
        sku = f"{spec.code}-{seq:04d}" + "".join(f"-{_sku_part(v)}" for v in options)
        product.variants.append(
            DemoVariant(
                sku=sku, options=options, price_minor=price,
                compare_at_minor=compare_at,
                cost_minor=int(price * cost_ratio), grams=max(1, round(base_grams * scale)),
                cm3=max(1, round(base_cm3 * scale)), barcode=upc_a(rng),
                image=_colour_image(spec, colour) if colour else None,
                share=0.0,
            )
        )  # fmt: skip
        raw_shares.append(math.prod(weights[a][i] for a, i in enumerate(combo)))
    total = sum(raw_shares)
    for variant, raw in zip(product.variants, raw_shares, strict=True):
        variant.share = raw / total


def _colour_image(spec: CategorySpec, colour: str) -> str:
    return f"{IMAGE_BASE}/colours/{spec.code.lower()}-{slugify(colour)}.jpg"


def _sku_part(value: str) -> str:
    if value in COLORS:
        return COLORS[value][0]
    words = re.findall(r"[A-Za-z0-9]+", value.replace('"', "IN"))
    if len(words) > 1 and all(w.isalpha() for w in words):
        return "".join(w[0] for w in words).upper()
    joined = "".join(words).upper()
    return joined[:3] if joined.isalpha() and len(joined) > 4 else joined


def _life_cycle(rng: Random, days: int) -> tuple[int, int | None, str]:
    r = rng.random()
    first_day = rng.randint(0, days - 1) if rng.random() < 0.2 else -rng.randint(30, 1000)
    if r < 0.02:
        return days - rng.randint(1, 30), None, "draft"
    if r < 0.05:
        last_day = rng.randint(days // 5, 3 * days // 4)
        return min(first_day, last_day - 30), last_day, "archived"
    return first_day, None, "active"


def _description(rng: Random, product: DemoProduct, zh: bool) -> str:
    spec = product.category
    esc = html.escape
    items = []
    for key, value in product.attributes.items():
        label = _ZH_LABELS.get(key, key) if zh else key.replace("_", " ").capitalize()
        shown = COLORS[value][1] if zh and key == "color" else value
        items.append(f"<li><strong>{esc(label)}:</strong> {esc(shown)}</li>")
    for name, values in zip(product.option_names, _option_values(product), strict=True):
        shown_values = [COLORS[v][1] for v in values] if zh and name == "Color" else values
        items.append(f"<li><strong>{esc(name)}:</strong> {esc(', '.join(shown_values))}</li>")
    if zh:
        assert spec.zh is not None
        first, *rest = rng.sample(spec.zh.pitches, len(spec.zh.pitches))
        intro = f"<p><strong>{esc(product.title)}</strong>：{esc(first)}。</p>"
        features = "".join(f"{p}。" for p in rest) + "正品保证，西雅图本地次日送达。"
    else:
        pitch = rng.choice(spec.pitches)
        intro = (
            f"<p>The <strong>{esc(product.title)}</strong> by {esc(product.vendor)} is {pitch}.</p>"
        )
        features = " ".join(rng.sample(spec.features, min(2, len(spec.features))))
    return f"{intro}<ul>{''.join(items)}</ul><p>{esc(features)}</p>"


def _option_values(product: DemoProduct) -> list[list[str]]:
    values: list[list[str]] = [[] for _ in product.option_names]
    for variant in product.variants:
        for i, value in enumerate(variant.options):
            if value not in values[i]:
                values[i].append(value)
    return values


def _tags(product: DemoProduct, days: int) -> list[str]:
    spec = product.category
    tags = list(spec.tags)
    if spec.season in _SEASON_TAGS:
        tags.append(_SEASON_TAGS[spec.season])
    facts = " ".join(product.attributes.values()).lower()
    tags += [word for word in ("waterproof", "organic", "vegan", "merino") if word in facts]
    if product.attributes.get("fit") in _FIT_TAGS:
        tags.append(_FIT_TAGS[product.attributes["fit"]])
    age = re.search(r"\d+", product.attributes.get("age_range", "Adults"))
    if age is not None and int(age.group()) < 12:
        tags.append("kids")
    if any(v.compare_at_minor for v in product.variants):
        tags.append("sale")
    if product.first_day >= days - 60 and product.status == "active":
        tags.append("new-arrival")
    if product.zh_query:
        tags.append(product.zh_query)
    return list(dict.fromkeys(tags))
