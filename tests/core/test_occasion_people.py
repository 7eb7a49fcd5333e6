"""The people an invitation's sentences name by their part in its occasion: whom to
answer and their number, the celebrated, the hosts; its hosts signing before the
closing phrase; its address under a centred "where". Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.registry import without
from redactor.core.detect.text.occasion_people import occasion_people
from redactor.core.models import OcrLine
from tests.core.test_layout import CHAR_W, LINE_H, make_line, stack


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.category.value) for s in occasion_people(text)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("RSVP to Gwendolyn 07700 412 96", {("Gwendolyn", "name"), ("07700 412 96", "phone")}),
        (
            "R.S.V.P.: Ottoline Brack 0161 555 44321",
            {("Ottoline Brack", "name"), ("0161 555 44321", "phone")},
        ),
        ("U.A.w.g. bei Jördis 0171 555123", {("Jördis", "name"), ("0171 555123", "phone")}),
        ("rsvp to GwEn 07700 412 96", {("GwEn", "name"), ("07700 412 96", "phone")}),
        ("Come and celebrate Ambrose's 60th birthday", {("Ambrose's", "name")}),
        ("For: Tamsins 4th", {("Tamsins", "name")}),
        ("Join us for Perpetua's christening", {("Perpetua's", "name")}),
        ("pour les 40 ans de Solène", {("Solène", "name")}),
        ("zum Geburtstag von Hiltrud", {("Hiltrud", "name")}),
        ("Join Barnaby Clegg and family for drinks", {("Barnaby Clegg", "name")}),
        ("Nouveau départ ! Aurélien Vasseur pend la crémaillère", {("Aurélien Vasseur", "name")}),
    ],
)
def test_invitation_people_are_found(text: str, found: set[tuple[str, str]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Please RSVP by Friday",
        "RSVP",
        "Children's party from 3pm",
        "Join Friends and family for a barbecue",
        "Mother's Day lunch",
        "Rendez-vous 07 09 17 89 50",
        "Where: Jungle Jim's soft play",
    ],
)
def test_invitation_words_naming_no_one_stay(text: str) -> None:
    assert _found(text) == set()


def _masked(lines: list[OcrLine], recognizers=None) -> set[str]:
    out = text_spans(lines) if recognizers is None else text_spans(lines, recognizers=recognizers)
    return {lines[i].text[s.start : s.end] for i, spans in out.items() for s in spans}


def test_hosts_signing_before_the_closing_phrase_are_masked() -> None:
    lines = stack("届时恭候", "邵文涛 钟雨欣 谨订")
    found = _masked(lines)
    assert "邵文涛 钟雨欣" in found
    assert not any("谨订" in t or "恭候" in t for t in found)


def _centred(*texts: str, middle: float = 500.0) -> list[OcrLine]:
    return [
        make_line(t, x=middle - len(t) * CHAR_W / 2, y=100 + i * (LINE_H + 12))
        for i, t in enumerate(texts)
    ]


def test_an_address_centred_under_an_invitations_where_is_masked() -> None:
    lines = _centred(
        "à partir de 19h", "chez nous :", "18 allée des Tilleuls, bât. C", "Tenue : chic"
    )
    found = _masked(lines)
    assert "18 allée des Tilleuls, bât. C" in found
    assert not {"chez nous", "chez nous :", "à partir de 19h", "Tenue : chic"} & found


def test_a_sentence_with_the_words_of_a_where_announces_nothing() -> None:
    lines = stack("On dîne chez nous ce soir", "18 convives attendus")
    assert not _masked(lines)


def test_without_the_step_the_sentences_people_stay() -> None:
    lines = stack("RSVP to Gwendolyn 07700 412 96", "Come and celebrate Ambrose's 60th birthday")
    assert not {"Gwendolyn", "Ambrose's"} & _masked(lines, without("occasion_person"))
