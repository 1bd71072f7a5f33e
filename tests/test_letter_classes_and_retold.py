"""A letter's assignments: the class of organisations it addresses is one
assignment however its text names it; a cited document's giving retold is
no assignment; bullets naming documents are no tasks; an item's sentence
asking other bodies is theirs; a closing step after the items is a task."""

from __future__ import annotations

import pytest

from khtool import parse_text

HEAD = (
    "UBND TỈNH TUYÊN QUANG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 812/SNNMT-TTBVTV\n"
    "Tuyên Quang, ngày 14 tháng 4 năm 2026\nV/v tăng cường quản lý thuốc bảo vệ thực vật\n"
)
FOOT = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Quốc Hưng\n"


def letter(addressees: str, body: str):
    return parse_text(HEAD + addressees + "\n" + body + FOOT)


ONE_CLASS_BODIES = [
    # the class named again by its kinds alone, and by its activity's initials
    (
        "Kính gửi: Các tổ chức, cá nhân kinh doanh thuốc bảo vệ thực vật trên địa bàn tỉnh\n",
        "Sở Nông nghiệp và Môi trường yêu cầu các cơ sở kinh doanh thuốc bảo vệ thực vật thực hiện các nội dung sau:\n"
        "1. Niêm yết giá và bảo quản thuốc đúng quy định.\n"
        "2. Ghi chép sổ theo dõi nhập, xuất thuốc theo mẫu.\n"
        "Ngoài việc thực hiện các nội dung trên, yêu cầu các tổ chức, cá nhân, doanh nghiệp chấp hành "
        "Văn bản số 455/UBND-NLN ngày 10/3/2026 của UBND tỉnh./.\n",
    ),
    (
        "Kính gửi: Các tổ chức, cá nhân kinh doanh thuốc bảo vệ thực vật (TBVTV) trên địa bàn tỉnh\n",
        "Sở Nông nghiệp và Môi trường đề nghị các đơn vị có hoạt động kinh doanh TBVTV trên địa bàn "
        "rà soát hồ sơ, giấy chứng nhận đủ điều kiện kinh doanh. "
        "Đề nghị các tổ chức, cá nhân kinh doanh thuốc bảo vệ thực vật thuộc phạm vi quản lý "
        "không bày bán thuốc ngoài danh mục được phép sử dụng tại Việt Nam./.\n",
    ),
]


@pytest.mark.parametrize(("addressees", "body"), ONE_CLASS_BODIES)
def test_the_addressed_class_named_several_ways_is_one_assignment(addressees, body):
    doc = letter(addressees, body)
    assert len(doc.assignments) == 1
    assert len(doc.assignments[0].tasks) >= 2
    assert doc.assignments[0].role == "requested"


def test_classes_told_apart_by_their_activity_stay_two():
    doc = letter(
        "Kính gửi:\n- Các đơn vị kinh doanh hóa chất trên địa bàn tỉnh;\n- Các đơn vị sử dụng hóa chất trên địa bàn tỉnh.\n",
        "1. Đề nghị các đơn vị kinh doanh hóa chất lưu giữ hóa đơn, chứng từ mua bán.\n"
        "2. Đề nghị các đơn vị sử dụng hóa chất xây dựng biện pháp phòng ngừa sự cố./.\n",
    )
    assert len(doc.assignments) == 2


def test_a_cited_documents_giving_retold_is_no_assignment():
    doc = parse_text(
        "UBND TỈNH TUYÊN QUANG\nSỞ XÂY DỰNG\nSố: 640/SXD-QLXD\nTuyên Quang, ngày 08 tháng 5 năm 2026\n"
        "V/v báo cáo kết quả rà soát hồ sơ dự án nhà ở xã hội\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Tuyên Quang\n"
        "Thực hiện ý kiến chỉ đạo của UBND tỉnh tại Văn bản số 1187/VPUBND-KT ngày 20/4/2026 của Văn phòng "
        "UBND tỉnh, trong đó giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát hồ sơ dự án. "
        "Sở Xây dựng kính báo cáo như sau:\n"
        "1. Hồ sơ dự án đã được lập đúng trình tự.\n"
        "2. Sở Xây dựng kính đề nghị UBND tỉnh xem xét, chấp thuận chủ trương đầu tư dự án./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n"
    )
    assert all("Tài chính" not in a.agency for a in doc.assignments)


def test_bullets_naming_documents_are_the_lead_ins_object_not_tasks():
    doc = letter(
        "Kính gửi: Các cơ sở kinh doanh thuốc bảo vệ thực vật trên địa bàn tỉnh\n",
        "Sở Nông nghiệp và Môi trường yêu cầu các cơ sở kinh doanh thuốc bảo vệ thực vật thực hiện các nội dung sau:\n"
        "1. Về văn bản mới\n"
        "Đề nghị UBND các xã, phường phối hợp với Sở trong việc tuyên truyền đến các cơ sở trên địa bàn. "
        "Yêu cầu các cơ sở kinh doanh thuốc bảo vệ thực vật chủ động nghiên cứu các văn bản sau:\n"
        "- Nghị định số 31/2026/NĐ-CP ngày 12 tháng 02 năm 2026 của Chính phủ quy định chi tiết một số điều "
        "của Luật Trồng trọt về thuốc bảo vệ thực vật.\n"
        "- Thông tư số 09/2026/TT-BNNMT ngày 20 tháng 3 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường "
        "quy định về quản lý thuốc bảo vệ thực vật.\n"
        "2. Về bảo quản thuốc\n"
        "Đề nghị các cơ sở kinh doanh thuốc bảo vệ thực vật bố trí kho chứa đúng quy chuẩn./.\n",
    )
    firms = [a for a in doc.assignments if a.sector == "enterprises"]
    assert len(firms) == 1
    texts = [t.text for t in firms[0].tasks]
    # the lead-in's task, not the documents it names
    assert not any(t.startswith(("Nghị định", "Thông tư")) for t in texts)
    assert any("chủ động nghiên cứu các văn bản sau" in t for t in texts)
    # the heading item's sentence asking the communes is theirs, not the firms'
    assert not any("Đề nghị UBND các xã" in t for t in texts)


