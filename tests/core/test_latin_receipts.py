"""Receipts and tickets printed in French, German, Spanish...: national phone numbers
without a +country code, the customer's part under a shop's header, accented names
after a title or a role phrase. Made-up lines; each case has a negative that stays."""

from __future__ import annotations

from redactor.core.detect.layout.national_phones import national_numbers
from redactor.core.detect.layout.page_language import page_regions
from redactor.core.detect.text.role_names import role_names
from redactor.core.models import OcrLine
from tests.core.test_layout import LINE_H, make_line, stack
from tests.core.test_layout_rows import covered_text

_FRENCH_FOOT = (
    "Merci de votre visite et à bientôt",
    "Les vêtements non retirés sous 2 mois ne sont plus garantis par le magasin",
)


def _ticket(header: tuple[str, ...], body: tuple[str, ...], priced: int) -> list[OcrLine]:
    """A shop's header centred above a ticket's body; a price beside body line
    ``priced`` and a total under the body."""
    lines = [make_line(t, x=200, y=100 + k * (LINE_H + 12)) for k, t in enumerate(header)]
    top = 100 + len(header) * (LINE_H + 12) + 2 * LINE_H
    lines += stack(*body, "TOTAL TTC", x=80, gap=12)
    for k, ln in enumerate(lines[len(header) :]):
        lines[len(header) + k] = make_line(ln.text, x=80, y=top + k * (LINE_H + 12))
    for k in (len(header) + priced, len(lines) - 1):
        lines.append(make_line("18,00 €", x=700, y=lines[k].quad.bbox[1]))
    return lines


def _found(text: str, regions: tuple[str, ...]) -> list[str]:
    return [text[a:b] for a, b in national_numbers(text, regions)]


def test_the_page_language_names_the_regions_of_its_numbers() -> None:
    assert page_regions(_FRENCH_FOOT)[0] == "FR"
    german = ("Vielen Dank für Ihren Einkauf", "Die Ware ist vom Umtausch ausgeschlossen und bis")
    assert page_regions(german)[0] == "DE"
    # An English page names none: its numbers have shapes of their own.
    assert (
        page_regions(("Thank you for your visit", "Please keep this receipt for your records"))
        == ()
    )
    # A +country number elsewhere on the page names its country.
    assert "ES" in page_regions(("Booking line +34 612 34 56 78",))


def test_a_label_repeated_down_a_column_counts_once_for_its_language() -> None:
    # A French bill's column of calls repeats an English-looking cell word on every
    # row; the page is still French and its numbers French.
    bill = (
        "Titulaire: Odile Marchetti",
        "N° de compte client: 55102938",
        "Heure",
        "Montant €",
        *(["Date", "Destination"] + ["Mobile"] * 12),
    )
    assert page_regions(bill)[0] == "FR"


def test_national_numbers_valid_for_the_region_and_not_dates_amounts_or_references() -> None:
    assert _found("Tél. 06 12 34 56 78", ("FR",)) == ["06 12 34 56 78"]
    assert _found("Telefon 030 12345678", ("DE",)) == ["030 12345678"]
    assert _found("Reservas 612 34 56 78", ("ES",)) == ["612 34 56 78"]
    assert _found("Dépôt le 2024-05-25", ("FR", "BE", "CH")) == []
    assert _found("Ticket N° 0612345678", ("FR",)) == []  # a reference number
    assert _found("Total 0612345678 €", ("FR",)) == []  # glued to a currency
    assert _found("Réf. A0612345678", ("FR",)) == []  # part of a code
    assert _found("Tél. 06 12 34 56 78", ()) == []  # no region: no national number


def test_a_date_with_dots_is_no_national_number() -> None:
    # A life's span: both dates read as valid German numbers once their dots go.
    assert _found("*03.02.1951 † 08.05.2026", ("DE",)) == []
    assert _found("*03.02.1951 † 08.05.2026 Tel. 0171 2345678", ("DE",)) == ["0171 2345678"]


def test_a_french_ticket_masks_the_customer_under_the_shop_header() -> None:
    lines = _ticket(
        ("Blanchisserie du Port", "12 quai Nord · Tél. 04 91 23 45 67"),
        (
            "Mme DUPUIS Hélène",
            "Tél. 06 12 34 56 78",
            "Ticket N° 5521",
            "2 x Veste",
            "Vous avez été servi par Séverine",
            *_FRENCH_FOOT,
        ),
        priced=3,
    )
    covered = covered_text(lines)
    assert covered.get(0, "") == "" and covered.get(1, "") == ""  # the shop's own lines
    assert covered[2] == "Mme DUPUIS Hélène"
    assert covered[3] == "06 12 34 56 78"
    assert covered.get(4, "") == "" and covered.get(5, "") == ""  # the ticket's body
    assert covered[6] == "Séverine"


def test_a_second_phone_after_the_shops_opens_the_customers_part() -> None:
    lines = _ticket(
        ("Retouches Express", "3 rue Haute · Tél. 01 45 67 89 10"),
        ("Claire Vasseur", "07 61 23 45 89", "Retrait le 12/03/2025", "1 x Manteau", *_FRENCH_FOOT),
        priced=3,
    )
    covered = covered_text(lines)
    assert covered.get(0, "") == "" and covered.get(1, "") == ""
    assert covered[3] == "07 61 23 45 89"
    assert covered[2] == "Claire Vasseur"


def test_role_phrases_and_call_notes_name_a_person() -> None:
    def names(text: str) -> list[str]:
        return [text[s.start : s.end] for s in role_names(text)]

    assert names("Vous avez été servi par Amélie") == ["Amélie"]
    assert names("manque un bouton, appeler Mme Lefèvre") == ["Mme Lefèvre"]
    assert names("Gracias, le ha atendido Núñez") == ["Núñez"]
    assert names("Vous avez été servi par notre équipe") == []  # no name: words
    assert names("appeler avant 18h") == []  # no title: a time, not a person


def test_a_customers_label_under_the_shop_header_opens_the_customers_part() -> None:
    # The customer's labelled lines printed right under the shop's, in one block.
    lines = stack(
        "Leihhaus Kramer",
        "Ringstrasse 7 · Tel. 0621 987654",
        "Kunde",
        "Anschrift",
        "Pfand Nr. 4410",
        "1 x Uhr",
        "1 x Kette",
        "Summe",
        x=100,
    )
    lines.append(make_line("Jorg Weber", x=400, y=lines[2].quad.bbox[1]))
    lines.append(make_line("Lindenweg 3", x=400, y=lines[3].quad.bbox[1]))
    for k in (5, 6, 7):
        lines.append(make_line("80,00 €", x=400, y=lines[k].quad.bbox[1]))
    covered = covered_text(lines)
    assert covered.get(0, "") == "" and covered.get(1, "") == ""  # the shop's own lines
    assert covered[8] == "Jorg Weber"
