"""Who is assigned what in Party texts (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text

COMMUNE_HEAD = (
    "ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\nSố 07-KH/ĐU\n"
    "Gia Viễn, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\nthực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy\n"
    "về cải cách hành chính\n"
)


def _who(doc) -> dict[str, str]:
    return {a.agency: a.role for a in doc.assignments}


# a committee leading (directing) a body in its own text gives the body the
# task and its deadline; the committee is no assignee of its own text
LEADS = [
    (
        "lãnh đạo, chỉ đạo",
        "1. Đảng ủy xã lãnh đạo, chỉ đạo Ủy ban nhân dân xã xây dựng kế hoạch cải cách hành chính, "
        "hoàn thành trước ngày 28-02-2026.\n",
        "Ủy ban nhân dân xã",
    ),
    (
        "lãnh đạo, bare kind",
        "1. Đảng ủy lãnh đạo Ủy ban nhân dân xã rà soát thủ tục hành chính trước ngày 15/3/2026.\n",
        "Ủy ban nhân dân xã",
    ),
    (
        "Ban Thường vụ chỉ đạo",
        "1. Ban Thường vụ Đảng ủy xã chỉ đạo Công an xã tổ chức làm sạch dữ liệu dân cư trước ngày 30/4/2026.\n",
        "Công an xã",
    ),
]


@pytest.mark.parametrize(("body", "assignee"), [c[1:] for c in LEADS], ids=[c[0] for c in LEADS])
def test_the_body_an_issuing_committee_leads_is_the_assignee(body: str, assignee: str) -> None:
    doc = parse_text(COMMUNE_HEAD + "III. TỔ CHỨC THỰC HIỆN\n" + body + "2. Văn phòng Đảng ủy xã theo dõi, đôn đốc.\n")
    who = _who(doc)
    assert assignee in who and who[assignee] == "responsible"
    assert not [a for a in who if a.startswith(("Đảng ủy", "Ban Thường vụ"))]
    (deadline,) = [d for d in doc.deadlines if d.day]
    assert deadline.agency == assignee


def test_a_committee_named_in_full_leading_a_body_stays_the_assignee() -> None:
    # another committee (the Party committee of the provincial government) is
    # given the task of leading it
    head = COMMUNE_HEAD.replace("ĐẢNG ỦY XÃ GIA VIỄN", "TỈNH ỦY NINH BÌNH").replace("07-KH/ĐU", "07-KH/TU")
    doc = parse_text(
        head + "III. TỔ CHỨC THỰC HIỆN\n1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh "
        "xây dựng kế hoạch thực hiện, hoàn thành trước ngày 28-02-2026.\n"
    )
    assert "Đảng ủy Ủy ban nhân dân tỉnh" in _who(doc)


PROVINCE_NOTICE_HEAD = (
    "ĐẢNG BỘ TỈNH NINH BÌNH\nTỈNH ỦY\n*\nSố 88-TB/TU\nNinh Bình, ngày 20 tháng 4 năm 2026\n"
    "THÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy về cải cách hành chính quý I năm 2026\n"
)


@pytest.mark.parametrize(
    "finding",
    [
        "1. Ban Thường vụ Tỉnh ủy ghi nhận: các đảng ủy xã, phường đã ban hành kế hoạch thực hiện; "
        "Ủy ban nhân dân tỉnh đã rà soát thủ tục hành chính.\n",
        "1. Thường trực Tỉnh ủy đánh giá cao Ban Tổ chức Tỉnh ủy đã chủ động tham mưu triển khai.\n",
        "1. Ban Thường vụ Tỉnh ủy kết luận: kết quả cải cách hành chính quý I còn chậm.\n",
    ],
    ids=["ghi nhận", "đánh giá cao", "kết luận"],
)
def test_the_issuers_own_finding_in_a_notice_is_no_assignment(finding: str) -> None:
    doc = parse_text(
        PROVINCE_NOTICE_HEAD + finding + "2. Thời gian tới, yêu cầu:\n"
        "a) Ban Tổ chức Tỉnh ủy chủ trì cập nhật dữ liệu đảng viên trước ngày 30-6-2026.\n"
    )
    who = _who(doc)
    assert "Ban Thường vụ Tỉnh ủy" not in who and "Thường trực Tỉnh ủy" not in who
    assert who.get("Ban Tổ chức Tỉnh ủy") == "lead"


# the committee's finding that goes on to give a body a task ("kết luận, giao
# X", "ghi nhận …; đồng thời yêu cầu X", "yêu cầu X") makes X the assignee
GIVEN_AFTER_A_FINDING = [
    (
        "kết luận, giao",
        "1. Ban Thường vụ Tỉnh ủy kết luận, giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo "
        "Sở Nội vụ xây dựng kế hoạch cải cách hành chính năm 2026, hoàn thành trước ngày 30/4/2026.\n",
        "Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "responsible",
    ),
    (
        "ghi nhận; đồng thời yêu cầu",
        "1. Ban Thường vụ Tỉnh ủy ghi nhận kết quả cải cách hành chính quý I của các cơ quan; đồng thời "
        "yêu cầu Sở Nội vụ rà soát thủ tục hành chính, báo cáo trước ngày 30/6/2026.\n",
        "Sở Nội vụ",
        "responsible",
    ),
    (
        "kết luận, giao các",
        "1. Ban Thường vụ Tỉnh ủy kết luận, giao các đảng ủy xã, phường rà soát đảng viên, "
        "báo cáo trước ngày 15/6/2026.\n",
        "các đảng ủy xã, phường",
        "responsible",
    ),
    (
        "ghi nhận, đồng thời đề nghị",
        "1. Thường trực Tỉnh ủy ghi nhận kết quả đạt được, đồng thời đề nghị Ủy ban Mặt trận Tổ quốc "
        "Việt Nam tỉnh tăng cường giám sát, báo cáo trước ngày 15/6/2026.\n",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "requested",
    ),
    (
        "yêu cầu",
        "1. Ban Thường vụ Tỉnh ủy yêu cầu Ban Tuyên giáo và Dân vận Tỉnh ủy tăng cường tuyên truyền, "
        "báo cáo trước ngày 15/6/2026.\n",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "responsible",
    ),    # the conclusion ends at a colon, the giving verb opening the text after it
    (
        "kết luận: giao các",
        "1. Ban Thường vụ Tỉnh ủy kết luận: giao các đảng ủy xã, phường rà soát, bổ sung kế hoạch chuyển đổi số, "
        "báo cáo trước ngày 15/6/2026.\n",
        "các đảng ủy xã, phường",
        "responsible",
    ),
    (
        "kết luận: giao",
        "1. Ban Thường vụ Tỉnh ủy kết luận: giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Sở Nội vụ "
        "hoàn thiện đề án sắp xếp đơn vị sự nghiệp, trình trước ngày 30/5/2026.\n",
        "Ban cán sự đảng Ủy ban nhân dân tỉnh",
        "responsible",
    ),
    (
        "thống nhất: yêu cầu",
        "1. Thường trực Tỉnh ủy thống nhất: yêu cầu Ban Tổ chức Tỉnh ủy hoàn thành cập nhật dữ liệu đảng viên "
        "trước ngày 30/6/2026.\n",
        "Ban Tổ chức Tỉnh ủy",
        "responsible",
    ),
]


@pytest.mark.parametrize(("item", "assignee", "role"), [c[1:] for c in GIVEN_AFTER_A_FINDING], ids=[c[0] for c in GIVEN_AFTER_A_FINDING])
def test_a_committees_finding_that_gives_a_body_a_task_assigns_that_body(item: str, assignee: str, role: str) -> None:
    doc = parse_text(PROVINCE_NOTICE_HEAD + item)
    who = _who(doc)
    assert who == {assignee: role}
    (deadline,) = [d for d in doc.deadlines if d.day]
    assert deadline.agency == assignee


def test_a_finding_on_the_leadership_of_a_body_gives_it_no_task() -> None:
    # "sự lãnh đạo, chỉ đạo của …" is the noun, not the committee directing
    doc = parse_text(
        PROVINCE_NOTICE_HEAD + "1. Ban Thường vụ Tỉnh ủy đánh giá cao sự lãnh đạo, chỉ đạo của Đảng ủy "
        "Ủy ban nhân dân tỉnh trong cải cách hành chính; các nhiệm vụ được giao đã hoàn thành.\n"
    )
    assert _who(doc) == {}


# a body's level is the unit its name states, not the naming document's
LEVELS = [
    ("commune committee named", "Đảng ủy xã Gia Viễn", "ward"),
    ("centre's Party bodies", "Các ban đảng, đảng ủy trực thuộc Trung ương", "party"),
    # a special zone is a commune-level unit (since 1 July 2025)
    ("communes and special zones", "Đảng ủy xã, phường, đặc khu", "ward"),
]


@pytest.mark.parametrize(("name", "level"), [c[1:] for c in LEVELS], ids=[c[0] for c in LEVELS])
def test_a_party_bodys_level_is_the_unit_its_name_states(name: str, level: str) -> None:
    doc = parse_text(
        PROVINCE_NOTICE_HEAD + "1. Thời gian tới, yêu cầu:\n"
        f"a) {name} rà soát, bổ sung kế hoạch, gửi Văn phòng Tỉnh ủy trước ngày 15-5-2026.\n"
        "b) Ban Tổ chức Tỉnh ủy chủ trì cập nhật dữ liệu đảng viên.\n"
    )
    levels = {a.agency: a.level for a in doc.assignments}
    assert levels.get(name) == level
    assert levels.get("Ban Tổ chức Tỉnh ủy") == "province"


GUIDANCE = (
    "TỈNH ỦY NINH BÌNH\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 15-HD/BTGDVTU\nNinh Bình, ngày 05 tháng 3 năm 2026\n"
    "HƯỚNG DẪN\ntuyên truyền kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên\n-----\n\n"
    "1. Nội dung tuyên truyền\n- Ý nghĩa lịch sử của cuộc Tổng tuyển cử đầu tiên.\n"
    "- Thành tựu xây dựng Nhà nước pháp quyền.\n\n"
    "2. Tổ chức thực hiện\n"
    "- Các đảng ủy xã, phường chỉ đạo tuyên truyền đến chi bộ, thôn, tổ dân phố; báo cáo kết quả về "
    "Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 15-4-2026.\n"
    "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lồng ghép tuyên truyền trong sinh hoạt đoàn viên, hội viên.\n"
    "- Sở Văn hóa, Thể thao và Du lịch chỉ đạo hệ thống thông tin cơ sở phối hợp thực hiện.\n"
    "- Các huyện ủy, thành ủy báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 20-4-2026.\n\n"
    "Nơi nhận:\n- Các đảng ủy trực thuộc Tỉnh ủy,\n- Lưu Văn phòng.\n"
)


def test_a_guidances_implementation_bullets_assign_the_bodies_they_open_with() -> None:
    doc = parse_text(GUIDANCE)
    who = _who(doc)
    assert who.get("Các đảng ủy xã, phường") == "responsible"
    assert who.get("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") == "requested"
    assert who.get("Sở Văn hóa, Thể thao và Du lịch") == "responsible"
    assert who.get("Các huyện ủy, thành ủy") == "responsible"
    dated = {a.agency: [d.day for d in a.deadlines] for a in doc.assignments}
    assert dated["Các đảng ủy xã, phường"] == [15] and dated["Các huyện ủy, thành ủy"] == [20]
    # the topics of the guidance are no bodies
    assert not [a for a in who if a.startswith(("Ý nghĩa", "Thành tựu"))]


@pytest.mark.parametrize(
    ("listed", "named", "others", "level"),
    [
        ("Đảng ủy xã Gia Viễn và các đảng ủy", "Đảng ủy xã Gia Viễn", "các đảng ủy", "ward"),
        ("Đảng ủy phường Nam Hoa Lư, các đảng ủy", "Đảng ủy phường Nam Hoa Lư", "các đảng ủy", "ward"),
    ],
    ids=["và", "comma"],
)
def test_bodies_of_a_kind_listed_with_a_named_one_are_of_its_level(listed: str, named: str, others: str, level: str) -> None:
    # "các đảng ủy" after a commune's committee are the other communes', not the province's
    doc = parse_text(
        PROVINCE_NOTICE_HEAD + "1. Thời gian tới, yêu cầu:\n"
        f"a) {listed} chưa bám sát Chương trình hành động rà soát, bổ sung kế hoạch, gửi Văn phòng Tỉnh ủy "
        "trước ngày 15-5-2026.\n"
        "b) Ban Tổ chức Tỉnh ủy chủ trì cập nhật dữ liệu đảng viên.\n"
    )
    levels = {a.agency: a.level for a in doc.assignments}
    assert levels.get(named) == level and levels.get(others) == level
    assert levels.get("Ban Tổ chức Tỉnh ủy") == "province"


@pytest.mark.parametrize(("year", "level"), [("2024", "province"), ("2026", "ward")])
def test_bodies_of_a_kind_not_listed_with_a_named_one_keep_the_documents_level(year: str, level: str) -> None:
    # (not by the named one's level: before 1 July 2025 the committees under
    # the Tỉnh ủy are the province's class as named; since, the wards' by the
    # reform, data/party_committees.json directly_under_province)
    doc = parse_text(
        PROVINCE_NOTICE_HEAD.replace("năm 2026", f"năm {year}") + "1. Thời gian tới, yêu cầu:\n"
        f"a) Đảng ủy xã Gia Viễn rà soát, bổ sung kế hoạch trước ngày 15-5-{year}.\n"
        "b) Các đảng ủy trực thuộc Tỉnh ủy quán triệt Chương trình hành động đến chi bộ.\n"
    )
    levels = {a.agency: a.level for a in doc.assignments}
    assert levels.get("Đảng ủy xã Gia Viễn") == "ward"
    assert levels.get("Các đảng ủy trực thuộc Tỉnh ủy") == level


# a guidance's items are its tasks, in any part: a bullet or a paragraph
# opening with a body and its verb, or asking one, assigns that body
CENTRE_GUIDANCE = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 41-HD/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 12 tháng 01 năm 2026\n"
    "HƯỚNG DẪN\nhọc tập, quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị\n-----\n\n"
    "Thực hiện Nghị quyết số 66-NQ/TW, ngày 30-12-2025 của Bộ Chính trị, Ban Bí thư hướng dẫn như sau:\n\n"
    "1. Về tổ chức học tập\n"
    "- Các cấp ủy, tổ chức đảng tổ chức học tập Nghị quyết bằng hình thức trực tiếp kết hợp trực tuyến.\n"
    "- Hội nghị cấp tỉnh hoàn thành trước ngày 28-02-2026.\n\n"
    "2. Về cụ thể hóa Nghị quyết\n"
    "- Đảng ủy xã, phường, đặc khu ban hành kế hoạch thực hiện, hoàn thành trước ngày 31-3-2026.\n"
    "- Ủy ban nhân dân các cấp xây dựng kế hoạch triển khai theo sự lãnh đạo của cấp ủy cùng cấp.\n"
    "- Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn các tổ chức thành viên học tập Nghị quyết.\n\n"
    "3. Về thông tin, tuyên truyền\n"
    "Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy chủ trì định hướng tuyên truyền Nghị quyết trên báo chí.\n\n"
    "4. Tổ chức thực hiện\n"
    "- Ban Tuyên giáo và Dân vận Trung ương chủ trì theo dõi, đôn đốc việc thực hiện Hướng dẫn này.\n\n"
    "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n"
)


def test_a_guidances_items_outside_its_implementation_part_are_its_tasks() -> None:
    doc = parse_text(CENTRE_GUIDANCE)
    who = _who(doc)
    assert who.get("Các cấp ủy, tổ chức đảng") == "responsible"  # (the Party's set, named whole)
    assert who.get("Đảng ủy xã, phường, đặc khu") == "responsible"
    assert who.get("Ủy ban nhân dân các cấp") == "responsible"
    assert who.get("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") == "requested"
    assert who.get("Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy") == "lead"
    assert who.get("Ban Tuyên giáo và Dân vận Trung ương") == "lead"
    # a line opening with no body ("Hội nghị cấp tỉnh hoàn thành …") is no one's item
    assert not [a for a in who if a.startswith("Hội nghị")]
    (deadline,) = [d for d in doc.deadlines if d.month == 3]
    assert deadline.agency == "Đảng ủy xã, phường, đặc khu"


def test_a_plans_purpose_bullets_are_no_tasks() -> None:
    # the same kind of line in a plan's purpose part states what it aims at:
    # only its implementation part's bullets assign
    doc = parse_text(
        COMMUNE_HEAD + "I. MỤC ĐÍCH, YÊU CẦU\n"
        "- Các cấp ủy, tổ chức đảng nâng cao nhận thức về cải cách hành chính.\n"
        "- Cán bộ, đảng viên gương mẫu thực hiện.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "- Ủy ban nhân dân xã xây dựng kế hoạch cải cách hành chính, hoàn thành trước ngày 28-02-2026.\n"
    )
    who = _who(doc)
    assert who.get("Ủy ban nhân dân xã") == "responsible"
    assert "Các cấp ủy" not in who
