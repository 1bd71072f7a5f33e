"""Header fields from headers in the shapes real files come in (texts written for these tests)."""

from __future__ import annotations

import pytest

from khtool import parse_text
from khtool.segment import _full_name, walk_sections

CASES = {
    "two_line_issuer_table_rows": (
        "| UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "| SỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc |\n"
        "| Số: 412/KH-SCT | Lào Cai, ngày 03 tháng 3 năm 2025 |\n"
        "\nKẾ HOẠCH\nKiểm tra an toàn hóa chất năm 2025\n\n"
        "Căn cứ Luật Hóa chất năm 2007;\nI. MỤC ĐÍCH\n1. Mục đích\n- Kiểm tra định kỳ.\n",
        {
            "doc_type": "KH",
            "number": "412/KH-SCT",
            "date": "2025-03-03",
            "place": "Lào Cai",
            "level": "province",
            "issuer.name": "SỞ CÔNG THƯƠNG",
            "issuer.parent": "UBND TỈNH LÀO CAI",
            "motto": True,
            "title": "Kiểm tra an toàn hóa chất năm 2025",
        },
    ),
    "flattened_cells": (
        "| UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |\n"
        "| Số:             /SCT-CN V/v cử cán bộ tham gia đoàn kiểm tra | Lào Cai, ngày       tháng 6 năm 2026 |\n"
        "Kính gửi: Cục Hóa chất.\nSở Công Thương nhận được Văn bản số 1205/HC-QLHC ngày 29/5/2026.\n",
        {
            "doc_type": "CV",
            "number": None,
            "symbol": "SCT-CN",
            "date": "2026-06",
            "place": "Lào Cai",
            "issuer.name": "SỞ CÔNG THƯƠNG",
            "issuer.parent": "UBND TỈNH LÀO CAI",
            "level": "province",
            "title": "cử cán bộ tham gia đoàn kiểm tra",
        },
    ),
    "one_line_flattened": (
        "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Số: 85/QĐ-UBND Châu Thành, ngày 12 tháng 02 năm 2024\n"
        "QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo công tác trẻ em huyện\n"
        "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH\nCăn cứ Luật Trẻ em năm 2016;\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban Chỉ đạo.\n",
        {
            "doc_type": "QĐ",
            "number": "85/QĐ-UBND",
            "date": "2024-02-12",
            "place": "Châu Thành",
            "level": "district",
            "issuer.name": "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH",
            "motto": True,
            "title": "Về việc thành lập Ban Chỉ đạo công tác trẻ em huyện",
        },
    ),
    "ministry_wrapped": (
        "BỘ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 16/2023/TT-BLĐTBXH\nHà Nội, ngày 29 tháng 12 năm 2023\n\nTHÔNG TƯ\n"
        "Quy định chi tiết một số điều của Luật Thi đua, khen thưởng\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
        "Điều 1. Phạm vi điều chỉnh\n",
        {
            "doc_type": "TT",
            "number": "16/2023/TT-BLĐTBXH",
            "date": "2023-12-29",
            "place": "Hà Nội",
            "level": "national",
            "issuer.name": "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            "issuer.parent": None,
            "title": "Quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
        },
    ),
    "ministry_department": (
        "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 597/HC-QLHC\nV/v hướng dẫn báo cáo tình hình hóa chất\nHà Nội, ngày 10 tháng 4 năm 2026\n"
        "Kính gửi: Sở Công Thương các tỉnh, thành phố.\n",
        {
            "doc_type": "CV",
            "number": "597/HC-QLHC",
            "date": "2026-04-10",
            "level": "national",
            "issuer.name": "CỤC HÓA CHẤT",
            "issuer.parent": "BỘ CÔNG THƯƠNG",
            "title": "hướng dẫn báo cáo tình hình hóa chất",
        },
    ),
    "national_assembly": (
        "QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
        "Nghị quyết số: 121/2020/QH14\nHà Nội, ngày 19 tháng 6 năm 2020\n\nNGHỊ QUYẾT\n"
        "VỀ TIẾP TỤC TĂNG CƯỜNG HIỆU LỰC, HIỆU QUẢ VIỆC THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ PHÒNG, CHỐNG XÂM HẠI TRẺ EM\n"
        "QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
        {
            "doc_type": "NQ",
            "number": "121/2020/QH14",
            "date": "2020-06-19",
            "level": "national",
            "issuer.name": "QUỐC HỘI",
        },
    ),
    "party_central": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 28-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nHà Nội, ngày 25 tháng 12 năm 2023\n"
        "CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em\n\n"
        "Sau hơn 10 năm thực hiện Chỉ thị số 20-CT/TW, công tác chăm sóc trẻ em đạt nhiều kết quả.\n",
        {
            "doc_type": "CT",
            "number": "28-CT/TW",
            "symbol": "CT/TW",
            "date": "2023-12-25",
            "level": "party",
            # the body under the type word issues it; the letterhead is the Party centre
            "issuer.name": "BAN BÍ THƯ",
            "issuer.organ": "Ban Bí thư",
            "issuer.parent": "BAN CHẤP HÀNH TRUNG ƯƠNG",
        },
    ),
    "party_central_politburo": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 80-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 07 tháng 01 năm 2026\n\n"
        "NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề phát triển văn hóa Việt Nam\n\n1. Các cấp ủy quán triệt Nghị quyết.\n",
        {"doc_type": "NQ", "level": "party", "issuer.organ": "Bộ Chính trị", "issuer.parent": "BAN CHẤP HÀNH TRUNG ƯƠNG"},
    ),
    "party_central_conclusion_lower_case": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 150-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 3 năm 2026\n\n"
        "KẾT LUẬN\ncủa Ban Bí thư\nvề tiếp tục thực hiện Chỉ thị số 39-CT/TW\n\n1. Các tỉnh ủy tiếp tục thực hiện.\n",
        {"doc_type": "KL", "issuer.organ": "Ban Bí thư", "title": "về tiếp tục thực hiện Chỉ thị số 39-CT/TW"},
    ),
    # a Central Committee plenum's resolution is the Committee's own
    "party_central_plenum": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 18-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 tháng 10 năm 2017\n\n"
        "NGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XII\n"
        "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy\n\n1. Các cấp ủy quán triệt.\n",
        {"doc_type": "NQ", "issuer.name": "BAN CHẤP HÀNH TRUNG ƯƠNG", "issuer.parent": None},
    ),
    # headed by the Party centre alone, its type line naming no body: the
    # body the signer acts for issues it, or the one its opening names
    "party_central_signed_for_the_secretariat": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 29-HD/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 12 tháng 8 năm 2025\n\n"
        "HƯỚNG DẪN\nthực hiện Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát\n-----\n\n"
        "1. Các cấp ủy, tổ chức đảng quán triệt Quy định, hoàn thành trong quý IV năm 2025.\n"
        "2. Ủy ban Kiểm tra Trung ương theo dõi, đôn đốc việc thực hiện Hướng dẫn này.\n\n"
        "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n\n"
        "T/M BAN BÍ THƯ\n\nTrần Văn Khải\n",
        {"issuer.name": "BAN BÍ THƯ", "issuer.organ": "Ban Bí thư", "issuer.parent": "BAN CHẤP HÀNH TRUNG ƯƠNG"},
    ),
    "party_central_signed_for_the_politburo_beside_the_recipients": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 95-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 02 tháng 10 năm 2025\n\n"
        "KẾT LUẬN\nvề tiếp tục sắp xếp đơn vị sự nghiệp công lập\n-----\n\n"
        "1. Các đảng ủy trực thuộc Trung ương rà soát, báo cáo trước ngày 30-11-2025.\n\n"
        "Nơi nhận:                                  T/M BỘ CHÍNH TRỊ\n- Các tỉnh ủy, thành ủy,\n\nNguyễn Văn Bình\n",
        {"issuer.organ": "Bộ Chính trị", "issuer.parent": "BAN CHẤP HÀNH TRUNG ƯƠNG"},
    ),
    "party_central_named_by_its_opening": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 31-HD/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 20 tháng 9 năm 2025\n\n"
        "HƯỚNG DẪN\nhọc tập, quán triệt Kết luận số 90-KL/TW\n-----\n\n"
        "Thực hiện Kết luận số 90-KL/TW ngày 01-9-2025 của Bộ Chính trị, Ban Bí thư hướng dẫn như sau:\n\n"
        "1. Các cấp ủy tổ chức học tập, quán triệt, hoàn thành trước ngày 30-10-2025.\n",
        {"issuer.organ": "Ban Bí thư", "issuer.parent": "BAN CHẤP HÀNH TRUNG ƯƠNG"},
    ),
    "party_central_plenum_signed_for_the_committee": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 19-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 tháng 10 năm 2017\n\n"
        "NGHỊ QUYẾT\nvề tiếp tục đổi mới hệ thống tổ chức đơn vị sự nghiệp công lập\n-----\n\n"
        "Thực hiện Nghị quyết Đại hội XII, Bộ Chính trị yêu cầu tổng kết như sau:\n\n"
        "1. Các cấp ủy quán triệt.\n\nT/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n\nNguyễn Phú Trọng\n",
        {"issuer.name": "BAN CHẤP HÀNH TRUNG ƯƠNG", "issuer.parent": None},
    ),
    "party_province": (
        "TỈNH ỦY BÌNH DƯƠNG\n*\nSố 160-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBình Dương, ngày 28 tháng 6 năm 2024\n\n"
        "KẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư\n-----\n"
        "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:\n",
        {
            "doc_type": "KH",
            "number": "160-KH/TU",
            "date": "2024-06-28",
            "level": "province",
            "place": "Bình Dương",
            "issuer.name": "TỈNH ỦY BÌNH DƯƠNG",
            "issuer.branch": "party",
        },
    ),
    # a board of a Party committee is the Party's, of its level
    "party_board_under_its_committee": (
        "TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 21-HD/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Nghệ An, ngày 12 tháng 8 năm 2025\nHƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập Đảng\n",
        {"number": "21-HD/BTGDVTU", "level": "province", "issuer.branch": "party"},
    ),
    # a title's wrapped line may open with the document it carries out
    "title_wrapped_before_a_cited_document": (
        "ĐẢNG ỦY PHƯỜNG CẨM THÀNH\n*\nSố 37-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nCẩm Thành, ngày 18 tháng 8 năm 2025\n\n"
        "KẾ HOẠCH\nhọc tập, quán triệt và triển khai thực hiện\nNghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính "
        "trị\nvề phát triển kinh tế tư nhân\n-----\n",
        {
            "number": "37-KH/ĐU",
            "title": "học tập, quán triệt và triển khai thực hiện Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ "
            "Chính trị về phát triển kinh tế tư nhân",
        },
    ),
    # and the Front's standing board is the Front's
    "front_board_under_its_committee": (
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH QUẢNG TRỊ\nBAN THƯỜNG TRỰC\nSố: 45/KH-MTTQ-BTT\n"
        "Quảng Trị, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nvận động ủng hộ Quỹ Vì người nghèo\n",
        {"number": "45/KH-MTTQ-BTT", "level": "province", "issuer.branch": "front"},
    ),
    # the Party committee of the province over its own: the two lines are two
    # bodies, each naming the province
    "party_province_under_its_party_committee": (
        "ĐẢNG BỘ TỈNH GIA LAI\nTỈNH ỦY GIA LAI\n*\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Gia Lai, ngày 15 tháng 10 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết số 72-NQ/TW\n",
        {
            "number": "45-KH/TU",
            "issuer.name": "TỈNH ỦY GIA LAI",
            "issuer.parent": "ĐẢNG BỘ TỈNH GIA LAI",
            "issuer.locality.province": "Tỉnh Gia Lai",
        },
    ),
    # the body's first paragraph after a blank line is no part of the title
    "directive_title_then_a_paragraph": (
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 05/CT-UBND\nGia Lai, ngày 08 tháng 9 năm 2026\n\nCHỈ THỊ\n"
        "Về tăng cường công tác phòng, chống thiên tai năm 2026\n\n"
        "Năm 2026, theo dự báo của cơ quan khí tượng, khu vực Tây Nguyên có khả năng chịu ảnh hưởng của "
        "5 - 7 cơn bão; mưa lớn tập trung từ tháng 10 đến tháng 12, nguy cơ cao xảy ra lũ quét.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu:\n1. Giám đốc Sở Nông nghiệp và Môi trường theo dõi diễn biến thời tiết.\n",
        {"doc_type": "CT", "title": "Về tăng cường công tác phòng, chống thiên tai năm 2026"},
    ),
    # the same paragraph wrapped over short lines, as a PDF or a plain-text
    # copy gives it; a title wrapped after a blank line goes on
    "directive_title_then_a_wrapped_paragraph": (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 41/CT-TTg\nHà Nội, ngày 12 tháng 12 năm 2025\n\nCHỈ THỊ\n"
        "Về việc tăng cường các biện pháp bình ổn thị trường\n\ndịp Tết Nguyên đán Bính Ngọ năm 2026\n\n"
        "Năm 2025, thị trường hàng hóa trong nước cơ bản ổn định, chỉ số giá tiêu dùng\n"
        "được kiểm soát dưới mục tiêu đề ra. Tuy nhiên, dịp cuối năm là thời điểm nhu\n"
        "cầu tiêu dùng tăng cao.\n\nThủ tướng Chính phủ yêu cầu:\n1. Bộ Công Thương theo dõi thị trường.\n",
        {
            "doc_type": "CT",
            "title": "Về việc tăng cường các biện pháp bình ổn thị trường dịp Tết Nguyên đán Bính Ngọ năm 2026",
        },
    ),
    # a short first paragraph is no part of the title either: one announcing
    # a list ("… sau:"), or opening with an event's date
    "directive_title_then_a_short_paragraph": (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 61-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 05 tháng 12 năm 2025\n\n"
        "CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề tăng cường công tác tiếp công dân\n\n"
        "Ban Bí thư yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau:\n\n1. Nâng cao nhận thức.\n",
        {"doc_type": "CT", "title": "về tăng cường công tác tiếp công dân"},
    ),
    "plan_title_then_a_dated_paragraph": (
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 90/KH-UBND\nGia Lai, ngày 14 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Triển khai Chỉ thị số 52-CT/TW của Ban Bí thư\n\n"
        "Ngày 05/3/2026, Ủy ban nhân dân tỉnh đã họp thống nhất nội dung. Ủy ban nhân dân tỉnh ban hành Kế hoạch:\n\n"
        "1. Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện.\n",
        {"doc_type": "KH", "title": "Triển khai Chỉ thị số 52-CT/TW của Ban Bí thư"},
    ),
    # "THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ …": the compound type and the
    # issuing body, as "CHỈ THỊ" / "CỦA …"; the subject under it is the title
    "conclusion_notice_over_two_lines": (
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY\n*\nSố 79-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quảng Ngãi, ngày 06 tháng 3 năm 2026\n\nTHÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\n"
        "về phòng, chống thiên tai năm 2026\n\n1. Giao Ban Tổ chức Tỉnh ủy triển khai.\n",
        {
            "doc_type": "TB",
            "title": "về phòng, chống thiên tai năm 2026",
            # (the committee's organ named there issues it; the letterhead above it)
            "issuer.name": "THƯỜNG TRỰC TỈNH ỦY",
            "issuer.parent": "ĐẢNG BỘ TỈNH QUẢNG NGÃI",
            "issuer.full_name": "Thường trực Tỉnh ủy Quảng Ngãi",
            "issuer.level": "province",
            "issuer.branch": "party",
        },
    ),
    # "THÔNG BÁO KẾT LUẬN" on one line is the compound type; the line under it,
    # "của <organ> về …", the title, and its organ the issuer
    "conclusion_notice_compound_type_line": (
        "ĐẢNG BỘ TỈNH ĐẮK LẮK\nTỈNH ỦY\n*\nSố 85-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Đắk Lắk, ngày 22 tháng 01 năm 2026\n\nTHÔNG BÁO KẾT LUẬN\n"
        "của Ban Thường vụ Tỉnh ủy về kết quả thực hiện Kế hoạch số 38-KH/TU của Tỉnh ủy\n-----\n\n"
        "1. Giao Ban Tổ chức Tỉnh ủy triển khai.\n",
        {
            "doc_type": "TB",
            "title": "của Ban Thường vụ Tỉnh ủy về kết quả thực hiện Kế hoạch số 38-KH/TU của Tỉnh ủy",
            "issuer.name": "BAN THƯỜNG VỤ TỈNH ỦY",
            "issuer.full_name": "Ban Thường vụ Tỉnh ủy Đắk Lắk",
            "issuer.organ": "Ban Thường vụ",
        },
    ),
    "directive_notice_compound_type_line": (
        "ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY GIO LINH\n*\nSố 20-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Gio Linh, ngày 10 tháng 3 năm 2024\n\nTHÔNG BÁO Ý KIẾN CHỈ ĐẠO\n"
        "của Thường trực Huyện ủy về công tác chuẩn bị Tết\n\n1. Giao Ban Tuyên giáo Huyện ủy triển khai.\n",
        {
            "title": "của Thường trực Huyện ủy về công tác chuẩn bị Tết",
            "issuer.name": "THƯỜNG TRỰC HUYỆN ỦY GIO LINH",
            "issuer.full_name": "Thường trực Huyện ủy Gio Linh",
            "issuer.level": "district",
        },
    ),
    "report_compound_type_line": (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 40/BC-SCT\nLào Cai, ngày 03 tháng 3 năm 2025\n\n"
        "BÁO CÁO KẾT QUẢ\nthực hiện Kế hoạch kiểm tra an toàn hóa chất năm 2024\n\n1. Kết quả đạt được.\n",
        {"doc_type": "BC", "title": "thực hiện Kế hoạch kiểm tra an toàn hóa chất năm 2024"},
    ),
    # a report's kind on its type line is the type's, not the title's
    "report_kind_on_the_type_line": (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 78/BC-SCT\nLào Cai, ngày 12 tháng 3 năm 2026\n\n"
        "BÁO CÁO THAM LUẬN\nCông tác thẩm định thiết kế mỏ khoáng sản trên địa bàn tỉnh Lào Cai\n\n"
        "I. KẾT QUẢ\nNăm 2025, Sở Công Thương đã thẩm định 14 hồ sơ.\n",
        {"doc_type": "BC", "title": "Công tác thẩm định thiết kế mỏ khoáng sản trên địa bàn tỉnh Lào Cai"},
    ),
    "report_summary_kind_on_the_type_line": (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 79/BC-SCT\nLào Cai, ngày 12 tháng 3 năm 2026\n\n"
        "BÁO CÁO TỔNG KẾT\ncông tác an toàn hóa chất năm 2025\n\n1. Kết quả đạt được.\n",
        {"doc_type": "BC", "title": "công tác an toàn hóa chất năm 2025"},
    ),
    # a wrapped title's "của …" names a cited text's issuer: the letterhead's
    # committee stays the issuer
    "party_plan_title_wrapping_onto_a_cited_issuer": (
        "ĐẢNG BỘ TỈNH ĐẮK LẮK\nTỈNH ỦY\n*\nSố 42-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Đắk Lắk, ngày 22 tháng 01 năm 2026\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TU\n"
        "của Ban Thường vụ Tỉnh ủy về công tác dân vận\n\n1. Giao Ban Tổ chức Tỉnh ủy triển khai.\n",
        {"issuer.name": "TỈNH ỦY", "issuer.full_name": "Tỉnh ủy Đắk Lắk"},
    ),
    "ward_with_header": (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG 1\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 45/KH-UBND\nPhường 1, ngày 05 tháng 6 năm 2024\nKẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2024\n"
        "Thực hiện Kế hoạch số 88/KH-UBND ngày 20/5/2024 của UBND Quận 3;\n",
        {
            "doc_type": "KH",
            "number": "45/KH-UBND",
            "date": "2024-06-05",
            "level": "ward",
            "place": "Phường 1",
            "issuer.name": "ỦY BAN NHÂN DÂN PHƯỜNG 1",
        },
    ),
    # since July 2025 a ward may be named after two places joined by a dash;
    # the motto's dashes on the line before stay out of it
    "ward_named_after_two_places": (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 37/KH-UBND\nXuân Hương - Đà Lạt, ngày 09 tháng 02 năm 2026\n"
        "KẾ HOẠCH\nTriển khai Đề án 06 trên địa bàn phường năm 2026\n",
        {"number": "37/KH-UBND", "date": "2026-02-09", "level": "ward", "place": "Xuân Hương - Đà Lạt"},
    ),
    "motto_and_place_on_one_line": (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-UBND Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày 5 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n",
        {"date": "2026-03-05", "place": "Lâm Đồng"},
    ),
    # a centrally run city's Party committee is a province's; "Phòng" ends
    # Hải Phòng's name, not the unit's
    "city_party_committee": (
        "ĐẢNG CỘNG SẢN VIỆT NAM\nTHÀNH ỦY HẢI PHÒNG\n*\nSố 187-TB/TU\nHải Phòng, ngày 02 tháng 12 năm 2025\n"
        "THÔNG BÁO\nKết luận của Ban Thường vụ Thành ủy về dự án cầu Nguyễn Trãi\n",
        {"level": "province", "issuer.level": "province", "issuer.locality.province": "Thành phố Hải Phòng"},
    ),
    "city_party_committee_under_its_party_organisation": (
        "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nTHÀNH ỦY HÀ NỘI\n*\nSố 18-CT/TU\nHà Nội, ngày 02 tháng 12 năm 2025\n"
        "CHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy\n",
        {"level": "province", "issuer.locality.province": "Thành phố Hà Nội"},
    ),
    "commune_named_with_an_organ_word": (
        "UBND HUYỆN ĐỨC TRỌNG\nỦY BAN NHÂN DÂN XÃ TÂN HỘI\nSố: 45/KH-UBND\nTân Hội, ngày 05 tháng 6 năm 2024\n"
        "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em năm 2024\n",
        {"level": "ward", "issuer.locality.ward": "Xã Tân Hội"},
    ),
    # a Party text names its issuing body or meeting under its type word;
    # its subject is the lower-case line after
    "party_directive_names_its_body_under_the_type": (
        "TỈNH ỦY ĐỒNG NAI\n*\nSố 05-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Nai, ngày 14 tháng 11 năm 2025\n\n"
        "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm\n"
        "trật tự, an toàn giao thông\n\nThời gian qua, thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư, "
        "các cấp ủy, tổ chức đảng đã lãnh đạo thực hiện tốt công tác bảo đảm trật tự, an toàn giao thông.\n",
        {
            "doc_type": "CT",
            "title": "về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông",
        },
    ),
    # … in lower case too
    "party_directive_names_its_body_in_lower_case": (
        "HUYỆN ỦY TAM NÔNG\n*\nSố 18-CT/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nTam Nông, ngày 20 tháng 02 năm 2023\n\n"
        "CHỈ THỊ\ncủa Ban Thường vụ Huyện ủy\nvề tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác\n"
        "phòng cháy, chữa cháy trên địa bàn huyện\n\nThời gian qua, thực hiện Chỉ thị số 47-CT/TW ngày 25/6/2015 "
        "của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy, công tác "
        "phòng cháy, chữa cháy trên địa bàn huyện đạt được nhiều kết quả.\n",
        {
            "doc_type": "CT",
            "title": "về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phòng cháy, chữa cháy trên địa bàn huyện",
        },
    ),
    "party_resolution_names_its_meeting_under_the_type": (
        "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\nĐẢNG ỦY PHƯỜNG HẢI CHÂU\n*\nSố 21-NQ/ĐU\n"
        "Hải Châu, ngày 26 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n"
        "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG LẦN THỨ 6 (KHÓA I)\nvề nhiệm vụ năm 2026\n\n"
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n",
        {"doc_type": "NQ", "title": "về nhiệm vụ năm 2026"},
    ),
    # an office's letter whose issuer cell is flattened onto one line
    "office_under_its_committee_in_one_cell": (
        "| ỦY BAN NHÂN DÂN TỈNH NINH BÌNH VĂN PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
        "| Số: 1468/VP-KT | Ninh Bình, ngày 12 tháng 3 năm 2026 |\nV/v triển khai ý kiến chỉ đạo của Chủ tịch UBND tỉnh\n"
        "Kính gửi: Sở Tài chính.\n",
        {"issuer.name": "VĂN PHÒNG", "issuer.parent": "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "level": "province"},
    ),
    "ministry_whose_name_ends_with_an_organ_word": (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 26/2026/TT-BNNMT\nHà Nội, ngày 12 tháng 3 năm 2026\nTHÔNG TƯ\n"
        "Quy định định mức khoán chi\n",
        {"issuer.name": "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "issuer.parent": None},
    ),
    # gazette extracts whose header was lost: the enacting formula names the
    # issuing organ, if it names the document's own type
    "gazette_extract_ministry": (
        "CÔNG BÁO/Số 351/Ngày 27-06-2026\n102\n\nTHÔNG TƯ\n"
        "Quy định chế độ báo cáo thống kê ngành y tế\n"
        "Căn cứ Luật Thống kê số 89/2015/QH13;\n"
        "Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ;\n"
        "Theo đề nghị của Vụ trưởng Vụ Kế hoạch - Tài chính;\n"
        "Bộ trưởng Bộ Y tế ban hành Thông tư quy định chế độ báo cáo thống kê ngành y tế.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chế độ báo cáo.\n",
        {
            "doc_type": "TT",
            "issuer.name": "Bộ Y tế",
            "issuer.organ": "Bộ",
            "issuer.inferred": True,
            "level": "national",
        },
    ),
    "gazette_extract_government": (
        "NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Trẻ em\n"
        "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;\n"
        "Theo đề nghị của Bộ trưởng Bộ Lao động - Thương binh và Xã hội;\n"
        "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Trẻ em.\n"
        "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n",
        {"doc_type": "NĐ", "issuer.name": "Chính phủ", "level": "national"},
    ),
    "gazette_extract_state_bank": (
        "THÔNG TƯ\nQuy định về hoạt động thanh toán qua tài khoản\n"
        "Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;\n"
        "Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư quy định về hoạt động thanh toán.\n"
        "Điều 1. Phạm vi điều chỉnh\n",
        {"doc_type": "TT", "issuer.name": "Ngân hàng Nhà nước Việt Nam", "level": "national"},
    ),
    "formula_of_another_type_is_quoted_not_enacting": (
        "KẾ HOẠCH\nTriển khai Chương trình hành động vì trẻ em năm 2025\n"
        "Thủ tướng Chính phủ ban hành Quyết định số 1437/QĐ-TTg phê duyệt Chương trình;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Bảo vệ trẻ em.\n",
        {"doc_type": "KH", "issuer.name": None},
    ),
    # a licence dated above its signature, with long lists attached after it
    "date_above_the_signature_before_attached_lists": (
        "| UBND TỈNH LÀO CAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "| SỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc |\n"
        "| Số:            /GP-SCT |  |\n\n"
        "GIẤY PHÉP\nVẬN CHUYỂN HÀNG HÓA NGUY HIỂM\n\n"
        "Sở Công Thương tỉnh Lào Cai cho phép:\n"
        "Tên tổ chức: Công ty cổ phần Vận tải Hoàng Liên.\n"
        "Thời hạn của Giấy phép: 24 tháng kể từ ngày ký./.\n"
        "Lào Cai, ngày 14 tháng 7 năm 2026\n"
        "| Nơi nhận: - Công an tỉnh; - Lưu: VT. | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân |\n\n"
        "DANH SÁCH PHƯƠNG TIỆN VẬN CHUYỂN\n"
        "| TT | Biển kiểm soát | Trọng tải (kg) |\n"
        + "".join(f"| {i} | 24C-{10000 + i} | 40.000 |\n" for i in range(1, 31)),
        {"doc_type": "GP", "symbol": "GP-SCT", "date": "2026-07-14", "place": "Lào Cai"},
    ),
    # A consolidated text is identified by its authentication block, here after
    # the articles and before the footnotes on what amended them; its top is the
    # consolidated law's title, then the note naming that law and its amenders.
    "consolidated_law": (
        "CÔNG BÁO/Số 101 + 102/Ngày 20-1-2024\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "LUẬT\nTRẺ EM\n\n"
        "Luật Trẻ em số 102/2016/QH13 ngày 05 tháng 4 năm 2016 của Quốc hội, có hiệu lực\n"
        "kể từ ngày 01 tháng 6 năm 2017, được sửa đổi, bổ sung bởi:\n"
        "Luật số 28/2018/QH14 ngày 15 tháng 6 năm 2018 của Quốc hội sửa đổi, bổ sung một số\n"
        "điều của 11 luật có liên quan đến quy hoạch, có hiệu lực kể từ ngày 01 tháng 01 năm 2019.\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật Trẻ em1.\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Trẻ em\nTrẻ em là người dưới 16 tuổi.\n"
        "Điều 106. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2017./.\n\n"
        "VĂN PHÒNG QUỐC HỘI\n\nSố: 05/VBHN-VPQH\n\n\nXÁC THỰC VĂN BẢN HỢP NHẤT\n\n"
        "Hà Nội, ngày 10 tháng 01 năm 2024\nCHỦ NHIỆM\n\nBùi Văn Cường\n\n"
        "1 Luật số 28/2018/QH14 sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch\n"
        "có căn cứ ban hành như sau:\n",
        {
            "doc_type": "VBHN",
            "number": "05/VBHN-VPQH",
            "date": "2024-01-10",
            "place": "Hà Nội",
            "issuer.name": "VĂN PHÒNG QUỐC HỘI",
            "issuer.inferred": False,
            "level": "national",
            "title": "TRẺ EM",
        },
    ),
    "consolidated_circular_title_ends_at_the_note": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "THÔNG TƯ\nQuy định chi tiết về hoạt động kiểm định kỹ thuật an toàn lao động\n"
        "Thông tư số 36/2019/TT-BLĐTBXH ngày 30 tháng 12 năm 2019 của Bộ trưởng\n"
        "Bộ Lao động - Thương binh và Xã hội, có hiệu lực kể từ ngày 15 tháng 02 năm 2020,\n"
        "được sửa đổi, bổ sung bởi:\n"
        "Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022, có hiệu lực kể từ ngày 10 tháng 7 năm 2022.\n"
        "Căn cứ Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015;\n"
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư quy định chi tiết.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết.\n\n"
        "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 2712/VBHN-BLĐTBXH\n"
        "XÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 14 tháng 7 năm 2022\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn Thanh\n",
        {
            "doc_type": "VBHN",
            "number": "2712/VBHN-BLĐTBXH",
            "date": "2022-07-14",
            "issuer.name": "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
            "level": "national",
            "title": "Quy định chi tiết về hoạt động kiểm định kỹ thuật an toàn lao động",
        },
    ),
    # without the authentication block, a title line that opens with a cited
    # decision is still the title's
    "title_line_opening_with_a_citation": (
        "UBND TỈNH LÀO CAI\nSỞ Y TẾ\nSố: 45/KH-SYT\nLào Cai, ngày 02 tháng 3 năm 2024\n"
        "KẾ HOẠCH\nTriển khai thực hiện\n"
        "Quyết định số 1437/QĐ-TTg ngày 27 tháng 11 năm 2023 của Thủ tướng Chính phủ\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Bảo vệ trẻ em.\n",
        {
            "doc_type": "KH",
            "number": "45/KH-SYT",
            "title": "Triển khai thực hiện Quyết định số 1437/QĐ-TTg ngày 27 tháng 11 năm 2023 "
            "của Thủ tướng Chính phủ",
        },
    ),
}

