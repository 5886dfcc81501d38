"""The shape of the catalogue vocabulary: one :class:`CategorySpec` per leaf category.

The data itself lives in ``_cat_*.py``; :mod:`tradewinds.demo.catalog` turns it into
products. Prices are whole dollars here (the generator picks .99/.00 endings), weights
grams and volumes cubic centimetres of the shipped item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Season = Literal["flat", "summer", "spring", "winter", "holiday"]


@dataclass(frozen=True)
class OptionSpec:
    """A non-colour option axis (Size, Grind...) and how products pick its values."""

    name: str
    values: tuple[str, ...]
    pick: tuple[int, int]
    contiguous: bool = True  # sizes come in a run (S-XL), not a random subset
    scale: tuple[float, ...] = ()  # per value: multiplies weight and volume
    price_scaled: bool = False  # the scale multiplies the price too (2 lb bag vs 12 oz)

    def scale_of(self, value: str) -> float:
        return self.scale[self.values.index(value)] if self.scale else 1.0


@dataclass(frozen=True)
class ZhSpec:
    """A Chinese-language sub-catalogue for the category (about one product in six)."""

    brands: tuple[str, ...]
    kinds: tuple[str, ...]
    pitches: tuple[str, ...]
    queries: tuple[str, ...]


@dataclass(frozen=True)
class CategorySpec:
    """One leaf category of the demo catalogue and everything needed to invent products."""

    path: str  # Shopify "Product Category" breadcrumb
    code: str  # SKU prefix
    product_type: str
    share: float  # relative share of the catalogue
    demand: float  # relative demand per product (consumables sell more often)
    season: Season
    brands: tuple[str, ...]
    models: tuple[str, ...]
    kinds: tuple[str, ...]
    title: str  # template over {model}, {kind}, {brand} and attribute keys
    price: tuple[int, int]  # whole dollars, lowest and highest
    grams: tuple[int, int]
    cm3: tuple[int, int]
    pitches: tuple[str, ...]
    features: tuple[str, ...]
    tags: tuple[str, ...]
    queries: tuple[str, ...]
    attributes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    colors: tuple[str, ...] = ()
    color_variants: tuple[int, int] = (1, 1)
    options: tuple[OptionSpec, ...] = ()
    max_qty: int = 1
    price_by: str = ""  # attribute whose values run from cheapest to dearest (capacity...)
    zh: ZhSpec | None = None

    @property
    def name(self) -> str:
        return self.path.rsplit(" > ", 1)[-1]


# Colour name -> (SKU code, Chinese name).
COLORS: dict[str, tuple[str, str]] = {
    "Black": ("BLK", "黑色"), "White": ("WHT", "白色"), "Navy": ("NVY", "藏青色"),
    "Heather Grey": ("HGR", "麻灰色"), "Charcoal": ("CHR", "炭灰色"), "Red": ("RED", "红色"),
    "Forest Green": ("FGR", "森林绿"), "Olive": ("OLV", "橄榄绿"),
    "Sage Green": ("SGE", "鼠尾草绿"), "Slate Blue": ("SLB", "石板蓝"),
    "Glacier Blue": ("GLB", "冰川蓝"), "Sky Blue": ("SKY", "天蓝色"),
    "Midnight Blue": ("MDB", "午夜蓝"), "Burnt Orange": ("BOR", "焦橙色"),
    "Sand": ("SND", "沙色"), "Burgundy": ("BRG", "酒红色"), "Coral": ("CRL", "珊瑚色"),
    "Cream": ("CRM", "奶油色"), "Terracotta": ("TRC", "陶土色"), "Silver": ("SLV", "银色"),
    "Rose Gold": ("RSG", "玫瑰金"), "Mustard": ("MST", "芥末黄"),
    "Lavender": ("LAV", "薰衣草紫"), "Stainless Steel": ("SST", "不锈钢色"),
    "Grey/Volt": ("GVT", "灰荧光黄"), "Brown": ("BRN", "棕色"), "Pink": ("PNK", "粉色"),
}  # fmt: skip

APPAREL_SIZES = OptionSpec(
    "Size", ("XS", "S", "M", "L", "XL", "XXL"), (4, 6), scale=(0.85, 0.92, 1.0, 1.08, 1.16, 1.25)
)
SHOE_SIZES = OptionSpec(
    "Size", ("6", "7", "8", "9", "10", "11", "12", "13"), (5, 8),
    scale=(0.9, 0.93, 0.96, 1.0, 1.03, 1.06, 1.09, 1.12),
)  # fmt: skip
