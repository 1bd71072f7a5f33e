"""Gazetteer: Vietnam's administrative units before and after 1 July 2025.

The data is the mapping that underthesea ships
(``underthesea/address/data/mapping.json``, from vietnamadminunits): every
pre-2025 ward/commune with its district and province, and the unit it belongs
to now. It is read directly (importing underthesea itself would load its NLP
stack) on first use and indexed by folded names; nothing loads at import time.

Names are not unique ("Phường 1" in 33 districts, "Huyện Châu Thành" in ten
provinces, two "Phường Nguyễn Nghiêm" in Quảng Ngãi): ``resolve_locality``
uses every clue it is given and says when a name stays ambiguous rather than
guessing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from . import patterns as P
from .cachefiles import default_cache_dir, read_pickle, write_pickle
from .models import Locality
from .tables import fold

# Unit words as they open an official name, longest first; abbreviations as
# written in headers and citations ("TP.", "Tp", "TX.", "Q.", "H.", "P.", "X.", "TT.").
_UNIT_WORDS = [
    ("thành phố", "city"),
    ("thị trấn", "ward"),
    ("thị xã", "district"),
    ("tỉnh", "province"),
    ("huyện", "district"),
    ("quận", "district"),
    ("phường", "ward"),
    ("xã", "ward"),
    # a commune-level special zone since 1 July 2025: "Đặc khu Phú Quốc"
    ("đặc khu", "ward"),
]
_ABBREV = {
    "tp": "thành phố",
    "t.p": "thành phố",
    "tx": "thị xã",
    "tt": "thị trấn",
    "q": "quận",
    "h": "huyện",
    "p": "phường",
    "x": "xã",
}


class Unit(NamedTuple):
    """One administrative unit (a tuple: the pickled index of 10,000 wards loads
    in a few milliseconds, where frozen dataclasses took ~40 ms)."""

    province: str  # official old names: "Tỉnh Quảng Ngãi"
    district: str | None = None  # "Thành phố Quảng Ngãi"
    ward: str | None = None  # "Phường Nguyễn Nghiêm"
    new_province: str | None = None
    new_wards: tuple[str, ...] = ()

    def label(self) -> str:
        return ", ".join(x for x in (self.ward, self.district, self.province) if x)


@dataclass
class _Index:
    provinces: dict[str, Unit] = field(default_factory=dict)  # folded short name -> unit
    districts: dict[str, list[Unit]] = field(default_factory=dict)  # folded short name -> units
    wards: dict[str, list[Unit]] = field(default_factory=dict)
    by_district: dict[tuple[str, str], list[Unit]] = field(
        default_factory=dict
    )  # (province, district) -> wards
    # the communes and wards since 1 July 2025, by folded short name: each a
    # Unit with its new province and name (and the old province it lay in,
    # when it lay in one)
    new_wards: dict[str, list[Unit]] = field(default_factory=dict)


def _data_path() -> str:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.origin:
        raise RuntimeError("the underthesea package (which ships the gazetteer) is not installed")
    return os.path.join(os.path.dirname(spec.origin), "address", "data", "mapping.json")


@lru_cache(maxsize=16384)  # a graph asks for every node's place, over few names
def short_name(name: str) -> str:
    """ "Phường Nguyễn Nghiêm" -> "Nguyễn Nghiêm"; "Phường 1" stays "Phường 1"."""
    low = name.lower()
    for word, _ in _UNIT_WORDS:
        if low.startswith(word + " "):
            rest = name[len(word) + 1 :].strip()
            return name if rest[:1].isdigit() else rest
    return name


def _cache_path(kind: str) -> str:
    from . import __version__

    st = os.stat(_data_path())
    return os.path.join(
        default_cache_dir(),
        f"gazetteer-{kind}-{__version__}-f{_CACHE_FORMAT}-{st.st_size}-{int(st.st_mtime)}.pickle",
    )


# bumped whenever the pickled classes change shape, so an old cache is not read
_CACHE_FORMAT = 6


@cache
def _provinces() -> dict[str, Unit]:
    """Province names only: most documents are provincial, and this small
    table loads in a millisecond where the full index takes a tenth of a second."""
    data = read_pickle(_cache_path("provinces"))
    if isinstance(data, dict):
        return data
    return _index().provinces


_SHARD_PREFIXES = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _shard_of(key: str) -> str:
    first = key[:1]
    return first if first.isascii() and first.isalnum() else "_"


def _named(kind: str, key: str) -> list[Unit]:
    """Wards or districts with this folded name, from the index shard of its
    first letter: a ward plan loads ~1/30 of the ward index at start-up."""
    return _shard(kind, _shard_of(key)).get(key, [])


@cache
def _shard(kind: str, prefix: str) -> dict[str, list[Unit]]:
    data = read_pickle(_cache_path(f"{kind}-{prefix}"))
    if isinstance(data, dict):
        return data
    idx = _index()  # no shard yet: the full index has it, and writes the shards
    _write_shards(idx)
    table: dict[str, list[Unit]] = getattr(idx, kind)
    return {k: v for k, v in table.items() if _shard_of(k) == prefix}


def _write_shards(idx: _Index) -> None:
    for kind in ("wards", "districts", "new_wards"):
        # every prefix gets a file, empty or not, so a miss never loads the full index
        shards: dict[str, dict[str, list[Unit]]] = {p: {} for p in _SHARD_PREFIXES}
        for k, units in getattr(idx, kind).items():
            shards.setdefault(_shard_of(k), {})[k] = units
        for prefix, table in shards.items():
            write_pickle(_cache_path(f"{kind}-{prefix}"), table)


@cache
def _index() -> _Index:
    """The index, from a pickle cache keyed by the data file (building it from
    the 4.8 MB JSON costs ~0.3 s; reading the pickle a fraction of that)."""
    cache_file = _cache_path("full")
    cached = read_pickle(cache_file)
    if isinstance(cached, _Index):
        return cached
    idx = _build_index(_data_path())
    write_pickle(cache_file, idx)
    write_pickle(_cache_path("provinces"), idx.provinces)
    _write_shards(idx)
    return idx


def _build_index(path: str) -> _Index:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    idx = _Index()
    new_names = {k: v["name"] for k, v in data["province_names"].items()}
    new_of = {old: new_names.get(new) for old, new in data["province_mapping"].items()}
    for key, v in data["old_province_names"].items():
        idx.provinces[fold(v["short"])] = Unit(province=v["name"], new_province=new_of.get(key))
    wards: dict[tuple[str, str, str], list[str]] = {}
    for r in data["ward_mapping"]:
        k = (r["old_province"], r["old_district"], r["old_ward"])
        wards.setdefault(k, [])
        if r["new_ward"] not in wards[k]:
            wards[k].append(r["new_ward"])
    new_units: dict[tuple[str, str], set[str]] = {}
    for r in data["ward_mapping"]:
        new_units.setdefault((r["new_province"], r["new_ward"]), set()).add(r["old_province"])
    for (new_prov_name, new_ward), olds in new_units.items():
        old = sys.intern(next(iter(olds))) if len(olds) == 1 else ""
        idx.new_wards.setdefault(fold(short_name(new_ward)), []).append(
            Unit(province=old, new_province=sys.intern(new_prov_name), new_wards=(new_ward,))
        )
    seen_districts: set[tuple[str, str]] = set()
    for (prov, dist, ward), new in wards.items():
        # one string object per name: the pickled index then stores each
        # province and district name once instead of once per ward (half the size)
        prov, dist = sys.intern(prov), sys.intern(dist)
        new = [sys.intern(n) for n in new]
        pkey = fold(short_name(prov))
        new_prov = idx.provinces[pkey].new_province if pkey in idx.provinces else None
        u = Unit(
            province=prov, district=dist, ward=ward, new_province=new_prov, new_wards=tuple(new)
        )
        idx.wards.setdefault(fold(short_name(ward)), []).append(u)
        idx.by_district.setdefault((prov, dist), []).append(u)
        if (prov, dist) not in seen_districts:
            seen_districts.add((prov, dist))
            idx.districts.setdefault(fold(short_name(dist)), []).append(
                Unit(province=prov, district=dist, new_province=new_prov)
            )
    return idx


def parse_unit(text: str) -> tuple[str, str] | None:
    """(kind, name) of a unit named in ``text``: "UBND phường Nguyễn Nghiêm" ->
    ("ward", "Nguyễn Nghiêm"); "TỈNH BÌNH DƯƠNG" -> ("province", "Bình Dương");
    "thành phố Quảng Ngãi" -> ("city", "Quảng Ngãi") (district- or
    province-level: ``resolve_locality`` decides)."""
    t = " ".join(text.split())
    t = P.ORGAN_BEFORE_UNIT.sub("", t)
    m = P.UNIT_ABBREVIATION.match(t)
    if m:
        word = _ABBREV[(m.group(1) or m.group(2)).lower()]
        t = f"{word} {t[m.end() :].strip()}"
    low = t.lower()
    for word, kind in _UNIT_WORDS:
        if low.startswith(word + " "):
            name = t[len(word) + 1 :].strip()
            if not name:
                return None
            if name.isupper() or name == name.lower():
                name = " ".join(w.capitalize() for w in name.split())
            if name[:1].isdigit():
                name = f"{word.capitalize()} {name}"
            return kind, name
    return None


def known_place(text: str) -> bool:
    """Does ``text`` ("UBND phường Tân An", "huyện Nam Đàn") name a unit the
    gazetteer holds by that name (any province; no disambiguation)?"""
    unit = parse_unit(text)
    if unit is None:
        return False
    kind, name = unit
    key = fold(short_name(name))
    if kind == "ward":
        return bool(_named("wards", key) or _named("new_wards", key))
    if kind in ("district", "city") and _named("districts", key):
        return True
    return kind in ("province", "city") and key in _provinces()


@cache
def _tinh_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each province's name ("Lào Cai") with its folded words, the "tỉnh"s
    only: a city run by the centre ("Hồ Chí Minh") is no "tỉnh"."""
    out: dict[str, tuple[str, ...]] = {}
    for u in _provinces().values():
        if fold(u.province or "").startswith("tinh"):
            full = short_name(u.province)
            out.setdefault(full, tuple(fold(w) for w in full.split()))
    return tuple(out.items())


