"""'Căn cứ' a text that sets out what is to be done (a plan, a programme, a
directive, a Party resolution or conclusion, a decision approving a
programme) is what the citing text carries out: ``graph --chain`` climbs it;
a law, a decree, a circular or an organisation decision stays legal ground,
listed apart (``chain_basis``), which never lists a step of the chain; and
``--coverage`` says how a plan reaching the text only as its legal ground
does (``reaches`` ``basis``, never ``mention`` for a ``basis`` step). Also
the review's regexes over long runs of blanks, and duty verbs opening nouns."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool import patterns as P
from khtool.cli import _register, app
from khtool.graph import build_graph

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 58/KH-UBND
Quảng Trị, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Phát triển nghề truyền thống trên địa bàn tỉnh năm 2026
{basis}
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Bảo tồn và phát triển các làng nghề truyền thống.
II. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương chủ trì xây dựng sản phẩm làng nghề, hoàn thành trước ngày 30/10/2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Hòa
"""

PROGRAMME = """THỦ TƯỚNG CHÍNH PHỦ
Số: 801/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 7 năm 2025
QUYẾT ĐỊNH
Phê duyệt Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2025 - 2030
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2025 - 2030.
Điều 2. Ủy ban nhân dân các tỉnh, thành phố tổ chức thực hiện.
"""

PROGRAMME_BASIS = (
    "Căn cứ Quyết định số 801/QĐ-TTg ngày 14 tháng 7 năm 2025 của Thủ tướng Chính phủ phê duyệt Chương trình"
    " bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2025 - 2030;"
)


def _first_steps(basis: str) -> list[str]:
    doc = parse_text(PLAN.format(basis=basis), path="kh58.txt")
    assert doc.citations[0].relation == "basis"  # (the parse reads "Căn cứ" as it is written)
    g = build_graph([doc])
    return sorted({p[1].split("@")[0] for p in g.chain(g.node("kh58.txt")) if len(p) > 1})


@pytest.mark.parametrize(
    ("basis", "top"),
    [
        # a decision approving, issuing or amending a programme, plan, đề án, strategy
        (PROGRAMME_BASIS, "801/QĐ-TTg"),
        (
            "Căn cứ Quyết định số 640/QĐ-TTg ngày 02 tháng 6 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch"
            " triển khai thi hành Luật Di sản văn hóa;",
            "640/QĐ-TTg",
        ),
        (
            "Căn cứ Quyết định số 1205/QĐ-UBND ngày 20 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh Quảng Trị phê"
            " duyệt Đề án phát triển du lịch cộng đồng;",
            "1205/QĐ-UBND",
        ),
        (
            "Căn cứ Quyết định số 77/QĐ-TTg ngày 10 tháng 01 năm 2025 của Thủ tướng Chính phủ phê duyệt Chiến lược"
            " phát triển công nghiệp văn hóa;",
            "77/QĐ-TTg",
        ),
        # a Government resolution issuing its programme of action
        (
            "Căn cứ Nghị quyết số 153/NQ-CP ngày 30 tháng 5 năm 2025 của Chính phủ ban hành Chương trình hành động"
            " của Chính phủ thực hiện Nghị quyết số 59-NQ/TW;",
            "153/NQ-CP",
        ),
        # a plan, a programme, a directive, by any issuer
        ("Căn cứ Kế hoạch số 15/KH-UBND ngày 10 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Quảng Trị;", "15/KH-UBND"),
        (
            "Căn cứ Chỉ thị số 05/CT-UBND ngày 02 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị về"
            " tăng cường quản lý làng nghề;",
            "5/CT-UBND",
        ),
        # a Party resolution or conclusion
        (
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa"
            " học, công nghệ;",
            "57-NQ/TW",
        ),
        (
            "Căn cứ Kết luận số 120-KL/TU ngày 05 tháng 01 năm 2026 của Ban Thường vụ Tỉnh ủy Quảng Trị về phát"
            " triển làng nghề;",
            "120-KL/TU",
        ),
    ],
)
def test_a_plan_carries_out_the_programme_it_cites_as_its_basis(basis, top):
    assert _first_steps(basis) == [top]


@pytest.mark.parametrize(
    "basis",
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Nghị định số 52/2018/NĐ-CP ngày 12 tháng 4 năm 2018 của Chính phủ về phát triển ngành nghề nông thôn;",
        "Căn cứ Thông tư số 11/2024/TT-BNNPTNT ngày 20 tháng 8 năm 2024 của Bộ trưởng Bộ Nông nghiệp;",
        # an organisation decision, a plan of space, a National Assembly's resolution: legal ground
        (
            "Căn cứ Quyết định số 12/2025/QĐ-UBND ngày 03 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Quảng Trị ban"
            " hành quy định chức năng, nhiệm vụ, quyền hạn của Sở Công Thương;"
        ),
        (
            "Căn cứ Quyết định số 1737/QĐ-TTg ngày 29 tháng 12 năm 2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch"
            " tỉnh Quảng Trị thời kỳ 2021 - 2030;"
        ),
        (
            "Căn cứ Nghị quyết số 121/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội về tiếp tục tăng cường hiệu"
            " lực thực hiện chính sách;"
        ),
    ],
)
def test_legal_ground_is_no_step_of_the_chain(basis):
    assert _first_steps(basis) == []


