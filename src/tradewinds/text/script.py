"""Which script a text is written in: Chinese (Han characters) or Latin, and the language
the shopper writes in, decided once for every capability.

A message is Chinese when it has Chinese characters and they are not a small part of
mostly Latin text ("tell me about 红茶" stays English); a message with no letters at all
("#1001", "$30?") says nothing, and a conversation keeps the language it had.
"""

from __future__ import annotations

import re

CJK_CLASS = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# Scripts written without spaces between words (Han, kana, hangul): word boundaries
# (\b) mean nothing there, so a pattern in them matches as a plain substring.
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_CJK = re.compile(CJK_CLASS)
_LATIN = re.compile(r"[A-Za-z]")
_NOT_WORDS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+")


def detect_language(text: str) -> str | None:
    """``zh``, ``en``, or ``None`` when the text has no letters to tell by.

    >>> [detect_language(t) for t in ("200元以下的红色外套", "rain jacket", "#1001")]
    ['zh', 'en', None]
    >>> detect_language("is the 保温杯 dishwasher safe?")
    'en'

    """
    text = _NOT_WORDS.sub(" ", text)  # an e-mail address or a link says nothing
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    # A Chinese character carries about as much as three Latin letters (an English word
    # is ~5 letters, its Chinese ~2 characters): "A 和 Crispwell Compact Air Fryer 哪个更轻"
    # is a Chinese sentence naming an English product.
    if cjk and cjk * 3 >= latin:
        return "zh"
    if latin:
        return "en"
    return None


def has_chinese(text: str) -> bool:
    """Whether ``text`` contains a Chinese (Han) character."""
    return _CJK.search(text) is not None


def chinese_count(text: str) -> int:
    """How many Chinese characters ``text`` has."""
    return len(_CJK.findall(text))


def latin_word_count(text: str, min_letters: int = 1) -> int:
    """How many runs of at least ``min_letters`` Latin letters ``text`` has."""
    return len(re.findall(rf"[A-Za-z]{{{min_letters},}}", text))


def is_spaceless(text: str) -> bool:
    """Whether ``text`` contains a script written without spaces (Han, kana, hangul)."""
    return _SPACELESS.search(text) is not None


def mostly_spaceless(text: str) -> bool:
    """Whether ``text`` is written mainly in a script without spaces (Han, kana, hangul),
    each such character counting as three Latin letters (as in :func:`detect_language`).

    >>> [mostly_spaceless(t) for t in ("这把刀锋利吗", "この包丁")]
    [True, True]
    >>> mostly_spaceless("is this 保温杯 dishwasher-safe?")
    False
    """
    text = _NOT_WORDS.sub(" ", text)
    spaceless = len(_SPACELESS.findall(text))
    return bool(spaceless) and spaceless * 3 >= len(_LATIN.findall(text))
