"""Review RV16 of audit48's fixes: a committee's lead-in only the issuer's
and forward-looking (RV16-1); "phấn đấu" + a period before a task verb is the
task's deadline (RV16-2); ongoing duties compared by their tasks, not by the
words "thực hiện thường xuyên" (RV16-4); residential units from one table
(RV16-11); a Party cell's body named as written (RV16-6)."""

from __future__ import annotations

import pytest

from khtool import diff_plans, parse_text
from khtool import patterns as P
from khtool.agencies import classify_agency

_PARTY = (
    "ĐẢNG BỘ TỈNH {province}                    ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "{issuer}\n"
    "      *                          {place}, ngày {day} tháng {month} năm 2026\n"
    "  Số {number}\n\n"
    "{kind}\n"
    "{title}\n"
    "-----\n\n"
)


def _party(body: str, *, issuer: str, kind: str, number: str, day: int, month: int, title: str) -> str:
    return _PARTY.format(
        province="NGHỆ AN", issuer=issuer, place="Nghi Lộc", day=day, month=month, number=number, kind=kind, title=title
    ) + body


def _agencies(text: str) -> set[str]:
    return {a.agency for a in parse_text(text).assignments}


# RV16-1: the lead-in gives its bullets' bodies tasks only when the committee
# is the issuer's (or its standing organ's), the opening phrase does not look
# back, and, in a report, it stands in the part on what is to be done.
_REPORT_BODY = (
    "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n"
    "1. {lead}\n"
    "- Ban Tuyên giáo Huyện ủy biên soạn tài liệu học tập, hoàn thành trong tháng 5/2026.\n"
    "- Các chi bộ trực thuộc kiện toàn cấp ủy; đến nay đã kiện toàn 14 chi bộ.\n"
    "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
    "1. Thời gian tới, Ban Thường vụ Đảng ủy xã yêu cầu:\n"
    "- Ủy ban nhân dân xã chuyển đổi số hồ sơ hành chính, hoàn thành trong quý II/2027.\n\n"
    "T/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Sơn\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Năm qua, Ban Thường vụ Đảng ủy xã chỉ đạo:",
        "Ban Thường vụ Đảng ủy xã yêu cầu:",  # (in the results part: told)
        "Thời gian qua, Ban Thường vụ Đảng ủy xã đã chỉ đạo:",
    ],
)
def test_a_reports_told_lead_in_gives_no_tasks(lead):
    text = _party(
        _REPORT_BODY.format(lead=lead),
        issuer="ĐẢNG ỦY XÃ NGHI PHONG",
        kind="BÁO CÁO",
        number="87-BC/ĐU",
        day=18,
        month=12,
        title="tổng kết công tác xây dựng Đảng năm 2026",
    )
    found = _agencies(text)
    assert "Ban Tuyên giáo Huyện ủy" not in found and "Các chi bộ trực thuộc" not in found
    assert "Ủy ban nhân dân xã" in found  # (its forward part's lead-in gives the task)


_NOTICE_BODY = (
    "Ngày 10/8/2026, Ban Thường vụ Đảng ủy xã họp nghe báo cáo. Ban Thường vụ Đảng ủy xã kết luận như sau:\n\n"
    "1. {lead}\n"
    "- Ban Tổ chức Tỉnh ủy thẩm định đề án vị trí việc làm trước ngày 30/10/2026.\n"
    "- Sở Tài chính bố trí kinh phí chuyển đổi số trước ngày 20/11/2026.\n\n"
    "2. Trong thời gian tới, Ban Thường vụ Đảng ủy xã yêu cầu:\n"
    "- Ủy ban Kiểm tra Đảng ủy xã giám sát 06 chi bộ trong quý IV/2026.\n\n"
    "Văn phòng Đảng ủy thông báo để các chi bộ biết, thực hiện.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nHồ Thị Mai\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Tại Thông báo số 95-TB/TU ngày 02/8/2026, Ban Thường vụ Tỉnh ủy yêu cầu:",
        "Ban Thường vụ Tỉnh ủy yêu cầu:",  # (another committee: the province's)
        "Năm 2025, Ban Thường vụ Đảng ủy xã giao:",
    ],
)
def test_another_committees_or_a_past_lead_in_is_retold(lead):
    text = _party(
        _NOTICE_BODY.format(lead=lead),
        issuer="ĐẢNG ỦY XÃ NGHI PHONG",
        kind="THÔNG BÁO KẾT LUẬN",
        number="52-TB/ĐU",
        day=15,
        month=8,
        title="của Ban Thường vụ Đảng ủy xã về cải cách hành chính",
    )
    found = _agencies(text)
    assert not found & {"Ban Tổ chức Tỉnh ủy", "Sở Tài chính", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Đảng ủy xã"}
    assert any(a.startswith("Ủy ban Kiểm tra") for a in found)


def test_the_issuers_forward_lead_in_still_gives_tasks():
    text = _party(
        _NOTICE_BODY.format(lead="Năm 2027, Ban Thường vụ Đảng ủy xã giao:"),
        issuer="ĐẢNG ỦY XÃ NGHI PHONG",
        kind="THÔNG BÁO KẾT LUẬN",
        number="52-TB/ĐU",
        day=15,
        month=8,
        title="của Ban Thường vụ Đảng ủy xã về cải cách hành chính",
    )
    assert {"Ban Tổ chức Tỉnh ủy", "Sở Tài chính"} <= _agencies(text)


# RV16-2: with no comma after the period, a task's verb after it makes the
# period the task's deadline; a measure after it, the target's time.
_PLAN = (
    "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHƯỜNG HƯNG DŨNG                   Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 33/KH-UBND                     Vinh, ngày 05 tháng 01 năm 2026\n\n"
    "KẾ HOẠCH\nThực hiện nhiệm vụ trọng tâm năm 2026\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm hiệu quả.\nII. NHIỆM VỤ, GIẢI PHÁP\n1. {item}\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND phường theo dõi, đôn đốc thực hiện Kế hoạch.\n"
)


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("Công an phường phấn đấu trong quý III/2026 hoàn thành thu nhận hồ sơ cho 100% người dân đủ tuổi.", (2026, 9)),
        ("Trạm Y tế phường phấn đấu đến hết tháng 8/2026 tổ chức tiêm nhắc cho trên 300 trẻ.", (2026, 8)),
        ("Phòng Kinh tế phấn đấu trước tháng 10/2026 cấp giấy chứng nhận cho 95% hộ kinh doanh.", (2026, 10)),
    ],
)
def test_phan_dau_period_before_a_task_verb_is_its_deadline(item, due):
    d = parse_text(_PLAN.format(item=item))
    assert due in {(x.year, x.month) for x in d.deadlines}