def test_a_list_of_party_texts_and_guidance_is_the_lead_ins_object_not_tasks():
    doc = letter(
        "Kính gửi: Các cơ sở kinh doanh thuốc bảo vệ thực vật trên địa bàn tỉnh\n",
        "Sở Nông nghiệp và Môi trường yêu cầu các cơ sở kinh doanh thuốc bảo vệ thực vật thực hiện các nội dung sau:\n"
        "1. Về văn bản mới\n"
        "Yêu cầu các cơ sở kinh doanh thuốc bảo vệ thực vật chủ động nghiên cứu các văn bản sau:\n"
        "- Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân.\n"
        "- Chỉ thị số 12-CT/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy về an toàn thực phẩm.\n"
        "- Hướng dẫn số 15/HD-BNNMT ngày 05/3/2026 của Bộ Nông nghiệp và Môi trường.\n"
        "2. Về bảo quản thuốc\n"
        "Đề nghị các cơ sở kinh doanh thuốc bảo vệ thực vật bố trí kho chứa đúng quy chuẩn./.\n",
    )
    firms = [a for a in doc.assignments if a.sector == "enterprises"]
    assert len(firms) == 1
    texts = [t.text for t in firms[0].tasks]
    assert not any(t.startswith(("Nghị quyết", "Chỉ thị", "Hướng dẫn")) for t in texts), texts
    assert any("chủ động nghiên cứu các văn bản sau" in t for t in texts)


def test_a_closing_step_after_the_items_is_the_asked_firms_task():
    doc = parse_text(
        "UBND TỈNH TUYÊN QUANG\nSỞ CÔNG THƯƠNG\nSố: 903/SCT-KTAT\nTuyên Quang, ngày 22 tháng 5 năm 2026\n"
        "V/v trả lại hồ sơ đề nghị cấp Giấy phép sử dụng vật liệu nổ công nghiệp\n"
        "Kính gửi: Công ty TNHH Khoáng sản Hà Phong\n"
        "Sở Công Thương nhận được hồ sơ của Công ty TNHH Khoáng sản Hà Phong (sau đây gọi tắt là Công ty). "
        "Qua thẩm định, Sở Công Thương trả lại hồ sơ và đề nghị Công ty hoàn thiện các nội dung sau:\n"
        "1. Bổ sung bản vẽ mặt bằng khu vực nổ mìn\n"
        "Bản vẽ phải thể hiện khoảng cách an toàn đến khu dân cư gần nhất.\n"
        "2. Hiệu chỉnh hộ chiếu nổ mìn mẫu\n"
        "Số lượng kíp nổ trong hộ chiếu phải thống nhất với phương án nổ mìn.\n"
        "Sau khi hoàn thiện đầy đủ các nội dung nêu trên, đề nghị Công ty nộp lại hồ sơ về Sở Công Thương "
        "để được xem xét, giải quyết theo quy định.\n"
        "Sở Công Thương thông báo để Công ty TNHH Khoáng sản Hà Phong được biết và thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐỗ Minh Tâm\n"
    )
    assert len(doc.assignments) == 1
    tasks = [t.text for t in doc.assignments[0].tasks]
    closing = [t for t in tasks if "nộp lại hồ sơ" in t]
    assert len(closing) == 1 and closing[0].startswith("Sau khi hoàn thiện")
    assert len(tasks) == 3


@pytest.mark.parametrize(
    ("bullet", "document"),
    [
        ("Nghị định số 31/2026/NĐ-CP ngày 12 tháng 02 năm 2026 của Chính phủ quy định về thuốc bảo vệ thực vật.", True),
        ("Luật Trồng trọt số 31/2018/QH14.", True),
        ("Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh.", True),
        # a task with a date, not a document's number
        ("Kế hoạch hóa các đợt kiểm tra, hoàn thành trước ngày 30/6/2026.", False),
        ("Văn bản hướng dẫn các xã, gửi trước ngày 15/11/2026.", False),
        # a Party text's number, and the other kinds a list of texts holds
        ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.", True),
        ("Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.", True),
        ("Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị.", True),
        ("Hướng dẫn số 12/HD-BYT ngày 05/3/2026 của Bộ Y tế.", True),
        ("Chương trình hành động số 25-CTr/TU ngày 10/01/2026 của Tỉnh ủy.", True),
        ("Quy định số 105-QĐ/TW ngày 19/12/2022 của Ban Chấp hành Trung ương.", True),
        ("Thông báo kết luận số 45-TB/TU ngày 02/4/2026 của Ban Thường vụ Tỉnh ủy.", True),
        # "hướng dẫn" doing a task on a text
        ("Hướng dẫn các xã triển khai Kế hoạch số 45/KH-UBND ngày 10/3/2026.", False),
        ("Quy định rõ trách nhiệm của từng đơn vị theo Chỉ thị số 35-CT/TW.", False),
        ("Chỉ thị các đơn vị hoàn thành trước 15-6/2026.", False),
    ],
)
def test_a_bullet_naming_a_document_is_told_from_a_task_with_a_date(bullet, document):
    from khtool import patterns as P

    assert (P.DOCUMENT_ITEM.match(bullet) is not None) is document
