"""``graph --coverage`` of a Party text (audit PC E3–E5, E7): each unit's
paths found by ``--chain``'s walk, carrying-out paths before a mention, a
replaced plan on the way marked, an old commune counted as the commune of
today it went into, a district's plan apart, a new ward citing a province's
plan of before placed in its old district. The texts are written for these
tests."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.graph import build_graph

DIRECTIVE = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 44-CT/TW
Hà Nội, ngày 03 tháng 4 năm 2024
CHỈ THỊ
CỦA BAN BÍ THƯ
về tăng cường công tác bảo vệ môi trường khu dân cư nông thôn
Thời gian qua, công tác bảo vệ môi trường nông thôn đạt nhiều kết quả.
T/M BAN BÍ THƯ
"""
PARTY_PLAN = """ĐẢNG BỘ TỈNH THANH HÓA                     ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
*                                        Thanh Hóa, ngày 06 tháng 5 năm 2024
Số 171-KH/TU

KẾ HOẠCH
thực hiện Chỉ thị số 44-CT/TW, ngày 03-4-2024 của Ban Bí thư
về tăng cường công tác bảo vệ môi trường khu dân cư nông thôn
-----
Thực hiện Chỉ thị số 44-CT/TW, ngày 03-4-2024 của Ban Bí thư về tăng cường công tác bảo vệ môi trường khu dân cư nông thôn, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. NHIỆM VỤ
1. Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng kế hoạch thực hiện.
                                             T/M BAN THƯỜNG VỤ
                                             BÍ THƯ
"""
# the province's plan carries out its Tỉnh ủy's; its title only names the Directive
PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 260/KH-UBND
Thanh Hóa, ngày 20 tháng 6 năm 2024
KẾ HOẠCH
Triển khai Kế hoạch số 171-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 44-CT/TW ngày 03/4/2024 của Ban Bí thư về bảo vệ môi trường khu dân cư nông thôn
Thực hiện Kế hoạch số 171-KH/TU ngày 06/5/2024 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Sở Tài nguyên và Môi trường chủ trì, hướng dẫn phân loại rác thải tại nguồn.
"""
# the same, its title naming the Directive alone (a mention), not the Tỉnh ủy's plan carrying it out
PROVINCE_PLAN_TITLE = PROVINCE_PLAN.replace(
    "Triển khai Kế hoạch số 171-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện", "Bảo vệ môi trường khu dân cư nông thôn theo"
)
# a later plan of the province replacing one the set does not hold
REPLACING = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 415/KH-UBND
Thanh Hóa, ngày 16 tháng 12 năm 2024
KẾ HOẠCH
Thu gom, xử lý rác thải sinh hoạt khu dân cư nông thôn giai đoạn 2025 - 2026
Thực hiện Chỉ thị số 44-CT/TW ngày 03/4/2024 của Ban Bí thư,
I. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường chủ trì, hướng dẫn thu gom rác thải.
Kế hoạch này thay thế Kế hoạch số 95/KH-UBND ngày 11/3/2024 của Ủy ban nhân dân tỉnh Thanh Hóa.
"""
DISTRICT = """ỦY BAN NHÂN DÂN
HUYỆN HOẰNG HÓA
Số: 132/KH-UBND
Hoằng Hóa, ngày 15 tháng 7 năm 2024
KẾ HOẠCH
Bảo vệ môi trường khu dân cư nông thôn trên địa bàn huyện
Thực hiện Kế hoạch số 260/KH-UBND ngày 20/6/2024 của UBND tỉnh Thanh Hóa,
I. NHIỆM VỤ
1. Phòng Tài nguyên và Môi trường hướng dẫn các xã thu gom rác thải.
"""
OLD_COMMUNE = """UBND HUYỆN HOẰNG HÓA
ỦY BAN NHÂN DÂN XÃ HOẰNG THẮNG
Số: 19/KH-UBND
Hoằng Thắng, ngày 02 tháng 8 năm 2024
KẾ HOẠCH
Bảo vệ môi trường khu dân cư trên địa bàn xã năm 2024
Thực hiện Kế hoạch số 132/KH-UBND ngày 15/7/2024 của UBND huyện Hoằng Hóa,
I. NHIỆM VỤ
1. Công chức Địa chính - Xây dựng hướng dẫn các thôn thu gom rác thải.
"""
NEW_COMMUNE = """ỦY BAN NHÂN DÂN
XÃ HOẰNG GIANG
Số: {no}/KH-UBND
Hoằng Giang, ngày 22 tháng 9 năm 2025
KẾ HOẠCH
Bảo vệ môi trường khu dân cư trên địa bàn xã năm 2025
{body}
I. NHIỆM VỤ
1. Phòng Kinh tế hướng dẫn các thôn thu gom rác thải.
"""
THROUGH_PROVINCE = "Thực hiện Kế hoạch số 260/KH-UBND ngày 20/6/2024 của UBND tỉnh Thanh Hóa,"
THROUGH_REPLACED = (
    "Thực hiện Kế hoạch số 95/KH-UBND ngày 11/3/2024 của UBND tỉnh Thanh Hóa thực hiện Chỉ thị số 44-CT/TW"
    " ngày 03/4/2024 của Ban Bí thư,"
)


