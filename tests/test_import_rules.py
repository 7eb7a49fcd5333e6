"""Import rules of the package, checked on every module's source (AST), not by importing.

- ``redactor.core`` never imports Qt (PySide6, shiboken6, PyQt) nor ``redactor.gui``,
  directly or through another module of the package, at top level or inside a function.
- ``redactor.core.detect`` never imports ``redactor.core.ocr`` (detection works on
  OCR lines, whatever engine made them), directly or transitively.
- No module of ``redactor.core.ocr`` imports one that imports it back (no circle in
  the package's own import graph, lazy imports inside functions included).
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "redactor"
QT_ROOTS = {"PySide6", "shiboken6", "shiboken2", "PySide2", "PyQt5", "PyQt6", "sip"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_package(name: str) -> bool:
    return _modules()[name].name == "__init__.py"


@cache
def _imports(name: str) -> frozenset[str]:
    """Every module ``name`` names in an import statement, anywhere in its source."""
    tree = ast.parse(_modules()[name].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if _is_package(name) else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            for alias in node.names:  # ``from pkg import module`` names a module
                if f"{target}.{alias.name}" in _modules():
                    found.add(f"{target}.{alias.name}")
    return frozenset(found)


def _internal(name: str) -> set[str]:
    """The package's own modules ``name`` imports (``a.b.c`` reached as module or package)."""
    return {m for m in _imports(name) if m in _modules()}


def _reachable(start: str) -> set[str]:
    """Modules of the package that importing ``start`` can run, lazy imports included.

    Importing ``a.b.c`` also runs the packages ``a`` and ``a.b``: they count too."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        m = todo.pop()
        if m in seen:
            continue
        seen.add(m)
        parts = m.split(".")
        parents = {".".join(parts[:i]) for i in range(1, len(parts))}
        todo.extend(_internal(m) | {p for p in parents if p in _modules()})
    return seen


def _core_modules(prefix: str) -> list[str]:
    return [m for m in _modules() if m == prefix or m.startswith(prefix + ".")]


def test_the_walker_sees_the_package() -> None:
    mods = _modules()
    assert "redactor.core.pipeline" in mods and "redactor.core.ocr" in mods
    assert "redactor.core.ocr" in _internal("redactor.core.pipeline")
    assert "PySide6" in {
        m.split(".")[0] for n in _core_modules("redactor.gui") for m in _imports(n)
    }


@pytest.mark.parametrize("module", _core_modules("redactor.core"))
def test_core_never_imports_qt(module: str) -> None:
    offenders = sorted(
        f"{m} imports {imp}"
        for m in _reachable(module)
        for imp in _imports(m)
        if imp.split(".")[0] in QT_ROOTS or imp == "redactor.gui" or imp.startswith("redactor.gui.")
    )
    assert not offenders, offenders


@pytest.mark.parametrize("module", _core_modules("redactor.core.detect"))
def test_detection_never_imports_ocr(module: str) -> None:
    reached = sorted(m for m in _reachable(module) if m.startswith("redactor.core.ocr"))
    assert not reached, f"{module} reaches {reached}"


def test_ocr_modules_have_no_import_circle() -> None:
    ocr = set(_core_modules("redactor.core.ocr"))
    assert {"redactor.core.ocr", "redactor.core.ocr.rapid", "redactor.core.ocr.tesseract"} <= ocr
    graph = {m: _internal(m) & ocr for m in ocr}
    # Depth-first search for a back edge; report the circle found.
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                return [*stack[stack.index(n) :], n]
            if n not in state and (circle := visit(n)):
                return circle
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(ocr):
        if m not in state and (circle := visit(m)):
            pytest.fail("import circle: " + " -> ".join(circle))


def test_tesseract_engine_does_not_ask_the_registry_for_rapidocr() -> None:
    assert "redactor.core.ocr" not in _internal("redactor.core.ocr.tesseract")
    assert "redactor.core.ocr.rapid" not in _internal("redactor.core.ocr.tesseract")
