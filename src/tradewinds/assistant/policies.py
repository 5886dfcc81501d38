"""Store policies (returns, shipping, warranty) answered by BM25 retrieval over the
tenant's Markdown or text files in ``<home>/policies/<tenant slug>/``.

Documents are split at Markdown headings (and at blank lines within long sections), so a
passage is a small self-contained rule the answer can quote and cite.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from tradewinds.assistant.facts import PolicyPassage
from tradewinds.core.settings import Settings
from tradewinds.text import STOP_WORDS, has_chinese, to_chinese, to_english

_STOP = STOP_WORDS | frozenset(
    [
        "can",
        "do",
        "does",
        "how",
        "i",
        "if",
        "my",
        "we",
        "what",
        "when",
        "where",
        "which",
        "you",
        "your",
        "any",
        "anything",
        "some",
        "all",
        "other",
        "there",
        "it",
        "is",
        "are",
        "have",
        "has",
        "got",
        "get",
        "me",
    ]
)  # and the words of asking
MAX_PASSAGE_CHARS = 600
GLOSS_WEIGHT = 0.35  # share of a word's score when only a Chinese passage's translation has it
MIN_POLICY_TERMS = 2  # a question shares at least two words with the policies to be about them
SAME_LANGUAGE_BONUS = 2.0  # a passage in the question's language wins unless the other scores 2x
# How shoppers ask versus how policies are written, and Chinese policy words in English
# (and back, through the English side), so a question finds its rule in either language.
_SYNONYMS = (
    ("send back", "return"), ("sent back", "return"), ("sending back", "return"),
    ("bring back", "return"), ("take back", "return"), ("money back", "refund"),
    ("how long", "days"), ("how soon", "days"), ("how many days", "days"),
    ("till", "days"), ("until", "days"), ("wore", "worn"), ("wear", "worn"),
    ("broken", "faulty damaged"), ("ship", "delivery"), ("shipped", "delivery"),
    ("shipping", "delivery"), ("deliver", "delivery"), ("delivered", "delivery"),
    ("set up", "assembly"), ("put together", "assembly"), ("assemble", "assembly"),
    ("assembled", "assembly"), ("install", "installation"), ("installed", "installation"),
    ("overnight", "next-day"), ("overnighted", "next-day"), ("next day", "next-day"),
    ("overseas", "international"), ("abroad", "international"),
    ("退货", "return"), ("退回", "return"), ("退款", "refund"), ("换货", "exchange"),
    ("换", "exchange"), ("保修", "warranty"), ("质保", "warranty"), ("运费", "shipping cost"),
    ("邮费", "shipping cost"), ("包邮", "free shipping"), ("寄", "ship"), ("寄到", "ship"),
    ("发货", "ship"), ("配送", "delivery"), ("送达", "delivery"), ("送到", "delivery"),
    ("国际", "international"),
    ("海外", "international"), ("国外", "international"), ("中国", "china international"),
    ("次日达", "next-day delivery"), ("隔日达", "next-day delivery"), ("当日达", "same-day"),
    ("保价", "price match"), ("价保", "price protection"), ("差价", "price difference"),
    ("比价", "price match"), ("延保", "extended warranty"), ("礼品包装", "gift wrap"),
    ("加急", "expedited"), ("多久", "days"), ("几天", "days"), ("工作日", "business days"),
    ("穿过", "worn"),
    ("损坏", "damaged faulty"),
)  # fmt: skip


def policy_directory(settings: Settings, tenant_slug: str) -> Path:
    """Where a tenant's policy documents live."""
    return settings.home / "policies" / tenant_slug


@lru_cache(maxsize=1)
def _stop_tokens() -> frozenset[str]:
    from tradewinds.text import CHINESE_STOP_WORDS, analyse

    return frozenset(token for word in _STOP | CHINESE_STOP_WORDS for token in analyse(word))


def policy_tokens(text: str) -> list[str]:
    """Search's analyser (Snowball stems, jieba for Chinese, units) minus question words."""
    from tradewinds.text import analyse

    stop = _stop_tokens()
    return [token for token in analyse(text) if token not in stop]


