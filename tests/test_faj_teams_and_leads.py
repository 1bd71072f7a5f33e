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


def test_a_team_not_set_up_here_is_left_unknown():
    doc = parse_text(
        DECISION_HEAD.replace("thành lập {kind}", "phê duyệt kế hoạch kiểm tra")
        + "Điều 1. Phê duyệt kế hoạch kiểm tra năm 2026.\n"
        "Điều 2. Đoàn Kiểm tra có nhiệm vụ kiểm tra việc chấp hành pháp luật về hóa chất tại các cơ sở.\n"
        + DECISION_FOOT
    )
    assert {a.agency: a.canonical for a in doc.assignments}.get("Đoàn Kiểm tra", "absent") in (None, "absent")
