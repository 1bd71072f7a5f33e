"""Agencies and the sector behind their level-specific names (data/agencies.json).

"Sở Y tế", "Phòng Y tế" and "Trạm Y tế phường" are one sector at three levels;
``classify_agency`` says which, so plans of different levels can be compared.
Matching folds accents, case, spaces and dashes, which absorbs the spelling
variants real plans use (Văn hóa/Văn hoá, – and -, LĐTBXH/LĐ-TB và XH).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from . import patterns as P
from .tables import committees_by_kind, fold, load, party_committees


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    sector: str
    canonical: str | None
    level: str | None
    sector_label: str


@dataclass(frozen=True, slots=True)
class _Sector:
    id: str
    en: str
    keys: tuple[str, ...]
    canonical: dict[str, str | None]  # by the agency's own level
    # by the document's level, for a name that gives no level of its own
    canonical_below: dict[str, str | None]
    # villages and residential groups, below every commune or ward: their keys, their one name
    residential_keys: frozenset[str] = frozenset()
    residential: str | None = None
    # a "^" key's last word as written, accents kept, where folding would merge
    # words ("…|đang": "đang", not "đăng ký" nor "Đảng")
    accented: dict[str, str] | None = None


def _residential_keys() -> tuple[str, ...]:
    """The residential units' folded keys, from data/organs.json's
    ``residential_units`` (one table): "cac" + word ("Các thôn"), "truong" +
    word and "truongcac" + word ("Trưởng thôn", "Trưởng các khu vực"), "^" +
    word alone ("Thôn 3"), each only where the row's ``folded`` allows it
    (not "cacban", which "Các ban, ngành" folds to; not "^ap", "Áp dụng")."""
    out: list[str] = []
    for r in load("organs.json")["residential_units"]:
        word = fold(r["word"])
        forms = r.get("folded", ("cac", "truong", "alone"))
        out += (["cac" + word] if "cac" in forms else []) + (
            ["truong" + word, "truongcac" + word] if "truong" in forms else []
        ) + (["^" + word] if "alone" in forms else [])
    return tuple(out)


@cache
def _residential_openings() -> tuple[str, ...]:
    """How a name of residential units opens, lowered: a unit's word
    (organs.json), a head's title, "các", a unit's board."""
    from .tables import residential_units

    return ("tổ", "trưởng", "các ", "ban nhân dân", *(w for w, _ in residential_units()))


@cache
def _sectors() -> tuple[_Sector, ...]:
    rows = load("agencies.json")["sectors"]
    return tuple(
        _Sector(
            r["id"],
            r["en"],
            tuple((k[0] + fold(k[1:])) if k[0] in "^=~" else fold(k) for k in r["keys"])
            + (_residential_keys() if r.get("residential") else ()),
            r["canonical"],
            r.get("canonical_below", {}),
            frozenset((k[0] + fold(k[1:])) if k[0] in "^=" else fold(k) for k in r.get("residential_keys", ()))
            | (frozenset(_residential_keys()) if r.get("residential") else frozenset()),
            r.get("residential"),
            {"^" + fold(k[1:]): k.partition("|")[2].lower() for k in r["keys"] if "|" in k} or None,
        )
        for r in rows
    )


@cache
def _generic() -> tuple[str, ...]:
    return tuple(fold(g) for g in load("agencies.json")["generic"])


@cache
def _levels() -> tuple[dict[str, str], dict[str, str]]:
    lv = load("agencies.json")["levels"]
    # suffixes keep their accents: "quận" is a district, "liên quan" is not
    return (
        {fold(k): v for k, v in lv["prefix"].items()},
        dict(lv["suffix"].items()),
    )


def _title_length(pair: tuple[str, str]) -> int:
    return -len(pair[0]) - len(pair[1])


@cache
def _titles() -> tuple[tuple[str, str], ...]:
    """The heads' titles (folded), each with the start its body's name must
    have after it ("" for any: "tong>kiemtoannhanuoc" is "Tổng" only before
    "Kiểm toán nhà nước"), longest first ("Chánh án" before "Chánh")."""
    pairs = [t.partition("=")[0].partition(">") for t in load("agencies.json")["levels"]["titles"]]
    return tuple(sorted(((fold(t), fold(s)) for t, _, s in pairs), key=_title_length))


@cache
def _title_bodies() -> dict[str, str]:
    """The titles whose body has a name of its own (folded title -> body):
    "tongthammuutruong=Bộ Tổng Tham mưu"."""
    pairs = [t.partition("=") for t in load("agencies.json")["levels"]["titles"]]
    return {fold(t): body for t, _, body in pairs if body}


def _title_at(f: str) -> str:
    """The head's title (folded) opening the folded name ``f``, or ""."""
    for title, start in _titles():
        if f.startswith(title) and f.startswith(start, len(title)):
            return title
    return ""


@lru_cache(maxsize=4096)  # (a pure lookup, asked again for the same names in a document)
def body_key(name: str) -> str:
    """A body's name for comparison: "UBND" written out, folded ("UBND tỉnh"
    and "Ủy ban nhân dân tỉnh" are one key)."""
    return fold(P.UBND_WORD.sub("Ủy ban nhân dân", name))


@cache
def _abbreviations() -> tuple[regex.Pattern[str], dict[str, str]]:
    """data/body_abbreviations.json: one pattern of its abbreviations (whole
    words, the longest first) and each one's words, by its upper case."""
    table = {k.upper(): v for k, v in load("body_abbreviations.json")["abbreviations"].items()}
    # (the table's words, not patterns.py's: its rows are the convention)
    alts = "|".join(regex.escape(k) for k in sorted(table, key=len, reverse=True))
    return regex.compile(rf"(?<![\w&])(?:{alts})(?![\w&])", regex.I), table


def written_out(name: str) -> str:
    """A body's name with its standard abbreviations written out ("Ban
    Thường trực Ủy ban MTTQ tỉnh" as "… Ủy ban Mặt trận Tổ quốc tỉnh")."""
    rx, table = _abbreviations()
    out, at = [], 0
    for m in rx.finditer(name):
        out += [name[at : m.start()], table[m.group(0).upper()]]
        at = m.end()
    return "".join(out) + name[at:] if out else name


def place_level(name: str) -> str | None:
    """The level a place word ending ``name`` gives ("Phòng Kinh tế xã" ->
    "ward"), or None."""
    words = name.lower().replace(",", " ").split()
    suffixes = _levels()[1]
    return next((v for s, v in suffixes.items() if " ".join(words[-len(s.split()) :]) == s), None)


def _named_unit_level(name: str) -> str | None:
    """The level of a unit a name holds with its kind ("Cục Thuế tỉnh Lào Cai"
    -> "province"), or None."""
    m = P.UNIT_WITH_KIND.search(name)
    if m is None:
        return None
    if fold(name).startswith("cuc"):
        return "province"  # a Cục's branch is a province's, a city's too ("Cục Thuế thành phố Hà Nội")
    word = " ".join(m["word"].lower().split())
    if (word.startswith("tp") or word == "thành phố") and fold(m["name"]).startswith(_municipalities()):
        return "province"  # "UBND thành phố Đà Nẵng": a city run by the centre
    return _levels()[1].get("thành phố" if word.startswith("tp") else word)


