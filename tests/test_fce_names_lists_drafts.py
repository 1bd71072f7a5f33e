"""Assignments (FCE): a partner's or subject's name ends where the task's verb
begins ("phối hợp với Đồn Biên phòng X kiểm đếm …", "UBND các xã, phường đánh
giá …"); a membership list ("Ban Chỉ huy gồm:") assigns nothing; bodies
joined by ";" as one sentence's subject share its deadline; "Giao X <verb>
…" after the items (an invitation's preparation line) gives X its task; a
submission's account of its draft assigns nothing; a note in brackets after a
list is no item's; two heads of one class listed in one item are both kept."""

import pytest

from khtool import parse_text

COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ HƯƠNG SƠN\nSố: 61/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hương Sơn, ngày 14 tháng 4 năm 2026\n\nKẾ HOẠCH\nPhòng, chống lụt bão và chỉnh lý hồ sơ đất đai năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm an toàn cho Nhân dân.\n\nII. NHIỆM VỤ VÀ PHÂN CÔNG\n"
)
SIGN = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhan Văn Tú\n"


def _parse(body: str):
    return parse_text(COMMUNE + body + SIGN)


@pytest.mark.parametrize(
    ("item", "partner"),
    [
        (
            "1. Phòng Kinh tế: chủ trì rà soát hồ sơ; phối hợp với Chi nhánh Văn phòng Đăng ký đất đai chỉnh lý biến động đất đai.\n",
            "Chi nhánh Văn phòng Đăng ký đất đai",
        ),
        (
            "1. Ban Chỉ huy quân sự xã: chủ trì huy động dân quân; phối hợp với Đồn Biên phòng Hương Sơn kiểm đếm tàu cá neo đậu.\n",
            "Đồn Biên phòng Hương Sơn",
        ),
        (
            "1. Trạm Y tế xã\n- Phối hợp với các trường khám sức khỏe định kỳ cho học sinh, xong trước ngày 30/9/2026.\n",
            "các trường",
        ),
    ],
)
def test_partner_name_ends_at_the_task_verb(item: str, partner: str) -> None:
    doc = _parse(item + "2. Công an xã: bảo đảm an ninh trật tự.\n")
    partners = {p for a in doc.assignments for t in a.tasks for p in t.partners}
    assert partner in partners
    assert not any(p.startswith(partner) and p != partner for p in partners)


def test_membership_list_assigns_nothing() -> None:
    doc = parse_text(
        COMMUNE.replace("II. NHIỆM VỤ VÀ PHÂN CÔNG", "II. NHIỆM VỤ CHỦ YẾU")
        + "1. Kiện toàn Ban Chỉ huy phòng thủ dân sự xã\nBan Chỉ huy gồm:\n"
        "- Ông Phan Văn Tú, Chủ tịch UBND xã - Trưởng ban;\n"
        "- Bà Lê Thị Hoa, Phó Chủ tịch UBND xã - Phó Trưởng ban;\n"
        "- Ông Trần Quốc Bảo, Trưởng Công an xã - Phó Trưởng ban;\n"
        "- Các thành viên là trưởng các đơn vị thuộc UBND xã và trưởng các thôn.\n"
        "2. Chuẩn bị vật tư\nRà soát, bổ sung áo phao, nhà bạt, máy phát điện.\n\n"
        "III. PHÂN CÔNG NHIỆM VỤ\n1. Ban Chỉ huy quân sự xã: chủ trì huy động dân quân tham gia sơ tán.\n"
        "2. Công an xã: bảo đảm an ninh trật tự tại khu vực sơ tán.\n3. Trạm Y tế xã: chuẩn bị cơ số thuốc.\n" + SIGN
    )
    names = [a.agency for a in doc.assignments]
    assert "Công an xã" in names and "Ban Chỉ huy quân sự xã" in names
    assert not any("gồm" in n for n in names)
    assert not any(t.text.startswith(("Ông ", "Bà ")) for a in doc.assignments for t in a.tasks)


def test_class_heads_listed_in_one_item_are_all_kept() -> None:
    doc = _parse(
        "1. Công an xã: bảo đảm an ninh trật tự.\n"
        "2. Trưởng thôn, Tổ trưởng tổ dân phố\n- Thông báo lịch sơ tán đến từng hộ gia đình.\n"
    )
    names = " | ".join(a.agency for a in doc.assignments)
    assert "Trưởng thôn" in names and "Tổ trưởng tổ dân phố" in names