@lru_cache(maxsize=256)
def province_begun_by(name: str) -> str | None:
    """The one province ("tỉnh", not a city) whose name ``name`` (a
    province's name cut short or mistyped: "Lào") is the first words of
    ("Lào Cai"), None when no province or more than one is ("Hà": Hà Giang,
    Hà Nam, …) or it names one in full (the common case, told at once)."""
    words = tuple(fold(w) for w in name.split())
    if not words or "".join(words) in _provinces():
        return None
    found = [full for full, whole in _tinh_words() if len(whole) > len(words) and whole[: len(words)] == words]
    return found[0] if len(found) == 1 else None


def province_closing(text: str) -> str | None:
    """The province whose name closes ``text`` after two words at least, as a
    provincial department writes its province with no unit word ("SỞ Y TẾ
    NGHỆ AN" -> "NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO BÀ RỊA - VŨNG TÀU"); None
    when none does ("SỞ TƯ PHÁP")."""
    words = text.split()
    provinces = _provinces()
    for k in (4, 3, 2, 1):
        if len(words) - k >= 2 and fold("".join(words[-k:])) in provinces:
            return " ".join(words[-k:])
    return None


def unit_kind(name: str, kinds: Sequence[str]) -> str | None:
    """The one of ``kinds`` (unit words, "tỉnh", "thành phố") the gazetteer
    holds a unit named ``name`` by, before or after 1 July 2025: "Hải Phòng"
    of "tỉnh", "thành phố" is a "thành phố", "Quảng Ninh" a "tỉnh"; None when
    it holds it by none of them, or by several (a "xã" and a "phường" of one
    name in two provinces)."""
    key = fold(short_name(name))
    full: set[str] = set()
    province = _provinces().get(key)
    if province is not None:
        full.add(fold(province.province))
    full |= {fold(u.district) for u in _named("districts", key) if u.district}
    full |= {fold(u.ward) for u in _named("wards", key) if u.ward}
    full |= {fold(w) for u in _named("new_wards", key) for w in u.new_wards}
    found = [k for k in kinds if fold(f"{k} {name}") in full]
    return found[0] if len(found) == 1 else None


