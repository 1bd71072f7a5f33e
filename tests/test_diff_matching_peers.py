"""Task matching in `diff` between plans of one level and between levels:
merged items, report duties, parts by role, pointers to items, funding,
requests to one body, near-synonyms (audits MX #4-#8, #11, #15, #18, #19,
MY E7, E8). Texts written for these tests."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.diff import similarity, task_items


def _commune(name: str, number: str, day: str, body: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nXÃ {name.upper()}\nSố: {number}/KH-UBND\n{name}, ngày {day} tháng 3 năm 2026\n"
        "KẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2026\n" + body
    )


_A = _commune(
    "Hòa Bình",
    "12",
    "10",
    "I. CHỈ TIÊU\n1. Giảm 10% số ca mắc sốt xuất huyết so với năm 2025.\n"
    "II. NHIỆM VỤ\n"
    "1. Ra quân tổng vệ sinh môi trường, thu gom vật dụng phế thải chứa nước tại các hộ gia đình.\n"
    "2. Hướng dẫn người dân nhận biết dấu hiệu bệnh nặng để đưa đi khám kịp thời.\n"
    "3. Giám sát ổ dịch, xử lý triệt để ổ dịch mới phát sinh trong vòng 48 giờ.\n"
    "4. Báo cáo kết quả thực hiện hằng quý về Trung tâm Kiểm soát bệnh tật tỉnh.\n"
    "III. KINH PHÍ\nKinh phí thực hiện từ ngân sách nhà nước theo phân cấp.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Trạm Y tế xã là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.\n"
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động đoàn viên, hội viên ra quân làm sạch môi trường.\n",
)
_B = _commune(
    "Tân Lập",
    "15",
    "12",
    "I. MỤC TIÊU\n1. Giảm 15% số ca mắc sốt xuất huyết so với năm 2025.\n"
    "II. NHIỆM VỤ\n"
    "1. Ra quân tổng vệ sinh môi trường, thu gom vật dụng phế thải chứa nước, phát quang bụi rậm, khơi thông "
    "cống rãnh tại các hộ gia đình, trường học, chợ, công trình xây dựng, nghĩa trang, khu dân cư; lồng ghép "
    "hướng dẫn nhận biết sớm dấu hiệu bệnh nặng.\n"
    "2. Giám sát, xử lý ổ dịch mới phát sinh trong vòng 48 giờ.\n"
    "III. KINH PHÍ\nTừ ngân sách xã và nguồn xã hội hóa.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Trạm Y tế xã là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.\n"
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phát động đoàn thanh niên tham gia tổng vệ sinh.\n"
    "V. CHẾ ĐỘ BÁO CÁO\nBáo cáo định kỳ 6 tháng, hằng năm về Trung tâm Kiểm soát bệnh tật tỉnh.\n",
)


def _verdicts(d) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {m.text.split()[0] + " " + m.text.split()[1]: m.covered for m in d.tasks.a_to_b}


def test_between_peers_a_merged_item_covers_both_it_merges():
    """B's item 1 joins A's items 1 and 2 by ";": each is covered by its
    clause, though the whole item reads like neither."""
    d = diff_plans(parse_text(_A, path="a.txt"), parse_text(_B, path="b.txt"))
    got = {m.line: m.covered for m in d.tasks.a_to_b}
    assert all(got.values()), [m.text for m in d.tasks.a_to_b if not m.covered]
    assert d.tasks.coverage_a_by_b == 1.0


def test_between_peers_a_report_item_is_the_others_reporting_part():
    d = diff_plans(parse_text(_A, path="a.txt"), parse_text(_B, path="b.txt"))
    (m,) = [m for m in d.tasks.a_to_b if m.text.startswith("Báo cáo")]
    assert m.covered and m.best is not None and m.best.startswith("CHẾ ĐỘ BÁO CÁO")


def test_between_peers_requests_to_one_body_pair_by_it():
    d = diff_plans(parse_text(_A, path="a.txt"), parse_text(_B, path="b.txt"))
    (m,) = [m for m in d.tasks.b_to_a if m.text.startswith("Đề nghị")]
    assert m.covered and m.best is not None and m.best.startswith("Đề nghị Ủy ban Mặt trận")


def test_parts_are_paired_by_role_before_their_headings():
    """"I. CHỈ TIÊU" and "I. MỤC TIÊU" are the goals of both: no part added
    or removed; the reporting part only B has is added."""
    d = diff_plans(parse_text(_A, path="a.txt"), parse_text(_B, path="b.txt"))
    assert [(s.a, s.b, s.status) for s in d.sections if s.a and s.a.startswith("I.")] == [
        ("I. CHỈ TIÊU", "I. MỤC TIÊU", "same")
    ]
    assert [s.b for s in d.sections if s.status != "same"] == ["V. CHẾ ĐỘ BÁO CÁO"]


def test_funding_items_pair_by_their_source():
    d = diff_plans(parse_text(_A, path="a.txt"), parse_text(_B, path="b.txt"))
    assert d.funding == {"only_a": [], "only_b": []}


_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 40/KH-UBND\nNinh Bình, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết năm 2026\n"
    "I. NHIỆM VỤ\n"
    "1. Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình, trường học.\n"
    "2. Giám sát, xử lý ổ dịch mới phát sinh trong vòng 48 giờ.\n"
    "3. Xây dựng phần mềm quản lý ca bệnh dùng chung toàn tỉnh.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế chủ trì thực hiện nhiệm vụ tại mục 3 phần I.\n"
    "2. Ủy ban nhân dân các xã, phường:\n"
    "a) Tổ chức thực hiện các nhiệm vụ tại mục 1, 2 phần I trên địa bàn;\n"
    "b) Bố trí kinh phí thực hiện từ nguồn ngân sách địa phương.\n"
)
_WARD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG NAM THÀNH\nSố: 05/KH-UBND\nNam Thành, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết năm 2026\n"
    "Thực hiện Kế hoạch số 40/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Ninh Bình;\n"
    "I. NHIỆM VỤ\n"
    "1. Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình, trường học trên địa bàn phường.\n"
    "{second}"
    "II. KINH PHÍ\nTừ ngân sách phường năm 2026.\n"
)


@pytest.mark.parametrize(
    ("second", "covered"),
    [
        # the ward carries both items the pointer names: the pointer is covered
        ("2. Giám sát, xử lý ổ dịch mới phát sinh trong vòng 48 giờ.\n", True),
        # one of them missing: so is the pointer
        ("", False),
    ],
)
def test_a_task_pointing_to_items_of_its_plan_is_covered_with_them(second, covered):
    d = diff_plans(parse_text(_PROVINCE, path="a.txt"), parse_text(_WARD.format(second=second), path="b.txt"))
    (m,) = [m for m in d.tasks.a_to_b if "nhiệm vụ tại mục 1, 2" in m.text]
    assert m.covered is covered


def test_a_funding_task_is_covered_by_the_funding_part_by_its_heading():
    """"II. KINH PHÍ: Từ ngân sách phường …" never says "kinh phí" in its
    paragraph: the heading tells it is the funding."""
    d = diff_plans(parse_text(_PROVINCE, path="a.txt"), parse_text(_WARD.format(second=""), path="b.txt"))
    (m,) = [m for m in d.tasks.a_to_b if m.text.startswith("Bố trí kinh phí")]
    assert m.covered and m.best is not None and m.best.startswith("KINH PHÍ")


_MINISTRY = (
    "BỘ Y TẾ\nSố: 88/KH-BYT\nHà Nội, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết năm 2026\n"
    "I. NHIỆM VỤ\n"
    "Các đơn vị tập trung phòng, chống dịch. Nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp tại Phụ lục kèm theo "
    "Kế hoạch này.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Cục Phòng bệnh theo dõi, tổng hợp kết quả thực hiện Kế hoạch.\n"
    "2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo Sở Y tế xây dựng kế hoạch của địa phương.\n"
    "PHỤ LỤC\nNHIỆM VỤ PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2026\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "| 1 | Tập huấn chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế tuyến cơ sở | Cục Quản lý "
    "Khám, chữa bệnh | Sở Y tế các tỉnh, thành phố | Quý II/2026 |\n"
    "| 2 | Ban hành hướng dẫn giám sát véc tơ truyền bệnh | Cục Phòng bệnh | Các Viện Vệ sinh dịch tễ, "
    "Viện Pasteur | Quý I/2026 |\n"
)
_PROVINCE_B = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 41/KH-UBND\nNinh Bình, ngày 25 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết năm 2026\n"
    "Thực hiện Kế hoạch số 88/KH-BYT ngày 10/01/2026 của Bộ Y tế;\n"
    "I. NHIỆM VỤ\n"
    "1. Sở Y tế tổ chức tập huấn chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế tuyến cơ sở.\n"
    "2. Sở Y tế tham mưu xây dựng kế hoạch phòng, chống dịch của tỉnh.\n"
)


def test_a_part_pointing_to_its_appendix_is_no_task():
    texts = [t for t, _ in task_items(parse_text(_MINISTRY, path="a.txt"))]
    assert not any("Phụ lục kèm theo" in t for t in texts), texts


def test_a_ministry_row_the_provinces_support_counts_at_their_level():
    """Row 1's support column names the provinces' Sở Y tế: work of the
    province's too (counted, and covered); row 2's names no province's body."""
    d = diff_plans(parse_text(_MINISTRY, path="a.txt"), parse_text(_PROVINCE_B, path="b.txt"))
    assert d.tasks.tasks_a_at_b_level == 2
    assert d.tasks.coverage_a_by_b_at_its_level == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kiện toàn Tổ công nghệ số cộng đồng", "Củng cố Tổ công nghệ số cộng đồng"),
        ("Vận động đoàn viên tham gia", "Phát động đoàn viên tham gia"),
        ("Cảnh báo lừa đảo trực tuyến", "Cảnh báo lừa đảo qua mạng"),
        ("Bảo vệ dữ liệu cá nhân", "Bảo vệ thông tin cá nhân"),
        ("Mở lớp kỹ năng số", "Tổ chức lớp kỹ năng số"),
    ],
)
def test_near_synonyms_of_administrative_vietnamese(a, b):
    assert similarity(a, b) > 0.99


