"""diff: rates per a number, an item detailing part of the parent's task
(containment, cross-references to the plan's own items), a lower plan that
is the plan asked for though it does not cite it, an indicator's status by
the shared years, B's target restating its task's deadline, and the table's
lines for targets and deadlines (audits OC #8-#9, OD #2, #4, #6)."""

import io

import pytest

from khtool import diff_plans, parse_text
from khtool.render.diff_out import print_table

PROVINCE = (
    'ỦY BAN NHÂN DÂN\n'
    'TỈNH HÀ TĨNH\n'
    'Số: 25/KH-UBND\n'
    'Hà Tĩnh, ngày 15 tháng 01 năm 2026\n'
    'KẾ HOẠCH\n'
    'Phòng, chống bệnh sốt xuất huyết trên địa bàn tỉnh năm 2026\n'
    '\n'
    'I. MỤC ĐÍCH, YÊU CẦU\n'
    '1. Chủ động phòng, chống dịch bệnh sốt xuất huyết, không để dịch lớn xảy ra trên địa bàn tỉnh.\n'
    'II. CHỈ TIÊU\n'
    '1. Tỷ lệ mắc sốt xuất huyết trên địa bàn dưới 120/100.000 dân vào cuối năm 2026.\n'
    '2. 100% ổ dịch được phát hiện, khoanh vùng và xử lý triệt để trước ngày 30/6/2026.\n'
    'III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n'
    '1. Sở Y tế\n'
    'a) Chủ trì hướng dẫn giám sát ca bệnh, lấy mẫu xét nghiệm, xử lý ổ dịch theo quy định của Bộ Y tế.\n'
    'b) Tổ chức tập huấn chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế tuyến cơ sở.\n'
    '2. Sở Giáo dục và Đào tạo\n'
    'Chỉ đạo các trường học tổ chức cho học sinh vệ sinh lớp học, diệt loăng quăng tại trường.\n'
    '3. Ủy ban nhân dân các xã, phường\n'
    'a) Xây dựng, ban hành kế hoạch phòng, chống sốt xuất huyết năm 2026 của địa phương trước ngày 28/02/2026.\n'
    'b) Chỉ đạo Trạm Y tế xã, phường phát hiện sớm ca bệnh, khoanh vùng ổ dịch; phun hóa chất diệt muỗi tại các ổ dịch, hoàn thành trước ngày 30/6/2026.\n'
    'c) Tổ chức chiến dịch diệt loăng quăng, bọ gậy "Nhà sạch, vườn sạch" tại các thôn, tổ dân phố.\n'
    'd) Bố trí kinh phí từ ngân sách xã để thực hiện Kế hoạch.\n'
    'IV. CHẾ ĐỘ BÁO CÁO\n'
    'Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n'
)

WARD = (
    'ỦY BAN NHÂN DÂN\n'
    'PHƯỜNG THÀNH SEN\n'
    'Số: 07/KH-UBND\n'
    'Thành Sen, ngày 20 tháng 02 năm 2026\n'
    'KẾ HOẠCH\n'
    'Phòng, chống bệnh sốt xuất huyết trên địa bàn phường năm 2026\n'
    '\n'
    'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về công tác phòng, chống dịch bệnh, Ủy ban nhân dân phường ban hành Kế hoạch như sau:\n'
    'I. MỤC ĐÍCH, YÊU CẦU\n'
    '1. Chủ động phòng, chống dịch bệnh sốt xuất huyết, không để dịch lớn xảy ra trên địa bàn phường.\n'
    'II. CHỈ TIÊU\n'
    '1. Tỷ lệ mắc sốt xuất huyết trên địa bàn phường dưới 130/100.000 dân vào cuối năm 2026.\n'
    '2. 100% ổ dịch trên địa bàn được khoanh vùng, phun hóa chất trước ngày 30/6/2026.\n'
    'III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n'
    '1. Trạm Y tế phường\n'
    'Chủ trì phát hiện sớm ca bệnh, khoanh vùng ổ dịch; phun hóa chất diệt muỗi tại các ổ dịch, hoàn thành trước ngày 30/6/2026.\n'
    '2. Phòng Văn hóa - Xã hội\n'
    'Chủ trì, phối hợp với các tổ dân phố tổ chức chiến dịch diệt loăng quăng, bọ gậy "Nhà sạch, vườn sạch" tại các khu dân cư.\n'
    '3. Phòng Kinh tế, Hạ tầng và Đô thị\n'
    'Tham mưu bố trí kinh phí từ ngân sách phường để thực hiện Kế hoạch.\n'
    'IV. CHẾ ĐỘ BÁO CÁO\n'
    'Trạm Y tế phường tổng hợp, báo cáo kết quả thực hiện về Sở Y tế trước ngày 10/12/2026.\n'
)

