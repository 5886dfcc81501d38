"""Languages: negotiation, the Chinese catalogue's completeness, money formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2.ext import babel_extract

from tradewinds.web.i18n import format_money, messages, pick_language
from tradewinds.web.templating import TEMPLATES


@pytest.mark.parametrize(
    ("query", "cookie", "header", "expected"),
    [
        ("zh", "en", "en", "zh"),
        (None, "zh", "en-US", "zh"),
        ("fr", None, "zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        (None, None, "fr-FR, en;q=0.5, zh;q=0.7", "zh"),
        (None, None, "de, fr", "en"),
        (None, None, "zh;q=0, en;q=0.1", "en"),
        (None, None, "", "en"),
        (None, "klingon", "en;q=bad, zh-TW", "zh"),
    ],
)
def test_pick_language(query: str | None, cookie: str | None, header: str, expected: str) -> None:
    assert pick_language(query, cookie, header) == expected


def test_every_page_text_has_a_chinese_translation() -> None:
    catalogue = messages("zh")
    missing = []
    for path in sorted(Path(TEMPLATES).rglob("*.html")):
        with path.open("rb") as handle:
            for line, _func, message, _comments in babel_extract(
                handle, ("_", "gettext", "ngettext"), [], {}
            ):
                key = message if isinstance(message, str) else message[0]
                if key not in catalogue:
                    missing.append(f"{path.name}:{line} {key!r}")
    assert missing == []


def test_money_in_each_language() -> None:
    assert format_money(199999, "USD", "en") == "$1,999.99"
    assert format_money(199999, "USD", "zh") == "US$1,999.99"
    assert format_money(1999, "CNY", "zh") == "¥19.99"
    assert format_money(500, "JPY", "en") == "¥500"
