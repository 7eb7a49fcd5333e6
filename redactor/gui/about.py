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
