"""Merchant tools: the listing-copy fact checker, copy generation and the review
workflow (issue 19).

>>> from tradewinds.merchant import ProductFacts, check_copy
>>> facts = ProductFacts("mug", "Trail Mug", attributes=(("material", "Stainless steel"),))
>>> check_copy(facts, "A copper mug for the trail.", "en").findings[0].kind
'material'

Every copy, generated or written by the merchant, is checked against the product's own
facts (attributes, description, options) before it can be published. Drafts are reviewed
(approve, reject, edit), published by an explicit call, kept as versions and reverted;
see ``docs/merchant.md``. Bulk generation over a filter runs as ``merchant.copy`` jobs on
the shared queue (:func:`submit_copy_job`), writing drafts only.
"""

from tradewinds.merchant.batch import (
    CopyItem,
    check_copies,
    load_catalog_facts,
    read_copies,
    write_verdicts,
)
from tradewinds.merchant.catalogue_index import catalogue_duplicates
from tradewinds.merchant.checker import LANGUAGES, check_copy
from tradewinds.merchant.copy_filter import CopyFilter
from tradewinds.merchant.copy_job_run import COPY_JOB  # registers the kind merchant.copy
from tradewinds.merchant.copy_jobs import (
    COPY_JOB_KIND,
    CopyQueueFull,
    job_summary,
    submit_copy_job,
)
from tradewinds.merchant.copy_settings import (
    CopySettingsView,
    copy_settings,
    default_language,
    set_copy_settings,
)
from tradewinds.merchant.copy_text import copy_from_text
from tradewinds.merchant.diff import FieldDiff, copy_diff, draft_diff
from tradewinds.merchant.draft_queue import DraftPage, draft_queue, model_failure
from tradewinds.merchant.drafts import (
    ORIGINS,
    STATUSES,
    Draft,
    create_draft,
    get_draft,
    list_drafts,
)
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
from tradewinds.merchant.generate_draft import generate_draft
from tradewinds.merchant.listing import ListingCopy
from tradewinds.merchant.publish import body_html, publish, revert
from tradewinds.merchant.review import approve, edit, edited_origin, reject
from tradewinds.merchant.shop_copy import ShopCopy, shop_copy
from tradewinds.merchant.versions import Version, versions

__all__ = [
    "CONTRADICTIONS",
    "COPY_JOB",
    "COPY_JOB_KIND",
    "KINDS",
    "LANGUAGES",
    "ORIGINS",
    "STATUSES",
    "CopyCheck",
    "CopyFilter",
    "CopyItem",
    "CopyPolicy",
    "CopyQueueFull",
    "CopyRunSummary",
    "CopySettingsView",
    "Draft",
    "DraftPage",
    "DuplicateIndex",
    "Fact",
    "FieldDiff",
    "Finding",
    "GeneratedCopy",
    "ListingCopy",
    "ProductFacts",
    "ShopCopy",
    "Version",
    "approve",
    "body_html",
    "catalogue_duplicates",
    "check_copies",
    "check_copy",
    "copy_diff",
    "copy_from_text",
    "copy_languages",
    "copy_settings",
    "create_draft",
    "default_language",
    "draft_diff",
    "draft_queue",
    "edit",
    "edited_origin",
    "facts_from_product",
    "generate_catalog",
    "generate_copy",
    "generate_draft",
    "get_draft",
    "job_summary",
    "list_drafts",
    "load_catalog_facts",
    "model_failure",
    "product_facts",
    "publish",
    "read_copies",
    "reject",
    "revert",
    "set_copy_settings",
    "shop_copy",
    "submit_copy_job",
    "versions",
    "write_verdicts",
]
