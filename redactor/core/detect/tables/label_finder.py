"""Finding field labels in one OCR line's text, longest first, so a short label inside
a longer one ("日期" in "出生日期") never decides what the value is."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from os.path import commonprefix
from typing import Any

from redactor.core.detect.tables.label_hints import with_bracketed_parts, with_listed_parts
from redactor.core.detect.tables.label_kinds import FieldLabel, Lang, ValueKind
from redactor.core.detect.tables.label_notes import with_bracketed_notes, with_twins
from redactor.core.detect.tables.label_pairs import merged_labels, second_of_pair
from redactor.core.detect.tables.patterns import patterns
from redactor.core.detect.tables.short_values import short_value_fits
from redactor.core.detect.tables.text_folding import IGNORED, compact_text, fold, is_cjk, is_latin

#: A vehicle's plate: after a strict vehicle label, it sets the label off as a colon does.
_PLATE = patterns("layout", "labels")["vehicle_plate"]


@dataclass(frozen=True, slots=True)
class LabelMatch:
    """A label found in a line's text; offsets index that text."""

    start: int
    end: int  # one past the label (its bilingual partner included)
    value_start: int  # after the colon, brackets and spaces that close the label
    value_end: int  # the next label's start, or the text's end (trailing spaces left out)
    label: FieldLabel  # the entry that says what the value is
    parts: tuple[FieldLabel, ...]  # every entry matched: a bilingual pair or a glued compound
    at_line_start: bool

    @property
    def kind(self) -> ValueKind:
        return self.label.kind


_ITEM_NUMBER = patterns("layout", "item_numbers")["item_number"]
_ITEM_NUMBER_CHARS = 16  # longest question number with its spaces ("( 12 )  ")
_QUALIFIER = patterns("layout", "label_qualifiers")["qualifier"]
_ROLE_PHRASE = patterns("layout", "label_qualifiers")["role_phrase"]
#: What joins a signature label to a party's label after it ("Signed for the Creditor").
_PARTY_JOINT = patterns("layout", "label_qualifiers")["party_joint"]
#: Whose signature, in the possessive before its label ("Seller's signature").
_PARTY_POSSESSIVE = patterns("layout", "label_qualifiers")["party_possessive"]
#: A role qualified in small letters before its colon ("Nurse in charge:").
_ROLE_QUALIFIER = patterns("layout", "label_qualifiers")["role_qualifier"]
#: The colon that closes a label, with the spaces around it.
_CLOSING_COLON = patterns("layout", "label_qualifiers")["list_colon"]
_GENDER_ENDING = patterns("layout", "label_qualifiers")["gender_ending"]
#: "Witness 2:": the number that tells one of several such fields from the others.
_ORDINAL = patterns("layout", "label_qualifiers")["ordinal"]
#: Labels a person's role may qualify ("Signature of person reporting").
_QUALIFIED_KINDS = frozenset({ValueKind.NAME, ValueKind.SIGNATURE})
#: How many line texts the lexicon remembers the labels of (a page holds a few hundred;
#: the store starts afresh when full, so a long batch never grows it).
_REMEMBERED = 8192
#: Longer texts (a run of prose, a hostile file's one endless line) are read afresh.
_REMEMBERED_LINE = 1000
#: What closes a label before its value starts.
_VALUE_OPENERS = frozenset(":)]】#=") | IGNORED


@dataclass(frozen=True, slots=True)
class LabelForm:
    """What one folded key stands for, and where a line may drop its spaces."""

    label: FieldLabel
    breaks: frozenset[int]
    #: A short label's OCR reading: a label only opening its line, before its colon,
    #: with a value of its kind's shape (short_readings.py).
    short: bool = False