@cache
def _municipalities() -> tuple[str, ...]:
    return tuple(load("agencies.json")["levels"]["municipalities"])


@cache
def _placed() -> frozenset[str]:
    """Prefixes whose level a place word ending the name overrides."""
    return frozenset(load("agencies.json")["levels"]["placed"])


@cache
def _branch_sectors() -> frozenset[str]:
    return frozenset(load("agencies.json")["levels"]["branch_sectors"])


def _branch_level(body: str) -> str | None:
    """The rank of a national body's branch named by its region ("Kho bạc Nhà
    nước khu vực XIII" -> "province", "Thuế cơ sở 3" -> "district"), or None;
    a unit of the branch ("Phòng giao dịch …") keeps its own."""
    if "vực" not in body and "sở" not in body:
        return None
    m = P.REGIONAL_BRANCH.search(body)
    if m is None:
        return None
    fb = fold(body)
    if any(fb.startswith(p) and lvl in ("district", "ward") for p, lvl in _levels()[0].items()):
        return None
    return "province" if m["region"] else "district"


@cache
def _enterprise_label() -> str:
    return sector_label("enterprises")


def sector_label(sector: str) -> str:
    return next((s.en for s in _sectors() if s.id == sector), sector)


def is_generic(name: str) -> bool:
    """A collective tail ("các tổ chức thành viên khác") rather than a body;
    "các tổ chức chính trị - xã hội" are the Front's member organisations."""
    f = fold(name)
    return "chinhtrixahoi" not in f and any(f.startswith(g) for g in _generic())


@lru_cache(maxsize=4096)
def without_title(name: str) -> str:
    """The body whose head a title names: "Giám đốc Sở Y tế" -> "Sở Y tế",
    "Chủ tịch UBND xã A" -> "UBND xã A", "Trưởng phòng X" -> "Phòng X",
    "Chỉ huy trưởng Ban Chỉ huy quân sự xã" -> "Ban Chỉ huy quân sự xã"; a
    name without a title as it is."""
    f = fold(name)
    title = _title_at(f)
    if not title:
        # "Trưởng phòng X", "Trưởng ban X": the unit is the name's rest
        # ("Trưởng Công an xã": the head of a body named with a capital)
        words = name.split(maxsplit=2)
        # (in capitals as in a heading: "TRƯỞNG CÔNG AN PHƯỜNG")
        if len(words) >= 2 and words[0] in ("Trưởng", "TRƯỞNG") and (words[1].lower() in ("phòng", "ban", "đoàn") or words[1][:1].isupper()):
            rest = name.split(maxsplit=1)[1]
            if len(words) == 3 and words[1].islower() and words[2].startswith(words[1].capitalize() + " "):
                return words[2]  # "Trưởng ban Ban Quản lý …": the title, then the body's full name
            return rest[:1].upper() + rest[1:]  # (the unit's name is capitalised: "Phòng X")
        return name
    words = name.split()
    body = _title_bodies().get(title)
    for k in range(1, len(words) + (body is not None)):
        if fold(" ".join(words[:k])) == title:
            # (titles listed, not a body's head: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ")
            if words[k - 1][-1] in ",;":
                return name
            # ("Tổng Tham mưu trưởng": the Bộ Tổng Tham mưu, named otherwise)
            return " ".join([body, *words[k:]]) if body is not None else " ".join(words[k:])
    return name


@lru_cache(maxsize=4096)
def agency_level(name: str, default: str | None = None) -> str | None:
    if " nơi " in name:
        # a relative clause of place, "UBND cấp xã nơi người nộp hồ sơ cư trú",
        # says which unit, not its level: the level word before it does
        name = name[: name.index(" nơi ")]
    if "hành phố" in name or "TP" in name or "Tp" in name:
        unit = P.UNIT_WITH_KIND.search(name)
        lowered = name.lower()
        # (not a list of units, "các tỉnh, thành phố trực thuộc Trung ương")
        if unit and not unit["word"].lower().startswith("tỉnh") and " các " not in f" {lowered} " and "trực thuộc" not in lowered:
            named = _named_unit_level(name)
            if named == "province":
                return named  # "UBND thành phố Đà Nẵng", "Công an TP Hải Phòng": a city run by the centre
            if named == "district" and fold(name).startswith(("ubnd", "uybannhandan", "uybannhandan")):
                return named  # "UBND thành phố Thanh Hóa": a province's city, never a ward
    if "trực thuộc" in name:
        # "trực thuộc X" names the body it reports to, not its level: "Các
        # đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy" are communes'
        head, _, parent = name.partition("trực thuộc")
        if not parent.lower().lstrip().startswith(("trung ương", "tw")) and (lowest := _lowest_unit_level(head)):
            return lowest
        if "thành phố" in head.lower() and parent.lower().lstrip().startswith(("trung ương", "tw")):
            return "province"  # "UBND các thành phố trực thuộc Trung ương": cities run by the centre
        if (
            parent.lower().lstrip().startswith(("trung ương", "tw"))
            and P.PARTY_BODY_WORD.search(head)
            and _lowest_unit_level(head) is None
            and not P.PARTY_COMMITTEE_OF_UNIT.search(head)
        ):
            return "party"  # "các ban đảng, đảng ủy trực thuộc Trung ương": the centre's own Party bodies
    if name[:1] in "ĐĐ" and (youth := P.YOUTH_UNION_OF_UNIT.match(name)):
        return _levels()[1].get(" ".join(youth["word"].lower().split()))  # "Đoàn phường Đạo Thạnh": a ward's
    f = fold(name)
    prefixes, suffixes = _levels()
    title = _title_at(f)
    if title and (body := without_title(name)) != name:  # (not titles listed: "Bộ trưởng, Thủ trưởng …")
        f = fold(body)  # "Giám đốc Sở Y tế": the body's level ("Tổng Tham mưu trưởng": its Bộ's)
    if f.startswith(_transaction_office()) and _business_office(f):
        # an exchange's or a bank's "Sở Giao dịch …" is an enterprise, of no
        # level (classify_agency); a state unit's is the centre's (the table)
        return default
    words = name.lower().replace(",", " ").split()
    for p, lvl in prefixes.items():
        if f.startswith(p):
            if not lvl:
                return place_level(name) or _named_unit_level(name) or default  # ("Cục Thuế": no fixed level)
            if p in _placed():  # "Phòng Kinh tế xã": the commune's
                return place_level(name) or _named_unit_level(name) or lvl
            return lvl
    # a list of units takes the level of the first kind it names: "các tỉnh,
    # thành phố" are provinces, "các huyện, thị xã, thành phố" districts
    if "các" in words:
        after = words[words.index("các") + 1 :]
        for n in (2, 1):
            listed = suffixes.get(" ".join(after[:n]))
            if listed:
                return listed
    if any(c.isdigit() for c in name):
        # a count of communes names communes: "Hội LHPN 30 xã trong vùng dự án"
        for i in range(len(words) - 1):
            if words[i].isdigit() and suffixes.get(words[i + 1]) == "ward":
                return "ward"
    for s, lvl in suffixes.items():
        n = len(s.split())
        if " ".join(words[-n:]) == s:
            return lvl
    if "diaban" in f and ("phuong" in f or "xa" in f):
        return "ward"
    return default


