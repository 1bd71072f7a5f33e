"""Body names: a council ("Hội đồng …") is an ad hoc body of its own, no mass
organisation; establishments of a kind are a class, not their field's
ministry; a short name (in brackets, or a council's after its full name) is
the full name's body; one class written two ways is one assignment."""

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency

DECREE = (
    "BỘ NỘI VỤ\nSố: 12/2026/TT-BNV\nHà Nội, ngày 10 tháng 3 năm 2026\nTHÔNG TƯ\n"
    "Quy định về xét thăng hạng viên chức\n"
    "Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010;\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về xét thăng hạng viên chức.\n"
)


@pytest.mark.parametrize(
    ("name", "sector", "canonical"),
    [
        ("Hội đồng thẩm định", "ad_hoc_councils", "Hội đồng thẩm định"),
        ("Hội đồng thi đua, khen thưởng tỉnh", "ad_hoc_councils", "Hội đồng thi đua, khen thưởng tỉnh"),
        ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "ad_hoc_councils", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"),
        ("các cơ sở giáo dục nghề nghiệp công lập", "education", "Các cơ sở giáo dục nghề nghiệp"),
        ("các trường", "education", "Các trường học"),
        ("các cơ sở y tế", "health_facilities", "Các cơ sở y tế"),
    ],
)
def test_councils_and_establishments(name: str, sector: str, canonical: str) -> None:
    got = classify_agency(name, "national")
    assert got is not None and (got.sector, got.canonical) == (sector, canonical)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a council named in full, then by its short name: one body
        (
            "Điều 5. Trách nhiệm thi hành\n"
            "1. Hội đồng xét thăng hạng chức danh nghề nghiệp viên chức có trách nhiệm thẩm định hồ sơ dự xét.\n"
            "2. Hội đồng xét thăng hạng có trách nhiệm báo cáo kết quả xét trong thời hạn 10 ngày làm việc.\n",
            ["Hội đồng xét thăng hạng chức danh nghề nghiệp viên chức"],
        ),
        # a short name given in brackets is the full name's body
        (
            "Điều 5. Trách nhiệm thi hành\n"
            "1. Ban Chỉ đạo Quốc gia về cải cách chế độ công vụ (sau đây gọi tắt là Ban Chỉ đạo) chỉ đạo việc xét thăng hạng.\n"
            "2. Ban Chỉ đạo có trách nhiệm đôn đốc các bộ thực hiện.\n",
            ["Ban Chỉ đạo Quốc gia về cải cách chế độ công vụ"],
        ),
    ],
)
def test_short_names(body: str, expected: list[str]) -> None:
    doc = parse_text(DECREE + body, path="x.txt")
    got = [a.canonical for a in doc.assignments if a.canonical and a.canonical.startswith(("Hội đồng", "Ban"))]
    assert got == expected


def test_one_class_written_two_ways_is_one_assignment() -> None:
    body = (
        "Điều 5. Trách nhiệm của các cơ quan, tổ chức, doanh nghiệp, cá nhân có liên quan\n"
        "1. Kê khai trung thực thông tin trong hồ sơ đề nghị.\n"
        "2. Lưu giữ hồ sơ theo quy định.\n"
        "Điều 6. Điều khoản thi hành\n"
        "1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2026.\n"
        "2. Các cơ quan, tổ chức, doanh nghiệp có trách nhiệm thực hiện nghiêm túc các quy định của Thông tư này.\n"
    )
    doc = parse_text(DECREE + body, path="x.txt")
    firms = [a for a in doc.assignments if a.canonical == "Các doanh nghiệp, cơ sở"]
    assert len(firms) == 1 and len(firms[0].tasks) == 3
