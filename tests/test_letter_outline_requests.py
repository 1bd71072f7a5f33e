"""A letter's outline under "báo cáo và đề nghị X nội dung như sau:": only its
request part's points are X's tasks; a point ends where the closing paragraph
begins; the issuer's own commitment in a point is no task of the body asked
(texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

PROVINCE_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 2150/UBND-KT\nTuyên Quang, ngày 8 tháng 6 năm 2026\n"
    "V/v tháo gỡ vướng mắc trong cấp phép khai thác cát sỏi\nKính gửi: Bộ Nông nghiệp và Môi trường\n"
)
PROVINCE_FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hòa\n"

FACTS = (
    "1. Quy định hiện hành và tình hình thực tế\n"
    "Theo quy định tại Điều 12 Luật Địa chất và khoáng sản, việc cấp phép khai thác cát lòng sông phải có "
    "đánh giá tác động. Trên địa bàn tỉnh hiện có 14 mỏ đang chờ cấp phép.\n"
    "2. Khó khăn, vướng mắc\n"
    "Thứ nhất, chưa có hướng dẫn xác định khu vực bảo vệ bờ sông. Thứ hai, các doanh nghiệp đã nhiều lần "
    "đề nghị hướng dẫn nhưng chưa được giải quyết.\n"
)
ASKS_POINTS = (
    "3. Kiến nghị\n"
    "Để sớm tháo gỡ khó khăn cho doanh nghiệp, Ủy ban nhân dân tỉnh Tuyên Quang trân trọng đề nghị "
    "Bộ Nông nghiệp và Môi trường:\n"
    "(i). Sớm ban hành hướng dẫn xác định khu vực bảo vệ bờ sông.\n"
    "(ii). Chỉ đạo Cục Địa chất và Khoáng sản Việt Nam hướng dẫn trình tự cấp phép trong thời gian chờ.\n"
)
CLOSING = "Ủy ban nhân dân tỉnh Tuyên Quang trân trọng đề nghị Bộ Nông nghiệp và Môi trường quan tâm, xem xét./.\n"
LEAD = (
    "Ủy ban nhân dân tỉnh Tuyên Quang nhận được phản ánh của các doanh nghiệp về vướng mắc trong cấp phép "
    "khai thác cát sỏi. Ủy ban nhân dân tỉnh Tuyên Quang báo cáo và đề nghị Bộ Nông nghiệp và Môi trường "
    "nội dung như sau:\n"
)


def _asked_tasks(body: str) -> list[str]:
    doc = parse_text(PROVINCE_HEAD + LEAD + body + PROVINCE_FOOT)
    asked = [a for a in doc.assignments if a.agency == "Bộ Nông nghiệp và Môi trường"]
    assert len(asked) == 1 and asked[0].role == "requested"
    return [t.text for t in asked[0].tasks]


OUTLINES = [
    # a nested request with its own colon: each bracketed point is a task
    (FACTS + ASKS_POINTS + CLOSING, ["(i). Sớm ban hành", "(ii). Chỉ đạo Cục Địa chất", "quan tâm, xem xét"]),
    # the request part named "Đề xuất, kiến nghị", its points lettered items
    (
        FACTS
        + "3. Đề xuất, kiến nghị\n"
        + "a) Ban hành hướng dẫn xác định khu vực bảo vệ bờ sông.\n"
        + "b) Hướng dẫn trình tự cấp phép trong thời gian chờ.\n"
        + CLOSING,
        ["Ban hành hướng dẫn xác định", "Hướng dẫn trình tự cấp phép", "quan tâm, xem xét"],
    ),
]


@pytest.mark.parametrize(("body", "wanted"), OUTLINES)
def test_only_the_outlines_request_points_are_tasks(body, wanted):
    tasks = _asked_tasks(body)
    assert len(tasks) == len(wanted)
    for text, start in zip(tasks, wanted, strict=True):
        assert start in text
    # the parts stating rules and difficulties are the report's own
    assert not any("Khó khăn" in t or "Theo quy định tại Điều 12" in t for t in tasks)


def test_a_point_keeps_its_own_span():
    doc = parse_text(PROVINCE_HEAD + LEAD + FACTS + ASKS_POINTS + CLOSING + PROVINCE_FOOT)
    task = next(t for a in doc.assignments for t in a.tasks if t.text.startswith("(ii)."))
    assert task.span.line == task.span.end_line == 15


FIRM_HEAD = (
    "UBND TỈNH TUYÊN QUANG\nSỞ CÔNG THƯƠNG\nSố: 915/SCT-KTAT\nTuyên Quang, ngày 3 tháng 7 năm 2026\n"
    "V/v hoàn thiện hồ sơ cấp Giấy phép sử dụng vật liệu nổ công nghiệp\n"
    "Kính gửi: Công ty TNHH Khoáng sản Hàm Yên\n"
    "Sở Công Thương nhận được hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp của Công ty. "
    "Qua thẩm định, Sở Công Thương đề nghị Công ty TNHH Khoáng sản Hàm Yên hoàn thiện các nội dung sau:\n"
    "a) Bổ sung bản vẽ mặt bằng bãi nổ mìn.\n"
    "b) Lưu ý: trường hợp trong bán kính vùng nguy hiểm có nhà dân thì phương án nổ mìn phải được "
    "cơ quan có thẩm quyền phê duyệt. Sở Công Thương sẽ phối hợp với UBND xã Thái Hòa và doanh nghiệp "
    "kiểm tra thực tế hiện trường.\n"
)
FIRM_FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Thị Lan\n"


@pytest.mark.parametrize(
    "closing",
    [
        "Do đó, Sở Công Thương dừng giải quyết thủ tục hành chính và trả lại hồ sơ nêu trên. "
        "Sau khi hoàn thiện, đề nghị Công ty nộp lại hồ sơ mới theo quy định.\n",
        "Vì vậy, Sở Công Thương trả lại hồ sơ nêu trên. Đề nghị Công ty lập và nộp lại hồ sơ theo quy định.\n",
    ],
)
def test_the_last_point_ends_where_the_closing_paragraph_begins(closing):
    doc = parse_text(FIRM_HEAD + closing + FIRM_FOOT)
    firm = [a for a in doc.assignments if a.agency.startswith("Công ty")]
    assert len(firm) == 1
    tasks = [t.text for t in firm[0].tasks]
    # the last point holds no closing words; the closing request is a task of its own
    last_point = next(t for t in tasks if "Lưu ý" in t)
    assert "trả lại hồ sơ" not in last_point
    assert sum("nộp lại hồ sơ" in t for t in tasks) == 1


def test_the_issuers_own_commitment_in_a_point_is_no_task_of_the_firm():
    doc = parse_text(FIRM_HEAD + "Sở Công Thương thông báo để Công ty biết và thực hiện./.\n" + FIRM_FOOT)
    firm = next(a for a in doc.assignments if a.agency.startswith("Công ty"))
    point = next(t for t in firm.tasks if "Lưu ý" in t.text)
    assert "Sở Công Thương sẽ" not in point.text
    assert point.text.rstrip().endswith("phê duyệt.")
    assert point.partners == []
    assert point.span.line == point.span.end_line == 9
