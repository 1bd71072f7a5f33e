"""A commune's or ward's departments since 1 July 2025 serve several fields:
which field a task of theirs is in, and a higher plan's sector carried by
one of them in a diff (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.agencies import department_field, department_speaks_of


@pytest.mark.parametrize(
    ("canonical", "tasks", "field"),
    [
        # legal education is justice's, not the schools' education
        (
            "Phòng Văn hóa - Xã hội",
            [
                "Tổ chức phổ biến, giáo dục pháp luật cho Nhân dân.",
                "Lồng ghép giáo dục pháp luật trong sinh hoạt khu dân cư; đăng tin trên hệ thống loa truyền thanh của xã.",
            ],
            "information",
        ),
        ("Phòng Văn hóa - Xã hội", ["Phối hợp nhà trường tổ chức giáo dục kỹ năng sống cho học sinh."], "education"),
        # people's health is health's, though the only "Y tế" is a body's name
        # (no field's word then, and the tie went to the first field, labour)
        (
            "Phòng Văn hóa - Xã hội",
            ["Phối hợp với Trạm Y tế xã vận động Nhân dân lập sổ theo dõi sức khỏe điện tử."],
            "health",
        ),
        ("Phòng Văn hóa - Xã hội", ["Tuyên truyền chăm sóc sức khoẻ ban đầu cho người cao tuổi."], "health"),
        ("Phòng Văn hóa - Xã hội", ["Phối hợp với Trạm Y tế phường tổ chức khám, chữa bệnh miễn phí."], "health"),
    ],
)
def test_the_longest_field_phrase_tells_a_departments_field(canonical, tasks, field):
    assert department_field(canonical, tasks) == field


@pytest.mark.parametrize(
    ("canonical", "tasks", "speaks"),
    [
        ("Văn phòng HĐND và UBND", ["Chủ trì bồi dưỡng kỹ năng soạn thảo văn bản cho công chức."], True),
        ("Văn phòng HĐND và UBND", ["Phân công công chức Tư pháp - Hộ tịch tham mưu."], True),
        ("Văn phòng HĐND và UBND", ["Tổng hợp báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh."], False),
        # a field the department does not serve
        ("Phòng Kinh tế", ["Rà soát văn bản quy phạm pháp luật về đất đai."], False),
    ],
)
def test_a_department_speaks_of_justice(canonical, tasks, speaks):
    assert department_speaks_of(canonical, "justice", tasks) is speaks


_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 205/KH-UBND\nNinh Bình, ngày 12 tháng 8 năm 2025\nKẾ HOẠCH\n"
    "Nâng cao chất lượng xây dựng và thi hành pháp luật\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch: tuyên truyền, phổ biến chính sách pháp luật mới trên hệ thống thông tin cơ sở.\n"
    "2. Sở Nội vụ: tham mưu kiện toàn biên chế công chức cấp xã.\n"
    "3. Ủy ban nhân dân các xã, phường\n"
    "a) Chỉ đạo công chức Tư pháp - Hộ tịch rà soát văn bản do Hội đồng nhân dân, Ủy ban nhân dân cấp xã ban hành.\n"
    "b) Báo cáo kết quả về Sở Tư pháp trước ngày 15/11 hằng năm.\n"
)
_WARD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\nSố: 31/KH-UBND\nHoa Lư, ngày 02 tháng 9 năm 2025\nKẾ HOẠCH\n"
    "Nâng cao chất lượng xây dựng và thi hành pháp luật trên địa bàn phường\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Văn phòng HĐND và UBND phường: chủ trì rà soát văn bản của phường; bồi dưỡng kỹ năng soạn thảo văn bản "
    "cho công chức.\n"
    "2. Phòng Văn hóa - Xã hội: tuyên truyền, phổ biến chính sách pháp luật mới đến các tổ dân phố.\n"
)


def test_a_wards_justice_work_is_its_offices_and_its_culture_office_serves_culture():
    d = diff_plans(parse_text(_PROVINCE, path="a.txt"), parse_text(_WARD, path="b.txt"))
    assert [s["sector"] for s in d.sectors.only_a] == []
    assert [s["sector"] for s in d.sectors.only_b] == []
    held = {s["sector"]: s["b"] for s in d.sectors.common if s.get("b_as")}
    assert held["justice"] == ["Văn phòng HĐND và UBND phường"]
    # (Sở Văn hóa, Thể thao và Du lịch's culture is above the ward's level,
    # apart; the ward's office serving it is told with it)
    apart = {s["sector"]: s.get("b") for s in d.sectors.above_b_level}
    assert apart["culture"] == ["Phòng Văn hóa - Xã hội"]