def _match_hint(name: str | None, hints_folded: Sequence[str]) -> bool:
    if not name:
        return False
    full = fold(name)
    return any(full in h for h in hints_folded)


def _narrow(cands: list[Unit], attr: str, value: str | None) -> list[Unit]:
    if not value:
        return cands
    want = fold(short_name(value))
    kept = [c for c in cands if getattr(c, attr) and fold(short_name(getattr(c, attr))) == want]
    return kept


def _by_hints(cands: list[Unit], hints_folded: Sequence[str]) -> tuple[list[Unit], str | None]:
    """Keep candidates whose district (then province) is named in a hint."""
    for attr in ("district", "province"):
        kept = [c for c in cands if _match_hint(getattr(c, attr), hints_folded)]
        if kept and len(kept) < len(cands):
            return kept, attr
    # hints may name a unit without its unit word ("Quảng Ngãi"): weaker
    for attr in ("district", "province"):
        kept = [
            c
            for c in cands
            if getattr(c, attr) and fold(short_name(getattr(c, attr))) in " ".join(hints_folded)
        ]
        if kept and len(kept) < len(cands):
            return kept, attr
    return cands, None


def _locality(u: Unit, evidence: list[str]) -> Locality:
    return Locality(
        province=u.province,
        district=u.district,
        ward=u.ward,
        new_province=u.new_province,
        new_ward="; ".join(u.new_wards) if u.new_wards else None,
        evidence=evidence,
    )


