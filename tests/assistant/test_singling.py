"""Which shown product a message singles out beyond the titles, and the subset it names."""

from __future__ import annotations

from tradewinds.assistant.facts import ProductCard, ProductDetails, VariantStock
from tradewinds.assistant.singling import named_subset, single_out


def _details(
    pid: int,
    title: str,
    tags: str = "",
    attributes: dict[str, str] | None = None,
    options: tuple[str, ...] = ("Default Title",),
) -> ProductDetails:
    card = ProductCard(pid, f"p{pid}", title, 1000 * pid, "USD", 5, f"/products/p{pid}",
                       text=f"{title} {tags}")  # fmt: skip
    variants = [VariantStock(f"S{pid}{i}", o, 1000, "USD", 1) for i, o in enumerate(options)]
    return ProductDetails(card, "", "", "", attributes or {}, variants)


def test_a_tag_only_one_shown_product_has_singles_it_out() -> None:
    mini = _details(1, "Peakline Mini Tripod", "tripod, tabletop")
    travel = _details(2, "Peakline Travel Tripod", "tripod, travel, aluminium")
    plate = _details(3, "Peakline Quick Plate", "plate", {"material": "Aluminium"})
    found = single_out([mini, travel, plate], "how tall does the aluminium peakline one go?")
    assert found is travel  # its tags say aluminium; the plate only its material
    assert single_out([mini, plate], "the aluminium one") is plate  # by attributes then
    assert single_out([mini, travel, plate], "how tall does the peakline go?") is None


def test_a_size_only_one_comes_in_singles_it_out_in_either_language() -> None:
    throw = _details(1, "Cosy Throw", options=("Grey", "Teal"))
    heavy = _details(2, "Calm Weighted Blanket", options=("10 lb", "15 lb", "20 lb"))
    light = _details(3, "Calm Kids Blanket", options=("5 lb", "7 lb"))
    assert single_out([throw, heavy, light], "20磅的多少钱", sizes_only=True) is heavy
    assert single_out([throw, heavy, light], "the 7 pound one?", sizes_only=True) is light
    assert single_out([throw, heavy, light], "多少钱", sizes_only=True) is None
    assert single_out([heavy], "20 lb") is None  # nothing to tell apart


def _card(pid: int, title: str) -> ProductCard:
    return ProductCard(pid, f"p{pid}", title, 1000 * pid, "USD", 5, f"/products/p{pid}")


def test_a_title_word_some_shown_products_share_names_the_subset() -> None:
    shown = [_card(1, "Vero Crystal Red Glasses"), _card(2, "Vero Stemless Glasses"),
             _card(3, "Vero Crystal Flutes"), _card(4, "Vero Decanter")]  # fmt: skip
    assert [c.id for c in named_subset("the cheaper of the two crystal ones?", shown)] == [1, 3]
    assert named_subset("the cheaper one", shown) == shown  # no word names a subset
    assert named_subset("the vero ones", shown) == shown  # a word all of them share
