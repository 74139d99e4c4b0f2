# ruff: noqa: E501  (the fixtures are XML lines in the UN's layout)
"""AKN4UN import: the UN files' habits (numbers in the text, H23 pairs, Arabic brackets, Latin
"e" in Russian ordinals, A/B collections), untrusted-XML safety, and stable round trips.

The fixtures are written here in the UN's shape, so the suite runs without ../shared.
"""

from __future__ import annotations

import datetime as dt

import pytest

import resconv
from resconv.akn_schema import validate
from resconv.errors import Diagnostics, InputError
from resconv.formats import ReadOptions, WriteOptions
from resconv.model import DocumentRef, Emphasis, FootnoteRef, Heading, OperativeParagraph, Resolution, Text
from resconv.readers.akn import read
from resconv.readers.akn_body import _merge_headings
from resconv.writers.akn import write

HEAD = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="http://un.org/akn4un">'


def doc(lang: str, cover: str, body: str, *, closing: str = "", meta: str = "") -> bytes:
    """A statement in the UN's layout, pretty-printed the way DGACM's files are."""
    return f"""{HEAD}
  <statement name="resolution">
    <meta>
      <identification source="#DGACM">
        <FRBRWork>
          <FRBRthis value="/akn/un/statement/deliberation/unga/2020-12-07/75-47/!main/"/>
          <FRBRuri value="/akn/un/statement/deliberation/unga/2020-12-07/75-47/"/>
          <FRBRdate date="2020-12-07" name="adoption"/>
          <FRBRauthor href="ga" as="author"/>
          <FRBRcountry value="un"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="x"/><FRBRuri value="x"/>
          <FRBRdate date="2020-12-17" name="publication"/>
          <FRBRauthor href="ga" as="issuer"/>
          <FRBRlanguage language="{lang}"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="x"/><FRBRuri value="x"/>
          <FRBRdate date="2020-12-25" name="markup"/>
          <FRBRauthor href="DGACM" as="editor"/>
        </FRBRManifestation>
      </identification>{meta}
    </meta>
    <coverPage eId="coverPage_1">{cover}
    </coverPage>
    <preface>
      <p>
        <docNumber>75/47.</docNumber>
        <docTitle refersTo="#resolutionTitle">-\tTitle</docTitle>
      </p>
    </preface>{body}
    <conclusions eId="conclusions">
      <p>{closing}</p>
    </conclusions>
  </statement>
</akomaNtoso>""".encode()


EN_COVER = """
      <p><span class="upperLeft"><docAuthority refersTo="#publisher">United Nations</docAuthority></span></p>
      <p class="upperRight"><docNumber refersTo="#symbol">A/RES/75/47</docNumber></p>
      <p><docStatus refersTo="#generalDistribution" class="rightSmall">Distr.: General</docStatus></p>
      <p><docDate date="2020-12-17" class="rightSmall" refersTo="#dateOfIssuance">17 December 2020</docDate></p>
      <p><session refersTo="#generalAssembly" value="75">Seventy-fifth session</session></p>
      <p><inline name="agenda item">Agenda item 103 (u)</inline></p>
      <p><inline name="agenda item name">General and complete disarmament</inline></p>
      <p><docTitle>Resolution adopted by the General Assembly on 7 December 2020</docTitle></p>
      <p xml:space="preserve">
        <docProponent refersTo="#firstCommittee">[on the report of the First Committee (<inline name="originating document">A/75/399, para. 96</inline>)]</docProponent>
      </p>"""

