"""Roles and bodies of assignments in legal texts and letters: a body called
by the lead it was given ("Đơn vị được … giao chủ trì …", "cơ quan chủ trì
soạn thảo") is not thereby a lead; the issuer's own units named two ways are
one class; a report retelling another body's giving gives nothing; a firm a
notice requires to act is asked."""

import pytest

from khtool import parse_text

MINISTRY = (
    "BỘ XÂY DỰNG\nSố: 45/2026/TT-BXD\nHà Nội, ngày 10 tháng 4 năm 2026\nTHÔNG TƯ\n"
    "Quy định định mức chi cho công tác xây dựng văn bản quy phạm pháp luật\n"
)


def _roles(text: str) -> dict[str, list[str]]:
    doc = parse_text(text, path="x.txt")
    out: dict[str, list[str]] = {}
    for a in doc.assignments:
        out.setdefault(a.agency, []).append(a.role)
    return out


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        # a unit defined by the lead it was given heads its duties: it carries them out
        (
            "Điều 6. Tổ chức thực hiện\n1. Vụ Pháp chế tổng hợp danh mục văn bản hằng năm của Bộ.\n"
            "2. Đơn vị được Bộ trưởng Bộ Xây dựng giao chủ trì xây dựng văn bản quy phạm pháp luật\n"
            "a) Lập dự toán kinh phí xây dựng văn bản gửi Vụ Kế hoạch - Tài chính;\n"
            "b) Quản lý, sử dụng kinh phí được giao đúng quy định.\n"
            "Điều 7. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 6 năm 2026.\n",
            "Đơn vị được Bộ trưởng Bộ Xây dựng giao",
        ),
        # "cơ quan chủ trì soạn thảo" names whom the body works for, not its role
        (
            "Điều 6. Tổ chức thực hiện\n1. Vụ Pháp chế có trách nhiệm phối hợp với cơ quan chủ trì soạn thảo"
            " thẩm định dự thảo văn bản trước khi trình Bộ trưởng.\n"
            "2. Vụ Kế hoạch - Tài chính hướng dẫn lập dự toán kinh phí.\n"
            "Điều 7. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 6 năm 2026.\n",
            "Vụ Pháp chế",
        ),
    ],
)
def test_a_lead_named_in_a_bodys_name_is_no_lead(body, agency):
    roles = _roles(MINISTRY + body)
    assert roles.get(agency) == ["responsible"], roles


@pytest.mark.parametrize(
    "body",
    [
        "Điều 2. Tổ chức thực hiện\n1. Vụ Pháp chế chủ trì đăng tải kết quả rà soát trên Cổng thông tin của Bộ.\n"
        "2. Căn cứ danh mục tại Điều 1, các đơn vị thuộc Bộ có liên quan khẩn trương soạn thảo văn bản thay thế.\n"
        "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm"
        " thi hành Quyết định này./.\n",
        "Điều 2. Tổ chức thực hiện\n1. Thủ trưởng các đơn vị thuộc Bộ rà soát văn bản thuộc lĩnh vực quản lý.\n"
        "2. Các đơn vị thuộc Bộ có liên quan báo cáo kết quả rà soát về Vụ Pháp chế trước ngày 30 tháng 6 năm 2026.\n"
        "Điều 3. Quyết định này có hiệu lực từ ngày ký./.\n",
    ],
)
def test_the_issuers_own_units_named_two_ways_are_one_assignment(body):
    head = (
        "BỘ XÂY DỰNG\nSố: 225/QĐ-BXD\nHà Nội, ngày 05 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
        "Về việc công bố kết quả hệ thống hóa văn bản quy phạm pháp luật\nQUYẾT ĐỊNH:\n"
    )
    doc = parse_text(head + body, path="qd.txt")
    units = [a for a in doc.assignments if a.canonical == "Các đơn vị thuộc Bộ"]
    assert len(units) == 1 and len(units[0].tasks) == 2, [(a.agency, a.role, a.canonical) for a in doc.assignments]


REPORT = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 310/BC-SCT\nLào Cai, ngày 12 tháng 3 năm 2026\nBÁO CÁO\n"
    "Tình hình thực hiện Chiến lược phát triển ngành công nghiệp chế biến\n"
    "Kính gửi: Bộ Công Thương.\n"
    "1. Tình hình thực hiện\nHiện nay tỉnh đang điều chỉnh quy hoạch tỉnh. {retold} Nội dung Chiến lược"
    " đã được lồng ghép trong quy hoạch tỉnh.\n"
    "2. Kiến nghị\nĐề nghị Bộ Công Thương ban hành hướng dẫn về khoảng cách an toàn đối với cơ sở chế biến.\n"
)


@pytest.mark.parametrize(
    "retold",
    [
        "Ủy ban nhân dân tỉnh giao Sở Tài chính phối hợp với đơn vị tư vấn rà soát các phương án tích hợp.",
        "UBND tỉnh giao Sở Xây dựng chủ trì lập điều chỉnh quy hoạch chung đô thị.",
    ],
)
def test_a_report_retelling_anothers_giving_gives_nothing(retold):
    roles = _roles(REPORT.format(retold=retold))
    assert set(roles) == {"Bộ Công Thương"}, roles


NOTICE = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 512/SCT-QLNL\nLào Cai, ngày 20 tháng 4 năm 2026\n"
    "V/v thông báo kết quả thẩm định thiết kế xây dựng dự án thủy điện Nậm Khánh\n"
    "Kính gửi: Công ty Cổ phần Thủy điện Nậm Khánh.\n"
    "1. Kết quả thẩm định\nHồ sơ thiết kế đủ điều kiện trình phê duyệt.\n"
    "{item}"
    "- Lắp đặt đầy đủ hệ thống quan trắc công trình theo quy định.\n"
    "- Lập quy trình vận hành hồ chứa trình cấp có thẩm quyền phê duyệt.\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "2. Yêu cầu đối với Công ty Cổ phần Thủy điện Nậm Khánh\n"
        "Để bảo đảm triển khai dự án đúng quy định, Sở Công Thương yêu cầu Công ty Cổ phần Thủy điện Nậm Khánh"
        " thực hiện:\n",
        "2. Yêu cầu đối với Công ty Cổ phần Thủy điện Nậm Khánh\n",
    ],
)
def test_a_firm_a_notice_requires_to_act_is_asked(item):
    roles = _roles(NOTICE.format(item=item))
    assert roles.get("Công ty Cổ phần Thủy điện Nậm Khánh") == ["requested"], roles
