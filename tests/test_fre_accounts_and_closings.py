"""Accounts and closings (texts written for these tests, after audit RE of
audit48): a period that had ended by an account's date tells when something
was done (RE-1); a period right after "phấn đấu" before a target's value with
no comma is the target's time (RE-3); a cited document's request retold after
"…, trong đó yêu cầu …" is not the letter's (RE-4); a notice's closing to
"các cơ quan, đơn vị, thôn" names no body (RE-5); another body's clause after
";" in an invitation's "Giao …" sentence is its task (RE-6); the issuer's own
forward item "Chỉ đạo X <verb> …" makes X a doer (RE-7); a reporting duty said
to be missed sets none (RE-2); a request's task has neither its part's label
nor the enclosure line after "./." (RE-8); diff says a report is an account
of the plan it cites and keeps its recommendations apart from its tasks
(RE-9)."""

from __future__ import annotations

import pytest

from khtool import parse_text


def _head(kind: str, number: str, date: str, title: str, ward: str = "PHƯỜNG NAM HỒNG", place: str = "Nam Hồng") -> str:
    d, m, y = date.split("/")
    return (
        f"ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{ward}                      Độc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {number}                         {place}, ngày {d} tháng {m} năm {y}\n\n"
        f"{kind}\n{title}\n\n"
    )


SIGN = (
    "\nNơi nhận:                                  TM. ỦY BAN NHÂN DÂN\n"
    "- Như trên;                                CHỦ TỊCH\n"
    "- Lưu: VT.\n\n"
    "                                           Trần Văn Long\n"
)