# Units by rank, lowest first: a list naming several is of its lowest.
_UNIT_RANKS = {"ward": 0, "district": 1, "province": 2}


def _lowest_unit_level(text: str) -> str | None:
    """The level of the lowest unit ``text`` names by its kind ("các đảng ủy
    xã, phường" -> "ward"), or None."""
    words = text.lower().replace(",", " ").split()
    suffixes = _levels()[1]
    found, i = [], 0
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if two in suffixes:  # ("thị xã" is a district, not a "xã")
            found.append(suffixes[two])
            i += 2
            continue
        if words[i] in suffixes and two != "xã hội":  # ("chính trị - xã hội")
            found.append(suffixes[words[i]])
        i += 1
    return min(found, key=lambda lvl: _UNIT_RANKS.get(lvl, 9), default=None)


@cache
def _enterprise_forms() -> tuple[str, ...]:
    data = load("agencies.json")
    return tuple(fold(g) for g in data["enterprise_forms"] + data["brands"])


@cache
def _state_branch_heads() -> tuple[str, ...]:
    return tuple(fold(g) for g in load("agencies.json")["state_branch_heads"])


@cache
def _transaction_office() -> str:
    return fold(load("agencies.json")["transaction_office"])


def _business_office(fb: str) -> bool:
    """Whether the folded name ``fb`` is a "Sở Giao dịch …" of an exchange
    or a bank ("Sở Giao dịch Chứng khoán …"), not of a state unit ("Sở Giao
    dịch Kho bạc Nhà nước"): see agencies.json's transaction_office."""
    office = _transaction_office()
    return fb.startswith(office) and not fb.startswith(_state_branch_heads(), len(office))


# "Phòng" opening an activity, not a division's name: "Phòng Chống …",
# "Phòng Cháy, chữa cháy", "Phòng Thủ dân sự", "Phòng Ngừa …", "Phòng Bệnh …"
# (whole folded words: "Phòng Thuế", "Phòng Thủy lợi", "Phòng Thương mại" are
# divisions)
_NOT_DIVISION_HEADS = frozenset(("chong", "chay", "thudansu", "ngua", "benh"))


def _division_heads(body: str) -> tuple[str, ...] | None:
    """The folded fields a division named "Phòng X" (X capitalised: a
    department's or a Sở's own phòng) is named by, each field of a joint one
    ("Phòng Kế hoạch - Tài chính") from its start, else None."""
    if not body.startswith(("Phòng ", "phòng ")):
        return None
    rest = body[6:].lstrip()
    if not rest[:1].isupper():
        return None
    words = rest.split(None, 3)
    if fold(words[0]) in _NOT_DIVISION_HEADS or fold("".join(words[:3])) in _NOT_DIVISION_HEADS:
        return None
    return (fold(rest), *(fold(rest[m.end() :]) for m in P.JOINT_FIELDS_SPLIT.finditer(rest)))


def _named_ministry(body: str, sector: str, key: str) -> AgencyMatch | None:
    """The ministry a name names after another body, where its field is the
    one the name was matched by, by ``key`` in the ministry's words: "Ủy ban
    nhân dân tỉnh, Bộ Tư pháp" (two bodies in one string) keeps the Bộ, not
    the province's Sở Tư pháp the level word before it would give ("Sở Tư
    pháp, Bộ Tư pháp", matched by the first, keeps the Sở)."""
    if key[0] in "^=" or ("Bộ " not in body[1:] and "BỘ " not in body[1:]):
        return None
    m = P.NAMED_MINISTRY.search(body, 1)
    if m is None or key.lstrip("~") in fold(body[: m.start()]):
        return None
    ministry = classify_agency(body[m.start() :], "national")
    return ministry if ministry is not None and ministry.level == "national" and ministry.sector == sector else None


