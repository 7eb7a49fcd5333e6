"""Field labels in French, German, Spanish, Italian, Portuguese and Dutch: a person's
value after its label is masked, a role word's name too, and the labels, dates,
totals and VAT lines stay readable. Every line is made up."""

from __future__ import annotations

import tomllib

import pytest

from redactor.core.detect import text_spans
from redactor.core.detect.registry import RECOGNIZERS
from redactor.core.detect.tables.field_lexicon import LATIN_LABELS, Lang, ValueKind, default_lexicon
from tests.core.test_label_values import masked
from tests.core.test_layout import stack
from tests.core.test_table_columns import WIDE_BLOCK, grid
from tests.core.test_table_columns import masked as cells_masked

LATIN = (Lang.FR, Lang.DE, Lang.ES, Lang.IT, Lang.PT, Lang.NL)


def kinds(line: str) -> list[tuple[str, ValueKind]]:
    return [(line[m.start : m.end], m.kind) for m in default_lexicon().find(line)]


def kept_whole(*lines: str) -> bool:
    """No character of these lines is masked."""
    return not any(text_spans(stack(*lines)).values())


# (the form's lines, what is masked on each line)
FORMS = {
    Lang.FR: [
        (
            ("Nom : Dupont", "Prénom : Amélie", "Téléphone : 06 12 34 56 78"),
            {
                "Nom : Dupont": {"Dupont": "name"},
                "Prénom : Amélie": {"Amélie": "name"},
                "Téléphone : 06 12 34 56 78": {"06 12 34 56 78": "phone"},
            },
        ),
        (("N° client : 00482913",), {"N° client : 00482913": {"00482913": "id_number"}}),
        (("Caissière Solène",), {"Caissière Solène": {"Solène": "name"}}),
        (("Commande Amélie",), {"Commande Amélie": {"Amélie": "name"}}),
    ],
    Lang.DE: [
        (
            ("Vorname: Jonas", "Kundennummer: 4711-0815", "Geburtsdatum: 03.02.1985"),
            {
                "Vorname: Jonas": {"Jonas": "name"},
                "Kundennummer: 4711-0815": {"4711-0815": "id_number"},
                "Geburtsdatum: 03.02.1985": {"03.02.1985": "id_number"},
            },
        ),
        (("Telefon: 0171 2345678",), {"Telefon: 0171 2345678": {"0171 2345678": "phone"}}),
        (("Kassierer Jörg",), {"Kassierer Jörg": {"Jörg": "name"}}),
        (("Empfänger:", "Greta Schmidt"), {"Greta Schmidt": {"Greta Schmidt": "name"}}),
    ],
    Lang.ES: [
        (
            ("Nombre: Lucía", "Apellidos: Ferrer Ibáñez", "DNI: 00000000T"),
            {
                "Nombre: Lucía": {"Lucía": "name"},
                "Apellidos: Ferrer Ibáñez": {"Ferrer Ibáñez": "name"},
                "DNI: 00000000T": {"00000000T": "id_number"},
            },
        ),
        (("Teléfono: 612 345 678",), {"Teléfono: 612 345 678": {"612 345 678": "phone"}}),
        (("Atendido por Begoña",), {"Atendido por Begoña": {"Begoña": "name"}}),
        (("Cajera: Nerea",), {"Cajera: Nerea": {"Nerea": "name"}}),
    ],
    Lang.IT: [
        (
            ("Cognome: Bellandi", "Codice fiscale: BLLMRA80A01H501X"),
            {
                "Cognome: Bellandi": {"Bellandi": "name"},
                "Codice fiscale: BLLMRA80A01H501X": {"BLLMRA80A01H501X": "id_number"},
            },
        ),
        (("Cellulare: 333 1234567",), {"Cellulare: 333 1234567": {"333 1234567": "phone"}}),
        (("Cassiere Ottavio",), {"Cassiere Ottavio": {"Ottavio": "name"}}),
        (("Mittente:", "Ottavio Bellandi"), {"Ottavio Bellandi": {"Ottavio Bellandi": "name"}}),
    ],
    Lang.PT: [
        (
            ("Nome: Joana Teixeira", "Contribuinte: 000000000", "Telemóvel: 912 345 678"),
            {
                "Nome: Joana Teixeira": {"Joana Teixeira": "name"},
                "Contribuinte: 000000000": {"000000000": "id_number"},
                "Telemóvel: 912 345 678": {"912 345 678": "phone"},
            },
        ),
        (("Operadora Inês",), {"Operadora Inês": {"Inês": "name"}}),
        (("Encomenda Joana",), {"Encomenda Joana": {"Joana": "name"}}),
    ],
    Lang.NL: [
        (
            ("Naam: Jansen", "Voornaam: Femke", "Klantnummer: 88120034"),
            {
                "Naam: Jansen": {"Jansen": "name"},
                "Voornaam: Femke": {"Femke": "name"},
                "Klantnummer: 88120034": {"88120034": "id_number"},
            },
        ),
        (("Telefoon: 06-12345678",), {"Telefoon: 06-12345678": {"06-12345678": "phone"}}),
        (("Kassamedewerker Sanne",), {"Kassamedewerker Sanne": {"Sanne": "name"}}),
    ],
}

