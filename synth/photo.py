"""Photo conditions: turn an upright rendered sheet into a scan or a phone photo.

Every geometric change is applied to the ground-truth polygons too, so they keep
enclosing the same ink.  Conditions:

* ``scan``        flat, nearly straight, on a scanner bed, light noise
* ``photo``       perspective (up to ~8 deg of rotation), background around the
                  label, uneven light and shadow, glare, blur, JPEG q 75-90,
                  sometimes a handwritten sorting mark across a printed field
* ``rotated``     a photo or scan turned 90/180/270 degrees (``rotation`` = how
                  far the content is turned clockwise; turn it back to read it)
* ``lowcontrast`` faded thermal print: grey ink on greyish paper
* ``exif``        a photo whose pixels are stored sideways with EXIF
                  orientation 6/8/3 and fake GPS; ground truth is in the
                  displayed (``ImageOps.exif_transpose``) frame
* ``large``       a photo at 12 MP (4032x3024); off by default (slow to score)
* ``a4page``      a small label/receipt scanned at 600 dpi on a whole A4 page
                  (4961x7016): downscaling the page makes the text unreadable;
                  off by default (35 MP)
"""

from __future__ import annotations

import io
import math
import random
import struct
from dataclasses import dataclass, replace

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from . import fonts
from .render import Canvas, Item

CONDITIONS = ("scan", "photo", "rotated", "lowcontrast", "exif", "large", "a4page")
#: Default mix used by the dataset generator (``large`` is opt-in).
DEFAULT_WEIGHTS: dict[str, float] = {
    "scan": 3,
    "photo": 4,
    "rotated": 2,
    "lowcontrast": 1,
    "exif": 1,
}


@dataclass(frozen=True)
class Shot:
    """A finished image (RGB, as displayed) with its transformed ground truth."""

    image: np.ndarray
    items: tuple[Item, ...]
    condition: str
    rotation: int = 0
    exif_orientation: int = 1  # 1 = pixels stored upright
    jpeg_quality: int | None = None  # None: save losslessly (PNG)

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])


# ----------------------------------------------------------------------------- geometry


def _map_items(items: tuple[Item, ...] | list[Item], fn) -> tuple[Item, ...]:
    out = []
    for it in items:
        pts = fn(np.asarray(it.poly, dtype=np.float64))
        out.append(replace(it, poly=tuple((float(x), float(y)) for x, y in pts)))
    return tuple(out)


def _homography_points(H: np.ndarray):
    def fn(pts: np.ndarray) -> np.ndarray:
        return cv2.perspectiveTransform(pts.reshape(-1, 1, 2), H).reshape(-1, 2)

    return fn


def rotate(
    image: np.ndarray, items: tuple[Item, ...], degrees: int
) -> tuple[np.ndarray, tuple[Item, ...]]:
    """Turn the image clockwise by 0/90/180/270 and move the polygons along.

    Coordinates are continuous (pixel edges), so a pixel at column c, row r of a
    height-H image lands at column H-1-r: the edge x maps to H - y exactly.
    """
    h, w = image.shape[:2]
    d = degrees % 360
    if d == 0:
        return image, items
    if d == 90:
        img = cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)
        fn = lambda p: np.stack([h - p[:, 1], p[:, 0]], 1)  # noqa: E731
    elif d == 180:
        img = cv2.rotate(image, cv2.ROTATE_180)
        fn = lambda p: np.stack([w - p[:, 0], h - p[:, 1]], 1)  # noqa: E731
    elif d == 270:
        img = cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE)
        fn = lambda p: np.stack([p[:, 1], w - p[:, 0]], 1)  # noqa: E731
    else:
        raise ValueError(f"rotation must be a multiple of 90, got {degrees}")
    # Re-order corners so every polygon starts at its top-left again.
    return img, tuple(_canonical(it) for it in _map_items(items, fn))


def _canonical(it: Item) -> Item:
    pts = list(it.poly)
    k = min(range(4), key=lambda i: (pts[i][0] + pts[i][1], pts[i][0]))
    return replace(it, poly=tuple(pts[k:] + pts[:k]))


# ----------------------------------------------------------------------------- textures