@lru_cache(maxsize=4096)  # (the same names recur in a document and across a cascade)
def classify_agency(name: str, default_level: str | None = None) -> AgencyMatch | None:
    """Sector, level and the sector's canonical name at that level; an
    enterprise ("Công ty cổ phần Y tế Sao Mai") is its own canonical name,
    without a level, whatever sector its name's words suggest."""
    if name.endswith(" sở tại"):
        # "sở tại" (the place's own) qualifies the body, no word of its name:
        # "Ủy ban nhân dân tỉnh, thành phố sở tại" is the province's
        return classify_agency(name[: -len(" sở tại")], default_level)
    f = fold(name)
    if not f:
        return None
    if P.ANAPHORIC_BODY.match(name):
        return None  # "các đơn vị nêu trên": those named before, of no kind of its own
    if "liên quan" in name and P.CONCERNED_BODIES.match(name):
        return None  # "các cơ quan có liên quan": any body concerned, of no kind of its own
    body = without_title(name)
    person_at = _trailing_person_at(name, body)
    if person_at is not None and (bare := classify_agency(name[:person_at].rstrip(" ,-–"), default_level)):
        # a person's name after the post is not the body's ("Phó Giám đốc Sở
        # Y tế Nguyễn Văn Hòa" is no culture's "Văn hóa"); a body named after
        # a person keeps that name ("Hiệu trưởng Trường THCS Lê Văn Tám")
        if bare.canonical == " ".join(without_title(name[:person_at]).split()) and P.SERVICE_UNIT.match(bare.canonical):
            return AgencyMatch(bare.sector, " ".join(body.split()), bare.level, bare.sector_label)
        return bare
    fb = fold(body)  # (a key for a name's start is tried after its head's title too)
    # (an enterprise's branch too: "Chi nhánh Công ty cổ phần Apatit Lào Cai - Mỏ Cóc")
    if (
        fb.startswith(_enterprise_forms())
        or (fb.startswith("chinhanh") and fb[8:].startswith(_enterprise_forms()))
        or _business_office(fb)
        # (the state groups as a class: "Các Tập đoàn", "các Tổng công ty")
        or (fb.startswith("cac") and fb[3:].startswith(("tapdoan", "tongcongty")))
    ):
        branch = _brand_branch_level(body) if P.BRAND_PLACE.match(body) else None
        return AgencyMatch("enterprises", " ".join(body.split()), branch, _enterprise_label())
    if fb.startswith(_front_mass_units()[0]) and (owned := _front_mass_unit(name, body, f, fb, default_level)):
        return owned
    # (a cheap test first: a Ban or a Văn phòng naming a council)
    if (
        fb.startswith(("ban", "cacban", "vanphong"))
        and ("hdnd" in fb or "hoidongnhandan" in fb)
        and (council_body := _council_organ(body, default_level))
    ):
        return council_body
    if body.endswith(")") and fb.startswith(("so", "ban")) and (bracketed := P.DIVISION_IN_BRACKET.match(body)):
        # "Sở Y tế (Phòng Nghiệp vụ Y)": the division, as "Phòng Nghiệp vụ Y, Sở Y tế" names it
        return classify_agency(f"Phòng {bracketed['division']}, {bracketed['department']}", default_level)
    division = P.DIVISION_OF_DEPARTMENT.match(body) if fb.startswith("phong") else None
    if division and (department := classify_agency(division["department"], "province")):
        name_of = " ".join(f"Phòng {division['division']} ({division['department']})".split())
        return AgencyMatch(department.sector, name_of, department.level or "province", department.sector_label)
    if body[:1] in _UNIT_STAFF_INITIALS and (staff := unit_staff_sector(body)) and staff[1] is not None:
        # a unit's own team or staff group whose name says its field ("Các tổ
        # chuyên môn", "Nhân viên y tế trường học"): its own name, not the
        # class of its employer ("Các trường học") nor a commune's office
        return AgencyMatch(staff[1], staff[0], default_level, sector_label(staff[1]))
    # (heads of villages and residential groups are no school: "Các trưởng
    # thôn" folds like "các trường")
    # (or the units themselves by their kind, accents read: "Các bản", "các
    # sóc" (no "Các sở"), "Các thôn, bản, tổ dân phố")
    village = P.VILLAGE_HEAD.match(name) is not None or P.RESIDENTIAL_GROUP.match(name) is not None
    heads = _division_heads(body)
    for s in _sectors():
        if village and s.id != "lower_government":
            continue
        if village and s.residential:
            # a residential unit by its head's title, whatever its region's
            # word: "Trưởng thôn", "Trưởng khu", "Trưởng các bản", "Trưởng
            # khu dân cư" (data/organs.json's residential units)
            return AgencyMatch(s.id, s.residential, default_level, s.en)
        if s.id == "interdisciplinary" and fb.startswith(("danguy", "dangbo")):
            continue  # a Party committee of bodies is one committee: "Đảng ủy các cơ quan Đảng tỉnh"
        if s.id == "inspection" and heads is not None:
            continue  # a division is no inspectorate: "Phòng Pháp chế - Thanh tra" of a Cục
        for k in s.keys:
            if k[0] == "^":
                # (a whole word's start: "^thon" is "Thôn …", not "Thông tin …")
                hit = (f.startswith(k[1:]) and len(k) - 1 in _word_ends(name)) or (
                    fb.startswith(k[1:]) and len(k) - 1 in _word_ends(body)
                )
                if hit and s.accented is not None and k in s.accented:
                    word = s.accented[k]
                    hit = _word_ending_at(name, len(k) - 1) == word or _word_ending_at(body, len(k) - 1) == word
            elif k[0] == "=":
                hit = k[1:] in (f, fb)  # (after a head's title too: "Bí thư Đoàn xã")
            elif heads is not None:
                # a named division is of the fields its name opens with: "Phòng
                # Phổ biến, giáo dục pháp luật" is no "Giáo dục và Đào tạo"
                hit = any(h.startswith(k.lstrip("~")) for h in heads)
            elif k[0] == "~":
                # (whole words anywhere: "Tỉnh ủy", not "Thông tin huyện")
                hit = k[1:] in f and _whole_words_in(k[1:], f, name)
            else:
                hit = k in f
            if hit and k in s.residential_keys and s.residential and " ".join(name.lower().split()).startswith(_residential_openings()):
                # "Trưởng thôn", "Tổ dân phố", "các thôn, bản", "Ban nhân dân ấp" (not "UBND xã, thôn …");
                # one named by its own name keeps it: "Thôn Bản Mế"
                words = name.split()
                named = len(words) > 1 and words[1][:1].isupper() and words[0].lower() in ("thôn", "xóm", "bản", "ấp")
                return AgencyMatch(s.id, " ".join(words) if named else s.residential, default_level, s.en)
            if hit and s.id in _branch_sectors() and (branch := _branch_level(body)):
                return AgencyMatch(s.id, " ".join(body.split()), branch, s.en)  # its own body, of its rank
            if hit:
                own = agency_level(body if body.startswith("Phòng") else name)  # ("Trưởng phòng X": Phòng X's)
                if (own or default_level) != "national" and (ministry := _named_ministry(body, s.id, k)):
                    return ministry
                lvl = own or default_level
                # "UBND các xã, phường" names its level; "UBND cấp dưới" or
                # "Tổ dân phố" is named from the document's level
                table = s.canonical_below if own is None and s.canonical_below else s.canonical
                # (a head's title is not the body's name: "Trưởng ban Ban Quản lý …")
                canonical = table.get(lvl or "") or " ".join(body.split())
                if s.id == "government" and (unit := _named_units_government(body)):
                    canonical = unit  # "UBND xã Võ Lao": one unit's, not any commune's
                elif s.id == "lower_government" and lvl in ("ward", "district") and (kind := P.ONE_KIND_OF_UNITS.match(body)):
                    # "UBND các phường": the wards only, not every commune and ward
                    canonical = "UBND các " + " ".join(kind["kind"].lower().split())
                elif lvl == "ward" and canonical.endswith(" xã") and not canonical.endswith("cấp xã"):
                    canonical = _with_unit_word(canonical, body)
                if "các cấp" in name and P.ALL_LEVELS.search(name):
                    # "UBND các cấp" names every level, no single one
                    lvl, canonical = None, s.canonical.get("all") or " ".join(body.split())
                if P.SERVICE_UNIT.match(body) and (
                    not P.SERVICE_UNIT.match(canonical) or not body.lower().startswith("các ")
                ):
                    # a unit under a department is a body of its own, in its
                    # sector: "Trung tâm Văn hóa tỉnh" is not the Sở
                    canonical = " ".join(body.split())
                return AgencyMatch(s.id, canonical, lvl, s.en)
    if fb.startswith("chinhanh") and not fb[8:].startswith(_state_branch_heads()):
        # a branch the table does not know, named by its business ("Chi nhánh
        # mỏ tuyển đồng Sin Quyền - Vimico"), is a business's: a place in its
        # name is its address, not its level; a state unit's ("Chi nhánh
        # Trung tâm phát triển quỹ đất …") is no business
        return AgencyMatch("enterprises", " ".join(body.split()), None, _enterprise_label())
    return None


_UNIT_STAFF_INITIALS = frozenset("TtGgNnKkCcBb")


def unit_staff_sector(name: str) -> tuple[str, str | None] | None:
    """A public-service unit's own team, department or staff group
    (agencies.json's unit_staff: "Các tổ chuyên môn", "Giáo viên chủ
    nhiệm", "Tổ Văn phòng", "Khoa Truyền nhiễm"): its own name, and the
    field its name says (None where it is the issuer's); None if ``name``
    names none."""
    if not P.UNIT_STAFF.match(name):
        return None
    own = " ".join(name.split())
    own = own[:1].upper() + own[1:]
    return own, next((sector for row, sector in P.UNIT_STAFF_ROWS if row.match(name)), None)