# A letter's subject wrapped in its narrow cell: it runs on after a comma, a
# preposition or a body's noun, whatever the case of the next line, until the
# blank line above "Kính gửi:".
CASES["subject_wrapped_after_a_comma_and_a_body_noun"] = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 74/UBND-XD Lào Cai, ngày 21 tháng 7 năm 2026\n"
    "V/v triển khai Quyết định số 1074/QĐ-BXD của Bộ\nXây dựng về an toàn phòng cháy,\n"
    "TCTN và vật liệu nổ công nghiệp\n\nKính gửi: Các Sở, ban, ngành thuộc tỉnh.\n"
    "Thực hiện Quyết định số 1074/QĐ-BXD, UBND tỉnh đề nghị các cơ quan triển khai.\n",
    {
        "title": "triển khai Quyết định số 1074/QĐ-BXD của Bộ Xây dựng về an toàn phòng cháy, "
        "TCTN và vật liệu nổ công nghiệp",
        "doc_type": "CV",
    },
)

# A subject in a narrow cell wraps anywhere ("… thủ tục cấp" / "Giấy phép …"),
# onto lines as narrow; it carries no closing mark.
CASES["subject_wrapped_in_a_narrow_cell"] = (
    "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 75/UBND-KT Lào Cai, ngày 22 tháng 7 năm 2026\n"
    "V/v triển khai thực hiện thủ tục cấp\nGiấy phép vận chuyển hàng hoá nguy\nhiểm loại 1, 2, 3.\n"
    "Kính gửi: Sở Công Thương.\nGiao Sở Công Thương chủ trì triển khai thực hiện.\n",
    {"title": "triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hoá nguy hiểm loại 1, 2, 3"},
)

