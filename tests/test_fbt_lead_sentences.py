"""An execution article's sentence naming a body that leads its work is that
body's own assignment, also when a case opens it ("Trong trường hợp cần thiết
…, Bộ Tài chính chủ trì, phối hợp với …"); the generic executors' duty ends
at its full stop (audit NG 1)."""

import pytest

from khtool import parse_text

DECREE = (
    "CHÍNH PHỦ\nSố: 88/2026/NĐ-CP\nHà Nội, ngày 10 tháng 6 năm 2026\nNGHỊ ĐỊNH\n"
    "Sửa đổi, bổ sung một số điều về địa bàn hoạt động kiểm dịch tại cửa khẩu\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định địa bàn hoạt động kiểm dịch tại cửa khẩu.\n"
    "Điều 2. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2026.\n"
)


def _parse(text: str) -> dict[str, tuple[str, str, list[str]]]:
    doc = parse_text(DECREE + text, path="x.txt")
    out: dict[str, tuple[str, str, list[str]]] = {}
    for a in doc.assignments:
        t = a.tasks[-1]
        source = (DECREE + text)[t.span.start : t.span.end]
        out[a.agency] = (a.role, source[-25:].strip(), sorted(t.partners or []))
    return out


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # a case opening the sentence, its commas and all
        (
            "Điều 3. Trách nhiệm thi hành\n"
            "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
            "trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.\n"
            "Trong trường hợp cần thiết phải điều chỉnh, mở rộng phạm vi địa bàn tại khu vực cửa khẩu đường bộ, "
            "cửa khẩu đường sắt, Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Quốc phòng, Bộ Y tế "
            "xem xét, trình Chính phủ quyết định./.\n",
            "Bộ Nông nghiệp và Môi trường",
            ("lead", "rình Chính phủ quyết định", ["Bộ Quốc phòng", "Bộ Y tế"]),
        ),
        # no case: the lead sentence after the executors' duty
        (
            "Điều 3. Tổ chức thực hiện\n"
            "Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương "
            "chịu trách nhiệm thi hành Nghị định này. Bộ Y tế chủ trì, phối hợp với Bộ Tài chính "
            "hướng dẫn thực hiện Nghị định này.\n",
            "Bộ Y tế",
            ("lead", "n thực hiện Nghị định này", ["Bộ Tài chính"]),
        ),
        # the executors' duty ends at its full stop
        (
            "Điều 3. Trách nhiệm thi hành\n"
            "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị định này.\n"
            "Khi cần thiết, Bộ Công Thương chủ trì tổng kết việc thực hiện, báo cáo Thủ tướng Chính phủ.\n",
            "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
            ("responsible", "ệm thi hành Nghị định này", []),
        ),
    ],
)
def test_lead_sentence(body: str, name: str, expected: tuple[str, str, list[str]]) -> None:
    assert _parse(body)[name] == expected


def test_a_case_naming_the_lead_as_a_role_gives_no_body() -> None:
    # "cơ quan chủ trì" in lower case is a role named in a case, no body
    got = _parse(
        "Điều 3. Trách nhiệm thi hành\n"
        "Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này. Trường hợp cơ quan chủ trì thẩm định "
        "chưa thống nhất, báo cáo Thủ tướng Chính phủ.\n"
    )
    assert set(got) == {"Các Bộ trưởng"}
