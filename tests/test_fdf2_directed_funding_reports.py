"""Assignment rules of FDF2: a reporting sentence's subject ends at its verb,
a mass organisation's branch in a residential area is that organisation's, a
body an asked body is to direct ("Đề nghị Y: Chỉ đạo X …") is asked the sub-task, a funding part's lead
sentence is an assignment, and the closing clause on difficulties needs no
body (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency
from khtool.check import check_document

YOUTH = (
    "BAN CHẤP HÀNH ĐOÀN TỈNH AN GIANG\nSố: 45-KH/TĐTN-TG\nAn Giang, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Tổ chức Ngày hội thanh niên khởi nghiệp năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\nKhơi dậy tinh thần khởi nghiệp.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Tỉnh Đoàn chủ trì tổ chức Ngày hội.\n"
    "2. Đoàn các xã, phường tuyên truyền, vận động thanh niên tham gia.\nIII. CHẾ ĐỘ BÁO CÁO\n"
)
MINISTRY = (
    "BỘ Y TẾ\nSố: 310/KH-BYT\nHà Nội, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng, chống bệnh sốt xuất huyết năm 2026\n"
    "I. MỤC TIÊU\nGiảm số ca mắc so với năm 2025.\nII. TỔ CHỨC THỰC HIỆN\n1. Cục Phòng bệnh chủ trì theo dõi, tổng hợp.\n"
)
FUNDED = (
    "BỘ TÀI CHÍNH\nSố: 215/KH-BTC\nHà Nội, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nTriển khai số hóa hồ sơ năm 2026\n"
    "I. NHIỆM VỤ\n1. Cục Tin học và Thống kê tài chính chủ trì xây dựng kho dữ liệu số.\n"
)


def bodies(text: str) -> set[tuple[str, str]]:
    return {(a.agency, a.role) for a in parse_text(text).assignments}


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Các cơ sở Đoàn báo cáo nhanh kết quả tổ chức Ngày hội trước ngày 20/4/2026; báo cáo tổng kết về Ban "
            "Thường vụ Tỉnh Đoàn (qua Ban Tuyên giáo) trước ngày 30/4/2026.\n",
            "Các cơ sở Đoàn",
        ),
        (
            "Các cơ sở Đoàn báo cáo kết quả về Tỉnh Đoàn trước ngày 25/4/2026, đồng thời cập nhật số liệu đoàn viên.\n",
            "Các cơ sở Đoàn",
        ),
    ],
)
def test_a_reporting_sentences_subject_ends_at_its_verb(body: str, subject: str) -> None:
    doc = parse_text(YOUTH + body)
    reporting = [a for a in doc.assignments if a.span is not None and a.span.line >= YOUTH.count("\n")]
    assert [a.agency for a in reporting] == [subject]
    assert {d.agency for d in doc.deadlines if d.text.startswith("trước ngày")} == {subject}


def test_a_lecturers_team_keeps_its_name() -> None:
    # ("báo cáo viên" is a name's word, the lecturers: "Đoàn báo cáo viên")
    doc = parse_text(YOUTH.replace("III. CHẾ ĐỘ BÁO CÁO\n", "") + "3. Đoàn báo cáo viên Tỉnh Đoàn tuyên truyền về khởi "
                     "nghiệp tại các trường.\n")
    assert "Đoàn báo cáo viên Tỉnh Đoàn" in {a.agency for a in doc.assignments}


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Chi hội Người cao tuổi các khu phố", "Chi hội Người cao tuổi các khu phố"),
        ("Chi đoàn các tổ dân phố", "Chi đoàn các tổ dân phố"),
        ("Các chi hội Khuyến học các thôn", "Các chi hội Khuyến học các thôn"),
    ],
)
def test_a_branch_in_a_residential_area_is_its_organisations(name: str, canonical: str) -> None:
    m = classify_agency(name, "ward")
    assert m is not None and (m.sector, m.canonical) == ("front_mass", canonical)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:\n"
            "- Chỉ đạo Sở Y tế xây dựng kế hoạch phòng, chống dịch của tỉnh trong quý II năm 2026;\n"
            "- Chỉ đạo Ủy ban nhân dân các xã, phường tổ chức chiến dịch diệt lăng quăng tại khu dân cư;\n"
            "- Báo cáo kết quả về Bộ Y tế trước ngày 15/11/2026.\n",
            {
                ("Cục Phòng bệnh", "lead"),
                ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "requested"),
                ("Sở Y tế", "requested"),
                ("Ủy ban nhân dân các xã, phường", "requested"),
            },
        ),
        (
            # (a body the issuer commands keeps its subordinate's work as its own task)
            "2. Ủy ban nhân dân các tỉnh xây dựng kế hoạch của tỉnh; chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh "
            "giám sát dịch tễ tại ổ dịch, hoàn thành trước ngày 30/6/2026.\n",
            {("Cục Phòng bệnh", "lead"), ("Ủy ban nhân dân các tỉnh", "responsible")},
        ),
    ],
)
def test_a_body_directed_does_the_sub_task(body: str, expected: set[tuple[str, str]]) -> None:
    assert bodies(MINISTRY + body) == expected


def test_the_directed_body_holds_its_clause_and_date() -> None:
    doc = parse_text(MINISTRY + "2. Đề nghị Ủy ban nhân dân các tỉnh:\n- Xây dựng kế hoạch của tỉnh;\n- Chỉ đạo Trung "
                     "tâm Kiểm soát bệnh tật tỉnh giám sát dịch tễ tại ổ dịch, hoàn thành trước ngày 30/6/2026.\n")
    cdc = next(a for a in doc.assignments if a.agency == "Trung tâm Kiểm soát bệnh tật tỉnh")
    assert cdc.role == "requested"
    assert [t.text for t in cdc.tasks] == [
        "Trung tâm Kiểm soát bệnh tật tỉnh giám sát dịch tễ tại ổ dịch, hoàn thành trước ngày 30/6/2026"
    ]
    assert [d.text for d in cdc.deadlines] == ["trước ngày 30/6/2026"]
    asked = next(a for a in doc.assignments if a.agency == "Ủy ban nhân dân các tỉnh")
    assert asked.role == "requested" and any(t.text.startswith("Chỉ đạo Trung tâm") for t in asked.tasks)


def test_a_funding_parts_lead_sentence_is_an_assignment() -> None:
    doc = parse_text(
        FUNDED + "II. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện được bảo đảm từ dự toán ngân sách nhà nước giao hằng "
        "năm cho các đơn vị. Cục Kế hoạch - Tài chính chủ trì tổng hợp, bố trí kinh phí trong dự toán năm 2027.\n"
        "III. TỔ CHỨC THỰC HIỆN\nCục Tin học và Thống kê tài chính theo dõi, báo cáo Bộ trưởng.\n"
    )
    lead = [a for a in doc.assignments if a.agency == "Cục Kế hoạch - Tài chính"]
    assert [(a.role, [t.text for t in a.tasks]) for a in lead] == [
        ("lead", ["Cục Kế hoạch - Tài chính chủ trì tổng hợp, bố trí kinh phí trong dự toán năm 2027"])
    ]
    assert doc.funding  # (the part's money is still read)


@pytest.mark.parametrize(
    "closing",
    [
        "3. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị, địa phương phản ánh về Cục Phòng bệnh để tổng "
        "hợp, báo cáo Bộ trưởng xem xét./.\n",
        "3. Trong quá trình tổ chức thực hiện Kế hoạch, nếu có khó khăn, vướng mắc phát sinh, đề nghị các cơ quan, "
        "đơn vị kịp thời báo cáo về Bộ Y tế để được hướng dẫn./.\n",
    ],
)
def test_the_closing_clause_on_difficulties_needs_no_body(closing: str) -> None:
    doc = parse_text(MINISTRY + "2. Sở Y tế các tỉnh giám sát ổ dịch.\n" + closing)
    assert [d for d in check_document(doc) if d.rule == "KH501"] == []
