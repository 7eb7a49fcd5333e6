"""The window fits the screen it opens on; the mask bar and the legend stay clear."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from redactor.gui.geometry import default_size
from redactor.gui.main_window import MainWindow

from .test_main_window import open_and_wait

ROOT = Path(__file__).resolve().parents[2]

#: Builds a window on a screen of the given pixels and scale; prints where it went.
PROBE = """
import json, sys
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from redactor.gui.main_window import MainWindow
from redactor.gui.prefs import Prefs
w = MainWindow(Prefs(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
w.show()
app.processEvents()
screen = w.screen().availableGeometry()
inside = lambda r: screen.contains(r)
status = w.statusBar()
print(json.dumps({
    "window": inside(w.frameGeometry()),
    "status_bar": inside(QRect(status.mapToGlobal(status.rect().topLeft()), status.size())),
    "preset_check": w.preset_check.isVisible(),
}))
"""


@pytest.mark.parametrize("pixels, scale", [((1366, 768), "1"), ((1600, 1000), "1.5")])
def test_a_first_window_fits_the_screen(tmp_path, pixels, scale):
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": pixels[0], "height": pixels[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
    }
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "prefs.ini")],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {
        "window": True,
        "status_bar": True,
        "preset_check": True,
    }


def test_default_size_leaves_room_for_a_frame_and_takes_a_big_screen_moderately():
    laptop = default_size(QRect(0, 0, 1366, 728))  # 1366×768 less a 40-px panel
    assert laptop.width() <= 1366 - 40 and laptop.height() <= 728 - 40
    scaled = default_size(QRect(0, 0, 1067, 667))  # 1600×1000 at 150 %
    assert scaled.width() <= 1067 - 40 and scaled.height() <= 667 - 40
    big = default_size(QRect(0, 0, 3840, 2100))
    assert big.width() < 2000 and big.height() < 1200


def test_a_window_with_an_image_fits_a_scaled_screen(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    room = default_size(QRect(0, 0, 1067, 667))
    hint = window.minimumSizeHint()
    assert hint.width() <= room.width() and hint.height() <= room.height()


def test_mask_colour_and_privacy_waybill_stay_on_a_narrow_window(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    for widget in (window.mask_combo, window.color_button, window.preset_check):
        assert widget.isVisible()
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert window.rect().contains(corner)
    window.resize(1366, 700)  # wide again: one row of bars
    qtbot.waitUntil(lambda: window.width() == 1366)
    assert not window.toolBarBreak(window.mask_toolbar)


def test_legend_does_not_cover_the_image(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    canvas = window.canvas
    qtbot.waitUntil(lambda: bool(canvas.legend_text()))
    legend = canvas._legend.geometry()
    viewport = canvas.viewport().geometry()
    assert not legend.intersects(viewport)  # the image is drawn in the viewport only
    assert canvas.rect().contains(legend)
    image = canvas.mapFromScene(canvas.sceneRect()).boundingRect()
    assert image.bottom() <= canvas.viewport().rect().bottom() + 1


def test_a_new_window_fits_the_test_screen(qtbot, prefs):
    w = MainWindow(prefs)
    qtbot.addWidget(w)
    w.show()
    assert w.screen().availableGeometry().contains(w.frameGeometry())


def test_a_saved_notice_with_a_long_name_does_not_squeeze_the_panels(
    qtbot, window, label, engine, tmp_path
):
    """At 150 % on a 1600×1000 screen the window is 960 logical pixels wide: the
    notice's file name, one long word, pushed the image area wider and the side
    panels narrower."""
    open_and_wait(qtbot, window, label.path)
    window.resize(960, 600)
    qtbot.waitUntil(lambda: window.width() == 960)
    docks = [window.files_dock, window.findings_dock]
    window.resizeDocks(docks, [250, 260], Qt.Orientation.Horizontal)  # as seen at 150 %
    QApplication.processEvents()
    before = window.findings_dock.width(), window.files_dock.width()
    out = tmp_path / ("synth_00000_cn_waybill_a_large_photo_from_the_phone" + ".redacted.jpg")
    window.notice.show_notice(f"Saved “{out.name}” in {out.parent}", out)
    qtbot.waitUntil(lambda: window.notice.isVisible())
    QApplication.processEvents()  # the layout settles
    assert (window.findings_dock.width(), window.files_dock.width()) == before
    assert window.notice.label.toolTip() == window.notice.text()  # the whole text, on hover
