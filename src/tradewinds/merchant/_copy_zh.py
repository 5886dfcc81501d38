# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Chinese listing templates. English facts are translated only where the translation is
exact: attribute labels, yes/no, colour names the colour table knows, materials named
exactly by their canonical name, and numbers with time or count units. Everything else
(product and brand names, model numbers, other values) stays as the store wrote it.
"""

from __future__ import annotations

import re

from tradewinds.merchant._source import CopySource, Point
from tradewinds.text import COLOUR_NAMES, english_colour, has_chinese
from tradewinds.text.materials import chinese_material

LANGUAGE = "zh"
SEPARATOR = ""
CLAUSE_MARKS = "，；、：。 "

# Shop vocabulary for attribute keys; a key not listed is not shown in Chinese.
_LABELS = {
    "material": "材质", "materials": "材质", "capacity": "容量", "volume": "容量",
    "volume_ml": "容量", "weight": "重量", "wattage": "功率", "power": "功率",
    "voltage": "电压", "dimensions": "尺寸", "size": "尺寸", "length": "长度",
    "width": "宽度", "height": "高度", "depth": "深度", "diameter": "直径",
    "age_range": "适用年龄", "ages": "适用年龄", "warranty": "质保", "certifications": "认证",
    "certification": "认证", "compatibility": "兼容", "compatible_with": "兼容",
    "battery_life": "续航", "battery": "电池", "water_resistance": "防水性能",
    "pieces": "件数", "piece_count": "件数", "players": "玩家人数", "play_time": "游戏时长",
    "fit": "版型", "season_rating": "适用季节", "connectivity": "连接方式", "color": "颜色",
    "colour": "颜色", "brand": "品牌", "origin": "产地", "country_of_origin": "产地",
    "care": "护理", "care_instructions": "护理说明", "skin_type": "适用肤质",
    "scent": "香型", "flavour": "口味", "flavor": "口味", "ingredients": "成分",
    "model": "型号", "pack_size": "规格", "count": "数量", "style": "款式",
    "fill": "填充物", "temperature_rating": "温标", "shelf_life": "保质期",
    "dishwasher_safe": "可用洗碗机", "waterproof": "防水", "cordless": "无线",
}  # fmt: skip
_YES_NO = {"yes": "是", "no": "否", "true": "是", "false": "否"}
_UNITS = {
    "hour": "小时", "hours": "小时", "hr": "小时", "hrs": "小时", "h": "小时",
    "minute": "分钟", "minutes": "分钟", "min": "分钟", "mins": "分钟",
    "year": "年", "years": "年", "month": "个月", "months": "个月",
    "piece": "件", "pieces": "件", "pcs": "件", "player": "人", "players": "人",
}  # fmt: skip
_NUMBER_UNIT = re.compile(r"^(\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?)\s*([A-Za-z]+)$")

INTROS = {
    "neutral": ("{name}{by}。", "{name}{by}，详情如下。", "这是{name}{by}。"),
    "friendly": ("来认识一下{name}{by}。", "为你介绍{name}{by}。", "{name}{by}，随时为你准备好。"),
    "premium": ("隆重推出{name}{by}。", "{name}{by}，完整呈现。", "探索{name}{by}。"),
}
_COLOURS = {"neutral": "颜色：{values}", "friendly": "可选颜色：{values}",
            "premium": "配色：{values}"}  # fmt: skip
_SIZES = {"neutral": "尺码：{values}", "friendly": "可选尺码：{values}",
          "premium": "尺码：{values}"}  # fmt: skip
_DETAILS = {"neutral": "参数：{items}。", "friendly": "要点：{items}。",
            "premium": "规格：{items}。"}  # fmt: skip


def label(key: str) -> str | None:
    """The Chinese label of an attribute key, or None when there is no exact one."""
    if has_chinese(key):
        return key.strip()
    return _LABELS.get("_".join(key.lower().replace("-", " ").split()))


def colour(value: str) -> str:
    """A colour value in Chinese when the colour table knows it exactly, else as written."""
    english = english_colour(value.strip())
    names = COLOUR_NAMES.get(english or "", ())
    return names[0] if names else value


def value(text: str) -> str:
    """An attribute value in Chinese where the translation is exact, else as written."""
    bare = " ".join(text.split())
    if bare.lower() in _YES_NO:
        return _YES_NO[bare.lower()]
    material = chinese_material(bare)
    if material:
        return material
    if english_colour(bare):
        return colour(bare)
    counted = _NUMBER_UNIT.match(bare)
    if counted and counted.group(2).lower() in _UNITS:
        return f"{counted.group(1).replace(' ', '')}{_UNITS[counted.group(2).lower()]}"
    return bare


def bullet(point: Point, tone: str) -> str | None:
    """A bullet for ``point``, or None when it cannot be said in Chinese."""
    if point.kind == "attribute":
        name = label(point.key)
        return f"{name}：{value(point.value)}" if name else None
    if point.kind == "colours":
        return _COLOURS[tone].format(values="、".join(colour(v) for v in point.values))
    if point.kind == "sizes":
        return _SIZES[tone].format(values="、".join(point.values))
    if point.kind == "sentence" and point.language == LANGUAGE:
        return point.value
    return None


def intro(source: CopySource, tone: str, variant: int = 0) -> str:
    """The opening sentence: the product's name, vendor and nothing else."""
    by = f"（{source.vendor}）" if source.vendor and source.vendor not in source.name else ""
    frames = INTROS[tone]
    return frames[variant % len(frames)].format(name=source.name, by=by)


def details(points: list[Point], tone: str) -> str | None:
    """One sentence listing the attribute points that have Chinese labels."""
    items = []
    for point in points:
        name = label(point.key) if point.kind == "attribute" else None
        if name:
            said = value(point.value)
            items.append(f"{name}{' ' if said[:1].isascii() else ''}{said}")
    return _DETAILS[tone].format(items="；".join(items)) if items else None


def generic(source: CopySource) -> str:
    """The one sentence of a draft for a product that states no facts."""
    by = f"（{source.vendor}）" if source.vendor and source.vendor not in source.name else ""
    return f"{source.name}{by}。"


def seo_parts(source: CopySource) -> list[str]:
    """SEO title candidates, longest first: name with vendor, then the name."""
    found = []
    if source.vendor and source.vendor not in source.name:
        found.append(f"{source.name} | {source.vendor}")
    found.append(source.name)
    return found


def fillers(source: CopySource) -> list[str]:
    """Bullets for a product that states too few points: its brand."""
    return [f"品牌：{source.vendor}"] if source.vendor else []
