"""`khtool check`: every rule fires on a text made to trigger it and stays quiet on a clean one."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.check import (
    Config,
    _cut,
    _value_forms,
    check_corpus,
    check_document,
    load_config,
    rules,
    suppressions,
)
from khtool.cli import _register, app
from khtool.diff import diff_plans

from .conftest import SAMPLES, SHARED

_register()
runner = CliRunner()

CLEAN = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Sơn La, ngày 10 tháng 5 năm 2024
KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2024
Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND tỉnh (sau đây gọi là Kế hoạch số 12),
I. MỤC TIÊU
- Chỉ tiêu 1: Giảm tỷ lệ trẻ em tử vong do đuối nước xuống dưới 5% vào năm 2025.
II. TỔ CHỨC THỰC HIỆN
1. Sở Lao động - Thương binh và Xã hội
- Chủ trì, phối hợp thực hiện chỉ tiêu 1 và triển khai Kế hoạch số 12.
2. Sở Y tế
- Phối hợp hướng dẫn sơ cứu.
III. CHẾ ĐỘ BÁO CÁO
Các sở báo cáo kết quả gửi về Sở Lao động - Thương binh và Xã hội trước ngày 15/11 hằng năm.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""

# (rule, how to break the clean text)
BROKEN = {
    "KH101": lambda t: t.replace("Số: 45/KH-UBND\n", ""),
    "KH102": lambda t: t.replace("Số: 45/KH-UBND", "Số: /KH-UBND"),
    "KH103": lambda t: t.replace("Sơn La, ngày 10 tháng 5 năm 2024\n", ""),
    "KH104": lambda t: t.replace("ngày 10 tháng 5", "ngày tháng 5"),
    "KH105": lambda t: t.replace("Sơn La, ngày 10", "ngày 10"),
    "KH106": lambda t: t.replace(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", ""
    ),
    "KH107": lambda t: t.replace("Phòng, chống đuối nước trẻ em năm 2024\n", ""),
    "KH108": lambda t: t.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n", ""),
    "KH109": lambda t: t.replace(
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n", ""
    ),
    # (a province merged into Tuyên Quang on 1 July 2025, in a text dated after it)
    "KH110": lambda t: t.replace("TỈNH SƠN LA", "TỈNH HÀ GIANG").replace("Sơn La, ngày 10 tháng 5 năm 2024", "Hà Giang, ngày 10 tháng 8 năm 2025"),
    "KH202": lambda t: t.replace("ngày 02/3/2024", "ngày 02/3/2025"),
    "KH203": lambda t: t.replace("ngày 10 tháng 5", "ngày 31 tháng 4"),
    "KH204": lambda t: t.replace("ngày 02/3/2024", "ngày 02 ngày 3 năm 2024"),
    # (a number's year, 2023, that its date's is not)
    "KH205": lambda t: t.replace(
        "III. CHẾ ĐỘ BÁO CÁO\n",
        "III. CHẾ ĐỘ BÁO CÁO\nThực hiện theo Nghị quyết số 15/2023/NQ-HĐND ngày 08/12/2022 của HĐND tỉnh.\n",
    ),
    "KH301": lambda t: t.replace(
        "Kế hoạch số 12/KH-UBND", "Kế hoạch số 12/KH-U\u0412ND"
    ),  # a Cyrillic В
    "KH302": lambda t: t.replace(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND tỉnh (sau đây gọi là Kế hoạch số 12),\n",
        "",
    ),
    "KH303": lambda t: t.replace("triển khai Kế hoạch số 12.", "triển khai."),
    "KH304": lambda t: t.replace(
        "III. CHẾ ĐỘ BÁO CÁO\n",
        "III. CHẾ ĐỘ BÁO CÁO\nThực hiện theo Thông tư số 5/2024/TX-BTC ngày 01/02/2024.\n",
    ),
    "KH305": lambda t: t.replace(
        "III. CHẾ ĐỘ BÁO CÁO\n",
        "III. CHẾ ĐỘ BÁO CÁO\nThực hiện theo Luật số 42/2024/QH15 ngày 29/6/2024 và Luật số 42/2025/QH15.\n",
    ),
    # (the text points to its appendix, which is not in it)
    "KH306": lambda t: t.replace("- Phối hợp hướng dẫn sơ cứu.", "- Phối hợp hướng dẫn sơ cứu (chi tiết tại Phụ lục kèm theo)."),
    "KH401": lambda t: t.replace("III. CHẾ ĐỘ", "II. CHẾ ĐỘ"),
    "KH402": lambda t: t.replace("II. TỔ CHỨC", "IV. TỔ CHỨC"),
    "KH403": lambda t: t.replace("III. CHẾ ĐỘ", "V. CHẾ ĐỘ"),
    "KH501": lambda t: t.replace("2. Sở Y tế\n", "2. Tăng cường phối hợp\n"),
    # (two bodies sharing an item, neither "chủ trì")
    "KH502": lambda t: t.replace(
        "1. Sở Lao động - Thương binh và Xã hội\n- Chủ trì, phối hợp",
        "1. Sở Lao động - Thương binh và Xã hội, Sở Giáo dục và Đào tạo\n- Thực hiện",
    ),
    "KH503": lambda t: t.replace("- Chỉ tiêu 1: Giảm", "- Chỉ tiêu 1: Giảm").replace(
        "I. MỤC TIÊU\n", "I. MỤC TIÊU\n- Chỉ tiêu 2: Tỷ lệ xã có bể bơi đạt 30% vào năm 2025.\n"
    ),
    "KH504": lambda t: t.replace("trước ngày 15/11 hằng năm", "kịp thời"),
    # (a province's plan giving a task to a ministry: copied from the national plan)
    "KH505": lambda t: t.replace("1. Sở Lao động - Thương binh và Xã hội\n", "1. Bộ Lao động - Thương binh và Xã hội\n"),
}


# (rule, a text it must stay quiet on: what the rule does not hold a plan to)
QUIET = {
    # an item on money names no body on purpose
    "funding item": ("KH501", lambda t: t.replace("- Phối hợp hướng dẫn sơ cứu.\n", "- Phối hợp hướng dẫn sơ cứu.\n3. Kinh phí thực hiện do ngân sách tỉnh bảo đảm.\n")),
    "funding source": ("KH501", lambda t: t.replace("- Phối hợp hướng dẫn sơ cứu.\n", "- Phối hợp hướng dẫn sơ cứu.\n3. Nguồn kinh phí: ngân sách tỉnh.\n")),
    # an item setting the reporting rule is for every body, as money is
    "reporting rule": (
        "KH501",
        lambda t: t.replace(
            "- Phối hợp hướng dẫn sơ cứu.\n",
            "- Phối hợp hướng dẫn sơ cứu.\n3. Chế độ báo cáo: các phòng, đơn vị báo cáo kết quả 6 tháng trước ngày "
            "10/6 và năm trước ngày 10/11 hằng năm về Phòng Y tế để tổng hợp.\n",
        ),
    ),
    # a body carrying its item's task alone leads it, without "chủ trì"
    "own item": ("KH502", lambda t: t.replace("Chủ trì, phối hợp", "Thực hiện")),
    "own item, colon": (
        "KH502",
        lambda t: t.replace("1. Sở Lao động - Thương binh và Xã hội\n- Chủ trì, phối hợp", "1. Sở Lao động - Thương binh và Xã hội: chủ động"),
    ),
    # an indicator a body's task restates, with its value or date, is given it
    "indicator restated, value": (
        "KH503",
        lambda t: BROKEN["KH503"](t).replace(
            "- Phối hợp hướng dẫn sơ cứu.", "- Bảo đảm tỷ lệ xã có bể bơi đạt 30% vào năm 2025."
        ),
    ),
    "indicator restated, date": (
        "KH503",
        lambda t: t.replace(
            "I. MỤC TIÊU\n",
            "I. MỤC TIÊU\n- Chỉ tiêu 2: 100% xã ban hành kế hoạch phòng, chống đuối nước trước ngày 30/6/2024.\n",
        ).replace(
            "- Phối hợp hướng dẫn sơ cứu.",
            "- Hướng dẫn các xã ban hành kế hoạch phòng, chống đuối nước, hoàn thành trước ngày 30/6/2024.",
        ),
    ),
    # one serial of one term: a law and a resolution of Quốc hội, or two laws the text names apart
    "law and resolution": (
        "KH305",
        lambda t: t.replace(
            "III. CHẾ ĐỘ BÁO CÁO\n",
            "III. CHẾ ĐỘ BÁO CÁO\nThực hiện Luật số 43/2024/QH15 và Nghị quyết số 43/2022/QH15 của Quốc hội.\n",
        ),
    ),
    "two laws named": (
        "KH305",
        lambda t: t.replace(
            "III. CHẾ ĐỘ BÁO CÁO\n",
            "III. CHẾ ĐỘ BÁO CÁO\nThực hiện Luật Đất đai số 31/2024/QH15 và Luật Nhà ở số 31/2023/QH15.\n",
        ),
    ),
    # the appendix pointed to is there, after the signature
    "appendix there": (
        "KH306",
        lambda t: BROKEN["KH306"](t) + "PHỤ LỤC\nDANH SÁCH CÁC XÃ CÓ NGUY CƠ ĐUỐI NƯỚC CAO\n(Kèm theo Kế hoạch số 45/KH-UBND)\n"
        "STT | Xã | Số điểm nguy hiểm\n1 | Mường Bang | 4\n",
    ),
    # a letter's appendix under "Phụ lục:" and its title in the same line
    "appendix after a colon": (
        "KH306",
        lambda t: BROKEN["KH306"](t) + "Phụ lục: Danh sách các xã có nguy cơ đuối nước cao\nSTT | Xã\n1 | Mường Bang\n",
    ),
    # another text's appendix, named by its number
    "another text's appendix": (
        "KH306",
        lambda t: t.replace(
            "- Phối hợp hướng dẫn sơ cứu.",
            "- Phối hợp hướng dẫn sơ cứu theo Phụ lục 4 kèm theo Thông tư số 10/2022/TT-BYT.",
        ),
    ),
    # a Party committee's plan: its bodies "tham mưu", none "chủ trì"
    "party plan": (
        "KH502",
        lambda t: t.replace("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n", "ĐẢNG BỘ TỈNH SƠN LA\nĐẢNG ỦY XÃ MƯỜNG BANG\n")
        .replace("Số: 45/KH-UBND", "Số 45-KH/ĐU")
        .replace("Chủ trì, phối hợp", "Tham mưu"),
    ),
}


@pytest.mark.parametrize("case", sorted(QUIET))
def test_rule_stays_quiet(case):
    rule, edit = QUIET[case]
    assert rule not in codes(edit(CLEAN))


@pytest.mark.parametrize(
    "task",
    [
        "- Bảo đảm tỷ lệ xã có bể bơi đạt 20% vào năm 2025.",  # another value
        "- Hướng dẫn các xã xây dựng bể bơi.",  # the topic, no value
    ],
)
def test_an_indicator_only_echoed_by_a_task_is_not_given(task):
    assert "KH503" in codes(BROKEN["KH503"](CLEAN).replace("- Phối hợp hướng dẫn sơ cứu.", task))


@pytest.mark.parametrize(
    ("value", "forms"),
    [
        (90.0, ["90"]),
        (3000.0, ["3.000", "3000"]),
        (1.5, ["1,5", "1.5"]),
        # (exactly, with the thousands dot: not six significant digits)
        (12345.67, ["12.345,67", "12345,67", "12345.67"]),
        (1234567.5, ["1.234.567,5", "1234567,5", "1234567.5"]),
    ],
)
def test_value_forms(value, forms):
    assert _value_forms(value) == forms


def codes(text: str) -> set[str]:
    return {f.rule for f in check_document(parse_text(text, path="plan.txt"))}


def test_clean_plan_has_no_finding():
    assert codes(CLEAN) == set()


@pytest.mark.parametrize("rule", sorted(BROKEN))
def test_rule_fires(rule):
    assert rule in codes(BROKEN[rule](CLEAN))


def test_every_rule_is_tested():
    # (KH603: test_a_plan_issued_after_the_date_the_plan_above_gives_its_level;
    # KH604: test_a_plan_under_one_checked_with_it_that_cites_none;
    # KH605: test_a_plan_carrying_out_a_replaced_plan; KH606:
    # test_a_date_several_documents_cite_a_year_from_the_printed_one_is_told_on_the_cited_document)
    assert set(BROKEN) | {"KH201", "KH603", "KH604", "KH605", "KH606"} | set(CITED_WRONG) == set(rules())


# Rules over documents checked together: the ward plan cites the province
# plan (CLEAN's 45/KH-UBND of 10/5/2024); how to get the citation wrong.
WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG CHIỀNG LỀ
Số: 18/KH-UBND
Chiềng Lề, ngày 20 tháng 5 năm 2024
KẾ HOẠCH
Phòng, chống đuối nước trẻ em năm 2024
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/5/2024 của UBND tỉnh Sơn La,
I. TỔ CHỨC THỰC HIỆN
1. Công an phường
- Chủ trì tuyên truyền.
"""
CITED_WRONG = {
    "KH601": lambda t: t.replace("45/KH-UBND ngày 10/5/2024", "45/KH-UBND ngày 01/5/2024"),
    "KH602": lambda t: t.replace("45/KH-UBND ngày 10/5/2024", "54/KH-UBND ngày 10/5/2024"),
}