# A letter with no type line may spell its "V/v" out: "Về việc …" under its
# number is its subject, as "V/v …" is; a titled text's "Về việc …" (under
# "TỜ TRÌNH", as under "QUYẾT ĐỊNH") is its title, kept whole.
CASES["letter_subject_spelled_out"] = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 120/SCT-KT\nVề việc báo cáo tình hình hóa chất\n"
    "Lào Cai, ngày 12 tháng 5 năm 2026\nKính gửi: Các doanh nghiệp hoạt động hóa chất.\n"
    "Sở Công Thương đề nghị các doanh nghiệp báo cáo trước ngày 30/5/2026.\n",
    {"title": "báo cáo tình hình hóa chất", "doc_type": "CV", "number": "120/SCT-KT", "date": "2026-05-12"},
)
CASES["submissions_title_keeps_ve_viec"] = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 15/TTr-SCT\nLào Cai, ngày 10 tháng 3 năm 2026\nTỜ TRÌNH\n"
    "Về việc phê duyệt phương án nổ mìn\nKính gửi: Ủy ban nhân dân tỉnh Lào Cai.\n"
    "Sở Công Thương kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt.\n",
    {"title": "Về việc phê duyệt phương án nổ mìn", "doc_type": "TTr"},
)

# A working group (Đoàn kiểm tra, Tổ công tác) is set up by the body above it:
# a flattened cell holding both gives that body as the parent, whether or not
# it names its province with "tỉnh".
CASES["working_group_under_its_department"] = (
    "| SỞ Y TẾ HÀ TĨNH ĐOÀN KIỂM TRA LIÊN NGÀNH Số:    /BC-ĐKT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc Hà Tĩnh, ngày 12 tháng 9 năm 2025 |\n\n"
    "BÁO CÁO\nKết quả kiểm tra an toàn thực phẩm dịp Tết Trung thu\n"
    "Kính gửi: Giám đốc Sở Y tế.\nThực hiện Quyết định số 512/QĐ-SYT ngày 01/9/2025 của Giám đốc Sở Y tế.\n",
    {
        "doc_type": "BC",
        "issuer.name": "ĐOÀN KIỂM TRA LIÊN NGÀNH",
        "issuer.parent": "SỞ Y TẾ HÀ TĨNH",
        "issuer.level": "province",
        "date": "2025-09-12",
    },
)

