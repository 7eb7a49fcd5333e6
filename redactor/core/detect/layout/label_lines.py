"""A run of a person's block that reads as a caption, not as a value.

Inside a block with a personal signal, a run no rule covered is masked unless it is
known not to be personal. Forms print captions no lexicon lists: a tick-box's option
("<verb> for review"), a heading over a value ("<noun> of <noun>"), a dose's site, a
closing phrase. A person's name in Latin script is written in capitalised words; a
run with a word in small letters (not one that names are written with: "de", "van",
``tables/blocks.toml [label_lines]``) reads as a caption or a phrase, unless it still
holds what a name is made of:

- a capitalised word inside a phrase, not at its start nor after a stop, a colon or
  a wide gap ("<caption> of <Surname>", "signed by <Name>", two capitalised words);
- a common given name (``[given_names] latin``), anywhere in the run;
- a word whose capitals are not where a word's are ("ThompSon", "McKay");
- digits, an ``@`` or any sign a caption does not carry: judged as a value;
- one or two words in small letters alone: a name written small, for all one knows.

Boxes the OCR glued on one row ("<Option>For review<Option>") are cut where a
capital follows a word's small letters (``_GLUE``); the part after the cut opens a
cell as a wide gap does, so a row of tick-box options reads as captions (when two
cells or more are phrases with a small word: one glued word alone may be a name's).

In Chinese, a word for the part a person plays (its last character one of
``[label_lines] cn_role_ends``) right before a name of the common shape
(``text/listed_names``) is the form's caption for that name: the name is masked from
its first character, the role stays (``role_before_name``). Other Chinese text is
left to the callers' own checks. Linear in the run's length.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redactor.core.detect.layout.block_labels import block_labels
from redactor.core.detect.layout.block_lines import BLOCK_RULE
from redactor.core.detect.layout.name_leads import name_between
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.lexicon import table
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.text_folding import fold
from redactor.core.detect.text.listed_names import looks_like_listed_name
from redactor.core.detect.text.names import LATIN_GIVEN_NAMES
from redactor.core.models import Category

_NAMES = table("names")
_LABEL_LINES = table("blocks")["label_lines"]
_PARTICLES = frozenset(fold(w) for w in _LABEL_LINES["particles"])
_CN_ROLE_ENDS = frozenset(_LABEL_LINES["cn_role_ends"])
# A role word, what a form prints between it and the name, then the name.
_CN_ROLE = patterns("blocks", "label_line_shapes")["cn_role_name"]
_WORD = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*\.?")
# What a caption carries between its words; any other sign makes the run a value's.
_BETWEEN = re.compile(r"[\s()\[\],;:/·&!?'’\-–—.]*")
# Where a capital is a sentence's or a cell's, not a name's: after a stop, a colon, a
# bullet or a gap as wide as two spaces (boxes the OCR joined on one row).
_OPENS = re.compile(r"[.!?:;·]|\s\s")
# A capital right after three small letters: where two boxes' words were glued (a
# name's inner capital follows a short prefix: "McKay", "DeVries", "MacLeod").
_GLUE = re.compile(r"(?<=[a-zß-ÿ]{3})(?=[A-ZÀ-Þ])")
_SHORT_CAPS = 3  # an abbreviation in capitals ("ID", "NHS"), no surname
_MIN_SMALL = 2  # a small word of one letter may be an initial's or a slash's ("/a")


def captions_spared(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` but the words a block would mask as a name that read as a caption
    (``label_lines``; judged after the labels are cut off: "paid by" <a word>, a name
    written small for all one knows, stays masked), and cut to the name after a
    caption or a Chinese role word that opens them. Not cut after a label of a person's value: the run is
    that label's value whole (OCR cuts a name into pieces that read as words)."""
    out = []
    for s in spans:
        if s.category is Category.NAME and s.rule == BLOCK_RULE:
            # a contact cue, a label's bracketed qualifier, a link word: not the name
            a, b = name_between(text[s.start : s.end])
            s = replace(s, start=s.start + a, end=s.start + b)
            run = text[s.start : s.end]
            if reads_as_caption(run):
                continue
            if not _after_personal_label(text, s.start):
                cut = caption_before_value(run) or role_before_name(run)
                s = replace(s, start=s.start + cut)
        out.append(s)
    return out


