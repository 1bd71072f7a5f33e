"""Generate a synthetic national cascade from the gazetteer, with its ground truth.

    python benchmarks/cascade.py OUTDIR --size 1000 [--seed 1] [--short]

One national directive (Chỉ thị 28-CT/TW of the Party's Secretariat, written as
000000_national.txt), then for each year from 2024 on a
plan of every province, of every district and of every ward (10,775 plans a
year, from the gazetteer), until --size documents: 100,000 documents are about
nine yearly cycles. Each plan cites the plan of its parent unit for the same
year in one of several real-world wordings (with or without its date, its
issuer named or only by kind, "Chỉ thị 28" by its short name), is dated
some days to weeks after it, and has a body of realistic length
(about 30 KB for a province, 15 KB for a district, 9 KB for a ward, like the
samples; --short gives 3 KB bodies). Writes OUTDIR/*.txt as it goes and
OUTDIR/truth.json: for each file its number, level, locality and the parent
file it implements.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

# How a plan cites its parent, as real plans do: number, full date and the
# issuer's full name; the date written out; the number alone ("Triển khai Kế
# hoạch 12/KH-UBND"); with a short name; without the date; the issuer by its
# kind only ("của UBND tỉnh", its place the citing plan's own); the date after
# the issuer.
WORDINGS = [
    "Thực hiện {type} số {number} ngày {d}/{m}/{y} của {issuer} về {subject},",
    "Căn cứ {type} số {number} ngày {d} tháng {m} năm {y} của {issuer} về việc {subject};",
    "Triển khai {type} {number}, ngày {d}/{m}/{y} của {issuer},",
    "Thực hiện {type} số {number} ngày {d}/{m}/{y} của {issuer} (sau đây viết tắt là {type} số {short}),",
    "Thực hiện {type} số {number} của {issuer} về {subject},",
    "Căn cứ {type} số {number} ngày {d}/{m}/{y} của {issuer_kind} về {subject};",
    "Triển khai {type} số {number} của {issuer_kind} ngày {d} tháng {m} năm {y},",
    "Thực hiện {type} số {number} của {issuer_kind},",
]
# How a province's plan cites the national directive: as above, and by the
# short name officials use ("Chỉ thị 28 của Ban Bí thư")
NATIONAL_WORDINGS = [
    *WORDINGS[:5],
    "Quán triệt và thực hiện {type} {short} của {issuer} về {subject},",
]
SUBJECT = "tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em"
AGENCIES = {
    "province": [
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
        "Công an tỉnh",
        "Sở Tài chính",
    ],
    "district": [
        "Phòng Lao động - Thương binh và Xã hội",
        "Phòng Y tế",
        "Phòng Giáo dục và Đào tạo",
        "Công an huyện",
        "Phòng Tư pháp",
    ],
    "ward": [
        "Văn hóa - Xã hội",
        "Trạm Y tế",
        "Các trường học trên địa bàn",
        "Công an",
        "Tư pháp - Hộ tịch",
    ],
}


NATIONAL_TEXT = """BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 28-CT/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 25 tháng 12 năm 2023
CHỈ THỊ
CỦA BAN BÍ THƯ
về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em trong tình hình mới
Thời gian qua, công tác chăm sóc, giáo dục và bảo vệ trẻ em đã đạt được nhiều kết quả quan trọng.
Để tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em, Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:
{body}
T/M BAN BÍ THƯ
"""


def _unit_header(level: str, name: str) -> str:
    return {
        "province": f"ỦY BAN NHÂN DÂN\n{name.upper()}",
        "district": f"ỦY BAN NHÂN DÂN\n{name.upper()}",
        "ward": f"ỦY BAN NHÂN DÂN\n{name.upper()}",
    }[level]


BULLETS = [
    "Tăng cường công tác tuyên truyền, phổ biến pháp luật về quyền trẻ em đến từng hộ gia đình.",
    "Rà soát, cập nhật thông tin trẻ em có hoàn cảnh đặc biệt trên phần mềm quản lý, bảo đảm đầy đủ, chính xác.",
    "Tổ chức Tháng hành động vì trẻ em hằng năm bảo đảm thiết thực, hiệu quả, đúng đối tượng.",
    "Phòng, chống tai nạn, thương tích và đuối nước cho trẻ em; dạy bơi, kỹ năng an toàn trong môi trường nước.",
    "Kiểm tra, giám sát các cơ sở chăm sóc, nuôi dưỡng trẻ em theo quy định của pháp luật.",
    "Nâng cao chất lượng dịch vụ y tế, dinh dưỡng cho trẻ em dưới 5 tuổi, nhất là ở vùng khó khăn.",
    "Phát triển mạng lưới cộng tác viên công tác trẻ em ở thôn, tổ dân phố; bồi dưỡng kỹ năng cho đội ngũ làm công tác trẻ em.",
    "Huy động nguồn lực xã hội hóa hỗ trợ trẻ em có hoàn cảnh khó khăn, trẻ em bị ảnh hưởng bởi thiên tai, dịch bệnh.",
    "Xây dựng môi trường sống an toàn, lành mạnh, thân thiện với trẻ em trong gia đình, nhà trường và cộng đồng.",
    "Phối hợp xử lý kịp thời các vụ việc xâm hại, bạo lực, mua bán trẻ em; hỗ trợ, can thiệp cho trẻ em bị xâm hại.",
    "Tổ chức các hoạt động vui chơi, giải trí, văn hóa, thể thao cho trẻ em nhân dịp hè, Tết Trung thu.",
    "Lồng ghép các mục tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội hằng năm của địa phương.",
]
TARGETS = [
    "Phấn đấu đến năm 2025, 95% trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc.",
    "Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 18‰ vào năm 2025.",
    "Duy trì 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.",
    "Tỷ lệ trẻ em trong độ tuổi đi học được đến trường đạt trên 98%.",
]
BODY_KB = {"province": 30, "district": 15, "ward": 9}


def _body(level: str, rnd: random.Random, short: bool = False) -> str:
    target = 3000 if short else BODY_KB[level] * 1000
    lines = [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Nâng cao nhận thức, trách nhiệm của các cấp, các ngành và toàn xã hội về công tác trẻ em.",
        "2. Yêu cầu",
        "- Các nhiệm vụ được triển khai đồng bộ, thiết thực, phù hợp với tình hình thực tế của địa phương.",
        "II. CHỈ TIÊU",
    ]
    lines += [f"- {t}" for t in TARGETS]
    tail = ["IV. TỔ CHỨC THỰC HIỆN"]
    for i, a in enumerate(AGENCIES[level], 1):
        suffix = " phường" if level == "ward" else ""
        tail += [
            f"{i}. {a}{suffix}",
            "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan thực hiện các nhiệm vụ được giao.",
            f"- {rnd.choice(BULLETS)}",
        ]
    tail += [
        "V. CHẾ ĐỘ BÁO CÁO",
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 10/11 hằng năm.",
    ]
    lines.append("III. NHIỆM VỤ VÀ GIẢI PHÁP")
    size = sum(len(x.encode("utf-8")) + 1 for x in lines + tail)
    i = 0
    while size < target or i < 3:
        i += 1
        head = f"{i}. Nhiệm vụ {i}"
        lines.append(head)
        size += len(head.encode("utf-8")) + 1
        for _ in range(rnd.randint(3, 6)):
            bullet = "- " + rnd.choice(BULLETS)
            lines.append(bullet)
            size += len(bullet.encode("utf-8")) + 1
    return "\n".join(lines + tail)


def _kind_of(unit_name: str) -> str:
    """ "Tỉnh Thanh Hóa" -> "tỉnh", "Thị xã Nghi Sơn" -> "thị xã"."""
    from khtool.gazetteer import short_name

    rest = short_name(unit_name)
    return unit_name[: len(unit_name) - len(rest)].strip().lower() if rest != unit_name else unit_name.lower()


def generate(
    out: Path, size: int, seed: int = 1, short: bool = False
) -> dict[str, dict[str, object]]:
    from khtool.gazetteer import _index, short_name

    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    idx = _index()
    truth: dict[str, dict[str, object]] = {}
    national: dict[str, object] = {
        "number": "28-CT/TW",
        "level": "party",
        "issuer": "Ban Bí thư",
        "issuer_kind": "Ban Bí thư",
        "date": (25, 12, 2023),
        "type": "Chỉ thị",
        "short": "28",
        "parent": None,
        "parent_file": None,
        "locality": {},
        "file": "000000_national.txt",
    }
    if size > 0:  # the directive itself, a document of the set (a node of the graph)
        (out / "000000_national.txt").write_text(
            NATIONAL_TEXT.format(body=_body("province", rnd, short)), encoding="utf-8"
        )
        truth["000000_national.txt"] = national
    provinces = list(idx.provinces.values())
    rnd.shuffle(provinces)
    districts_of: dict[str, list] = {}
    for units in idx.districts.values():
        for u in units:
            districts_of.setdefault(u.province, []).append(u)
    counter = 1 if size > 0 else 0

    def plan(
        level: str,
        unit_name: str,
        place: str,
        parent: dict[str, object],
        locality: dict[str, str | None],
        year: int,
    ) -> dict[str, object]:
        nonlocal counter
        counter += 1
        num = f"{rnd.randint(1, 999)}/KH-UBND"
        pd, pm, py = parent["date"]  # type: ignore[misc]
        # a plan comes after the plan it carries out: a province's early in
        # its year, each level below some days to weeks after its parent's
        after = date(py, pm, pd) + timedelta(days=rnd.randint(3, 30))
        if level == "province":
            after = max(after, date(year, 1, 2) + timedelta(days=rnd.randint(0, 45)))
        d, m, y = after.day, after.month, after.year
        wording = rnd.choice(NATIONAL_WORDINGS if parent["level"] == "party" else WORDINGS)
        cite = wording.format(
            type=parent["type"],
            number=parent["number"],
            d=pd,
            m=pm,
            y=py,
            issuer=parent["issuer"],
            issuer_kind=parent["issuer_kind"],
            subject=SUBJECT,
            short=parent["short"],
        )
        text = (
            f"{_unit_header(level, unit_name)}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {num}\n{place}, ngày {d} tháng {m} năm {y}\nKẾ HOẠCH\nTriển khai thực hiện công tác trẻ em năm {year}\n"
            f"{cite} Ủy ban nhân dân ban hành Kế hoạch như sau:\n{_body(level, rnd, short)}\n"
        )
        fname = f"{counter:06d}_{level}.txt"
        info = {
            "number": num,
            "level": level,
            "locality": locality,
            "parent": parent["number"],
            "parent_file": parent.get("file"),
            "date": (d, m, y),
            "type": "Kế hoạch",
            "issuer": f"UBND {unit_name}",
            # its kind without its name: "UBND tỉnh", "UBND thị xã"
            "issuer_kind": f"UBND {_kind_of(unit_name)}",
            "short": num.split("/")[0],
            "file": fname,
        }
        (out / fname).write_text(text, encoding="utf-8")
        truth[fname] = info
        return info

    year = 2024
    while counter < size:
        for p in provinces:
            if counter >= size:
                break
            pname = short_name(p.province)
            pinfo = plan("province", p.province, pname, national, {"province": p.province}, year)
            for dist in districts_of.get(p.province, []):
                if counter >= size:
                    break
                if not dist.district:  # (the gazetteer gives it no name)
                    continue
                dinfo = plan(
                    "district",
                    dist.district or "",
                    short_name(dist.district or ""),
                    pinfo,
                    {"province": p.province, "district": dist.district},
                    year,
                )
                for w in idx.by_district.get((p.province, dist.district or ""), []):
                    if counter >= size:
                        break
                    if not w.ward:  # (the gazetteer gives it no name: no plan)
                        continue
                    plan(
                        "ward",
                        w.ward or "",
                        w.ward or "",
                        dinfo,
                        {"province": p.province, "district": dist.district, "ward": w.ward},
                        year,
                    )
        year += 1
    (out / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--short", action="store_true", help="3 KB bodies instead of realistic ones")
    args = ap.parse_args()
    truth = generate(args.out, args.size, args.seed, args.short)
    print(f"wrote {len(truth)} documents to {args.out}")


if __name__ == "__main__":
    main()
