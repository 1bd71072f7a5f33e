"""The persons a normative text regulates, as a class ("tổ chức, cá nhân đầu
tư sản xuất kinh doanh trong cụm công nghiệp", "Tổ chức, cá nhân quy định
tại khoản 1 Điều 5"), are responsible for the clauses of an article on their
duties and for a clause they are the subject of with "có trách nhiệm / phải
/ có nghĩa vụ"; all concerned ("tổ chức, cá nhân có liên quan") are no one
(audit NG 14, NH C)."""

import pytest

from khtool import parse_text

DECREE = (
    "CHÍNH PHỦ\nSố: 61/2026/NĐ-CP\nHà Nội, ngày 15 tháng 4 năm 2026\nNGHỊ ĐỊNH\n"
    "Quy định về quản lý khu chế biến nông sản tập trung\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về quản lý khu chế biến nông sản tập trung.\n"
)
CLOSE = "Điều 30. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2026.\n"


def _tasks(text: str) -> dict[str, list[str]]:
    doc = parse_text(DECREE + text + CLOSE, path="x.txt")
    return {a.agency: sorted(t.text[:16] for t in a.tasks) for a in doc.assignments if a.role == "responsible"}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # an article on the class's duties: each numbered clause
        (
            "Điều 12. Nghĩa vụ của tổ chức, cá nhân thuê đất trong khu chế biến\n"
            "1. Sử dụng đất đúng mục đích, đúng hợp đồng thuê đất đã ký với chủ đầu tư hạ tầng.\n"
            "2. Thực hiện chế độ báo cáo định kỳ tình hình sản xuất gửi Ủy ban nhân dân cấp huyện.\n",
            "tổ chức, cá nhân thuê đất trong khu chế biến",
            ["Sử dụng đất đúng", "Thực hiện chế độ"],
        ),
        # the class the subject of "có nghĩa vụ"
        (
            "Điều 14. Phòng ngừa sự cố\n"
            "1. Tổ chức, cá nhân vận hành kho lạnh có nghĩa vụ kiểm tra hệ thống an toàn ít nhất mỗi quý một lần.\n"
            "2. Việc kiểm tra được lập thành biên bản.\n",
            "Tổ chức, cá nhân vận hành kho lạnh",
            ["Tổ chức, cá nhân"],
        ),
        # the class by reference, heading a list of its duties
        (
            "Điều 15. Báo cáo\n"
            "1. Tổ chức, cá nhân quy định tại khoản 1 Điều 5 có trách nhiệm:\n"
            "a) Lập sổ theo dõi sản lượng chế biến;\n"
            "b) Gửi báo cáo về Sở Nông nghiệp và Môi trường trước ngày 15 tháng 12 hằng năm.\n"
            "2. Sở Nông nghiệp và Môi trường tổng hợp số liệu trên địa bàn.\n",
            "Tổ chức, cá nhân quy định tại khoản 1 Điều 5",
            ["Gửi báo cáo về S", "Lập sổ theo dõi "],
        ),
    ],
)
def test_regulated_class(body: str, name: str, expected: list[str]) -> None:
    assert _tasks(body)[name] == expected


def test_all_concerned_are_no_one() -> None:
    got = _tasks(
        "Điều 16. Trách nhiệm của tổ chức, cá nhân có liên quan\n"
        "1. Chấp hành các quy định của Nghị định này.\n"
        "2. Tổ chức, cá nhân có liên quan có trách nhiệm cung cấp thông tin khi được yêu cầu.\n"
    )
    assert not any("liên quan" in n for n in got)


def test_persons_encouraged_are_no_class_bound() -> None:
    # what may be done for them, or what they may do of their own will, binds no one
    got = _tasks(
        "Điều 17. Báo cáo tự nguyện\n"
        "1. Tổ chức, cá nhân tự báo cáo sai sót của mình cho Sở Nông nghiệp và Môi trường được xem xét giảm nhẹ.\n"
        "2. Các tổ chức, cá nhân được khuyến khích và tạo điều kiện thuận lợi để thực hiện báo cáo tự nguyện.\n"
    )
    assert not any(n.lower().startswith(("tổ chức", "các tổ chức")) for n in got)