def corpus_codes(ward: str) -> list[str]:
    docs = [parse_text(CLEAN, path="province.txt"), parse_text(ward, path="ward.txt")]
    return [f.rule for f in check_corpus(docs)]


def test_an_item_giving_a_task_to_a_body_named_before_names_it():
    """KH501: "3. Sở Lao động - … tham mưu …" names that Sở, whose tasks
    are one assignment spanning item 1."""
    text = CLEAN.replace(
        "- Phối hợp hướng dẫn sơ cứu.\n",
        "- Phối hợp hướng dẫn sơ cứu.\n3. Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh tổng kết công tác phòng, chống đuối nước.\n",
    )
    assert "KH501" not in codes(text)


def test_a_plan_citing_another_checked_with_it_rightly_has_no_finding():
    assert corpus_codes(WARD) == []


@pytest.mark.parametrize("rule", sorted(CITED_WRONG))
def test_corpus_rule_fires(rule):
    assert corpus_codes(CITED_WRONG[rule](WARD)) == [rule]


def test_a_number_far_from_any_checked_is_no_slip():
    assert corpus_codes(WARD.replace("45/KH-UBND ngày 10/5/2024", "128/KH-UBND ngày 02/4/2024")) == []


@pytest.mark.parametrize(
    ("cited", "found"),
    [
        # a neighbouring number is a slip when what the citation says agrees
        ("54/KH-UBND ngày 10/5/2024 của UBND tỉnh Sơn La", ["KH602"]),
        ("54/KH-UBND ngày 11/5/2024 của UBND tỉnh Sơn La về phòng, chống đuối nước trẻ em", ["KH602"]),
        # and the same body's next plan when its date and subject differ
        ("46/KH-UBND ngày 12/5/2024 của UBND tỉnh Sơn La về phát triển du lịch", []),
    ],
)
def test_a_neighbouring_number_is_a_slip_only_when_date_or_subject_agree(cited, found):
    assert corpus_codes(WARD.replace("45/KH-UBND ngày 10/5/2024 của UBND tỉnh Sơn La", cited)) == found


