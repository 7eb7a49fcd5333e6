"""Entry point of the desktop window: ``redactor-gui [FILES...]`` (also ``redactor gui``)."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import redactor
from redactor.gui.i18n import install_language, resolve_language
from redactor.gui.icons import app_icon
from redactor.gui.prefs import APPLICATION, ORGANIZATION, Prefs

translate = QCoreApplication.translate

_previous_hook = sys.excepthook


def show_exception(exc_type, exc, tb, parent: QWidget | None = None) -> None:
    """Report an unexpected error in a dialog instead of letting the app die."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("App", "Something went wrong"),
        translate(
            "App",
            "Redactor hit an unexpected problem. Your original images are safe. "
            "You can keep working; if it happens again, please report it with the details below.",
        ),
        QMessageBox.StandardButton.Ok,
        parent or app.activeWindow(),
    )
    box.setDetailedText(details)
    box.exec()


def excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        _previous_hook(exc_type, exc, tb)
        return
    try:
        show_exception(exc_type, exc, tb)
    except Exception:  # never let the hook itself raise
        _previous_hook(exc_type, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook


def create_app(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Redactor")
    app.setApplicationVersion(redactor.__version__)
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


SELF_TEST_SAMPLE = "en_shipping_label.jpg"


def self_test(image: Path | None) -> int:
    """``--self-test [IMAGE]``: build the window, analyse a sample with the real engine
    and check that something is found. 0 when it works; for installers and CI."""
    import tempfile

    from PySide6.QtCore import QSettings

    from redactor.core.errors import RedactorError
    from redactor.core.imageio import load_image
    from redactor.core.pipeline import analyze
    from redactor.core.settings import Settings
    from redactor.gui.icons import assets_dir
    from redactor.gui.main_window import MainWindow
    from redactor.gui.qtimage import rgb_to_qimage

    path = image or assets_dir() / "samples" / SELF_TEST_SAMPLE
    with tempfile.TemporaryDirectory() as tmp:  # the user's preferences stay untouched
        window = MainWindow(
            Prefs(QSettings(str(Path(tmp) / "prefs.ini"), QSettings.Format.IniFormat))
        )
        window.show()
        try:
            page = load_image(path).pages[0]
            plan = analyze(page.pixels, Settings())
        except RedactorError as exc:
            print(f"self-test: FAILED: {exc.message}", file=sys.stderr)
            return 1
        finally:
            window.close()
    if rgb_to_qimage(page.pixels).isNull() or not plan.findings:
        print(f"self-test: FAILED: nothing found in {path.name}", file=sys.stderr)
        return 1
    kinds = ", ".join(sorted({str(f.category) for f in plan.findings}))
    print(
        f"self-test: ok, Redactor {redactor.__version__}: {len(plan.findings)} findings in {path.name} ({kinds})"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window; ``argv`` are file or folder paths to open (program name excluded)."""
    args = list(sys.argv[1:] if argv is None else argv)
    test_image: Path | None = None
    testing = "--self-test" in args
    if testing:
        i = args.index("--self-test")
        if i + 1 < len(args) and not args[i + 1].startswith("-"):
            test_image = Path(args.pop(i + 1))
        args.pop(i)
    app = create_app(
        [sys.argv[0] if sys.argv else "redactor-gui", *[a for a in args if a.startswith("-")]]
    )
    files = [Path(a) for a in args if not a.startswith("-")]
    prefs = Prefs()
    install_language(app, resolve_language(prefs.language))
    if testing:
        return self_test(test_image)
    from redactor.gui.single_instance import InstanceInbox, send_to_running

    inbox = InstanceInbox()
    if not inbox.claim() and send_to_running(files):
        return 0  # a window is open: "Open with" added the files to it
    install_excepthook()

    from redactor.gui.main_window import (
        MainWindow,  # after the translator, so labels are translated
    )

    window = MainWindow(prefs)
    inbox.filesReceived.connect(window.open_from_elsewhere)
    window.show()
    if files:
        window.open_paths(files)
    try:
        return app.exec()
    finally:
        inbox.release()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
