"""GUI test fixtures: offscreen Qt, isolated settings, recorded dialogs, a fake engine."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from redactor.core import pipeline  # noqa: E402
from redactor.core.errors import CancelledError  # noqa: E402
from redactor.core.models import (  # noqa: E402
    Category,
    Finding,
    OcrLine,
    Origin,
    PagePlan,
    PageStatus,
    Quad,
    Source,
)
from redactor.core.review import Reason  # noqa: E402
from redactor.gui import dialogs  # noqa: E402
from redactor.gui.prefs import Prefs  # noqa: E402

CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

LINES = [
    ("收件人：张伟", Category.NAME),
    ("电话：138 1234 5678", Category.PHONE),
    ("地址：北京市朝阳区建国路88号", Category.ADDRESS),
]


@dataclass
class Label:
    """A generated label image and the boxes of its personal-data lines."""

    path: Path
    pixels: np.ndarray
    boxes: dict[Category, tuple[int, int, int, int]] = field(default_factory=dict)


def make_label(path: Path, size=(720, 420)) -> Label:
    im = Image.new("RGB", size, (250, 250, 245))
    draw = ImageDraw.Draw(im)
    try:
        font = ImageFont.truetype(CJK_FONT, 34)
        small = ImageFont.truetype(CJK_FONT, 22)
    except OSError:  # pragma: no cover - font missing
        font = small = ImageFont.load_default()
    draw.rectangle((10, 10, size[0] - 10, size[1] - 10), outline=(40, 40, 40), width=3)
    draw.text((30, 24), "顺丰速运  EXPRESS", font=small, fill=(200, 30, 30))
    boxes = {}
    y = 80
    for text, cat in LINES:
        draw.text((30, y), text, font=font, fill=(15, 15, 15))
        x0, y0, x1, y1 = draw.textbbox((30, y), text, font=font)
        boxes[cat] = (x0, y0, x1, y1)
        y += 80
    draw.text((30, y + 10), "寄件日期 2024-05-01", font=small, fill=(60, 60, 60))
    im.save(path)
    return Label(path, np.asarray(im).copy(), boxes)


@pytest.fixture
def label(tmp_path) -> Label:
    return make_label(tmp_path / "label.png")


@pytest.fixture
def prefs(tmp_path) -> Prefs:
    return Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


#: The real dialogs, taken before any test replaces them (to check how they are built).
REAL_DIALOGS = {name: getattr(dialogs, name) for name in ("choose", "ask_quit")}


class DialogLog:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirms: list[tuple[str, str]] = []
        self.summaries: list[tuple[str, str, str]] = []
        self.summary_answer = False  # True: "Show in folder" was clicked
        self.confirm_answer = True
        self.confirm_defaults: list[bool] = []  # per confirm: whether Enter says yes
        self.choose_answer = 0
        self.chooses: list[tuple[str, list[str], int]] = []  # title, options, default
        self.choose_texts: list[str] = []
        self.picks: list[list[str]] = []  # the items offered by each checklist
        self.pick_answer: list[int] = []  # the indices ticked
        self.quits: list[int] = []  # unsaved images counted by each quit question
        self.quit_answer = dialogs.QuitAnswer.QUIT_WITHOUT_SAVING


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch) -> DialogLog:
    """No modal dialog may block a test: record them instead."""
    log = DialogLog()
    monkeypatch.setattr(
        dialogs,
        "error",
        lambda parent, title, text, details="": log.errors.append((title, text, details)),
    )
    monkeypatch.setattr(
        dialogs, "info", lambda parent, title, text: log.infos.append((title, text))
    )

    def confirm(parent, title, text, yes="", no="", default_yes=True):
        log.confirms.append((title, text))
        log.confirm_defaults.append(default_yes)
        return log.confirm_answer

    monkeypatch.setattr(dialogs, "confirm", confirm)

    def summary(parent, title, text, details="", show=""):
        log.summaries.append((title, text, details))
        return log.summary_answer

    monkeypatch.setattr(dialogs, "summary", summary)

    def choose(parent, title, text, options, default=-1, cancel=""):
        log.chooses.append((title, list(options), default))
        log.choose_texts.append(text)
        return log.choose_answer

    monkeypatch.setattr(dialogs, "choose", choose)

    def pick(parent, title, text, items, ok):
        log.picks.append(list(items))
        return list(log.pick_answer)

    monkeypatch.setattr(dialogs, "pick", pick)

    def ask_quit(parent, unsaved):
        log.quits.append(unsaved)
        return log.quit_answer

    monkeypatch.setattr(dialogs, "ask_quit", ask_quit)
    return log


class FakeEngine:
    """Stands in for OCR: returns the label's boxes as findings, instantly or on demand."""

    def __init__(self) -> None:
        self.boxes: dict[Category, tuple[int, int, int, int]] = {}
        self.partial: dict[Category, tuple[Quad, ...]] = {}  # what a lighter preset masks
        self.confidence = 0.95  # of the text lines read
        self.reasons: tuple[Reason, ...] = ()  # the analysis's reasons for doubt
        self.residual: tuple[Finding, ...] = ()
        self.flagged_calls: set[int] = set()  # analyze calls (1-based) whose verify finds leftovers
        self.block = False  # when set, analyze waits until cancelled or released
        self.release = threading.Event()
        self.started = threading.Event()
        self.calls = 0
        self.verify_block = False  # when set, verify waits until verify_release is set
        self.verify_release = threading.Event()
        self.verify_started = threading.Event()
        self.verify_calls = 0
        self.sizes: list[tuple[int, int]] = []  # (width, height) of each image analysed, in order

    def analyze(self, image, settings, progress=None, cancel=None, first=None) -> PagePlan:
        self.calls += 1
        self.sizes.append((image.shape[1], image.shape[0]))
        self.started.set()
        if progress:
            progress(0.1)
        if self.block:
            while not self.release.wait(0.005):
                if cancel is not None and cancel():
                    raise CancelledError()
        findings = tuple(
            Finding(
                cat,
                Quad.from_bbox(*box),
                0.95,
                Source(Origin.OCR, "test"),
                cat in settings.categories,
                box[3] - box[1],
                self.partial.get(cat),
            )
            for cat, box in self.boxes.items()
        )
        h, w = image.shape[:2]
        return PagePlan(
            w, h, findings, PageStatus.NEEDS_REVIEW, reasons=self.reasons, lines=self.lines()
        )

    def lines(self) -> tuple[OcrLine, ...]:
        """The label's text lines, one quad per character (what the snippets are cut from)."""
        texts = {cat: text for text, cat in LINES}
        out = []
        for cat, (x0, y0, x1, y1) in self.boxes.items():
            text = texts.get(cat)
            if not text:
                continue
            step = (x1 - x0) / len(text)
            chars = tuple(
                Quad.from_bbox(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(len(text))
            )
            out.append(OcrLine(text, self.confidence, Quad.from_bbox(x0, y0, x1, y1), chars))
        return tuple(out)

    def verify(
        self, masked, settings, rotation=None, near=None, text_height=0.0, known=None, painted=None
    ) -> tuple[Finding, ...]:
        self.verify_calls += 1
        self.verify_started.set()
        if self.verify_block:
            assert self.verify_release.wait(20), "verification was never released"
        if self.calls in self.flagged_calls:  # one analysis thread: calls come in order
            return (
                Finding(
                    Category.PHONE, Quad.from_bbox(5, 5, 25, 25), 0.6, Source(Origin.VERIFY, "test")
                ),
            )
        return self.residual


@pytest.fixture
def engine(monkeypatch, label) -> FakeEngine:
    fake = FakeEngine()
    fake.boxes = dict(label.boxes)
    monkeypatch.setattr(pipeline, "analyze", fake.analyze)
    monkeypatch.setattr(pipeline, "verify", fake.verify)
    yield fake
    fake.release.set()
    fake.verify_release.set()


@pytest.fixture
def window(qtbot, prefs):
    from redactor.gui.main_window import MainWindow

    w = MainWindow(prefs)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()
    for doc in w.docs.values():
        doc.undo_stack.setClean()
