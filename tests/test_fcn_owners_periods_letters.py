"""A deadline of a "Chủ trì, phối hợp với A, B …" clause is its item's body's,
not its last partner's; a list of periods before a list of dates pairs them
in order; a target's year said by the day it is due by ("Đến ngày
30/9/2026, …"); a letter's addressees asked by words pointing back are each
named by its own name, and its last item stops at the letter's own
paragraphs; check's KH604 points at the start of the part for the level
(texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.check import check_corpus

DIRECTIVE = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CT-TTg\nHà Nội, ngày 10 tháng 02 năm 2026\nCHỈ THỊ\n"
    "Về đẩy mạnh chuyển đổi số trong quản lý tài nguyên nước\n"
    "Để khắc phục tình trạng trên, Thủ tướng Chính phủ chỉ thị:\n"
)
SIGNED = "THỦ TƯỚNG\nLê Văn Hùng\n"


def _deadlines(body: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_text(DIRECTIVE + body + SIGNED, path="ct.txt")
    return [(d.text, d.recurrence, d.agency) for d in doc.deadlines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the partners after "phối hợp với" own nothing: the item's body does
        (
            "1. Bộ Nông nghiệp và Môi trường:\n"
            "a) Chủ trì, phối hợp với Bộ Xây dựng, Bộ Khoa học và Công nghệ xây dựng cơ sở dữ liệu tài "
            "nguyên nước quốc gia, hoàn thành trong tháng 9 năm 2026.\n"
            "b) Hướng dẫn các địa phương kiểm kê nguồn nước trước ngày 30 tháng 6 năm 2026.\n",
            [
                ("trong tháng 9 năm 2026", "once", "Bộ Nông nghiệp và Môi trường"),
                ("trước ngày 30 tháng 6 năm 2026", "once", "Bộ Nông nghiệp và Môi trường"),
            ],
        ),
        # a point of the item with two partners and a second verb after a comma
        (
            "1. Bộ Tài chính:\nChủ trì, phối hợp với Bộ Nội vụ, Bộ Tư pháp rà soát định mức chi, "
            "trình Chính phủ trong quý III năm 2026.\n2. Bộ Nội vụ:\nHướng dẫn các địa phương sắp xếp biên chế.\n",
            [("trong quý III năm 2026", "once", "Bộ Tài chính")],
        ),
        # the periods listed before the dates: the first date the first period's
        (
            "3. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
            "a) Định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường trước "
            "ngày 15 tháng 6 và ngày 05 tháng 12 để tổng hợp.\n",
            [
                ("trước ngày 15 tháng 6", "semiannual", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
                ("ngày 05 tháng 12", "annual", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
            ],
        ),
        # the same with "và" between the periods
        (
            "3. Các bộ, cơ quan ngang bộ định kỳ 6 tháng và hằng năm gửi báo cáo về Bộ Nông nghiệp và Môi "
            "trường trước ngày 20 tháng 6 và trước ngày 20 tháng 12.\n",
            [
                ("trước ngày 20 tháng 6", "semiannual", "Các bộ, cơ quan ngang bộ"),
                ("trước ngày 20 tháng 12", "annual", "Các bộ, cơ quan ngang bộ"),
            ],
        ),
    ],
)
def test_deadline_owner_and_period(body, expected):
    assert _deadlines(body) == expected


PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 41/KH-UBND\nLạng Sơn, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Số hóa hồ sơ địa chính trên địa bàn tỉnh năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm dữ liệu đất đai đầy đủ, chính xác.\nII. CHỈ TIÊU\n"
)


@pytest.mark.parametrize(
    ("goals", "expected"),
    [
        # each clause's year the day it is due by
        (
            "- Đến ngày 30/9/2026, hoàn thành số hóa 100% hồ sơ địa chính của các phường; đến ngày "
            "31/12/2027, hoàn thành số hóa 100% hồ sơ địa chính của các xã.\n",
            [(2026, 100.0), (2027, 100.0)],
        ),
        # the day heading the values after its colon
        (
            "- Đến ngày 30/6/2027: 90% thửa đất được cấp mã định danh.\n",
            [(2027, 90.0)],
        ),
    ],
)
def test_a_targets_year_from_the_day_it_is_due_by(goals, expected):
    doc = parse_text(PLAN + goals + "III. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường chủ trì thực hiện.\n", path="kh.txt")
    assert [(t.year, t.value) for i in doc.indicators for t in i.targets] == expected


LETTER = """TỈNH ỦY QUẢNG NINH
*
Số 870-CV/TU
Quảng Ninh, ngày 05 tháng 3 năm 2026
V/v báo cáo kết quả thực hiện Kết luận số 14-KL/TW

Kính gửi:
- Đảng ủy Ủy ban nhân dân tỉnh,
- Ban Tổ chức Tỉnh ủy,
- Ủy ban Kiểm tra Tỉnh ủy.

Để phục vụ tổng kết, thừa lệnh Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy đề nghị các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện, tập trung vào các nội dung sau:

1. Kết quả quán triệt, triển khai Kết luận số 14-KL/TW.
2. Hạn chế, nguyên nhân và đề xuất, kiến nghị.

