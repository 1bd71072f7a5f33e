"""``--lang vi``: the reports for people (diff's table, md and html, check's
text, parse's table) in the Vietnamese an official reads, their labels data
(data/labels.json) in both languages; JSON and SARIF keep their codes, and
``en`` (the default) gives the reports as before. Texts written for these
tests."""

from __future__ import annotations

import json
import re
import string
import typing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khtool import models
from khtool.cli import _register, app
from khtool.render.labels import LANGS, code, label, labels
from khtool.tables import load

_register()
runner = CliRunner()
RENDER = Path(__file__).resolve().parent.parent / "src" / "khtool" / "render"

# (a province's plan and a commune's plan carrying it out: sectors, a
# section B adds, an indicator B lowers, a deadline only B gives)
A = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND
Hà Tĩnh, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn tỉnh năm 2026
I. MỤC TIÊU
1. Phấn đấu 95% trẻ em có hoàn cảnh đặc biệt được hỗ trợ, chăm sóc năm 2026.
II. NHIỆM VỤ
1. Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan tham mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch; tổng hợp kết quả thực hiện.
2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động hội viên tham gia bảo vệ trẻ em.
3. Ủy ban nhân dân các xã, phường ban hành kế hoạch thực hiện trước ngày 28/02/2026; giao công chức Văn hóa - Xã hội rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị báo cáo kết quả về Sở Y tế trước ngày 15/6/2026.
"""

B = """ỦY BAN NHÂN DÂN
XÃ THẠCH LẠC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/KH-UBND
Thạch Lạc, ngày 20 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện công tác bảo vệ, chăm sóc trẻ em trên địa bàn xã năm 2026
Thực hiện Kế hoạch số 45/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Hà Tĩnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Phấn đấu 90% trẻ em có hoàn cảnh đặc biệt được hỗ trợ, chăm sóc năm 2026.
II. NHIỆM VỤ
1. Phòng Văn hóa - Xã hội rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt trên địa bàn xã.
2. Ủy ban Mặt trận Tổ quốc Việt Nam xã tuyên truyền, vận động hội viên tham gia bảo vệ trẻ em.
3. Công an xã tăng cường tuần tra tại các khu vực sông, hồ trong dịp hè.
III. KINH PHÍ
Kinh phí thực hiện từ ngân sách xã năm 2026.
IV. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/6/2026.
"""

# (a ward's plan dated 31/4: a date that does not exist, an error of check's)
C = B.replace("09/KH-UBND", "11/KH-UBND").replace("trước ngày 10/6/2026", "trước ngày 31/4/2026")


@pytest.fixture()
def plans(tmp_path):
    paths = []
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def _run(args, env=None):
    res = runner.invoke(app, args, env={"COLUMNS": "400", **(env or {})})
    return res, " ".join(res.stdout.split())


# --- the labels: data, in both languages ----------------------------------


def _keys_in_render() -> set[str]:
    """The label keys the renderers name: every literal "kind.name" of the
    labels' kinds in render/, and those they build ("diff.info_{what}")."""
    kinds = {k.split(".")[0] for k in labels()}
    found = set()
    for path in RENDER.glob("*.py"):
        for lit in re.findall(r"""["']([a-z_]+\.[a-z_]+)["']""", path.read_text(encoding="utf-8")):
            if lit.split(".")[0] in kinds:
                found.add(lit)
    built = {f"diff.info_{w}{n}" for w in ("general", "above", "other") for n in ("", "_n")}
    return found | built


def test_every_label_the_renderers_use_exists_in_both_languages():
    used = _keys_in_render()
    assert len(used) > 100
    missing = sorted(k for k in used if k not in labels())
    assert not missing
    for key, texts in labels().items():
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key


def test_each_label_fills_the_same_places_in_both_languages():
    def fields(text):
        return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)

    for key, texts in labels().items():
        # (English's plural "s" aside: Vietnamese has none)
        assert [f for f in fields(texts["en"]) if f != "s"] == fields(texts["vi"]), key


@pytest.mark.parametrize(
    ("kind", "codes"),
    [
        ("sector", sorted({s["id"] for s in load("agencies.json")["sectors"]})),
        ("relation", [*typing.get_args(models.Relation), *typing.get_args(models.Action)]),
        ("role", list(typing.get_args(models.Role))),
        ("severity", list(typing.get_args(models.Severity))),
        (
            "status",
            ["added", "removed", "moved", "same", "changed", "not_comparable", "only_a", "only_b",
             "met", "late", "no_due_date", "above_b_level", "b_undated"],
        ),
        ("level", ["party", "national", "province", "district", "ward"]),
    ],
)
def test_every_code_has_its_name_and_english_keeps_the_code(kind, codes):
    """A code's English label is the code (en output as before); its
    Vietnamese one a name, never the code."""
    for c in codes:
        assert f"{kind}.{c}" in labels(), c
        assert code(kind, c, "en") == c
        assert code(kind, c, "vi") != c


def test_sector_names_as_an_official_writes_them():
    assert code("sector", "labour_social", "vi") == "Lao động, Thương binh và Xã hội"
    assert code("sector", "front_mass", "vi") == "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"
    assert code("status", "only_a", "vi") == "Chỉ có ở A"
    assert code("status", "not_comparable", "vi") == "Không so sánh được"
    assert label("diff.gaps_title", "vi", cov="80%").startswith("Nhiệm vụ của A chưa được B bao quát")
    assert code("sector", "no_such_sector", "vi") == "no_such_sector"  # (an unknown code as it is)


# --- the commands ---------------------------------------------------------


