"""The date a text takes effect and ceases, from its own closing clause
(texts written for these tests): "<type> này có hiệu lực (thi hành) kể từ
ngày …", "… kể từ ngày ký", "sau N ngày kể từ ngày ký", "… hết hiệu lực …",
"… đến hết ngày …", a part's own date, never a cited text's."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.render.markdown import document_markdown

CIRCULAR = (
    "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 21/2026/TT-BCT\nHà Nội, ngày 20 tháng 5 năm 2026\n\nTHÔNG TƯ\n"
    "Quy định về báo cáo thống kê ngành công thương\n\n"
    "Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ;\n"
    "Bộ trưởng Bộ Công Thương ban hành Thông tư quy định về báo cáo thống kê.\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chế độ báo cáo thống kê ngành công thương.\n"
    "Điều 2. Hiệu lực thi hành\n{closing}\n"
    "Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT, PC.\nBỘ TRƯỞNG\nNguyễn Hồng Diên\n"
)
DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 845/QĐ-UBND\nPhú Thọ, ngày 09 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch chuyển đổi số năm 2026\n\n"
    "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.\n"
    "Điều 2. {closing}\n"
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Duy Đông\n"
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "KẾ HOẠCH\nChuyển đổi số năm 2026\n(Ban hành kèm theo Quyết định số 845/QĐ-UBND ngày 09/3/2026 của UBND tỉnh)\n"
    "I. MỤC TIÊU\n1. Hoàn thành số hóa hồ sơ thủ tục hành chính.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ chủ trì, trong thời hạn 30 ngày kể từ ngày "
    "Quyết định này có hiệu lực, hướng dẫn các xã triển khai.\n"
)


def _e(e):
    return None if e is None else (e.date, e.from_signing, e.ceases, e.last_day, e.part)


@pytest.mark.parametrize(
    ("closing", "effect", "expiry"),
    [
        ("Thông tư này có hiệu lực thi hành kể từ ngày 06 tháng 7 năm 2026.", ("2026-07-06", False, False, False, None), None),
        ("1. Thông tư này có hiệu lực từ ngày 01/8/2026.", ("2026-08-01", False, False, False, None), None),
        ("Thông tư này có hiệu lực kể từ ngày ký ban hành.", ("2026-05-20", True, False, False, None), None),
        # a count from its signing, computed; from another event, the rule kept
        ("Thông tư này có hiệu lực sau 45 ngày kể từ ngày ký.", ("2026-07-04", False, False, False, None), None),
        ("Thông tư này có hiệu lực sau 15 ngày kể từ ngày đăng Công báo.", (None, False, False, False, None), None),
        # in force for a time: its last day
        (
            "Thông tư này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2026 đến hết ngày 31 tháng 12 năm 2027.",
            ("2026-06-01", False, False, False, None),
            ("2027-12-31", False, True, True, None),
        ),
        # its expiry in a clause of its own: the first day out of force
        (
            "1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n"
            "2. Thông tư này hết hiệu lực kể từ ngày 01 tháng 3 năm 2028.",
            ("2026-07-01", False, False, False, None),
            ("2028-03-01", False, True, False, None),
        ),
    ],
)
def test_own_effect_clause_dates_the_text(closing, effect, expiry):
    doc = parse_text(CIRCULAR.format(closing=closing))
    assert _e(doc.header.effect) == effect
    assert _e(doc.header.expiry) == expiry
    assert doc.header.effect_parts == []
    assert doc.header.effect is not None and "hiệu lực" in doc.header.effect.text


@pytest.mark.parametrize(
    "closing",
    [
        # a cited text's effect date, and its own as an event: not its date
        "Nghị định số 40/2025/NĐ-CP có hiệu lực thi hành từ ngày 01 tháng 3 năm 2025.",
        "Thông tư số 05/2019/TT-BCT hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.",
        "Trong thời hạn 30 ngày kể từ ngày Thông tư này có hiệu lực, các Sở Công Thương rà soát báo cáo.",
        # quoted wording of another text
        "Khoản 2 được sửa đổi như sau:\n“Thông tư này có hiệu lực kể từ ngày 15 tháng 4 năm 2019.”",
    ],
)
def test_other_texts_effect_is_not_the_texts(closing):
    doc = parse_text(CIRCULAR.format(closing=closing))
    assert doc.header.effect is None
    assert doc.header.expiry is None
    assert doc.header.effect_parts == []


def test_parts_taking_effect_on_other_dates_are_recorded_as_parts():
    closing = (
        "1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026, trừ trường hợp quy định tại "
        "khoản 2 Điều này.\n"
        "2. Quy định về báo cáo điện tử tại khoản 3 Điều 5 của Thông tư này có hiệu lực thi hành từ ngày "
        "01 tháng 01 năm 2027.\n"
        "3. Điểm b khoản 4 Điều 6 hết hiệu lực kể từ ngày 01/01/2028."
    )
    doc = parse_text(CIRCULAR.format(closing=closing))
    assert _e(doc.header.effect) == ("2026-07-01", False, False, False, None)
    assert [_e(p) for p in doc.header.effect_parts] == [
        (
            "2027-01-01",
            False,
            False,
            False,
            "Quy định về báo cáo điện tử tại khoản 3 Điều 5 của Thông tư này",
        ),
        ("2028-01-01", False, True, False, "Điểm b khoản 4 Điều 6"),
    ]


@pytest.mark.parametrize(
    ("closing", "effect"),
    [
        ("Quyết định này có hiệu lực kể từ ngày ký.", ("2026-03-09", True, False, False, None)),
        ("Quyết định có hiệu lực thi hành kể từ ngày ký ban hành.", ("2026-03-09", True, False, False, None)),
        ("Quyết định này có hiệu lực thi hành từ ngày 15 tháng 3 năm 2026.", ("2026-03-15", False, False, False, None)),
    ],
)
def test_a_decision_issuing_a_plan_is_dated_not_its_plan(closing, effect):
    doc = parse_text(DECISION.format(closing=closing))
    assert _e(doc.header.effect) == effect
    assert [a.header.effect for a in doc.attachments] == [None]
    # the plan's limit counted from the decision's entry into force
    (plan,) = doc.attachments
    due = [(d.year, d.month, d.day) for a in plan.assignments for d in a.deadlines] + [
        (d.year, d.month, d.day) for d in plan.deadlines
    ]
    start = effect[0]
    expected = {"2026-03-09": (2026, 4, 8), "2026-03-15": (2026, 4, 14)}[start]
    assert expected in due


def test_a_law_and_its_render():
    law = (
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Luật số: 99/2025/QH15\n\nLUẬT\nTHƯƠNG MẠI ĐIỆN TỬ\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật Thương mại điện tử.\n"
        "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về hoạt động thương mại điện tử.\n"
        "Điều 2. Hiệu lực thi hành\n"
        "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.\n"
        "2. Luật Giao dịch điện tử số 20/2023/QH15 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n"
        "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 10 thông qua "
        "ngày 10 tháng 12 năm 2025.\n"
        "CHỦ TỊCH QUỐC HỘI\nTrần Thanh Mẫn\n"
    )
    doc = parse_text(law)
    assert _e(doc.header.effect) == ("2026-01-01", False, False, False, None)
    assert doc.header.expiry is None
    assert "| Hiệu lực | 2026-01-01 |" in document_markdown(doc, lang="vi")
    assert "| In force | 2026-01-01 |" in document_markdown(doc)


def test_a_limit_counted_from_entry_into_force_is_dated_from_effect():
    # a closing the old date readers missed: the text's own clause joined by
    # "và" to what it replaces; the plan's limit is dated through it
    closing = (
        "Quyết định này thay thế Quyết định số 120/QĐ-UBND ngày 10/01/2025 của UBND tỉnh và có hiệu lực"
        " thi hành từ ngày 15 tháng 3 năm 2026."
    )
    doc = parse_text(DECISION.format(closing=closing))
    (plan,) = doc.attachments
    due = [(d.year, d.month, d.day) for a in plan.assignments for d in a.deadlines] + [
        (d.year, d.month, d.day) for d in plan.deadlines
    ]
    assert (2026, 4, 14) in due, due
    assert _e(doc.header.effect) == ("2026-03-15", False, False, False, None)
