"""`khtool check`: every date a text states is a calendar date (KH203); a
number's year agrees with its date (KH205); a short form an attached plan
uses is used (KH303); SARIF regions carry columns, the quoted text and the
other plan's line; KH604 points at the vague reference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.check import check_corpus, check_document, check_paths
from khtool.cli import _register, app

from .conftest import SHARED

_register()
runner = CliRunner()

PLAN = """ỦY BAN NHÂN DÂN
XÃ MƯỜNG BANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND
Mường Bang, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống tai nạn thương tích trẻ em năm 2026
Thực hiện Kế hoạch số 7/KH-UBND ngày 15/01/2026 của UBND tỉnh Sơn La,
I. CHỈ TIÊU
1. 100% điểm có nguy cơ đuối nước được cắm biển cảnh báo trước ngày 30/4/2026.
II. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã
- Chủ trì tập huấn sơ cứu cho cha mẹ trẻ em, hoàn thành trước ngày 30/6/2026.
2. Công an xã
- Chủ trì tuần tra các bến đò trong dịp hè.
III. CHẾ ĐỘ BÁO CÁO
Các đơn vị báo cáo kết quả về Văn phòng HĐND và UBND xã trước ngày 15/11 hằng năm.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Thanh
"""


def _findings(tmp_path: Path, text: str, rule: str) -> list:
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    return [f for f in check_paths([str(tmp_path / "plan.txt")]).findings if f.rule == rule]


def test_the_plan_has_no_date_or_number_finding(tmp_path):
    # (a regression guard, passing before FCB: the control of the cases below)
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    assert {f.rule for f in check_paths([str(tmp_path / "plan.txt")]).findings} & {"KH203", "KH205"} == set()


# (how to write a date that does not exist, the line it is on, what is quoted)
NO_SUCH_DATE = {
    "a target's": ("cảnh báo trước ngày 30/4/2026", "cảnh báo trước ngày 31/4/2026", 11, "31/4/2026"),
    "a deadline's": ("hoàn thành trước ngày 30/6/2026", "hoàn thành trước ngày 31/6/2026", 14, "31/6/2026"),
    "a citation's": ("ngày 15/01/2026 của UBND", "ngày 30/02/2026 của UBND", 9, "30/02/2026"),
    "a day and month, every year": ("trước ngày 15/11 hằng năm", "trước ngày 31/11 hằng năm", 18, "ngày 31/11"),
    "month 13": ("trước ngày 30/6/2026", "trước ngày 30/13/2026", 14, "30/13/2026"),
    "in words, not a leap year": (
        "Thực hiện Kế hoạch số 7/KH-UBND ngày 15/01/2026",
        "Thực hiện Kế hoạch số 7/KH-UBND ngày 29 tháng 02 năm 2025",
        9,
        "ngày 29 tháng 02 năm 2025",
    ),
    "dashes": ("trước ngày 30/6/2026", "trước ngày 31-9-2026", 14, "31-9-2026"),
}


@pytest.mark.parametrize("case", sorted(NO_SUCH_DATE))
def test_every_date_the_text_states_is_a_calendar_date(tmp_path, case):
    old, new, line, quoted = NO_SUCH_DATE[case]
    assert old in PLAN
    found = _findings(tmp_path, PLAN.replace(old, new), "KH203")
    assert [(f.line, f.snippet) for f in found] == [(line, quoted)]
    assert found[0].severity == "error" and quoted in found[0].message
    # (the column is the date's, on its line)
    assert PLAN.replace(old, new).split("\n")[line - 1][found[0].column - 1 :].startswith(quoted)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("trước ngày 30/6/2026", "trước ngày 29/02/2028"),  # a leap year
        ("trước ngày 15/11 hằng năm", "trước ngày 29/02 hằng năm"),  # no year: a leap year's day
        # a normative number is no date; a rate is none
        ("Chủ trì tuần tra các bến đò", "Chủ trì thực hiện Nghị quyết số 31/2025/NQ-HĐND, tuần tra các bến đò"),
        ("trẻ em, hoàn thành", "trẻ em (tỷ suất dưới 14/100.000 trẻ em), hoàn thành"),
        ("Chủ trì tuần tra", "Chủ trì kiểm tra 30/4 điểm nguy cơ, tuần tra"),  # (a count of counts, no "ngày")
    ],
)
def test_no_date_finding_where_every_date_exists(tmp_path, old, new):
    assert old in PLAN
    assert _findings(tmp_path, PLAN.replace(old, new), "KH203") == []


def test_without_the_text_the_header_date_is_still_checked():
    # (a regression guard, passing before FCB: a document checked without
    # its text, check_document's own default, keeps the header's check)
    doc = parse_text(PLAN.replace("ngày 12 tháng 3", "ngày 31 tháng 4"), path="plan.txt")
    assert [f.line for f in check_document(doc) if f.rule == "KH203"] == [6]


@pytest.mark.parametrize(
    ("cited", "found"),
    [
        ("Nghị quyết số 47/2025/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh", ["47/2025/NQ-HĐND ngày 10/12/2024 (số mang năm 2025)"]),
        ("Thông tư số 12/2024/TT-BTC ngày 05/01/2025 của Bộ Tài chính", ["12/2024/TT-BTC ngày 05/01/2025 (số mang năm 2024)"]),
        ("Nghị quyết số 47/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh", []),
        # (no year in the number, nor a date: nothing to compare)
        ("Kế hoạch số 7/KH-UBND ngày 15/01/2025 của UBND tỉnh", []),
        ("Nghị quyết số 47/2025/NQ-HĐND của HĐND tỉnh", []),
    ],
)
def test_a_cited_number_whose_year_is_not_its_dates(tmp_path, cited, found):
    text = PLAN.replace("Kế hoạch số 7/KH-UBND ngày 15/01/2026 của UBND tỉnh Sơn La", cited)
    got = _findings(tmp_path, text, "KH205")
    assert [f.detail for f in got] == found
    assert all(f.line == 9 and f.severity == "warning" for f in got)


def test_a_document_numbered_with_another_year_than_its_date():
    text = PLAN.replace("Số: 21/KH-UBND", "Số: 21/2025/QĐ-UBND").replace("KẾ HOẠCH\n", "QUYẾT ĐỊNH\n")
    assert [f.line for f in check_document(parse_text(text, path="d.txt")) if f.rule == "KH205"] == [6]


RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH SƠN LA
Số: 47/2025/NQ-HĐND
Sơn La, ngày 10 tháng 12 năm 2025
NGHỊ QUYẾT
Quy định mức hỗ trợ dạy bơi cho trẻ em trên địa bàn tỉnh Sơn La
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức hỗ trợ dạy bơi cho trẻ em.
"""


