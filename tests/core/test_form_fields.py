"""How forms place a value against its printed label, beyond "label: value": a
question's number before the label, a format hint after it, a caption printed under
its value, a value written one character per box. Values made up."""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.models import OcrLine, Quad
from tests.core.test_label_values import masked
from tests.core.test_layout import make_line, stack


def test_a_format_hint_closes_the_label() -> None:
    (m,) = printed_labels("Date of birth (DD MM YYYY)")
    assert m.kind.value == "birth_date"
    assert m.value_start == len("Date of birth (DD MM YYYY)")
    parts = masked(stack("Date of birth (dd/mm/yyyy)", "03/04/1971"))
    assert parts == {"03/04/1971": {"03/04/1971": "id_number"}}


def test_a_format_hint_is_no_value_of_the_label_over_it() -> None:
    # The caption of the row above has nothing under it but the next field's label.
    assert masked(stack("Surname", "Date of birth (DD MM YYYY)")) == {}


def test_a_question_number_before_its_label() -> None:
    (m,) = printed_labels("5. 出生日期 Date of birth")
    assert m.kind.value == "birth_date" and m.at_line_start
    parts = masked(stack("5. 出生日期 Date of birth", "03/04/1971"))
    assert parts == {"03/04/1971": {"03/04/1971": "id_number"}}
    assert masked(stack("(12) Passport No.", "X1234567")) == {"X1234567": {"X1234567": "id_number"}}


def _caption(text: str, x: float, y: float) -> OcrLine:
    """A line in small print (half the height of ``make_line``'s)."""
    line = make_line(text, x=x, y=y)
    a, b, c, d = line.quad.points
    small = Quad((a, b, (c[0], c[1] - 15), (d[0], d[1] - 15)))
    return OcrLine(line.text, line.confidence, small, line.chars)


def test_a_caption_printed_under_its_value() -> None:
    lines = [
        make_line("Title Mr Mrs Ms", y=40),
        make_line("RUTH", y=100),
        _caption("First name", x=102, y=134),
        _caption("Mobile", x=102, y=190),
    ]
    assert masked(lines) == {"RUTH": {"RUTH": "name"}}


def test_rows_of_values_each_over_its_row_of_captions() -> None:
    # The caption of the row above stands over the value: it is that row's caption, and
    # the value belongs to the caption under it.
    lines = [
        make_line("Ostbury QX4 7PL", x=150, y=100),
        _caption("Postcode and town", x=152, y=134),
        make_line("RUTH", y=160),
        _caption("First name", x=102, y=194),
    ]
    assert masked(lines)["RUTH"] == {"RUTH": "name"}


def test_a_column_of_values_each_over_its_caption() -> None:
    # Names written on rules, a caption under each (one misread); the line under a
    # caption is the next rule's value, and the column ends at a caption: each caption
    # names the value over it, so the first value is masked too.
    lines = [
        make_line("BRAMWELL", y=100),
        _caption("First name", x=100, y=132),
        make_line("ODALYS", y=150),
        _caption("First Hame", x=100, y=182),
        make_line("QUENTIN", y=200),
        _caption("First name", x=100, y=232),
    ]
    parts = masked(lines)
    assert parts == {t: {t: "name"} for t in ("BRAMWELL", "ODALYS", "QUENTIN")}


def test_a_column_of_small_labels_each_over_its_value() -> None:
    # The same print the other way round: the column starts at a label, so each value
    # is the label's over it, whatever stands under it.
    lines = [
        _caption("Date of birth", x=100, y=100),
        make_line("03/04/1971", y=118),
        _caption("Surname", x=100, y=150),
        make_line("AMBERLEY", y=168),
        _caption("Email", x=100, y=200),
    ]
    parts = masked(lines)
    assert parts["AMBERLEY"] == {"AMBERLEY": "name"}
    assert parts["03/04/1971"] == {"03/04/1971": "id_number"}


def test_a_stamp_across_a_value_is_no_label_over_it() -> None:
    # A small stamp pressed over the value's top; a label word of its own ("PAID") does
    # not make the value its own: the caption under it announces it.
    lines = [
        make_line("RUTH AMBERLEY", y=100),
        _caption("PAID", x=300, y=92),
        _caption("Issued by", x=102, y=134),
    ]
    assert masked(lines) == {"RUTH AMBERLEY": {"RUTH AMBERLEY": "name"}}


