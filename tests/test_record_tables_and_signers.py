"""A record's tables, signatures and date, a unit's name past "về" in a
citation's issuer, and recipients split by ";" (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

RECORD_HEAD = (
    "SỞ GIAO THÔNG VẬN TẢI TỈNH YÊN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "BIÊN BẢN\nKiểm tra điều kiện vận chuyển hàng hóa nguy hiểm của Công ty TNHH Vận tải An Bình\n"
    "Hôm nay, ngày 10 tháng 5 năm 2025, tại trụ sở Công ty TNHH Vận tải An Bình, đoàn kiểm tra gồm các thành viên.\n"
    "Căn cứ Nghị định số 161/2024/NĐ-CP ngày 18 tháng 12 năm 2024 của Chính phủ;\n"
)


@pytest.mark.parametrize(
    ("rows", "numbers"),
    [
        # a vehicle held under a lease: the contract's number identifies the deal
        ("| TT | Loại xe | Kết quả |\n| 1 | Xe tải thùng kín (thuê theo hợp đồng số 05/HĐTX/AB) | Đạt |\n", []),
        # drivers' certificates: a code of no text type and no known issuer
        (
            "| TT | Họ và tên | Giấy chứng nhận huấn luyện |\n"
            "| 1 | Trần Văn Long | 1120/2024/HLX-ANTT (01/02/2024-01/02/2026) |\n"
            "| 2 | Phạm Thị Mai | 1121/2024/HLX-ANTT (01/02/2024-01/02/2026) |\n",
            [],
        ),
        # a list of texts gives their own codes: cited, in its column or with a type word
        ("| TT | Số, ký hiệu văn bản | Trích yếu |\n| 1 | 345/QĐ-UBND | Về việc phê duyệt phương án vận chuyển |\n", ["345/QĐ-UBND"]),
        ("| 1 | Căn cứ Quyết định số 346/QĐ-UBND ngày 02/3/2025 của UBND tỉnh | Đạt |\n", ["346/QĐ-UBND"]),
        # a contract cited with its date is a text the record rests on
        ("| 1 | Hợp đồng số 07/2025/HĐ-AB ngày 05/01/2025 | Đạt |\n", ["07/2025/HĐ-AB"]),
    ],
)
def test_a_number_in_a_records_table_cites_a_text_only_as_a_texts(rows, numbers):
    doc = parse_text(RECORD_HEAD + rows + "Kết luận: đạt yêu cầu.\n")
    assert [c.number for c in doc.citations] == ["161/2024/NĐ-CP", *numbers]
    assert not [d for d in doc.diagnostics if d.code == "citation-unknown-type"]


def test_a_serial_of_no_known_type_in_running_text_is_no_citation():
    doc = parse_text(RECORD_HEAD + "Lái xe có chứng chỉ 1120/2024/HLX-ANTT còn hiệu lực.\n")
    assert [c.number for c in doc.citations] == ["161/2024/NĐ-CP"]
    assert not [d for d in doc.diagnostics if d.code == "citation-unknown-type"]


LETTER = (
    "BỘ XÂY DỰNG\nSố: 41/2026/TT-BXD\nHà Nội, ngày 02 tháng 6 năm 2026\nTHÔNG TƯ\nSửa đổi Thông tư về quản lý vật liệu xây dựng\n"
    "Điều 1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2026.\n"
)


@pytest.mark.parametrize(
    ("footer", "recipients"),
    [
        (
            "Nơi nhận:\n- Văn phòng Chính phủ;\n- Cổng thông tin điện tử Chính phủ; Cổng thông tin điện tử Bộ Xây dựng;\n- Lưu: VT, PC.\n",
            ["Văn phòng Chính phủ", "Cổng thông tin điện tử Chính phủ", "Cổng thông tin điện tử Bộ Xây dựng", "Lưu: VT, PC"],
        ),
        (
            "Nơi nhận:\n- Như trên; - UBND tỉnh (b/c); - Đ/c GĐ; PGĐ 2; - Lưu: VT, KT.\n",
            ["Như trên", "UBND tỉnh (b/c)", "Đ/c GĐ", "PGĐ 2", "Lưu: VT, KT"],
        ),
        ("Nơi nhận: - Như trên; Vụ Pháp chế; - Lưu: VT.\n", ["Như trên", "Vụ Pháp chế", "Lưu: VT"]),
        # not inside brackets, nor between a class's members after its colon
        (
            "Nơi nhận:\n- Các phòng: Kế hoạch; Pháp chế;\n- Lưu: VT, KH (đ/c An; đ/c Bình).\n",
            ["Các phòng: Kế hoạch; Pháp chế", "Lưu: VT, KH (đ/c An; đ/c Bình)"],
        ),
        # nor before a bracketed note on the recipient before it
        (
            "Nơi nhận:\n- Thường trực Tỉnh ủy; (b/c)\n- Sở Tư pháp; (để biết).\n- Các xã; (t/h); Văn phòng.\n",
            ["Thường trực Tỉnh ủy; (b/c)", "Sở Tư pháp; (để biết)", "Các xã; (t/h)", "Văn phòng"],
        ),
        # (a bracket inside a bracket still holds its ";")
        (
            "Nơi nhận:\n- Như trên; Văn phòng (đ/c An (PGĐ); đ/c Bình).\n",
            ["Như trên", "Văn phòng (đ/c An (PGĐ); đ/c Bình)"],
        ),
    ],
)
def test_a_semicolon_in_a_recipients_line_separates_them_as_a_dash_does(footer, recipients):
    doc = parse_text(LETTER + footer + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Hùng\n")
    assert [r.text for r in doc.recipients] == recipients


def test_recipients_split_at_semicolons_in_linear_time():
    import time

    from khtool.segment import _recipients_apart

    _recipients_apart("Sở Xây dựng; (a; b)")  # (its patterns compiled outside the timing)
    for text in ("Sở Xây dựng; " * 4000, "(" + "a; " * 5000, "a;)" * 5000):
        t0 = time.process_time()
        _recipients_apart(text)
        assert time.process_time() - t0 < 0.05


POLICE_LETTER = (
    "SỞ CÔNG THƯƠNG TỈNH SƠN LA\nSố: 12/SCT-KTAT\nSơn La, ngày 10 tháng 5 năm 2025\nV/v nghiệm thu kho vật liệu nổ công nghiệp\n"
    "Kính gửi: Công ty TNHH Khai khoáng An Bình\nHồ sơ nghiệm thu gồm:\n"
)


@pytest.mark.parametrize(
    ("line", "issuer", "level"),
    [
        (
            "- Giấy chứng nhận số 215/GCN ngày 13/03/2025 của Phòng Cảnh sát QLHC về TTXH Công an tỉnh Sơn La Chứng nhận đủ điều kiện về an ninh, trật tự.\n",
            "Phòng Cảnh sát QLHC về TTXH Công an tỉnh Sơn La",
            "province",
        ),
        (
            "- Văn bản số 88/PC04 ngày 14/03/2025 của Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La về việc phối hợp kiểm tra kho.\n",
            "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Sơn La",
            "province",
        ),
        # "về việc" opens the subject, after a police unit too
        (
            "- Văn bản số 91/PC07 ngày 14/03/2025 của Phòng Cảnh sát PCCC và CNCH về việc thẩm duyệt thiết kế.\n",
            "Phòng Cảnh sát PCCC và CNCH",
            None,
        ),
    ],
)
def test_a_police_units_name_goes_on_past_ve_into_its_field(line, issuer, level):
    doc = parse_text(POLICE_LETTER + line)
    (c,) = doc.citations
    assert c.issuer == issuer
    if level:
        assert c.issuer_level == level


@pytest.mark.parametrize(
    ("clause", "date"),
    [
        ("IV. Thời gian và địa điểm nghiệm thu:\nBắt đầu: 8h15’ ngày 15 tháng 3 năm 2026\nKết thúc: 11h30’ ngày 15 tháng 3 năm 2026\n", "2026-03-15"),
        ("III. Thời gian: 14 giờ 00, ngày 02/4/2026\nĐịa điểm: tại công trường.\n", "2026-04-02"),
    ],
)
def test_a_record_with_no_date_line_is_dated_by_its_events_time(clause, date):
    doc = parse_text(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBIÊN BẢN NGHIỆM THU CÔNG TRÌNH\n"
        "I. Tên công trình: Kho chứa vật liệu nổ công nghiệp.\nII. Thành phần tham gia nghiệm thu:\n"
        "1. Đại diện chủ đầu tư: Công ty cổ phần khoáng sản An Bình\n- Ông Trần Văn Long   Chức vụ: Giám đốc\n"
        "2. Đại diện đơn vị thi công: Công ty TNHH xây dựng Hòa Phát\n- Ông Lê Văn Nam   Chức vụ: Chỉ huy trưởng\n"
        + clause + "V. Kết luận: đồng ý nghiệm thu.\n"
    )
    assert doc.header.date == date


@pytest.mark.parametrize(
    "signatures",
    [
        "| THÀNH VIÊN PHÓ CỤC TRƯỞNG Trần Văn Long | THÀNH VIÊN Lê Thị Hoa |\n\n| THÀNH VIÊN | THÀNH VIÊN |\n| Phạm Văn Nam | Đỗ Minh Tâm |\n",
        "ĐẠI DIỆN\nCÔNG TY TNHH TƯ VẤN AN BÌNH\nPHÓ CỤC TRƯỞNG\n\n\nTrần Văn Long\n\nĐẠI DIỆN\nCÔNG TY CP XÂY DỰNG HÒA PHÁT\nGIÁM ĐỐC\n\nLê Thị Hoa\n"
        "\nGIÁM SÁT TRƯỞNG\n\nPhạm Văn Nam\n\nCHỈ HUY TRƯỞNG\n\nĐỗ Minh Tâm\n",
    ],
)
def test_a_records_signer_is_its_first_block_the_others_co_sign(signatures):
    doc = parse_text(RECORD_HEAD + "Kết luận: hồ sơ đạt yêu cầu.\n" + signatures)
    assert (doc.header.signer.name, doc.header.signer.position) == ("Trần Văn Long", "PHÓ CỤC TRƯỞNG")
    assert sorted(s.name for s in doc.header.co_signers) == ["Lê Thị Hoa", "Phạm Văn Nam", "Đỗ Minh Tâm"]
