"""Questions about one product ("is it machine washable?", "how long does the battery
last?") answered from that product's listing: an attribute first, then the description
sentence that answers, found by words and by meaning; "the listing doesn't say" when
nothing does. Never a product list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradewinds.assistant.facts import ProductDetails
from tradewinds.assistant.measured import label
from tradewinds.assistant.semantic import similarities
from tradewinds.core.settings import Settings
from tradewinds.text import analyse, cut_words, has_chinese, parse_quantities, to_english

# Words of asking, not of the thing asked about (English, then Chinese).
_ASKING = frozenset(
    analyse(
        "is are was does do did can could will would should how what which when where who why "
        "it its this that these those they them one ones product item listing thing tell me "
        "about know say says any there have has get got much many please you your i my mine "
        "does come comes work works ok okay fine good use used using really actually also "
        "someone somebody anyone anybody person "
        "这个 那个 这款 那款 它 吗 呢 多少 什么 怎么 怎么样 如何 是否 是不是 "
        "能不能 可不可以 可以 能 "
        "有没有 请问 一下 的 了 是 有 用"
    )
)
# What a "how …" question measures, whatever the product (general English and Chinese).
_HINTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(r"\bhow\s+long\b|\bbattery\b|\blast(s|ing)?\b|多久|续航|多长时间", re.I),
        ("duration", "charge"),
    ),
    (re.compile(r"\bhow\s+heavy\b|\bweigh|多重|重量", re.I), ("mass",)),
    (
        re.compile(
            r"\bhow\s+(big|large|tall|wide|long|high|deep)\b|\bsize\b|\bdimension|多大|尺寸|"
            r"多长|多高|多宽",
            re.I,
        ),
        ("length", "volume"),
    ),
    (
        re.compile(r"\bcapacity\b|\bhold\b|\bhow\s+much\s+\w*\s*(fit|hold)|容量|装多少", re.I),
        ("volume", "people", "charge"),
    ),
    (re.compile(r"\bpower\b|\bwatt|功率", re.I), ("power",)),
    (re.compile(r"\bvolt|电压", re.I), ("voltage",)),
    (re.compile(r"\btorque\b|扭矩|扭力", re.I), ("torque",)),
    (re.compile(r"\bhow\s+many\s+(people|persons)\b|\bsleeps\b|几人|几个人", re.I), ("people",)),
    (re.compile(r"\bloud|\bquiet|\bnois|噪音|分贝", re.I), ("sound",)),
    (re.compile(r"\bbright|\blumen|亮度", re.I), ("luminous",)),
)
# Properties of one family that answer different questions: asked for the width, a height
# is not an answer.
_SIBLINGS = frozenset(analyse("width height length depth diameter thickness weight capacity"))
ATTRIBUTE_BONUS = 0.05  # a structured fact wins a close call over a sentence
MIN_SCORE = 0.42  # below this, nothing in the listing answers the question
TOPIC_BONUS = MIN_SCORE  # "what comes with it?": a sentence of that kind ("it includes…")


@dataclass(frozen=True)
class ListingAnswer:
    """What the listing says about a question: an attribute (``name``, ``text`` its
    value), a description sentence (``name`` "", ``text`` the sentence), or nothing
    (``text`` "")."""

    name: str
    text: str
    score: float

    @property
    def found(self) -> bool:
        return bool(self.text)


def topic_words(question: str, title: str) -> list[str]:
    """The question's words about the thing asked: neither asking words nor the product's
    own name. ``topic_words("is the Trail Mug dishwasher safe?", "Trail Mug")`` →
    ``['dishwash', 'safe']``."""
    named = analyse(title)
    asked = analyse(question)
    # a title word the question says more often than the title does is asked about too
    # ("what size laptop fits the Commuter Laptop Backpack?")
    return [w for w in asked if w not in _ASKING and asked.count(w) > named.count(w)]


def _hinted(question: str) -> tuple[str, ...]:
    dimensions: list[str] = []
    for pattern, dims in _HINTS:
        if pattern.search(question):
            dimensions += [d for d in dims if d not in dimensions]
    return tuple(dimensions)


def answer_from_listing(
    settings: Settings, details: ProductDetails, question: str
) -> ListingAnswer:
    """The attribute or description sentence of ``details`` that best answers
    ``question``, scored by shared words, meaning (cosine of the ``embed`` model) and
    whether it states the kind of quantity the question asks for."""
    asked = question
    if has_chinese(question) and not has_chinese(details.card.title):  # an English listing
        asked = f"{question} {to_english(question, per_word=2)}"
    topic = topic_words(asked, details.card.title)
    hinted = _hinted(question)
    wanted = _SIBLINGS.intersection(topic)
    candidates: list[tuple[str, str, str]] = [
        (name, value, f"{label(name)}: {value}") for name, value in details.attributes.items()
    ]
    candidates += [("", sentence, sentence) for sentence in details.sentences]
    kinds = [says for asks, says in _TOPICS if asks.search(question)]  # contents, care
    if not candidates or (not topic and not hinted and not kinds):
        return ListingAnswer("", "", 0.0)
    meaning = similarities(settings, without_words(asked, details.card.title),
                           [c[2] for c in candidates])  # fmt: skip
    best = ListingAnswer("", "", 0.0)
    for i, (name, value, text) in enumerate(candidates):
        words = set(analyse(text))
        if wanted and not wanted & words:
            continue  # only a statement of the width answers a question about the width
        lexical = sum(1 for w in topic if _said(w, words)) / len(topic) if topic else 0.0
        measured = any(q.dimension in hinted for q in parse_quantities(text)) if hinted else False
        listed = any(says.search(text) for says in kinds)
        cosine = meaning[i] if meaning is not None else lexical
        score = 0.5 * lexical + 0.5 * cosine + (0.25 if measured else 0.0)
        score += TOPIC_BONUS if listed else 0.0
        score += ATTRIBUTE_BONUS if name else 0.0
        if not (lexical or measured or listed or cosine >= 0.5):
            continue
        if score > best.score:
            best = ListingAnswer(name, value, score)
    return best if best.score >= MIN_SCORE else ListingAnswer("", "", best.score)


MIN_PREFIX = 4  # "freezer" and "freeze" (stem "freez") are one word here


def _said(word: str, words: set[str]) -> bool:
    """Whether ``word`` is among ``words``, or starts one (or one starts it) over at least
    ``MIN_PREFIX`` letters: the stemmer leaves "freezer" whole but cuts "freeze" to
    "freez"."""
    if word in words:
        return True
    if len(word) < MIN_PREFIX or has_chinese(word):
        return False
    return any(
        len(other) >= MIN_PREFIX and (other.startswith(word) or word.startswith(other))
        for other in words
    )


# "what comes with it?", "what's in the box", "配了哪些东西": the sentence that lists what
# the product includes answers it
_ASKS_CONTENTS = re.compile(
    r"\bcomes?\s+(?:with|in)\b|\bincluded?\b|\bin the (?:box|package|set)\b|"
    r"\bwhat(?:'s| is| all)?\s+(?:do (?:i|you) get|comes)|配了|配有|附带|附送|包含|含哪些|"
    r"有哪些(?:配件|东西)|送什么|带什么",
    re.I,
)
_LISTS_CONTENTS = re.compile(
    r"\bincludes?\b|\bincluded\b|\bcomes with\b|\bin the box\b|\bsupplied with\b|"
    r"\bset of\b|附带|附送|配有|配送|包含|包括|含有|赠送|套装",
    re.I,
)


# "how do I clean it?", "can it go in the washing machine?", "怎么清洗": care instructions
_ASKS_CARE = re.compile(
    r"\b(?:clean|cleaning|wash|washing|washable|care|launder|dry[- ]clean)\b|清洗|清洁|洗|保养",
    re.I,
)
_STATES_CARE = re.compile(
    r"\bwash|\bclean|\bwipe|\bdry\b|\bdishwasher|\bcare\b|\bbleach|\biron\b|洗|擦|清洁|晾",
    re.I,
)
# a question of one of these kinds is answered by a sentence of the matching kind
_TOPICS = ((_ASKS_CONTENTS, _LISTS_CONTENTS), (_ASKS_CARE, _STATES_CARE))


def without_words(question: str, words: str) -> str:
    """The question without ``words`` (a product's name, a colour), so meaning is judged
    on what is asked."""
    for word in sorted(set(words.split()), key=len, reverse=True):
        if len(word) > 2:
            question = re.sub(rf"(?i)\b{re.escape(word)}\b", " ", question)
    return " ".join(question.split()) or question


# Words that deny what follows them ("不能放洗碗机", "无涂层", "not dishwasher safe",
# "without a cord"). A bare 不 is not one: 不粘 (non-stick) and 不锈钢 (stainless) are
# properties.
_DENIAL = (
    r"(?:不能|不可以|不可|不宜|不适用于?|不支持|不建议|不要|不含|不带|禁止|请勿|切勿|勿|无法|"
    r"没有|无|not|no|non|without|never|cannot|can't|isn't|aren't|doesn't|don't)"
)
_DENIED = re.compile(rf"^\s*{_DENIAL}\s*", re.I)
# what may stand between a denial and the property: a verb or an article ("不可以放进
# 洗碗机", "无需插电", "not a", "without the")
_BETWEEN = (
    r"(?:(?:可以|能|可|用于|用|放进|放入|放|进入|进|装|接|带|含|需要|需|插)\s*"
    r"|(?:a|an|the|be)\s+)?"
)
_YES = re.compile(r"^\s*(?:yes|true|y|是|有|支持|可以)\s*[.。]?\s*$", re.I)
_NO = re.compile(r"^\s*(?:no|false|n|none|否|无|不支持|不可以|没有)\s*[.。]?\s*$", re.I)


def states(settings: Settings, details: ProductDetails, wanted: str) -> bool | None:
    """Whether ``details``'s listing says the product is or has ``wanted`` ("能进洗碗机",
    "dishwasher safe"; a denied property, "不要涂层", is True when the listing denies it):
    True or False from the attribute or description sentence that answers, None when the
    listing does not say."""
    return listing_says(settings, details, wanted)[0]


def listing_says(
    settings: Settings, details: ProductDetails, wanted: str
) -> tuple[bool | None, ListingAnswer]:
    """:func:`states`, with the attribute or sentence that decided."""
    denied = _DENIED.match(wanted)
    asked = wanted[denied.end() :] if denied else wanted
    found = answer_from_listing(settings, details, asked)
    if not found.found:
        return None, found
    if found.name and (_YES.match(found.text) or _NO.match(found.text)):
        says = _YES.match(found.text) is not None
    else:
        says = not _denies(found.text, asked)
    return says != bool(denied), found


def _denies(text: str, asked: str) -> bool:
    """Whether ``text`` denies one of the words ``asked`` is about ("无涂层", "not
    waterproof"): a denial right before it, a verb or two between ("不可以放进洗碗机")."""
    words = [w for w in cut_words(asked) if len(w) > 1 and w.lower() not in _ASKING_RAW]
    return any(re.search(rf"{_DENIAL}\s*{_BETWEEN}{re.escape(w)}", text, re.I) for w in words)


_ASKING_RAW = frozenset(
    ["is", "are", "does", "do", "can", "could", "will", "would", "it", "its", "this", "that",
     "the", "a", "an", "be", "这个", "那个", "能", "可以", "要", "的", "吗", "用", "进", "放"]
)  # fmt: skip
