"""diff of a ward's drafts against the province's plan and between drafts
(audit MS): a task pointing to the plan's reporting part, an undated draft
citing the plan, the citation's date added, sections renumbered."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool import patterns as P

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 52/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống đuối nước trẻ em trên địa bàn tỉnh Quảng Trị năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của gia đình, nhà trường và cộng đồng về phòng, chống đuối nước trẻ em.

II. NHIỆM VỤ CỤ THỂ
1. Sở Giáo dục và Đào tạo
Chủ trì triển khai chương trình dạy bơi an toàn cho học sinh tiểu học trong dịp hè năm 2026.
2. Ủy ban nhân dân các xã, phường
a) Xây dựng, ban hành kế hoạch phòng, chống đuối nước trẻ em năm 2026 của địa phương trước ngày 10/3/2026.
b) Rà soát, cắm biển cảnh báo tại các ao, hồ, sông, suối, hố sâu nguy hiểm trên địa bàn.
c) Tổ chức các lớp dạy bơi an toàn cho trẻ em trong dịp hè, ưu tiên trẻ em vùng sông nước.
d) Tuyên truyền trên hệ thống loa truyền thanh cơ sở về kỹ năng phòng tránh đuối nước cho trẻ em.
đ) Báo cáo kết quả thực hiện theo quy định tại Mục III Kế hoạch này.

III. CHẾ ĐỘ BÁO CÁO
Các sở, ngành và Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện Kế hoạch về Sở Y tế như sau:
- Báo cáo sơ kết 6 tháng trước ngày 20/6/2026;
- Báo cáo tổng kết năm trước ngày 20/11/2026.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Minh
"""

_WARD_HEAD = """ỦY BAN NHÂN DÂN
PHƯỜNG ĐÔNG HÀ
Số: {number}/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Hà, ngày {day} tháng {month} năm 2026

KẾ HOẠCH
Phòng, chống đuối nước trẻ em trên địa bàn phường Đông Hà năm 2026

Thực hiện Kế hoạch số 52/KH-UBND{cited} của Ủy ban nhân dân tỉnh Quảng Trị về phòng, chống đuối nước trẻ em trên địa bàn tỉnh năm 2026; Ủy ban nhân dân phường xây dựng Kế hoạch như sau:

"""
_WARD_BODY = """I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của gia đình, nhà trường và cộng đồng về phòng, chống đuối nước trẻ em trên địa bàn phường.

II. NHIỆM VỤ
1. Rà soát, cắm biển cảnh báo tại các ao, hồ, sông, suối, hố sâu nguy hiểm trên địa bàn phường.
2. Tổ chức các lớp dạy bơi an toàn cho trẻ em trong dịp hè, ưu tiên trẻ em ở các khu phố ven sông.
3. Tuyên truyền trên hệ thống loa truyền thanh của phường về kỹ năng phòng tránh đuối nước cho trẻ em.
"""
_WARD_REPORTS = """
III. CHẾ ĐỘ BÁO CÁO
Ủy ban nhân dân phường báo cáo kết quả thực hiện Kế hoạch về Sở Y tế như sau:
- Báo cáo sơ kết 6 tháng trước ngày 15/6/2026;
- Báo cáo tổng kết năm trước ngày 15/11/2026.
"""
_WARD_FOOT = """
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Thị Hoa
"""


def ward(*, draft: bool, reports: bool = True) -> str:
    """The ward's plan: a draft (blank number and day, the plan above cited
    without its date) or the signed one."""
    head = _WARD_HEAD.format(
        number="     " if draft else "18",
        day="……" if draft else "02",
        month="……" if draft else "3",
        cited="" if draft else " ngày 15/01/2026",
    )
    return head + _WARD_BODY + (_WARD_REPORTS if reports else "") + _WARD_FOOT


def _pointer(d):
    return next(m for m in d.tasks.a_to_b if "Mục III" in m.text)


@pytest.mark.parametrize("draft", [True, False])
def test_task_pointing_to_the_reporting_part_is_covered_by_b_reporting(draft: bool) -> None:
    # "Báo cáo … theo quy định tại Mục III Kế hoạch này" is the reporting
    # duty: the ward's own reports to Sở Y tế at the province's periods carry it
    d = diff_plans(parse_text(PROVINCE, path="a.txt"), parse_text(ward(draft=draft), path="b.txt"))
    m = _pointer(d)
    assert m.covered and m.split_over == [23, 24]
    assert d.summary["coverage"] == 1.0


def test_task_pointing_to_the_reporting_part_uncovered_without_b_reports() -> None:
    d = diff_plans(parse_text(PROVINCE, path="a.txt"), parse_text(ward(draft=False, reports=False), path="b.txt"))
    assert not _pointer(d).covered
    assert d.summary["coverage"] < 1.0


def test_undated_draft_cites_the_plan_above_and_is_not_judged_in_time() -> None:
    d = diff_plans(parse_text(PROVINCE, path="a.txt"), parse_text(ward(draft=True), path="b.txt"))
    # the draft's undated "Kế hoạch số 52/KH-UBND", in a text of "năm 2026", is A
    assert d.citations.b_cites_a is not None and d.citations.b_cites_a["id"] == "52/KH-UBND"
    assert d.summary["citations_only_b"] == 0
    issuing = next(m for m in d.tasks.a_to_b if "ban hành kế hoạch" in m.text)
    assert issuing.covered and issuing.b_undated and issuing.done_by_issuing is None
    row = next(r for r in d.deadlines if r["a"] and r["a"]["line"] == issuing.line)
    assert row["status"] == "b_undated" and "done_by_issuing" not in row