def _low_freq(rng: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    """Smooth random field in [0, 1] (cubic upsampling of a coarse grid)."""
    gh, gw = max(2, cells * h // max(h, w) + 2), max(2, cells * w // max(h, w) + 2)
    g = rng.random((gh, gw)).astype(np.float32)
    f = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(f, 0, 1)


def background(rng: np.random.Generator, h: int, w: int, kind: str) -> np.ndarray:
    """Procedural surface around the label: cardboard, wood, poly bag, fabric, desk."""
    if kind == "cardboard":
        base = np.array([176, 138, 96], np.float32) * rng.uniform(0.85, 1.1)
        img = base * (0.85 + 0.25 * _low_freq(rng, h, w, 5)[..., None])
        img += rng.normal(0, 6, (h, w, 1)).astype(np.float32)
    elif kind == "wood":
        base = np.array([150, 105, 70], np.float32) * rng.uniform(0.7, 1.15)
        y = np.arange(h, dtype=np.float32)[:, None]
        wob = 25 * _low_freq(rng, h, w, 3)
        grain = 0.5 + 0.5 * np.sin((y + wob) / rng.uniform(4, 12))
        img = (
            base * (0.8 + 0.2 * grain[..., None]) * (0.9 + 0.2 * _low_freq(rng, h, w, 4)[..., None])
        )
    elif kind == "polybag":
        tone = rng.choice([60.0, 200.0, 235.0, 120.0])
        crinkle = _low_freq(rng, h, w, 14) - _low_freq(rng, h, w, 9)
        img = np.full((h, w, 3), tone, np.float32) + 70 * crinkle[..., None]
        img += rng.normal(0, 4, (h, w, 1)).astype(np.float32)
    elif kind == "fabric":
        col = np.array(
            rng.choice([[40, 45, 60], [90, 30, 35], [60, 70, 60], [30, 30, 30]]), np.float32
        )
        yy, xx = np.mgrid[0:h, 0:w]
        weave = ((xx // 2 + yy // 2) % 2).astype(np.float32)
        img = (
            col * (0.9 + 0.15 * weave[..., None]) * (0.8 + 0.4 * _low_freq(rng, h, w, 4)[..., None])
        )
    else:  # desk
        img = np.full((h, w, 3), rng.uniform(150, 225), np.float32)
        img *= 0.85 + 0.2 * _low_freq(rng, h, w, 3)[..., None]
        img += rng.normal(0, 3, (h, w, 1)).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def _soft(mask: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian blur of a smooth float mask, done at low resolution (fast on 12 MP)."""
    h, w = mask.shape[:2]
    f = max(1, int(sigma // 3))
    if f == 1:
        return cv2.GaussianBlur(mask, (0, 0), sigma)
    small = cv2.resize(mask, (max(1, w // f), max(1, h // f)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), sigma / f)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def _lighting(rng: np.random.Generator, h: int, w: int, lo: float) -> np.ndarray:
    """Multiplicative light field: a linear falloff plus a soft vignette."""
    ang = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = (xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang)
    t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
    field = lo + (1 - lo) * t
    r2 = ((xx / w - 0.5) ** 2 + (yy / h - 0.5) ** 2) * 2
    field *= 1 - rng.uniform(0, 0.18) * r2
    return field


def _shadow(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """Soft shadow of a phone or hand: a blurred polygon entering from one side."""
    mask = np.zeros((h, w), np.float32)
    side = rng.integers(4)
    depth = rng.uniform(0.15, 0.4)
    if side == 0:
        pts = [(0, 0), (w * depth, 0), (w * depth * rng.uniform(0.3, 1.4), h), (0, h)]
    elif side == 1:
        pts = [(w, 0), (w * (1 - depth), 0), (w * (1 - depth * rng.uniform(0.3, 1.4)), h), (w, h)]
    elif side == 2:
        pts = [(0, 0), (w, 0), (w, h * depth), (0, h * depth * rng.uniform(0.3, 1.4))]
    else:
        pts = [(0, h), (w, h), (w, h * (1 - depth)), (0, h * (1 - depth * rng.uniform(0.3, 1.4)))]
    cv2.fillPoly(mask, [np.array(pts, np.int32)], 1.0)
    mask = _soft(mask, max(h, w) * 0.012)
    return 1 - rng.uniform(0.2, 0.4) * mask


def _glare(rng: np.random.Generator, img: np.ndarray, strength: float) -> np.ndarray:
    h, w = img.shape[:2]
    mask = np.zeros((h, w), np.float32)
    c = (int(rng.uniform(0.2, 0.8) * w), int(rng.uniform(0.2, 0.8) * h))
    axes = (int(rng.uniform(0.08, 0.25) * w), int(rng.uniform(0.03, 0.1) * h))
    cv2.ellipse(mask, c, axes, float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
    mask = _soft(mask, max(h, w) * 0.01) * strength
    out = img.astype(np.float32) * (1 - mask[..., None]) + 255 * mask[..., None]
    return out.astype(np.uint8)


def _noise(rng: np.random.Generator, img: np.ndarray, sigma: float) -> np.ndarray:
    n = rng.standard_normal(img.shape[:2], dtype=np.float32) * sigma
    return np.clip(img.astype(np.float32) + n[..., None], 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------- label-space effects


def _marker(rng: random.Random, canvas_img: Image.Image, items: tuple[Item, ...]) -> Image.Image:
    """Handwritten sorting mark (big marker digits) across a printed name or address.

    Couriers scribble these over labels; the printed item stays in the ground
    truth (it must still be masked) but becomes harder to read.
    """
    targets = [it for it in items if it.category in ("name", "address") and it.pii]
    if not targets:
        return canvas_img
    it = rng.choice(targets)
    xs = [p[0] for p in it.poly]
    ys = [p[1] for p in it.poly]
    h = max(ys) - min(ys)
    size = int(max(30, h * rng.uniform(1.6, 2.6)))
    spec = fonts.choose(rng, cjk=False, bold=rng.random() < 0.5)
    font: ImageFont.FreeTypeFont = fonts.load(spec, size)
    text = rng.choice(
        [
            str(rng.randint(1, 99)),
            f"{rng.randint(1, 9)}{rng.choice('ABCDE')}",
            f"{rng.randint(100, 999)}",
        ]
    )
    layer = Image.new("L", (size * len(text) + 20, size + 40), 0)
    ImageDraw.Draw(layer).text(
        (10, 10), text, font=font, fill=255, stroke_width=max(2, size // 14), stroke_fill=255
    )
    layer = layer.rotate(rng.uniform(-20, 20), expand=True, resample=Image.Resampling.BICUBIC)
    colour = rng.choice([(20, 40, 140), (25, 25, 25), (170, 20, 30), (10, 90, 40)])
    x = int(min(xs) + rng.uniform(0, max(1.0, max(xs) - min(xs) - layer.width * 0.5)))
    y = int((min(ys) + max(ys)) / 2 - layer.height / 2)
    out = canvas_img.copy()
    out.paste(colour, (x, y), layer.point(lambda v: int(v * 0.85)))
    return out


def _fade(rng: random.Random, img: np.ndarray) -> np.ndarray:
    """Compress the tonal range like a faded thermal receipt."""
    lo = rng.uniform(95, 140)
    hi = rng.uniform(195, 230)
    f = img.astype(np.float32) / 255.0
    out = lo + (hi - lo) * f
    return out.astype(np.uint8)


# ----------------------------------------------------------------------------- conditions


def _scan(
    rng: random.Random, label: np.ndarray, items: tuple[Item, ...], *, sigma: float
) -> tuple[np.ndarray, tuple[Item, ...]]:
    """Label on a scanner bed: white margin, a tilt of at most ~1.5 degrees."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    h, w = label.shape[:2]
    mx, my = int(w * rng.uniform(0.02, 0.12)), int(h * rng.uniform(0.02, 0.1))
    W, H = w + 2 * mx, h + 2 * my
    ang = math.radians(rng.uniform(-1.5, 1.5))
    cx, cy = w / 2, h / 2
    A = cv2.getRotationMatrix2D((cx, cy), math.degrees(ang), 1.0)
    A[:, 2] += (mx, my)
    bed = int(rng.uniform(238, 255))
    out = cv2.warpAffine(label, A, (W, H), flags=cv2.INTER_LINEAR, borderValue=(bed, bed, bed))
    out = _noise(nrng, out, sigma)
    if rng.random() < 0.3:
        out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.3, 0.7))
    H3 = np.vstack([A, [0, 0, 1]])
    return out, _map_items(items, _homography_points(H3))


def _photo(
    rng: random.Random,
    label: np.ndarray,
    items: tuple[Item, ...],
    *,
    long_side: int,
    portrait: bool | None = None,
) -> tuple[np.ndarray, tuple[Item, ...]]:
    """Label photographed on a surface: perspective, light, shadow, glare, blur."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    h, w = label.shape[:2]
    if portrait is None:
        portrait = h >= w
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    fill = rng.uniform(0.62, 0.85)
    s = min(W * fill / w, H * fill / h)
    ang = math.radians(rng.uniform(-8, 8))
    cx = W / 2 + rng.uniform(-0.06, 0.06) * W
    cy = H / 2 + rng.uniform(-0.06, 0.06) * H
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ca, sa = math.cos(ang), math.sin(ang)
    dst = []
    for x, y in src:
        dx, dy = (x - w / 2) * s, (y - h / 2) * s
        px = cx + dx * ca - dy * sa
        py = cy + dx * sa + dy * ca
        jit = 0.035 * max(w, h) * s  # keystone: camera not square to the label
        dst.append([px + rng.uniform(-jit, jit), py + rng.uniform(-jit, jit)])
    dst_a = np.float32(dst)
    # Keep the whole label inside the frame.
    lo = dst_a.min(0)
    hi = dst_a.max(0)
    shift = np.maximum(0, 8 - lo) - np.maximum(0, hi - (np.array([W, H]) - 8))
    dst_a += shift.astype(np.float32)
    Hm = cv2.getPerspectiveTransform(src, dst_a)

    bg = background(nrng, H, W, rng.choice(["cardboard", "wood", "polybag", "fabric", "desk"]))
    src_img = label
    Hw = Hm
    if s < 0.95:
        # Shrink with area averaging first: warping straight down aliases thin strokes.
        ws, hs = max(1, round(w * s)), max(1, round(h * s))
        src_img = cv2.resize(label, (ws, hs), interpolation=cv2.INTER_AREA)
        Hw = Hm @ np.diag([w / ws, h / hs, 1.0])
    warped = cv2.warpPerspective(src_img, Hw, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(
        np.full(src_img.shape[:2], 255, np.uint8), Hw, (W, H), flags=cv2.INTER_LINEAR
    )
    a = (mask.astype(np.float32) / 255.0)[..., None]
    # Soft drop shadow under the label edge.
    sh = _soft(mask.astype(np.float32) / 255.0, max(2.0, 0.006 * long_side))
    bg = (bg.astype(np.float32) * (1 - 0.35 * sh[..., None])).astype(np.uint8)
    out = warped.astype(np.float32) * a + bg.astype(np.float32) * (1 - a)

    light = _lighting(nrng, H, W, lo=rng.uniform(0.6, 0.95))
    if rng.random() < 0.45:
        light *= _shadow(nrng, H, W)
    out = np.clip(out * light[..., None], 0, 255).astype(np.uint8)
    if rng.random() < 0.3:
        out = _glare(nrng, out, rng.uniform(0.15, 0.45))
    sigma = rng.uniform(0.4, 1.2)
    out = cv2.GaussianBlur(out, (0, 0), sigma)
    out = _noise(nrng, out, rng.uniform(1.5, 4.0))
    return out, _map_items(items, _homography_points(Hm))


def _a4page(
    rng: random.Random, label: np.ndarray, items: tuple[Item, ...]
) -> tuple[np.ndarray, tuple[Item, ...]]:
    """Label enlarged to 600 dpi and placed somewhere on a blank A4 scan."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    W, H = 4961, 7016
    h, w = label.shape[:2]
    k = min(rng.uniform(2.0, 3.0), 0.9 * W / w, 0.9 * H / h)
    lw, lh = round(w * k), round(h * k)
    big = cv2.resize(label, (lw, lh), interpolation=cv2.INTER_CUBIC)
    big = _noise(nrng, big, rng.uniform(1.0, 3.0))
    x0 = rng.randint(60, W - lw - 60)
    y0 = rng.randint(60, max(61, min(H - lh - 60, H // 3)))
    page = np.full((H, W, 3), rng.randint(240, 252), np.uint8)
    page[y0 : y0 + lh, x0 : x0 + lw] = big
    sx, sy = lw / w, lh / h
    return page, _map_items(items, lambda p: p * [sx, sy] + [x0, y0])


def apply(
    condition: str,
    canvas: Canvas,
    rng: random.Random,
    *,
    long_side: int | None = None,
    portrait: bool | None = None,
) -> Shot:
    """Render ``canvas`` under ``condition`` (all randomness from ``rng``).

    ``long_side`` and ``portrait`` pin the photo frame (used by the samples).
    """
    items = tuple(canvas.items)
    pil = canvas.img
    if condition in ("photo", "rotated", "exif", "large") and rng.random() < 0.3:
        pil = _marker(rng, pil, items)
    label = np.asarray(pil.convert("RGB"))

    if condition == "scan":
        img, its = _scan(rng, label, items, sigma=rng.uniform(0.8, 2.5))
        return Shot(
            img, its, condition, jpeg_quality=None if rng.random() < 0.5 else rng.randint(88, 95)
        )
    if condition == "lowcontrast":
        img, its = _scan(rng, _fade(rng, label), items, sigma=rng.uniform(1.5, 3.5))
        return Shot(
            img, its, condition, jpeg_quality=None if rng.random() < 0.4 else rng.randint(80, 92)
        )
    if condition == "photo":
        side = long_side or rng.randint(1400, 2000)
        img, its = _photo(rng, label, items, long_side=side, portrait=portrait)
        return Shot(img, its, condition, jpeg_quality=rng.randint(75, 90))
    if condition == "large":
        img, its = _photo(rng, label, items, long_side=4032)
        return Shot(img, its, condition, jpeg_quality=rng.randint(80, 90))
    if condition == "rotated":
        if rng.random() < 0.7:
            img, its = _photo(rng, label, items, long_side=rng.randint(1400, 2000))
            q: int | None = rng.randint(75, 90)
        else:
            img, its = _scan(rng, label, items, sigma=rng.uniform(0.8, 2.5))
            q = None
        deg = rng.choice((90, 180, 270))
        img, its = rotate(img, its, deg)
        return Shot(img, its, condition, rotation=deg, jpeg_quality=q)
    if condition == "exif":
        side = long_side or rng.randint(1400, 2000)
        img, its = _photo(rng, label, items, long_side=side, portrait=portrait)
        orient = rng.choice((6, 6, 6, 3, 8))
        return Shot(img, its, condition, exif_orientation=orient, jpeg_quality=rng.randint(80, 92))
    if condition == "a4page":
        img, its = _a4page(rng, label, items)
        return Shot(img, its, condition, jpeg_quality=rng.randint(85, 92))
    raise ValueError(f"unknown condition {condition!r}; choose from {CONDITIONS}")


# ----------------------------------------------------------------------------- encoding

#: How the stored pixels are turned relative to the displayed image.
_STORE_ROTATION = {1: 0, 3: 180, 6: 270, 8: 90}


def encode(shot: Shot, rng: random.Random, *, gps: bool = True) -> tuple[bytes, str]:
    """Encode a shot as (file bytes, extension); EXIF shots get sideways pixels.

    Orientation 6 means "turn 90 deg clockwise to display", so the stored pixels
    are the displayed image turned 90 deg counter-clockwise (i.e. 270 clockwise).
    """
    img = shot.image
    if shot.exif_orientation != 1:
        img, _ = rotate(img, (), _STORE_ROTATION[shot.exif_orientation])
    pil = Image.fromarray(img)
    buf = io.BytesIO()
    if shot.jpeg_quality is None:
        pil.save(buf, "PNG", compress_level=3)  # noisy scans barely compress anyway
        return buf.getvalue(), ".png"
    kwargs: dict = {"quality": shot.jpeg_quality}
    if shot.exif_orientation != 1:
        kwargs["exif"] = phone_exif(rng, shot.exif_orientation, thumbnail=pil, gps=gps)
    pil.save(buf, "JPEG", **kwargs)
    return buf.getvalue(), ".jpg"


def phone_exif(
    rng: random.Random, orientation: int, *, thumbnail: Image.Image | None, gps: bool = True
) -> bytes:
    """EXIF like an iPhone's: make/model, time, fake GPS, orientation, thumbnail.

    Pillow's Exif API writes IFD0, the Exif and GPS IFDs; it cannot write the
    IFD1 thumbnail, so that one is appended to the TIFF block by hand.
    """
    ex = Image.Exif()
    ex[0x0112] = orientation
    ex[0x010F] = "Apple"
    ex[0x0110] = rng.choice(("iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone 12 mini"))
    ex[0x0131] = f"{rng.randint(15, 17)}.{rng.randint(0, 6)}"
    stamp = f"{rng.randint(2022, 2026)}:{rng.randint(1, 12):02d}:{rng.randint(1, 28):02d} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    ex[0x0132] = stamp
    sub = ex.get_ifd(0x8769)
    sub[0x9003] = stamp  # DateTimeOriginal
    sub[0x9004] = stamp
    if gps:
        # Fake coordinates in open water-free city areas; not anybody's address.
        lat = rng.uniform(22.5, 40.0)
        lon = rng.uniform(104.0, 121.5)
        g = ex.get_ifd(0x8825)
        g[0x0000] = b"\x02\x02\x00\x00"
        g[0x0001] = "N"
        g[0x0002] = _dms(lat)
        g[0x0003] = "E"
        g[0x0004] = _dms(lon)
        g[0x0005] = b"\x00"
        g[0x0006] = round(rng.uniform(2, 120), 2)
    data = ex.tobytes()
    if thumbnail is None:
        return data
    th = thumbnail.copy()
    th.thumbnail((160, 160))
    tb = io.BytesIO()
    th.convert("RGB").save(tb, "JPEG", quality=75)
    return _append_ifd1_thumbnail(data, tb.getvalue())


def _dms(v: float) -> tuple[float, float, float]:
    d = int(v)
    m = int((v - d) * 60)
    s = round(((v - d) * 60 - m) * 60, 2)
    return (float(d), float(m), s)


def _append_ifd1_thumbnail(exif: bytes, jpeg: bytes) -> bytes:
    """Link an IFD1 (JPEGInterchangeFormat) with ``jpeg`` after IFD0's data."""
    head = b""
    if exif.startswith(b"Exif\x00\x00"):
        head, exif = exif[:6], exif[6:]
    endian = "<" if exif[:2] == b"II" else ">"
    (ifd0,) = struct.unpack(endian + "I", exif[4:8])
    (n,) = struct.unpack(endian + "H", exif[ifd0 : ifd0 + 2])
    next_ptr = ifd0 + 2 + 12 * n
    tiff = bytearray(exif)
    if len(tiff) % 2:
        tiff += b"\x00"
    ifd1 = len(tiff)
    entries = [
        (0x0103, 3, 1, 6),  # Compression: JPEG
        (0x0201, 4, 1, ifd1 + 2 + 12 * 3 + 4),  # JPEGInterchangeFormat (offset)
        (0x0202, 4, 1, len(jpeg)),  # JPEGInterchangeFormatLength
    ]
    block = struct.pack(endian + "H", len(entries))
    for tag, typ, count, value in entries:
        if typ == 3:
            block += struct.pack(endian + "HHIHH", tag, typ, count, value, 0)
        else:
            block += struct.pack(endian + "HHII", tag, typ, count, value)
    block += struct.pack(endian + "I", 0)
    tiff[next_ptr : next_ptr + 4] = struct.pack(endian + "I", ifd1)
    return head + bytes(tiff) + block + jpeg


def read_thumbnail(exif: bytes) -> bytes | None:
    """The IFD1 JPEG thumbnail inside an EXIF block, if any (used by tests)."""
    if exif.startswith(b"Exif\x00\x00"):
        exif = exif[6:]
    if len(exif) < 8:
        return None
    endian = "<" if exif[:2] == b"II" else ">"
    (ifd0,) = struct.unpack(endian + "I", exif[4:8])
    (n,) = struct.unpack(endian + "H", exif[ifd0 : ifd0 + 2])
    (ifd1,) = struct.unpack(endian + "I", exif[ifd0 + 2 + 12 * n : ifd0 + 6 + 12 * n])
    if not ifd1:
        return None
    (m,) = struct.unpack(endian + "H", exif[ifd1 : ifd1 + 2])
    off = length = None
    for i in range(m):
        tag, typ, cnt, val = struct.unpack(
            endian + "HHII", exif[ifd1 + 2 + 12 * i : ifd1 + 14 + 12 * i]
        )
        if tag == 0x0201:
            off = val
        elif tag == 0x0202:
            length = val
    if off is None or length is None:
        return None
    return exif[off : off + length]
