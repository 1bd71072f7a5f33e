"""A task or duty said of several bodies at once is each one's (with its
deadlines), and an item opening with the case it is about ("Đối với …, X
khẩn trương …") gives X the task."""

import pytest

from khtool import parse_text

HEAD = (
    "CHÍNH PHỦ\nSố: 61/NQ-CP\nHà Nội, ngày 12 tháng 3 năm 2026\nNGHỊ QUYẾT\n"
    "Về việc quyết toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế\nQUYẾT NGHỊ:\n"
)


def _tasks_by_body(text: str) -> dict[str, list[str]]:
    doc = parse_text(HEAD + text, path="nq.txt")
    return {a.canonical or a.agency: [t.text for t in a.tasks] for a in doc.assignments}


@pytest.mark.parametrize(
    ("text", "body", "opening"),
    [
        # a case clause in lower case, then the body and its urgent task
        (
            "Điều 1. Quyết toán chi phí\n1. Bộ Y tế chủ trì tổng hợp số liệu quyết toán năm 2024.\n"
            "2. Đối với các chi phí vượt dự toán năm 2023, Bảo hiểm xã hội Việt Nam khẩn trương thanh toán"
            " cho cơ sở khám bệnh, chữa bệnh.\n",
            "Bảo hiểm xã hội Việt Nam",
            "Đối với các chi phí vượt dự toán",
        ),
        # an order after the case naming two bodies: both are given it
        (
            "Điều 1. Quyết toán chi phí\n1. Bộ Y tế chủ trì tổng hợp số liệu quyết toán năm 2024.\n"
            "2. Đối với chi phí năm 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương quyết toán"
            " xong trước ngày 30 tháng 6 năm 2026.\n",
            "Bảo hiểm xã hội Việt Nam",
            "Đối với chi phí năm 2024, yêu ",
        ),
        (
            "Điều 1. Quyết toán chi phí\n1. Bộ Y tế chủ trì tổng hợp số liệu quyết toán năm 2024.\n"
            "2. Đối với chi phí năm 2024, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương quyết toán"
            " xong trước ngày 30 tháng 6 năm 2026.\n",
            "Bộ Tài chính",
            "Đối với chi phí năm 2024, yêu ",
        ),
        # another sentence of an item naming several bodies and a class by its kind
        (
            "Điều 2. Tổ chức thực hiện\n1. Bộ Y tế chịu trách nhiệm về số liệu tổng hợp. Bộ Tài chính,"
            " Bảo hiểm xã hội Việt Nam, cơ quan bảo hiểm xã hội chịu trách nhiệm về số liệu giám định.\n"
            "2. Nghị quyết này có hiệu lực từ ngày ký.\n",
            "Bảo hiểm xã hội Việt Nam",
            "Bộ Tài chính, Bảo hiểm xã hội ",
        ),
        # a paragraph of an item opening with the case and the order to two bodies
        (
            "Điều 2. Tổ chức thực hiện\n1. Bộ Tài chính chỉ đạo việc quyết toán theo Điều 1, báo cáo Chính phủ.\n"
            "Đối với chi phí năm 2025, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện"
            " xong trước ngày 01 tháng 9 năm 2026.\n2. Nghị quyết này có hiệu lực từ ngày ký.\n",
            "Bảo hiểm xã hội Việt Nam",
            "Bộ Tài chính, Bảo hiểm xã hội ",
        ),
    ],
)
def test_each_body_listed_or_after_a_case_is_given_the_task(text, body, opening):
    tasks = _tasks_by_body(text)
    assert any(t.startswith(opening) for t in tasks.get(body, [])), tasks


def test_the_first_bodys_task_ends_before_the_next_sentences_bodies():
    tasks = _tasks_by_body(
        "Điều 2. Tổ chức thực hiện\n1. Bộ Y tế chịu trách nhiệm về số liệu tổng hợp. Bộ Tài chính,"
        " Bảo hiểm xã hội Việt Nam, cơ quan bảo hiểm xã hội chịu trách nhiệm về số liệu giám định.\n"
        "2. Nghị quyết này có hiệu lực từ ngày ký.\n"
    )
    assert tasks["Bộ Y tế"] == ["Bộ Y tế chịu trách nhiệm về số liệu tổng hợp."]


def test_a_deadline_given_to_two_bodies_is_owned_by_both():
    doc = parse_text(
        HEAD + "Điều 2. Tổ chức thực hiện\n1. Bộ Tài chính chỉ đạo việc quyết toán theo Điều 1, báo cáo Chính phủ.\n"
        "Đối với chi phí năm 2025, yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện"
        " xong trước ngày 01 tháng 9 năm 2026.\n2. Nghị quyết này có hiệu lực từ ngày ký.\n",
        path="nq.txt",
    )
    owners = [set((d.agency or "").split(", ")) for d in doc.deadlines if (d.month, d.day) == (9, 1)]
    assert owners == [{"Bộ Tài chính", "Bảo hiểm xã hội Việt Nam"}]


@pytest.mark.parametrize(
    "line",
    [
        # a body named after "Đối với" is whom the item is about, no case
        "2. Đối với Sở Y tế, Sở Tài chính: phối hợp rà soát số liệu.\n",
    ],
)
def test_a_body_after_doi_voi_is_no_case_clause(line):
    import khtool.patterns as P

    assert P.CONDITION_OPENING.match(line[3:]) is None