# A plan's title opening like a preamble ("Thực hiện Chỉ thị …") right under
# the type word: a title has no closing mark, the preamble's clause has.
CASES["title_opening_like_a_preamble"] = (
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 03 tháng 3 năm 2025\nKẾ HOẠCH\n"
    "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư\nvề tăng cường công tác trẻ em\n"
    "Căn cứ Luật Trẻ em năm 2016;\nI. MỤC ĐÍCH\n1. Bảo vệ trẻ em.\n",
    {
        "title": "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư về tăng cường công tác trẻ em",
        "date": "2025-03-03",
    },
)
CASES["a_preamble_right_under_the_type_word"] = (
    "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 03 tháng 3 năm 2025\nKẾ HOẠCH\n"
    "Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư, UBND tỉnh ban hành Kế hoạch như sau:\n"
    "I. MỤC ĐÍCH\n1. Bảo vệ trẻ em.\n",
    {"title": None, "doc_type": "KH"},
)
# "KẾ HOẠCH HÀNH ĐỘNG" is the type (an action plan); attached to a decision,
# its date is the decision's, from its wrapped "(Kèm theo …" clause, not the
# cited directive's in its title.
CASES["attached_action_plan"] = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 844/QĐ-TTg\nHà Nội, ngày 13 tháng 5 năm 2026\nQUYẾT ĐỊNH\n"
    "Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW\nQUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n"
    "Nơi nhận:\n- Lưu: VT.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nLê Thành Long\n"
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "KẾ HOẠCH HÀNH ĐỘNG\nThực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\n"
    "về thực hiện bảo hiểm y tế toàn dân\n(Kèm theo Quyết định số 844/QĐ-TTg\n"
    "ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)\nI. MỤC TIÊU\n1. Bao phủ bảo hiểm y tế.\n",
    {"doc_type": "QĐ"},
)

# Minutes have no date in their header: "Hôm nay, ngày …" opening the text
# dates them.
CASES["minutes_dated_by_their_opening"] = (
    "| BỘ CÔNG THƯƠNG CỤC HÓA CHẤT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
    "BIÊN BẢN THẨM ĐỊNH\nHồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm\n"
    "Căn cứ Nghị định số 161/2024/NĐ-CP ngày 18 tháng 12 năm 2024 của Chính phủ;\n"
    "Hôm nay, ngày 14 tháng 11 năm 2025, tại trụ sở Cục Hóa chất, Cục tiến hành thẩm định hồ sơ.\n"
    "I. THÀNH PHẦN\n1. Ông Nguyễn Văn An - Phó Cục trưởng.\nII. NỘI DUNG\n"
    + "".join(f"{n}. Kiểm tra phương tiện vận chuyển số {n}: đạt yêu cầu.\n" for n in range(1, 41)),
    {"doc_type": "BB", "date": "2025-11-14"},
)


# A PDF's text prints the header's two columns on the same lines, a run of
# spaces between them: the issuer's column and the number on the left, the
# motto and the place and date on the right.
CASES["pdf_columns_interleaved"] = (
    "  UBND HUYỆN BẢO LÂM           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    " PHÒNG LAO ĐỘNG - THƯƠNG BINH          Độc lập - Tự do - Hạnh phúc\n        VÀ XÃ HỘI\n"
    "  Số: 45/KH-LĐTBXH              Bảo Lâm, ngày 12 tháng 4 năm 2024\n                    KẾ HOẠCH\n"
    "   Rà soát hộ nghèo năm 2024\nI. MỤC ĐÍCH\n1. Nắm chắc số hộ nghèo.\n",
    {
        "doc_type": "KH",
        "number": "45/KH-LĐTBXH",
        "date": "2024-04-12",
        "place": "Bảo Lâm",
        "issuer.name": "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        "issuer.parent": "UBND HUYỆN BẢO LÂM",
        "motto": True,
        "title": "Rà soát hộ nghèo năm 2024",
    },
)
# a letter's subject on the left, its place and date beside it on the right
CASES["pdf_columns_subject_beside_the_date"] = (
    "UBND HUYỆN TAM ĐẢO              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "PHÒNG TÀI CHÍNH - KẾ HOẠCH           Độc lập - Tự do - Hạnh phúc\nSố: 45/TCKH-NS\n"
    "V/v lập dự toán ngân sách        Tam Đảo, ngày 5 tháng 3 năm 2024\nnăm 2025\n"
    "Kính gửi: Các cơ quan, đơn vị thuộc huyện.\nĐề nghị các đơn vị lập dự toán gửi về Phòng.\n",
    {
        "doc_type": "CV",
        "number": "45/TCKH-NS",
        "date": "2024-03-05",
        "place": "Tam Đảo",
        "issuer.name": "PHÒNG TÀI CHÍNH - KẾ HOẠCH",
        "title": "lập dự toán ngân sách năm 2025",
    },
)


# A công văn may be numbered with its issuer's code alone, no type code and
# no unit after a hyphen: that is its number still.
CASES["letter_numbered_with_its_issuers_code_alone"] = (
    "UBND HUYỆN PHÚ LƯƠNG\nPHÒNG Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 87/PYT\nV/v tăng cường phòng, chống sốt xuất huyết\nPhú Lương, ngày 09 tháng 8 năm 2024\n"
    "Kính gửi: Trạm Y tế các xã, thị trấn.\nĐề nghị Trạm Y tế các xã báo cáo trước ngày 20/8/2024.\n",
    {"doc_type": "CV", "number": "87/PYT", "symbol": "PYT", "date": "2024-08-09", "place": "Phú Lương"},
)


# The "V/v" as letters type it: "V/ v", or in lower case opening its line.
for _name, _vv in (("spaced", "V/ v"), ("lower", "v/v")):
    CASES[f"letter_subject_typed_{_name}"] = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 123/SCT-QLCN\n"
        f"{_vv} tăng cường kiểm tra an toàn hóa chất\nLào Cai, ngày 10 tháng 6 năm 2026\n"
        "Kính gửi: Các đơn vị hoạt động hóa chất trên địa bàn tỉnh.\nSở Công Thương đề nghị các đơn vị thực hiện.\n",
        {"title": "tăng cường kiểm tra an toàn hóa chất", "doc_type": "CV"},
    )
# A flattened page printing the right column's motto and date between the
# lines of the subject: the subject goes on past them.
CASES["letter_subject_wrapped_around_the_right_column"] = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 124/SCT-QLCN\nV/v tăng cường kiểm tra an toàn\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nhóa chất trên địa bàn tỉnh\nĐộc lập - Tự do - Hạnh phúc\n"
    "Lào Cai, ngày 10 tháng 6 năm 2026\nKính gửi: Các đơn vị hoạt động hóa chất.\n"
    "Sở Công Thương đề nghị các đơn vị thực hiện.\n",
    {"title": "tăng cường kiểm tra an toàn hóa chất trên địa bàn tỉnh", "date": "2026-06-10", "motto": True},
)
# The subject above the number in the left column ends before the number's line.
CASES["letter_subject_above_its_number"] = (
    "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nV/v tăng cường kiểm tra an toàn hóa chất\nSố: 125/SCT-QLCN\n"
    "Lào Cai, ngày 10 tháng 6 năm 2026\nKính gửi: Các đơn vị hoạt động hóa chất.\n"
    "Sở Công Thương đề nghị các đơn vị thực hiện.\n",
    {"title": "tăng cường kiểm tra an toàn hóa chất", "number": "125/SCT-QLCN"},
)

def _get(obj, dotted):
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("name", list(CASES))
def test_header_shape(name):
    text, expected = CASES[name]
    doc = parse_text(text)
    for field, want in expected.items():
        assert _get(doc.header, field) == want, f"{name}: {field}"


