"""Values masked once are masked where the page prints them again; glued and
misread English labels still announce their values."""

from __future__ import annotations

from redactor.core.detect.layout.labels import find_fields
from redactor.core.detect.registry import without
from redactor.core.models import Category
from tests.core.test_layout import make_line, stack
from tests.core.test_layout_rows import covered_text


def _letter(*slip: str):
    """A window letter's recipient block (left), a reference (right), a slip below."""
    lines = stack("SHIP TO:", "NANCY K. NAKAMURA", "11820 N LINCOLN AVE", "BOISE, ID 83770")
    lines += [make_line("Invoice no. 6355", x=700, y=100)]
    lines += [make_line(t, x=100, y=600 + 42 * k) for k, t in enumerate(slip)]
    return lines


def test_a_name_printed_again_without_a_cue_is_masked() -> None:
    lines = _letter("PAYMENT SLIP", "Amount due 53.20", "NANCY K NAKAMURA", "Nakamura Holdings")
    covered = covered_text(lines)
    assert covered[1] == "NANCY K. NAKAMURA"  # the block's name, masked by its heading
    assert covered[7] == "NANCY K NAKAMURA"  # again on the slip, without the dots
    assert covered[8] == "Nakamura"  # a word of the name, wherever it stands
    assert covered[5] == "" and covered[6] == ""  # the slip's heading and sums stay
    # Without the recognizer the slip's copy stays readable: the test needs it.
    from redactor.core.detect import text_spans

    spans = text_spans(lines, recognizers=without("page_repeats"))
    assert not spans[7]


def test_a_number_repeats_only_as_a_whole_number() -> None:
    lines = stack("Account No: 5503 7115 5732")
    lines += [make_line("Ref 550371155732", y=400), make_line("EAN 9550371155732", y=460)]
    from redactor.core.detect import text_spans

    assert covered_text(lines)[1] == "550371155732"
    # Inside a longer number it is another number (whatever else finds that one).
    assert not [s for s in text_spans(lines)[2] if s.rule == "page_repeat"]


def test_common_words_of_a_masked_line_are_not_looked_for() -> None:
    lines = stack(
        "SHIP TO:", "JOHN SMITH", "OR CURRENT OCCUPANT", "12 ELM STREET", "SPOKANE WA 99201"
    )
    lines += [make_line("Your current tariff will change.", y=600)]
    assert covered_text(lines)[5] == ""


def test_glued_salutation_names_the_addressee_and_the_body_stays() -> None:
    lines = stack("DearMrsWhitfield,", "Wearewritingtoletyouknowthatyourtariffwillchange.")
    covered = covered_text(lines)
    assert covered[0] == "MrsWhitfield"
    assert covered[1] == ""


def test_number_label_without_colon_before_a_number() -> None:
    [f] = find_fields("Account 477-974215-76")
    assert f.category is Category.CARD_NUMBER
    assert find_fields("Account 12") == []  # too short for an account number
    assert find_fields("Account manager") == []


def test_long_label_with_one_letter_misread_is_a_heading() -> None:
    [f] = find_fields("Customereference")
    assert f.category is Category.ID_NUMBER and f.value_start == len("Customereference")
    # One letter apart from a short word, or two letters from a label, is not enough.
    assert find_fields("Customer service") == []
    assert find_fields("Custoerefrence") == []


def test_a_letter_that_grows_in_upper_case_keeps_the_repeat_in_place() -> None:
    # "ß" is "SS" in upper case: a masked value holding it, printed again, must map
    # back onto its own characters (found by the fuzz test as an IndexError).
    covered = covered_text(stack("AAAß", "一一省省"))
    assert covered[0] == "AAAß" and covered[1] == "一一省省"


def test_a_repeated_name_with_the_rest_of_its_line_unread_is_masked_whole() -> None:
    # The slip's copy of the name came back as one word and junk (the OCR lost the rest).
    lines = _letter("PAYMENT SLIP", "NAKAMURA :7l6", "Dear Ms Nakamura,")
    covered = covered_text(lines)
    assert covered[6] == "NAKAMURA :7l6"
    assert not covered[7].startswith("Dear")  # a line of words keeps its words


def test_a_label_beside_a_repeated_name_stays() -> None:
    lines = _letter("PAYMENT SLIP", "C/O NAKAMURA")
    assert covered_text(lines)[6] == "NAKAMURA"


