"""Words that pdftotext's reading order printed without the hyphen a line ended with."""

from __future__ import annotations

import pytest

from resconv.recover.hyphens import rehyphenated

RUSSIAN = "использованию информационно-коммуникационных технологий; информационно-коммуникационные"


@pytest.mark.parametrize(
    ("title", "document", "restored"),
    [
        (
            "Противодействие использованию информационнокоммуникационных технологий",
            RUSSIAN,
            "Противодействие использованию информационно-коммуникационных технологий",
        ),
        (
            "Questions of NonSelf-Governing Territories",
            "the Non-Self-Governing Territories and other Non-Self-Governing Territories",
            "Questions of Non-Self-Governing Territories",
        ),
        # printed more often without the hyphen: another spelling ("Economic Co-operation"), kept
        (
            "Cooperation between the United Nations and the Organization",
            "the Organisation for Economic Co-operation and Development; cooperation; cooperation",
            "Cooperation between the United Nations and the Organization",
        ),
        # a title that prints the word both ways means both spellings, whatever the text around
        (
            "Cooperation between the United Nations and the Organization for Security and "
            "Co-operation in Europe",
            "the Organization for Security and Co-operation in Europe; Co-operation",
            "Cooperation between the United Nations and the Organization for Security and "
            "Co-operation in Europe",
        ),
        # printed as often with the hyphen as without it elsewhere: no evidence either way
        ("Questions of peacebuilding", "peace-building and peacebuilding", "Questions of peacebuilding"),
        ("Oceans and the law of the sea", "no hyphen at all", "Oceans and the law of the sea"),
        ("COVID-19 and peacebuilding", "peace-building", "COVID-19 and peace-building"),
    ],
)
def test_a_word_printed_elsewhere_with_its_hyphen_gets_it_back(
    title: str, document: str, restored: str
) -> None:
    assert rehyphenated(title, f"{title}\n{document}") == restored
