"""The audit log: CSV and JSON per batch, hashes and counts, never the recognised text."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from PIL import Image

from redactor.cli import main
from tests.drawing import draw_lines
from tests.hostile.conftest import SECRET_ROWS, SECRETS


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.mark.slow
def test_audit_log_has_hashes_and_counts_and_no_personal_data(tmp_path: Path) -> None:
    """Real OCR on a label with a planted name, phone, address and e-mail."""
    pixels, _ = draw_lines(SECRET_ROWS, size=36)
    folder = tmp_path / "in"
    folder.mkdir()
    Image.fromarray(pixels).save(folder / "label.png")
    (folder / "broken.jpg").write_bytes(b"<html>not a photo</html>")
    out, audit = tmp_path / "out", tmp_path / "audit"
    rc = main(["redact", str(folder), "-o", str(out), "--audit", str(audit), "-q", "--jobs", "1"])
    assert rc == 1
    csv_files, json_files = sorted(audit.glob("audit-*.csv")), sorted(audit.glob("audit-*.json"))
    assert len(csv_files) == 1 and len(json_files) == 1
    for f in (*csv_files, *json_files):
        text = f.read_text(encoding="utf-8")
        for secret in SECRETS:
            assert secret not in text, (f.name, secret)

    rows = {Path(r["input"]).name: r for r in csv.DictReader(csv_files[0].open(encoding="utf-8"))}
    good, bad = rows["label.png"], rows["broken.jpg"]
    assert good["input_sha256"] == _sha(folder / "label.png")
    assert good["output_sha256"] == _sha(out / "label.png")
    assert good["pages"] == "1" and good["status"] in ("verified", "needs_review")
    assert int(good["name"]) >= 1 and int(good["phone"]) >= 1 and int(good["email"]) >= 1
    assert int(good["findings"]) == sum(int(good[c]) for c in ("name", "phone", "address", "door",
                                                              "id_number", "card_number", "email",
                                                              "tracking", "code", "face", "custom",
                                                              "manual"))  # fmt: skip
    assert bad["status"] == "failed" and bad["output"] == "" and bad["output_sha256"] == ""
    assert bad["input_sha256"] == _sha(folder / "broken.jpg")
    assert "not an image" in bad["error"]

    data = json.loads(json_files[0].read_text(encoding="utf-8"))
    files = {Path(f["input"]).name: f for f in data["files"]}
    page = files["label.png"]["page_results"][0]
    assert page["page"] == 1 and page["findings"] == files["label.png"]["findings"]
    assert page["findings"]["phone"] == int(good["phone"])
    assert data["summary"]["files"] == 2 and data["summary"]["failed"] == 1

    # A second batch gets its own pair of files; the first is kept.
    main(["redact", str(folder / "label.png"), "-o", str(out), "--audit", str(audit), "-q",
          "--jobs", "1", "--no-verify"])  # fmt: skip
    assert len(list(audit.glob("audit-*.csv"))) == 2 and len(list(audit.glob("audit-*.json"))) == 2


def test_formula_like_file_names_are_defused(tmp_path: Path, monkeypatch) -> None:
    import redactor.core.ocr as ocr_registry
    from tests.hostile.conftest import FakeEngine, write_png

    monkeypatch.setitem(ocr_registry._engines, "rapidocr", FakeEngine())
    monkeypatch.chdir(tmp_path)
    write_png(tmp_path / "=HYPERLINK(1).png")
    audit = tmp_path / "audit"
    assert (
        main(["redact", "=HYPERLINK(1).png", "-o", "o", "--audit", str(audit), "-q", "--jobs", "1"])
        == 0
    )
    row = next(csv.DictReader(next(audit.glob("*.csv")).open(encoding="utf-8")))
    assert not row["input"].startswith("=") and row["input"].startswith("'")
