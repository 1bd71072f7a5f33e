"""Who owns a task in a Party committee's letters and plans: a letter's
request to "các cơ quan nêu trên" / "Quý cơ quan" is each addressee's, and so
is the report's deadline after it; an addressee directing another body in the
letter's body gives each its part; "Đề nghị A và B …" opening an item of tasks
asks both; "Đề nghị" in a task table's lead cell is a request; a paragraph
after the last item naming its own subject is not that item's; a list of
subjects after a fronted time keeps its first member; an item closed by
"Giao X chủ trì, phối hợp với Y …" gives X the lead and Y the support; the
Party's "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị" is one addressee set."""

import pytest

from khtool import parse_text

LETTER_HEAD = (
    "TỈNH ỦY QUẢNG NGÃI                               ĐẢNG CỘNG SẢN VIỆT NAM\n*\n"
    "Số 812-CV/TU                                  Quảng Ngãi, ngày 12 tháng 3 năm 2026\n"
    "V/v báo cáo tình hình thực hiện Chỉ thị số 15-CT/TU\n\n"
    "Kính gửi:\n- Ban Tổ chức Tỉnh ủy,\n- Ủy ban Kiểm tra Tỉnh ủy,\n- Đảng ủy Ủy ban nhân dân tỉnh.\n\n"
)
LETTER_SIGNATURE = (
    "\nNơi nhận:                                      T/L BAN THƯỜNG VỤ\n"
    "- Như trên,                                    CHÁNH VĂN PHÒNG\n- Lưu Văn phòng Tỉnh ủy.\n\n"
    "                                               Lê Văn Hải\n"
)
ADDRESSEES = {"Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh"}


def _owners(doc) -> dict[str, tuple[str, set[str]]]:
    """Each body (its canonical name where it has one) with its role and deadlines."""
    return {
        (a.canonical if a.agency.startswith(("các ", "Quý ")) else None) or a.agency: (a.role, {d.text for d in a.deadlines})
        for a in doc.assignments
    }


@pytest.mark.parametrize(
    "asked",
    [
        "các cơ quan nêu trên",  # pointing back to the "Kính gửi" list
        "Quý cơ quan",  # the addressees by "Quý", the letter to several
    ],
)
def test_a_letters_request_to_its_addressees_is_each_ones_with_the_reports_deadline(asked: str) -> None:
    body = (
        "Để chuẩn bị nội dung hội nghị Ban Thường vụ Tỉnh ủy tháng 4/2026, thừa lệnh Ban Thường vụ Tỉnh ủy, "
        f"Văn phòng Tỉnh ủy đề nghị {asked} báo cáo tình hình thực hiện Chỉ thị số 15-CT/TU, "
        "ngày 02/6/2025 của Ban Thường vụ Tỉnh ủy.\n\n"
        "Báo cáo gửi về Văn phòng Tỉnh ủy trước ngày 25/3/2026.\n"
    )
    doc = parse_text(LETTER_HEAD + body + LETTER_SIGNATURE, path="x.txt")
    owners = _owners(doc)
    for name in ADDRESSEES:
        assert owners[name] == ("requested", {"trước ngày 25/3/2026"}), name
    [deadline] = doc.deadlines
    assert set(deadline.agency.split(", ")) == ADDRESSEES


def test_an_addressee_directing_a_body_in_the_letters_body_gives_each_its_part() -> None:
    body = (
        "Văn phòng Tỉnh ủy đề nghị các cơ quan nêu trên báo cáo tình hình thực hiện Chỉ thị số 15-CT/TU.\n\n"
        "Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ tổng hợp số liệu về biên chế của các cơ quan, đơn vị.\n\n"
        "Báo cáo gửi về Văn phòng Tỉnh ủy trước ngày 25/3/2026.\n"
    )
    doc = parse_text(LETTER_HEAD + body + LETTER_SIGNATURE, path="x.txt")
    tasks = {a.agency: [t.text for t in a.tasks] for a in doc.assignments}
    assert tasks["Sở Nội vụ"] == ["Sở Nội vụ tổng hợp số liệu về biên chế của các cơ quan, đơn vị."]
    assert any(t.startswith("Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo Sở Nội vụ") for t in tasks["Đảng ủy Ủy ban nhân dân tỉnh"])


PLAN_HEAD = (
    "ĐẢNG BỘ TỈNH QUẢNG NGÃI                           ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ BÌNH SƠN\n*\n"
    "Số 21-KH/ĐU                                  Bình Sơn, ngày 10 tháng 10 năm 2025\nKẾ HOẠCH\n"
    "thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi số\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức của cán bộ, đảng viên về chuyển đổi số.\n\n"
)
PLAN_SIGNATURE = (
    "\nNơi nhận:                                       T/M ĐẢNG ỦY\n"
    "- Ban Thường vụ Tỉnh ủy (b/c),                  BÍ THƯ\n- Lưu Văn phòng Đảng ủy.\n"
    "                                                Trần Văn Nam\n"
)


