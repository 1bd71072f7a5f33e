"""Công báo copies, blank forms and consolidated texts: a form labelled by
any code numbers its items afresh and its wording states nothing of the
text's; a Gazette copy prints no Nơi nhận; a footnote's mark glued to a
year is no date written wrong; a consolidated text (VBHN) consolidates the
text its note names first, which each act of its list amends."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.check import check_document

DECISION = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/2026/QĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Quy định thủ tục cấp giấy phép khai thác thủy sản xa bờ
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Thủ tướng Chính phủ ban hành Quyết định quy định thủ tục cấp giấy phép.
Điều 1. Phạm vi điều chỉnh
Quyết định này quy định thủ tục cấp giấy phép theo mẫu tại Phụ lục.
Điều 2. Trách nhiệm thi hành
Bộ trưởng Bộ Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Văn Bình
Phụ lục
CÁC MẪU VĂN BẢN
{first}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
…..(1)….., ngày….. tháng…… năm……..
ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP
Kính gửi: ……………..(2)………………...
1. Tên tổ chức: …………………………………
2. Địa chỉ trụ sở: …………………………………
{line}
{second}
…..(1)….., ngày….. tháng…… năm……..
BÁO CÁO TÌNH HÌNH KHAI THÁC
Kính gửi: ……………..(2)………………...
……..(1)……. báo cáo tình hình khai thác năm …… như sau:
1. Số lượng tàu: …………………………………
2. Sản lượng khai thác: …………………………………
3. Kiến nghị: …………………………………
"""

LABELS = [
    ("Mẫu TS01", "Mẫu TS02"),
    ("Mẫu BM-01", "Mẫu BM-02"),
    ("                                        Mẫu AP03", "                                        Mẫu AP04"),
]


@pytest.mark.parametrize(("first", "second"), LABELS)
def test_a_form_labelled_by_any_code_numbers_its_items_afresh(first, second):
    doc = parse_text(DECISION.format(first=first, second=second, line=""))
    assert not [d for d in doc.diagnostics if d.code == "numbering-duplicate"]
    assert not [f for f in check_document(doc) if f.rule == "KH401"]


# (a form's wording, its placeholders numbered for its notes; the same
# sentence in the text's own article is a deadline)
FORM_LINES = [
    "Trước ngày 31/12 hằng năm, ……..(3)……. có trách nhiệm gửi báo cáo tình hình khai thác về ……(2)…….",
    "Trước ngày 31/12 hằng năm, ........(3)........ có trách nhiệm gửi báo cáo tình hình khai thác về Sở.",
    "Hằng năm, trước ngày 15/01, ___(3)___ báo cáo tình hình khai thác về Bộ Nông nghiệp và Môi trường.",
]


@pytest.mark.parametrize("line", FORM_LINES)
def test_a_blank_forms_wording_states_no_deadline_nor_task(line):
    doc = parse_text(DECISION.format(first="Mẫu TS01", second="Mẫu TS02", line=line))
    assert not [d for d in doc.deadlines if d.month == 12 or d.month == 1]
    assert not [t for a in doc.assignments for t in a.tasks if "khai thác" in t.text and "Trước" in t.text]
    # the same sentence in an article of the text is its deadline
    body = line.replace("……..(3)…….", "Sở Nông nghiệp và Môi trường").replace(
        "........(3)........", "Sở Nông nghiệp và Môi trường"
    ).replace("___(3)___", "Sở Nông nghiệp và Môi trường").replace("……(2)…….", "Bộ.")
    doc = parse_text(
        DECISION.format(first="Mẫu TS01", second="Mẫu TS02", line="").replace(
            "Điều 2. Trách nhiệm thi hành\n", f"Điều 2. Trách nhiệm thi hành\n{body}\n"
        )
    )
    assert [d for d in doc.deadlines if d.month in (1, 12)]


GAZETTE_HEADS = [
    "CÔNG BÁO/Số 565 + 566/Ngày 28-4-2024",
    "CÔNG BÁO/Số 1457 + 1458/Ngày 18-10-2025",
    "   CÔNG BÁO/Số 327/Ngày 14-06-2026   ",
]

