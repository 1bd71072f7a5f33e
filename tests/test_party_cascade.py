"""The Party's cascade: a Tỉnh ủy's programme of action, and a Party
committee's resolution carrying out a text above, are plans (check KH603,
KH604; graph --coverage); a commune named in a citation of a text since the
2025 reform is the new one of the citing text's province."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool import patterns as P
from khtool.check import check_corpus
from khtool.graph import build_graph
from khtool.tables import party_plan

_CENTRE = """BAN CHẤP HÀNH TRUNG ƯƠNG                ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 90-NQ/TW                          Hà Nội, ngày 10 tháng 9 năm 2025

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về phát triển văn hóa đọc trong cán bộ, đảng viên và Nhân dân đến năm 2030

I. MỤC TIÊU
Đến năm 2030, 100% tổ chức cơ sở đảng có tủ sách điện tử.

II. TỔ CHỨC THỰC HIỆN
1. Các tỉnh ủy, thành ủy xây dựng chương trình hành động thực hiện Nghị quyết.

                                             T/M BỘ CHÍNH TRỊ
                                             TỔNG BÍ THƯ
"""

_PROGRAMME = """ĐẢNG BỘ TỈNH HÀ TĨNH                     ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
*                                        Hà Tĩnh, ngày 20 tháng 10 năm 2025
Số 12-CTr/TU

CHƯƠNG TRÌNH HÀNH ĐỘNG
của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 90-NQ/TW, ngày 10-9-2025
của Bộ Chính trị về phát triển văn hóa đọc trong cán bộ, đảng viên và Nhân dân đến năm 2030
-----

Thực hiện Nghị quyết số 90-NQ/TW, ngày 10-9-2025 của Bộ Chính trị về phát triển văn hóa đọc trong cán bộ, đảng viên và Nhân dân đến năm 2030, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động như sau:

I. MỤC TIÊU
Đến năm 2027, 100% đảng ủy xã, phường có thư viện số dùng chung.

II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến 100% chi bộ trong quý IV năm 2025.
2. Xây dựng thư viện số dùng chung của tỉnh, kết nối đến các xã, phường.

III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn học tập, quán triệt Nghị quyết.
2. Các đảng ủy trực thuộc Tỉnh ủy (đảng ủy các xã, phường) tổ chức quán triệt, xây dựng nghị quyết hoặc kế hoạch thực hiện Chương trình hành động, hoàn thành trước ngày 30-11-2025.
3. Văn phòng Tỉnh ủy theo dõi, đôn đốc, báo cáo Ban Thường vụ Tỉnh ủy.

                                             T/M TỈNH ỦY
                                             BÍ THƯ
"""

_COMMUNE_PLAN = """ĐẢNG BỘ TỈNH HÀ TĨNH                     ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ THẠCH HÀ
*                                        Thạch Hà, ngày {date}
Số 07-KH/ĐU

KẾ HOẠCH
thực hiện Nghị quyết số 90-NQ/TW, ngày 10-9-2025 của Bộ Chính trị
về phát triển văn hóa đọc trong cán bộ, đảng viên và Nhân dân đến năm 2030
-----

{preamble}

I. NHIỆM VỤ
1. Quán triệt Nghị quyết đến 100% chi bộ trong tháng 12 năm 2025.
2. Xây dựng tủ sách điện tử tại Trung tâm văn hóa xã.

II. TỔ CHỨC THỰC HIỆN
1. Văn phòng Đảng ủy xã chủ trì, phối hợp với các chi bộ theo dõi, đôn đốc việc thực hiện.
2. Các chi bộ báo cáo kết quả về Đảng ủy xã trước ngày 15/11 hằng năm.

                                             T/M ĐẢNG ỦY
                                             BÍ THƯ
"""
_ONLY_CENTRE = (
    "Thực hiện Nghị quyết số 90-NQ/TW, ngày 10-9-2025 của Bộ Chính trị về phát triển văn hóa đọc, Đảng ủy xã"
    " Thạch Hà xây dựng Kế hoạch thực hiện như sau:"
)
_CITES_PROGRAMME = (
    "Thực hiện Chương trình hành động số 12-CTr/TU, ngày 20-10-2025 của Tỉnh ủy Hà Tĩnh thực hiện Nghị quyết"
    " số 90-NQ/TW, ngày 10-9-2025 của Bộ Chính trị, Đảng ủy xã Thạch Hà xây dựng Kế hoạch thực hiện như sau:"
)

_WARD_RESOLUTION = """ĐẢNG BỘ TỈNH HÀ TĨNH                     ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY PHƯỜNG THÀNH SEN
*                                        Thành Sen, ngày {date}
Số 03-NQ/ĐU

NGHỊ QUYẾT
của Ban Chấp hành Đảng bộ phường về phát triển văn hóa đọc
trong cán bộ, đảng viên và Nhân dân đến năm 2030
-----

- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
- {preamble}

BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG QUYẾT NGHỊ:

1. Mục tiêu
Đến hết năm 2026, 100% chi bộ có tủ sách điện tử.

2. Tổ chức thực hiện
a) Ban Xây dựng Đảng Đảng ủy phường chủ trì hướng dẫn các chi bộ quán triệt Nghị quyết.
b) Văn phòng Đảng ủy phường theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy phường.

                                             T/M ĐẢNG ỦY
                                             BÍ THƯ
