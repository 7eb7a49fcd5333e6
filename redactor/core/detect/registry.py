"""The detection plan's text steps, by name: what each finds, at what scope, what it
reads, which steps' findings it reads (``after``) and what it may take back.

The steps are listed in ``plan_steps/`` by what they read: ``labels`` (labels, their
values and the lines that belong to them), ``values`` (values by their own shape, one
line at a time: "where are Chinese mobiles found?": ``cn_mobile``, a line pattern in
text/numbers.RULES), ``page`` (what those imply for the rest of the page: blocks,
people in running text, messages) and ``lexicon`` (values the field lexicon's labels
announce, tables, repeats); ``plan_steps/makers`` builds a step from a finder. The
order they run in comes from their ``after`` declarations (plan.order), not from their
place in these lists. Their word tables are data files under ``tables/``.
The pixel steps (codes, ink the OCR did not read, signatures) are in ``pixels/steps``.
"""

from __future__ import annotations

from redactor.core.detect.plan import Recognizer, order
from redactor.core.detect.plan import without as _without
from redactor.core.detect.plan_steps.labels import LABEL_STEPS
from redactor.core.detect.plan_steps.lexicon import LEXICON_STEPS
from redactor.core.detect.plan_steps.page import PAGE_STEPS
from redactor.core.detect.plan_steps.values import VALUE_STEPS

RECOGNIZERS: tuple[Recognizer, ...] = (*LABEL_STEPS, *VALUE_STEPS, *PAGE_STEPS, *LEXICON_STEPS)


def without(*names: str) -> tuple[Recognizer, ...]:
    """The registry without the named recognizers (to measure what one of them adds)."""
    return _without(RECOGNIZERS, *names)


# A cycle, an unknown dependency or a name used twice fails here, at import.
order(RECOGNIZERS)
