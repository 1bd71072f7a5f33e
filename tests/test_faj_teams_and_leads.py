"""A team the text sets up is a body with its own canonical name; a task
opening with a time frame ("Hàng năm, …", "Đến năm 2027, hoàn thành …")
carries it (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

DECISION_HEAD = (
    "UBND TỈNH HÀ GIANG\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 215/QĐ-SCT\nHà Giang, ngày 12 tháng 6 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc thành lập {kind} năm 2026\nGIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH HÀ GIANG\n"
    "Căn cứ Luật Hóa chất ngày 14 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\n"
)
DECISION_FOOT = "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT, QLCN.\nGIÁM ĐỐC\nLò Văn Sinh\n"


@pytest.mark.parametrize(
    ("kind", "body", "agency", "canonical"),
    [
        # named again with its words capitalised: the name as set up
        (
            "Đoàn kiểm tra",
            "Điều 1. Thành lập Đoàn kiểm tra, gồm các ông/bà sau đây:\n1. Ông Nguyễn Văn An - Trưởng đoàn.\n"
            "Điều 2. Đoàn Kiểm tra có nhiệm vụ kiểm tra việc chấp hành pháp luật về hóa chất tại các cơ sở.\n",
            "Đoàn Kiểm tra",
            "Đoàn kiểm tra",
        ),
        # a working group set up "để …", named later by its opening words
        (
            "Tổ công tác liên ngành",
            "Điều 1. Thành lập Tổ công tác liên ngành để rà soát hồ sơ cấp phép vật liệu nổ công nghiệp.\n"
            "Điều 2. Tổ công tác có trách nhiệm tổng hợp kết quả rà soát, báo cáo Giám đốc Sở.\n",
            "Tổ công tác",
            "Tổ công tác",
        ),
    ],
)
def test_a_team_the_text_sets_up_is_a_body(kind, body, agency, canonical):
    doc = parse_text(DECISION_HEAD.format(kind=kind) + body + DECISION_FOOT)
    got = {a.agency: a.canonical for a in doc.assignments}
    assert got.get(agency) == canonical


@pytest.mark.parametrize(
    "set_up",
    [
        # the verb in capitals, or broken across a line or two spaces
        "Điều 1. THÀNH LẬP Đoàn kiểm tra, gồm các ông/bà sau đây:",
        "Điều 1. Thành\nlập Đoàn kiểm tra, gồm các ông/bà sau đây:",
        "Điều 1. Thành  lập Đoàn kiểm tra, gồm các ông/bà sau đây:",
    ],
)
def test_a_team_set_up_in_any_case_or_spacing_is_a_body(set_up):
    doc = parse_text(
        DECISION_HEAD.replace("thành lập {kind}", "kiểm tra hoạt động hóa chất")
        + set_up
        + "\n1. Ông Nguyễn Văn An - Trưởng đoàn.\n"
        "Điều 2. Đoàn Kiểm tra có nhiệm vụ kiểm tra việc chấp hành pháp luật về hóa chất tại các cơ sở.\n"
        + DECISION_FOOT
    )
    assert {a.agency: a.canonical for a in doc.assignments}.get("Đoàn Kiểm tra") == "Đoàn kiểm tra"


def test_a_team_not_set_up_here_is_left_unknown():
    doc = parse_text(
        DECISION_HEAD.replace("thành lập {kind}", "phê duyệt kế hoạch kiểm tra")
        + "Điều 1. Phê duyệt kế hoạch kiểm tra năm 2026.\n"
        "Điều 2. Đoàn Kiểm tra có nhiệm vụ kiểm tra việc chấp hành pháp luật về hóa chất tại các cơ sở.\n"
        + DECISION_FOOT
    )
    assert {a.agency: a.canonical for a in doc.assignments}.get("Đoàn Kiểm tra", "absent") in (None, "absent")


DIRECTIVE_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/CT-TTg\nHà Nội, ngày 05 tháng 4 năm 2013\nCHỈ THỊ\nVề tăng cường quản lý các cụm công nghiệp\n"
    "Để khắc phục những tồn tại, Thủ tướng Chính phủ chỉ thị:\n"
    "1. Bộ Công Thương:\n"
)
DIRECTIVE_FOOT = "Nơi nhận:\n- Các Bộ, cơ quan ngang Bộ;\n- Lưu: VT, KTN.\nTHỦ TƯỚNG\nNguyễn Văn An\n"


@pytest.mark.parametrize(
    ("point", "deadline"),
    [
        # a cadence opening the task, its verb after it
        (
            "c) Hàng năm, tiến hành rà soát các cụm công nghiệp được hỗ trợ vốn để bố trí kế hoạch vốn.\n",
            ("Hàng năm", "annual", None),
        ),
        ("c) Hằng quý, tổ chức kiểm tra việc đầu tư hạ tầng các cụm công nghiệp.\n", ("Hằng quý", "quarterly", None)),
        # the year a sentence opens with, "hoàn thành" its verb
        (
            "c) Rà soát danh mục các cụm công nghiệp. Đến năm 2016, hoàn thành việc đầu tư hạ tầng các cụm công nghiệp.\n",
            ("Đến năm 2016", "once", 2016),
        ),
    ],
)
def test_a_time_frame_opening_a_task_is_its_deadline(point, deadline):
    doc = parse_text(
        DIRECTIVE_HEAD + "a) Chủ trì xây dựng tiêu chí đánh giá cụm công nghiệp.\n" + point + "2. Bộ Tài chính:\n"
        "Bố trí kinh phí thực hiện.\n" + DIRECTIVE_FOOT
    )
    got = [(d.text, d.recurrence, d.year) for a in doc.assignments if a.agency == "Bộ Công Thương" for d in a.deadlines]
    assert got == [deadline]


@pytest.mark.parametrize(
    "point",
    [
        # how things stand, no task verb after the cadence
        "c) Hằng năm, tỉnh có hơn 200 dự án đầu tư vào các cụm công nghiệp.\n",
        # "tổ chức" naming the subject, no verb
        "c) Hằng tháng, tổ chức bảo hiểm xã hội chuyển kinh phí cho các cụm công nghiệp.\n",
        # a goal's horizon: "cơ bản hoàn thành", a share
        "c) Đến năm 2016, cơ bản hoàn thành việc đầu tư hạ tầng các cụm công nghiệp.\n",
        "c) Đến năm 2016, 100% cụm công nghiệp có hệ thống xử lý nước thải.\n",
    ],
)
def test_a_time_told_is_no_deadline(point):
    doc = parse_text(DIRECTIVE_HEAD + "a) Chủ trì xây dựng tiêu chí đánh giá cụm công nghiệp.\n" + point + DIRECTIVE_FOOT)
    assert [d.text for a in doc.assignments if a.agency == "Bộ Công Thương" for d in a.deadlines] == []


def test_a_supporter_takes_the_deadline_of_the_task_it_supports():
    doc = parse_text(
        DIRECTIVE_HEAD + "a) Chủ trì đánh giá tình hình phát triển cụm công nghiệp.\n"
        "2. Bộ Tài nguyên và Môi trường:\n"
        "Chủ trì, phối hợp với Bộ Công Thương tổ chức rà soát việc xử lý nước thải tại các cụm công nghiệp; "
        "báo cáo Thủ tướng Chính phủ trong quý IV năm 2013.\n" + DIRECTIVE_FOOT
    )
    support = [a for a in doc.assignments if a.agency == "Bộ Công Thương" and a.role == "support"]
    assert [[d.text for d in a.deadlines] for a in support] == [["trong quý IV năm 2013"]]


def test_a_supporter_takes_no_deadline_of_the_tasks_other_sentences():
    doc = parse_text(
        DIRECTIVE_HEAD + "a) Chủ trì đánh giá tình hình phát triển cụm công nghiệp.\n"
        "2. Bộ Tài nguyên và Môi trường:\n"
        "Chủ trì, phối hợp với Bộ Công Thương tổ chức rà soát việc xử lý nước thải tại các cụm công nghiệp. "
        "Tổng hợp kết quả, báo cáo Thủ tướng Chính phủ trong quý IV năm 2013.\n" + DIRECTIVE_FOOT
    )
    support = [a for a in doc.assignments if a.agency == "Bộ Công Thương" and a.role == "support"]
    assert [[d.text for d in a.deadlines] for a in support] in ([[]], [])


def test_a_goals_year_is_no_deadline():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 88/KH-UBND\nHà Giang, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nPhát triển cụm công nghiệp\n"
        "I. MỤC TIÊU\n1. Mục tiêu cụ thể\n- Đến năm 2028, hoàn thành đầu tư hạ tầng 5 cụm công nghiệp.\n"
        "II. NHIỆM VỤ\n1. Sở Công Thương: rà soát quy hoạch cụm công nghiệp.\n"
        "Nơi nhận:\n- Các sở;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Sơn\n"
    )
    assert [d.text for d in doc.deadlines if d.text.startswith("Đến năm")] == []
