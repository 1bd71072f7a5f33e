"""A number's own clause names its issuer; an act is its issuer's at its date
(a body's former name, a former province before the 2025 merger) (texts
written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình\n"


def _head(issuer: str, number: str, date: str) -> str:
    return (
        f"{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {number}\nV/v tình hình quản lý tài nguyên khoáng sản\nLào Cai, ngày {date}\n"
        "Kính gửi: Bộ Nông nghiệp và Môi trường\n"
    )


PROVINCE = _head("UBND TỈNH LÀO CAI", "215/UBND-KT", "12 tháng 3 năm 2026")
DEPARTMENT = _head("UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "318/SNNMT-QLĐĐ", "14 tháng 7 năm 2026")


def _cited(doc, number):
    return next(c for c in doc.citations if c.number == number)


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # the clause after ";" has its own subject, and what it approved is a list
        (
            "UBND tỉnh Lào Cai đã ban hành Quyết định số 912/QĐ-UBND ngày 03/6/2016 về vùng cấm khai thác cát; "
            "Ủy ban nhân dân tỉnh Yên Bái đã phê duyệt khu vực cấm khai thác cát, khu vực tạm cấm khai thác cát "
            "trên sông Chảy tại Quyết định số 2034/QĐ-UBND ngày 17/10/2016.\n",
            "Ủy ban nhân dân tỉnh Yên Bái",
        ),
        # after a comma, the clause's subject deciding with a list
        (
            "Trên cơ sở đề xuất của các sở, UBND tỉnh Yên Bái đã chấp thuận chủ trương đầu tư, điều chỉnh tiến độ "
            "dự án tại Văn bản số 2034/UBND-KT ngày 17/10/2016.\n",
            "UBND tỉnh Yên Bái",
        ),
    ],
)
def test_the_subject_of_the_numbers_own_clause_is_its_issuer(sentence, issuer):
    doc = parse_text(PROVINCE + sentence + FOOTER)
    number = "2034/QĐ-UBND" if "2034/QĐ" in sentence else "2034/UBND-KT"
    assert _cited(doc, number).issuer == issuer


@pytest.mark.parametrize(
    ("sentence", "number", "issuer"),
    [
        # the code names the former body: the act is the former body's
        (
            "Hiện nay Thông tư số 39/2023/TT-BGTVT của Bộ Xây dựng (trước đây là Bộ Giao thông vận tải) "
            "chưa quy định việc kiểm định phương tiện chở vật liệu nổ.\n",
            "39/2023/TT-BGTVT",
            "Bộ Giao thông vận tải",
        ),
        # the code names the body named first: it stays
        (
            "Hiện nay Thông tư số 12/2025/TT-BXD của Bộ Xây dựng (trước đây là Bộ Giao thông vận tải) "
            "chưa quy định việc kiểm định phương tiện chở vật liệu nổ.\n",
            "12/2025/TT-BXD",
            "Bộ Xây dựng",
        ),
    ],
)
def test_an_act_is_the_former_bodys_where_its_code_names_it(sentence, number, issuer):
    doc = parse_text(PROVINCE + sentence + FOOTER)
    assert _cited(doc, number).issuer == issuer


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        # a unit of the former Yên Bái named in its clause, before the merger
        (
            "Khu đất phù hợp bản đồ điều chỉnh Quy hoạch sử dụng đất thời kỳ 2021 - 2030\nhuyện Văn Yên (cũ) được "
            "phê duyệt kèm theo Quyết định số 1876/QĐ-UBND ngày 15/9/2022 của UBND tỉnh: khu đất là đất trồng lúa.\n",
            "Tỉnh Yên Bái",
        ),
        # ... or in its subject
        (
            "Khu đất thuộc phạm vi Quyết định số 1876/QĐ-UBND ngày 15/9/2022 của UBND tỉnh về phê duyệt quy hoạch "
            "sử dụng đất huyện Văn Yên.\n",
            "Tỉnh Yên Bái",
        ),
        # a unit of the former Lào Cai: the citing province as it was
        (
            "Khu đất thuộc phạm vi Quyết định số 1876/QĐ-UBND ngày 15/9/2022 của UBND tỉnh về phê duyệt quy hoạch "
            "sử dụng đất huyện Bảo Thắng.\n",
            "Tỉnh Lào Cai",
        ),
        # no place named: as before
        (
            "Khu đất thuộc phạm vi Quyết định số 1876/QĐ-UBND ngày 15/9/2022 của UBND tỉnh về phê duyệt quy hoạch "
            "sử dụng đất.\n",
            "Tỉnh Lào Cai",
        ),
        # an act since the merger is the merged province's
        (
            "Khu đất thuộc phạm vi Quyết định số 1876/QĐ-UBND ngày 15/9/2025 của UBND tỉnh về phê duyệt quy hoạch "
            "sử dụng đất huyện Văn Yên.\n",
            "Tỉnh Lào Cai",
        ),
    ],
)
def test_an_act_of_before_the_merger_is_the_former_province_of_the_place_it_names(sentence, province):
    c = _cited(parse_text(DEPARTMENT + sentence + FOOTER), "1876/QĐ-UBND")
    assert c.issuer == "UBND tỉnh"
    assert c.issuer_locality is not None
    assert c.issuer_locality.province == province
    assert c.issuer_locality.new_province == "Tỉnh Lào Cai"
    assert c.key.endswith({"Tỉnh Yên Bái": "@tinhyenbai", "Tỉnh Lào Cai": "@tinhlaocai"}[province])


def test_one_number_in_two_years_each_act_takes_the_place_and_alias_of_its_own_clause():
    """One number of two years is two acts (merged under "key@year"): the
    place named with the later one, and its alias, are that act's, not the
    earlier one's."""
    doc = parse_text(
        DEPARTMENT
        + "Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2020 của UBND tỉnh về quản lý đất đai;\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 15/9/2022 của UBND tỉnh về phê duyệt quy hoạch sử dụng đất "
        "huyện Văn Yên (sau đây gọi tắt là Quyết định quy hoạch);\n"
        + FOOTER
    )
    by_year = {c.year: c for c in doc.citations if c.number == "12/QĐ-UBND"}
    assert set(by_year) == {2020, 2022}
    assert by_year[2020].issuer_locality is not None and by_year[2020].issuer_locality.province == "Tỉnh Lào Cai"
    assert by_year[2022].issuer_locality is not None and by_year[2022].issuer_locality.province == "Tỉnh Yên Bái"
    assert by_year[2020].aliases == []
    assert by_year[2022].aliases == ["Quyết định quy hoạch"]
