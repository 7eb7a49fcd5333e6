"""What the labels and values found so far imply for the rest of the page: numbers
without a country code, holders beside their numbers, person blocks, people named in
running text, messages, sign-offs, addresses inside sentences (layout/, text/).
"""

from __future__ import annotations

from redactor.core.detect.layout.birth_hours import mask_birth_hours
from redactor.core.detect.layout.cmc7_accounts import mask_cmc7_accounts
from redactor.core.detect.layout.contact_cards import contact_card_names
from redactor.core.detect.layout.family_lines import mask_family_lines
from redactor.core.detect.layout.free_text import mask_free_text
from redactor.core.detect.layout.initialled_statements import initialled_statements
from redactor.core.detect.layout.introduced_lines import names_under_introducers
from redactor.core.detect.layout.life_spans import mask_life_spans
from redactor.core.detect.layout.message_lines import spare_message_lines
from redactor.core.detect.layout.national_phones import mask_national_phones
from redactor.core.detect.layout.number_holders import mask_id_holders, mask_phone_holders
from redactor.core.detect.layout.numbers_across_boxes import numbers_across_boxes
from redactor.core.detect.layout.pedigree_pages import mask_pedigree_pages
from redactor.core.detect.layout.person_blocks import (
    SHOP_CATEGORIES,
    mask_personal_blocks,
    spare_receipt_header,
)
from redactor.core.detect.layout.sentence_addresses import addresses_in_sentences
from redactor.core.detect.layout.sign_offs import names_under_closings
from redactor.core.detect.layout.staff_lines import mask_staff_lines
from redactor.core.detect.layout.titled_holders import titled_holder_names
from redactor.core.detect.layout.wrapped_phones import wrapped_phones
from redactor.core.detect.plan import Recognizer, Scope
from redactor.core.detect.plan_steps.makers import (
    ADDRESS,
    NAME,
    PERSONAL,
    after_blocks,
    each_line,
    over_wraps,
    step,
)
from redactor.core.detect.text.aged_names import aged_names
from redactor.core.detect.text.birth_dates import birth_dates
from redactor.core.detect.text.cn_agent_names import cn_actor_names
from redactor.core.detect.text.household_names import household_names
from redactor.core.detect.text.kin_names import kin_names
from redactor.core.detect.text.listed_names import listed_names
from redactor.core.detect.text.married_names import married_names
from redactor.core.detect.text.message_addressees import message_words
from redactor.core.detect.text.occasion_people import occasion_people
from redactor.core.detect.text.prose_persons import introduced_names, prose_persons
from redactor.core.detect.text.relation_names import relation_names
from redactor.core.detect.text.residence_phrases import residence_addresses
from redactor.core.detect.text.role_names import role_names
from redactor.core.detect.text.transfer_parties import transfer_parties
from redactor.core.models import Category