def test_the_name_over_an_address_is_named_though_a_return_line_stands_above() -> None:
    # A return address above the block makes the name a line "between" two address
    # lines; it is still the name, so its copy on the slip is found.
    lines = stack(
        "If undelivered please return to PO Box 6823",
        "DORIS WELLINGTON",
        "134 CHURCH LANE",
        "NORWICH",
        "NR1 8JE",
    )
    lines += [make_line("Bank Giro Credit", y=600), make_line("DORIS WELLINGTON", y=642)]
    assert covered_text(lines)[6] == "DORIS WELLINGTON"


def test_a_surname_known_from_the_greeting_carries_the_full_name_on_the_slip() -> None:
    # The window's copy was misread (no full name to look for); "Dear Ms <surname>"
    # names the surname, and the slip prints the whole name.
    lines = stack("SHIP TO:", "KAREN7O5AKAMURA", "11820 N LINCOLN AVE", "BOISE, ID 83770")
    lines += [
        make_line(t, x=100, y=600 + 42 * k)
        for k, t in enumerate(
            ("Dear Ms Nakamura,", "PAYMENT SLIP", "KAREN NAKAMURA", "Nakamura Holdings")
        )
    ]
    covered = covered_text(lines)
    assert covered[6] == "KAREN NAKAMURA"
    assert covered[7] == "Nakamura"  # a business named after the family: its word only


def test_a_long_word_of_a_name_read_with_one_letter_wrong_is_the_same_word() -> None:
    lines = _letter(
        "PAYMENT SLIP", "Nancy Nakamuro", "Nancy Nakamoto", "Nancy nakamurs", "Nakamuro Avenue"
    )
    covered = covered_text(lines)
    assert covered[6] == "NancyNakamuro"  # one letter misread on the slip's copy
    assert covered[7] == "Nancy"  # two letters away: another word
    assert covered[8] == "Nancy"  # a word in lower case is running text
    assert covered[9] == ""  # no word of the name beside it: a word like another


def test_a_long_number_a_block_masked_is_found_again_as_a_number() -> None:
    # An account number stands in the person's block (masked with it, as part of the
    # address) and again on the slip, after a misread label.
    lines = stack("SHIP TO:", "NANCY K. NAKAMURA", "2388 8842 3907", "11820 N LINCOLN AVE")
    lines += [
        make_line(t, x=100, y=600 + 42 * k)
        for k, t in enumerate(("PAYMENT SLIP", "Acc0unt 2388 8842 3907", "Ref 8842 3907"))
    ]
    covered = covered_text(lines)
    assert covered[5] == "2388 8842 3907"
    assert covered[6] == ""  # a part of it is another number


def test_the_rest_of_a_greeting_name_boxed_apart_keeps_its_comma() -> None:
    lines = [make_line("Dear Ms N4k", x=100, y=600), make_line("amura,", x=340, y=600)]
    body = ("Here is your latest bill.", "New charges 18.20")  # right under the greeting
    lines += [make_line(t, x=100, y=642 + 42 * k) for k, t in enumerate(body)]
    covered = covered_text(lines)
    assert covered[1] == "amura,"
    assert covered[2] == "" and covered[3] == ""  # the greeting makes no block of the body


def test_a_whole_name_misread_in_several_letters_is_the_same_name() -> None:
    lines = _letter("PAYMENT SLIP", "Nanc Nekamora", "Payment Reference", "Nancy Holdings")
    covered = covered_text(lines)
    assert covered[6] == "Nanc Nekamora"  # most of the name's letters, in order
    assert covered[7] == ""  # words of their own
    assert covered[8] == "Nancy"  # a business: only the word of the name


def test_a_doubted_reading_holding_part_of_a_masked_number_is_that_number() -> None:
    # The account number is masked in the window; on the slip OCR garbled the label and
    # the number's head, and said it doubts the line.
    lines = stack("SHIP TO:", "NANCY K. NAKAMURA", "11820 N LINCOLN AVE")
    lines += [make_line("Account number QK58214417", x=700, y=100)]
    slip = [("PAYMENT SLIP", 0.95), ("Aco1 4417", 0.5), ("Ref 4417", 0.95), ("Due 0.53", 0.5)]
    lines += [make_line(t, x=100, y=600 + 42 * k, conf=c) for k, (t, c) in enumerate(slip)]
    covered = covered_text(lines)
    assert covered[3] == "QK58214417"
    assert covered[5] == "Aco1 4417"  # the whole doubted line: its head is the number's too
    assert covered[6] == ""  # read with confidence, another number that ends alike
    assert covered[7] == ""  # doubted, but nothing of the number


