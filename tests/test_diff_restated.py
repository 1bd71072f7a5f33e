"""`khtool diff` of a ward plan against the province plan it carries out:
the ward's item citing the document its parent's task cites, or repeating
a long list of its parent's words, details that task; whom a report goes
to compared with the bodies' abbreviations written out, a list of
addressees run together read as several. (Texts written for these tests.)"""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.diff import _addressees, _reaches

PROVINCE = """ỦY BAN MTTQ VIỆT NAM
TỈNH NINH BÌNH
BAN THƯỜNG TRỰC
Số: 21/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
Thực hiện Chỉ thị số 35-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng nếp sống văn minh năm 2026

I. NHIỆM VỤ
1. Công tác tuyên truyền
Tuyên truyền sâu rộng nội dung Chỉ thị số 35-CT/TU của Ban Thường vụ Tỉnh ủy trên Trang thông tin điện tử của Mặt trận và các nhóm mạng xã hội ở khu dân cư; biểu dương gương người tốt, việc tốt.
2. Kỹ năng số cho Nhân dân
Phối hợp với Sở Khoa học và Công nghệ mở các lớp bồi dưỡng kỹ năng số cho Nhân dân, ưu tiên hộ nghèo, người khuyết tật; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, phòng tránh lừa đảo qua mạng.
3. Kiểm tra, đánh giá
Đánh giá kết quả bình xét danh hiệu gia đình văn hóa trong chương trình công tác năm 2026.

II. TỔ CHỨC THỰC HIỆN
Ủy ban MTTQ Việt Nam các xã, phường báo cáo kết quả về Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh trước ngày 10/6/2026.
"""

WARD = """ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH
ỦY BAN MTTQ VIỆT NAM PHƯỜNG HOA LƯ
BAN THƯỜNG TRỰC
Số: 05/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Lư, ngày 25 tháng 02 năm 2026

KẾ HOẠCH
Xây dựng nếp sống văn minh trên địa bàn phường năm 2026

Căn cứ Kế hoạch số 21/KH-MTTQ-BTT ngày 10/02/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình, Ban Thường trực Ủy ban MTTQ Việt Nam phường xây dựng Kế hoạch như sau:

I. NỘI DUNG
1. Tuyên truyền Chỉ thị số 35-CT/TU qua hệ thống loa phát thanh và các nhóm mạng xã hội của phường, lồng ghép trong các buổi họp tổ dân phố.
2. Tổ chức ngày hội số tại nhà văn hóa các tổ dân phố vào tuần cuối mỗi tháng, giúp người cao tuổi sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.
3. Khen thưởng kịp thời các hộ đạt danh hiệu tiêu biểu.
4. Các chi hội tổ chức học tập Chỉ thị số 35-CT/TU trong buổi sinh hoạt tháng 3/2026.

II. TỔ CHỨC THỰC HIỆN
Các chi hội báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam phường trước ngày 05/6/2026.
"""


@pytest.fixture(scope="module")
def restated() -> dict[int, bool]:
    r = diff_plans(parse_text(PROVINCE, path="province.txt"), parse_text(WARD, path="ward.txt"))
    return {m.line: m.covered for m in r.tasks.b_to_a}


@pytest.mark.parametrize(
    "line, covered, why",
    [
        (15, True, "cites the document its parent's task cites (35-CT/TU), and one more phrase of it"),
        (16, True, "repeats a long list of its parent's words, cut by no run length"),
        # (a guard: no shared specific term, no pair)
        (17, False, "a task of its own"),
        (18, False, "the cited document alone is no one task"),
    ],
)
def test_ward_item_detailing_its_parent(restated: dict[int, bool], line: int, covered: bool, why: str) -> None:
    assert restated[line] is covered, why


@pytest.mark.parametrize(
    "to, parts",
    [
        (
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Đảng ủy phường",
            ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Đảng ủy phường"],
        ),
        ("Hội LHPN tỉnh", ["Hội Liên hiệp Phụ nữ tỉnh"]),
        # (a guard: a comma inside one name's words is no list)
        ("Phòng Văn hóa, Thông tin", ["Phòng Văn hóa, Thông tin"]),
    ],
)
def test_addressees_written_out_and_split(to: str, parts: list[str]) -> None:
    assert _addressees(to) == parts


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Đảng ủy phường", True),
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "BTT UBMTTQ Việt Nam tỉnh", True),
        ("Hội Nông dân tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Đảng ủy phường", False),
    ],
)
def test_report_addressees_compared_written_out(a: str, b: str, same: bool) -> None:
    assert _reaches((a, ""), (b, "")) is same
