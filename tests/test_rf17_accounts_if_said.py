"""A notice or an invitation gives an account of a plan only when it says
so (its heading or the clause it opens on: "kết luận", "ý kiến chỉ đạo",
"kết quả", "báo cáo"); one carrying out the plan's own action (a
recruitment notice under the recruitment plan) carries it out, in the
parse and in the graph's --chain alike (RV13 #3). Texts written for these
tests."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.graph import build_graph
from khtool.tables import gives_account

PROVINCE_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 64/KH-UBND\nNghệ An, ngày 18 tháng 02 năm 2026\nKẾ HOẠCH\n"
    "Tuyển dụng viên chức ngành giáo dục năm 2026\n"
    "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ;\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. UBND các xã, phường tổ chức tuyển dụng theo chỉ tiêu được giao.\n"
)
NOTICE = (
    "ỦY BAN NHÂN DÂN\nXÃ HƯNG NGUYÊN\nSố: 27/TB-UBND\nHưng Nguyên, ngày 05 tháng 3 năm 2026\n{kind}\n{title}\n"
    "Thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh Nghệ An về tuyển dụng viên chức ngành "
    "giáo dục năm 2026, UBND xã {clause} như sau:\n"
    "1. Số lượng: 05 chỉ tiêu.\n"
)


@pytest.mark.parametrize(
    ("kind", "title", "clause", "climbs"),
    [
        # (a recruitment notice carrying the plan out: in the chain)
        ("THÔNG BÁO", "Tuyển dụng giáo viên năm 2026", "thông báo tuyển dụng giáo viên", True),
        # (a conclusion, by its title or its type line: an account)
        ("THÔNG BÁO", "Kết luận của Chủ tịch UBND xã về công tác tuyển dụng", "thông báo", False),
        ("THÔNG BÁO KẾT LUẬN", "của Chủ tịch UBND xã về công tác tuyển dụng", "thông báo", False),
        # (results said in its opening)
        ("THÔNG BÁO", "Về công tác tuyển dụng giáo viên", "thông báo kết quả tuyển dụng", False),
    ],
)
def test_a_notice_carrying_out_the_plan_is_in_its_chain(kind, title, clause, climbs):
    notice = parse_text(NOTICE.format(kind=kind, title=title, clause=clause), path="tb.txt")
    cited = next(c for c in notice.citations if c.number == "64/KH-UBND")
    assert (cited.relation == "implements") is climbs
    g = build_graph([parse_text(PROVINCE_PLAN, path="p.txt"), notice])
    tops = {g.g.nodes[n].get("number") for p in g.chain("tb.txt") for n in p[1:]}
    assert ("64/KH-UBND" in tops) is climbs


@pytest.mark.parametrize(
    ("doc_type", "said", "account"),
    [
        ("BC", ("Tình hình kinh tế - xã hội",), True),  # (by its type)
        ("TTr", (None,), True),
        ("TB", ("Tuyển dụng viên chức năm 2026", "UBND xã thông báo tuyển dụng"), False),
        ("TB", ("Ý kiến chỉ đạo của Chủ tịch UBND tỉnh",), True),
        ("GM", ("Họp nghe báo cáo sơ kết 6 tháng",), True),
        ("GM", ("Dự Hội nghị triển khai Kế hoạch",), False),
        ("KH", ("Báo cáo kết quả",), False),  # (a plan is never one)
    ],
)
def test_one_rule_for_the_parse_and_the_graph(doc_type, said, account):
    assert gives_account(doc_type, "document", *said) is account
