"""Names, occasions and phases (texts written for these tests, after audits
RD, RL and RE of audit48): a body directed by "chỉ đạo X <verb> …" ends
before its verb, its province's name or its unit's word (RD-6); the honorific
"Đồng chí" before a post in an item is no part of the assignee, whose name
ends before the verb (RD-7); "gương mẫu" is a verb, no word of a class's name
(RD-8); "trước <occasion> (ngày D)" is due on D, and "trước Tết Nguyên đán
<can chi>" on that Tết's first day (data/holidays.json) (RL-5); a task "trong
Giai đoạn N" is due when the phase the plan dated ends, its body's (RL-6); a
submission's "… kính trình X xem xét, quyết định …" inside an item asks X
(recommended), as the opening form does (the gap found after RE)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.extract.assignments import _directed_names

PARTY_HEAD = (
    "HUYỆN ỦY LONG ĐIỀN                         ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "ĐẢNG ỦY XÃ PHƯỚC HƯNG\n\n"
    "Số: 14-KH/ĐU                                Phước Hưng, ngày 05 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH\nThực hiện chuyển đổi số trong công tác đảng năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm thực hiện nghiêm túc.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
)
PARTY_SIGN = "\nNơi nhận:                                  T/M ĐẢNG ỦY\n- Lưu: VPĐU.\n                                           BÍ THƯ\n\n                                           Lê Văn Tâm\n"

GOV_HEAD = (
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "XÃ HÒA LONG                      Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 21/KH-UBND                         Hòa Long, ngày 08 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\nBảo đảm an ninh, trật tự và chăm lo đời sống Nhân dân năm 2026\n\n"
    "I. MỤC ĐÍCH\nBảo đảm an toàn.\n\n"
)
GOV_SIGN = (
    "\nNơi nhận:                                  TM. ỦY BAN NHÂN DÂN\n"
    "- Lưu: VT.                                 CHỦ TỊCH\n\n"
    "                                           Trần Văn Long\n"
)


def _agencies(text: str) -> list[str]:
    return [a.agency for a in parse_text(text).assignments]


# RD-6: a directed body's name ends before its duty's verb, after its
# province's name, or after the unit word closing it
DIRECTED = [
    (
        "1. Văn phòng Đảng ủy xã tham mưu sơ kết; chỉ đạo Trung tâm Phục vụ hành chính công xã "
        "rút ngắn thời gian giải quyết thủ tục hành chính.\n",
        "Trung tâm Phục vụ hành chính công xã",
    ),
    (
        "1. Ban Xây dựng Đảng Đảng ủy xã theo dõi; chỉ đạo Trạm Y tế xã nâng tỷ lệ người dân "
        "có hồ sơ sức khỏe điện tử.\n",
        "Trạm Y tế xã",
    ),
    (
        "1. Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi; chỉ đạo Báo và Phát thanh, Truyền hình Đồng Nai "
        "mở chuyên mục giới thiệu mô hình chuyển đổi số.\n",
        "Báo và Phát thanh, Truyền hình Đồng Nai",
    ),
    (
        "1. Văn phòng Đảng ủy xã tham mưu sơ kết; chỉ đạo Trường Trung học cơ sở xã phổ cập "
        "kỹ năng số cho học sinh.\n",
        "Trường Trung học cơ sở xã",
    ),
]


@pytest.mark.parametrize(("item", "body"), DIRECTED)
def test_directed_body_ends_before_its_verb(item: str, body: str) -> None:
    names = _agencies(PARTY_HEAD + item + PARTY_SIGN)
    assert body in names, names
    assert not any(n.startswith(body + " ") for n in names), names


def test_directed_names_keep_a_list_and_a_statutory_comma() -> None:
    assert _directed_names("Báo và Phát thanh, Truyền hình Đồng Nai mở chuyên mục") == ["Báo và Phát thanh, Truyền hình Đồng Nai"]
    assert _directed_names("Công an xã, Trạm Y tế xã") == ["Công an xã", "Trạm Y tế xã"]
    # (a place the name goes on after: "… Việt Nam ở nước ngoài")
    assert _directed_names("các Cơ quan đại diện Việt Nam ở nước ngoài") == ["các Cơ quan đại diện Việt Nam ở nước ngoài"]


# RD-7: "Đồng chí" before a post: the post's body, its name ending before the verb
HONORIFIC = [
    ("1. Đồng chí Bí thư chi bộ chủ trì sinh hoạt chuyên đề về chuyển đổi số trong tháng 7/2026.\n", "Chi bộ"),
    ("1. Đồng chí Bí thư Chi bộ chủ trì rà soát hồ sơ đảng viên, hoàn thành trước ngày 30/9/2026.\n", "Chi bộ"),
    ("1. Đ/c Bí thư chi bộ chủ trì, phân công đảng viên phụ trách các nhóm hộ trong quý III/2026.\n", "Chi bộ"),
]


@pytest.mark.parametrize(("item", "body"), HONORIFIC)
def test_honorific_before_a_post(item: str, body: str) -> None:
    doc = parse_text(PARTY_HEAD + item + PARTY_SIGN)
    assert [a.agency for a in doc.assignments] == [body]
    assert all(d.agency == body for d in doc.deadlines), [d.agency for d in doc.deadlines]


# RD-8: "gương mẫu" is the class's verb
EXAMPLE = [
    ("1. Các đảng viên trong chi bộ gương mẫu chấp hành, vận động gia đình cài đặt ứng dụng VNeID.\n", "Các đảng viên trong chi bộ"),
    ("1. Các đồng chí cấp ủy viên gương mẫu đi đầu trong việc cài đặt ứng dụng Sổ tay đảng viên điện tử.\n", "Các đồng chí cấp ủy viên"),
]


@pytest.mark.parametrize(("item", "body"), EXAMPLE)
def test_setting_an_example_is_a_verb(item: str, body: str) -> None:
    names = _agencies(PARTY_HEAD + item + PARTY_SIGN)
    assert body in names, names
    assert not any("gương mẫu" in n for n in names), names


# RL-5: an occasion with its date in brackets; the lunar New Year by its can chi or year
OCCASIONS = [
    ("- Tổng kiểm tra cư trú, hoàn thành trước Tết Nguyên đán Bính Ngọ (ngày 17/02/2026).\n", (2026, 2, 17)),
    ("- Trình phương án sắp xếp trước Đại hội Đảng bộ xã lần thứ II (dự kiến ngày 20/5/2026).\n", (2026, 5, 20)),
    ("- Chuẩn bị báo cáo trước kỳ họp thứ 5 HĐND xã (ngày 10/7/2026).\n", (2026, 7, 10)),
    ("- Thăm, tặng quà các gia đình chính sách trước Tết Nguyên đán Bính Ngọ.\n", (2026, 2, 17)),
    ("- Rà soát hộ nghèo, hộ cận nghèo trước dịp Tết Nguyên đán năm 2027.\n", (2027, 2, 6)),
    ("- Dọn vệ sinh các tuyến đường trước Tết Nguyên đán Đinh Mùi.\n", (2027, 2, 6)),
]


@pytest.mark.parametrize(("point", "due"), OCCASIONS)
def test_occasion_deadline(point: str, due: tuple[int, int, int]) -> None:
    doc = parse_text(GOV_HEAD + "II. NHIỆM VỤ\n1. Công an xã\n" + point + GOV_SIGN)
    got = [(d.year, d.month, d.day, d.agency) for d in doc.deadlines]
    assert (*due, "Công an xã") in got, got


@pytest.mark.parametrize(
    "point",
    [
        "- Tuần tra bảo đảm an ninh trong dịp Tết Nguyên đán Bính Ngọ.\n",  # within, no limit
        "- Chịu trách nhiệm trước Chủ tịch UBND xã về kết quả thực hiện.\n",  # answerable to
        "- Thăm hỏi các gia đình trước Tết Nguyên đán Giáp Ngọ.\n",  # a name the table has no year for
    ],
)
def test_no_occasion_deadline(point: str) -> None:
    doc = parse_text(GOV_HEAD + "II. NHIỆM VỤ\n1. Công an xã\n" + point + GOV_SIGN)
    assert doc.deadlines == []


# RL-6: a task within a phase the plan dated
PHASES = [
    (
        "II. THỜI GIAN\n1. Giai đoạn 1: từ ngày 15/01/2026 đến ngày 31/3/2026.\n2. Giai đoạn 2: từ ngày 01/4/2026 đến ngày 30/9/2026.\n\n"
        "III. NHIỆM VỤ\n1. Công an xã\n- Tuần tra, kiểm soát các tuyến đường trọng điểm trong Giai đoạn 2.\n",
        (2026, 9, 30, "2026-04-01"),
    ),
    (
        "II. NỘI DUNG\n1. Đợt 1 (từ ngày 01/3/2026 đến ngày 15/4/2026): ra quân tổng vệ sinh.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Đoàn Thanh niên xã\n- Huy động đoàn viên tham gia dọn vệ sinh trong đợt 1.\n",
        (2026, 4, 15, "2026-03-01"),
    ),
]


@pytest.mark.parametrize(("body", "due"), PHASES)
def test_task_within_a_dated_phase(body: str, due: tuple[int, int, int, str]) -> None:
    doc = parse_text(GOV_HEAD + body + GOV_SIGN)
    got = [(d.year, d.month, d.day, d.starts, d.agency) for d in doc.deadlines if d.text.lower().startswith("trong")]
    assert len(got) == 1, got
    assert got[0][:4] == due
    assert got[0][4] is not None
    owner = next(a for a in doc.assignments if a.agency == got[0][4])
    assert any(d.text.lower().startswith("trong") for d in owner.deadlines)


def test_phase_not_dated_gives_nothing() -> None:
    doc = parse_text(GOV_HEAD + "II. NHIỆM VỤ\n1. Công an xã\n- Tuần tra, kiểm soát các tuyến đường trong Giai đoạn 2.\n" + GOV_SIGN)
    assert doc.deadlines == []


# the gap after RE: a submission's closing inside its last item
SUBMISSION_HEAD = (
    "ỦY BAN NHÂN DÂN XÃ BÌNH AN\nPHÒNG KINH TẾ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "Số: 12/TTr-PKT                 Bình An, ngày 03 tháng 3 năm 2026\n\n"
    "TỜ TRÌNH\nVề việc phê duyệt Kế hoạch phát triển nông nghiệp năm 2026\n\n"
    "Kính gửi: Ủy ban nhân dân xã Bình An.\n\n"
    "Căn cứ Quyết định số 09/QĐ-UBND ngày 02/01/2026 của UBND xã Bình An;\n\n"
    "1. Sự cần thiết\nViệc ban hành kế hoạch là cần thiết.\n\n"
    "2. Nội dung chính\nKế hoạch gồm 03 phần.\n\n"
)
SUBMISSION_SIGN = "\nNơi nhận:                     TRƯỞNG PHÒNG\n- Như trên;\n- Lưu: VT.\n                              Nguyễn Văn An\n"


@pytest.mark.parametrize(
    ("closing", "asked"),
    [
        (
            "3. Kiến nghị\nTrên cơ sở nội dung nêu trên, Phòng Kinh tế kính trình Ủy ban nhân dân xã xem xét, quyết định phê duyệt Kế hoạch./.\n",
            "Ủy ban nhân dân xã",
        ),
        ("3. Đề xuất\nPhòng Kinh tế kính trình Chủ tịch UBND xã xem xét, ký ban hành Kế hoạch./.\n", "Chủ tịch UBND xã"),
    ],
)
def test_submission_closing_inside_an_item(closing: str, asked: str) -> None:
    doc = parse_text(SUBMISSION_HEAD + closing + SUBMISSION_SIGN)
    got = [(a.agency, a.role) for a in doc.assignments]
    assert got == [(asked, "recommended")], got


def test_submission_closing_with_its_date_is_the_asked_bodys() -> None:
    doc = parse_text(
        SUBMISSION_HEAD
        + "3. Kiến nghị\nPhòng Kinh tế kính trình Ủy ban nhân dân xã xem xét, phê duyệt Kế hoạch trước ngày 20/3/2026 "
        "để kịp triển khai vụ Hè Thu./.\n"
        + SUBMISSION_SIGN
    )
    assert [(a.agency, a.role, [(d.day, d.month, d.to) for d in a.deadlines]) for a in doc.assignments] == [
        ("Ủy ban nhân dân xã", "recommended", [(20, 3, None)])
    ]
    assert [(d.agency, d.to) for d in doc.deadlines] == [("Ủy ban nhân dân xã", None)]
