"""Product certifications and marks named in English or Chinese text ("CE", "UL listed",
"OEKO-TEX Standard 100", "3C认证"), as one canonical name each."""

from __future__ import annotations

import re
from dataclasses import dataclass

# canonical name -> spellings (regular expressions, matched case-insensitively as words,
# except the ones that are all capitals, which must be written so: "CE", not "ce").
_CERTIFICATIONS: dict[str, tuple[str, ...]] = {
    "CE": (r"CE(?:[- ]marked|[- ]certified| mark(?:ing)?)?", r"CE认证"),
    "FCC": (r"FCC",),
    "UL": (r"UL(?:[- ](?:listed|certified))?", r"UL认证"),
    "ETL": (r"ETL(?:[- ](?:listed|certified))?",),
    "RoHS": (r"RoHS",),
    "FDA": (r"FDA(?:[- ](?:approved|compliant|grade))?",),
    "LFGB": (r"LFGB",),
    "NSF": (r"NSF",),
    "CPSIA": (r"CPSIA",),
    "CCC": (r"CCC", r"3C认证", r"3C"),
    "GOTS": (r"GOTS", r"global organic textile standard"),
    "OEKO-TEX": (r"oeko[- ]?tex(?:\s+standard\s+100)?", r"oeko[- ]?tex认证"),
    "FSC": (r"FSC(?:[- ]certified)?", r"FSC认证"),
    "Energy Star": (r"energy[- ]star", r"能源之星"),
    "USDA Organic": (r"USDA(?:[- ]certified)?[- ]organic", r"USDA有机"),
    "Fair Trade": (r"fair[- ]?trade(?:[- ]certified)?", r"公平贸易"),
    "Bluesign": (r"bluesign",),
    "Leaping Bunny": (r"leaping bunny",),
    "TÜV": (r"T[ÜU]V(?:[- ](?:certified|rheinland|süd))?", r"TUV认证"),
    "GS": (r"GS[- ]certified", r"GS mark"),
    "CSA": (r"CSA(?:[- ](?:listed|certified))?",),
    "Qi": (r"Qi[- ](?:certified|compatible|charging)",),
    "MFi": (r"MFi(?:[- ]certified)?",),
    "IP rating": (),  # ratings are features (waterproof), not certifications
    "Cradle to Cradle": (r"cradle to cradle",),
    "Halal": (r"halal(?:[- ]certified)?", r"清真"),
    "Kosher": (r"kosher(?:[- ]certified)?",),
    "RDS": (r"RDS", r"responsible down standard"),
    "GRS": (r"GRS", r"global recycled standard"),
    "China Organic": (r"中国有机(?:产品)?认证", r"中国有机"),
    "JIS": (r"JIS",),
    "ECOCERT": (r"ecocert",),
    "CPSC": (r"CPSC",),
    "JPMA": (r"JPMA",),
    "CertiPUR-US": (r"certipur(?:-us)?",),
    "PEFC": (r"PEFC",),
    "BIFMA": (r"BIFMA",),
    "OCS": (r"OCS", r"organic content standard"),
    "EU Organic": (r"EU[- ]organic", r"欧盟有机"),
    "Soil Association": (r"soil association",),
    "JAS Organic": (r"JAS[- ]organic", r"organic JAS"),
    "Organic": (r"certified organic", r"organic certified", r"有机认证"),
}
# Certifications that certify what a general one says: an organic standard is "certified
# organic"; a general claim is held when one of these is.
_ORGANIC = ("GOTS", "USDA Organic", "China Organic", "ECOCERT", "OCS", "EU Organic",
            "Soil Association", "JAS Organic")  # fmt: skip
IMPLIED: dict[str, frozenset[str]] = {"Organic": frozenset(_ORGANIC)}
_STANDARD = re.compile(
    r"(?<![A-Za-z0-9])(?:EN|ASTM|ISO|IEC|GB|BS|DIN)[ -]?[A-Z]?\d{2,5}(?:[.-]\d+)?"
)
_CASED = re.compile(r"^[A-Z0-9ÜÖ]{2,}\b")  # "CE", "UL": capitals only


def _compile(spelling: str) -> re.Pattern[str]:
    flags = 0 if _CASED.match(spelling) else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){spelling}(?![A-Za-z0-9])", flags)


_PATTERNS = [
    (name, _compile(spelling))
    for name, spellings in _CERTIFICATIONS.items()
    for spelling in spellings
]
# A certification said not to be held: "not CE certified", "未通过", "no FDA approval"
_DENIED = re.compile(
    r"(?:\b(?:not|no|non|without|never|lacks?)\b[\s-]+(?:\w+\s+)?|未|没有|无)$", re.I
)
CERTIFICATIONS = tuple(name for name, spellings in _CERTIFICATIONS.items() if spellings)


@dataclass(frozen=True)
class CertificationMention:
    """A certification named in a text: its canonical name, held or not, as written."""

    name: str
    held: bool
    text: str
    start: int
    end: int


def certifications_in(text: str) -> list[CertificationMention]:
    """Every certification ``text`` names, in order, the longest spelling at one place.

    >>> [(c.name, c.held) for c in certifications_in("CE and FCC certified; not UL listed")]
    [('CE', True), ('FCC', True), ('UL', False)]
    >>> [c.name for c in certifications_in("通过3C认证和OEKO-TEX认证")]
    ['CCC', 'OEKO-TEX']
    """
    found: list[CertificationMention] = []
    for match in _STANDARD.finditer(text):  # "EN 1078", "ASTM F404": named by their code
        name = re.sub(r"[\s-]+", "", match[0].upper())
        held = not _DENIED.search(text[max(0, match.start() - 16) : match.start()])
        found.append(CertificationMention(name, held, match[0], *match.span()))
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(f.start < match.end() and match.start() < f.end for f in found):
                continue
            held = not _DENIED.search(text[max(0, match.start() - 16) : match.start()])
            found.append(CertificationMention(name, held, match[0], *match.span()))
    return sorted(found, key=lambda c: c.start)