def _clean(name: str | None, kinds: tuple[str, ...]) -> str | None:
    if not name:
        return None
    parsed = parse_unit(name)
    if parsed and parsed[0] in kinds:
        return parsed[1]
    return " ".join(name.split())


def _ward_word(name: str | None) -> str | None:
    """The unit word a commune's, ward's or township's name is written with
    ("xã " of "Xã Phú Lộc", "UBND phường An Hòa"), lower case; None without
    one, or for a numbered ward ("Phường 2": its word is its name's)."""
    if not name:
        return None
    t = P.ORGAN_BEFORE_UNIT.sub("", " ".join(name.split())).lower()
    for word in ("xã ", "phường ", "thị trấn ", "đặc khu "):
        if t.startswith(word) and not t[len(word) : len(word) + 1].isdigit():
            return word
    return None


def resolve_locality(
    *,
    ward: str | None = None,
    district: str | None = None,
    province: str | None = None,
    hints: Sequence[str] = (),
) -> Locality | None:
    """The unit named by ``ward``/``district``/``province`` (as written, with or
    without unit words), disambiguated with ``hints`` (other text naming places:
    the place line, a parent plan's issuer). None when no such unit exists."""
    return _resolve_locality(ward, district, province, hints, False)


def resolve_own_locality(
    *,
    ward: str | None = None,
    district: str | None = None,
    province: str | None = None,
    hints: Sequence[str] = (),
) -> Locality | None:
    """``resolve_locality`` of the units a text's own header names: its
    district is the one of the text's date, which a commune may have left
    since (the gazetteer is one snapshot), not a unit to look in."""
    return _resolve_locality(ward, district, province, hints, True)


def _resolve_locality(
    ward: str | None, district: str | None, province: str | None, hints: Sequence[str], moved: bool
) -> Locality | None:
    # (the unit word written decides the kind: "Xã Phú Lộc" is no "Thị trấn Phú Lộc")
    word = _ward_word(ward)
    ward = _clean(ward, ("ward",))
    district = _clean(district, ("district", "city"))
    province = _clean(province, ("province", "city"))
    hints_folded = [fold(h) for h in hints if h]
    evidence: list[str] = []
    if ward:
        # (its own name is no hint: "Xã Sơn Hải" names no "Huyện Sơn Hà")
        own = fold(ward)
        hints_folded = [fold(h) for h in hints if h and fold(short_name(h)) != own]
        cands = list(_named("wards", fold(short_name(ward))))
        if not cands and not ward[:1].isdigit():
            cands = [
                u for k in ("phuong", "xa", "thitran") for u in _named("wards", k + fold(ward))
            ]
        named = cands
        cands = _narrow(named, "district", district)
        if not cands and named and district and moved:
            # a commune moved to another district before the gazetteer's
            # snapshot (the rearrangements of 2023-2025): its text names the
            # district of its date; the commune of its name in that
            # district's province, else the province alone, never nothing
            provs = {u.province for u in _named("districts", fold(short_name(district)))}
            provs = {p for p in provs if not province or fold(short_name(p)) == fold(short_name(province))}
            cands = [u for u in named if u.province in provs]
            if not cands and len(provs) == 1:
                p = _provinces().get(fold(short_name(next(iter(provs)))))
                return _locality(p, ["its district's province: no commune of its name there"]) if p else None
            if cands:
                evidence.append("its district as named differs from the gazetteer's")
        cands = _narrow(cands, "province", province)
        cands = _as_written(cands, "ward", ward)
        if word:
            # (all of them when none is of that kind: a unit renamed a
            # "thị trấn" since, a gazetteer older than the text)
            cands = [c for c in cands if (c.ward or "").lower().startswith(word)] or cands
        if (district or province) and not evidence:
            evidence.append("named with its " + ("district" if district else "province"))
        return _decide(cands, hints_folded, evidence, "ward")
    if district:
        cands = list(_named("districts", fold(short_name(district))))
        cands = _narrow(cands, "province", province)
        cands = _as_written(cands, "district", district)
        if not cands and not province:
            # "thành phố Hà Nội" read as a district: it is a province
            p = _provinces().get(fold(short_name(district)))
            return _locality(p, ["province-level city"]) if p else None
        return _decide(cands, hints_folded, evidence, "district")
    if province:
        p = _provinces().get(fold(short_name(province)))
        return _locality(p, ["province name"]) if p else None
    return None


