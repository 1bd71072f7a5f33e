"""A public-service unit's own teams, departments and staff groups are the
bodies of its own plan (audit RK-1, RK-2, RK-10, RK-11): "Các tổ chuyên
môn", "Giáo viên chủ nhiệm", "Tổng phụ trách Đội", "Tổ Nuôi dưỡng", "Khoa
Truyền nhiễm", under their own names, of the issuer's field and level
(agencies.json's unit_staff; texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency
from khtool.extract.assignments import _looks_like_agency

_SCHOOL = (
    "UBND XÃ NGHI LỘC\nTRƯỜNG TIỂU HỌC NGHI LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 27/KH-THNL\nNghi Lộc, ngày 14 tháng 9 năm 2026\nKẾ HOẠCH\nPhòng, chống đuối nước cho học sinh năm học 2026 - 2027\n"
    "I. MỤC ĐÍCH\nNâng cao nhận thức của học sinh về phòng, chống đuối nước.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Ban Giám hiệu\nChỉ đạo chung; báo cáo kết quả về UBND xã trước ngày 25/5/2027.\n"
    "2. Các tổ khối chuyên môn\n- Lồng ghép nội dung phòng, chống đuối nước vào giờ học; nộp kế hoạch trước ngày 30/9/2026.\n"
    "3. Giáo viên chủ nhiệm lớp\n- Nhắc nhở học sinh hằng tuần; gửi danh sách học sinh biết bơi về Ban Giám hiệu trước ngày 15/10/2026.\n"
    "4. Tổng phụ trách Đội\nChủ trì tổ chức tuyên truyền dưới cờ; phối hợp với giáo viên chủ nhiệm theo dõi học sinh.\n"
    "5. Tổ Văn phòng\nMua sắm phao cứu sinh, hoàn thành trước ngày 20/10/2026.\n"
    "Nơi nhận:\n- UBND xã (b/c);\n- Lưu: VT.\nHIỆU TRƯỞNG\nĐặng Văn Toàn\n"
)

_CENTRE = (
    "SỞ Y TẾ QUẢNG BÌNH\nTRUNG TÂM Y TẾ KHU VỰC BỐ TRẠCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 77/KH-TTYT\nBố Trạch, ngày 06 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng, chống bệnh sởi năm 2026\n"
    "I. MỤC TIÊU\nKhông để dịch lớn xảy ra.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Khoa Kiểm soát bệnh tật\nChủ trì giám sát ca bệnh; báo cáo Sở Y tế trước ngày 10 hằng tháng.\n"
    "2. Khoa Nhi: thu dung, điều trị trẻ mắc bệnh; hoàn thành khu cách ly trước ngày 31/3/2026.\n"
    "3. Phòng Tổ chức - Hành chính\nBố trí nhân lực trực dịch, hoàn thành trước ngày 15/3/2026.\n"
    "Nơi nhận:\n- Sở Y tế (b/c);\n- Lưu: VT.\nGIÁM ĐỐC\nHồ Văn Nam\n"
)


def _by_body(text: str) -> dict[tuple[str, str], object]:
    return {(a.agency, a.role): a for a in parse_text(text).assignments}


@pytest.mark.parametrize(
    ("text", "body", "role", "canonical", "sector", "level", "due"),
    [
        (_SCHOOL, "Các tổ khối chuyên môn", "responsible", "Các tổ khối chuyên môn", "education", "ward", "2026-09-30"),
        (_SCHOOL, "Giáo viên chủ nhiệm lớp", "responsible", "Giáo viên chủ nhiệm lớp", "education", "ward", "2026-10-15"),
        (_SCHOOL, "Tổng phụ trách Đội", "lead", "Tổng phụ trách Đội", "education", "ward", None),
        # a school's office team: its own, no commune's office civil servant
        (_SCHOOL, "Tổ Văn phòng", "responsible", "Tổ Văn phòng", "education", "ward", "2026-10-20"),
        (_SCHOOL, "Ban Giám hiệu", "responsible", "Ban Giám hiệu", "education", "ward", "2027-05-25"),
        # a centre's departments, of its field and level (no district's phòng)
        (_CENTRE, "Khoa Kiểm soát bệnh tật", "lead", "Khoa Kiểm soát bệnh tật", "health_facilities", "province", None),
        (_CENTRE, "Khoa Nhi", "responsible", "Khoa Nhi", "health_facilities", "province", "2026-03-31"),
        (_CENTRE, "Phòng Tổ chức - Hành chính", "responsible", "Phòng Tổ chức - Hành chính", "health_facilities", "province", "2026-03-15"),
    ],
)
def test_a_units_own_teams_and_staff_are_bodies(text, body, role, canonical, sector, level, due):
    a = _by_body(text)[(body, role)]
    assert (a.canonical, a.sector, a.level) == (canonical, sector, level)
    if due is not None:
        y, m, d = (int(x) for x in due.split("-"))
        assert any((x.year, x.month, x.day) == (y, m, d) for x in a.deadlines)


def test_a_school_items_naming_their_bodies_raise_no_kh501():
    from khtool.check import check_document

    codes = [f.rule for f in check_document(parse_text(_SCHOOL))]
    assert "KH501" not in codes


@pytest.mark.parametrize(
    ("name", "canonical", "sector"),
    [
        # a person's post is not its employer class
        ("Nhân viên y tế trường học", "Nhân viên y tế trường học", "health"),
        ("Nhân viên y tế các thôn", "Nhân viên y tế các thôn", "health"),
        ("giáo viên bộ môn", "Giáo viên bộ môn", "education"),
        ("Các tổ chuyên môn", "Các tổ chuyên môn", "education"),
    ],
)
def test_staff_keep_their_own_names(name, canonical, sector):
    m = classify_agency(name, "ward")
    assert m is not None and (m.canonical, m.sector) == (canonical, sector)


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Tổ Nuôi dưỡng", True),
        ("Khoa Xét nghiệm - Chẩn đoán hình ảnh", True),
        ("Tổng phụ trách Đội", True),
        ("Giáo viên các nhóm, lớp", True),
        # not a team: verbs, a field, the homeland, capitals of a heading
        ("Tổ chức tập huấn cho giáo viên", False),
        ("TỔ CHỨC THỰC HIỆN", False),
        ("Tổ Quốc", False),
        ("Khoa Học tự nhiên", False),
    ],
)
def test_unit_staff_names(name, body):
    assert _looks_like_agency(name) is body


_TRAINING_CENTRE = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH\nTRUNG TÂM GDNN - GDTX CAN LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 19/KH-TTGDNN-GDTX\nCan Lộc, ngày 04 tháng 5 năm 2026\nKẾ HOẠCH\n"
    "Tổ chức dạy văn hóa năm học 2026 - 2027\nI. MỤC ĐÍCH\nBảo đảm chất lượng dạy học.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Đào tạo\nXây dựng thời khóa biểu, hoàn thành trước ngày 20/8/2026.\n"
    "2. Tổ Giáo vụ\nQuản lý hồ sơ học viên, hoàn thành trước ngày 30/8/2026.\n"
    "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Thị Thu\n"
)


@pytest.mark.parametrize("body", ["Phòng Đào tạo", "Tổ Giáo vụ"])
def test_a_provincial_centres_own_units_are_of_its_level(body):
    # (no district's phòng after 1 July 2025: the centre's, a Sở's unit)
    a = _by_body(_TRAINING_CENTRE)[(body, "responsible")]
    assert (a.canonical, a.sector, a.level) == (body, "education", "province")
