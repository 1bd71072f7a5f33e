"""`khtool diff`: plans compared across levels, and a plan against itself."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from khtool import diff_plans, parse_file, parse_text
from khtool.cli import _register, app
from khtool.diff import similarity, word_diff

from .conftest import SAMPLES
from .strategies import document_text

_register()
runner = CliRunner()
WARD, PROVINCE, SONLA = (
    SAMPLES / f
    for f in ("001_9bc3f1274d6058dd.txt", "000_48697f013dff5d26.txt", "003_1df2fb94d1fd5416.txt")
)


def test_ward_against_province():
    d = diff_plans(parse_file(WARD), parse_file(PROVINCE))
    assert [c["id"] for c in d.citations.common] == ["28-CT/TW"]
    pairs = {s["sector"]: (s["a"], s["b"]) for s in d.sectors.common}
    for sector in ("health", "police", "justice", "finance", "education"):
        assert sector in pairs
    assert pairs["health"] == (["Trạm Y tế phường"], ["Sở Y tế"])
    assert 0 < d.tasks.coverage_a_by_b < 1 and d.tasks.uncovered_a
    assert all(not m.covered for m in d.tasks.uncovered_a)


def test_a_plan_against_itself_is_empty():
    doc = parse_file(PROVINCE)
    s = diff_plans(doc, doc).summary
    assert (
        s["citations_only_a"],
        s["citations_only_b"],
        s["sections_added"],
        s["sections_removed"],
        s["uncovered_a"],
        s["uncovered_b"],
    ) == (0,) * 6


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(document_text(damaged=False))
def test_diff_with_itself_property(text):
    doc = parse_text(text)
    s = diff_plans(doc, doc).summary
    assert s["uncovered_a"] == s["uncovered_b"] == 0
    assert s["citations_only_a"] == s["citations_only_b"] == 0
    assert s["sections_added"] == s["sections_removed"] == 0


def test_two_provincial_plans_and_a_plan_inside_a_decision():
    d = diff_plans(parse_file(PROVINCE), parse_file(SONLA))
    assert d.header["level"]["a"] == d.header["level"]["b"] == "province"
    assert any(s.status in ("same", "moved") for s in d.sections)
    decision = parse_file(SONLA)
    own = diff_plans(decision.attachments[0], decision)  # the decision is compared through its plan
    assert own.summary["uncovered_a"] == 0 and own.summary["sections_added"] == 0


def test_level_vocabulary_is_not_a_difference():
    a = "Tăng cường kiểm tra các cơ sở chăm sóc trẻ em trên địa bàn tỉnh."
    b = "Tăng cường kiểm tra các cơ sở chăm sóc trẻ em trên địa bàn phường."
    assert similarity(a, b) > 0.99
    assert similarity(a, "Bố trí kinh phí mua sắm trang thiết bị.") < 0.2


def test_word_diff():
    assert word_diff("a b c", "a x c") == [("=", "a"), ("-", "b"), ("+", "x"), ("=", "c")]


def test_cli_formats_and_fail_under(tmp_path):
    res = runner.invoke(app, ["diff", str(WARD), str(PROVINCE), "-f", "json"])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert {
        "header",
        "citations",
        "sections",
        "tasks",
        "sectors",
        "indicators",
        "deadlines",
        "summary",
    } <= set(data)
    assert set(data["citations"]) == {"common", "only_a", "only_b", "b_cites_a", "a_cites_b", "b_does_not_cite_a"}
    assert (
        runner.invoke(
            app, ["diff", str(WARD), str(PROVINCE), "--fail-under", "99", "-f", "json"]
        ).exit_code
        == 1
    )
    md = runner.invoke(app, ["diff", str(WARD), str(PROVINCE), "-f", "md"]).stdout
    assert "~~" in md and "**" in md
    out = tmp_path / "d.html"
    assert (
        runner.invoke(
            app, ["diff", str(WARD), str(PROVINCE), "-f", "html", "-o", str(out)]
        ).exit_code
        == 0
    )
    assert "<script" not in out.read_text(encoding="utf-8")
    assert (
        runner.invoke(
            app, ["diff", str(WARD), str(PROVINCE), "-f", "table", "--only", "deadlines"]
        ).exit_code
        == 0
    )


PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 45/KH-UBND
Đồng Tháp, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện công tác trẻ em năm 2026
Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư,
I. CHỈ TIÊU
1. Giảm tỷ lệ trẻ em suy dinh dưỡng thể thấp còi xuống dưới 17,5%.
2. 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì theo dõi, tổng hợp.
III. CHẾ ĐỘ BÁO CÁO
UBND các xã, phường báo cáo UBND tỉnh định kỳ 6 tháng trước ngày 10/6/2026 và năm trước ngày 10/11/2026.
"""
WARD_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG MỸ THO
Số: 38/KH-UBND
Mỹ Tho, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện công tác trẻ em năm 2026
Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh Đồng Tháp,
I. CHỈ TIÊU
1. Giảm tỷ lệ trẻ em suy dinh dưỡng thể thấp còi xuống dưới 17%.
2. 90% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.
II. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế phường
- Chủ trì theo dõi, tổng hợp.
III. CHẾ ĐỘ BÁO CÁO
Trạm Y tế phường báo cáo UBND tỉnh 6 tháng trước ngày 20/6/2026 và năm trước ngày 25/11/2026.
"""


def test_a_plan_carrying_out_the_other_is_told_with_its_date_targets_and_deadlines():
    d = diff_plans(parse_text(PROVINCE_PLAN, path="a.txt"), parse_text(WARD_PLAN, path="b.txt"))
    # the ward cites the province's plan, with a date that is not its own
    assert d.citations.b_cites_a == {
        "id": "45/KH-UBND",
        "relation": "implements",
        "cited_as": None,
        "cited_date": "2026-01-12",
        "date": "2026-01-20",
        "date_agrees": False,
        # (the province's plan gives the wards no date for their plans)
        "plans_due": None,
        "issued_late_by_days": None,
    }
    assert "45/KH-UBND" not in [c["id"] for c in d.citations.only_b]
    # a ceiling brought lower is stricter, a floor brought lower weaker
    assert [i.get("verdict") for i in d.indicators] == ["stricter", "weaker"]
    # each report's date paired with the nearest, and how much later it falls
    assert [x.get("b_later_by_days") for x in d.deadlines] == [10, 15]


def test_the_reports_say_it_in_words(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PROVINCE_PLAN, encoding="utf-8")
    b.write_text(WARD_PLAN, encoding="utf-8")
    md = runner.invoke(app, ["diff", str(a), str(b), "-f", "md"]).stdout
    assert "B cites A (45/KH-UBND, implements), with the date 12/01/2026 where A is dated 20/01/2026" in md
    assert "B weaker (90% < 95%): 2: 95%" in md and "B 15 days later" in md
    page = runner.invoke(app, ["diff", str(a), str(b), "-f", "html"]).stdout
    assert "<h2>Deadlines</h2>" in page and "B 10 days later" in page and "B stricter" in page


def test_tasks_are_the_plans_tasks_not_its_purposes_or_targets():
    from khtool.diff import task_items

    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 45/KH-UBND\nĐồng Tháp, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện công tác trẻ em năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức của các cấp, các ngành.\n"
        "II. CHỈ TIÊU\n1. 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin.\n"
        "III. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền, nâng cao nhận thức về quyền trẻ em.\n"
        "2. Bảo vệ trẻ em trên không gian mạng.\n"
    )
    assert [t for t, _ in task_items(doc)] == [
        "Tuyên truyền, nâng cao nhận thức về quyền trẻ em.",
        "Bảo vệ trẻ em trên không gian mạng.",
    ]


@pytest.mark.parametrize(
    ("preamble", "tasks"),
    [
        # a Party resolution's basis as dash items over "… QUYẾT NGHỊ:": citations, not tasks
        (
            "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã;\n"
            "- Thực hiện Chương trình hành động số 12-CTr/TU, ngày 10-9-2025 của Tỉnh ủy về phát triển khoa học,"
            " công nghệ;\n- Xét đề nghị của Văn phòng Đảng ủy xã,\nBAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT NGHỊ:\n",
            ["Nhiệm vụ"],
        ),
        # the same with "Triển khai" and "Theo đề nghị"
        (
            "- Triển khai Hướng dẫn số 35-HD/TW, ngày 05-11-2025 của Ban Bí thư;\n"
            "- Theo đề nghị của Ban Xây dựng Đảng Đảng ủy xã,\nBAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT NGHỊ:\n",
            ["Nhiệm vụ"],
        ),
    ],
)
def test_a_resolutions_preamble_is_no_task(preamble, tasks):
    from khtool.diff import task_items

    doc = parse_text(
        "ĐẢNG BỘ TỈNH HƯNG YÊN\nĐẢNG ỦY XÃ TIÊN LỮ\n*\nSố 07-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Tiên Lữ, ngày 15 tháng 10 năm 2025\n\nNGHỊ QUYẾT\nvề phát triển khoa học, công nghệ trên địa bàn xã\n-----\n\n"
        + preamble
        + "1. Mục tiêu: đến năm 2030, 100% thôn có điểm truy cập internet công cộng hoạt động hiệu quả.\n"
        "2. Nhiệm vụ: lãnh đạo Ủy ban nhân dân xã đầu tư hạ tầng số tại các thôn, hoàn thành trước ngày 30-6-2026.\n"
    )
    assert [t.split(":")[0] for t, _ in task_items(doc)] == tasks
    dashes = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ TIÊN LỮ\nSố: 30/KH-UBND\nTiên Lữ, ngày 20 tháng 10 năm 2025\nKẾ HOẠCH\n"
        "Phát triển khoa học, công nghệ năm 2026\n"
        "- Thực hiện rà soát hạ tầng viễn thông tại các thôn, hoàn thành trong quý I năm 2026.\n"
        "- Tổ chức tập huấn kỹ năng số cho cán bộ, công chức xã.\n"
    )
    # (a list of dash items alone, one opening "Thực hiện …", keeps them: they are its tasks)
    assert len(task_items(dashes)) == 2


def test_the_same_indicator_worded_apart_at_two_levels_is_paired():
    """A ward words the province's indicator its own way: they pair by what
    they measure, and the lower value is told weaker."""
    head = "ỦY BAN NHÂN DÂN\n{}\nSố: 12/KH-UBND\nX, ngày 05 tháng 9 năm 2025\nKẾ HOẠCH\nChuyển đổi số\n"
    body = "I. MỤC TIÊU\n1. Mục tiêu cụ thể\n- {}\nII. TỔ CHỨC THỰC HIỆN\n1. Công an {} chủ trì.\n"
    a = parse_text(
        head.format("TỈNH TUYÊN QUANG")
        + body.format("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến đạt tối thiểu 80%.", "tỉnh")
    )
    b = parse_text(
        head.format("PHƯỜNG MINH XUÂN")
        + body.format("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 70% trở lên.", "phường")
    )
    assert [(i["status"], i.get("verdict")) for i in diff_plans(a, b).indicators] == [("changed", "weaker")]


def test_indicators_measuring_different_ages_are_not_paired():
    head = "ỦY BAN NHÂN DÂN\n{}\nSố: 12/KH-UBND\nX, ngày 05 tháng 9 năm 2025\nKẾ HOẠCH\nTrẻ em\n"
    body = (
        "I. MỤC TIÊU\n1. Mục tiêu cụ thể\n- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống {}‰.\n"
        "- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống {}‰.\nII. TỔ CHỨC THỰC HIỆN\n1. Công an {} chủ trì.\n"
    )
    a = parse_text(head.format("TỈNH TUYÊN QUANG") + body.format("12", "18", "tỉnh"))
    b = parse_text(head.format("PHƯỜNG MINH XUÂN") + body.format("10", "20", "phường"))
    assert [i.get("verdict") for i in diff_plans(a, b).indicators] == ["stricter", "weaker"]


def test_a_plan_issued_since_the_reform_is_placed_in_its_new_province():
    ward = parse_text(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG VĨNH PHÚC\nSố: 31/KH-UBND\nVĩnh Phúc, ngày 20 tháng 01 năm 2026\n"
        "KẾ HOẠCH\nThực hiện công tác bảo vệ trẻ em\nI. NHIỆM VỤ\n1. Phòng Văn hóa - Xã hội tham mưu.\n"
    )
    old = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\nSố: 156/KH-UBND\nVĩnh Phúc, ngày 22 tháng 6 năm 2021\n"
        "KẾ HOẠCH\nThực hiện công tác bảo vệ trẻ em\nI. NHIỆM VỤ\n1. Sở Y tế tham mưu.\n"
    )
    header = diff_plans(ward, old).header
    assert header["locality"]["a"] == "Phường Vĩnh Phúc, Tỉnh Phú Thọ"
    assert header["locality"]["b"] == "Tỉnh Vĩnh Phúc"


def test_deadlines_are_paired_by_what_they_are_for_before_their_dates():
    head = "ỦY BAN NHÂN DÂN\n{unit}\nSố: {n}/KH-UBND\nA, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nBảo vệ trẻ em năm 2026\n"
    province = parse_text(
        head.format(unit="TỈNH PHÚ THỌ", n=5) + "II. NHIỆM VỤ\n"
        "1. UBND các xã, phường xây dựng, ban hành kế hoạch thực hiện trước ngày 28/02/2026.\n"
        "2. Sở Y tế tổ chức tập huấn kỹ năng phòng, chống đuối nước cho giáo viên trước ngày 30/6/2026.\n"
    )
    commune = parse_text(
        head.format(unit="XÃ THANH SƠN", n=18) + "II. NHIỆM VỤ\n"
        "1. Công an xã rà soát, lập danh sách các điểm nguy cơ đuối nước trước ngày 30/4/2026.\n"
        "2. Trạm Y tế xã tổ chức tập huấn kỹ năng phòng, chống đuối nước cho giáo viên trước ngày 15/9/2026.\n"
    )
    got = {(x["a"] and x["a"]["month"], x["b"] and x["b"]["month"]): x["status"] for x in diff_plans(province, commune).deadlines}
    # the same training, three months later; not the plan's issue against a survey two months on
    # (the commune's plan, of the province's subject and issued in time, is the plan asked for
    # though it does not cite the province's: met)
    assert got == {(6, 9): "changed", (2, None): "met", (None, 4): "only_b"}


def test_a_plan_issued_after_the_date_the_plan_it_carries_out_gives_its_level_is_told_late():
    province = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 5/KH-UBND\nPhú Thọ, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện Chương trình bảo vệ trẻ em năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n"
        "- Chủ trì, hướng dẫn triển khai; xây dựng kế hoạch của Sở trước ngày 20/01/2026.\n"
        "2. Ủy ban nhân dân các xã, phường\n"
        "- Xây dựng, ban hành kế hoạch thực hiện tại địa phương, hoàn thành trước ngày 28/02/2026.\n"
    )
    commune = (
        "ỦY BAN NHÂN DÂN\nXÃ THANH SƠN\nSố: 18/KH-UBND\nThanh Sơn, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện Chương trình bảo vệ trẻ em năm 2026\n"
        "Thực hiện Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã\n- Chủ trì tuyên truyền.\n"
    )
    d = diff_plans(parse_text(province, path="a.txt"), parse_text(commune, path="b.txt"))
    # (the Sở's own plan, due earlier, is no date for the communes')
    assert (d.citations.b_cites_a["plans_due"], d.citations.b_cites_a["issued_late_by_days"]) == ("2026-02-28", 10)


def test_a_lower_plan_is_measured_on_the_tasks_that_apply_at_its_level():
    province = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 5/KH-UBND\nPhú Thọ, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện Chương trình bảo vệ trẻ em năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Thông tin và Truyền thông\n"
        "- Chỉ đạo các cơ quan báo chí mở chuyên trang, chuyên mục tuyên truyền về bảo vệ trẻ em.\n"
        "2. Ủy ban nhân dân các xã, phường\n"
        "- Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em ở thôn, tổ dân phố.\n"
    )
    commune = (
        "ỦY BAN NHÂN DÂN\nXÃ THANH SƠN\nSố: 18/KH-UBND\nThanh Sơn, ngày 20 tháng 02 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện Chương trình bảo vệ trẻ em năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã\n"
        "- Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em ở các thôn, tổ dân phố của xã.\n"
    )
    d = diff_plans(parse_text(province, path="a.txt"), parse_text(commune, path="b.txt"))
    # the province's department's own task is no commune's
    assert (d.tasks.coverage_a_by_b, d.tasks.tasks_a_at_b_level, d.tasks.coverage_a_by_b_at_its_level) == (0.5, 1, 1.0)


def test_indicators_renumbered_and_reworded_by_the_lower_plan_are_paired():
    head = "ỦY BAN NHÂN DÂN\n{unit}\nSố: 5/KH-UBND\nPhú Thọ, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\nBảo vệ trẻ em\nI. CHỈ TIÊU\n"
    province = head.format(unit="TỈNH PHÚ THỌ") + (
        "1. 100% xã, phường có công chức Phòng Văn hóa - Xã hội phụ trách công tác trẻ em trong năm 2026; 100% "
        "thôn, tổ dân phố có cộng tác viên bảo vệ trẻ em vào năm 2027.\n"
        "2. Giảm tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em xuống dưới 0,02% vào năm 2030.\n"
        "3. Giảm 10% số trẻ em tử vong do đuối nước so với năm 2025; 55% trẻ em từ 6 đến 16 tuổi biết bơi an "
        "toàn vào năm 2028 và 65% vào năm 2030.\n"
        "4. 90% cha mẹ, người chăm sóc trẻ em được cung cấp kiến thức, kỹ năng bảo vệ trẻ em vào năm 2030.\n"
    )
    commune = head.format(unit="XÃ THANH SƠN") + (
        "1. Năm 2026 bố trí 01 công chức Phòng Văn hóa - Xã hội phụ trách công tác trẻ em; đến hết năm 2027, "
        "100% thôn, khu dân cư (41/41) có cộng tác viên bảo vệ trẻ em.\n"
        "2. Giảm số trẻ em tử vong do đuối nước so với giai đoạn 2021 - 2025; 60% trẻ em từ 6 đến 16 tuổi "
        "biết bơi an toàn vào năm 2028 và 70% vào năm 2030.\n"
        "3. 90% cha mẹ, người chăm sóc trẻ em được cung cấp kiến thức, kỹ năng bảo vệ trẻ em vào năm 2030.\n"
    )
    d = diff_plans(parse_text(province, path="a.txt"), parse_text(commune, path="b.txt"))
    # (the swimming indicator, 3 in the province's plan, is the commune's 2)
    assert [(i["a"], i["b"]) for i in d.indicators if i["b"] and i["a"]] == [("1", "1"), ("3", "2"), ("4", "3")]


def test_a_bundle_of_targets_is_paired_target_by_target_by_what_each_measures():
    province = (
        "TỈNH ỦY NINH BÌNH\n*\nSố 22-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nNinh Bình, ngày 10 tháng 10 năm 2025\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n-----\nI. MỤC TIÊU\n"
        "1. Đến năm 2027, 95% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.\n"
        "2. Đến năm 2030, tỷ lệ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt trên 80%.\n"
        "3. Đến năm 2027, 100% chi bộ sử dụng ứng dụng Sổ tay đảng viên điện tử trong sinh hoạt.\n"
        "4. Đến năm 2030, kinh tế số chiếm tối thiểu 30% GRDP của tỉnh.\n"
    )
    commune = (
        "ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\nSố 04-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Gia Viễn, ngày 20 tháng 11 năm 2025\n\nNGHỊ QUYẾT\nvề chuyển đổi số trên địa bàn xã\n-----\n"
        "BAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT NGHỊ:\nI. MỤC TIÊU\n"
        "1. Đến hết năm 2026: 100% chi bộ sử dụng Sổ tay đảng viên điện tử; 90% hồ sơ công việc của Đảng ủy,"
        " Ủy ban nhân dân xã được xử lý trên môi trường mạng; tỷ lệ thủ tục hành chính giải quyết trực tuyến"
        " toàn trình đạt 70%.\n"
    )
    d = diff_plans(parse_text(province, path="a.txt"), parse_text(commune, path="b.txt"))
    # (each of the commune's targets answers the province's of its subject, not the bundle one of them)
    assert [(i["a"], i["b"]) for i in d.indicators if i["a"] and i["b"]] == [("1", "1 (2)"), ("2", "1 (3)"), ("3", "1 (1)")]
    assert [i["a"] for i in d.indicators if i["status"] == "only_a"] == ["4"]
    assert not [i for i in d.indicators if i["status"] == "only_b"]


_PLAN = "ỦY BAN NHÂN DÂN\n{unit}\nSố: {no}/KH-UBND\nHà Tĩnh, ngày {date}\nKẾ HOẠCH\nGiải quyết việc làm\nIV. TỔ CHỨC THỰC HIỆN\n"


@pytest.mark.parametrize(
    ("a_unit", "a_date", "a_items", "b_unit", "b_date", "b_items", "carried", "only_a", "only_b"),
    [
        # the departments closed on 1 March 2025 and their successors
        (
            "TỈNH HÀ TĨNH", "10 tháng 6 năm 2024",
            "1. Sở Lao động - Thương binh và Xã hội: chủ trì hỗ trợ tạo việc làm cho người lao động.\n"
            "2. Sở Kế hoạch và Đầu tư: đưa chỉ tiêu việc làm vào kế hoạch phát triển kinh tế - xã hội.\n"
            "3. Sở Thông tin và Truyền thông: chỉ đạo các cơ quan báo chí tuyên truyền về việc làm.\n",
            "TỈNH HÀ TĨNH", "10 tháng 8 năm 2025",
            "1. Sở Nội vụ: chủ trì hỗ trợ tạo việc làm cho người lao động.\n"
            "2. Sở Tài chính: đưa chỉ tiêu việc làm vào kế hoạch phát triển kinh tế - xã hội.\n"
            "3. Sở Văn hóa, Thể thao và Du lịch: chỉ đạo các cơ quan báo chí tuyên truyền về việc làm.\n",
            {"labour_social": "home_affairs", "planning": "finance", "information": "culture"}, [], [],
        ),
        # both before the reform: Sở Nội vụ was not Sở LĐTBXH
        (
            "TỈNH HÀ TĨNH", "10 tháng 6 năm 2023",
            "1. Sở Lao động - Thương binh và Xã hội: chủ trì hỗ trợ tạo việc làm cho người lao động.\n",
            "TỈNH HÀ TĨNH", "10 tháng 6 năm 2024",
            "1. Sở Nội vụ: chủ trì hỗ trợ tạo việc làm cho người lao động.\n",
            {}, ["labour_social"], ["home_affairs"],
        ),
        # a ward's departments serve several fields: the counterpart task tells which;
        # a task with no counterpart (the schools') stays a gap
        (
            "TỈNH HÀ TĨNH", "12 tháng 9 năm 2025",
            "1. Sở Tài chính: tham mưu bố trí nguồn vốn ngân sách ủy thác qua Ngân hàng Chính sách xã hội.\n"
            "2. Sở Nông nghiệp và Môi trường: lồng ghép chương trình cho vay nước sạch và vệ sinh môi trường nông thôn.\n"
            "3. Sở Giáo dục và Đào tạo: chỉ đạo các cơ sở giáo dục xác nhận học sinh, sinh viên vay vốn.\n",
            "PHƯỜNG THÀNH SEN", "03 tháng 10 năm 2025",
            "1. Phòng Kinh tế, Hạ tầng và Đô thị: tham mưu bố trí ngân sách phường ủy thác qua Ngân hàng Chính "
            "sách xã hội; lồng ghép cho vay nước sạch, vệ sinh môi trường.\n",
            # (the department filed under the first of the fields its task speaks of, finance)
            {"agriculture_environment": "finance"}, ["education"], [],
        ),
    ],
)
def test_sectors_follow_the_bodies_that_carry_them(a_unit, a_date, a_items, b_unit, b_date, b_items, carried, only_a, only_b):
    a = parse_text(_PLAN.format(unit=a_unit, no=300, date=a_date) + a_items, path="a.txt")
    b = parse_text(_PLAN.format(unit=b_unit, no=410, date=b_date) + b_items, path="b.txt")
    s = diff_plans(a, b).sectors
    assert {x["sector"]: x["b_as"] for x in s.common if x.get("b_as")} == carried
    assert ([x["sector"] for x in s.only_a], [x["sector"] for x in s.only_b]) == (only_a, only_b)


@pytest.mark.parametrize(
    ("commune_date", "cites", "done", "late"),
    [
        ("15 tháng 4 năm 2024", "Kế hoạch số 90/KH-UBND ngày 05/4/2024 của UBND huyện Thạch Hà", "2024-04-15", None),
        # a slip of one digit, with the district plan's date: KH602's test says it is that plan
        ("15 tháng 4 năm 2024", "Kế hoạch số 96/KH-UBND ngày 05/4/2024 của UBND huyện Thạch Hà", "2024-04-15", None),
        # one digit apart but another date: another plan of the district's
        ("15 tháng 4 năm 2024", "Kế hoạch số 96/KH-UBND ngày 02/3/2024 của UBND huyện Thạch Hà", None, None),
        # cited without its date: the number, issuer and place are the district's plan
        ("30 tháng 4 năm 2024", "Kế hoạch số 90/KH-UBND của UBND huyện Thạch Hà", "2024-04-30", 10),
        # not citing it: no plan of the district's is carried out
        ("15 tháng 4 năm 2024", "Kế hoạch số 60/KH-UBND ngày 20/3/2024 của UBND tỉnh Hà Tĩnh", None, None),
    ],
)
def test_the_plan_a_higher_one_asks_its_level_to_issue_is_the_lower_plan_itself(commune_date, cites, done, late):
    district = (
        "ỦY BAN NHÂN DÂN\nHUYỆN THẠCH HÀ\nSố: 90/KH-UBND\nThạch Hà, ngày 05 tháng 4 năm 2024\nKẾ HOẠCH\n"
        "Thực hiện công tác dân số năm 2024\nIV. TỔ CHỨC THỰC HIỆN\n1. UBND các xã, thị trấn:\n"
        "a) Xây dựng, ban hành kế hoạch thực hiện tại địa phương trước ngày 20/4/2024.\n"
        "b) Chỉ đạo Trạm Y tế xã tổ chức khám sức khỏe tiền hôn nhân cho nam, nữ thanh niên.\n"
    )
    commune = (
        "UBND HUYỆN THẠCH HÀ\nỦY BAN NHÂN DÂN XÃ THẠCH KÊNH\nSố: 18/KH-UBND\n"
        f"Thạch Kênh, ngày {commune_date}\nKẾ HOẠCH\nThực hiện công tác dân số năm 2024\n"
        f"Thực hiện {cites};\nIV. PHÂN CÔNG THỰC HIỆN\n"
        "1. Trạm Y tế xã: chủ trì tổ chức khám sức khỏe tiền hôn nhân cho nam, nữ thanh niên trên địa bàn.\n"
    )
    d = diff_plans(parse_text(district, path="a.txt"), parse_text(commune, path="b.txt"))
    m = next(m for m in d.tasks.a_to_b if "ban hành kế hoạch" in m.text)
    assert (m.done_by_issuing, m.late_by_days, m.covered) == (done, late, done is not None)
    # (the number the commune wrote is kept, and no longer listed as a citation only it has)
    slip = "96/" in cites and done is not None
    assert (d.citations.b_cites_a or {}).get("cited_as") == ("96/KH-UBND" if slip else None)
    assert ("96/KH-UBND" in [c["id"] for c in d.citations.only_b]) == ("96/" in cites and not slip)


_PROGRAMME = (
    "TỈNH ỦY THANH HÓA\n*\nSố 15-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 20 tháng 11 năm 2025\n\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị\n-----\n"
    "I. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát, hoàn thiện quy chế làm việc của cấp ủy các cấp.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Các đảng ủy xã, phường {order} thực hiện Chương trình hành động,"
    " hoàn thành trước ngày 31-12-2025.\n"
)


@pytest.mark.parametrize(
    ("order", "kind", "date", "done"),
    [
        # a ward Party committee's resolution is the text the programme asks it for
        ("xây dựng nghị quyết hoặc kế hoạch", "NGHỊ QUYẾT", "22 tháng 12 năm 2025", "2025-12-22"),
        ("ban hành nghị quyết chuyên đề", "NGHỊ QUYẾT", "22 tháng 12 năm 2025", "2025-12-22"),
        ("xây dựng chương trình hành động", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "10 tháng 12 năm 2025", "2025-12-10"),
        # a programme asked for is no resolution
        ("xây dựng chương trình hành động", "NGHỊ QUYẾT", "22 tháng 12 năm 2025", None),
    ],
)
def test_a_party_committees_resolution_or_programme_is_the_text_the_programme_above_asks_it_for(order, kind, date, done):
    code = "NQ" if kind == "NGHỊ QUYẾT" else "CTr"
    ward = (
        f"ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY PHƯỜNG HẠC THÀNH\n*\nSố 03-{code}/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        f"Hạc Thành, ngày {date}\n\n{kind}\nvề hoàn thiện thể chế trên địa bàn phường\n-----\n"
        "- Thực hiện Chương trình hành động số 15-CTr/TU, ngày 20-11-2025 của Tỉnh ủy về thực hiện Nghị quyết số"
        " 66-NQ/TW của Bộ Chính trị;\nBAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG QUYẾT NGHỊ:\n"
        "1. Nhiệm vụ: rà soát, hoàn thiện quy chế làm việc của Đảng ủy phường, hoàn thành trong quý I năm 2026.\n"
    )
    d = diff_plans(parse_text(_PROGRAMME.format(order=order), path="a.txt"), parse_text(ward, path="b.txt"))
    m = next(m for m in d.tasks.a_to_b if "đảng ủy xã" in m.text.lower())
    assert m.done_by_issuing == done
    if done:
        assert m.covered


_TIPS = "Năm 2024, 100% tin báo, tố giác về tội phạm được tiếp nhận, xác minh; tỷ lệ điều tra, khám phá đạt trên {}%."


@pytest.mark.parametrize(
    ("a_target", "b_unit", "b_target", "verdict"),
    [
        # a bigger reduction is the stricter target
        ("Tỷ lệ hộ nghèo giảm 1,5% trong năm 2024.", "HUYỆN KỲ ANH", "Tỷ lệ hộ nghèo giảm 2% trong năm 2024.", "stricter"),
        # a commune's count is a share of the district's total, not a weaker target
        ("Tạo việc làm mới cho 1.200 lao động năm 2024.", "XÃ KỲ TÂY", "Tạo việc làm mới cho 60 lao động năm 2024.", None),
        # at one level the counts compare
        ("Tạo việc làm mới cho 1.200 lao động năm 2024.", "HUYỆN KỲ ANH", "Tạo việc làm mới cho 600 lao động năm 2024.", "weaker"),
        # a range compares by its top, then by its floor: "70 - 75%" is weaker than "75%"
        ("Tỷ lệ lao động qua đào tạo đạt 75% năm 2024.", "HUYỆN KỲ ANH", "Tỷ lệ lao động qua đào tạo đạt 70 - 75% năm 2024.", "weaker"),
        # sub-targets pair by what they measure: a clearance rate B leaves out
        # is dropped, not compared with the tips it keeps at 100%
        (_TIPS.format(90), "XÃ KỲ TÂY", "Năm 2024, 100% tin báo, tố giác về tội phạm được tiếp nhận, xác minh.", "dropped"),
        (_TIPS.format(90), "XÃ KỲ TÂY", _TIPS.format(80), "weaker"),
        (_TIPS.format(90), "XÃ KỲ TÂY", _TIPS.format(95), "stricter"),
        (_TIPS.format(90), "XÃ KỲ TÂY", _TIPS.format(90).replace("100%", "95%"), "weaker"),
    ],
)
def test_targets_compare_by_direction_and_scope(a_target, b_unit, b_target, verdict):
    head = "ỦY BAN NHÂN DÂN\n{unit}\nSố: 9/KH-UBND\nKỳ Anh, ngày 20 tháng 3 năm 2024\nKẾ HOẠCH\nGiảm nghèo năm 2024\nII. CHỈ TIÊU\n1. "
    a = parse_text(head.format(unit="HUYỆN KỲ ANH") + a_target + "\n", path="a.txt")
    b = parse_text(head.format(unit=b_unit) + b_target + "\n", path="b.txt")
    assert [i.get("verdict") for i in diff_plans(a, b).indicators] == [verdict]


@pytest.mark.parametrize(
    ("a_target", "b_unit", "b_target", "statuses"),
    [
        # a growth rate is no total: not paired, whatever the wording shares
        ("Tăng trưởng dư nợ tín dụng chính sách bình quân từ 8%/năm trở lên.", "PHƯỜNG ĐỒNG SƠN",
         "Tổng dư nợ tín dụng chính sách trên địa bàn phường đạt 180 tỷ đồng.", ["only_a", "only_b"]),
        # a ward's budget is a share of the province's: paired, not compared
        ("Nguồn vốn ngân sách ủy thác qua Ngân hàng Chính sách xã hội đạt 1.200 tỷ đồng.", "PHƯỜNG ĐỒNG SƠN",
         "Ngân sách phường ủy thác qua Ngân hàng Chính sách xã hội tối thiểu 500 triệu đồng.", ["not_comparable"]),
        # at one level the sums compare
        ("Nguồn vốn ngân sách ủy thác qua Ngân hàng Chính sách xã hội đạt 1.200 tỷ đồng.", "TỈNH QUẢNG BÌNH",
         "Nguồn vốn ngân sách ủy thác qua Ngân hàng Chính sách xã hội đạt 1.000 tỷ đồng.", ["changed"]),
    ],
)
def test_only_targets_of_one_kind_compare(a_target, b_unit, b_target, statuses):
    head = "ỦY BAN NHÂN DÂN\n{unit}\nSố: 9/KH-UBND\nĐồng Hới, ngày 20 tháng 3 năm 2025\nKẾ HOẠCH\nTín dụng chính sách\nII. CHỈ TIÊU\n1. "
    a = parse_text(head.format(unit="TỈNH QUẢNG TRỊ") + a_target + "\n", path="a.txt")
    b = parse_text(head.format(unit=b_unit) + b_target + "\n", path="b.txt")
    assert [i["status"] for i in diff_plans(a, b).indicators] == statuses


_DISTRICT = (
    "ỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN\nSố: 215/KH-UBND\nNam Đàn, ngày 27 tháng 12 năm 2024\nKẾ HOẠCH\n"
    "Tín dụng chính sách xã hội\nIII. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN\n{item}\n"
)
_COMMUNE = (
    "UBND HUYỆN NAM ĐÀN\nỦY BAN NHÂN DÂN XÃ NAM GIANG\nSố: 08/KH-UBND\nNam Giang, ngày 05 tháng 01 năm 2025\n"
    "KẾ HOẠCH\nTín dụng chính sách xã hội\nIV. PHÂN CÔNG THỰC HIỆN\n"
    "1. Ban giảm nghèo xã: kiện toàn Ban giảm nghèo xã; chỉ đạo bình xét, công khai danh sách hộ vay vốn.\n"
    "2. Công chức Văn hóa - Xã hội: chủ trì rà soát hộ nghèo, hộ cận nghèo hằng năm.\n"
    "3. Công chức Tài chính - Kế toán: tham mưu bố trí ngân sách xã ủy thác qua Ngân hàng Chính sách xã hội.\n"
    "V. CHẾ ĐỘ BÁO CÁO\nCác bộ phận báo cáo kết quả về UBND xã trước ngày 25/11 hằng năm; UBND xã tổng hợp báo cáo "
    "UBND huyện (qua Phòng giao dịch Ngân hàng Chính sách xã hội huyện) trước ngày 05/12 hằng năm.\n"
)


@pytest.mark.parametrize(
    ("item", "covered", "above"),
    [
        # a parent's task split among the child's offices
        (
            "1. UBND các xã, thị trấn: kiện toàn Ban giảm nghèo xã; chỉ đạo công chức Văn hóa - Xã hội rà soát hộ "
            "nghèo, hộ cận nghèo; bố trí ngân sách xã ủy thác (nếu có).",
            True, False,
        ),
        # one clause the child leaves out: still a gap
        (
            "1. UBND các xã, thị trấn: kiện toàn Ban giảm nghèo xã; phối hợp với các trường học xác nhận học sinh, "
            "sinh viên thuộc đối tượng vay vốn.",
            False, False,
        ),
        # the report the parent asks, written as the child's paragraph
        (
            "1. UBND các xã, thị trấn: báo cáo kết quả thực hiện về Phòng giao dịch Ngân hàng Chính sách xã hội "
            "huyện trước ngày 05/12 hằng năm.",
            True, False,
        ),
        # a district department's own task is not the commune's
        ("1. Phòng Giáo dục và Đào tạo: chỉ đạo các trường học xác nhận kịp thời học sinh thuộc đối tượng vay vốn.", False, True),
    ],
)
def test_a_higher_plans_task_at_the_lower_level_is_covered_clause_by_clause(item, covered, above):
    d = diff_plans(parse_text(_DISTRICT.format(item=item), path="a.txt"), parse_text(_COMMUNE, path="b.txt"))
    (m,) = d.tasks.a_to_b
    assert (m.covered, m.above_b_level) == (covered, above)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        # a list of units, or "các" units, is one unit: the lower plan's own
        ("Công an các xã, phường, thị trấn", "công an unitword"),
        ("UBND các xã và thị trấn", "ubnd unitword"),
        ("Công an phường", "công an unitword"),
    ],
)
def test_units_named_in_a_list_are_one(text, normalised):
    from khtool.diff import normalise

    assert " ".join(normalise(text).split()) == normalised


def test_a_higher_plans_bodies_of_the_lower_level_are_the_lower_plan_itself():
    head = "ỦY BAN NHÂN DÂN\n{}\nSố: {}/KH-UBND\nHoàng Mai, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nTín dụng đen\nII. TỔ CHỨC THỰC HIỆN\n"
    a = parse_text(
        head.format("THỊ XÃ HOÀNG MAI", 120) + "1. UBND các xã, phường: tuyên truyền về thủ đoạn cho vay nặng lãi.\n"
    )
    b = parse_text(
        head.format("PHƯỜNG QUỲNH THIỆN", 15) + "1. Công an phường: tuyên truyền về thủ đoạn cho vay nặng lãi.\n"
    )
    d = diff_plans(a, b)
    assert [s["sector"] for s in d.sectors.only_a] == []
    assert [(s["sector"], s.get("b_as")) for s in d.sectors.common if s.get("b_as")] == [("lower_government", "itself")]


_PROVINCE_PART = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 88/KH-UBND\nAn Giang, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước trẻ em năm 2026\nI. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Nâng cao năng lực cho đội ngũ làm công tác bảo vệ trẻ em và nhân rộng các mô hình hiệu quả.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Giáo dục và Đào tạo\nChỉ đạo các trường tổ chức dạy bơi an toàn cho học sinh tiểu học.\n"
    "2. Ủy ban nhân dân các xã, phường\n"
    "a) Chỉ đạo Công an xã rà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo; chỉ đạo Trạm Y tế "
    "tập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
    "b) Phối hợp các trường học tổ chức lớp dạy bơi cho trẻ em trong dịp hè.\n"
)
_COMMUNE_PART = (
    "ỦY BAN NHÂN DÂN\nXÃ CHỢ MỚI\nSố: 05/KH-UBND\nChợ Mới, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước trẻ em năm 2026\nI. PHÂN CÔNG NHIỆM VỤ\n"
)


@pytest.mark.parametrize(
    ("b_items", "at_level", "partly", "only_a"),
    [
        # the province's commune tasks word for word: its general item is no commune's
        (
            "1. Công an xã\nRà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo.\n"
            "2. Trạm Y tế xã\nTập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
            "3. Phòng Văn hóa - Xã hội\nPhối hợp các trường học tổ chức lớp dạy bơi cho trẻ em trong dịp hè.\n",
            1.0, [], [],
        ),
        # the same as a task table: its rows are tasks
        (
            "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
            "1 | Rà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo | Công an xã | Trưởng các ấp | Tháng 4/2026\n"
            "2 | Tập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân | Trạm Y tế xã | Phòng Văn hóa - Xã hội | Tháng 5/2026\n"
            "3 | Phối hợp các trường học tổ chức lớp dạy bơi cho trẻ em trong dịp hè | Phòng Văn hóa - Xã hội | Các trường học | Tháng 6/2026\n",
            1.0, [], [],
        ),
        # no Trạm Y tế: the clause naming it is missing; task a) counts for its
        # one clause of two B carries (the health sector is held by Phòng Văn
        # hóa - Xã hội, which serves health among its fields: audit QD E8)
        (
            "1. Công an xã\nRà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo cho người dân.\n"
            "2. Phòng Văn hóa - Xã hội\nPhối hợp các trường học tổ chức lớp dạy bơi cho trẻ em trong dịp hè; "
            "tập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n",
            0.75, ["chỉ đạo Trạm Y tế tập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân."], [],
        ),
        # a unit named in brackets after a body is B's body of the sector it names
        (
            "1. Công an xã\nRà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo cho người dân.\n"
            "2. Văn phòng HĐND và UBND xã (bộ phận Y tế)\nTập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân; "
            "hướng dẫn người dân phòng tránh đuối nước.\n"
            "3. Phòng Văn hóa - Xã hội\nPhối hợp các trường học tổ chức lớp dạy bơi cho trẻ em trong dịp hè.\n",
            1.0, [], [],
        ),
    ],
)
def test_a_lower_plan_is_measured_on_the_part_for_its_level(b_items, at_level, partly, only_a):
    d = diff_plans(parse_text(_PROVINCE_PART, path="a.txt"), parse_text(_COMMUNE_PART + b_items, path="b.txt"))
    assert d.tasks.tasks_a_at_b_level == 2 and d.tasks.coverage_a_by_b_at_its_level == at_level
    assert [m.line for m in d.tasks.a_to_b if m.general] == [8]
    assert [c for m in d.tasks.a_to_b if m.partly for c in m.missing_clauses] == partly
    assert [s["sector"] for s in d.sectors.only_a] == only_a
    # (the province's own department is above the commune's level, no gap of its)
    assert [s["sector"] for s in d.sectors.above_b_level] == ["education"] or "education" in [
        s["sector"] for s in d.sectors.common
    ]


_PART_MBN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 46/KH-UBND\nAn Giang, ngày 23 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống mua bán người năm 2026\nI. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế\nHướng dẫn các cơ sở y tế hỗ trợ y tế cho nạn nhân bị mua bán.\n"
    "2. Ủy ban nhân dân các xã, phường\n"
    "a) Chỉ đạo Phòng Văn hóa - Xã hội phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã tuyên truyền Luật "
    "Phòng, chống mua bán người qua mạng xã hội; chỉ đạo Trạm Y tế hỗ trợ y tế, tư vấn tâm lý cho nạn nhân.\n"
)
_WARD_MBN = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG TỊNH BIÊN\nSố: 12/KH-UBND\nTịnh Biên, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống mua bán người năm 2026\nI. NHIỆM VỤ\n{}"
    "2. Trạm Y tế phường\nThực hiện hỗ trợ y tế, tư vấn tâm lý cho nạn nhân.\n"
)


@pytest.mark.parametrize(
    ("office", "labour", "covered"),
    [
        # the body A names, filed in B by its first task's field (education),
        # is that body: its sector held, the clause it carries covered
        (
            "1. Phòng Văn hóa - Xã hội\n"
            "- Hướng dẫn các trường học trên địa bàn lồng ghép nội dung phòng, chống mua bán người vào hoạt động ngoại khóa.\n"
            "- Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam phường tuyên truyền Luật Phòng, chống mua bán người qua "
            "mạng xã hội.\n",
            ["Phòng Văn hóa - Xã hội"], True,
        ),
        # no such body: no other sector's body (the Trạm Y tế, a successor of
        # Sở LĐTBXH's) stands in for it
        ("", None, False),
    ],
)
def test_a_body_named_for_bs_level_is_bs_body_of_its_sector_or_the_same_body(office, labour, covered):
    d = diff_plans(parse_text(_PART_MBN, path="a.txt"), parse_text(_WARD_MBN.format(office), path="b.txt"))
    rows = {s["sector"]: s["b"] for s in d.sectors.common}
    assert rows.get("labour_social") == labour and rows["health"] == ["Trạm Y tế phường"]
    assert [m.covered for m in d.tasks.a_to_b if m.line == 11] == [covered]


_TABLE = "TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
_SURVEY = "1 | Khảo sát sông, kênh, ao hồ có nguy cơ mất an toàn, dựng biển báo nguy hiểm | Công an xã | Trưởng các ấp | Tháng 4/2026\n"
_SWIM = "3 | Mở lớp dạy bơi cho trẻ em trong hè | Phòng Văn hóa - Xã hội | Các trường học | Tháng 6/2026\n"


@pytest.mark.parametrize(
    ("rows", "covered"),
    [
        # the province's commune tasks in the commune's own words, each row
        # given to the body the province names: covered
        (
            _SURVEY + "2 | Hướng dẫn Nhân dân cách sơ cứu, cấp cứu người bị đuối nước | Trạm Y tế xã | Phòng Văn hóa - Xã hội | Tháng 5/2026\n",
            [True, True],
        ),
        # the body named has another task: the clause it was to carry is a gap
        (_SURVEY + "2 | Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi | Trạm Y tế xã | Phòng Văn hóa - Xã hội | Tháng 5/2026\n", [False, True]),
        # the words alone, given to another body, are too far apart
        (
            _SURVEY + "2 | Hướng dẫn Nhân dân cách sơ cứu, cấp cứu người bị đuối nước | Phòng Văn hóa - Xã hội | Trưởng các ấp | Tháng 5/2026\n",
            [False, True],
        ),
    ],
)
def test_a_task_in_other_words_is_covered_by_the_body_it_names(rows, covered):
    d = diff_plans(parse_text(_PROVINCE_PART, path="a.txt"), parse_text(_COMMUNE_PART + _TABLE + rows + _SWIM, path="b.txt"))
    assert [m.covered for m in d.tasks.a_to_b if not m.general and not m.above_b_level] == covered


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        # near-synonyms of administrative Vietnamese are one word when plans are compared
        ("Đón nhận, hỗ trợ người bị hại", "Tiếp nhận, hỗ trợ nạn nhân", True),
        ("Tổ chức ít nhất hai đợt phổ biến pháp luật", "Tổ chức tối thiểu hai đợt tuyên truyền pháp luật", True),
        ("Hỗ trợ học nghề, kết nối việc làm", "Hỗ trợ đào tạo nghề, giới thiệu việc làm", True),
        ("Phòng, chống buôn người", "Phòng, chống mua bán người", True),
        # not words of another meaning
        ("Tiếp nhận hồ sơ", "Kiểm tra hồ sơ", False),
    ],
)
def test_near_synonyms_are_one_word_when_compared(a, b, alike):
    assert (similarity(a, b) > 0.99) == alike


@pytest.mark.parametrize(
    ("a_first", "fail_under", "code"),
    [
        # between levels the gate is what B carries of A's tasks at its level
        # (100%), not of A's whole plan with its departments' own (50%)
        (True, 90, 0),
        (True, 100, 0),  # (all of them; over 100 is a usage error)
        # a lower plan against a higher one: the whole (100%)
        (False, 100, 0),
    ],
)
def test_fail_under_between_levels_checks_the_tasks_at_bs_level(tmp_path, a_first, fail_under, code):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(_PROVINCE_PART, encoding="utf-8")
    b.write_text(
        _COMMUNE_PART
        + "1. Công an xã\nRà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo.\n"
        "2. Trạm Y tế xã\nTập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
        "3. Phòng Văn hóa - Xã hội\nPhối hợp các trường học tổ chức lớp dạy bơi cho trẻ em trong dịp hè.\n",
        encoding="utf-8",
    )
    first, second = (a, b) if a_first else (b, a)
    res = runner.invoke(app, ["diff", str(first), str(second), "-f", "json", "--fail-under", str(fail_under)])
    assert res.exit_code == code


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a body named inside a task is read to its task's verb, as the parse reads partners
        ("Phối hợp Công an xã kiểm tra các cơ sở kinh doanh dịch vụ karaoke.", [("police", "Công an xã")]),
        ("Phối hợp Công an xã nắm tình hình người đi khỏi địa phương.", [("police", "Công an xã")]),
        ("Chỉ đạo các trường học trên địa bàn lồng ghép nội dung vào hoạt động ngoại khóa.", [("education", "các trường học")]),
        # each body of a list
        (
            "Chỉ đạo Trạm Y tế xã và Công an xã tổ chức tập huấn.",
            [("health", "Trạm Y tế xã"), ("police", "Công an xã")],
        ),
        ("Chủ trì tuyên truyền trên địa bàn xã.", []),
    ],
)
def test_a_body_a_task_names_is_read_to_its_tasks_verb(text, named):
    from khtool.diff import _bodies_named

    assert _bodies_named(text) == named


def test_a_body_is_shown_once_for_each_sector():
    b = _COMMUNE_PART + (
        "1. Công an xã\nRà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo.\n"
        "2. Trạm Y tế xã\nTập huấn kỹ năng sơ cứu; phối hợp Công an xã kiểm tra các điểm sông, kênh.\n"
        "3. Phòng Văn hóa - Xã hội\nPhối hợp Công an xã nắm tình hình; phối hợp các trường học tổ chức lớp dạy bơi.\n"
    )
    d = diff_plans(parse_text(_PROVINCE_PART, path="a.txt"), parse_text(b, path="b.txt"))
    police = next(s for s in d.sectors.common if s["sector"] == "police")
    assert police["b"] == ["Công an xã"]


@pytest.mark.parametrize(
    ("fmt", "gaps", "apart"),
    [
        # the general item (line 8) and the province department's (line 10) are told apart from the gaps
        ("table", "Tasks of A not covered by B", "For information, not counted as gaps: 1 general task of A (line 8)"),
        ("md", "### Để tham khảo (không tính là thiếu)", "- dòng 8 (nhiệm vụ chung)"),
        ("html", "Tasks of A, matched in B", "For information, not counted as gaps: 1 general task of A (line 8)"),
    ],
)
def test_the_gaps_at_the_lower_level_come_before_what_is_for_information(fmt, gaps, apart, tmp_path):
    (tmp_path / "a.txt").write_text(_PROVINCE_PART, encoding="utf-8")
    b = "1. Công an xã\nRà soát các điểm sông, kênh, ao hồ nguy hiểm, cắm biển cảnh báo.\n"
    (tmp_path / "b.txt").write_text(_COMMUNE_PART + b, encoding="utf-8")
    res = runner.invoke(app, ["diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", fmt])
    out = " ".join(res.stdout.split())
    assert gaps in out and apart in out and out.index(gaps) < out.index(apart)
    assert "(general" not in out


_PROVINCE_46 = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 46/KH-UBND\nAn Giang, ngày 23 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống mua bán người năm 2026\nIV. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh\n"
    "a) Chủ trì, phối hợp các sở, ngành triển khai thực hiện Kế hoạch này.\n"
    "b) Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Công an trước ngày 15/12/2026.\n"
    "2. Ủy ban nhân dân các xã, phường\n"
    "a) Xây dựng, ban hành kế hoạch thực hiện công tác phòng, chống mua bán người của địa phương trước ngày 28/02/2026.\n"
    "b) Bố trí kinh phí thực hiện; báo cáo kết quả thực hiện về Công an tỉnh trước ngày 10/12/2026.\n"
    "V. CHẾ ĐỘ BÁO CÁO\n"
    "1. Các sở, ngành và Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Công an tỉnh trước ngày 10/12/2026.\n"
    "2. Công an tỉnh tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Công an trước ngày 15/12/2026.\n"
)
_COMMUNE_46 = (
    "ỦY BAN NHÂN DÂN\nXÃ KHÁNH BÌNH\nSố: 15/KH-UBND\nKhánh Bình, ngày {date}\nKẾ HOẠCH\n"
    "Phòng, chống mua bán người năm 2026 trên địa bàn xã\n{cites}"
    "I. NHIỆM VỤ\n1. Công an xã chủ trì rà soát, nắm tình hình người đi khỏi địa phương.\n"
    # (B's share of A's item for its level: B of A's subject, not by its
    # reports alone, its units' report to Công an xã being no report of A's)
    "2. Bố trí kinh phí thực hiện công tác phòng, chống mua bán người.\n"
    "II. CHẾ ĐỘ BÁO CÁO\n"
    "1. Các ban, ngành báo cáo kết quả thực hiện về Công an xã trước ngày 30/11/2026.\n"
    "2. Ủy ban nhân dân xã báo cáo kết quả thực hiện về Công an tỉnh trước ngày {report}.\n"
)
_CITES_46 = "Thực hiện Kế hoạch số 46/KH-UBND ngày 23/01/2026 của Ủy ban nhân dân tỉnh An Giang,\n"
_SCHOOL_YEAR_ROW = (
    "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành\n"
    "1 | Rà soát, nắm tình hình người đi khỏi địa phương | Công an xã | Trưởng các ấp | Thường xuyên\n"
    "2 | Đưa nội dung phòng, chống mua bán người vào sinh hoạt ngoại khóa của học sinh | "
    "Trường THCS Khánh Bình | Phòng Văn hóa - Xã hội | Năm học 2025 - 2026\n"
)


@pytest.mark.parametrize(
    ("date", "cites", "report", "rows"),
    [
        # in time: the report due twice in A is one; Công an tỉnh's own is above
        # the commune; the date for plans of its level met by the commune's own
        (
            "10 tháng 02 năm 2026", _CITES_46, "10/12/2026",
            [((15, 12), None, "above_b_level"), ((28, 2), None, "met"), ((10, 12), (10, 12), "same"),
             (None, (30, 11), "only_b")],
        ),
        # issued late, reporting ten days later
        (
            "16 tháng 3 năm 2026", _CITES_46, "20/12/2026",
            [((15, 12), None, "above_b_level"), ((28, 2), None, "late"), ((10, 12), (20, 12), "changed"),
             (None, (30, 11), "only_b")],
        ),
        # a commune not citing the province's plan, of its subject and issued
        # before the date it gives, is still that plan (the missing citation
        # told once, `b_does_not_cite_a`)
        (
            "10 tháng 02 năm 2026", "", "10/12/2026",
            [((15, 12), None, "above_b_level"), ((28, 2), None, "met"), ((10, 12), (10, 12), "same"),
             (None, (30, 11), "only_b")],
        ),
        # issued after it, citing nothing, it may be another plan: not judged
        (
            "16 tháng 3 năm 2026", "", "10/12/2026",
            [((15, 12), None, "above_b_level"), ((28, 2), None, "only_a"), ((10, 12), (10, 12), "same"),
             (None, (30, 11), "only_b")],
        ),
        # a school year in B's table is the period a duty runs in, no date of
        # A's: the plan-issuing date is met by B itself, or left A's alone
        # (B's ongoing row, "Thường xuyên", is listed too between levels: only B's)
        (
            "10 tháng 02 năm 2026", _CITES_46 + _SCHOOL_YEAR_ROW, "10/12/2026",
            [((15, 12), None, "above_b_level"), ((28, 2), None, "met"), ((10, 12), (10, 12), "same"),
             (None, (None, None), "only_b"), (None, (None, None), "only_b"), (None, (30, 11), "only_b")],
        ),
        (
            "10 tháng 02 năm 2026", _SCHOOL_YEAR_ROW, "10/12/2026",
            [((15, 12), None, "above_b_level"), ((28, 2), None, "met"), ((10, 12), (10, 12), "same"),
             (None, (None, None), "only_b"), (None, (None, None), "only_b"), (None, (30, 11), "only_b")],
        ),
    ],
)
def test_a_higher_plans_deadlines_are_told_as_the_lower_plan_meets_them(date, cites, report, rows):
    commune = _COMMUNE_46.format(date=date, cites=cites.replace(_SCHOOL_YEAR_ROW, ""), report=report)
    if _SCHOOL_YEAR_ROW in cites:
        commune = commune.replace("1. Công an xã chủ trì rà soát, nắm tình hình người đi khỏi địa phương.\n", _SCHOOL_YEAR_ROW)
    d = diff_plans(parse_text(_PROVINCE_46, path="a.txt"), parse_text(commune, path="b.txt"))

    def when(x):
        return x and (x["day"], x["month"])

    assert [(when(x["a"]), when(x["b"]), x["status"]) for x in d.deadlines] == rows
    late = [x.get("late_by_days") for x in d.deadlines if x["status"] in ("met", "late")]
    assert late == {"late": [16], "met": [None], "only_a": []}[rows[1][2]]


_DENGUE = (
    "ỦY BAN NHÂN DÂN\nXÃ KHÁNH BÌNH\nSố: 16/KH-UBND\nKhánh Bình, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết năm 2026\nI. NHIỆM VỤ\n"
    "1. Trạm Y tế xã chủ trì giám sát ca bệnh, phun hóa chất diệt muỗi tại các ổ dịch.\n"
    "2. Các ấp tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình.\n"
)


@pytest.mark.parametrize(
    ("a", "cites", "omits", "b"),
    [
        (_PROVINCE_46, _CITES_46, None, None),
        # a lower plan citing no plan of A's number: said, not left to be seen by absence
        (_PROVINCE_46, "", "46/KH-UBND", None),
        # nor a commune of another province
        (_PROVINCE_46.replace("TỈNH AN GIANG", "TỈNH NGHỆ AN").replace("An Giang, ngày", "Nghệ An, ngày"), "", None, None),
        # plans of one level need not cite each other
        (_COMMUNE_46.format(date="01 tháng 02 năm 2026", cites="", report="10/12/2026").replace("15/KH", "12/KH"), "", None, None),
        # only a plan that may carry A out would cite it: not one of another
        # subject, nor one issued before A
        (_PROVINCE_46, "", None, _DENGUE),
        (_PROVINCE_46, "", None, _COMMUNE_46.format(date="10 tháng 01 năm 2026", cites="", report="10/12/2026")),
    ],
)
def test_a_lower_plan_not_citing_the_higher_one_is_told(a, cites, omits, b):
    commune = b or _COMMUNE_46.format(date="10 tháng 02 năm 2026", cites=cites, report="10/12/2026")
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(commune, path="b.txt"))
    assert d.citations.b_does_not_cite_a == omits
    from khtool.render.diff_out import to_markdown

    assert ("B does not cite A (46/KH-UBND)" in to_markdown(d)) == bool(omits)


_LAW_PLAN = (
    "ỦY BAN NHÂN DÂN\n{unit}\nSố: {no}/KH-UBND\nAn Giang, ngày 10 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống mua bán người năm 2026\n{cites}\nI. NHIỆM VỤ\n1. Công an {level} chủ trì triển khai Kế hoạch.\n"
)
_LAW_53 = "Căn cứ Luật Phòng, chống mua bán người số 53/2024/QH15 ngày 28 tháng 11 năm 2024;"


@pytest.mark.parametrize(
    ("a_cites", "b_cites", "common", "only_a", "only_b"),
    [
        # one law, numbered in one plan and named with its date in the other
        (_LAW_53, "Căn cứ Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024;", ["53/2024/QH15"], [], []),
        ("Căn cứ Luật Phòng, chống mua bán người ngày 28/11/2024;", _LAW_53, ["Luật Phòng, chống mua bán người"], [], []),
        # another law of the same year stays apart
        (_LAW_53, "Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;", [], ["53/2024/QH15"], ["Luật Dữ liệu"]),
        # a law cited by its title alone is the latest of that title the plans number
        (_LAW_53, "Căn cứ Luật Phòng, chống mua bán người;", ["53/2024/QH15"], [], []),
        (_LAW_53, "Căn cứ Luật Dữ liệu;", [], ["53/2024/QH15"], ["Luật Dữ liệu"]),
    ],
)
def test_a_law_named_in_one_plan_and_numbered_in_the_other_is_one_citation(a_cites, b_cites, common, only_a, only_b):
    a = parse_text(_LAW_PLAN.format(unit="TỈNH AN GIANG", no=46, cites=a_cites, level="tỉnh"), path="a.txt")
    b = parse_text(_LAW_PLAN.format(unit="PHƯỜNG TÂN CHÂU", no=15, cites=b_cites, level="phường"), path="b.txt")
    c = diff_plans(a, b).citations
    assert ([x["id"] for x in c.common], [x["id"] for x in c.only_a], [x["id"] for x in c.only_b]) == (common, only_a, only_b)


_PROVINCE_41 = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 41/KH-UBND\nHà Tĩnh, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán năm 2026\nI. CHỈ TIÊU\n"
    "1. 100% xã, phường ban hành kế hoạch bảo đảm an toàn thực phẩm Tết trước ngày 25/01/2026.\n"
    "2. 100% xã, phường {target}.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\nChủ trì theo dõi, tổng hợp; báo cáo UBND tỉnh trước ngày 05/3/2026.\n"
    "2. Ủy ban nhân dân các xã, phường\n"
    "a) Xây dựng, ban hành kế hoạch bảo đảm an toàn thực phẩm Tết của địa phương trước ngày 25/01/2026.\n"
    "b) Rà soát, kiểm tra các cơ sở giết mổ gia súc, gia cầm trên địa bàn trước ngày 10/02/2026.\n"
    "c) Báo cáo kết quả về {item_to} trước ngày 25/02/2026.\n"
    "III. CHẾ ĐỘ BÁO CÁO\n"
    "Ủy ban nhân dân các xã, phường báo cáo kết quả về {part_to} trước ngày 25/02/2026.\n"
)
_WARD_05 = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN\nSố: 05/KH-UBND\nThành Sen, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán năm 2026\n"
    "Thực hiện Kế hoạch số 41/KH-UBND ngày 15/01/2026 của UBND tỉnh Hà Tĩnh;\nI. NHIỆM VỤ\n"
    "1. Đoàn kiểm tra liên ngành: kiểm tra các cơ sở giết mổ gia súc, gia cầm trước ngày 10/02/2026.\n"
    "II. CHẾ ĐỘ BÁO CÁO\nUBND phường báo cáo kết quả về UBND tỉnh (qua Sở Y tế) trước ngày 25/02/2026.\n"
)


@pytest.mark.parametrize(
    ("target", "item_to", "part_to", "rows"),
    [
        # a target restating the communes' item is its deadline; a report to
        # the province through its department is the one to that department
        # "to sum up and report to the province": one row each, also at the other
        (
            "kiểm tra cơ sở giết mổ", "UBND tỉnh (qua Sở Y tế)", "Sở Y tế để tổng hợp, báo cáo UBND tỉnh",
            [((25, 1), "met", 1), ((5, 3), "above_b_level", 0), ((10, 2), "same", 0), ((25, 2), "same", 1)],
        ),
        (
            "rà soát, kiểm tra các cơ sở giết mổ gia súc, gia cầm trước ngày 10/02/2026",
            "UBND tỉnh (qua Sở Y tế)", "Sở Y tế để tổng hợp, báo cáo UBND tỉnh",
            [((25, 1), "met", 1), ((10, 2), "same", 1), ((5, 3), "above_b_level", 0), ((25, 2), "same", 1)],
        ),
        # another duty of the same date is not the same deadline, nor a
        # report to another body that names neither
        (
            "tổ chức tập huấn kiến thức an toàn thực phẩm cho người kinh doanh trước ngày 10/02/2026",
            "Sở Y tế", "Sở Công Thương",
            [((25, 1), "met", 1), ((10, 2), "only_a", 0), ((5, 3), "above_b_level", 0), ((10, 2), "same", 0),
             ((25, 2), "same", 0), ((25, 2), "only_a", 0)],
        ),
    ],
)
def test_one_plans_deadlines_of_one_date_duty_and_addressee_are_one_row(target, item_to, part_to, rows):
    a = parse_text(_PROVINCE_41.format(target=target, item_to=item_to, part_to=part_to), path="a.txt")
    d = diff_plans(a, parse_text(_WARD_05, path="b.txt"))
    got = [((x["a"]["day"], x["a"]["month"]), x["status"], len(x["a"].get("also_at", []))) for x in d.deadlines if x["a"]]
    assert got == rows


_PROVINCE_PART_41 = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 41/KH-UBND\nHà Tĩnh, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán năm 2026\nI. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế\nChủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch.\n"
    "2. Ủy ban nhân dân các xã, phường\na) {item}\n"
)
_WARD_PART_05 = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG THÀNH SEN\nSố: 05/KH-UBND\nThành Sen, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán năm 2026\n"
    "Thực hiện Kế hoạch số 41/KH-UBND ngày 15/01/2026 của UBND tỉnh Hà Tĩnh;\nI. NHIỆM VỤ\n"
    "1. Văn phòng HĐND và UBND phường: tham mưu kiện toàn Ban Chỉ đạo liên ngành, phân công thành viên phụ trách các tổ dân phố.\n"
    "2. Phòng Văn hóa - Xã hội: tuyên truyền về an toàn thực phẩm trên hệ thống truyền thanh cơ sở.\n"
)


@pytest.mark.parametrize(
    ("item", "covered", "missing", "coverage"),
    [
        # a clause B leaves out is a gap, though the task as a whole is like
        # B's item; the task counts for the two clauses of three B carries
        (
            "Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp xã; phân công thành viên phụ trách "
            "từng địa bàn; duy trì chế độ giao ban hằng tuần trong dịp Tết.",
            False, ["duy trì chế độ giao ban"], 0.667,
        ),
        # a clause B carries is named apart from those it leaves out, though
        # the task as a whole is like none of B's items
        (
            "Tổ chức tuyên truyền về an toàn thực phẩm; dự trữ test nhanh, hóa chất kiểm nghiệm; hướng dẫn "
            "người dân lựa chọn thực phẩm an toàn.",
            False, ["dự trữ test nhanh", "hướng dẫn người dân"], 0.333,
        ),
        # two clauses B joins in one, and a clause saying only when it is due
        (
            "Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp xã; phân công thành viên phụ trách "
            "từng địa bàn; hoàn thành trước ngày 25/01/2026.",
            True, [], 1.0,
        ),
        # nothing of it in B: missing, no clause named
        ("Kiểm tra các cơ sở giết mổ gia súc, gia cầm; lấy mẫu giám định nhanh thực phẩm tươi sống.", False, [], 0.0),
    ],
)
def test_a_task_at_bs_level_is_decided_clause_by_clause(item, covered, missing, coverage):
    a = parse_text(_PROVINCE_PART_41.format(item=item), path="a.txt")
    d = diff_plans(a, parse_text(_WARD_PART_05, path="b.txt"))
    (m,) = [m for m in d.tasks.a_to_b if m.text.startswith(item[:20])]
    assert (m.covered, m.partly) == (covered, bool(missing))
    assert len(m.missing_clauses) == len(missing)
    assert all(c.startswith(w) for c, w in zip(m.missing_clauses, missing, strict=True))
    assert d.tasks.coverage_a_by_b_at_its_level == coverage


@pytest.mark.parametrize(
    "item",
    [
        "Giao Phòng Kinh tế kiểm tra hệ thống đê, kè, hồ đập nhỏ, kênh mương trên địa bàn.",
        "Giao Phòng Kinh tế (Phòng Kinh tế, Hạ tầng và Đô thị đối với phường) kiểm tra hệ thống đê, kè, "
        "hồ đập nhỏ, kênh mương trên địa bàn.",
    ],
)
def test_a_department_named_in_the_part_for_bs_level_is_bs_own(item):
    ward = _WARD_PART_05 + "3. Phòng Kinh tế, Hạ tầng và Đô thị: kiểm tra hệ thống đê, kè, hồ đập nhỏ, kênh mương trên địa bàn.\n"
    d = diff_plans(parse_text(_PROVINCE_PART_41.format(item=item), path="a.txt"), parse_text(ward, path="b.txt"))
    (m,) = [m for m in d.tasks.a_to_b if m.text.startswith("Giao")]
    assert (m.covered, m.above_b_level) == (True, False)
    assert d.tasks.tasks_a_at_b_level == 1
    # (Sở Y tế's health is above B's level, apart whatever B's bodies; B's
    # Phòng Văn hóa - Xã hội, which serves health, "tuyên truyền về an toàn
    # thực phẩm", is told with it, not as a sector only B has)
    assert [(s["sector"], s.get("b")) for s in d.sectors.above_b_level] == [("health", ["Phòng Văn hóa - Xã hội"])]
    assert "health" not in [s["sector"] for s in d.sectors.common]
    assert "labour_social" not in [s["sector"] for s in d.sectors.only_b]
    assert "industry_trade" in [s["sector"] for s in d.sectors.common]


@pytest.mark.parametrize(
    ("a_due", "b_due", "fields", "said"),
    [
        # a month starting after A's date is late by at least the days to its first
        ("trước ngày 28/02/2026", "trong tháng 3/2026", {"b_later_by_days_at_least": 1}, "at least 1 day later"),
        ("trước ngày 30/5/2026", "trong tháng 7/2026", {"b_later_by_days_at_least": 32}, "at least 32 days later"),
        # one holding A's date may be later, by at most the days to its last
        ("trước ngày 15/3/2026", "trong tháng 3/2026", {"b_later_by_days_at_most": 16}, "possibly later, by at most 16 days"),
        # one ending by A's date is not later
        ("trước ngày 31/3/2026", "trong tháng 3/2026", {"b_later_by_days_at_most": 0}, "same period, not later"),
        # two days compare as days
        ("trước ngày 31/3/2026", "trước ngày 30/4/2026", {}, "B 30 days later"),
    ],
)
def test_a_month_without_its_day_is_told_later_by_its_first_and_last_day(a_due, b_due, fields, said):
    from khtool.render.diff_out import _deadline_status

    a = _PROVINCE_PART_41.format(item=f"Tổ chức diễn tập sơ tán dân vùng ngập lụt {a_due}.")
    b = _WARD_PART_05 + f"3. Ban Chỉ huy quân sự phường: tổ chức diễn tập sơ tán dân vùng ngập lụt {b_due}.\n"
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    (row,) = [x for x in d.deadlines if x["a"] and x["b"]]
    assert {k: v for k, v in row.items() if k.startswith("b_later_by_days_at")} == fields
    assert said in _deadline_status(row)


_PROVINCE_WATER = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Bảo đảm cấp nước sạch nông thôn năm 2026\n"
    "I. CHỈ TIÊU\n1. Đến hết năm 2026, 95% hộ dân nông thôn được sử dụng nước sạch đạt quy chuẩn.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n1. Rà soát hiện trạng các công trình cấp nước tập trung trên địa bàn tỉnh.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Xây dựng\n"
    "a) Chủ trì kiểm tra chất lượng nước của các công trình cấp nước đô thị.\n"
    "b) Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2026.\n"
    "2. Sở Y tế: Chủ trì, phối hợp với Sở Xây dựng giám sát chất lượng nước ăn uống, sinh hoạt.\n"
    "3. Sở Tài chính: Bố trí kinh phí sửa chữa, nâng cấp các công trình cấp nước xuống cấp.\n"
    "4. Ủy ban nhân dân các xã, phường\n"
    "a) Kiện toàn tổ quản lý vận hành công trình cấp nước trên địa bàn xã.\n"
)
_DEPARTMENT_WATER = (
    "UBND TỈNH HÀ TĨNH\nSỞ XÂY DỰNG\nSố: 30/KH-SXD\nHà Tĩnh, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND tỉnh về bảo đảm cấp nước sạch nông thôn năm 2026\n"
    "I. NHIỆM VỤ\n1. Phòng Quản lý hạ tầng kỹ thuật\n"
    "a) Chủ trì kiểm tra chất lượng nước của các công trình cấp nước đô thị, định kỳ 6 tháng một lần.\n"
    "b) Là đầu mối tổng hợp, tham mưu Lãnh đạo Sở báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/12/2026.\n"
    "2. Văn phòng Sở: Phối hợp với Sở Y tế giám sát chất lượng nước ăn uống, sinh hoạt tại các công trình.\n"
    "II. ĐỀ NGHỊ ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG\n"
    "1. Kiện toàn tổ quản lý, vận hành các công trình cấp nước trên địa bàn.\n"
)


def test_a_departments_plan_is_measured_on_its_part_of_the_provinces():
    d = diff_plans(parse_text(_PROVINCE_WATER, path="a.txt"), parse_text(_DEPARTMENT_WATER, path="b.txt"))
    flags = {m.line: (m.covered, m.other_body, m.general) for m in d.tasks.a_to_b}
    # its own items, the one it works on with Sở Y tế (named its partner),
    # and the communes' it relays are its part; Sở Tài chính's is another's
    assert (d.tasks.tasks_a_of_b, d.tasks.coverage_a_by_b_of_its_part) == (4, 1.0)
    assert d.summary["coverage_a_by_b_of_its_part"] == 1.0
    assert [line for line, (_, other, _) in flags.items() if other] == [16]
    # A's framing, given to no body, is no gap of a department's plan either
    assert [line for line, (*_, general) in flags.items() if general] == [10]
    assert d.tasks.coverage_a_by_b_at_its_level is None


def test_a_department_of_a_short_name_is_measured_on_its_part():
    # "Sở Y tế" (a key of 5 letters) is one of A's bodies as much as "Sở Xây dựng"
    b = _DEPARTMENT_WATER.replace("SỞ XÂY DỰNG", "SỞ Y TẾ").replace("KH-SXD", "KH-SYT")
    d = diff_plans(parse_text(_PROVINCE_WATER, path="a.txt"), parse_text(b, path="b.txt"))
    assert d.tasks.tasks_a_of_b is not None and d.tasks.coverage_a_by_b_of_its_part is not None
    # its own item and the communes' it relays; Sở Xây dựng's and Sở Tài chính's are others'
    assert d.tasks.tasks_a_of_b == 2
    assert [m.line for m in d.tasks.a_to_b if m.other_body] == [13, 14, 16]


def test_plans_of_one_level_and_other_issuers_have_no_part_of_b():
    other = _DEPARTMENT_WATER.replace("SỞ XÂY DỰNG", "SỞ NỘI VỤ").replace("KH-SXD", "KH-SNV")
    d = diff_plans(parse_text(_PROVINCE_WATER, path="a.txt"), parse_text(other, path="b.txt"))
    assert d.tasks.tasks_a_of_b is None and not any(m.other_body for m in d.tasks.a_to_b)


@pytest.mark.parametrize(
    ("a_task", "b_task"),
    [
        # (the lower plan names its units and role: 0.22 with them, 0.36 without)
        (
            "Xây dựng và áp dụng giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt theo khối lượng.",
            "Chủ trì, phối hợp với Phòng Kế hoạch - Tài chính, Văn phòng Sở và Thanh tra Sở xây dựng dự thảo giá "
            "dịch vụ thu gom rác thải, trình UBND tỉnh ban hành.",
        ),
        # (the bodies it directs: 0.24 with them, 0.41 without)
        (
            "Bố trí điểm tập kết, tổ chức thu gom rác thải sinh hoạt đã phân loại.",
            "Chỉ đạo Phòng Kinh tế (đối với xã) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (đối với phường) bố trí điểm "
            "tập kết rác thải đã phân loại; lựa chọn thôn, tổ dân phố làm mô hình điểm.",
        ),
    ],
)
def test_tasks_are_compared_without_the_frame_naming_their_bodies(a_task, b_task):
    head = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {n}/KH-UBND\nHà Tĩnh, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nThu gom rác thải\n"
    a = head.format(n=12) + f"I. NHIỆM VỤ\n1. {a_task}\n2. Tuyên truyền, vận động nhân dân giữ gìn vệ sinh môi trường.\n"
    b = head.format(n=40) + f"I. NHIỆM VỤ\n1. {b_task}\n2. Kiểm tra việc chấp hành quy định về bảo vệ môi trường.\n"
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    (m,) = [m for m in d.tasks.a_to_b if m.text == a_task]
    assert m.covered and m.best == b_task


def test_an_indicator_stating_its_time_first_is_paired_by_what_it_measures():
    head = "ỦY BAN NHÂN DÂN\n{unit}\nSố: 5/KH-UBND\nHà Tĩnh, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\nNước sạch\nI. CHỈ TIÊU\n"
    a = head.format(unit="TỈNH HÀ TĨNH") + (
        "1. Đến hết năm 2026, 100% trường học có công trình nước sạch, nhà vệ sinh hợp vệ sinh.\n"
        "2. Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 95%.\n"
    )
    b = head.format(unit="XÃ CẨM XUYÊN") + (
        "1. 100% trường học được kiểm tra và có công trình nước sạch, nhà vệ sinh hợp vệ sinh trong năm 2026.\n"
        "2. Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 97%.\n"
    )
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    assert (d.indicators[0]["a"], d.indicators[0]["b"], d.indicators[0]["status"]) == ("1", "1", "same")


def test_a_targets_time_frame_is_no_deadline_in_the_diff():
    head = "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: {n}/KH-UBND\nHà Tĩnh, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nNước sạch\n"
    goals = "I. CHỈ TIÊU\n1. Tỷ lệ hộ dân sử dụng nước sạch đạt 95% vào cuối năm 2026.\n"
    a = head.format(n=12) + goals + "II. NHIỆM VỤ\n1. Báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12/2026.\n"
    b = head.format(n=40) + goals.replace("cuối năm 2026", "tháng 9/2026") + (
        "II. NHIỆM VỤ\n1. Báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12/2026.\n"
    )
    d = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    assert [(x["status"], x["a"]["text"]) for x in d.deadlines] == [("same", "trước ngày 15/12/2026")]


def test_a_target_a_task_sets_keeps_the_tasks_deadline():
    # (a goals part's "Đến hết năm 2026, 100% …" is a time frame; a task's
    # "Cử 100% công chức … trong năm 2026" is the task's deadline)
    head = "ỦY BAN NHÂN DÂN\n{unit}\nSố: {n}/KH-UBND\nHà Tĩnh, ngày 15 tháng 10 năm 2025\nKẾ HOẠCH\nBồi dưỡng công chức tư pháp\n"
    a = head.format(unit="TỈNH HÀ TĨNH", n=12) + (
        "I. CHỈ TIÊU\n1. Đến hết năm 2026, 100% công chức tư pháp cấp xã được bồi dưỡng nghiệp vụ.\n"
        "II. NHIỆM VỤ\n1. Tổ chức các lớp bồi dưỡng kỹ năng soạn thảo văn bản cho công chức tư pháp cấp xã trong năm 2026.\n"
    )
    b = head.format(unit="PHƯỜNG THÀNH SEN", n=40) + (
        "I. NHIỆM VỤ CỤ THỂ\n1. Nâng cao năng lực công chức làm công tác tư pháp\n"
        "Cử 100% công chức Tư pháp - Hộ tịch tham gia các lớp tập huấn kỹ năng soạn thảo, thẩm định văn bản "
        "do Sở Tư pháp, Sở Nội vụ tổ chức trong năm 2026.\n"
    )
    da, db = parse_text(a, path="a.txt"), parse_text(b, path="b.txt")
    assert [i.span.line for i in db.indicators] == [9]
    d = diff_plans(da, db)
    assert [(x["status"], x["a"]["line"], x["b"]["line"]) for x in d.deadlines] == [("same", 10, 9)]


@pytest.mark.parametrize(
    ("item", "report", "rows"),
    [
        # a yearly report in the issuing task is compared by its own date
        (
            "xây dựng, ban hành kế hoạch thực hiện tại địa phương trước ngày 20/4/2024; định kỳ hằng năm báo cáo "
            "kết quả thực hiện gửi Phòng Y tế trước ngày 15 tháng 11 để tổng hợp, báo cáo UBND huyện.",
            "trước ngày 05 tháng 11 hằng năm",
            [((20, 4), None, "late", 10), ((15, 11), (5, 11), "changed", None)],
        ),
        # so is a report due once, in another clause than the plan's issue
        (
            "xây dựng, ban hành kế hoạch thực hiện tại địa phương trước ngày 20/4/2024; báo cáo kết quả thực hiện "
            "gửi Phòng Y tế trước ngày 15/11/2024 để tổng hợp, báo cáo UBND huyện.",
            "trước ngày 05/11/2024",
            [((20, 4), None, "late", 10), ((15, 11), (5, 11), "changed", None)],
        ),
        # a sentence of its own dating the task, no clause dating the issue: the issue's date
        (
            "xây dựng, ban hành kế hoạch thực hiện tại địa phương. Hoàn thành trước ngày 20/4/2024.",
            "trước ngày 05/11/2024",
            [((20, 4), None, "late", 10), (None, (5, 11), "only_b", None)],
        ),
    ],
)
def test_only_the_issuing_clauses_date_is_late_by_the_plans_issue(item, report, rows):
    district = (
        "ỦY BAN NHÂN DÂN\nHUYỆN THẠCH HÀ\nSố: 90/KH-UBND\nThạch Hà, ngày 05 tháng 4 năm 2024\nKẾ HOẠCH\n"
        f"Thực hiện công tác dân số năm 2024\nIV. TỔ CHỨC THỰC HIỆN\n1. UBND các xã, thị trấn {item}\n"
        "2. Phòng Y tế chủ trì theo dõi, đôn đốc, tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.\n"
    )
    commune = (
        "UBND HUYỆN THẠCH HÀ\nỦY BAN NHÂN DÂN XÃ THẠCH KÊNH\nSố: 18/KH-UBND\n"
        "Thạch Kênh, ngày 30 tháng 4 năm 2024\nKẾ HOẠCH\nThực hiện công tác dân số năm 2024\n"
        "Thực hiện Kế hoạch số 90/KH-UBND ngày 05/4/2024 của UBND huyện Thạch Hà;\nIV. PHÂN CÔNG THỰC HIỆN\n"
        "1. Trạm Y tế xã: chủ trì tổ chức khám sức khỏe tiền hôn nhân cho nam, nữ thanh niên trên địa bàn.\n"
        "2. Công chức Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo kết quả thực hiện gửi Phòng Y tế "
        f"{report}.\n"
    )
    d = diff_plans(parse_text(district, path="a.txt"), parse_text(commune, path="b.txt"))

    def when(x):
        return x and (x["day"], x["month"])

    got = [(when(x["a"]), when(x["b"]), x["status"], x.get("late_by_days")) for x in d.deadlines]
    assert [r for r in got if r[2] != "above_b_level"] == rows


_PROVINCE_DENGUE = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 31/KH-UBND\nĐồng Tháp, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\n"
    "a) Chủ trì hướng dẫn giám sát ca bệnh, xử lý ổ dịch.\n"
    "b) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12/2026.\n"
    "2. Ủy ban nhân dân các xã, phường\n"
    "a) Tổ chức chiến dịch diệt lăng quăng tại hộ gia đình.\n"
    "b) Báo cáo kết quả thực hiện về Sở Y tế trước ngày 10/12/2026.\n"
)
_COMMUNE_DENGUE = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN THẠNH\nSố: 9/KH-UBND\nTân Thạnh, ngày 02 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống sốt xuất huyết trên địa bàn xã năm 2026\n"
    "Thực hiện Kế hoạch số 31/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Đồng Tháp,\n"
    "I. NHIỆM VỤ\n1. Trạm Y tế xã chủ trì giám sát ca bệnh, xử lý ổ dịch.\n"
    "2. Các ấp tổ chức chiến dịch diệt lăng quăng tại hộ gia đình.\n"
    "II. CHẾ ĐỘ BÁO CÁO\n{reports}"
)


@pytest.mark.parametrize(
    ("reports", "rows"),
    [
        # the commune's units' reports to it are its own: not the province's
        # Sở Y tế's report to UBND tỉnh, nor the commune's to Sở Y tế
        (
            "1. Các ban, ngành, các ấp báo cáo kết quả về Ủy ban nhân dân xã trước ngày 05/12/2026.\n"
            "2. Ủy ban nhân dân xã báo cáo kết quả về Sở Y tế trước ngày 10/12/2026.\n",
            [((20, 12), None, "above_b_level"), ((10, 12), (10, 12), "same"), (None, (5, 12), "only_b")],
        ),
        # no report of the commune's to Sở Y tế: A's is missing, not moved
        (
            "Các ban, ngành, các ấp báo cáo kết quả về Ủy ban nhân dân xã trước ngày 05/12/2026.\n",
            [((20, 12), None, "above_b_level"), ((10, 12), None, "only_a"), (None, (5, 12), "only_b")],
        ),
        (
            "Trạm Y tế xã tổng hợp, báo cáo Phòng Văn hóa - Xã hội trước ngày 05/12/2026.\n",
            [((20, 12), None, "above_b_level"), ((10, 12), None, "only_a"), (None, (5, 12), "only_b")],
        ),
        # a report to the commune that it then sends to Sở Y tế reaches Sở Y tế:
        # one chain, the commune's unit first ("consistent", no date changed)
        (
            "Trạm Y tế xã tổng hợp, báo cáo Ủy ban nhân dân xã để báo cáo Sở Y tế trước ngày 05/12/2026.\n",
            [((20, 12), None, "above_b_level"), ((10, 12), (5, 12), "consistent")],
        ),
    ],
)
def test_a_report_pairs_only_with_a_report_to_the_same_addressee_across_levels(reports, rows):
    d = diff_plans(
        parse_text(_PROVINCE_DENGUE, path="a.txt"), parse_text(_COMMUNE_DENGUE.format(reports=reports), path="b.txt")
    )

    def when(x):
        return x and (x["day"], x["month"])

    assert [(when(x["a"]), when(x["b"]), x["status"]) for x in d.deadlines] == rows


_PROVINCE_SECTORS = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 32/KH-UBND\nĐồng Tháp, ngày 16 tháng 01 năm 2026\nKẾ HOẠCH\n"
    "Phát triển phong trào thể dục thể thao quần chúng năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch\nChủ trì hướng dẫn tổ chức các giải thể thao quần chúng.\n"
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\nVận động Nhân dân tham gia rèn luyện thân thể.\n"
    "3. Ủy ban nhân dân các xã, phường\n"
    "a) Giao Trạm Y tế hướng dẫn người dân tập luyện an toàn.\n"
)
_COMMUNE_SECTORS = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN THẠNH\nSố: 10/KH-UBND\nTân Thạnh, ngày 03 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phát triển phong trào thể dục thể thao quần chúng trên địa bàn xã năm 2026\n"
    "Thực hiện Kế hoạch số 32/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh Đồng Tháp,\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã\nHướng dẫn người dân tập luyện an toàn.\n{more}"
)


@pytest.mark.parametrize(
    ("more", "above", "common"),
    [
        # a body of the Sở's field in B is told with the Sở's sector, apart,
        # not as a sector in both: a Sở's field is no sector B must hold
        (
            "2. Trung tâm Văn hóa - Thể thao xã\nTổ chức giải bóng đá thiếu niên.\n",
            [("culture", ["Trung tâm Văn hóa - Thể thao xã"]), ("front_mass", None)],
            ["health", "lower_government"],
        ),
        (
            "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã\nVận động Nhân dân tham gia rèn luyện thân thể.\n",
            [("culture", None), ("front_mass", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"])],
            ["health", "lower_government"],
        ),
    ],
)
# (lower_government in both: A's part for "Ủy ban nhân dân các xã, phường"
# holds its "Giao Trạm Y tế …" as the communes' own task, addressed to B itself)
def test_as_departments_sectors_are_apart_whatever_bs_bodies(more, above, common):
    d = diff_plans(
        parse_text(_PROVINCE_SECTORS, path="a.txt"), parse_text(_COMMUNE_SECTORS.format(more=more), path="b.txt")
    )
    assert sorted((s["sector"], s.get("b")) for s in d.sectors.above_b_level) == above
    assert sorted(s["sector"] for s in d.sectors.common) == common
    assert d.sectors.only_b == []
    from khtool.render.diff_out import to_markdown

    (told,) = [b for s, b in above if b]
    assert f"ở B: {told[0]}" in to_markdown(d)


_PROVINCE_DROWNING = (
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 45/KH-UBND\nSơn La, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước trẻ em năm 2026\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế\nHướng dẫn tập huấn sơ cứu, cấp cứu đuối nước.\n"
    "2. Ủy ban nhân dân các xã, phường\n"
    "a) Chỉ đạo Trạm Y tế tập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
    "b) Chỉ đạo Công an xã rà soát, cắm biển cảnh báo tại các điểm sông, suối nguy hiểm.\n"
)
_COMMUNE_DROWNING = (
    "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG BANG\nSố: 21/KH-UBND\nMường Bang, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phòng, chống đuối nước trẻ em trên địa bàn xã năm 2026\n"
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Sơn La,\nII. TỔ CHỨC THỰC HIỆN\n{items}"
)


@pytest.mark.parametrize(
    ("items", "common", "only_a", "other", "only_b"),
    [
        # the commune's own offices
        (
            "1. Trạm Y tế xã\nTập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
            "2. Công an xã\nRà soát, cắm biển cảnh báo tại các điểm sông, suối nguy hiểm.\n",
            ["health", "lower_government", "police"], [], [], [],
        ),
        # copied from the province's plan: its departments and the communes as
        # a class are given the tasks; the bodies those tasks name are not the
        # commune's own
        (
            "1. Các sở, ban, ngành\nCăn cứ chức năng, nhiệm vụ, triển khai thực hiện Kế hoạch.\n"
            "2. Ủy ban nhân dân các xã, phường\n"
            "a) Chỉ đạo Trạm Y tế tập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
            "b) Chỉ đạo Công an xã rà soát, cắm biển cảnh báo tại các điểm sông, suối nguy hiểm.\n",
            ["lower_government"], ["health", "police"],
            [("Các sở, ban, ngành", "above"), ("Ủy ban nhân dân các xã, phường", "peers")], [],
        ),
        # a firm or a bank's branch of the province's is given the commune's own task: B's own sectors
        (
            "1. Trạm Y tế xã\nTập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
            "2. Công an xã\nRà soát, cắm biển cảnh báo tại các điểm sông, suối nguy hiểm.\n"
            "3. VNPT tỉnh Sơn La\nLắp đặt camera cảnh báo tại bến đò thôn Bản Mòng.\n"
            "4. Chi nhánh Ngân hàng Chính sách xã hội tỉnh\nCho vay làm hàng rào ao, hồ gia đình.\n",
            ["health", "lower_government", "police"], [], [], ["banking", "enterprises"],
        ),
        # B's own issuing body by its short form or its name, reporting or
        # directing: B itself, no sector of B
        (
            "1. Trạm Y tế xã\nTập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
            "2. Công an xã\nRà soát, cắm biển cảnh báo tại các điểm sông, suối nguy hiểm.\n"
            "3. UBND xã báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Y tế) trước ngày 15/12/2026.\n",
            ["health", "lower_government", "police"], [], [], [],
        ),
        (
            "1. Trạm Y tế xã\nTập huấn kỹ năng sơ cứu, cấp cứu đuối nước cho người dân.\n"
            "2. Công an xã\nRà soát, cắm biển cảnh báo tại các điểm sông, suối nguy hiểm.\n"
            "3. Ủy ban nhân dân xã Mường Bang chỉ đạo kiểm tra việc thực hiện Kế hoạch.\n",
            ["health", "lower_government", "police"], [], [], [],
        ),
    ],
)
def test_a_lower_plans_bodies_of_another_level_are_not_its_own(items, common, only_a, other, only_b):
    d = diff_plans(
        parse_text(_PROVINCE_DROWNING, path="a.txt"), parse_text(_COMMUNE_DROWNING.format(items=items), path="b.txt")
    )
    assert sorted(s["sector"] for s in d.sectors.common) == common
    assert sorted(s["sector"] for s in d.sectors.only_a) == only_a
    assert [(x["agency"], x["kind"]) for x in d.sectors.b_of_other_level] == other
    assert sorted(s["sector"] for s in d.sectors.only_b) == only_b


@pytest.mark.parametrize(
    ("fmt", "lead"),
    [
        ("table", "task coverage of A by B 100% at B's level (of A's 2 tasks there;"),
        ("md", "## Nhiệm vụ (A được B bao quát 100% ở cấp của B, trong 2 nhiệm vụ ở cấp đó;"),
        ("html", "(coverage 100% at B&#x27;s level, of A&#x27;s 2 tasks there;"),
    ],
)
def test_a_lower_plans_report_leads_with_the_coverage_at_its_level(tmp_path, fmt, lead):
    # the commune carries the province's part for it; the province's own Sở's
    # task is no gap of its: the report leads with the figure --fail-under checks
    (tmp_path / "a.txt").write_text(_PROVINCE_DENGUE, encoding="utf-8")
    reports = "Ủy ban nhân dân xã báo cáo kết quả về Sở Y tế trước ngày 10/12/2026.\n"
    (tmp_path / "b.txt").write_text(_COMMUNE_DENGUE.format(reports=reports), encoding="utf-8")
    res = runner.invoke(app, ["diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", fmt])
    assert res.exit_code == 0, res.output
    assert lead in " ".join(res.stdout.split())
    res = runner.invoke(app, ["diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "json"])
    summary = json.loads(res.stdout)["summary"]
    assert (summary["coverage"], summary["coverage_of"]) == (summary["coverage_a_by_b_at_its_level"], "b_level")
    assert summary["coverage"] > summary["coverage_a_by_b"]
    fails = runner.invoke(app, ["diff", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--fail-under", "95"])
    assert fails.exit_code == 0


@pytest.mark.parametrize(
    ("figures", "vi", "said"),
    [
        ({"tasks_a_at_b_level": 10, "coverage_a_by_b_at_its_level": 1.0}, False,
         ("100% at B's level", "of A's 10 tasks there; 54% of all A's tasks")),
        ({"tasks_a_at_b_level": 10, "coverage_a_by_b_at_its_level": 1.0}, True,
         ("100% ở cấp của B", "trong 10 nhiệm vụ ở cấp đó; 54% trong mọi nhiệm vụ của A")),
        ({"tasks_a_of_b": 4, "coverage_a_by_b_of_its_part": 0.75}, False,
         ("75% of B's part", "of A's 4 tasks for B; 54% of all A's tasks")),
        ({"tasks_a_of_b": 4, "coverage_a_by_b_of_its_part": 0.75}, True,
         ("75% phần của B", "trong 4 nhiệm vụ thuộc phần của B; 54% trong mọi nhiệm vụ của A")),
        ({}, False, ("54%", None)),
        ({}, True, ("54%", None)),
    ],
)
def test_the_coverage_a_report_leads_with_in_each_language(figures, vi, said):
    # (each language's phrases from one table, render.diff_out._COVERAGE_PHRASES)
    from khtool.diff import PlanDiff, TaskDiff
    from khtool.render.diff_out import _COVERAGE_PHRASES, _coverage

    assert all(set(langs) == {"en", "vi"} for langs in _COVERAGE_PHRASES.values())
    assert _coverage(PlanDiff(tasks=TaskDiff(coverage_a_by_b=0.54, **figures)), vi=vi) == said


def _b(doc_type, branch="state", title="", attachments=()):
    from types import SimpleNamespace as NS

    return NS(header=NS(doc_type=doc_type, title=title, issuer=NS(branch=branch)), attachments=list(attachments))


@pytest.mark.parametrize(
    ("task", "b", "done"),
    [
        # the kinds named in the issued words decide, not a resolution the task
        # only mentions: "kế hoạch" is done by any plan of the unit's own
        (
            "UBND các xã xây dựng kế hoạch thực hiện Nghị quyết số 57-NQ/TW trước ngày 30/6/2026",
            _b("QĐ", title="Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW"),
            True,
        ),
        ("UBND các xã xây dựng kế hoạch thực hiện Nghị quyết số 57-NQ/TW trước ngày 30/6/2026", _b("PA"), True),
        ("UBND các phường ban hành kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới", _b("CTr"), True),
        # a decision setting up a body is no plan
        ("UBND các xã xây dựng kế hoạch thực hiện trước ngày 30/6/2026", _b("QĐ", title="Về việc kiện toàn Ban Chỉ đạo"), False),
        # a curriculum or a campaign is no programme of action
        ("Trường Tiểu học xây dựng chương trình giáo dục kỹ năng sống cho học sinh", _b("CTr"), False),
        ("Trạm Y tế xây dựng chương trình truyền thông về dinh dưỡng", _b("CTr"), False),
        # a Party committee's texts: the kinds it names
        ("Đảng ủy các xã xây dựng nghị quyết hoặc kế hoạch thực hiện, hoàn thành trước ngày 30-11-2025", _b("NQ", "party"), True),
        ("Đảng ủy các xã ban hành chương trình hành động thực hiện Nghị quyết trước ngày 15/12/2025", _b("CTr", "party"), True),
        ("Đảng ủy các xã ban hành chương trình hành động thực hiện Nghị quyết trước ngày 15/12/2025", _b("NQ", "party"), False),
        ("Đảng ủy các xã ban hành nghị quyết chuyên đề về chuyển đổi số", _b("NQ", "party"), True),
        # a council's resolution sets policy
        ("HĐND các xã ban hành nghị quyết về mức thu phí", _b("NQ", "party"), False),
    ],
)
def test_the_task_of_issuing_b_by_the_kinds_it_names(task, b, done):
    from khtool.diff import _orders_b_itself

    assert _orders_b_itself(task, b) is done


@pytest.mark.parametrize(
    ("preamble", "tasks"),
    [
        # task bullets opening "Triển khai", "Thực hiện" over the numbered parts, no enacting formula: tasks
        (
            "- Triển khai nền tảng số dùng chung tại bộ phận một cửa của xã.\n"
            "- Thực hiện tốt việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.\n",
            ["Triển khai nền tảng số", "Thực hiện tốt việc số", "Nhiệm vụ"],
        ),
        # one naming a document, with no formula after: only it is the preamble's
        (
            "- Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2026 của UBND tỉnh về chuyển đổi số;\n"
            "- Triển khai nền tảng số dùng chung tại bộ phận một cửa của xã.\n",
            ["Triển khai nền tảng số", "Nhiệm vụ"],
        ),
    ],
)
def test_a_plans_leading_task_bullets_are_kept(preamble, tasks):
    from khtool.diff import task_items

    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ TIÊN LỮ\nSố: 31/KH-UBND\nTiên Lữ, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Chuyển đổi số năm 2026\n"
        + preamble
        + "1. Mục tiêu: đến hết năm 2026, 100% hồ sơ thủ tục hành chính được xử lý trên môi trường mạng.\n"
        "2. Nhiệm vụ: Văn phòng HĐND và UBND xã rà soát hạ tầng số, hoàn thành trước ngày 30/6/2026.\n"
    )
    assert [t[: len(p)] for (t, _), p in zip(task_items(doc), tasks, strict=False)] == tasks
    assert len(task_items(doc)) == len(tasks)


def test_a_bundles_lead_clause_is_kept_with_its_first_part():
    from khtool.diff import _bundle_parts
    from khtool.models import Indicator, Span, Target

    text = "Phấn đấu đến năm 2026; 95% hộ gia đình có nước sạch; 80% trường học đạt chuẩn quốc gia"
    span = Span(file="x", line=1, end_line=1, start=0, end=len(text))
    ind = Indicator(
        id="a",
        text=text,
        targets=[Target(text="95% hộ gia đình", value=95, unit="%"), Target(text="80% trường học", value=80, unit="%")],
        span=span,
    )
    parts = _bundle_parts(ind)
    assert [p.text for p in parts] == [
        "Phấn đấu đến năm 2026; 95% hộ gia đình có nước sạch",
        "80% trường học đạt chuẩn quốc gia",
    ]


_WARD_HEAD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 18/KH-UBND\nAn Bình, ngày 12 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Phổ cập kỹ năng số cho người dân năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao kỹ năng số của người dân.\n"
    "II. NHIỆM VỤ CỤ THỂ\n"
)


@pytest.mark.parametrize(
    ("item", "starts"),
    [
        # a colon inside a numbered task introduces what it covers; the body is named by the closing sentence
        (
            "1. Mở lớp phổ cập kỹ năng số tại nhà sinh hoạt cộng đồng các khu phố, mỗi khu phố ít nhất 02 lớp/năm:"
            " hướng dẫn cài đặt ứng dụng định danh điện tử, nộp hồ sơ trực tuyến. Trung tâm Phục vụ hành chính"
            " công phường chủ trì, phối hợp Đoàn Thanh niên phường.",
            "Mở lớp phổ cập kỹ năng số",
        ),
        # the heading names a place the closing sentence names as a partner: still the task's own words
        (
            "1. Tổ chức lớp kỹ năng số cơ bản tại điểm bưu điện văn hóa phường cho người dân: sử dụng ví điện tử,"
            " dịch vụ công trực tuyến.\nTrung tâm Phục vụ hành chính công phường chủ trì, phối hợp Bưu điện văn"
            " hóa phường.",
            "Tổ chức lớp kỹ năng số",
        ),
        # a body's own heading is its name, not the task's words
        (
            "1. Phòng Văn hóa - Xã hội: chủ trì tổ chức tuyên truyền về chuyển đổi số trên loa truyền thanh phường.",
            "chủ trì tổ chức tuyên truyền",
        ),
    ],
)
def test_a_colon_inside_a_numbered_task_keeps_its_words(item, starts):
    from khtool.diff import task_items

    items = task_items(parse_text(_WARD_HEAD + item + "\n"))
    assert len(items) == 1 and items[0][0].startswith(starts), items


# A province's plan printed a year early ("năm 2025" for 2026), its date for
# the communes' plans printed so too, and a basis of 2026 it cannot predate:
# the deadline is a slip, and the commune's plan has no date to be judged by.
_SLIPPED_PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 45/KH-UBND
Bắc Ninh, ngày 15 tháng 01 năm {year}
KẾ HOẠCH
Chuyển đổi số trong ngành giáo dục năm 2026
Căn cứ Tờ trình số 12/TTr-SGDĐT ngày 08/01/2026 của Sở Giáo dục và Đào tạo;
I. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì, hướng dẫn triển khai Kế hoạch.
2. Ủy ban nhân dân các xã, phường
- Xây dựng, ban hành kế hoạch thực hiện trên địa bàn trước ngày 28/02/{year}.
"""
_WARD_OF_2026 = """ỦY BAN NHÂN DÂN
PHƯỜNG KINH BẮC
Số: 41/KH-UBND
Kinh Bắc, ngày {date}
KẾ HOẠCH
Chuyển đổi số trong ngành giáo dục năm 2026
Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND tỉnh Bắc Ninh,
I. TỔ CHỨC THỰC HIỆN
1. Trường Tiểu học Kinh Bắc
- Chủ trì triển khai học liệu số.
"""


