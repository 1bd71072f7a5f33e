"""Real letters' forms (texts written for these tests): a licence holder's
duty after ";", a closing "kính gửi X tổng hợp", a notice's disclaimer and
an item's task repeating a point's, a firm's own documents cited."""

from __future__ import annotations

import pytest

from khtool import parse_text

SIGN = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHà Văn Khôi\n"
LETTER = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 611/SCT-KTAT\nV/v góp ý dự thảo quy chế\nYên Bái, ngày 12 tháng 6 năm 2026\n"
    "Kính gửi: Cục Kỹ thuật an toàn và Môi trường công nghiệp.\n"
    "Sở Công Thương nhận được Văn bản số 88/ATMT-KT ngày 02/6/2026 của Cục về việc góp ý dự thảo quy chế.\n"
    "Sở Công Thương thống nhất với nội dung dự thảo.\n"
)
FOOTER = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTAT.\n" + SIGN


def _bodies(doc):
    return {a.agency: a.role for a in doc.assignments}


@pytest.mark.parametrize(
    ("closing", "body"),
    [
        ("Sở Công Thương Yên Bái kính gửi Cục Kỹ thuật an toàn và Môi trường công nghiệp tổng hợp./.",
         "Cục Kỹ thuật an toàn và Môi trường công nghiệp"),
        ("Sở Công Thương kính gửi Bộ Công Thương xem xét, cho ý kiến./.", "Bộ Công Thương"),
        # the purpose's "để", a "được biết và" told first: not the body's words
        ("Sở Công Thương kính gửi Sở Tài chính để tổng hợp./.", "Sở Tài chính"),
        ("Sở Công Thương kính gửi Bộ Công Thương được biết và theo dõi./.", "Bộ Công Thương"),
    ],
)
def test_closing_sent_to_a_body_to_act_asks_it(closing, body):
    doc = parse_text(LETTER + closing + "\n" + FOOTER)
    assert _bodies(doc).get(body) == "requested"
    assert [t.text for a in doc.assignments if a.agency == body for t in a.tasks] == [closing]


def test_addressee_line_and_closing_to_know_ask_nothing():
    doc = parse_text(LETTER + "Sở Công Thương kính gửi Cục để biết./.\n" + FOOTER)
    assert doc.assignments == []


PERMIT = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 35/GP-SCT\n\nGIẤY PHÉP\nVẬN CHUYỂN HÀNG HÓA NGUY HIỂM\n\n"
    "Theo đề nghị của: Công ty TNHH Vận tải Hồng Hà,\nSở Công Thương tỉnh Yên Bái cho phép:\n"
    "Tên tổ chức: Công ty TNHH Vận tải Hồng Hà.\nĐịa chỉ: Tổ 5, phường Nam Cường, tỉnh Yên Bái.\n"
    "{duty}\nThời hạn của giấy phép: 24 tháng kể từ ngày ký./.\n"
    "Yên Bái, ngày 03 tháng 8 năm 2026\n"
    "Nơi nhận:\n- Công an tỉnh;\n- Công ty TNHH Vận tải Hồng Hà;\n- Lưu: VT.\n" + SIGN
)


@pytest.mark.parametrize(
    "duty",
    [
        "Được phép vận chuyển hàng hóa nguy hiểm: Loại 2; Công ty TNHH Vận tải Hồng Hà phải có trách nhiệm "
        "duy trì các điều kiện an toàn của phương tiện trong suốt quá trình vận chuyển.",
        "Được phép vận chuyển hàng hóa nguy hiểm: Loại 2; Công ty TNHH Vận tải Hồng Hà có trách nhiệm "
        "duy trì các điều kiện an toàn của phương tiện trong suốt quá trình vận chuyển.",
    ],
)
def test_licence_holders_duty_after_semicolon_is_its_assignment(duty):
    doc = parse_text(PERMIT.format(duty=duty))
    held = [a for a in doc.assignments if a.agency == "Công ty TNHH Vận tải Hồng Hà"]
    assert len(held) == 1 and held[0].role == "responsible"
    assert held[0].tasks[0].text.startswith("Công ty TNHH Vận tải Hồng Hà ") and "Loại 2" not in held[0].tasks[0].text


def test_licence_clause_without_a_duty_assigns_nothing():
    doc = parse_text(PERMIT.format(duty="Được phép vận chuyển hàng hóa nguy hiểm: Loại 2; Công ty TNHH Vận tải Hồng Hà "
                                   "đã đăng ký phương tiện."))
    assert doc.assignments == []


