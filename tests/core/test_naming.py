from __future__ import annotations

from pathlib import Path

from redactor.core.naming import default_output_path, output_path, unnamed_output_path


def test_output_folder_keeps_the_name(tmp_path):
    src = tmp_path / "in" / "a.jpg"
    assert output_path(src, None, tmp_path / "out", ".jpg") == tmp_path / "out" / "a.jpg"


def test_output_folder_equal_to_the_source_folder_never_targets_the_original(tmp_path):
    src = tmp_path / "a.jpg"
    assert output_path(src, None, tmp_path, ".jpg") == tmp_path / "a.redacted.jpg"
    assert output_path(src, None, None, ".jpg") == default_output_path(src, ".jpg")


def test_unnamed_image_gets_a_file_safe_name():
    assert unnamed_output_path("Pasted image 2", Path("/o"), ".png") == Path(
        "/o/Pasted-image-2.redacted.png"
    )
