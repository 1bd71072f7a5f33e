"""Hypothesis strategies for document-like text: headers, numbering, citations
with random damage. Shared by the property and fuzz tests."""

from __future__ import annotations

from hypothesis import strategies as st

ISSUERS = [
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG",
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG",
    "BỘ Y TẾ",
    "TỈNH ỦY SƠN LA",
    "",
    "ỦY BAN NHÂN DÂN\nPHƯỜNG 1",
]
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
TYPES = ["KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "BÁO CÁO", "THÔNG BÁO", ""]
NUMBERS = [
    "7451/KH-UBND",
    "196 /QĐ-UBND",
    "28-CT/TW",
    "160- KH/TU",
    "56/2017/NĐ-CP",
    "",
    "/KH-UBND",
    "1/1/1/1",
    "121/2020/QH14",
]
AGENCIES = [
    "Sở Y tế",
    "Công an tỉnh",
    "Phòng Tư pháp",
    "Trạm Y tế phường",
    "Sở Lao động - Thương binh và Xã hội",
]
WORDS = [
    "triển khai",
    "thực hiện",
    "trẻ em",
    "chăm sóc",
    "giáo dục",
    "bảo vệ",
    "kế hoạch",
    "trên địa bàn",
    "tỉnh",
    "phường",
    "hàng năm",
]

word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=1, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
citation = st.builds(
    lambda kind, num, d, m, y: f"{kind} số {num} ngày {d}/{m}/{y} của Thủ tướng Chính phủ",
    st.sampled_from(["Quyết định", "Kế hoạch", "Chỉ thị", "Nghị định", "Văn bản"]),
    st.sampled_from(NUMBERS),
    st.integers(0, 40),
    st.integers(0, 14),
    st.integers(1990, 2030),
)


def _damage(text: str, data: st.DataObject | None, cuts: list[int]) -> str:
    for c in cuts:
        if 0 <= c < len(text):
            text = text[:c] + text[c + 1 :]
    return text


@st.composite
def document_text(draw: st.DrawFn, *, damaged: bool = True) -> str:
    lines: list[str] = []
    issuer = draw(st.sampled_from(ISSUERS))
    if issuer:
        lines.append(issuer)
    if draw(st.booleans()):
        lines.append(MOTTO)
    num = draw(st.sampled_from(NUMBERS))
    if num:
        lines.append(f"Số: {num}")
    day = draw(st.sampled_from(["27", "", "31", "0"]))
    lines.append(
        f"{draw(st.sampled_from(['Bình Dương', 'Hà Nội', 'Phường 1']))}, ngày {day} tháng {draw(st.integers(0, 13))} năm {draw(st.integers(1990, 2030))}"
    )
    t = draw(st.sampled_from(TYPES))
    if t:
        lines.append(t)
    lines.append(draw(sentence))
    lines.append("Căn cứ " + draw(citation) + ";")
    romans = draw(st.lists(st.sampled_from(["I", "II", "III", "IV", "V", "VI", "III"]), max_size=5))
    for r in romans:
        lines.append(f"{r}. {draw(sentence).upper()}")
        for i in range(1, draw(st.integers(0, 3)) + 1):
            lines.append(f"{i}. {draw(st.sampled_from(AGENCIES))}")
            for _ in range(draw(st.integers(0, 3))):
                lines.append(
                    "- " + draw(sentence) + " " + draw(st.sampled_from(["", draw(citation)]))
                )
    if draw(st.booleans()):
        lines += [
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn An",
        ]
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\n|\n"]))
    text = sep.join(lines)
    if damaged:
        cuts = draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=4))
        text = _damage(text, None, cuts)
        noise = draw(
            st.text(
                alphabet=st.sampled_from(list("|*-–/.:;()0123456789 \t\u00a0\x00ĐđƯư\ufeff\u0301")),
                max_size=30,
            )
        )
        pos = draw(st.integers(0, len(text)))
        text = text[:pos] + noise + text[pos:]
    return text