def council_committee(name: str, parent: str, level: str | None) -> AgencyMatch | None:
    """The council committee a header names over two lines, the council's
    above its own ("HỘI ĐỒNG NHÂN DÂN TỈNH X" / "BAN VĂN HÓA - XÃ HỘI"):
    "Ban Văn hóa - Xã hội HĐND tỉnh"; None for any other issuer."""
    up = parent.upper()
    if not name[:4].lower().startswith("ban ") or ("HĐND" not in up and "HỘI ĐỒNG NHÂN DÂN" not in up):
        return None
    return _council_organ(f"{' '.join(name.split())} {' '.join(parent.split())}", level)


def _council_organ(body: str, default_level: str | None) -> AgencyMatch | None:
    """A committee of a people's council ("Ban Văn hóa - Xã hội HĐND tỉnh")
    or the office serving it ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng
    HĐND tỉnh"): the council's organ, of its sector, under its own name with
    the council's by its level ("Ban Pháp chế HĐND tỉnh"), never the
    department or the government's office its words recall; else None."""
    if committee := P.COUNCIL_COMMITTEE.match(body):
        head, rest = " ".join(committee["ban"].split()), committee["rest"] or ""
    elif (office := P.COUNCIL_OFFICE.match(body)) and not (
        "UBND" in office["rest"] or "ủy ban" in office["rest"].lower() or "uỷ ban" in office["rest"].lower()
    ):
        head, rest = ("Văn phòng Đoàn ĐBQH và" if office["delegation"] else "Văn phòng"), office["rest"]
    else:
        return None
    level = agency_level("HĐND" + rest) or default_level
    council = next(s for s in _sectors() if s.id == "council")
    owner = council.canonical.get(level or "") or " ".join(("HĐND" + rest).split())
    return AgencyMatch("council", f"{head} {owner}", level, council.en)


@cache
def _front_mass_units() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = load("agencies.json")["front_mass_units"]
    return tuple(t["heads"]), tuple(t["not_heads"]), tuple(t["owners"]), tuple(t["party_marks"])


def _front_mass_unit(name: str, body: str, f: str, fb: str, default_level: str | None) -> AgencyMatch | None:
    """A unit of the Front or of a mass organisation named with its owner
    after its head word ("Ban Tổ chức - Kiểm tra Tỉnh Đoàn", "Văn phòng cơ
    quan Ủy ban MTTQ tỉnh", "Ban Tuyên giáo và Dân vận (cơ quan UBMTTQ
    tỉnh)"): that organisation's, under its own name, not the Party's
    commission nor the government's office its head word names elsewhere
    (agencies.json's front_mass_units); else None."""
    _, not_heads, owners, party_marks = _front_mass_units()
    if fb.startswith(not_heads) or f.startswith(not_heads):
        return None
    if not any(_whole_words_in(o, f, name) for o in owners):
        return None
    # (as written, accents kept: "cơ quan Ủy ban" is no "Quận ủy")
    spaced = f" {' '.join(P.WORD_SEPARATORS.split(name.lower().replace('uỷ', 'ủy')))} "
    if any(f" {m} " in spaced for m in party_marks):
        return None  # "Ban Tuyên giáo Tỉnh ủy và Ủy ban MTTQ tỉnh", "Đảng đoàn MTTQ"
    unbracketed = name.replace("(", " ").replace(")", " ")  # (its owner's place word in brackets: "(cơ quan UBMTTQ tỉnh)")
    label = sector_label("front_mass")
    return AgencyMatch("front_mass", " ".join(body.split()), agency_level(unbracketed) or default_level, label)


def bare_organisation_unit(name: str) -> bool:
    """Whether ``name`` is a unit named by its head word alone, no owner, no
    place, no Party mark ("Ban Tuyên giáo", "Ban Gia đình - Xã hội", "Văn
    phòng", "Chánh Văn phòng"): in a Front's or a mass organisation's own text
    the issuer's unit (agencies.json's front_mass_units)."""
    body = without_title(name)
    fb = fold(body)
    heads, not_heads, owners, party_marks = _front_mass_units()
    if not fb.startswith(heads) or fb.startswith(not_heads) or P.UNIT_WITH_KIND.search(body):
        return False
    spaced = f" {' '.join(P.WORD_SEPARATORS.split(body.lower().replace('uỷ', 'ủy')))} ".replace(" xã hội ", " ")
    if any(f" {m} " in spaced for m in party_marks) or any(f" {w} " in spaced for w in _levels()[1]):
        return False  # "Ban Tuyên giáo Tỉnh ủy", "Văn phòng UBND tỉnh"
    return not any(_whole_words_in(o, fb, body) for o in owners) and "ubnd" not in fb and "uybannhandan" not in fb


def _with_unit_word(canonical: str, body: str) -> str:
    """A commune-level body's canonical name with the unit word its name
    ends with: "Ủy ban nhân dân phường" is "UBND phường", "HĐND đặc khu"
    "HĐND đặc khu" (the table names the level by "xã"); a list of units
    ("UBND xã, phường") or a name without one keeps the table's."""
    words = body.lower().split()
    if "," in body or "các" in words:
        return canonical
    for word, level in _levels()[1].items():
        n = len(word.split())
        if level == "ward" and word != "xã" and words[-n:] == word.split():
            return f"{canonical[: -len('xã')]}{word}"
    return canonical


def _brand_branch_level(body: str) -> str | None:
    """The level of a state group's branch named by its brand and its place
    (P.BRAND_PLACE): the place's, "Viettel Quảng Trị", "VNPT tỉnh Lào Cai"
    a province's (a place without its kind, one the gazetteer holds as a
    province); else None, as any enterprise's."""
    m = P.BRAND_PLACE.match(body)
    if m is None:
        return None
    place = " ".join(m["place"].split())
    if P.UNIT_WITH_KIND.match(place):
        return _named_unit_level(place)
    from .gazetteer import unit_kind  # (only here: a brand's branch is rare)

    try:
        return "province" if unit_kind(place, ("tỉnh", "thành phố")) else None
    except RuntimeError:  # (no gazetteer installed)
        return None


def _named_units_government(body: str) -> str | None:
    """The canonical name of one unit's people's committee named by the
    unit's own name, "UBND xã Võ Lao" ("Ủy ban nhân dân thành phố Quảng
    Ngãi" -> "UBND thành phố Quảng Ngãi"), or None (P.NAMED_UNITS_GOVERNMENT)."""
    m = P.NAMED_UNITS_GOVERNMENT.match(body)
    if m is None:
        return None
    return f"{_unit_kind_government(m)} {' '.join(m['name'].split())}"


def _unit_kind_government(m: regex.Match[str]) -> str:
    word = " ".join(m["word"].lower().split())
    return f"UBND {'thành phố' if word.startswith('tp') else word}"


def kind_of_government(name: str) -> str | None:
    """The people's committee of a unit's kind, "UBND xã", for one unit's
    named by its own name ("UBND xã Võ Lao", "Chủ tịch Ủy ban nhân dân xã Võ
    Lao"), or None: what a text of that unit, or one naming it by its kind
    alone, calls it."""
    m = P.NAMED_UNITS_GOVERNMENT.match(without_title(name))
    return _unit_kind_government(m) if m is not None else None