def old_ward_of_kind(name: str, province: str | None = None) -> bool:
    """Whether a commune, ward or township before 1 July 2025 bore ``name``
    with the unit word it is written with ("xã Óc Eo" no: that one was
    "Thị trấn Óc Eo"), in ``province`` (an old or a new name) when given;
    True for a name written without its word, which tells no kind."""
    word = _ward_word(name)
    if word is None:
        return True
    ward = _clean(name, ("ward",))
    if not ward:
        return True
    want = fold(short_name(_clean(province, ("province", "city")) or province)) if province else None
    return any(
        (u.ward or "").lower().startswith(word)
        and (want is None or want in (fold(short_name(u.province)), fold(short_name(u.new_province or ""))))
        for u in _named("wards", fold(short_name(ward)))
    )


def resolve_new_ward(
    name: str, *, province: str | None = None, hints: Sequence[str] = ()
) -> Locality | None:
    """A commune or ward as named since 1 July 2025 ("Phường Hà Giang 1", "Xã
    Bảo Thắng"), in ``province`` (new or old name) when given, told apart by
    the provinces ``hints`` name; None when no new unit has that name."""
    ward = _clean(name, ("ward",))
    if not ward:
        return None
    cands = list(_named("new_wards", fold(short_name(ward))))
    kind = _ward_word(name)
    if kind is not None and kind != "thị trấn ":  # "Xã Tân Hải" is no "Phường Tân Hải", nor "Đặc khu …"
        cands = [c for c in cands if c.new_wards[0].lower().startswith(kind)]
    if not cands:
        return None
    evidence = ["a commune or ward since 1 July 2025"]
    if province:
        want = fold(short_name(_clean(province, ("province", "city")) or province))
        kept = [
            c
            for c in cands
            if want in (fold(short_name(c.new_province or "")), fold(short_name(c.province or "")))
        ]
        if not kept:
            return None  # no new unit of that name in the province named: an old one's
        cands = kept
        evidence.append("named with its province")
    hints_folded = [fold(h) for h in hints if h]
    if len(cands) > 1 and hints_folded:
        joined = " ".join(hints_folded)
        for attr in ("new_province", "province"):
            kept = [c for c in cands if getattr(c, attr) and fold(short_name(getattr(c, attr))) in joined]
            if kept and len(kept) < len(cands):
                cands = kept
                evidence.append("province named elsewhere in the document")
                break
    if len(cands) == 1:
        c = cands[0]
        return Locality(
            province=c.province or None, new_province=c.new_province, new_ward=c.new_wards[0], evidence=evidence
        )
    return Locality(
        new_ward=cands[0].new_wards[0],
        ambiguous=True,
        candidates=[f"{c.new_wards[0]}, {c.new_province}" for c in cands],
        evidence=[*evidence, f"{len(cands)} units share this name"],
    )


def _as_written(cands: list[Unit], attr: str, name: str) -> list[Unit]:
    """The units whose name has the tones written ("Cẩm Thành" is no "Cẩm
    Thanh", though both fold alike); all of them when none has (a text typed
    without tones)."""
    want = short_name(name).lower()
    exact = [c for c in cands if short_name(getattr(c, attr) or "").lower() == want]
    return exact or cands