def test_diff_table_in_vietnamese(plans):
    res, out = _run(["diff", plans[0], plans[1], "-f", "table", "--lang", "vi"])
    assert res.exit_code == 0, res.output
    for said in (
        "Thông tin chung",
        "Cơ quan ban hành",
        "Cấp tỉnh",
        "Ngày ban hành │ 15/01/2026",
        "B dẫn chiếu A (45/KH-UBND, thực hiện)",
        "Bố cục (đối chiếu theo nội dung)",
        "B bổ sung │ │ III. KINH PHÍ",
        "Lĩnh vực ┃ A ┃ B",
        "Lao động, Thương binh và Xã hội │ công chức Văn hóa - Xã hội │ Phòng Văn hóa - Xã hội",
        "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội (Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Nhiệm vụ của A chưa được B bao quát (mức bao quát 100% ở cấp của B",
        "Nhiệm vụ có thay đổi (3)",
        "B đặt yêu cầu thấp hơn",
        "Chỉ có ở B",
        "Kinh phí chỉ có ở B",
        "Tóm tắt: văn bản dẫn chiếu",
    ):
        assert said in out, said
    for code_ in ("labour_social", "front_mass", "only_b", "Sectors", "Tasks changed", "Headers", "Summary"):
        assert code_ not in out, code_


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_diff_md_and_html_in_vietnamese(plans, fmt):
    res, out = _run(["diff", plans[0], plans[1], "-f", fmt, "--lang", "vi"])
    assert res.exit_code == 0, res.output
    assert "Lao động, Thương binh và Xã hội" in out
    assert "Chỉ có ở B" in out
    assert "B đặt yêu cầu thấp hơn" in out
    assert "labour_social" not in out and "only_b" not in out
    if fmt == "html":
        assert "Văn bản dẫn chiếu" in out and "<h2>Sectors</h2>" not in out


def test_diff_speaks_english_by_default_and_keeps_its_codes(plans):
    res, out = _run(["diff", plans[0], plans[1], "-f", "table"])
    assert res.exit_code == 0, res.output
    assert "labour_social" in out and "Tasks changed (3)" in out and "Summary:" in out


def test_khtool_lang_in_the_environment(plans):
    res, out = _run(["diff", plans[0], plans[1], "-f", "table"], env={"KHTOOL_LANG": "vi"})
    assert res.exit_code == 0, res.output
    assert "Lao động, Thương binh và Xã hội" in out
    # (the option wins over the environment)
    res, out = _run(["diff", plans[0], plans[1], "-f", "table", "--lang", "en"], env={"KHTOOL_LANG": "vi"})
    assert "labour_social" in out


def test_json_keeps_its_codes_whatever_the_language(plans):
    en, _ = _run(["diff", plans[0], plans[1], "-f", "json"])
    vi, _ = _run(["diff", plans[0], plans[1], "-f", "json", "--lang", "vi"])
    assert en.exit_code == vi.exit_code == 0
    assert json.loads(en.stdout) | {"a_path": None} == json.loads(vi.stdout) | {"a_path": None}
    assert '"labour_social"' in vi.stdout


@pytest.mark.parametrize("command", ["diff", "check", "parse"])
def test_an_unknown_language_is_a_usage_error(plans, command):
    args = [command, plans[0], plans[1]] if command == "diff" else [command, plans[0]]
    res, _ = _run([*args, "--lang", "fr"])
    assert res.exit_code == 2
    assert "unknown language 'fr'" in res.output


def test_check_text_in_vietnamese(plans):
    res, out = _run(["check", plans[2], "--lang", "vi"])
    assert res.exit_code == 1, res.output
    assert re.search(r"\d+ lỗi KH203 Ngày tháng không tồn tại", out), out
    assert re.search(r"1 tệp: \d+ lỗi, \d+ cảnh báo, \d+ lưu ý", out), out
    assert " error " not in out and "file(s)" not in out
    sarif, _ = _run(["check", plans[2], "--lang", "vi", "-f", "sarif"])
    assert '"level": "error"' in sarif.stdout


def test_parse_table_in_vietnamese(plans):
    res, out = _run(["parse", plans[1], "-f", "table", "--lang", "vi"])
    assert res.exit_code == 0, res.output
    for said in (
        "Văn bản",
        "Số, ký hiệu 09/KH-UBND",
        "Ngày ban hành 20/02/2026",
        "Cơ quan ban hành",
        "Văn bản dẫn chiếu",
        "45/KH-UBND │ 15/01/2026 │ thực hiện",
        "Phân công nhiệm vụ",
        "Phòng Văn hóa - Xã hội │ Lao động, Thương binh và Xã hội",
        "Chỉ tiêu",
        "Thời hạn",
    ):
        assert said in out, said
    for english in ("Who does what", "Citations", "Number ", "labour_social", "implements"):
        assert english not in out, english


def test_graph_text_in_vietnamese(plans):
    res, out = _run(["graph", plans[0], plans[1], "--lang", "vi"])
    assert res.exit_code == 0, res.output
    assert "2 văn bản (2 đã đọc, 0 chỉ được dẫn chiếu), 1 lượt dẫn chiếu" in out
    assert "Văn bản theo cấp" in out and "Cấp tỉnh" in out and "thực hiện" in out
    res, out = _run(["graph", plans[0], plans[1], "--stats", "--chain", plans[1], "--lang", "vi"])
    assert res.exit_code == 0, res.output
    assert "Chuỗi văn bản" in out and "09/KH-UBND (Cấp xã" in out
    assert "theo quan hệ: thực hiện 1" in out
    assert "by relation" not in out and "documents" not in out
