"""A page saved from a government portal: the record is the header of a text
shown without its own, the page's trailing blocks are no part of the text,
and a preamble's cited date is never the issue date (texts written here)."""

import pytest

from khtool import parse_text

_RECORD = (
    "Trang chủ » Văn bản » Kế hoạch\n"
    "CỔNG THÔNG TIN ĐIỆN TỬ XÃ AN PHÚ\n"
    "Số ký hiệu\t42/KH-UBND\n"
    "Ngày ban hành: 12/02/2026\n"
    "Loại văn bản: Kế hoạch\n"
    "Cơ quan ban hành: UBND xã An Phú\n"
    "Người ký: Trần Thị Lan\n"
    "Trích yếu: Phòng, chống dịch bệnh trên đàn gia súc năm 2026\n"
    "Lượt xem: 45\n"
    "Tải về\n\n"
)
_BODY = (
    "Thực hiện Kế hoạch số 15/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh "
    "về phòng, chống dịch bệnh động vật, Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Chủ động phòng, chống dịch bệnh, không để dịch lây lan.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Phòng Kinh tế\n"
    "Chủ trì tổ chức tiêm phòng đợt 1 trước ngày 30/4/2026.\n"
    "2. Trạm Y tế xã\n"
    "Phối hợp tuyên truyền về phòng bệnh lây từ động vật sang người.\n\n"
)
_TRAILER = (
    "Chia sẻ: Facebook | Zalo | In trang\n"
    "Văn bản liên quan\n"
    "Quyết định số 08/QĐ-UBND ngày 10/02/2026 về việc thành lập Tổ công tác\n"
    "Công văn số 33/UBND-KT ngày 14/02/2026 về tiêm phòng\n"
    "Bản quyền thuộc Ủy ban nhân dân xã An Phú\n"
    "Đang truy cập: 12 | Tổng lượt truy cập: 98.765\n"
)


def test_a_record_only_page_takes_its_header_from_the_record():
    doc = parse_text(_RECORD + _BODY + _TRAILER)
    h = doc.header
    assert doc.kind == "document"
    assert (h.doc_type, h.number, h.date) == ("KH", "42/KH-UBND", "2026-02-12")
    assert h.issuer.name == "UBND xã An Phú"
    assert h.level == "ward"
    assert h.title == "Phòng, chống dịch bệnh trên đàn gia súc năm 2026"
    assert h.signer is not None and h.signer.name == "Trần Thị Lan"


def test_the_pages_trailing_blocks_are_no_citations_nor_tasks():
    doc = parse_text(_RECORD + _BODY + _TRAILER)
    assert [c.number for c in doc.citations] == ["15/KH-UBND"]
    texts = " ".join(t.text for a in doc.assignments for t in a.tasks)
    for junk in ("Facebook", "Zalo", "truy cập", "Bản quyền", "08/QĐ-UBND"):
        assert junk not in texts


def test_after_the_signature_the_related_list_is_cut():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 42/KH-UBND\nAn Phú, ngày 12 tháng 02 năm 2026\n\nKẾ HOẠCH\n"
        "Phòng, chống dịch bệnh trên đàn gia súc năm 2026\n\n"
        + _BODY
        + "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Thị Lan\n\n"
        + _TRAILER
    )
    doc = parse_text(text)
    assert [c.number for c in doc.citations] == ["15/KH-UBND"]


def test_a_preamble_date_is_not_the_issue_date():
    # no dateline, no record: the cited plan's date is not this text's
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\n"
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 20 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh, "
        "Ủy ban nhân dân xã đề nghị các đơn vị thực hiện như sau:\n"
        "1. Phòng Kinh tế chủ trì tổ chức tiêm phòng đợt 1.\n"
    )
    assert parse_text(text).header.date is None


_SIGNED = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "An Phú, ngày 15 tháng 3 năm 2026\n\nKẾ HOẠCH\nRà soát thủ tục hành chính năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm rà soát đầy đủ.\n"
    # (long enough that the appendix is beyond a portal's record's reach)
    + "".join(f"{i}. Rà soát nhóm thủ tục thứ {i} trong tháng {i}.\n" for i in range(2, 14))
    + "II. TỔ CHỨC THỰC HIỆN\n"
    "Các đơn vị thực hiện theo Phụ lục kèm theo.\n"
    "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n\n"
    "PHỤ LỤC\nDANH MỤC THỦ TỤC RÀ SOÁT\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND xã An Phú)\n"
)


@pytest.mark.parametrize(
    "column",
    [
        "Văn bản liên quan",  # a column header over the cited texts
        "Tải về",  # a cell of its own
    ],
)
def test_an_appendix_after_the_signature_is_kept(column):
    table = (
        f"STT\nTên thủ tục\n{column}\nThời gian\n"
        "1\nCấp giấy khai sinh\nNghị định số 120/2015/NĐ-CP ngày 10/11/2015 của Chính phủ\nQuý II/2026\n"
        "2\nĐăng ký kết hôn\nThông tư số 05/2020/TT-BTP ngày 20/5/2020 của Bộ Tư pháp\nQuý III/2026\n"
    )
    numbers = [c.number for c in parse_text(_SIGNED + table).citations]
    assert "120/2015/NĐ-CP" in numbers and "05/2020/TT-BTP" in numbers


def test_after_an_appendix_the_pages_own_lines_are_still_cut():
    text = _SIGNED + "STT\nVăn bản liên quan\n1\nNghị định số 120/2015/NĐ-CP ngày 10/11/2015\n" + _TRAILER
    numbers = [c.number for c in parse_text(text).citations]
    assert "120/2015/NĐ-CP" in numbers and "08/QĐ-UBND" not in numbers


_FIELD_PAGE = (
    "Trang chủ > Văn bản chỉ đạo điều hành\nSố ký hiệu: 45/KH-UBND\nNgày ban hành: 10/03/2026\n"
    "{field}\n"
    "Kế hoạch triển khai công tác cải cách hành chính năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "{sentence}\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã chủ trì, theo dõi, đôn đốc.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cơ quan ban hành văn bản chịu trách nhiệm về nội dung văn bản.",
        "Người ký văn bản phải đúng thẩm quyền.",
        "Trích yếu văn bản phải ngắn gọn.",
    ],
)
def test_a_sentence_opening_with_a_records_label_is_no_field(sentence):
    h = parse_text(_FIELD_PAGE.format(field="Loại văn bản: Kế hoạch", sentence=sentence)).header
    assert "văn bản" not in (h.issuer.name or "")
    assert h.signer is None or "văn bản" not in (h.signer.name or "")
    assert "văn bản" not in (h.title or "")


@pytest.mark.parametrize(
    ("field", "issuer"),
    [
        ("Cơ quan ban hành: UBND xã An Phú", "UBND xã An Phú"),
        ("Cơ quan ban hành\tUBND xã An Phú", "UBND xã An Phú"),  # the label in a cell of its own
    ],
)
def test_the_records_issuer_names_a_body(field, issuer):
    h = parse_text(_FIELD_PAGE.format(field=field, sentence="Bảo đảm đúng tiến độ.")).header
    assert h.issuer.name == issuer


def test_the_records_issuer_not_a_body_is_not_taken():
    h = parse_text(_FIELD_PAGE.format(field="Cơ quan ban hành: Đang cập nhật", sentence="Bảo đảm đúng tiến độ.")).header
    assert h.issuer.name != "Đang cập nhật"
