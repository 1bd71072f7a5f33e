"""Review RV12's and re-score RS29's findings: a mass organisation's central
committee or secretariat is no Party organ (no "…/TW" number built); a
number built from type, serial and issuer is marked as read so; "hoàn thành
trước năm Y" is due by the end of Y-1; three patterns' leading blanks
bounded; a law, an ordinance or a legislature's resolution lacks no "Nơi
nhận"."""

from __future__ import annotations

import time

import pytest

from khtool import parse_text
from khtool import patterns as P
from khtool.check import check_document

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\nSố: 41/KH-UBND\nThái Nguyên, ngày 14 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Triển khai công tác bình đẳng giới năm 2026\n{cite}\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức của cán bộ, hội viên.\n"
    "II. NHIỆM VỤ\n{task}\n"
)


@pytest.mark.parametrize(
    ("cite", "numbers"),
    [
        # another body's central committee: its resolution is its own, numbered by it
        ("Thực hiện Nghị quyết 05 của Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam về công tác cán bộ nữ,", []),
        ("Thực hiện Nghị quyết 02 của Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam về xây dựng Hội,", []),
        ("Thực hiện Chỉ thị 03 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam về phong trào thi đua,", []),
        ("Quán triệt Chỉ thị 08 của Ban Bí thư Trung ương Đoàn về công tác thanh niên,", []),
        ("Thực hiện Chỉ thị 03 của BCH Trung ương Hội Nông dân Việt Nam,", []),
        # guards: the Party's own, "Đảng" or its term after "Trung ương"
        ("Thực hiện Nghị quyết 18 của Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam về tổ chức bộ máy,", ["18-NQ/TW"]),
        ("Thực hiện Nghị quyết 18 của Ban Chấp hành Trung ương Khóa XII về tổ chức bộ máy,", ["18-NQ/TW"]),
        ("Thực hiện Nghị quyết 18 của Ban Chấp hành Trung ương khóa XII về tổ chức bộ máy,", ["18-NQ/TW"]),
        ("Quán triệt Chỉ thị 28 của Ban Bí thư Trung ương Đảng về chăm sóc trẻ em,", ["28-CT/TW"]),
        ("Quán triệt Chỉ thị 28 của Ban Bí thư về chăm sóc trẻ em,", ["28-CT/TW"]),
        ("Thực hiện Nghị quyết 57 của Bộ Chính trị về khoa học, công nghệ,", ["57-NQ/TW"]),
    ],
)
def test_only_the_partys_centre_numbers_by_tw(cite: str, numbers: list[str]) -> None:
    doc = parse_text(PLAN.format(cite=cite, task="1. Hội Liên hiệp Phụ nữ tỉnh chủ trì tuyên truyền."))
    assert [c.number for c in doc.citations] == numbers


def test_a_built_number_is_marked_as_built() -> None:
    # (guard: the README's contract; the serial as written is kept)
    cite = "Quán triệt Chỉ thị 28 của Ban Bí thư về chăm sóc trẻ em,"
    doc = parse_text(PLAN.format(cite=cite, task="1. Sở Y tế chủ trì tuyên truyền."))
    (c,) = doc.citations
    assert (c.number, c.repaired_from, [m.text for m in c.mentions]) == ("28-CT/TW", ["28"], ["Chỉ thị 28"])
    assert [d.code for d in doc.diagnostics if d.code == "citation-repaired"] == ["citation-repaired"]


