"""The detection plan's text steps, by name: what each finds, at what scope, what it
reads, which steps' findings it reads (``after``) and what it may take back.

This is the one list to read to know where something is found ("where are Chinese
mobiles found?": ``cn_mobile``, a line pattern in text/numbers.RULES). The order
they run in comes from their ``after`` declarations (plan.order), not from their
place in this list. Their word tables are data files under ``tables/``.
The pixel steps (codes, ink the OCR did not read, signatures) are in ``pixels/steps``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from redactor.core.detect.layout import address_wraps, street_over_postcode
from redactor.core.detect.layout import labelled_values as lv
from redactor.core.detect.layout.birth_hours import mask_birth_hours
from redactor.core.detect.layout.called_names import mask_called_names
from redactor.core.detect.layout.contact_cards import contact_card_names
from redactor.core.detect.layout.detail_rows import mask_detail_rows
from redactor.core.detect.layout.family_lines import mask_family_lines
from redactor.core.detect.layout.free_text import mask_free_text
from redactor.core.detect.layout.glued_labels import mask_glued_values
from redactor.core.detect.layout.initialled_statements import initialled_statements
from redactor.core.detect.layout.introduced_lines import names_under_introducers
from redactor.core.detect.layout.label_peers import mask_peer_values
from redactor.core.detect.layout.label_values import mask_announced_values
from redactor.core.detect.layout.life_spans import mask_life_spans
from redactor.core.detect.layout.message_lines import spare_message_lines
from redactor.core.detect.layout.name_columns import mask_name_columns
from redactor.core.detect.layout.national_phones import mask_national_phones
from redactor.core.detect.layout.number_holders import mask_id_holders, mask_phone_holders
from redactor.core.detect.layout.numbers_across_boxes import numbers_across_boxes
from redactor.core.detect.layout.occasion_hosts import mask_occasion_hosts
from redactor.core.detect.layout.page import Sheet
from redactor.core.detect.layout.party_sections import mask_party_names
from redactor.core.detect.layout.people_lists import mask_people_lists
from redactor.core.detect.layout.person_blocks import (
    SHOP_CATEGORIES,
    mask_personal_blocks,
    spare_receipt_header,
)
from redactor.core.detect.layout.persons_numbers import mask_persons_numbers
from redactor.core.detect.layout.repeats import mask_repeats
from redactor.core.detect.layout.role_boxes import mask_role_box_names
from redactor.core.detect.layout.sentence_addresses import addresses_in_sentences
from redactor.core.detect.layout.sign_offs import names_under_closings
from redactor.core.detect.layout.staff_lines import mask_staff_lines
from redactor.core.detect.layout.table_columns import mask_table_columns
from redactor.core.detect.layout.titled_holders import titled_holder_names
from redactor.core.detect.layout.unread_cells import mask_unread_cells
from redactor.core.detect.layout.wrapped_phones import wrapped_phones
from redactor.core.detect.layout.wrapped_sentences import mask_over_wraps
from redactor.core.detect.plan import Recognizer, Scope, order
from redactor.core.detect.plan import without as _without
from redactor.core.detect.spans import Span
from redactor.core.detect.text import numbers
from redactor.core.detect.text.birth_dates import birth_dates
from redactor.core.detect.text.cued_phones import cued_phones
from redactor.core.detect.text.household_names import household_names
from redactor.core.detect.text.kin_names import kin_names
from redactor.core.detect.text.listed_names import listed_names
from redactor.core.detect.text.mailboxes import mailbox_names
from redactor.core.detect.text.married_names import married_names
from redactor.core.detect.text.message_addressees import message_words
from redactor.core.detect.text.names import card_holder_names, titled_names
from redactor.core.detect.text.occasion_people import occasion_people
from redactor.core.detect.text.prose_persons import introduced_names, prose_persons
from redactor.core.detect.text.relation_names import relation_names
from redactor.core.detect.text.role_names import role_names
from redactor.core.detect.text.transfer_parties import transfer_parties
from redactor.core.models import Category

_PERSONAL = frozenset(
    {Category.NAME, Category.PHONE, Category.ADDRESS, Category.DOOR, Category.ID_NUMBER}
)
_ADDRESS = frozenset({Category.ADDRESS, Category.DOOR})
_NAME = frozenset({Category.NAME})


def _page(step: Callable[[Sheet], object]) -> Callable[[Sheet, bool], None]:
    def run(sheet: Sheet, first_read: bool) -> None:
        step(sheet)

    return run


def _step(
    name: str,
    categories: frozenset[Category],
    scope: Scope,
    run: Callable[[Sheet], object],
    after: tuple[str, ...] = (),
    reads: str = "labels, geometry, found",
    first_read_only: bool = False,
    data: str = "",
) -> Recognizer:
    return Recognizer(
        name,
        categories,
        scope,
        sheet=_page(run),
        after=frozenset(after),
        reads=reads,
        first_read_only=first_read_only,
        data=data,
    )


def _each_line(sheet: Sheet, find: Callable[[str], Iterable[Span]]) -> None:
    for i, text in enumerate(sheet.texts):
        sheet.out[i].extend(find(text))


def _after_blocks(
    name: str, categories: frozenset[Category], find: Callable[[str], Iterable[Span]], data: str
) -> Recognizer:
    """A line pattern run after the person blocks: a value inside a sentence or a
    ledger's row starts no block."""
    return Recognizer(
        name,
        categories,
        Scope.ROW,
        sheet=lambda sheet, first_read: _each_line(sheet, find),
        after=frozenset({"person_blocks"}),
        reads="text",
        data=data,
    )


