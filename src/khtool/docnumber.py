"""Document numbers: parse the three syntaxes, canonicalise, and build identity keys.

A number is ``serial`` + ``symbol``; the symbol is ``TYPE-ISSUER`` (administrative
and normative) or ``TYPE/ISSUER`` (Party). Canonical form drops the spaces
typists leave ("196 /QĐ-UBND" -> "196/QĐ-UBND") and restores the official
casing of known codes ("QĐ-TTG" -> "QĐ-TTg").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from . import patterns as P
from .tables import doc_type_by_folded_code, doc_types, fold, issuer_codes


@dataclass(frozen=True, slots=True)
class DocNumber:
    number: str  # canonical, e.g. "7451/KH-UBND"
    symbol: str  # "KH-UBND"
    serial: str
    family: str  # administrative | normative | party | letter (công văn, no type)
    type_code: str | None  # "KH"; None for a công văn
    issuer_code: str | None  # "UBND", "TTg", "TW", "QH14"
    year: int | None  # normative numbers carry their year
    raw: str
    repaired: bool  # raw differed from canonical beyond spacing
    known_type: bool


def canonical_type(code: str) -> tuple[str, bool]:
    """Official spelling of a type code and whether the table knows it."""
    if code in doc_types():
        return code, True
    hit = doc_type_by_folded_code().get(fold(code))
    return (hit, True) if hit else (code, False)


def canonical_issuer(code: str) -> str:
    """Official spelling of an issuer code ("TTG" -> "TTg"); unknown codes stay."""
    parts = [p for p in code.replace(" ", "").split("-") if p]
    out = []
    for part in parts:
        ic = issuer_codes().get(fold(part))
        out.append(ic.canonical if ic and fold(ic.canonical) == fold(part) else part)
    return "-".join(out)


def _make(
    raw: str,
    serial: str,
    family: str,
    type_code: str | None,
    issuer: str,
    year: int | None,
    sep: str,
) -> DocNumber:
    known = True
    if type_code is not None:
        type_code, known = canonical_type(type_code)
    issuer = canonical_issuer(issuer)
    symbol = f"{type_code}{sep}{issuer}" if type_code else issuer
    serial = serial.lstrip() or serial
    if family == "normative":
        number = f"{serial}/{year}/{symbol}"
    elif family == "party":
        number = f"{serial}-{symbol}"
    else:
        number = f"{serial}/{symbol}"
    squeezed = "".join(raw.split())
    return DocNumber(
        number=number,
        symbol=symbol,
        serial=serial,
        family=family,
        type_code=type_code,
        issuer_code=issuer,
        year=year,
        raw=raw,
        repaired=squeezed != number,
        known_type=known,
    )


@lru_cache(maxsize=8192)
def parse_number(text: str) -> DocNumber | None:
    """Parse one number written alone ("1183/QĐ-TTg", "28-CT/TW", "56/2017/NĐ-CP").

    Memoized (a DocNumber is frozen): the numbers a plan cites recur in it and
    across the plans of one cascade."""
    text = text.strip()
    if text[:4] in ("QCVN", "TCVN"):
        tm = P.TECHNICAL_CODE.fullmatch(text)
        return technical_number(tm) if tm else None
    # (the groups read by number: see P.group_numbers)
    m = P.NORMATIVE_NUMBER.fullmatch(text)
    if m:
        g = P.group_numbers(m.re)
        if qh := m[g["qh"]]:
            return _make(text, m[g["serial"]], "normative", None, qh.upper(), int(m[g["year"]]), "-")
        return _make(text, m[g["serial"]], "normative", m[g["type"]], m[g["issuer"]], int(m[g["year"]]), "-")
    m = P.PARTY_NUMBER.fullmatch(text)
    if m:
        g = P.group_numbers(m.re)
        return _make(text, m[g["serial"]], "party", m[g["type"]], m[g["issuer"]], None, "/")
    m = P.ADMIN_NUMBER.fullmatch(text)
    if m:
        g = P.group_numbers(m.re)
        return parse_admin(text, m[g["serial"]], m[g["type"]], m[g["issuer"]])
    return None


def parse_letter_number(text: str) -> DocNumber | None:
    """A công văn's number under its "Số:" with the issuer's code alone
    ("245/LĐTBXH"), which ``parse_number`` does not take from running text."""
    m = P.LETTER_NUMBER.fullmatch(text.strip())
    if m is None:
        return None
    return _make(text, m["serial"], "letter", None, m["issuer"], None, "-")


def parse_glued(text: str) -> DocNumber | None:
    """A number typed without the hyphen between its type and issuer codes
    ("181/2024/NĐCP", "27/2016/TTBLĐTBXH", "1626/QĐTTg"): repaired only when
    the glued code splits into a known type code and a known issuer code, so a
    unit's own code ("11/VT", "01/HĐTX") is left as written."""
    serial, _, rest = "".join(text.split()).partition("/")
    year: int | None = None
    head, _, code = rest.rpartition("/")
    if head:
        if not (len(head) == 4 and head.isdigit()):
            return None
        year = int(head)
    if not serial.isdigit() or "-" in code:
        return None
    for cut in range(len(code) - 2, 0, -1):  # the longest type code first
        type_code, known = canonical_type(code[:cut])
        issuer = issuer_codes().get(fold(code[cut:]))
        if known and issuer is not None:
            family = "normative" if year else "administrative"
            return _make(text, serial, family, type_code, code[cut:], year, "-")
    return None


