"""Category colours and translated display names shared by the canvas, the panel and the legend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from redactor.core.models import Category

translate = QCoreApplication.translate

#: Distinct, colour-blind friendlier hues (Wong / Tol palettes), one per category.
CATEGORY_COLORS: dict[Category, str] = {
    Category.NAME: "#d55e00",
    Category.PHONE: "#0072b2",
    Category.ADDRESS: "#009e73",
    Category.DOOR: "#56b4e9",
    Category.ID_NUMBER: "#cc79a7",
    Category.CARD_NUMBER: "#882255",
    Category.EMAIL: "#44aa99",
    Category.TRACKING: "#e69f00",
    Category.CODE: "#6c5b7b",
    Category.FACE: "#332288",
    Category.CUSTOM: "#999933",
    Category.MANUAL: "#ee3377",
}

#: Display order in the panel and the legend.
CATEGORY_ORDER: tuple[Category, ...] = tuple(Category)  # the vocabulary's own order


def category_color(cat: Category) -> QColor:
    return QColor(CATEGORY_COLORS.get(cat, "#ff00ff"))


def category_label(cat: Category) -> str:
    labels = {
        Category.NAME: translate("Category", "Name"),
        Category.PHONE: translate("Category", "Phone"),
        Category.ADDRESS: translate("Category", "Address"),
        Category.DOOR: translate("Category", "Door / room number"),
        Category.ID_NUMBER: translate("Category", "ID number"),
        Category.CARD_NUMBER: translate("Category", "Card number"),
        Category.EMAIL: translate("Category", "E-mail"),
        Category.TRACKING: translate("Category", "Waybill / order number"),
        Category.CODE: translate("Category", "Barcode / QR code"),
        Category.FACE: translate("Category", "Face photo"),
        Category.CUSTOM: translate("Category", "Custom words"),
        Category.MANUAL: translate("Category", "Drawn by hand"),
    }
    return labels.get(cat, str(cat))


def legend_html(counts: dict[Category, int]) -> str:
    """The legend over the image: a swatch, name and count per category found."""
    parts = []
    for cat in CATEGORY_ORDER:
        if cat in counts:
            color = category_color(cat).name()
            parts.append(
                # one entry never breaks across lines ("Barcode / | QR code 4", "条形码/二 | 维码")
                "<span style='white-space:nowrap'>"
                f"<span style='color:{color}; font-size:15px'>&#9632;</span>&nbsp;"
                f"{category_label(cat)}"
                f"&nbsp;<span style='color:#bbbbbb'>{counts[cat]}</span></span>"
            )
    return "&nbsp;&nbsp; ".join(parts)
