"""English listing templates: labels and sentence frames around the product's own words.

Every frame carries no claim of its own (no "durable", "premium materials", "best"): the
facts are repeated as the store wrote them, so the fact checker reads them as it reads
the store's own listing.
"""

from __future__ import annotations

from tradewinds.merchant._source import CopySource, Point

LANGUAGE = "en"
SEPARATOR = " "
CLAUSE_MARKS = " ,;:"

# Keys whose plain label reads badly ("Volume ml").
_LABELS = {"volume_ml": "Volume", "age_range": "Ages", "compatible_with": "Works with"}

# Opening sentences per tone: each names only the product, its vendor and its category.
INTROS = {
    "neutral": (
        "The {name}{by}.",
        "{name}{by}: the details.",
        "Here is the {name}{by}.",
    ),
    "friendly": (
        "Say hello to the {name}{by}.",
        "Meet the {name}{by}.",
        "Here's the {name}{by}, ready when you are.",
    ),
    "premium": (
        "Introducing the {name}{by}.",
        "The {name}{by}, presented in full.",
        "Discover the {name}{by}.",
    ),
}
_COLOURS = {"neutral": "Colours: {values}", "friendly": "Comes in {values}",
            "premium": "Offered in {values}"}  # fmt: skip
_SIZES = {"neutral": "Sizes: {values}", "friendly": "Sizes {values}",
          "premium": "Available sizes: {values}"}  # fmt: skip
_DETAILS = {"neutral": "Details: {items}.", "friendly": "The essentials: {items}.",
            "premium": "Specifications: {items}."}  # fmt: skip


def label(key: str) -> str:
    """The label an attribute key is shown with ("battery_life" → "Battery life")."""
    lowered = "_".join(key.lower().split())
    return _LABELS.get(lowered) or key.replace("_", " ").strip().capitalize()


def _values(values: tuple[str, ...], conjunction: str) -> str:
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} {conjunction} {values[-1]}"


def bullet(point: Point, tone: str) -> str | None:
    """A bullet for ``point``, or None when it cannot be said in English."""
    if point.kind == "attribute":
        name = label(point.key)
        said = point.value.lower().startswith(name.lower())  # "Ages 14+" needs no "Ages:"
        return point.value if said else f"{name}: {point.value}"
    if point.kind == "colours":
        joined = ", ".join(point.values) if tone == "neutral" else _values(point.values, "or")
        return _COLOURS[tone].format(values=joined)
    if point.kind == "sizes":
        return _SIZES[tone].format(values=", ".join(point.values))
    if point.kind == "sentence" and point.language == LANGUAGE:
        return point.value
    return None


def intro(source: CopySource, tone: str, variant: int = 0) -> str:
    """The opening sentence: the product's name, vendor and nothing else."""
    by = f" by {source.vendor}" if source.vendor and source.vendor not in source.name else ""
    frames = INTROS[tone]
    return frames[variant % len(frames)].format(name=source.name, by=by)


def details(points: list[Point], tone: str) -> str | None:
    """One sentence listing attribute points ("Details: material Silnylon, ...")."""
    items = [f"{label(p.key).lower()} {p.value}" for p in points if p.kind == "attribute"]
    return _DETAILS[tone].format(items="; ".join(items)) if items else None


def generic(source: CopySource) -> str:
    """The one sentence of a draft for a product that states no facts."""
    kind = f" ({source.category})" if source.category else ""
    by = f" from {source.vendor}" if source.vendor and source.vendor not in source.name else ""
    return f"{source.name}{kind}{by}."


def seo_parts(source: CopySource) -> list[str]:
    """SEO title candidates, longest first: name with vendor, name with category, name."""
    found = []
    if source.vendor and source.vendor not in source.name:
        found.append(f"{source.name} | {source.vendor}")
    if source.category and source.category.lower() not in source.name.lower():
        found.append(f"{source.name} | {source.category}")
    found.append(source.name)
    return found


def fillers(source: CopySource) -> list[str]:
    """Bullets for a product that states too few points: its brand and its type."""
    found = [f"Brand: {source.vendor}"] if source.vendor else []
    return found + ([f"Type: {source.category}"] if source.category else [])
