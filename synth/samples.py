"""Render the handful of sample images shipped in ``assets/samples``.

``python -m synth.samples assets/samples``

Each sample is a JPEG (kept under ~400 KB) with its ground truth in ``gt/``.
The last one imitates an iPhone photo: pixels stored sideways with EXIF
orientation 6, fake GPS coordinates and an embedded thumbnail of the unmasked
picture - exactly the metadata a redactor has to drop or fix.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from . import photo
from .layouts import LAYOUTS

MAX_BYTES = 400_000


@dataclass(frozen=True)
class SampleSpec:
    name: str
    layout: str
    condition: str
    seed: int
    long_side: int = 1600
    exif_orientation: int = 1
    portrait: bool | None = None


SAMPLES = (
    SampleSpec("cn_waybill_photo", "cn_waybill_a", "photo", 4),
    SampleSpec("en_shipping_label", "en_shipping_label", "scan", 2),
    SampleSpec("cn_receipt", "cn_receipt_member", "photo", 7),
    SampleSpec("card_slip", "en_card_slip", "scan", 3),
    # Portrait photo stored as landscape pixels + orientation 6, as iPhones do.
    SampleSpec(
        "iphone_exif6_customs",
        "cn_customs_label",
        "photo",
        5,
        2000,
        exif_orientation=6,
        portrait=True,
    ),
)


def render(spec: SampleSpec) -> tuple[bytes, dict]:
    rng = random.Random(f"redactor-sample:{spec.name}:{spec.seed}")
    canvas = LAYOUTS[spec.layout](rng)
    shot = photo.apply(
        spec.condition, canvas, rng, long_side=spec.long_side, portrait=spec.portrait
    )
    shot = replace(shot, exif_orientation=spec.exif_orientation)
    enc_rng = random.Random(f"redactor-sample-exif:{spec.seed}")
    data = b""
    for q in (88, 82, 76, 70, 62, 55):
        data, _ = photo.encode(replace(shot, jpeg_quality=q), enc_rng)
        if len(data) <= MAX_BYTES:
            break
    gt = {
        "image": f"{spec.name}.jpg",
        "width": shot.width,
        "height": shot.height,
        "layout": spec.layout,
        "condition": spec.condition if spec.exif_orientation == 1 else "exif",
        "rotation": shot.rotation,
        "exif_orientation": spec.exif_orientation,
        "items": [it.to_json() for it in shot.items],
    }
    return data, gt


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "assets/samples")
    (out / "gt").mkdir(parents=True, exist_ok=True)
    for spec in SAMPLES:
        data, gt = render(spec)
        (out / f"{spec.name}.jpg").write_bytes(data)
        (out / "gt" / f"{spec.name}.json").write_text(
            json.dumps(gt, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        print(f"{spec.name}.jpg  {len(data) // 1024} KB  {gt['width']}x{gt['height']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
