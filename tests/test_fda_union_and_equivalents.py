"""diff: one task covering several of the other plan's (their union), and
the domain's equivalent terms (data/equivalents.json). Texts written for
these tests."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.diff import similarity

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH {p}\nSố: {n}/KH-UBND\n{p}, ngày {d} tháng 3 năm 2026\n"
    "KẾ HOẠCH\nĐẩy mạnh số hóa hồ sơ đất đai năm 2026\nII. NHIỆM VỤ\n"
)
_A = _HEAD.format(p="Hà Tĩnh", n="31", d="05") + (
    "1. Rà soát, chỉnh lý hồ sơ đất đai theo địa giới đơn vị hành chính cấp xã mới.\n"
    "2. Số hóa hồ sơ đất đai, xây dựng cơ sở dữ liệu đất đai của 40 phường.\n"
    "3. Số hóa hồ sơ đất đai, xây dựng cơ sở dữ liệu đất đai của 90 xã.\n"
    "4. Kiểm định chất lượng nước sinh hoạt tại các trạm cấp nước tập trung.\n"
)
_B = _HEAD.format(p="Quảng Bình", n="44", d="09") + (
    "1. Tổ chức rà soát, chỉnh lý, số hóa hồ sơ đất đai; hoàn thành trước ngày 31 tháng 10 năm 2026.\n"
    "2. Nâng cấp đường giao thông nông thôn tại các xã miền núi.\n"
)


@pytest.mark.parametrize(
    ("line_text", "covered"),
    [
        ("Rà soát", True),
        ("Số hóa hồ sơ đất đai, xây dựng cơ sở dữ liệu đất đai của 40", True),
        ("Số hóa hồ sơ đất đai, xây dựng cơ sở dữ liệu đất đai của 90", True),
        # guard (holds before the rule too): a task of another object joins no union
        ("Kiểm định", False),
    ],
)
def test_one_task_covers_the_tasks_whose_union_it_is(line_text, covered):
    d = diff_plans(parse_text(_A, path="a.txt"), parse_text(_B, path="b.txt"))
    (m,) = [m for m in d.tasks.a_to_b if m.text.startswith(line_text)]
    assert m.covered is covered
    if covered:
        (b1,) = [x for x in d.tasks.b_to_a if x.text.startswith("Tổ chức rà soát")]
        assert m.best_line == b1.line and b1.covered and len(b1.split_over) == 3


@pytest.mark.parametrize(
    ("a", "b", "above"),
    [
        # a department's share of "bố trí ngân sách" for one programme is its estimate for it
        (
            "Tham mưu bố trí ngân sách thực hiện chương trình mục tiêu giảm nghèo bền vững",
            "Lập dự toán chương trình mục tiêu giảm nghèo bền vững, gửi Sở Tài chính thẩm định",
            0.36,
        ),
        (
            "Cung cấp dịch vụ công trực tuyến toàn trình về đăng ký đất đai",
            "Tích hợp thủ tục đăng ký đất đai lên Cổng dịch vụ công quốc gia",
            0.33,
        ),
    ],
)
def test_equivalent_terms_weigh_in_the_likeness(a, b, above):
    assert similarity(a, b) >= above


def test_a_funding_line_covers_no_other_plans_funding_line():
    # a funding line is boilerplate every plan has: the term counts only where
    # the tasks' own words meet (its likeness is the one without the table);
    # the diff half is a guard (no version covered them), and no union is
    # made of them
    a = _HEAD.format(p="Hà Tĩnh", n="31", d="05") + (
        "1. Bố trí kinh phí thực hiện kế hoạch phòng chống dịch.\n"
        "2. Phun hóa chất diệt muỗi tại các ổ dịch sốt xuất huyết.\n"
    )
    b = _HEAD.format(p="Quảng Bình", n="44", d="09") + (
        "1. Lập dự toán kinh phí tổ chức Đại hội thể dục thể thao.\n"
        "2. Tổ chức giải bóng đá thiếu niên cấp tỉnh.\n"
    )
    assert similarity("Bố trí kinh phí thực hiện kế hoạch phòng chống dịch", "Lập dự toán kinh phí tổ chức Đại hội thể dục thể thao") < 0.1
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    assert not any(m.covered for m in d.tasks.a_to_b + d.tasks.b_to_a)