@pytest.mark.parametrize(
    ("other_title", "found"),
    [
        # a second plan of the province that year, of another topic: the
        # place and year both titles bear do not make it the one meant
        ("Phát triển du lịch trên địa bàn tỉnh Sơn La năm 2024", ["KH602"]),
        # one of the same topic is as likely: no finding
        ("Phòng, chống đuối nước trẻ em trên địa bàn tỉnh Sơn La năm 2024", []),
    ],
)
def test_a_slip_is_told_from_another_plan_of_the_same_place_and_year_by_its_topic(other_title, found):
    other = CLEAN.replace("Số: 45/KH-UBND", "Số: 55/KH-UBND").replace("ngày 10 tháng 5", "ngày 12 tháng 5")
    other = other.replace("Phòng, chống đuối nước trẻ em năm 2024", other_title)
    ward = WARD.replace(
        "45/KH-UBND ngày 10/5/2024 của UBND tỉnh Sơn La",
        "54/KH-UBND ngày 10/5/2024 của UBND tỉnh Sơn La về phòng, chống đuối nước trẻ em trên địa bàn tỉnh Sơn La năm 2024",
    )
    docs = [parse_text(CLEAN, path="province.txt"), parse_text(other, path="other.txt"), parse_text(ward, path="ward.txt")]
    assert [f.rule for f in check_corpus(docs)] == found


