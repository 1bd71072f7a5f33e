"""``diff`` across levels, one plan carrying the other out (a province's
Công điện carrying out the Thủ tướng's, a commune's the province's): a task
is paired first inside the pair of bodies of its sector, with a lower floor
there than across sectors; deadlines never pair a daily report with a dated
once (dispatches written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.diff import _may_pair, diff_plans

_NATIONAL = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 57/CĐ-TTg\n"
    "Hà Nội, ngày 03 tháng 4 năm 2026\nCÔNG ĐIỆN\nVề việc chủ động ứng phó với nắng nóng, hạn hán, xâm nhập mặn\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố;\n- Các Bộ trưởng: Nông nghiệp và Môi trường, Công Thương, Y tế.\n"
    "Để chủ động ứng phó với đợt nắng nóng kéo dài, Thủ tướng Chính phủ yêu cầu:\n"
    "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo rà soát nguồn nước sinh hoạt, bố trí xe chở nước ngọt cấp miễn phí cho hộ dân vùng thiếu nước.\n"
    "2. Bộ trưởng Bộ Nông nghiệp và Môi trường:\n"
    "a) Chỉ đạo các địa phương vận hành hệ thống cống ngăn mặn, tích trữ nước ngọt vào kênh nội đồng khi độ mặn cho phép.\n"
    "b) Tổng hợp tình hình, báo cáo Thủ tướng Chính phủ trước 16 giờ hằng ngày.\n"
    "3. Bộ trưởng Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam bảo đảm cung cấp điện an toàn, ổn định cho sinh hoạt và sản xuất mùa khô.\n"
    "4. Bộ trưởng Bộ Y tế chỉ đạo phòng, chống sốc nhiệt, say nắng và các bệnh lây qua nguồn nước.\n"
    "5. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam thông tin kịp thời về độ mặn, hướng dẫn người dân tiết kiệm nước.\n"
    "6. Văn phòng Chính phủ theo dõi, đôn đốc các bộ, địa phương thực hiện Công điện này.\n"
    "7. Bộ trưởng Bộ Nông nghiệp và Môi trường chủ trì xây dựng, trình Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về an ninh nguồn nước.\n"
)
_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 08/CĐ-UBND\n"
    "Bến Tre, ngày 04 tháng 4 năm 2026\nCÔNG ĐIỆN\nVề việc ứng phó với nắng nóng, hạn mặn\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Giám đốc các Sở: Nông nghiệp và Môi trường, Công Thương, Y tế;\n- Chủ tịch UBND các xã, phường.\n"
    "Thực hiện Công điện số 57/CĐ-TTg ngày 03/4/2026 của Thủ tướng Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
    "1. Chủ tịch UBND các xã, phường kiểm tra các điểm cấp nước tập trung, kịp thời chở nước ngọt đến từng hộ khó khăn.\n"
    "2. Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo vận hành các cống ngăn mặn theo con nước, tranh thủ tích nước ngọt vào ao, mương; "
    "tổng hợp, báo cáo Chủ tịch UBND tỉnh trước 15 giờ hằng ngày.\n"
    "3. Giám đốc Sở Công Thương chỉ đạo Công ty Điện lực tỉnh bảo đảm cấp điện cho các trạm bơm, nhà máy nước, không cắt điện trong giờ cao điểm.\n"
    "4. Giám đốc Sở Y tế bố trí thuốc, dịch truyền tại các trạm y tế; hướng dẫn Nhân dân uống đủ nước, tránh ra nắng buổi trưa.\n"
    "5. Báo và Phát thanh, Truyền hình Bến Tre tăng thời lượng đưa tin về độ mặn trên các sông chính để Nhân dân chủ động lấy nước.\n"
    "6. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Công điện này.\n"
    "7. Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh chỉ đạo các đồn kiểm đếm tàu cá; báo cáo kết quả về Văn phòng UBND tỉnh trước 20 giờ ngày 04/4/2026.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)
_COMMUNE = (
    "ỦY BAN NHÂN DÂN\nXÃ CHÂU HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 02/CĐ-UBND\n"
    "Châu Hòa, ngày 04 tháng 4 năm 2026\nCÔNG ĐIỆN\nVề việc khẩn trương ứng phó với hạn mặn\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ điện:\n- Trưởng phòng Kinh tế, Trạm trưởng Trạm Y tế xã;\n- Trưởng các thôn.\n"
    "Thực hiện Công điện số 08/CĐ-UBND ngày 04/4/2026 của Chủ tịch Ủy ban nhân dân tỉnh Bến Tre, Chủ tịch Ủy ban nhân dân xã yêu cầu:\n"
    "1. Trưởng các thôn lập danh sách hộ thiếu nước ngọt, phối hợp chở nước đến tận nhà cho hộ nghèo, người già neo đơn.\n"
    "2. Trưởng phòng Kinh tế theo dõi độ mặn tại các cống; tổng hợp, báo cáo Chủ tịch UBND xã trước 7 giờ và 14 giờ hằng ngày.\n"
    "3. Trạm trưởng Trạm Y tế xã bố trí cán bộ trực, cơ số thuốc; hướng dẫn người dân phòng say nắng.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def _line(text: str, words: str) -> int:
    return next(i for i, s in enumerate(text.splitlines(), 1) if s.startswith(words))


@pytest.mark.parametrize(
    ("lower", "upper", "a_words", "b_words"),
    [
        # the province's UBND các xã ↔ the Thủ tướng's UBND các tỉnh
        ("province", "national", "1. Chủ tịch UBND các xã", "1. Chủ tịch Ủy ban nhân dân các tỉnh"),
        # Sở Nông nghiệp và Môi trường ↔ the point of Bộ's item that is no report
        (
            "province",
            "national",
            "2. Giám đốc Sở Nông nghiệp",
            "a) Chỉ đạo các địa phương vận hành",
        ),
        ("province", "national", "4. Giám đốc Sở Y tế", "4. Bộ trưởng Bộ Y tế"),
        ("province", "national", "5. Báo và Phát thanh", "5. Đài Truyền hình Việt Nam"),
        # the commune's thôn ↔ the province's UBND các xã
        ("commune", "province", "1. Trưởng các thôn", "1. Chủ tịch UBND các xã"),
    ],
)
def test_a_task_is_paired_first_inside_its_sector(lower, upper, a_words, b_words):
    texts = {"national": _NATIONAL, "province": _PROVINCE, "commune": _COMMUNE}
    a, b = texts[lower], texts[upper]
    r = diff_plans(parse_text(a, path="a.txt"), parse_text(b, path="b.txt"))
    m = next(m for m in r.tasks.a_to_b if m.line == _line(a, a_words))
    assert m.best_line == _line(b, b_words)
    assert m.covered and 0.15 <= m.score < 0.35  # (under the threshold: its sector's counterpart)


def test_a_national_instrument_has_no_counterpart_in_the_province():
    # (the Bộ's "trình Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia" is
    # above the province: no Sở's task carries it out)
    r = diff_plans(parse_text(_PROVINCE, path="a.txt"), parse_text(_NATIONAL, path="b.txt"))
    m = next(m for m in r.tasks.b_to_a if m.line == _line(_NATIONAL, "7. Bộ trưởng Bộ Nông nghiệp"))
    assert not m.covered


def _deadline(recurrence: str, day: int | None = None) -> dict[str, object]:
    return {
        "text": "",
        "day": day,
        "month": 4 if day else None,
        "year": 2026 if day else None,
        "recurrence": recurrence,
        "due": "báo cáo",
        "line": 1,
    }


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        (_deadline("daily"), _deadline("once", 4), False),  # a daily report is no dated once's
        (_deadline("weekly"), _deadline("once", 4), False),
        (_deadline("daily"), _deadline("daily"), True),
        (_deadline("annual"), _deadline("once", 4), True),  # (that year's report)
    ],
)
def test_a_daily_report_never_pairs_with_a_dated_once(x, y, expected):
    assert _may_pair(x, y) is expected