_AFTER_VALUES = ("split_rows_under_waybill", "national_phones", Scope.LINE.value)
PAGE_STEPS: tuple[Recognizer, ...] = (
    # "06 12 34 56 78": a number without its +country code, valid in the page's country
    step(
        "national_phones",
        frozenset({Category.PHONE}),
        Scope.PAGE,
        mask_national_phones,
        (Scope.LINE.value,),  # a number a line shape found is that shape's
        reads="text, labels of the field lexicon",
        data="languages.toml, numbers.toml",
    ),
    step(
        "numbers_across_boxes",
        frozenset({Category.PHONE, Category.CARD_NUMBER, Category.ID_NUMBER, Category.TRACKING}),
        Scope.ROW,
        numbers_across_boxes,
        _AFTER_VALUES,
    ),
    # "#1234567#  <bank zone>#  <account>#": a French cheque's coded line; after the
    # blocks, as a value of its own (it opens no person's block)
    step(
        "cmc7_account",
        frozenset({Category.ID_NUMBER}),
        Scope.ROW,
        mask_cmc7_accounts,
        ("person_blocks",),
        reads="text, geometry",
        data="numbers.toml",
    ),
    # "<ID number> <name>": the holder printed right after the number
    step("id_holder", NAME, Scope.ROW, mask_id_holders, ("numbers_across_boxes",)),
    # "<name> <mobile>": the holder printed right before the number
    step("phone_holder", NAME, Scope.ROW, mask_phone_holders, ("id_holder",)),
    step(
        "person_blocks",
        PERSONAL,
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
    step(
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
    after_blocks(
        "prose_person",
        frozenset({Category.NAME, Category.ID_NUMBER}),
        prose_persons,
        "names.toml, field_labels.toml",
    ),
    # "…pass a copy to <given name>" / "<surname> and …", "Mi" / "colega <name>": a
    # sentence's introducing phrase and its name read over the line's wrap; after the
    # blocks, as prose_person. A name alone on the next line is left to
    # introduced_lines, which asks for a whole name.
    over_wraps(
        "wrapped_introduced_names", NAME, introduced_names, "names.toml", opening_next=False
    ),
    # The people an invitation's sentences name by their part in its occasion (whom to
    # answer and their number, the celebrated, the hosts); after the blocks, as
    # prose_person.
    after_blocks(
        "occasion_person",
        frozenset({Category.NAME, Category.PHONE}),
        occasion_people,
        "names.toml",
    ),
    # A value shaped like a name after a short label the lexicon lacks ("开单: <name>"),
    # a common given name after a word that brings a person ("photos for <name>");
    # after the blocks, as prose_person.
    after_blocks("listed_name", NAME, listed_names, "names.toml, field_labels.toml"),
    # A person a sentence names by the part they play for another ("<part> of <name>",
    # "幼儿<name>"); after the blocks, as prose_person.
    after_blocks("relation_name", NAME, relation_names, "names.toml"),
    # "<name>,12岁,", "<name>, 34 ans,": a person a story names with their age; after
    # the blocks, as relation_name.
    after_blocks("aged_name", NAME, aged_names, "names.toml"),
    # "与<name>当面沟通", "<name>捐助了20元": the one met or spoken with, a giving
    # feed's givers; after the blocks, as relation_name (a feed's rows are no block)
    after_blocks("cn_actor_name", NAME, cn_actor_names, "names.toml"),
    # "长子<name>、次女<name> 泣告", "beloved wife of <name>": the family a notice names
    # by each one's place in it, read over the line's wrap; after the blocks, as
    # relation_name.
    over_wraps("kin_names", NAME, kin_names, "names.toml"),
    # "<surname>门<surname>氏": a married woman a tablet or a register names by her
    # husband's surname and her own
    after_blocks("married_names", NAME, married_names, "names.toml"),
    # "生于<date>", "born on <date>": a date of birth inside a sentence, read over the
    # line's wrap
    over_wraps(
        "birth_dates", frozenset({Category.ID_NUMBER}), birth_dates, "names.toml, layout.toml"
    ),
    # "con domicilio en <address>", "vecino/a de <town>", "residing at <address>": where
    # a party lives, inside a deed's sentence, read over the line's wrap
    over_wraps(
        "residence_phrases",
        frozenset({Category.ADDRESS, Category.DOOR}),
        residence_addresses,
        "addresses.toml",
    ),
    # a notice's life span ("<date> - <date>", "*<date> † <date>"): the date of birth,
    # and the name printed as a title over it
    step(
        "life_spans",
        frozenset({Category.NAME, Category.ID_NUMBER}),
        Scope.BLOCK,
        mask_life_spans,
        reads="text, geometry",
        data="layout.toml, names.toml",
    ),
    # "Time: 14:48" beside or under a date of birth: the hour of that birth
    step(
        "birth_hours",
        frozenset({Category.ID_NUMBER}),
        Scope.BLOCK,
        mask_birth_hours,
        reads="labels, geometry",
        data="layout.toml, field_labels.toml",
    ),
    # "Familie <surname>", a life span's title: the family's surname, and the lines of
    # names that carry it
    step(
        "family_lines",
        NAME,
        Scope.PAGE,
        mask_family_lines,
        ("life_spans",),
        reads="text, geometry, found",
        data="names.toml",
    ),
    # Under a family tree's title (族谱, "family tree", "albero genealogico"): the bare
    # names, the spouse after its mark (配, "sp."), the date of birth of a life span or
    # after a birth mark
    step(
        "pedigree_pages",
        frozenset({Category.NAME, Category.ID_NUMBER}),
        Scope.PAGE,
        mask_pedigree_pages,
        ("life_spans",),
        reads="text, found",
        data="names.toml, layout.toml",
    ),
    # "<name>夫妇", "<name>全家": a household named by the person who heads it; after
    # the blocks, as relation_name: a name in a row of a ledger starts no block.
    after_blocks("household_name", NAME, household_names, "blocks.toml, names.toml"),
    # A text message's lines are running text: what the block step masked there is
    # taken back (the other steps' findings stay), and a service sender's number too.
    Recognizer(
        "message_lines",
        frozenset(),
        Scope.BLOCK,
        sheet=lambda sheet, first_read: spare_message_lines(sheet),
        after=frozenset({"person_blocks", "lexicon_values", "table_columns"}),
        suppresses=PERSONAL | {Category.CARD_NUMBER, Category.EMAIL, Category.TRACKING},
        first_read_only=True,
        reads="text, geometry, found",
        data="messages.toml",
    ),
    # "This is to certify that" ending its line: the person's name alone under it
    step(
        "introduced_lines",
        NAME,
        Scope.BLOCK,
        names_under_introducers,
        ("person_blocks",),
        reads="text, geometry",
        data="names.toml",
    ),
    # "Kind regards," alone on a line: the writer's name signed under it
    step(
        "sign_offs",
        NAME,
        Scope.BLOCK,
        names_under_closings,
        ("person_blocks",),
        reads="text, geometry",
        data="messages.toml",
    ),
    # a consent form's statements, each initialled by its signer at the left margin
    step(
        "initialled_statements",
        NAME,
        Scope.BLOCK,
        initialled_statements,
        reads="text, geometry",
        data="keywords.toml",
    ),
    # A message or a letter names its people by how it addresses them ("<name>您好",
    # "快递员<name>", "<name> 收") and places parcels at addresses inside sentences.
    # After the blocks, as prose_person: a value inside a sentence starts no block.
    after_blocks("message_words", PERSONAL, message_words, "messages.toml, names.toml"),
    # A statement's or a payment app's transfer line names its other party after the
    # words of the transfer ("Überweisung an <name>", "FPO <NAME> REF", "转账-来自<name>").
    after_blocks("transfer_parties", NAME, transfer_parties, "transfers.toml, names.toml"),
    # A phone number a line break of running text cut in two ("…call 020" / "7946 …").
    step(
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
    step(
        "address_in_sentence",
        ADDRESS,
        Scope.ROW,
        addresses_in_sentences,
        ("message_lines",),
        reads="text, labels",
        data="addresses.toml, field_labels.toml",
    ),
    # a shared contact card's display name, above its account line ("微信号: <id>")
    step(
        "contact_cards",
        NAME,
        Scope.BLOCK,
        contact_card_names,
        reads="text, geometry",
        data="messages.toml",
    ),
    # a card's holder: a bare name stacked on their job title ("<name>" over "Manager")
    step(
        "titled_holders",
        NAME,
        Scope.BLOCK,
        titled_holder_names,
        reads="text, geometry",
        data="messages.toml, names.toml",
    ),
    # "<role word><name>" with no colon. Not a line pattern: what a receipt's header
    # spares of line patterns (the shop's own data) does not hold its cashier's name.
    Recognizer(
        "role_name",
        NAME,
        Scope.ROW,
        sheet=lambda sheet, first_read: each_line(sheet, role_names),
        reads="text",
        data="names.toml, field_labels.toml",
    ),
    # names and addresses inside a memo, remark or purpose, word by word
    step(
        "free_text_words",
        NAME | ADDRESS,
        Scope.BLOCK,
        mask_free_text,
        reads="labels of the field lexicon, geometry",
        data="field_labels.toml, names.toml",
    ),
)