class FieldLexicon:
    """All labels of the lexicon and the lookup over them."""

    def __init__(self, labels: tuple[FieldLabel, ...], forms: dict[str, LabelForm]) -> None:
        self.labels = labels
        self._trie: dict[str, Any] = {}
        # In sorted order a key shares its head with the one before: only its new
        # tail's levels are walked (the tens of thousands of OCR readings load in a
        # fraction of the time).
        path: list[dict[str, Any]] = [self._trie]  # the levels of the last key's letters
        last = ""
        for key in sorted(forms):
            same = len(commonprefix((last, key)))
            del path[same + 1 :]
            node = path[-1]
            for ch in key[same:]:
                node = node.setdefault(ch, {})
                path.append(node)
            node[""] = forms[key]  # "" marks the end of a key: no key holds an empty character
            last = key
        # Many steps ask for the labels of the same lines (and of the same words cut
        # from them) on every page: each text is read once while it is asked again.
        self._found: dict[str, tuple[LabelMatch, ...]] = {}

    def find(self, text: str) -> tuple[LabelMatch, ...]:
        """The labels in one line's text, left to right."""
        if len(text) > _REMEMBERED_LINE:
            return self._find(text)
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _REMEMBERED:
                self._found.clear()
            found = self._found[text] = self._find(text)
        return found

    def _find(self, text: str) -> tuple[LabelMatch, ...]:
        folded = fold(text)
        # The line's first letter or digit: where a field's label may open it.
        lead = next((k for k, c in enumerate(folded) if c.isalnum()), len(folded))
        compact, where = compact_text(folded)
        found: list[tuple[int, int, FieldLabel]] = []
        i, last_end = 0, -1
        while i < len(compact):
            if compact[i] not in self._trie:  # most characters start no label
                i += 1
                continue
            best: tuple[tuple[int, int, int], int, LabelForm] | None = None
            for size, form in self._candidates(compact, i):
                start, end = where[i], where[i + size - 1] + 1
                if form.short and not _opens_field(text, folded, start, end, form.label.kind, lead):
                    continue
                prev = found[-1] if found else None
                if self._accept(folded, start, end, where[i : i + size], form, last_end, prev):
                    rank = self._rank(compact, i, size, form)
                    if best is None or rank > best[0]:
                        best = (rank, size, form)
            if best is None:
                i += 1
                continue
            _, size, form = best
            last_end = where[i + size - 1] + 1
            found.append((where[i], last_end, form.label))
            i += size
        spans = _spans(text, folded, merged_labels(folded, found))
        return with_listed_parts(
            text, with_twins(text, with_bracketed_notes(text, with_bracketed_parts(text, spans)))
        )

    def _rank(self, compact: str, i: int, size: int, form: LabelForm) -> tuple[int, int, int]:
        """How good a reading a candidate starts, looking one Chinese label ahead: the
        furthest reach first ("寄件人" + "手机号" over "寄件人手机" + "号"), then one label
        over two ("出生日期" over "出生" + "日期"), then the longer head word, which
        decides a glued compound's kind ("收件人" + "手机号码" over "收件人手机" + "号码")."""
        if form.label.lang is not Lang.ZH:
            return (size, -1, size)
        nxt = next(iter(self._candidates(compact, i + size)), None)
        if nxt is None or nxt[1].label.lang is not Lang.ZH:
            return (size, -1, size)
        return (size + nxt[0], -2, nxt[0])

    def _candidates(self, compact: str, i: int) -> Iterator[tuple[int, LabelForm]]:
        """Keys starting at ``compact[i]`` (their length and form), longest first."""
        hits: list[tuple[int, LabelForm]] = []
        node: Any = self._trie  # a level of the trie, None past its keys
        for j in range(i, len(compact)):
            node = node.get(compact[j])
            if node is None:
                break
            if "" in node:
                hits.append((j - i + 1, node[""]))
        return reversed(hits)

    def _accept(
        self,
        folded: str,
        start: int,
        end: int,
        kept: list[int],
        form: LabelForm,
        last_end: int,
        prev: tuple[int, int, FieldLabel] | None = None,
    ) -> bool:
        first, last = folded[start], folded[end - 1]
        before = folded[start - 1] if start else ""
        after = folded[end] if end < len(folded) else ""
        # A Latin label is a whole word: "tel" is no label inside "Hotel" or "Telling".
        if is_latin(first) and is_latin(before) or is_latin(last) and is_latin(after):
            return False
        # Spaces inside the match must be spaces of the form ("a id" is no "aid").
        for n in range(1, len(kept)):
            gap = folded[kept[n - 1] + 1 : kept[n]]
            latin = is_latin(folded[kept[n - 1]]) and is_latin(folded[kept[n]])
            if latin and n not in form.breaks and any(c.isspace() for c in gap):
                return False
        label = form.label
        if label.strict:
            if second_of_pair(folded, start, label, prev):
                return True  # "Street / Rue": the partner after its English label
            rest = folded[end:].lstrip(" \t" + "".join(IGNORED))
            # ... or before its bilingual partner ("姓/Surname", "名 Given Names").
            return _line_start(folded, start) and (
                not rest
                or rest[0] in ":/("
                or self._partner_opens(rest, label)
                or (label.kind is ValueKind.ID_NUMBER and _PLATE.match(rest) is not None)
            )
        # A word glued before a label may change what it is ("出生" + "日期"): keep that
        # reading only when it masks the value, so the error can only mask more.
        return label.kind.category is not None or not _prefixed(folded, start, last_end)

    def _partner_opens(self, rest: str, label: FieldLabel) -> bool:
        """``rest`` opens with a form of ``label``'s kind in the other language."""
        compact, _ = compact_text(rest)
        return any(
            form.label.kind is label.kind and form.label.lang is not label.lang
            for _, form in self._candidates(compact, 0)
        )