# A body's full name as Nghị định 30/2020/NĐ-CP (Phụ lục II) writes it: its kind
# and each part of its field capitalised, places as proper names; bodies the
# tables name keep their spelling.
FULL_NAMES = [
    ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Bộ Kế hoạch và Đầu tư"),
    ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Phòng Tài chính - Kế hoạch"),
    ("CỤC HÓA CHẤT", "Cục Hóa chất"),
    ("BAN QUẢN LÝ KHU KINH TẾ", "Ban Quản lý khu kinh tế"),
    ("CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG", "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"),
    ("TRUNG TÂM Y TẾ HUYỆN CHÂU THÀNH", "Trung tâm Y tế huyện Châu Thành"),
    ("SỞ CÔNG THƯƠNG", "Sở Công Thương"),  # the table's spelling
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Ngân hàng Nhà nước Việt Nam"),
    ("VĂN PHÒNG QUỐC HỘI", "Văn phòng Quốc hội"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
    ("UỶ BAN NHÂN DÂN TỈNH LÀO CAI", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("TỈNH ỦY BÌNH DƯƠNG", "Tỉnh ủy Bình Dương"),
    ("ĐẢNG ỦY XÃ TÂN AN", "Đảng ủy xã Tân An"),
    ("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"),  # not in capitals: as written
    # abbreviations and numbers keep their capitals
    ("ĐOÀN KIỂM TRA THEO QĐ SỐ 15/QĐ-SYT", "Đoàn kiểm tra theo QĐ số 15/QĐ-SYT"),
    # proper names inside a name
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai"),
]


def test_an_attached_action_plans_type_title_and_date():
    doc = parse_text(CASES["attached_action_plan"][0])
    (plan,) = doc.attachments
    assert plan.header.doc_type == "KH"
    assert plan.header.title.startswith("Thực hiện Chỉ thị số 52-CT/TW")
    assert plan.header.date == "2026-05-13"


@pytest.mark.parametrize(("name", "full"), FULL_NAMES)
def test_full_name(name, full):
    assert _full_name(name, None) == full


def test_the_places_span_covers_the_place_not_the_motto_before_it():
    text = (
        "| UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: 15/SCT-CN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập - Tự do - Hạnh phúc Lào Cai, ngày 12 tháng 6 năm 2026 |\n"
        "Kính gửi: Sở Tài chính.\nSở Công Thương đề nghị Sở Tài chính cung cấp số liệu.\n"
    )
    header = parse_text(text).header
    span = header.spans["place"]
    assert (header.place, text[span.start : span.end]) == ("Lào Cai", "Lào Cai")


def test_a_page_copied_from_a_portal_takes_the_portals_record_of_number_and_date():
    from khtool import parse_text

    doc = parse_text(
        "Trang chủ\nVăn bản chỉ đạo điều hành\nCập nhật: 22/08/2025 09:14 | Lượt xem: 317\n\nKẾ HOẠCH\n"
        "Triển khai chuyển đổi số trên địa bàn xã Đông Thạnh năm 2025\n\n"
        "Thực hiện Kế hoạch số 4521/KH-UBND ngày 30/7/2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh,\n"
        "I. MỤC ĐÍCH\n1. Vận hành thông suốt hệ thống.\nPHÓ CHỦ TỊCH\nLê Văn Tám\n\n"
        "ỦY BAN NHÂN DÂN XÃ ĐÔNG THẠNH - THÀNH PHỐ HỒ CHÍ MINH\n"
        "Số ký hiệu: 186/KH-UBND    Ngày ban hành: 21/08/2025    Người ký: Lê Văn Tám\n"
    )
    assert (doc.header.number, doc.header.date) == ("186/KH-UBND", "2025-08-21")
    assert [c.number for c in doc.citations] == ["4521/KH-UBND"]


# A page copied from a portal: its breadcrumb, the page's title ("V/v …") and
# its record of the document (label and value in cells) above the document's
# own header. The header block wins: its place, date and addressees are read.
PORTAL_PAGE = (
    "Cổng thông tin điện tử huyện Phú Lương\nTrang chủ / Văn bản / Văn bản chỉ đạo điều hành\n"
    "V/v hướng dẫn chi trả trợ cấp xã hội tháng 8 năm 2024\nSố ký hiệu\t312/PLĐTBXH\n"
    "Ngày ban hành\t{date}\nCơ quan ban hành\tPhòng Lao động - Thương binh và Xã hội\n"
    "Trích yếu\tV/v hướng dẫn chi trả trợ cấp xã hội tháng 8 năm 2024\n"
    "UBND HUYỆN PHÚ LƯƠNG\nPHÒNG LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 312/PLĐTBXH\n"
    "V/v hướng dẫn chi trả trợ cấp xã hội tháng 8 năm 2024\n{place_date}\n"
    "Kính gửi: Ủy ban nhân dân các xã, thị trấn.\n"
    "Đề nghị UBND các xã, thị trấn chi trả trợ cấp xã hội trước ngày 10/8/2024.\n"
)


def test_a_portal_pages_residue_above_the_header_does_not_stop_it():
    doc = parse_text(PORTAL_PAGE.format(date="02/08/2024", place_date="Phú Lương, ngày 02 tháng 8 năm 2024"))
    h = doc.header
    assert (h.doc_type, h.number, h.date, h.place) == ("CV", "312/PLĐTBXH", "2024-08-02", "Phú Lương")
    assert h.title == "hướng dẫn chi trả trợ cấp xã hội tháng 8 năm 2024"
    assert (h.issuer.name, h.issuer.parent) == ("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "UBND HUYỆN PHÚ LƯƠNG")
    assert [a.text for a in doc.addressees] == ["Ủy ban nhân dân các xã, thị trấn"]


def test_the_portals_record_fills_only_what_the_header_lacks():
    # a date the header left blank is the record's; the header's own wins
    blank = parse_text(PORTAL_PAGE.format(date="02/08/2024", place_date="Phú Lương, ngày    tháng 8 năm 2024"))
    assert blank.header.date == "2024-08"
    missing = parse_text(PORTAL_PAGE.format(date="02/08/2024", place_date=""))
    assert missing.header.date == "2024-08-02"
    other = parse_text(PORTAL_PAGE.format(date="05/08/2024", place_date="Phú Lương, ngày 02 tháng 8 năm 2024"))
    assert other.header.date == "2024-08-02"


def test_a_header_table_printed_after_the_first_pages_text():
    """A gazette page extracted from its PDF may give the header table after
    the page's text: its number line, with the motto and the place and date
    below it, is the document's own (and no citation of itself)."""
    doc = parse_text(
        "CÔNG BÁO/Số 351/Ngày 27-06-2026\n102\nTHÔNG TƯ\nQuy định danh mục các lĩnh vực\n"
        "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ;\n"
        "Bộ trưởng Bộ Y tế ban hành Thông tư quy định danh mục các lĩnh vực.\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định danh mục các lĩnh vực.\n"
        "BỘ Y TẾ\nSố: 5/2026/TT-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 2 tháng 3 năm 2026\n"
        "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày ký.\n"
    )
    h = doc.header
    assert (h.number, h.date, h.place) == ("5/2026/TT-BYT", "2026-03-02", "Hà Nội")
    assert [c.number for c in doc.citations] == ["55/2025/NĐ-CP"]


def test_a_title_amending_a_text_attached_to_another_is_no_attachment():
    """"SỬA ĐỔI … QUY CHẾ …" / "BAN HÀNH KÈM THEO THÔNG TƯ SỐ …": the title's
    own lines, not an attached text's clause; the document named there is
    the one acted on, no attachment."""
    doc = parse_text(
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 06/2026/TT-BGDĐT\nHà Nội, ngày 20 tháng 02 năm 2026\n\nTHÔNG TƯ\n"
        "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY CHẾ THI TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG\n"
        "BAN HÀNH KÈM THEO THÔNG TƯ SỐ 24/2024/TT-BGDĐT NGÀY 24 THÁNG 12 NĂM 2024\n"
        "CỦA BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nCăn cứ Luật Giáo dục số 43/2019/QH14;\n"
        "Điều 1. Sửa đổi, bổ sung khoản 2 Điều 4 của Quy chế thi tốt nghiệp trung học phổ thông.\n"
        "Điều 2. Thông tư này có hiệu lực từ ngày 10 tháng 4 năm 2026.\n"
    )
    assert doc.attachments == []
    assert doc.header.title is not None and doc.header.title.endswith("CỦA BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO")
    (c,) = [c for c in doc.citations if c.number == "24/2024/TT-BGDĐT"]
    assert c.relation == "mention"


def test_a_front_committees_board_under_its_abbreviated_name():
    doc = parse_text(
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH LÂM ĐỒNG\nBAN THƯỜNG TRỰC\nSố: 45/KH-MTTQ-BTT\n"
        "Lâm Đồng, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền bầu cử\n"
    )
    assert (doc.header.issuer.branch, doc.header.level) == ("front", "province")


@pytest.mark.parametrize(
    ("issuer_lines", "name", "organ", "level", "province"),
    [
        # the Union's name in the right column, flattened onto the issuer's line
        ("BCH ĐOÀN TỈNH GIA LAI      ĐOÀN TNCS HỒ CHÍ MINH\n***", "BCH ĐOÀN TỈNH GIA LAI", "Đoàn TNCS Hồ Chí Minh", "province", "Tỉnh Gia Lai"),
        # or on a line of its own
        ("TỈNH ĐOÀN NGHỆ AN\nĐOÀN TNCS HỒ CHÍ MINH\n***", "TỈNH ĐOÀN NGHỆ AN", "Tỉnh đoàn", "province", "Tỉnh Nghệ An"),
        # a mass organisation's national name beside its provincial board
        (
            "ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ\nBAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH\nHỘI NÔNG DÂN VIỆT NAM\n*",
            "BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH",
            "Ban Thường vụ Hội",
            "province",
            "Tỉnh Phú Thọ",
        ),
        (
            "BAN CHẤP HÀNH TRUNG ƯƠNG   HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
            "BAN CHẤP HÀNH TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
            "Trung ương Hội",
            "national",
            None,
        ),
        # the centre's committee is named by the banner alone
        (
            "BAN CHẤP HÀNH TRUNG ƯƠNG\n***\nĐOÀN TNCS HỒ CHÍ MINH",
            "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
            "Trung ương Đoàn",
            "national",
            None,
        ),
    ],
)
def test_a_mass_organisations_banner_is_no_part_of_its_issuer(issuer_lines, name, organ, level, province):
    doc = parse_text(
        f"{issuer_lines}\nSố: 45-KH/TĐTN-TG\nVinh, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Tổ chức Tháng Thanh niên năm 2026\n1. Các cơ sở Đoàn tổ chức ra quân trước ngày 26/3/2026.\n"
    )
    issuer = doc.header.issuer
    assert (issuer.name, issuer.organ, issuer.branch, doc.header.level) == (name, organ, "front", level)
    assert (issuer.locality.province if issuer.locality else None) == province


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("TỈNH ĐOÀN GIA LAI", [("province", "Gia Lai")]),
        ("HUYỆN ĐOÀN BẢO THẮNG", [("district", "Bảo Thắng")]),
        ("UBND xã Đoàn Kết", [("ward", "Đoàn Kết")]),  # a commune's name, not the Union
    ],
)
def test_a_youth_union_committee_is_named_by_its_place(text, units):
    from khtool.segment import units_in

    assert units_in(text) == units


@pytest.mark.parametrize(
    "caption",
    [
        "(Kèm theo Báo cáo số 402/BC-STP ngày 05/12/2025 của Sở Tư pháp)",
        # wrapped after its date: the date is on the caption's first line
        "(Ban hành kèm theo Báo cáo số 402/BC-STP ngày 05/12/2025\ncủa Sở Tư pháp)",
        # wrapped before its date
        "(Kèm theo Báo cáo số 402/BC-STP\nngày 05/12/2025 của Sở Tư pháp)",
    ],
)
def test_an_attached_text_takes_its_carriers_date_written_in_figures(caption):
    doc = parse_text(
        "UBND TỈNH HƯNG YÊN\nSỞ TƯ PHÁP\nSố: 402/BC-STP\nHưng Yên, ngày 05 tháng 12 năm 2025\n\nBÁO CÁO\n"
        "Kết quả công tác phổ biến, giáo dục pháp luật năm 2025\n\nI. KẾT QUẢ\nĐã tổ chức 25 hội nghị.\n\n"
        "GIÁM ĐỐC\nĐỗ Thị Minh Nguyệt\n\nPHỤ LỤC\nKẾ HOẠCH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026\n"
        f"{caption}\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "Nâng cao hiệu quả công tác phổ biến pháp luật.\n"
    )
    (plan,) = doc.attachments
    assert (plan.header.doc_type, plan.header.date) == ("KH", "2025-12-05")


AMENDING_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 14/2026/QĐ-UBND\nHà Tĩnh, ngày 06 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\n"
    "Sửa đổi, bổ sung một số điều của Quy định quản lý chợ trên địa bàn tỉnh\n\n"
    "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 310/TTr-SCT ngày 20/4/2026.\n\n"
    "QUYẾT ĐỊNH:\n\n"
    "Điều 1. Sửa đổi, bổ sung một số điều của Quy định quản lý chợ trên địa bàn tỉnh\n"
    "{wrap}kèm theo Quyết định số 21/2023/QĐ-UBND ngày 15 tháng 6 năm 2023 của\n"
    "Ủy ban nhân dân tỉnh Hà Tĩnh như sau:\n"
    "1. Sửa đổi khoản 3 Điều 6 như sau: \"3. Ban quản lý chợ báo cáo hằng quý.\"\n\n"
    "Điều 2. Hiệu lực thi hành\n"
    "1. Quyết định này có hiệu lực kể từ ngày 20 tháng 5 năm 2026.\n"
    "2. Bãi bỏ Quyết định số 905/QĐ-UBND ngày 02 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh\n"
    "về việc thành lập Tổ kiểm tra liên ngành.\n"
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.\n"
)