def _passages(path: Path) -> list[tuple[str, str]]:
    heading = path.stem
    lines: list[str] = []
    found: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = re.match(r"^#{1,6}\s+(.*)$", line)
        if match:
            if "".join(lines).strip():
                found.append((heading, "\n".join(lines).strip()))
            heading, lines = match.group(1).strip(), []
        else:
            lines.append(line)
    if "".join(lines).strip():
        found.append((heading, "\n".join(lines).strip()))
    split: list[tuple[str, str]] = []
    for head, body in found:
        if len(body) <= MAX_PASSAGE_CHARS:
            split.append((head, body))
        else:
            split += [(head, p.strip()) for p in re.split(r"\n\s*\n", body) if p.strip()]
    return split


def expand_question(question: str) -> str:
    """``question`` with the policy words its phrases stand for added ("send them back"
    → "return", "运费" → "shipping cost"), so it matches however the rule is worded.

    >>> expand_question("can I send them back?")
    'can I send them back? return'

    A Chinese question also gets its words in English (the dictionary's), so it finds an
    English policy.
    """
    lowered = " ".join(question.lower().split())
    lowered = re.sub(r"\b(send|sent|sending|bring|take)\s+(?:\w+\s+){1,2}back\b", r"\1 back",
                     lowered)  # fmt: skip
    lowered = re.sub(r"\b(set|put)\s+(?:\w+\s+){1,2}(up|together)\b", r"\1 \2", lowered)
    added: list[str] = []
    for phrase, words in _SYNONYMS:
        found = (
            phrase in lowered
            if has_chinese(phrase)
            else re.search(rf"\b{re.escape(phrase)}\b", lowered)
        )
        if found and words not in added:
            added.append(words)
    if has_chinese(question):
        added.append(to_english(question))
    return " ".join([question, *added])


def _translated(question: str, texts: Iterable[str]) -> str:
    """``question``'s words in the other language of the policies (the dictionary's): a
    Chinese question's in English, an English one's in Chinese when a policy text is."""
    if has_chinese(question):
        return to_english(question)
    if any(has_chinese(text) for text in texts):
        return to_chinese(question)
    return ""


def policy_wording(question: str, texts: Iterable[str]) -> str:
    """The words a policy text is matched with: :func:`expand_question` (a Chinese
    question's English words included), and an English question's Chinese words when one
    of ``texts`` is Chinese."""
    wording = expand_question(question)
    return wording if has_chinese(question) else f"{wording} {_translated(question, texts)}"


_Passage = tuple[str, str, str, list[str], list[str]]  # file, heading, text, tokens, gloss


def _documents(directory: Path) -> tuple[_Passage, ...]:
    """Every passage of the policy files in ``directory``: (file, heading, text, tokens).
    Read and tokenised once per version of the files (name, size and modification time):
    policy routing asks on every question, and an edited file is read again."""
    if not directory.is_dir():
        return ()
    files = sorted(
        p for p in directory.iterdir()
        if p.suffix.lower() in {".md", ".markdown", ".txt"} and p.is_file()
    )  # fmt: skip
    signature = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _read_documents(str(directory), signature)


@lru_cache(maxsize=64)
def _read_documents(
    directory: str, signature: tuple[tuple[str, int, int], ...]
) -> tuple[_Passage, ...]:
    docs: list[_Passage] = []
    for name, _, _ in signature:
        for heading, body in _passages(Path(directory) / name):
            tokens = policy_tokens(f"{heading} {heading} {body}")
            gloss: list[str] = []
            if has_chinese(f"{heading} {body}"):
                # Its words in English too (the dictionary's and the synonyms'), so an
                # English question finds a Chinese rule: translating the passage reads
                # better than translating the question word by word.
                gloss = policy_tokens(expand_question(f"{heading} {body}"))
            docs.append((name, heading, body, tokens, gloss))
    return tuple(docs)


@lru_cache(maxsize=256)
def _title_tokens(name: str) -> frozenset[str]:
    """The words of a policy file's name ("price-match.md" → price, match)."""
    return frozenset(policy_tokens(re.sub(r"[-_.]+", " ", Path(name).stem)))


def policy_coverage(directory: Path, question: str) -> float:
    """The largest share of the question's words that one policy passage and its file's
    name contain (at least two of them), 0 to 1: how much a question is about the store's
    own rules ("is there a restocking fee if I opened it?" → 1.0), whatever words its
    policies use."""
    docs = _documents(directory)
    # A passage counts with its document's title (the file name's words): "When to ask"
    # in price-match.md is about price matches though its text need not say so. (Only
    # here: in ranking, a word in every passage of a file would tell them apart less.)
    best = 0.0
    glossed = not has_chinese(question)  # a Chinese question reads Chinese passages as written
    for wording in (question, _translated(question, (doc[2] for doc in docs))):
        terms = set(policy_tokens(wording))
        for doc in docs:
            words = set(doc[3]) | (set(doc[4]) if glossed else set())
            shared = len(terms & (words | _title_tokens(doc[0])))
            if shared >= MIN_POLICY_TERMS:
                best = max(best, shared / len(terms))
    return best