EN_BODY = """
    <preamble>
      <formula name="enactingFormula" eId="formula_1">
        <p xml:space="preserve">
          <span class="italic">The General Assembly</span>,</p>
      </formula>
      <container name="Recalling " eId="container_2">
        <p xml:space="preserve">	<span class="italic">	Recalling </span>its resolution <a href="https://undocs.org/en/A/RES/56/24">56/24</a> T,<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p xml:space="preserve">		Resolution <a href="https://undocs.org/en/A/RES/55/2">55/2</a>.</p></authorialNote> and others,</p>
      </container>
    </preamble>
    <mainBody>
      <paragraph eId="para_3" class="H23"><subheading>		I</subheading></paragraph>
      <paragraph eId="para_4" class="H23"><subheading>		Calendar of conferences</subheading></paragraph>
      <paragraph eId="para_5" class="SingleTxt">
        <num>	1.</num>
        <content eId="para_5__content"><p xml:space="preserve">	<span class="italic">Decides</span> to act;</p></content>
      </paragraph>
      <paragraph eId="para_6" class="SingleTxt">
        <num>2.</num>
        <list eId="para_6_list">
          <intro eId="para_6_list_intro"><p>	<span class="italic">Requests</span> the following:</p></intro>
          <point eId="para_6_list_point_a"><num>(a)</num><content eId="c1"><p>	First, with:</p></content></point>
          <sublist eId="para_6_list_point_a_sublist">
            <point eId="s1"><num>(i)</num><content eId="c2"><p>	deeper;</p></content></point>
          </sublist>
          <point eId="para_6_list_point_b"><num>(b)</num><content eId="c3"><p>	Second;</p></content></point>
        </list>
      </paragraph>
      <paragraph eId="para_7" class="SingleTxt">
        <num>	3.</num>
        <content eId="para_7__content"><p>	<span class="italic">Reiterates</span> that reports include:</p></content>
      </paragraph>
      <paragraph eId="para_8"><content eId="para_8__content"><p>	(a)	A summary;</p></content></paragraph>
      <paragraph eId="para_9"><num>(b)</num><content eId="para_9__content"><p>	Conclusions;</p></content></paragraph>
      <paragraph eId="para_10"><content eId="para_10__content"><p>and asks for them in bold;</p></content></paragraph>
    </mainBody>"""

EN_CLOSING = """
        <inline name="adoptionMeeting" title="48th">48th (resumed) plenary meeting</inline>
        <eol/>
        <docDate date="2020-12-07" refersTo="#adoptionDate">7 December 2020</docDate>
      """

EN_META = """
      <workflow source="#un">
        <step date="2020-10-06" outcome="draftResolution" as="A/C.1/75/L.19" by="Indonesia"/>
        <step date="0001-01-01" outcome="draftResolutionAdditionalSponsors" by=""/>
        <step date="0001-01-01" outcome="recommendedForAdoption" as="A/75/399" by="" refersTo="96"/>
      </workflow>
      <analysis source="#un"><parliamentary><voting outcome="adoptedRecordedVote">
        <count value="130" refersTo="inFavour"><akn4un:voters><organization refersTo="memberState">X</organization></akn4un:voters></count>
        <count value="4" refersTo="against"/><count value="51" refersTo="abstaining"/>
      </voting></parliamentary></analysis>"""


def load(data: bytes, **options: object) -> tuple[Resolution, Diagnostics]:
    diagnostics = Diagnostics("fixture.xml")
    return read(data, options=ReadOptions(**options), diagnostics=diagnostics), diagnostics  # type: ignore[arg-type]


def round_trip_is_stable(resolution: Resolution) -> None:
    """Export is strictly valid, and import(export(model)) gives the model back."""
    data = write(resolution, options=WriteOptions())
    assert validate(data) == []
    assert load(data)[0].model_dump() == resolution.model_dump()


def test_english_file_reads_into_the_model() -> None:
    res, _ = load(doc("eng", EN_COVER, EN_BODY, closing=EN_CLOSING, meta=EN_META))
    meta = res.meta
    assert (meta.symbol, meta.language, meta.session, meta.resolution_number) == (
        "A/RES/75/47",
        "en",
        75,
        "75/47",
    )
    assert meta.title == "- Title"  # kept as printed
    assert (meta.adopted_on, meta.issued_on) == (dt.date(2020, 12, 7), dt.date(2020, 12, 17))
    assert (meta.meeting, meta.meeting_resumed) == (48, True)
    assert meta.agenda_items[0].number == "103 (u)"
    assert meta.committee == "firstCommittee"
    assert (meta.reports[0].symbol, meta.reports[0].paragraph) == ("A/75/399", "96")
    assert (meta.sponsors, meta.draft_symbol) == (["Indonesia"], "A/C.1/75/L.19")
    assert meta.vote is not None and (meta.vote.in_favour, meta.vote.against, meta.vote.abstaining) == (
        130,
        4,
        51,
    )
    assert res.enacting_formula == "The General Assembly,"
    para = res.preamble[0]
    assert para.phrase == "Recalling"
    assert para.text[0] == Emphasis(style="italic", text="Recalling")
    assert DocumentRef(text="56/24", symbol="A/RES/56/24") in para.text
    assert FootnoteRef(marker="1") in para.text
    assert res.footnotes[0].marker == "1" and res.footnotes[0].text[0] == Text(text="Resolution ")
    round_trip_is_stable(res)


