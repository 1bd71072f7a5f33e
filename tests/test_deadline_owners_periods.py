"""Deadlines: their owners, their recurrence from a stated period or a
frequency, and their spans (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 12/KH-UBND\nChâu Thành, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nPhòng, chống tai nạn thương tích trẻ em\n"


def plan(body: str):
    return parse_text(HEAD + "I. TỔ CHỨC THỰC HIỆN\n" + body)


def test_a_deadline_in_a_task_led_by_its_headings_words_spans_its_own_words():
    """A task under a heading of its own ("a) Trong quá trình thực hiện" /
    "- …") is read with the heading's words before it; its deadline's span is
    still its own words, as in the document's list."""
    doc = plan(
        "1. Phòng Y tế\na) Trong quá trình thực hiện\n- Tổ chức kiểm tra các cơ sở kinh doanh dịch vụ ăn uống.\n"
        "- Tổng hợp, báo cáo kết quả kiểm tra về UBND huyện trước ngày 15/6/2024.\n"
    )
    (listed,) = doc.deadlines
    (a,) = doc.assignments
    (own,) = a.deadlines
    assert (listed.day, listed.month) == (15, 6)
    assert (own.span.start, own.span.end) == (listed.span.start, listed.span.end)
    assert own.span.end - own.span.start == len("trước ngày 15/6/2024")


@pytest.mark.parametrize(
    ("task", "recurrence"),
    [
        # a stated reporting period is how often the report falls due
        (
            "Báo cáo định kỳ kết quả thực hiện: lập và gửi về Phòng Y tế trước ngày 20 tháng 01, kỳ báo cáo là "
            "01 năm (từ ngày 01 tháng 01 đến ngày 31 tháng 12).",
            "annual",
        ),
        (
            "Báo cáo định kỳ tình hình thực hiện gửi về Phòng Y tế trước ngày 20 tháng 6 để tổng hợp, báo cáo "
            "UBND huyện, kỳ báo cáo: 06 tháng.",
            "semiannual",
        ),
        # the year after the one reported on: every year
        (
            "Báo cáo định kỳ kết quả thực hiện: lập và gửi về Phòng Y tế trước ngày 15 tháng 02 của năm liền kề "
            "sau năm báo cáo.",
            "annual",
        ),
    ],
)
def test_a_stated_reporting_period_is_the_recurrence(task, recurrence):
    doc = plan(f"1. Phòng Y tế\n- {task}\n")
    assert [d.recurrence for d in doc.deadlines if d.day is not None] == [recurrence]


def test_an_undated_report_with_a_stated_period():
    doc = plan("1. Phòng Y tế\n- Thực hiện chế độ báo cáo định kỳ về UBND huyện, kỳ báo cáo là 01 năm.\n")
    assert [(d.recurrence, d.due) for d in doc.deadlines] == [("annual", "báo cáo")]


def test_statistics_kept_every_year_is_a_recurring_deadline():
    """A count delivered at each period's end ("thống kê … định kỳ hằng năm"),
    after the words putting the duty on the clause's subject, recurs as a
    report does."""
    doc = plan(
        "1. Phòng Tài nguyên và Môi trường\n- Các cơ sở khai thác cát có trách nhiệm thực hiện công tác thống kê "
        "khối lượng cát đã khai thác định kỳ hằng năm; lưu giữ sổ sách theo quy định.\n"
    )
    assert [(d.text, d.recurrence) for d in doc.deadlines] == [
        ("thống kê khối lượng cát đã khai thác định kỳ hằng năm", "annual")
    ]