def test_a_citation_a_year_off_its_number_is_told_once():
    """The citing plan's "47/2025/NQ-HĐND ngày 10/12/2024", checked with the
    resolution of 10/12/2025: KH205 on the citation, not KH606 besides."""
    cited = "Thực hiện Nghị quyết số 47/2025/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh Sơn La,"
    plan = parse_text(PLAN.replace("Thực hiện Kế hoạch số 7/KH-UBND ngày 15/01/2026 của UBND tỉnh Sơn La,", cited), path="plan.txt")
    res = parse_text(RESOLUTION, path="nq.txt")
    rules = [f.rule for f in check_document(plan)] + [f.rule for f in check_corpus([res, plan])]
    assert "KH205" in rules and "KH606" not in rules


DECISION = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1402/QĐ-BNNMT
Hà Nội, ngày 20 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Nghị quyết số 88/NQ-CP ngày 02 tháng 4 năm 2026 của Chính phủ
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Căn cứ Nghị quyết số 88/NQ-CP ngày 02 tháng 4 năm 2026 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 88/NQ-CP ngày 02 tháng 4 năm 2026 của Chính phủ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
BỘ TRƯỞNG
Trần Văn Minh
KẾ HOẠCH
Thực hiện Nghị quyết số 88/NQ-CP ngày 02 tháng 4 năm 2026 của Chính phủ
(Ban hành kèm theo Quyết định số 1402/QĐ-BNNMT ngày 20 tháng 4 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường)
I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nhiệm vụ Chính phủ giao tại Nghị quyết số 88/NQ-CP (sau đây gọi tắt là Nghị quyết số 88), xác định rõ đơn vị chủ trì và thời hạn hoàn thành.
2. Các đơn vị thuộc Bộ bám sát nội dung Nghị quyết số 88, chủ động triển khai nhiệm vụ được giao.
II. TỔ CHỨC THỰC HIỆN
1. Cục Trồng trọt và Bảo vệ thực vật
- Chủ trì xây dựng vùng chuyên canh lúa phát thải thấp, hoàn thành trước ngày 30/11/2026.
"""


def test_a_short_form_the_attached_plan_uses_is_used():
    doc = parse_text(DECISION, path="qd.txt")
    assert any(m.via_alias for a in doc.attachments for c in a.citations for m in c.mentions)
    assert [f for f in check_document(doc) if f.rule == "KH303"] == []


def _schema() -> dict:
    path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not path.is_file():
        pytest.skip("../shared/schemas is not beside this checkout")
    return json.loads(path.read_text(encoding="utf-8"))


PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 7/KH-UBND
Sơn La, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Phòng, chống tai nạn thương tích trẻ em năm 2026
Thực hiện Chương trình số 05/CTr-UBND ngày 02/01/2026 của UBND tỉnh,
I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì, hướng dẫn triển khai Kế hoạch.
2. Ủy ban nhân dân các xã, phường
- Xây dựng, ban hành kế hoạch thực hiện tại địa phương, hoàn thành trước ngày 28/02/2026.
"""


