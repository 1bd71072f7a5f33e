"""A task is one duty: a body's ";" clauses and sentences opening with their
own verbs are tasks apart (a verb's list of objects, a role "chủ trì, phối
hợp với …", a clause giving only the time, a colon's list stay one); the
lower governments of one kind only ("UBND các phường") keep that subset as
their canonical name; a part heading that only names the plan's frame
("TỔ CHỨC THỰC HIỆN") is not glued to its one paragraph's task. Texts
written for these tests."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.agencies import classify_agency
from khtool.diff import task_items

WARD = (
    "ỦY BAN NHÂN DÂN\nXÃ HƯNG NGUYÊN\nSố: 61/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHưng Nguyên, ngày 12 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
    "Tổng rà soát hộ nghèo, hộ cận nghèo năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nXác định đúng đối tượng hộ nghèo, hộ cận nghèo.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
)


def _tasks(item: str) -> dict[str, list[str]]:
    doc = parse_text(WARD + item + "\nNơi nhận:\n- Lưu: VT.\n", path="x.txt")
    out: dict[str, list[str]] = {}
    for a in doc.assignments:
        out.setdefault(a.agency, []).extend(t.text for t in a.tasks)
    return out


@pytest.mark.parametrize(
    ("item", "body", "tasks"),
    [
        # ";" clauses each with its own verb, and a sentence after them: three duties
        (
            "1. Phòng Văn hóa - Xã hội: là cơ quan thường trực, chủ trì tham mưu UBND xã triển khai Kế hoạch;"
            " phân công công chức lao động thu thập phiếu rà soát tại các thôn. Tổng hợp, báo cáo kết quả"
            " về UBND xã trước ngày 20/5/2026.\n",
            "Phòng Văn hóa - Xã hội",
            [
                "là cơ quan thường trực, chủ trì tham mưu UBND xã triển khai Kế hoạch",
                "phân công công chức lao động thu thập phiếu rà soát tại các thôn.",
                "Tổng hợp, báo cáo kết quả về UBND xã trước ngày 20/5/2026.",
            ],
        ),
        # "tuyên truyền, vận động …; kiểm tra, đôn đốc …": two (each verb pair one duty)
        (
            "1. Công an xã: tuyên truyền, vận động người dân kê khai đúng thông tin; kiểm tra, đôn đốc"
            " các thôn hoàn thành việc đối chiếu dữ liệu dân cư.\n",
            "Công an xã",
            [
                "tuyên truyền, vận động người dân kê khai đúng thông tin",
                "kiểm tra, đôn đốc các thôn hoàn thành việc đối chiếu dữ liệu dân cư.",
            ],
        ),
        # a list of objects after one verb, and a clause giving only the time: one duty
        (
            "1. Văn phòng HĐND và UBND xã: bố trí kinh phí in phiếu; sổ theo dõi; văn phòng phẩm phục vụ"
            " rà soát; hoàn thành trước ngày 30/4/2026.\n",
            "Văn phòng HĐND và UBND xã",
            ["bố trí kinh phí in phiếu; sổ theo dõi; văn phòng phẩm phục vụ rà soát; hoàn thành trước ngày 30/4/2026."],
        ),
        # the items of a colon's list are its lead-in's objects: one duty
        (
            "1. Trưởng các thôn: thực hiện các nội dung sau: lập danh sách hộ; niêm yết công khai kết quả"
            " tại nhà văn hóa thôn.\n",
            "Trưởng các thôn",
            ["thực hiện các nội dung sau: lập danh sách hộ; niêm yết công khai kết quả tại nhà văn hóa thôn."],
        ),
    ],
)
def test_each_duty_of_a_bodys_item_is_a_task(item, body, tasks):
    got = _tasks(item)
    assert got.get(body) == tasks, got


def test_a_lead_working_with_others_is_one_task_with_its_role():
    # "chủ trì, phối hợp với …" is the lead's role over one duty, not two tasks
    got = _tasks(
        "1. Phòng Kinh tế: chủ trì, phối hợp với Công an xã rà soát hiện trạng nhà ở của hộ nghèo.\n"
        "2. Công an xã: cung cấp dữ liệu dân cư cho Phòng Kinh tế.\n"
    )
    assert got["Phòng Kinh tế"] == ["chủ trì, phối hợp với Công an xã rà soát hiện trạng nhà ở của hộ nghèo."], got


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("UBND các phường", "UBND các phường"),
        ("Ủy ban nhân dân các xã", "UBND các xã"),
        ("Chủ tịch UBND các xã", "UBND các xã"),
        ("UBND các xã, phường", "UBND cấp xã"),
        ("Ủy ban nhân dân các xã, thị trấn", "UBND cấp xã"),
        ("UBND các huyện, thành phố", "UBND cấp huyện"),
    ],
)
def test_lower_governments_of_one_kind_keep_their_subset(name, canonical):
    hit = classify_agency(name, "province")
    assert hit is not None and hit.canonical == canonical


PROVINCE_TABLE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 77/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nNghệ An, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
    "Chỉnh lý bản đồ địa chính năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\nHoàn thiện hồ sơ địa chính.\n\n"
    "II. NHIỆM VỤ CỤ THỂ\n\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Rà soát hồ sơ địa chính toàn tỉnh | Sở Nông nghiệp và Môi trường | UBND các xã, phường | Tháng 6/2026 |\n"
    "| 2 | Chỉnh lý bản đồ địa chính của 20 phường | Sở Nông nghiệp và Môi trường | UBND các phường | Tháng 9/2026 |\n"
    "| 3 | Chỉnh lý bản đồ địa chính của 110 xã | Sở Nông nghiệp và Môi trường | UBND các xã | Tháng 12/2026 |\n"
    "\nNơi nhận:\n- Lưu: VT.\n"
)


def test_a_subset_of_lower_governments_supports_under_its_own_name():
    doc = parse_text(PROVINCE_TABLE, path="x.txt")
    support = {a.agency: a.canonical for a in doc.assignments if a.role == "support"}
    assert support.get("UBND các phường") == "UBND các phường", support
    assert support.get("UBND các xã") == "UBND các xã", support


DEPARTMENT = (
    "SỞ Y TẾ\nTỈNH HÀ TĨNH\nSố: 310/KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Tĩnh, ngày 05 tháng 5 năm 2026\n\nKẾ HOẠCH\n"
    "Kiểm tra an toàn thực phẩm tại bếp ăn tập thể năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nPhát hiện kịp thời các vi phạm về an toàn thực phẩm.\n\n"
    "II. CÔNG TÁC KIỂM TRA\nThanh tra Sở chủ trì kiểm tra các bếp ăn tập thể của khu công nghiệp trong quý III/2026.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\nTrưởng các phòng, Thủ trưởng các đơn vị trực thuộc Sở triển khai thực hiện;"
    " báo cáo kết quả về Văn phòng Sở trước ngày 20 hằng tháng.\n\nNơi nhận:\n- Lưu: VT.\n"
)


def test_a_frame_heading_is_not_glued_to_its_paragraph():
    items = [text for text, _ in task_items(parse_text(DEPARTMENT, path="x.txt"))]
    assert any(t.startswith("Trưởng các phòng, Thủ trưởng các đơn vị") for t in items), items
    assert not any("TỔ CHỨC THỰC HIỆN" in t for t in items), items
    # a topic's heading says what the work is: it stays with its paragraph
    assert any(t.startswith("CÔNG TÁC KIỂM TRA: Thanh tra Sở") for t in items), items