# The levels from the top (the one table of them): the Party's centre
# ("party": Bộ Chính trị, Ban Bí thư) ranks with the State's, and a Party
# committee with its unit's level (a Tỉnh ủy is a province's, a Đảng ủy xã a
# commune's: tables.party_committees).
LEVEL_RANK = {"party": 0, "national": 0, "province": 1, "district": 2, "ward": 3}


@cache
def _serving_sectors() -> frozenset[str]:
    return frozenset(load("agencies.json")["serving_sectors"])


def of_another_level(name: str, parsed: str | None, level: str | None) -> str | None:
    """Whether a body a plan of ``level`` gives a task to is not of the
    plan's own: "above" for a government's, a department's or the Party's
    body of a higher level, by the level its name states and the one the
    parse gives it (``parsed``: a commune's "Phòng Kinh tế" is its own since
    2025), as "Các sở, ban, ngành" in a commune's plan, not for one that
    serves every level (a firm, a bank's branch, the post: agencies.json's
    serving_sectors); "peers" for its own level's units as a class ("Ủy ban
    nhân dân các xã, phường" in a commune's plan, which cannot direct its
    peers); else None. Such a body is a part copied from the plan above."""
    rank = LEVEL_RANK.get(level or "")
    if rank is None or rank == 0:
        return None
    hit = classify_agency(name)
    if hit is None or hit.level not in LEVEL_RANK:
        return None
    if LEVEL_RANK[hit.level] < rank and LEVEL_RANK.get(parsed or "", 9) < rank and hit.sector not in _serving_sectors():
        return "above"
    if hit.sector == "lower_government" and hit.level == level:
        return "peers"
    return None


@cache
def _surnames() -> frozenset[str]:
    return frozenset(s.lower() for s in load("surnames.json")["surnames"])


# (a unit's name after its word may be a person's: "phường Lê Hồng Phong")
_UNIT_NAME_WORDS = frozenset(("tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "tp", "tp.", "khu", "thôn", "bản", "xóm", "ấp"))


def _unit_named(unit: str) -> bool:
    """``unit`` ("thành phố Hồ Chí Minh") is a unit the gazetteer holds; so
    too without a gazetteer (the name is then left as it was read)."""
    from .gazetteer import known_place  # (only here: a person after a unit's word is rare)

    try:
        return known_place(unit)
    except RuntimeError:
        return True


def _trailing_person_at(name: str, body: str) -> int | None:
    """Where a person's name ends a head's post and body ("Phó Giám đốc Sở
    Y tế Nguyễn Văn Hòa"): three or four capitalised syllables, the first a
    family name, not a unit's own name ("UBND phường Lê Hồng Phong"); None
    without one."""
    if body == name or not name[-1:].islower():
        return None
    words = name.split()
    for k in (4, 3):
        run = words[-k:]
        if (
            len(words) - k >= 3
            and run[0].lower() in _surnames()
            and fold("".join(run)) != "hochiminh"  # (the namesake of bodies: "Đoàn TNCS Hồ Chí Minh")
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in run)
            and (words[-k - 1].lower() not in _UNIT_NAME_WORDS or not _unit_named(" ".join(words[-k - 2 :])))
        ):
            return name.rfind(" " + " ".join(run)) + 1
    return None


def _whole_words_in(key: str, f: str, name: str) -> bool:
    """The folded ``key`` is whole words of ``name`` (folded ``f``)."""
    ends = _word_ends(name)
    at = f.find(key)
    while at >= 0:
        if (at == 0 or at in ends) and at + len(key) in ends:
            return True
        at = f.find(key, at + 1)
    return False


def _word_ending_at(name: str, end: int) -> str | None:
    """The word (lowercased, accents kept) of ``name`` whose end is at
    ``end`` of the folded name, or None."""
    n = 0
    for w in P.WORD_SEPARATORS.split(name):
        n += len(fold(w))
        if n >= end:
            return w.lower() if n == end else None
    return None


def _word_ends(name: str) -> frozenset[int]:
    """The lengths of the folded name at each of its words' ends (a hyphen
    parts words too: "VP HĐND-UBND")."""
    ends, n = [], 0
    for w in P.WORD_SEPARATORS.split(name):
        n += len(fold(w))
        ends.append(n)
    return frozenset(ends)


@cache
def _commune_departments() -> tuple[str, tuple[tuple[str, str], ...]]:
    table = load("agencies.json")["commune_departments"]
    return table["since"], tuple((fold(k), u["canonical"]) for u in table["units"] for k in u["keys"])


@cache
def _directly_under_province() -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    t = load("party_committees.json")["directly_under_province"]
    return t["since"], tuple(t["classes"]), tuple(t["parents"]), t["level"]


def directly_under_province_level(name: str, date: str | None) -> str | None:
    """The level of the Party committees "trực thuộc Tỉnh ủy" (or Thành ủy)
    named as a class ("Các đảng ủy trực thuộc Tỉnh ủy", "các cấp ủy, tổ
    chức đảng trực thuộc Tỉnh ủy") in a text of ``date``: a ward's since 1
    July 2025, when the communes' and wards' committees came directly under
    the province's (data/party_committees.json); None before then, undated,
    or for another name (one naming its units keeps their level: "Đảng ủy
    các xã, phường trực thuộc Tỉnh ủy")."""
    since, classes, parents, level = _directly_under_province()
    if date is None or (len(date) < len("2025-07") and date <= since[:4]) or date < since[: len(date)]:
        return None
    head, found, parent = name.partition("trực thuộc")
    if not found:
        return None
    f, p = fold(head), fold(parent)
    if not p.startswith(parents) or not any(c in f for c in classes) or _lowest_unit_level(head) is not None:
        return None
    return level


@cache
def _merged_bodies() -> tuple[str, tuple[tuple[tuple[str, ...], dict[str, str]], ...]]:
    table = load("agencies.json")["merged_bodies"]
    return table["until"], tuple((tuple(fold(k) for k in u["keys"]), u["names"]) for u in table["units"])


def name_before_merger(name: str, level: str | None, date: str | None) -> str | None:
    """The canonical name a body had before the departments merged on 1 March
    2025, for a text of ``date`` before then that names it by its old name
    ("Phòng Tài nguyên và Môi trường" at a district's level in 2023), or None."""
    until, units = _merged_bodies()
    if date is None or level is None or date[: len(until)] >= until[: len(date)]:
        return None
    f = fold(name)
    return next((names.get(level) for keys, names in units if any(k in f for k in keys)), None)


def commune_department(name: str, date: str | None) -> str | None:
    """The canonical name of the commune's or ward's own department that
    ``name`` names in a commune's or ward's text of ``date`` ("Phòng Kinh tế",
    "Văn phòng HĐND và UBND xã" since 1 July 2025), or None: before the reform,
    or undated, or for a name another unit's place word is in ("Phòng Kinh
    tế huyện A", "Văn phòng UBND tỉnh")."""
    since, units = _commune_departments()
    # (a year alone tells only after the reform's year: "ngày … tháng … năm 2026")
    if date is None or (len(date) < len("2025-07") and date <= since[:4]) or date < since[: len(date)]:
        return None
    spaced = f" {' '.join(name.lower().replace(',', ' ').split())} "
    if any(f" {word} " in spaced for word, level in _levels()[1].items() if level != "ward"):
        return None  # "Phòng Kinh tế huyện Cẩm Xuyên", "Văn phòng UBND tỉnh Hà Tĩnh"
    f = fold(without_title(name))
    return next((canonical for key, canonical in units if f.startswith(key)), None)


@cache
def _department_fields() -> dict[str, tuple[tuple[str, ...], bool]]:
    units = load("agencies.json")["commune_departments"]["units"]
    return {u["canonical"]: (tuple(u.get("sectors", ())), bool(u.get("by_task"))) for u in units}


def department_sectors(canonical: str) -> frozenset[str]:
    """The fields a commune's department serves ("Phòng Kinh tế": finance,
    planning, industry and trade, …), by its canonical name."""
    return frozenset(_department_fields().get(canonical, ((), False))[0])


@cache
def _field_words() -> dict[str, re.Pattern[str]]:
    words = load("agencies.json")["commune_departments"]["field_words"]
    # (case kept: a body's name, "Trạm Y tế", is no field's word; built
    # here, not in patterns, from the table's words for each field)
    return {s: re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(ws, key=len, reverse=True))) + r")\b") for s, ws in words.items()}