def test_a_line_in_the_captions_own_print_is_no_value() -> None:
    lines = [make_line("Ruth", y=100), make_line("Mobile", x=102, y=134)]
    assert masked(lines) == {}


def test_a_value_under_its_label_is_no_caption_of_the_label_below() -> None:
    # Labels over values: the value right above "Email" is the name's, and "Email" has
    # nothing under it (left blank); the name is masked as a name, nothing else.
    lines = stack("Full name", "Ruth Amberley", "Email")
    assert masked(lines) == {"Ruth Amberley": {"Ruth Amberley": "name"}}
    lines = stack("Order date", "12 May", "Email")
    assert masked(lines) == {}


def test_a_value_written_a_character_per_box() -> None:
    boxes = (("Q", 100), ("R", 150), ("7 3", 240), ("ZX", 330))  # gaps: unread boxes
    lines = [make_line("Postcode"), *(make_line(t, x=x, y=142) for t, x in boxes)]
    assert masked(lines) == {t: {t: "address"} for t, _ in boxes}


def test_boxes_far_along_the_row_are_another_field() -> None:
    lines = [
        make_line("Postcode", x=100, y=100),
        make_line("Q R", x=100, y=142),
        make_line("Yes", x=600, y=142),
    ]
    assert masked(lines) == {"Q R": {"Q R": "address"}}


def test_device_labels_announce_their_values() -> None:
    parts = masked(stack("Passcode", "204861"))
    assert parts == {"204861": {"204861": "id_number"}}
    parts = masked(stack("维修员 Ruth Amberley"))
    assert parts == {"维修员 Ruth Amberley": {"Ruth Amberley": "name"}}


def test_the_census_taker_who_called_and_their_number() -> None:
    for line, name, number, date in (
        ("Enumerator: Ruth Amberley Enumerator no. QX40217", "Ruth Amberley", "QX40217", None),
        (
            "Agente censal: Inés Roldán N.º de agente QX40217 Fecha de la visita: 02/03/2026",
            "Inés Roldán",
            "QX40217",
            "02/03/2026",
        ),
    ):
        (parts,) = masked(stack(line)).values()
        pieces = " | ".join(parts)
        assert name in pieces and number in pieces
        assert date is None or date not in pieces


def test_a_caption_over_the_forms_own_sentence_names_the_value_over_it() -> None:
    # The signer's name written on the rule, its caption under it, and the form's
    # printed sentence under the caption: the name is the caption's value.
    lines = [
        make_line("Ruth Amberley", y=100),
        _caption("Signature", x=102, y=134),
        _caption("I certify that the details given above are true.", x=102, y=156),
    ]
    assert masked(lines) == {"Ruth Amberley": {"Ruth Amberley": "name"}}


def test_a_caption_over_the_next_fields_value_names_the_value_over_it() -> None:
    # A column of captions under their values: under "Full name" stands
    # the next field's value (an address, no name), over it the name written for it.
    lines = [
        make_line("RUTH AMBERLEY", y=100),
        _caption("Full name", x=102, y=134),
        make_line("12 Station Road", y=160),
        _caption("Address", x=102, y=194),
    ]
    parts = masked(lines)
    assert parts["RUTH AMBERLEY"] == {"RUTH AMBERLEY": "name"}
    assert parts["12 Station Road"] == {"12 Station Road": "address"}


def _tall(text: str, x: float, y: float, height: float) -> OcrLine:
    """A box drawn taller than its print (a photo's loose box around a written value)."""
    line = make_line(text, x=x, y=y)
    a, b, c, d = line.quad.points
    tall = Quad((a, b, (c[0], a[1] + height), (d[0], a[1] + height)))
    return OcrLine(line.text, line.confidence, tall, line.chars)


