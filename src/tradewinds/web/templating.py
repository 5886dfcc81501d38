"""The Jinja2 environment of the pages: autoescaped, translated, one per language.

Each language gets its own environment with the i18n extension's ``_``/``gettext``
installed, so rendering never switches translations under a concurrent request.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from tradewinds.web.i18n import format_money, messages

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=4)
def environment(language: str) -> Environment:
    """The template environment for ``language`` (cached; environments are thread-safe)."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"], default_for_string=True),
        undefined=StrictUndefined,  # a missing context value is a bug, not an empty string
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    catalogue = messages(language)

    def gettext(message: str) -> str:
        return catalogue.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        # Chinese has one form; English chooses by n. Plural entries are keyed by the singular.
        if language == "zh":
            return catalogue.get(singular, plural)
        return singular if n == 1 else plural

    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["money"] = lambda minor, currency: format_money(minor, currency, language)
    return env


def render(template: str, language: str, context: dict[str, Any]) -> str:
    """Render ``template`` (a path under ``templates/``) in ``language``."""
    return environment(language).get_template(template).render(lang=language, **context)