def _deadlines(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return sorted(((d.year, d.month, d.day) for d in parse_text(text).deadlines), key=str)


# RE-1: in a report, a month or quarter that had ended by its date tells when
# something was done; the months still to come (or its own month) are deadlines
REPORT_PERIODS = [
    (
        "- Trong tháng 11/2025, Phòng Kinh tế phối hợp với Hội Nông dân phường tổ chức 02 hội nghị "
        "hướng dẫn chuyển đổi cây trồng cho 180 hộ.\n",
        [],
    ),
    (
        "- Trạm Y tế phường đã tiêm vắc xin cho 1.250 trẻ em, hoàn thành kế hoạch được giao trong quý III/2025.\n",
        [],
    ),
    (
        "- Trong quý IV/2025 Công an phường rà soát, cập nhật dữ liệu dân cư cho 3.400 nhân khẩu.\n",
        [],
    ),
]

FORWARD_PERIODS = [
    # the report's own month and a later quarter: its deadlines still
    ("- Phòng Văn hóa - Xã hội tổng hợp danh sách hộ nghèo, hoàn thành trong tháng 01/2026.\n", [(2026, 1, None)]),
    ("- Phòng Kinh tế hoàn thành việc rà soát quy hoạch trong quý II/2026.\n", [(2026, 6, None)]),
]


def _report(results: str, forward: str) -> str:
    return (
        _head("BÁO CÁO", "09/BC-UBND", "20/01/2026", "Kết quả thực hiện nhiệm vụ năm 2025 và phương hướng năm 2026")
        + "Kính gửi: Ủy ban nhân dân tỉnh.\n\n"
        + "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
        + results
        + "\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n"
        + forward
        + "\nTrên đây là báo cáo của UBND phường./.\n"
        + SIGN
    )


@pytest.mark.parametrize(("line", "expected"), REPORT_PERIODS)
def test_report_period_ended_before_its_date_is_no_deadline(line, expected):
    assert _deadlines(_report(line, "")) == expected


@pytest.mark.parametrize(("line", "expected"), FORWARD_PERIODS)
def test_report_forward_periods_stay_deadlines(line, expected):
    assert _deadlines(_report("", line)) == expected


def test_plan_issued_late_keeps_its_schedules_quarter():
    # (a plan's schedule is its own, even when it is issued after a period in it)
    text = (
        _head("KẾ HOẠCH", "41/KH-UBND", "10/4/2026", "Thực hiện công tác cải cách hành chính năm 2026")
        + "I. NHIỆM VỤ\n"
        + "1. Phòng Văn hóa - Xã hội rà soát các thủ tục hành chính, hoàn thành trong quý I/2026.\n"
        + "2. Văn phòng HĐND và UBND phường số hóa hồ sơ, hoàn thành trong quý III/2026.\n"
        + SIGN
    )
    assert _deadlines(text) == [(2026, 3, None), (2026, 9, None)]


# RE-3: "phấn đấu" then the period, no comma, then a bound before a number or a share
GOAL_TIMES = [
    "1. Tăng cường truyền thông; phấn đấu đến cuối năm 2026 tỷ lệ hộ nghèo của phường dưới 1,5%.\n",
    "2. Đẩy mạnh tư vấn tiền hôn nhân; phấn đấu đến cuối năm 2026 tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái.\n",
    "3. Vận động người dân; phấn đấu trong quý IV/2026 số hộ sử dụng nước sạch đạt 98%.\n",
    "4. Kiểm soát dịch bệnh; phấn đấu đến cuối năm 2026 số ca mắc sốt xuất huyết không quá 20 ca.\n",
]


@pytest.mark.parametrize("line", GOAL_TIMES)
def test_period_after_phan_dau_without_comma_is_the_targets_time(line):
    text = (
        _head("KẾ HOẠCH", "12/KH-UBND", "15/02/2026", "Công tác dân số và y tế năm 2026")
        + "I. NHIỆM VỤ, GIẢI PHÁP\n"
        + line
        + SIGN
    )
    assert _deadlines(text) == []


def test_year_end_limit_of_a_task_stays_a_deadline():
    text = (
        _head("KẾ HOẠCH", "12/KH-UBND", "15/02/2026", "Công tác dân số và y tế năm 2026")
        + "I. NHIỆM VỤ, GIẢI PHÁP\n"
        + "1. Trạm Y tế phường hoàn thành việc lập hồ sơ sức khỏe điện tử trước cuối năm 2026.\n"
        + SIGN
    )
    assert _deadlines(text) == [(2026, 12, None)]


# RE-4: a cited document's request retold after "…, trong đó yêu cầu / đề nghị …"
RETOLD = [
    (
        "Ngày 10/3/2026, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phòng, chống thiên tai năm 2026, "
        "trong đó yêu cầu các xã, phường rà soát phương án sơ tán dân trước ngày 30/4/2026. "
        "Tuy nhiên, đến nay nhiều địa phương chưa thực hiện.\n",
    ),
    (
        "Bộ Y tế có Công văn số 512/BYT-KCB ngày 05/02/2026 về tăng cường phòng chống dịch, trong đó đề nghị "
        "UBND các tỉnh chỉ đạo giám sát chặt chẽ ca bệnh.\n",
    ),
]


@pytest.mark.parametrize(("paragraph",), RETOLD)
def test_cited_documents_request_retold_is_not_the_letters(paragraph):
    text = (
        "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH QUẢNG TRỊ                     Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 1204/UBND-NN                   Quảng Trị, ngày 20 tháng 5 năm 2026\n"
        "V/v đôn đốc thực hiện nhiệm vụ\n\n"
        "Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Ủy ban nhân dân các xã, phường.\n\n"
        + paragraph
        + "\nChủ tịch UBND tỉnh có ý kiến như sau:\n\n"
        "1. Giao Sở Nông nghiệp và Môi trường tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/6/2026.\n\n"
        "Yêu cầu các đơn vị nghiêm túc thực hiện./.\n\n"
        "Nơi nhận:                                  KT. CHỦ TỊCH\n- Như trên;                                PHÓ CHỦ TỊCH\n- Lưu: VT.\n\n"
        "                                           Hoàng Nam\n"
    )
    doc = parse_text(text)
    assert sorted(a.agency for a in doc.assignments) == ["Sở Nông nghiệp và Môi trường"]


# RE-5: a notice's closing to bodies named by their kinds, villages too
CLOSINGS = [
    "Văn phòng HĐND và UBND phường thông báo để các cơ quan, đơn vị, tổ dân phố biết, thực hiện./.\n",
    "UBND xã thông báo để các cơ quan, đơn vị, thôn, bản biết và thực hiện./.\n",
    "Văn phòng thông báo để các cơ quan, đơn vị và các khu phố biết, triển khai thực hiện./.\n",
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_notice_closing_to_kinds_names_no_body(closing):
    text = (
        _head("THÔNG BÁO", "17/TB-UBND", "12/3/2026", "Kết luận của Chủ tịch UBND phường tại cuộc họp giao ban")
        + "Ngày 10/3/2026, Chủ tịch UBND phường chủ trì cuộc họp giao ban. Chủ tịch UBND phường kết luận như sau:\n\n"
        + "1. Phòng Kinh tế chủ trì rà soát các hộ kinh doanh, hoàn thành trước ngày 31/3/2026.\n\n"
        + closing
        + SIGN
    )
    doc = parse_text(text)
    assert sorted(a.agency for a in doc.assignments) == ["Phòng Kinh tế"]


# RE-6: the other body's clause after ";" in an invitation's "Giao …" sentence
INVITATION_CLAUSES = [
    (
        "Giao Phòng Kinh tế chuẩn bị báo cáo đánh giá, gửi Văn phòng HĐND và UBND phường trước 10 giờ 00 ngày "
        "14/4/2026; Văn phòng HĐND và UBND phường chuẩn bị hội trường, tài liệu phục vụ hội nghị.\n",
        {"Phòng Kinh tế": 1, "Văn phòng HĐND và UBND phường": 0},
    ),
    (
        "Giao Trạm Y tế phường chuẩn bị nội dung báo cáo trước ngày 13/4/2026; Phòng Văn hóa - Xã hội "
        "chuẩn bị các điều kiện phục vụ cuộc họp.\n",
        {"Trạm Y tế phường": 1, "Phòng Văn hóa - Xã hội": 0},
    ),
]


@pytest.mark.parametrize(("line", "expected"), INVITATION_CLAUSES)
def test_invitation_other_bodys_clause_is_its_task(line, expected):
    text = (
        _head("GIẤY MỜI", "22/GM-UBND", "08/4/2026", "Dự hội nghị đánh giá công tác quý I năm 2026")
        + "Ủy ban nhân dân phường Nam Hồng tổ chức hội nghị đánh giá công tác quý I năm 2026, cụ thể như sau:\n\n"
        + "1. Chủ trì: Đồng chí Trần Văn Long - Chủ tịch UBND phường.\n"
        + "2. Thành phần mời: Lãnh đạo các phòng chuyên môn; Trưởng các tổ dân phố.\n"
        + "3. Thời gian: 14 giờ 00 phút, ngày 15/4/2026.\n"
        + "4. Địa điểm: Hội trường UBND phường.\n\n"
        + line
        + "\nĐề nghị các đại biểu đến dự đúng thành phần, thời gian./.\n"
        + SIGN
    )
    doc = parse_text(text)
    got = {a.agency: len(a.deadlines) for a in doc.assignments}
    assert got == expected
    assert all(a.role == "responsible" for a in doc.assignments)


# RE-7: the issuer's own forward item directing a body: that body does it
DIRECTING = [
    (
        "2. Chỉ đạo Trung tâm Y tế khu vực phối hợp với các Trạm Y tế xã, phường tổ chức tiêm chủng bổ sung.\n",
        "Trung tâm Y tế khu vực",
    ),
    (
        "2. Chỉ đạo Chi cục Thủy lợi kiểm tra an toàn các hồ chứa trước mùa mưa lũ.\n",
        "Chi cục Thủy lợi",
    ),
]


@pytest.mark.parametrize(("item", "body"), DIRECTING)
def test_report_forward_item_directing_a_body_makes_it_a_doer(item, body):
    text = (
        "UBND TỈNH QUẢNG TRỊ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ                            Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 902/BC-SYT                      Quảng Trị, ngày 06 tháng 7 năm 2026\n\n"
        "BÁO CÁO\nSơ kết công tác 6 tháng đầu năm 2026\n\nKính gửi: Ủy ban nhân dân tỉnh.\n\n"
        "I. KẾT QUẢ THỰC HIỆN\nSở Y tế đã triển khai các nhiệm vụ theo kế hoạch.\n\n"
        "II. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026\n"
        "1. Tiếp tục tham mưu UBND tỉnh chỉ đạo các địa phương thực hiện kế hoạch.\n"
        + item
        + "3. Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện năm 2026.\n\n"
        "Trên đây là báo cáo của Sở Y tế./.\n\n"
        "Nơi nhận:                                  KT. GIÁM ĐỐC\n- Như trên;                                PHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n"
        "                                           Lê Văn Hải\n"
    )
    doc = parse_text(text)
    assert [(a.agency, a.role) for a in doc.assignments] == [(body, "responsible")]


# RE-2: a reporting duty said to be missed, a report's shortcoming
MISSED = [
    "- Một số tổ dân phố chậm gửi báo cáo định kỳ hằng quý về UBND phường.\n",
    "- Một vài đơn vị chưa thực hiện chế độ báo cáo định kỳ theo quy định.\n",
    "- Đến ngày 10/01/2026 mới có 9/12 tổ dân phố gửi báo cáo hằng tháng.\n",
]


@pytest.mark.parametrize("line", MISSED)
def test_missed_reporting_duty_sets_none(line):
    text = _report("2. Tồn tại, hạn chế\n" + line, "")
    assert [d.recurrence for d in parse_text(text).deadlines] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Các tổ dân phố gửi báo cáo định kỳ hằng quý về Phòng Văn hóa - Xã hội.\n", ["quarterly"]),
        # ("không báo cáo" in the name of IUU fishing, a duty after it)
        (
            "- Đồn Biên phòng phối hợp chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy "
            "định (IUU), định kỳ báo cáo UBND phường theo quy định.\n",
            ["periodic"],
        ),
    ],
)
def test_reporting_duty_with_its_cadence_stays_one(line, expected):
    text = _report("", line)
    assert [d.recurrence for d in parse_text(text).deadlines] == expected


