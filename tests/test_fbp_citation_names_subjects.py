"""Cited laws' names and documents' subjects (audit NG): an amending law's
name listing the laws it amends by name, its number its own; the acts an
amending subject names joined by "và"; a title ending where the citing
sentence resumes (its own verb, a definition, ", cụ thể:", "và" + a
predicate, the clause's verb after the last document named); another
country's law; a law named in lower case (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 07/2026/TT-BNNMT\nHà Nội, ngày 12 tháng 3 năm 2026\nTHÔNG TƯ\nQuy định chế độ báo cáo thống kê ngành\n"
)
FOOT = "Nơi nhận:\n- Các bộ;\n- Lưu: VT, KHTC.\nBỘ TRƯỞNG\nNguyễn Văn An\n"


def _doc(body: str):
    return parse_text(HEAD + body + FOOT)


def _cited(body: str, number: str):
    return next(c for c in _doc(body).citations if c.number == number)


# an amending law's title lists the laws it amends by name only (over line
# breaks); the number after the last one is the amending law's, and it acts
# on each law named that the text cites
AMENDING_LAW = (
    "Căn cứ Luật Đất đai số 31/2024/QH15;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu\n"
    "tư, Luật Đất đai, Luật Nhà ở, Luật Kinh doanh bất động sản và Luật\nĐấu giá tài sản số 43/2025/QH15;\n"
    "Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định chế độ báo cáo.\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chế độ báo cáo.\n"
)


def test_amending_law_named_by_its_whole_title() -> None:
    law = _cited(AMENDING_LAW, "43/2025/QH15")
    assert law.name == (
        "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đất đai, Luật Nhà ở, "
        "Luật Kinh doanh bất động sản và Luật Đấu giá tài sản"
    )
    assert law.acts_on.get("31/2024/QH15") == "amends"


def test_amending_law_of_numbered_laws_unchanged() -> None:
    # each law listed with its own number: those numbers are the laws'
    body = (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 "
        "và Luật Các tổ chức tín dụng số 32/2024/QH15;\nĐiều 1. Phạm vi\nThông tư này quy định chế độ báo cáo.\n"
    )
    numbers = {c.number: c.name for c in _doc(body).citations}
    assert numbers.get("27/2023/QH15") == "Luật Nhà ở"


def test_amending_subject_acts_on_each_act_joined_by_and() -> None:
    body = (
        "Căn cứ Nghị định số 20/2025/NĐ-CP ngày 05 tháng 3 năm 2025 của Chính phủ về việc sửa đổi, bổ sung một "
        "số điều của Nghị định số 11/2019/NĐ-CP ngày 14 tháng 01 năm 2019 của Chính phủ quy định chi tiết thi "
        "hành một số điều của Luật Thủy lợi và Nghị định số 30/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ "
        "quy định về quản lý an toàn đập, hồ chứa nước;\nĐiều 1. Phạm vi\nThông tư này quy định chế độ báo cáo.\n"
    )
    decree = _cited(body, "20/2025/NĐ-CP")
    assert decree.acts_on == {"11/2019/NĐ-CP": "amends", "30/2021/NĐ-CP": "amends"}
    assert decree.implements == []


ARTICLE = "Điều 1. Phạm vi\nThông tư này quy định chế độ báo cáo.\nPHỤ LỤC\n0101. Số cảng cá\n1. Khái niệm, phương pháp tính\n"


@pytest.mark.parametrize(
    ("body", "number", "subject"),
    [
        # the sentence opens with the article as its source: its verb "quy
        # định" follows the title
        (
            "Theo Điều 8 Thông tư số 12/2020/TT-BTNMT ngày 10/9/2020 của Bộ trưởng Bộ Tài nguyên và Môi trường "
            "hướng dẫn về quan trắc chất lượng nước mặt quy định tần suất quan trắc được xác định như sau.\n",
            "12/2020/TT-BTNMT",
            "hướng dẫn về quan trắc chất lượng nước mặt",
        ),
        # a definition resumes after the title: ", <common noun> là …"
        (
            "Theo quy định tại Điều 3 Nghị định số 40/2023/NĐ-CP ngày 12/6/2023 của Chính phủ quy định về quản lý "
            "cảng cá và khu neo đậu, cảng cá là khu vực bao gồm vùng đất cảng cá và vùng nước cảng cá.\n",
            "40/2023/NĐ-CP",
            "quy định về quản lý cảng cá và khu neo đậu",
        ),
        # the lead into what the sentence lists
        (
            "- Tiêu chí xác định được quy định tại Điều 4 Nghị định số 55/2022/NĐ-CP ngày 15/8/2022 quy định chi "
            "tiết một số điều của Luật Hợp tác xã, cụ thể:\na) Có từ 07 thành viên trở lên.\n",
            "55/2022/NĐ-CP",
            "quy định chi tiết một số điều của Luật Hợp tác xã",
        ),
        # "và" + a predicate of the noun the decision is named in
        (
            "Rà soát các chợ trên địa bàn hình thành trước Quyết định số 88/2012/QĐ-TTg ngày 10 tháng 4 năm 2012 "
            "của Thủ tướng Chính phủ về việc ban hành Quy chế quản lý chợ và chưa có đơn vị quản lý chợ.\n",
            "88/2012/QĐ-TTg",
            "về việc ban hành Quy chế quản lý chợ",
        ),
        # the clause's verb after the last document the subject names
        (
            "Hồ sơ đang thẩm định theo Nghị định số 15/2019/NĐ-CP và Nghị định số 70/2021/NĐ-CP ngày 20 tháng 7 "
            "năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 15/2019/NĐ-CP tiếp tục được xử lý "
            "theo quy định tại các Nghị định này.\n",
            "70/2021/NĐ-CP",
            "sửa đổi, bổ sung một số điều của Nghị định số 15/2019/NĐ-CP",
        ),
    ],
)
def test_subject_ends_where_the_sentence_resumes(body: str, number: str, subject: str) -> None:
    assert _cited(ARTICLE + body, number).subject == subject


@pytest.mark.parametrize(
    ("body", "number", "subject"),
    [
        # a title opening with "quy định" keeps its inner "quy định" and "và"
        (
            "Theo Điều 5 Nghị định số 26/2019/NĐ-CP ngày 08/3/2019 của Chính phủ quy định chi tiết một số điều "
            "và biện pháp thi hành Luật Thủy sản.\n",
            "26/2019/NĐ-CP",
            "quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản",
        ),
        # a name before "là" is no definiendum
        (
            "Căn cứ Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh về việc công nhận xã Tân An, xã Tân "
            "Bình là xã đạt chuẩn nông thôn mới;\n",
            "15/QĐ-UBND",
            "về việc công nhận xã Tân An, xã Tân Bình là xã đạt chuẩn nông thôn mới",
        ),
        # a title's inner "và không …" and "<noun> là …" outside a source
        # sentence, and "nhất là"
        (
            "Thực hiện Chỉ thị số 32/CT-TTg ngày 10/12/2025 của Thủ tướng Chính phủ về việc chấm dứt khai thác "
            "hải sản bất hợp pháp, không báo cáo và không theo quy định;\n",
            "32/CT-TTg",
            "về việc chấm dứt khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
        ),
        (
            "Căn cứ Thông tư số 08/2014/TT-BLĐTBXH ngày 30/5/2014 hướng dẫn hỗ trợ trẻ em mồ côi, trẻ em là nạn "
            "nhân của bom mìn;\n",
            "08/2014/TT-BLĐTBXH",
            "hướng dẫn hỗ trợ trẻ em mồ côi, trẻ em là nạn nhân của bom mìn",
        ),
        (
            "Theo Điều 3 Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương về tập trung xây dựng "
            "đội ngũ cán bộ các cấp, nhất là cán bộ cấp chiến lược.\n",
            "26-NQ/TW",
            "về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cán bộ cấp chiến lược",
        ),
    ],
)
def test_subject_kept_whole(body: str, number: str, subject: str) -> None:
    assert _cited(ARTICLE + body, number).subject == subject


def test_another_countrys_law_is_no_citation() -> None:
    body = (
        ARTICLE + "Vốn đầu tư ra nước ngoài là vốn đăng ký theo quy định của Luật Đầu tư nước sở tại (nước tiếp "
        "nhận vốn) trong kỳ; dự án được cấp phép theo Luật Đầu tư của nước tiếp nhận đầu tư.\n"
    )
    assert [c.name for c in _doc(body).citations if c.name and "Đầu tư" in c.name] == []


def test_law_named_in_lower_case() -> None:
    body = ARTICLE + "Các gói thầu thuộc phạm vi điều chỉnh tại khoản 1 Điều 2 Luật đấu thầu số 22/2023/QH15.\n"
    assert _cited(body, "22/2023/QH15").name == "Luật Đấu thầu"
