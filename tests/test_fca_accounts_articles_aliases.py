"""Citations in texts giving an account of work and in news articles: a
report (a submission, minutes, a notice) carries out no plan it names, only
the instruction asking for it; a passive agent after the number names a cited
document's issuer, and an article's undated citation takes the date the next
sentence gives it (or, issued "vừa", the dateline's year); a plan named by
its vehicle, "Kế hoạch ban hành kèm theo Quyết định số X", is carried out
through X; a short form of words alone ("Kế hoạch của UBND tỉnh", "Đề án")
resolves its later uses, not the same words naming another document. Texts
written for these tests."""

from __future__ import annotations

import pytest

from khtool import parse_text

_HEAD = """ỦY BAN NHÂN DÂN
{unit}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 05 tháng 12 năm 2026

{kind}
{title}

"""
_FOOT = """
Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Nam
"""

REPORT = (
    _HEAD.format(
        unit="PHƯỜNG BẾN THỦY",
        number="88/BC-UBND",
        place="Bến Thủy",
        kind="BÁO CÁO",
        title="Kết quả thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh về phát triển kinh tế tập thể năm 2026",
    )
    + (
        "Kính gửi: Sở Tài chính tỉnh Nghệ An.\n\n"
        "Thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh về phát triển kinh tế tập thể năm 2026 "
        "và Văn bản số 2210/UBND-KT ngày 20/11/2026 của UBND tỉnh về việc báo cáo kết quả thực hiện Kế hoạch "
        "số 64/KH-UBND, UBND phường Bến Thủy báo cáo kết quả như sau:\n\n"
        "I. KẾT QUẢ THỰC HIỆN\n"
        "Trên địa bàn phường có 12 hợp tác xã đang hoạt động, tăng 2 hợp tác xã so với năm 2025.\n\n"
        "II. KIẾN NGHỊ\nĐề nghị Sở Tài chính tổ chức tập huấn cho cán bộ quản lý hợp tác xã.\n"
    )
    + _FOOT
)

# a report on a plan issued by a decision, answering a công điện
REPORT_ON_DECISION = (
    _HEAD.format(
        unit="XÃ QUỲNH LƯU",
        number="61/BC-UBND",
        place="Quỳnh Lưu",
        kind="BÁO CÁO",
        title="Sơ kết 6 tháng công tác phòng, chống thiên tai năm 2026",
    )
    + (
        "Thực hiện Quyết định số 410/QĐ-UBND ngày 02/3/2026 của UBND tỉnh ban hành Kế hoạch phòng, chống thiên "
        "tai năm 2026 và Công điện số 07/CĐ-UBND ngày 10/6/2026 của Chủ tịch UBND tỉnh, UBND xã Quỳnh Lưu báo "
        "cáo như sau:\n\n"
        "I. KẾT QUẢ\nĐã tổ chức diễn tập tại 3 thôn.\n"
    )
    + _FOOT
)

SUBMISSION = (
    _HEAD.format(
        unit="XÃ YÊN THÀNH",
        number="15/TTr-UBND",
        place="Yên Thành",
        kind="TỜ TRÌNH",
        title="Về việc đề nghị phê duyệt danh mục mô hình kinh tế tập thể năm 2027",
    )
    + (
        "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.\n\n"
        "Thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh về phát triển kinh tế tập thể năm 2026, "
        "UBND xã Yên Thành kính trình UBND tỉnh xem xét, phê duyệt danh mục mô hình như sau:\n\n"
        "1. Mô hình hợp tác xã trồng cam.\n"
    )
    + _FOOT
)

# a notice of an inspection's results, the plan it followed approved by a decision
NOTICE_ON_APPROVED_PLAN = (
    _HEAD.format(
        unit="XÃ DIỄN CHÂU",
        number="40/TB-UBND",
        place="Diễn Châu",
        kind="THÔNG BÁO",
        title="Kết quả kiểm tra an toàn thực phẩm dịp Tết Nguyên đán",
    )
    + (
        "Thực hiện Kế hoạch kiểm tra số 205/KH-ĐKT ngày 10/3/2026 đã được Chủ tịch UBND xã phê duyệt tại Quyết "
        "định số 310/QĐ-UBND ngày 12/3/2026, UBND xã thông báo kết quả kiểm tra như sau:\n\n"
        "1. Kết quả kiểm tra\nCác cơ sở cơ bản chấp hành quy định.\n"
    )
    + _FOOT
)

