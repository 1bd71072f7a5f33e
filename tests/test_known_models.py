"""Models made without validation (``models.known_*``) are what validation
makes of the same values: the same fields, in the same order (the JSON's), of
the same types, their lists their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from khtool import models as M
from khtool import parse_file

from .conftest import SAMPLES

SPAN = M.known_span(None, 3, 4, 120, 180)


def _shape(model: M.BaseModel) -> list[tuple[str, str, object]]:
    return [(k, type(v).__name__, v) for k, v in model.__dict__.items()]


@pytest.mark.parametrize(
    ("made", "validated"),
    [
        (M.known_task("Tổ chức tập huấn", SPAN), M.Task(text="Tổ chức tập huấn", span=SPAN)),
        (
            M.known_target(2026, 95.0, "%", "reach", None, "đạt 95% vào năm 2026", None),
            M.Target(year=2026, value=95.0, unit="%", direction="reach", text="đạt 95% vào năm 2026"),
        ),
        (
            M.known_target(None, 5.0, "%", "reduce", "at_least", "giảm ít nhất 4 - 5%", 4.0),
            M.Target(value=5.0, unit="%", direction="reduce", bound="at_least", text="giảm ít nhất 4 - 5%", low=4.0),
        ),
        (
            M.known_mention("Kế hoạch số 12/KH-UBND", SPAN, "basis", None, None, None),
            M.Mention(text="Kế hoạch số 12/KH-UBND", span=SPAN, relation="basis"),
        ),
        (
            M.known_mention("Nghị định 15", SPAN, "mention", "amends", M.Pinpoint(article="3"), "Nghị định 15"),
            M.Mention(
                text="Nghị định 15", span=SPAN, action="amends", pinpoint=M.Pinpoint(article="3"), via_alias="Nghị định 15"
            ),
        ),
        (
            M.known_citation(
                "12/KH-UBND", "KH", None, 2026, "2026-01-05", "UBND tỉnh", "province", "về …", "basis", None, "KH|12/KH-UBND"
            ),
            M.Citation(
                number="12/KH-UBND",
                doc_type="KH",
                year=2026,
                date="2026-01-05",
                issuer="UBND tỉnh",
                issuer_level="province",
                subject="về …",
                relation="basis",
                key="KH|12/KH-UBND",
                mentions=[],
            ),
        ),
        (
            M.known_citation(None, "L", "Luật Trẻ em", None, None, None, None, None, "mention", "amends", "L|luật trẻ em"),
            M.Citation(doc_type="L", name="Luật Trẻ em", action="amends", key="L|luật trẻ em", mentions=[]),
        ),
    ],
)
def test_a_known_model_is_the_validated_one(made, validated):
    assert _shape(made) == _shape(validated)
    assert made.model_dump_json() == validated.model_dump_json()
    # (models._constructed's contract: its values are the model's fields, all
    # of them and no other key, so every field is in the fields set)
    assert made.model_fields_set == set(type(made).model_fields) == set(made.__dict__)


def test_a_known_assignment_keeps_lists_of_its_own():
    tasks = [M.known_task("Chủ trì tuyên truyền", SPAN)]
    made = M.known_assignment("Sở Tư pháp", None, "justice", "province", "lead", tasks, [], [], SPAN)
    validated = M.Assignment(agency="Sở Tư pháp", sector="justice", level="province", role="lead", tasks=tasks, span=SPAN)
    assert _shape(made) == _shape(validated)
    assert made.model_fields_set == set(M.Assignment.model_fields) == set(made.__dict__)
    assert SPAN.model_fields_set == set(M.Span.model_fields) == set(SPAN.__dict__)
    assert made.tasks is not tasks  # (validation copies a list given)
    tasks.append(M.known_task("Phối hợp", SPAN))
    assert len(made.tasks) == 1


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: Path(p).name[:3])
def test_the_parse_models_are_valid(path):
    # every model of a parse, validated again from its own values, is itself
    doc = parse_file(path)
    assert M.Document.model_validate(doc.model_dump()).model_dump_json() == doc.model_dump_json()
