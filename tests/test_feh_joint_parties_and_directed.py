"""A joint text's parties named together in its body ("hai bên", "ba bên",
"Trách nhiệm chung"), bodies an item's own body directs ("Chỉ đạo X …",
"hướng dẫn X …"), a point giving another body the lead, a clause only
timing the duty before, and a channel in brackets (texts written for these
tests: a commune's joint plan of its People's Committee and its Front)."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "ỦY BAN NHÂN DÂN                    ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n"
    "XÃ HẢI LĂNG                                   XÃ HẢI LĂNG\n"
    "                                           BAN THƯỜNG TRỰC\n\n"
    "                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "                       Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 05/KHLT-UBND-MTTQ                 Hải Lăng, ngày 10 tháng 4 năm 2026\n\n"
    "KẾ HOẠCH LIÊN TỊCH\nVề phối hợp vận động nhân dân xây dựng khu dân cư an toàn năm 2026\n\n"
    "Thực hiện Kế hoạch số 52/KH-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh Quảng Trị;\n"
    "Ủy ban nhân dân xã và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã (sau đây gọi là hai bên) "
    "thống nhất ban hành Kế hoạch liên tịch như sau:\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Phát huy vai trò của mỗi bên trong vận động nhân dân.\n\n"
    "II. NHIỆM VỤ CỤ THỂ\n"
)
UB = "1. Trách nhiệm của Ủy ban nhân dân xã\na) Bố trí kinh phí hỗ trợ các thôn xây dựng mô hình tự quản.\n"
MT = "2. Trách nhiệm của Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
FOOT = (
    "\nIV. KINH PHÍ\nMỗi bên tự bảo đảm kinh phí từ dự toán được giao.\n"
    "\nTM. BAN THƯỜNG TRỰC                          TM. ỦY BAN NHÂN DÂN\n"
    "CHỦ TỊCH                                            CHỦ TỊCH\n\n"
    "Lê Thị Hoa                                       Nguyễn Văn Nam\n\n"
    "Nơi nhận:\n- Ủy ban nhân dân tỉnh;\n- Lưu: VT.\n"
)
UBND = "Ủy ban nhân dân xã Hải Lăng"
FRONT = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Hải Lăng"
OWN_UB, OWN_MT = "Ủy ban nhân dân xã", "Ban Thường trực Ủy ban MTTQ Việt Nam xã"  # (as their items name them)


def _doc(body: str):
    doc = parse_text(HEAD + body + FOOT)
    assert [i.full_name for i in (doc.header.issuer, *doc.header.co_issuers)] == [UBND, FRONT]
    return doc


def _tasks(doc, agency: str) -> list[tuple[str, str]]:
    return [(a.role, t.text) for a in doc.assignments if a.agency == agency for t in a.tasks]


@pytest.mark.parametrize(
    ("body", "task", "due"),
    [
        # a heading on shared duties: its paragraph is every issuer's
        (
            UB + MT + "a) Chủ trì vận động nhân dân.\n3. Trách nhiệm chung\n"
            "Tổ chức Hội nghị sơ kết liên tịch trước ngày 15/7/2026.\n",
            "Tổ chức Hội nghị sơ kết liên tịch trước ngày 15/7/2026.",
            "trước ngày 15/7/2026",
        ),
        # its points too, under "Nội dung hai bên phối hợp"
        (
            UB + MT + "a) Chủ trì vận động nhân dân.\n3. Nội dung hai bên phối hợp\n"
            "a) Kiểm tra việc xây dựng mô hình tự quản tại các thôn trong tháng 10/2026.\n",
            "Kiểm tra việc xây dựng mô hình tự quản tại các thôn trong tháng 10/2026.",
            "trong tháng 10/2026",
        ),
        # "hai bên" as a clause's subject, after the time it is said with
        (
            UB + MT + "a) Chủ trì vận động nhân dân.\n\nIII. CHẾ ĐỘ BÁO CÁO\n"
            "- Định kỳ 6 tháng (trước ngày 05/6/2026), hai bên tổ chức giao ban đánh giá kết quả.\n",
            "Định kỳ 6 tháng (trước ngày 05/6/2026), hai bên tổ chức giao ban đánh giá kết quả",
            "trước ngày 05/6/2026",
        ),
    ],
)
def test_joint_parties_are_every_issuer(body: str, task: str, due: str) -> None:
    doc = _doc(body)
    # (each issuer's own work, under the name its items give it: see
    # test_rf21_directed_names_and_one_body)
    for name in (OWN_UB, OWN_MT):
        assert task in [t for role, t in _tasks(doc, name) if role in ("lead", "responsible")]
    assert [d.agency for d in doc.deadlines if d.text == due] == [f"{OWN_UB}, {OWN_MT}"]


def test_preamble_and_each_party_name_no_joint_task() -> None:
    # "(sau đây gọi là hai bên)" defines the term, "mỗi bên" is each alone
    doc = _doc(UB + MT + "a) Chủ trì vận động nhân dân.\n")
    assert not _tasks(doc, UBND) and not _tasks(doc, FRONT)
    assert not any("bên" in t for _, t in _tasks(doc, OWN_UB) + _tasks(doc, OWN_MT))


@pytest.mark.parametrize(
    ("point", "agency", "role", "task", "partners"),
    [
        # a body the item's body directs does the task; the director keeps the directing
        (
            "b) Chỉ đạo Công an xã tổ chức tuần tra, bảo đảm an ninh trật tự ở các thôn.\n",
            "Công an xã",
            "responsible",
            "Công an xã tổ chức tuần tra, bảo đảm an ninh trật tự ở các thôn",
            [],
        ),
        # several bodies, with the partners they work with
        (
            "b) Chỉ đạo Công an xã, Ban Chỉ huy Quân sự xã phối hợp với Đoàn Thanh niên xã tuần tra ở các thôn.\n",
            "Ban Chỉ huy Quân sự xã",
            "responsible",
            "Công an xã, Ban Chỉ huy Quân sự xã phối hợp với Đoàn Thanh niên xã tuần tra ở các thôn",
            ["Đoàn Thanh niên xã"],
        ),
        # a commune's officer directed to lead
        (
            "b) Chỉ đạo công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức "
            "phổ biến pháp luật ở các thôn.\n",
            "công chức Tư pháp - Hộ tịch",
            "lead",
            "công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức phổ biến pháp luật ở các thôn",
            ["Đoàn Thanh niên xã"],
        ),
    ],
)
def test_directed_bodies_do_the_task(point: str, agency: str, role: str, task: str, partners: list[str]) -> None:
    doc = _doc(UB + point + MT + "a) Chủ trì vận động nhân dân.\n")
    got = [(a.role, t.text, t.partners) for a in doc.assignments if a.agency == agency for t in a.tasks]
    assert (role, task, partners) in got
    own = [t for a in doc.assignments if a.agency == "Ủy ban nhân dân xã" for t in a.tasks if t.text.startswith("Chỉ đạo")]
    assert len(own) == 1 and own[0].partners == []  # (the partners are the directed body's)


def test_guided_bodies_do_the_task() -> None:
    doc = _doc(UB + MT + "a) Chủ trì vận động nhân dân; hướng dẫn Ban Công tác Mặt trận các thôn tổ chức Ngày hội.\n")
    assert ("responsible", "Ban Công tác Mặt trận các thôn tổ chức Ngày hội") in _tasks(doc, "Ban Công tác Mặt trận các thôn")


def test_giver_is_no_second_lead() -> None:
    doc = _doc(UB + "b) Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Công an xã lắp đặt camera an ninh.\n" + MT + "a) Chủ trì vận động nhân dân.\n")
    assert any("lắp đặt camera" in t for _, t in _tasks(doc, "Văn phòng HĐND và UBND xã"))
    assert not any(t.startswith("Giao") for _, t in _tasks(doc, "Ủy ban nhân dân xã"))


@pytest.mark.parametrize(
    ("point", "tasks"),
    [
        # "hoàn thành" with the product and its time only times the duty before
        ("a) Chủ trì biên soạn tài liệu hỏi - đáp pháp luật; hoàn thành bộ tài liệu trong tháng 6/2026.\n", 1),
        # (guard) a duty of its own
        ("a) Chủ trì vận động nhân dân; hoàn thành việc lắp đặt camera an ninh tại tất cả các thôn trước ngày 30/9/2026.\n", 2),
    ],
)
def test_completing_clause_is_no_task(point: str, tasks: int) -> None:
    doc = _doc(UB + MT + point)
    assert len(_tasks(doc, "Ban Thường trực Ủy ban MTTQ Việt Nam xã")) == tasks


@pytest.mark.parametrize(
    ("line", "agency", "to"),
    [
        # the body before "(qua X)" acts through X: it owns the date; the recipient is its verb's
        (
            "- Ban Thường trực Ủy ban MTTQ Việt Nam xã (qua Ban Công tác Mặt trận các thôn) tổng hợp ý kiến, "
            "báo cáo Ủy ban nhân dân xã trước ngày 10/12/2026.\n",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
            "Ủy ban nhân dân xã",
        ),
        # the recipient after "báo cáo tình hình, kết quả …", not the channel after it
        (
            "- Các thôn báo cáo tình hình, kết quả thực hiện với Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội "
            "tổng hợp) trước ngày 10/12/2026.\n",
            "Các thôn",
            "Ủy ban nhân dân xã",
        ),
        # (guard) a channel after the recipient
        (
            "- Công chức Văn phòng - Thống kê tổng hợp, báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 10/12/2026.\n",
            "Công chức Văn phòng - Thống kê",
            "Ủy ban nhân dân tỉnh",
        ),
    ],
)
def test_channel_in_brackets(line: str, agency: str, to: str) -> None:
    doc = _doc(UB + MT + "a) Chủ trì vận động nhân dân.\n\nIII. CHẾ ĐỘ BÁO CÁO\n" + line)
    d = next(d for d in doc.deadlines if d.text == "trước ngày 10/12/2026")
    assert (d.agency, d.to) == (agency, to)


def test_directed_names_end_at_a_duty_verb() -> None:
    # (guard) a name read on past its verb names no doer: the date stays the item's body's
    doc = _doc(
        UB + MT + "a) Chủ trì vận động nhân dân; hướng dẫn các thôn bình xét gia đình văn hóa, hoàn thành trước ngày 10/12/2026.\n"
    )
    assert [d.agency for d in doc.deadlines if d.text == "trước ngày 10/12/2026"] == ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"]
