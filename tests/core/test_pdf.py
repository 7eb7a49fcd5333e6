"""PDF in, PDF out: pages rendered, redacted one at a time, written as images only."""

from __future__ import annotations

import io
import json
import weakref
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from PIL import Image

import redactor.core.ocr as ocr_registry
from redactor.cli import main
from redactor.core import pdfio
from redactor.core.errors import InputError
from redactor.core.imageio import load_image, save_pages
from tests.drawing import dark_fraction, find
from tests.hostile.conftest import FakeEngine, no_partials

pypdf = pytest.importorskip("pypdf")

SECRET_TEXT = "Secret Owner 13987654321"
XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Secret Owner'
    b"</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    b'<?xpacket end="w"?>'
)


def _jpeg(pixels: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "JPEG", quality=92)
    return buf.getvalue()


def scanned_pdf(pages: list[tuple[np.ndarray, float]], text: str | None = SECRET_TEXT) -> bytes:
    """A PDF like a scanner's: per page one image at ``dpi``, plus an invisible text layer."""
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for pixels, dpi in pages:
        h, w = pixels.shape[:2]
        w_pt, h_pt = w * 72.0 / dpi, h * 72.0 / dpi
        jpeg = _jpeg(pixels)
        img_n, font_n, content_n, page_n = (len(objs) + k for k in (1, 2, 3, 4))
        objs.append(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
            b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
            % (w, h, len(jpeg))
            + jpeg
            + b"\nendstream"
        )
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        draw = b"q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
        if text:  # render mode 3: invisible, as OCR'd scans carry their text
            draw += b" BT 3 Tr /F1 12 Tf 20 20 Td (%s) Tj ET" % text.encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /XObject "
            b"<< /Im0 %d 0 R >> /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (w_pt, h_pt, img_n, font_n, content_n)
        )
        kids.append(page_n)
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def hostile_pdf(base: bytes, password: str | None = None) -> bytes:
    """Add what a redacted copy must not carry: metadata, an annotation, JavaScript,
    an attachment (and optionally a password)."""
    reader = pypdf.PdfReader(io.BytesIO(base))
    w = pypdf.PdfWriter(clone_from=reader)
    w.add_metadata({"/Title": "Secret Title", "/Author": "Secret Owner", "/Producer": "ScanCo"})
    from pypdf.annotations import FreeText, Text

    w.add_annotation(0, Text(text="secret note", rect=(10, 10, 40, 40)))
    w.add_annotation(0, FreeText(text="Secret Owner", rect=(50, 50, 200, 80)))
    from pypdf.generic import DictionaryObject, NameObject, StreamObject, TextStringObject

    w._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('secret script');"),
        }
    )
    w.add_attachment("secret.txt", b"Secret Owner 13987654321")
    xmp = StreamObject()
    xmp.set_data(XMP)
    xmp.update(
        {NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")}
    )
    w._root_object[NameObject("/Metadata")] = w._add_object(xmp)
    if password:
        w.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


@pytest.fixture()
def fake_ocr(monkeypatch) -> FakeEngine:
    engine = FakeEngine()
    monkeypatch.setitem(ocr_registry._engines, "rapidocr", engine)
    return engine


def _page_colour(value: int, w: int = 400, h: int = 300) -> np.ndarray:
    return np.full((h, w, 3), value, np.uint8)


def assert_image_only_pdf(path: Path, sizes: list[tuple[float, float]]) -> None:
    """The output PDF: given page sizes, one image per page, nothing else."""
    data = path.read_bytes()
    for word in (
        b"Secret",
        b"secret",
        b"ScanCo",
        b"JavaScript",
        b"/Annots",
        b"/Info",
        b"EmbeddedFile",
        b"/AcroForm",
        b"/Font",
        b"/Metadata",
        b"/OpenAction",
    ):
        assert word not in data, word
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert len(pdf) == len(sizes)
        assert pdf.count_attachments() == 0
        for i, (w, h) in enumerate(sizes):
            page = pdf[i]
            pw, ph = page.get_size()
            assert abs(pw - w) < 0.05 and abs(ph - h) < 0.05, (i, pw, ph, w, h)
            text = page.get_textpage()
            assert text.count_chars() == 0 and text.get_text_range() == ""
            assert pdfium_raw.FPDFPage_GetAnnotCount(page) == 0
            kinds = [obj.type for obj in page.get_objects()]
            assert kinds == [pdfium_raw.FPDF_PAGEOBJ_IMAGE], kinds
    finally:
        pdf.close()
    reader = pypdf.PdfReader(str(path))
    assert reader.metadata is None
    assert set(reader.trailer.keys()) <= {"/Root", "/Size"}
    assert set(reader.trailer["/Root"].keys()) == {"/Type", "/Pages"}


def test_pdf_round_trip_keeps_pages_and_sizes_and_drops_everything_else(
    tmp_path: Path, fake_ocr
) -> None:
    pages = [(_page_colour(250), 200.0), (_page_colour(200, 300, 500), 300.0),
             (_page_colour(150, 600, 200), 150.0)]  # fmt: skip
    src = tmp_path / "in" / "scan.pdf"
    src.parent.mkdir()
    src.write_bytes(hostile_pdf(scanned_pdf(pages)))
    with pdfium.PdfDocument(str(src)) as check:  # the trap is set
        assert "Secret" in check[0].get_textpage().get_text_range()
        assert check.count_attachments() == 1
    out, report = tmp_path / "out", tmp_path / "r.json"
    rc = main(["redact", str(src), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"])
    assert rc == 0
    res = out / "scan.pdf"
    sizes = [(w * 72 / dpi, h * 72 / dpi) for px, dpi in pages for h, w in [px.shape[:2]]]
    assert_image_only_pdf(res, sizes)
    # Rendered at each scan's own resolution: the OCR saw the original pixel sizes.
    entry = json.loads(report.read_text())["files"][0]
    assert entry["pages"] == 3 and len(entry["page_results"]) == 3
    assert [p["page"] for p in entry["page_results"]] == [1, 2, 3]
    assert (entry["width"], entry["height"]) == (400, 300)
    # Page order and content survive: page grey levels in order.
    with pdfium.PdfDocument(str(res)) as pdf:
        greys = [int(np.median(pdf[i].render(scale=1).to_numpy())) for i in range(3)]
    assert greys[0] > greys[1] > greys[2]
    assert abs(greys[0] - 250) < 6 and abs(greys[2] - 150) < 6
    assert no_partials(tmp_path) == []


def test_pdf_pages_are_rendered_and_released_one_at_a_time(tmp_path: Path, monkeypatch) -> None:
    """While page k is being read, no earlier page's pixels are still alive."""
    n = 5
    src = tmp_path / "many.pdf"
    src.write_bytes(scanned_pdf([(_page_colour(100 + 20 * i), 200.0) for i in range(n)], None))
    seen: list[weakref.ref] = []
    alive_at_each_call: list[int] = []

    def behaviour(image: np.ndarray):
        if not any(r() is image for r in seen):
            alive_at_each_call.append(sum(r() is not None for r in seen))
            seen.append(weakref.ref(image))
        return []

    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine(behaviour))
    out = tmp_path / "out"
    assert main(["redact", str(src), "-o", str(out), "-q", "--jobs", "1", "--no-verify"]) == 0
    assert len(alive_at_each_call) == n
    assert alive_at_each_call == [0] * n, alive_at_each_call
    with pdfium.PdfDocument(str(out / "many.pdf")) as pdf:
        assert len(pdf) == n


def test_load_image_gives_lazy_pages_and_page_sizes(tmp_path: Path) -> None:
    src = tmp_path / "two.pdf"
    src.write_bytes(scanned_pdf([(_page_colour(240, 300, 200), 100.0), (_page_colour(30), 200.0)]))
    loaded = load_image(src)
    assert loaded.format == "PDF" and loaded.output_format == ("PDF", ".pdf")
    assert len(loaded.pages) == 2
    sizes = [v for size in loaded.page_sizes for v in size]  # approx compares flat sequences only
    assert sizes == pytest.approx([216.0, 144.0, 144.0, 108.0], abs=0.01)
    # 100 dpi is below the floor: rendered at 150 dpi; 200 dpi scans at their own resolution.
    assert loaded.pages[0].pixels.shape == (300, 450, 3)
    assert loaded.pages[1].pixels.shape == (300, 400, 3)
    assert loaded.pages[-1].index == 1
    assert [p.index for p in loaded.pages] == [0, 1]


def test_page_without_a_scan_renders_at_300_dpi(tmp_path: Path) -> None:
    dest = tmp_path / "blank.pdf"
    save_pages([_page_colour(255, 10, 10)], dest, "PDF", page_sizes=[(72.0, 144.0)])
    # Our own output holds a 10x10 image stretched over the page: far below the floor.
    page = load_image(dest).pages[0]
    assert page.pixels.shape == (300, 150, 3)  # 150 dpi floor for a coarse image


def test_vector_page_renders_at_300_dpi(tmp_path: Path) -> None:
    src = tmp_path / "vector.pdf"
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(144, 72)
    pdf.save(str(src))
    pdf.close()
    assert load_image(src).pages[0].pixels.shape == (300, 600, 3)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "damaged"),
        (b"%PDF-1.7\n" + b"\x00" * 64, "damaged"),
    ],
    ids=["no-pages", "nulls"],
)
def test_broken_pdf_is_a_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    src = tmp_path / "bad.pdf"
    src.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load_image(src)