def test_the_cli_checks_the_documents_given_together(tmp_path):
    (tmp_path / "province.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "ward.txt").write_text(CITED_WRONG["KH601"](WARD), encoding="utf-8")
    res = runner.invoke(app, ["check", str(tmp_path), "-f", "json"])
    found = [f for f in json.loads(res.stdout)["findings"] if f["rule"] == "KH601"]
    assert res.exit_code == 1 and len(found) == 1
    assert "01/05/2024" in found[0]["message"] and "10/05/2024" in found[0]["message"]


def test_dates_disagree_on_the_sample():
    doc = parse_text((SAMPLES / "003_1df2fb94d1fd5416.txt").read_text(encoding="utf-8"))
    found = {f.rule for f in check_document(doc)}
    assert {"KH201", "KH401", "KH402", "KH403"} <= found


@pytest.mark.parametrize(
    ("stem", "fails"),
    [
        ("000_48697f013dff5d26", False),
        ("001_9bc3f1274d6058dd", True),
        ("003_1df2fb94d1fd5416", True),
        ("004_33652b52775a5c36", True),
    ],
)
def test_samples_exit_codes(stem, fails):
    res = runner.invoke(app, ["check", str(SAMPLES / f"{stem}.txt")])
    assert res.exit_code == (1 if fails else 0), res.output


def test_article_is_not_held_to_the_form():
    res = runner.invoke(app, ["check", str(SAMPLES / "002_453f96f68d6d140a.txt"), "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["findings"] == []


def test_sarif_validates_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("../shared/schemas is not beside this checkout")
    res = runner.invoke(app, ["check", str(SAMPLES), "-f", "sarif"])
    assert res.exit_code == 1
    sarif = json.loads(res.stdout)
    jsonschema.validate(sarif, json.loads(schema_path.read_text(encoding="utf-8")))
    results = sarif["runs"][0]["results"]
    assert any(
        r["ruleId"] == "KH102" and r["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
        for r in results
    )


def test_github_annotations_are_escaped():
    res = runner.invoke(app, ["check", str(SAMPLES / "001_9bc3f1274d6058dd.txt"), "-f", "github"])
    lines = res.stdout.splitlines()
    assert any(line.startswith("::error file=") and ",line=3," in line for line in lines)
    assert all("\n" not in line for line in lines)


def test_fail_on_select_ignore():
    path = str(SAMPLES / "001_9bc3f1274d6058dd.txt")
    assert runner.invoke(app, ["check", path, "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(app, ["check", path, "--ignore", "KH102,KH104"]).exit_code == 0
    assert runner.invoke(app, ["check", path, "--select", "KH106"]).exit_code == 0
    assert (
        runner.invoke(app, ["check", path, "--select", "KH106", "--fail-on", "warning"]).exit_code
        == 1
    )
    res = runner.invoke(app, ["check", path, "--select", "KH999"])
    assert res.exit_code == 2 and "unknown rule" in res.output


def test_config_file(tmp_path, monkeypatch):
    plan = tmp_path / "plan.txt"
    plan.write_text(BROKEN["KH105"](CLEAN), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.khtool]\nfail-on = "warning"\n[tool.khtool.severity]\nKH105 = "error"\n'
    )
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["check", "plan.txt", "-f", "json"])
    assert res.exit_code == 1
    assert [f["severity"] for f in json.loads(res.stdout)["findings"] if f["rule"] == "KH105"] == [
        "error"
    ]
    (tmp_path / "khtool.toml").write_text('ignore = ["KH105"]\n')
    assert runner.invoke(app, ["check", "plan.txt"]).exit_code == 0


@pytest.mark.parametrize("text", ['fail-on = "warning"\n', '[tool.khtool]\nfail-on = "warning"\n'])
def test_khtool_toml_with_or_without_the_tool_table(tmp_path, text):
    (tmp_path / "khtool.toml").write_text(text)
    assert load_config(tmp_path / "khtool.toml").fail_on == "warning"


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Tổ chức tuyên truyền", "Tổ chức tuyên truyền"),
        ("Phối hợp tổ chức hội nghị sơ kết, tổng kết và báo cáo Công an tỉnh", "Phối hợp tổ chức hội nghị sơ…"),
    ],
)
def test_a_long_text_is_cut_at_a_word(text, cut):
    assert _cut(text, 30) == cut


def test_sarif_names_the_other_plan_of_a_cross_plan_finding(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("../shared/schemas is not beside this checkout")
    (tmp_path / "province.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "ward.txt").write_text(CITED_WRONG["KH601"](WARD), encoding="utf-8")
    res = runner.invoke(app, ["check", str(tmp_path), "-f", "sarif"])
    sarif = json.loads(res.stdout)
    jsonschema.validate(sarif, json.loads(schema_path.read_text(encoding="utf-8")))
    r = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "KH601")
    assert r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("province.txt")


def test_sarif_fingerprints_hold_when_lines_move_and_uris_are_relative_to_the_working_dir(tmp_path, monkeypatch):
    """GitHub code scanning tracks a finding by ``partialFingerprints``: the
    same after lines are added above it; files under the working directory
    are relative to %SRCROOT% (``originalUriBaseIds``), others absolute."""
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip("../shared/schemas is not beside this checkout")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    work, elsewhere = tmp_path / "repo", tmp_path / "elsewhere"
    (work / "plans").mkdir(parents=True)
    elsewhere.mkdir()
    (work / "plans" / "province.txt").write_text(CLEAN, encoding="utf-8")
    ward = CITED_WRONG["KH601"](WARD)
    (work / "plans" / "ward.txt").write_text(ward, encoding="utf-8")
    monkeypatch.chdir(work)

    def sarif(*args: str) -> dict:
        res = runner.invoke(app, ["check", *args, "-f", "sarif", "--fail-on", "never"])
        assert res.exit_code == 0, res.output
        data = json.loads(res.stdout)
        jsonschema.validate(data, schema)
        return data["runs"][0]

    def results(run: dict) -> dict:
        return {
            (r["ruleId"], r["partialFingerprints"]["khtoolFindingHash/v1"]): r["locations"][0]["physicalLocation"]
            for r in run["results"]
        }

    run = sarif("plans")
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": work.resolve().as_uri() + "/"}}
    before = results(run)
    assert "KH601" in {rule for rule, _ in before}
    assert {loc["artifactLocation"]["uriBaseId"] for loc in before.values()} == {"%SRCROOT%"}
    assert {loc["artifactLocation"]["uri"] for loc in before.values()} == {"plans/ward.txt"}
    # two lines added above every finding: the same fingerprints, two lines down
    (work / "plans" / "ward.txt").write_text("\n\n" + ward, encoding="utf-8")
    after = results(sarif("plans"))
    assert after.keys() == before.keys()
    assert all(
        after[k]["region"]["startLine"] == before[k]["region"]["startLine"] + 2
        for k in after
        if before[k]["artifactLocation"]["uri"] == "plans/ward.txt"
    )
    # a file outside the working directory: an absolute file:// URI
    outside = elsewhere / "plan kế hoạch.txt"
    outside.write_text(BROKEN["KH102"](CLEAN), encoding="utf-8")
    (loc,) = results(sarif(str(outside))).values()
    assert loc["artifactLocation"] == {"uri": outside.resolve().as_uri()}


def test_line_suppression(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(
        CLEAN.replace("Số: 45/KH-UBND", "Số: /KH-UBND  # khtool: ignore[KH102]"), encoding="utf-8"
    )
    res = runner.invoke(app, ["check", str(plan), "-f", "json"])
    assert "KH102" not in {f["rule"] for f in json.loads(res.stdout)["findings"]}
    assert suppressions("a\nb <!-- khtool: ignore[KH101, KH105] -->") == {2: {"KH101", "KH105"}}


def test_unreadable_input_exit_3(tmp_path):
    res = runner.invoke(app, ["check", str(tmp_path / "missing.txt")])
    assert res.exit_code == 3


def test_rules_listing():
    res = runner.invoke(app, ["rules", "-f", "json"])
    assert res.exit_code == 0 and len(json.loads(res.stdout)) == len(rules())


def test_config_object_defaults():
    assert Config().enabled("KH101") and not Config(ignore=["KH1"]).enabled("KH101")


@pytest.mark.parametrize(
    "said",
    [
        "định kỳ báo cáo kết quả về UBND tỉnh theo quy định",
        "báo cáo đột xuất khi có yêu cầu",
    ],
)
def test_a_reporting_part_saying_no_time_is_flagged(said):
    """"Định kỳ báo cáo … theo quy định" says reports recur, not when they
    are due: KH504 as for a part that says nothing of time."""
    line = next(ln for ln in CLEAN.splitlines() if "trước ngày 15/11 hằng năm" in ln)
    assert "KH504" in codes(CLEAN.replace(line, f"- Các sở, ngành {said}."))


PROVINCE_2026 = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 5/KH-UBND
Phú Thọ, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện Chương trình bảo vệ trẻ em năm 2026
I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì, hướng dẫn triển khai Kế hoạch.
2. Ủy ban nhân dân các xã, phường
- Xây dựng, ban hành kế hoạch thực hiện tại địa phương, hoàn thành trước ngày 28/02/2026.
"""
COMMUNE_2026 = """ỦY BAN NHÂN DÂN
XÃ THANH SƠN
Số: 18/KH-UBND
Thanh Sơn, ngày {date}
KẾ HOẠCH
Thực hiện Chương trình bảo vệ trẻ em năm 2026
Thực hiện Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,
I. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã
- Chủ trì tuyên truyền.
"""


@pytest.mark.parametrize(("date", "late"), [("10 tháng 3 năm 2026", 10), ("20 tháng 02 năm 2026", None)])
@pytest.mark.parametrize("dated", [True, False])
def test_a_plan_issued_after_the_date_the_plan_above_gives_its_level(date, late, dated):
    """The plan above is found by its number, with or without its date
    ("Kế hoạch số 5/KH-UBND của UBND tỉnh"), as the graph finds it."""
    province = parse_text(PROVINCE_2026, path="province.txt")
    text = COMMUNE_2026 if dated else COMMUNE_2026.replace(" ngày 08/01/2026", "")
    commune = parse_text(text.format(date=date), path="commune.txt")
    found = [f for f in check_corpus([province, commune]) if f.rule == "KH603"]
    assert [f.path for f in found] == (["commune.txt"] if late else [])
    if late:
        assert f"{late} ngày chậm" in found[0].message


@pytest.mark.parametrize(
    ("due", "cited", "found"),
    [
        # a deadline in the plan's year: the commune is 10 days late
        ("28/02/2026", "", ["KH603"]),
        # a deadline dated before the plan above was issued is a slip of its
        # year, no date to be late against (375 days "late")
        ("28/02/2025", "", []),
        # before a document it cites, which it cannot predate: its own date
        # ("năm 2025" printed for 2026) and the deadline alike slipped
        ("28/02/2025", "Thực hiện Kế hoạch số 02-KH/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy;\n", []),
    ],
)
def test_a_deadline_before_its_plan_was_issued_is_no_date_to_be_late_against(due, cited, found):
    text = PROVINCE_2026.replace("28/02/2026", due).replace("I. TỔ CHỨC", cited + "I. TỔ CHỨC")
    if cited:  # (the plan printed a year early, as its deadline)
        text = text.replace("năm 2026\nKẾ HOẠCH", "năm 2025\nKẾ HOẠCH")
    province = parse_text(text, path="province.txt")
    commune = parse_text(
        COMMUNE_2026.format(date="10 tháng 3 năm 2026").replace("ngày 08/01/2026", "ngày 08/01/" + province.header.date[:4]),
        path="commune.txt",
    )
    assert [f.rule for f in check_corpus([province, commune]) if f.rule == "KH603"] == found


@pytest.mark.parametrize(
    ("due", "cited", "task", "want"),
    [
        ("trước ngày 28/02/2026", "", "", "2026-02-28"),
        # before the plan's own date (08/01/2026): a slip of the year, no date
        ("trong tháng 12 năm 2025", "", "", None),
        ("trước ngày 28/02/2025", "", "", None),
        # a document it only mentions, dated after the deadline (a misprint
        # or a later act named in passing), tells nothing of its issue
        (
            "trước ngày 28/02/2026",
            "",
            "3. Sở Tài chính\n- Bố trí kinh phí theo Công văn số 120/STC-NS ngày 15/03/2026 của Sở Tài chính.\n",
            "2026-02-28",
        ),
        # nor does a basis dated decades after it ("2062" for 2026)
        ("trước ngày 28/02/2026", "Căn cứ Quyết định số 15/QĐ-UBND ngày 05/01/2062 của UBND tỉnh Phú Thọ;\n", "", "2026-02-28"),
    ],
)
def test_plans_are_due_no_earlier_than_the_plan_and_what_it_rests_on(due, cited, task, want):
    from khtool.diff import plans_due

    text = PROVINCE_2026.replace("trước ngày 28/02/2026", due).replace("I. TỔ CHỨC", cited + "I. TỔ CHỨC") + task
    assert plans_due(parse_text(text, path="province.txt"), "ward") == want


@pytest.mark.parametrize(
    ("cited_date", "found"),
    [
        # the commune cites the plan with the right year, the plan printed a
        # year early: the one plan, told as a slip of the year (KH606, a
        # warning: one of the two dates is a slip), and the commune late by
        # the date it gives communes
        ("08/01/2026", ["KH603", "KH606"]),
        # another day: no document of the set
        ("09/01/2026", []),
    ],
)
def test_a_plan_cited_with_its_date_a_year_from_its_own_is_that_plan(cited_date, found):
    province = parse_text(PROVINCE_2026.replace("ngày 08 tháng 01 năm 2026", "ngày 08 tháng 01 năm 2025"), path="province.txt")
    assert province.header.date == "2025-01-08"
    commune = parse_text(
        COMMUNE_2026.format(date="10 tháng 3 năm 2026").replace("ngày 08/01/2026", f"ngày {cited_date}"), path="commune.txt"
    )
    findings = [f for f in check_corpus([province, commune]) if f.rule in ("KH601", "KH603", "KH606")]
    assert sorted(f.rule for f in findings) == found
    if found:
        slip = next(f for f in findings if f.rule == "KH606")
        assert (slip.path, slip.severity) == ("commune.txt", "warning") and "viết nhầm năm" in slip.message


# A correction letter of the set re-dating the province's plan (the printed
# "năm 2025" for 2026).
CORRECTION_2026 = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 31/UBND-VX
Phú Thọ, ngày 14 tháng 01 năm 2026
V/v đính chính Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh
Kính gửi: Ủy ban nhân dân các xã, phường.
Ủy ban nhân dân tỉnh đính chính Kế hoạch số 5/KH-UBND ngày 08/01/2026 như sau:
Đã ghi: "Phú Thọ, ngày 08 tháng 01 năm 2025".
Nay đính chính là: "Phú Thọ, ngày 08 tháng 01 năm 2026".
"""


@pytest.mark.parametrize(
    ("cited", "letter", "found"),
    [
        # several plans citing it with one date a year from its own: its own
        # printed date is the likely slip, told once on its date line
        (["08/01/2026", "08/01/2026"], False, [("province.txt", 4, "2 văn bản")]),
        # one copying the printed date agrees with it: the two others tell the slip
        (["08/01/2026", "08/01/2025", "08/01/2026"], False, [("province.txt", 4, "2 văn bản")]),
        # a correction letter of the set is one of them, named as correcting it
        (["08/01/2026", "08/01/2026"], True, [("province.txt", 4, "đính chính bởi 31/UBND-VX")]),
        # a lone plan a year off: on its citation, either date may be the slip
        (["08/01/2026", "08/01/2025"], False, [("commune0.txt", 7, "một trong hai ngày")]),
        # all as printed: nothing
        (["08/01/2025", "08/01/2025"], False, []),
    ],
)
def test_a_date_several_documents_cite_a_year_from_the_printed_one_is_told_on_the_cited_document(cited, letter, found):
    province = parse_text(PROVINCE_2026.replace("ngày 08 tháng 01 năm 2026", "ngày 08 tháng 01 năm 2025"), path="province.txt")
    docs = [province] + [
        parse_text(
            COMMUNE_2026.format(date="20 tháng 02 năm 2026")
            .replace("ngày 08/01/2026", f"ngày {d}")
            .replace("18/KH-UBND", f"{18 + i}/KH-UBND")
            .replace("XÃ THANH SƠN", ["XÃ THANH SƠN", "XÃ THANH THỦY", "XÃ TAM NÔNG"][i]),
            path=f"commune{i}.txt",
        )
        for i, d in enumerate(cited)
    ]
    if letter:
        docs.append(parse_text(CORRECTION_2026, path="letter.txt"))
    findings = check_corpus(docs)
    # (never KH601's error on plans citing it right)
    assert not [f for f in findings if f.rule == "KH601"]
    slips = [f for f in findings if f.rule == "KH606"]
    assert [(f.path, f.line) for f in slips] == [(path, line) for path, line, _ in found]
    for f, (_, _, said) in zip(slips, found, strict=True):
        assert f.severity == "warning" and said in f.message
    if found and found[0][0] == "province.txt":
        assert "ngày 08/01/2026 (18/KH-UBND, " in slips[0].message


REPLACED_2025 = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 210/KH-UBND
Phú Thọ, ngày 12 tháng 9 năm 2025
KẾ HOẠCH
Tổ chức dạy học trực tuyến trong các cơ sở giáo dục phổ thông
I. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì, hướng dẫn triển khai Kế hoạch.
"""
REPLACING_2026 = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 78/KH-UBND
Phú Thọ, ngày 10 tháng 4 năm 2026
KẾ HOẠCH
Tổ chức dạy học trực tuyến và học liệu số trong các cơ sở giáo dục phổ thông
I. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì, hướng dẫn triển khai Kế hoạch.
Kế hoạch này thay thế Kế hoạch số 210/KH-UBND ngày 12/9/2025 của Ủy ban nhân dân tỉnh.
"""
CARRYING_OUT_210 = """ỦY BAN NHÂN DÂN
XÃ THANH SƠN
Số: 33/KH-UBND
Thanh Sơn, ngày {date}
KẾ HOẠCH
Tổ chức dạy học trực tuyến trên địa bàn xã
Thực hiện Kế hoạch số 210/KH-UBND ngày 12/9/2025 của UBND tỉnh Phú Thọ,
I. TỔ CHỨC THỰC HIỆN
1. Trường Trung học cơ sở Thanh Sơn
- Chủ trì tổ chức dạy học trực tuyến.
"""


@pytest.mark.parametrize(
    ("date", "action", "found"),
    [
        # ten days after the province's new plan replaced the one it carries out
        ("20 tháng 4 năm 2026", "thay thế", ["KH605"]),
        ("20 tháng 4 năm 2026", "bãi bỏ", ["KH605"]),
        # before it: the plan it carries out was then in force
        ("20 tháng 3 năm 2026", "thay thế", []),
    ],
)
def test_a_plan_carrying_out_a_replaced_plan(date, action, found):
    docs = [
        parse_text(REPLACED_2025, path="kh210.txt"),
        parse_text(REPLACING_2026.replace("này thay thế", f"này {action}"), path="kh78.txt"),
        parse_text(CARRYING_OUT_210.format(date=date), path="xa.txt"),
    ]
    findings = [f for f in check_corpus(docs) if f.rule == "KH605"]
    assert [f.rule for f in findings] == found
    if found:
        assert findings[0].path == "xa.txt" and "210/KH-UBND" in findings[0].message and "78/KH-UBND" in findings[0].message


@pytest.mark.parametrize(
    ("cited", "found"),
    [
        # the replaced plan only cited, not in the set: ended all the same
        ("Kế hoạch số 210/KH-UBND ngày 12/9/2025 của UBND tỉnh Phú Thọ", ["KH605"]),
        # another province's plan of that number: not the one replaced
        ("Kế hoạch số 210/KH-UBND ngày 12/9/2025 của UBND tỉnh Lào Cai", []),
        # a number alone may be any body's
        ("Kế hoạch số 210/KH-UBND", []),
    ],
)
def test_a_plan_carrying_out_a_replaced_plan_only_cited(cited, found):
    docs = [
        parse_text(REPLACING_2026, path="kh78.txt"),
        parse_text(
            CARRYING_OUT_210.format(date="20 tháng 4 năm 2026").replace(
                "Kế hoạch số 210/KH-UBND ngày 12/9/2025 của UBND tỉnh Phú Thọ", cited
            ),
            path="xa.txt",
        ),
    ]
    findings = [f for f in check_corpus(docs) if f.rule == "KH605"]
    assert [f.rule for f in findings] == found
    if found:
        assert findings[0].path == "xa.txt" and "210/KH-UBND" in findings[0].message and "78/KH-UBND" in findings[0].message


@pytest.mark.parametrize(
    ("type_line", "code", "found"),
    [
        ("KẾ HOẠCH", "KH", ["KH603"]),
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTr", ["KH603"]),
        # a guide or a notice under the plan is no plan due by its date
        ("HƯỚNG DẪN", "HD", []),
        ("THÔNG BÁO", "TB", []),
    ],
)
def test_only_a_plan_is_late_by_the_date_the_plan_above_gives(type_line, code, found):
    province = parse_text(PROVINCE_2026, path="province.txt")
    text = COMMUNE_2026.replace("KẾ HOẠCH\n", f"{type_line}\n").replace("18/KH-UBND", f"18/{code}-UBND")
    commune = parse_text(text.format(date="10 tháng 3 năm 2026"), path="commune.txt")
    assert commune.header.doc_type == code
    assert [f.rule for f in check_corpus([province, commune]) if f.rule == "KH603"] == found


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        # a heading with no number opens a new list: its items number from 1 again
        ("TỔ CHỨC THỰC HIỆN", set()),
        ("\nTổ chức thực hiện\n", set()),
        # not a line of a paragraph, nor a sentence
        ("Các nhiệm vụ khác như sau:", {"KH401"}),
        ("", {"KH401"}),
    ],
)
def test_numbers_start_again_under_an_unnumbered_heading(heading, found):
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 60-CT/TW\nHà Nội, ngày 02 tháng 12 năm 2025\nCHỈ THỊ\nCỦA BAN BÍ THƯ\n"
        "về công tác dân vận\n\nBan Bí thư yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:\n\n"
        "1. Nâng cao nhận thức về công tác dân vận.\n\n2. Đổi mới phương thức dân vận.\n\n"
        f"{heading}\n\n1. Các tỉnh ủy xây dựng kế hoạch thực hiện.\n\n2. Ban Dân vận Trung ương theo dõi.\n"
    )
    assert codes(text) & {"KH401"} == found


@pytest.mark.parametrize(
    "preamble",
    [
        # whatever the verb, a lower plan naming the upper one carries it out
        "Căn cứ Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,",
        "Triển khai Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,",
        # the issuer without its place: number, year and date are the plan's
        "Thực hiện Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh,",
        "Căn cứ Kế hoạch 5/KH-UBND ngày 08-01-2026 của UBND tỉnh,",
    ],
)
def test_check_and_diff_find_the_plan_above_alike(preamble):
    province = parse_text(PROVINCE_2026, path="province.txt")
    text = COMMUNE_2026.replace("Thực hiện Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,", preamble)
    commune = parse_text(text.format(date="10 tháng 3 năm 2026"), path="commune.txt")
    found = [f.rule for f in check_corpus([province, commune]) if f.rule.startswith("KH6")]
    cites = diff_plans(province, commune).citations.b_cites_a or {}
    assert (found, cites.get("issued_late_by_days")) == (["KH603"], 10)


@pytest.mark.parametrize(
    ("unit", "title", "preamble", "found"),
    [
        # a commune of the province, same topic and year, citing no plan: KH604
        ("XÃ THANH SƠN", "Bảo vệ trẻ em trên địa bàn xã Thanh Sơn năm 2026", "Căn cứ Luật Trẻ em năm 2016,", ["KH604"]),
        # citing it (or a slip for it) is carrying it out
        ("XÃ THANH SƠN", "Bảo vệ trẻ em năm 2026", "Căn cứ Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,", []),
        ("XÃ THANH SƠN", "Bảo vệ trẻ em năm 2026", "Căn cứ Kế hoạch số 6/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,", ["KH602"]),
        # another topic, or a commune of another province
        ("XÃ THANH SƠN", "Phòng, chống thiên tai năm 2026", "Căn cứ Luật Phòng, chống thiên tai năm 2013,", []),
        ("PHƯỜNG HÀ GIANG 1", "Bảo vệ trẻ em năm 2026", "Căn cứ Luật Trẻ em năm 2016,", []),
    ],
)
def test_a_plan_under_one_checked_with_it_that_cites_none(unit, title, preamble, found):
    province = parse_text(PROVINCE_2026, path="province.txt")
    text = (
        COMMUNE_2026.replace("XÃ THANH SƠN", unit)
        .replace("Thực hiện Chương trình bảo vệ trẻ em năm 2026", title)
        .replace("Thực hiện Kế hoạch số 5/KH-UBND ngày 08/01/2026 của UBND tỉnh Phú Thọ,", preamble)
    )
    commune = parse_text(text.format(date="20 tháng 02 năm 2026"), path="commune.txt")
    assert [f.rule for f in check_corpus([province, commune])] == found


_CENTRE_FOOD = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 47-CT/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 20 tháng 8 năm 2025
CHỈ THỊ
CỦA BAN BÍ THƯ
về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an toàn thực phẩm
Thời gian qua, công tác bảo đảm an toàn thực phẩm đạt được một số kết quả.
1. Các tỉnh ủy, thành ủy lãnh đạo, chỉ đạo xây dựng kế hoạch thực hiện Chỉ thị này.
2. Ban Tuyên giáo và Dân vận Trung ương hướng dẫn tuyên truyền.
"""
_PROVINCE_FOOD_KH = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 315/KH-UBND
Thanh Hóa, ngày 25 tháng 9 năm 2025
KẾ HOẠCH
Thực hiện Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an toàn thực phẩm trên địa bàn tỉnh Thanh Hóa
Thực hiện Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch.
2. Ủy ban nhân dân các xã, phường
- Xây dựng, ban hành kế hoạch thực hiện tại địa phương.
- Chỉ đạo Trạm Y tế kiểm tra bếp ăn tập thể trường học.
"""
_PROVINCE_FOOD_QD = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 2870/QĐ-UBND
Thanh Hóa, ngày 25 tháng 9 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an toàn thực phẩm trên địa bàn tỉnh Thanh Hóa
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư trên địa bàn tỉnh Thanh Hóa.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng

KẾ HOẠCH
Thực hiện Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm an toàn thực phẩm trên địa bàn tỉnh Thanh Hóa
(Ban hành kèm theo Quyết định số 2870/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh Thanh Hóa)
I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch.
2. Ủy ban nhân dân các xã, phường
- Xây dựng, ban hành kế hoạch thực hiện tại địa phương.
- Chỉ đạo Trạm Y tế kiểm tra bếp ăn tập thể trường học.
"""
_COMMUNE_FOOD = """{organ}
XÃ HOẰNG HÓA
Số: 41/{symbol}
Hoằng Hóa, ngày 15 tháng 10 năm 2025
KẾ HOẠCH
Thực hiện Chỉ thị số 47-CT/TW của Ban Bí thư về công tác bảo đảm an toàn thực phẩm trên địa bàn xã Hoằng Hóa
{preamble}
I. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã
- Chủ trì kiểm tra bếp ăn tập thể trường học trên địa bàn xã.
"""
_ONLY_CENTRE = "Thực hiện Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư, Ủy ban nhân dân xã ban hành Kế hoạch như sau:"
_UBND = ("ỦY BAN NHÂN DÂN", "KH-UBND")


@pytest.mark.parametrize(
    ("province", "issuer", "preamble", "found"),
    [
        # a commune's plan citing only the Party's directive, while its
        # province's plan of it (or the decision issuing that plan) has a
        # part for communes: it skipped a level
        (_PROVINCE_FOOD_KH, _UBND, _ONLY_CENTRE, ["KH604"]),
        (_PROVINCE_FOOD_QD, _UBND, _ONLY_CENTRE, ["KH604"]),
        # citing the province's plan, its decision or the plan it attaches
        (
            _PROVINCE_FOOD_KH,
            _UBND,
            "Thực hiện Kế hoạch số 315/KH-UBND ngày 25/9/2025 của UBND tỉnh Thanh Hóa thực hiện Chỉ thị số"
            " 47-CT/TW ngày 20/8/2025 của Ban Bí thư,",
            [],
        ),
        (
            _PROVINCE_FOOD_QD,
            _UBND,
            "Thực hiện Kế hoạch ban hành kèm theo Quyết định số 2870/QĐ-UBND ngày 25/9/2025 của UBND tỉnh Thanh Hóa,",
            [],
        ),
        (
            _PROVINCE_FOOD_QD,
            _UBND,
            "Căn cứ Quyết định số 2870/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh Thanh Hóa ban hành Kế hoạch"
            " thực hiện Chỉ thị số 47-CT/TW;",
            [],
        ),
        # no plan of the province checked with it
        (None, _UBND, _ONLY_CENTRE, []),
        # a commune's Party committee carries out the Tỉnh ủy's plan, not the UBND's
        (
            _PROVINCE_FOOD_KH,
            ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY", "KH/ĐU"),
            "Thực hiện Chỉ thị số 47-CT/TW ngày 20/8/2025 của Ban Bí thư, Đảng ủy xã xây dựng Kế hoạch như sau:",
            [],
        ),
    ],
)
def test_a_commune_citing_only_the_centre_skips_its_provinces_plan(province, issuer, preamble, found):
    docs = [parse_text(_CENTRE_FOOD, path="centre.txt")]
    if province:
        docs.append(parse_text(province, path="province.txt"))
    organ, symbol = issuer
    docs.append(parse_text(_COMMUNE_FOOD.format(organ=organ, symbol=symbol, preamble=preamble), path="commune.txt"))
    assert [f.rule for f in check_corpus(docs) if f.rule.startswith("KH6")] == found


def test_a_report_naming_another_plans_indicators_by_their_numbers_skips_none():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ ĐÀ BẮC\nSố: 112/BC-UBND\nĐà Bắc, ngày 20 tháng 11 năm 2026\nBÁO CÁO\n"
        "Kết quả thực hiện công tác trẻ em năm 2026\nI. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n"
        "- Chỉ tiêu 1: Đã bố trí 01 công chức phụ trách công tác trẻ em.\n"
        "- Chỉ tiêu 2: Xã chưa đạt tiêu chuẩn xã phù hợp với trẻ em.\n"
        "- Chỉ tiêu 4: 100% trẻ em có nguy cơ bị xâm hại được phát hiện.\n"
    )
    assert "KH403" not in {f.rule for f in check_document(doc)}


def test_a_joint_plans_issuers_lead_it_together():
    """A plan assigning tasks with no "chủ trì" lacks a lead (KH502), unless
    it is a joint plan, led by its issuers together."""
    body = (
        "Số: 800/{symbol}\nGia Lai, ngày 05 tháng 9 năm 2025\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh trong trường học\n\n"
        "I. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Kiểm soát bệnh tật tỉnh, các cơ sở giáo dục\n- Giám sát dịch bệnh trong trường học.\n"
        "2. Các trạm y tế\n- Phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh thực hiện vệ sinh trường lớp.\n"
    )
    joint = "UBND TỈNH GIA LAI\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + body.format(symbol="KHLT-SYT-SGDĐT")
    single = "UBND TỈNH GIA LAI\nSỞ Y TẾ\n" + body.format(symbol="KH-SYT")
    assert "KH502" in codes(single)
    assert "KH502" not in codes(joint)


# A resolution adopting a programme: the programme ("kèm theo") gives the
# plans carrying it out their date, here as a month or a day of it.
RESOLUTION = """CHÍNH PHỦ
Số: 52/NQ-CP
Hà Nội, ngày 12 tháng 3 năm 2025
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ về phát triển thể thao quần chúng
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ về phát triển thể thao quần chúng.
Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
Điều 3. Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này./.
TM. CHÍNH PHỦ
THỦ TƯỚNG

CHÍNH PHỦ
CHƯƠNG TRÌNH HÀNH ĐỘNG
VỀ PHÁT TRIỂN THỂ THAO QUẦN CHÚNG
(Kèm theo Nghị quyết số 52/NQ-CP ngày 12 tháng 3 năm 2025 của Chính phủ)
I. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng, nâng cấp hệ thống sân tập luyện thể dục, thể thao công cộng tại các khu dân cư.
2. Tổ chức giải thi đấu thể thao quần chúng cho người cao tuổi, thanh thiếu niên hằng năm.
II. TỔ CHỨC THỰC HIỆN
1. Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương xây dựng, ban hành kế hoạch \
thực hiện Chương trình hành động này {due}.
2. Bộ Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn, theo dõi, đôn đốc việc thực hiện Chương trình hành động.
"""
PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 77/KH-UBND
Quảng Trị, ngày {date}
KẾ HOẠCH
Thực hiện Chương trình hành động của Chính phủ về phát triển thể thao quần chúng
Thực hiện Nghị quyết số 52/NQ-CP ngày 12/3/2025 của Chính phủ,
I. NHIỆM VỤ
1. Xây dựng, nâng cấp sân tập luyện thể dục, thể thao công cộng tại các khu dân cư trên địa bàn tỉnh.
2. Tổ chức giải thi đấu thể thao quần chúng cho người cao tuổi, thanh thiếu niên của tỉnh hằng năm.
II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, hướng dẫn triển khai Kế hoạch.
"""
MINISTRY_PLAN = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 1204/KH-BVHTTDL
Hà Nội, ngày {date}
KẾ HOẠCH
Thực hiện Chương trình hành động của Chính phủ về phát triển thể thao quần chúng
Thực hiện Nghị quyết số 52/NQ-CP ngày 12/3/2025 của Chính phủ,
I. NHIỆM VỤ
1. Hướng dẫn các địa phương xây dựng, nâng cấp sân tập luyện thể dục, thể thao công cộng.
II. TỔ CHỨC THỰC HIỆN
1. Cục Thể dục thể thao chủ trì, theo dõi việc thực hiện Kế hoạch.
"""


@pytest.mark.parametrize(
    ("due", "date", "late"),
    [
        # a month alone is due by its last day
        ("trong tháng 4 năm 2025", "05 tháng 5 năm 2025", 5),
        ("trong tháng 4 năm 2025", "30 tháng 4 năm 2025", None),
        ("trước ngày 20/4/2025", "05 tháng 5 năm 2025", 15),
        ("trước ngày 20/4/2025", "20 tháng 4 năm 2025", None),
    ],
)
@pytest.mark.parametrize("plan", [PROVINCE_PLAN, MINISTRY_PLAN])
def test_a_plan_is_due_by_the_date_the_programme_a_resolution_adopts_gives(due, date, late, plan):
    """The programme "kèm theo" a resolution is what the resolution adopts:
    its date for the plans of ministers and provinces is each one's."""
    resolution = parse_text(RESOLUTION.format(due=due), path="nq.txt")
    lower = parse_text(plan.format(date=date), path="plan.txt")
    found = [f for f in check_corpus([resolution, lower]) if f.rule == "KH603"]
    assert [f"{late} ngày chậm" in f.message for f in found] == ([True] if late else [])
    assert (diff_plans(resolution, lower).citations.b_cites_a or {}).get("issued_late_by_days") == late


def test_a_resolution_adopting_a_programme_is_compared_through_the_programme():
    """diff A B: A's tasks and sectors are its attached programme's, not its
    enacting articles' ("Điều 2. Nghị quyết này có hiệu lực …")."""
    resolution = parse_text(RESOLUTION.format(due="trong tháng 4 năm 2025"), path="nq.txt")
    province = parse_text(PROVINCE_PLAN.format(date="20 tháng 4 năm 2025"), path="plan.txt")
    d = diff_plans(resolution, province)
    covered = [m.text for m in d.tasks.a_to_b if m.covered]
    assert any("sân tập luyện" in t for t in covered)
    assert any("giải thi đấu" in t for t in covered)
    assert "culture" not in d.summary["sectors_only_b"]
    assert "52/NQ-CP" in str(d.header)  # (the header compared is still the resolution's)


_COMMUNE_OWN = (
    "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG BANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 21/KH-UBND\nMường Bang, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2026\n"
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Sơn La,\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\nChủ trì tuyên truyền phòng, chống đuối nước cho trẻ em.\n"
    "{item}"
    "II. CHẾ ĐỘ BÁO CÁO\nỦy ban nhân dân xã báo cáo kết quả về Sở Y tế trước ngày 15/11 hằng năm.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Hặc\n"
)


@pytest.mark.parametrize(
    ("item", "flagged"),
    [
        # copied from the province's plan: its departments, and the communes as a class
        ("2. Các sở, ban, ngành, đoàn thể\nCăn cứ chức năng, nhiệm vụ, triển khai thực hiện Kế hoạch.\n",
         ["Các sở, ban, ngành, đoàn thể (cấp tỉnh)"]),
        ("2. Ủy ban nhân dân các xã, phường\nTổ chức lớp dạy bơi cho trẻ em trong dịp hè.\n",
         ["Ủy ban nhân dân các xã, phường (các đơn vị cùng cấp xã)"]),
        ("2. Sở Giáo dục và Đào tạo\nChủ trì tổ chức lớp dạy bơi cho học sinh.\n", ["Sở Giáo dục và Đào tạo (cấp tỉnh)"]),
        # the commune's own offices (since 2025 "Phòng Kinh tế" is the commune's)
        ("2. Phòng Kinh tế\nChủ trì rà soát, cắm biển cảnh báo tại ao, hồ nguy hiểm.\n", []),
        ("2. Trạm Y tế xã\nTập huấn sơ cứu đuối nước cho người dân.\n", []),
        # a request to a body above it, and a partner named, are no tasks given
        ("2. Đề nghị Công an tỉnh\nHỗ trợ lực lượng cứu hộ khi có yêu cầu.\n", []),
        ("2. Trạm Y tế xã\nChủ trì, phối hợp với Sở Y tế tập huấn sơ cứu đuối nước.\n", []),
        # a body serving every level, however high its place, is given the commune's own task
        ("2. VNPT tỉnh Sơn La\nChủ trì lắp đặt camera cảnh báo tại bến đò thôn Bản Mòng.\n", []),
        ("2. Chi nhánh Ngân hàng Chính sách xã hội tỉnh\nChủ trì cho vay làm hàng rào ao, hồ gia đình.\n", []),
        ("2. Bưu điện tỉnh Sơn La\nPhát tờ rơi tuyên truyền đến các hộ gia đình.\n", []),
        ("2. Bệnh viện Đa khoa tỉnh\nChủ trì tập huấn cấp cứu đuối nước cho Trạm Y tế xã.\n", []),
        # the class's level is its own noun phrase's, not its task's object's
        # ("của tỉnh" qualifies the store the schools use, not the schools)
        ("2. Các trường sử dụng học liệu từ kho học liệu số dùng chung của tỉnh khi đưa vào vận hành; "
         "mỗi giáo viên có ít nhất 02 bài giảng điện tử.\n", []),
        ("2. Các sở, ngành của tỉnh\nHướng dẫn các trường sử dụng học liệu số.\n", ["Các sở, ngành của tỉnh (cấp tỉnh)"]),
        # but a Party committee's board above it is the plan above's
        ("2. Ban Tuyên giáo và Dân vận Tỉnh ủy\nChủ trì tuyên truyền phòng, chống đuối nước.\n",
         ["Ban Tuyên giáo và Dân vận Tỉnh ủy (cấp tỉnh)"]),
    ],
)
def test_a_task_given_to_a_body_not_of_the_plans_level(item, flagged):
    doc = parse_text(_COMMUNE_OWN.format(item=item), path="plan.txt")
    found = [f.detail for f in check_document(doc) if f.rule == "KH505"]
    assert found == flagged


def test_a_party_plan_gives_no_task_to_the_partys_centre():
    # the Party's centre ranks with the State's: above a province's Party committee
    plan = (
        "ĐẢNG BỘ TỈNH SƠN LA\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố: 45-KH/TU\nSơn La, ngày 10 tháng 3 năm 2026\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW của Ban Bí thư\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Tuyên giáo và Dân vận Tỉnh ủy\nChủ trì hướng dẫn tuyên truyền.\n{item}"
    )
    own = parse_text(plan.format(item="2. Các huyện ủy, thành ủy\nChủ trì quán triệt Chỉ thị.\n"), path="plan.txt")
    assert own.header.level == "province"
    assert [f.detail for f in check_document(own) if f.rule == "KH505"] == []
    copied = parse_text(plan.format(item="2. Ban Bí thư\nChủ trì sơ kết, tổng kết thực hiện Chỉ thị.\n"), path="plan.txt")
    assert [f.detail for f in check_document(copied) if f.rule == "KH505"] == ["Ban Bí thư (cấp trung ương)"]


def test_a_district_plan_gives_tasks_to_the_communes():
    district = (
        _COMMUNE_OWN.format(item="2. Ủy ban nhân dân các xã, thị trấn\nTổ chức lớp dạy bơi cho trẻ em.\n")
        .replace("XÃ MƯỜNG BANG", "HUYỆN MAI SƠN")
        .replace("Mường Bang, ngày", "Mai Sơn, ngày")
        .replace("Ủy ban nhân dân xã báo cáo", "Ủy ban nhân dân huyện báo cáo")
    )
    assert "KH505" not in codes(district)
    # (its own level's units as a class: the districts of the province)
    copied = district.replace("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các huyện, thành phố")
    assert "KH505" in codes(copied)


@pytest.mark.parametrize(("flag", "enabled"), [(["--progress"], True), ([], None), (["--no-progress"], False)])
def test_check_shows_a_progress_bar_as_parse_does(tmp_path, monkeypatch, flag, enabled):
    # the bar parse and graph show (cli.progress_bar: on a terminal by
    # default, none when piped), ticked for every input, the unreadable too;
    # the report on stdout whole
    from contextlib import contextmanager

    import khtool.cli.check_cmd as check_cmd

    calls: list[tuple] = []
    ticks: list[int] = []

    @contextmanager
    def recording(total, on, label):
        calls.append((total, on, label))
        yield lambda n=1: ticks.append(n)

    monkeypatch.setattr(check_cmd, "progress_bar", recording)
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CLEAN.replace("45/KH-UBND", "46/KH-UBND"), encoding="utf-8")
    (tmp_path / "c.docx").write_bytes(b"not a zip")
    res = CliRunner().invoke(app, ["check", str(tmp_path), "-f", "json", *flag])
    assert res.exit_code == 1  # (an unreadable input)
    assert json.loads(res.stdout)["findings"] is not None
    assert calls == [(3, enabled, "checking")] and len(ticks) == 3


