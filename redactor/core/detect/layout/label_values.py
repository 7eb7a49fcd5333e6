"""Values announced by a personal label of the field lexicon, wherever the form puts them.

A label the older keyword tables never met ("Payee", "Guest", "送检医生") still says
what its value is. The value is taken from the page's geometry, fail closed (masked
whatever its shape), in the first of these places that holds one:

* on the label's own line after it: "Payee: …", glued "收款人张三", bilingual
  "姓名/Name 张三" (the lexicon reads a bilingual pair as one label);
* beside it on the same printed row, in a box of its own;
* stacked right under it: the next line below, starting within the label's column
  (value_lines.py says which line beside or under a label holds its value);
* written on a rule right above it, when the label is a caption printed under its
  value (captions_under.py);

and a value written a character per box goes on over the boxes of its row
(boxed_entries.py).

The label itself is never part of the value, and a line that opens with a label of
its own is no value. Which kinds announce here: every personal kind but free text
(a memo is read word by word by the shape recognizers), traits (sex, nationality:
no way to tell the person from them) and waybill and order numbers (their own shape
recognizers know which of them are the customer's).

It runs after the block recognizers, so that what it finds never grows a block, and
adds no number that something else found in part, nor a name found in part as a name:
the recognizer that found it knows its extent (a name ends before the phone after
it; a card number's entry mode printed after it is no part of it). An address found
in pieces is masked whole as well: the pieces' masks may leave gaps.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from redactor.core.detect.charclass import STARS, digit_count, has_digit
from redactor.core.detect.layout.boxed_entries import mask_rest_of_entry
from redactor.core.detect.layout.captions_under import (
    caption_unread,
    captions_under_values,
    level_with_value_over,
    value_over_caption,
)
from redactor.core.detect.layout.device_serials import (
    DEVICE_SERIAL,
    a_device_serial,
    serial_under,
    serials_from,
)
from redactor.core.detect.layout.number_labels import sentence_number_end, set_off_by_layout
from redactor.core.detect.layout.number_tail_under import number_tail_under
from redactor.core.detect.layout.option_lists import phrase_options
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.paired_labels import paired_kind, unmasked_parts
from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.layout.value_lines import (
    first_label,
    is_value_line,
    name_shaped,
    value_line_beside,
    value_under,
)
from redactor.core.detect.spans import Span
from redactor.core.detect.tables.field_lexicon import LabelMatch, ValueKind, default_lexicon
from redactor.core.detect.tables.lexicon import boilerplate, table, words_pattern
from redactor.core.detect.tables.text_folding import is_cjk
from redactor.core.detect.text.names import before_relation, is_business, surname_length
from redactor.core.detect.text.not_personal import only_a_period_bound
from redactor.core.detect.text.prose import a_phrase_without_numbers, asks_the_reader, is_prose
from redactor.core.detect.text.prose_persons import cn_name_end
from redactor.core.models import Category

RULE = "lexicon_value"
_SCORE = 0.75
_NOT_ANNOUNCED = frozenset({ValueKind.FREE_TEXT, ValueKind.TRAIT, ValueKind.TRACKING})
_BOUNDED = frozenset({Category.PHONE, Category.ID_NUMBER, Category.CARD_NUMBER, Category.EMAIL})
#: Labels of ``_BOUNDED``'s values as the lexicon names them: a phone, an ID, a card,
#: an e-mail (not a date of birth, which may be written in words). A wordy box beside
#: one may be the table's next heading (``heading_beside``), not its value.
_BOUNDED_KINDS = frozenset(
    {ValueKind.PHONE, ValueKind.ID_NUMBER, ValueKind.CARD_NUMBER, ValueKind.EMAIL}
)
#: What other steps may have called a value by guess: a long number by its shape (a
#: waybill's), a line inside a person's block (fail closed, as an address). A label
#: that names the value's kind knows better.
_GUESSED = frozenset({Category.TRACKING, Category.ADDRESS})
#: An address written to a household ("Familie <surname>, <street>"): the word for
#: family is no one's and stays readable, the surname and the street are masked.
_HOUSEHOLD = re.compile(
    rf"(?i:{words_pattern(table('names')['kin']['family_before'])})\s+(?=[^\W\d_])"
)
#: The most characters of a Chinese given name glued into a clause after its label.
_CN_GIVEN_MOST = 2
#: A clause's verbs and particles right after a name ("由长女<name>继承", "<name>于…").
_CLAUSE_WORDS = tuple(table("names")["kin"]["chinese_clause_words"])
#: The most words of a line under a caption that may hold a name or a person's number.
_NAME_WORDS = 6


def mask_announced_values(sheet: Sheet) -> None:
    options = phrase_options(sheet)
    for i, text in enumerate(sheet.texts):
        labels = printed_labels(text)
        names = any(announces(m.kind) is Category.NAME for m in labels)
        words = default_lexicon().find(text) if names else ()
        for n, m in enumerate(labels):
            category, rule = announces(m.kind), RULE
            if category is None and a_device_serial(sheet, i, text[m.start : m.end]):
                category, rule = Category.ID_NUMBER, DEVICE_SERIAL
            if category is None or not set_off_by_layout(text, m) or _annotates(text, m):
                continue
            # The value runs to the next printed label: a label's word inside it
            # ("… Street Market") does not end it.
            end = labels[n + 1].start if n + 1 < len(labels) else len(text.rstrip())
            # nor the bracket that opens the next label's aside ("<name>(<label><n>)")
            end = len(text[:end].rstrip(" (（")) if end > m.value_start else end
            end = min(end, sentence_number_end(text, m) or end, _glued_name_end(text, m, end))
            end = _name_before_next_field(text, m, end, words)
            if _a_period_bound(text[m.value_start : end], category):
                continue  # "From: 04/2019": a stay's bound, no sender
            if text[m.value_start : end].strip():
                mask_value(sheet, i, m.value_start, end, category, rule)
                _mask_paired_rest(sheet, i, m, end, category)
                continue
            if end < len(text.rstrip()):
                continue  # the next label follows at once: it names the value, not this one
            j = value_line_beside(sheet, i)
            if j is not None and m.kind in _BOUNDED_KINDS and heading_beside(sheet, i, j):
                continue
            if j is not None and rule == DEVICE_SERIAL and not has_digit(sheet.texts[j]):
                j = None  # a serial holds digits: a word beside it is the next column's head
            if j is None:
                j = _over_or_under(sheet, i, category)
                if j is None and rule == DEVICE_SERIAL:
                    j = serial_under(sheet, i)
                if j is None and category in _BOUNDED and (tail := number_tail_under(sheet, i)):
                    mask_value(sheet, tail[0], tail[1], tail[2], category, rule)
                    continue  # only the number under the label: the line's words are not
            elif (over := level_with_value_over(sheet, i, j)) is not None and is_value_line(
                sheet, over
            ):
                # A caption under a row of values: the box beside it belongs to that
                # row, and the caption's own value is the one over it (both masked).
                mask_value(sheet, over, 0, first_label(sheet.texts[over]), category, rule)
            if j is not None and (
                _the_forms_words(sheet.texts[j], category)
                or j in options
                or _a_period_bound(sheet.texts[j], category)
            ):
                j = None  # the form's own sentence (a footer's notice, a choice to tick)
            if j is not None and rule == DEVICE_SERIAL and (serials := serials_from(sheet, j)):
                for k, start, stop in serials:
                    mask_value(sheet, k, start, stop, Category.ID_NUMBER, DEVICE_SERIAL)
            elif j is not None:
                mask_value(sheet, j, 0, first_label(sheet.texts[j]), category, rule)
                mask_rest_of_entry(sheet, j, category)


def _mask_paired_rest(sheet: Sheet, i: int, m: LabelMatch, end: int, category: Category) -> None:
    """A label of two kinds ("Nombre y DNI"): its number found by shape, the rest of
    the value is the first label's kind (paired_labels.py)."""
    if category not in _BOUNDED or (kind := paired_kind(sheet.texts[i], m)) is None:
        return
    if (other := announces(kind)) is None:
        return
    for start, stop in unmasked_parts(sheet, i, m.value_start, end):
        mask_value(sheet, i, start, stop, other)


