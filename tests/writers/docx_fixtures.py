"""Hand-built resolutions for the DOCX tests: every block and inline kind, in en, zh and ar, and a draft.

Built here rather than read from the corpus so the tests run without ../shared; the corpus tests
add the real devset texts when it is present.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from builders import phrased
from resconv.language import language
from resconv.model import (
    AgendaItem,
    Annex,
    DocumentRef,
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
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

# Per language: title, agenda title, preambular (phrase, rest) x3, operative (phrase, rest) x3,
# subparagraph texts, heading, annex heading, footnote texts.
TEXTS = {
    "en": {
        "title": "Promotion of multilateralism in the area of disarmament and non-proliferation",
        "agenda": "General and complete disarmament",
        "pre": [
            ("Determined", " to foster strict respect for the purposes of the Charter,"),
            ("Recalling", " its resolution "),
            ("Recalling also", " the purpose of the United Nations to maintain international peace,"),
        ],
        "op": [
            ("Reaffirms", " multilateralism as the core principle in negotiations;"),
            ("Requests", " the Secretary-General to report on the following:"),
            ("Decides", " to include in the provisional agenda of its seventy-sixth session the item."),
        ],
        "subs": ["the views of Member States;", "the work of the Conference;", "its own assessment;"],
        "wrap": "and to submit the report to the General Assembly;",
        "heading": "Follow-up",
        "annex": ["Annex", "List of instruments"],
        "notes": ["Resolution ", "See ", ", annex."],
    },
    "zh": {
        "title": "促进裁军和不扩散领域的多边主义",
        "agenda": "全面彻底裁军",
        "pre": [
            ("决心", "促进严格遵循《联合国宪章》所载宗旨和原则，"),
            ("回顾", "其关于裁军和不扩散领域的多边合作的第"),
            ("又回顾", "《宪章》规定，联合国的宗旨为维护国际和平及安全，"),
        ],
        "op": [
            ("重申", "多边主义是在裁军和不扩散领域进行谈判的核心原则；"),
            ("请", "秘书长就下列事项提出报告："),
            ("决定", "将题为“促进裁军和不扩散领域的多边主义”的分项列入临时议程。"),
        ],
        "subs": ["会员国的意见；", "裁军谈判会议的工作；", "其本身的评估；"],
        "wrap": "并向大会提交报告；",
        "heading": "后续行动",
        "annex": ["附件", "文书清单"],
        "notes": ["第", "见", "，附件。"],
    },
    "ar": {
        "title": "تعزيز تعددية الأطراف في مجال نزع السلاح وعدم الانتشار",
        "agenda": "نزع السلاح العام الكامل",
        "pre": [
            ("تصميما منها", " على تعزيز الاحترام الصارم للمقاصد والمبادئ المجسدة في الميثاق،"),
            ("وإذ تشير", " إلى قرارها "),
            ("وإذ تشير أيضا", " إلى أن مقاصد الأمم المتحدة هي حفظ السلم والأمن الدوليين،"),
        ],
        "op": [
            ("تعيد تأكيد", " تعددية الأطراف باعتبارها المبدأ الأساسي في المفاوضات؛"),
            ("تطلب", " إلى الأمين العام أن يقدم تقريرا عما يلي:"),
            ("تقرر", " أن تدرج في جدول الأعمال المؤقت لدورتها البند الفرعي."),
        ],
        "subs": ["آراء الدول الأعضاء؛", "أعمال مؤتمر نزع السلاح؛", "تقييمه الخاص؛"],
        "wrap": "وأن يقدم التقرير إلى الجمعية العامة؛",
        "heading": "المتابعة",
        "annex": ["المرفق", "قائمة الصكوك"],
        "notes": ["القرار ", "انظر ", "، المرفق."],
    },
}
LABELS = {"en": ["(a)", "(b)", "(i)"], "zh": ["(a)", "(b)", "㈠"], "ar": ["(أ)", "(ب)", "’1‘"]}
HEADING_NUMS = {"en": "I", "zh": "一", "ar": "أولا"}


def adopted(lang: str = "en") -> Resolution:
    """An adopted resolution with footnotes, links, subparagraphs, a heading and an annex."""
    t = TEXTS[lang]
    data = language(lang)
    pre = [PreambularParagraph(phrase=p, text=list(phrased(lang, p, r))) for p, r in t["pre"]]
    pre[0].text.append(FootnoteRef(marker="1"))
    pre[1].text += [
        DocumentRef(text="56/24", symbol="A/RES/56/24"),
        Text(text=" T,"),
        FootnoteRef(marker="2"),
    ]
    pre[2].subparagraphs = [Subparagraph(label=LABELS[lang][0], text=[Text(text=t["subs"][0])])]
    op = [
        OperativeParagraph(number=str(i + 1), phrase=p, text=list(phrased(lang, p, r)))
        for i, (p, r) in enumerate(t["op"])
    ]
    op[1].subparagraphs = [
        Subparagraph(label=LABELS[lang][0], text=[Text(text=t["subs"][0])]),
        Subparagraph(
            label=LABELS[lang][1],
            text=[Text(text=t["subs"][1])],
            subparagraphs=[Subparagraph(label=LABELS[lang][2], text=[Text(text=t["subs"][2])])],
        ),
    ]
    op[1].wrap_up = [Text(text=t["wrap"])]
    notes = t["notes"]
    return Resolution(
        meta=Meta(
            symbol="A/RES/75/47",
            language=lang,
            session=75,
            resolution_number="75/47",
            title=t["title"],
            adopted_on=dt.date(2020, 12, 7),
            meeting=37,
            agenda_items=[AgendaItem(number="103 (u)", title=t["agenda"])],
            committee="firstCommittee",
            reports=[Report(symbol="A/75/399", paragraph="96")],
            issued_on=dt.date(2020, 12, 17),
            job_number="20-16859 (E)",
        ),
        enacting_formula=data["enacting_formula"],
        preamble=pre,
        operative=[
            op[0],
            op[1],
            Heading(num=HEADING_NUMS[lang], text=[Text(text=t["heading"])]),
            op[2],
            OperativeParagraph(text=[Text(text=t["wrap"])]),
        ],
        footnotes=[
            Footnote(
                marker="1",
                text=[Text(text=notes[0]), DocumentRef(text="55/2", symbol="A/RES/55/2"), Text(text=".")],
            ),
            Footnote(
                marker="2",
                text=[
                    Text(text=notes[1]),
                    DocumentRef(text="A/74/548", symbol="A/74/548"),
                    Text(text=notes[2]),
                ],
            ),
        ],
        annexes=[
            Annex(
                headings=list(t["annex"]),
                blocks=[
                    OperativeParagraph(number="1", phrase="", text=[Text(text=t["subs"][1])]),
                ],
            )
        ],
    )


def draft(lang: str = "en") -> Resolution:
    """The draft of the same text: sponsors line with its asterisk note, no adoption lines."""
    model = adopted(lang)
    meta = model.meta.model_copy(
        update={
            "symbol": "A/C.1/75/L.19",
            "stage": "draft",
            "resolution_number": "",
            "adopted_on": None,
            "meeting": None,
            "reports": [],
            "distribution": "limited",
            "original_language": "en",
            "sponsors": ["Indonesia"],
            "job_number": "20-14010 (E)",
            "sponsors_note": "On behalf of the States Members of the United Nations that are members of the "
            "Movement of Non-Aligned Countries.",
        }
    )
    return model.model_copy(update={"meta": meta, "annexes": []})


def corpus_sources() -> list[Path]:
    """The devset UN XML files, or [] when ../shared/corpus is absent."""
    return sorted((CORPUS / "devset").glob("*/source.xml")) if (CORPUS / "devset").is_dir() else []