def parse_slashed(text: str) -> DocNumber | None:
    """A number typed with a slash for the hyphen between its type and issuer
    codes ("15/2019/QĐ/UBND", "45/KH/UBND-VX"): outside the Party's form that
    slash means nothing, so the number is the standard one. Only when the
    codes are a known type and a known issuer; a unit's own codes
    ("03/QĐ/PCNV-DN", "08/KDTCTN/GP-HC") stay as written. A joint act's
    "TTLT/BTC-BLĐTBXH" is a regular form, not a typo: not ``repaired``."""
    parts = "".join(text.split()).split("/")
    year: int | None = None
    if len(parts) == 4 and len(parts[1]) == 4 and parts[1].isdigit():
        year = int(parts.pop(1))
    if len(parts) != 3 or not parts[0].isdigit():
        return None
    serial, type_code, issuer = parts
    if not canonical_type(type_code)[1] or issuer_codes().get(fold(issuer.partition("-")[0])) is None:
        return None
    num = _make(text, serial, "normative" if year else "administrative", type_code, issuer, year, "-")
    # a joint text's type ("NQLT", "TTLT") before its issuers' codes, slash and
    # all, is a form its issuers use ("01/2014/NQLT/CP-UBTƯMTTQVN"): no typo to
    # report, though its number is the hyphened one (one text writes one act
    # both ways: one identity)
    if "-" in issuer and type_code.upper().endswith("LT"):
        num = replace(num, repaired=False)
    return num


def without_footnote(num: DocNumber) -> DocNumber:
    """A footnote's mark glued to a number's end, as gazette texts print it
    ("42/2024/QH151", "105/2025/NĐ-CP2", "QCVN 122:2024/BGTVT3"): the number
    without it, when its last issuer code is known without the digits and not
    with them (a legislature has two digits: "QH151" is QH15 and mark 1,
    "UBTVQH12" is whole)."""
    code = num.issuer_code or ""
    last = code.rpartition("-")[2]
    digits = len(last) - len(last.rstrip("0123456789"))
    if not digits or digits == len(last):
        return num
    if last[:-digits].upper().endswith("QH"):  # QH15, UBTVQH12: the legislature
        cut = digits - 2 if digits >= 3 else 0
    elif digits <= 2 and issuer_codes().get(fold(last)) is None:
        cut = digits if issuer_codes().get(fold(last[:-digits])) is not None else 0
    else:
        cut = 0
    if not cut:
        return num
    return replace(
        num,
        number=num.number[:-cut],
        symbol=num.symbol[:-cut] if num.symbol.endswith(last) else num.symbol,
        issuer_code=code[:-cut],
        repaired=True,
    )


