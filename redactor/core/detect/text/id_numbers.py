"""ID numbers: Chinese resident IDs (checked), whole or masked, IBANs (checked), and
what OCR leaves of a masked number (masked as the most sensitive kind: printers star
out personal numbers only). The shapes are ``[id_numbers]`` of ``tables/numbers.toml``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from stdnum import iban
from stdnum.br import cpf
from stdnum.es import dni, nie, referenciacatastral
from stdnum.iso7064 import mod_11_2

from redactor.core.detect.charclass import digit_count
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.text.number_rules import Rule
from redactor.core.models import Category

IDS = patterns("numbers", "id_numbers")

# python-stdnum's check digit (ISO 7064 MOD 11-2), not its cn.ric: that also checks the
# region code against its own list of districts, so an ID from a district it lacks
# (a new or renamed one) would go unmasked; we fail closed.


def cn_id_ok(text: str) -> bool:
    """Chinese resident ID: 18 characters, valid birth date, ISO 7064 MOD 11-2 check digit."""
    s = re.sub(r"[\s-]", "", text).upper()
    if not IDS["cn_id_whole"].fullmatch(s):
        return False
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if not date(1900, 1, 1) <= born <= date.today():
        return False
    return bool(mod_11_2.is_valid(s))


def _length(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def _no_whole_masked(s: str) -> bool:
    """Masked numbers read whole (a mobile, a card) are their own rules' finding; the
    fragment rules are for what is left of one."""
    return not IDS["whole_masked"].fullmatch(s)


def _checked(validate: Callable[[str], bool]) -> Callable[[str], bool]:
    """python-stdnum's verdict on the number without the spaces and hyphens OCR and
    printers put inside it."""
    return lambda text: bool(validate(re.sub(r"[\s\-]", "", text).upper()))


# National IDs whose own check python-stdnum knows, by rule name: the shape is
# ``[id_numbers]`` of ``tables/numbers.toml``, the check its module's is_valid. A
# number of the shape whose check fails is left to the labels (a misread digit).
ES_DNI = "es_dni"
ES_NIE = "es_nie"
ES_CADASTRAL = "es_referencia_catastral"
CHECKED_IDS: dict[str, tuple[Callable[[str], bool], float]] = {
    "br_cpf": (cpf.is_valid, 0.9),
    ES_DNI: (dni.is_valid, 0.9),
    ES_NIE: (nie.is_valid, 0.9),
    ES_CADASTRAL: (referenciacatastral.is_valid, 0.9),
}

IBAN = "iban"
UK_SORT_ACCOUNT = "uk_sort_account"
IT_CODICE_FISCALE = "it_codice_fiscale"

RULES: dict[str, Rule] = {
    "cn_id": Rule("cn_id", Category.ID_NUMBER, IDS["cn_id"], 0.98, cn_id_ok),
    # A bank account anywhere on the page, whatever its label: the check digits make a
    # chance match of an order or reference number rare (one in 97 of the right shape).
    IBAN: Rule(IBAN, Category.ID_NUMBER, IDS["iban"], 0.95, iban.is_valid),
    UK_SORT_ACCOUNT: Rule(UK_SORT_ACCOUNT, Category.ID_NUMBER, IDS[UK_SORT_ACCOUNT], 0.85),
    **{
        name: Rule(name, Category.ID_NUMBER, IDS[name], confidence, _checked(validate))
        for name, (validate, confidence) in CHECKED_IDS.items()
    },
    IT_CODICE_FISCALE: Rule(IT_CODICE_FISCALE, Category.ID_NUMBER, IDS[IT_CODICE_FISCALE], 0.85),
    "br_cpf_masked": Rule("br_cpf_masked", Category.ID_NUMBER, IDS["br_cpf_masked"], 0.8),
    "cn_id_masked": Rule(
        "cn_id_masked", Category.ID_NUMBER, IDS["cn_id_masked"], 0.85, lambda s: _length(s) == 18
    ),
    "id_masked_head": Rule("id_masked_head", Category.ID_NUMBER, IDS["id_masked_head"], 0.7),
    "masked_long_number": Rule(
        "masked_long_number",
        Category.ID_NUMBER,
        IDS["masked_long_number"],
        0.7,
        lambda s: 17 <= _length(s) <= 20,  # (a 16-digit card has its own rules)
    ),
    "masked_fragment": Rule(
        "masked_fragment",
        Category.ID_NUMBER,
        IDS["masked_fragment"],
        0.6,
        lambda s: digit_count(s) >= 5 and _no_whole_masked(s),
    ),
    "masked_residue": Rule(
        "masked_residue", Category.ID_NUMBER, IDS["masked_residue"], 0.55, _no_whole_masked
    ),
    "id_masked_ends": Rule("id_masked_ends", Category.ID_NUMBER, IDS["id_masked_ends"], 0.75),
    "id_masked_tail": Rule("id_masked_tail", Category.ID_NUMBER, IDS["id_masked_tail"], 0.75),
}


MICR_ACCOUNT = "micr_account"


def micr_accounts(text: str) -> Iterator[Span]:
    """The drawer's account in a cheque's magnetic line (between the routing number or
    sort code and the on-us symbol)."""
    for m in IDS["micr_account"].finditer(text):
        yield Span(m.start("account"), m.end("account"), Category.ID_NUMBER, 0.8, MICR_ACCOUNT)


IBAN_AFTER_WORD = "iban_after_word"


def ibans_after_word(text: str) -> Iterator[Span]:
    """An account number shaped as an IBAN after the word IBAN, mid-line too (a
    statement's transfer line): its check digits and length are not asked for, as
    OCR that misreads, drops or doubles a digit breaks both."""
    for m in IDS[IBAN_AFTER_WORD].finditer(text):
        yield Span(m.start("number"), m.end("number"), Category.ID_NUMBER, 0.85, IBAN_AFTER_WORD)
