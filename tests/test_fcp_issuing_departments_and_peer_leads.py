"""`diff`: a department's plan is the detailed plan its province asks "các
sở, ban, ngành" to draw up (done by issuing it), and between peers, of two
nearly as alike candidates the one led by the task's own body is its pair
(audit OF #21, #14). Texts written for these tests."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text

_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 45/KH-UBND\nQuảng Trị, ngày 12 tháng 2 năm 2026\n"
    "KẾ HOẠCH\nTăng cường phòng, chống bệnh sốt xuất huyết trên địa bàn tỉnh năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nKiểm soát dịch sốt xuất huyết, không để dịch lan rộng.\n"
    "II. NHIỆM VỤ\n"
    "1. Giám sát chặt chẽ ca bệnh, xử lý triệt để ổ dịch trong vòng 48 giờ.\n"
    "2. Tổ chức chiến dịch diệt lăng quăng tại các khu dân cư.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Y tế là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, "
    "báo cáo UBND tỉnh trước ngày 10/12 hằng năm.\n"
    "2. {who} căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết thực hiện, báo cáo kết quả về "
    "Sở Y tế trước ngày 30/11 hằng năm.\n"
    "3. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.\n"
)

_DEPARTMENT = (
    "UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\nSố: 210/KH-SYT\nQuảng Trị, ngày 02 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nTriển khai phòng, chống bệnh sốt xuất huyết năm 2026\n"
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 12/02/2026 của UBND tỉnh Quảng Trị về tăng cường phòng, "
    "chống bệnh sốt xuất huyết trên địa bàn tỉnh năm 2026, Sở Y tế ban hành Kế hoạch triển khai như sau:\n"
    "I. NHIỆM VỤ\n"
    "1. Trung tâm Kiểm soát bệnh tật tỉnh giám sát ca bệnh, xử lý ổ dịch trong vòng 48 giờ.\n"
    "2. Phòng Nghiệp vụ Y hướng dẫn các cơ sở khám bệnh, chữa bệnh thu dung, điều trị người bệnh.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Văn phòng Sở tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày 05/12 hằng năm.\n"
)


@pytest.mark.parametrize(
    ("who", "done"),
    [
        # a class of bodies holding the Sở: its plan is the detailed plan asked for
        ("Các sở, ban, ngành, UBND các xã, phường", True),
        ("Các sở, ngành", True),
        # the Sở itself, by name
        ("Sở Y tế", True),
        # another Sở's plan to draw up, or the ministries': not the Sở's
        ("Sở Nông nghiệp và Môi trường", False),
        ("Các bộ, ngành", False),
    ],
)
def test_department_plan_done_by_issuing_the_detailed_plan(who: str, done: bool) -> None:
    d = diff_plans(parse_text(_PROVINCE.format(who=who), path="a.txt"), parse_text(_DEPARTMENT, path="b.txt"))
    m = next(m for m in d.tasks.a_to_b if "kế hoạch chi tiết" in m.text)
    assert (m.done_by_issuing == "2026-03-02") is done
    assert m.covered is done


def test_department_plan_not_citing_its_province_does_nothing_by_issuing() -> None:
    # (B carrying out another text: no task of A's done by issuing it)
    b = _DEPARTMENT.replace("Kế hoạch số 45/KH-UBND ngày 12/02/2026 của UBND tỉnh Quảng Trị", "Công văn số 88/BYT-DP của Bộ Y tế")
    d = diff_plans(parse_text(_PROVINCE.format(who="Các sở, ban, ngành"), path="a.txt"), parse_text(b, path="b.txt"))
    assert not any(m.done_by_issuing for m in d.tasks.a_to_b)


def _peer(prov: str, number: str, day: str, tasks: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {prov.upper()}\nSố: {number}/KH-UBND\n{prov}, ngày {day} tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTriển khai tiêm chủng mở rộng năm 2026\n"
        "I. MỤC TIÊU\nBảo đảm tỷ lệ tiêm chủng đầy đủ cho trẻ em.\n"
        "II. TỔ CHỨC THỰC HIỆN\n" + tasks
    )


_PEER_A = _peer(
    "Quảng Trị",
    "45",
    "12",
    "1. Sở Y tế là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, "
    "báo cáo UBND tỉnh trước ngày 10/12 hằng năm.\n"
    "2. Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch.\n",
)
_OTHERS = (
    "2. Các sở, ngành, UBND các xã, phường tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12 hằng năm.\n"
    "3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
)


@pytest.mark.parametrize(
    ("own", "pair"),
    [
        # the Sở's own item a little less alike (0.70 against 0.74): its pair
        ("1. Sở Y tế chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh.\n", 10),
        # far less alike (0.64 against 0.75): the likeness decides
        ("1. Sở Y tế chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo.\n", 11),
    ],
)
def test_peer_task_paired_with_its_own_body_of_nearly_equal_likeness(own: str, pair: int) -> None:
    b = _peer("Quảng Ngãi", "78", "20", own + _OTHERS)
    d = diff_plans(parse_text(_PEER_A, path="a.txt"), parse_text(b, path="b.txt"))
    assert d.summary["peers"]
    m = d.tasks.a_to_b[0]
    assert m.best_line == pair


def test_plan_against_itself_pairs_each_task_with_its_own() -> None:
    a = parse_text(_PEER_A, path="a.txt")
    d = diff_plans(a, parse_text(_PEER_A, path="b.txt"))
    assert all(m.best_line == m.line for m in d.tasks.a_to_b + d.tasks.b_to_a)