@pytest.mark.parametrize("wrap", ["ban hành ", ""])
def test_a_sentence_wrapped_before_kem_theo_opens_no_attachment(wrap):
    """A caption opens its line with a parenthesis or a capital, "(Ban hành
    kèm theo …)": "… Quy định quản lý chợ" / "ban hành kèm theo Quyết định số
    21/2023 …" is the amending article's sentence, hard-wrapped, and what the
    decision does to the documents it names stays the decision's."""
    doc = parse_text(AMENDING_DECISION.format(wrap=wrap))
    assert doc.attachments == []
    actions = {c.number: c.action for c in doc.citations}
    assert actions["21/2023/QĐ-UBND"] == "amends"
    assert actions["905/QĐ-UBND"] == "repeals"
    relations = {c.number: c.relation for c in doc.citations}
    assert relations["72/2025/QH15"] == "basis"


@pytest.mark.parametrize(
    ("issuer_lines", "full_name"),
    [
        # a people's committee's department, named under it without a place,
        # takes its government's: there is one in every province (district)
        ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG", "Sở Công Thương tỉnh Lào Cai"),
        ("ỦY BAN NHÂN DÂN\nHUYỆN BÁT XÁT\nPHÒNG TƯ PHÁP", "Phòng Tư pháp huyện Bát Xát"),
        # a place of its own stays the only one; a ministry's unit has none to take
        ("UBND TỈNH LÀO CAI\nSỞ Y TẾ TỈNH LÀO CAI", "Sở Y tế tỉnh Lào Cai"),
        ("BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT", "Cục Hóa chất"),
        # nor does a Party committee's board take its committee's place
        ("TỈNH ỦY LÀO CAI\nBAN TUYÊN GIÁO", "Ban Tuyên giáo"),
        # a Party committee named by its kind takes its organisation's place
        ("ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY", "Tỉnh ủy Nghệ An"),
        ("ĐẢNG BỘ HUYỆN BÁT XÁT\nHUYỆN UỶ", "Huyện ủy Bát Xát"),
        ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY", "Tỉnh ủy"),
        # an office with no field of its own is named after its whole parent body
        ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nVĂN PHÒNG", "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG", "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"),
    ],
)
def test_a_departments_full_name_takes_its_governments_place(issuer_lines, full_name):
    doc = parse_text(f"{issuer_lines}\nSố: 12/KH-SCT\nLào Cai, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền pháp luật\n")
    assert doc.header.issuer.full_name == full_name


CARRIER = (
    "BỘ CÔNG THƯƠNG\nSố: 24/2026/TT-BCT\nHà Nội, ngày 10 tháng 6 năm 2026\nTHÔNG TƯ\nQuy định chế độ báo cáo\n"
    "Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26/02/2025 của Chính phủ;\n"
    "Điều 1. Tổ chức lập kế hoạch theo Mẫu tại Phụ lục I ban hành kèm theo Thông tư này.\n"
    "Điều 2. Thông tư này có hiệu lực từ ngày 01 tháng 8 năm 2026./.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Bình\n\n"
)


@pytest.mark.parametrize(
    ("appendix", "attached"),
    [
        # a blank form: its label, or placeholders where a document has figures
        ("PHỤ LỤC II\nMẪU BÁO CÁO\nBÁO CÁO\nKết quả thực hiện năm ....\n(Kèm theo Thông tư số 24/2026/TT-BCT)\n", False),
        (
            "PHỤ LỤC II\nQUY CHẾ\nQuản lý cụm công nghiệp trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số ... /20 … "
            "/QĐ-UBND ngày ... tháng ... năm ... của Ủy ban nhân dân tỉnh)\n",
            False,
        ),
        # an appendix the text calls a form ("theo Mẫu tại Phụ lục I")
        ("PHỤ LỤC I\nKẾ HOẠCH\nQuản lý rủi ro trong khai thác khoáng sản\n(Kèm theo Thông tư số 24/2026/TT-BCT)\n", False),
        # a document attached: its own figures (a draft's blank day and
        # number are spaces, its year written)
        ("PHỤ LỤC II\nKẾ HOẠCH\nKiểm tra an toàn hóa chất năm 2026\n(Kèm theo Thông tư số 24/2026/TT-BCT)\n", True),
        ("QUY CHẾ\nPhối hợp quản lý\n(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày    tháng   năm 2026)\n", True),
        # an appendix whose title names the forms it lays down ("QUY ĐỊNH" there
        # is no type), its table of forms' labels too far below to be seen
        (
            "Phụ lục III\nQUY ĐỊNH VỀ MẪU ĐƠN, TỜ KHAI CỦA THỦ TỤC HÀNH CHÍNH\n(Kèm theo Thông tư số 24/2026/TT-BCT\n"
            "ngày 10 tháng 6 năm 2026 của Bộ Công Thương)\nSTT\nTên mẫu đơn, tờ khai\nGhi chú\n1\n"
            "Mẫu số 01 Đơn đề nghị cấp giấy phép\n",
            False,
        ),
        ("PHỤ LỤC III\nQUY ĐỊNH\nVề biểu mẫu báo cáo thống kê\n(Kèm theo Thông tư số 24/2026/TT-BCT)\n", False),
        # (an attached regulation under an appendix's heading is still one)
        ("PHỤ LỤC III\nQUY ĐỊNH\nVề quản lý an toàn hóa chất\n(Kèm theo Thông tư số 24/2026/TT-BCT)\n", True),
    ],
)
def test_a_blank_form_in_an_appendix_is_no_attached_document(appendix, attached):
    doc = parse_text(CARRIER + appendix + "I. MỤC ĐÍCH\n1. Bảo đảm an toàn.\n")
    assert bool(doc.attachments) is attached


@pytest.mark.parametrize(
    ("position_line", "position"),
    [
        ("PHÓ THỦ TƯỚNGy]", "PHÓ THỦ TƯỚNG"),  # stray marks a PDF's text glued to it
        ("PHÓ THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"),
        # the post under the "KT." form; a further line is one held besides
        ("PHÓ THỦ TƯỚNG\nTRƯỞNG BAN CHỈ ĐẠO QUỐC GIA", "PHÓ THỦ TƯỚNG"),
    ],
)
def test_a_signers_title_with_stray_marks_after_it(position_line, position):
    doc = parse_text(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 892/QĐ-TTg\nHà Nội, ngày 10 tháng 6 năm 2026\nQUYẾT ĐỊNH\nPhê duyệt Đề án\n"
        "Điều 1. Phê duyệt Đề án.\nĐiều 2. Hiệu lực./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
        f"KT. THỦ TƯỚNG\n   {position_line} \n\nPhạm Thị Thanh Trà\n"
    )
    assert (doc.header.signer.position, doc.header.signer.name) == (position, "Phạm Thị Thanh Trà")


def test_a_long_title_runs_to_its_end():
    """A decision correcting a long-named circular: a title of thirteen lines."""
    title = [
        "Về việc đính chính Thông tư số 138/2025/TT-BTC ngày 30 tháng 12 năm 2025",
        "của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều",
        "của Thông tư số 58/2021/TT-BTC ngày 12 tháng 7 năm 2021",
        "của Bộ trưởng Bộ Tài chính hướng dẫn một số nội dung",
        "về hoạt động giao dịch, thanh toán giao dịch chứng khoán,",
        "hoạt động của thành viên lưu ký, hoạt động của công ty chứng khoán",
        "và hoạt động của Tổng công ty lưu ký và bù trừ chứng khoán",
        "trên thị trường giao dịch cổ phiếu,",
        "thị trường giao dịch trái phiếu,",
        "thị trường giao dịch chứng khoán phái sinh",
        "và thị trường giao dịch các loại chứng khoán khác",
        "được sửa đổi, bổ sung bởi",
        "Thông tư số 69/2023/TT-BTC",
    ]
    doc = parse_text(
        "BỘ TÀI CHÍNH\nSố: 372/QĐ-BTC\nHà Nội, ngày 10 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
        + "\n".join(title)
        + "\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Nghị định số 29/2025/NĐ-CP;\nQUYẾT ĐỊNH:\nĐiều 1. Đính chính.\n"
    )
    assert doc.header.title == " ".join(title)


def test_a_certificates_labelled_fields_are_no_part_of_its_title():
    doc = parse_text(
        "UBND TỈNH LÀO CAI\nBAN QUẢN LÝ KHU KINH TẾ\nGIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ\nMã số dự án: 4275604886\n"
        "Chứng nhận lần đầu: ngày 30 tháng 6 năm 2026\nCăn cứ Luật Đầu tư số 61/2020/QH14;\n"
    )
    # (its date is the labelled field's)
    assert (doc.header.title, doc.header.date) == ("ĐĂNG KÝ ĐẦU TƯ", "2026-06-30")