def test_truncated_pdf_fails_alone_with_exit_1(tmp_path: Path, fake_ocr, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = scanned_pdf([(_page_colour(200), 200.0)])
    (folder / "good.pdf").write_bytes(good)
    (folder / "cut.pdf").write_bytes(good[: len(good) // 3])
    out = tmp_path / "out"
    rc = main(["redact", str(folder), "-o", str(out), "-q", "--jobs", "1"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "cut.pdf" in err and "Traceback" not in err
    assert (out / "good.pdf").is_file() and not (out / "cut.pdf").exists()


def test_password_protected_pdf_fails_with_a_clear_message(
    tmp_path: Path, fake_ocr, capsys
) -> None:
    src = tmp_path / "locked.pdf"
    src.write_bytes(hostile_pdf(scanned_pdf([(_page_colour(200), 200.0)]), password="s3cret"))
    before = src.read_bytes()
    out, report = tmp_path / "out", tmp_path / "r.json"
    rc = main(["redact", str(src), "-o", str(out), "--report", str(report), "-q", "--jobs", "1"])
    err = capsys.readouterr().err
    assert rc == 3  # the only file is unreadable (ExitCode.INPUT_UNREADABLE)
    assert "password-protected" in err and "Traceback" not in err
    entry = json.loads(report.read_text())["files"][0]
    assert entry["status"] == "failed" and "password" in entry["error"]
    assert not out.exists() or list(out.iterdir()) == []
    assert src.read_bytes() == before


def test_pdf_renamed_to_jpg_is_read_as_pdf(tmp_path: Path, fake_ocr) -> None:
    src = tmp_path / "scan.jpg"
    src.write_bytes(scanned_pdf([(_page_colour(220), 200.0)]))
    out = tmp_path / "out"
    assert main(["redact", str(src), "-o", str(out), "-q", "--jobs", "1"]) == 0
    assert (out / "scan.pdf").is_file()


def test_writer_output_is_read_back_by_pypdf_without_warnings(tmp_path: Path) -> None:
    dest = tmp_path / "w.pdf"
    save_pages([_page_colour(10), _page_colour(240, 50, 80)], dest, "PDF",
               page_sizes=[(612.0, 792.0), (100.5, 200.25)])  # fmt: skip
    reader = pypdf.PdfReader(str(dest), strict=True)
    assert [tuple(map(float, p.mediabox[2:])) for p in reader.pages] == [
        (612.0, 792.0),
        (100.5, 200.25),
    ]
    assert reader.pages[0].extract_text() == ""
    assert pdfio.is_pdf(dest)


@pytest.mark.slow
def test_pdf_label_is_masked_end_to_end(tmp_path: Path, label_image) -> None:
    """Real OCR: a scanned label in a PDF comes out with the personal data masked."""
    pixels, placed = label_image
    src = tmp_path / "label.pdf"
    src.write_bytes(scanned_pdf([(pixels, 200.0)], text=None))
    out = tmp_path / "out"
    assert main(["redact", str(src), "-o", str(out), "-q", "--jobs", "1"]) == 0
    with pdfium.PdfDocument(str(out / "label.pdf")) as pdf:
        page = pdf[0]
        img = page.render(scale=(pixels.shape[1] - 1e-3) / page.get_width()).to_numpy()[:, :, :3]
    assert img.shape[:2] == pixels.shape[:2]
    for secret in ("张晓明", "13812345678", "李丽"):
        assert dark_fraction(img, find(placed, secret).box) > 0.9, secret
    assert dark_fraction(img, find(placed, "顺丰速运").box) < 0.3


def test_pdf_is_recognised_by_content_not_name(tmp_path: Path) -> None:
    jpeg_with_marker = tmp_path / "photo.jpg"
    Image.new("RGB", (40, 30), (9, 9, 9)).save(
        jpeg_with_marker, "JPEG", comment=b"scanned from %PDF-1.4 original"
    )
    assert not pdfio.is_pdf(jpeg_with_marker)
    assert load_image(jpeg_with_marker).format == "JPEG"
    png_named_pdf = tmp_path / "really.pdf"
    Image.new("RGB", (40, 30)).save(png_named_pdf, "PNG")
    assert not pdfio.is_pdf(png_named_pdf)
    assert load_image(png_named_pdf).format == "PNG"
    pdf_named_png = tmp_path / "scan.png"
    pdf_named_png.write_bytes(scanned_pdf([(_page_colour(100), 200.0)]))
    assert pdfio.is_pdf(pdf_named_png) and load_image(pdf_named_png).format == "PDF"