@pytest.mark.parametrize(
    ("task", "due"),
    [
        ("1. Sở Y tế chủ trì xây dựng đề án chăm sóc sức khỏe phụ nữ, hoàn thành trước năm 2028.", [(31, 12, 2027)]),
        ("1. Sở Y tế chủ trì số hóa hồ sơ sức khỏe, xong trước năm 2028.", [(31, 12, 2027)]),
        ("1. Sở Y tế chủ trì xây dựng đề án. Thời gian hoàn thành: Trước năm 2028.", [(31, 12, 2027)]),
        # the year itself: within it
        ("1. Sở Y tế chủ trì xây dựng đề án. Thời gian hoàn thành: trong năm 2027.", [(None, None, 2027)]),
        # guards: already read, and a project's own completion no limit
        ("1. Sở Y tế chủ trì xây dựng đề án, hoàn thành trong năm 2027.", [(None, None, 2027)]),
        ("1. Sở Y tế chủ trì xây dựng đề án, trước năm 2028.", [(31, 12, 2027)]),
        ("1. Dự án hoàn thành trước năm 2028.", []),
    ],
)
def test_done_before_a_year_is_due_by_the_end_of_the_year_before(task: str, due: list[tuple]) -> None:
    doc = parse_text(PLAN.format(cite="", task=task))
    assert [(d.day, d.month, d.year) for d in doc.deadlines] == due


@pytest.mark.parametrize("name", ["FOREIGN_LAW_AFTER", "PREDICATE_AFTER_ACT", "AGENCY_SPLIT_AT"])
def test_leading_blanks_stay_linear(name: str) -> None:
    pattern = getattr(P, name)
    pattern.search("x")  # (compiled lazily)
    t0 = time.process_time()
    for blanks in (" " * 5000, "\n" * 5000):
        list(pattern.finditer(blanks))
    # (quadratic, 0.5-2 s a run; linear, a few ms)
    assert time.process_time() - t0 < 0.15


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Sở Y tế, Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),
        ("Sở Y tế    ,   Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),
        ("Sở Y tế  và  Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),
        ("các sở, ngành  Ủy ban nhân dân các huyện", ["các sở, ngành", "Ủy ban nhân dân các huyện"]),
    ],
)
def test_agencies_split_where_they_did(text: str, split: list[str]) -> None:
    # (guard: the gate tried at a run of blanks' first only)
    assert P.split_agencies(text) == split


LAW = (
    "QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "{kind_line}\n{title}\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n{enact}\n"
    "Điều 1. Phạm vi điều chỉnh\n{body}\n"
    "Điều 2. Hiệu lực thi hành\n{own} này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n"
    "{closing}\n{sign}\nTrần Thanh Mẫn\n"
)


@pytest.mark.parametrize(
    ("fields", "flagged"),
    [
        (
            {
                "kind_line": "Luật số: 88/2025/QH15",
                "title": "LUẬT\nPHÒNG, CHỐNG MUA BÁN NGƯỜI",
                "enact": "Quốc hội ban hành Luật Phòng, chống mua bán người.",
                "body": "Luật này quy định về phòng ngừa, phát hiện và xử lý hành vi mua bán người.",
                "own": "Luật",
                "closing": "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 9 thông qua ngày 24 tháng 6 năm 2025.",
                "sign": "CHỦ TỊCH QUỐC HỘI",
            },
            False,
        ),
        (
            {
                "kind_line": "Nghị quyết số: 203/2025/QH15",
                "title": "NGHỊ QUYẾT\nVỀ THÍ ĐIỂM MỘT SỐ CƠ CHẾ ĐẶC THÙ",
                "enact": "QUYẾT NGHỊ:",
                "body": "Nghị quyết này quy định thí điểm một số cơ chế đặc thù về đầu tư công.",
                "own": "Nghị quyết",
                "closing": "Nghị quyết này được Quốc hội khóa XV, kỳ họp thứ 9 thông qua ngày 16 tháng 6 năm 2025.",
                "sign": "CHỦ TỊCH QUỐC HỘI",
            },
            False,
        ),
    ],
)
def test_a_legislatures_act_lacks_no_recipients(fields: dict[str, str], flagged: bool) -> None:
    doc = parse_text(LAW.format(**fields), path="law.txt")
    assert doc.header.doc_type in ("L", "NQ") and doc.header.issuer.organ == "Quốc hội"
    assert ("KH108" in {f.rule for f in check_document(doc)}) is flagged


def test_a_provinces_plan_still_lacks_its_recipients() -> None:
    # (guard: a plan prints its Nơi nhận)
    doc = parse_text(PLAN.format(cite="", task="1. Sở Y tế chủ trì tuyên truyền."), path="plan.txt")
    assert "KH108" in {f.rule for f in check_document(doc)}
