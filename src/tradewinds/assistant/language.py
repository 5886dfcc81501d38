"""The languages the assistant answers in. Which language a text is in, and the colour
names of both, are read by :mod:`tradewinds.text` (shared with search and compliance)."""

from __future__ import annotations

LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"