Báo cáo gửi về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 25/3/2026.

Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.
T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Nguyễn Văn An
"""


def test_a_letters_addressees_asked_by_pointing_back_are_named():
    doc = parse_text(LETTER, path="cv.txt")
    asked = {a.agency: a for a in doc.assignments}
    assert set(asked) == {"Đảng ủy Ủy ban nhân dân tỉnh", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"}
    for a in asked.values():
        assert a.canonical == a.agency
        # the last item is its own line, not the letter's paragraphs after it
        assert [t.text for t in a.tasks][-1] == "Hạn chế, nguyên nhân và đề xuất, kiến nghị."
        assert [t.span.end_line for t in a.tasks] == [14, 15]
        assert [(d.text, d.agency) for d in a.deadlines] == [
            ("trước ngày 25/3/2026", "Đảng ủy Ủy ban nhân dân tỉnh, Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy")
        ]


PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 7/KH-UBND
Sơn La, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Phòng, chống tai nạn thương tích trẻ em năm 2026
Thực hiện Chương trình số 05/CTr-UBND ngày 02/01/2026 của UBND tỉnh,
I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì, hướng dẫn triển khai Kế hoạch.
2. Ủy ban nhân dân các xã, phường
a) Xây dựng, ban hành kế hoạch thực hiện tại địa phương, hoàn thành trước ngày 28/02/2026.
b) Giao công chức Văn hóa - Xã hội phối hợp với Đoàn Thanh niên tuyên truyền phòng, chống đuối nước.
"""
COMMUNE = """ỦY BAN NHÂN DÂN
XÃ MƯỜNG BANG
Số: 21/KH-UBND
Mường Bang, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Phòng, chống tai nạn thương tích trẻ em năm 2026
Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Sơn La về công tác bảo vệ trẻ em,
I. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã
- Chủ trì tập huấn sơ cứu cho cha mẹ trẻ em, hoàn thành trước ngày 30/6/2026.
"""


def test_kh604_points_at_where_the_part_for_the_level_opens():
    docs = [parse_text(PROVINCE, path="province.txt"), parse_text(COMMUNE, path="commune.txt")]
    found = [f for f in check_corpus(docs) if f.rule == "KH604"]
    assert [(f.path, f.related, f.related_line) for f in found] == [("commune.txt", "province.txt", 11)]


SO_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 21/KH-SNNMT\nGia Lai, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nSố hóa hồ sơ địa chính năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm dữ liệu đất đai đầy đủ.\n"
    "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n"
    "1. Phòng Quản lý đất đai\nChủ trì hướng dẫn rà soát hồ sơ địa chính, hoàn thành trước ngày 30/6/2026.\n"
    "2. Văn phòng Đăng ký đất đai\n"
)
SO_END = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Bình\n"


def _read(doc) -> tuple[set[tuple[str, str]], list[tuple[str, str | None, str | None]]]:
    return (
        {(a.agency, a.role) for a in doc.assignments},
        [(d.text, d.recurrence, d.agency) for d in doc.deadlines],
    )


@pytest.mark.parametrize(
    ("body", "bodies", "deadlines"),
    [
        # data kept in step at a frequency closing its ";" clause: a monthly duty of the item's body
        (
            "Vận hành cơ sở dữ liệu đất đai; đồng bộ dữ liệu lên hệ thống quốc gia hằng tháng.\n",
            set(),
            [("đồng bộ dữ liệu lên hệ thống quốc gia hằng tháng", "monthly", "Văn phòng Đăng ký đất đai")],
        ),
        # a daily one, after the body it directs, its verb the first of two
        (
            "Chỉ đạo các Chi nhánh cập nhật, chỉnh lý biến động vào cơ sở dữ liệu hằng ngày.\n",
            set(),
            [("cập nhật, chỉnh lý biến động vào cơ sở dữ liệu hằng ngày", "daily", "Văn phòng Đăng ký đất đai")],
        ),
        # the heads of the department's units, the subject of the implementation
        # part's paragraph: assignees and owners of its deadline
        (
            "Vận hành cơ sở dữ liệu đất đai.\nIII. TỔ CHỨC THỰC HIỆN\n"
            "Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc Sở triển khai thực hiện; báo cáo kết quả về Văn "
            "phòng Sở trước ngày 25 hằng tháng.\n",
            {("Trưởng các phòng", "responsible"), ("Thủ trưởng các đơn vị trực thuộc Sở", "responsible")},
            [("trước ngày 25", "monthly", "Trưởng các phòng, Thủ trưởng các đơn vị trực thuộc Sở")],
        ),
        # a reporting-regime part: each clause's bodies their reporting duty
        (
            "Vận hành cơ sở dữ liệu đất đai.\nIII. CHẾ ĐỘ BÁO CÁO\n"
            "Các phòng, đơn vị thuộc Sở báo cáo kết quả về Văn phòng Sở trước ngày 25 hằng tháng; Văn phòng Sở "
            "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 hằng tháng.\n",
            {("Các phòng, đơn vị thuộc Sở", "responsible"), ("Văn phòng Sở", "responsible")},
            [
                ("trước ngày 25", "monthly", "Các phòng, đơn vị thuộc Sở"),
                ("trước ngày 30", "monthly", "Văn phòng Sở"),
            ],
        ),
    ],
)
def test_a_departments_plan_duties_owners_and_cadences(body, bodies, deadlines):
    found, dated = _read(parse_text(SO_PLAN + body + SO_END, path="kh.txt"))
    assert bodies <= found
    assert [d for d in dated if d[0] != "trước ngày 30/6/2026"] == deadlines


def test_an_activity_held_daily_is_no_delivery():
    # (a guard for the daily cadence: an activity, no delivery)
    body = "Tổ chức giao ban hằng tháng; duy trì sinh hoạt chuyên đề hằng ngày.\n"
    _, dated = _read(parse_text(SO_PLAN + body + SO_END, path="kh.txt"))
    assert [d for d in dated if d[0] != "trước ngày 30/6/2026"] == []
