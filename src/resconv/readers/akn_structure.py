"""A structural signature of an AKN4UN file, read straight from the XML (not via the model).

Used to check that resconv's AKN export keeps what the UN's own file says: masthead values,
container names, paragraph numbers, subparagraph labels, footnotes and where they sit, body text,
closing line. Layout differences are ignored on purpose: whitespace, tatweel, the element that
carries a number or label (``num`` or the text), Arabic footnote brackets, eIds and classes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from lxml import etree

from resconv.readers.akn_inline import AKN, all_text, local

_NUMBER = re.compile(r"^\s*(\d+)\s*[-.–]?\s*$")
_NUMBER_IN_TEXT = re.compile(r"^\s*(\d+)\s*[-.–](?:\s+|$)")
_LABEL = re.compile(r"^\s*(\([^\s()]{1,6}\)|[a-z]\))(?:\s|$)")
_BRACKETS = {"(", ")"}


def squash(text: str) -> str:
    """NFKC, case-folded, no tatweel, no whitespace or hyphen variants at all."""
    text = unicodedata.normalize("NFKC", text).replace("\u0640", "").casefold()
    return re.sub(r"[\s\u2011\u2010\-]+", "", text)


def _stream(el: etree._Element) -> str:
    """Text of ``el`` in document order, footnotes and their Arabic brackets left out."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and not _is_note_part(child):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def _is_note_part(el: etree._Element) -> bool:
    """A footnote, or one of the visible brackets Arabic files put around it."""
    if local(el) == "authorialNote":
        return True
    if local(el) != "sup" or all_text(el).strip() not in _BRACKETS:
        return False
    beside = (el.getprevious(), el.getnext())
    return any(n is not None and local(n) == "authorialNote" for n in beside)


def _statement(root: etree._Element) -> etree._Element:
    found = root.find(f"{AKN}statement")
    return found if found is not None else next(root.iter(f"{AKN}statement"))


def _text(el: etree._Element | None) -> str:
    return squash(all_text(el)) if el is not None else ""


def _masthead(st: etree._Element) -> dict[str, str]:
    cover = st.find(f"{AKN}coverPage")
    out: dict[str, str] = {}
    if cover is None:
        return out
    for el in cover.iter():
        name = local(el)
        if name in ("docNumber", "docStatus", "docTitle"):
            out[name] = _text(el)
        elif name == "inline" and el.get("name") == "originating document":
            out["originatingDocument"] = _text(el)
        elif name == "docAuthority":
            out[f"docAuthority{el.get('refersTo')}"] = _text(el)
        elif name == "docDate":
            out["docDate"] = el.get("date") or ""
        elif name == "session":
            out["session"] = f"{el.get('value')}:{_text(el)}"
        elif name == "inline" and el.get("name") in ("agenda item", "agenda item name"):
            out[el.get("name") or ""] = _text(el)
        if name == "docProponent":
            out["committee"] = el.get("refersTo") or ""
    return out


def _meeting(st: etree._Element) -> list[str]:
    closing = st.find(f"{AKN}conclusions")
    if closing is None:
        return []
    text = unicodedata.normalize("NFKC", " ".join(str(t) for t in closing.itertext())).casefold()
    text = re.sub(r"(?<=\d)[-\u2011](?=[eе])", " ", text).replace("e", "е") if "пленар" in text else text
    return sorted(re.findall(r"\w+", text))


def signature(data: bytes) -> dict[str, Any]:
    """The structural facts of one AKN4UN document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    st = _statement(etree.fromstring(data, parser))
    sig: dict[str, Any] = {"masthead": _masthead(st), "meeting": _meeting(st)}
    preface = st.find(f"{AKN}preface")
    if preface is not None:
        number = _text(preface.find(f".//{AKN}docNumber")).removesuffix(".")
        sig["preface"] = [number, _text(preface.find(f".//{AKN}docTitle"))]
    sig["formula"] = [_text(f) for f in st.iter(f"{AKN}formula")]
    sig["containers"] = [_container_name(c) for c in st.iter(f"{AKN}container")]
    sig["preamble_text"] = "".join(squash(_stream(c)) for c in st.iter(f"{AKN}container"))
    bodies = [b for b in st if local(b) == "mainBody"]
    sig["body_text"] = "".join(squash(_stream(b)) for b in bodies)
    sig["numbers"], sig["labels"] = _numbers(bodies)
    sig["footnotes"] = _notes(st)
    annexes = list(st.iter(f"{AKN}attachment"))
    sig["annexes"] = [squash(_stream(a)) for a in annexes]
    return sig


def _container_name(container: etree._Element) -> str:
    """The container's name when it is its leading phrase (some UN names are "(" or "preserve")."""
    name = squash(container.get("name") or "").rstrip(",，、،:;：；")
    return name if name and squash(_stream(container)).startswith(name) else "?"


def _numbers(bodies: list[etree._Element]) -> tuple[list[str], list[str]]:
    """Operative numbers and subparagraph labels, from ``num`` or from the start of the text."""
    numbers: list[str] = []
    labels: list[str] = []
    for body in bodies:
        for el in body.iter(f"{AKN}paragraph", f"{AKN}point"):
            num = el.find(f"{AKN}num")
            printed = all_text(num).strip() if num is not None else ""
            if not printed:
                first_p = el.find(f".//{AKN}p")
                lead = first_p.text or "" if first_p is not None else ""
                match = _NUMBER_IN_TEXT.match(lead) or _LABEL.match(lead)
                printed = match.group(0).strip() if match else ""
            number = _NUMBER.match(printed)
            if number:
                numbers.append(number.group(1))
            elif printed and _LABEL.match(printed + " "):
                labels.append(printed)
    return numbers, labels


def _notes(st: etree._Element) -> list[tuple[str, str, str]]:
    """(marker, where, text) per footnote; where = container index or last operative number."""
    out: list[tuple[str, str, str]] = []
    for i, container in enumerate(st.iter(f"{AKN}container")):
        out += [
            (n.get("marker") or "", f"pre{i}", _note_text(n)) for n in container.iter(f"{AKN}authorialNote")
        ]
    for body in (b for b in st if local(b) == "mainBody"):
        last = "0"
        for el in body.iter():
            if local(el) == "num" and _NUMBER.match(all_text(el)):
                last = _NUMBER.match(all_text(el)).group(1)  # type: ignore[union-attr]
            elif local(el) == "p" and _NUMBER_IN_TEXT.match(el.text or ""):
                last = _NUMBER_IN_TEXT.match(el.text or "").group(1)  # type: ignore[union-attr]
            elif local(el) == "authorialNote":
                out.append((el.get("marker") or "", f"op{last}", _note_text(el)))
    return out


def _note_text(note: etree._Element) -> str:
    return squash(all_text(note)).removeprefix("()")


def differences(source: bytes, exported: bytes) -> list[str]:
    """The signature keys on which two AKN documents differ."""
    a, b = signature(source), signature(exported)
    out = []
    for key in a:
        if key == "masthead":
            out += [f"masthead.{k}" for k in a[key] if a[key].get(k) != b[key].get(k)]
        elif key == "containers":
            same = len(a[key]) == len(b[key]) and all(
                x in ("?", y) for x, y in zip(a[key], b[key], strict=True)
            )
            out += [] if same else [key]
        elif a[key] != b[key]:
            out.append(key)
    return out