def test_an_ad_hoc_report_beside_a_dated_one_is_a_deadline_of_its_own():
    """"báo cáo đột xuất theo yêu cầu, báo cáo định kỳ hằng năm trước ngày …":
    two duties, the date the yearly report's, the ad hoc one undated."""
    doc = plan(
        "1. Phòng Y tế\n- Thực hiện báo cáo đột xuất theo yêu cầu, báo cáo định kỳ hằng năm trước ngày 10 tháng 12 "
        "gửi UBND huyện để tổng hợp.\n"
    )
    got = [(d.text, d.day, d.month, d.recurrence, d.to) for d in doc.deadlines]
    assert got == [
        ("báo cáo đột xuất theo yêu cầu", None, None, "ad hoc", "UBND huyện"),
        ("trước ngày 10 tháng 12", 10, 12, "annual", "UBND huyện"),
    ]
    (a,) = doc.assignments
    assert sorted(d.recurrence or "" for d in a.deadlines) == ["ad hoc", "annual"]


def test_a_time_cell_going_on_from_its_start_is_ongoing():
    """"Từ tháng 5/2026, thường xuyên": the task goes on without end from
    May 2026 (its start kept); a frequency said with it stays."""
    doc = plan(
        "Các ngành thực hiện theo Phụ lục kèm theo.\n\nPHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ\n"
        "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
        "| 1 | Kiểm tra an toàn thực phẩm tại chợ | Phòng Y tế |  | Từ tháng 5/2026, thường xuyên |\n"
        "| 2 | Tập huấn kiến thức an toàn thực phẩm | Phòng Kinh tế |  | Hằng năm, thường xuyên |\n"
    )
    got = [(a.agency, [(d.month, d.year, d.recurrence) for d in a.deadlines]) for a in doc.assignments]
    assert got == [("Phòng Y tế", [(5, 2026, "ongoing")]), ("Phòng Kinh tế", [(None, None, "annual")])]


_LETTER = (
    "UBND TỈNH HÀ GIANG\nSỞ CÔNG THƯƠNG\nSố: 412/SCT-QLCN\nHà Giang, ngày 05 tháng 5 năm 2026\n"
    "V/v cung cấp số liệu kho xăng dầu\nKính gửi: Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh Hà Giang\n\n"
    "{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình\n"
)


def test_a_letters_deadline_asked_of_no_named_body_is_its_one_addressees():
    """A letter to one addressee asks it, by no name, for something by a date
    ("Báo cáo của đơn vị đề nghị gửi về Sở … trước ngày …"): the date is the
    addressee's."""
    doc = parse_text(
        _LETTER.format(
            body="Sở Công Thương đề nghị các doanh nghiệp kinh doanh xăng dầu rà soát, cung cấp số liệu theo mẫu "
            "đính kèm.\nBáo cáo của đơn vị đề nghị gửi về Sở Công Thương (qua Phòng Quản lý Công nghiệp) trước "
            "ngày 20/5/2026 để tổng hợp."
        )
    )
    assert [(d.day, d.month, d.agency) for d in doc.deadlines] == [
        (20, 5, "Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh Hà Giang")
    ]
    # (not one asked of another body)
    doc = parse_text(
        _LETTER.format(
            body="Sở Công Thương đề nghị các doanh nghiệp kinh doanh xăng dầu rà soát số liệu.\nĐồng thời, đề nghị "
            "Phòng Kinh tế các huyện kiểm tra, báo cáo kết quả trước ngày 20/5/2026."
        )
    )
    assert [d.agency for d in doc.deadlines] != ["Các doanh nghiệp kinh doanh xăng dầu trên địa bàn tỉnh Hà Giang"]


