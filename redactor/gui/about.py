"""About box: version, promise, licences of the parts we ship."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import redactor
from redactor.gui.icons import app_icon

translate = QCoreApplication.translate

THIRD_PARTY = (
    ("Qt / PySide6", "LGPL-3.0"),
    ("RapidOCR", "Apache-2.0"),
    ("ONNX Runtime", "MIT"),
    ("Tesseract OCR", "Apache-2.0"),
    ("OpenCV", "Apache-2.0"),
    ("NumPy", "BSD-3-Clause"),
    ("Pillow", "MIT-CMU"),
    ("pillow-heif / libheif / x265", "BSD-3-Clause / LGPL-3.0 / GPL-2.0"),
    ("pypdfium2 / PDFium", "Apache-2.0 or BSD-3-Clause / BSD-3-Clause"),
    ("zxing-cpp", "Apache-2.0"),
    ("phonenumbers", "Apache-2.0"),
    ("Shapely", "BSD-3-Clause"),
    ("pyclipper", "MIT"),
)


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{name}</td><td>&nbsp;&nbsp;{lic}</td></tr>" for name, lic in THIRD_PARTY
    )
    what = translate(
        "About",
        "Finds personal data on photos of parcel labels and receipts and masks it for good.",
    )
    offline = translate("About", "Nothing leaves this computer: Redactor never uses the network.")
    licence = translate("About", "Redactor is free software under the MIT licence.")
    built = translate("About", "It is built with:")
    return (
        f"<h2>Redactor {redactor.__version__}</h2>"
        f"<p>{what}</p><p><b>{offline}</b></p><p>{licence}</p>"
        f"<p>{built}</p><table>{rows}</table>"
        f"<p style='color:#6b7280'>Qt {qVersion()} · PySide6 {pyside_version}</p>"
    )


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About Redactor"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_html())
    box.exec()


def help_html() -> str:
    """How to use the window, in a few steps, with the keys."""
    t = translate
    steps = [
        t("About", "Drop photos, a folder or scanned PDFs on the window (or Ctrl+O, Ctrl+V)."),
        t(
            "About",
            "Every name, phone number, address and code found is boxed and listed on the right.",
        ),
        t("About", "Untick what may stay visible; draw a box (B) over anything else to hide."),
        t("About", "Hold Space to see the image exactly as it will be saved."),
        t(
            "About",
            "Save (Ctrl+S) writes a masked copy next to the original; the original is never changed.",
        ),
        t("About", "Images marked “Needs review” deserve a look: F8 goes to the next one."),
    ]
    keys = [
        ("Ctrl+O", t("About", "Open images")),
        ("Ctrl+V", t("About", "Paste an image")),
        ("B", t("About", "Draw a box")),
        (t("About", "Space (hold)"), t("About", "Masked preview")),
        ("Delete", t("About", "Delete the selected box")),
        ("Ctrl+Z / Ctrl+Shift+Z", t("About", "Undo / redo")),
        ("Ctrl+S / Ctrl+Alt+S", t("About", "Save / save all")),
        ("F8 / Shift+F8", t("About", "Next / previous page to review")),
        ("Ctrl+R", t("About", "Only images that need review")),
        ("F5", t("About", "Analyse again")),
    ]
    items = "".join(f"<li>{s}</li>" for s in steps)
    rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in keys)
    return (
        f"<h3>{t('About', 'How to use Redactor')}</h3><ol>{items}</ol>"
        f"<h3>{t('About', 'Keyboard shortcuts')}</h3><table>{rows}</table>"
    )


def show_help(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "How to use Redactor"))
    box.setIconPixmap(app_icon().pixmap(48, 48))
    box.setText(help_html())
    box.exec()