def _glued_name_end(text: str, m: LabelMatch, end: int) -> int:
    """Where a Chinese name glued to its label ends when the clause runs on after it:
    an agreement names its party inside a sentence ("乙方<name>确认…", "男方<name>与
    女方…"), the party word a label of a name with no colon, and the clause's words
    after the name are no part of it (a given name of unlisted characters: the surname
    and two characters). In a clause with no comma the name ends before the clause's
    verb or particle. ``end`` when the label is set off, the line is no sentence (a row of glued labels
    and values: "新郎<name>新娘<name>") or no name opens the value."""
    if announces(m.kind) is not Category.NAME or m.value_start != m.end:
        return end
    if m.value_start >= end or not is_cjk(text[m.value_start]):
        return end
    if not is_prose(text):
        return _name_before_clause_word(text, m.value_start, end)
    stop = cn_name_end(text[:end], m.value_start)
    if stop is None and (surname := surname_length(text, m.value_start)):
        # A given name of characters the table does not list: the name's longest
        # usual extent, not the rest of the clause.
        stop = min(end, m.value_start + surname + _CN_GIVEN_MOST)
    return end if stop is None else stop


def _name_before_next_field(
    text: str, m: LabelMatch, end: int, words: tuple[LabelMatch, ...]
) -> int:
    """Where a name after its label ends when the line goes on to the person's other
    fields after a comma, each opening with its own word ("<label>: <name>, geb. am
    <date>, …", "<name>, born …"): at that comma. Such a word inside a sentence is no
    printed label, so the value would otherwise run to the line's end. ``words``: the
    line's lexicon words left to right, found once a line (a line of thousands of
    labels would otherwise be searched again for each)."""
    if announces(m.kind) is not Category.NAME:
        return end
    first = bisect_right([f.start for f in words], m.value_start)
    for f in words[first:]:
        if f.start >= end:
            break
        if f.end > end:
            continue
        before = text[m.value_start : f.start].rstrip()
        if before.endswith((",", "，")) and before[:-1].strip():
            return m.value_start + len(before) - 1
    return end


