"""A merchant's ``body_html`` as plain paragraphs, safe to show to shoppers.

No HTML sanitiser is a dependency of Tradewinds yet, so the storefront keeps only the text:
tags are dropped (block tags end a paragraph, ``<br>`` ends a line), ``script`` and
``style`` contents are dropped entirely, and the template escapes what is left. Formatting
such as bold or lists is lost; a whitelist sanitiser (nh3) would keep it.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "blockquote", "pre", "dd", "dt",
}  # fmt: skip
_HIDDEN = {"script", "style", "template", "noscript", "iframe", "object"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.paragraphs.append([])
        elif tag == "br":
            self.paragraphs[-1].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.paragraphs.append([])

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.paragraphs[-1].append(data)


def description_paragraphs(body_html: str) -> list[str]:
    """The text of ``body_html`` as paragraphs (whitespace collapsed, empty ones dropped).

    >>> description_paragraphs("<p>Light <b>tent</b></p><script>alert(1)</script><p>2 kg</p>")
    ['Light tent', '2 kg']
    """
    parser = _TextOnly()
    parser.feed(body_html or "")
    parser.close()
    paragraphs = []
    for parts in parser.paragraphs:
        lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return paragraphs