@pytest.mark.parametrize(
    ("year", "date", "verdict", "said", "status"),
    [
        ("2026", "20 tháng 02 năm 2026", True, "đúng hạn", "met"),
        ("2026", "15 tháng 4 năm 2026", False, "chậm 46 ngày", "late"),
        # the deadline dropped as a slip: no due date, no verdict (never "in time")
        ("2025", "15 tháng 4 năm 2026", None, "không có hạn để xét", "no_due_date"),
    ],
)
def test_a_plan_done_by_issuing_with_no_due_date_is_not_in_time(year, date, verdict, said, status):
    from khtool.render.diff_out import to_json, to_markdown

    a = parse_text(_SLIPPED_PROVINCE.format(year=year), path="a.txt")
    d = diff_plans(a, parse_text(_WARD_OF_2026.format(date=date), path="b.txt"))
    m = next(m for m in d.tasks.a_to_b if "ban hành kế hoạch" in m.text)
    assert (m.done_by_issuing is not None, m.in_time) == (True, verdict)
    md = to_markdown(d)
    assert f"**B là văn bản đó**, ban hành {m.done_by_issuing} ({said})" in md
    row = next(x for x in d.deadlines if x.get("done_by_issuing"))
    assert (row["status"], row["in_time"]) == (status, verdict)
    assert (", in time" in md) == (verdict is True)
    assert json.loads(to_json(d))["deadlines"][d.deadlines.index(row)]["in_time"] == verdict
