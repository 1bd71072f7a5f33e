"""A task's target that restates an indicator the plan lists is that indicator."""

import pytest

from khtool import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG NAM SƠN
Số: 21/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Đề án 06 trên địa bàn phường năm 2026
I. CHỈ TIÊU
1. 95% người dân từ 14 tuổi trở lên được kích hoạt tài khoản định danh điện tử mức độ 2 trước ngày 30/9/2026.
II. NHIỆM VỤ
| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành | Sản phẩm |
| 1 | Hướng dẫn kích hoạt tài khoản định danh điện tử cho người dân | Công an phường | Trước 30/9/2026 | {product} |
"""


@pytest.mark.parametrize(
    ("product", "count"),
    [
        # the row's product restates indicator 1: one indicator
        ("Tỷ lệ 95% người dân từ 14 tuổi trở lên", 1),
        # another share, or of others: a target of its own
        ("Tỷ lệ 80% người dân từ 14 tuổi trở lên", 2),
        ("Tỷ lệ 95% hộ kinh doanh trên địa bàn", 2),
    ],
)
def test_a_tasks_target_restating_a_listed_indicator_is_that_one(product, count):
    doc = parse_text(_PLAN.format(product=product))
    assert len(doc.indicators) == count