def _opens_field(text: str, folded: str, start: int, end: int, kind: ValueKind, lead: int) -> bool:
    """A short label's reading opens the line (no letter or digit before ``start``
    but a question number; ``lead`` is the line's first), its colon follows, and
    after the colon a value of its kind's shape: the line is a field, not a sentence."""
    if not _line_start(folded, start, lead):
        return False
    rest = text[end:].lstrip(" \t")
    return rest[:1] in (":", "：") and short_value_fits(kind, rest[1:].strip())


def _line_start(folded: str, start: int, lead: int | None = None) -> bool:
    """Only punctuation and spaces before ``start``, or a form's question number
    ("12. Email": the label still opens its line). ``lead``, the line's first letter
    or digit when the caller knows it, spares reading the line's head again."""
    if lead is None:
        return not any(c.isalnum() for c in folded[:start]) or item_number_before(folded, start)
    return start <= lead or item_number_before(folded, start)


def item_number_end(text: str) -> int:
    """Where a line's text starts after its question number ("3. ", "(2)"); 0 when it
    opens with none."""
    m = _ITEM_NUMBER.match(text)
    return m.end() if m else 0


def item_number_before(text: str, start: int) -> bool:
    """``text[:start]`` is a question number and nothing else ("3. ", "(12)", "三、")."""
    # A number is a few characters: a long line is not folded again for every label.
    return start <= _ITEM_NUMBER_CHARS and _ITEM_NUMBER.fullmatch(fold(text[:start])) is not None


def _prefixed(folded: str, start: int, last_end: int) -> bool:
    """A word (not another label) runs into the label: CJK glued, Latin one space before."""
    if start == 0 or start == last_end:
        return False
    before = folded[start - 1]
    if is_cjk(before):
        return True
    if not before.isspace() or not is_latin(folded[start]):
        return False
    p = len(folded[:start].rstrip()) - 1
    return p >= 0 and p >= last_end and is_latin(folded[p])


def without_qualifier(text: str) -> str:
    """``text`` (what stands between a label and its value) less a bracketed hint on
    how to fill the field in ("(last 4)"), which belongs to the label."""
    return _QUALIFIER.sub(" ", text)