@pytest.mark.parametrize(
    ("appendix", "duplicates"),
    [
        # each form of an appendix, and a text a form carries, numbers its articles afresh
        (
            "PHỤ LỤC II\nMẪU VĂN BẢN\nMẫu số 01\nQUYẾT ĐỊNH\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Hiệu lực.\n"
            "QUY CHẾ\nQuản lý cụm công nghiệp\n(Ban hành kèm theo Quyết định số ... ngày ... tháng ... năm ...)\n"
            "Điều 1. Phạm vi.\nĐiều 2. Đối tượng.\nMẫu số 02\nQUYẾT ĐỊNH\nĐiều 1. Thành lập.\nĐiều 2. Hiệu lực.\n",
            0,
        ),
        # within one form, a number twice is still told
        ("PHỤ LỤC II\nMẪU VĂN BẢN\nMẫu số 01\nQUYẾT ĐỊNH\nĐiều 1. Ban hành.\nĐiều 1. Hiệu lực.\n", 1),
        # and so each form's parts ("Phần 1. Thông tin chung" in each application form)
        (
            "PHỤ LỤC II\nMẪU ĐƠN\nMẫu số 01\nĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP\nKính gửi: (cơ quan cấp phép)\n"
            "Phần 1. Thông tin chung\n1. Tên tổ chức:\nPhần 2. Nội dung đề nghị\n1. Lý do:\nMẫu số 02\n"
            "ĐƠN ĐỀ NGHỊ GIA HẠN GIẤY PHÉP\nKính gửi: (cơ quan cấp phép)\nPhần 1. Thông tin chung\n1. Tên tổ chức:\n"
            "Phần 2. Nội dung đề nghị\n1. Lý do:\n",
            0,
        ),
    ],
)
def test_an_appendixs_forms_number_their_articles_afresh(appendix, duplicates):
    doc = parse_text(CARRIER + appendix)
    assert sum(d.code == "numbering-duplicate" for d in doc.diagnostics) == duplicates


def test_a_tables_article_cells_are_no_articles():
    """A table read a cell per line, one column naming the provisions to amend
    of the decree in its row ("Nghị định số 144/2020/NĐ-CP" / "Khoản 1 Điều 10"
    / "Điều 19"): a bare "Điều 19", no stop nor title, under a cell, is no
    article of this text, and its numbers are no numbering to check."""
    appendix = (
        "PHỤ LỤC II\nCÁC VĂN BẢN CẦN SỬA ĐỔI, BỔ SUNG\n(Kèm theo Thông tư số 24/2026/TT-BCT)\nSTT\nVăn bản\n"
        "Điều, khoản cần sửa đổi\n1.\nNghị định số 71/2019/NĐ-CP\nKhoản 1 Điều 10\nĐiều 19\n2.\n"
        "Nghị định số 38/2020/NĐ-CP\nĐiều 14\n3.\nNghị định số 82/2022/NĐ-CP\nĐiều 7\nKhoản 1 Điều 8\nĐiều 9\n"
        # (an appendix numbers its articles afresh: "Điều 3" is no next of the text's "Điều 2")
        "4.\nNghị định số 15/2021/NĐ-CP\nĐiều 3\n"
    )
    doc = parse_text(CARRIER + appendix)
    assert [d.code for d in doc.diagnostics if d.code.startswith("numbering")] == []
    assert not [
        s for s in walk_sections(doc.sections) if s.kind == "article" and s.label in ("Điều 19", "Điều 14", "Điều 9", "Điều 3")
    ]
    # (the text's own articles, each after a sentence's end, stay)
    assert [s.label for s in doc.sections if s.kind == "article"] == ["Điều 1", "Điều 2"]


@pytest.mark.parametrize(
    ("sep", "third"),
    [
        ("\n", 3),  # the text's own next articles, each after a clause with no stop
        ("\n\n", 3),
        ("\n", 4),  # a number skipped, under a sentence, not under a cell
    ],
)
def test_an_articles_bare_number_after_a_clause_is_an_article(sep, third):
    """"Điều 2" alone on its line, its title on the next, after a paragraph
    left without its stop: the text's own next article (or one under prose,
    not under a cell naming a provision) is no table's cell."""
    doc = parse_text(
        "BỘ TÀI CHÍNH\nSố: 31/2026/TT-BTC\nHà Nội, ngày 12 tháng 5 năm 2026\nTHÔNG TƯ\n"
        "Hướng dẫn quản lý kinh phí bảo trì đường bộ\n"
        "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24/02/2025 của Chính phủ;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn việc lập, phân bổ dự toán kinh phí bảo trì" + sep
        + "Điều 2\nĐối tượng áp dụng\nThông tư này áp dụng đối với cơ quan quản lý đường bộ các cấp" + sep
        + f"Điều {third}\nHiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 7 năm 2026./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Minh\n"
    )
    assert [s.label for s in doc.sections if s.kind == "article"] == ["Điều 1", "Điều 2", f"Điều {third}"]


@pytest.mark.parametrize(
    ("type_line", "doc_type"),
    [
        ("KẾ HOẠCH LIÊN TỊCH", "KH"),
        ("CHƯƠNG TRÌNH PHỐI HỢP", "CTr"),
        ("KẾ HOẠCH PHỐI HỢP LIÊN NGÀNH", "KH"),
    ],
)
def test_a_joint_texts_type_line_holds_how_it_was_made(type_line, doc_type):
    """"KẾ HOẠCH LIÊN TỊCH" / "CHƯƠNG TRÌNH PHỐI HỢP": the words after the type
    say how the text was made; the title is the next line."""
    doc = parse_text(
        "SỞ Y TẾ TỈNH ĐỒNG NAI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI\nSố: 15/KHLT-SYT-SGDĐT\n"
        f"Đồng Nai, ngày 05 tháng 9 năm 2025\n\n{type_line}\n"
        "Triển khai công tác y tế trường học năm học 2025 - 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert (doc.header.doc_type, doc.header.title) == (
        doc_type,
        "Triển khai công tác y tế trường học năm học 2025 - 2026",
    )


# A joint text (văn bản liên tịch, chương trình phối hợp) names each issuer in
# its header and carries each one's code in its symbol; each signs for itself.
JOINT_TEXTS = [
    (
        # one header line, a two-column signature as a table's cells
        "UBND TỈNH GIA LAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 800/KHLT-SYT-SGDĐT | Gia Lai, ngày 05 tháng 9 năm 2025\n\nKẾ HOẠCH LIÊN TỊCH\n"
        "Phòng, chống dịch bệnh trong trường học\n\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì giám sát.\n\n"
        "KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO | KT. GIÁM ĐỐC SỞ Y TẾ\nPHÓ GIÁM ĐỐC | PHÓ GIÁM ĐỐC\n\n"
        "Nguyễn Văn Bình | Trần Thị Hoa\n",
        ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
        "UBND TỈNH GIA LAI",
        ["Trần Thị Hoa", "Nguyễn Văn Bình"],  # the first issuer's signer first
    ),
    (
        # each body on its own line with its place, signatures one under the other
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI\n"
        "Số: 15/CTrPH-UBND-MTTQ\nGia Lai, ngày 05 tháng 9 năm 2025\n\nCHƯƠNG TRÌNH PHỐI HỢP\n"
        "Thực hiện cuộc vận động toàn dân đoàn kết\n\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa chủ trì.\n\n"
        "TM. BAN THƯỜNG TRỰC\nUBMTTQ VIỆT NAM TỈNH\nCHỦ TỊCH\n\nLê Văn Hải\n\n"
        "TM. ỦY BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\n\nPhạm Minh Tuấn\n",
        ["ỦY BAN NHÂN DÂN TỈNH GIA LAI", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI"],
        None,
        ["Phạm Minh Tuấn", "Lê Văn Hải"],
    ),
    (
        # ministries on one line, one of them with a dash in its name
        "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - BỘ Y TẾ\nSố: 12/2015/TTLT-BLĐTBXH-BYT\n"
        "Hà Nội, ngày 10 tháng 3 năm 2015\n\nTHÔNG TƯ LIÊN TỊCH\nHướng dẫn khám sức khỏe\n\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn.\n\n"
        "KT. BỘ TRƯỞNG BỘ Y TẾ\nTHỨ TRƯỞNG\n\nNguyễn Viết Tiến\n\n"
        "KT. BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nTHỨ TRƯỞNG\n\nNguyễn Thanh Hòa\n",
        ["BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BỘ Y TẾ"],
        None,
        ["Nguyễn Thanh Hòa", "Nguyễn Viết Tiến"],
    ),
    (
        # ministries on lines of their own
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nBỘ NỘI VỤ\nSố: 20/2015/TTLT-BGDĐT-BNV\nHà Nội, ngày 14 tháng 9 năm 2015\n\n"
        "THÔNG TƯ LIÊN TỊCH\nQuy định mã số chức danh\n\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định.\n",
        ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BỘ NỘI VỤ"],
        None,
        [],
    ),
    (
        # not joint: a government and its steering committee, the committee's
        # symbol naming the government and a drafting unit ("VX" is no body)
        "UBND TỈNH LÀO CAI\nBAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI TỈNH LÀO CAI\nSố: 20/KH-UBND-VX\n"
        "Lào Cai, ngày 14 tháng 9 năm 2025\n\nKẾ HOẠCH\nPhòng chống thiên tai\n\nI. MỤC ĐÍCH\n1. Chủ động.\n",
        ["BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI TỈNH LÀO CAI"],
        "UBND TỈNH LÀO CAI",
        [],
    ),
]


@pytest.mark.parametrize(("text", "issuers", "parent", "signers"), JOINT_TEXTS)
def test_a_joint_texts_issuers_and_signers(text, issuers, parent, signers):
    h = parse_text(text).header
    assert [i.name for i in [h.issuer, *h.co_issuers]] == issuers
    assert {i.parent for i in [h.issuer, *h.co_issuers]} == {parent}
    if signers:
        assert [s.name for s in [h.signer, *h.co_signers]] == signers
    else:
        assert h.co_signers == []


def test_a_letters_subject_typed_over_two_paragraphs_of_its_cell(tmp_path):
    """A .docx header table whose left cell holds the subject over two
    paragraphs ("V/v tham gia ý kiến về phương án" / "nổ mìn của Công ty …"):
    the subject is both, not cut at the paragraph's end."""
    import docx

    from khtool import parse_file

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = (
        "UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 123/SCT-QLCN\nV/v tham gia ý kiến về phương án\n"
        "nổ mìn của Công ty TNHH Minh Phát"
    )
    t.rows[0].cells[1].text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLào Cai, ngày 10 tháng 6 năm 2026"
    )
    for line in ("Kính gửi: Sở Xây dựng tỉnh Lào Cai", "Sở Công Thương đề nghị Sở Xây dựng cho ý kiến."):
        d.add_paragraph(line)
    path = tmp_path / "letter.docx"
    d.save(path)
    header = parse_file(path).header
    assert (header.doc_type, header.number) == ("CV", "123/SCT-QLCN")
    assert header.title == "tham gia ý kiến về phương án nổ mìn của Công ty TNHH Minh Phát"