def technical_number(m: regex.Match[str]) -> DocNumber:
    """A technical regulation's or standard's code as its number (a
    ``P.TECHNICAL_CODE`` match): "QCVN 01:2019/BCT". A regulation is issued by a
    ministry's Thông tư and named nationally by its code and year."""
    issuer = canonical_issuer(m["issuer"]) if m["issuer"] else None
    symbol = f"{m['kind']} {m['code']}:{m['year']}"
    return DocNumber(
        number=f"{symbol}/{issuer}" if issuer else symbol,
        symbol=symbol,
        serial=m["code"],
        family="normative",
        type_code=m["kind"],
        issuer_code=issuer,
        year=int(m["year"]),
        raw=m.group(0),
        repaired=False,
        known_type=True,
    )


def parse_admin(raw: str, serial: str, first: str, rest: str) -> DocNumber:
    """An administrative number: ``first`` is the type code, or for a công văn
    (no type) the issuer's own code ("123/UBND-VX")."""
    code, known = canonical_type(first)
    if known:
        return _make(raw, serial, "administrative", code, rest, None, "-")
    return _make(raw, serial, "letter", None, f"{first}-{rest}", None, "-")


def parse_symbol(symbol: str) -> tuple[str | None, str | None, bool]:
    """Split a bare symbol ("KH-UBND", "CT/TW") into type and issuer codes."""
    symbol = "".join(symbol.split())
    sep = "/" if "/" in symbol and "-" not in symbol.split("/")[0][1:] else "-"
    first, _, rest = symbol.partition(sep)
    code, known = canonical_type(first)
    if known:
        return code, canonical_issuer(rest) if rest else None, True
    return None, canonical_issuer(symbol), False


def canonical_symbol(symbol: str) -> str:
    symbol = "".join(symbol.split())
    if "/" in symbol:  # Party "CT/TW"
        first, _, rest = symbol.partition("/")
        code, _ = canonical_type(first)
        return f"{code}/{canonical_issuer(rest)}"
    type_code, issuer, known = parse_symbol(symbol)
    if known and type_code:
        return f"{type_code}-{issuer}" if issuer else type_code
    return canonical_issuer(symbol)


def issuer_level(num: DocNumber) -> str | None:
    """Level implied by the issuer code alone (None when it depends on locality)."""
    code = num.issuer_code or ""
    if code.startswith(("QH", "UBTVQH")):
        return "national"
    ic = issuer_codes().get(fold(issuer_codes_of(num)[0] if "LT-" in code or "PH-" in code else code.split("-")[0]))
    return ic.level if ic else None


def issuer_named_by_code(num: DocNumber) -> str | None:
    """The body a national or Party issuer code names by itself ("TTg" ->
    "Thủ tướng Chính phủ", "QH15" -> "Quốc hội"); None for local codes (UBND,
    TU, a Sở), whose body depends on the locality."""
    code = num.issuer_code or ""
    if code.startswith("QH") and code[2:].isdigit():
        return "Quốc hội"
    ic = issuer_codes().get(fold(issuer_codes_of(num)[0] if "LT-" in code or "PH-" in code else code.split("-")[0]))
    return ic.name if ic and ic.level in ("national", "party") else None


def ministry_named_by_bare_code(num: DocNumber) -> str | None:
    """The ministry a code names with its "B" left out, as ministries wrote
    their codes before ("35/2013/TT-LĐTBXH": the Bộ Lao động - Thương binh
    và Xã hội, whose code is now "BLĐTBXH"); None for any other code."""
    code = num.issuer_code or ""
    if not code or code[:1] == "B":
        return None
    ic = issuer_codes().get(fold("B" + code))
    return ic.name if ic and ic.level == "national" and ic.name.startswith("Bộ ") else None


def joint_type_code(code: str) -> bool:
    """Whether a number's first code is a joint text's type: a type's code
    with "LT" (liên tịch) or "PH" (phối hợp) after it, "KHLT", "CTrPH",
    "CTPH", "QCPH" (a programme's or plan's number "06/CTrPH-BCA-BGDĐT",
    read as a letter's, whose codes after it are its issuers'); not an
    issuer's own code."""
    return (
        len(code) > 3
        and code[-2:].upper() in ("LT", "PH")
        and canonical_type(code[:-2])[1]
        and issuer_codes().get(fold(code)) is None
    )


