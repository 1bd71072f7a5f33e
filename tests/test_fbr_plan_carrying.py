"""`khtool diff` between a plan and the plans carrying it out: a floor target
raised for the same year is stricter, not dropped; a task naming indicators by
point letters ties its body to them and is covered by the other plan setting
them; a unit of B's issuer stands for it when leads are compared; another
body's task is not covered by B's own like wording; a paraphrase of a task of
B's own share covers it from a lower likeness; a target's time frame is its
year, no deadline. Texts written for these tests."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool.agencies import fold
from khtool.extract.assignments import _indicator_refs

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
_______
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________
Hà Tĩnh, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Phổ cập kỹ năng số cho người dân trên địa bàn tỉnh Hà Tĩnh giai đoạn 2026 - 2030

Thực hiện Quyết định số 120/QĐ-TTg ngày 15 tháng 01 năm 2026 của Thủ tướng Chính phủ phê duyệt Đề án phổ cập kỹ năng số cho người dân, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức và kỹ năng số của người dân; bảo đảm người dân tiếp cận, sử dụng an toàn các dịch vụ công trực tuyến.
2. Yêu cầu
Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành.

II. MỤC TIÊU, CHỈ TIÊU
1. Mục tiêu chung
Hình thành thói quen sử dụng các dịch vụ số của người dân, góp phần xây dựng chính quyền số.
2. Chỉ tiêu cụ thể
a) 70% hộ gia đình có ít nhất 01 thành viên sử dụng thành thạo dịch vụ công trực tuyến vào năm 2027 và 90% vào năm 2030.
b) 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số cơ bản vào năm 2026.
c) 55% người dân trong độ tuổi lao động có kỹ năng số cơ bản vào năm 2027; 80% vào năm 2030.
d) Đến hết năm 2026, 100% xã, phường thành lập Tổ công nghệ số cộng đồng.
đ) 60% xã, phường có ít nhất 01 điểm hỗ trợ người dân sử dụng dịch vụ số vào năm 2027.

III. NHIỆM VỤ VÀ GIẢI PHÁP
| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Tổ chức phổ biến Kế hoạch này đến các cơ quan, đơn vị và người dân | Sở Khoa học và Công nghệ | Các sở, ban, ngành tỉnh; UBND các xã, phường | Tháng 3/2026 |
| 2 | Xây dựng, cập nhật tài liệu hướng dẫn sử dụng dịch vụ công trực tuyến cho người dân | Sở Khoa học và Công nghệ | Văn phòng UBND tỉnh | Quý II/2026 |
| 3 | Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh | Sở Tài chính | Các cơ quan, đơn vị liên quan | Hằng năm |
| 4 | Tổng hợp, báo cáo kết quả thực hiện Kế hoạch với UBND tỉnh | Sở Khoa học và Công nghệ | Các sở, ban, ngành; UBND các xã, phường | Trước ngày 10/12 hằng năm |

IV. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
- Chủ trì thực hiện các chỉ tiêu tại điểm a, điểm c khoản 2 Mục II Kế hoạch này.
- Chủ trì tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 10/12 hằng năm.
2. Sở Tài chính
Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh hằng năm.
3. UBND các xã, phường
- Xây dựng kế hoạch thực hiện tại địa phương, hoàn thành trước ngày 15/4/2026.
- Chủ trì thực hiện các chỉ tiêu tại điểm d, điểm đ khoản 2 Mục II Kế hoạch này.
- Báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 30/11 hằng năm.

Nơi nhận:
- Bộ Khoa học và Công nghệ (b/c);
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Trần Văn Hùng
"""

