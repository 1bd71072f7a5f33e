"""A letter's tasks for its addressee named generically ("địa phương",
"Quý Sở"), a notice's closing "thông báo cho X được biết và triển khai thực
hiện" in a công văn, and a closing "kính trình <superior> xem xét" (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

REPLY = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC QUẢN LÝ ĐẤT ĐAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 845/QLĐĐ-ĐKTK\nV/v hướng dẫn cập nhật bản đồ địa chính sau sắp xếp đơn vị hành chính\n"
    "Hà Nội, ngày 14 tháng 8 năm 2025\n"
    "Kính gửi: Sở Nông nghiệp và Môi trường tỉnh Điện Biên\n"
    "Cục Quản lý đất đai nhận được Công văn số 301/SNNMT-QLĐĐ ngày 02 tháng 8 năm 2025 của Sở Nông nghiệp "
    "và Môi trường tỉnh Điện Biên về việc xin ý kiến cập nhật bản đồ địa chính; Cục có ý kiến như sau:\n"
)
REPLY_FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐKTK.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nĐinh Văn Toàn\n"


@pytest.mark.parametrize(
    ("body", "tasks"),
    [
        # the one addressee, referred to as "địa phương"
        (
            "Việc sắp xếp đơn vị hành chính cấp xã đã hoàn thành. Vì vậy, đề nghị địa phương căn cứ ranh giới "
            "hành chính mới để chỉnh lý hồ sơ địa chính.\n",
            ["Vì vậy, đề nghị địa phương căn cứ ranh giới hành chính mới để chỉnh lý hồ sơ địa chính."],
        ),
        # and by "Quý Sở", what the letter is sent for
        (
            "Việc chỉnh lý hồ sơ thực hiện theo Thông tư hiện hành.\n"
            "Trên đây là ý kiến của Cục Quản lý đất đai để Quý Sở nghiên cứu, thực hiện theo quy định./.\n",
            ["Trên đây là ý kiến của Cục Quản lý đất đai để Quý Sở nghiên cứu, thực hiện theo quy định./."],
        ),
        # told only, nothing asked
        ("Việc chỉnh lý hồ sơ thực hiện theo Thông tư hiện hành.\nCục Quản lý đất đai trả lời để Quý Sở được biết./.\n", []),
    ],
)
def test_the_addressee_named_generically_is_asked(body, tasks):
    doc = parse_text(REPLY + body + REPLY_FOOTER)
    got = [(a.agency, a.role, [t.text for t in a.tasks]) for a in doc.assignments]
    assert got == ([("Sở Nông nghiệp và Môi trường tỉnh Điện Biên", "requested", tasks)] if tasks else [])


def test_a_letters_closing_notice_gives_its_addressee_the_task():
    # a "V/v thông báo …" công văn, the addressee's name holding a comma
    doc = parse_text(
        "UBND TỈNH HÀ GIANG\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 402/SCT-QLCN\nV/v thông báo lịch kiểm tra an toàn hóa chất\nHà Giang, ngày 05 tháng 6 năm 2026\n"
        "Kính gửi: Chi nhánh Khai thác đá Bắc Mê, Hà Giang - HGMIN\n\n"
        "Sở Công Thương thông báo lịch kiểm tra như sau:\n1. Thời gian: 08h00 ngày 15/6/2026.\n"
        "2. Địa điểm: Kho hóa chất của Chi nhánh.\n"
        "Sở Công Thương thông báo cho Chi nhánh Khai thác đá Bắc Mê, Hà Giang - HGMIN được biết và triển khai thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLCN.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLò Văn Sinh\n"
    )
    assert [(a.agency, a.role) for a in doc.assignments] == [("Chi nhánh Khai thác đá Bắc Mê, Hà Giang - HGMIN", "responsible")]


def test_a_letters_closing_submission_asks_its_superior():
    doc = parse_text(
        "UBND TỈNH HÀ GIANG\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 410/SCT-QLCN\nV/v phương án nổ mìn tại mỏ đá Tùng Bá\nHà Giang, ngày 09 tháng 6 năm 2026\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Hà Giang\n"
        "Sở Công Thương báo cáo kết quả kiểm tra như sau:\n1. Kết quả kiểm tra\nVị trí nổ mìn cách khu dân cư 400 mét.\n"
        "2. Đề xuất\nPhương án nổ mìn do doanh nghiệp tự phê duyệt theo quy định.\n"
        "Sở Công Thương kính trình Ủy ban nhân dân tỉnh Hà Giang xem xét./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLCN.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLò Văn Sinh\n"
    )
    assert [(a.agency, a.role) for a in doc.assignments] == [("Ủy ban nhân dân tỉnh Hà Giang", "requested")]