def _plan(body: str):
    return parse_text(PLAN_HEAD + body + PLAN_SIGNATURE, path="x.txt")


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # two bodies asked in an item of tasks, not under "Tổ chức thực hiện"
        (
            "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã tuyên truyền, "
            "vận động nhân dân sử dụng dịch vụ công trực tuyến.\n",
            {
                ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "requested"),
                ("các đoàn thể chính trị - xã hội xã", "requested"),
            },
        ),
        # an item closed by the line giving it: its lead and support
        (
            "2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức xã; hoàn thành trong quý I/2026.\n"
            "Giao Ủy ban nhân dân xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã thực hiện.\n",
            {
                ("Ủy ban nhân dân xã", "lead"),
                ("Trung tâm Phục vụ hành chính công xã", "support"),
            },
        ),
    ],
)
def test_items_of_tasks_in_a_party_plan(item: str, expected: set[tuple[str, str]]) -> None:
    body = (
        "II. NHIỆM VỤ CỤ THỂ\n1. Văn phòng Đảng ủy xã tham mưu tổ chức quán triệt Chỉ thị trong tháng 11/2025.\n"
        + item
        + "3. Các chi bộ trực thuộc đưa nội dung chuyển đổi số vào sinh hoạt chi bộ.\n"
    )
    got = {(a.agency, a.role) for a in _plan(body).assignments}
    assert expected <= got


def test_an_item_closed_by_a_giving_line_gives_its_date_to_the_lead() -> None:
    body = (
        "II. NHIỆM VỤ CỤ THỂ\n1. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức xã; hoàn thành trong quý I/2026.\n"
        "Giao Ủy ban nhân dân xã chủ trì, phối hợp với Trung tâm Phục vụ hành chính công xã thực hiện.\n"
        "2. Các chi bộ trực thuộc đưa nội dung chuyển đổi số vào sinh hoạt chi bộ.\n"
    )
    doc = _plan(body)
    assert [(d.text, d.agency) for d in doc.deadlines] == [("trong quý I/2026", "Ủy ban nhân dân xã")]


@pytest.mark.parametrize(
    ("paragraph", "owner"),
    [
        # bodies listed after a fronted time: the first one too
        (
            "- Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
            "- Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/11), Ủy ban nhân dân xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã "
            "và các chi bộ trực thuộc báo cáo kết quả về Ban Thường vụ Đảng ủy xã.\n",
            "Ủy ban nhân dân xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các chi bộ trực thuộc",
        ),
        # a paragraph after the last item, its own subject: not the item's body's;
        # the Party's set of bodies one subject
        (
            "1. Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
            "Hằng năm (trước ngày 10/6), các cấp ủy, tổ chức đảng, cơ quan, đơn vị báo cáo kết quả thực hiện "
            "về Ban Thường vụ Đảng ủy xã.\n",
            "các cấp ủy, tổ chức đảng, cơ quan, đơn vị",
        ),
    ],
)
def test_a_reports_deadline_is_its_own_subjects(paragraph: str, owner: str) -> None:
    body = "II. TỔ CHỨC THỰC HIỆN\n" + paragraph
    doc = _plan(body)
    assert [(d.text, d.agency) for d in doc.deadlines if d.text == "trước ngày 10/6"] == [("trước ngày 10/6", owner)]
    office = next(a for a in doc.assignments if a.agency == "Văn phòng Đảng ủy xã")
    assert [t.text[:20] for t in office.tasks] == ["Văn phòng Đảng ủy xã"]


def test_the_partys_set_of_bodies_is_one_assignee() -> None:
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức quán triệt, "
        "triển khai thực hiện nghiêm Kế hoạch này.\n2. Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện.\n"
    )
    assert next(a.agency for a in _plan(body).assignments) == "Các cấp ủy, tổ chức đảng, cơ quan, đơn vị"


TABLE = (
    "II. NHIỆM VỤ CỤ THỂ\n"
    "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "| 1 | Tổ chức học tập, quán triệt Chỉ thị | Văn phòng Đảng ủy xã | Trung tâm Chính trị xã | Tháng 11/2025 |\n"
    "| 2 | Vận động nhân dân sử dụng dịch vụ công trực tuyến | Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã "
    "| Các đoàn thể chính trị - xã hội xã | Hằng năm |\n"
)


def test_a_request_in_a_tables_lead_cell_is_a_request() -> None:
    roles = {(a.agency, a.role) for a in _plan(TABLE).assignments}
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "requested") in roles
    assert ("Văn phòng Đảng ủy xã", "lead") in roles


def test_the_review_of_the_plan_takes_no_subject_carried_over() -> None:
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
        "Hằng năm (trước ngày 10/6), các chi bộ trực thuộc báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy xã. "
        "Năm 2027 tổ chức sơ kết, năm 2030 tổng kết việc thực hiện Kế hoạch.\n"
    )
    owners = {d.text: d.agency for d in _plan(body).deadlines}
    assert owners == {"trước ngày 10/6": "các chi bộ trực thuộc", "Năm 2027 tổ chức sơ kết": None, "năm 2030 tổng kết": None}