def test_a_deadline_in_an_item_about_bodies_is_theirs():
    """A report's recommendation "- Đối với 02 cơ sở …: Yêu cầu các cơ sở …":
    a deadline its sentences give no body is the bodies the item is about."""
    doc = parse_text(
        "SỞ Y TẾ TỈNH HÀ GIANG\nĐOÀN KIỂM TRA\nSố: 15/BC-ĐKT\nHà Giang, ngày 10 tháng 6 năm 2026\nBÁO CÁO\n"
        "Kết quả kiểm tra an toàn thực phẩm\nI. KẾT QUẢ KIỂM TRA\nĐoàn đã kiểm tra 02 cơ sở sản xuất nước đá.\n"
        "II. KIẾN NGHỊ\n- Đối với 02 cơ sở sản xuất nước đá: Yêu cầu các cơ sở khắc phục ngay các tồn tại đã nêu. "
        "Đồng thời, nghiêm túc thực hiện chế độ báo cáo định kỳ về tình hình sản xuất theo quy định.\n"
    )
    assert [(d.recurrence, d.agency) for d in doc.deadlines] == [("periodic", "02 cơ sở sản xuất nước đá")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # "và" joins the duty to other work of its sentence: its own words only
        (
            "Đồng thời, nghiêm túc kiểm tra, bảo dưỡng hệ thống chống sét nhà kho trước mùa mưa bão và nghiêm túc "
            "thực hiện chế độ báo cáo định kỳ về tình hình sản xuất theo quy định.",
            "nghiêm túc thực hiện chế độ báo cáo định kỳ về tình hình sản xuất theo quy định",
        ),
        (
            "Tổ chức sơ kết, tổng kết việc thực hiện kế hoạch và định kỳ báo cáo Sở Y tế theo quy định.",
            "định kỳ báo cáo Sở Y tế theo quy định",
        ),
        # one work said by two verbs, or the frequency said before "và": the whole sentence
        (
            "Tổng hợp kết quả và báo cáo định kỳ về Sở Y tế theo quy định.",
            "Tổng hợp kết quả và báo cáo định kỳ về Sở Y tế theo quy định",
        ),
        (
            "Định kỳ hằng năm, các cơ sở tự kiểm tra điều kiện an toàn thực phẩm và báo cáo kết quả về Sở Y tế.",
            "Định kỳ hằng năm, các cơ sở tự kiểm tra điều kiện an toàn thực phẩm và báo cáo kết quả về Sở Y tế",
        ),
    ],
)
def test_an_undated_duty_joined_by_and_to_other_work_is_its_own_words(sentence: str, words: str):
    """A reporting duty with no date, joined by "và" to the other work of its
    sentence ("… trước mùa mưa bão và nghiêm túc thực hiện chế độ báo cáo định
    kỳ …"): its deadline's text and span are the duty's own words."""
    doc = parse_text(
        "SỞ Y TẾ TỈNH HÀ GIANG\nĐOÀN KIỂM TRA\nSố: 15/BC-ĐKT\nHà Giang, ngày 10 tháng 6 năm 2026\nBÁO CÁO\n"
        "Kết quả kiểm tra an toàn thực phẩm\nI. KẾT QUẢ KIỂM TRA\nĐoàn đã kiểm tra 02 cơ sở sản xuất nước đá.\n"
        "II. KIẾN NGHỊ\n- Đối với 02 cơ sở sản xuất nước đá: Yêu cầu các cơ sở khắc phục ngay các tồn tại đã nêu. "
        + sentence
        + "\n"
    )
    (d,) = doc.deadlines
    assert d.text == words
    assert d.span.end - d.span.start == len(words)


def test_a_deadline_of_counted_bodies_is_among_the_deadlines_of_those_asked_in_its_item():
    """"- Đối với 03 đơn vị sử dụng hóa chất: Yêu cầu các đơn vị …" with a
    reporting duty in the item's next sentence: the deadline, owned by the
    counted class, is among the deadlines of "các đơn vị" asked there."""
    doc = parse_text(
        "SỞ CÔNG THƯƠNG TỈNH LÀO CAI\nĐOÀN KIỂM TRA\nSố: 21/BC-ĐKT\nLào Cai, ngày 12 tháng 6 năm 2026\nBÁO CÁO\n"
        "Kết quả kiểm tra hoạt động hóa chất\nI. KẾT QUẢ KIỂM TRA\nĐoàn đã kiểm tra 05 đơn vị.\n"
        "II. KIẾN NGHỊ\n"
        "- Đối với 02 đơn vị kinh doanh hóa chất: Yêu cầu các đơn vị bổ sung hồ sơ cấp giấy chứng nhận đủ điều kiện.\n"
        "- Đối với 03 đơn vị sử dụng hóa chất: Yêu cầu các đơn vị rà soát, cập nhật các quy định an toàn mới. "
        "Đồng thời, tổ chức huấn luyện an toàn hóa chất cho người lao động và nghiêm túc thực hiện chế độ báo cáo "
        "định kỳ tình hình hoạt động hóa chất theo quy định.\n"
    )
    (d,) = doc.deadlines
    assert d.agency == "03 đơn vị sử dụng hóa chất"
    holders = [a for a in doc.assignments if d in a.deadlines]
    assert [a.agency for a in holders] == ["các đơn vị"]
    assert any(t.span.start <= d.span.start < t.span.end for t in holders[0].tasks)


