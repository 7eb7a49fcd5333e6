"""Labels of the people a pawn ticket, a court notice (not its parties: they are named in running text), a blood-donation record and a
licence name, and of the numbers on German identity papers ("…-Nr."), announce the
value beside or under them. Values made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import make_line, stack


def test_a_pawners_and_a_collectors_name_beside_their_labels() -> None:
    for label in ("当户名称", "采血者", "书记员"):
        lines = [make_line(label, x=100), make_line("柯文杰", x=260)]
        assert masked(lines) == {"柯文杰": {"柯文杰": "name"}}, label


def test_a_pledgers_name_and_a_judge_under_their_labels() -> None:
    for label in ("Verpfänder", "Defendant", "District Judge"):
        assert masked(stack(label, "Cora Lindqvist")) == {
            "Cora Lindqvist": {"Cora Lindqvist": "name"}
        }, label


def test_a_number_label_ending_in_nr_announces_the_number_under_it() -> None:
    for label in ("Personalausweis-Nr.", "Ausweis-Nr.", "Rod licence no."):
        assert masked(stack(label, "XK7Q2M91L")) == {"XK7Q2M91L": {"XK7Q2M91L": "id_number"}}, label