def _name_before_clause_word(text: str, start: int, end: int) -> int:
    """Where a name glued after its label ends in a clause with no comma: right before
    the clause's verb or particle after a surname and one or two characters
    ("被申请人<name>于三日内清理…"); ``end`` when none follows (a row of glued labels
    and names: "新郎<name>新娘<name>")."""
    surname = surname_length(text, start)
    if not surname:
        return end
    for stop in range(start + surname + _CN_GIVEN_MOST, start + surname, -1):
        if stop < end and text.startswith(_CLAUSE_WORDS, stop):
            return stop
    return end


def _the_forms_words(text: str, category: Category) -> bool:
    """Line ``text`` beside or under a label is the form's own print, no value: a
    sentence, a question put to the reader with its tick boxes, or for a number's
    label a phrase of words with no digit."""
    if is_prose(text) or asks_the_reader(text):
        return True
    return category in _BOUNDED and a_phrase_without_numbers(text)


def _a_period_bound(text: str, category: Category) -> bool:
    """A month of a year or "present" beside a name's or an address's label: the
    lexicon reads a history's "From | To" as a sender and an addressee, but no name or
    place is a month (not_personal.py)."""
    return category in (Category.NAME, Category.ADDRESS) and only_a_period_bound(text)


def _over_or_under(sheet: Sheet, i: int, category: Category) -> int | None:
    """The value of the label alone on line ``i``: stacked under it, or written on a
    rule over it when the label is a caption printed under its value. The caption's
    reading wins where the line under it is no value of its kind (the form's own
    print, a section's heading, a sentence), or where the column of captions ends at
    a caption (the line under it is the next caption's value, masked as well when
    its own caption is unread)."""
    over = value_over_caption(sheet, i)
    if over is not None and not is_value_line(sheet, over):
        over = None
    under = value_under(sheet, i)
    if over is None or under is None:
        return under if over is None else over
    if not _of_its_kind(sheet.texts[under], category):
        return over
    if captions_under_values(sheet, i, over, under):
        if caption_unread(sheet, under):
            # The next value's caption went unread: it is a value of the column's
            # kind, and no label of its own will announce it.
            mask_value(sheet, under, 0, first_label(sheet.texts[under]), category)
        return over
    return under


def heading_beside(sheet: Sheet, i: int, j: int) -> bool:
    """Line ``j`` beside the number's label ``i`` is the next column's heading of a
    table ("身份证号" then "工种"): it holds no digit, no star hiding one and no "@",
    and each of the two has a cell under it, on one row (the table's first row)."""
    if any(c.isdigit() or c in STARS or c == "@" for c in sheet.texts[j]):
        return False
    a, b = _cell_under(sheet, i), _cell_under(sheet, j)
    return a is not None and b is not None and a != b and sheet.geo[a].same_row(sheet.geo[b])


