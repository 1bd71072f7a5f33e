"""Three things that are no numbering, and an appendix that is no document:

- a code a wrapped line opens with ("Mã số:" / "V.09.02.04 đối với …",
  "15.111.02 quy định tại …") is no Roman part and no item: a label needs a
  space or the line's end after its stop, not digits;
- a blank form's placeholder items ("2. ……", "n. ……", "c) ……") are blanks to
  fill, not the form's numbering: check flags none of them;
- "Phụ lục I" / "QUY ĐỊNH VỀ …" / "(kèm theo Thông tư số …)" opens an appendix
  beside the others, its capitalised caption the appendix's title, no attached
  "Quy định"; an attached "QUY ĐỊNH" / "(Ban hành kèm theo Quyết định số …)"
  after a decision's articles stays an attachment."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.check import check_document
from khtool.segment import walk_sections

NUMBERING = ("KH401", "KH402", "KH403")

CIRCULAR = """BỘ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 11/2026/TT-BNV
Hà Nội, ngày 20 tháng 3 năm 2026
THÔNG TƯ
Quy định mã số, tiêu chuẩn chức danh nghề nghiệp viên chức giáo dục nghề nghiệp
Căn cứ Luật Viên chức số 58/2010/QH12;
Bộ trưởng Bộ Nội vụ ban hành Thông tư quy định chức danh nghề nghiệp.
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định mã số, tiêu chuẩn chức danh nghề nghiệp viên chức.
Điều 2. Cách xếp lương
1. Xếp lương chức danh giảng viên giáo dục nghề nghiệp chính - Mã số:
{code1} đối với viên chức hiện đang giữ ngạch giảng viên chính - Mã số
{code2} quy định tại Quyết định số 202/TCCP-VC.
2. Xếp lương chức danh giáo viên giáo dục nghề nghiệp thực hành - Mã số:
{code3} đối với viên chức hiện đang giữ ngạch giáo viên trung học.
3. Xếp lương chức danh giáo viên giáo dục nghề nghiệp - Mã số:
{code4} đối với viên chức hiện đang giữ ngạch giáo viên.
Điều 3. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 05 tháng 5 năm 2026.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, CCVC.
BỘ TRƯỞNG
Phạm Thị Thanh Trà
"""

# (code1 … code4): grades' codes of the Roman-letter style and of the digit style
CODES = [
    ("V.09.02.02", "V.07.01.02", "V.09.02.04", "V.09.02.05"),
    ("IV.01.02.05", "IV.01.02.06", "VI.03.01.01", "IV.01.02.07"),
    ("15.110.02", "15.111.02", "01.02.03", "15.113.04"),
]


def _labels(doc) -> list[str | None]:
    return [s.label for s in walk_sections(doc.sections)]


@pytest.mark.parametrize("codes", CODES, ids=["roman-v", "roman-mixed", "digits"])
def test_a_code_opening_a_wrapped_line_is_no_heading(codes):
    doc = parse_text(CIRCULAR.format(code1=codes[0], code2=codes[1], code3=codes[2], code4=codes[3]))
    assert [f.rule for f in check_document(doc) if f.rule in NUMBERING] == []
    labels = _labels(doc)
    assert labels.count("1") == labels.count("2") == labels.count("3") == 1
    assert not {"V", "IV", "VI", "15.110", "15.111", "01.02", "15.113"} & set(labels)


def test_a_three_level_heading_on_the_sequence_stays_an_item():
    text = CIRCULAR.format(code1="V.09.02.02", code2="V.07.01.02", code3="V.09.02.04", code4="V.09.02.05").replace(
        "Điều 3. Hiệu lực thi hành",
        "4. Chuyển xếp lương\n4.1. Nguyên tắc chuyển xếp\n4.1.1 Viên chức được xếp lương theo chức danh mới.\n"
        "4.1.2 Thời gian giữ ngạch cũ được tính vào thời gian xếp lương.\nĐiều 3. Hiệu lực thi hành",
    )
    labels = _labels(parse_text(text))
    assert "4.1.1" in labels and "4.1.2" in labels


DECREE = """CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 41/2026/NĐ-CP
Hà Nội, ngày 10 tháng 3 năm 2026
NGHỊ ĐỊNH
Quy định về kế hoạch ứng phó sự cố môi trường
Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14;
Chính phủ ban hành Nghị định quy định về kế hoạch ứng phó sự cố môi trường.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về kế hoạch ứng phó sự cố môi trường.
Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành kể từ ngày ký.
Nơi nhận:
- Các Bộ, cơ quan ngang Bộ;
- Lưu: VT.
TM. CHÍNH PHỦ
THỦ TƯỚNG
Lê Minh Hưng
Phụ lục
MẪU QUYẾT ĐỊNH PHÊ DUYỆT KẾ HOẠCH ỨNG PHÓ SỰ CỐ
(Kèm theo Nghị định số 41/2026/NĐ-CP ngày 10 tháng 3 năm 2026 của Chính phủ)
Mẫu 01
……(1)……
QUYẾT ĐỊNH
Phê duyệt Kế hoạch ứng phó sự cố môi trường của ……(2)……
Căn cứ ……………………(3);
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch ứng phó sự cố môi trường của ……(2)…… tại địa điểm ……(4)……
Điều 2. ……(2)…… có trách nhiệm thực hiện những yêu cầu sau đây:
{items}
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""