NOTICE = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 702/TB-SCT\nYên Bái, ngày 20 tháng 5 năm 2026\n\nTHÔNG BÁO\nKẾT QUẢ KIỂM TRA NGHIỆM THU KHO CHỨA XĂNG DẦU\n\n"
    "Kính gửi: Công ty cổ phần Xăng dầu Đông Bắc\n\n"
    "Căn cứ báo cáo hoàn thành thi công xây dựng của chủ đầu tư số 07/BC-XDĐB ngày 02/5/2026;\n"
    "Căn cứ kết quả kiểm tra ngày 10/5/2026, Sở Công Thương chấp thuận kết quả nghiệm thu như sau:\n"
    "1. Thông tin về công trình\n"
    "a) Tên công trình: Kho chứa xăng dầu Đông Bắc.\n"
    "b) Chủ đầu tư: Công ty cổ phần Xăng dầu Đông Bắc.\n"
    "2. Yêu cầu đối với chủ đầu tư\n"
    "a) Lưu trữ hồ sơ công trình theo quy định.\n"
    "b) Các yêu cầu khác:\n"
    "- Vận hành kho đúng thiết kế được phê duyệt.\n"
    "- Chủ đầu tư và các nhà thầu tham gia xây dựng công trình chịu trách nhiệm về chất lượng công trình "
    "trước pháp luật.\n"
    "- Việc kiểm tra của Đoàn kiểm tra Sở Công Thương dựa trên hồ sơ do Chủ đầu tư cung cấp. Do đó không thay "
    "thế, không làm giảm trách nhiệm của Chủ đầu tư về quản lý chất lượng công trình.\n"
    "- Kết quả kiểm tra không thay thế trách nhiệm của Chủ đầu tư; Chủ đầu tư phải tạm dừng vận hành khi "
    "thay đổi thiết kế.\n"
    "Sở Công Thương thông báo để Công ty biết./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTAT.\n" + SIGN
)


def _firm_tasks(doc):
    return [t for a in doc.assignments if a.agency == "Công ty cổ phần Xăng dầu Đông Bắc" for t in a.tasks]


def test_disclaimer_bullet_states_no_task_but_a_duty_beside_one_does():
    texts = [t.text for t in _firm_tasks(parse_text(NOTICE))]
    assert not any("Đoàn kiểm tra" in t for t in texts)
    assert any("phải tạm dừng vận hành" in t for t in texts)


def test_an_items_task_does_not_repeat_a_points_task():
    tasks = _firm_tasks(parse_text(NOTICE))
    repeated = [t for t in tasks if "chịu trách nhiệm về chất lượng công trình" in t.text]
    assert len(repeated) == 1 and repeated[0].span.line == repeated[0].span.end_line


def test_document_of_a_project_role_is_the_body_named_for_it():
    doc = parse_text(NOTICE)
    assert {c.number: c.issuer for c in doc.citations}["07/BC-XDĐB"] == "Công ty cổ phần Xăng dầu Đông Bắc"


def test_document_of_a_role_named_by_two_holders_stays_unattributed():
    doc = parse_text(NOTICE.replace("b) Chủ đầu tư: Công ty cổ phần Xăng dầu Đông Bắc.\n",
                                    "b) Chủ đầu tư: Công ty cổ phần Xăng dầu Đông Bắc.\n"
                                    "c) Chủ đầu tư: Công ty TNHH Dầu khí Yên Bình.\n"))
    assert {c.number: c.issuer for c in doc.citations}["07/BC-XDĐB"] is None


RETURNED = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 815/SCT-KTAT\nV/v trả lại hồ sơ đề nghị cấp phép sử dụng VLNCN\nYên Bái, ngày 22 tháng 7 năm 2026\n"
    "Kính gửi: Công ty cổ phần Đá Hòa Phát\n"
    "Sở Công Thương nhận được hồ sơ của Công ty cổ phần Đá Hòa Phát (sau đây gọi tắt là Công ty) đề nghị cấp phép.\n"
    "Sở Công Thương trả lại hồ sơ và đề nghị Công ty hoàn thiện các nội dung sau:\n"
    "1. Hiệu chỉnh Phương án nổ mìn số {plan} ngày 10/7/2026 thống nhất với thiết kế được Công ty phê duyệt "
    "tại Quyết định số 12/TK-HP ngày 05/3/2015.\n"
    "2. Bổ sung danh sách thợ mìn.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTAT.\n" + SIGN
)


@pytest.mark.parametrize(("plan", "issuer"), [("03/PANM-HP", "Công ty cổ phần Đá Hòa Phát"), ("03/PANM-TL", None)])
def test_document_bearing_a_firms_code_is_that_firms(plan, issuer):
    doc = parse_text(RETURNED.format(plan=plan))
    issuers = {c.number: c.issuer for c in doc.citations}
    assert issuers["12/TK-HP"] == "Công ty cổ phần Đá Hòa Phát"
    assert issuers[plan] == issuer