def _cell_under(sheet: Sheet, i: int) -> int | None:
    """The nearest box stacked under line ``i`` across its middle: a column's cell,
    centred under its heading or wider than it (a long number under a short label)."""
    g = sheet.geo[i]
    middle = (g.x0 + g.x1) / 2
    return sheet.nearest_under(i, lambda c: c.x0 <= middle <= c.x1)


def _of_its_kind(text: str, category: Category) -> bool:
    """``text`` could be a value of ``category`` by its shape: a number holds digits, a
    name is shaped as one; a written line's words under a caption hold no sentence."""
    if is_prose(text):
        return False
    numbered = digit_count(text) >= 4  # someone's number: masked anyway
    if category in _BOUNDED:
        return numbered or "@" in text
    if category is Category.NAME:
        # A short Chinese line may be a name the OCR misread a character of.
        short_cjk = 2 <= len(text.strip()) <= 4 and all(is_cjk(c) for c in text.strip())
        # A line of many words with a number in it is the form's notice citing a rule.
        numbered = numbered and len(text.split()) <= _NAME_WORDS
        return numbered or short_cjk or name_shaped(text)
    return True


def announces(kind: ValueKind) -> Category | None:
    """What a personal label of this kind announces, ``None`` when its value is left
    to the shape recognizers (or is no personal value)."""
    if kind in _NOT_ANNOUNCED:
        return None
    return kind.category


def _annotates(text: str, m: LabelMatch) -> bool:
    """The label stands in brackets after words of its own ("<name>(<role>):"): it
    says what the words before it are (role_names.py masks a name there), and
    announces nothing after it."""
    before = text[: m.start].rstrip()
    if not before.endswith(("(", "（")) or not before[:-1].strip():
        return False
    if (sentence_number_end(text, m) or 0) > m.value_start:
        return False  # a person's number inside the brackets: an aside with its value
    # A label before the brackets is qualified by them ("<party>(<signature>):"): the
    # value after the colon is the party's.
    words = before[:-1].strip()
    return not any(x.start == 0 and x.end == len(words) for x in default_lexicon().find(words))


def mask_value(
    sheet: Sheet, i: int, start: int, end: int, category: Category, rule: str = RULE
) -> None:
    """Mask ``start:end`` of line ``i`` as a value of ``category``, fail closed, unless
    a recognizer that knows the value's extent found it, or it is a business or
    printed boilerplate."""
    text = sheet.texts[i]
    if category is Category.NAME:
        end = before_relation(text, start, end)  # a contact's relation stays readable
    while start < end and text[start] in " \t:：-/,.":
        start += 1
    while end > start and text[end - 1] in " \t:：-/,.":
        end -= 1
    if category is Category.ADDRESS and (home := _HOUSEHOLD.match(text, start, end)):
        start = home.end()
    if end <= start:
        return
    found = [sp for sp in sheet.out[i] if sp.start < end and start < sp.end]
    if category in _BOUNDED and found:
        # Found already, by a recognizer that knows the value's extent; when only
        # guessed at (the label says "ID number", the shape said waybill), the same
        # extent takes the label's kind.
        if all(sp.category in _GUESSED or sp.category is category for sp in found):
            for sp in found:
                if sp.category in _GUESSED and not _named_over(found, sp, category):
                    score = min(0.99, max(_SCORE, sp.score + 0.05))
                    sheet.out[i].append(Span(sp.start, sp.end, category, score, rule))
        return
    if category is Category.NAME and any(sp.category is category for sp in found):
        return  # found already, by a recognizer that knows the name's extent
    if category is Category.NAME and is_business(text[start:end]):
        return  # a shop or a bank named as the party: the business's own data
    if boilerplate(text[start:end]) or boilerplate(text):
        return  # printed in the value's place ("号码保护中"): no value is shown
    sheet.out[i].append(Span(start, end, category, _SCORE, rule))


def _named_over(found: list[Span], guess: Span, category: Category) -> bool:
    """A span of the label's own kind already covers the guess and outweighs it."""
    return any(
        o.category is category
        and o.start <= guess.start
        and guess.end <= o.end
        and o.score > guess.score
        for o in found
    )