DEPARTMENT = """UBND TỈNH HÀ TĨNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
_______
Số: 310/KH-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________
Hà Tĩnh, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh về phổ cập kỹ năng số cho người dân

Thực hiện Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2026 của UBND tỉnh Hà Tĩnh, Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Cụ thể hóa các nhiệm vụ UBND tỉnh giao Sở tại Kế hoạch số 45/KH-UBND; phân công rõ trách nhiệm của các phòng, đơn vị thuộc Sở.

II. NHIỆM VỤ CỤ THỂ
1. Phòng Chuyển đổi số
a) Chủ trì tham mưu Giám đốc Sở tổ chức phổ biến Kế hoạch số 45/KH-UBND đến các cơ quan, đơn vị và người dân; hoàn thành trong tháng 3/2026.
b) Tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 05/12 hằng năm.
2. Phòng Kế hoạch - Tài chính
Tham mưu lập dự toán kinh phí thực hiện Kế hoạch, gửi Sở Tài chính thẩm định cùng thời điểm xây dựng dự toán ngân sách tỉnh hằng năm.

III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị thuộc Sở triển khai thực hiện nghiêm túc Kế hoạch này./.

Nơi nhận:
- UBND tỉnh (b/c);
- Giám đốc, các Phó Giám đốc Sở;
- Lưu: VT, CĐS.

GIÁM ĐỐC



Nguyễn Văn Nam
"""

WARD = """ỦY BAN NHÂN DÂN
PHƯỜNG THÀNH SEN
_______
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________________
Thành Sen, ngày 02 tháng 4 năm 2026

KẾ HOẠCH
Phổ cập kỹ năng số cho người dân trên địa bàn phường năm 2026 và giai đoạn 2026 - 2030

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Hà Tĩnh về phổ cập kỹ năng số cho người dân, Ủy ban nhân dân phường Thành Sen ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Tổ chức thực hiện có hiệu quả các nhiệm vụ UBND tỉnh giao cho chính quyền cấp xã tại Kế hoạch số 45/KH-UBND.

II. CHỈ TIÊU
1. 100% tổ dân phố trên địa bàn phường được rà soát, thành lập Tổ công nghệ số cộng đồng trong năm 2026.
2. Trong năm 2027, phấn đấu 75% hộ gia đình trên địa bàn có ít nhất 01 thành viên sử dụng thành thạo dịch vụ công trực tuyến.
3. 60% người dân trong độ tuổi lao động trên địa bàn phường có kỹ năng số cơ bản vào năm 2027; 85% vào năm 2030.

III. NHIỆM VỤ, GIẢI PHÁP
1. Phòng Văn hóa - Xã hội
- Chủ trì tham mưu UBND phường triển khai Kế hoạch; hướng dẫn các tổ dân phố thực hiện.
- Tổng hợp, tham mưu UBND phường báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30/11 hằng năm.
2. Công an phường
Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2, hoàn thành trước ngày 30/6/2026.

IV. KINH PHÍ
Từ nguồn ngân sách phường năm 2026 và các nguồn hợp pháp khác.

Nơi nhận:
- Sở Khoa học và Công nghệ (b/c);
- CT, các PCT UBND phường;
- Lưu: VT, VHXH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Lê Thị Hoa
"""


def _plans():
    return (
        parse_text(PROVINCE, path="prov.txt"),
        parse_text(DEPARTMENT, path="so.txt"),
        parse_text(WARD, path="ward.txt"),
    )


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Chủ trì thực hiện các chỉ tiêu tại điểm b, điểm c khoản 2 Mục II Kế hoạch này.", ["b", "c"]),
        ("Chủ trì thực hiện các chỉ tiêu tại điểm d, điểm đ khoản 2 Mục II Kế hoạch này.", ["d", "đ"]),
        ("Phấn đấu hoàn thành các chỉ tiêu nêu tại điểm a, b và c Mục II.", ["a", "b", "c"]),
        ("Thực hiện chỉ tiêu quy định tại điểm đ khoản 2 Mục I Kế hoạch này.", ["đ"]),
        # (a value after "chỉ tiêu" is no indicator's letter)
        ("Bảo đảm chỉ tiêu 95% trẻ em được tiêm chủng.", []),
    ],
)
def test_indicators_named_by_point_letters_are_tied(text, ids):
    assert _indicator_refs(text) == ids


def test_a_body_carrying_indicators_by_point_letters_is_tied_to_them():
    prov, _, _ = _plans()
    ties = {a.agency: a.indicators for a in prov.assignments if a.indicators}
    assert ties == {"Sở Khoa học và Công nghệ": ["a", "c"], "UBND các xã, phường": ["d", "đ"]}


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        # 55% → 60% (2027) and 80% → 85% (2030), B adding "trên địa bàn phường"
        ("c", "3", "stricter"),
        ("a", "2", "stricter"),
        ("d", "1", None),
    ],
)
def test_a_floor_raised_for_the_same_year_is_stricter_not_dropped(a, b, verdict):
    prov, _, ward = _plans()
    row = next(r for r in diff_plans(prov, ward).indicators if r["a"] == a)
    assert row["b"] == b
    assert row["verdict"] == verdict
    assert row["dropped"] == []


