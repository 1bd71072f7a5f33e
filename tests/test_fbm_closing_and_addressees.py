"""A resolution's closing monitoring clause is an assignment also when an
appendix follows the signature; a paragraph naming the bodies it requires to
act before lettered points ("… yêu cầu các Bộ trưởng, …, Chủ tịch Ủy ban nhân
dân các tỉnh … chú trọng những nội dung sau:" / "a) …") gives them the
points."""

import pytest

from khtool import parse_text

RESOLUTION = (
    "CHÍNH PHỦ\nSố: 91/NQ-CP\nHà Nội, ngày 14 tháng 5 năm 2026\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 4 năm 2026\nCHÍNH PHỦ\n"
    "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT NGHỊ:\n"
)
SIGNATURE = "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nTrần Văn Bình\n"
APPENDIX = (
    "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ CỦA CÁC BỘ, CƠ QUAN\n"
    "(Kèm theo Nghị quyết số 91/NQ-CP ngày 14 tháng 5 năm 2026 của Chính phủ)\n"
    "1. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:\n"
    "a) Tổng hợp tình hình thu ngân sách, báo cáo Thủ tướng Chính phủ hằng tháng.\n"
    "2. Bộ Công Thương chủ trì, phối hợp với các cơ quan, địa phương:\n"
    "a) Bảo đảm cung ứng xăng dầu cho thị trường trong nước.\n"
)


def _tasks(body: str) -> dict[str, set[str]]:
    doc = parse_text(RESOLUTION + body + SIGNATURE + APPENDIX, path="x.txt")
    out: dict[str, set[str]] = {}
    for a in doc.assignments:
        out.setdefault(a.agency, set()).update(t.text[:20] for t in a.tasks)
    return out


@pytest.mark.parametrize(
    ("body", "agency", "expected"),
    [
        # the closing monitoring clause, an appendix after the signature
        (
            "I. VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI\n1. Kinh tế tháng 4 tiếp tục tăng trưởng.\n"
            "2. Thu ngân sách đạt khá.\n"
            "Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp, báo cáo Chính phủ kết quả thực hiện Nghị quyết này./.\n",
            "Văn phòng Chính phủ",
            {"Văn phòng Chính phủ "},
        ),
        # the heads the lead-in requires to act take its lettered points
        (
            "I. VỀ NHIỆM VỤ TRỌNG TÂM\n1. Phương hướng thời gian tới\n"
            "Để đạt mục tiêu tăng trưởng năm 2026, Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, "
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung chỉ đạo quyết liệt, trong đó "
            "tập trung những nội dung sau:\n"
            "a) Đẩy nhanh giải ngân vốn đầu tư công;\n"
            "b) Tháo gỡ vướng mắc cho các dự án tồn đọng.\n",
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            {"Đẩy nhanh giải ngân ", "Tháo gỡ vướng mắc ch"},
        ),
    ],
)
def test_closing_clause_and_addressed_points(body: str, agency: str, expected: set[str]) -> None:
    assert _tasks(body).get(agency) == expected
