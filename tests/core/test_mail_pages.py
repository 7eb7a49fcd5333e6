"""An e-mail printout: its people are the names and addresses of its mailboxes, its
signature and the values inside its sentences; its header labels, subject, dates,
sentences, closings and the writer's job title stay readable. Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.mailboxes import mailbox_names
from redactor.core.detect.text.tracking import EMAILS
from tests.core.test_layout import stack
from tests.core.test_message_lines import masked


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in mailbox_names(text)]


def test_the_name_before_an_address_in_brackets_is_its_owner() -> None:
    assert _names("Olwen Tregarth <o.tregarth@example.net>") == ["Olwen Tregarth"]
    assert _names("Ivo Brandt<ivob@example.org>; Nell Okafor <nell@example.org>") == [
        "Ivo Brandt",
        "Nell Okafor",
    ]
    assert _names('"Tregarth, Olwen" <o.tregarth@example.net>') == ["Tregarth, Olwen"]


def test_a_quoted_replys_header_gives_the_name_not_its_words() -> None:
    text = "On 03-Mar-2027 at 08:15, Ivo Brandt <ivob@example.org> wrote:"
    assert _names(text) == ["Ivo Brandt"]


def test_a_label_glued_before_a_chinese_name_is_no_part_of_it() -> None:
    assert _names("发件人王建国 <wjg@example.cn>") == ["王建国"]


def test_a_business_before_its_address_is_no_ones() -> None:
    assert _names("Harbourside Lettings Ltd <lettings@example.com>") == []


def test_the_address_is_masked_with_its_angle_brackets() -> None:
    m = EMAILS["email"].search("Nell Okafor <nell@example.org>;")
    assert m is not None and m.group() == "<nell@example.org>"


def test_a_copied_mailbox_under_a_cc_label_is_masked() -> None:
    # "Cc" is also a vehicle's cubic capacity (a product label): the name before an
    # address is personal whatever label stands above it.
    lines = stack("Cc:", "Ivo Brandt <ivob@example.org>")
    assert masked(lines)[lines[1].text] == ["<ivob@example.org>", "Ivo Brandt"]
