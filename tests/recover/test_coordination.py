"""Leading phrases that go on past a conjunction, to a second verb known or not."""

from __future__ import annotations

import pytest

from resconv.recover.coordination import coordinated
from resconv.recover.leading import leading_phrase


@pytest.mark.parametrize(
    ("rest", "code", "taken"),
    [
        (" and affirming that", "en", " and affirming"),  # a known phrase
        (" и подтверждая, что", "ru", " и подтверждая"),
        (" and profoundly regrets the", "en", " and profoundly regrets"),  # adverb, verb
        (" y lamenta profundamente los indecibles", "es", " y lamenta profundamente"),  # verb, adverb
        (" et regrette profondément les", "fr", " et regrette profondément"),
        (" et propose que", "fr", " et propose"),
        # no second verb: an article, a capitalised name, a word few phrases' first words end like
        (" and the report", "en", ""),
        (" y la labor", "es", ""),
        (" and Member States", "en", ""),
        (" and other", "en", ""),
        # Russian has no adverb ending to tell "глубоко" from a verb: only known phrases go on
        (" и глубоко озабочена тем", "ru", ""),
        ("and affirming", "en", ""),  # the conjunction must be a word of its own
    ],
)
def test_a_conjunction_takes_the_next_verb_along(rest: str, code: str, taken: str) -> None:
    assert rest[: coordinated(rest, code, phrase="Reconoce")] == taken


@pytest.mark.parametrize(
    ("phrase", "rest", "code"),
    [
        ("Reaffirming its commitment", " and strong support to", "en"),  # two nouns, not two verbs
        ("Expressing deep concern", " and growing alarm at", "en"),
        ("Réaffirmant son attachement", " et ferme soutien", "fr"),
    ],
)
def test_no_verb_is_guessed_after_a_phrase_ending_with_its_object(phrase: str, rest: str, code: str) -> None:
    assert coordinated(rest, code, phrase) == 0


def test_a_paragraph_s_phrase_takes_a_second_verb_no_list_knows() -> None:
    text = "Reconoce y celebra sinceramente la labor realizada por el Comité"
    assert text[: leading_phrase(text, "es", "operative")] == "Reconoce y celebra sinceramente"
