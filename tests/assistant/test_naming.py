"""Model codes name a product; an attribute named for a dimension states it."""

from __future__ import annotations

from tradewinds.assistant.facts import ProductCard, ProductDetails
from tradewinds.assistant.measured import stated
from tradewinds.assistant.product_answers import model_codes


def test_model_codes_are_letters_then_digits_not_sizes_or_units() -> None:
    assert model_codes("does the k60 keyboard come with a cable") == {"k60"}
    assert model_codes("Sonara H5 Wireless / XT-30 plug") == {"h5", "xt30"}
    assert model_codes("a 5kg bag, a 27in screen, m2 screws, 1.5 m cable") == frozenset()


def _tripod(attributes: dict[str, str]) -> ProductDetails:
    card = ProductCard(1, "tripod", "Peakline Tripod", 1900, "USD", 3, "/products/tripod")
    return ProductDetails(card, "", "", "", attributes, [])


def test_the_attribute_named_for_the_dimension_states_it_whatever_its_place() -> None:
    details = _tripod({"Max load": "1.5 kg", "Weight": "0.21 kg", "Max height": "24 cm"})
    found = stated(details, "mass", plainest=True)
    assert found is not None and found.source == "Weight"
    assert found.quantity.text == "0.21 kg"
    first = stated(details, "mass")  # without plainest: the first value stated
    assert first is not None and first.source == "Max load"
    # what it carries is not what it weighs, even when named with "weight"
    stroller = _tripod({"Child weight": "22 kg", "Net weight": "7 kg"})
    plain = stated(stroller, "mass", plainest=True)
    assert plain is not None and plain.source == "Net weight"