@pytest.mark.parametrize(
    "task",
    [
        # the half-year's and the year's reports named before their dates,
        # each date with its year: that year's one report each (once)
        "Báo cáo kết quả về Sở Nội vụ: báo cáo 6 tháng trước ngày 15/6/2027, báo cáo năm trước ngày 15/11/2027.",
        "Báo cáo kết quả 6 tháng về Sở Nội vụ trước ngày 15/6/2027; báo cáo năm trước ngày 15/11/2027.",
        # or after it, in brackets
        "Báo cáo kết quả về Sở Nội vụ trước ngày 15/6/2027 (báo cáo 6 tháng) và trước ngày 15/11/2027 (báo cáo năm).",
    ],
)
def test_a_reports_period_word_sets_its_recurrence_before_or_after_its_date(task):
    doc = plan(f"1. Phòng Y tế\n- {task}\n")
    assert [(d.day, d.month, d.recurrence) for d in doc.deadlines] == [(15, 6, "once"), (15, 11, "once")]
    # without the dates' year, the period words set how often
    doc = plan(f"1. Phòng Y tế\n- {task.replace('/2027', '')}\n")
    assert [(d.day, d.month, d.recurrence) for d in doc.deadlines] == [(15, 6, "semiannual"), (15, 11, "annual")]


# A report to the province asking it to direct a department, closed by a
# time-limit sentence naming no body (written for this test).
DIRECTED_REQUEST = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nSố: 455/SCT-QLNL\nYên Bái, ngày 08 tháng 6 năm 2026\n"
    "V/v báo cáo vướng mắc hồ sơ dự án thủy điện Ngòi Hút 3\nKính gửi: Ủy ban nhân dân tỉnh Yên Bái\n"
    "Hồ sơ dự án còn vướng mắc về hiện trạng đất rừng, chưa đủ căn cứ để thẩm định.\n"
    "Để bảo đảm tiến độ, Sở Công Thương kính đề nghị UBND tỉnh xem xét {ask} có ý kiến bằng văn bản gửi "
    "Sở Công Thương về hiện trạng rừng trong phạm vi dự án. Nội dung ý kiến cần nêu rõ căn cứ pháp lý. "
    "Thời hạn hoàn thành và gửi văn bản về Sở Công Thương trước ngày 25/6/2026.\n"
    "Sở Công Thương kính báo cáo Ủy ban nhân dân tỉnh./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


@pytest.mark.parametrize(
    ("ask", "owner"),
    [
        # the doer the request names: the department the province is to direct
        ("chỉ đạo Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
        # none named: the body asked
        ("và", "UBND tỉnh"),
    ],
)
def test_a_time_limit_sentence_closing_a_request_is_the_requests(ask: str, owner: str):
    """"Thời hạn hoàn thành … trước ngày …" after a request in its paragraph
    is the doer's the request names, else the asked body's, never no one's."""
    doc = parse_text(DIRECTED_REQUEST.format(ask=ask))
    (d,) = doc.deadlines
    assert (d.day, d.month, d.year, d.agency, d.to) == (25, 6, 2026, owner, "Sở Công Thương")
