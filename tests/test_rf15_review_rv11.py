"""Review RV11's findings: a submission's proposal is its own, not a retold
order; a body named as the lead leads; "trước ngày cuối tháng" is monthly only
where the task recurs; a People's Council resolution's closing dates its
effect; a consolidated text whose note names one amending act."""

import pytest

from khtool import parse_text


def _roles(text: str) -> dict[str, list[str]]:
    doc = parse_text(text, path="x.txt")
    out: dict[str, list[str]] = {}
    for a in doc.assignments:
        out.setdefault(a.agency, []).append(a.role)
    return out


SUBMISSION = (
    "UBND TỈNH LÀO CAI\nSỞ TÀI CHÍNH\nSố: 52/TTr-STC\nLào Cai, ngày 16 tháng 3 năm 2026\nTỜ TRÌNH\n"
    "Về việc phân bổ kinh phí mua sắm trang thiết bị y tế năm 2026\nKính gửi: Ủy ban nhân dân tỉnh.\n"
    "1. Sự cần thiết\n{story}\n2. Đề xuất\n{proposal}\n"
)


@pytest.mark.parametrize(
    ("story", "proposal", "expected"),
    [
        # the proposal, in the submission's own words: what it proposes be given
        (
            "Các cơ sở y tế tuyến huyện còn thiếu trang thiết bị.",
            "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì tổ chức mua sắm, hoàn thành trước ngày 30/6/2026.",
            {"Sở Y tế": ["recommended"]},
        ),
        # guard: the same words in its account are a past order retold, no task
        (
            "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì rà soát nhu cầu trang thiết bị.",
            "Phân bổ 12 tỷ đồng cho các cơ sở y tế tuyến huyện.",
            {},
        ),
    ],
)
def test_a_submissions_proposal_is_no_retold_order(story, proposal, expected):
    assert _roles(SUBMISSION.format(story=story, proposal=proposal)) == expected


MINISTRY = (
    "BỘ TƯ PHÁP\nSố: 12/2026/TT-BTP\nHà Nội, ngày 10 tháng 4 năm 2026\nTHÔNG TƯ\n"
    "Quy định về rà soát, hệ thống hóa văn bản quy phạm pháp luật\n"
    "Điều 6. Tổ chức thực hiện\n1. {item}\n2. Vụ Kế hoạch - Tài chính bảo đảm kinh phí thực hiện.\n"
    "Điều 7. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 6 năm 2026.\n"
)


@pytest.mark.parametrize(
    ("item", "role"),
    [
        ("Cục Kiểm tra văn bản làm cơ quan chủ trì, phối hợp với các đơn vị liên quan tổng hợp kết quả.", "lead"),
        ("Giao Cục Kiểm tra văn bản làm đơn vị chủ trì, phối hợp với các đơn vị liên quan tổng hợp kết quả.", "lead"),
        ("Cục Kiểm tra văn bản (cơ quan chủ trì) phối hợp với các đơn vị liên quan tổng hợp kết quả.", "lead"),
        ("Cục Kiểm tra văn bản với vai trò cơ quan chủ trì, phối hợp với các đơn vị liên quan tổng hợp kết quả.", "lead"),
        ("Cục Kiểm tra văn bản giữ vai trò đơn vị chủ trì, phối hợp với các đơn vị liên quan tổng hợp kết quả.", "lead"),
        # guard: the lead as the object of another word is another body
        ("Cục Kiểm tra văn bản có trách nhiệm phối hợp với cơ quan chủ trì soạn thảo thẩm định dự thảo.", "responsible"),
        ("Cục Kiểm tra văn bản có trách nhiệm gửi ý kiến cho đơn vị chủ trì soạn thảo trong 05 ngày làm việc.", "responsible"),
        (
            "Cục Kiểm tra văn bản rà soát các văn bản, xác định cơ quan chủ trì và thời hạn xử lý từng văn bản.",
            "responsible",
        ),
        # guard: a body said to be the one given the lead leads
        ("Cục Kiểm tra văn bản là cơ quan được Bộ trưởng giao chủ trì, phối hợp với các đơn vị tổng hợp kết quả.", "lead"),
    ],
)
def test_a_body_named_as_the_lead_leads(item, role):
    roles = _roles(MINISTRY.format(item=item))
    assert [r for name, rs in roles.items() if name.startswith("Cục Kiểm tra văn bản") for r in rs] == [role], roles


PLAN = (
    "ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG\nSố: 45/KH-UBND\nBảo Thắng, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "{title}\nI. MỤC ĐÍCH\nBảo đảm đúng quy trình.\nII. TỔ CHỨC THỰC HIỆN\n1. UBND các xã {task}\n"
)


def _deadlines(title: str, task: str) -> list[tuple[str, str | None]]:
    doc = parse_text(PLAN.format(title=title, task=task))
    return [(d.text, d.recurrence) for a in doc.assignments for d in a.deadlines] or [
        (d.text, d.recurrence) for d in doc.deadlines
    ]