def test_headings_lists_and_label_paragraphs() -> None:
    res, _ = load(doc("eng", EN_COVER, EN_BODY, closing=EN_CLOSING))
    heading = res.operative[0]
    assert isinstance(heading, Heading) and heading.num == "I"
    assert heading.text == [Text(text="Calendar of conferences")]
    listed = res.operative[2]
    assert isinstance(listed, OperativeParagraph) and listed.number == "2"
    assert [s.label for s in listed.subparagraphs] == ["(a)", "(b)"]
    assert [s.label for s in listed.subparagraphs[0].subparagraphs] == ["(i)"]
    loose = res.operative[3]
    assert isinstance(loose, OperativeParagraph) and loose.number == "3"
    assert [s.label for s in loose.subparagraphs] == ["(a)", "(b)"]
    assert loose.subparagraphs[0].text == [Text(text="A summary;")]
    assert loose.wrap_up == [Text(text="and asks for them in bold;")]
    assert len(res.operative) == 4
    round_trip_is_stable(res)


AR_COVER = """
      <p><span class="upperLeft"><docAuthority refersTo="#publisher">الأمــم المتحـدة</docAuthority></span></p>
      <p class="upperRight"><docNumber refersTo="#symbol">A/RES/75/47</docNumber></p>
      <p><inline name="agenda item">البند 103 (ش) من جدول الأعمال</inline></p>"""

AR_BODY = """
    <mainBody>
      <paragraph eId="para_1"><content eId="c"><p xml:space="preserve">\t1 -\t<span class="bold italic">تعيد تأكيد</span> مبدأ<sup>(</sup><authorialNote marker="1" placement="bottom" eId="n1"><p>\t()\tالقرار <a href="https://undocs.org/ar/A/RES/55/2">55/2</a>.</p></authorialNote><sup>)</sup> الأطراف؛</p></content></paragraph>
      <paragraph eId="para_2"><content eId="c2"><p>\t2 -<span class="bold italic">\tتحث</span> الدول؛</p></content></paragraph>
      <paragraph eId="para_3"><content eId="c3"><p><span class="bold">\t\tأولا</span></p></content></paragraph>
      <paragraph eId="para_4"><num>3 -</num><content eId="c4"><p>\t<span class="bold italic">تقرر</span> ذلك.</p></content></paragraph>
    </mainBody>"""


def test_arabic_numbers_in_text_brackets_and_bold_headings() -> None:
    res, _ = load(doc("ara", AR_COVER, AR_BODY))
    paras = [b for b in res.operative if isinstance(b, OperativeParagraph)]
    assert [p.number for p in paras] == ["1", "2", "3"]
    assert [p.phrase for p in paras] == ["تعيد تأكيد", "تحث", "تقرر"]
    assert paras[0].text[0] == Emphasis(style="bold italic", text="تعيد تأكيد")
    assert "(" not in "".join(getattr(n, "text", "") for n in paras[0].text)  # brackets are layout
    assert res.footnotes[0].text[0] == Text(text="القرار ")  # "()" dropped
    assert isinstance(res.operative[2], Heading)  # bold line, unlike the bold-italic phrases
    assert res.meta.agenda_items[0].number == "103 (ش)"
    round_trip_is_stable(res)


def test_russian_latin_e_in_meeting_ordinal() -> None:
    closing = '<inline name="adoptionMeeting" title="48-e">48-e (возобновленное) пленарное заседание</inline>'
    res, _ = load(doc("rus", "", "", closing=closing))
    assert (res.meta.language, res.meta.meeting, res.meta.meeting_resumed) == ("ru", 48, True)


def test_chinese_pretty_print_spaces_are_dropped() -> None:
    body = """
    <preamble><container name="还回顾" eId="c">
        <p xml:space="preserve">
          <span class="bold">还回顾</span>《宣言》，<authorialNote marker="1" placement="bottom" eId="n"><p>\t\t第55/2号决议。</p></authorialNote> 其中指出，</p>
    </container></preamble>"""
    res, _ = load(doc("zho", "", body))
    assert res.preamble[0].text == [
        Emphasis(style="bold", text="还回顾"),
        Text(text="《宣言》，"),
        FootnoteRef(marker="1"),
        Text(text="其中指出，"),
    ]
    round_trip_is_stable(res)