def _over_wraps(
    name: str,
    categories: frozenset[Category],
    find: Callable[[str], Iterable[Span]],
    data: str,
    opening_next: bool = True,
) -> Recognizer:
    """A line pattern run over each line and the line that continues it (a sentence
    wrapped between its cue and its value); after the blocks, as ``_after_blocks``."""
    return _step(
        name,
        categories,
        Scope.BLOCK,
        lambda sheet: mask_over_wraps(sheet, find, opening_next),
        ("person_blocks",),
        reads="text, geometry",
        data=data,
    )


def _lexicon_step(name: str, run: Callable[[Sheet], object], after: tuple[str, ...]) -> Recognizer:
    """A step masking the values the field lexicon's personal labels announce."""
    return _step(
        name,
        _PERSONAL | {Category.CARD_NUMBER, Category.EMAIL},
        Scope.BLOCK,
        run,
        after,
        reads="labels of the field lexicon, geometry, found",
        first_read_only=True,
        data="field_labels.toml",
    )


def _line_rule(rule: numbers.Rule) -> Recognizer:
    return Recognizer(
        rule.name,
        frozenset({rule.category}),
        Scope.LINE,
        line=lambda text: numbers.rule_spans(rule, text),
    )


def _finder(name: str, category: Category) -> Recognizer:
    return Recognizer(name, frozenset({category}), Scope.LINE, line=numbers.FINDERS[name])