@cache
def _any_field_word() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every field's words in one pattern, the longest first, and the field
    of each: at one place the longest phrase tells the field ("giáo dục pháp
    luật" is justice's, not education's "giáo dục")."""
    words = load("agencies.json")["commune_departments"]["field_words"]
    field = {w: f for f, ws in words.items() for w in ws}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(field, key=len, reverse=True))) + r")\b"), field


def _clause_fields(clause: str) -> set[str]:
    pattern, field = _any_field_word()
    found = {field[m.group(0)] for m in pattern.finditer(clause)}
    if not found and (weak := _weak_field_words()) is not None:
        # a word any field's work may hold ("tuyên truyền") tells its own
        # field only in a clause naming no other field's matter
        found = {field for word, field in weak if word in clause}
    return found


@cache
def _weak_field_words() -> tuple[tuple[str, str], ...] | None:
    words = load("agencies.json")["commune_departments"].get("weak_field_words") or {}
    return tuple((w, f) for f, ws in words.items() for w in ws) or None


def _without_partners(clause: str) -> str:
    """``clause`` without the names of the bodies it is done with ("phối hợp
    các trường học bảo đảm …": the schools speak of their field, not of the
    department's), up to the task's verb (PARTNERS_END)."""
    if "phối hợp" not in clause and "Phối hợp" not in clause:
        return clause
    out, at = [], 0
    for m in P.PARTNERS.finditer(clause):
        end = P.PARTNERS_END.search(m["names"])
        out.append(clause[at : m.start("names")])
        at = m.start("names") + (end.start() if end else len(m["names"]))
    return "".join(out) + clause[at:]


def department_field(canonical: str, texts: list[str]) -> str | None:
    """The field most clauses of the tasks of a department serving several
    speak of ("Phòng Kinh tế, Hạ tầng và Đô thị" clearing drains: construction), or
    None: one of a single field, or tasks without any field's words. Its
    own words tell it, not its partners' names ("phối hợp các trường học");
    its main duty weighs most: a funding clause after a main duty of
    another field ("…; tham mưu bố trí kinh phí …") is that duty's side
    work, no finance, and a tie goes to the field of the first clause that
    speaks of one (then to the field the table names first)."""
    fields, by_task = _department_fields().get(canonical, ((), False))
    if not by_task:
        return None
    # (each clause counts once for a field: "nước sạch, vệ sinh môi trường" is one)
    said = [f for t in texts for c in P.FIELD_CLAUSE_END.split(t) if (f := _clause_fields(_without_partners(c)) & set(fields))]
    if not said:
        return None
    main = said[0]
    if "finance" not in main:
        said = [f for f in said if f != {"finance"}] or said
    counts = [(sum(1 for c in said if f in c), f in main, -i, f) for i, f in enumerate(fields)]
    best = max(counts)
    return best[3] if best[0] else None


def department_speaks_of(canonical: str, field: str, texts: list[str]) -> bool:
    """Whether a commune's department serving ``field`` ("Văn phòng HĐND và
    UBND": office, justice, …) has a task speaking of it ("bồi dưỡng kỹ năng
    soạn thảo văn bản" is justice's)."""
    if field not in department_sectors(canonical):
        return False
    return any(field in _clause_fields(c) for t in texts for c in P.FIELD_CLAUSE_END.split(t))


# A name ending with its unit is a body's, not a department's field.
_UNIT_WORDS = frozenset(["tỉnh", "huyện", "xã", "phường", "quận"])


def expand_shared_kind(name: str) -> list[str] | None:
    """Bodies of one kind listed after it: "Giám đốc các sở: Tư pháp, Văn
    hóa, Thể thao và Du lịch, Y tế" -> Sở Tư pháp, Sở Văn hóa, Thể thao và Du
    lịch, Sở Y tế; "Các Sở, ngành: Công Thương, Công an tỉnh" -> Sở Công
    Thương, Công an tỉnh. A field with a comma of its own stays whole (a piece
    no department is named by goes with the one before); a piece that names a
    body itself, by its head word or its unit, is kept as it is. None when
    ``name`` is no such list."""
    shared = P.SHARED_KIND.match(name)
    if not shared:
        return None
    kind = shared["kind"].capitalize()
    out: list[str] = []
    for piece in (p.strip(" .;") for p in shared["list"].split(",")):
        if not piece:
            continue
        head = P.AGENCY_HEAD_WORD.match(piece)
        if (head and head.end() < len(piece)) or piece.rsplit(" ", 1)[-1] in _UNIT_WORDS:
            out.append(piece)  # "Công an tỉnh", "Thanh tra tỉnh": a body of its own (not "các Bộ: Công an")
        elif out and classify_agency(f"{kind} {piece}") is None:
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(f"{kind} {piece}")
    return out


def expand_units_listed(name: str) -> list[str] | None:
    """One body per unit of a class named after a colon: "Chủ tịch Ủy ban
    nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng" -> "Chủ tịch Ủy ban
    nhân dân tỉnh Quảng Ninh", "Chủ tịch Ủy ban nhân dân thành phố Hải
    Phòng"; "UBND các xã: Gia Phú, Bảo Thắng khẩn trương …" -> "UBND xã Gia
    Phú", "UBND xã Bảo Thắng" (the task's words after the list left). Each
    unit takes the kind of the class the gazetteer knows it by, else the
    first. None when ``name`` is no such list (P.UNITS_LISTED)."""
    m = P.UNITS_LISTED.match(name)
    if m is None:
        return None
    kinds = [" ".join(k.lower().split()) for k in P.UNITS_LISTED_KINDS_SPLIT.split(m["kinds"])]
    out: list[str] = []
    for unit in P.UNITS_NAMED_SPLIT.split(m["list"]):
        kind = kinds[0]
        if len(kinds) > 1:
            try:
                from .gazetteer import unit_kind  # (only here: such lists are rare)

                kind = unit_kind(unit, kinds) or kind
            except RuntimeError:  # (no gazetteer)
                pass
        out.append(f"{m['organ']} {kind} {unit}")
    return out


