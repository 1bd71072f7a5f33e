"""Who a legal text's articles assign: an article headed "Trách nhiệm của A,
B, C" (wrapped, several bodies named in lower case by their kind, or the class
of the bodies and firms concerned) gives each item under it to every body
named; a state-group class stays whole after a named body."""

import pytest

from khtool import parse_text

from .conftest import tasks_by_agency

DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/2026/QĐ-TTg\nHà Nội, ngày 10 tháng 4 năm 2026\nQUYẾT ĐỊNH\n"
    "Quy định về quản lý thẻ đi lại của doanh nhân\n"
)
CLOSE = "Điều 30. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2026.\n"


def _tasks(text: str) -> dict[str, set[str]]:
    return tasks_by_agency(DECISION + text + CLOSE)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # several bodies of a kind in lower case, the heading wrapped over two lines
        (
            "Điều 21. Trách nhiệm của bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh,\nhiệp hội doanh nghiệp\n"
            "1. Tiếp nhận, xem xét hồ sơ đề nghị cho phép sử dụng thẻ của doanh nhân.\n"
            "2. Giải quyết khiếu nại, tố cáo liên quan đến việc cho phép sử dụng thẻ.\n",
            {
                "bộ, cơ quan ngang bộ": {"Tiếp nhận, xem xét h", "Giải quyết khiếu nại"},
                "Ủy ban nhân dân cấp tỉnh": {"Tiếp nhận, xem xét h", "Giải quyết khiếu nại"},
                "hiệp hội doanh nghiệp": {"Tiếp nhận, xem xét h", "Giải quyết khiếu nại"},
            },
        ),
        # a named federation, then the state groups as one class with its own commas
        (
            "Điều 22. Trách nhiệm của Ủy ban nhân dân cấp tỉnh, Liên đoàn Hợp tác xã Việt Nam,\n"
            "tập đoàn, tổng công ty, công ty do Thủ tướng Chính phủ quyết định thành lập\n"
            "1. Quản lý việc sử dụng thẻ của doanh nhân thuộc thẩm quyền quản lý.\n",
            {
                "Ủy ban nhân dân cấp tỉnh": {"Quản lý việc sử dụng"},
                "Liên đoàn Hợp tác xã Việt Nam": {"Quản lý việc sử dụng"},
                "tập đoàn, tổng công ty, công ty do Thủ tướng Chính phủ quyết định thành lập": {"Quản lý việc sử dụng"},
            },
        ),
        # the class of those concerned, firms among them: one assignee
        (
            "Điều 23. Trách nhiệm của Bộ Ngoại giao\n1. Hướng dẫn cơ quan đại diện ở nước ngoài tiếp nhận hồ sơ.\n"
            "Điều 24. Trách nhiệm của các cơ quan, tổ chức, doanh nghiệp, cá nhân có liên quan\n"
            "1. Cung cấp chính xác thông tin về doanh nhân đề nghị cấp thẻ.\n"
            "2. Sử dụng thẻ đúng mục đích đã đăng ký với cơ quan có thẩm quyền.\n",
            {
                "Bộ Ngoại giao": {"Hướng dẫn cơ quan đạ"},
                "các cơ quan, tổ chức, doanh nghiệp, cá nhân có liên quan": {"Cung cấp chính xác t", "Sử dụng thẻ đúng mục"},
            },
        ),
    ],
)
def test_an_article_on_several_bodies_duties_gives_each_its_items(body, expected):
    got = _tasks(body)
    for agency, tasks in expected.items():
        assert tasks <= got.get(agency, set()), got
    assert set(got) == set(expected), got


def test_the_concerned_firms_class_is_the_firms_regulated():
    doc = parse_text(
        DECISION
        + "Điều 24. Trách nhiệm của các cơ quan, tổ chức, doanh nghiệp, cá nhân có liên quan\n"
        "1. Cung cấp chính xác thông tin về doanh nhân đề nghị cấp thẻ.\n"
        "2. Các cơ quan, tổ chức, doanh nghiệp có trách nhiệm phối hợp với cơ sở lưu trú khai báo tạm trú.\n" + CLOSE,
        path="x.txt",
    )
    assert [(a.canonical, a.sector) for a in doc.assignments if a.role == "responsible"][:1] == [
        ("Các doanh nghiệp, cơ sở", "enterprises")
    ]
    # (the class named again at a point's start is no other body: "Các cơ quan" alone is none)
    assert all(a.agency != "Các cơ quan" for a in doc.assignments)


@pytest.mark.parametrize(
    ("clause", "bodies"),
    [
        # heads listed by comma are separate bodies, "người đứng đầu …" the next one's
        (
            "Điều 30. Trách nhiệm thi hành\nBộ trưởng Bộ Công an, Chủ tịch Ủy ban nhân dân cấp tỉnh, người đứng đầu các"
            " tổ chức chính trị - xã hội cấp trung ương chịu trách nhiệm thi hành Quyết định này./.\n",
            {"Bộ Công an", "UBND các tỉnh, thành phố", "các tổ chức chính trị - xã hội cấp trung ương"},
        ),
    ],
)
def test_listed_heads_and_generic_tails_are_split(clause, bodies):
    doc = parse_text(DECISION + clause, path="x.txt")
    assert {a.canonical for a in doc.assignments} == bodies, [(a.agency, a.canonical) for a in doc.assignments]
    assert not any("người đứng đầu" in a.agency for a in doc.assignments)
