"""A goals part's goal stated with no figure is an indicator: its target has
the year its words give ("Đến năm 2027, hoàn thành …") and no value."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.render.diff_out import to_markdown

_HEAD = (
    "ỦY BAN NHÂN DÂN\n{unit}\nSố: {no}/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "{place}, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH\n{title}\n"
)
_PROVINCE = _HEAD.format(unit="TỈNH HÀ TĨNH", no=14, place="Hà Tĩnh", title="Cải cách thủ tục hành chính giai đoạn 2026 - 2030")
_TASKS = (
    "III. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.\n"
    "2. Đến năm 2026, hoàn thành việc kết nối phần mềm một cửa với Cổng dịch vụ công quốc gia.\n"
)


def _goals(doc):
    return [(i.id, " ".join(i.text.split()[:4]), [(t.year, t.value, t.direction) for t in i.targets]) for i in doc.indicators]


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        # numbered goals dated by their lead, a rank among them (its N the
        # value); the figure's
        # goal as before; a task part's dated item is a task, no goal
        (
            "II. MỤC TIÊU\n"
            "1. Đến năm 2026, cơ bản hoàn thành việc rà soát, bãi bỏ các quy định không còn phù hợp.\n"
            "2. Đến hết năm 2027 hoàn thành việc xây dựng cơ sở dữ liệu thủ tục hành chính dùng chung của tỉnh.\n"
            "3. Đến năm 2029, Hà Tĩnh thuộc nhóm 10 tỉnh dẫn đầu cả nước về chỉ số cải cách hành chính.\n"
            "4. Đến năm 2030, 90% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.\n" + _TASKS,
            [
                ("1", "Đến năm 2026, cơ", [(2026, None, "complete")]),
                ("2", "Đến hết năm 2027", [(2027, None, "complete")]),
                ("3", "Đến năm 2029, Hà", [(2029, 10.0, "top")]),
                ("4", "Đến năm 2030, 90%", [(2030, 90.0, "reach")]),
            ],
        ),
        # the general objective, dated or not, states none; the specific
        # goals' bullets do, each by its own lead, a date's year too
        (
            "II. MỤC TIÊU\n1. Mục tiêu chung\n"
            "Đến năm 2030, xây dựng nền hành chính tỉnh chuyên nghiệp, hiện đại, phục vụ người dân và doanh nghiệp.\n"
            "2. Mục tiêu cụ thể\n"
            "- Phấn đấu đến năm 2027, hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.\n"
            "- Đến ngày 31/12/2026, hoàn thành việc sắp xếp bộ phận một cửa cấp xã theo mô hình mới.\n" + _TASKS,
            [
                (None, "Phấn đấu đến năm", [(2027, None, "complete")]),
                (None, "Đến ngày 31/12/2026, hoàn", [(2026, None, "complete")]),
            ],
        ),
        # lettered goals: the lead as the item's heading; the purposes and
        # requirements of a part "MỤC TIÊU, YÊU CẦU" are none, dated or not
        (
            "II. MỤC TIÊU, YÊU CẦU\n1. Mục tiêu\n"
            "a) Trong năm 2026: hoàn thành việc chuyển đổi số quy trình nội bộ giải quyết thủ tục hành chính.\n"
            "b) Tổ chức quán triệt các văn bản chỉ đạo của Trung ương nhằm nâng cao nhận thức của cán bộ.\n"
            "2. Yêu cầu\n"
            "a) Đến năm 2026, các cơ quan, đơn vị bố trí đủ nguồn lực để thực hiện Kế hoạch.\n" + _TASKS,
            [("a", "Trong năm 2026 hoàn", [(2026, None, "complete")])],
        ),
        # under "Mục tiêu cụ thể đến năm 2030" every bullet is a goal of 2030:
        # a reduction named with no figure is one; a start is due by no
        # year; a bullet heading others is their group, no goal
        (
            "II. MỤC TIÊU\n1. Mục tiêu cụ thể đến năm 2030\n"
            "- Giảm thời gian chờ đợi của người dân khi thực hiện thủ tục hành chính.\n"
            "- Từ năm 2027, triển khai đánh giá chất lượng phục vụ của từng cơ quan hằng quý.\n"
            "- Đội ngũ công chức một cửa:\n"
            "+ Hình thành đội ngũ công chức một cửa chuyên nghiệp ở tất cả các xã, phường.\n" + _TASKS,
            [
                (None, "Giảm thời gian chờ", [(2030, None, "reduce")]),
                (None, "Từ năm 2027, triển", [(None, None, "complete")]),
                (None, "Hình thành đội ngũ", [(2030, None, "complete")]),
            ],
        ),
        # a line telling what was done is no goal, nor a lead-in to others
        (
            "II. MỤC TIÊU\n"
            "1. Đến năm 2025, tỉnh đã hoàn thành việc tái cấu trúc quy trình giải quyết thủ tục hành chính.\n"
            "2. Đến năm 2028, hoàn thành việc liên thông điện tử các thủ tục hành chính về đất đai.\n"
            "- Đến năm 2030, phấn đấu đạt những kết quả sau:\n"
            "- Người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính.\n" + _TASKS,
            [("2", "Đến năm 2028, hoàn", [(2028, None, "complete")])],
        ),
    ],
)
def test_a_goal_with_no_figure_is_an_indicator_of_its_year(part, expected):
    assert _goals(parse_text(_PROVINCE + part)) == expected


def test_a_bullet_heading_others_is_their_group():
    doc = parse_text(
        _PROVINCE + "II. MỤC TIÊU\n1. Mục tiêu cụ thể\n- Đội ngũ công chức một cửa:\n"
        "+ 100% công chức một cửa được bồi dưỡng kỹ năng giao tiếp trong năm 2026.\n"
        "+ Hình thành đội ngũ công chức một cửa chuyên nghiệp ở tất cả các xã, phường.\n" + _TASKS
    )
    assert [(i.group, " ".join(i.text.split()[:3])) for i in doc.indicators] == [
        ("Đội ngũ công chức một cửa", "100% công chức"),
        ("Đội ngũ công chức một cửa", "Hình thành đội"),
    ]


_WARD = _HEAD.format(
    unit="PHƯỜNG THÀNH SEN", no=21, place="Thành Sen", title="Cải cách thủ tục hành chính trên địa bàn phường giai đoạn 2026 - 2030"
)


_WARD_ONLINE = "2. Đến năm 2030, 95% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.\n"


@pytest.mark.parametrize(
    ("ward_year", "ward_online", "expected"),
    [
        # the ward restates the province's goal: one indicator, the same target
        ("2027", _WARD_ONLINE, [("1", "1", "same", None, []), ("2", "2", "changed", "stricter", [])]),
        # a year later: another year is not compared, nor called weaker
        ("2028", _WARD_ONLINE, [("1", "1", "not_comparable", None, []), ("2", "2", "changed", "stricter", [])]),
        # the province's figure restated with none: paired, neither weaker nor dropped
        (
            "2027",
            "2. Đến năm 2030, hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.\n",
            [("1", "1", "same", None, []), ("2", "2", "not_comparable", None, [])],
        ),
    ],
)
def test_a_ward_restating_the_provinces_goal_with_no_figure_is_paired_with_it(ward_year, ward_online, expected):
    province = parse_text(
        _PROVINCE + "II. MỤC TIÊU\n"
        "1. Đến năm 2027, hoàn thành việc rà soát, sửa đổi, bổ sung quy trình nội bộ giải quyết thủ tục hành "
        "chính bảo đảm phù hợp với mô hình chính quyền địa phương hai cấp.\n"
        "2. Đến năm 2030, 90% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.\n" + _TASKS,
        path="a.txt",
    )
    ward = parse_text(
        _WARD + "II. MỤC TIÊU\n"
        f"1. Đến năm {ward_year}, hoàn thành việc rà soát, sửa đổi quy trình nội bộ giải quyết thủ tục hành chính "
        "tại Bộ phận một cửa phường phù hợp với mô hình chính quyền địa phương hai cấp.\n"
        + ward_online
        + "III. NHIỆM VỤ\n1. Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa phường.\n",
        path="b.txt",
    )
    d = diff_plans(province, ward)
    got = [(i["a"], i["b"], i["status"], i.get("verdict"), i.get("dropped", [])) for i in d.indicators]
    assert got == expected
    # (a target with no figure is shown by its direction and year)
    assert f"- {expected[0][2]}: 1: complete (2027) ↔ 1: complete ({ward_year})" in to_markdown(d)