MEANING_WEIGHT = 0.5  # share of a passage's score from its meaning when the model is there
MIN_MEANING = 0.45  # a passage this close in meaning answers even with none of the words


def _meanings(settings: Settings | None, question: str, docs: tuple[_Passage, ...]) -> list[float]:
    """How close in meaning each passage is to ``question`` (0 when no embedding model is
    given or it fails). Two English texts are compared under the ``embed`` model; a
    Chinese question or passage under the multilingual one, so a Chinese question meets an
    English rule and "can you ship to the US?" a Chinese one."""
    if settings is None:
        return [0.0] * len(docs)
    from tradewinds.assistant.semantic import similarities

    found = similarities(settings, question, [f"{d[1]}: {d[2]}" for d in docs], multilingual=True)
    return [max(0.0, value) for value in found] if found else [0.0] * len(docs)


def search_policies(
    directory: Path,
    question: str,
    *,
    limit: int = 2,
    k1: float = 1.2,
    b: float = 0.75,
    settings: Settings | None = None,
    about: str = "",
    own_language_first: bool = True,
) -> list[PolicyPassage]:
    """The passages of the policy files in ``directory`` that best answer ``question``
    (Okapi BM25 over passage text plus heading; passages scoring 0 are left out).

    With ``settings`` the passages' meaning counts too: half the score is the cosine of
    the question and the passage under the ``embed`` model (BM25 scaled to the best
    passage's), so "will they bring it inside and set it up?" finds "in-room delivery and
    assembly" though the two share no word. ``about`` is what the product the question
    names is (its kind): words matched too, so "can the VoltBoost 1000A go overnight?"
    finds the rule for jump starters. ``own_language_first`` doubles the score of a
    passage in the question's language (a rule the shopper can read wins ties)."""
    docs = _documents(directory)
    if not docs:
        return []
    terms = set(policy_tokens(policy_wording(f"{question} {about}", (doc[2] for doc in docs))))
    chinese = has_chinese(question)
    # A Chinese passage's English words serve questions in English only: a Chinese
    # question matches it by its own words (and English rules by the question's English).
    glosses = [set() if chinese else set(d[4]) for d in docs]
    avg = sum(len(d[3]) for d in docs) / len(docs)
    df = Counter(t for d, g in zip(docs, glosses, strict=True) for t in set(d[3]) | g if t in terms)
    scores: list[float] = []
    for (_, _, body, tokens, _), gloss in zip(docs, glosses, strict=True):
        tf = Counter(t for t in tokens if t in terms)
        weight = dict.fromkeys(tf, 1.0)
        for term in (gloss & terms) - set(tf):  # a translation's word: once, discounted
            tf[term], weight[term] = 1, GLOSS_WEIGHT
        score = 0.0
        for term, freq in tf.items():
            idf = math.log(1 + (len(docs) - df[term] + 0.5) / (df[term] + 0.5))
            fit = freq * (k1 + 1) / (freq + k1 * (1 - b + b * len(tokens) / avg))
            score += weight[term] * idf * fit
        if score > 0 and has_chinese(body) == chinese and own_language_first:
            score *= SAME_LANGUAGE_BONUS
        scores.append(score)
    meanings = _meanings(settings, question, docs)
    if settings is not None and any(m > 0 for m in meanings):
        best = max(scores) or 1.0
        scores = [
            (1 - MEANING_WEIGHT) * score / best + MEANING_WEIGHT * meaning
            if score > 0 or meaning >= MIN_MEANING
            else 0.0
            for score, meaning in zip(scores, meanings, strict=True)
        ]
    scored: list[PolicyPassage] = []
    for (name, heading, body, _, _), score in zip(docs, scores, strict=True):
        if score > 0:
            scored.append(PolicyPassage(name, heading, " ".join(body.split()), round(score, 4)))
    scored.sort(key=lambda p: (-p.score, p.document, p.heading))
    # A passage far weaker than the best one answers a different question.
    return [p for p in scored[:limit] if p.score >= scored[0].score * 0.6]
