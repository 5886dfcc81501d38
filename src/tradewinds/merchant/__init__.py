"""Merchant tools: the listing-copy fact checker and listing-copy generation (issue 19).

>>> from tradewinds.merchant import ProductFacts, check_copy
>>> facts = ProductFacts("mug", "Trail Mug", attributes=(("material", "Stainless steel"),))
>>> check_copy(facts, "A copper mug for the trail.", "en").findings[0].kind
'material'

Every copy, generated or written by the merchant, is checked against the product's own
facts (attributes, description, options) before it can be published; see
``docs/merchant.md``.
"""

from tradewinds.merchant.batch import CopyItem, check_copies, read_copies, write_verdicts
from tradewinds.merchant.checker import LANGUAGES, check_copy
from tradewinds.merchant.duplicates import DuplicateIndex
from tradewinds.merchant.facts import Fact, ProductFacts, facts_from_product, product_facts
from tradewinds.merchant.findings import (
    CONTRADICTIONS,
    KINDS,
    CopyCheck,
    CopyPolicy,
    Finding,
)
from tradewinds.merchant.generate import (
    GeneratedCopy,
    copy_languages,
    generate_copy,
)
from tradewinds.merchant.generate_batch import CopyRunSummary, generate_catalog
from tradewinds.merchant.listing import ListingCopy

__all__ = [
    "CONTRADICTIONS",
    "KINDS",
    "LANGUAGES",
    "CopyCheck",
    "CopyItem",
    "CopyPolicy",
    "CopyRunSummary",
    "DuplicateIndex",
    "Fact",
    "Finding",
    "GeneratedCopy",
    "ListingCopy",
    "ProductFacts",
    "check_copies",
    "check_copy",
    "copy_languages",
    "facts_from_product",
    "generate_catalog",
    "generate_copy",
    "product_facts",
    "read_copies",
    "write_verdicts",
]