def test_a_short_surname_from_the_greeting_carries_the_full_name_on_the_slip() -> None:
    # As above with a surname too short to be looked for as a word on its own: only
    # a line shaped like a person's name that holds it as a word is the name.
    lines = stack("SHIP TO:", "K1r4Rxo", "11820 N LINCOLN AVE", "BOISE, ID 83770")
    slip = ("Dear Ms Rao,", "PAYMENT SLIP", "Kiran Rao", "Rao Traders", "Raoul Road")
    lines += [make_line(t, x=100, y=600 + 42 * k) for k, t in enumerate(slip)]
    covered = covered_text(lines)
    assert covered[6] == "Kiran Rao"
    assert covered[7] == "" and covered[8] == ""  # a business; a word holding the letters


def test_a_reference_with_letters_before_its_digits_after_a_bare_label() -> None:
    # The window's label was lost to OCR; the slip prints "Account <ref>" with no colon,
    # the reference opening with letters. Found there, it is masked in the window too.
    lines = stack("SHIP TO:", "NANCY K. NAKAMURA", "11820 N LINCOLN AVE")
    lines += [make_line("TX40918226", x=700, y=100)]
    slip = ("PAYMENT SLIP", "Account TX40918226", "Amount due 53.20")
    lines += [make_line(t, x=100, y=600 + 42 * k) for k, t in enumerate(slip)]
    covered = covered_text(lines)
    assert covered[5] == "TX40918226" and covered[3] == "TX40918226"
    assert covered[6] == ""
    assert not find_fields("Account holder copy")  # a word after the label is no number


def test_a_code_alone_that_ends_a_long_masked_number_is_its_short_print() -> None:
    # A rail ticket's serial printed alone at its head, and again at the end of the
    # long code along its foot (made-up stations and numbers).
    from redactor.core.detect import text_spans

    lines = stack("G184203", "Lakeside", "Hillford", "T2291")
    lines += [
        make_line("¥36.5", y=300),
        make_line("Have a pleasant journey", y=400),
        make_line("52107418260931G184203 Lakeside", y=500),
    ]
    covered = covered_text(lines)
    assert "52107418260931G184203" in covered[6]
    assert covered[0] == "G184203"
    assert covered[3] == ""  # the train's number is no part of it
    assert not text_spans(lines, recognizers=without("page_repeats"))[0]


def test_digits_alone_that_begin_a_masked_number_are_no_short_print() -> None:
    # A long number masked on one copy, wrapped over two lines under its label on the
    # other: digits alone are as often half of a number as its short print.
    lines = stack("Order 52107418260931G184203", "Total 36.50", "Order no.", "52107418", "260931")
    assert covered_text(lines)[3] == "" and covered_text(lines)[4] == ""


def test_a_chinese_word_with_no_name_in_it_is_not_spread() -> None:
    # A rule took a grade word for a name: its other prints stay readable; a name
    # masked on the same page is still found again.
    from redactor.core.detect.layout.page import Sheet
    from redactor.core.detect.layout.repeats import mask_repeats
    from redactor.core.detect.spans import Span, normalize

    lines = stack("优秀", "陈小红", "优秀", "陈小红")
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    sheet.out[0].append(Span(0, 2, Category.NAME, 0.6, "block_line"))
    sheet.out[1].append(Span(0, 3, Category.NAME, 0.6, "block_line"))
    mask_repeats(sheet)
    assert not sheet.out[2]
    assert [s.rule for s in sheet.out[3]] == ["page_repeat"]


def test_a_count_some_rule_masked_is_not_looked_for_again() -> None:
    # A wide block took a group-buy list's "2箱" in as a value; every other row's "2箱"
    # is a count, not that value printed again. A name masked beside it still spreads.
    from redactor.core.detect.layout.page import Sheet
    from redactor.core.detect.layout.repeats import mask_repeats
    from redactor.core.detect.spans import Span, normalize

    lines = [
        make_line("龙芳雨", x=100, y=100),
        make_line("2箱", x=300, y=100),
        make_line("2箱", x=300, y=150),
        make_line("龙芳雨", x=100, y=400),
    ]
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    sheet.out[0].append(Span(0, 3, Category.NAME, 0.6, "block_line"))
    sheet.out[1].append(Span(0, 2, Category.NAME, 0.6, "block_line"))
    mask_repeats(sheet)
    assert not [s for s in sheet.out[2] if s.rule == "page_repeat"]
    assert [s for s in sheet.out[3] if s.rule == "page_repeat"]