@pytest.mark.parametrize(
    ("title", "task", "expected"),
    [
        # one month's end in a one-off plan: no recurring limit
        (
            "Rà soát hộ nghèo tháng 3 năm 2026",
            "hoàn thành việc rà soát và báo cáo kết quả về Phòng Nội vụ trước ngày cuối tháng.",
            [],
        ),
        # the last month of every quarter: quarterly
        (
            "Thực hiện chế độ báo cáo công tác dân số",
            "hằng quý gửi báo cáo về Phòng Y tế chậm nhất vào ngày cuối cùng của tháng cuối quý.",
            [("chậm nhất vào ngày cuối cùng của tháng cuối quý", "quarterly")],
        ),
        (
            "Thực hiện chế độ báo cáo công tác dân số",
            "gửi báo cáo về Phòng Y tế chậm nhất vào ngày cuối cùng của tháng cuối mỗi năm.",
            [("chậm nhất vào ngày cuối cùng của tháng cuối mỗi năm", "annual")],
        ),
        # guard: marked as recurring, in its sentence or after "của"
        (
            "Thực hiện chế độ báo cáo công tác dân số",
            "báo cáo hằng tháng về Phòng Y tế chậm nhất vào ngày cuối cùng của tháng.",
            [("chậm nhất vào ngày cuối cùng của tháng", "monthly")],
        ),
        (
            "Thực hiện chế độ báo cáo công tác dân số",
            "gửi báo cáo về Phòng Y tế trước ngày cuối cùng của mỗi tháng.",
            [("trước ngày cuối cùng của mỗi tháng", "monthly")],
        ),
    ],
)
def test_the_last_day_of_a_period_recurs_only_when_marked(title, task, expected):
    assert _deadlines(title, task) == expected


RESOLUTION = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ THỌ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 18/2026/NQ-HĐND\nPhú Thọ, ngày 20 tháng 5 năm 2026\n\nNGHỊ QUYẾT\n"
    "Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật trên địa bàn tỉnh\n\n"
    "HỘI ĐỒNG NHÂN DÂN TỈNH PHÚ THỌ\nKHÓA XIX, KỲ HỌP THỨ NĂM\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT NGHỊ:\n"
    "Điều 1. Quy định mức chi hỗ trợ công tác phổ biến, giáo dục pháp luật.\n"
    "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
    "2. {closing}\n"
    "CHỦ TỊCH\nBùi Đức Hinh\n"
)


@pytest.mark.parametrize(
    ("closing", "effect"),
    [
        # the resolution's standard closing: passed, and in force, joined by "và"
        (
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh Phú Thọ khóa XIX, Kỳ họp thứ năm thông qua ngày 20"
            " tháng 5 năm 2026 và có hiệu lực từ ngày 01 tháng 6 năm 2026.",
            "2026-06-01",
        ),
        # guard: the plain form
        ("Nghị quyết này có hiệu lực từ ngày 01 tháng 6 năm 2026.", "2026-06-01"),
        # guard: another resolution's closing retold, not this one's
        (
            "Nghị quyết số 05/2024/NQ-HĐND đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 7 năm 2024"
            " và có hiệu lực từ ngày 20 tháng 7 năm 2024.",
            None,
        ),
    ],
)
def test_a_resolutions_closing_dates_its_effect(closing, effect):
    doc = parse_text(RESOLUTION.format(closing=closing))
    assert (doc.header.effect.date if doc.header.effect else None) == effect


def test_effect_verbs_stepped_by_their_words_are_the_scans():
    from khtool import patterns as P
    from khtool.extract.effect import _verbs

    text = (
        "Điều 3. Thông tư này có hiệu lực thi hành kể từ ngày 01/7/2026. Khoản 2 Điều 5 hết  hiệu lực từ ngày"
        " 01/01/2027.\ncó hiệu lực\nkhông có hiệu lựcx; Có hiệu lực, HẾT hiệu lực. có\nhiệu lực"
    )
    for lo, hi in ((0, len(text)), (10, len(text) - 3), (17, 40)):
        scanned = [m.span() for m in P.EFFECT_VERB.finditer(text, lo, hi)]
        assert [m.span() for m in _verbs(text, lo, hi)] == scanned


VBHN = """BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
THÔNG TƯ
Hướng dẫn quản lý, sử dụng kinh phí bảo đảm trật tự an toàn giao thông
Thông tư số 14/2019/TT-BTC ngày 11 tháng 3 năm 2019 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý,
sử dụng kinh phí bảo đảm trật tự an toàn giao thông, có hiệu lực kể từ ngày 25 tháng 4 năm 2019{note}
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn quản lý, sử dụng kinh phí.
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn quản lý, sử dụng kinh phí bảo đảm trật tự an toàn giao thông.

BỘ TÀI CHÍNH
Số: 09/VBHN-BTC
XÁC THỰC VĂN BẢN HỢP NHẤT
Hà Nội, ngày 20 tháng 5 năm 2026
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Tấn Cận
"""