REPORT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/BC-UBND
Quảng Trị, ngày 20 tháng 6 năm 2026
BÁO CÁO
Kết quả phát triển làng nghề 6 tháng đầu năm 2026
Căn cứ Chỉ thị số 05/CT-UBND ngày 02 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị về tăng cường quản lý làng nghề;
Ủy ban nhân dân tỉnh báo cáo kết quả như sau:
1. Các làng nghề duy trì sản xuất ổn định.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Hòa
"""


def test_a_report_carries_out_nothing_it_cites_as_its_basis():
    doc = parse_text(REPORT, path="bc88.txt")
    g = build_graph([doc])
    assert g.chain(g.node("bc88.txt")) == [[g.node("bc88.txt")]]


def _graph_json(tmp_path: Path, *args: str) -> dict:
    _register()
    res = CliRunner().invoke(app, ["graph", str(tmp_path), "--no-progress", *args, "-f", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_the_chain_and_coverage_of_a_plan_carrying_out_the_approved_programme(tmp_path):
    (tmp_path / "kh58.txt").write_text(PLAN.format(basis=PROGRAMME_BASIS), encoding="utf-8")
    (tmp_path / "qd801.txt").write_text(PROGRAMME, encoding="utf-8")
    out = _graph_json(tmp_path, "--chain", str(tmp_path / "kh58.txt"))
    assert [[n.split("@")[0] for n in p] for p in out["chain"]] == [["58/KH-UBND", "801/QĐ-TTg"]]
    # the programme is a step, not listed again as the plan's legal ground
    # (the decision's own law is)
    basis = {k.split("@")[0]: v for k, v in out.get("chain_basis", {}).items()}
    assert "58/KH-UBND" not in basis and list(basis) == ["801/QĐ-TTg"]
    cov = _graph_json(tmp_path, "--coverage", "801/QĐ-TTg")["coverage"]
    [row] = cov["covered"]
    assert (row["relations"], row["reaches"]) == ([["basis"]], "implements")


def test_coverage_of_a_law_a_plan_only_rests_on_reaches_it_as_its_basis(tmp_path):
    basis = "Căn cứ Luật Di sản văn hóa số 45/2024/QH15 ngày 23 tháng 11 năm 2024;"
    (tmp_path / "kh58.txt").write_text(PLAN.format(basis=basis), encoding="utf-8")
    cov = _graph_json(tmp_path, "--coverage", "45/2024/QH15")["coverage"]
    [row] = cov["covered"]
    assert (row["relations"], row["reaches"]) == ([["basis"]], "basis")


def test_chain_basis_leaves_out_what_the_attached_plan_carries_out(tmp_path):
    # sample 003: the decision rests on 23/QĐ-TTg ("Căn cứ"), the plan it
    # issues carries it out ("theo Quyết định số 23/QĐ-TTg"): a step, not a basis
    sample = SAMPLES / "003_1df2fb94d1fd5416.txt"
    (tmp_path / sample.name).write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    out = _graph_json(tmp_path, "--chain", str(tmp_path / sample.name))
    assert any(p[-1].startswith("23/QĐ-TTg") for p in out["chain"])
    listed = {b.split("@")[0] for bs in out.get("chain_basis", {}).values() for b in bs}
    assert "23/QĐ-TTg" not in listed
    assert "56/2017/NĐ-CP" in listed


# --- regexes over long runs of blanks (RV14 #3) --------------------------------


@pytest.mark.parametrize(("name", "blanks"), [("ALLOCATION_FOR", 5000), ("AGENCY_SPLIT", 5000), ("ISSUER_END", 1000)])
def test_a_long_run_of_blanks_stays_linear(name, blanks):
    # (the parse keeps a line's inner blanks as written: normalize trims a
    # line's ends only, to keep its pieces' map to the source)
    pattern = getattr(P, name)
    pattern.search("x")  # (compiled lazily)
    t0 = time.process_time()
    list(pattern.finditer("a" + " " * blanks + "b"))
    # (quadratic: 0.4-6 s; linear: a few ms)
    assert time.process_time() - t0 < 0.15


@pytest.mark.parametrize(
    ("issuer", "kept"),
    [
        ("Ban Chỉ đạo  về an toàn thực phẩm tỉnh về", "Ban Chỉ đạo  về an toàn thực phẩm tỉnh"),
        ("Ủy ban nhân dân tỉnh   về việc", "Ủy ban nhân dân tỉnh"),
        ("UBND tỉnh Lào Cai  ngày 02/02/2024", "UBND tỉnh Lào Cai"),
    ],
)
def test_an_issuer_ends_at_a_run_of_blanks_first(issuer, kept):
    # (a steering committee's own "về" stays its name's with two blanks before it)
    cut = P.ISSUER_END.search(issuer)
    assert cut is not None and issuer[: cut.start()] == kept


# --- a duty's verb that opens a noun (RV14 #4) ----------------------------------


@pytest.mark.parametrize(
    ("clause", "opens_a_duty"),
    [
        ("cử tri được thông tin đầy đủ về kết quả", False),
        ("cử nhân luật làm công tác pháp chế", False),
        ("trình độ chuyên môn của cán bộ được nâng lên", False),
        ("trình tự, thủ tục thực hiện theo quy định", False),
        ("lập trường chính trị vững vàng", False),
        ("lập pháp và thi hành pháp luật", False),
        ("báo cáo viên, tuyên truyền viên các cấp", False),
        ("thanh tra viên được tập huấn nghiệp vụ", False),
        # the verbs themselves
        ("cử cán bộ tham gia Đoàn kiểm tra", True),
        ("trình Ủy ban nhân dân tỉnh phê duyệt", True),
        ("lập danh sách các hộ nghèo", True),
        ("gửi Sở Tài chính trước ngày 15/5", True),
        ("báo cáo kết quả về Sở Nội vụ", True),
        ("kịp thời báo cáo Ủy ban nhân dân tỉnh", True),
    ],
)
def test_a_short_duty_verb_opening_a_noun_opens_no_duty(clause, opens_a_duty):
    assert (P.DUTY_OPENING.match(clause) is not None) is opens_a_duty
