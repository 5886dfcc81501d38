"""Part nouns ("handle", "lid", "拉链"): a material or colour said of a part the
listing does not mention is not a claim about what the listing states."""

from __future__ import annotations

import re

_PART = re.compile(
    r"^[\s-]*(?:\w+[\s-]+)?(?:handles?|feet|foot|lids?|straps?|zippers?|zips?|buttons?|trim|"
    r"linings?|soles?|caps?|base|legs?|frames?|knobs?|wheels?|buckles?|cords?|bands?|"
    r"insoles?|tips?|grips?|hinges?|accents?|details?|inserts?|pads?|rims?|coasters?|"
    r"stand|case|cover|box|bag|pouch|packaging|gift box|spoon|scoop|brush|tray|"
    r"把手|手柄|盖子?|底座|拉链|提手|脚垫|内衬|鞋底|腿|扣|包装|礼盒|收纳袋|刷)",
    re.I,
)


def part_after(text: str, end: int) -> str | None:
    """The part noun right after ``end`` (within one word), or None."""
    match = _PART.match(text[end : end + 24])
    return match[0].strip(" -") if match else None


def unstated_part(text: str, end: int, facts_text: str) -> bool:
    """Whether the word ending at ``end`` describes a part the facts never name."""
    part = part_after(text, end)
    if part is None:
        return False
    noun = part.split()[-1].lower()
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    facts = facts_text.lower()
    if stem in facts:
        return False
    if not noun.isascii():  # 底座 is named "base" in English facts
        from tradewinds.text import to_english

        glosses = [word for word in to_english(noun).lower().split() if len(word) > 2]
        return not any(word in facts for word in glosses)
    return True