# An urgency stamp (độ khẩn) in the header block, on its own line or in the
# column beside the issuer: the header's ``urgency``, no part of the issuer.
URGENT_HEADERS = [
    (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 512/UBND-NL\nV/v khẩn trương sơ tán dân vùng ven biển\nHỎA TỐC\nHà Tĩnh, ngày 02 tháng 9 năm 2026\n\n",
        "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
        "Hỏa tốc",
    ),
    (
        "UBND TỈNH NGHỆ AN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ          THƯỢNG KHẨN\nSố: 77/SYT-NVY\nV/v phòng, chống dịch sốt xuất huyết\n"
        "Nghệ An, ngày 10 tháng 8 năm 2026\n\n",
        "SỞ Y TẾ",
        "Thượng khẩn",
    ),
    (
        "UBND XÃ TÂN PHÚ\nSố: 15/UBND\nKhẩn\nV/v báo cáo thiệt hại do mưa lũ\nTân Phú, ngày 05 tháng 10 năm 2026\n\n",
        "UBND XÃ TÂN PHÚ",
        "Khẩn",
    ),
]


@pytest.mark.parametrize(("header", "issuer", "urgency"), URGENT_HEADERS)
def test_an_urgency_stamp_is_no_part_of_the_issuer(header, issuer, urgency):
    h = parse_text(
        f"{header}Kính gửi: Các sở, ban, ngành tỉnh.\n\nThực hiện chỉ đạo của Thủ tướng Chính phủ, đề nghị các cơ quan khẩn trương triển khai.\n"
    ).header
    assert (h.issuer.name, h.urgency) == (issuer, urgency)
    assert not {"tốc", "khẩn"} & set((h.issuer.full_name or "").lower().split())


def test_no_urgency_without_a_stamp():
    h = parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 512/UBND-NL\nV/v triển khai biện pháp khẩn\n"
        "Hà Tĩnh, ngày 02 tháng 9 năm 2026\n\nKính gửi: Các sở, ban, ngành tỉnh.\n"
    ).header
    assert (h.issuer.name, h.urgency) == ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", None)


# A joint text's issuers side by side, one block each (parent / body), in a
# text's columns or a table's cells; their signatures side by side too.
_JOINT_BODY = (
    "\nKẾ HOẠCH LIÊN TỊCH\nPhối hợp tuyên truyền pháp luật năm 2026\n\n"
    "I. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì biên soạn tài liệu.\n\n"
    "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\n"
)
SIDE_BY_SIDE_HEADERS = [
    (
        "UBND TỈNH KON TUM                              ỦY BAN MTTQ VIỆT NAM\n"
        "SỞ TƯ PHÁP                                            TỈNH KON TUM\n"
        "                                                      BAN THƯỜNG TRỰC\n"
        "Số: 12/KHLT-STP-MTTQ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Kon Tum, ngày 10 tháng 3 năm 2026\n" + _JOINT_BODY
        + "TM. BAN THƯỜNG TRỰC                                   GIÁM ĐỐC\n"
        "ỦY BAN MTTQ VIỆT NAM TỈNH\nPHÓ CHỦ TỊCH\n\n"
        "Y Hiếu Niê                                            Trần Văn Nam\n"
    ),
    (
        "| UBND TỈNH KON TUM | ỦY BAN MTTQ VIỆT NAM |\n| SỞ TƯ PHÁP | TỈNH KON TUM |\n"
        "| Số: 12/KHLT-STP-MTTQ | BAN THƯỜNG TRỰC |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nKon Tum, ngày 10 tháng 3 năm 2026\n" + _JOINT_BODY
        + "| TM. BAN THƯỜNG TRỰC | GIÁM ĐỐC |\n| ỦY BAN MTTQ VIỆT NAM TỈNH | |\n| PHÓ CHỦ TỊCH | |\n"
        "| Y Hiếu Niê | Trần Văn Nam |\n"
    ),
    (
        # a tab between the columns, the right block's line alone after one
        "UBND TỈNH KON TUM\tỦY BAN MTTQ VIỆT NAM\nSỞ TƯ PHÁP\tTỈNH KON TUM\n\tBAN THƯỜNG TRỰC\n"
        "Số: 12/KHLT-STP-MTTQ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Kon Tum, ngày 10 tháng 3 năm 2026\n" + _JOINT_BODY
        + "TM. BAN THƯỜNG TRỰC\tGIÁM ĐỐC\nỦY BAN MTTQ VIỆT NAM TỈNH\nPHÓ CHỦ TỊCH\n\n"
        "Y Hiếu Niê\tTrần Văn Nam\n"
    ),
]


@pytest.mark.parametrize("text", SIDE_BY_SIDE_HEADERS, ids=["spaces", "cells", "tabs"])
def test_a_joint_texts_issuers_side_by_side(text):
    h = parse_text(text).header
    assert [(i.name, i.parent) for i in [h.issuer, *h.co_issuers]] == [
        ("SỞ TƯ PHÁP", "UBND TỈNH KON TUM"),
        ("BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"),
    ]
    assert (h.issuer.branch, h.co_issuers[0].branch, h.level) == ("state", "front", "province")
    assert [(s.name, s.position) for s in [h.signer, *h.co_signers]] == [
        ("Trần Văn Nam", "GIÁM ĐỐC"),
        ("Y Hiếu Niê", "PHÓ CHỦ TỊCH"),
    ]
    assert h.co_signers[0].on_behalf == "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH"


def test_a_joint_header_with_tabs_between_its_blocks():
    h = parse_text(
        # (the blocks' first lines split at the tab, the right block's
        # further line after one)
        "UBND TỈNH KON TUM\tỦY BAN MTTQ VIỆT NAM TỈNH KON TUM\nSỞ TƯ PHÁP\n\tBAN THƯỜNG TRỰC\n"
        "Số: 12/KHLT-STP-MTTQ\nKon Tum, ngày 10 tháng 3 năm 2026\n" + _JOINT_BODY
    ).header
    assert [(i.name, i.parent) for i in [h.issuer, *h.co_issuers]] == [
        ("SỞ TƯ PHÁP", "UBND TỈNH KON TUM"),
        ("BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM"),
    ]


def test_a_joint_texts_standing_board_is_named_with_its_committee():
    """The co-issuer "BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ VIỆT NAM / TỈNH KON
    TUM" is that committee's board: its full name holds the committee's."""
    h = parse_text(SIDE_BY_SIDE_HEADERS[2]).header
    assert h.co_issuers[0].full_name == "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum"


@pytest.mark.parametrize(
    ("header", "full_name"),
    [
        # a body named by what it is of its parent: its parent's name after it
        (
            "ỦY BAN MTTQ VIỆT NAM\nTỈNH LÂM ĐỒNG\nBAN THƯỜNG TRỰC\nSố: 45/KH-MTTQ-BTT\n",
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng",
        ),
        ("HỘI NÔNG DÂN TỈNH LÂM ĐỒNG\nBAN CHẤP HÀNH\nSố: 12/KH-HND\n", "Ban Chấp hành Hội Nông dân tỉnh Lâm Đồng"),
        # an office, as before
        ("UBND TỈNH LÂM ĐỒNG\nVĂN PHÒNG\nSố: 20/KH-VP\n", "Văn phòng Ủy ban nhân dân tỉnh Lâm Đồng"),
    ],
)
def test_a_standing_organ_is_named_with_its_parent(header, full_name):
    h = parse_text(header + "Lâm Đồng, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền bầu cử\n").header
    assert h.issuer.full_name == full_name


# Three issuers' blocks side by side, a tab or a run of spaces between them
# (each line's parts in the column whose part on the widest line is nearest).
_THREE_BODY = (
    "Số: 12/KHLT-SYT-SGDĐT-TĐ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Lào Cai, ngày 24 tháng 02 năm 2026\n" + _JOINT_BODY
)


@pytest.mark.parametrize(
    "lines",
    [
        "SỞ Y TẾ\tSỞ GIÁO DỤC VÀ ĐÀO TẠO\tTỈNH ĐOÀN LÀO CAI\n",
        "SỞ Y TẾ          SỞ GIÁO DỤC VÀ ĐÀO TẠO          TỈNH ĐOÀN LÀO CAI\n",
        # (leading tabs before each centred part, the third block one line)
        "\tUBND TỈNH LÀO CAI\t\tUBND TỈNH LÀO CAI\t\tTỈNH ĐOÀN LÀO CAI\n\tSỞ Y TẾ\t\t\tSỞ GIÁO DỤC VÀ ĐÀO TẠO\n",
    ],
    ids=["tabs", "spaces", "leading_tabs"],
)
def test_three_joint_issuers_side_by_side(lines):
    h = parse_text(lines + _THREE_BODY).header
    assert [i.name for i in [h.issuer, *h.co_issuers]] == ["SỞ Y TẾ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH ĐOÀN LÀO CAI"]


# A tab in a header's or a footer's line breaks its columns, as a run of
# spaces does: the subject ends before the date beside it, the recipients'
# column before the signature's.
def test_a_letters_columns_typed_a_tab_apart():
    doc = parse_text(
        "UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 123/SCT-KT\n"
        "V/v kiểm tra an toàn hóa chất\tLào Cai, ngày 12 tháng 3 năm 2026\n\n"
        "Kính gửi: Các doanh nghiệp hoạt động hóa chất.\n\n"
        "Sở Công Thương đề nghị các doanh nghiệp báo cáo trước ngày 30/3/2026.\n\n"
        "Nơi nhận:\tKT. GIÁM ĐỐC\n- Như trên;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n\tNguyễn Văn An\n"
    )
    h = doc.header
    assert (h.title, h.date, h.issuer.name) == ("kiểm tra an toàn hóa chất", "2026-03-12", "SỞ CÔNG THƯƠNG")
    assert (h.signer.name, h.signer.authority, h.signer.position) == ("Nguyễn Văn An", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
    assert [r.text for r in doc.recipients] == ["Như trên", "Lưu: VT"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("ỦY BAN NHÂN DÂN XÃ EA H'LEO", [("ward", "Ea H'Leo")]),
        ("UBND xã Cư M’gar", [("ward", "Cư M’gar")]),
        ("huyện Đắk R'Lấp, tỉnh Đắk Nông", [("district", "Đắk R'Lấp"), ("province", "Đắk Nông")]),
        ("UBND xã Ia H'Drai", [("ward", "Ia H'Drai")]),
        # guard: a name without one is read as before
        ("UBND xã Krông Búk", [("ward", "Krông Búk")]),
    ],
)
def test_a_highland_units_name_keeps_its_apostrophe(text, units):
    from khtool.segment import units_in

    assert units_in(text) == units


def test_a_commune_with_an_apostrophe_in_its_name_is_placed():
    doc = parse_text(
        "ỦY BAN NHÂN DÂN\nXÃ EA H'LEO\nSố: 12/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Ea H'Leo, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nChuyển đổi số năm 2026\n\n"
        "Căn cứ Kế hoạch số 45/KH-UBND ngày 20/02/2026 của UBND tỉnh Đắk Lắk về chuyển đổi số năm 2026;\n"
        "I. NHIỆM VỤ\n1. Công an xã chủ trì cấp tài khoản định danh điện tử cho người dân.\n"
    )
    loc = doc.header.issuer.locality
    assert loc is not None and loc.new_ward == "Xã Ea H'Leo" and loc.new_province == "Tỉnh Đắk Lắk"