def _past_openers(folded: str, v: int, stop: int) -> int:
    """The first character from ``v`` that is no space or closing mark of a label."""
    while v < stop and (folded[v].isspace() or folded[v] in _VALUE_OPENERS):
        v += 1
    return v


def _spans(
    text: str, folded: str, merged: list[tuple[int, int, FieldLabel, tuple[FieldLabel, ...]]]
) -> tuple[LabelMatch, ...]:
    matches: list[LabelMatch] = []
    for n, (start, end, label, parts) in enumerate(merged):
        stop = merged[n + 1][0] if n + 1 < len(merged) else len(text)
        if is_latin(folded[end - 1]) and (ending := _GENDER_ENDING.match(text, end, stop)):
            end = ending.end()  # "Mieter/in": the ending is the label's, not its value's
        if (nth := _ORDINAL.match(text, end, stop)) is not None:
            end = nth.end()  # "Clinician 2:": the label's own number
        v = _past_openers(folded, end, stop)
        if (hint := _QUALIFIER.match(text, v, stop)) is not None:
            v = _past_openers(folded, hint.end(), stop)  # "(DD MM YYYY)": the label's own
        elif label.kind in _QUALIFIED_KINDS and (role := _role_phrase(text, v, stop)):
            end, v = role  # "Signature of person reporting": the label's own
        elif label.kind is ValueKind.NAME and (duty := _ROLE_QUALIFIER.match(text, v, stop)):
            # "Duty manager on call:": the label's own; a signature's words before a colon
            # are an instruction ("Initial each statement:"), not a person's duty
            end = duty.end()
            v = _past_openers(folded, end, stop)
        v_end = max(v, len(text[:stop].rstrip()))
        opens = (
            _line_start(folded, start)
            or _after_heading(matches, start)
            or _after_signature(text, matches, start)
            or (
                label.kind is ValueKind.SIGNATURE
                and _PARTY_POSSESSIVE.fullmatch(text, 0, start) is not None
            )
        )
        matches.append(LabelMatch(start, end, v, v_end, label, parts, opens))
    return tuple(matches)


def _role_phrase(text: str, v: int, stop: int) -> tuple[int, int] | None:
    """Where a person's role written in small letters after a name or signature label
    ends, and where its value starts (the next capitalised word, or a capital the OCR
    glued to the role's last word); ``None`` when no role follows, or a sentence does."""
    if v >= stop or not text[v].islower():
        return None
    m = _ROLE_PHRASE.match(text, v, stop)
    if m is None:
        return None
    end = m.end()
    rest = text[end:stop]
    if not rest.strip():
        return end, stop
    if rest[0].isupper():
        return end, end  # "…reportingJ. Robinson": a space the OCR dropped
    if (closed := _CLOSING_COLON.match(rest)) is not None:
        return end, end + closed.end()  # "Firma del titular: <name>": the colon closes it
    after = end + len(rest) - len(rest.lstrip())
    if rest[0].isspace() and not text[after].islower():
        return end, after
    return None  # more words in small letters: a sentence, not a role


def _after_signature(text: str, before: list[LabelMatch], start: int) -> bool:
    """A signature label opens the line and only small joining words stand before the
    label ("Signed for the Creditor <name>"): that party's label opens its field, its
    value is the name of whoever signs for it."""
    if not before:
        return False
    last = before[-1]
    return (
        last.kind is ValueKind.SIGNATURE
        and last.at_line_start
        and _PARTY_JOINT.fullmatch(text, last.end, start) is not None
    )


def _after_heading(before: list[LabelMatch], start: int) -> bool:
    """Only a section's heading opens the line before the label, with nothing between
    them ("FOR OFFICE USE  Checked by <name>"): the label opens its field as if it
    opened the line."""
    if not before:
        return False
    last = before[-1]
    return last.kind is ValueKind.HEADING and last.at_line_start and last.value_start == start
