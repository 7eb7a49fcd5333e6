"""A document's pages loaded on access, one page in memory at a time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")


class LazyPages(Sequence[T], Generic[T]):
    """Pages ``0..count-1``, each made by ``_load`` when indexed.

    The last page loaded is kept, so ``pages[i]`` twice in a row costs one load;
    it is dropped before the next load and after a full iteration.
    """

    def __init__(self, count: int) -> None:
        self._count = count
        self._last: tuple[int, T] | None = None

    def _load(self, i: int) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        """Release what the pages hold (an open file, the last page)."""
        self._last = None

    def forget(self) -> None:
        """Drop the page kept from the last access (the caller holds it now)."""
        self._last = None

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._count))]
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError(i)
        if self._last is not None and self._last[0] == i:
            return self._last[1]
        self._last = None  # release the previous page before loading the next
        page = self._load(i)
        self._last = (i, page)
        return page

    def __iter__(self) -> Iterator[T]:
        for i in range(self._count):
            yield self[i]
        self._last = None