# RE-8: a submission's closing request: no part label, no enclosure line
@pytest.mark.parametrize("label", ["KIẾN NGHỊ", "ĐỀ XUẤT", "ĐỀ XUẤT, KIẾN NGHỊ"])
def test_submission_request_without_label_and_enclosure(label):
    text = (
        "ỦY BAN NHÂN DÂN PHƯỜNG NAM HỒNG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "PHÒNG KINH TẾ                       Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 05/TTr-KT                       Nam Hồng, ngày 03 tháng 3 năm 2026\n\n"
        "TỜ TRÌNH\nVề việc phê duyệt Kế hoạch phát triển kinh tế tập thể năm 2026\n\n"
        "Kính gửi: Chủ tịch UBND phường.\n\n"
        "Căn cứ Luật Hợp tác xã năm 2023;\n"
        "Phòng Kinh tế kính trình Chủ tịch UBND phường xem xét, phê duyệt Kế hoạch phát triển kinh tế tập thể "
        "năm 2026, với các nội dung sau:\n\n"
        "I. SỰ CẦN THIẾT\nNăm 2025, toàn phường có 06 hợp tác xã hoạt động hiệu quả.\n\n"
        f"II. {label}\n"
        "Phòng Kinh tế kính trình Chủ tịch UBND phường xem xét, phê duyệt Kế hoạch./.\n\n"
        "(Kèm theo: Dự thảo Kế hoạch)\n\n"
        "Nơi nhận:                                  TRƯỞNG PHÒNG\n- Như trên;\n- Lưu: KT.\n\n"
        "                                           Nguyễn Thị Hoa\n"
    )
    doc = parse_text(text)
    tasks = [t.text for a in doc.assignments for t in a.tasks]
    assert tasks == ["Phòng Kinh tế kính trình Chủ tịch UBND phường xem xét, phê duyệt Kế hoạch./."]


