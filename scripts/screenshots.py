#!/usr/bin/env python3
"""Render the main window offscreen into docs/screenshots/*.png.

    python scripts/screenshots.py [IMAGE] [--fake] [--out docs/screenshots]

In English and Simplified Chinese it saves the empty state, a label with its
findings outlined, the masked preview, the privacy-waybill preset applied
(no new analysis), the notice a save leaves and (unless --no-review) the file
list filtered to the images that need review, with the first flagged page shown
and the reasons in the findings panel.
One window is used throughout and its language is switched live, so each
image is analysed once. IMAGE defaults to the waybill in assets/samples/, else a
waybill drawn here with Pillow. The review batch is the other samples and two
copies of the drawn waybill that leave the engine a doubt (shrunk by a chat app,
out of focus).
The real engine analyses them unless --fake is given (boxes from the drawing).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def _font(path: str, size: int):
    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return ImageFont.load_default()


def draw_waybill(path: Path) -> dict[str, tuple[int, int, int, int]]:
    """A plausible Chinese express waybill with made-up data; returns category -> box."""
    w, h = 1000, 1300
    im = Image.new("RGB", (w, h), (238, 236, 230))
    d = ImageDraw.Draw(im)
    d.rectangle((40, 40, w - 40, h - 40), fill=(253, 253, 250), outline=(30, 30, 30), width=4)
    big, mid, small = _font(CJK_BOLD, 46), _font(CJK_FONT, 36), _font(CJK_FONT, 26)
    boxes: dict[str, tuple[int, int, int, int]] = {}

    def text(xy, s, font, cat=None, fill=(20, 20, 20)):
        d.text(xy, s, font=font, fill=fill)
        if cat:
            boxes[f"{cat}:{len(boxes)}"] = d.textbbox(xy, s, font=font)

    text((70, 65), "顺达快递  标准快递", big, fill=(190, 20, 30))
    d.line((40, 150, w - 40, 150), fill=(30, 30, 30), width=3)
    # barcode-like stripes
    rng = np.random.default_rng(4)
    x = 120
    while x < 880:
        bw = int(rng.integers(2, 7))
        d.rectangle((x, 175, x + bw, 300), fill=(0, 0, 0))
        x += bw + int(rng.integers(2, 6))
    boxes["code:bar"] = (115, 170, 885, 305)
    text((300, 310), "SF 1402 8837 6621", mid, "tracking")
    d.line((40, 375, w - 40, 375), fill=(30, 30, 30), width=3)
    text((70, 395), "收", big)
    text((160, 400), "王晓明", mid, "name")
    text((420, 400), "139 1028 4471", mid, "phone")
    text((160, 460), "上海市浦东新区张江路 1288 弄", mid, "address")
    text((160, 515), "7 号楼 1502 室", mid, "door")
    d.line((40, 590, w - 40, 590), fill=(30, 30, 30), width=2)
    text((70, 610), "寄", big)
    text((160, 615), "李娜", mid, "name")
    text((420, 615), "186 0751 3326", mid, "phone")
    text((160, 675), "广东省深圳市南山区科技园南路 88 号", mid, "address")
    d.line((40, 750, w - 40, 750), fill=(30, 30, 30), width=2)
    text((70, 775), "物品：图书 1 件    重量：0.8 kg", small)
    text((70, 825), "寄件时间：2024-05-01 14:32", small)
    text((70, 875), "签收人：____________", small)
    # a QR-ish block
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                d.rectangle(
                    (700 + j * 10, 800 + i * 10, 709 + j * 10, 809 + i * 10), fill=(0, 0, 0)
                )
    boxes["code:qr"] = (695, 795, 915, 1015)
    text((70, 1150), "已验视  ·  请勿折叠", small, fill=(90, 90, 90))
    im.save(path)
    return boxes


#: Blur of the out-of-focus candidate, in pixels of the 1000 px wide waybill: about an
#: eighth of its text height, where the engine starts to doubt the lines it reads.
OUT_OF_FOCUS_SIGMA = 4.5


def draw_review_candidates(folder: Path) -> list[Path]:
    """The drawn waybill as people often send it, in ways that leave the engine a doubt
    a person should check: shrunk by a chat app to a quarter of its size (small text
    read with little confidence next to its labels) and photographed out of focus
    (blurred lines). The review screenshot shows whichever the real engine flags."""
    folder.mkdir(parents=True, exist_ok=True)
    sharp = folder / "sharp.png"
    draw_waybill(sharp)
    im = Image.open(sharp).convert("RGB")
    sharp.unlink()
    shrunk = folder / "waybill_from_chat.png"
    pixels = np.asarray(im)
    small = cv2.resize(pixels, (im.width // 4, im.height // 4), interpolation=cv2.INTER_AREA)
    Image.fromarray(small).save(shrunk)
    out_of_focus = folder / "waybill_out_of_focus.png"
    blurred = cv2.GaussianBlur(pixels, (0, 0), OUT_OF_FOCUS_SIGMA)
    Image.fromarray(blurred).save(out_of_focus)
    return [shrunk, out_of_focus]


def fake_engine(boxes: dict[str, tuple[int, int, int, int]]) -> None:
    from redactor.core import pipeline
    from redactor.core.models import Category, Finding, Origin, PagePlan, PageStatus, Quad, Source

    def analyze(image, settings, progress=None, cancel=None):
        found = tuple(
            Finding(
                Category(k.split(":")[0]),
                Quad.from_bbox(*b),
                0.93,
                Source(Origin.OCR, "demo"),
                True,
                b[3] - b[1],
            )
            for k, b in boxes.items()
        )
        return PagePlan(image.shape[1], image.shape[0], found, PageStatus.NEEDS_REVIEW)

    pipeline.analyze = analyze
    pipeline.verify = lambda masked, settings: ()


def wait_until(app, predicate, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish in time")
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("image", nargs="?", type=Path)
    ap.add_argument("--fake", action="store_true", help="do not run OCR: use the drawn boxes")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--size", default="1360x860")
    ap.add_argument("--no-review", action="store_true", help="skip the review-batch screenshots")
    args = ap.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from redactor.gui.app import create_app
    from redactor.gui.i18n import install_language
    from redactor.gui.main_window import MainWindow
    from redactor.gui.prefs import Prefs

    tmp = Path(tempfile.mkdtemp(prefix="redactor-shots-"))
    image = args.image
    boxes: dict = {}
    if image is None:
        samples = sorted(
            p
            for p in (ROOT / "assets" / "samples").glob("*")
            if p.suffix.lower() in (".jpg", ".png")
        )
        samples.sort(key=lambda p: "waybill" not in p.name)  # a parcel label shows the tool best
        if samples:
            image = samples[0]
        else:
            image = tmp / "waybill.png"
            boxes = draw_waybill(image)
    if args.fake:
        if not boxes:
            sys.exit("--fake needs the drawn waybill (no IMAGE argument)")
        fake_engine(boxes)

    app = create_app(["screenshots"])
    app.setStyle("Fusion")
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    langs = ("en", "zh_CN")

    def shoot(name: str) -> None:
        for lang in langs:  # the same window, switched live
            win.set_language(lang)
            app.processEvents()  # LanguageChange is posted
            app.processEvents()
            win.grab().save(str(args.out / f"{name}_{lang}.png"))
        win.set_language("en")
        app.processEvents()

    install_language(app, "en")
    prefs = Prefs(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))
    win = MainWindow(prefs)
    win.resize(width, height)
    win.show()
    app.processEvents()
    shoot("empty")

    [doc] = win.open_paths([image])
    wait_until(app, lambda: doc.is_ready or bool(doc.error))
    wait_until(app, lambda: not win.runner.busy and doc.has_pixels)
    if doc.error:
        print(f"analysis failed: {doc.error}", file=sys.stderr)
        return 1
    app.processEvents()
    regions = doc.page_regions()
    if regions:  # select one finding to show the selection sync and handles
        win.canvas.select_ids([regions[0].id], ensure_visible=False)
        win.findings.select_ids([regions[0].id])
    app.processEvents()
    shoot("findings")
    win.canvas.select_ids([], ensure_visible=False)
    win.act_preview.setChecked(True)
    app.processEvents()
    shoot("preview")
    win.act_preview.setChecked(False)
    win.preset_check.setChecked(True)  # a masking policy: no new OCR
    app.processEvents()
    shoot("privacy")
    win.preset_check.setChecked(False)
    prefs.output_folder = tmp / "saved"  # the saved copy goes to a scratch folder
    from redactor.gui import dialogs

    dialogs.confirm = lambda *a, **k: True  # "save anyway?" of a page that needs review
    win.act_save.trigger()
    wait_until(app, lambda: doc.saved_to is not None)
    app.processEvents()
    shoot("saved")
    win.notice.hide()
    print(f"{image.name}: {len(regions)} findings, status {doc.status}")

    if not args.no_review and not args.fake:
        review = [tmp / "review"]  # the doubtful waybills, and the other samples
        draw_review_candidates(review[0])
        if image.parent == ROOT / "assets" / "samples":
            review.append(image.parent)
        batch = win.open_paths(review)
        wait_until(app, lambda: all(d.is_ready or d.error for d in batch), timeout=900)
        wait_until(app, lambda: not win.runner.busy)
        for d in win.docs.values():
            print(f"{d.name}: {d.status}, {d.masked_count(0)} areas")
        if win.flagged_pages():
            win.act_review_filter.setChecked(True)
            win.step_flagged(1)
            wait_until(app, lambda: win.current is not None and win.current.has_pixels)
            app.processEvents()
            shoot("review")
        else:
            print("no sample needs review: no review screenshot")
    for d in win.docs.values():
        d.undo_stack.setClean()
    win.close()
    QApplication.processEvents()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
