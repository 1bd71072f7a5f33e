"""A numbered item continues its list: an item numbered 1000 and above
("1000." after "999.") is read as the list's next item, where a four-digit
label elsewhere is what it was, a record's code ("1203. Tỷ lệ …" not after
item 1202) or a year opening a wrapped line ("2026. …"). Texts written for
these tests."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.segment import walk_sections

HEADER = (
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 88/KH-UBND\nHà Tĩnh, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nSố hóa hồ sơ thủ tục hành chính năm 2026\n"
    "I. MỤC ĐÍCH\nNâng cao tỷ lệ hồ sơ được số hóa.\nII. NHIỆM VỤ\n"
    "1. Sở Khoa học và Công nghệ chủ trì hướng dẫn các xã thực hiện.\n"
)
FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"


def _rows(first: int, last: int) -> str:
    return "".join(
        f"{n}. Rà soát, số hóa hồ sơ đăng ký hộ tịch của thôn số {n}; hoàn thành trước ngày 30/11/2026.\n"
        for n in range(first, last + 1)
    )


APPENDIX = "PHỤ LỤC\nDANH MỤC HỒ SƠ CẦN SỐ HÓA\n"

CASES = {
    # the 1000th item and those after it are the list's, not item 999's text
    "thousandth_item": (
        HEADER + FOOTER + APPENDIX + _rows(996, 1003),
        [str(n) for n in range(996, 1004)],
        "1002",
    ),
    # a record's code of four digits after the record's own lines 1.–3.: no item
    "record_code_not_after_its_predecessor": (
        HEADER + FOOTER + APPENDIX + "1. Khái niệm: tỷ lệ hồ sơ được số hóa.\n2. Kỳ công bố: Năm.\n"
        "3. Nguồn số liệu: Báo cáo của các xã.\n1203. Tỷ lệ hồ sơ được tái sử dụng\n"
        "1. Khái niệm: tỷ lệ hồ sơ được dùng lại.\n",
        ["1", "2", "3", "1"],
        None,
    ),
    # a year opening a wrapped line after item 3: the item's text
    "year_opening_a_line": (
        HEADER
        + "2. Các xã hoàn thành số hóa trước ngày 30/11/2026.\n3. Tổng kết việc thực hiện vào cuối năm\n"
        "2026. Các xã báo cáo kết quả về Sở trước ngày 15/12/2026.\n" + FOOTER,
        ["1", "2", "3"],
        None,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_four_digit_number_is_an_item_where_it_continues_its_list(name):
    text, labels, holds = CASES[name]
    doc = parse_text(text)
    arabic = [s for s in walk_sections(doc.sections) if s.kind == "arabic"]
    # (the items of the part of the text the case is about: after "1." of II)
    assert [s.label for s in arabic][-len(labels) :] == labels
    assert all(len(s.label or "") <= 4 for s in arabic)
    if holds is not None:
        item = next(s for s in arabic if s.label == holds)
        assert item.number == int(holds)
        assert f"thôn số {holds};" in (item.text or "")
        assert "thôn số" not in (item.text or "").replace(f"thôn số {holds};", "")


# Two deadlines in one paragraph sharing their words: each is owned by the
# body of its own sentence (or clause), read at its own place in the text, not
# at the first place its words occur.
SHARED = {
    "two_sentences": ". ",
    "two_clauses": "; ",
}


@pytest.mark.parametrize("name", SHARED)
def test_deadlines_sharing_their_words_are_read_at_their_own_places(name):
    text = (
        HEADER.split("II. NHIỆM VỤ")[0] + "II. TỔ CHỨC THỰC HIỆN\n"
        "Sở Tư pháp hoàn thành số hóa sổ hộ tịch trước ngày 30/11/2026" + SHARED[name]
        + "Sở Y tế hoàn thành số hóa hồ sơ khám bệnh trước ngày 30/11/2026.\n" + FOOTER
    )
    doc = parse_text(text)
    assert [(d.text, d.agency) for d in doc.deadlines] == [
        ("trước ngày 30/11/2026", "Sở Tư pháp"),
        ("trước ngày 30/11/2026", "Sở Y tế"),
    ]
