"""Numbers that identify a person, gathered: phones, ID numbers, bank cards, e-mails,
waybills (one module each), run in one fixed order on a line's digit view."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from redactor.core.detect.spans import Span
from redactor.core.detect.text import cards, id_numbers, phones, tracking
from redactor.core.detect.text.cards import luhn_ok
from redactor.core.detect.text.id_numbers import cn_id_ok
from redactor.core.detect.text.number_rules import Rule, digits, rule_spans

__all__ = [
    "FINDERS",
    "RULES",
    "Rule",
    "cn_id_ok",
    "digits",
    "find_number_spans",
    "luhn_ok",
    "rule_spans",
]

_BY_NAME = {**phones.RULES, **id_numbers.RULES, **cards.RULES, **tracking.RULES}
# The order the rules run in (and their spans come out in).
_ORDER = (
    "cn_mobile",
    "cn_mobile_masked",
    "cn_landline",
    "cn_service",
    "nanp",
    "in_mobile",
    "uk_mobile",
    "cn_id",
    "iban",
    "uk_sort_account",
    "br_cpf",
    "br_cpf_masked",
    "it_codice_fiscale",
    "es_dni",
    "es_nie",
    "es_referencia_catastral",
    "cn_id_masked",
    "id_masked_head",
    "masked_long_number",
    "masked_fragment",
    "masked_residue",
    "id_masked_ends",
    "id_masked_tail",
    "card",
    "masked_tail",
    "masked_national",
    "card_masked",
    "card_masked_head",
    "email",
    "waybill",
)
assert sorted(_ORDER) == sorted(_BY_NAME), "every number rule runs once"
RULES: tuple[Rule, ...] = tuple(_BY_NAME[name] for name in _ORDER)

MOBILE_RULES = frozenset(r.name for r in RULES if r.mobile)
# Mobiles printed in full are distinctive enough to be a phone even as a line's whole
# code (a 12-digit reference number may look like a landline with its area code).
MOBILE_IN_FULL = frozenset(r.name for r in RULES if r.mobile and not r.masked)

#: Number finders that are code rather than one pattern, by recognizer name.
FINDERS: dict[str, Callable[[str], Iterator[Span]]] = {
    "intl_phone": phones.international_phones,
    "phone_tail": phones.phone_tails,
    "lone_tracking": tracking.lone_tracking,
    "glued_phones": phones.glued_phones,
    "micr_account": id_numbers.micr_accounts,
    "iban_after_word": id_numbers.ibans_after_word,
}


def find_number_spans(text: str) -> Iterator[Span]:
    """All number matches on one line (``text`` already normalised)."""
    for rule in RULES:
        yield from rule_spans(rule, text)
    for finder in FINDERS.values():
        yield from finder(text)
