"""A public-service unit's header, signer and calendar (audit RK-3, RK-4,
RK-5, RK-8, RK-9; texts written for these tests): "UBND XÃ … / TRẠM Y TẾ"
is the commune's health station under its committee; a unit head's title
("TRƯỞNG TRẠM", "TRƯỞNG KHOA") is the signer's position (a table, not a
fixed list in a pattern); a provincial department's unit is in the province
its parent's line names; each line of a month-by-month calendar is a
milestone; each of two dated periods joined by "và" is a deadline."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool import patterns as P


def _doc(header: str, body: str = "", signer: str = "GIÁM ĐỐC", place: str = "Nghi Lộc", number: str = "15/KH-TYT") -> str:
    return (
        f"{header}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}\n{place}, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng, chống dịch bệnh mùa hè năm 2026\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng, chống dịch bệnh.\n"
        f"II. NỘI DUNG\n{body or 'Tuyên truyền phòng bệnh.'}\n"
        f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n{signer}\nPhan Thị Mai\n"
    )


@pytest.mark.parametrize(
    ("header", "name", "parent", "full_name", "organ", "level"),
    [
        # the station under its commune's committee: the issuer, the committee its parent
        ("UBND XÃ NGHI LỘC\nTRẠM Y TẾ", "TRẠM Y TẾ", "UBND XÃ NGHI LỘC", "Trạm Y tế xã Nghi Lộc", "Trạm", "ward"),
        ("ỦY BAN NHÂN DÂN\nPHƯỜNG VINH PHÚ\nTRẠM Y TẾ", "TRẠM Y TẾ", "ỦY BAN NHÂN DÂN PHƯỜNG VINH PHÚ",
         "Trạm Y tế phường Vinh Phú", "Trạm", "ward"),
        ("ỦY BAN NHÂN DÂN XÃ NGHI LỘC\nTRẠM Y TẾ XÃ NGHI LỘC", "TRẠM Y TẾ XÃ NGHI LỘC", "ỦY BAN NHÂN DÂN XÃ NGHI LỘC",
         "Trạm Y tế xã Nghi Lộc", "Trạm", "ward"),
        # a flattened cell: the unit's word starts a body of its own
        ("UBND XÃ NGHI LỘC TRẠM Y TẾ", "TRẠM Y TẾ", "UBND XÃ NGHI LỘC", "Trạm Y tế xã Nghi Lộc", "Trạm", "ward"),
        ("UBND XÃ HƯNG NGUYÊN\nTRẠM KHUYẾN NÔNG", "TRẠM KHUYẾN NÔNG", "UBND XÃ HƯNG NGUYÊN",
         "Trạm Khuyến nông xã Hưng Nguyên", "Trạm", "ward"),
        # a hospital under its Sở: the Sở its parent, the province's level
        ("SỞ Y TẾ HÀ TĨNH\nBỆNH VIỆN ĐA KHOA HƯƠNG KHÊ", "BỆNH VIỆN ĐA KHOA HƯƠNG KHÊ", "SỞ Y TẾ HÀ TĨNH", None,
         "Bệnh viện", "province"),
    ],
)
def test_a_unit_under_its_committee_or_sở_is_the_issuer(header, name, parent, full_name, organ, level):
    issuer = parse_text(_doc(header)).header.issuer
    assert (issuer.name, issuer.parent, issuer.organ, issuer.level) == (name, parent, organ, level)
    if full_name is not None:
        assert issuer.full_name == full_name


def test_the_station_takes_its_commune_as_locality():
    issuer = parse_text(_doc("ỦY BAN NHÂN DÂN XÃ NGHI LỘC\nTRẠM Y TẾ", place="Nghi Lộc")).header.issuer
    assert issuer.locality is not None and issuer.locality.new_ward == "Xã Nghi Lộc"


@pytest.mark.parametrize(
    ("header", "place", "province"),
    [
        ("SỞ Y TẾ QUẢNG TRỊ\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT", "Đông Hà", "Tỉnh Quảng Trị"),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA\nTRUNG TÂM GDNN - GDTX NGA SƠN", "Nga Sơn", "Tỉnh Thanh Hóa"),
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG HÀ TĨNH\nCHI CỤC KIỂM LÂM", "Hương Khê", "Tỉnh Hà Tĩnh"),
        # the department itself, its province after its field
        ("SỞ Y TẾ QUẢNG TRỊ", "Đông Hà", "Tỉnh Quảng Trị"),
    ],
)
def test_a_departments_unit_is_in_the_province_its_parent_names(header, place, province):
    h = parse_text(_doc(header, place=place)).header
    assert h.level == "province"
    assert h.issuer.locality is not None and h.issuer.locality.province == province


@pytest.mark.parametrize(
    "title",
    ["TRƯỞNG TRẠM", "PHÓ TRƯỞNG TRẠM", "TRƯỞNG KHOA", "PHÓ TRƯỞNG KHOA", "VIỆN TRƯỞNG", "HẠT TRƯỞNG", "ĐỘI TRƯỞNG",
     "CHÁNH ÁN", "TRƯỞNG ĐÀI", "HIỆU TRƯỞNG", "GIÁM ĐỐC"],
)
def test_a_unit_heads_title_is_the_signers_position(title):
    assert P.POSITION.match(title)
    signer = parse_text(_doc("UBND XÃ NGHI LỘC\nTRẠM Y TẾ", signer=title)).header.signer
    assert (signer.position, signer.name) == (title, "Phan Thị Mai")


@pytest.mark.parametrize("line", ["TRƯỞNG THÀNH", "TRẠM Y TẾ", "PHÓ"])
def test_no_title_is_read_in_other_capitals(line):
    assert not P.POSITION.match(line)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Tổ chức kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong tháng 4/2026 và tháng 10/2026.",
         {(4, 2026), (10, 2026)}),
        ("Rà soát đối tượng bảo trợ xã hội, hoàn thành trong quý I/2026 và quý IV/2026.", {(3, 2026), (12, 2026)}),
        ("Tổ chức tiêm bổ sung vắc xin sởi cho trẻ trong tháng 11/2026 và tháng 02/2027.", {(11, 2026), (2, 2027)}),
    ],
)
def test_each_of_two_dated_periods_joined_is_a_deadline(sentence, due):
    doc = parse_text(_doc("UBND XÃ NGHI LỘC\nTRẠM Y TẾ", body=sentence))
    assert {(d.month, d.year) for d in doc.deadlines} == due


_CALENDAR = (
    "III. LỊCH HOẠT ĐỘNG\n"
    "- Tháng 8/2026: Tuyển sinh lớp 1; rà soát cơ sở vật chất.\n"
    "- Tháng 9/2026: Khai giảng năm học mới; ổn định nề nếp lớp học.\n"
    "- Tháng 10/2026: Tổ chức Hội nghị cán bộ, viên chức.\n"
    "- Tháng 12/2026: Ôn tập, kiểm tra cuối học kỳ I.\n"
    "- Tháng 5/2027: Xét hoàn thành chương trình tiểu học; tổng kết năm học.\n"
)


def test_every_line_of_a_month_calendar_is_a_milestone():
    doc = parse_text(_doc("UBND XÃ NGHI LỘC\nTRƯỜNG TIỂU HỌC NGHI LỘC", body=_CALENDAR, signer="HIỆU TRƯỞNG"))
    got = {(d.month, d.year): d.due for d in doc.deadlines}
    assert set(got) == {(8, 2026), (9, 2026), (10, 2026), (12, 2026), (5, 2027)}
    assert got[(9, 2026)] == "Khai giảng năm học mới"


def test_a_list_of_periods_naming_no_work_gives_no_milestones():
    body = "- Tháng 6/2026: Nắng nóng kéo dài trên diện rộng.\n- Tháng 7/2026: Mưa lớn ở vùng núi, nguy cơ lũ quét.\n"
    assert parse_text(_doc("UBND XÃ NGHI LỘC\nTRẠM Y TẾ", body=body)).deadlines == []