def issuer_codes_of(num: DocNumber) -> list[str]:
    """A number's issuer codes, in order: a joint text's type code read as a
    letter's first code dropped ("CTrPH-BCA-BGDĐT-TWĐTN": BCA, BGDĐT,
    TWĐTN)."""
    parts = (num.issuer_code or "").split("-")
    if num.family == "letter" and len(parts) > 1 and joint_type_code(parts[0]):
        return parts[1:]
    return parts


def joint_issuers_named_by_code(num: DocNumber) -> list[str]:
    """The bodies a joint number's hyphenated codes name, each a national
    body's code ("TTLT-BLĐTBXH-BCA-BNG": the three ministries, in the
    number's order; "CTrPH-BCA-BGDĐT-TWĐTN" too); empty unless there are two
    or more, all known."""
    parts = issuer_codes_of(num)
    if len(parts) < 2:
        return []
    names: list[str] = []
    for part in parts:
        ic = issuer_codes().get(fold(part))
        if ic is None or ic.level != "national":
            return []
        if ic.name not in names:
            names.append(ic.name)
    return names if len(names) > 1 else []


def department_named_by_code(num: DocNumber) -> str | None:
    """The kind of provincial department a code names ("SXD" -> "Sở Xây
    dựng", "CAT" -> "Công an tỉnh"): which province's it is, the citing text
    says, as it does for "của Sở Xây dựng". None for a code naming no one
    kind of body ("TU": a Tỉnh ủy or a Thành ủy)."""
    ic = issuer_codes().get(fold((num.issuer_code or "").split("-")[0]))
    return ic.name if ic and ic.level == "province" and "/" not in ic.name else None


def party_committee_named_by_code(num: DocNumber) -> str | None:
    """The kind of local Party committee a code names ("HU" -> "Huyện ủy",
    "QU" -> "Quận ủy", "ĐU" -> "Đảng ủy"); whose it is, the citing text says.
    None for "TU" (a Tỉnh ủy, a Thành ủy or a Thị ủy)."""
    ic = issuer_codes().get(fold((num.issuer_code or "").split("-")[0]))
    if ic is None or ic.branch != "party" or ic.level in ("national", "party") or "/" in ic.name:
        return None
    return ic.name


def unpadded(number: str) -> str:
    """A number without the zeros padding its serial: "04/KH-UBND" and
    "4/KH-UBND" are one document, numbered 4 in its register."""
    stripped = number.lstrip("0")
    return stripped if stripped[:1].isdigit() else number


def document_key(
    num: DocNumber | None,
    *,
    year: int | None = None,
    locality: str | None = None,
    level: str | None = None,
    name: str | None = None,
    number: str | None = None,
    doc_type: str | None = None,
) -> str:
    """Identity of a document.

    Normative numbers carry their year and are unique nationally when a
    national body issues them; a province's council or committee numbers its
    own ("15/2026/NQ-HĐND" is issued by every province), so those keep the
    locality too. National and Party-centre numbers are unique per year.
    Local numbers restart every year at every issuer, so the key also holds
    the issuer's locality ("?" when it is unknown). A law cited by name is
    keyed by its folded name and year. The serial is keyed by its value
    ("04/KH-UBND" as "4/KH-UBND"). A number of no standard shape
    (``number``: "08/KDTCTN/GP-HC", "11/VT") is a local one, as written; a
    bare serial ("Công văn số 35") with its type.
    """
    if num is None:
        if number and number[:1].isdigit() and not name:
            written = unpadded(" ".join(number.split()))
            if not any(ch in written for ch in "/-") and doc_type:
                written = f"{doc_type} {written}"
            return f"{written}@{year if year else '?'}@{locality or '?'}"
        return f"name:{fold(name or '')}@{year if year else '?'}"
    if num.family == "normative":
        ic = issuer_codes().get(fold((num.issuer_code or "").split("-")[0]))
        if ic is None or ic.level in ("national", "party") or level in ("national", "party"):
            return unpadded(num.number)
        return f"{unpadded(num.number)}@{locality or '?'}"  # a local body's: HĐND, UBND, a Sở
    lvl = level or issuer_level(num)
    y = str(year) if year else "?"
    if lvl in ("national", "party"):
        return f"{unpadded(num.number)}@{y}"
    return f"{unpadded(num.number)}@{y}@{locality or '?'}"
