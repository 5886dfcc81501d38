"""Categories derived from who a text is about: a score says *what* a text is, the words
around it say *whom* it targets.

``sexual_minors``: a ``sexual`` score that applies, in a text that names a minor (a child,
a teenager, an age under 18, in English or Chinese), is also a ``sexual_minors`` score;
the default policy blocks that category at the flag threshold, whatever the context.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from tradewinds.compliance.verdict import SEXUAL_MINORS

_AGE_UNDER_18 = r"(?:1[0-7]|[1-9])"
_MINOR_EN = re.compile(
    r"\b(?:child|children|kids?|minors?|under-?age[d]?|pre-?teens?|teens?|teenagers?|"
    r"toddlers?|infants?|little (?:girls?|boys?)|school ?(?:girls?|boys?|children|kids?)|"
    r"pupils?|juveniles?|pedo\w*|paedo\w*|loli\w*|"
    rf"{_AGE_UNDER_18}[- ]?(?:years?|yrs?|yo)(?:[- ]old)?|under (?:the age of )?1[0-8])\b",
    re.IGNORECASE,
)
_ZH_AGE = r"(?:1[0-7]|[1-9]|十[一二三四五六七]?|[一二两三四五六七八九])"
_MINOR_ZH = re.compile(
    r"儿童|幼女|幼童|幼儿|未成年|小孩|孩子|小女孩|小男孩|小学生|初中生|中学生|萝莉|娈童|恋童"
    rf"|{_ZH_AGE}岁"
)


def names_minor(text: str) -> bool:
    """Whether ``text`` names a child or teenager.

    >>> names_minor("a 12 year old girl"), names_minor("我女儿8岁了"), names_minor("adult sizes")
    (True, True, False)
    """
    text = unicodedata.normalize("NFKC", text)
    return bool(_MINOR_EN.search(text) or _MINOR_ZH.search(text))


def derive(text: str, scores: Mapping[str, float], threshold: float) -> dict[str, float]:
    """``scores`` plus the categories derived from the text's target.

    >>> derive("explicit story about a 12 year old", {"sexual": 0.7}, 0.5)["sexual_minors"]
    0.7
    >>> "sexual_minors" in derive("explicit story about two adults", {"sexual": 0.7}, 0.5)
    False
    """
    result = dict(scores)
    sexual = result.get("sexual", 0.0)
    if sexual >= threshold and names_minor(text):
        result[SEXUAL_MINORS] = max(result.get(SEXUAL_MINORS, 0.0), sexual)
    return result
