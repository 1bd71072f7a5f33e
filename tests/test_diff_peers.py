"""``diff`` between peers (two provinces' plans carrying out one plan of a
Bộ): a symmetric summary and neutral words, the plan both carry out named;
who leads each matched task; a quarter as a span; a target whose common
years agree; no empty funding line (plans written for these tests)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.cli import _register, app
from khtool.diff import diff_plans

_register()
runner = CliRunner()

# Hà Tĩnh's plan: the larval campaign led by Sở Nông nghiệp và Môi trường
# (due 30/4), a school task; a target set for 2026 and 2027; funding.
PLAN_A = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 20/KH-UBND
Hà Tĩnh, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Phòng, chống sốt xuất huyết trên địa bàn tỉnh năm 2026 - 2027
Thực hiện Kế hoạch số 88/KH-BYT ngày 15/01/2026 của Bộ Y tế về phòng, chống sốt xuất huyết giai đoạn 2026 - 2027, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. CHỈ TIÊU
1. 100% ổ dịch sốt xuất huyết được phát hiện và xử lý trong vòng 48 giờ trong năm 2026, duy trì 100% trong năm 2027.
2. Đến hết năm 2026, ít nhất 80% hộ gia đình được hướng dẫn diệt lăng quăng.
II. NHIỆM VỤ
1. Giám sát ca bệnh
Giám sát chặt chẽ ca bệnh sốt xuất huyết tại cộng đồng và cơ sở khám bệnh, chữa bệnh; phát hiện sớm, xử lý triệt để ổ dịch.
- Cơ quan chủ trì: Sở Y tế.
- Cơ quan phối hợp: UBND các xã, phường.
- Thời gian: Thường xuyên.
2. Diệt lăng quăng, bọ gậy
Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình, trường học, công trình xây dựng; vệ sinh môi trường khu dân cư.
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
- Cơ quan phối hợp: Sở Y tế.
- Thời gian: Hoàn thành trước ngày 30/4/2026.
3. Tuyên truyền trong trường học
Lồng ghép nội dung phòng, chống sốt xuất huyết vào hoạt động ngoại khóa của học sinh tiểu học, trung học cơ sở.
- Cơ quan chủ trì: Sở Giáo dục và Đào tạo.
- Thời gian: Năm học 2026 - 2027.
III. KINH PHÍ
Kinh phí thực hiện từ ngân sách tỉnh theo phân cấp hiện hành.
"""