SO_PARENT = (
    'ỦY BAN NHÂN DÂN\n'
    'TỈNH CÀ MAU\n'
    'Số: 96/KH-UBND\n'
    'Cà Mau, ngày 12 tháng 3 năm 2026\n'
    'KẾ HOẠCH\n'
    'Phát triển nuôi tôm ứng dụng công nghệ cao trên địa bàn tỉnh giai đoạn 2026 - 2030\n'
    '\n'
    'I. MỤC TIÊU\n'
    'Phát triển nuôi tôm ứng dụng công nghệ cao bền vững, giảm thiểu dịch bệnh, nâng cao giá trị sản phẩm.\n'
    'II. CHỈ TIÊU CỤ THỂ\n'
    '1. Diện tích nuôi tôm siêu thâm canh: đạt 4.000 ha năm 2026; 5.500 ha năm 2027; 8.000 ha năm 2030.\n'
    'III. NHIỆM VỤ, GIẢI PHÁP\n'
    '1. Phát triển vùng nuôi tôm siêu thâm canh tập trung; áp dụng quy trình nuôi hai giai đoạn, "tuần hoàn nước khép kín".\n'
    '2. Kiểm soát chất lượng con giống, thức ăn, chế phẩm sinh học; quan trắc môi trường vùng nuôi.\n'
    '3. Kêu gọi doanh nghiệp đầu tư chế biến sâu, xây dựng thương hiệu tôm Cà Mau.\n'
    'IV. TỔ CHỨC THỰC HIỆN\n'
    '1. Sở Nông nghiệp và Môi trường\n'
    '- Chủ trì, phối hợp với các sở, ngành triển khai thực hiện Kế hoạch; chịu trách nhiệm thực hiện chỉ tiêu 1 của Kế hoạch.\n'
    '- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện hằng năm.\n'
    '2. Sở Tài chính\n'
    'Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.\n'
    '3. Ủy ban nhân dân các xã, phường\n'
    'Xây dựng kế hoạch thực hiện tại địa phương trước ngày 30 tháng 4 năm 2026.\n'
)

SO_PLAN = (
    'ỦY BAN NHÂN DÂN TỈNH CÀ MAU\n'
    'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n'
    'Số: 45/KH-SNNMT\n'
    'Cà Mau, ngày 02 tháng 4 năm 2026\n'
    'KẾ HOẠCH\n'
    'Triển khai thực hiện Kế hoạch số 96/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh về phát triển nuôi tôm ứng dụng công nghệ cao\n'
    '\n'
    'Thực hiện Kế hoạch số 96/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Cà Mau, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:\n'
    'I. MỤC ĐÍCH, YÊU CẦU\n'
    '- Phân công các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ Ủy ban nhân dân tỉnh giao.\n'
    'II. NỘI DUNG THỰC HIỆN\n'
    '1. Phát triển vùng nuôi tôm siêu thâm canh tập trung\n'
    '- Hướng dẫn các xã rà soát, khoanh định vùng nuôi; phấn đấu diện tích nuôi tôm siêu thâm canh đạt 4.000 ha trong năm 2026 và 5.500 ha năm 2027.\n'
    '- Tập huấn quy trình nuôi hai giai đoạn, "tuần hoàn nước khép kín" cho hộ nuôi và hợp tác xã.\n'
    '2. Kiểm soát con giống và môi trường\n'
    '- Lấy mẫu kiểm tra chất lượng tôm bố mẹ tại các cơ sở sản xuất giống; quan trắc môi trường vùng nuôi định kỳ hằng tháng.\n'
    'III. TỔ CHỨC THỰC HIỆN\n'
    '1. Chi cục Thủy sản chủ trì thực hiện nội dung tại khoản 1 Mục II; phối hợp với Trung tâm Khuyến nông tổ chức tập huấn.\n'
    '2. Chi cục Chăn nuôi và Thú y chủ trì thực hiện nội dung tại khoản 2 Mục II.\n'
    '3. Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện trước ngày 05 tháng 12 hằng năm.\n'
)


def _diff(a: str, b: str):
    return diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))


@pytest.mark.parametrize(
    ("a_value", "b_value", "verdict"),
    [
        ("dưới 120/100.000 dân", "dưới 130/100.000 dân", "weaker"),  # (a ceiling raised)
        ("dưới 120/100.000 dân", "dưới 100/100.000 dân", "stricter"),
        ("dưới 120/100.000 dân", "dưới 110/100.000 trẻ em", "stricter"),  # (the same base, another noun)
        ("dưới 15‰", "dưới 14/1.000 trẻ đẻ sống", "stricter"),  # (per mille is per 1.000)
        ("dưới 120/100.000 dân", "dưới 2/1.000 trẻ đẻ sống", None),  # (another base: not compared)
    ],
)
def test_a_rate_per_a_number_is_rated_between_levels(a_value, b_value, verdict):
    a = PROVINCE.replace("trên địa bàn dưới 120/100.000 dân", f"trên địa bàn {a_value}")
    b = WARD.replace("trên địa bàn phường dưới 130/100.000 dân", f"trên địa bàn phường {b_value}")
    row = next(i for i in _diff(a, b).indicators if i["a"] == "1")
    assert row["verdict"] == verdict
    assert row["status"] == ("changed" if verdict else "not_comparable")


