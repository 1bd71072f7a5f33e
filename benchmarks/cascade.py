"""Generate a synthetic national cascade from the gazetteer, with its ground truth.

    python benchmarks/cascade.py OUTDIR --size 1000 [--seed 1] [--short]

One national directive (Chỉ thị 28-CT/TW), then for each year from 2024 on a
plan of every province, of every district and of every ward (10,775 plans a
year, from the gazetteer), until --size documents: 100,000 documents are about
nine yearly cycles. Each plan cites the plan of its parent unit for the same
year in one of several real-world wordings, and has a body of realistic length
(about 30 KB for a province, 15 KB for a district, 9 KB for a ward, like the
samples; --short gives 3 KB bodies). Writes OUTDIR/*.txt as it goes and
OUTDIR/truth.json: for each file its number, level, locality and the parent
file it implements.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

WORDINGS = [
    "Thực hiện {type} số {number} ngày {d}/{m}/{y} của {issuer} về {subject},",
    "Căn cứ {type} số {number} ngày {d} tháng {m} năm {y} của {issuer} về việc {subject};",
    "Triển khai {type} {number}, ngày {d}/{m}/{y} của {issuer},",
    "Thực hiện {type} số {number} ngày {d}/{m}/{y} của {issuer} (sau đây viết tắt là {type} số {short}),",
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


def generate(
    out: Path, size: int, seed: int = 1, short: bool = False
) -> dict[str, dict[str, object]]:
    from khtool.gazetteer import _index, short_name

    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    idx = _index()
    truth: dict[str, dict[str, object]] = {}
    national = {
        "number": "28-CT/TW",
        "level": "party",
        "issuer": "Ban Bí thư",
        "date": (25, 12, 2023),
        "type": "Chỉ thị",
        "short": "28",
    }
    provinces = list(idx.provinces.values())
    rnd.shuffle(provinces)
    districts_of: dict[str, list] = {}
    for units in idx.districts.values():
        for u in units:
            districts_of.setdefault(u.province, []).append(u)
    counter = 0

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
        d, m = rnd.randint(1, 28), rnd.randint(1, 12)
        wording = rnd.choice(WORDINGS)
        pd, pm, py = parent["date"]  # type: ignore[misc]
        cite = wording.format(
            type=parent["type"],
            number=parent["number"],
            d=pd,
            m=pm,
            y=py,
            issuer=parent["issuer"],
            subject=SUBJECT,
            short=parent["short"],
        )
        text = (
            f"{_unit_header(level, unit_name)}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {num}\n{place}, ngày {d} tháng {m} năm {year}\nKẾ HOẠCH\nTriển khai thực hiện công tác trẻ em năm {year}\n"
            f"{cite} Ủy ban nhân dân ban hành Kế hoạch như sau:\n{_body(level, rnd, short)}\n"
        )
        fname = f"{counter:06d}_{level}.txt"
        info = {
            "number": num,
            "level": level,
            "locality": locality,
            "parent": parent["number"],
            "parent_file": parent.get("file"),
            "date": (d, m, year),
            "type": "Kế hoạch",
            "issuer": f"UBND {unit_name}",
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