# Fields that are no person's: dates, totals, VAT, payment method, quantities.
KEPT = {
    Lang.FR: ("Date : 12/03/2024", "Total TTC : 45,90 €", "TVA 20% : 7,65 €", "Qté : 2"),
    Lang.DE: ("Datum: 12.03.2024", "Summe EUR 23,80", "MwSt. 19%: 3,80", "Zahlungsart: Bar"),
    Lang.ES: ("Fecha: 12/03/2024", "IVA 21%: 2,10", "Importe: 12,10", "Forma de pago: Efectivo"),
    Lang.IT: ("Data: 12/03/2024", "Totale: 12,10", "IVA 22%: 2,18", "Quantità: 3"),
    Lang.PT: ("Data: 12/03/2024", "IVA 23%: 2,30", "Total a pagar: 12,30", "Quantidade: 3"),
    Lang.NL: ("Datum: 12-03-2024", "Totaal: 12,10", "BTW 21%: 2,10", "Betaalwijze: Pinnen"),
}


@pytest.mark.parametrize("lang", LATIN, ids=str)
def test_a_persons_values_after_labels_are_masked(lang: Lang) -> None:
    for lines, expected in FORMS[lang]:
        assert masked(stack(*lines)) == expected, lines


@pytest.mark.parametrize("lang", LATIN, ids=str)
def test_dates_totals_and_vat_stay_readable(lang: Lang) -> None:
    for line in KEPT[lang]:
        assert kept_whole(line), line
        found = kinds(line)
        assert found and found[0][1].category is None, line  # known, and not personal


def test_accents_and_their_ascii_folded_ocr_forms_are_one_label() -> None:
    for line in (
        "Téléphone : 01",
        "Telephone : 01",
        "TÉLÉPHONE : 01",
        "Teléfono: 01",
        "Telefono: 01",
    ):
        assert kinds(line)[0][1] is ValueKind.PHONE, line
    for line in ("Straße: Lindenweg 4", "Strasse: Lindenweg 4", "STRASSE: Lindenweg 4"):
        assert kinds(line)[0][1] is ValueKind.ADDRESS, line
    assert kinds("Empfaenger:") == [("Empfaenger", ValueKind.NAME)]


def test_an_accented_letter_is_part_of_the_word_around_a_label() -> None:
    # "tel" is no label inside "Hôtel": the hotel's own name is.
    assert kinds("Hôtel du Parc") == [("Hôtel", ValueKind.ORGANIZATION)]


def test_the_number_marks_read_alike() -> None:
    for line in ("N° client : 0042", "Nº client : 0042", "No. client : 0042", "N°client: 0042"):
        assert kinds(line)[0][1] is ValueKind.ID_NUMBER, line
    for line in ("Kunden-Nr.: 0042", "Kd.-Nr. 0042"):
        assert kinds(line)[0][1] is ValueKind.ID_NUMBER, line