def test_phan_dau_period_before_a_measure_is_the_targets_time():
    d = parse_text(_PLAN.format(item="Đẩy mạnh tiêm chủng; phấn đấu đến cuối năm 2026 tỷ lệ trẻ được tiêm đủ mũi đạt trên 98%."))
    assert (2026, 12) not in {(x.year, x.month) for x in d.deadlines}


# RV16-4: undated ongoing duties are one only when their tasks match; A's of
# bodies above B's level are above_b_level.
_PROVINCE = (
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 77/KH-UBND\nNghệ An, ngày 12 tháng 2 năm 2026\n\nKẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2026\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\nHướng dẫn xử lý chất thải chăn nuôi tại các trang trại; thực hiện thường xuyên.\n"
    "2. Sở Khoa học và Công nghệ\nCập nhật bản đồ dịch tễ trên nền tảng số; thực hiện thường xuyên.\n"
    "3. Ủy ban nhân dân các xã, phường\n- Xây dựng kế hoạch của địa phương, hoàn thành trước ngày 15/3/2026.\n"
)
_WARD = (
    "ỦY BAN NHÂN DÂN\nPHƯỜNG HƯNG DŨNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Số: 21/KH-UBND\nVinh, ngày 01 tháng 3 năm 2026\n\nKẾ HOẠCH\nPhòng, chống sốt xuất huyết trên địa bàn phường năm 2026\n\n"
    "Thực hiện Kế hoạch số 77/KH-UBND ngày 12/2/2026 của Ủy ban nhân dân tỉnh Nghệ An, Ủy ban nhân dân phường ban hành Kế hoạch như sau:\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\nPhát tờ rơi hướng dẫn diệt lăng quăng tại các khu trọ; thực hiện thường xuyên.\n"
    "2. Trạm Y tế phường\nGiám sát ca bệnh tại cộng đồng, hoàn thành rà soát trước ngày 30/4/2026.\n"
)


def test_unrelated_ongoing_duties_are_not_paired():
    rows = diff_plans(parse_text(_PROVINCE), parse_text(_WARD)).deadlines
    ongoing = sorted(
        (r["status"], (r["a"] or {}).get("line"), (r["b"] or {}).get("line"))
        for r in rows
        if "thường xuyên" in ((r["a"] or {}).get("text") or "") + ((r["b"] or {}).get("text") or "")
    )
    assert [s for s, *_ in ongoing] == ["above_b_level", "above_b_level", "only_b"]


# RV16-11: residential units come from data/organs.json's one table: the
# generic closing's units, the agencies' "Các …", and no Sở read in "sóc".
@pytest.mark.parametrize("unit", ["xóm", "khu dân cư", "khối phố", "khóm", "sóc", "tổ dân cư"])
def test_every_residential_unit_closes_a_generic_list(unit):
    assert P.GENERIC_ADDRESSEES.match(f"các cơ quan, đơn vị, {unit}") is not None


@pytest.mark.parametrize("name", ["Các bản", "Các khu dân cư", "Các tổ dân cư", "Các sóc", "các xóm, khóm"])
def test_residential_units_by_kind_are_the_lower_units(name):
    hit = classify_agency(name, "ward")
    assert hit is not None and hit.sector == "lower_government"


@pytest.mark.parametrize("name", ["Các sở có liên quan", "Các ban, ngành", "Các khu công nghiệp"])
def test_words_folding_like_a_unit_are_not_one(name):
    hit = classify_agency(name, "province")
    assert hit is None or hit.sector != "lower_government"


# RV16-6: a Party cell of a body, not of a residential unit, names the body as written.
@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("CHI BỘ CÔNG AN XÃ", "Chi bộ Công an xã"),
        ("CHI BỘ KHỐI CƠ QUAN", "Chi bộ Khối cơ quan"),
        ("CHI BỘ THÔN TÂN LẬP", "Chi bộ thôn Tân Lập"),
    ],
)
def test_party_cell_names(cell, name):
    text = (
        "ĐẢNG BỘ XÃ NGHI PHONG                        ĐẢNG CỘNG SẢN VIỆT NAM\n"
        f"{cell}\n     *                           Nghi Phong, ngày 04 tháng 6 năm 2026\n  Số 07-KH/CB\n\n"
        "KẾ HOẠCH\nsinh hoạt chuyên đề năm 2026\n-----\n\nI. NHIỆM VỤ\n1. Chi bộ tổ chức sinh hoạt chuyên đề trong tháng 7/2026.\n"
        "\nT/M CHI BỘ\nBÍ THƯ\n\nNguyễn Văn Lợi\n"
    )
    assert parse_text(text).header.issuer.full_name == name