def test_signed_plan_is_judged_in_time() -> None:
    d = diff_plans(parse_text(PROVINCE, path="a.txt"), parse_text(ward(draft=False), path="b.txt"))
    issuing = next(m for m in d.tasks.a_to_b if "ban hành kế hoạch" in m.text)
    assert issuing.done_by_issuing == "2026-03-02" and not issuing.b_undated
    row = next(r for r in d.deadlines if r["a"] and r["a"]["line"] == issuing.line)
    assert row["status"] == "met"


def test_citation_date_added_between_drafts_is_a_change() -> None:
    d = diff_plans(parse_text(ward(draft=True), path="d1.txt"), parse_text(ward(draft=False), path="d2.txt"))
    row = next(c for c in d.citations.common if c["id"] == "52/KH-UBND")
    assert row["changes"] == ["date added (2026-01-15)"]
    assert d.summary["citations_changed"] == 1
    same = diff_plans(parse_text(ward(draft=False), path="d2.txt"), parse_text(ward(draft=False), path="d3.txt"))
    assert same.summary["citations_changed"] == 0


_HEAD = "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG HÀ\nSố: 18/KH-UBND\nĐông Hà, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2026\n\n"
_PARTS = {
    "purpose": "MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của cộng đồng về phòng, chống đuối nước trẻ em.\n",
    "goals": "MỤC TIÊU\nGiảm số trẻ em tử vong do đuối nước so với năm 2025.\n",
    "tasks": "NHIỆM VỤ VÀ GIẢI PHÁP\nRà soát, cắm biển cảnh báo tại các ao, hồ, sông, suối nguy hiểm.\n",
    "funds": "KINH PHÍ THỰC HIỆN\nKinh phí thực hiện từ ngân sách phường năm 2026.\n",
    "reports": "CHẾ ĐỘ BÁO CÁO\nTrạm Y tế tổng hợp, báo cáo kết quả về Ủy ban nhân dân phường.\n",
}
_ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def _plan(parts: list[str], arabic: bool) -> str:
    return _HEAD + "\n".join(
        f"{k + 1 if arabic else _ROMAN[k]}. {_PARTS[p]}" for k, p in enumerate(parts)
    )


@pytest.mark.parametrize(
    ("a", "b", "arabic", "moved"),
    [
        # a part inserted and I. → 1.: every part keeps its order, none moved
        (["purpose", "tasks", "funds", "reports"], ["purpose", "goals", "tasks", "funds", "reports"], True, set()),
        # the same parts, renumbered in the same style after an insertion
        (["purpose", "tasks", "funds", "reports"], ["purpose", "goals", "tasks", "funds", "reports"], False, set()),
        # two parts swapped: one of them moved
        (["purpose", "tasks", "funds", "reports"], ["purpose", "tasks", "reports", "funds"], False, {"funds"}),
    ],
)
def test_section_moved_only_when_its_order_changes(a: list[str], b: list[str], arabic: bool, moved: set[str]) -> None:
    d = diff_plans(parse_text(_plan(a, False), path="a.txt"), parse_text(_plan(b, arabic), path="b.txt"))
    got = {p for s in d.sections if s.status == "moved" for p in _PARTS if s.a and _PARTS[p].split("\n")[0] in s.a}
    assert len(got) == len(moved)
    assert {s.status for s in d.sections if s.a and s.b} <= {"same", "moved"}
    assert [s.b for s in d.sections if s.status == "added"] == (
        [f"2. {_PARTS['goals'].split(chr(10))[0]}" if arabic else f"II. {_PARTS['goals'].split(chr(10))[0]}"] if "goals" in b else []
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Báo cáo kết quả thực hiện theo quy định tại Mục IV Kế hoạch này.", "IV"),
        ("Định kỳ báo cáo kết quả theo Mục V của Kế hoạch này", "V"),
        ("Thực hiện chế độ báo cáo theo nội dung tại Phần III.", "III"),
        ("Báo cáo theo quy định tại Mục 5 Kế hoạch này;", "5"),
        # another text's part, or words after it: no pointer to this plan's
        ("Báo cáo ca bệnh theo quy định tại Mục 2 Chương II Thông tư số 54/2015/TT-BYT.", None),
        ("Tổ chức thực hiện theo mục tiêu đề ra.", None),
        ("Theo Mục IV, các đơn vị báo cáo kết quả về Sở Y tế.", None),
    ],
)
def test_own_part_reference(text: str, label: str | None) -> None:
    m = P.OWN_PART_REFERENCE.search(text)
    assert (m["label"] if m else None) == label


def test_the_readable_formats_show_an_undated_draft_and_a_citation_change() -> None:
    import io

    from khtool.render.diff_out import print_table, to_html, to_markdown

    above = diff_plans(parse_text(PROVINCE, path="a.txt"), parse_text(ward(draft=True), path="b.txt"))
    table = io.StringIO()
    print_table(above, table)
    assert "B undated (draft)" in table.getvalue() and "b_undated" not in table.getvalue()
    drafts = diff_plans(parse_text(ward(draft=True), path="d1.txt"), parse_text(ward(draft=False), path="d2.txt"))
    table = io.StringIO()
    print_table(drafts, table)
    said = "52/KH-UBND (date added (2026-01-15))"
    assert said in table.getvalue()
    assert said in to_markdown(drafts)
    assert said in to_html(drafts)
