"""The shopping assistant: a grounded, tool-using conversation for shoppers.

>>> from tradewinds.assistant import ask
>>> answer = ask(db, tenant, "waterproof jacket under $80", settings)  # doctest: +SKIP
>>> answer.text, answer.products, answer.citations  # doctest: +SKIP

Tools are plain functions over the store, search and routing (:mod:`.tools`); the planner
reads intent and slots with rules or the ``extract`` model through the gateway, runs the
tools deterministically and composes the answer from templates; the grounding verifier
checks every product, price, stock level and order fact against the tool results before
the answer leaves.
"""

from tradewinds.assistant.agent import AgentFailed, run_agent

# The `bench assistant` harness (tasks, store, runs, scoring), for the CLI.
from tradewinds.assistant.bench_reference import read_reference
from tradewinds.assistant.bench_tasks import read_results, read_tasks
from tradewinds.assistant.conversation import (
    MAX_MESSAGE_CHARS,
    UNDERSTAND_MODES,
    Answer,
    BadAssistantRequest,
    ask,
    check_message,
    session_history,
)
from tradewinds.assistant.evaluation import (
    bench_store,
    build_index,
    check_customers,
    load_average,
    run_tasks,
    warm_up,
)
from tradewinds.assistant.facts import (
    Comparison,
    OrderFacts,
    PolicyPassage,
    ProductCard,
    ProductDetails,
    Recommendation,
    ToolResult,
    VariantStock,
)
from tradewinds.assistant.grounding import Verified, verify_answer
from tradewinds.assistant.intent import Plan
from tradewinds.assistant.model_plan import PLAN_SCHEMA, extract_plan
from tradewinds.assistant.parse import parse_message
from tradewinds.assistant.policies import policy_directory, search_policies
from tradewinds.assistant.recommend import recommend_products
from tradewinds.assistant.scoring import latency, score
from tradewinds.assistant.toolcalls import TOOL_SCHEMAS
from tradewinds.assistant.tools import (
    DeliveryRule,
    ToolContext,
    check_stock,
    compare_products,
    order_status,
    product_cards,
    product_details,
    search_products,
)

__all__ = [
    "MAX_MESSAGE_CHARS",
    "PLAN_SCHEMA",
    "TOOL_SCHEMAS",
    "UNDERSTAND_MODES",
    "AgentFailed",
    "Answer",
    "BadAssistantRequest",
    "Comparison",
    "DeliveryRule",
    "OrderFacts",
    "Plan",
    "PolicyPassage",
    "ProductCard",
    "ProductDetails",
    "Recommendation",
    "ToolContext",
    "ToolResult",
    "VariantStock",
    "Verified",
    "ask",
    "bench_store",
    "build_index",
    "check_customers",
    "check_message",
    "check_stock",
    "compare_products",
    "extract_plan",
    "latency",
    "load_average",
    "order_status",
    "parse_message",
    "policy_directory",
    "product_cards",
    "product_details",
    "read_reference",
    "read_results",
    "read_tasks",
    "recommend_products",
    "run_agent",
    "run_tasks",
    "score",
    "search_policies",
    "search_products",
    "session_history",
    "verify_answer",
    "warm_up",
]