def test_a_tall_box_of_the_row_of_values_is_no_value_beside_the_caption() -> None:
    # A row of values over a row of captions; the next field's value, boxed loosely,
    # reaches down beside the surname's caption (its own caption went unread). It
    # stands level with the row of values: the caption's value is the one over it.
    lines = [
        make_line("AMBERLEY", y=100),
        _caption("Surname", x=102, y=134),
        _tall("RUTH", x=330, y=90, height=70),
    ]
    assert masked(lines)["AMBERLEY"] == {"AMBERLEY": "name"}


def test_a_value_level_with_its_caption_beside_it_stays_its_value() -> None:
    # The value written on the caption's own row, beside it: no value over it is read.
    lines = [
        make_line("Blue", y=100),
        _caption("Surname", x=102, y=134),
        make_line("AMBERLEY", x=330, y=128),
    ]
    assert masked(lines) == {"AMBERLEY": {"AMBERLEY": "name"}}


def test_a_trainers_caption_under_the_signed_name() -> None:
    # A course certificate: the trainer signs on a rule over "El formador"; under the
    # caption, the form's notice citing its regulation is no name.
    lines = [
        make_line("Marta Ruiz Ferrer", y=100),
        _caption("El formador", x=102, y=134),
        _caption(
            "Curso conforme al Reglamento (CE) 1234/2004 sobre higiene alimentaria", x=140, y=156
        ),
    ]
    assert masked(lines) == {"Marta Ruiz Ferrer": {"Marta Ruiz Ferrer": "name"}}
    for caption in ("La formatrice", "Der Ausbilder", "Il formatore", "A formadora", "De opleider"):
        lines = [make_line("Marta Ruiz", y=100), _caption(caption, x=102, y=134)]
        assert masked(lines) == {"Marta Ruiz": {"Marta Ruiz": "name"}}, caption


def test_an_address_caption_lists_the_pieces_it_asks_for() -> None:
    # The street, the house number and the flat listed in brackets belong to the
    # address's label: one caption, the address written over it.
    caption = "residente in (via, n. civico, interno)"
    (m,) = printed_labels(caption)
    assert m.kind.value == "address" and m.value_start == len(caption)
    lines = [
        make_line("Corso Cavour 14, int. 3", y=100),
        _caption("residente in (via, n. civico, interno)", x=102, y=134),
    ]
    # The caption pairs the whole written line as the address; the street and its door
    # are also read on their own from the line's shape, and the caption stays readable.
    found = masked(lines)
    assert set(found) == {"Corso Cavour 14, int. 3"}
    assert found["Corso Cavour 14, int. 3"]["Corso Cavour 14, int. 3"] == "address"


def test_a_box_far_along_a_captions_row_is_no_value_of_it() -> None:
    # The caption's value is over it; far along its row, flush with the right column
    # of values, stands the next field's caption (a list the lexicon does not read).
    lines = [
        make_line("Corso Cavour 14, int. 3", y=100),
        _caption("residente in (via, n. civico, interno)", x=102, y=134),
        make_line("40121 Bologna", x=980, y=100),
        _caption("CAP e Comune", x=1000, y=134),
        make_line("Autobus 12", x=100, y=300),
        make_line("Linea 5678", x=1040, y=300),
        make_line("Tram 34", x=100, y=360),
        make_line("Zona 4321", x=1060, y=360),
    ]
    assert "CAP e Comune" not in masked(lines)


def test_a_date_format_in_another_languages_letters_closes_the_label() -> None:
    for text in ("Date de naissance (JJ MM AAAA)", "Geburtsdatum (TT.MM.JJJJ)"):
        (m,) = printed_labels(text)
        assert m.kind.value == "birth_date" and m.value_start == len(text)
    parts = masked(stack("Data di nascita (GG/MM/AAAA)", "03/04/1971"))
    assert parts == {"03/04/1971": {"03/04/1971": "id_number"}}


def test_a_sections_bare_number_before_a_label_alone_on_its_line() -> None:
    # The section's number was printed in a circle the OCR did not read.
    (m,) = printed_labels("3 Date of birth")
    assert m.kind.value == "birth_date"
    parts = masked(stack("3 Date of birth", "03 04 1971"))
    assert parts == {"03 04 1971": {"03 04 1971": "id_number"}}
    # A quantity before an item's name on a receipt is no section's number.
    assert printed_labels("2 Phone case") == ()
