"""Values announced by the field lexicon's labels beside, under or glued to them, a
table's personal columns and rows, and a value masked once printed again elsewhere.
"""

from __future__ import annotations

from redactor.core.detect.layout.birth_columns import mask_birth_columns
from redactor.core.detect.layout.business_parties import SPARED, spare_business_parties
from redactor.core.detect.layout.called_names import mask_called_names
from redactor.core.detect.layout.detail_rows import mask_detail_rows
from redactor.core.detect.layout.glued_labels import mask_glued_values
from redactor.core.detect.layout.home_directories import mask_home_directories
from redactor.core.detect.layout.label_peers import mask_peer_values
from redactor.core.detect.layout.label_values import mask_announced_values
from redactor.core.detect.layout.name_columns import mask_name_columns
from redactor.core.detect.layout.occasion_hosts import mask_occasion_hosts
from redactor.core.detect.layout.party_columns import mask_party_columns
from redactor.core.detect.layout.party_sections import mask_party_names
from redactor.core.detect.layout.people_lists import mask_people_lists
from redactor.core.detect.layout.persons_numbers import mask_persons_numbers
from redactor.core.detect.layout.repeats import mask_repeats
from redactor.core.detect.layout.role_boxes import mask_role_box_names
from redactor.core.detect.layout.roster_grids import mask_roster_grids
from redactor.core.detect.layout.strip_holders import mask_strip_holders
from redactor.core.detect.layout.table_columns import mask_table_columns
from redactor.core.detect.layout.unread_cells import mask_unread_cells
from redactor.core.detect.layout.wrapped_labels import mask_wrapped_label_values
from redactor.core.detect.plan import Recognizer, Scope
from redactor.core.detect.plan_steps.makers import (
    NAME,
    PERSONAL,
    lexicon_step,
    step,
)
from redactor.core.models import Category

LEXICON_STEPS: tuple[Recognizer, ...] = (
    # ink the OCR doubts, on a row of personal values
    step(
        "unread_cell",
        PERSONAL,
        Scope.ROW,
        mask_unread_cells,
        ("header_staff",),
        first_read_only=True,
    ),
    # a value announced by a personal label of the field lexicon, beside or under it
    lexicon_step("lexicon_values", mask_announced_values, ("unread_cell",)),
    # a value beside a label printed in two lines ("Pay to the" over "order of")
    lexicon_step("wrapped_label_values", mask_wrapped_label_values, ("lexicon_values",)),
    # a value the OCR glued to its Latin label ("AnschriftMühlweg 4")
    lexicon_step("glued_label_values", mask_glued_values, ("lexicon_values",)),
    # a value under or beside a label the lexicon lacks, among labels it knows
    lexicon_step("label_peer_values", mask_peer_values, ("glued_label_values", "people_lists")),
    # a label flush left, its value flush right across a detail page's row
    lexicon_step("detail_row_values", mask_detail_rows, ("label_peer_values",)),
    # a Chinese role word boxed alone, the person's name in the box beside it
    lexicon_step("role_box_names", mask_role_box_names, ("label_peer_values",)),
    # a person's number right after its label inside a line ("card ending 4821")
    lexicon_step("persons_numbers", mask_persons_numbers, ("role_box_names",)),
    # a table's cell under a personal column header, or beside a personal row header
    lexicon_step("table_columns", mask_table_columns, ("lexicon_values",)),
    # dates of birth down the column under a "Date of birth" header standing alone
    lexicon_step("birth_columns", mask_birth_columns, ("table_columns",)),
    # a table's column of people under a header the lexicon lacks, told by its cells
    step(
        "name_columns",
        NAME,
        Scope.BLOCK,
        mask_name_columns,
        ("table_columns",),
        reads="labels of the field lexicon, geometry, found",
        first_read_only=True,
        data="names.toml, field_labels.toml",
    ),
    # a grid's column of people, one a row beside their shifts, times or ticks,
    # whatever its header (a rota, a timesheet, a register)
    step(
        "roster_grids",
        NAME,
        Scope.BLOCK,
        mask_roster_grids,
        ("name_columns",),
        reads="text, geometry",
        first_read_only=True,
        data="layout.toml, names.toml",
    ),
    # a directory of homes: bare flat keys, each over or beside its resident's name
    # (a bell panel, a mailbox wall, a residents' list), told by the two shapes
    step(
        "home_directories",
        frozenset({Category.NAME, Category.DOOR}),
        Scope.PAGE,
        mask_home_directories,
        ("roster_grids",),
        reads="text, geometry, labels of the field lexicon",
        first_read_only=True,
        data="layout.toml, addresses.toml",
    ),
    # the people listed one a row under a heading that says so ("芳名", "Guests"),
    # in rows or in columns written top to bottom
    step(
        "people_lists",
        NAME,
        Scope.BLOCK,
        mask_people_lists,
        reads="text, geometry",
        first_read_only=True,
        data="blocks.toml",
    ),
    # the people a ledger, a banner or a card is written for, before its set phrase
    step(
        "occasion_hosts",
        NAME,
        Scope.ROW,
        mask_occasion_hosts,
        reads="text, geometry",
        data="blocks.toml",
    ),
    # "名称" inside a party's section (a heading printed down its left edge) names the party
    step(
        "party_sections",
        NAME,
        Scope.BLOCK,
        mask_party_names,
        ("lexicon_values",),
        reads="labels of the field lexicon, geometry, found",
        first_read_only=True,
        data="blocks.toml, field_labels.toml",
    ),
    # two parties side by side: a row label's value in each party's column
    lexicon_step("party_columns", mask_party_columns, ("lexicon_values",)),
    # a customer's name printed large over the code an order is called by
    step(
        "called_names",
        NAME,
        Scope.BLOCK,
        mask_called_names,
        ("lexicon_values",),
        reads="text, geometry, found",
        data="layout.toml, field_labels.toml, names.toml",
    ),
    # a value masked once, printed again elsewhere on the page
    step(
        "page_repeats",
        frozenset(PERSONAL | {Category.CARD_NUMBER, Category.EMAIL, Category.TRACKING}),
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
            "roster_grids",
            "home_directories",
            "called_names",
            "party_sections",
            "contact_cards",
            "titled_holders",
            "prose_person",  # a greeting's name: its line is cued, the repeat is the name
            "wrapped_introduced_names",  # a name cued across a line's wrap, printed again
            "relation_name",
            "aged_name",
            "cn_actor_name",
            "kin_names",
            "life_spans",
            "family_lines",
        ),
    ),
    # "<given name> <phone>" on each tear-off strip: the holder of a repeated phone
    step("strip_holders", NAME, Scope.PAGE, mask_strip_holders, ("page_repeats",)),
    # a business party's block (its role, then a business's name): its address and
    # phone are the business's own, taken back from whatever step masked them; last,
    # after every step that may have
    Recognizer(
        "business_parties",
        frozenset(),
        Scope.PAGE,
        sheet=lambda sheet, first_read: spare_business_parties(sheet),
        after=frozenset(s.value for s in (Scope.LINE, Scope.ROW, Scope.BLOCK, Scope.PAGE)),
        suppresses=SPARED,
        reads="labels of the field lexicon, geometry",
        data="blocks.toml, field_labels.toml",
    ),
)