def test_an_indicator_is_the_same_for_the_years_both_set():
    """The Sở sets the province's 2026 and 2027 figures, the province also
    2030: the same for those years, whatever B's clause looks like."""
    (row,) = [i for i in _diff(SO_PARENT, SO_PLAN).indicators if i["a"] == "1"]
    assert (row["status"], row["differ"], row["years_only_a"], row["years_only_b"]) == ("same", [], [2030], [])


def test_an_item_detailing_part_of_the_parents_task_is_covered_by_it():
    """B's items under "1. Phát triển vùng nuôi tôm siêu thâm canh tập
    trung" (its heading a phrase of A's task 1), its item quoting A's
    "tuần hoàn nước khép kín", one sharing "quan trắc môi trường vùng
    nuôi", and the lines pointing to those items ("nội dung tại khoản 1
    Mục II") are parts of A's tasks; A's task no item of B details is not."""
    d = _diff(SO_PARENT, SO_PLAN)
    got = {m.line: (m.covered, m.best_line) for m in d.tasks.b_to_a}
    assert got == {13: (True, 13), 14: (True, 13), 16: (True, 14), 18: (True, 13), 19: (True, 14), 20: (True, 19)}
    assert not next(m for m in d.tasks.a_to_b if m.line == 15).covered  # (chế biến sâu: no part of B's)


@pytest.mark.parametrize(
    ("b_task", "covered"),
    [
        # (a beneficiary and generic words shared are no part of the task)
        ("- Hỗ trợ hộ nuôi vay vốn ưu đãi mua máy sục khí cho ao nuôi.", False),
        # (the plan's topic, in several of A's tasks, names none of them)
        ("- Tổ chức hội thảo về vùng nuôi tôm cho doanh nghiệp.", False),
        ('- Xây dựng 05 mô hình trình diễn "tuần hoàn nước khép kín" tại hợp tác xã.', True),
    ],
)
def test_containment_needs_a_distinctive_phrase(b_task, covered):
    b = SO_PLAN.replace("1. Phát triển vùng nuôi tôm siêu thâm canh tập trung\n", "1. Các nội dung khác\n").replace(
        '- Tập huấn quy trình nuôi hai giai đoạn, "tuần hoàn nước khép kín" cho hộ nuôi và hợp tác xã.\n', b_task + "\n"
    )
    m = next(m for m in _diff(SO_PARENT, b).tasks.b_to_a if m.line == 14)
    assert m.covered is covered


def test_a_lower_plan_not_citing_the_plan_above_is_still_the_plan_it_asks_for():
    """The ward's plan, of the province's subject, issued before the date the
    province gives, is that plan though it cites the province's only as
    "chỉ đạo của Ủy ban nhân dân tỉnh": the task and its date are met, the
    missing citation told once."""
    d = _diff(PROVINCE, WARD)
    assert d.citations.b_does_not_cite_a == "25/KH-UBND"
    task = next(m for m in d.tasks.a_to_b if m.line == 20)
    assert (task.covered, task.done_by_issuing, task.in_time) == (True, "2026-02-20", True)
    row = next(x for x in d.deadlines if x["a"] and x["a"]["line"] == 20)
    assert row["status"] == "met"
    # (issued after that date, citing nothing, it may be another plan: not judged)
    late = _diff(PROVINCE, WARD.replace("ngày 20 tháng 02 năm 2026", "ngày 10 tháng 3 năm 2026"))
    assert not next(m for m in late.tasks.a_to_b if m.line == 20).done_by_issuing


def test_b_target_restating_its_task_is_one_deadline():
    """A's target and task of 30/6 are one row; B's target and task of 30/6
    are that row's B side, no `only_b` row."""
    a = PROVINCE.replace(
        "2. 100% ổ dịch được phát hiện, khoanh vùng và xử lý triệt để trước ngày 30/6/2026.",
        "2. 100% xã, phường phát hiện sớm ca bệnh, khoanh vùng, phun hóa chất diệt muỗi tại các ổ dịch trước ngày 30/6/2026.",
    )
    rows = [x for x in _diff(a, WARD).deadlines if "30/6" in str((x["a"] or x["b"])["text"])]
    got = [(x["status"], x["a"] and x["a"].get("also_at"), x["b"] and x["b"]["line"], x["b"] and x["b"].get("also_at")) for x in rows]
    assert got == [("same", [21], 16, [13])]


def test_the_table_gives_the_lines_of_targets_and_deadlines():
    out = io.StringIO()
    print_table(_diff(PROVINCE, WARD), out)
    text = out.getvalue()
    assert "11 → 12" in text  # (the indicator's lines, A's and B's)
    assert "20 → —" in text and "25 → 22" in text  # (deadlines)