def _graph(*texts: tuple[str, str]):
    return build_graph([parse_text(t, path=p) for p, t in texts])


def _numbers(g, path):
    return [g.g.nodes[n]["number"] for n in path]


def _unit(rows, name):
    return next(r for r in rows if r["unit"] == name)


@pytest.mark.parametrize(
    ("body", "paths", "relations", "reaches"),
    [
        # through the province's plan, which carries out the Tỉnh ủy's: the
        # whole carrying-out path, not the shorter one through the title's mention
        (
            THROUGH_PROVINCE,
            [["52/KH-UBND", "260/KH-UBND", "171-KH/TU", "44-CT/TW"]],
            [["implements", "implements", "implements"]],
            "implements",
        ),
        # through a plan the set says was replaced: the path, marked
        (
            THROUGH_REPLACED,
            [["52/KH-UBND", "95/KH-UBND", "44-CT/TW"]],
            [["implements", "implements"]],
            "replaced",
        ),
    ],
)
def test_a_units_paths_carry_it_out_first(body, paths, relations, reaches):
    g = _graph(
        ("ct44.txt", DIRECTIVE),
        ("tu171.txt", PARTY_PLAN),
        ("kh260.txt", PROVINCE_PLAN),
        ("kh415.txt", REPLACING),
        ("hg52.txt", NEW_COMMUNE.format(no=52, body=body)),
    )
    cov = g.coverage("44-CT/TW")
    row = _unit(_unit(cov["covered"], "Tỉnh Thanh Hóa")["below"]["covered"], "Xã Hoằng Giang")
    assert [_numbers(g, p) for p in row["paths"]] == paths
    assert row["relations"] == relations
    assert row["reaches"] == reaches
    if reaches == "replaced":
        (step, ends), = row["ended"].items()
        assert g.g.nodes[step]["number"] == "95/KH-UBND"
        assert [(g.g.nodes[e["by"]]["number"], e["action"], e["date"]) for e in ends] == [
            ("415/KH-UBND", "replaces", "2024-12-16")
        ]
    else:
        assert "ended" not in row