def test_a_european_address_after_its_label_is_masked_line_by_line() -> None:
    parts = masked(stack("Destinataire :", "Amélie Dupont", "12 rue des Lilas", "75011 Paris"))
    assert parts == {
        "Amélie Dupont": {"Amélie Dupont": "name"},
        "12 rue des Lilas": {"12 rue des Lilas": "address"},
        "75011 Paris": {"75011 Paris": "address"},
    }
    parts = masked(stack("Anschrift:", "Lindenweg 4", "10115 Berlin"))
    assert parts == {
        "Lindenweg 4": {"Lindenweg 4": "address"},
        "10115 Berlin": {"10115 Berlin": "address"},
    }
    parts = masked(stack("Adres: Kerkstraat 12", "1012 AB Amsterdam"))
    assert parts["Adres: Kerkstraat 12"] == {"Kerkstraat 12": "address"}
    assert parts["1012 AB Amsterdam"] == {"1012 AB Amsterdam": "address"}


def test_a_name_ending_like_a_label_is_still_the_value_under_its_label() -> None:
    # "Schmidt" ends with the letters of "dt" (a date label), "Ivan" of "van".
    assert masked(stack("Payee", "Greta Schmidt")) == {"Greta Schmidt": {"Greta Schmidt": "name"}}


def test_an_order_called_by_a_first_name_but_not_by_how_it_is_served() -> None:
    assert masked(stack("Pedido Begoña")) == {"Pedido Begoña": {"Begoña": "name"}}
    for line in ("Commande Sur Place", "Bestellung Abholung", "Pedido Online", "Commande 1234"):
        assert kept_whole(line), line


def test_an_order_called_by_a_name_typed_in_small_letters_after_the_kind_of_sale() -> None:
    # The till prints the kind of sale, a dash, then the order word and the name as
    # the staff typed it.
    assert masked(stack("Verkauf - Bestellung jonas")) == {
        "Verkauf - Bestellung jonas": {"jonas": "name"}
    }
    assert masked(stack("Venta - Pedido lucía")) == {"Venta - Pedido lucía": {"lucía": "name"}}
    for line in ("Commande en cours", "commande groupée", "Vente - Commande B7", "Pedido juan x"):
        assert kept_whole(line), line


# --- the file ------------------------------------------------------------------------


def test_each_latin_language_has_breadth_in_each_domain_it_lists() -> None:
    labels = [lb for lb in default_lexicon().labels if lb.lang in LATIN]
    for lang in LATIN:
        mine = [lb for lb in labels if lb.lang is lang]
        assert sum(len(lb.forms) for lb in mine) >= 250, lang
        for domain in {lb.domain for lb in labels}:
            entries = [lb for lb in mine if lb.domain == domain]
            assert len(entries) >= 8, (lang, domain)
            personal = {lb.kind for lb in entries if lb.kind.category is not None}
            assert len(personal) >= 2, (lang, domain)


def test_the_latin_file_lists_every_latin_language_in_each_domain_and_no_other() -> None:
    with LATIN_LABELS.open("rb") as fh:
        data = tomllib.load(fh)
    for domain, table in data.items():
        assert {Lang(e["lang"]) for e in table["labels"]} == set(LATIN), domain


def test_a_parcels_tracking_number_after_its_label_is_masked() -> None:
    lines = ("N° de suivi : 6A00000000001", "Sendungsnummer: 00340000000000000001")
    assert masked(stack(*lines)) == {
        "N° de suivi : 6A00000000001": {"6A00000000001": "tracking"},
        "Sendungsnummer: 00340000000000000001": {"00340000000000000001": "tracking"},
    }


# The officials and witnesses who sign a civil certificate, a deed or a sworn
# translation, in each language.
SIGNERS = {
    Lang.FR: ("Traductrice experte : Solène Marchal", "Témoin : Amélie Dupont"),
    Lang.DE: ("Standesbeamtin: Greta Schmidt", "Zeuge: Jonas Weber"),
    Lang.ES: ("Registradora: Lucía Ferrer", "Testigo: Begoña Ruiz"),
    Lang.IT: ("Ufficiale di stato civile: Ottavio Bellandi", "Testimone: Bruna Conti"),
    Lang.PT: ("Conservadora: Joana Teixeira", "Testemunha: Inês Sousa"),
    Lang.NL: ("Ambtenaar van de burgerlijke stand: Femke Jansen", "Getuige: Sanne de Wit"),
}