# Words a standard name goes on with, as part of the body's name: its place
# or level ("Sở Y tế tỉnh", "Phòng Kinh tế xã", "UBND các xã, phường") — not
# a task's verb after it ("Sở Khoa học và Công nghệ ngăn chặn …").
_NAME_GOES_ON = frozenset(
    ["tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc", "cấp", "các", "và", "trực", "thuộc",
     "tại", "khu", "vùng", "trung", "địa", "cơ", "của", "nơi"]
)


@cache
def _standard_names() -> tuple[tuple[int, frozenset[str]], ...]:
    """The names of bodies the tables know by their name ("Sở Khoa học và Công
    nghệ", "Phòng Văn hóa - Xã hội", "UBND xã"), as (words, folded), longest
    first; not collectives ("Các sở, ban, ngành", "UBND các xã, phường")."""
    data = load("agencies.json")
    names = {
        v
        for s in data["sectors"]
        for key in ("canonical", "canonical_below")
        for v in (s.get(key) or {}).values()
        if v
    }
    names |= {u["canonical"] for u in data["commune_departments"]["units"]}
    names |= {n for s in data["sectors"] for n in s.get("names", ())}  # ("Kho bạc Nhà nước", at any level)
    names |= {n.replace("UBND", "Ủy ban nhân dân").replace("HĐND", "Hội đồng nhân dân") for n in names}
    by_words: dict[int, set[str]] = {}
    for n in names:
        if not n.lower().startswith("các") and " các " not in f" {n.lower()} " and "/" not in n:
            by_words.setdefault(len(n.split()), set()).add(fold(n))
    return tuple((k, frozenset(v)) for k, v in sorted(by_words.items(), reverse=True))


_UNIT_AFTER_COMMITTEE = frozenset(["xã", "phường", "tỉnh", "huyện", "quận"])
_TWO_WORD_UNITS = frozenset(["thị trấn", "đặc khu", "thị xã", "thành phố"])


@cache
def _committee_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the Party committees' names ("Tỉnh", "Đảng"; see
    tables.party_committees), and of those named by their unit's kind."""
    return (
        frozenset(n.split()[0] for n in party_committees()),
        frozenset(n.split()[0] for n in committees_by_kind()),
    )


def party_name_end(name: str) -> str:
    """A body's name cut after the Party committee it ends with ("Tỉnh ủy",
    "Đảng ủy xã", "Huyện ủy Krông Pắc") when a task's word in lower case runs
    on: "Ủy ban Kiểm tra Đảng ủy xã lồng ghép …" -> "Ủy ban Kiểm tra Đảng ủy
    xã" (whatever the verb); "Đảng ủy khối …", "Tỉnh ủy viên" go on."""
    words = name.split()
    committees, by_kind = _committee_words()
    for i in range(1, len(words) - 1):
        if words[i] not in ("ủy", "uỷ") or words[i - 1] not in committees:
            continue
        j = i + 1
        if words[i - 1] not in by_kind:
            # ("Đảng ủy": only a unit's committee: "Đảng ủy khối", "Đảng ủy quân sự" are names)
            if " ".join(words[j : j + 2]) in _TWO_WORD_UNITS:
                j += 2
            elif words[j] in _UNIT_AFTER_COMMITTEE:
                j += 1
            else:
                continue
        while j < len(words) and words[j][:1].isupper():
            j += 1  # its unit's name: "Đảng ủy xã Ea Kly"
        if j < len(words) and words[j][:1].islower() and words[j] not in _NAME_GOES_ON and words[j] != "viên":
            return " ".join(words[:j])
        return name
    return name


# Lower-case words a name goes on with after its place: "Ngân hàng … Việt
# Nam chi nhánh …", "Báo Hà Tĩnh điện tử", "các Cơ quan đại diện Việt Nam ở
# nước ngoài".
_AFTER_PLACE = frozenset(["chi", "điện", "ở"])


def place_name_end(name: str) -> str:
    """A body's name cut after the place closing it, "Việt Nam" or a
    province's name (every word capitalised), when a task's lower-case words
    run on: "Thông tấn xã Việt Nam tăng thời lượng …" -> "Thông tấn xã Việt
    Nam", "Báo Hà Tĩnh tăng …" -> "Báo Hà Tĩnh"; a name going on with its
    level or unit ("… Việt Nam tỉnh") stays whole. So too after "nêu trên",
    which closes a name referring back ("UBND các xã nêu trên sơ tán …")."""
    at = name.find(" nêu trên ")
    if at > 0:
        name = name[: at + 9]
    for m in P.PLACE_RUN.finditer(name):
        nxt = name[m.end() :].split(maxsplit=1)[0].strip(",;.")
        if nxt in _NAME_GOES_ON or nxt in _AFTER_PLACE:
            continue
        words = m["place"].split()
        if words[-2:] == ["Việt", "Nam"] or any(
            _unit_named("tỉnh " + " ".join(words[i:])) for i in range(len(words) - 1)
        ):
            return name[: m.end("place")]
    return name


@lru_cache(maxsize=4096)
def standard_name_end(name: str) -> str:
    """A body's name cut where the standard name it opens with ends, when a
    task's words run on after it: "Sở Khoa học và Công nghệ ngăn chặn, gỡ bỏ
    …" -> "Sở Khoa học và Công nghệ", "UBND xã 06 tháng một lần" -> "UBND
    xã"; a name going on with its place or a capital ("Sở Y tế tỉnh Lào Cai")
    stays whole."""
    words = name.split()
    names = _standard_names()
    # (each word folded once, cached, and a prefix's key joined from their
    # folds: a fold of each prefix, longest first, was up to ten new strings
    # to fold for each name read. The same keys: folding drops the spaces and
    # reads no context across them, but for a capital sigma's case, and the
    # known names hold no Greek letter)
    keys = [fold(w) for w in words[: names[0][0]]] if names else []
    for n, folded in names:
        if len(words) <= n or "".join(keys[:n]) not in folded:
            continue
        if not words[n - 1][-1:].isalnum():
            return name  # (a list goes on after the name's comma: not a task's words)
        nxt = words[n].lower().strip(",;.")
        after = words[n + 1].lower() if len(words) > n + 1 else ""
        # ("cấp" a level, "cấp xã"; or a verb, "cấp thẻ")
        goes_on = nxt in _NAME_GOES_ON and (nxt != "cấp" or after in _NAME_GOES_ON)
        if words[n][:1].isdigit() or (words[n][:1].islower() and not goes_on):
            return " ".join(words[:n])
        return name
    return name
