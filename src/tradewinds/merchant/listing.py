"""A listing copy: the shopper-facing text of one product in one language.

Generation produces one, the merchant may write one, drafts and published versions hold
one, and the fact checker reads one (through :meth:`ListingCopy.text`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SEO_TITLE_MAX = 60
"""Longest SEO title, in characters (search engines cut the rest)."""

META_DESCRIPTION_MAX = 155
"""Longest meta description, in characters."""

BULLETS_MIN = 3
BULLETS_MAX = 5

Origin = Literal["ai", "template", "merchant", "mixed"]
"""Who wrote a copy: a model (``ai``), the attribute templates (``template``), a person
(``merchant``), or a person editing a model's copy and keeping some of its text (``mixed``)."""


@dataclass(frozen=True)
class ListingCopy:
    """Title, bullets, description, SEO title and meta description in one language.

    ``origin`` says who wrote it and ``model`` which configured model phrased it, when
    one did (an AI-written copy carries the AI-generated label once published).
    ``generic`` marks the short draft written for a product that states no facts.
    """

    language: str
    title: str
    bullets: tuple[str, ...] = ()
    description: str = ""
    seo_title: str = ""
    meta_description: str = ""
    origin: Origin = "merchant"
    model: str | None = None
    generic: bool = False
    notes: tuple[str, ...] = field(default=())

    @property
    def ai_generated(self) -> bool:
        """Whether a model wrote any of the text (templates alone do not count)."""
        return self.origin in ("ai", "mixed")

    def text(self) -> str:
        """Every field joined as one text, one field per line, for the fact checker."""
        parts = [self.title, *self.bullets, self.description, self.seo_title]
        parts.append(self.meta_description)
        return "\n".join(part for part in parts if part)

    def problems(self) -> list[str]:
        """What breaks the listing rules: empty title, bullet count, over-long SEO fields."""
        found = []
        if not self.title.strip():
            found.append("title: empty")
        if self.bullets and not BULLETS_MIN <= len(self.bullets) <= BULLETS_MAX:
            found.append(f"bullets: {len(self.bullets)}, expected {BULLETS_MIN} to {BULLETS_MAX}")
        if len(self.seo_title) > SEO_TITLE_MAX:
            found.append(f"seo_title: {len(self.seo_title)} characters, at most {SEO_TITLE_MAX}")
        if len(self.meta_description) > META_DESCRIPTION_MAX:
            found.append(
                f"meta_description: {len(self.meta_description)} characters,"
                f" at most {META_DESCRIPTION_MAX}"
            )
        return found

    def to_dict(self) -> dict[str, Any]:
        """The copy as a JSON object."""
        data = asdict(self)
        data["bullets"] = list(self.bullets)
        data["notes"] = list(self.notes)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListingCopy:
        """Read :meth:`to_dict`'s output back; unknown keys raise ``ValueError``."""
        known = set(cls.__dataclass_fields__)
        extra = sorted(set(data) - known)
        if extra:
            raise ValueError(f"unknown listing copy field(s): {', '.join(extra)}")
        if "language" not in data or "title" not in data:
            raise ValueError("a listing copy needs 'language' and 'title'")
        values = dict(data)
        values["bullets"] = tuple(values.get("bullets") or ())
        values["notes"] = tuple(values.get("notes") or ())
        return cls(**values)