def _decide(
    cands: list[Unit], hints_folded: Sequence[str], evidence: list[str], level: str
) -> Locality | None:
    if not cands:
        return None
    if len(cands) > 1 and hints_folded:
        cands, attr = _by_hints(cands, hints_folded)
        if attr:
            evidence.append(f"{attr} named elsewhere in the document")
    if len(cands) == 1:
        return _locality(cands[0], evidence or [f"unique {level} name"])
    # still ambiguous: say so, keep only what all candidates share
    shared = {a: {getattr(c, a) for c in cands} for a in ("province", "district")}
    return Locality(
        province=next(iter(shared["province"])) if len(shared["province"]) == 1 else None,
        district=next(iter(shared["district"])) if len(shared["district"]) == 1 else None,
        ward=cands[0].ward if level == "ward" else None,
        new_province=cands[0].new_province if len({c.new_province for c in cands}) == 1 else None,
        ambiguous=True,
        candidates=[c.label() for c in cands],
        evidence=[*evidence, f"{len(cands)} units share this name"],
    )


def locality_key(loc: Locality | None) -> str | None:
    """Stable slug of a locality for identity keys: "tinhquangngai/thanhphoquangngai"."""
    if loc is None or (loc.ambiguous and not loc.province):
        return None
    if loc.new_ward and not loc.ward and loc.new_province:
        # a commune or ward named as it is since 1 July 2025: under its new province
        return f"{fold(loc.new_province)}/{fold(loc.new_ward)}"
    parts = [fold(x) for x in (loc.province, loc.district, loc.ward) if x]
    return "/".join(parts) or None


def level_of(loc: Locality) -> str | None:
    if loc.ward or (loc.new_ward and not loc.district):
        return "ward"
    if loc.district:
        return "district"
    if loc.province:
        return "province"
    return None


def subordinates(*, province: str | None = None, district: str | None = None) -> list[Locality]:
    """The districts of a province, or the wards of a district (old units)."""
    idx = _index()
    if district:
        out = []
        for (prov, dist), wards in idx.by_district.items():
            if fold(short_name(dist)) == fold(
                short_name(_clean(district, ("district", "city")) or "")
            ) and (
                not province
                or fold(short_name(prov))
                == fold(short_name(_clean(province, ("province", "city")) or ""))
            ):
                out += [_locality(w, ["gazetteer"]) for w in wards]
        return out
    if province:
        want = fold(short_name(_clean(province, ("province", "city")) or ""))
        return [
            _locality(u, ["gazetteer"])
            for units in idx.districts.values()
            for u in units
            if fold(short_name(u.province)) == want
        ]
    return []


def new_subordinates(province: str) -> list[str]:
    """The communes and wards of a province as they are since 1 July 2025
    (``province`` by its new name or an old one merged into it)."""
    want = fold(short_name(_clean(province, ("province", "city")) or province))
    seen: set[str] = set()
    for units in _index().by_district.values():
        for u in units:
            if u.new_province and want in (fold(short_name(u.new_province)), fold(short_name(u.province))):
                seen.update(w for w in u.new_wards if w)
    return sorted(seen)


def old_districts_of(new_ward: str, province: str) -> list[str]:
    """The districts of ``province`` (an old name) whose wards went, on
    1 July 2025, into the commune or ward ``new_ward`` (one most often;
    several where it joined wards of two districts)."""
    want = fold(short_name(_clean(province, ("province", "city")) or province))
    return sorted(
        {
            dist
            for (prov, dist), units in _index().by_district.items()
            if fold(short_name(prov)) == want and any(new_ward in u.new_wards for u in units)
        }
    )


def merged_into(new_province: str) -> list[str]:
    """The provinces before 1 July 2025 that make up ``new_province`` (one
    alone where the reform kept a province as it was)."""
    return sorted({u.province for u in _provinces().values() if u.new_province == new_province and u.province})


def new_provinces() -> list[str]:
    """The 34 provinces and centrally-run cities since 1 July 2025."""
    return sorted({u.new_province for u in _provinces().values() if u.new_province})


def provinces() -> list[str]:
    return sorted(u.province for u in _index().provinces.values())


def iter_units() -> Iterator[Locality]:
    """Every old ward with its district and province."""
    for units in _index().by_district.values():
        for u in units:
            yield _locality(u, ["gazetteer"])