def test_forced_progress_leaves_checks_report_whole():
    res = CliRunner().invoke(app, ["check", str(SAMPLES), "-f", "json", "--progress"])
    assert json.loads(res.stdout)["findings"]


def test_check_paths_ticks_for_every_input(tmp_path):
    from khtool.check import check_paths

    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "c.docx").write_bytes(b"not a zip")
    seen: list[int] = []
    report = check_paths([str(tmp_path / "a.txt"), str(tmp_path / "c.docx")], on_item=lambda: seen.append(1))
    assert len(seen) == 2 and len(report.errors) == 1


# A deadline given to one branch's bodies of a level binds that branch's plans
# only: the people's committees' date is no Đảng ủy's, the Party committees'
# no people's committee's (the provincial departments named with them are of
# another level).
_UPPER_BRANCH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 14/KH-UBND
Hà Tĩnh, ngày 12 tháng 01 năm 2026
KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2026
I. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Chủ trì theo dõi, tổng hợp.
2. {owner}
- Căn cứ Kế hoạch này, ban hành kế hoạch của địa phương trước ngày 15/02/2026.
"""
_LOWER_BRANCH_PLAN = """{header}
Số: {number}
Cẩm Xuyên, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2026
Căn cứ Kế hoạch số 14/KH-UBND ngày 12/01/2026 của UBND tỉnh Hà Tĩnh;
I. MỤC ĐÍCH
1. Nâng cao chỉ số hài lòng.
"""
_COMMUNE_UBND = ("ỦY BAN NHÂN DÂN\nXÃ CẨM XUYÊN", "21/KH-UBND")
_COMMUNE_PARTY = ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ CẨM XUYÊN\n*", "09-KH/ĐU")


@pytest.mark.parametrize(
    ("owner", "lower", "late"),
    [
        ("Ủy ban nhân dân các xã, phường", _COMMUNE_UBND, True),
        ("Ủy ban nhân dân các xã, phường", _COMMUNE_PARTY, False),
        ("UBND các xã, phường, đặc khu", _COMMUNE_PARTY, False),
        ("Đảng ủy các xã, phường", _COMMUNE_PARTY, True),
        ("Đảng ủy các xã, phường", _COMMUNE_UBND, False),
        ("Các sở, ban, ngành, đoàn thể và UBND các xã, phường", _COMMUNE_UBND, True),
        ("Các sở, ban, ngành, đoàn thể và UBND các xã, phường", _COMMUNE_PARTY, False),
    ],
)
def test_a_deadline_binds_the_plans_of_the_branch_it_is_given(owner, lower, late):
    upper = parse_text(_UPPER_BRANCH_PLAN.format(owner=owner), path="province.txt")
    header, number = lower
    commune = parse_text(_LOWER_BRANCH_PLAN.format(header=header, number=number), path="commune.txt")
    found = [f.path for f in check_corpus([upper, commune]) if f.rule == "KH603"]
    assert found == (["commune.txt"] if late else [])
