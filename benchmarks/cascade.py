"""Generate a synthetic national cascade from the gazetteer, with its ground truth.

    python benchmarks/cascade.py OUTDIR --size 1000 [--seed 1]

One national plan, then province plans, district plans and ward plans (taken
from the gazetteer, in that order, until --size documents), each citing its
parent in one of several real-world wordings, with body sections and
assignments. Writes OUTDIR/*.txt and OUTDIR/truth.json: for each file its
number, level, locality and the parent it implements.
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


def _body(level: str, rnd: random.Random) -> str:
    lines = [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "- Nâng cao nhận thức của các cấp, các ngành về công tác trẻ em.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
    ]
    for i in range(1, 6):
        lines.append(f"{i}. Nhiệm vụ {i}")
        for _ in range(rnd.randint(2, 5)):
            lines.append(
                "- "
                + rnd.choice(
                    [
                        "Tăng cường công tác tuyên truyền, phổ biến pháp luật về quyền trẻ em.",
                        "Rà soát, cập nhật thông tin trẻ em có hoàn cảnh đặc biệt trên phần mềm quản lý.",
                        "Tổ chức Tháng hành động vì trẻ em hằng năm bảo đảm thiết thực, hiệu quả.",
                        "Phòng, chống tai nạn, thương tích và đuối nước cho trẻ em.",
                        "Kiểm tra, giám sát các cơ sở chăm sóc, nuôi dưỡng trẻ em theo quy định.",
                    ]
                )
            )
    lines.append("III. TỔ CHỨC THỰC HIỆN")
    for i, a in enumerate(AGENCIES[level], 1):
        suffix = " phường" if level == "ward" else ""
        lines += [f"{i}. {a}{suffix}", "- Chủ trì, phối hợp thực hiện các nhiệm vụ được giao."]
    lines += ["IV. CHẾ ĐỘ BÁO CÁO", "Các cơ quan báo cáo kết quả trước ngày 10/11 hằng năm."]
    return "\n".join(lines)


def generate(out: Path, size: int, seed: int = 1) -> dict[str, dict[str, object]]:
    from khtool.gazetteer import _index, short_name

    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    idx = _index()
    truth: dict[str, dict[str, object]] = {}
    docs: list[tuple[str, str, dict[str, object]]] = []  # (file, text, truth)
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
    counter = 0

    def plan(
        level: str,
        unit_name: str,
        place: str,
        parent: dict[str, object],
        locality: dict[str, str | None],
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
            f"Số: {num}\n{place}, ngày {d} tháng {m} năm 2024\nKẾ HOẠCH\nTriển khai thực hiện công tác trẻ em năm 2024\n"
            f"{cite} Ủy ban nhân dân ban hành Kế hoạch như sau:\n{_body(level, rnd)}\n"
        )
        fname = f"{counter:06d}_{level}.txt"
        info = {
            "number": num,
            "level": level,
            "locality": locality,
            "parent": parent["number"],
            "parent_file": parent.get("file"),
            "date": (d, m, 2024),
            "type": "Kế hoạch",
            "issuer": f"UBND {unit_name}",
            "short": num.split("/")[0],
            "file": fname,
        }
        docs.append((fname, text, info))
        return info

    for p in provinces:
        if counter >= size:
            break
        pname = short_name(p.province)
        pinfo = plan("province", p.province, pname, national, {"province": p.province})
        dists = [u for units in idx.districts.values() for u in units if u.province == p.province]
        for dist in dists:
            if counter >= size:
                break
            dinfo = plan(
                "district",
                dist.district or "",
                short_name(dist.district or ""),
                pinfo,
                {"province": p.province, "district": dist.district},
            )
            for w in idx.by_district.get((p.province, dist.district or ""), [])[
                : rnd.randint(2, 8)
            ]:
                if counter >= size:
                    break
                plan(
                    "ward",
                    w.ward or "",
                    w.ward or "",
                    dinfo,
                    {"province": p.province, "district": dist.district, "ward": w.ward},
                )
    for fname, text, info in docs:
        (out / fname).write_text(text, encoding="utf-8")
        truth[fname] = info
    (out / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    truth = generate(args.out, args.size, args.seed)
    print(f"wrote {len(truth)} documents to {args.out}")


if __name__ == "__main__":
    main()
