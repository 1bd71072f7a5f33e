"""Bodies an item's own body directs ("Chỉ đạo X <verb> …"): where each
name ends (before its duty's verb; a kind named by its activity and a
unit's statutory name in lower case run on), and a joint text's issuer
named in full by the header and short by its items as one body (texts
written for these tests: a province's joint plan of its Department of
Health and its Women's Union)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "SỞ Y TẾ                                        BAN THƯỜNG VỤ HỘI LHPN\n"
    "TỈNH QUẢNG BÌNH                                     TỈNH QUẢNG BÌNH\n\n"
    "                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "                       Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 12/KHLT-SYT-HLHPN                   Quảng Bình, ngày 05 tháng 3 năm 2026\n\n"
    "KẾ HOẠCH LIÊN TỊCH\nVề phối hợp chăm sóc sức khỏe phụ nữ và trẻ em năm 2026\n\n"
    "Sở Y tế và Ban Thường vụ Hội LHPN tỉnh (sau đây gọi là hai bên) thống nhất ban hành Kế hoạch như sau:\n\n"
    "I. NHIỆM VỤ CỤ THỂ\n"
    "1. Sở Y tế\n"
    "a) Chủ trì biên soạn tài liệu hướng dẫn chăm sóc sức khỏe bà mẹ.\n"
)
WU = "2. Hội Liên hiệp Phụ nữ tỉnh\na) Chủ trì vận động hội viên tham gia khám sàng lọc.\n"
FOOT = (
    "\nII. TỔ CHỨC THỰC HIỆN\nHai bên phối hợp tổ chức sơ kết trước ngày 20/12/2026.\n"
    "\nTM. BAN THƯỜNG VỤ                                  KT. GIÁM ĐỐC\n"
    "CHỦ TỊCH                                          PHÓ GIÁM ĐỐC\n\n"
    "Trần Thị Lan                                       Lê Văn Hùng\n\n"
    "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n"
)


def _doc(point: str):
    if "Cảnh sát" in point:  # (the police's units: the provincial police's item)
        return parse_text(HEAD + WU + "3. Công an tỉnh\na) Chủ trì bảo đảm an ninh tại các điểm khám.\n" + point + FOOT)
    return parse_text(HEAD + point + WU + FOOT)


@pytest.mark.parametrize(
    ("point", "doers"),
    [
        # a name ends before its duty's verb, even one the list's end knows not ("làm tốt")
        (
            "b) Chỉ đạo các đơn vị y tế dự phòng làm tốt công tác giám sát dịch bệnh, tăng cường tiêm chủng.\n",
            ["các đơn vị y tế dự phòng"],
        ),
        # a kind named by its activity is a name ("cơ sở đào tạo"); its qualifiers name no body
        (
            "b) Chỉ đạo các cơ sở đào tạo nhân lực y tế quy định tại Kế hoạch này, thuộc quyền quản lý "
            "tham gia phối hợp với Trường Cao đẳng Y tế tỉnh tập huấn cho cô đỡ thôn bản.\n",
            ["các cơ sở đào tạo nhân lực y tế"],
        ),
        # (guard) a unit's statutory name runs on in lower case up to the list's "," / "và"
        (
            "b) Chỉ đạo Phòng Nghiệp vụ dược quản lý hành nghề, Phòng Kế hoạch - Tài chính và "
            "Trung tâm Kiểm soát bệnh tật tỉnh cử cán bộ tham gia đoàn giám sát.\n",
            ["Phòng Nghiệp vụ dược quản lý hành nghề", "Phòng Kế hoạch - Tài chính", "Trung tâm Kiểm soát bệnh tật tỉnh"],
        ),
        # (the same where its lower-case words hold a verb no name's list end lets by, "điều tra")
        (
            "b) Chỉ đạo Phòng Cảnh sát điều tra tội phạm về môi trường, Phòng Cảnh sát kinh tế và "
            "Công an các xã, phường phối hợp kiểm tra an toàn thực phẩm tại chợ.\n",
            ["Phòng Cảnh sát điều tra tội phạm về môi trường", "Phòng Cảnh sát kinh tế", "Công an các xã, phường"],
        ),
        # (guard) the last name of a list ends at its verb
        (
            "b) Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh và Phòng Kế hoạch - Tài chính kiểm tra, giám sát "
            "việc khám sàng lọc.\n",
            ["Trung tâm Kiểm soát bệnh tật tỉnh", "Phòng Kế hoạch - Tài chính"],
        ),
    ],
)
def test_directed_names_end_before_their_duty(point: str, doers: list[str]) -> None:
    doc = _doc(point)
    clause = point[len("b) Chỉ đạo ") :].strip(" .\n")
    got = [a.agency for a in doc.assignments if any(t.text == clause for t in a.tasks)]
    assert got == doers


def test_directed_partners_kept() -> None:
    doc = _doc(
        "b) Chỉ đạo các cơ sở đào tạo nhân lực y tế thuộc quyền quản lý tham gia phối hợp với "
        "Trường Cao đẳng Y tế tỉnh tập huấn cho cô đỡ thôn bản.\n"
    )
    got = [t.partners for a in doc.assignments if a.agency == "các cơ sở đào tạo nhân lực y tế" for t in a.tasks]
    assert got == [["Trường Cao đẳng Y tế tỉnh"]]


def test_joint_issuer_is_one_body() -> None:
    # the header's "Sở Y tế tỉnh Quảng Bình" is the items' "Sở Y tế": one
    # assignment of its own work, the joint task in it, its date theirs
    doc = _doc("")
    full = [i.full_name for i in (doc.header.issuer, *doc.header.co_issuers)]
    assert "Sở Y tế tỉnh Quảng Bình" in full
    own = [a for a in doc.assignments if a.agency.startswith("Sở Y tế")]
    assert [(a.agency, a.role) for a in own] == [("Sở Y tế", "lead")]
    assert "Hai bên phối hợp tổ chức sơ kết trước ngày 20/12/2026" in [t.text for t in own[0].tasks]
    due = next(d for d in doc.deadlines if d.text == "trước ngày 20/12/2026")
    assert due.agency is not None and due.agency.split(", ")[0] == "Sở Y tế"