def test_document_collection_reads_the_first_resolution_and_says_so_read_parts_reads_each() -> None:
    single = doc("eng", EN_COVER, EN_BODY).decode().replace(HEAD, "").replace("</akomaNtoso>", "")
    part_a = single.replace("75-47/!main/", "75-101A/!main/")
    collection = f"""{HEAD}<documentCollection name="publication"><meta/><collectionBody>
      <component><documentRef href="comp_0" showAs="Resolution A"/></component></collectionBody>
      <components><component eId="comp_0">{part_a}</component><component eId="comp_1">{single}</component></components>
      </documentCollection></akomaNtoso>""".encode()
    res, diagnostics = load(collection)
    assert res.meta.part == "A" and res.meta.symbol == "A/RES/75/47 A"  # the part's own symbol
    assert any("only the first" in d.message for d in diagnostics)
    first, second = resconv.read_parts(collection, format="akn")
    assert first.model_dump() == res.model_dump()
    assert len(second.preamble) == len(first.preamble) and second.meta.part == ""
    lettered = collection.replace(b"A/RES/75/47", b"A/RES/75/101 A-B")  # the cover's symbol
    assert resconv.read_parts(lettered, format="akn")[0].meta.symbol == "A/RES/75/101 A"


def test_size_limit_gives_a_clear_error() -> None:
    data = doc("eng", EN_COVER, EN_BODY)
    with pytest.raises(InputError, match="max_bytes"):
        load(data, max_bytes=len(data) - 1)


