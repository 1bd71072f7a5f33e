"""A notice's item whose heading has its issuer require a firm to act ("2.
Sở Công Thương yêu cầu Công ty X thực hiện các nội dung sau:" / "a) …") gives
the firm its points, `requested`; the issuer is no assignee."""

from khtool import parse_text

NOTICE = (
    "UBND TỈNH YÊN BÁI\nSỞ CÔNG THƯƠNG\nSố: 318/TB-SCT\nYên Bái, ngày 08 tháng 6 năm 2026\nTHÔNG BÁO\n"
    "Kết quả kiểm tra công tác an toàn đập, hồ chứa thủy điện Ngòi Hút 2\n"
    "Ngày 02/6/2026, Sở Công Thương đã kiểm tra công tác an toàn đập tại Nhà máy thủy điện Ngòi Hút 2. "
    "Sở Công Thương thông báo kết quả như sau:\n"
    "1. Kết quả kiểm tra\nĐơn vị đã lập quy trình vận hành hồ chứa được phê duyệt.\n"
    "2. Sở Công Thương yêu cầu Công ty cổ phần Thủy điện Ngòi Hút thực hiện các nội dung sau:\n"
    "a) Lắp đặt thiết bị quan trắc mực nước hồ chứa;\n"
    "b) Hoàn thành kiểm định an toàn đập trước ngày 31/7/2026.\n"
    "Nơi nhận:\n- Công ty CP Thủy điện Ngòi Hút;\n- Lưu: VT.\n"
)


def test_the_firm_required_is_asked() -> None:
    doc = parse_text(NOTICE, path="x.txt")
    got = {(a.agency, a.role, len(a.tasks)) for a in doc.assignments}
    assert got == {("Công ty cổ phần Thủy điện Ngòi Hút", "requested", 2)}
