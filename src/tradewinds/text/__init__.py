"""Text knowledge every capability shares, written once: which script and language a
text is in, words (jieba for Chinese, Snowball stems for English, stop words), units and
measured quantities, colours, and budgets.

>>> from tradewinds.text import detect_language, analyse, take_budget, parse_quantities
>>> detect_language("200元以下的红色外套"), analyse("Running Shoes")
('zh', ['run', 'shoe'])

A layer of its own just above ``core``: it imports nothing else of ours, and search, the
assistant, compliance and the merchant tools all read text through it.
"""

from tradewinds.text.bilingual import (
    CHINESE_STOP_WORDS,
    chinese_words,
    to_chinese,
    to_english,
    translations,
)
from tradewinds.text.budget import Budget, amount, approximate_amount, names_currency, take_budget
from tradewinds.text.colours import (
    COLOUR_NAMES,
    COLOURS,
    chinese_colour,
    colour_names,
    english_colour,
)
from tradewinds.text.counts import Count, count_constraints, count_noun, counts
from tradewinds.text.heads import head_word
from tradewinds.text.measures import (
    BASE_UNITS,
    MeasureConstraint,
    Quantity,
    measure_constraints,
    parse_quantities,
    quantity_of,
    unit_dimension,
)
from tradewinds.text.numerals import arabic_numerals
from tradewinds.text.script import (
    chinese_count,
    detect_language,
    has_chinese,
    is_spaceless,
    latin_word_count,
)
from tradewinds.text.sentences import split_sentences
from tradewinds.text.tokens import STOP_WORDS, analyse, cut_words, stem
from tradewinds.text.units import normalise_units

__all__ = [
    "BASE_UNITS",
    "CHINESE_STOP_WORDS",
    "COLOURS",
    "COLOUR_NAMES",
    "STOP_WORDS",
    "Budget",
    "Count",
    "MeasureConstraint",
    "Quantity",
    "amount",
    "analyse",
    "approximate_amount",
    "arabic_numerals",
    "chinese_colour",
    "chinese_count",
    "chinese_words",
    "colour_names",
    "count_constraints",
    "count_noun",
    "counts",
    "cut_words",
    "detect_language",
    "english_colour",
    "has_chinese",
    "head_word",
    "is_spaceless",
    "latin_word_count",
    "measure_constraints",
    "names_currency",
    "normalise_units",
    "parse_quantities",
    "quantity_of",
    "split_sentences",
    "stem",
    "take_budget",
    "to_chinese",
    "to_english",
    "translations",
    "unit_dimension",
]
