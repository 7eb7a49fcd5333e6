"""Labels, their values, and the lines that belong to them (layout/)."""

from __future__ import annotations

from redactor.core.detect.layout import address_wraps, street_over_postcode
from redactor.core.detect.layout import labelled_values as lv
from redactor.core.detect.layout import waybill_people as wp
from redactor.core.detect.plan import Recognizer, Scope
from redactor.core.detect.plan_steps.makers import (
    ADDRESS,
    NAME,
    PERSONAL,
    step,
)
from redactor.core.models import Category

LABEL_STEPS: tuple[Recognizer, ...] = (
    Recognizer(
        "labelled_values",
        PERSONAL | {Category.CARD_NUMBER, Category.TRACKING},
        Scope.BLOCK,
        sheet=lv.labelled_values,
        reads="labels, geometry, found",
        data="keywords.toml, names.toml, addresses.toml",
    ),
    step(
        "address_shapes",
        ADDRESS,
        Scope.LINE,
        lv.address_shapes,
        ("labelled_values",),
        data="addresses.toml",
    ),
    step(
        "streets_over_postcodes",
        ADDRESS,
        Scope.BLOCK,
        street_over_postcode.streets_over_postcodes,
        ("address_shapes",),
        data="addresses.toml",
    ),
    step("joined_rows", ADDRESS, Scope.ROW, address_wraps.joined_rows, ("streets_over_postcodes",)),
    step("split_rows", ADDRESS, Scope.ROW, address_wraps.split_rows, ("joined_rows",)),
    step("continuations", ADDRESS, Scope.BLOCK, address_wraps.continuations, ("split_rows",)),
    step("sandwiched", ADDRESS, Scope.BLOCK, address_wraps.sandwiched, ("continuations",)),
    step("split_rows_again", ADDRESS, Scope.ROW, address_wraps.split_rows, ("sandwiched",)),
    step(
        "between_name_and_address",
        ADDRESS,
        Scope.BLOCK,
        address_wraps.between_name_and_address,
        ("split_rows_again",),
        first_read_only=True,
    ),
    step(
        "door_wraps", ADDRESS, Scope.BLOCK, address_wraps.door_wraps, ("between_name_and_address",)
    ),
    step(
        "names_above_addresses",
        NAME,
        Scope.BLOCK,
        lv.names_above_addresses,
        ("door_wraps",),
        first_read_only=True,
        data="names.toml",
    ),
    step("waybill_names", NAME, Scope.LINE, wp.waybill_names, reads="text", data="names.toml"),
    step(
        "waybill_marks",  # a big bare 收/寄 in its own box: the line beside it is the name
        NAME,
        Scope.ROW,
        wp.waybill_marks,
        ("names_above_addresses", "waybill_names"),
        first_read_only=True,
    ),
    step(
        "under_waybill_names",
        ADDRESS,
        Scope.BLOCK,
        wp.under_waybill_names,
        ("waybill_marks",),
        first_read_only=True,
    ),
    step(
        "split_rows_under_waybill",
        ADDRESS,
        Scope.ROW,
        address_wraps.split_rows,
        ("under_waybill_names",),
        first_read_only=True,
    ),
)
