"""Typed access to the user's preferences stored with QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from redactor.core.models import DEFAULT_CATEGORIES, Category
from redactor.core.settings import MaskStyle, Preset, Settings, parse_color

ORGANIZATION = "Redactor"
APPLICATION = "Redactor"
LANGUAGES = ("", "en", "zh_CN")  # "" follows the system


def _bool(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("1", "true", "yes", "on")


class Prefs:
    def __init__(self, store: QSettings | None = None):
        self.store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    # ---------------------------------------------------------------- values
    @property
    def output_folder(self) -> Path | None:
        v = self.store.value("output/folder", "")
        return Path(str(v)) if v else None

    @output_folder.setter
    def output_folder(self, folder: Path | None) -> None:
        self.store.setValue("output/folder", str(folder) if folder else "")

    @property
    def audit_folder(self) -> Path | None:
        """Where saving writes an audit log (CSV and JSON, as ``--audit``); None: no log."""
        v = self.store.value("output/audit_folder", "")
        return Path(str(v)) if v else None

    @audit_folder.setter
    def audit_folder(self, folder: Path | None) -> None:
        self.store.setValue("output/audit_folder", str(folder) if folder else "")

    @property
    def mask(self) -> MaskStyle:
        try:
            return MaskStyle(str(self.store.value("mask/style", "fill")))
        except ValueError:
            return MaskStyle.FILL

    @mask.setter
    def mask(self, style: MaskStyle) -> None:
        self.store.setValue("mask/style", str(style))

    @property
    def color(self) -> tuple[int, int, int]:
        try:
            return parse_color(str(self.store.value("mask/color", "#000000")))
        except ValueError:
            return (0, 0, 0)

    @color.setter
    def color(self, rgb: tuple[int, int, int]) -> None:
        self.store.setValue("mask/color", "#{:02x}{:02x}{:02x}".format(*rgb))

    @property
    def preset(self) -> Preset:
        try:
            return Preset(str(self.store.value("analysis/preset", "full")))
        except ValueError:
            return Preset.FULL

    @preset.setter
    def preset(self, preset: Preset) -> None:
        self.store.setValue("analysis/preset", str(preset))

    @property
    def categories(self) -> frozenset[Category]:
        v = self.store.value("analysis/categories")
        if v is None:
            return DEFAULT_CATEGORIES
        words = [v] if isinstance(v, str) else list(v)
        out = set()
        for w in words:
            try:
                out.add(Category(str(w)))
            except ValueError:
                continue
        return frozenset(out)

    @categories.setter
    def categories(self, cats: frozenset[Category]) -> None:
        # an explicit marker keeps an empty selection from reading back as "unset"
        self.store.setValue("analysis/categories", sorted(str(c) for c in cats) or ["-"])

    @property
    def engine(self) -> str:
        v = str(self.store.value("analysis/engine", "rapidocr"))
        return v if v in ("rapidocr", "tesseract") else "rapidocr"

    @engine.setter
    def engine(self, name: str) -> None:
        self.store.setValue("analysis/engine", name)

    @property
    def verify(self) -> bool:
        return _bool(self.store.value("analysis/verify"), True)

    @verify.setter
    def verify(self, on: bool) -> None:
        self.store.setValue("analysis/verify", bool(on))

    @property
    def custom_terms(self) -> tuple[str, ...]:
        v = self.store.value("analysis/custom_terms", "")
        return tuple(t.strip() for t in str(v).splitlines() if t.strip())

    @custom_terms.setter
    def custom_terms(self, terms: tuple[str, ...]) -> None:
        self.store.setValue("analysis/custom_terms", "\n".join(terms))

    @property
    def language(self) -> str:
        v = str(self.store.value("ui/language", ""))
        return v if v in LANGUAGES else ""

    @language.setter
    def language(self, lang: str) -> None:
        self.store.setValue("ui/language", lang)

    @property
    def last_folder(self) -> str:
        return str(self.store.value("ui/last_folder", ""))

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self.store.setValue("ui/last_folder", folder)

    def geometry(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.store.value("window/geometry"), self.store.value("window/state")

    def set_geometry(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    # ---------------------------------------------------------------- engine
    def to_settings(self) -> Settings:
        cats = self.categories
        if self.custom_terms:
            cats = cats | {Category.CUSTOM}
        return Settings(
            categories=frozenset(cats),
            mask=self.mask,
            color=self.color,
            engine=self.engine,
            preset=self.preset,
            verify=self.verify,
            custom_terms=self.custom_terms,
        )

    def sync(self) -> None:
        self.store.sync()
