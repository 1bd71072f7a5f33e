"""A province's own bodies of a sector it also names at a ward's level are
listed above B's level, for information, not dropped (fco, item 10)."""

from khtool import diff_plans, parse_text

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 38/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh truyền nhiễm năm 2026

I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Chủ trì hướng dẫn chuyên môn phòng, chống dịch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.
2. Ủy ban nhân dân các xã, phường
Chỉ đạo Trạm Y tế xã, phường tổ chức giám sát ca bệnh tại cộng đồng; tuyên truyền người dân diệt lăng quăng.
"""

WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG ĐÔNG HÀ
Số: 17/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Hà, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh truyền nhiễm năm 2026 trên địa bàn phường

Thực hiện Kế hoạch số 38/KH-UBND ngày 20/01/2026 của UBND tỉnh Quảng Trị, UBND phường ban hành Kế hoạch như sau:
I. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế phường
Chủ trì giám sát ca bệnh tại cộng đồng; báo cáo UBND phường trước ngày 05/12/2026.
"""


def test_a_provinces_own_body_of_a_sector_it_names_at_the_wards_level_is_listed_above():
    out = diff_plans(parse_text(PROVINCE), parse_text(WARD)).model_dump()
    above = {(r["sector"], n) for r in out["sectors"]["above_b_level"] for n in r["agencies"]}
    assert ("health", "Sở Y tế") in above
