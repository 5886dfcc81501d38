"""Product search: hybrid BM25 + dense retrieval with query understanding, facets,
merchandising and analytics, over a per-tenant index in the data directory.

>>> from tradewinds.search import SearchRequest, search_products
>>> request = SearchRequest(query="red running shoes under $80")
>>> body = search_products(db, tenant, request, settings)  # doctest: +SKIP
"""

from tradewinds.search.admin import import_synonyms, list_synonyms
from tradewinds.search.analytics import (
    DayCount,
    QueryReport,
    QueryStat,
    query_report,
    record_click,
    search_report,
    suggest,
)

# Tuning and benchmark tools of the CLI (`search encoder`, `search ranker`, `bench search`).
from tradewinds.search.bench import run_benchmark
from tradewinds.search.conversion import converted_searches
from tradewinds.search.encoder_training import default_output as default_encoder_folder
from tradewinds.search.encoder_training import fit_encoder
from tradewinds.search.encoders import choose_encoder, chosen_encoder, drop_encoder, live_encoder
from tradewinds.search.engine import (
    MAX_QUERY_CHARS,
    SORTS,
    BadSearchRequest,
    SearchRequest,
    check_query_text,
    search_products,
)
from tradewinds.search.lag import IndexLag, index_lag
from tradewinds.search.merchandising import add_rule
from tradewinds.search.paths import index_directory
from tradewinds.search.ranker import RankerStatus, ranker_directory, ranker_status, tenant_ranker
from tradewinds.search.ranker import remove as remove_ranker
from tradewinds.search.ranker_training import fit_tenant as fit_ranker
from tradewinds.search.retrieval import RetrievalParams
from tradewinds.search.rule_editing import (
    ACTIONS,
    InvalidRule,
    RuleDraft,
    RuleEntry,
    delete_rule,
    rule_entries,
    rule_entry,
    save_rule,
)
from tradewinds.search.sync import (
    ReindexReport,
    catch_up,
    close_indexes,
    index_products,
    open_index,
    reindex,
)
from tradewinds.search.synonym_editing import (
    InvalidSynonym,
    SynonymDraft,
    SynonymEntry,
    delete_synonym,
    save_synonym,
    synonym_entries,
    synonym_entry,
)
from tradewinds.search.synonyms import SynonymRule, parse_synonyms
from tradewinds.search.understanding import Understanding, extract_query, parse_query
from tradewinds.text import analyse

__all__ = [
    "ACTIONS",
    "MAX_QUERY_CHARS",
    "SORTS",
    "BadSearchRequest",
    "DayCount",
    "IndexLag",
    "InvalidRule",
    "InvalidSynonym",
    "QueryReport",
    "QueryStat",
    "RankerStatus",
    "ReindexReport",
    "RetrievalParams",
    "RuleDraft",
    "RuleEntry",
    "SearchRequest",
    "SynonymDraft",
    "SynonymEntry",
    "SynonymRule",
    "Understanding",
    "add_rule",
    "analyse",
    "catch_up",
    "check_query_text",
    "choose_encoder",
    "chosen_encoder",
    "close_indexes",
    "converted_searches",
    "default_encoder_folder",
    "delete_rule",
    "delete_synonym",
    "drop_encoder",
    "extract_query",
    "fit_encoder",
    "fit_ranker",
    "import_synonyms",
    "index_directory",
    "index_lag",
    "index_products",
    "list_synonyms",
    "live_encoder",
    "open_index",
    "parse_query",
    "parse_synonyms",
    "query_report",
    "ranker_directory",
    "ranker_status",
    "record_click",
    "reindex",
    "remove_ranker",
    "rule_entries",
    "rule_entry",
    "run_benchmark",
    "save_rule",
    "save_synonym",
    "search_products",
    "search_report",
    "suggest",
    "synonym_entries",
    "synonym_entry",
    "tenant_ranker",
]
