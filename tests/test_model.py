"""The model's JSON form is a public contract: it must round-trip and reject stray keys."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from resconv.model import (
    SCHEMA_VERSION,
    AgendaItem,
    Annex,
    DocumentRef,
    Emphasis,
    Footnote,
    FootnoteRef,
    Heading,
    Meta,
    OperativeParagraph,
    PreambularParagraph,
    Report,
    Resolution,
    Subparagraph,
    Text,
    plain_text,
)


def _sample() -> Resolution:
    return Resolution(
        meta=Meta(
            symbol="A/RES/78/321",
            language="en",
            session=78,
            resolution_number="78/321",
            title="Early warning",
            adopted_on=dt.date(2023, 12, 19),
            meeting=50,
            agenda_items=[AgendaItem(number="18 (c)", title="Sustainable development")],
            committee="secondCommittee",
            reports=[Report(symbol="A/78/455", paragraph="12")],
        ),
        enacting_formula="The General Assembly,",
        preamble=[
            PreambularParagraph(
                phrase="Recalling",
                text=[
                    Emphasis(text="Recalling"),
                    Text(text=" its resolution "),
                    DocumentRef(text="77/164", symbol="A/RES/77/164"),
                    Text(text=","),
                    FootnoteRef(marker="1"),
                ],
            )
        ],
        operative=[
            Heading(num="I", text=[Text(text="Monitoring")]),
            OperativeParagraph(
                number="1",
                phrase="Encourages",
                text=[Emphasis(text="Encourages"), Text(text=" all:")],
                subparagraphs=[
                    Subparagraph(
                        label="(a)",
                        text=[Text(text="To share;")],
                        subparagraphs=[Subparagraph(label="(i)", text=[Text(text="Data;")])],
                    )
                ],
                wrap_up=[Text(text="and to report;")],
            ),
        ],
        footnotes=[Footnote(marker="1", text=[Text(text="See A/78/219.")])],
        annexes=[Annex(headings=["Annex"], blocks=[OperativeParagraph(text=[Text(text="Guidelines.")])])],
    )


def test_json_round_trip_is_identity() -> None:
    model = _sample()
    again = Resolution.model_validate_json(model.model_dump_json())
    assert again == model
    assert again.model_dump_json() == model.model_dump_json()


def test_json_carries_schema_version_and_iso_dates() -> None:
    data = json.loads(_sample().model_dump_json())
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["meta"]["adopted_on"] == "2023-12-19"
    assert [block["kind"] for block in data["operative"]] == ["heading", "paragraph"]
    assert [node["type"] for node in data["preamble"][0]["text"]] == [
        "emphasis",
        "text",
        "docref",
        "text",
        "footnote_ref",
    ]


def test_source_lines_stay_out_of_the_json() -> None:
    model = _sample()
    model.preamble[0].source_line = 12
    assert "source_line" not in model.model_dump_json()


@pytest.mark.parametrize("path", [(), ("meta",), ("preamble", 0), ("operative", 1), ("footnotes", 0)])
def test_extra_keys_are_forbidden(path: tuple[str | int, ...]) -> None:
    data = json.loads(_sample().model_dump_json())
    target = data
    for key in path:
        target = target[key]
    target["colour"] = "blue"
    with pytest.raises(ValidationError, match="colour"):
        Resolution.model_validate(data)


def test_unknown_language_and_inline_type_are_rejected() -> None:
    data = json.loads(_sample().model_dump_json())
    data["meta"]["language"] = "de"
    with pytest.raises(ValidationError):
        Resolution.model_validate(data)
    data = json.loads(_sample().model_dump_json())
    data["preamble"][0]["text"][0]["type"] = "strike"
    with pytest.raises(ValidationError):
        Resolution.model_validate(data)


def test_plain_text_drops_footnote_refs() -> None:
    assert plain_text(_sample().preamble[0].text) == "Recalling its resolution 77/164,"
