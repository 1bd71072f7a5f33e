"""Body names read from the agencies table: local police named as a class,
VCCI, a Tổng cục keeping its own name, a level word before a "nơi …" clause,
and a ministry's own centre named bare in its own text."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency


@pytest.mark.parametrize(
    ("name", "level", "expected"),
    [
        # the police units below the ministry, not the ministry
        ("Công an đơn vị, địa phương", "national", ("police", "Công an tỉnh", "province")),
        # a province's police first among heads of other bodies: its level
        (
            "Giám đốc Công an tỉnh, thành phố, người đứng đầu đơn vị sự nghiệp công lập",
            "national",
            ("police", "Công an tỉnh", "province"),
        ),
        # VCCI: a national business association under its own name
        (
            "Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam",
            "national",
            ("front_mass", "Liên đoàn Thương mại và Công nghiệp Việt Nam", "national"),
        ),
        ("Liên đoàn Thương mại và Công nghiệp Việt Nam", "province", ("front_mass", "Liên đoàn Thương mại và Công nghiệp Việt Nam", "national")),
        # a Tổng cục keeps its own name, whatever field its words name
        ("Tổng cục Giáo dục nghề nghiệp", "national", ("education", "Tổng cục Giáo dục nghề nghiệp", "national")),
        ("Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp", "national", ("education", "Tổng cục Giáo dục nghề nghiệp", "national")),
        # the level word fixes the level; a "nơi …" clause after it does not
        (
            "Ủy ban nhân dân cấp xã nơi người đề nghị hỗ trợ cư trú",
            "national",
            ("lower_government", "UBND cấp xã", "ward"),
        ),
        ("UBND cấp huyện nơi có công trình", "national", ("lower_government", "UBND cấp huyện", "district")),
    ],
)
def test_body_names(name: str, level: str, expected: tuple[str, str, str]) -> None:
    m = classify_agency(name, level)
    assert m is not None
    assert (m.sector, m.canonical, m.level) == expected


_DECISION = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 512/QĐ-BNNMT\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 18 tháng 02 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc công bố danh mục thủ tục hành chính được chuẩn hóa\n"
    "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính được chuẩn hóa.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Vụ Pháp chế chủ trì, theo dõi việc cập nhật danh mục thủ tục hành chính trên Cơ sở dữ liệu quốc gia.\n"
    "2. Trung tâm Chuyển đổi số thực hiện đăng tải danh mục thủ tục hành chính trên Cổng thông tin điện tử của Bộ.\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế "
    "và Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.\n"
)


def test_a_ministrys_own_centre_named_bare() -> None:
    doc = parse_text(_DECISION)
    got = {(a.agency, a.canonical, a.level) for a in doc.assignments if "Trung tâm" in a.agency}
    assert got == {("Trung tâm Chuyển đổi số", "Trung tâm Chuyển đổi số", "national")}
