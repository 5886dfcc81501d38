# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""``compatibility``, ``age``, ``certification`` and ``warranty`` findings: terms the copy
states differently from the product (another device, a younger age, a certification the
product does not list, a longer warranty). Each is judged only when the product states
terms of that kind."""

from __future__ import annotations

import math
import re

from tradewinds.merchant.facts import Fact, ProductFacts
from tradewinds.merchant.findings import Finding
from tradewinds.merchant.quantities import prepare
from tradewinds.text import analyse, has_chinese, parse_quantities, to_english
from tradewinds.text.ages import age_ranges
from tradewinds.text.certifications import IMPLIED, certifications_in
from tradewinds.text.warranties import Warranty, warranties_in

_CERT_KEY = re.compile(r"certif|standard|认证|标准", re.I)
_WARRANTY_KEY = re.compile(r"warrant|guarantee|保修|质保", re.I)
_TERM = re.compile(r"(\d+(?:\.\d+)?)\s*-?\s*(years?|yrs?|months?|年|个月)", re.I)
_DENIED = re.compile(
    r"(?:\bnot|\bexcept|\bexcluding|\bno|不支持|不兼容|不适用于?)\s+([^;,)(]{2,30})", re.I
)
_LATER = re.compile(r"\b([A-Za-z]*)(\d{1,3})\s+(?:and|or)\s+(?:later|newer|above|up)", re.I)
_COMPAT_KEY = re.compile(r"compat|fits|works|device|model|platform|system|适用|兼容|适配", re.I)
_COMPAT_SENTENCE = re.compile(
    r"compatible with|works with|for use with|fits\s+(?:the\s+|all\s+|most\s+)?[A-Z0-9]|"
    r"designed for\s+[A-Z0-9]|兼容|适配|适用于",
)
_COMPAT_CLAIM = re.compile(
    r"(?:(?i:(?:fully\s+)?compatible with|works (?:seamlessly |perfectly )?with|for use with|"
    r"connects? (?:\w+ )?(?:with|to)|charges your|pairs (?:easily )?with)|"
    r"(?i:fits)\s+(?:the\s+|all\s+|most\s+|your\s+)?(?=[A-Z0-9])|"
    r"(?i:designed for)\s+(?:the\s+)?(?=[A-Z0-9]))"
    r"\s*((?:[^.;!?\n]|(?<=\d)\.(?=\d)){2,80})|(?:兼容|适配|适用于|支持)\s*"
    r"((?:[^，。；！？,.;\n]|(?<=\d)\.(?=\d)){1,30})",
)
_MODEL_WORD = re.compile(r"[A-Za-z]*\d[A-Za-z0-9.+-]*|[a-z]*[A-Z][a-zA-Z]*")
_NUMBER_RANGE = re.compile(r"\b(\d{1,4})\s*(?:-|–|to|through|至|到)\s*(\d{1,4})\b")
_COMMON = frozenset(analyse("most all any every your other standard devices models size sizes"))
_BAND = re.compile(r"(?<![A-Za-z0-9.])\d+(?:\.\d+)?\s*G(?:Hz)?(?![A-Za-z0-9])", re.I)  # "2.4G"
# Connections and radio standards say how it connects, not which device it works with
_CONNECTION = re.compile(
    r"(?<![A-Za-z0-9])(?:wi-?fi(?:\s*\d+e?)?|wlan|bluetooth(?:\s*\d(?:\.\d)?)?|ble|nfc|"
    r"usb(?:[- ]?[abc]|\s*\d(?:\.\d)?)*|lightning|thunderbolt(?:\s*\d)?|zigbee|z-?wave|"
    r"thread|matter|ethernet|lan|lte|[345]g|"
    r"gps|ant\+|hdmi|aux|rca|ir|infrared|qi|ac|dc)(?![A-Za-z0-9])|蓝牙|无线网络?|有线",
    re.I,
)


# A platform names the devices that run it: "iOS 12+" speaks of iPhones and iPads
_RUN_ON: dict[str, str] = {
    "ios": "iphone ipad ipod apple",
    "ipados": "ipad apple",
    "macos": "mac macbook imac apple",
    "watchos": "apple watch",
    "android": "phone phones smartphone smartphones tablet tablets",
    "windows": "pc laptop laptops computer computers",
    "chromeos": "chromebook",
    "alexa": "echo amazon",
    "google assistant": "google nest home",
    "siri": "apple homepod",
    "homekit": "apple",
}
_PLATFORM_WORDS = {tuple(analyse(k)): set(analyse(v)) for k, v in _RUN_ON.items()}


def _with_devices(words: set[str]) -> set[str]:
    for platform, devices in _PLATFORM_WORDS.items():
        if set(platform) <= words:
            words = words | devices
    return words


def _stated_compatibility(facts: ProductFacts) -> list[Fact]:
    stated = [f for f in facts.facts if f.key and _COMPAT_KEY.search(f.key)]
    stated += [f for f in facts.facts if not f.key and _COMPAT_SENTENCE.search(f.text)]
    return stated


def _words(text: str) -> set[str]:
    if has_chinese(text):
        text = f"{text} {to_english(text)}"
    words = set(analyse(text)) - _COMMON
    for match in _LATER.finditer(text):  # "iPhone 8 and later", "S10 and later"
        prefix, number = match[1].lower(), int(match[2])
        words |= {f"{prefix}{n}" for n in range(number, number + 30)}
        words |= {str(n) for n in range(number, number + 30)}
    for match in _NUMBER_RANGE.finditer(text):  # "iPhone 12 to 15" names 13 and 14 too
        low, high = int(match[1]), int(match[2])
        if 0 < high - low <= 50:
            words |= {str(n) for n in range(low, high + 1)}
    return words


def compatibility_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Devices or systems the copy says the product works with that its stated
    compatibility does not name (judged on the model words: names and numbers)."""
    stated = _stated_compatibility(facts)
    if not stated:
        return []
    known = _with_devices(set().union(*(_words(f.text) for f in stated)) | _words(facts.title))
    denials = [m[1].strip().lower() for f in stated for m in _DENIED.finditer(f.text)]
    findings = []
    for match in _COMPAT_CLAIM.finditer(text):
        target = (match[1] or match[2] or "").strip()
        for quantity in reversed(parse_quantities(target)):  # "2.4 GHz", "5 V": measures
            target = target[: quantity.start] + " " + target[quantity.end :]
        target = _CONNECTION.sub(" ", _BAND.sub(" ", target))
        models = [w for w in _MODEL_WORD.findall(target) if w.lower() not in _COMMON]
        words = _words(" ".join(models)) if models else set()
        denied = [d for d in denials if d in target.lower()]
        if not denied and (not words or words <= known):
            continue
        fact = stated[0]
        findings.append(Finding("compatibility", match[0].strip(), fact.text, fact.source,
                                start=match.start(), end=match.end()))  # fmt: skip
    return findings


