"""Citations (audits PA, PB): a cited issuer after "của" ends at a "và"
joining a campaign or a programme, not a body; documents coordinated by "và"
after a cited document's subject verb stay that document's (second-order
edges), in a plan and in a letter; an alias a decision's preamble defines
holds in the plan attached to it (KH303); ``graph --chain`` climbs
implementation edges, not the legal basis (texts written for these tests)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khtool import parse_text
from khtool.check import check_document
from khtool.cli import _register, app

WARD_HEAD = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ PHÚ HỰU\nBAN THƯỜNG TRỰC\n"
    "Số: 06/KH-MTTQ-BTT\nPhú Hựu, ngày 02 tháng 4 năm 2026\nKẾ HOẠCH\n"
)
WARD_FOOT = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao kỹ năng số cho hội viên, đoàn viên và Nhân dân.\n"
    "II. TỔ CHỨC THỰC HIỆN\n1. Các chi hội ở ấp tổ chức tuyên truyền, hoàn thành trước ngày 30/6/2026.\n"
    "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLê Thị Hoa\n"
)


@pytest.mark.parametrize(
    ("line", "number", "issuer"),
    [
        # a title coordinating the resolution with a campaign: the campaign
        # is a subject, not a second issuer
        (
            "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và phong trào "
            '"Cả nước thi đua đổi mới sáng tạo và chuyển đổi số" năm 2026\n',
            "57-NQ/TW",
            "Bộ Chính trị",
        ),
        (
            "Thực hiện Kế hoạch số 31-KH/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy và Cuộc vận động "
            '"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" trên địa bàn xã;\n',
            "31-KH/TU",
            "Ban Thường vụ Tỉnh ủy",
        ),
        (
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị và chương trình công tác "
            "năm 2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;\n",
            "05-CT/TW",
            "Bộ Chính trị",
        ),
        (
            "Thực hiện Kế hoạch số 14/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân xã Phú Hựu và "
            'chiến dịch "Làm cho thế giới sạch hơn" năm 2026;\n',
            "14/KH-UBND",
            "Ủy ban nhân dân xã Phú Hựu",
        ),
        # a second body after "và" goes on (a joint act's issuers)
        (
            "Thực hiện Thông tư liên tịch số 07/2016/TTLT-BTC-BKHCN ngày 22/4/2016 của Bộ Tài chính và "
            "Bộ Khoa học và Công nghệ;\n",
            "07/2016/TTLT-BTC-BKHCN",
            "Bộ Tài chính và Bộ Khoa học và Công nghệ",
        ),
    ],
)
def test_a_cited_issuer_ends_at_a_and_joining_no_body(line, number, issuer):
    doc = parse_text(WARD_HEAD + "Về chuyển đổi số trong hệ thống Mặt trận năm 2026\n" + line + WARD_FOOT)
    (c,) = [c for c in doc.citations if c.number == number]
    assert c.issuer == issuer


CUC_PLAN = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/KH-TNN
Hà Nội, ngày 12 tháng 5 năm 2026
KẾ HOẠCH
Triển khai nhiệm vụ bảo đảm an ninh nguồn nước năm 2026
{opening}
I. MỤC ĐÍCH, YÊU CẦU
1. Xác định rõ nhiệm vụ của các phòng, đơn vị thuộc Cục.
II. NHIỆM VỤ
1. Phòng Quy hoạch tài nguyên nước chủ trì rà soát quy hoạch lưu vực sông, hoàn thành trước ngày 30/9/2026.
Nơi nhận:
- Lưu: VT.
CỤC TRƯỞNG
Phạm Văn Đức
"""

LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2950/BNNMT-TNN
Hà Nội, ngày 18 tháng 11 năm 2026
V/v báo cáo kết quả thực hiện nhiệm vụ bảo đảm an ninh nguồn nước năm 2026
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
{opening}
Để tổng hợp, báo cáo Chính phủ, Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố báo cáo kết quả thực hiện, gửi về Bộ trước ngày 05/12/2026.
Nơi nhận:
- Như trên;
- Lưu: VT, TNN.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Sơn
"""

# the decision, its subject carrying out a resolution "và" a decision of the
# Prime Minister (both older than it)
_SUBJECT = (
    "Quyết định số 902/QĐ-BNNMT ngày 10/4/2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Kế hoạch "
    "của Bộ thực hiện Nghị quyết số 61/NQ-CP ngày 12/3/2026 của Chính phủ và Quyết định số 417/QĐ-TTg ngày "
    "25/3/2026 của Thủ tướng Chính phủ"
)


@pytest.mark.parametrize(
    ("template", "opening", "relations", "implements"),
    [
        # a plan carrying out the decision: the decision carries out both
        (
            CUC_PLAN,
            f"Thực hiện {_SUBJECT}, Cục Quản lý tài nguyên nước ban hành Kế hoạch triển khai như sau:",
            {"902/QĐ-BNNMT": "implements", "61/NQ-CP": "mention", "417/QĐ-TTg": "mention"},
            ["61/NQ-CP", "417/QĐ-TTg"],
        ),
        # a letter telling of the decision: the same edges, all mentions
        (
            LETTER,
            "Ngày 10/4/2026, Bộ trưởng Bộ Nông nghiệp và Môi trường đã ban hành Quyết định số 902/QĐ-BNNMT "
            "ban hành Kế hoạch của Bộ thực hiện Nghị quyết số 61/NQ-CP ngày 12/3/2026 của Chính phủ và Quyết "
            "định số 417/QĐ-TTg ngày 25/3/2026 của Thủ tướng Chính phủ, trong đó giao Ủy ban nhân dân các tỉnh "
            "báo cáo định kỳ.",
            {"902/QĐ-BNNMT": "mention", "61/NQ-CP": "mention", "417/QĐ-TTg": "mention"},
            ["61/NQ-CP", "417/QĐ-TTg"],
        ),
        # a decision issued after the one whose subject it follows cannot be
        # carried out by it: the citing plan's own, beside it
        (
            CUC_PLAN,
            "Thực hiện Quyết định số 902/QĐ-BNNMT ngày 10/4/2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường "
            "ban hành Kế hoạch của Bộ thực hiện Nghị quyết số 61/NQ-CP ngày 12/3/2026 của Chính phủ và Quyết "
            "định số 1050/QĐ-BNNMT ngày 28/4/2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường, Cục ban hành "
            "Kế hoạch như sau:",
            {"902/QĐ-BNNMT": "implements", "61/NQ-CP": "mention", "1050/QĐ-BNNMT": "implements"},
            ["61/NQ-CP"],
        ),
    ],
)
def test_documents_joined_in_a_cited_subject_stay_in_it(template, opening, relations, implements):
    doc = parse_text(template.format(opening=opening))
    got = {c.number: c.relation for c in doc.citations}
    assert got == relations
    (decision,) = [c for c in doc.citations if c.number == "902/QĐ-BNNMT"]
    assert decision.implements == implements


DECISION = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 902/QĐ-BNNMT
Hà Nội, ngày 10 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện Nghị quyết số 61/NQ-CP ngày 12 tháng 3 năm 2026 của Chính phủ
BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;
Thực hiện Nghị quyết số 61/NQ-CP ngày 12 tháng 3 năm 2026 của Chính phủ về bảo đảm an ninh nguồn nước (sau đây gọi tắt là Nghị quyết số 61);
Theo đề nghị của Cục trưởng Cục Quản lý tài nguyên nước.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 61/NQ-CP ngày 12 tháng 3 năm 2026 của Chính phủ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Bộ, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
BỘ TRƯỞNG
Trần Văn Minh
KẾ HOẠCH
Thực hiện Nghị quyết số 61/NQ-CP ngày 12/3/2026 của Chính phủ
(Ban hành kèm theo Quyết định số 902/QĐ-BNNMT ngày 10 tháng 4 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường)
I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nhiệm vụ Chính phủ giao cho Bộ tại Nghị quyết số 61; xác định rõ đơn vị chủ trì, thời hạn hoàn thành.
2. Bám sát các quan điểm, mục tiêu của Nghị quyết số 61 trong tổ chức thực hiện.
II. TỔ CHỨC THỰC HIỆN
1. Cục Quản lý tài nguyên nước chủ trì xây dựng cơ sở dữ liệu tài nguyên nước quốc gia, hoàn thành trước ngày 30/11/2026.
"""


def test_an_alias_the_decision_defines_holds_in_its_attached_plan():
    doc = parse_text(DECISION, path="qd902.txt")
    (plan,) = doc.attachments
    uses = [m for c in plan.citations for m in c.mentions if m.via_alias]
    assert [m.via_alias for m in uses] == ["Nghị quyết số 61", "Nghị quyết số 61"]
    assert [f for f in check_document(doc) if f.rule == "KH303"] == []


PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 140/KH-UBND
Đồng Tháp, ngày 05 tháng 5 năm 2026
KẾ HOẠCH
Thực hiện Quyết định số 902/QĐ-BNNMT của Bộ Nông nghiệp và Môi trường
Căn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;
Căn cứ Nghị định số 53/2024/NĐ-CP ngày 16 tháng 5 năm 2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tài nguyên nước;
Thực hiện Quyết định số 902/QĐ-BNNMT ngày 10/4/2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường ban hành Kế hoạch của Bộ thực hiện Nghị quyết số 61/NQ-CP ngày 12/3/2026 của Chính phủ và Quyết định số 417/QĐ-TTg ngày 25/3/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm an ninh nguồn nước trên địa bàn tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường chủ trì, tham mưu triển khai Kế hoạch, hoàn thành trước ngày 30/10/2026.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Phong
"""


def test_the_chain_climbs_what_the_plan_carries_out_its_legal_basis_apart(tmp_path):
    (tmp_path / "kh140.txt").write_text(PROVINCE_PLAN, encoding="utf-8")
    (tmp_path / "qd902.txt").write_text(DECISION, encoding="utf-8")
    _register()
    args = ["graph", str(tmp_path), "--no-progress", "--chain", str(tmp_path / "kh140.txt")]
    res = CliRunner().invoke(app, [*args, "-f", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    chains = out["chain"]
    # through the decision (parsed) to the two texts its subject carries out;
    # the law and the decree the plan rests on ("Căn cứ") are no steps, nor
    # the ministry's organisation decree the decision rests on
    assert sorted(p[-1].split("@")[0] for p in chains) == ["417/QĐ-TTg", "61/NQ-CP"]
    assert all(len(p) == 3 and p[1].startswith("902/QĐ-BNNMT") for p in chains)
    # they are listed apart, each under the step resting on it
    basis = {k.split("@")[0]: v for k, v in out["chain_basis"].items()}
    assert basis == {"140/KH-UBND": ["53/2024/NĐ-CP", "name:luattainguyennuoc@2023"], "902/QĐ-BNNMT": ["35/2025/NĐ-CP"]}
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    chain_part, basis_part = res.output.split("Legal basis")
    assert "417/QĐ-TTg" in chain_part and "61/NQ-CP" in chain_part
    assert "53/2024/NĐ-CP" not in chain_part and "35/2025/NĐ-CP" not in chain_part
    assert "53/2024/NĐ-CP" in basis_part and "35/2025/NĐ-CP" in basis_part