# Two councils' resolutions, a province's and one of its communes': each asks
# its own supervisors and its own Front (written for these tests).
_COUNCIL_PROVINCE = (
    "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 30/NQ-HĐND\nQuảng Trị, ngày 10 tháng 12 năm 2025\n"
    "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026\n"
    "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\nQUYẾT NGHỊ:\n"
    "Điều 1. Nhiệm vụ năm 2026\n"
    "1. Đẩy mạnh chuyển đổi số, cải cách thủ tục hành chính.\n"
    "2. Phát triển du lịch biển gắn với bảo tồn di tích lịch sử.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n"
    "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu "
    "Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n"
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, "
    "vận động các tầng lớp Nhân dân hưởng ứng.\n"
)
_COUNCIL_COMMUNE = (
    "HỘI ĐỒNG NHÂN DÂN\nXÃ HẢI LĂNG\nSố: 12/NQ-HĐND\nHải Lăng, ngày 20 tháng 12 năm 2025\n"
    "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2026\n"
    "Căn cứ Nghị quyết số 30/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh Quảng Trị;\n"
    "HỘI ĐỒNG NHÂN DÂN XÃ HẢI LĂNG\nQUYẾT NGHỊ:\n"
    "Điều 1. Nhiệm vụ năm 2026\n"
    "1. Đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số tại bộ phận một cửa.\n"
    "2. Phát triển du lịch cộng đồng tại các thôn ven biển.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.\n"
    "2. Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã và đại biểu Hội đồng nhân dân xã "
    "giám sát việc thực hiện Nghị quyết này.\n"
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp giám sát việc thực hiện Nghị quyết này, vận động "
    "Nhân dân hưởng ứng.\n"
)


@pytest.mark.parametrize("commune_first", [True, False])
def test_between_levels_a_task_pairs_with_its_bodys_counterpart_not_another_branchs(commune_first):
    """The commune's Front "phối hợp giám sát việc thực hiện Nghị quyết này"
    reads most like the province council's supervisors' item, but it is the
    province's Front item it carries down: that one is its pair, and covers
    it as the other would have."""
    p, c = parse_text(_COUNCIL_PROVINCE, path="p.txt"), parse_text(_COUNCIL_COMMUNE, path="c.txt")
    d = diff_plans(c, p) if commune_first else diff_plans(p, c)
    ms = d.tasks.a_to_b if commune_first else d.tasks.b_to_a
    (m,) = [m for m in ms if m.text.startswith("Đề nghị")]
    assert m.best is not None and m.best.startswith("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
    assert m.covered
    (s,) = [m for m in ms if m.text.startswith("Thường trực")]
    assert s.best is not None and s.best.startswith("Thường trực Hội đồng nhân dân")
