"""Which rules read a message: refusals first, then the English or the Chinese parser.

The two parsers share the plan and its helpers (``intent.py``); ``intent_zh.py`` builds on
``intent.py``, and this module sits above both, so neither imports the other back.
"""

from __future__ import annotations

from tradewinds.assistant.intent import REFUSE, Plan, parse_english
from tradewinds.assistant.intent_zh import parse_chinese
from tradewinds.assistant.refusal import is_off_limits
from tradewinds.text import arabic_numerals, detect_language


def parse_message(message: str) -> Plan:
    """Read the intent and slots with deterministic rules (English or Chinese).

    >>> parse_message("waterproof jacket under $80 in blue").max_price
    Decimal('80')
    """
    language = detect_language(message)
    if is_off_limits(message):
        return Plan(intent=REFUSE, language=language)
    message = arabic_numerals(message)  # "两百左右", "under 1.5k": budgets read digits
    if language == "zh":
        return parse_chinese(message)
    return parse_english(message, language)