@pytest.mark.parametrize(
    ("opening", "covered", "by"),
    [
        ("Chủ trì thực hiện các chỉ tiêu tại điểm d, điểm đ", True, ["d"]),
        ("Chủ trì thực hiện các chỉ tiêu tại điểm a, điểm c", True, ["a", "c"]),
    ],
)
def test_a_task_of_carrying_out_indicators_is_covered_by_setting_them(opening, covered, by):
    prov, _, ward = _plans()
    m = next(m for m in diff_plans(prov, ward).tasks.a_to_b if m.text.startswith(opening))
    assert (m.covered, m.by_indicators) == (covered, by)


def test_a_unit_of_bs_issuer_is_no_change_of_lead():
    prov, so, _ = _plans()
    d = diff_plans(prov, so)
    changes = [c for m in d.tasks.a_to_b + d.tasks.b_to_a for c in (m.lead_changes or [])]
    assert changes == []


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Phòng Chuyển đổi số", True),
        ("Phòng Kế hoạch - Tài chính", True),
        ("Văn phòng Sở", True),
        ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", True),
        # a unit of another body or place, another department's centre
        ("Phòng Cảnh sát giao thông Công an tỉnh", False),
        ("Văn phòng UBND tỉnh", False),
        ("Trung tâm Kiểm soát bệnh tật tỉnh", False),
    ],
)
def test_the_units_of_a_departments_plan(name, unit):
    from khtool.diff import _issuer_units

    text = DEPARTMENT.replace("2. Phòng Kế hoạch - Tài chính", f"2. {name}")
    units = _issuer_units(parse_text(text, path="so.txt"))
    assert (units.get(fold(name)) == "Sở Khoa học và Công nghệ") is unit


@pytest.mark.parametrize(
    ("opening", "covered"),
    [
        # Sở Tài chính's tasks: the Sở's own estimate is no carrying out of them
        ("Bố trí kinh phí thực hiện Kế hoạch", False),
        ("Tham mưu UBND tỉnh bố trí kinh phí", False),
        # the Sở's own tasks, done by its divisions
        ("Tổ chức phổ biến Kế hoạch này", True),
        ("Chủ trì tổng hợp, báo cáo UBND tỉnh", True),
    ],
)
def test_another_bodys_task_is_not_covered_by_bs_own_wording(opening, covered):
    prov, so, _ = _plans()
    m = next(m for m in diff_plans(prov, so).tasks.a_to_b if m.text.startswith(opening))
    assert m.covered is covered


@pytest.mark.parametrize(
    ("score", "text", "other_body", "covered"),
    [
        (0.30, "Đẩy mạnh truyền thông về phổ cập kỹ năng số trên báo chí và mạng xã hội", False, True),
        (0.31, "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến", False, True),
        # too unlike, two clauses (decided clause by clause), another body's
        (0.27, "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến", False, False),
        (0.30, "Tuyên truyền về kỹ năng số cho người dân; tổ chức lớp bồi dưỡng cho cán bộ cấp xã", False, False),
        (0.30, "Đẩy mạnh truyền thông về phổ cập kỹ năng số trên báo chí và mạng xã hội", True, False),
    ],
)
def test_a_paraphrase_of_bs_own_share_covers_it(score, text, other_body, covered):
    from khtool.diff import TaskDiff, TaskMatch, _own_paraphrases

    m = TaskMatch(text=text, line=40, best="…", best_line=20, score=score, covered=False, other_body=other_body)
    res = TaskDiff(a_to_b=[m], tasks_a_of_b=1)
    _own_paraphrases(res, lower=False)
    assert m.covered is covered


def test_a_targets_time_frame_is_no_deadline():
    _, _, ward = _plans()
    assert [d.text for d in ward.deadlines] == ["trước ngày 30/11", "trước ngày 30/6/2026"]
