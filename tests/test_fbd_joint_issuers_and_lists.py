"""Citations of a ministry's list of acts: a joint act's issuers, a
ministry's name wrapped or cut, old issuer codes, a number's date after ";",
a number cut at a page break, an amending act's list past ";", and a subject
"hướng dẫn thực hiện một số nội dung của …" (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 210/QĐ-BLĐTBXH\nHà Nội, ngày 14 tháng 02 năm 2024\nQUYẾT ĐỊNH\n"
    "Về việc công bố danh mục văn bản quy phạm pháp luật hết hiệu lực\n"
    "BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n"
    "Căn cứ Nghị định số 62/2022/NĐ-CP ngày 12/9/2022 của Chính phủ quy định chức năng, nhiệm vụ;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Công bố danh mục văn bản hết hiệu lực tại Phụ lục kèm theo.\n"
)
FOOT = "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, PC.\nBỘ TRƯỞNG\nNguyễn Văn An\n"

LSX = "Bộ Lao động - Thương binh và Xã hội"


def _cited(body: str, number: str):
    doc = parse_text(HEAD + body + FOOT)
    return next(c for c in doc.citations if c.number == number)


@pytest.mark.parametrize(
    ("body", "number", "issuer"),
    [
        # a joint act's issuer clause lists all its issuers, over commas and wraps
        (
            "Phụ lục\nI. LĨNH VỰC NGƯỜI CÓ CÔNG\n"
            "Thông tư liên tịch số 31/2015/\nTTLT-BLĐTBXH-BYT-BTC\nngày 05/8/2015 của Bộ Lao động -\n"
            "Thương binh và Xã hội, Bộ Y\ntế, Bộ Tài chính hướng dẫn chế độ điều dưỡng\nToàn bộ văn bản\n",
            "31/2015/TTLT-BLĐTBXH-BYT-BTC",
            f"{LSX}, Bộ Y tế, Bộ Tài chính",
        ),
        # its first name wrapped at a line's end without its hyphen
        (
            "Phụ lục\n14\nThông tư liên tịch 21/2016/TTLT-\nBLĐTBXH-BCA-BNG\nngày 29/6/2016 của Bộ Lao động\n"
            "Thương binh và Xã hội, Bộ Công\nan, Bộ Ngoại giao về việc hướng dẫn thực hiện Thỏa thuận\n",
            "21/2016/TTLT-BLĐTBXH-BCA-BNG",
            f"{LSX}, Bộ Công an, Bộ Ngoại giao",
        ),
        # a comma before a body the codes do not name ends it
        (
            "Điều 2. Bãi bỏ Thông tư liên tịch số 07/2014/TTLT-BLĐTBXH-BTC ngày 20/3/2014 của Bộ Lao động - "
            "Thương binh và Xã hội, Bộ Tài chính, Bộ Nội vụ hướng dẫn (đã lấy ý kiến).\n",
            "07/2014/TTLT-BLĐTBXH-BTC",
            f"{LSX}, Bộ Tài chính",
        ),
        # with no issuer written, every body the joint number's codes name
        (
            "Điều 2. Bãi bỏ Thông tư liên tịch số 14/2013/TTLT-BLĐTBXH-BCA-BNG ngày 10/7/2013 hướng dẫn "
            "đưa người lao động đi làm việc ở nước ngoài.\n",
            "14/2013/TTLT-BLĐTBXH-BCA-BNG",
            f"{LSX}, Bộ Công an, Bộ Ngoại giao",
        ),
        # "giữa A và B": the bodies the codes name, in the number's order
        (
            "Điều 2. Bãi bỏ Thông tư liên tịch số 05/2012/TTLT-BTC-BLĐTBXH ngày 08/3/2012 giữa Bộ Tài chính "
            "và Bộ Lao động - Thương binh và Xã hội hướng dẫn quản lý kinh phí.\n",
            "05/2012/TTLT-BTC-BLĐTBXH",
            f"Bộ Tài chính, {LSX}",
        ),
        # a ministry's name wrapped so its next line opens with its hyphen
        (
            "Phụ lục\nVIII. LĨNH VỰC PHÒNG, CHỐNG TỆ NẠN XÃ HỘI\n24\nThông tư số 22/2012/TT-LĐTBXH\n"
            "ngày 19/9/2012 của Bộ Lao động\n- Thương binh và Xã hội hướng dẫn thi hành một số điều\nToàn bộ văn bản\n",
            "22/2012/TT-LĐTBXH",
            LSX,
        ),
        # written without its hyphen, under the ministry's older code
        (
            "Điều 2. Bãi bỏ Quyết định số 733/QĐ-LĐTBXH ngày 10/6/2019 của Bộ Lao động Thương binh và Xã hội "
            "về việc đính chính Thông tư.\n",
            "733/QĐ-LĐTBXH",
            LSX,
        ),
        # a name cut short at a page's end: the ministry its (older) code names
        (
            "Phụ lục\n5\nThông tư\nSố 14/2018/TT-BLĐTBXH ngày 26/9/2018\nQuy định khối lượng kiến thức\n"
            "Đã được đính chính tại Quyết\nđịnh số 618/QĐ-LĐTBXH\nngày 29/5/2020 của Bộ Lao\n\n"
            "6\nThông tư\nSố 15/2018/TT-BLĐTBXH ngày 26/9/2018\nQuy định mẫu chứng chỉ\n",
            "618/QĐ-LĐTBXH",
            LSX,
        ),
        # a historical national code: the body at the act's date
        (
            "Phụ lục\n6\nThông tư\nSố 125/1997/TT-TCCP ngày 12/5/1997\nVề việc hướng dẫn chế độ tiền lương\n",
            "125/1997/TT-TCCP",
            "Ban Tổ chức - Cán bộ Chính phủ",
        ),
    ],
)
def test_issuers_of_joint_acts_wrapped_names_and_old_codes(body, number, issuer):
    assert _cited(body, number).issuer == issuer


def test_a_number_cells_date_after_a_semicolon_is_its_date():
    body = "Phụ lục\n6\nThông tư\nSố 125/1997/TT-TCCP; ngày 12/5/1997\nVề việc hướng dẫn chế độ tiền lương\n"
    assert _cited(body, "125/1997/TT-TCCP").date == "1997-05-12"


def test_a_number_cut_at_a_page_break_goes_on_past_the_furniture_and_the_header_row():
    header_row = "TT\nTên loại văn bản\nSố, ký hiệu; ngày, tháng, năm ban hành\nTrích yếu nội dung\nGhi chú\n"
    body = (
        "Phụ lục\nDANH MỤC VĂN BẢN CÒN HIỆU LỰC\n" + header_row
        + "1\nThông tư\nSố 09/2017/TT-BLĐTBXH ngày 13/3/2017\nQuy định việc xây dựng chương trình đào tạo\n"
        "- Văn bản sửa đổi một phần: Quyết định số 1314/QĐ-\n\nDANH MỤC VĂN BẢN CÒN HIỆU LỰC\n"
        + header_row
        + "BLĐTBXH của Bộ Lao động - Thương binh và Xã hội về việc đính chính Thông tư\n"
        "2\nThông tư\nSố 10/2017/TT-BLĐTBXH ngày 13/3/2017\nQuy định mẫu bằng tốt nghiệp\n"
    )
    c = _cited(body, "1314/QĐ-BLĐTBXH")
    assert c.issuer == LSX
    assert c.subject and c.subject.startswith("về việc đính chính")


def test_an_amending_acts_list_runs_on_past_semicolons():
    # (a basis list's items after an amending one are that list's, not what it
    # amends: the later decree is no act the 2020 one could amend)
    basis = (
        "Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều; "
        "Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định "
        "số 34/2016/NĐ-CP; Nghị định số 59/2024/NĐ-CP ngày 25/5/2024 của Chính phủ sửa đổi, bổ sung một số "
        "điều của Nghị định số 34/2016/NĐ-CP;\n"
    )
    doc = parse_text(HEAD.replace("QUYẾT ĐỊNH:\n", basis + "QUYẾT ĐỊNH:\n") + FOOT)
    cited = {c.number: c for c in doc.citations}
    assert cited["154/2020/NĐ-CP"].acts_on == {"34/2016/NĐ-CP": "amends"}
    assert cited["59/2024/NĐ-CP"].relation == "basis"
    body = (
        "Điều 2. Bãi bỏ Thông tư số 40/2014/TT-BLĐTBXH ngày 20/12/2014 sửa đổi, bổ sung một số điều của "
        "Thông tư số 11/2011/TT-BLĐTBXH ngày 26/4/2011; Thông tư số 27/2012/TT-BLĐTBXH ngày 12/11/2012; "
        "Thông tư số 06/2013/TT-BLĐTBXH ngày 02/4/2013 của Bộ Lao động - Thương binh và Xã hội; "
        "Quyết định số 501/QĐ-BLĐTBXH ngày 05/4/2015 về việc giao nhiệm vụ.\n"
    )
    acts_on = _cited(body, "40/2014/TT-BLĐTBXH").acts_on
    assert acts_on == {
        "11/2011/TT-BLĐTBXH": "amends",
        "27/2012/TT-BLĐTBXH": "amends",
        "06/2013/TT-BLĐTBXH": "amends",
    }


@pytest.mark.parametrize(
    "subject",
    [
        "quy định, hướng dẫn thực hiện một số nội dung của",
        "hướng dẫn một số nội dung của",
    ],
)
def test_guiding_some_contents_of_an_act_carries_it_out(subject):
    body = (
        f"Điều 2. Bãi bỏ Thông tư số 17/2016/TT-BLĐTBXH ngày 28/6/2016 {subject} Nghị định số "
        "61/2015/NĐ-CP ngày 09/7/2015 của Chính phủ về chính sách hỗ trợ tạo việc làm.\n"
    )
    assert _cited(body, "17/2016/TT-BLĐTBXH").implements == ["61/2015/NĐ-CP"]