# Labels, their values, and the lines that belong to them (layout/).
_LABELS = (
    Recognizer(
        "labelled_values",
        _PERSONAL | {Category.CARD_NUMBER, Category.TRACKING},
        Scope.BLOCK,
        sheet=lv.labelled_values,
        reads="labels, geometry, found",
        data="keywords.toml, names.toml, addresses.toml",
    ),
    _step(
        "address_shapes",
        _ADDRESS,
        Scope.LINE,
        lv.address_shapes,
        ("labelled_values",),
        data="addresses.toml",
    ),
    _step(
        "streets_over_postcodes",
        _ADDRESS,
        Scope.BLOCK,
        street_over_postcode.streets_over_postcodes,
        ("address_shapes",),
        data="addresses.toml",
    ),
    _step(
        "joined_rows", _ADDRESS, Scope.ROW, address_wraps.joined_rows, ("streets_over_postcodes",)
    ),
    _step("split_rows", _ADDRESS, Scope.ROW, address_wraps.split_rows, ("joined_rows",)),
    _step("continuations", _ADDRESS, Scope.BLOCK, address_wraps.continuations, ("split_rows",)),
    _step("sandwiched", _ADDRESS, Scope.BLOCK, address_wraps.sandwiched, ("continuations",)),
    _step("split_rows_again", _ADDRESS, Scope.ROW, address_wraps.split_rows, ("sandwiched",)),
    _step(
        "between_name_and_address",
        _ADDRESS,
        Scope.BLOCK,
        address_wraps.between_name_and_address,
        ("split_rows_again",),
        first_read_only=True,
    ),
    _step(
        "door_wraps", _ADDRESS, Scope.BLOCK, address_wraps.door_wraps, ("between_name_and_address",)
    ),
    _step(
        "names_above_addresses",
        _NAME,
        Scope.BLOCK,
        lv.names_above_addresses,
        ("door_wraps",),
        first_read_only=True,
        data="names.toml",
    ),
    _step("waybill_names", _NAME, Scope.LINE, lv.waybill_names, reads="text", data="names.toml"),
    _step(
        "waybill_marks",  # a big bare 收/寄 in its own box: the line beside it is the name
        _NAME,
        Scope.ROW,
        lv.waybill_marks,
        ("names_above_addresses", "waybill_names"),
        first_read_only=True,
    ),
    _step(
        "under_waybill_names",
        _ADDRESS,
        Scope.BLOCK,
        lv.under_waybill_names,
        ("waybill_marks",),
        first_read_only=True,
    ),
    _step(
        "split_rows_under_waybill",
        _ADDRESS,
        Scope.ROW,
        address_wraps.split_rows,
        ("under_waybill_names",),
        first_read_only=True,
    ),
)

# Values by their own shape, one line at a time (text/).
_VALUES = (
    *(_line_rule(rule) for rule in numbers.RULES),
    _finder("intl_phone", Category.PHONE),
    _finder("phone_tail", Category.PHONE),
    _finder("lone_tracking", Category.TRACKING),
    _finder("glued_phones", Category.PHONE),
    _finder("micr_account", Category.ID_NUMBER),
    # "call me on <digits>": the number a sentence asks to call, whatever its shape
    # (on the text as read: a word after the number read as digits would join it)
    Recognizer(
        "cued_phone",
        frozenset({Category.PHONE}),
        Scope.LINE,
        line=cued_phones,
        digit_view=False,
        data="messages.toml",
    ),
    # SURNAME/GIVEN/ as a card's embossed name is printed on a slip
    Recognizer("card_name", _NAME, Scope.LINE, line=card_holder_names),
    # "MR J SMITH": a title opening a line, then the name
    Recognizer("titled_name", _NAME, Scope.LINE, line=titled_names, data="names.toml"),
    # "<name> <addr@host>": an e-mail address's owner, named before it
    Recognizer("mailbox_name", _NAME, Scope.LINE, line=mailbox_names, data="messages.toml"),
)

