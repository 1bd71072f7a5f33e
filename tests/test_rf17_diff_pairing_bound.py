"""diff: the containment pairing (a lower plan's item detailing part of its
parent's task) stays linear in the parent's tasks: A's tasks are scanned
once per distinct phrase, not once per pair of tasks sharing it (RV13 #1:
the samples pair took 12 times as long). Counted, not timed."""

import pytest

import khtool.diff as D
from khtool import diff_plans, parse_text

# (each crop a task of its own; every task shares the same long tail, found
# in all of them: a phrase of every pair, distinctive in none)
CROPS = [
    "lúa", "ngô", "khoai lang", "sắn", "lạc", "đậu tương", "rau màu", "chè", "cà phê", "hồ tiêu",
    "mía", "dừa", "bưởi", "cam", "nhãn", "vải", "thanh long", "xoài", "chuối", "dứa",
]  # fmt: skip
TAIL = "gắn với chuỗi liên kết sản xuất, chế biến và tiêu thụ nông sản an toàn theo tiêu chuẩn VietGAP"


def _plans(n: int) -> tuple[str, str]:
    a = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 41/KH-UBND\nNghệ An, ngày 10 tháng 02 năm 2026\n"
        "KẾ HOẠCH\nPhát triển vùng nguyên liệu nông sản an toàn năm 2026\n\nI. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Phát triển vùng nguyên liệu\n"
        + "".join(f"- Quy hoạch vùng trồng {c} tập trung quy mô lớn {TAIL}.\n" for c in CROPS[:n])
        + "II. TỔ CHỨC THỰC HIỆN\nỦy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch này.\n"
    )
    b = (
        "ỦY BAN NHÂN DÂN\nXÃ YÊN THÀNH\nSố: 05/KH-UBND\nYên Thành, ngày 25 tháng 02 năm 2026\n"
        "KẾ HOẠCH\nPhát triển vùng nguyên liệu nông sản an toàn trên địa bàn xã năm 2026\n\n"
        "Thực hiện Kế hoạch số 41/KH-UBND ngày 10/02/2026 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân xã ban hành"
        " Kế hoạch như sau:\nI. NHIỆM VỤ\n1. Phát triển vùng nguyên liệu\n"
        + "".join(f"- Rà soát, quy hoạch vùng trồng {c} tập trung tại các thôn {TAIL}.\n" for c in CROPS[:n])
        + "II. TỔ CHỨC THỰC HIỆN\nCác thôn, hợp tác xã triển khai thực hiện Kế hoạch này.\n"
    )
    return a, b


@pytest.mark.parametrize("n", [10, 20])
def test_a_phrase_is_looked_up_in_a_tasks_once(monkeypatch, n):
    scans: list[tuple[str, ...]] = []
    real = D._distinctive

    def counting(core, *rest):
        scans.append(tuple(core))
        return real(core, *rest)

    monkeypatch.setattr(D, "_distinctive", counting)
    a, b = _plans(n)
    d = diff_plans(parse_text(a), parse_text(b))
    assert len(d.tasks.b_to_a) >= n and len(d.tasks.a_to_b) >= n
    # (each phrase once, however many of A's tasks share it: one scan for
    # each of B's items' own phrase, "vùng trồng lúa tập trung" ("trồng" is
    # no generic "trong"), and the tail's two; before, one per pair of
    # tasks, 492 for 10 and 1980 for 20)
    assert len(scans) == len(set(scans))
    assert len(scans) <= n + 2
