"""Resolve stage: where each issuer sits (gazetteer), using every clue the text gives.

Clues for a document's own issuer, strongest first: the issuer's own unit
("UBND PHƯỜNG NGUYỄN NGHIÊM"), its parent body ("UBND TỈNH LÀO CAI"), the
place line ("Phường Nguyễn Nghiêm, ngày …"), and the bodies named in its
citations ("… của UBND thành phố Quảng Ngãi": the parent plan's issuer is
the unit above). When names stay ambiguous the locality says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import patterns as P
from .models import PLACE_HINT, REFORM_DATE, Diagnostic, Document, Locality
from .segment import units_in
from .tables import fold

if TYPE_CHECKING:
    from .docnumber import DocNumber

_WORD = {"province": "tỉnh", "district": "huyện", "ward": "phường"}


def since_reform(loc: Locality, date: str | None) -> bool:
    """Was a text of ``date`` issued where the units of 1 July 2025 are, for a
    place the reform changed (one with a new province)?"""
    return loc.new_province is not None and (date or "") >= REFORM_DATE


# The unit words of a district, which the reform abolished.
_DISTRICT_WORDS = ("huyện ", "quận ", "thị xã ")


# A word each unit kind of P.UNIT_WITH_KIND holds, lowered ("thị xã" holds
# "xã", "thành phố" "thành"): a line holding none names no unit.
_UNIT_KIND_WORDS = ("tỉnh", "thành", "tp", "huyện", "quận", "xã", "phường", "trấn", "đặc khu")


def _named_units(line: str) -> list[tuple[str, str]]:
    """Units named in a line, with the unit word as written ("thành phố Quảng Ngãi")."""
    low = line.lower()
    if not any(w in low for w in _UNIT_KIND_WORDS):
        return []  # (most lines of a preamble: no pattern search)
    from .gazetteer import parse_unit

    out = []
    # any case: the parent is often named "UBND Thành phố Yên Bái", "Huyện Phú Tân"
    for m in P.UNIT_WITH_KIND.finditer(line):
        parsed = parse_unit(m.group(0))
        if parsed:
            word = m.group("word").lower()
            out.append((word, parsed[1]))
    return out


def resolve_document(doc: Document, preamble: Sequence[str] = ()) -> None:
    """Fill issuer localities; ``preamble`` is the text before the first
    numbered section (where the parent plan and its issuer are named)."""
    _resolve_issuer(doc, preamble)
    _share_the_place(doc)
    resolve_citations(doc)
    _the_city_bodies(doc)
    for att in doc.attachments:
        own = doc.header.issuer.locality
        if (
            att.header.issuer.locality is None
            and own is not None
            and att.header.issuer.name == doc.header.issuer.name
        ):
            att.header.issuer.locality = own.model_copy(deep=True)
        _resolve_issuer(att)
        _as_the_host_names_them(att, doc)
        resolve_citations(att)
        _the_city_bodies(att)


def _the_city_bodies(doc: Document) -> None:
    """A body named by a bare "thành phố" ("Đề nghị Ủy ban nhân dân thành phố
    bố trí kinh phí") in a text issued inside a city run by the centre is that
    city's, at a province's level: no other city stands between the issuer
    and it since 1 July 2025, nor before unless the issuer sits in a city of
    its own ("thành phố Thủ Đức"). Elsewhere it is a province's city."""
    own = doc.header.issuer.locality
    if own is None or not doc.assignments:
        return
    date = doc.header.date or ""
    province = own.new_province if date >= REFORM_DATE and own.new_province else own.province
    if not (province or "").startswith("Thành phố") or (
        date < REFORM_DATE and (own.district or "").startswith("Thành phố")
    ):
        return
    from .agencies import classify_agency

    for a in doc.assignments:
        name = " ".join(a.agency.split())
        if a.level != "district" or not name.lower().endswith(" thành phố") or " các " in f" {name.lower()} ":
            continue
        # (the organ a province of either kind has: "UBND tỉnh", "Công an tỉnh")
        m = classify_agency(name[: -len("thành phố")] + "tỉnh", "province")
        if m is not None and m.level == "province":
            a.canonical, a.sector, a.level = m.canonical, m.sector, "province"


def _as_the_host_names_them(att: Document, host: Document) -> None:
    """A text attached to a decision cites the documents the decision named:
    one it names by number alone ("Chỉ thị số 36-CT/TW") has the date and
    issuer the decision gives it ("… ngày 16/8/2019 của Bộ Chính trị")."""
    named = {c.number: c for c in host.citations if c.number and (c.date or c.issuer)}
    for c in att.citations:
        known = named.get(c.number) if c.number else None
        if known is None:
            continue
        if c.date is None and known.date is not None:
            c.date, c.year = known.date, known.year
        if c.issuer is None and known.issuer is not None:
            c.issuer, c.issuer_level = known.issuer, known.issuer_level


def _share_the_place(doc: Document) -> None:
    """A joint text's other issuers are of the first one's place when they
    name the same units or none ("SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO" under "UBND
    TỈNH ĐỒNG NAI"; "ỦY BAN NHÂN DÂN TỈNH GIA LAI" / "ỦY BAN MẶT TRẬN TỔ QUỐC
    VIỆT NAM TỈNH GIA LAI")."""
    first = doc.header.issuer
    if first.locality is None or not doc.header.co_issuers:
        return  # (most texts have one issuer: their units are not read)
    places = {fold(name) for _, name in units_in(first.parent or "") + units_in(first.name or "")}
    for co in doc.header.co_issuers:
        named = {fold(name) for _, name in units_in(co.parent or "") + units_in(co.name or "")}
        if co.locality is None and named <= places:
            co.locality = first.locality.model_copy(deep=True)


def _resolve_issuer(doc: Document, preamble: Sequence[str] = ()) -> None:
    h = doc.header
    issuer = h.issuer
    if issuer.locality is not None:
        return
    # each apart: "… HUYỆN CHÂU THÀNH" + "ỦY BAN NHÂN DÂN XÃ …" joined would read "THÀNH ỦY"
    named = units_in(issuer.parent or "") + units_in(issuer.name or "")
    if not named and h.level == "province":
        # a provincial department names its province with no unit word, and
        # its own unit takes that place from it: "SỞ Y TẾ NGHỆ AN" / "TRUNG
        # TÂM Y TẾ KHU VỰC ĐÔ LƯƠNG" is in Tỉnh Nghệ An (its place line may
        # name the commune it sits in, "Đô Lương, ngày …")
        named = _department_province(issuer.parent, issuer.name)
    if not named and h.place and issuer.name is not None:
        named = units_in(h.place) or (
            [("", h.place)] if h.level in ("province", "district", "ward") else []
        )
    if not named:
        return
    try:
        from .gazetteer import resolve_own_locality
    except ImportError:  # pragma: no cover - during development only
        return
    fields: dict[str, str] = {}
    for level, name in named:
        key = {"province": "province", "district": "district", "ward": "ward"}.get(level)
        if key and key not in fields:
            fields[key] = name
    if "ward" in fields and not fields["ward"][:1].isdigit():
        # (with the unit word its issuer's name or place line writes: a
        # "xã" is no "thị trấn" or "phường" of the same name)
        kind = P.WARD_KIND.search(issuer.name or "") or P.TOWNSHIP.search(issuer.name or "")
        if kind is None and not units_in(issuer.name or ""):
            kind = P.WARD_KIND.search(h.place or "") or P.TOWNSHIP.search(h.place or "")
        if kind is not None:
            fields["ward"] = f"{' '.join(kind.group(0).split())} {fields['ward']}"
    if not fields:
        # a bare place name ("Sơn La"): try it as the issuer's level
        lvl = h.level if h.level in ("province", "district", "ward") else "province"
        fields[lvl] = named[0][1]
    hints = [h.place] if h.place else []
    for c in doc.citations:
        if c.issuer:
            hints.append(c.issuer)
    # units named in the preamble ("… của UBND thành phố Quảng Ngãi"): the
    # parent plan's issuer is the unit above this one
    hints += [f"{lvl} {name}" for line in preamble for lvl, name in _named_units(line)]
    loc: Locality | None = None
    if (
        "ward" in fields
        and (h.date or "") >= REFORM_DATE
        # (a district named as the unit above, or a "thị trấn": the old units)
        and "district" not in fields
        and not P.TOWNSHIP.search(issuer.name or "")
        and (
            not any(x.lower().startswith(_DISTRICT_WORDS) for x in hints if x)
            # (but only where an old unit of the kind its header writes has
            # that name: "XÃ ÓC EO" of 2026 is the commune of today, not the
            # "Thị trấn Óc Eo" its district's plan was for)
            or not _old_unit_of_its_kind(fields["ward"], fields.get("province"))
        )
    ):
        # a commune or ward writing after the reform is named as it is now
        from .gazetteer import resolve_new_ward

        loc = resolve_new_ward(
            fields["ward"],  # (with its unit word, as above)
            province=fields.get("province"),
            hints=hints,
        )
    if loc is None:
        # (the district its header names is of the text's date: a commune may have left it since)
        loc = resolve_own_locality(hints=hints, **fields)
    if loc is not None and loc.new_province and not (loc.district or loc.ward) and (h.date or "") >= REFORM_DATE:
        from .gazetteer import merged_into

        # (a merged province's body writes for the new one; province stays the
        # name's old one, which the keys use)
        merged = merged_into(loc.new_province)
        if len(merged) > 1:
            loc.evidence.append(f"a province since 1 July 2025: {loc.new_province} ({', '.join(merged)})")
    if loc is not None:
        issuer.locality = loc
        if (h.date or "") >= REFORM_DATE and not loc.ambiguous:
            from_place = not (units_in(issuer.parent or "") or units_in(issuer.name or ""))
            _report_ceased(doc, fields, loc, from_place)


def _old_unit_of_its_kind(ward: str, province: str | None) -> bool:
    """Whether a commune, ward or township before 1 July 2025 had the name
    ``ward`` with the unit word it is written with ("xã Óc Eo": no, that
    one was a "thị trấn"), in ``province`` when given; True when it is
    written without one (nothing to tell the kinds apart by)."""
    from .gazetteer import old_ward_of_kind

    return old_ward_of_kind(ward, province)


def _department_province(parent: str | None, name: str | None) -> list[tuple[str, str]]:
    """[("province", its name)] for the province a provincial department's
    line closes with ("SỞ Y TẾ NGHỆ AN"), the issuer's own or its parent's;
    [] when neither is such a line."""
    from .segment import organ_of

    for text in (name, parent):
        if text and (row := organ_of(text)) is not None and row["level"] == "province":
            from .gazetteer import province_closing

            if (province := province_closing(text)) is not None:
                return [("province", province)]
    return []


def _ceased_units(fields: dict[str, str], loc: Locality) -> list[str]:
    """The units a text of 1 July 2025 or later names for its issuer that
    ceased that day (Nghị quyết 202/2025/QH15 and the UBTVQH's resolutions
    merging communes): every district, every "thị trấn", a commune or ward
    whose name is not its successor's, a province merged under another's
    name; each with what stands for it now."""
    from .gazetteer import resolve_locality, short_name

    out: list[str] = []
    if "ward" in fields and loc.ward:
        # (an old unit found by its old name: the reform's new units were tried first)
        now = [w for w in (loc.new_ward or "").split("; ") if w]
        if loc.ward.lower().startswith("thị trấn") or fold(short_name(loc.ward)) not in {fold(short_name(w)) for w in now}:
            out.append(loc.ward + (f" (nay là {', '.join(now)})" if now else ""))
    if "district" in fields and loc.district:
        out.append(loc.district + " (cấp huyện không còn)")
    if "province" in fields:
        p = resolve_locality(province=fields["province"])
        if p is not None and p.province and p.new_province and fold(short_name(p.province)) != fold(short_name(p.new_province)):
            out.append(f"{p.province} (nay là {p.new_province})")
    return out


def _report_ceased(doc: Document, fields: dict[str, str], loc: Locality, from_place: bool) -> None:
    """A slip to report (``unit-ceased``): the issuer's lines, or the place
    line it was read from, name a unit that had ceased by the document's
    date (its successor is still the locality)."""
    gone = _ceased_units(fields, loc)
    if not gone:
        return
    h = doc.header
    span = h.spans.get("place") if from_place else (h.issuer.span or h.spans.get("issuer"))
    when = "/".join(reversed((h.date or "").split("-")))
    doc.diagnostics.append(
        Diagnostic(
            code="unit-ceased",
            severity="warning",
            message=f"{'; '.join(gone)}: không còn từ ngày 01/07/2025, văn bản ngày {when}"
            " (unit ceased before the document's date)",
            line=span.line if span else None,
            span=span,
        )
    )


def _code_level(code: str | None) -> str | None:
    """Level an issuer code fixes by itself below the centre (TU, HU, SLĐTBXH …)."""
    if not code:
        return None
    from .tables import issuer_codes

    ic = issuer_codes().get(fold(code.split("-")[0]))
    return ic.level if ic and ic.level in ("province", "district") else None


# kinds of body a text names its own issuer by, bare: "Sở", "Bộ" (folded)
_BARE_KINDS = frozenset(["so", "bo"])


def _issuing_code(num: DocNumber) -> str | None:
    """The code of the body issuing a local document: a letter's first code
    ("UBND" of "UBND-NC"), another's issuer code; None for a national or
    Party code, whose body the code names by itself. A joint text's
    ("CTrPH-SYT-HLHPN") is its issuers' codes all, its type's dropped: one
    of another body's ("CTrPH-BYT-…") is no text of the citing one's."""
    from .docnumber import issuer_codes_of, issuer_named_by_code

    code = num.issuer_code or ""
    if not code or issuer_named_by_code(num):
        return None
    if num.family == "letter" and ("LT-" in code or "PH-" in code) and len(codes := issuer_codes_of(num)) < code.count("-") + 1:
        return fold("-".join(codes))
    return fold(code.split("-")[0] if num.family == "letter" else code)


def _own_issuing_code(doc: Document) -> str | None:
    """The citing document's own issuing code, from its number or, blank,
    its symbol; None when its issuer's name is unknown."""
    from .docnumber import parse_number

    h = doc.header
    if not h.issuer.full_name or not (h.number or h.symbol):
        return None
    num = parse_number(h.number or f"1/{h.symbol}")
    return _issuing_code(num) if num is not None else None


def resolve_citations(doc: Document) -> None:
    """Issuer level and locality of each citation, then its identity key."""
    from .docnumber import (
        document_key,
        issuer_named_by_code,
        ministry_named_by_bare_code,
        parse_number,
    )

    own = doc.header.issuer.locality
    if own is None and doc.kind == "article":
        own = _place_reported_on(doc)
    own_kind = fold(doc.header.issuer.organ or "")
    own_code = _own_issuing_code(doc)
    for c in doc.citations:
        if c.issuer and own_kind in _BARE_KINDS and fold(c.issuer) == own_kind:
            # "của Giám đốc Sở", "của Bộ" with no field named: the issuer's own
            c.issuer = doc.header.issuer.full_name or c.issuer
        num = parse_number(c.number) if c.number else None
        if c.issuer is None and own_code and num is not None and _issuing_code(num) == own_code:
            # a bare citation under the citing body's own code is its own act
            # ("Kế hoạch số 118/KH-UBND", "Công văn số 2156/UBND-NC" in a
            # letter of UBND tỉnh): another body's would be named ("của …")
            c.issuer = doc.header.issuer.full_name
        # (a joint text's issuers stay as named: "TTLT-BGDĐT-BNV")
        coded = issuer_named_by_code(num) if num is not None and c.issuer and "-" not in (num.issuer_code or "") else None
        if coded is None and num is not None and c.issuer and c.issuer.startswith("Bộ ") and "-" not in (num.issuer_code or ""):
            # a ministry's older code, its "B" left out ("…/TT-LĐTBXH",
            # "…/QĐ-LĐTBXH"): the ministry the code with it names
            coded = ministry_named_by_bare_code(num)
        if coded and c.issuer != coded and _a_form_of(c.issuer or "", coded):
            c.issuer = coded  # "Bộ Lao động Thương binh và Xã hội", "Bộ LĐTBXH", "Bộ Lao động" cut at a wrap
        hint = c.issuer_locality if c.issuer_locality is not None and c.issuer_locality.evidence == [PLACE_HINT] else None
        if hint is not None:
            c.issuer_locality = None  # (the extract stage's hint, decided here)
        cited = c.date or (str(c.year) if c.year and c.year != int(REFORM_DATE[:4]) else None)
        level, loc = _citation_place(
            c.issuer or "", num.issuer_code if num else None, own, c.issuer_level, doc.header.date,
            # (a year alone places it unless it is the reform's own year)
            cited,
        )
        if hint is not None and loc is not None and own is not None and (cited or "9") < REFORM_DATE:
            loc = _former_province(hint, own, loc)
        if level and (c.issuer_level is None or c.issuer_level in ("province", "district", "ward")):
            c.issuer_level = level  # type: ignore[assignment]
        if loc is not None:
            c.issuer_locality = loc
        key_loc = None
        if c.issuer_locality is not None:
            from .gazetteer import locality_key

            key_loc = locality_key(c.issuer_locality)
        c.key = document_key(
            num,
            year=c.year,
            locality=key_loc,
            level=c.issuer_level,
            name=c.name,
            number=c.number,
            doc_type=c.doc_type,
        )


def _place_reported_on(doc: Document) -> Locality | None:
    """The province of a news article, which has no issuer of its own: the
    one of the communes and wards whose documents it cites ("Kế hoạch số
    52/KH-UBND vừa được UBND phường Thành Sen ban hành"), when they all lie in
    one; its "UBND tỉnh" is that province's (as a commune's own text's is)."""
    provinces: dict[str, Locality] = {}
    for c in doc.citations:
        for lvl, name in units_in(c.issuer or "") if c.issuer else ():
            if lvl != "ward":
                continue
            kind = P.WARD_KIND.search(c.issuer or "")
            loc = None
            if kind is not None and (c.date or doc.header.date or "") >= REFORM_DATE:
                from .gazetteer import resolve_new_ward

                loc = resolve_new_ward(f"{kind.group(0)} {name}")
            if loc is None or loc.ambiguous:
                from .gazetteer import resolve_locality

                loc = resolve_locality(ward=name)
            if loc is None or loc.ambiguous or not (loc.new_province or loc.province):
                continue
            key = loc.new_province or loc.province or ""
            provinces[key] = Locality(
                province=loc.new_province or loc.province,
                new_province=loc.new_province,
                evidence=["the province of the communes and wards the article names"],
            )
    return next(iter(provinces.values())) if len(provinces) == 1 else None


def _former_province(hint: Locality, own: Locality, loc: Locality) -> Locality:
    """The province an act of before the 2025 merger, issued by a province's
    body named without its place ("của UBND tỉnh"), came from, in a text of
    a province merged from several: the former province where the units it
    names lay (``hint``: "huyện Trấn Yên (cũ)" is the old Yên Bái's, in a
    text of the new Lào Cai). ``loc``, the citing province as it was, where
    the units name none of the former provinces or more than one."""
    from .gazetteer import merged_into, resolve_locality

    if loc.evidence[:1] != ["the citing document's own province"] or not own.new_province:
        return loc
    former = merged_into(own.new_province)
    if len(former) < 2:
        return loc
    found: dict[str, str] = {}
    for unit in hint.candidates:
        lvl, _, name = unit.partition(":")
        field = "district" if lvl == "city" else lvl
        place = resolve_locality(hints=former, **{field: name})
        if place is not None and not place.ambiguous and place.province in former:
            found.setdefault(place.province, f"{lvl} {name}")
    if len(found) != 1:
        return loc
    province, named = next(iter(found.items()))
    if province == loc.province:
        return loc
    return Locality(
        province=province,
        new_province=own.new_province,
        evidence=[f"a unit of the former province named with it ({named})"],
    )


def _a_form_of(written: str, name: str) -> bool:
    """Whether an issuer as written is another form of the body ``name`` (the
    one its number's code names): spelt otherwise, abbreviated, or cut at a
    line's end ("Bộ Lao động" / "Thương binh và Xã hội …")."""
    from .agencies import classify_agency

    if len(written.split()) < 2:
        return False
    match = classify_agency(written)
    if match is not None and match.canonical == name:
        return True
    return fold(name).startswith(fold(written))


def _commune_department(issuer: str, date: str | None) -> bool:
    from .agencies import commune_department

    return commune_department(issuer, date) is not None


# the unit words of a commune or ward, longest first ("thị trấn" ended with
# the 2025 reform; "đặc khu" began with it)
_WARD_KINDS = ("thị trấn", "đặc khu", "phường", "xã")


def _kind_before(issuer: str, name: str) -> str | None:
    """The unit word written just before ``name`` in ``issuer`` ("UBND thị
    trấn Óc Eo": "thị trấn"), None when it has none."""
    low = issuer.lower()
    i = low.rfind(name.lower())
    if i < 0:
        return None
    head = " ".join(low[:i].split())
    return next((k for k in _WARD_KINDS if head.endswith(k)), None)


def _own_ward_named(own: Locality, name: str, issuer: str = "", when: str | None = None) -> bool:
    """Whether the unit ``name`` (tones and all) that ``issuer`` names is the
    citing document's own commune or ward: its unit before the 2025
    reorganisation (``own.ward``) for an act dated ``when`` before 1 July
    2025, its unit of today (``own.new_ward``) for one since, either without
    a date; and only with the same unit word ("thị trấn Óc Eo" of 10/3/2025
    cited in a text of today's "xã Óc Eo" is the former township, not it)."""
    from .gazetteer import short_name

    want = name.lower()
    kind = _kind_before(issuer, name) if issuer else None
    for unit, before in ((own.ward, True), (own.new_ward, False)):
        if not unit or short_name(unit).lower() != want:
            continue
        if when and (when < REFORM_DATE) != before:
            continue  # (a unit of the other side of the reform, of one name)
        if kind is not None and not " ".join(unit.lower().split()).startswith(kind):
            continue
        return True
    return False


def _citation_place(
    issuer: str,
    code: str | None,
    own: Locality | None,
    level: str | None,
    date: str | None = None,
    cited_date: str | None = None,
) -> tuple[str | None, Locality | None]:
    named = units_in(issuer)
    if named:
        lvl, name = max(named, key=lambda u: {"province": 0, "district": 1, "ward": 2}.get(u[0], 0))
        try:
            from .gazetteer import resolve_locality
        except ImportError:  # pragma: no cover
            return lvl, None
        hints = [x for x in ((own.province if own else None), (own.district if own else None)) if x]
        field = {"province": "province", "district": "district", "ward": "ward"}.get(lvl)
        if field is None:
            return lvl, None
        if field == "ward" and own is not None and _own_ward_named(own, name, issuer, cited_date or date):
            # "… của Đảng ủy phường Cẩm Thành" in a text of UBND phường Cẩm Thành
            return lvl, own.model_copy(update={"evidence": ["the citing document's own commune or ward"]})
        if (
            field == "ward"
            and len(named) == 1  # (a district named with it: an old unit)
            and own is not None
            and (own.new_province or own.province)
            and (cited_date or date or "") >= REFORM_DATE
        ):
            # a commune or ward of a text since the reform is named as it is
            # now, and first sought in the citing text's province: "Đảng ủy
            # xã Tam Đảo" in a Phú Thọ text of 2026 is the new xã Tam Đảo,
            # not the old Vĩnh Phúc's thị trấn (the kind word kept: "xã" is
            # no "thị trấn"; "thị trấn …" itself is an old unit)
            from .gazetteer import resolve_new_ward

            kind = P.WARD_KIND.search(issuer)
            new = (
                resolve_new_ward(f"{kind.group(0)} {name}", province=own.new_province or own.province)
                if kind is not None and not P.TOWNSHIP.search(issuer)
                else None
            )
            if new is not None and not new.ambiguous:
                return lvl, new
        loc = resolve_locality(hints=hints, **{field: name})
        if loc is not None and loc.ambiguous and own is not None and own.province:
            # the unit above names a unit of its own province
            loc = resolve_locality(hints=hints, province=own.province, **{field: name}) or loc
        return lvl, loc
    if own is None:
        if not issuer:  # (most citations name no issuer: neither pattern can match)
            return level, None
        if P.OWN_DISTRICT_BODY.search(issuer):
            return "district", None
        if P.OWN_PROVINCE_BODY.search(issuer):
            return "province", None
        return level, None
    if (own.ward or own.new_ward) and (
        P.OWN_WARD_BODY.search(issuer)
        # a department of a commune or ward since 2025: "của Trưởng phòng Kinh tế"
        or (issuer and _commune_department(issuer, date))
    ):
        return "ward", own.model_copy(update={"evidence": ["the citing document's own commune or ward"]})
    city = (
        own.province is not None
        and own.province.startswith("Thành phố")
        and not own.district
        and P.OWN_CITY_BODY.search(issuer) is not None
    )
    if not city and (P.OWN_DISTRICT_BODY.search(issuer, 0, None, False) or (not issuer and _code_level(code) == "district")):
        if own.district:
            return "district", Locality(
                province=own.province,
                district=own.district,
                new_province=own.new_province,
                evidence=["the citing document's own district"],
            )
        return "district", None
    # (a ward of a city run by the centre, with no district above it, names
    # that city "thành phố": "Chỉ thị … của Chủ tịch UBND thành phố")
    if own.province and (
        city or P.OWN_PROVINCE_BODY.search(issuer, 0, None, False) or (not issuer and _code_level(code) == "province")
    ):
        # (the province as it was when the cited text was issued: a commune
        # of the old Vĩnh Phúc citing "UBND tỉnh" in 2026 cites the new Phú Thọ)
        merged = (
            own.new_province is not None
            and own.new_province != own.province
            and (cited_date or date or "") >= REFORM_DATE
        )
        return "province", Locality(
            province=own.new_province if merged else own.province,
            new_province=own.new_province,
            evidence=["the citing document's own province" + (" since 1 July 2025" if merged else "")],
        )
    return level, None