@pytest.mark.parametrize("lang", LATIN, ids=str)
def test_the_signers_of_a_certificate_are_masked_and_their_titles_kept(lang: Lang) -> None:
    for line in SIGNERS[lang]:
        name = line.split(":")[1].strip()
        assert masked(stack(line)) == {line: {name: "name"}}, line


def test_a_death_notices_condolence_address_is_masked() -> None:
    line = "Traueranschrift: Lindenweg 4, 10115 Berlin"
    assert kinds(line) == [("Traueranschrift", ValueKind.ADDRESS)]
    assert masked(stack(line)) == {line: {"Lindenweg 4, 10115 Berlin": "address"}}


def test_an_address_written_to_a_household_keeps_the_word_for_family() -> None:
    line = "Traueranschrift: Familie Weber, Lindenweg 4, 10115 Berlin"
    assert masked(stack(line))[line]["Weber, Lindenweg 4, 10115 Berlin"] == "address"
    assert "Familie" not in "".join(masked(stack(line))[line])
    line = "Adresse : Famille Dupont, 12 rue des Lilas"
    assert masked(stack(line))[line]["Dupont, 12 rue des Lilas"] == "address"


def test_the_weigher_a_sworn_translators_number_and_a_guardians_id() -> None:
    assert masked(stack("Weger: Bram")) == {"Weger: Bram": {"Bram": "name"}}
    assert masked(stack("Expert n° 4711")) == {"Expert n° 4711": {"4711": "id_number"}}
    line = "DNI del tutor: 00000000T"
    assert masked(stack(line)) == {line: {"00000000T": "id_number"}}


def test_a_notary_in_german_is_a_label_only_where_a_field_opens() -> None:
    assert masked(stack("Notar: Jonas Weber")) == {"Notar: Jonas Weber": {"Jonas Weber": "name"}}
    # Spanish "notar" (to note) inside a sentence announces nothing.
    assert kinds("Cabe notar que el plazo vence hoy") == []


def test_a_vaccination_tables_vaccines_and_batches_stay_readable_its_names_masked() -> None:
    # What was given and its batch (printed on every vial) name no one, whatever a
    # block gone wide masked; the doctor's column stays masked.
    lines = grid(
        ("Vaccin", "N° de lot", "Date", "Médecin"),
        ("Hexavalent", "QX35176", "28/11/2021", "Dr Morel"),
        ("Pneumo 13", "ZL87055", "02/03/2022", "Dr Morel"),
    )
    found = cells_masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert "Dr Morel" in found
    assert found.isdisjoint(
        {"Vaccin", "N° de lot", "Hexavalent", "QX35176", "Pneumo 13", "ZL87055"}
    )


def test_a_viewing_sheets_rooms_and_asking_price_stay_readable() -> None:
    assert kinds("Locali") == [("Locali", ValueKind.QUANTITY)]
    assert kinds("Prezzo richiesto") == [("Prezzo richiesto", ValueKind.AMOUNT)]
    assert kept_whole("Locali", "3", "Prezzo richiesto", "€ 240.000")


@pytest.mark.parametrize(
    "line",
    [
        "ID da transação E00000000202400000000abc",
        "Transaktionsnummer: 000482",
        "N° de transaction : 000482",
        "Nº de transacción 000482",
        "ID transazione 000482",
        "Transactienummer 000482",
    ],
)
def test_a_payments_transaction_number_is_masked_after_its_label(line: str) -> None:
    """A transaction number identifies one person's payment (docs/synthetic-data.md)."""
    label, kind = kinds(line)[0]
    assert kind is ValueKind.ID_NUMBER, line
    value = line[len(label) :].strip(" :")
    assert masked(stack(line)) == {line: {value: "id_number"}}


