"""Executors' clauses naming the army's heads and those concerned by their
heads, duties articles of a party named by its role, drafters named with
"do … biên soạn", a request enclosed with a dossier (texts written for these
tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency
from khtool.extract.assignments import bodies_heading

CIRCULAR = (
    "BỘ QUỐC PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 21/2026/TT-BQP\nHà Nội, ngày 5 tháng 3 năm 2026\nTHÔNG TƯ\n"
    "Quy định về quản lý vật tư kỹ thuật\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về quản lý vật tư kỹ thuật.\n"
    "Điều 2. Cục Kỹ thuật\nChủ trì, phối hợp với Quân chủng Hải quân và các cơ quan đơn vị có liên quan "
    "kiểm tra việc thực hiện Thông tư này.\n"
    "Điều 3. Trách nhiệm thi hành\n{executors} chịu trách nhiệm thi hành Thông tư này./.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nBỘ TRƯỞNG\nNguyễn Văn Hùng\n"
)


@pytest.mark.parametrize(
    ("executors", "expected"),
    [
        (
            "Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục Chính trị, Thủ trưởng các cơ quan, đơn vị và cá nhân liên quan",
            {"Bộ Tổng Tham mưu", "Tổng cục Chính trị"},
        ),
        (
            "Tổng Tham mưu trưởng, Tư lệnh Quân khu 3, Chính ủy Quân chủng Phòng không - Không quân, Thủ trưởng các "
            "cơ quan, đơn vị có liên quan",
            {"Bộ Tổng Tham mưu", "Quân khu 3", "Quân chủng Phòng không - Không quân"},
        ),
    ],
)
def test_army_heads_in_an_executors_clause_name_their_bodies(executors, expected):
    doc = parse_text(CIRCULAR.format(executors=executors))
    got = {a.canonical for a in doc.assignments if a.role == "responsible" and a.span.line >= 9}
    assert got == expected
    assert all(a.sector == "military" and a.level == "national" for a in doc.assignments if a.canonical in expected)


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Binh chủng Công binh", "Binh chủng Công binh"),
        ("Quân chủng Hải quân", "Quân chủng Hải quân"),
        ("Bộ Tổng Tham mưu", "Bộ Tổng Tham mưu"),
        ("Tư lệnh Quân khu 7", "Quân khu 7"),
        ("Phó Tổng Tham mưu trưởng", "Bộ Tổng Tham mưu"),
    ],
)
def test_the_armys_bodies_are_known_under_their_own_names(name, canonical):
    m = classify_agency(name)
    assert m is not None and (m.sector, m.canonical, m.level) == ("military", canonical, "national")


@pytest.mark.parametrize(
    "clause",
    [
        "2. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương, "
        "Thủ trưởng các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Thông tư này.",
        "2. Chủ tịch Ủy ban nhân dân cấp tỉnh, Thủ trưởng các cơ quan liên quan chịu trách nhiệm triển khai "
        "thực hiện kế hoạch ứng phó sự cố cấp tỉnh.",
    ],
)
def test_heads_of_those_concerned_closing_an_item_are_no_body(clause):
    doc = parse_text(
        "BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 07/2026/TT-BYT\n"
        "Hà Nội, ngày 2 tháng 4 năm 2026\nTHÔNG TƯ\nQuy định về hồ sơ bệnh án\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về hồ sơ bệnh án.\n"
        "Điều 2. Tổ chức thực hiện\n1. Vụ trưởng Vụ Pháp chế có trách nhiệm hướng dẫn thực hiện Thông tư này.\n"
        f"{clause}\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nBỘ TRƯỞNG\nĐào Hồng Lan\n"
    )
    agencies = {a.agency for a in doc.assignments}
    assert not any(a.startswith(("Thủ trưởng", "Người đứng đầu")) for a in agencies)
    assert all(a.canonical != "Các bộ, ngành" for a in doc.assignments)


def test_a_partner_list_ends_at_the_verb_after_those_concerned():
    assert bodies_heading(
        "Binh chủng Công binh và các cơ quan đơn vị có liên quan thanh tra, kiểm tra việc thực hiện Thông tư này"
    ) == ["Binh chủng Công binh"]


def test_an_article_of_rules_on_the_investor_binds_the_investor_the_text_names():
    doc = parse_text(
        "UBND TỈNH YÊN BÁI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nGIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ\nMã số dự án: 1234567890\n"
        "Căn cứ Luật Đầu tư số 61/2020/QH14 ngày 17 tháng 6 năm 2020;\n"
        "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH YÊN BÁI\nChứng nhận nhà đầu tư:\n"
        "Tên doanh nghiệp: Công ty TNHH Gỗ Minh Phát.\nMã số thuế: 5200123456\n"
        "Đăng ký thực hiện dự án đầu tư với nội dung như sau:\n"
        "Điều 1: Nội dung dự án đầu tư\nTên dự án: Nhà máy chế biến gỗ Minh Phát.\n"
        "Điều 2: Các quy định đối với nhà đầu tư thực hiện dự án\n"
        "1. Nhà đầu tư phải ký quỹ bảo đảm thực hiện dự án theo quy định.\n"
        "2. Báo cáo tình hình thực hiện dự án định kỳ hằng quý gửi Ban Quản lý trước ngày 10 của tháng đầu quý sau.\n"
        "Điều 3: Giấy chứng nhận này được lập thành 02 bản gốc.\nTRƯỞNG BAN\nLê Văn Tâm\n"
    )
    bound = [a for a in doc.assignments if a.agency == "Công ty TNHH Gỗ Minh Phát"]
    assert bound and bound[0].role == "responsible"
    assert all(d.agency == "Công ty TNHH Gỗ Minh Phát" for d in bound[0].deadlines)


def _issuers(text):
    return {c.number: c.issuer for c in parse_text(text).citations}


def test_a_drafter_named_with_do_is_no_issuer():
    issuers = _issuers(
        "BỘ CÔNG THƯƠNG\nSố: 12/2026/TT-BCT\nHà Nội, ngày 1 tháng 4 năm 2026\nTHÔNG TƯ\nBan hành Sửa đổi 1:2026\n"
        "Lời nói đầu\nQCVN 09:2021/BCT do Ban soạn thảo biên soạn, Vụ Khoa học và Công nghệ trình duyệt, Bộ Khoa "
        "học và Công nghệ thẩm định, Bộ trưởng Bộ Công Thương ban hành.\n"
    )
    issuer = next(v for k, v in issuers.items() if k and "QCVN 09:2021" in k)
    assert issuer == "Bộ Công Thương"


def test_a_request_enclosed_with_a_dossier_is_its_owners():
    issuers = _issuers(
        "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nSố: 88/SCT-KTAT\nYên Bái, ngày 3 tháng 7 năm 2026\n"
        "Kính gửi: Công ty TNHH Vận tải Hoàng Long.\n"
        "Sở Công Thương nhận được hồ sơ đề nghị cấp Giấy phép vận chuyển hàng nguy hiểm (loại 3) của Công ty TNHH "
        "Vận tải Hoàng Long (sau đây gọi tắt là Công ty), kèm theo Giấy đề nghị số 05/2026/HL ngày 01/7/2026.\n"
        "Sở Công Thương đề nghị Công ty bổ sung hồ sơ.\n"
    )
    issuer = next(v for k, v in issuers.items() if k and "05/2026/HL" in k)
    assert issuer == "Công ty TNHH Vận tải Hoàng Long"