# Nghệ An's: the campaign led by Sở Y tế (due "Quý II/2026"), a task of its
# own for drugs and chemicals, the school task left out; the same target for
# 2026 only, a lower share of households; no funding part.
PLAN_B = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 31/KH-UBND
Nghệ An, ngày 14 tháng 02 năm 2026
KẾ HOẠCH
Phòng, chống sốt xuất huyết trên địa bàn tỉnh Nghệ An năm 2026
Thực hiện Kế hoạch số 88/KH-BYT ngày 15/01/2026 của Bộ Y tế về phòng, chống sốt xuất huyết giai đoạn 2026 - 2027, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. CHỈ TIÊU
1. 100% ổ dịch sốt xuất huyết được phát hiện và xử lý trong vòng 48 giờ trong năm 2026.
2. Đến hết năm 2026, ít nhất 70% hộ gia đình được hướng dẫn diệt lăng quăng.
II. NHIỆM VỤ
1. Giám sát ca bệnh
Giám sát chặt chẽ ca bệnh sốt xuất huyết tại cộng đồng, cơ sở khám bệnh, chữa bệnh; phát hiện sớm và xử lý kịp thời ổ dịch.
- Cơ quan chủ trì: Sở Y tế.
- Cơ quan phối hợp: UBND các xã, phường.
- Thời gian: Thường xuyên.
2. Diệt lăng quăng, bọ gậy
Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình, trường học, công trình xây dựng; vệ sinh môi trường các khu dân cư.
- Cơ quan chủ trì: Sở Y tế.
- Cơ quan phối hợp: Sở Nông nghiệp và Môi trường.
- Thời gian: Quý II/2026.
3. Bảo đảm thuốc, hóa chất
Bảo đảm đủ thuốc điều trị, hóa chất diệt muỗi, máy phun cho các cơ sở y tế và địa phương có dịch.
- Cơ quan chủ trì: Sở Tài chính.
- Cơ quan phối hợp: Sở Y tế.
- Thời gian: Năm 2026.
"""


@pytest.fixture()
def pair(tmp_path):
    a, b = tmp_path / "hatinh.txt", tmp_path / "nghean.txt"
    a.write_text(PLAN_A, encoding="utf-8")
    b.write_text(PLAN_B, encoding="utf-8")
    return str(a), str(b)


def _run(*args: str) -> tuple[int, str, str]:
    res = runner.invoke(app, ["diff", *args], env={"COLUMNS": "400"})
    return res.exit_code, " ".join(res.stdout.split()), res.stderr


def _json(pair) -> dict:
    res = runner.invoke(app, ["diff", *pair, "-f", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_peers_are_flagged_with_figures_that_do_not_depend_on_the_order(pair):
    ab, ba = _json(pair)["summary"], _json(pair[::-1])["summary"]
    for s in (ab, ba):
        assert s["peers"] is True and s["common_parent"] == "88/KH-BYT"
        assert s["tasks_in_both"] == 2 and s["overlap"] == 0.667
        # (the keys of before kept: coverage is still A's tasks B covers)
        assert s["coverage_of"] == "all" and "coverage_a_by_b" in s
    assert (ab["tasks_only_a"], ab["tasks_only_b"]) == (ba["tasks_only_b"], ba["tasks_only_a"]) == (1, 1)


def test_plans_of_one_level_one_citing_the_other_or_of_one_issuer_are_no_peers():
    a, b = parse_text(PLAN_A, path="a.txt"), parse_text(PLAN_B, path="b.txt")
    assert diff_plans(a, b).summary["peers"] is True
    # a plan and its revision by one body: B does drop A's tasks
    revised = parse_text(PLAN_A.replace("Số: 20/KH-UBND", "Số: 25/KH-UBND"), path="a2.txt")
    assert diff_plans(a, revised).summary["peers"] is False
    # a plan carrying the other out is no peer of it
    cites = PLAN_B.replace(
        "Thực hiện Kế hoạch số 88/KH-BYT",
        "Thực hiện Kế hoạch số 20/KH-UBND ngày 10/02/2026 của UBND tỉnh Hà Tĩnh; Kế hoạch số 88/KH-BYT",
    )
    d = diff_plans(a, parse_text(cites, path="b2.txt"))
    assert d.summary["peers"] is False and d.summary["common_parent"] is None


@pytest.mark.parametrize(
    ("fmt", "said", "not_said"),
    [
        (
            "table",
            [
                "A and B are peers",
                "Both carry out 88/KH-BYT",
                "khtool diff <88/KH-BYT> A",
                "Tasks only in A (1)",
                "Tasks only in B (1)",
                "A's tasks found in B 2 of 3 (only in A 1), B's found in A 2 of 3 (only in B 1); overlap 67%",
                "B lower (ít nhất 70% < ít nhất 80%)",
            ],
            ["not covered by B", "B weaker", "Tasks added in B"],
        ),
        (
            "md",
            ["Cả hai cùng thực hiện 88/KH-BYT", "### Chỉ có ở A (1)", "### Chỉ có ở B (1)", "nhiệm vụ của A có ở B 2/3 (chỉ A 1), của B có ở A 2/3 (chỉ B 1); trùng 67%", "B lower"],
            ["chưa bao quát", "chưa được bao quát", "B weaker", "B thêm"],
        ),
        (
            "html",
            ["A and B are peers", "Tasks only in B (1)", "only in A", "overlap 67%", "B lower"],
            ["not covered", "B weaker", "Tasks added in B"],
        ),
    ],
)
def test_peers_are_told_in_neutral_words(pair, fmt, said, not_said):
    code, out, _ = _run(*pair, "-f", fmt)
    assert code == 0
    for x in said:
        assert x in out, x
    for x in not_said:
        assert x not in out, x


def test_fail_under_between_peers_keeps_its_meaning_and_says_so(pair):
    code, _, err = _run(*pair, "-f", "json", "--fail-under", "80")
    assert code == 1  # (67% of A's tasks in B)
    assert "A and B are peers" in err and "coverage of A by B (67%" in err and "88/KH-BYT" in err
    code, _, err = _run(*pair, "-f", "json", "--fail-under", "60")
    assert code == 0 and "peers" in err


def test_who_leads_each_matched_task_is_compared(pair):
    d = _json(pair)
    tasks = d["tasks"]["a_to_b"]
    larvae = next(m for m in tasks if m["text"].startswith("Tổ chức chiến dịch diệt lăng quăng"))
    assert larvae["leads"] == ["Sở Nông nghiệp và Môi trường"] and larvae["supports"] == ["Sở Y tế"]
    assert larvae["best_leads"] == ["Sở Y tế"] and larvae["best_supports"] == ["Sở Nông nghiệp và Môi trường"]
    assert larvae["lead_changes"] == ["Sở Nông nghiệp và Môi trường: lead → support", "Sở Y tế: support → lead"]
    watch = next(m for m in tasks if m["text"].startswith("Giám sát chặt chẽ"))
    assert watch["leads"] == watch["best_leads"] == ["Sở Y tế"] and watch["lead_changes"] == []
    change = "Sở Nông nghiệp và Môi trường: lead → support; Sở Y tế: support → lead"
    for fmt, row in (("table", change), ("md", f"**{change}**"), ("html", change)):
        _, out, _ = _run(*pair, "-f", fmt)
        assert row in out, fmt
    _, out, _ = _run(*pair, "-f", "table")
    assert "Tasks led by the same bodies in both: 1." in out


def test_leads_between_levels_are_shown_without_a_verdict():
    ward = (
        PLAN_B.replace("TỈNH NGHỆ AN", "XÃ HƯNG NGUYÊN")
        .replace("Nghệ An, ngày", "Hưng Nguyên, ngày")
        .replace("Sở Y tế", "Trạm Y tế xã")
        .replace("Sở Nông nghiệp và Môi trường", "Phòng Kinh tế")
        .replace("Sở Tài chính", "Văn phòng HĐND và UBND xã")
    )
    d = diff_plans(parse_text(PLAN_A, path="a.txt"), parse_text(ward, path="w.txt"))
    matched = [m for m in d.tasks.a_to_b if m.covered and m.best_leads]
    assert matched and all(m.lead_changes is None for m in matched)
    assert any(m.best_leads == ["Trạm Y tế"] for m in matched)


def test_a_quarter_holding_a_date_is_possibly_later_by_at_most_its_last_day(pair):
    row = next(x for x in _json(pair)["deadlines"] if x.get("b") and "Quý II" in x["b"]["text"])
    assert row["a"]["text"].endswith("30/4/2026")
    # (1/4 to 30/6: not "at least 32 days later", as its last month would say)
    assert row["b_later_by_days_at_most"] == 61 and "b_later_by_days_at_least" not in row
    _, out, _ = _run(*pair, "-f", "table")
    assert "possibly later, by at most 61 days (its quarter holds A's date)" in out


def test_a_target_whose_common_years_agree_is_the_same_for_them(pair):
    rows = _json(pair)["indicators"]
    outbreaks = next(i for i in rows if i["a"] == "1")
    assert outbreaks["status"] == "same" and outbreaks["years_only_a"] == [2027] and outbreaks["years_only_b"] == []
    households = next(i for i in rows if i["a"] == "2")
    assert households["status"] == "changed" and households["years_only_a"] == []
    _, out, _ = _run(*pair, "-f", "table")
    assert "same for 2026; only A sets 2027" in out
    _, out, _ = _run(*pair, "-f", "md")
    assert "- same for 2026; only A sets 2027:" in out


def test_an_empty_funding_list_prints_no_line(pair):
    _, out, _ = _run(*pair, "-f", "table")
    assert "Funding only in A: Kinh phí thực hiện từ ngân sách tỉnh" in out
    assert "Funding only in B" not in out
    assert _json(pair)["funding"]["only_b"] == []


# A province's plan giving each of two departments, under its own heading,
# one task of its own and the same closing task word for word; a form's
# blank line ("- …………;") in its appendix.
PLAN_BODIES = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Quảng Trị, ngày 03 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2026
I. NHIỆM VỤ
1. Sở Giáo dục và Đào tạo
a) Tổ chức dạy bơi an toàn cho học sinh tiểu học trong dịp hè tại các bể bơi của trường.
b) Thực hiện các nhiệm vụ khác theo quy định của pháp luật.
2. Sở Văn hóa, Thể thao và Du lịch
a) Kiểm tra điều kiện an toàn của các bể bơi, khu vui chơi dưới nước trên địa bàn tỉnh.
b) Thực hiện các nhiệm vụ khác theo quy định của pháp luật.
3. Sở Y tế
a) Tập huấn kỹ năng sơ cứu, cấp cứu người bị đuối nước cho nhân viên y tế thôn, bản.
b) Thực hiện các nhiệm vụ khác theo quy định của pháp luật.
II. PHỤ LỤC: DANH SÁCH BỂ BƠI
- …………………;
- …………………;
"""


