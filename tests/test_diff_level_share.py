"""`khtool diff` between levels: a lower plan doing a higher plan's task at its
own level covers it, whatever words of level or place each uses ("cấp xã",
"các cấp", "phường"), and however its items are headed."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.diff import normalise


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a level named as such is the lower plan's own unit
        ("văn bản do HĐND, UBND cấp xã ban hành", "văn bản do Hội đồng nhân dân, Ủy ban nhân dân phường ban hành"),
        ("bồi dưỡng công chức tư pháp các cấp", "bồi dưỡng công chức tư pháp phường"),
        ("kiện toàn tổ hòa giải ở cấp cơ sở", "kiện toàn tổ hòa giải ở xã"),
        # a list of hamlets is one, as a list of units is
        ("phổ biến pháp luật tại thôn, tổ dân phố", "phổ biến pháp luật tại các tổ dân phố"),
    ],
)
def test_level_and_place_words_are_one(a, b):
    assert " ".join(normalise(a).split()) == " ".join(normalise(b).split())


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        # words that only look like a body's or a hamlet's stay as written
        ("ban hành văn bản", "ban hành văn bản"),
        ("Ban Chỉ đạo", "agencyword chỉ đạo"),
        ("các thôn, bản", "hamlet"),
    ],
)
def test_words_like_level_words_are_left(text, normalised):
    assert " ".join(normalise(text).split()) == normalised


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        # the units' proper names are no part of what is done: the kind words stay
        (
            "văn bản do HĐND, UBND phường Vĩnh Yên và các phường Liên Bảo, Đống Đa, Hội Hợp (cũ) ban hành",
            "văn bản do hdnd , ubnd unitword và unitword ban hành",
        ),
        ("rà soát văn bản của các xã 1, 2 và 3 (cũ)", "rà soát văn bản của unitword"),
        # a body named after a unit's name, or a role run on after a body, stays
        ("UBND xã Tân Hồng và Sở Y tế phối hợp", "ubnd unitword và agencyword y tế phối hợp"),
        ("UBND xã Chủ trì", "ubnd unitword chủ trì"),
    ],
)
def test_the_names_of_the_units_a_task_lists_are_left_out(text, normalised):
    assert " ".join(normalise(text).split()) == normalised


def test_a_wards_task_listing_the_old_wards_is_its_share_of_the_provinces():
    """A ward's review of the documents of its own and the old wards', all
    named ("phường Cam Đường và các phường Bình Minh, Pom Hán, Xuân Tăng
    (cũ)"), is its share of the province's item on the communes' documents:
    the names weigh nothing in the likeness."""
    province = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 62/KH-UBND\nLào Cai, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Rà soát văn bản năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường:\n"
        "a) Rà soát các văn bản do Hội đồng nhân dân, Ủy ban nhân dân cấp xã ban hành; chỉ đạo công chức "
        "Tư pháp - Hộ tịch tổ chức phổ biến pháp luật tại thôn, tổ dân phố.\n"
        "b) Báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026.\n"
    )
    ward = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG CAM ĐƯỜNG\nSố: 25/KH-UBND\nCam Đường, ngày 25 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Rà soát văn bản năm 2026\nThực hiện Kế hoạch số 62/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Lào Cai;\n"
        "I. NHIỆM VỤ\n1. Rà soát toàn bộ văn bản do HĐND, UBND phường Cam Đường và các phường Bình Minh, Pom Hán, "
        "Xuân Tăng, Nam Cường, Kim Tân (cũ) ban hành; hoàn thành trước ngày 30/10/2026.\n"
        "2. Tổ chức Ngày Pháp luật Việt Nam tại nhà văn hóa các tổ dân phố.\n"
    )
    d = diff_plans(parse_text(province, path="a.txt"), parse_text(ward, path="b.txt"))
    (m,) = [m for m in d.tasks.b_to_a if m.text.startswith("Rà soát toàn bộ")]
    assert m.covered and m.best is not None and m.best.startswith("Rà soát các văn bản do")


_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 58/KH-UBND\nLào Cai, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Nâng cao chất lượng công tác xây dựng, kiểm tra văn bản năm 2026\nI. NHIỆM VỤ\n"
    "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n"
    "| 1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh; kiến nghị bãi bỏ văn bản hết hiệu lực "
    "| Sở Tư pháp | Các sở, ban, ngành; UBND các xã, phường | Trước ngày 30/11/2026 |\n"
    "| 2 | {row2} | Sở Nội vụ | Sở Tư pháp; UBND các xã, phường | Năm 2026 |\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường:\n"
    "a) Xây dựng, ban hành kế hoạch thực hiện trước ngày 31/3/2026.\n"
    "b) Rà soát các văn bản do Hội đồng nhân dân, Ủy ban nhân dân cấp xã ban hành; chỉ đạo công chức "
    "Tư pháp - Hộ tịch tổ chức phổ biến pháp luật tại thôn, tổ dân phố.\n"
    "c) Báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026.\n"
)
_WARD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG CAM ĐƯỜNG\nSố: 21/KH-UBND\nCam Đường, ngày 25 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Nâng cao chất lượng công tác xây dựng, kiểm tra văn bản năm 2026\n"
    "Thực hiện Kế hoạch số 58/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân tỉnh Lào Cai;\n"
    "I. NHIỆM VỤ\n"
    "1. Rà soát văn bản do Hội đồng nhân dân, Ủy ban nhân dân phường ban hành\n"
    "Rà soát các văn bản của phường và của xã Cốc San (cũ) còn hiệu lực; đề xuất xử lý văn bản không còn "
    "phù hợp. Hoàn thành trước ngày 31/10/2026.\n"
    "2. Phổ biến pháp luật tại cơ sở\n"
    "Tổ chức phổ biến các văn bản pháp luật mới đến các tổ dân phố hằng quý.\n"
    "3. {item3}\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường: chủ trì nhiệm vụ 1, 3; phân công công chức "
    "Tư pháp - Hộ tịch tham mưu; báo cáo kết quả về Sở Tư pháp trước ngày 05/11/2026.\n"
    "2. Phòng Văn hóa - Xã hội: chủ trì nhiệm vụ 2.\n"
)
_TRAINING = "Tham mưu kiện toàn biên chế công chức làm công tác tư pháp cấp xã; bồi dưỡng kỹ năng soạn thảo văn bản"


@pytest.mark.parametrize(
    ("row2", "item3", "lines"),
    [
        # the ward's own review (headed item) is its share of both the
        # province's review it works on and the communes' item b); its staff
        # training is its share of the training the Sở leads
        (
            _TRAINING,
            "Cử công chức Tư pháp - Hộ tịch tham gia lớp bồi dưỡng kỹ năng soạn thảo văn bản trong năm 2026.",
            {"Rà soát, hệ thống hóa": True, "Tham mưu kiện toàn": True, "Rà soát các văn bản do": True},
        ),
        # a row the ward works on and does nothing of is not covered
        (
            _TRAINING,
            "Tổ chức Ngày Pháp luật Việt Nam tại nhà văn hóa các tổ dân phố.",
            {"Rà soát, hệ thống hóa": True, "Tham mưu kiện toàn": False, "Rà soát các văn bản do": True},
        ),
        (
            "Xây dựng cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh",
            "Tổ chức Ngày Pháp luật Việt Nam tại nhà văn hóa các tổ dân phố.",
            {"Rà soát, hệ thống hóa": True, "Xây dựng cơ sở dữ liệu": False, "Rà soát các văn bản do": True},
        ),
    ],
)
def test_a_lower_plan_doing_a_task_at_its_own_level_covers_it(row2, item3, lines):
    d = diff_plans(
        parse_text(_PROVINCE.format(row2=row2), path="a.txt"), parse_text(_WARD.format(item3=item3), path="b.txt")
    )
    got = {k: m.covered for m in d.tasks.a_to_b for k in lines if m.text.startswith(k)}
    assert got == lines


_PROVINCE_DATES = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 60/KH-UBND\nLào Cai, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Rà soát văn bản sau sắp xếp đơn vị hành chính\nI. NHIỆM VỤ\n"
    "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Sản phẩm |\n"
    "| 1 | Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh và các huyện (cũ); kiến nghị bãi bỏ văn bản "
    "hết hiệu lực | Sở Tư pháp | UBND các xã, phường | Trước ngày 31/12/2026 | Báo cáo, danh mục văn bản |\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân các xã, phường:\n"
    "a) Xây dựng, ban hành kế hoạch rà soát văn bản trước ngày {plan_due}.\n"
    "b) Báo cáo kết quả rà soát về Sở Tư pháp trước ngày 20/11/2026.\n"
)
_WARD_DATES = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG CAM ĐƯỜNG\nSố: 24/KH-UBND\nCam Đường, ngày 30 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Rà soát văn bản sau sắp xếp đơn vị hành chính\n"
    "Thực hiện Kế hoạch số 60/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Lào Cai;\n"
    "I. NHIỆM VỤ\n"
    "1. Rà soát văn bản do Hội đồng nhân dân, Ủy ban nhân dân phường ban hành\n"
    "Rà soát các văn bản của phường và của xã Cốc San (cũ) còn hiệu lực; đề xuất bãi bỏ văn bản hết hiệu lực. "
    "Hoàn thành trước ngày 15/11/2026.\n"
    "2. Báo cáo\nVăn phòng Hội đồng nhân dân và Ủy ban nhân dân phường tổng hợp kết quả, báo cáo Sở Tư pháp "
    "trước ngày 10/11/2026.\n"
)


@pytest.mark.parametrize(
    ("plan_due", "rows"),
    [
        # B's review date is the one of the review its task does (not the
        # report nearer in date), B's report date the report's; the row's
        # product "Báo cáo" makes the review's date no report's
        (
            "31/3/2026",
            [("31/12/2026", None, "15/11/2026"), ("31/3/2026", None, None), ("20/11/2026", "báo cáo", "10/11/2026")],
        ),
        # nor is B's review date A's date for B's plan, however near
        (
            "15/11/2026",
            [("31/12/2026", None, "15/11/2026"), ("15/11/2026", None, None), ("20/11/2026", "báo cáo", "10/11/2026")],
        ),
    ],
)
def test_deadlines_are_paired_by_the_task_they_belong_to_and_their_kind(plan_due, rows):
    d = diff_plans(
        parse_text(_PROVINCE_DATES.format(plan_due=plan_due), path="a.txt"), parse_text(_WARD_DATES, path="b.txt")
    )

    def date(x):
        return f"{x['day']}/{x['month']}/{x['year']}" if x else None

    got = [(date(r["a"]), r["a"]["due"], date(r["b"])) for r in d.deadlines if r["a"]]
    assert got == rows


_PLAN_REPORTS = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 512/KH-UBND\nĐắk Lắk, ngày 02 tháng 10 năm 2025\nKẾ HOẠCH\n"
    "Thực hiện công tác phổ biến, giáo dục pháp luật năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp\n"
    "- Hướng dẫn Ủy ban nhân dân các xã, phường tổ chức phổ biến pháp luật.\n"
    "- Theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh, Bộ Tư pháp trước ngày 10/11 hằng năm.\n"
    "2. Ủy ban nhân dân các xã, phường\n- Tổ chức phổ biến pháp luật đến thôn, buôn, tổ dân phố.\n"
    "- Báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 30/10 hằng năm.\n"
)
_LETTER = (
    "UBND TỈNH ĐẮK LẮK\nSỞ TƯ PHÁP\nSố: 1204/STP-PBGDPL\nĐắk Lắk, ngày 20 tháng 11 năm 2025\n"
    "V/v đôn đốc báo cáo kết quả phổ biến pháp luật\nKính gửi: Ủy ban nhân dân các xã, phường.\n"
    "Thực hiện Kế hoạch số 512/KH-UBND ngày 02/10/2025 của Ủy ban nhân dân tỉnh, Sở Tư pháp đề nghị:\n"
    "1. Báo cáo gửi về Sở Tư pháp (qua Phòng Phổ biến, giáo dục pháp luật) trước ngày 05/12/2025.\n"
)


def test_a_report_goes_to_the_body_it_names_not_to_one_its_list_resembles():
    d = diff_plans(parse_text(_PLAN_REPORTS, path="a.txt"), parse_text(_LETTER, path="b.txt"))
    got = {(r["a"]["day"], r["a"]["month"]): r["b"] and (r["b"]["day"], r["b"]["month"]) for r in d.deadlines if r["a"]}
    assert got == {(10, 11): None, (30, 10): (5, 12)}