# a notice carrying out the plan's own action (RV13 #3): it carries it out
RECRUITMENT_NOTICE = (
    _HEAD.format(
        unit="XÃ HƯNG NGUYÊN",
        number="27/TB-UBND",
        place="Hưng Nguyên",
        kind="THÔNG BÁO",
        title="Tuyển dụng viên chức năm 2026",
    )
    + (
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 20/10/2026 của UBND xã về tuyển dụng viên chức năm 2026, "
        "Ủy ban nhân dân xã Hưng Nguyên thông báo tuyển dụng viên chức như sau:\n\n"
        "1. Số lượng cần tuyển: 05 chỉ tiêu.\n"
    )
    + _FOOT
)

# an invitation to the conference launching a plan carries it out too
LAUNCH_INVITATION = (
    _HEAD.format(
        unit="XÃ HƯNG NGUYÊN",
        number="31/GM-UBND",
        place="Hưng Nguyên",
        kind="GIẤY MỜI",
        title="Dự Hội nghị triển khai công tác chuyển đổi số năm 2027",
    )
    + (
        "Thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh về chuyển đổi số, UBND xã tổ chức "
        "Hội nghị triển khai công tác chuyển đổi số năm 2027.\n"
        "Thời gian: 08 giờ 00 phút, ngày 10/12/2026.\n"
    )
    + _FOOT
)

# a conclusion notice, its kind on the type line ("THÔNG BÁO KẾT LUẬN"),
# the title "của …": an account
CONCLUSION_NOTICE = (
    _HEAD.format(
        unit="XÃ HƯNG NGUYÊN",
        number="33/TB-UBND",
        place="Hưng Nguyên",
        kind="THÔNG BÁO KẾT LUẬN",
        title="của Chủ tịch UBND xã tại cuộc họp giao ban tháng 11 năm 2026",
    )
    + (
        "Thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh về phát triển kinh tế tập thể năm 2026, "
        "ngày 02/12/2026 UBND xã họp đánh giá tiến độ; Chủ tịch UBND xã chỉ đạo như sau:\n\n"
        "1. Giao Phòng Kinh tế hoàn thành hồ sơ trước ngày 15/12/2026.\n"
    )
    + _FOOT
)

# a notice of results, its title saying nothing: its opening does
RESULTS_NOTICE = (
    _HEAD.format(
        unit="XÃ HƯNG NGUYÊN",
        number="35/TB-UBND",
        place="Hưng Nguyên",
        kind="THÔNG BÁO",
        title="Về việc kiểm tra cơ sở kinh doanh dịp cuối năm",
    )
    + (
        "Thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh về phát triển kinh tế tập thể năm 2026, "
        "UBND xã thông báo kết quả kiểm tra như sau:\n\n"
        "1. Các cơ sở cơ bản chấp hành quy định.\n"
    )
    + _FOOT
)

# a plan opening the same way carries the plan out
PLAN = (
    _HEAD.format(
        unit="PHƯỜNG BẾN THỦY",
        number="12/KH-UBND",
        place="Bến Thủy",
        kind="KẾ HOẠCH",
        title="Phát triển kinh tế tập thể trên địa bàn phường năm 2026",
    )
    + (
        "Thực hiện Kế hoạch số 64/KH-UBND ngày 18/02/2026 của UBND tỉnh về phát triển kinh tế tập thể năm 2026 "
        "và Văn bản số 2210/UBND-KT ngày 20/11/2026 của UBND tỉnh, UBND phường Bến Thủy ban hành Kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nPhát triển hợp tác xã gắn với chuỗi giá trị.\n"
    )
    + _FOOT
)


def _relations(text: str) -> dict[str, str]:
    return {c.number or "": c.relation for c in parse_text(text).citations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REPORT, {"64/KH-UBND": "mention", "2210/UBND-KT": "implements"}),
        (REPORT_ON_DECISION, {"410/QĐ-UBND": "mention", "07/CĐ-UBND": "implements"}),
        (SUBMISSION, {"64/KH-UBND": "mention"}),
        (NOTICE_ON_APPROVED_PLAN, {"205/KH-ĐKT": "mention", "310/QĐ-UBND": "mention"}),
        (PLAN, {"64/KH-UBND": "implements", "2210/UBND-KT": "implements"}),
        (RECRUITMENT_NOTICE, {"12/KH-UBND": "implements"}),
        (LAUNCH_INVITATION, {"64/KH-UBND": "implements"}),
        (CONCLUSION_NOTICE, {"64/KH-UBND": "mention"}),
        (RESULTS_NOTICE, {"64/KH-UBND": "mention"}),
    ],
    ids=[
        "report-plan-and-letter",
        "report-decision-issuing-a-plan",
        "submission",
        "notice-approved-plan",
        "plan-control",
        "notice-carrying-out",
        "invitation-carrying-out",
        "conclusion-notice-type-line",
        "results-notice-opening",
    ],
)
def test_an_account_carries_out_no_plan(text: str, expected: dict[str, str]) -> None:
    got = _relations(text)
    assert {k: got.get(k) for k in expected} == expected


