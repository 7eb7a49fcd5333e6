"""School reports and reply slips: the pupil, the teachers named after their role and
the parents who sign are masked; subjects, marks, absences and the headings stay
readable. Every line is made up."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.models import OcrLine, Quad
from tests.core.test_field_labels_latin import kept_whole
from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def written(text: str, x: float, y: float, h: float = 30.0) -> OcrLine:
    """A line of ``h`` pixels' text at (x, y), its characters as wide as tall * 2/3."""
    w = h * 2 / 3
    chars = tuple(Quad.from_bbox(x + i * w, y, x + (i + 1) * w, y + h) for i in range(len(text)))
    return OcrLine(text, 0.95, Quad.from_bbox(x, y, x + max(1, len(text)) * w, y + h), chars)


def test_a_teacher_named_after_a_pastoral_role_without_a_colon() -> None:
    for line, name in (
        ("Form tutor Priya Nandakumar", "Priya Nandakumar"),
        ("Head of year Tomasz Wierzbicki", "Tomasz Wierzbicki"),
        ("Professeur principal Odile Marchand", "Odile Marchand"),
        ("Klassenlehrerin Greta Vogel", "Greta Vogel"),
        ("Docente Chiara Bassi", "Chiara Bassi"),
        ("Diretor de turma Rui Baptista", "Rui Baptista"),
    ):
        assert masked(stack(line)) == {line: {name: "name"}}, line


def test_a_reports_headings_subjects_and_marks_stay_readable() -> None:
    for line in (
        "Form tutor's comment",
        "Matière",
        "Moyenne",
        "Absences",
        "Unterrichtsfach",
        "Asignatura",
    ):
        assert kept_whole(line), line


def test_a_role_after_an_article_or_a_possessive_still_announces_the_name() -> None:
    for line, name in (
        ("Ihr Zusteller Jannik Berger", "Jannik Berger"),
        ("Le chef d'établissement Odile Marchand", "Odile Marchand"),
        ("Your tutor Priya Nair", "Priya Nair"),
        ("Il docente Chiara Bassi", "Chiara Bassi"),
    ):
        assert masked(stack(line)) == {line: {name: "name"}}, line
    for line in ("Your tutor will call again tomorrow", "The student council meets today"):
        assert kept_whole(line), line


def test_a_chinese_pupil_called_by_the_given_name_in_the_teachers_comment() -> None:
    lines = stack("姓名：钱思远", "班主任评语", "思远同学：本学期进步很大，希望思远继续努力。")
    parts = masked(lines)
    comment = lines[2].text
    assert parts[comment] == {"思远": "name"}
    spans = [s for i, ss in text_spans(lines).items() if i == 2 for s in ss]
    assert len(spans) == 2  # both times the comment calls the pupil


def test_an_electric_bicycles_frame_and_motor_numbers_under_their_labels() -> None:
    lines = stack("整车编码", "XW3K8HD52LPQ7M1", "电机编号", "48V2207Q318840", "车身颜色", "珍珠白")
    assert masked(lines) == {
        "XW3K8HD52LPQ7M1": {"XW3K8HD52LPQ7M1": "id_number"},
        "48V2207Q318840": {"48V2207Q318840": "id_number"},
    }


def test_a_heading_printed_down_the_margin_is_not_the_line_under_a_label() -> None:
    # The copy's name turned down the left margin, three characters one under another,
    # reaches lower than the label beside it: the value is the line under the label.
    side = "车主联"

    def turned(x0: float, y0: float, x1: float, y1: float) -> Quad:
        """A box read top to bottom: its text runs down the page."""
        return Quad(((x1, y0), (x1, y1), (x0, y1), (x0, y0)))

    margin = OcrLine(
        side,
        0.95,
        turned(259, 292, 288, 359),
        tuple(turned(259, 300 + 17 * k, 288, 317 + 17 * k) for k in range(3)),
    )
    lines = [margin, written("所有人", 301, 287, 29), written("陈思远", 301, 314, 41)]
    assert masked(lines) == {"陈思远": {"陈思远": "name"}}


def test_a_street_and_house_number_on_an_address_labels_blank_without_a_colon() -> None:
    for line, value in (
        ("Anschrift Lindenweg 14", "Lindenweg 14"),
        ("Adresse 8 allée des Tilleuls", "8 allée des Tilleuls"),
    ):
        assert masked(stack(line)) == {line: {value: "address"}}, line
    # a sentence that goes on after the word, a count of rooms: no address
    for line in ("address. It is valid for 28 days.", "Property 3 bedrooms"):
        assert kept_whole(line), line
