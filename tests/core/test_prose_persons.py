"""A person named inside running text: the name after a phrase that introduces them,
a number after its word in the middle of a sentence. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.text.prose_persons import prose_persons
from tests.core.test_label_values import inside_a_larger_name
from tests.core.test_layout import stack


def masked(*texts: str) -> dict[str, list[str]]:
    lines = stack(*texts)
    out: dict[str, list[str]] = {}
    for i, spans in text_spans(lines).items():
        t = lines[i].text
        out[t] = sorted(
            {
                t[s.start : s.end]
                for s in spans
                if s.end > s.start and not inside_a_larger_name(s, spans)
            }
        )
    return {t: v for t, v in out.items() if v}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("兹证明欧阳青松(性别:女)自去年三月起在本单位任职。", "欧阳青松"),
        ("兹证明罗文(性别:男)系我单位职工。", "罗文"),
        ("This is to certify that Bram Okafor has been employed by us as a driver.", "Bram Okafor"),
        ("We hereby confirm that Ms. Cora Lind joined our team in spring.", "Ms. Cora Lind"),
        # a note of a loan or a debt names the other party after its opening words
        ("今借到欧阳青松现金人民币伍仟元整,约定年底前归还。", "欧阳青松"),
        ("本人承诺今欠罗文货款人民币叁仟元,月底前还清。", "罗文"),
        # a covering note: the one to pass a copy to, a colleague who will call
        ("Could you kindly pass a copy to Odile Brandt before Friday?", "Odile Brandt"),
        ("Mi colega Íñigo Ruiz Álvarez le llamará mañana.", "Íñigo Ruiz Álvarez"),
        ("Ma collègue Hélène Duval vous rappellera demain.", "Hélène Duval"),
        # a letter's greeting in other Latin-script languages
        ("Liebe/r Jorinde,", "Jorinde"),
        ("Estimado/a Íñigo Ruiz,", "Íñigo Ruiz"),
        # a complaint's story: whom the writer spoke to, the staff member who served
        ("I made a telephone to Rhiannon Blake about the refund.", "Rhiannon Blake"),
        ("Last week I spoke to Desmond Achebe at the counter.", "Desmond Achebe"),
        ("No me atendieron bien. La empleada Ximena me dijo que esperara.", "Ximena"),
    ],
)
def test_a_name_right_after_an_introducing_phrase(line: str, name: str) -> None:
    assert masked(line) == {line: [name]}


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("任仓库主管职务，员工编号KX4471，现仍在职。", "KX4471"),
        ("Premiums are collected from account ending 7730 each month", "7730"),
    ],
)
def test_a_number_after_its_word_inside_a_sentence(line: str, number: str) -> None:
    assert masked(line) == {line: [number]}


def test_sentences_without_a_person_stay_readable() -> None:
    lines = (
        "We certify that the goods were delivered in good order.",
        "兹证明以上情况属实，特此证明。",
        "Your account balance stood at 12.50 on the statement date.",
        "Liebe Grüße und bis bald,",
        "Querida familia: gracias por todo.",
    )
    assert masked(*lines) == {}


def test_a_number_after_the_tail_of_a_longer_label_is_left_to_its_shape() -> None:
    assert masked("TERM ID:04705910", "Batch no 3 of account 55") == {}


@pytest.mark.parametrize(
    ("line", "plate"),
    [
        ("当事人驾驶号牌为浙C·7Q2K5的小型客车在路口未停车让行。", "浙C·7Q2K5"),
        ("车牌号:湘D83K2X 电话13800000000", "湘D83K2X"),
    ],
)
def test_a_vehicle_plate_is_a_value_of_its_own_wherever_it_stands(line: str, plate: str) -> None:
    assert plate in masked(line)[line]


def test_a_plate_inside_a_paragraph_masks_no_more_than_itself() -> None:
    lines = (
        "当事人驾驶号牌为浙C·7Q2K5的小型客车",
        "在城南路口未按规定停车让行,",
        "依据道路交通安全法第九十条处罚款。",
    )
    assert masked(*lines) == {lines[0]: ["浙C·7Q2K5"]}


def test_the_parties_a_case_sentence_names_are_masked_not_the_sentence() -> None:
    line = "原告郑欣怡诉被告何俊杰买卖合同纠纷一案,本院已立案受理,定于下述时间开庭。"
    shown = masked(line)[line]
    assert "郑欣怡" in shown and "何俊杰" in shown
    assert not any("纠纷" in w or "本院" in w for w in shown), shown
    line = "The claim by Ada Roe against you for unpaid fees will be heard on 4 May."
    assert masked(line)[line] == ["Ada Roe"]


def test_the_person_a_notice_asks_you_to_contact_is_masked() -> None:
    from tests.core.test_values_not_labels import masked

    line = "Questions? Please contact Rosalind Achterberg on the day. Thanks!"
    assert masked(stack(line)) == [["Rosalind Achterberg"]]
    assert masked(stack("Please contact us on the day.")) == [[]]


def test_a_greeting_inside_a_longer_word_introduces_no_one() -> None:
    """ "hi" in "VEHICLE" or "HIGHWAY" is no greeting: the rest of the word is no name;
    a greeting the OCR glued to its name still introduces it."""
    assert _names("VEHICLE A") == []
    assert _names("HIGHWAY B") == []
    assert _names("DearJohn Smith") == ["John Smith"]
    assert _names("Hi, Anna") == ["Anna"]


def test_a_greeting_in_german_spanish_french_italian_or_portuguese_introduces_a_name() -> None:
    """A notice or e-mail opens with its reader's name after a greeting in any of the
    Latin-script languages, as after "Hi"; a greeting to everyone names no one."""
    assert _names("Hallo Frau Brenneke,") == ["Frau Brenneke"]
    assert _names("Hola Itziar,") == ["Itziar"]
    assert _names("Bonjour Madame Lavigne,") == ["Madame Lavigne"]
    assert _names("Buongiorno Ottavio Ferrante,") == ["Ottavio Ferrante"]
    assert _names("Olá Tainá,") == ["Tainá"]
    assert _names("Hallo zusammen,") == []
    assert _names("Ciao a tutti") == []


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in prose_persons(text)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("After that my line manager was Dorian Pell and the rota changed.", "Dorian Pell"),
        ("I told my supervisor, Wen Ashby, about the missing wages.", "Wen Ashby"),
        ("Ne ho parlato con il mio responsabile Ettore Bassi più volte.", "Ettore Bassi"),
    ],
)
def test_a_claim_names_the_people_at_work_by_their_post(line: str, name: str) -> None:
    assert masked(line) == {line: [name]}


def test_a_post_without_a_name_after_it_names_no_one() -> None:
    assert _names("My manager is on leave until Monday.") == []
    assert _names("Our supervisor was not told.") == []


def test_a_name_ends_at_the_full_stop_that_ends_its_sentence() -> None:
    # the next sentence's first word is no part of the name; titles and initials keep theirs
    assert _names("My line manager was Dorian Pell. On Monday he left.") == ["Dorian Pell"]
    assert _names("This is to certify that J. K. Ossett has passed.") == ["J. K. Ossett"]
    assert _names("Dear Dr. Ilse Marr. Thank you.") == ["Dr. Ilse Marr"]


def test_a_post_cut_by_the_lines_wrap_still_names_the_person() -> None:
    lines = ("I worked there for nine years until the spring. My", "line manager was Dorian Pell.")
    assert masked(*lines) == {lines[1]: ["Dorian Pell"]}


def test_a_professionals_italian_title_announces_the_name_inside_a_sentence() -> None:
    line = "Le comunicazioni vanno inviate presso lo studio dell'Avv. Livia Serra, PEC"
    assert any("Livia Serra" in t for t in masked(line).get(line, []))
    line = "Direzione lavori affidata all'Ing. Bruno Fadda dal mese di maggio."
    assert any("Bruno Fadda" in t for t in masked(line).get(line, []))