@pytest.mark.parametrize(
    ("note", "amending"),
    [
        # one amending act named right after "bởi", no colon
        (
            ", được sửa đổi, bổ sung bởi Thông tư số 55/2022/TT-BTC ngày 24 tháng 8 năm 2022 của Bộ trưởng"
            "\nBộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 14/2019/TT-BTC, có hiệu lực kể từ"
            "\nngày 10 tháng 10 năm 2022.",
            ["55/2022/TT-BTC"],
        ),
        # no amending act named
        (".", []),
        # guard: the list after the colon
        (
            ", được sửa đổi, bổ sung bởi:\n1. Thông tư số 55/2022/TT-BTC ngày 24 tháng 8 năm 2022 của Bộ"
            " trưởng Bộ Tài chính, có hiệu lực kể từ ngày 10 tháng 10 năm 2022;\n2. Thông tư số 31/2024/TT-BTC"
            " ngày 06 tháng 5 năm 2024 của Bộ trưởng Bộ Tài chính, có hiệu lực kể từ ngày 20 tháng 6 năm 2024.",
            ["55/2022/TT-BTC", "31/2024/TT-BTC"],
        ),
    ],
)
def test_a_consolidated_text_consolidates_the_first_act_its_note_names(note, amending):
    doc = parse_text(VBHN.format(note=note))
    assert doc.header.doc_type == "VBHN"
    by_number = {c.number: c for c in doc.citations}
    assert by_number["14/2019/TT-BTC"].relation == "consolidates"
    assert [n for n, c in by_number.items() if c.acts_on.get("14/2019/TT-BTC") == "amends"] == amending


def test_a_consolidated_notes_end_is_found_once_over_blank_lines():
    import time

    from khtool import patterns as P

    # the end is the line opening the preamble, its blanks on that line only
    text = "có hiệu lực kể từ ngày 01 tháng 01 năm 2019.\n\n  \n  Căn cứ Luật Ngân sách nhà nước;"
    assert P.CONSOLIDATED_NOTE_END.search(text).start() == text.index("\n  Căn cứ")
    # (a run of blank lines is not searched again from each of its line
    # breaks: quadratic, seconds here, with "\n\s*")
    blanks = "\n  " * 6000 + "\nxx"
    t0 = time.process_time()
    assert P.CONSOLIDATED_NOTE_END.search(blanks) is None
    assert time.process_time() - t0 < 0.5


class _Spy:
    """A pattern standing in for another, telling what it was tried on."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.tried: list[str] = []

    def search(self, text, *args):
        self.tried.append(text)
        return self.pattern.search(text, *args)

    def match(self, text, *args):
        self.tried.append(text)
        return self.pattern.match(text, *args)


def test_a_blank_forms_search_is_gated_by_its_own_marks(monkeypatch):
    from khtool import patterns as P

    spy = _Spy(P.FORM_NUMBERED_BLANK)
    monkeypatch.setattr(P, "FORM_NUMBERED_BLANK", spy)
    # brackets, but no placeholder's marks beside one: not searched
    parse_text(PLAN.format(title="Rà soát hộ nghèo (đợt 1) năm 2026", task="(trừ xã Sơn Hà) báo cáo trước ngày 30/6/2026."))
    assert spy.tried == []
    # guard: a form's placeholder is still found, and its deadline dropped
    doc = parse_text(
        PLAN.format(title="Rà soát hộ nghèo năm 2026", task="báo cáo kết quả.\nMẫu số 01\nTrước ngày 31/12 hằng năm, …(3)… báo cáo.")
    )
    assert spy.tried and all(d.text != "Trước ngày 31/12 hằng năm" for d in doc.deadlines)


def test_the_gazettes_running_head_is_not_tried_on_blank_lines(monkeypatch):
    from khtool import patterns as P

    spy = _Spy(P.GAZETTE_RUNNING_HEADER)
    monkeypatch.setattr(P, "GAZETTE_RUNNING_HEADER", spy)
    text = PLAN.format(title="Rà soát hộ nghèo năm 2026", task="báo cáo kết quả.\n\n\nNơi nhận:\n- Công báo tỉnh;\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn Bình")
    parse_text(text)
    assert spy.tried and all(line.strip() for line in spy.tried), spy.tried


def test_guard_a_footnote_mark_glued_to_a_year_in_a_plan():
    # (README and code agree: any text, not a Gazette or consolidated one only)
    text = PLAN.format(
        title="Thực hiện Nghị định số 26/2019/NĐ-CP ngày 08/3/20191 của Chính phủ",
        task="tổ chức thực hiện, báo cáo trước ngày 30/6/2026.",
    )
    doc = parse_text(text)
    assert [c.date for c in doc.citations if c.number == "26/2019/NĐ-CP"] == ["2019-03-08"]
    assert not [d for d in doc.diagnostics if d.code == "date-repaired"]