ARTICLE = """Xã Nghĩa Đàn ra quân làm sạch dữ liệu đất đai

20/05/2026 08:15

(Báo Nghệ An) - Kế hoạch số 41/KH-UBND vừa được UBND xã Nghĩa Đàn ban hành đặt mục tiêu hoàn thành chỉnh lý hồ sơ địa chính cho 100% thửa đất trên địa bàn.

{second}Theo kế hoạch, Công an xã phối hợp rà soát thông tin chủ sử dụng đất.

Ông Trần Văn Hải, Chủ tịch UBND xã cho biết xã sẽ hoàn thành trong quý III.

Minh Châu

Tin liên quan
Nghệ An đẩy mạnh số hóa hồ sơ địa chính
"""
_DATED = "Kế hoạch được ban hành ngày 12/5/2026 nhằm triển khai Kế hoạch số 77/KH-UBND ngày 02/4/2026 của UBND tỉnh. "


@pytest.mark.parametrize(
    ("text", "issuer", "date", "year"),
    [
        (ARTICLE.format(second=_DATED), "UBND xã Nghĩa Đàn", "2026-05-12", 2026),
        # "vừa … ban hành", no date in the passage: the dateline's year
        (ARTICLE.format(second=""), "UBND xã Nghĩa Đàn", None, 2026),
        # issued at no time the text says: no year
        (ARTICLE.format(second="").replace("vừa được", "được"), "UBND xã Nghĩa Đàn", None, None),
        # the next sentence dates another kind of text: not this one
        (
            ARTICLE.format(
                second="Quyết định được ban hành ngày 12/5/2026 về việc kiện toàn Tổ công tác. "
            ),
            "UBND xã Nghĩa Đàn",
            None,
            2026,
        ),
    ],
    ids=["next-sentence-date", "just-issued", "undated", "other-kind-dated"],
)
def test_an_articles_citation_issuer_and_date(
    text: str, issuer: str, date: str | None, year: int | None
) -> None:
    doc = parse_text(text)
    assert doc.kind == "article"
    c = next(c for c in doc.citations if c.number == "41/KH-UBND")
    assert (c.issuer, c.date, c.year, c.relation) == (issuer, date, year, "mention")


@pytest.mark.parametrize(
    ("text", "number", "issuer"),
    [
        (
            "Thực hiện Kế hoạch số 41/KH-UBND đã được UBND tỉnh Nghệ An ban hành, Sở Tài chính hướng dẫn như sau.",
            "41/KH-UBND",
            "UBND tỉnh Nghệ An",
        ),
        # the agent of another verb carries the document out, it did not issue it
        ("Kế hoạch số 41/KH-UBND được Sở Tài chính triển khai đến các xã.", "41/KH-UBND", None),
        # the approver of what another drew up
        (
            "Thực hiện Kế hoạch kiểm tra số 205/KH-ĐKT ngày 10/3/2026 đã được Giám đốc Sở Xây dựng phê duyệt "
            "tại Quyết định số 310/QĐ-SXD ngày 12/3/2026, Đoàn kiểm tra thông báo như sau.",
            "205/KH-ĐKT",
            None,
        ),
    ],
    ids=["passive-issuer", "passive-implementer", "passive-approver"],
)
def test_a_passive_agent_names_the_issuer(text: str, number: str, issuer: str | None) -> None:
    c = next(c for c in parse_text(text).citations if c.number == number)
    assert c.issuer == issuer


DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 512/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 15 tháng 6 năm 2026

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch phát triển du lịch cộng đồng tỉnh Lâm Đồng năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 77/TTr-SVHTTDL ngày 05/6/2026.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng tỉnh Lâm Đồng năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Bình

ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG

KẾ HOẠCH
Phát triển du lịch cộng đồng tỉnh Lâm Đồng năm 2026
(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 15 tháng 6 năm 2026 của Chủ tịch UBND tỉnh Lâm Đồng)

I. MỤC ĐÍCH, YÊU CẦU
1. {purpose} Quyết định số 930/QĐ-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch trên địa bàn tỉnh.
2. Phát huy giá trị văn hóa của đồng bào dân tộc thiểu số.

II. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch chủ trì triển khai Kế hoạch này.
"""


@pytest.mark.parametrize(
    ("purpose", "relation"),
    [
        ("Triển khai kịp thời, hiệu quả Chương trình ban hành kèm theo", "implements"),
        ("Triển khai có hiệu quả Kế hoạch ban hành kèm theo", "implements"),
        ("Thực hiện nghiêm túc và đồng bộ Đề án được phê duyệt tại", "implements"),
        # a part of it reached through a preposition stays a mention
        ("Tham khảo Phụ lục I kèm theo", "mention"),
    ],
    ids=["manner-comma", "co-hieu-qua", "manner-and-approved", "appendix-mention"],
)
def test_a_plan_named_by_its_vehicle(purpose: str, relation: str) -> None:
    doc = parse_text(DECISION_WITH_PLAN.format(purpose=purpose))
    (plan,) = doc.attachments
    c = next(c for c in plan.citations if c.number == "930/QĐ-BVHTTDL")
    assert c.relation == relation


WARD_PLAN = """ỦY BAN NHÂN DÂN
XÃ ĐỨC TRỌNG
Số: 23/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Trọng, ngày 02 tháng 7 năm 2026

KẾ HOẠCH
Phát triển du lịch cộng đồng năm 2026 trên địa bàn xã

Thực hiện {cited} ({alias}), UBND xã Đức Trọng ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
- {use_1}
- Thực hiện Kế hoạch của UBND tỉnh số 140/KH-UBND ngày 20/6/2026 về phát triển nông nghiệp hữu cơ.

II. NHIỆM VỤ
1. Công chức Văn hóa - Xã hội chủ trì xây dựng 02 mô hình du lịch cộng đồng, hoàn thành trước ngày 30/9/2026.
2. {use_2}

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phạm Văn Tâm
"""
_BY_DECISION = (
    "Quyết định số 512/QĐ-UBND ngày 15/6/2026 của Chủ tịch UBND tỉnh Lâm Đồng về việc ban hành Kế hoạch phát "
    "triển du lịch cộng đồng tỉnh Lâm Đồng năm 2026"
)
_APPROVING = (
    "Quyết định số 930/QĐ-TTg ngày 10/5/2026 của Thủ tướng Chính phủ phê duyệt Đề án phát triển du lịch "
    "cộng đồng gắn với xây dựng nông thôn mới"
)


@pytest.mark.parametrize(
    ("cited", "alias", "use_1", "use_2", "number", "uses"),
    [
        (
            _BY_DECISION,
            "sau đây gọi tắt là Kế hoạch của UBND tỉnh",
            "Cụ thể hóa các nhiệm vụ được giao tại Kế hoạch của UBND tỉnh phù hợp với điều kiện của xã.",
            "Báo cáo kết quả thực hiện Kế hoạch của UBND tỉnh về Sở Văn hóa trước ngày 10/12/2026.",
            "512/QĐ-UBND",
            2,  # (not "Kế hoạch của UBND tỉnh số 140/KH-UBND", another plan)
        ),
        (
            _APPROVING,
            "sau đây gọi là Đề án",
            "Triển khai Đề án trên địa bàn xã, gắn với chương trình mục tiêu quốc gia.",
            # the same words naming another đề án, and the word in lower case: no use
            "Xây dựng Đề án phát triển làng nghề của xã; lồng ghép các đề án khác.",
            "930/QĐ-TTg",
            1,
        ),
    ],
    ids=["issuer-words", "type-word-alone"],
)
def test_a_short_form_of_words_alone(
    cited: str, alias: str, use_1: str, use_2: str, number: str, uses: int
) -> None:
    doc = parse_text(WARD_PLAN.format(cited=cited, alias=alias, use_1=use_1, use_2=use_2))
    c = next(c for c in doc.citations if c.number == number)
    assert c.aliases == [alias.split(" là ", 1)[1]]
    assert sum(1 for m in c.mentions if m.via_alias) == uses
    assert c.relation == "implements"


@pytest.mark.parametrize(
    ("second", "province"),
    [
        (_DATED, "Tỉnh Nghệ An"),
        # the communes it cites lie in two provinces: no province of its own
        (
            "Cách làm này học tập Kế hoạch số 15/KH-UBND vừa được UBND xã Mường Khương ban hành. "
            "Kế hoạch số 77/KH-UBND ngày 02/4/2026 của UBND tỉnh được quán triệt đến các thôn. ",
            None,
        ),
    ],
    ids=["one-province", "two-provinces"],
)
def test_an_articles_province_is_its_communes(second: str, province: str | None) -> None:
    doc = parse_text(ARTICLE.format(second=second))
    c = next(c for c in doc.citations if c.number == "77/KH-UBND")
    assert (c.issuer_locality.province if c.issuer_locality else None) == province
    if province:
        ward = next(c for c in doc.citations if c.number == "41/KH-UBND")
        assert ward.issuer_locality is not None
        assert (ward.issuer_locality.new_ward, ward.issuer_locality.new_province) == (
            "Xã Nghĩa Đàn",
            province,
        )