def test_the_institution_on_a_pix_receipt_is_the_bank_not_a_value() -> None:
    """The bank's row on a Pix receipt: a label of its own, so no value stacked over it
    takes it (and its line stays readable)."""
    assert kinds("Instituição") == [("Instituição", ValueKind.ORGANIZATION)]
    assert kept_whole("Instituição", "Banco Exemplo S.A.")


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("N° de palette", "4821"),
        ("Bieternummer", "4821"),
        ("Número de paleta", "4821"),
        ("Numero paletta", "4821"),
        ("Biedernummer", "4821"),
        ("Número de licitante", "4821"),
        ("Nº de certificado", "HN00000000"),
        ("Numéro de certificat", "HN00000000"),
        ("Zertifikatsnummer", "HN00000000"),
        ("Numero certificato", "HN00000000"),
        ("Certificaatnummer", "HN00000000"),
    ],
)
def test_a_bidders_paddle_and_a_holders_certificate_number_are_masked(
    label: str, number: str
) -> None:
    """A paddle number names one bidder at a sale; a certificate's number is looked up
    to find its holder: both are the person's, under their label or after it."""
    assert kinds(label) == [(label, ValueKind.ID_NUMBER)]
    assert masked(stack(label, number)) == {number: {number: "id_number"}}
    line = f"{label}: {number}"
    assert masked(stack(line)) == {line: {number: "id_number"}}


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Médico responsable", "Dra. Ximena Oyarzábal"),
        ("Médecin traitant", "Dr Aurèle Quintard"),
        ("Behandelnder Arzt", "Dr. Jörg Wendehals"),
        ("Medico curante", "Dott. Ilario Sbragia"),
        ("Médico assistente", "Dr. Anselmo Trovisco"),
        ("Huisarts", "Dr. Wouter Kroesbeek"),
    ],
)
def test_the_clinician_a_discharge_letter_names_is_masked(label: str, name: str) -> None:
    """A discharge letter or a referral names the doctor in charge after a label of
    their role: the name is masked, the label stays readable."""
    assert kinds(label) == [(label, ValueKind.NAME)]
    line = f"{label}: {name}"
    assert masked(stack(line)) == {line: {name: "name"}}


@pytest.mark.parametrize(
    ("label", "number"),
    [("Nº de colegiado", "280412345"), ("N° RPPS", "10101234567"), ("BIG-nummer", "190123456")],
)
def test_a_doctors_registration_number_is_masked(label: str, number: str) -> None:
    """A doctor's number with the professional body is looked up to find the doctor."""
    assert kinds(label) == [(label, ValueKind.ID_NUMBER)]
    line = f"{label}: {number}"
    assert masked(stack(line)) == {line: {number: "id_number"}}


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        (("Schüler/in Ronja Kettler",), "Ronja Kettler"),
        (("Mieter/in: Ronja Kettler",), "Ronja Kettler"),
        (("Erziehungsberechtigte/r", "Tibor Kettler"), "Tibor Kettler"),
        (("Traductor/a: Elvira Casals",), "Elvira Casals"),
        (("Fahrer/-in: Tibor Kettler",), "Tibor Kettler"),
    ],
)
def test_a_labels_gender_ending_is_the_labels_and_its_value_is_masked(
    lines: tuple[str, ...], value: str
) -> None:
    found = masked(stack(*lines))
    assert {value: "name"} in found.values()
    assert not any("/" in piece for parts in found.values() for piece in parts)


def test_a_gender_ending_is_no_ending_before_a_second_label() -> None:
    line = "Nombre/apellidos: Elvira Casals"
    assert [k for _, k in kinds(line)] == [ValueKind.NAME, ValueKind.NAME]
    assert kinds("Mieter/in: Ronja")[0] == ("Mieter/in", ValueKind.NAME)


def test_a_prisons_held_person_and_their_number_are_labels_its_establishment_is_none() -> None:
    """A prison visit's request in five languages: the person held and their number are
    a person's values; the establishment and a cell stay readable."""
    for line, kind in (
        ("Nombre del interno: Ramiro Quesada Lobo", ValueKind.NAME),
        ("NIS 0000000000", ValueKind.ID_NUMBER),
        ("Numéro d'écrou 000000", ValueKind.ID_NUMBER),
        ("Nom du détenu : Gaspard Lemarchand", ValueKind.NAME),
        ("Gefangenenbuchnummer 000/00", ValueKind.ID_NUMBER),
        ("Detenuto: Ettore Sbrana", ValueKind.NAME),
        ("Nome do recluso: Tomé Varela", ValueKind.NAME),
        ("Centro penitenciario: Villaseca", ValueKind.ORGANIZATION),
        ("Justizvollzugsanstalt Obertal", ValueKind.ORGANIZATION),
        ("Celda 14", ValueKind.REFERENCE),
    ):
        assert kinds(line)[:1] and kinds(line)[0][1] is kind, line
