"""Duties outside a chapter on implementation: a reporting article's named
reporters ("Sở Nội vụ thực hiện báo cáo …", "1. Nhà cung cấp dịch vụ … có
trách nhiệm báo cáo như sau:" / "a) …"), a party bound by its role ("Người sử
dụng lao động có trách nhiệm …"), and an article's sentence opening with its
time limit ("Trong thời hạn 30 ngày …, Công an tỉnh phải …"); a body named as
the object of an action ("lấy ý kiến Bộ trưởng …") is no assignee."""

import pytest

from .conftest import tasks_by_agency

CIRCULAR = (
    "BỘ NỘI VỤ\nSố: 21/2026/TT-BNV\nHà Nội, ngày 12 tháng 5 năm 2026\nTHÔNG TƯ\n"
    "Hướng dẫn giao kết hợp đồng lao động bằng phương tiện điện tử\n"
)
CLOSE = "Điều 30. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n"


def _tasks(text: str) -> dict[str, set[str]]:
    return tasks_by_agency(CIRCULAR + text + CLOSE)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a reporting article: each reporter it names, a party by its role too
        (
            "Điều 12. Chế độ báo cáo\n"
            "1. Nhà cung cấp dịch vụ xác thực hợp đồng có trách nhiệm báo cáo như sau:\n"
            "a) Báo cáo định kỳ 6 tháng về số hợp đồng đã xác thực, gửi Bộ Nội vụ trước ngày 25 tháng 6;\n"
            "b) Báo cáo đột xuất theo yêu cầu của cơ quan có thẩm quyền.\n"
            "2. Sở Nội vụ thực hiện báo cáo kết quả theo dõi trên địa bàn gửi Bộ Nội vụ trước ngày 10 tháng 12 hằng năm.\n",
            {
                "Nhà cung cấp dịch vụ xác thực hợp đồng": {"Báo cáo định kỳ 6 th", "Báo cáo đột xuất the"},
                "Sở Nội vụ": {"Sở Nội vụ thực hiện "},
            },
        ),
        # an item binding the employer by its role
        (
            "Điều 13. Lưu trữ hợp đồng\n"
            "1. Hợp đồng điện tử được lưu trữ theo quy định của pháp luật về lưu trữ.\n"
            "2. Người sử dụng lao động có trách nhiệm bảo quản hợp đồng đã giao kết trong suốt thời hạn hợp đồng.\n"
            "3. Nhà cung cấp dịch vụ lưu trữ bị thu hồi giấy phép có trách nhiệm chuyển giao dữ liệu cho người sử dụng.\n",
            {
                "Người sử dụng lao động": {"Người sử dụng lao độ"},
                "Nhà cung cấp dịch vụ lưu trữ": {"Nhà cung cấp dịch vụ"},
            },
        ),
        # an article's sentences opening with their time limit, each its body's
        (
            "Điều 14. Giải quyết kiến nghị\n"
            "Các kiến nghị được gửi bằng văn bản. Trong thời hạn 15 ngày kể từ ngày nhận được kiến nghị, "
            "Công an tỉnh phải trả lời bằng văn bản. Chậm nhất là ngày 31 tháng 8 năm 2026, Nhà cung cấp dịch vụ "
            "lưu trữ hợp đồng phải hoàn thành việc kết nối dữ liệu.\n",
            {
                "Công an tỉnh": {"Trong thời hạn 15 ng"},
                "Nhà cung cấp dịch vụ lưu trữ hợp đồng": {"Chậm nhất là ngày 31"},
            },
        ),
        # a closing paragraph after the last item is its subject's, "(qua X)" a channel
        (
            "Điều 16. Trách nhiệm thi hành\n"
            "1. Thủ trưởng các đơn vị thuộc Bộ có trách nhiệm tổ chức thực hiện Thông tư này.\n"
            "2. Cục trưởng Cục Việc làm có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n"
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, Sở Nội vụ các tỉnh, thành phố báo cáo "
            "về Bộ Nội vụ (qua Cục Việc làm) để được hướng dẫn./.\n",
            {
                "Thủ trưởng các đơn vị thuộc Bộ": {"Thủ trưởng các đơn v"},
                "Cục trưởng Cục Việc làm": {"Cục trưởng Cục Việc "},
                "Sở Nội vụ các tỉnh, thành phố": {"Sở Nội vụ các tỉnh, "},
            },
        ),
        # the body whose opinion is sought is no assignee
        (
            "Điều 15. Lấy ý kiến\n"
            "Trong thời hạn 10 ngày làm việc, đơn vị soạn thảo phải lấy ý kiến Bộ trưởng Bộ Nội vụ về dự thảo.\n",
            {},
        ),
    ],
)
def test_duties_outside_implementation(body: str, expected: dict[str, set[str]]) -> None:
    assert _tasks(body) == expected


def test_the_state_banks_inspectorate_is_its_own() -> None:
    from khtool.agencies import classify_agency

    m = classify_agency("Thanh tra Ngân hàng Nhà nước", "national")
    assert m is not None and (m.canonical, m.sector) == ("Thanh tra Bộ", "own_inspectorate")