CIRCULAR = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/2026/TT-BNNMT
Hà Nội, ngày 20 tháng 4 năm 2026
THÔNG TƯ
Quy định về quản lý tàu cá
Căn cứ Luật Thủy sản số 18/2017/QH14 ngày 21 tháng 11 năm 2017{mark};
Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định về quản lý tàu cá.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về quản lý tàu cá.
{head}
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực kể từ ngày 01 tháng 6 năm 2026.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Phùng Đức Tiến
"""


@pytest.mark.parametrize("head", GAZETTE_HEADS)
def test_a_gazette_copy_prints_no_recipients_by_rule(head):
    doc = parse_text(CIRCULAR.format(head=head, mark=""))
    assert [d for d in doc.diagnostics if d.code == "gazette-copy"]
    assert not [f for f in check_document(doc) if f.rule == "KH108"]
    # (the same text, not a Gazette copy, lacks its Nơi nhận)
    doc = parse_text(CIRCULAR.format(head="", mark=""))
    assert [f for f in check_document(doc) if f.rule == "KH108"]


@pytest.mark.parametrize(
    ("cited", "date"),
    [
        ("Căn cứ Nghị định số 26/2019/NĐ-CP ngày 08/3/20191", "2019-03-08"),
        ("Căn cứ Nghị định số 37/2024/NĐ-CP ngày 04 tháng 4 năm 202412", "2024-04-04"),
        ("Căn cứ Thông tư số 23/2018/TT-BNNPTNT ngày 15/11/20182", "2018-11-15"),
    ],
)
def test_a_footnote_mark_glued_to_a_year_is_no_date_written_wrong(cited, date):
    doc = parse_text(CIRCULAR.format(head="", mark=f";\n{cited}"))
    number = cited.split("số ")[1].split()[0]
    c = next(c for c in doc.citations if c.number == number)
    assert c.date == date
    assert not [d for d in doc.diagnostics if d.code == "date-repaired"]
    assert not [f for f in check_document(doc) if f.rule == "KH204"]


CONSOLIDATED = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
THÔNG TƯ
Quy định về đăng ký tàu cá
Thông tư số 23/2018/TT-BNNPTNT ngày 15 tháng 11 năm 2018 của Bộ trưởng Bộ Nông
nghiệp và Phát triển nông thôn quy định về đăng kiểm viên tàu cá, có hiệu lực kể từ
ngày 01 tháng 01 năm 2019, được sửa đổi, bổ sung bởi:
{items}
Căn cứ Luật Thủy sản ngày 21 tháng 11 năm 2017;
Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn ban hành Thông tư quy định về đăng ký tàu cá.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định về đăng ký tàu cá.

BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 18/VBHN-BNNMT
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 12 tháng 5 năm 2026
KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Nguyễn Văn Hải
"""

ITEMS = [
    (
        "1. Thông tư số 01/2022/TT-BNNPTNT ngày 18 tháng 01 năm 2022 của Bộ trưởng Bộ Nông nghiệp\n"
        "và Phát triển nông thôn sửa đổi, bổ sung một số điều của các Thông tư quy định về thủy sản,\n"
        "có hiệu lực kể từ ngày 05 tháng 3 năm 2022;\n"
        "2. Thông tư số 06/2024/TT-BNNPTNT ngày 10 tháng 4 năm 2024 của Bộ trưởng Bộ Nông nghiệp\n"
        "và Phát triển nông thôn sửa đổi, bổ sung, bãi bỏ một số điều của các Thông tư trong lĩnh\n"
        "vực thủy sản, có hiệu lực kể từ ngày 25 tháng 5 năm 2024.",
        ["01/2022/TT-BNNPTNT", "06/2024/TT-BNNPTNT"],
    ),
    (
        "Thông tư số 01/2022/TT-BNNPTNT ngày 18 tháng 01 năm 2022 của Bộ trưởng Bộ Nông nghiệp và\n"
        "Phát triển nông thôn sửa đổi, bổ sung một số điều của Thông tư số 23/2018/TT-BNNPTNT và\n"
        "Thông tư số 21/2018/TT-BNNPTNT, có hiệu lực kể từ ngày 05 tháng 3 năm 2022;\n"
        "Thông tư số 06/2024/TT-BNNPTNT ngày 10 tháng 4 năm 2024 của Bộ trưởng Bộ Nông nghiệp và\n"
        "Phát triển nông thôn sửa đổi, bổ sung các Thông tư có quy định liên quan đến sổ hộ khẩu,\n"
        "có hiệu lực kể từ ngày 25 tháng 5 năm 2024;\n"
        "Thông tư số 11/2025/TT-BNNMT ngày 02 tháng 6 năm 2025 của Bộ trưởng Bộ Nông nghiệp và\n"
        "Môi trường sửa đổi, bổ sung một số điều của các Thông tư về thủy sản, có hiệu lực kể từ\n"
        "ngày 01 tháng 7 năm 2025.",
        ["01/2022/TT-BNNPTNT", "06/2024/TT-BNNPTNT", "11/2025/TT-BNNMT"],
    ),
]