# a form's numbered placeholders: the items its user will write
PLACEHOLDERS = [
    "1. Thực hiện đúng nội dung Kế hoạch đã được phê duyệt.\n2. ……………………………………………\nn. ……………………………………………",
    "1. Thực hiện đúng nội dung Kế hoạch đã được phê duyệt.\n2. ………………………………(5)……………\nn) ……………………………………………",
    "a) Bố trí lực lượng ứng phó tại chỗ;\nb) ……………………………………………\nm. ___________________________",
    "Các yêu cầu khác:\nc) ……………………………………………",
]


@pytest.mark.parametrize("items", PLACEHOLDERS, ids=["n-dot", "n-bracket", "m-underscores", "letter-alone"])
def test_a_forms_placeholder_item_is_no_numbering(items):
    doc = parse_text(DECREE.format(items=items))
    assert [f.rule for f in check_document(doc) if f.rule in NUMBERING] == []


def test_a_real_gap_in_the_body_stays():
    text = DECREE.replace(
        "Nghị định này quy định về kế hoạch ứng phó sự cố môi trường.",
        "1. Nghị định này quy định về kế hoạch ứng phó sự cố môi trường.\n3. Nghị định này áp dụng với cơ sở.",
    ).format(items="1. Thực hiện đúng Kế hoạch.\nn. ……………………………")
    assert [f.rule for f in check_document(parse_text(text)) if f.rule in NUMBERING] == ["KH403"]


CARRIER = """BỘ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/2026/TT-BXD
Hà Nội, ngày 15 tháng 5 năm 2026
THÔNG TƯ
Ban hành Chương trình an toàn đường sắt quốc gia
Căn cứ Luật Đường sắt số 95/2025/QH15;
Bộ trưởng Bộ Xây dựng ban hành Thông tư ban hành Chương trình an toàn đường sắt quốc gia.
Điều 1. Ban hành kèm theo Thông tư này Chương trình an toàn đường sắt quốc gia.
Điều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, ATGT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Danh Huy
{programme}Phụ lục I
QUY ĐỊNH VỀ HỆ THỐNG QUẢN LÝ AN TOÀN ĐƯỜNG SẮT
(kèm theo Thông tư số 27/2026/TT-BXD ngày 15 tháng 5 năm 2026 của
Bộ trưởng Bộ Xây dựng)
Chương I
CHÍNH SÁCH AN TOÀN
Điều 1. Cam kết của người đứng đầu doanh nghiệp
Người đứng đầu doanh nghiệp kinh doanh đường sắt ban hành chính sách an toàn.
Chương II
QUẢN LÝ RỦI RO
Điều 2. Nhận diện mối nguy
Doanh nghiệp lập danh mục mối nguy và cập nhật hằng năm.
Phụ lục II
BỘ CHỈ SỐ THỰC HIỆN AN TOÀN ĐƯỜNG SẮT
(kèm theo Thông tư số 27/2026/TT-BXD ngày 15 tháng 5 năm 2026 của
Bộ trưởng Bộ Xây dựng)
1. Số vụ tai nạn giao thông đường sắt trên một triệu đoàn tàu - km.
2. Số vụ trật bánh trên đường chính tuyến.
"""

PROGRAMME = """CHƯƠNG TRÌNH AN TOÀN ĐƯỜNG SẮT QUỐC GIA
(kèm theo Thông tư số 27/2026/TT-BXD ngày 15 tháng 5 năm 2026 của
Bộ trưởng Bộ Xây dựng)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Chương trình này quy định hệ thống quản lý an toàn đường sắt quốc gia.
Điều 2. Trách nhiệm của Cục Đường sắt Việt Nam
Cục Đường sắt Việt Nam theo dõi, đánh giá việc thực hiện Chương trình.
"""


@pytest.mark.parametrize(("programme", "attached"), [(PROGRAMME, ["CTr"]), ("", [])], ids=["after-a-programme", "after-the-circular"])
def test_an_appendix_headed_by_a_quy_dinh_caption_is_no_attachment(programme, attached):
    doc = parse_text(CARRIER.format(programme=programme))
    assert [a.header.doc_type for a in doc.attachments] == attached
    holder = doc.attachments[0] if attached else doc
    appendices = [s for s in holder.sections if s.kind == "appendix"]
    assert [s.label for s in appendices] == ["Phụ lục I", "Phụ lục II"]
    assert "QUY ĐỊNH VỀ HỆ THỐNG QUẢN LÝ AN TOÀN ĐƯỜNG SẮT" in appendices[0].text


def test_an_attached_regulation_after_a_decisions_articles_stays_an_attachment():
    text = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/2026/QĐ-UBND
Quảng Ngãi, ngày 02 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Ngãi
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 4 năm 2026.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Hoàng Giang
QUY ĐỊNH
Quản lý cụm công nghiệp trên địa bàn tỉnh Quảng Ngãi
(Ban hành kèm theo Quyết định số 15/2026/QĐ-UBND ngày 02 tháng 4 năm 2026 của Ủy ban nhân dân tỉnh)
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc quản lý cụm công nghiệp trên địa bàn tỉnh.
"""
    doc = parse_text(text)
    assert [a.header.doc_type for a in doc.attachments] == ["QyĐ"]