def _sarif(tmp_path: Path, files: dict[str, str], monkeypatch) -> list[dict]:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema()
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["check", *files, "-f", "sarif", "--fail-on", "never"])
    assert res.exit_code == 0, res.output
    sarif = json.loads(res.stdout)
    jsonschema.validate(sarif, schema)
    return sarif["runs"][0]["results"]


@pytest.mark.parametrize(
    ("edit", "rule", "region", "related_line"),
    [
        # a date that does not exist: its columns and text on its line
        (
            lambda t: t.replace("trước ngày 30/6/2026", "trước ngày 31/6/2026"),
            "KH203",
            {"startLine": 14, "startColumn": 68, "endLine": 14, "endColumn": 77, "snippet": {"text": "31/6/2026"}},
            None,
        ),
        # a cited date the province plan does not bear: the citation's
        # number, and the province plan's date line
        (
            lambda t: t.replace("ngày 15/01/2026 của UBND", "ngày 05/01/2026 của UBND"),
            "KH601",
            {"startLine": 9, "startColumn": 23, "endLine": 9, "endColumn": 32, "snippet": {"text": "7/KH-UBND"}},
            4,
        ),
        # issued after the date the province gave communes: its date line,
        # and the province's deadline for them
        (
            lambda t: t.replace("ngày 12 tháng 3 năm 2026", "ngày 12 tháng 3 năm 2026"),
            "KH603",
            {"startLine": 6, "snippet": {"text": "Mường Bang, ngày 12 tháng 3 năm 2026"}},
            12,
        ),
        # no citation of the province plan, a vague reference instead: there,
        # and the province plan's part for communes
        (
            lambda t: t.replace(
                "Thực hiện Kế hoạch số 7/KH-UBND ngày 15/01/2026 của UBND tỉnh Sơn La,",
                "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Sơn La về công tác bảo vệ trẻ em,",
            ).replace("ngày 12 tháng 3", "ngày 12 tháng 02"),
            "KH604",
            {"startLine": 9, "startColumn": 1, "snippet": {"text": "Thực hiện chỉ đạo của Ủy ban nhân dân"}},
            11,
        ),
    ],
)
def test_sarif_regions_have_columns_snippets_and_the_other_plans_line(tmp_path, monkeypatch, edit, rule, region, related_line):
    results = _sarif(tmp_path, {"province.txt": PROVINCE, "commune.txt": edit(PLAN)}, monkeypatch)
    r = next(r for r in results if r["ruleId"] == rule)
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "commune.txt"
    assert {k: loc["region"][k] for k in region} == region
    if related_line is None:
        assert "relatedLocations" not in r
    else:
        rel = r["relatedLocations"][0]["physicalLocation"]
        assert rel["artifactLocation"]["uri"] == "province.txt"
        assert rel["region"] == {"startLine": related_line}
