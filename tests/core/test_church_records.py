"""A parish's certificates and a land register's entries: the people they name after
their role (godparents, the minister, the registered proprietor) are masked, the
role words stay readable."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_table_columns import masked


def test_godparents_after_their_word_even_mid_line() -> None:
    found = masked(stack("Padrino: Aldo Pescatori. Madrina: Ornella Vitale."))
    assert {"Aldo Pescatori", "Ornella Vitale"} <= found
    assert not any("Madrina" in f for f in found)
    found = masked(stack("Parrain : Gaël Moreau   Marraine : Inès Carré"))
    assert {"Gaël Moreau", "Inès Carré"} <= found
    assert "Quentin Aubry" in masked(stack("Godparents: Quentin Aubry"))


def test_a_ministers_title_is_a_label_only_alone_or_before_its_colon() -> None:
    assert "Aldo Pescatori" in masked(stack("Il Parroco", "Aldo Pescatori"))
    # Running through the certificate's sentence, the title announces nothing.
    assert masked(stack("il parroco della chiesa e i padrini presenti")) == set()


def test_a_registered_proprietor_and_a_holder() -> None:
    assert "OSWALD PRENTICE" in " ".join(
        masked(stack("2 (03.04.2010) PROPRIETOR: OSWALD PRENTICE of 4 Lark Rise"))
    )
    assert "ROBLEDO FUENTES, CLARA" in masked(stack("NOMBRE TITULAR: ROBLEDO FUENTES, CLARA"))