def test_a_name_printed_again_without_its_accents_is_the_same_name() -> None:
    """OCR keeps a name's accents on one print and drops or changes them on another."""
    lines = stack("Paciente: Eulàlia Ordóñez Quiñones", "Nº historia: 5512", "Firma")
    lines += [make_line("Ordonez", x=500, y=400), make_line("Eulalia Ordonez Quinones", y=460)]
    covered = covered_text(lines)
    assert covered[3] == "Ordonez"
    assert covered[4] == "Eulalia Ordonez Quinones"
    assert covered[2] == ""  # the signature's label stays


def test_a_surname_after_a_title_is_found_in_letters_of_any_latin_script() -> None:
    lines = stack("Sehr geehrte Frau Brünnhöfer,", "vielen Dank für Ihre Anfrage.")
    lines += [make_line("Ilka Brünnhöfer", x=100, y=500)]
    assert covered_text(lines)[2] == "Ilka Brünnhöfer"


def test_a_word_of_a_name_inside_a_longer_word_is_no_copy_of_it() -> None:
    lines = stack("Titular: María Olmedo Sanz", "Nivel de estudios", "Primaria")
    lines += [make_line("Maria Olmedo", x=100, y=400)]
    covered = covered_text(lines)
    assert covered[2] == ""
    assert covered[3].replace(" ", "") == "MariaOlmedo"  # its words, one by one


def _spaced(*texts: str):
    """Lines far apart, one a paragraph: no block joins them."""
    return [make_line(t, x=100, y=100 + 160 * k) for k, t in enumerate(texts)]


def test_a_relative_listed_under_a_partys_surname_is_masked_and_called_by_name() -> None:
    lines = _spaced(
        "Print name: Owen Hartley",
        "Children of the marriage",
        "Tessa Hartley",
        "Eldest Ivy Hartley",
        "Year 4",
        "Tessa and Ivy will live with the Father.",
        "The Mother will pay into Ivy's account.",
    )
    covered = covered_text(lines)
    assert covered[2] == "Tessa Hartley"  # the party's surname, a given name before it
    assert covered[3] == "Ivy Hartley"  # the word before the given name stays
    assert covered[1] == "" and covered[4] == ""  # the heading and the year stay
    assert "Tessa" in covered[5] and "Ivy" in covered[5]  # called by the given name
    assert covered[6] == "Ivy"  # a possessive is the name's


def test_a_surname_line_needs_a_surname_found_with_a_cue() -> None:
    lines = _spaced("Children of the marriage", "Tessa Hartley", "Tessa will live with the Father.")
    assert covered_text(lines)[2] == ""  # no party named Hartley: no one's relative


def test_a_word_in_small_letters_is_no_copy_of_a_name() -> None:
    # A rule took a line of running text in as a name: its small-letter word is the
    # ordinary word wherever it comes back; the capitalised name still spreads.
    from redactor.core.detect.layout.page import Sheet
    from redactor.core.detect.layout.repeats import mask_repeats
    from redactor.core.detect.spans import Span, normalize

    lines = _spaced(
        "le preneur Ottavio Brandolini",
        "Article 2. Le preneur paie chaque trimestre.",
        "Signature du preneur",
        "Brandolini",
    )
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    sheet.out[0].append(Span(0, len(lines[0].text), Category.NAME, 0.6, "block_line"))
    mask_repeats(sheet)
    assert not sheet.out[1] and not sheet.out[2]
    assert [s.rule for s in sheet.out[3]] == ["page_repeat"]


def test_a_name_word_printed_in_small_letters_in_a_sentence_stays() -> None:
    from redactor.core.detect.layout.page import Sheet
    from redactor.core.detect.layout.repeats import mask_repeats
    from redactor.core.detect.spans import Span, normalize

    lines = _spaced("Holder: Rosalind Merriweather", "fresh merriweather honey sold here")
    sheet = Sheet.of(lines, [normalize(ln.text) for ln in lines])
    sheet.out[0].append(Span(8, len(lines[0].text), Category.NAME, 0.8, "name_value"))
    mask_repeats(sheet)
    assert not sheet.out[1]
