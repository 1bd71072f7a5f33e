"""Heads that give their bodies the items under them: a part heading asking
bodies, a point asking bodies under another body's item, one body's kind
named for several levels, and an item heading listing technology zones."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEADER = (
    "UBND TỈNH HÀ TĨNH\nSỞ CÔNG THƯƠNG\nSố: 31/KH-SCT\nHà Tĩnh, ngày 12 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nTriển khai tiết kiệm năng lượng năm 2026\n"
)


def _by_agency(text: str) -> dict[str, list[tuple[str, int]]]:
    doc = parse_text(text)
    out: dict[str, list[tuple[str, int]]] = {}
    for a in doc.assignments:
        out.setdefault(a.agency, []).append((a.role, len(a.tasks)))
    return out


# A part heading that asks named bodies ("IV. ĐỀ NGHỊ …", "KIẾN NGHỊ VỚI …"):
# its items, naming no body of their own, are those bodies' tasks, requested.
@pytest.mark.parametrize(
    ("heading", "agency"),
    [
        ("IV. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG", "ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG"),
        ("IV. Đề nghị Ủy ban nhân dân các xã, phường", "Ủy ban nhân dân các xã, phường"),
        ("IV. ĐỀ NGHỊ UBND CÁC XÃ, PHƯỜNG PHỐI HỢP THỰC HIỆN", "UBND CÁC XÃ, PHƯỜNG"),
    ],
)
def test_a_part_asking_named_bodies_gives_them_its_items(heading, agency):
    text = HEADER + (
        "III. NHIỆM VỤ\n"
        "1. Phòng Quản lý năng lượng: Chủ trì hướng dẫn kiểm toán năng lượng tại các cơ sở.\n"
        f"{heading}\n"
        "1. Rà soát danh sách cơ sở sử dụng năng lượng trên địa bàn, gửi Sở trước ngày 30/4/2026.\n"
        "2. Tuyên truyền tiết kiệm điện tại các thôn, tổ dân phố.\n"
    )
    got = _by_agency(text)
    assert got.get(agency) == [("requested", 2)]
    doc = parse_text(text)
    dated = [d for d in doc.deadlines if "30/4/2026" in d.text]
    assert dated and dated[0].agency == agency


# A part that names no body, or bodies only as concerned, asks no one by its heading.
@pytest.mark.parametrize("heading", ["IV. ĐỀ XUẤT, KIẾN NGHỊ", "IV. ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG PHỐI HỢP"])
def test_a_part_asking_no_named_body_gives_its_items_to_none(heading):
    text = HEADER + (
        "III. NHIỆM VỤ\n"
        "1. Phòng Quản lý năng lượng: Chủ trì hướng dẫn kiểm toán năng lượng tại các cơ sở.\n"
        f"{heading}\n"
        "1. Sớm ban hành định mức tiêu hao năng lượng cho ngành gạch, ngói.\n"
    )
    got = _by_agency(text)
    assert set(got) == {"Phòng Quản lý năng lượng"}


# A point asking bodies ("b) Đề nghị …") under another body's item: those bodies are asked it.
def test_a_point_asking_bodies_under_another_bodys_item():
    text = (
        "SỞ TƯ PHÁP TỈNH QUẢNG NGÃI\nSố: 18/KH-STP\nQuảng Ngãi, ngày 02 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nPhổ biến pháp luật cho đoàn viên, hội viên năm 2026\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Tư pháp\na) Chủ trì biên soạn tài liệu phổ biến pháp luật.\nb) Bảo đảm kinh phí thực hiện.\n"
        "2. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n"
        "a) Chủ trì hướng dẫn Ủy ban MTTQ Việt Nam các xã, phường tổ chức hội nghị tuyên truyền.\n"
        "b) Đề nghị các tổ chức chính trị - xã hội tỉnh lồng ghép nội dung pháp luật trong sinh hoạt định kỳ của tổ chức mình.\n"
    )
    got = _by_agency(text)
    assert got.get("các tổ chức chính trị - xã hội tỉnh") == [("requested", 1)]


# One body's kind named for several levels is the body of each level.
def test_one_kind_of_body_named_for_two_levels_is_both():
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 512/QĐ-TTg\nHà Nội, ngày 05 tháng 5 năm 2026\n"
        "QUYẾT ĐỊNH\nBan hành Kế hoạch phát triển thể thao quần chúng\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Tăng cường lãnh đạo, chỉ đạo phát triển thể thao quần chúng\n"
        "- Ủy ban nhân dân cấp tỉnh, cấp xã đưa chỉ tiêu người tập thể thao thường xuyên vào kế hoạch hằng năm.\n"
        "- Bộ Văn hóa, Thể thao và Du lịch hướng dẫn tổ chức các giải thi đấu phong trào.\n"
    )
    doc = parse_text(text)
    canon = {a.canonical for a in doc.assignments for t in a.tasks if "chỉ tiêu người tập" in t.text}
    assert {"UBND các tỉnh, thành phố", "UBND cấp xã"} <= canon


# An item heading listing technology zones and associations opens an assignment.
def test_an_item_heading_listing_technology_zones():
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 611/QĐ-TTg\nHà Nội, ngày 10 tháng 6 năm 2026\n"
        "QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển doanh nghiệp bán dẫn\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Bộ Khoa học và Công nghệ\na) Chủ trì hướng dẫn triển khai Đề án.\n"
        "2. Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh\nnghiệp liên quan\n"
        "a) Làm đầu mối kết nối doanh nghiệp bán dẫn với viện, trường.\n"
        "b) Tổng hợp kiến nghị của doanh nghiệp gửi Bộ Khoa học và Công nghệ.\n"
    )
    got = _by_agency(text)
    assert "Các Khu Công nghệ cao" in got
    assert "Khu Công nghệ số tập trung" in got
    assert all(n == 2 for _, n in got["Các Khu Công nghệ cao"])