# What the labels and values above imply for the rest of the page (layout/).
_AFTER_VALUES = ("split_rows_under_waybill", "national_phones", Scope.LINE.value)
_JUDGED = (
    # "06 12 34 56 78": a number without its +country code, valid in the page's country
    _step(
        "national_phones",
        frozenset({Category.PHONE}),
        Scope.PAGE,
        mask_national_phones,
        (Scope.LINE.value,),  # a number a line shape found is that shape's
        reads="text, labels of the field lexicon",
        data="languages.toml, numbers.toml",
    ),
    _step(
        "numbers_across_boxes",
        frozenset({Category.PHONE, Category.CARD_NUMBER, Category.ID_NUMBER, Category.TRACKING}),
        Scope.ROW,
        numbers_across_boxes,
        _AFTER_VALUES,
    ),
    # "<ID number> <name>": the holder printed right after the number
    _step("id_holder", _NAME, Scope.ROW, mask_id_holders, ("numbers_across_boxes",)),
    # "<name> <mobile>": the holder printed right before the number
    _step("phone_holder", _NAME, Scope.ROW, mask_phone_holders, ("id_holder",)),
    _step(
        "person_blocks",
        _PERSONAL,
        Scope.BLOCK,
        mask_personal_blocks,
        ("phone_holder",),
        first_read_only=True,
        data="blocks.toml",
    ),
    Recognizer(
        "receipt_header",  # takes back shape-found spans in a receipt's shop header
        frozenset(),
        Scope.BLOCK,
        sheet=lambda sheet, first_read: spare_receipt_header(sheet),
        after=frozenset({"person_blocks"}),
        suppresses=SHOP_CATEGORIES,
        first_read_only=True,
        reads="labels, geometry, found",
        data="blocks.toml",
    ),
    # "<staff number> <first name>" at the foot of a shop's header
    _step(
        "header_staff",
        frozenset({Category.NAME, Category.ID_NUMBER}),
        Scope.BLOCK,
        mask_staff_lines,
        ("receipt_header",),
        first_read_only=True,
    ),
    # A person named inside running text: after "兹证明" / "certify that", and a number
    # after its word mid-sentence ("员工编号…", "account ending …"). After the blocks
    # and the holders: a value inside a sentence starts no block and has no holder.
    _after_blocks(
        "prose_person",
        frozenset({Category.NAME, Category.ID_NUMBER}),
        prose_persons,
        "names.toml, field_labels.toml",
    ),
    # "…pass a copy to <given name>" / "<surname> and …", "Mi" / "colega <name>": a
    # sentence's introducing phrase and its name read over the line's wrap; after the
    # blocks, as prose_person. A name alone on the next line is left to
    # introduced_lines, which asks for a whole name.
    _over_wraps(
        "wrapped_introduced_names", _NAME, introduced_names, "names.toml", opening_next=False
    ),
    # The people an invitation's sentences name by their part in its occasion (whom to
    # answer and their number, the celebrated, the hosts); after the blocks, as
    # prose_person.
    _after_blocks(
        "occasion_person",
        frozenset({Category.NAME, Category.PHONE}),
        occasion_people,
        "names.toml",
    ),
    # A value shaped like a name after a short label the lexicon lacks ("开单: <name>"),
    # a common given name after a word that brings a person ("photos for <name>");
    # after the blocks, as prose_person.
    _after_blocks("listed_name", _NAME, listed_names, "names.toml, field_labels.toml"),
    # A person a sentence names by the part they play for another ("<part> of <name>",
    # "幼儿<name>"); after the blocks, as prose_person.
    _after_blocks("relation_name", _NAME, relation_names, "names.toml"),
    # "长子<name>、次女<name> 泣告", "beloved wife of <name>": the family a notice names
    # by each one's place in it, read over the line's wrap; after the blocks, as
    # relation_name.
    _over_wraps("kin_names", _NAME, kin_names, "names.toml"),
    # "<surname>门<surname>氏": a married woman a tablet or a register names by her
    # husband's surname and her own
    _after_blocks("married_names", _NAME, married_names, "names.toml"),
    # "生于<date>", "born on <date>": a date of birth inside a sentence, read over the
    # line's wrap
    _over_wraps(
        "birth_dates", frozenset({Category.ID_NUMBER}), birth_dates, "names.toml, layout.toml"
    ),
    # a notice's life span ("<date> - <date>", "*<date> † <date>"): the date of birth,
    # and the name printed as a title over it
    _step(
        "life_spans",
        frozenset({Category.NAME, Category.ID_NUMBER}),
        Scope.BLOCK,
        mask_life_spans,
        reads="text, geometry",
        data="layout.toml, names.toml",
    ),
    # "Time: 14:48" beside or under a date of birth: the hour of that birth
    _step(
        "birth_hours",
        frozenset({Category.ID_NUMBER}),
        Scope.BLOCK,
        mask_birth_hours,
        reads="labels, geometry",
        data="layout.toml, field_labels.toml",
    ),
    # "Familie <surname>", a life span's title: the family's surname, and the lines of
    # names that carry it
    _step(
        "family_lines",
        _NAME,
        Scope.PAGE,
        mask_family_lines,
        ("life_spans",),
        reads="text, geometry, found",
        data="names.toml",
    ),
    # "<name>夫妇", "<name>全家": a household named by the person who heads it; after
    # the blocks, as relation_name: a name in a row of a ledger starts no block.
    _after_blocks("household_name", _NAME, household_names, "blocks.toml, names.toml"),
    # A text message's lines are running text: what the block step masked there is
    # taken back (the other steps' findings stay), and a service sender's number too.
    Recognizer(
        "message_lines",
        frozenset(),
        Scope.BLOCK,
        sheet=lambda sheet, first_read: spare_message_lines(sheet),
        after=frozenset({"person_blocks", "lexicon_values", "table_columns"}),
        suppresses=_PERSONAL | {Category.CARD_NUMBER, Category.EMAIL, Category.TRACKING},
        first_read_only=True,
        reads="text, geometry, found",
        data="messages.toml",
    ),
    # "This is to certify that" ending its line: the person's name alone under it
    _step(
        "introduced_lines",
        _NAME,
        Scope.BLOCK,
        names_under_introducers,
        ("person_blocks",),
        reads="text, geometry",
        data="names.toml",
    ),
    # "Kind regards," alone on a line: the writer's name signed under it
    _step(
        "sign_offs",
        _NAME,
        Scope.BLOCK,
        names_under_closings,
        ("person_blocks",),
        reads="text, geometry",
        data="messages.toml",
    ),
    # a consent form's statements, each initialled by its signer at the left margin
    _step(
        "initialled_statements",
        _NAME,
        Scope.BLOCK,
        initialled_statements,
        reads="text, geometry",
        data="keywords.toml",
    ),
    # A message or a letter names its people by how it addresses them ("<name>您好",
    # "快递员<name>", "<name> 收") and places parcels at addresses inside sentences.
    # After the blocks, as prose_person: a value inside a sentence starts no block.
    Recognizer(
        "message_words",
        _PERSONAL,
        Scope.ROW,
        sheet=lambda sheet, first_read: _each_line(sheet, message_words),
        after=frozenset({"person_blocks"}),
        reads="text",
        data="messages.toml, names.toml",
    ),
    # A statement's or a payment app's transfer line names its other party after the
    # words of the transfer ("Überweisung an <name>", "FPO <NAME> REF", "转账-来自<name>").
    Recognizer(
        "transfer_parties",
        _NAME,
        Scope.ROW,
        sheet=lambda sheet, first_read: _each_line(sheet, transfer_parties),
        after=frozenset({"person_blocks"}),
        reads="text",
        data="transfers.toml, names.toml",
    ),
    # A phone number a line break of running text cut in two ("…call 020" / "7946 …").
    _step(
        "wrapped_phones",
        frozenset({Category.PHONE}),
        Scope.BLOCK,
        wrapped_phones,
        ("message_words",),
        reads="text, geometry, found",
        data="messages.toml",
    ),
    # "…your home at <number> <Street> <Suffix>. Our…", "…位于<address>的房屋…": the
    # address, not the sentence. After the message step, which takes back what a
    # sentence's line was masked with: this is already the address alone.
    _step(
        "address_in_sentence",
        _ADDRESS,
        Scope.ROW,
        addresses_in_sentences,
        ("message_lines",),
        reads="text, labels",
        data="addresses.toml, field_labels.toml",
    ),
    # a shared contact card's display name, above its account line ("微信号: <id>")
    _step(
        "contact_cards",
        _NAME,
        Scope.BLOCK,
        contact_card_names,
        reads="text, geometry",
        data="messages.toml",
    ),
    # a card's holder: a bare name stacked on their job title ("<name>" over "Manager")
    _step(
        "titled_holders",
        _NAME,
        Scope.BLOCK,
        titled_holder_names,
        reads="text, geometry",
        data="messages.toml, names.toml",
    ),
    # "<role word><name>" with no colon. Not a line pattern: what a receipt's header
    # spares of line patterns (the shop's own data) does not hold its cashier's name.
    Recognizer(
        "role_name",
        _NAME,
        Scope.ROW,
        sheet=lambda sheet, first_read: _each_line(sheet, role_names),
        reads="text",
        data="names.toml, field_labels.toml",
    ),
    # names and addresses inside a memo, remark or purpose, word by word
    _step(
        "free_text_words",
        _NAME | _ADDRESS,
        Scope.BLOCK,
        mask_free_text,
        reads="labels of the field lexicon, geometry",
        data="field_labels.toml, names.toml",
    ),
    # ink the OCR doubts, on a row of personal values
    _step(
        "unread_cell",
        _PERSONAL,
        Scope.ROW,
        mask_unread_cells,
        ("header_staff",),
        first_read_only=True,
    ),
    # a value announced by a personal label of the field lexicon, beside or under it
    _lexicon_step("lexicon_values", mask_announced_values, ("unread_cell",)),
    # a value the OCR glued to its Latin label ("AnschriftMühlweg 4")
    _lexicon_step("glued_label_values", mask_glued_values, ("lexicon_values",)),
    # a value under or beside a label the lexicon lacks, among labels it knows
    _lexicon_step("label_peer_values", mask_peer_values, ("glued_label_values", "people_lists")),
    # a label flush left, its value flush right across a detail page's row
    _lexicon_step("detail_row_values", mask_detail_rows, ("label_peer_values",)),
    # a Chinese role word boxed alone, the person's name in the box beside it
    _lexicon_step("role_box_names", mask_role_box_names, ("label_peer_values",)),
    # a person's number right after its label inside a line ("card ending 4821")
    _lexicon_step("persons_numbers", mask_persons_numbers, ("role_box_names",)),
    # a table's cell under a personal column header, or beside a personal row header
    _lexicon_step("table_columns", mask_table_columns, ("lexicon_values",)),
    # a table's column of people under a header the lexicon lacks, told by its cells
    _step(
        "name_columns",
        _NAME,
        Scope.BLOCK,
        mask_name_columns,
        ("table_columns",),
        reads="labels of the field lexicon, geometry, found",
        first_read_only=True,
        data="names.toml, field_labels.toml",
    ),
    # the people listed one a row under a heading that says so ("芳名", "Guests"),
    # in rows or in columns written top to bottom
    _step(
        "people_lists",
        _NAME,
        Scope.BLOCK,
        mask_people_lists,
        reads="text, geometry",
        first_read_only=True,
        data="blocks.toml",
    ),
    # the people a ledger, a banner or a card is written for, before its set phrase
    _step(
        "occasion_hosts",
        _NAME,
        Scope.ROW,
        mask_occasion_hosts,
        reads="text, geometry",
        data="blocks.toml",
    ),
    # "名称" inside a party's section (a heading printed down its left edge) names the party
    _step(
        "party_sections",
        _NAME,
        Scope.BLOCK,
        mask_party_names,
        ("lexicon_values",),
        reads="labels of the field lexicon, geometry, found",
        first_read_only=True,
        data="blocks.toml, field_labels.toml",
    ),
    # a customer's name printed large over the code an order is called by
    _step(
        "called_names",
        _NAME,
        Scope.BLOCK,
        mask_called_names,
        ("lexicon_values",),
        reads="text, geometry, found",
        data="layout.toml, field_labels.toml, names.toml",
    ),
    # a value masked once, printed again elsewhere on the page
    _step(
        "page_repeats",
        frozenset(_PERSONAL | {Category.CARD_NUMBER, Category.EMAIL, Category.TRACKING}),
        Scope.PAGE,
        mask_repeats,
        (
            "unread_cell",
            "lexicon_values",
            "role_name",
            "message_lines",
            "message_words",
            "sign_offs",
            "introduced_lines",
            "free_text_words",
            "table_columns",
            "name_columns",
            "called_names",
            "party_sections",
            "contact_cards",
            "titled_holders",
            "prose_person",  # a greeting's name: its line is cued, the repeat is the name
            "relation_name",
            "kin_names",
            "life_spans",
            "family_lines",
        ),
    ),
)

RECOGNIZERS: tuple[Recognizer, ...] = (*_LABELS, *_VALUES, *_JUDGED)


def without(*names: str) -> tuple[Recognizer, ...]:
    """The registry without the named recognizers (to measure what one of them adds)."""
    return _without(RECOGNIZERS, *names)


# A cycle, an unknown dependency or a name used twice fails here, at import.
order(RECOGNIZERS)