def test_entities_are_not_expanded_and_nothing_is_fetched() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY boom "EXPANDED">'
        b'<!ENTITY ext SYSTEM "file:///etc/hostname">]>'
    ) + doc("eng", EN_COVER, EN_BODY).replace(b"and others", b"&boom; &ext;")
    res, diagnostics = load(evil)
    text = "".join(getattr(n, "text", "") for n in res.preamble[0].text)
    assert "EXPANDED" not in text
    left_out = [d.message for d in diagnostics if "not expanded" in d.message]
    assert left_out == [
        "entity reference &boom; is not expanded: its text is left out",
        "entity reference &ext; is not expanded: its text is left out",
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"<akomaNtoso><statement>", "not well-formed"), (b"<html/>", "not an Akoma Ntoso document")],
)
def test_bad_input_is_an_input_error(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        load(data)


RU_DRAFT_COVER = """
      <p class="upperRight"><docNumber refersTo="#symbol">A/C.3/81/L.7</docNumber></p>
      <p><docStatus refersTo="#limitedDistribution" class="rightSmall">Distr.: Limited</docStatus></p>
      <p><inline name="originalLanguage">Original: английский</inline></p>
      <p><session refersTo="#generalAssembly" value="81">Восемьдесят первая сессия</session></p>
      <p><docProponent refersTo="#thirdCommittee">Третий комитет</docProponent></p>
      <p><docTitle><inline name="sponsor">Босния и Герцеговина</inline> и <inline name="sponsor">Мексика</inline>:<authorialNote marker="*" placement="bottom" eId="n"><p>	От имени группы.</p></authorialNote> проект резолюции</docTitle></p>"""


def test_draft_masthead_gives_sponsors_note_original_and_committee() -> None:
    """Sponsors one by one (a name may hold "и"), over the workflow's; the asterisk note kept out
    of the footnotes; the stage from ``statement name="resolutionDraft"`` whatever the symbol."""
    workflow = (
        '<workflow source="#un"><step date="0001-01-01" outcome="draftResolution" by="Other"/></workflow>'
    )
    cover = RU_DRAFT_COVER.replace("A/C.3/81/L.7", "A/C.3/81/7")
    data = doc("rus", cover, "", meta=workflow).replace(b'name="resolution"', b'name="resolutionDraft"', 1)
    res, _ = load(data)
    meta = res.meta
    assert meta.sponsors == ["Босния и Герцеговина", "Мексика"]
    assert (meta.sponsors_note, meta.original_language, meta.committee) == (
        "От имени группы.",
        "en",
        "thirdCommittee",
    )
    assert (meta.stage, meta.distribution, res.footnotes) == ("draft", "limited", [])
    assert load(doc("rus", cover, ""))[0].meta.stage == "adopted"


def test_cyrillic_label_letters_are_labels_kept_as_printed() -> None:
    """Russian files type "а)" / "е)" in Cyrillic at the head of a Latin a), b) list."""
    body = """
    <mainBody>
      <paragraph eId="p1"><num>1.</num><content eId="c1"><p><span class="italic">призывает</span> все государства:</p></content></paragraph>
      <paragraph eId="p2"><content eId="c2"><p>\t\u0430)\tуважать право;</p></content></paragraph>
      <paragraph eId="p3"><content eId="c3"><p>\tb)\tпринимать меры;</p></content></paragraph>
      <paragraph eId="p4"><content eId="c4"><p>\t\u0435)\tсократить перечень.</p></content></paragraph>
    </mainBody>"""
    res, _ = load(doc("rus", "", body))
    [paragraph] = res.operative
    assert isinstance(paragraph, OperativeParagraph)
    assert [s.label for s in paragraph.subparagraphs] == ["\u0430)", "b)", "\u0435)"]


def test_closing_meeting_line_inside_the_body_is_the_meeting_not_a_paragraph() -> None:
    """75/238 Arabic ends ``mainBody`` with "الجلسة العامة 48 (المستأنفة)", the closing holding only
    the date."""
    body = """
    <mainBody>
      <paragraph eId="p1"><content eId="c1"><p>\t1 -\t<span class="bold italic">تقرر</span> أن تبقي المسألة قيد نظرها.</p></content></paragraph>
      <paragraph eId="p2"><content eId="c2"><p>
            <span class="italic">الجلسة العامة 48 (المستأنفة)</span>
          </p></content></paragraph>
    </mainBody>"""
    closing = '<docDate date="2020-12-31" refersTo="#adoptionDate">31 كانون الأول/ديسمبر 2020</docDate>'
    res, _ = load(doc("ara", "", body, closing=closing))
    assert [getattr(b, "number", None) for b in res.operative] == ["1"]
    assert (res.meta.meeting, res.meta.meeting_resumed) == (48, True)


def test_split_emphasis_is_one_node_and_an_italic_comma_is_text() -> None:
    """The UN files split one italic run ("Supplement n" + superscript "o") and italicise the
    comma after a phrase; the model has one emphasis and a plain comma, and so survives
    canonical Markdown (where "*n**o*" would read back as a literal "**")."""
    body = EN_BODY.replace(
        "</span> to act;</p>",
        '</span> to act on <span class="italic">Official Records, Supplement N</span>'
        '<span class="italic">o</span>\u00a0<span class="italic">53</span>'
        '<span class="italic">,</span> as decided;</p>',
    )
    res, _ = load(doc("eng", EN_COVER, body, closing=EN_CLOSING, meta=EN_META))
    decides = next(b for b in res.operative if isinstance(b, OperativeParagraph))
    assert decides.text[1:] == [
        Text(text=" to act on "),
        Emphasis(style="italic", text="Official Records, Supplement No"),
        Text(text="\u00a0"),
        Emphasis(style="italic", text="53"),
        Text(text=", as decided;"),
    ]
    again = resconv.read(resconv.render(res, "markdown"), format="markdown")
    assert next(b for b in again.operative if isinstance(b, OperativeParagraph)).text == decides.text


def test_a_link_word_split_into_runs_is_one_reference() -> None:
    """The UN files repeat a link on each run Word split it into; a right-to-left PDF printed the
    pieces as "24/56" when the model kept them apart."""
    link = '<a href="https://undocs.org/en/A/RES/56/24">'
    body = EN_BODY.replace(f"{link}56/24</a>", f"{link}56</a>{link}/</a>{link}24</a>", 1)
    assert body != EN_BODY
    res, _ = load(doc("eng", EN_COVER, body, closing=EN_CLOSING, meta=EN_META))
    references = [n for n in res.preamble[0].text if isinstance(n, DocumentRef)]
    assert references == [DocumentRef(text="56/24", symbol="A/RES/56/24")]


def _heading(text: str) -> Heading:
    return Heading(text=[Text(text=text)])


@pytest.mark.parametrize(
    ("code", "numeral", "title"),
    [("en", "I", "Title"), ("zh", "一", "会议日历"), ("ar", "أولا", "العقد الدولي"), ("fr", "A", "Barème")],
)
def test_a_section_numeral_line_and_the_title_under_it_are_one_heading(
    code: str, numeral: str, title: str
) -> None:
    """The UN files print the numeral and the title as two lines (a ``subheading`` or a bold
    paragraph each); a short Chinese title is no numeral ("会议日历" was taken for one)."""
    merged = _merge_headings([_heading(numeral), _heading(title)], code)
    assert merged == [Heading(num=numeral, text=[Text(text=title)])]


def test_headings_that_are_no_numeral_and_title_stay_apart() -> None:
    annex, oath = _heading("Annex"), _heading("Oath of office")
    assert _merge_headings([annex, oath], "en") == [annex, oath]
    first, second = _heading("A"), _heading("B")
    assert _merge_headings([first, second], "en") == [first, second]
