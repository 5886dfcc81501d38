# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Small products of our own for the copy checker's tests (not from any benchmark)."""

from __future__ import annotations

from tradewinds.merchant import ProductFacts

KETTLE = ProductFacts(
    "pour-kettle",
    "Pour-Over Kettle",
    attributes=(
        ("material", "Stainless steel"),
        ("capacity", "2.5 L"),
        ("wattage", "1500 W"),
        ("dishwasher_safe", "No"),
        ("warranty", "2-year limited warranty"),
        ("certifications", "CE, UL"),
        ("compatibility", "Gas, electric and induction hobs"),
    ),
    description="<p>Boils in 5 minutes. Weighs 1.95 kg. Not dishwasher safe.</p>",
    options=(("Color", ("Black", "Sage Green")),),
)
BLOCKS = ProductFacts(
    "wooden-blocks",
    "积木套装",
    attributes=(("material", "榉木"), ("age_range", "3岁以上"), ("pieces", "50件")),
    description="<p>50块榉木积木，水性漆。可折叠收纳盒。</p>",
)
JACKET = ProductFacts(
    "rain-jacket",
    "Trail Rain Jacket",
    attributes=(("material", "Nylon"), ("water_resistance", "Water resistant, not waterproof")),
    description="Machine washable. Packs into its own pocket.",
    options=(("Size", ("S", "M", "L")), ("Colour", ("Navy", "Red"))),
)
CHARGER = ProductFacts(
    "wireless-charger",
    "Wireless Charging Pad",
    attributes=(("compatible_with", "iPhone 12 to 15, Samsung Galaxy S21 and later"),),
    description="Charges at up to 15 W.",
)