def age_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Age ranges the copy states that start elsewhere than the product's, or end later."""
    stated = [(age, fact) for fact in facts.facts for age in age_ranges(fact.text)]
    if not stated:
        return []
    findings = []
    for claim in age_ranges(text):
        if any(abs(claim.low - age.low) < 1 and (claim.high is None or age.high is None
               or claim.high <= age.high + 1) for age, _ in stated):  # fmt: skip
            continue
        if any(age.low <= claim.low and age.high is not None and claim.high is not None
               and claim.high <= age.high for age, _ in stated):  # fmt: skip
            continue
        _, fact = stated[0]
        findings.append(Finding("age", claim.text, fact.text, fact.source))
    return findings


def certification_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Certifications the copy claims that the product does not list (judged when the
    product lists any, or says it lacks one)."""
    stated = [(c, fact) for fact in facts.facts for c in certifications_in(fact.text)]
    listing = next((f for f in facts.facts if f.key and _CERT_KEY.search(f.key)), None)
    if not stated and listing is None:
        return []
    held = {c.name for c, _ in stated if c.held}
    held |= {general for general, specific in IMPLIED.items() if held & specific}
    findings = []
    for claim in certifications_in(text):
        if not claim.held or claim.name in held:
            continue
        denied = [fact for c, fact in stated if c.name == claim.name and not c.held]
        fact = denied[0] if denied else listing or next(f for c, f in stated if c.held)
        findings.append(Finding("certification", claim.text, fact.text, fact.source,
                                start=claim.start, end=claim.end))  # fmt: skip
    return findings


def warranty_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Warranty terms the copy states that the product's stated warranty does not."""
    stated = [(w, fact) for fact in facts.facts for w in warranties_in(fact.text)]
    for fact in facts.facts:  # "Warranty: 5 years frame, 2 years motor": every term counts
        if fact.key and _WARRANTY_KEY.search(fact.key):
            for number, unit in _TERM.findall(prepare(fact.text)):
                per = 1 if unit.lower().startswith("mo") or "月" in unit else 12
                stated.append((Warranty(float(number) * per, f"{number} {unit}"), fact))
    if not stated:
        return []
    findings = []
    for claim in warranties_in(text):
        if any(
            (math.isinf(claim.months) and math.isinf(w.months))
            or abs(claim.months - w.months) < 0.5
            for w, _ in stated
        ):
            continue
        _, fact = stated[0]
        findings.append(Finding("warranty", claim.text, fact.text, fact.source))
    return findings


def term_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` states ages and warranties (their numbers are no measures)."""
    spans = []
    written = [age.text for age in age_ranges(text)] + [w.text for w in warranties_in(text)]
    for term in written:
        at = text.find(term)
        if at >= 0:
            spans.append((at, at + len(term)))
    return spans
