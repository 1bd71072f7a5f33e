"""A council's resolution carried out: a decision's own purpose and a lower
council's resolution implement it; the adoption clause and the closing
formulas are no item's text and no task; reports at the council's regular
sessions; a reporting calendar's data-period and due-date columns (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.diff import task_items

DECISION_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 07/QĐ-UBND\tQuảng Trị, ngày 08 tháng 01 năm 2026\n\n"
    "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu kế hoạch đầu tư công năm 2026\n\n"
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
    "Căn cứ Nghị quyết số 61/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh về kế hoạch đầu tư "
    "công năm 2026;\n"
    "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 210/TTr-STC ngày 30 tháng 12 năm 2025.\n\n"
    "QUYẾT ĐỊNH:\n\n"
)


def _relation(doc, number: str) -> str:
    (c,) = [c for c in doc.citations if c.number == number]
    return c.relation


@pytest.mark.parametrize(
    ("article", "relation"),
    [
        # the decision's own act, for carrying out the resolution it rests on
        (
            "Điều 1. Giao chỉ tiêu kế hoạch đầu tư công năm 2026 cho các sở, ngành và Ủy ban nhân dân các xã để "
            "tổ chức thực hiện Nghị quyết số 61/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh.",
            "implements",
        ),
        (
            "Điều 1. Phân bổ vốn đầu tư công năm 2026 cho các chủ đầu tư nhằm triển khai thực hiện Nghị quyết số "
            "61/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh.",
            "implements",
        ),
        # a body's task naming it: the document stays the basis it is
        (
            "Điều 1. Sở Tài chính thực hiện Nghị quyết số 61/NQ-HĐND ngày 12/12/2025, theo dõi việc giải ngân.",
            "basis",
        ),
    ],
)
def test_a_decision_carrying_out_the_resolution_it_rests_on_implements_it(article: str, relation: str) -> None:
    doc = parse_text(DECISION_HEAD + article + "\n\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n")
    assert _relation(doc, "61/NQ-HĐND") == relation


def test_a_purpose_naming_a_document_not_in_the_preamble_stays_a_mention() -> None:
    doc = parse_text(
        DECISION_HEAD
        + "Điều 1. Giao chỉ tiêu cho các sở, ngành để tổ chức thực hiện Kế hoạch số 45/KH-UBND ngày 02/01/2026 "
        "của Ủy ban nhân dân tỉnh.\n\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n"
    )
    assert _relation(doc, "45/KH-UBND") == "mention"


def _commune_resolution(title: str, cited_subject: str, closing: str = "") -> str:
    return (
        "HỘI ĐỒNG NHÂN DÂN\nXÃ HẢI LĂNG\n\nSố: 21/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nHải Lăng, ngày 20 tháng 12 năm 2025\n\n"
        f"NGHỊ QUYẾT\n{title}\n\nHỘI ĐỒNG NHÂN DÂN XÃ HẢI LĂNG\nKHÓA I, KỲ HỌP THỨ TƯ\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        f"Căn cứ Nghị quyết số 61/NQ-HĐND ngày 12 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Quảng Trị {cited_subject};\n"
        "Xét Tờ trình số 88/TTr-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân xã.\n\n"
        "QUYẾT NGHỊ:\n\n"
        "Điều 1. Nhiệm vụ, giải pháp chủ yếu\n\n"
        "1. Đẩy nhanh tiến độ giải ngân các công trình giao thông nông thôn.\n"
        "2. Hoàn thành quyết toán các công trình trường học trước ngày 30/9/2026.\n\n"
        "Điều 2. Tổ chức thực hiện\n\n"
        "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết; báo cáo kết quả thực hiện tại kỳ họp giữa "
        "năm và cuối năm của Hội đồng nhân dân xã.\n"
        "2. Thường trực Hội đồng nhân dân xã, các Ban Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.\n"
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã tham gia giám sát việc thực hiện Nghị quyết.\n\n"
        f"{closing}"
        "Nơi nhận:\n- TT HĐND, UBND tỉnh;\n- Lưu: VT.\n\nCHỦ TỊCH\n\n\n\nLê Văn Bình\n"
    )


@pytest.mark.parametrize(
    ("title", "cited_subject", "relation"),
    [
        # the upper council's resolution of the same kind and year, carried down
        ("Về kế hoạch đầu tư công năm 2026 của xã Hải Lăng", "về kế hoạch đầu tư công năm 2026", "implements"),
        (
            "Về mục tiêu, nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026",
            "về Kế hoạch phát triển kinh tế - xã hội năm 2026",
            "implements",
        ),
        # another year, another subject: the basis it is
        ("Về kế hoạch đầu tư công năm 2027 của xã Hải Lăng", "về kế hoạch đầu tư công năm 2026", "basis"),
        (
            "Về kế hoạch đầu tư công năm 2026 của xã Hải Lăng",
            "về chính sách hỗ trợ học sinh năm 2026",
            "basis",
        ),
    ],
)
def test_a_lower_councils_resolution_of_the_same_kind_carries_the_upper_one_down(
    title: str, cited_subject: str, relation: str
) -> None:
    from khtool.tables import council_plan_of  # (its unit's plan for graph --coverage)

    doc = parse_text(_commune_resolution(title, cited_subject))
    assert _relation(doc, "61/NQ-HĐND") == relation
    assert council_plan_of(doc) is (relation == "implements")


ADOPTION = (
    "Nghị quyết này đã được Hội đồng nhân dân xã Hải Lăng khóa I, Kỳ họp thứ tư thông qua ngày 20 tháng 12 "
    "năm 2025 và có hiệu lực từ ngày thông qua./.\n\n"
)


def test_the_adoption_clause_belongs_to_no_item() -> None:
    doc = parse_text(
        _commune_resolution("Về kế hoạch đầu tư công năm 2026 của xã Hải Lăng", "về kế hoạch đầu tư công năm 2026", ADOPTION)
    )
    last = doc.sections[-1].children[-1]
    assert last.text.startswith("Đề nghị Ủy ban Mặt trận")
    assert "thông qua" not in last.text
    assert not any("thông qua ngày" in text for text, _ in task_items(doc))
    (front,) = [g for g in doc.assignments if "Mặt trận" in g.agency]
    assert all("thông qua" not in t.text for t in front.tasks)


def test_a_report_at_the_councils_mid_year_and_year_end_sessions_is_semiannual() -> None:
    doc = parse_text(_commune_resolution("Về kế hoạch đầu tư công năm 2026 của xã Hải Lăng", "về kế hoạch đầu tư công năm 2026"))
    (report,) = [d for d in doc.deadlines if d.due == "báo cáo"]
    assert report.recurrence == "semiannual"
    assert report.to == "Hội đồng nhân dân xã"
    assert report.agency == "Ủy ban nhân dân xã"


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; định kỳ báo cáo kết quả thực hiện tại "
        "các kỳ họp thường lệ của Hội đồng nhân dân tỉnh.",
        "1. Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện tại kỳ họp giữa năm và kỳ họp cuối năm của Hội đồng "
        "nhân dân tỉnh.",
    ],
)
def test_reports_at_the_councils_regular_sessions_are_semiannual(sentence: str) -> None:
    doc = parse_text(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 61/NQ-HĐND\tQuảng Trị, ngày 12 tháng 12 năm 2025\n\n"
        "NGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2026\n\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Tổ chức thực hiện\n\n" + sentence + "\n"
    )
    (report,) = [d for d in doc.deadlines if d.due == "báo cáo"]
    assert report.recurrence == "semiannual"


def test_the_effect_sentence_and_the_executors_clause_are_no_task_to_compare() -> None:
    doc = parse_text(
        DECISION_HEAD
        + "Điều 1. Giao chỉ tiêu kế hoạch đầu tư công năm 2026 cho các sở, ngành để tổ chức thực hiện Nghị "
        "quyết số 61/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân tỉnh.\n\n"
        "Điều 2. Sở Tài chính chủ trì theo dõi, đôn đốc việc giải ngân; báo cáo Ủy ban nhân dân tỉnh hằng quý.\n\n"
        "Điều 3. Quyết định này có hiệu lực từ ngày ký.\n\n"
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và Chủ tịch Ủy ban nhân dân các xã chịu "
        "trách nhiệm thi hành Quyết định này./.\n"
    )
    tasks = [text for text, _ in task_items(doc)]
    assert len(tasks) == 2
    assert not any("hiệu lực" in t or "thi hành" in t for t in tasks)
    # (the executors keep their assignment, as README says)
    assert any(g.agency.startswith("Chánh Văn phòng") for g in doc.assignments)


GUIDANCE = (
    "UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\n\nSố: 05/HD-SYT\tQuảng Trị, ngày 12 tháng 01 năm 2026\n\n"
    "HƯỚNG DẪN\nBáo cáo kết quả tiêm chủng mở rộng năm 2026 đối với Trạm Y tế các xã, phường\n\n"
    "I. THỜI GIAN GỬI BÁO CÁO\n\n"
    "{header}\n"
    "1\tBáo cáo 6 tháng\tTừ 16/12/2025 đến 15/6/2026\tTrước ngày 20/6/2026\n"
    "2\tBáo cáo năm\tTừ 16/12/2025 đến 15/12/2026\tTrước ngày 20/12/2026\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn, kiểm tra việc ghi chép số liệu.\n"
)


@pytest.mark.parametrize(
    ("header", "days", "to"),
    [
        # a data-period column: its ranges are no deadline; the due column names the recipient
        ("STT\tLoại báo cáo\tKỳ số liệu\tThời hạn gửi Sở Y tế", [(20, 6), (20, 12)], "Sở Y tế"),
        ("STT\tLoại báo cáo\tKỳ báo cáo\tThời gian nộp báo cáo về Trung tâm Kiểm soát bệnh tật tỉnh", [(20, 6), (20, 12)],
         "Trung tâm Kiểm soát bệnh tật tỉnh"),
    ],
)
def test_a_reporting_calendars_data_period_is_no_deadline_and_its_due_column_names_the_recipient(
    header: str, days: list[tuple[int, int]], to: str
) -> None:
    doc = parse_text(GUIDANCE.format(header=header))
    dated = sorted((d.day, d.month) for d in doc.deadlines if d.day is not None)
    assert dated == days
    assert {d.to for d in doc.deadlines if d.day is not None} == {to}