def test_a_mention_only_path_is_marked_in_json_and_text(tmp_path):
    """The Tỉnh ủy's plan not in the set: the commune reaches the Directive
    only through the province's plan's title naming it (a mention): ⇢ in
    the text, ``mention`` in the JSON's ``relations``."""
    from khtool.cli import _register, app

    _register()
    for name, text in (
        ("ct44.txt", DIRECTIVE),
        ("kh260.txt", PROVINCE_PLAN_TITLE),
        ("hg52.txt", NEW_COMMUNE.format(no=52, body=THROUGH_PROVINCE)),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--coverage", "44-CT/TW", "-f", "json"])
    assert res.exit_code == 0, res.output
    prov = json.loads(res.output)["coverage"]["covered"][0]
    assert (prov["relations"], prov["reaches"]) == ([["mention"]], "mention")
    row = _unit(prov["below"]["covered"], "Xã Hoằng Giang")
    assert (row["relations"], row["reaches"]) == ([["implements", "mention"]], "mention")
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--coverage", "44-CT/TW"])
    assert "Xã Hoằng Giang: 52/KH-UBND → 260/KH-UBND ⇢ 44-CT/TW (only by a mention" in res.output


def test_the_cli_tells_a_unit_reaching_it_only_through_a_replaced_plan(tmp_path):
    from khtool.cli import _register, app

    _register()
    for name, text in (
        ("ct44.txt", DIRECTIVE),
        ("kh415.txt", REPLACING),
        ("hg52.txt", NEW_COMMUNE.format(no=52, body=THROUGH_REPLACED)),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--coverage", "44-CT/TW"])
    assert res.exit_code == 0, res.output
    assert (
        "Xã Hoằng Giang: 52/KH-UBND → 95/KH-UBND [replaced by 415/KH-UBND on 2024-12-16] → 44-CT/TW"
        " (only through a replaced or repealed plan)"
    ) in res.output


def test_communes_of_today_are_counted_and_a_districts_plan_apart():
    g = _graph(
        ("ct44.txt", DIRECTIVE),
        ("tu171.txt", PARTY_PLAN),
        ("kh260.txt", PROVINCE_PLAN),
        ("hh132.txt", DISTRICT),
        ("ht19.txt", OLD_COMMUNE),
    )
    below = _unit(g.coverage("44-CT/TW")["covered"], "Tỉnh Thanh Hóa")["below"]
    # Xã Hoằng Thắng went into Xã Hoằng Châu on 1 July 2025
    assert [r["unit"] for r in below["covered"]] == ["Xã Hoằng Châu"]
    assert [(r["unit"], r["level"]) for r in below["former_units"]] == [("Huyện Hoằng Hóa", "district")]
    assert [_numbers(g, p) for p in below["former_units"][0]["paths"]] == [
        ["132/KH-UBND", "260/KH-UBND", "171-KH/TU", "44-CT/TW"]
    ]
    assert below["share"] == round(1 / below["units"], 3)


def test_a_new_communes_plan_citing_a_plan_of_before_is_placed_in_its_old_district():
    g = _graph(
        ("kh260.txt", PROVINCE_PLAN),
        ("hg52.txt", NEW_COMMUNE.format(no=52, body=THROUGH_PROVINCE)),
    )
    cov = g.coverage("260/KH-UBND")
    assert cov["units"] == "district"
    assert [(r["unit"], [p.split("@")[0] for p in r["plans"]]) for r in cov["covered"]] == [
        ("Huyện Hoằng Hóa", ["52/KH-UBND"])
    ]
    assert cov["unplaced"] == []


@pytest.mark.parametrize(
    ("ward", "district", "province", "want"),
    [
        # Xã Nghi Phong passed from huyện Nghi Lộc to thành phố Vinh in
        # December 2024: a text of before names its district of then
        ("Xã Nghi Phong", "Huyện Nghi Lộc", None, ("Tỉnh Nghệ An", "Xã Nghi Phong", "Phường Vinh Lộc")),
        ("Xã Nghi Phong", "Huyện Nghi Lộc", "Tỉnh Nghệ An", ("Tỉnh Nghệ An", "Xã Nghi Phong", "Phường Vinh Lộc")),
        # no commune of its name in the district's province: the province alone
        ("Xã Nghi Phong", "Huyện Hoằng Hóa", None, ("Tỉnh Thanh Hóa", None, None)),
        # (control) the gazetteer's own pairing
        ("Xã Nghi Long", "Huyện Nghi Lộc", None, ("Tỉnh Nghệ An", "Xã Nghi Long", "Xã Trung Lộc")),
    ],
)
def test_a_commune_named_with_a_district_it_has_left(ward, district, province, want):
    from khtool.gazetteer import resolve_locality, resolve_own_locality

    loc = resolve_own_locality(ward=ward, district=district, province=province)
    assert loc is not None and (loc.province, loc.ward, loc.new_ward) == want
    # (a district given as the unit to look in, a plan's above: none of it there)
    if "differs" in " ".join(loc.evidence) or loc.ward is None:
        assert resolve_locality(ward=ward, district=district, province=province) is None


MOVED_COMMUNE = """UBND HUYỆN NGHI LỘC
ỦY BAN NHÂN DÂN XÃ NGHI PHONG
Số: 31/KH-UBND
Nghi Phong, ngày 14 tháng 10 năm 2024
KẾ HOẠCH
Bảo vệ môi trường khu dân cư trên địa bàn xã năm 2024
Thực hiện Chỉ thị số 44-CT/TW ngày 03/4/2024 của Ban Bí thư,
I. NHIỆM VỤ
1. Công chức Địa chính - Xây dựng hướng dẫn các xóm thu gom rác thải.
"""


def test_a_moved_communes_plan_is_placed_and_none_dropped():
    g = _graph(("ct44.txt", DIRECTIVE), ("np31.txt", MOVED_COMMUNE))
    cov = g.coverage("44-CT/TW")
    # (no plan of Nghệ An's own: the province listed for its communes)
    (prov,) = cov["units_only"]
    assert prov["unit"] == "Tỉnh Nghệ An"
    assert [r["unit"] for r in prov["below"]["covered"]] == ["Phường Vinh Lộc"]
    assert cov["unplaced"] == []


def test_a_plan_of_no_known_place_is_listed_not_dropped():
    unknown = MOVED_COMMUNE.replace("UBND HUYỆN NGHI LỘC\n", "").replace("NGHI PHONG", "ĐÔNG XUYÊN TÂY").replace(
        "Nghi Phong,", "Đông Xuyên Tây,"
    )
    g = _graph(("ct44.txt", DIRECTIVE), ("x31.txt", unknown))
    cov = g.coverage("44-CT/TW")
    assert [[g.g.nodes[n]["number"] for n in p] for r in cov["unplaced"] for p in r["paths"]] == [
        ["31/KH-UBND", "44-CT/TW"]
    ]


# A department's plan carrying out the province's: its path is the longer one
# (README: the province's row is its committee's plan, shortest first).
DEPARTMENT_PLAN = """UBND TỈNH THANH HÓA
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: {no}/KH-SNNMT
Thanh Hóa, ngày 10 tháng 7 năm 2024
KẾ HOẠCH
Hướng dẫn phân loại rác thải tại nguồn khu dân cư nông thôn
{verb} Kế hoạch số 260/KH-UBND ngày 20/6/2024 của UBND tỉnh Thanh Hóa;
I. NHIỆM VỤ
1. Chi cục Bảo vệ môi trường hướng dẫn các xã phân loại rác thải.
"""


@pytest.mark.parametrize(("no", "verb"), [("12", "Thực hiện"), ("105", "Triển khai thực hiện")])
def test_a_provinces_paths_are_shortest_first_across_its_plans(no, verb):
    g = _graph(
        ("ct44.txt", DIRECTIVE),
        ("tu171.txt", PARTY_PLAN),
        ("kh260.txt", PROVINCE_PLAN),
        ("snn.txt", DEPARTMENT_PLAN.format(no=no, verb=verb)),
    )
    row = _unit(g.coverage("44-CT/TW")["covered"], "Tỉnh Thanh Hóa")
    paths = [_numbers(g, p) for p in row["paths"]]
    # (the Tỉnh ủy's own plan first, then the committee's, the department's last)
    assert paths[:2] == [["171-KH/TU", "44-CT/TW"], ["260/KH-UBND", "171-KH/TU", "44-CT/TW"]]
    assert paths[-1][0] == f"{no}/KH-SNNMT"
    assert [len(p) for p in paths] == sorted(len(p) for p in paths)