"""
_WARD_CARRIES_OUT = (
    "Thực hiện Chương trình hành động số 12-CTr/TU, ngày 20-10-2025 của Ban Chấp hành Đảng bộ tỉnh thực hiện"
    " Nghị quyết số 90-NQ/TW của Bộ Chính trị về phát triển văn hóa đọc;"
)


def _kh6(docs: list) -> list[tuple[str, str | None]]:
    return sorted((f.rule, f.path) for f in check_corpus(docs) if f.rule.startswith("KH6"))


@pytest.mark.parametrize(
    ("preamble", "date", "found"),
    [
        # citing only the Politburo's resolution while the Tỉnh ủy's programme
        # has a part for đảng ủy xã, phường: it skipped the programme
        (_ONLY_CENTRE, "25 tháng 11 năm 2025", [("KH604", "commune.txt")]),
        # citing the programme, in time: nothing
        (_CITES_PROGRAMME, "25 tháng 11 năm 2025", []),
        # citing the programme, after the date it gives đảng ủy xã, phường
        (_CITES_PROGRAMME, "10 tháng 12 năm 2025", [("KH603", "commune.txt")]),
    ],
)
def test_a_tinh_uy_programme_is_the_plan_above_a_commune_party_plan(preamble, date, found):
    docs = [
        parse_text(_CENTRE, path="centre.txt"),
        parse_text(_PROGRAMME, path="programme.txt"),
        parse_text(_COMMUNE_PLAN.format(date=date, preamble=preamble), path="commune.txt"),
    ]
    assert _kh6(docs) == found


@pytest.mark.parametrize(
    ("date", "found"),
    [
        # a Đảng ủy's resolution carrying out the programme is its plan: due by
        # the programme's date for đảng ủy xã, phường
        ("05 tháng 12 năm 2025", [("KH603", "ward.txt")]),
        ("25 tháng 11 năm 2025", []),
    ],
)
def test_a_party_committees_resolution_carrying_out_the_programme_is_due_by_its_date(date, found):
    docs = [
        parse_text(_PROGRAMME, path="programme.txt"),
        parse_text(_WARD_RESOLUTION.format(date=date, preamble=_WARD_CARRIES_OUT), path="ward.txt"),
    ]
    assert _kh6(docs) == found


@pytest.mark.parametrize(
    ("doc_type", "branch", "level", "carries_out", "plan"),
    [
        ("NQ", "party", "ward", True, True),  # a Đảng ủy xã's resolution "Thực hiện Chương trình …"
        ("NQ", "party", "province", True, True),  # a Tỉnh ủy's resolution carrying out the centre's
        ("NQ", "party", "party", True, False),  # the Politburo's: the text carried out, not a plan
        ("NQ", "state", "province", True, False),  # a council's resolution sets policy
        ("NQ", "party", "ward", False, False),  # a resolution carrying out nothing above
        ("CT", "party", "province", True, False),  # a directive is no plan
    ],
)
def test_party_plan(doc_type, branch, level, carries_out, plan):
    assert party_plan(doc_type, branch, level, carries_out) is plan


def test_a_ward_party_resolution_carrying_out_the_programme_is_its_plan_in_coverage():
    docs = [
        parse_text(_PROGRAMME, path="programme.txt"),
        parse_text(_WARD_RESOLUTION.format(date="25 tháng 11 năm 2025", preamble=_WARD_CARRIES_OUT), path="ward.txt"),
    ]
    g = build_graph(docs)
    cov = g.coverage(next(n for n in g.g if str(n).startswith("12-CTr/TU")))
    assert [r["unit"] for r in cov["covered"]] == ["Phường Thành Sen"]
    assert cov["other_citing"] == []


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("xây dựng nghị quyết hoặc kế hoạch thực hiện Chương trình hành động, hoàn thành trước ngày 30-11-2025", True),
        ("ban hành chương trình hành động thực hiện Nghị quyết trước ngày 15/12/2025", True),
        ("xây dựng, ban hành kế hoạch thực hiện tại địa phương", True),
        # a council's resolution is no plan
        ("ban hành nghị quyết về chính sách hỗ trợ trước ngày 15/12/2025", False),
    ],
)
def test_issuing_a_plan(text, plan):
    assert bool(P.ISSUING_A_PLAN.search(text)) is plan


_NOTICE = """ĐẢNG BỘ TỈNH HÀ TĨNH                     ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
*                                        Hà Tĩnh, ngày 15 tháng 3 năm 2026
Số 88-TB/TU

THÔNG BÁO KẾT LUẬN
của Ban Thường vụ Tỉnh ủy về việc thực hiện Chương trình hành động số 12-CTr/TU

Ban Thường vụ Tỉnh ủy kết luận như sau:
1. Một số kế hoạch còn sao chép văn bản cấp trên (như {cited}).
2. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.

                                             T/L BAN THƯỜNG VỤ
                                             CHÁNH VĂN PHÒNG
"""


@pytest.mark.parametrize(
    ("cited", "key"),
    [
        # a text of 2025 after the reform: the commune as it is now, in the
        # citing text's province ("xã Thạch Hà", not the old thị trấn)
        ("Kế hoạch số 07-KH/ĐU, ngày 25-11-2025 của Đảng ủy xã Thạch Hà", "7-KH/ĐU@2025@tinhhatinh/xathachha"),
        # an old township, named so, stays the old unit
        (
            "Kế hoạch số 15/KH-UBND ngày 10/3/2024 của UBND thị trấn Thạch Hà",
            "15/KH-UBND@2024@tinhhatinh/huyenthachha/thitranthachha",
        ),
    ],
)
def test_a_commune_named_in_a_citation_since_the_reform_is_the_new_one_of_the_province(cited, key):
    doc = parse_text(_NOTICE.format(cited=cited), path="notice.txt")
    assert [c.key for c in doc.citations if c.number and c.number[:2] in ("07", "15")] == [key]
