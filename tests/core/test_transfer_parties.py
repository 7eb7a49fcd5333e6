"""The other party of a transfer, named after the words of the transfer on a
statement's or a payment app's line, with no field label: the person is masked, the
cue, the reference and a merchant stay readable. Lines made up."""

from __future__ import annotations

import pytest

from redactor.core.detect.text.transfer_parties import transfer_parties


def names(line: str) -> list[str]:
    return [line[s.start : s.end] for s in transfer_parties(line)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Überweisung an Jonas Albrecht", "Jonas Albrecht"),
        ("Gutschrift von Jürgen Öztürk", "Jürgen Öztürk"),
        ("FPO MARGARET T. HOLLOWAY REF RENT", "MARGARET T. HOLLOWAY"),  # the reference stays
        ("FPS to Priya Raman", "Priya Raman"),
        ("You paid Oliver Hastings", "Oliver Hastings"),
        ("Virement de Camille Duret", "Camille Duret"),
        ("Pix enviado para Larissa Moura Prado", "Larissa Moura Prado"),
        ("转账-来自韩*航", "韩*航"),  # a payment app hides the given name with stars
        ("转账给蔡*", "蔡*"),
        ("转账-来自邱文轩", "邱文轩"),
        # A cash receipt acknowledges its payer; a title (two joined, or the slash
        # lost) is skipped, and a title makes one word a name.
        ("RECIBÍ de D./Dña. Lucía Ferrer Castells Pons", "Lucía Ferrer Castells Pons"),
        ("Recibi de D.Dña. Tomas Ibarra", "Tomas Ibarra"),
        ("Received from Mrs Okonkwo", "Okonkwo"),
        ("Ricevuto da Sig. Marco Bellandi", "Marco Bellandi"),
        ("Recibí de D. AlvarO Quintana", "AlvarO Quintana"),  # an accent read as a capital
        ("今收到韦思琪", "韦思琪"),
        ("兹收到卢敏女士", "卢敏"),  # the title after the name stays readable
    ],
)
def test_the_party_after_a_transfer_cue(line: str, name: str) -> None:
    assert names(line) == [name]


@pytest.mark.parametrize(
    "line",
    [
        "CARD PAYMENT TO GREENWAY MARKET",  # a card payment goes to a merchant
        "Überweisung an Stadtwerke Lindenau GmbH",  # a company's word after the cue
        "Payment to Riverbank Water Ltd",
        "Kartenzahlung an Backhaus Meyer",
        "FPO REF 2291",  # no name after the cue
        "You paid",
        "来自西部的问候",  # no surname after the cue: a place
        "Transfer to savings",
    ],
)
def test_no_person_where_the_party_is_a_merchant_or_missing(line: str) -> None:
    assert names(line) == []


def test_a_long_line_is_read_in_one_pass() -> None:
    assert names("FPO " * 25_000) == []
    assert names("card payment to " * 6_000) == []