@pytest.mark.parametrize(("items", "amending"), ITEMS)
def test_a_consolidated_text_consolidates_the_text_each_listed_act_amends(items, amending):
    doc = parse_text(CONSOLIDATED.format(items=items))
    assert doc.header.doc_type == "VBHN"
    by_number = {c.number: c for c in doc.citations}
    assert by_number["23/2018/TT-BNNPTNT"].relation == "consolidates"
    for number in amending:
        assert by_number[number].acts_on.get("23/2018/TT-BNNPTNT") == "amends", number
        assert by_number[number].relation != "consolidates"


NORMS = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/2026/TT-BTC
Hà Nội, ngày 05 tháng 6 năm 2026
THÔNG TƯ
Quy định định mức khoán chi xây dựng văn bản quy phạm pháp luật
Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ;
Bộ trưởng Bộ Tài chính ban hành Thông tư quy định định mức khoán chi.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định định mức khoán chi tại Phụ lục I.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực kể từ ngày 20 tháng 7 năm 2026.
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Minh
Phụ lục I
{heading}
(Ban hành kèm theo Thông tư số 31/2026/TT-BTC ngày 05 tháng 6 năm 2026 của Bộ trưởng Bộ Tài chính)
STT
Nhiệm vụ, hoạt động
Sản phẩm
Định mức khoán chi
1
Bộ trưởng
Phiếu trình ký ban hành thông tư được phê duyệt
2%
2
Thứ trưởng chỉ đạo trực tiếp xây dựng Thông tư
Văn bản chỉ đạo
3%
"""


@pytest.mark.parametrize(
    "heading",
    [
        "ĐỊNH MỨC KHOÁN CHI CHO TỪNG NHIỆM VỤ, HOẠT ĐỘNG XÂY DỰNG, BAN HÀNH VĂN BẢN QUY PHẠM PHÁP\n"
        "LUẬT LÀ THÔNG TƯ, THÔNG TƯ LIÊN TỊCH DO BỘ TÀI CHÍNH CHỦ TRÌ SOẠN THẢO",
        "ĐỊNH MỨC CHI CHO CÁC HOẠT ĐỘNG XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP\n"
        "LUẬT LÀ NGHỊ ĐỊNH CỦA CHÍNH PHỦ DO BỘ TÀI CHÍNH CHỦ TRÌ SOẠN THẢO",
        "ĐỊNH MỨC PHÂN BỔ KINH PHÍ CHO TỪNG CÔNG VIỆC XÂY DỰNG, TRÌNH BAN HÀNH CÁC\n"
        "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ DO BỘ TÀI CHÍNH CHỦ TRÌ SOẠN THẢO",
    ],
)
def test_a_type_word_going_on_with_a_wrapped_heading_opens_no_attachment(heading):
    doc = parse_text(NORMS.format(heading=heading))
    assert doc.attachments == []
    assert not [a for a in doc.assignments if a.agency in ("Bộ trưởng", "Thứ trưởng")]


@pytest.mark.parametrize(
    ("entry1", "entry2"),
    [
        ("Mẫu số 01 Đơn đề nghị cấp giấy phép", "Mẫu số 02 Báo cáo tình hình khai thác"),
        ("Mẫu 01 Đơn đề nghị cấp giấy phép", "Mẫu 02 Báo cáo tình hình khai thác"),
        ("Mẫu 01/GP Đơn đề nghị cấp giấy phép", "Mẫu 02/GP Báo cáo tình hình khai thác"),
    ],
)
def test_an_appendixs_list_of_its_forms_opens_no_form(entry1, entry2):
    # (the list, then the first form, its label printed after its first lines)
    text = DECISION.format(first="", second=entry2.split(" Báo")[0], line="").replace(
        "CÁC MẪU VĂN BẢN\n", f"CÁC MẪU VĂN BẢN\n{entry1}\n{entry2}\n"
    )
    doc = parse_text(text)
    appendix = next(s for s in doc.sections if s.kind == "appendix")
    holding = {c.heading: s.heading for s in appendix.children for c in s.children if c.heading}
    # the first form's items are no list entry's (nor under the second form)
    assert holding.get("Tên tổ chức") in (None, "")
    assert holding.get("Số lượng tàu") in (None, "")