def _after_personal_label(text: str, start: int) -> bool:
    """The label nearest before ``start`` on the line announces a personal value."""
    before = [m for m, _ in block_labels(text) if m.value_start <= start]
    return bool(before) and before[-1].kind.category is not None


def reads_as_caption(run: str) -> bool:
    """``run`` is Latin words in sentence case that hold no name (see the module)."""
    words = _words(run)
    return words is not None and _caption(words) == len(words) and _glue_between_cells(run, words)


def _glue_between_cells(run: str, words: list[tuple[str, bool, int]]) -> bool:
    """A glued capital cuts boxes apart only on a row of two phrases or more (a name
    the OCR wrote "ThomSon" before one caption stays a name's)."""
    if _GLUE.search(run) is None:
        return True
    phrases = 0
    small = False
    for word, opens, _ in words:
        if opens:
            phrases += small
            small = False
        small = small or (word[0].islower() and len(word) >= _MIN_SMALL)
    return phrases + small >= 2


def caption_before_value(run: str) -> int:
    """Where the value's part starts after a caption that opens ``run`` ("<caption> by
    <Name>", "<noun> du <noun> <Surname>"): at the first capitalised word inside the
    phrase, when what comes before it reads as a caption; else 0."""
    words = _words(run)
    if words is None:
        return 0
    n = _caption(words)
    if n == len(words) or n == 0 or not words[n][0][0].isupper() or words[n][1]:
        return 0  # the whole run, or a break that is no capital inside the phrase
    if not words[0][0][0].isupper() or _caption(words[:n]) != n:
        return 0  # (small words alone before a name may be a given name written small)
    # From the caption's last word on: the gap before the name is the name's (OCR may
    # box a handwritten name's first letters short of where the ink starts).
    before = words[n - 1]
    return before[2] + len(before[0])


def _words(run: str) -> list[tuple[str, bool, int]] | None:
    """Each word of ``run``, whether a sentence or a cell opens it, and where it
    starts; ``None`` when a sign no caption carries stands between them."""
    words: list[tuple[str, bool, int]] = []
    pos = 0
    for m in _WORD.finditer(run):
        gap = _BETWEEN.fullmatch(run, pos, m.start())
        if gap is None:
            return None
        opens = not words or _OPENS.search(gap.group(0)) is not None
        word, start = m.group(0), 0
        for cut in [*(g.start() for g in _GLUE.finditer(word)), len(word)]:
            words.append((word[start:cut], opens, m.start() + start))
            start, opens = cut, True
        pos = m.end()
    if not words or not _BETWEEN.fullmatch(run, pos, len(run)):
        return None
    return words


def _caption(words: list[tuple[str, bool, int]]) -> int:
    """How many of ``words`` read as a caption: all of them when they do, else the
    position of the first word that may be a name's (0 when the words fall short of
    a caption: no small word, lone small words)."""
    small = False
    opened = False  # a word of two letters or more starts with a capital
    for i, (word, opens, _) in enumerate(words):
        bare = fold(word).rstrip(".")
        if bare in LATIN_GIVEN_NAMES:
            return i
        letters = [c for c in word if c.isalpha()]
        if any(c.isupper() for c in letters[1:]) and not (
            word.isupper() and len(letters) <= _SHORT_CAPS
        ):
            return i  # capitals inside a word: a glued name, a surname in capitals
        if word[0].islower():
            # a name's own small word ("de", "van") is no proof against a name
            small = small or (bare not in _PARTICLES and len(bare) >= _MIN_SMALL)
            continue
        if not word[0].isupper() or not opens:
            return i  # a capital inside a phrase: a name's, for all one knows
        opened = opened or len(letters) > 1
    return len(words) if small and (opened or len(words) > 2) else 0


def role_before_name(run: str) -> int:
    """Where the name starts in ``run`` when it is a Chinese role word and a name of
    the common shape, nothing else ("<role>员 <name>"); else 0."""
    t = run.rstrip()
    lead = len(run) - len(run.lstrip())
    if _CN_ROLE.fullmatch(t, lead) is None:
        return 0
    for cut in range(lead + 2, min(len(t) - 1, lead + 7)):
        role = t[lead:cut].rstrip(" \u3000☑☐□√:：")
        name = t[cut:]
        if (
            role
            and role[-1] in _CN_ROLE_ENDS
            and name == name.strip()
            and 2 <= len(name) <= 4
            and looks_like_listed_name(name)
            and not looks_like_listed_name(role)
        ):
            return cut
    return 0
