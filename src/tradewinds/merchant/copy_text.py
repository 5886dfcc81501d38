# ruff: noqa: RUF001, RUF002 - Chinese labels are written with full-width colons
"""A listing copy written by a person as plain text (or as the JSON of a ``ListingCopy``).

The text layout::

    Trail Kettle                      <- the first line: the title
    - Holds 2.5 L                     <- "- ", "* " or "• " lines: bullets
    Boils in five minutes.            <- other lines: the description, one paragraph a line
    SEO title: Trail Kettle 2.5 L     <- optional, also "SEO标题："
    Meta description: A 2.5 L ...     <- optional, also "元描述："
"""

from __future__ import annotations

import json
import re

from tradewinds.core.errors import InvalidInput
from tradewinds.merchant.checker import LANGUAGES
from tradewinds.merchant.listing import ListingCopy

_BULLET = re.compile(r"^\s*[-*•·]\s+")
_LABELS = {
    "seo_title": re.compile(r"^\s*(seo[ _-]?title|seo标题)\s*[:：]\s*", re.IGNORECASE),
    "meta_description": re.compile(r"^\s*(meta[ _-]?description|元描述)\s*[:：]\s*", re.IGNORECASE),
    "title": re.compile(r"^\s*(title|标题)\s*[:：]\s*", re.IGNORECASE),
}


def copy_from_text(text: str, language: str) -> ListingCopy:
    """Read a person's copy: the layout above, or a ``ListingCopy`` as JSON.

    >>> c = copy_from_text("Mug\\n- Light\\n- Tough\\n- Warm\\nHolds 350 ml.", "en")
    >>> c.title, c.bullets, c.description, c.origin
    ('Mug', ('Light', 'Tough', 'Warm'), 'Holds 350 ml.', 'merchant')

    Raises
    ------
    InvalidInput
        An unsupported language, an empty copy, or JSON that is not a listing copy (the
        message names the line and what was expected).
    """
    if language not in LANGUAGES:
        raise InvalidInput(f"Unsupported language {language!r}; supported: {', '.join(LANGUAGES)}")
    if text.lstrip().startswith("{"):
        return _from_json(text, language)
    title, bullets, description = "", [], []
    fields = {"seo_title": "", "meta_description": ""}
    for line in text.splitlines():
        if not line.strip():
            continue
        labelled = next(((k, p) for k, p in _LABELS.items() if p.match(line)), None)
        if labelled is not None and (labelled[0] != "title" or not title):
            name, pattern = labelled
            value = pattern.sub("", line, count=1).strip()
            if name == "title":
                title = value
            else:
                fields[name] = value
        elif not title:
            title = line.strip()
        elif _BULLET.match(line):
            bullets.append(_BULLET.sub("", line, count=1).strip())
        else:
            description.append(line.strip())
    if not title:
        raise InvalidInput("the copy is empty (expected its title on the first line)")
    return ListingCopy(
        language, title, tuple(bullets), "\n".join(description),
        seo_title=fields["seo_title"], meta_description=fields["meta_description"],
    )  # fmt: skip


def _from_json(text: str, language: str) -> ListingCopy:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"copy JSON line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise InvalidInput("copy JSON: expected an object with 'title', 'bullets', ...")
    data.setdefault("language", language)
    data.setdefault("origin", "merchant")
    if data["language"] != language:
        raise InvalidInput(f"copy JSON: language {data['language']!r} but {language!r} was given")
    try:
        return ListingCopy.from_dict(data)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"copy JSON: {exc}") from None
