"""A card's holder: a bare name stacked on (or beside) their job title is masked,
the title, the company and the services stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.tables.lexicon import JOB_WORD
from tests.core.test_layout import make_line, stack
from tests.core.test_message_lines import masked


def _names(lines) -> list[str]:
    return [w for t, ws in masked(lines).items() for w in ws if t == w]


def test_a_name_over_its_job_title_is_masked_and_the_title_kept() -> None:
    lines = stack("Quarrystone Joinery", "Tamsin Oakridge", "Workshop Manager", "Bespoke kitchens")
    found = masked(lines)
    assert found.get("Tamsin Oakridge") == ["Tamsin Oakridge"]
    assert "Workshop Manager" not in found
    assert "Quarrystone Joinery" not in found


def test_accented_names_and_german_titles() -> None:
    lines = stack("Görel Wäßler", "Projektleiterin")
    assert masked(lines).get("Görel Wäßler") == ["Görel Wäßler"]


def test_a_chinese_name_over_its_title() -> None:
    lines = stack("顾振航", "技术总监")
    assert masked(lines).get("顾振航") == ["顾振航"]


def test_one_phone_line_may_stand_between_name_and_title() -> None:
    lines = stack("Tamsin Oakridge", "07700 900417", "Workshop Manager")
    assert "Tamsin Oakridge" in masked(lines)


def test_a_name_before_its_title_on_one_row() -> None:
    lines = [make_line("顾振航", x=100, y=100), make_line("项目经理", x=260, y=100)]
    assert masked(lines).get("顾振航") == ["顾振航"]


def test_capitalised_words_without_a_title_stay() -> None:
    lines = stack("Quarrystone Joinery", "Bespoke Kitchens", "Garden Rooms")
    assert masked(lines) == {}


def test_a_service_line_over_a_title_is_no_name() -> None:
    # A business word or a title of its own keeps the line readable.
    lines = stack("Harbourside Lettings Ltd", "Customer Services")
    assert masked(lines) == {}


def test_the_firm_under_a_signatures_title_is_no_name() -> None:
    lines = stack("Ines Harrow", "Claims Officer", "Westmoor Mutual")
    assert _names(lines) == ["Ines Harrow"]


def test_a_job_word_is_a_whole_word_next_to_accented_letters_too() -> None:
    # One pattern for a letter's signature and a card's title line: an accented letter
    # continues a word ("Agenté" is no agent), a space or a digit ends it.
    assert JOB_WORD.search("Sales Agent")
    assert JOB_WORD.search("Agent 7")
    assert not JOB_WORD.search("Agenté")
    assert not JOB_WORD.search("Éagent")