# RE-9: diff of a plan against the report on it: B is an account of A, and
# B's recommendations are kept apart from its tasks
PLAN = (
    _head("KẾ HOẠCH", "31/KH-UBND", "05/3/2025", "Phát triển kinh tế tập thể trên địa bàn phường năm 2025")
    + "I. MỤC TIÊU\n- 100% hợp tác xã hoạt động hiệu quả.\n\n"
    + "II. NHIỆM VỤ\n"
    + "1. Phòng Kinh tế chủ trì hướng dẫn các hợp tác xã xây dựng phương án sản xuất, kinh doanh.\n"
    + "2. Phòng Kinh tế phối hợp với Hội Nông dân phường tổ chức tập huấn cho thành viên hợp tác xã.\n"
    + "3. Văn phòng HĐND và UBND phường tổng hợp, báo cáo kết quả thực hiện trước ngày 15/12/2025.\n"
    + SIGN
)
REPORT = (
    _head("BÁO CÁO", "07/BC-UBND", "12/01/2026", "Kết quả thực hiện Kế hoạch phát triển kinh tế tập thể năm 2025")
    + "Kính gửi: Ủy ban nhân dân tỉnh.\n\n"
    + "Thực hiện Kế hoạch số 31/KH-UBND ngày 05/3/2025 của UBND phường, UBND phường báo cáo kết quả như sau:\n\n"
    + "I. KẾT QUẢ THỰC HIỆN\nPhòng Kinh tế đã hướng dẫn 06 hợp tác xã xây dựng phương án sản xuất, kinh doanh.\n\n"
    + "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n"
    + "1. Phòng Kinh tế tiếp tục hướng dẫn các hợp tác xã xây dựng phương án sản xuất, kinh doanh năm 2026.\n\n"
    + "III. KIẾN NGHỊ\n"
    + "1. Đề nghị Sở Tài chính tổ chức tập huấn chuyên sâu về quản trị hợp tác xã cho cán bộ phường.\n"
    + "2. Kiến nghị UBND tỉnh bố trí kinh phí hỗ trợ các hợp tác xã ứng dụng công nghệ số.\n\n"
    + "Trên đây là báo cáo của UBND phường./.\n"
    + SIGN
)


def test_diff_of_plan_and_its_report_says_b_accounts_and_keeps_recommendations_apart():
    from khtool import diff_plans

    d = diff_plans(parse_text(PLAN), parse_text(REPORT))
    assert d.summary["b_accounts_for_a"] is True
    assert sorted(a for r in d.tasks.recommended_b for a in r["to"]) == ["Sở Tài chính", "UBND tỉnh"]
    assert d.summary["recommended_b"] == 2
    lines = {r["line"] for r in d.tasks.recommended_b}
    assert not any(m.line in lines for m in d.tasks.b_to_a)
    assert d.summary["tasks_b"] == len(d.tasks.b_to_a)


def test_diff_of_two_plans_has_no_account_and_no_recommendations():
    from khtool import diff_plans

    d = diff_plans(parse_text(PLAN), parse_text(PLAN))
    assert d.summary["b_accounts_for_a"] is False
    assert d.tasks.recommended_b == [] and d.summary["recommended_b"] == 0
