"""diff's word tests read Vietnamese words as written: a word of another
tone is another word, so a content word never folds into a generic one
("khí" of "không khí" is no "khi", "số" no "sở", "tuyến" no "tuyên")."""

import pytest

from khtool.diff import _core, _generic_syllables, _phrase_syllables, _weight


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        # the shared term of "giám sát …" and "quan trắc chất lượng không khí"
        ("chất lượng không khí", 4),
        ("chuyển đổi số", 3),  # "số" (digital), not "sở" (a department)
        ("thanh niên tình nguyện", 4),  # "thanh", "tình": not "thành", "tỉnh"
        ("dịch vụ công trực tuyến", 3),  # "tuyến", not "tuyên" (truyền); "vụ", "công" generic
        ("kho dữ liệu dùng chung", 5),
        # guards: the generic words as written stay generic
        ("tổ chức thực hiện kế hoạch", 0),
        ("đề nghị hướng dẫn", 0),
    ],
)
def test_a_phrase_weighs_its_content_words_read_with_their_accents(text, weight):
    generic = _generic_syllables()
    run = _phrase_syllables(text)
    core = _core(run, generic)
    assert (_weight(core, generic) if core else 0) == weight
