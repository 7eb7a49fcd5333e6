"""A person named by a phrase of whom to turn to or of who acted, with no field
label: "ask for <name>", "s'adresser à M. <name>", "signed by <name>", "FAO <name>",
"经<name>同意", "在<name>处领取". Lines made up."""

from __future__ import annotations

import pytest

from tests.core.test_prose_persons import masked


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("On arrival ask for Corin Maddox at the gate.", "Corin Maddox"),
        ("Pour toute question, s'adresser à M. Dorian Vasseur.", "M. Dorian Vasseur"),
        ("Signed by Teodor Valis on 3 March.", "Teodor Valis"),
        ("Witnessed by Corin Maddox", "Corin Maddox"),
        ("FAO Marek Sulin", "Marek Sulin"),
        ("per pro Livia Granton", "Livia Granton"),
        ("Für Rückfragen fragen Sie nach Herrn Ole Brandvik.", "Herrn Ole Brandvik"),
        ("Para recoger el paquete pregunte por Ainhoa Berrocal.", "Ainhoa Berrocal"),
        ("Per informazioni rivolgersi a Sig.ra Pia Landolfi.", "Pia Landolfi"),
        # one word is a person's when it is a common given name
        ("At the kiosk ask for Anthony", "Anthony"),
    ],
)
def test_a_contact_or_acting_phrase_announces_the_name(line: str, name: str) -> None:
    assert masked(line) == {line: [name]}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("请于周五前在罗文处领取证书。", ["罗文"]),
        ("本项目由罗文负责，经欧阳青松同意后执行。", ["欧阳青松", "罗文"]),
    ],
)
def test_a_chinese_sentence_names_who_approved_or_where_to_collect(
    line: str, names: list[str]
) -> None:
    assert masked(line) == {line: names}


@pytest.mark.parametrize(
    "line",
    [
        "Please contact the office for details.",
        "ask for Reception",
        "Witnessed by Solicitor",
        "speak to Customer Services",
        "s'adresser à la mairie.",
        "FAO Rupert Pell Tideway Haulage Ltd",
        "请联系物业。",
        "到财务处领取",
        "到人事处报到",
        "由物业负责",
        "经双方同意",
        "由监护人陪同",
    ],
)
def test_a_desk_a_team_or_a_department_after_the_phrase_is_no_one(line: str) -> None:
    assert masked(line) == {}
