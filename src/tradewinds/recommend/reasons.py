"""Why a product is recommended, in words a shopper can check.

A reason names only the shopper's own products, the product they are looking at, a
category, or a count of orders — never another customer, an order number or a date.
"""

from __future__ import annotations

from dataclasses import dataclass

# kind → (English, Chinese) templates.
_TEXT = {
    "viewed": ("Because you viewed {title}", "因为您浏览过{title}"),
    "carted": ("Because you added {title} to your cart", "因为您把{title}加入了购物车"),
    "bought": ("Because you bought {title}", "因为您购买过{title}"),
    "together": ("Bought together with {title} {times}", "与{title}一起购买过 {count} 次"),
    "next": ("Often chosen after {title}", "常在{title}之后选购"),
    "similar": ("Similar to {title}: {shared}", "与{title}相似：{shared}"),  # noqa: RUF001
    "similar_plain": ("Similar to {title}", "与{title}相似"),
    "category": ("Popular in {category}", "{category}热门"),
    "trending": ("Trending this week", "本周热门"),
    "popular": ("Popular in this shop", "本店热门"),
    "new": ("New in this shop", "本店新品"),
}
_SHARED = {
    "brand": ("same brand", "同品牌"),
    "category": ("same category", "同类别"),
    "type": ("same type", "同类型"),
}
_INTERACTION = {"view": "viewed", "add_to_cart": "carted", "purchase": "bought"}


@dataclass(frozen=True)
class Reason:
    """One recommendation's reason.

    ``kind`` is one of ``viewed``, ``carted``, ``bought`` (the shopper's own interaction
    with ``title``), ``together`` (bought in the same order as ``title``, ``count`` times),
    ``next`` (chosen next after ``title``), ``similar`` (like ``title``; ``shared`` lists
    what they have in common), ``category``, ``trending``, ``popular`` or ``new``.
    ``via`` says how the shopper knows ``title``'s product (``viewed``, ``carted``,
    ``bought``), or is empty for the product they are looking at or their cart.
    """

    kind: str
    product_id: int | None = None
    title: str = ""
    count: int = 0
    shared: tuple[str, ...] = ()
    category: str = ""
    via: str = ""  # how the shopper knows the product named: viewed, carted, bought, or ""

    def text(self, language: str = "en") -> str:
        """The reason as a sentence, in English (``en``) or Chinese (``zh``)."""
        zh = language.lower().startswith("zh")
        kind = self.kind
        if kind == "similar" and not self.shared:
            kind = "similar_plain"
        template = _TEXT[kind][1 if zh else 0]
        return template.format(
            title=self.title,
            count=self.count,
            times="once" if self.count == 1 else f"{self.count} times",
            category=self.category.rsplit(">", 1)[-1].strip(),
            shared=self._shared_text(zh),
        )

    def _shared_text(self, zh: bool) -> str:
        words = []
        for name in self.shared[:3]:
            if name in _SHARED:
                words.append(_SHARED[name][1 if zh else 0])
            else:
                words.append(f"同{name}" if zh else f"same {name}")
        if zh or len(words) < 2:
            return "、".join(words)
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def interaction_kind(kind: str) -> str:
    """The reason kind for a shopper's own interaction (``view`` → ``viewed``)."""
    return _INTERACTION[kind]
