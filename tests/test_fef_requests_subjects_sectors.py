"""A commune's plan: who issued it when a body under the committee heads it,
requests written in the item's text, associations named as a later
sentence's subject, partners named by a statutory name, topic labels in the
tasks part, and the field of a department serving several (audit QB, errors
16-22; texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import department_field

_FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
_SEAL = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tâm\n"


def _plan(body: str, head: str = "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\n", number: str = "41/KH-UBND", sign: str = "") -> str:
    return (
        f"{head}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: {number}\n"
        "Tân Thành, ngày 14 tháng 4 năm 2026\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n"
        f"{body}{_FOOT}{sign or _SEAL}"
    )


_BODY = "I. MỤC ĐÍCH\nChủ động ứng phó thiên tai.\nII. TỔ CHỨC THỰC HIỆN\n1. Công an xã\nChủ trì bảo đảm an ninh trật tự tại khu sơ tán.\n"


# The header's second line names a body under the committee; the number's
# issuer code and the signature say who issued the text.
@pytest.mark.parametrize(
    ("head", "number", "sign", "issuer"),
    [
        # the committee's code and "TM. ỦY BAN NHÂN DÂN": the committee's text,
        # drafted by its civil-defence command
        (
            "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\n",
            "41/KH-UBND",
            "",
            "Ủy ban nhân dân xã Tân Thành",
        ),
        # the command's own code and signature: its own text
        (
            "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\n",
            "12/KH-BCH",
            "TM. BAN CHỈ HUY\nTRƯỞNG BAN\n\nLê Văn Tâm\n",
            "Ban Chỉ huy phòng thủ dân sự xã Tân Thành",
        ),
        # a department under the province's committee, its own code
        (
            "UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\n",
            "88/KH-SYT",
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tâm\n",
            "Sở Y tế tỉnh Quảng Trị",
        ),
    ],
    ids=["committee-code-and-seal", "command-own-code", "department-own-code"],
)
def test_issuer_from_code_and_signature(head, number, sign, issuer):
    doc = parse_text(_plan(_BODY, head, number, sign))
    assert doc.header.issuer.full_name == issuer


def _roles(doc) -> dict[str, str]:
    return {a.agency: a.role for a in doc.assignments}


# An item whose text under its heading's body opens with "Đề nghị" asks that body.
@pytest.mark.parametrize(
    ("item", "body", "role"),
    [
        ("3. Đồn Biên phòng Tân Thành\nĐề nghị phối hợp kiểm soát tàu thuyền ra vào cửa biển.\n", "Đồn Biên phòng Tân Thành", "requested"),
        ("3. Đồn Biên phòng Tân Thành: đề nghị phối hợp kêu gọi tàu thuyền vào nơi tránh trú.\n", "Đồn Biên phòng Tân Thành", "requested"),
        # guards: the body's own task, and one done with others
        ("3. Trạm Y tế xã\nChủ trì cấp cứu người bị nạn.\n", "Trạm Y tế xã", "lead"),
        ("3. Trạm Y tế xã\nPhối hợp cấp cứu người bị nạn.\n", "Trạm Y tế xã", "support"),
    ],
)
def test_request_in_the_items_text(item, body, role):
    doc = parse_text(_plan(_BODY + "2. Ban Chỉ huy Quân sự xã\nChủ trì tìm kiếm cứu nạn.\n" + item))
    assert _roles(doc).get(body) == role


# An association named as the subject of a later sentence of an item is an
# assignee of its own, with the item's role.
@pytest.mark.parametrize(
    ("item", "body", "role"),
    [
        (
            "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội\n"
            "Phối hợp vận động Nhân dân chủ động phòng tránh; Hội Chữ thập đỏ xã vận động quyên góp hàng cứu trợ.\n",
            "Hội Chữ thập đỏ xã",
            "requested",
        ),
        # guard: the clause's own role word in an item the issuer gives
        (
            "3. Phòng Văn hóa - Xã hội\nChủ trì tuyên truyền kiến thức phòng, chống thiên tai; "
            "Hội Nông dân xã phối hợp vận động hội viên gia cố nhà cửa.\n",
            "Hội Nông dân xã",
            "support",
        ),
    ],
)
def test_later_subject_of_an_item(item, body, role):
    doc = parse_text(_plan(_BODY + "2. Ban Chỉ huy Quân sự xã\nChủ trì tìm kiếm cứu nạn.\n" + item))
    assert _roles(doc).get(body) == role


# A partner list keeps a statutory name whole, its verb and comma included.
@pytest.mark.parametrize(
    ("task", "partners"),
    [
        (
            "Công an xã chủ trì, phối hợp Ban Chỉ huy Quân sự xã và lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở "
            "tổ chức tuần tra ban đêm tại các khu trọ.",
            ["Ban Chỉ huy Quân sự xã", "lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"],
        ),
        (
            "Công an xã chủ trì, phối hợp với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, Đoàn Thanh niên xã "
            "tuần tra các tuyến đường.",
            ["lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Đoàn Thanh niên xã"],
        ),
        # guard: an ordinary list
        ("Công an xã chủ trì, phối hợp với Trạm Y tế xã, Đoàn Thanh niên xã kiểm tra các khu trọ.", ["Trạm Y tế xã", "Đoàn Thanh niên xã"]),
    ],
)
def test_partner_with_a_statutory_name(task, partners):
    body = "I. MỤC ĐÍCH\nGiữ vững an ninh.\nII. TỔ CHỨC THỰC HIỆN\n1. " + task + "\n"
    doc = parse_text(_plan(body))
    lead = next(a for a in doc.assignments if a.agency == "Công an xã")
    assert lead.tasks[0].partners == partners


# An item of the tasks part naming a topic is no body: only a duty given
# after its colon makes the named body an assignee.
_TASKS = (
    "I. MỤC TIÊU\nHoàn thiện chính quyền số.\nII. NHIỆM VỤ CỤ THỂ\n"
    "1. Hạ tầng số: duy trì đường truyền internet tại trụ sở.\n{item}\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Công an xã: chủ trì cấp tài khoản định danh điện tử.\n"
)


@pytest.mark.parametrize(
    ("item", "assigned"),
    [
        ("2. Tổ công nghệ số cộng đồng: 100% thôn có Tổ công nghệ số cộng đồng hoạt động thường xuyên.", False),
        ("2. Tổ công nghệ số cộng đồng: hướng dẫn Nhân dân cài đặt ứng dụng VNeID.", True),
    ],
)
def test_topic_label_in_the_tasks_part(item, assigned):
    doc = parse_text(_plan(_TASKS.format(item=item)))
    assert any(a.agency.startswith("Tổ công nghệ số") for a in doc.assignments) is assigned


# A department serving several fields is in the field of its own main duty.
@pytest.mark.parametrize(
    ("canonical", "tasks", "field"),
    [
        # a partner's name speaks of the partner's field
        (
            "Phòng Văn hóa - Xã hội",
            ["Chủ trì tổng hợp nhu cầu cứu trợ các hộ bị thiệt hại", "phối hợp các trường học rà soát danh sách"],
            "labour_social",
        ),
        # propaganda is information's when the clause names no other field's matter
        ("Phòng Văn hóa - Xã hội", ["Chủ trì tuyên truyền kiến thức phòng, chống thiên tai"], "information"),
        ("Phòng Văn hóa - Xã hội", ["Tuyên truyền phòng, chống dịch bệnh cho Nhân dân"], "health"),
        ("Phòng Văn hóa - Xã hội", ["Chủ trì phổ cập kỹ năng số cho Nhân dân"], "information"),
        # a trailing funding clause is side work of the main duty
        (
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            ["Chủ trì kiểm tra trật tự xây dựng, cấp phép xây dựng", "tham mưu bố trí kinh phí mua sắm trang thiết bị"],
            "construction_transport",
        ),
        # a tie goes to the main (first) clause's field
        (
            "Phòng Kinh tế",
            ["Chủ trì khơi thông cống rãnh", "thu gom rác thải tại khu dân cư"],
            "construction_transport",
        ),
        # guards: funding as the main duty is finance, and so alone
        ("Phòng Kinh tế", ["Tham mưu bố trí kinh phí thực hiện kế hoạch", "kiểm tra chợ"], "finance"),
        ("Phòng Kinh tế", ["Tham mưu bố trí kinh phí thực hiện kế hoạch"], "finance"),
    ],
)
def test_department_field_from_its_own_main_duty(canonical, tasks, field):
    assert department_field(canonical, tasks) == field


@pytest.mark.parametrize(
    ("sign", "issuer"),
    [
        # the committee signed for with its unit, or in short
        ("TM. ỦY BAN NHÂN DÂN XÃ\nCHỦ TỊCH\n\nLê Văn Tâm\n", "Ủy ban nhân dân xã Tân Thành"),
        ("TM. ỦY BAN NHÂN DÂN XÃ TÂN THÀNH\nCHỦ TỊCH\n\nLê Văn Tâm\n", "Ủy ban nhân dân xã Tân Thành"),
        ("TM. UBND XÃ\nCHỦ TỊCH\n\nLê Văn Tâm\n", "Ủy ban nhân dân xã Tân Thành"),
        # guard: signed for another committee than the header's
        ("TM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\n\nLê Văn Tâm\n", "Ban Chỉ huy phòng thủ dân sự xã Tân Thành"),
    ],
)
def test_the_committee_signed_for_with_its_unit_issued_it(sign, issuer):
    doc = parse_text(_plan(_BODY, "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\n", "41/KH-UBND", sign))
    assert doc.header.issuer.full_name == issuer