def test_a_plan_compared_with_itself_has_no_lead_change_and_no_task_only_in_one():
    x = parse_text(PLAN_BODIES, path="x.txt")
    d = diff_plans(x, x)
    closing = [m for m in d.tasks.a_to_b if m.text.startswith("Thực hiện các nhiệm vụ khác")]
    assert len(closing) == 3
    # each repeated task is paired with its own line, under its own body
    assert all(m.best_line == m.line and m.best_leads == m.leads for m in closing)
    assert all(m.lead_changes in (None, []) for m in d.tasks.a_to_b + d.tasks.b_to_a)
    s = d.summary
    assert s["tasks_a"] == s["tasks_b"] == s["tasks_in_both"] == 6
    assert (s["tasks_only_a"], s["tasks_only_b"], s["overlap"]) == (0, 0, 1.0)


def test_a_plan_compared_with_itself_shows_no_change_of_lead(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text(PLAN_BODIES, encoding="utf-8")
    for fmt in ("table", "md", "html"):
        code, out, _ = _run(str(f), str(f), "-f", fmt)
        assert code == 0 and "→" not in out, fmt


def test_tasks_in_both_count_tasks_not_chains_of_repeated_ones():
    # B keeps one department's closing task only: A's three repeated ones
    # are matched by it; no more tasks in both than either plan has covered
    x = parse_text(PLAN_BODIES, path="x.txt")
    closing = "b) Thực hiện các nhiệm vụ khác theo quy định của pháp luật.\n"
    first = PLAN_BODIES.index(closing) + len(closing)
    kept = PLAN_BODIES[:first] + PLAN_BODIES[first:].replace(closing, "")
    kept = kept.replace("TỈNH QUẢNG TRỊ", "TỈNH NGHỆ AN").replace("Quảng Trị,", "Nghệ An,")
    y = parse_text(kept, path="y.txt")
    for s in (diff_plans(x, y).summary, diff_plans(y, x).summary):
        assert s["peers"] is True
        assert s["tasks_in_both"] == 4 and s["tasks_in_both"] + s["tasks_only_a"] <= s["tasks_a"]
        assert s["tasks_in_both"] + s["tasks_only_b"] <= s["tasks_b"]
    # a peer giving the same tasks to the same bodies: six tasks in both
    same = PLAN_BODIES.replace("TỈNH QUẢNG TRỊ", "TỈNH NGHỆ AN").replace("Quảng Trị,", "Nghệ An,")
    s = diff_plans(x, parse_text(same, path="z.txt")).summary
    assert s["peers"] is True and (s["tasks_in_both"], s["tasks_only_a"], s["tasks_only_b"]) == (6, 0, 0)


@pytest.mark.parametrize(
    ("header", "number"),
    [
        # one issuer written two ways: the name in short
        ("UBND TỈNH HÀ TĨNH", "25/KH-UBND"),
        # a department of the province: a plan carrying out its province's
        ("UBND TỈNH HÀ TĨNH\nSỞ Y TẾ", "25/KH-SYT"),
        # the province's council
        ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH", "25/KH-HĐND"),
    ],
)
def test_two_bodies_of_one_place_are_no_peers(header, number):
    a = parse_text(PLAN_A, path="a.txt")
    other = PLAN_A.replace("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", header).replace("20/KH-UBND", number)
    assert diff_plans(a, parse_text(other, path="b.txt")).summary["peers"] is False