def test_bracketed_note_after_a_list_is_no_items() -> None:
    doc = _parse(
        "1. Công an xã\n- Bảo đảm an ninh trật tự tại khu vực sơ tán.\n"
        "2. Đề nghị Ủy ban MTTQ Việt Nam xã, Hội Chữ thập đỏ xã\n- Vận động Nhân dân ủng hộ người bị thiệt hại.\n"
        "\n(Các nhiệm vụ cụ thể tại Phụ lục kèm theo)\n"
    )
    texts = [t.text for a in doc.assignments for t in a.tasks]
    assert any(t.startswith("Vận động Nhân dân") for t in texts)
    assert not any("Phụ lục kèm theo" in t for t in texts)


LETTER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 905/UBND-NC\nV/v báo cáo kết quả cải cách hành chính 6 tháng\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 12 tháng 5 năm 2026\n\n"
    "Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- UBND các xã, phường.\n\n"
    "Để có cơ sở tổng hợp, báo cáo Bộ Nội vụ, Chủ tịch UBND tỉnh yêu cầu:\n"
    "1. Các sở, ban, ngành cấp tỉnh; UBND các xã, phường đánh giá kết quả cải cách hành chính 6 tháng đầu năm, "
    "gửi báo cáo về Sở Nội vụ trước ngày 05/6/2026.\n"
    "2. UBND các xã, phường chưa hoàn thành chỉ tiêu khẩn trương khắc phục trong tháng 6/2026.\n"
    "3. Giao Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/6/2026.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Bình\n"
)


def test_subjects_joined_by_semicolon_share_the_deadline() -> None:
    doc = parse_text(LETTER)
    names = {a.agency for a in doc.assignments}
    assert "UBND các xã, phường" in names  # (the verb "đánh giá" no part of the name)
    dated = {a.agency for a in doc.assignments if any(d.day == 5 and d.month == 6 for d in a.deadlines)}
    assert {"Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường"} <= dated


INVITATION = (
    "UBND TỈNH QUẢNG BÌNH\nVĂN PHÒNG\nSố: 214/GM-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 08 tháng 9 năm 2026\n\nGIẤY MỜI\n"
    "Họp bàn phương án phòng, chống bão số 5\n\n"
    "Văn phòng UBND tỉnh trân trọng kính mời:\n"
    "- Đồng chí Chủ tịch UBND tỉnh (để chủ trì);\n- Lãnh đạo Sở Nông nghiệp và Môi trường;\n"
    "- Lãnh đạo Bộ Chỉ huy Quân sự tỉnh.\n"
    "Thời gian: 08 giờ 00 phút, ngày 11/9/2026.\nĐịa điểm: Phòng họp số 2, trụ sở UBND tỉnh.\n"
    "Giao Sở Nông nghiệp và Môi trường chuẩn bị báo cáo tình hình, gửi Văn phòng UBND tỉnh trước 15 giờ 00 ngày 10/9/2026.\n"
    "Rất mong các đồng chí tham dự đúng thành phần, thời gian./.\n\n"
    "Nơi nhận:\n- Như thành phần mời;\n- Lưu: VT.\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nHồ Minh Tâm\n"
)


def test_giving_after_the_items_is_an_assignment() -> None:
    doc = parse_text(INVITATION)
    given = [a for a in doc.assignments if a.agency == "Sở Nông nghiệp và Môi trường"]
    assert given and given[0].role == "responsible"
    assert any(d.day == 10 and d.month == 9 for d in given[0].deadlines)


SUBMISSION = (
    "SỞ NỘI VỤ TỈNH QUẢNG BÌNH\nSố: 33/TTr-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 02 tháng 3 năm 2026\n\nTỜ TRÌNH\n"
    "Về việc ban hành Kế hoạch cải cách hành chính năm 2026\n\n"
    "Kính gửi: Ủy ban nhân dân tỉnh.\n\n"
    "I. SỰ CẦN THIẾT\nCần thống nhất các nhiệm vụ cải cách hành chính năm 2026.\n\n"
    "II. BỐ CỤC, NỘI DUNG DỰ THẢO KẾ HOẠCH\n"
    "1. Mục tiêu: 100% thủ tục hành chính được công khai đúng quy định.\n"
    "2. Tổ chức thực hiện: Sở Nội vụ chủ trì theo dõi, đôn đốc; Sở Tài chính tham mưu bố trí kinh phí; "
    "UBND các xã, phường ban hành kế hoạch thực hiện trước ngày 31/3/2026.\n\n"
    "III. KIẾN NGHỊ\nSở Nội vụ kính đề nghị UBND tỉnh xem xét, ban hành Kế hoạch (có dự thảo kèm theo).\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n\nĐặng Văn Hùng\n"
)


def test_a_submissions_draft_assigns_nothing() -> None:
    doc = parse_text(SUBMISSION)
    assert not any(a.agency in ("Sở Tài chính", "UBND các xã, phường") for a in doc.assignments)
    assert not any(d.day == 31 and d.month == 3 for d in doc.deadlines)
    assert not any(d.day == 31 and d.month == 3 for a in doc.assignments for d in a.deadlines)
