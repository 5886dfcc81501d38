"""The invented catalogue: categories, titles, prices, variants, attributes, languages."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from random import Random

import pytest

from tradewinds.demo import CATEGORIES
from tradewinds.demo.catalog import IMAGE_BASE, DemoProduct, generate_catalog, slugify

START = datetime(2024, 11, 1, 7, tzinfo=UTC)


@pytest.fixture(scope="module")
def catalogue() -> list[DemoProduct]:
    return generate_catalog(Random("catalogue-test"), 2000, days=730, start=START)


def test_every_category_is_used_and_there_are_at_least_15(catalogue: list[DemoProduct]) -> None:
    used = {p.category.path for p in catalogue}
    assert len(used) == len(CATEGORIES) >= 15
    assert all(" > " in path for path in used)  # Shopify-style breadcrumbs
    small = generate_catalog(Random(1), 2 * len(CATEGORIES), days=100, start=START)
    assert len({p.category.path for p in small}) == len(CATEGORIES)


def test_handles_titles_and_skus_are_unique(catalogue: list[DemoProduct]) -> None:
    assert len({p.handle for p in catalogue}) == len(catalogue)
    assert len({p.title for p in catalogue}) == len(catalogue)
    skus = [v.sku for p in catalogue for v in p.variants]
    assert len(set(skus)) == len(skus)
    assert all(re.fullmatch(r"[a-z0-9-]+", p.handle) for p in catalogue)


def test_prices_are_integer_cents_with_shop_endings_within_the_category_range(
    catalogue: list[DemoProduct],
) -> None:
    for product in catalogue:
        low, high = product.category.price
        for v in product.variants:
            assert isinstance(v.price_minor, int)
            assert v.price_minor % 100 in (99, 0), (product.title, v.price_minor)
            # Size options scale the price (a 2 lb bag costs more than 12 oz).
            assert low * 100 * 0.4 <= v.price_minor <= high * 100 * 3, (product.title, v)
            assert v.compare_at_minor is None or v.compare_at_minor > v.price_minor
            assert 0 < v.cost_minor < v.price_minor
            assert v.grams > 0 and v.cm3 > 0
    on_sale = sum(1 for p in catalogue if p.variants[0].compare_at_minor)
    assert 0.05 < on_sale / len(catalogue) < 0.3


def test_mean_prices_differ_by_category(catalogue: list[DemoProduct]) -> None:
    def mean_price(code: str) -> float:
        prices = [p.variants[0].price_minor for p in catalogue if p.category.code == code]
        return sum(prices) / len(prices)

    assert mean_price("TNT") > 5 * mean_price("CHO")  # tents cost more than chocolate bars
    assert mean_price("CFM") > mean_price("MUG")


def test_attributes_fit_the_category(catalogue: list[DemoProduct]) -> None:
    by_code: dict[str, list[DemoProduct]] = {}
    for p in catalogue:
        by_code.setdefault(p.category.code, []).append(p)
    assert all("age_range" in p.attributes for p in by_code["BLD"] + by_code["BRD"])
    assert all(p.option_names[-1] == "Size" for p in by_code["RUN"] + by_code["TSH"])
    assert all(
        {"connectivity", "wattage"} & set(p.attributes)
        for p in by_code["HPH"] + by_code["SPK"] + by_code["CHG"]
    )
    assert all("material" in p.attributes for p in by_code["TNT"])
    assert not any("age_range" in p.attributes for p in by_code["TNT"])


def test_titles_are_coherent_and_descriptions_mention_the_attributes(
    catalogue: list[DemoProduct],
) -> None:
    tent = next(p for p in catalogue if p.category.code == "TNT" and p.language == "en")
    assert tent.attributes["capacity"] in tent.title and "Tent" in tent.title
    for product in catalogue[:200]:
        assert product.body_html.startswith("<p>") and "<ul>" in product.body_html
        for value in product.attributes.values():
            if product.language == "en":
                assert value.replace("&", "&amp;") in product.body_html


def test_variants_span_sizes_and_colours(catalogue: list[DemoProduct]) -> None:
    shoe = next(p for p in catalogue if p.category.code == "RUN" and len(p.variants) > 5)
    sizes = [v.options[-1] for v in shoe.variants]
    assert set(sizes) <= {"6", "7", "8", "9", "10", "11", "12", "13"}
    assert abs(sum(v.share for v in shoe.variants) - 1.0) < 1e-9
    multi = [p for p in catalogue if "Color" in p.option_names]
    assert multi and all(v.image and v.image in p.images for p in multi for v in p.variants)
    single = [p for p in catalogue if "color" in p.attributes]
    assert single and all("\u2013" in p.title for p in single if p.language == "en")


def test_a_small_share_is_chinese(catalogue: list[DemoProduct]) -> None:
    chinese = [p for p in catalogue if p.language == "zh"]
    assert 0.02 < len(chinese) / len(catalogue) < 0.1
    assert any("耳机" in p.title for p in chinese)
    assert all(re.search(r"[\u4e00-\u9fff]", p.title + p.body_html) for p in chinese)


def test_life_cycle_and_images(catalogue: list[DemoProduct]) -> None:
    statuses = Counter(p.status for p in catalogue)
    assert statuses["draft"] > 0 and statuses["archived"] > 0
    assert statuses["active"] > 0.9 * len(catalogue)
    assert all(p.images and p.images[0].startswith(IMAGE_BASE + "/") for p in catalogue)
    archived = [p for p in catalogue if p.status == "archived"]
    assert all(p.last_day is not None and not p.sells_on(p.last_day + 1) for p in archived)
    assert not any(p.sells_on(d) for p in catalogue if p.status == "draft" for d in (0, 729))


def test_popularity_is_zipf_like(catalogue: list[DemoProduct]) -> None:
    weights = sorted((p.popularity for p in catalogue), reverse=True)
    assert sum(weights[:200]) / sum(weights) > 0.5


def test_slugify() -> None:
    assert slugify("Trailblazer 2-Person Tent \u2013 Sand") == "trailblazer-2-person-tent-sand"
    assert slugify("Alpine 30°F Kids' Bag") == "alpine-30f-kids-bag"
