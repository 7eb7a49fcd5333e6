"""The form families written to measure detection on kinds of document nobody tuned
for, and their split into a development half and a held-out half.

The split was fixed on 2026-12-05, before any detector was run on these families,
by a rule that looks only at the names: sort the twelve family names
alphabetically and deal them alternately, first to ``dev``, second to
``heldout``, and so on. Every family is its own domain, so each half spans six
domains. Tune only on ``dev``; run ``heldout`` once, at the end, and report it
as it comes (``python -m benchmarks.run_quality --families heldout``).

The families stay out of :data:`synth.layouts.LAYOUTS` (and so out of the
groups ``default``, ``new``, ``all`` and the golden corpus): they are drawn only
when asked for by name or by the groups ``families``, ``dev`` and ``heldout``.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from . import (
    layouts_agreements,
    layouts_bank,
    layouts_civic,
    layouts_goods,
    layouts_health,
    layouts_travel,
)
from .render import Canvas

Layout = Callable[[random.Random], Canvas]

#: Family -> the domain it stands for.
DOMAINS: dict[str, str] = {
    "bank_transfer_slip": "banking and payments",
    "boarding_pass": "travel and transport",
    "delivery_note": "logistics",
    "employment_certificate": "employment",
    "hotel_registration": "hospitality",
    "insurance_schedule": "insurance",
    "lab_report": "health and pharmacy",
    "rental_contract": "housing and property",
    "residence_permit": "government and ID",
    "school_fee_receipt": "education",
    "utility_bill": "utilities and telecom",
    "warranty_card": "retail",
}

FAMILIES: dict[str, Layout] = {
    **layouts_bank.LAYOUTS,
    **layouts_travel.LAYOUTS,
    **layouts_health.LAYOUTS,
    **layouts_agreements.LAYOUTS,
    **layouts_civic.LAYOUTS,
    **layouts_goods.LAYOUTS,
}

SPLIT_DATE = "2026-12-05"
SPLIT_RULE = "names sorted alphabetically, dealt alternately: 1st dev, 2nd heldout, 3rd dev, ..."

#: Family -> "dev" or "heldout", written out so that adding a family never moves
#: an existing one (a test checks it against the rule above).
FAMILY_SPLIT: dict[str, str] = {
    "bank_transfer_slip": "dev",
    "boarding_pass": "heldout",
    "delivery_note": "dev",
    "employment_certificate": "heldout",
    "hotel_registration": "dev",
    "insurance_schedule": "heldout",
    "lab_report": "dev",
    "rental_contract": "heldout",
    "residence_permit": "dev",
    "school_fee_receipt": "heldout",
    "utility_bill": "dev",
    "warranty_card": "heldout",
}


def half(name: str) -> tuple[str, ...]:
    """The families of one half (``dev`` or ``heldout``), in alphabetical order."""
    return tuple(sorted(f for f, h in FAMILY_SPLIT.items() if h == name))


def split_by_rule(names: list[str]) -> dict[str, str]:
    """What :data:`SPLIT_RULE` gives for ``names`` (used to check the table)."""
    return {n: ("dev", "heldout")[i % 2] for i, n in enumerate(sorted(names))}
