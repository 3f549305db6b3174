"""Many files in one run: read in order, in a process pool that outlives a
dead worker, with the run's notes gathered into one summary at the end.

The CLI calls :func:`read_all` with one task per file; each task is the
arguments of :func:`postmetrics.read_and_extract`, which returns the
``Document`` or the error it met, so one bad file never stops the others.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .extract import Document, carried_reference, extract_document, extract_page, read_and_extract, run_on
from .io import InputError, display_name, open_page, stream_text
from .pages import split_pages


class WorkerDied(InputError):
    """The process reading a file died (the OOM killer on a big file, a crash)."""


def read_all(tasks: list[tuple], jobs: int = 1) -> Iterator["Document | Exception"]:
    """``read_and_extract(*task)`` for each task, in the order of ``tasks``.

    With ``jobs`` > 1 (and no ``-`` among the sources) files are read in a
    pool of ``jobs`` processes, at most ``8 × jobs`` in flight, so memory
    stays flat.  When a worker dies, the files that were in flight are read
    again one at a time, each alone in a fresh process: the file that kills
    its process again gives a :class:`WorkerDied` error (its rows are
    missing), the others their rows; then the pool is started anew and the
    run goes on.
    """
    if jobs > 1 and len(tasks) > 1 and not any(t[0] == "-" for t in tasks):
        yield from _pooled(tasks, jobs, window=8 * jobs)
    else:
        for task in tasks:
            yield _read(*task)


def parts(result: "Document | PagedDocument") -> Iterator["Document | Exception"]:
    """The documents whose rows make up one file's: the file's own, or its pages one by one."""
    if isinstance(result, PagedDocument):
        yield from result.pages()
    else:
        yield result


def _read(source: str, issue_date: str | None = None, encoding: str | None = None,
          strict: bool = False) -> "Document | PagedDocument | Exception":
    """:func:`read_and_extract` in this process, except that a file of several pages
    (:func:`postmetrics.pages.split_pages`) comes back as a :class:`PagedDocument`,
    read a page at a time; a big text file is also read from disk a piece at a time
    (:func:`postmetrics.io.stream_text`), so memory stays flat whatever its size."""
    streamed = stream_text(source, encoding) if source != "-" else None
    if streamed is not None:
        return PagedDocument(display_name(source), streamed, issue_date)
    try:
        page = open_page(source, encoding=encoding, strict=strict)
    except Exception as e:  # noqa: BLE001 - reported per file by the caller
        return e
    pages = split_pages([page.text])
    next(pages)
    if next(pages, None) is None:
        try:
            document = extract_document(page.text, doc=page.name, issue_date=issue_date)
        except Exception as e:  # noqa: BLE001
            return e
        document.replaced_bytes = page.replaced
        if page.kind == "pdf":  # one page: the page column says 1
            from dataclasses import replace

            document.figures = [replace(f, page=1) for f in document.figures]
        return document
    return PagedDocument(page.name, [page.text], issue_date, page.replaced, numbered=page.kind == "pdf")


class PageError(InputError):
    """A page of a file of pages that could not be read; the other pages' rows are kept."""


class PagedDocument:
    """A file of several pages, read one page at a time, so a newspaper's year in
    one file is written out as it is read, in flat memory.

    ``chunks`` is the file's text in pieces (one str, or :func:`postmetrics.io.stream_text`).
    :meth:`pages` (to be iterated once) yields each page's Document with the
    rows :func:`postmetrics.extract_document` gives for the whole file: items
    numbered through, lines counted from the file's start.  After it,
    ``reference`` is the first reference date found, as for the whole file.
    """

    def __init__(self, doc: str, chunks: Iterable[str], issue_date: str | None, replaced_bytes: int = 0,
                 numbered: bool = False) -> None:
        self.doc, self.replaced_bytes, self.reference = doc, replaced_bytes, None
        self._numbered = numbered  # a PDF's pages: the page column gives each page's number
        self._chunks, self._issue_date = chunks, issue_date

    def pages(self) -> Iterator["Document | Exception"]:
        from dataclasses import replace

        chunks, self._chunks = self._chunks, []
        items = lines = 0
        number = 0
        previous = None  # a PDF's date of the pages before, for a page that prints none
        before = None  # a PDF's page before (run_on)
        for page in split_pages(chunks):
            number += 1
            try:
                if self._numbered:
                    part = run_on(extract_page(page, doc=self.doc, issue_date=self._issue_date, previous=previous),
                                  page, before, self._issue_date)
                    before = (page, part, previous)
                else:
                    part = extract_document(page, doc=self.doc, issue_date=self._issue_date)
            except Exception as e:  # noqa: BLE001 - the other pages still come out
                error = PageError(f"{self.doc}: page {number}: {type(e).__name__}: {e}")
                error.__cause__ = e
                yield error
            else:
                self.reference = self.reference or part.reference
                if self._numbered:
                    previous = carried_reference(previous, part.reference)
                part.figures = [replace(f, item=f.item + items, line=f.line + lines,
                                        page=number if self._numbered else None) for f in part.figures]
                part.items = [{**i, "item": i["item"] + items, "first_line": i["first_line"] + lines,
                               "last_line": i["last_line"] + lines} for i in part.items]
                items += len(part.items)
                yield part
            lines += page.count("\n")


def _pooled(tasks: list[tuple], jobs: int, window: int) -> Iterator["Document | Exception"]:
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=jobs)
    pending: deque = deque()
    todo = iter(tasks)

    def submit(task: tuple) -> Future:
        try:
            return pool.submit(read_and_extract, *task)
        except BrokenProcessPool as e:  # the pool broke since the last result: this task is redone too
            future: Future = Future()
            future.set_exception(e)
            return future

    def fill() -> None:
        while len(pending) < window:
            task = next(todo, None)
            if task is None:
                return
            pending.append((task, submit(task)))

    try:
        fill()
        while pending:
            task, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                # which file killed the worker is not known: every file in flight is read again alone
                redo = [task] + [t for t, _ in pending]
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                yield from _one_by_one(redo)
                pool = ProcessPoolExecutor(max_workers=jobs)
                fill()
                continue
            yield result
            fill()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _one_by_one(tasks: list[tuple]) -> Iterator["Document | Exception"]:
    """Each task in a one-process pool; a death is that task's own."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=1)
    try:
        for task in tasks:
            try:
                yield pool.submit(read_and_extract, *task).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = ProcessPoolExecutor(max_workers=1)
                yield WorkerDied(f"{display_name(task[0])}: the process reading it died (killed by the system, "
                                 "perhaps for lack of memory); its rows are missing")
    finally:
        pool.shutdown(wait=True)


@dataclass
class Notes:
    """What a run has to say on stderr besides errors, said once at the end.

    One file's note is printed as it is; several of a kind are summed up in
    one line.  With ``verbose`` every note is printed as it comes (and the
    summary is left out); with ``quiet`` nothing is printed.
    """

    echo: Callable[[str], None]
    verbose: bool = False
    quiet: bool = False
    undated: list[tuple[str, str]] = field(default_factory=list)   # (doc, note)
    inferred: int = 0
    no_date: int = 0
    no_path_date: int = 0
    replaced: list[tuple[str, str]] = field(default_factory=list)  # (doc, note)
    replaced_bytes: int = 0
    files: int = 0

    def document(self, document: Document, dated: bool, path_dates: bool = False) -> None:
        """Note what needs saying about one document read: how its reference
        date was found when none was given (``dated`` False), and bytes replaced."""
        self.files += 1
        if document.replaced_bytes:
            n = document.replaced_bytes
            self.replaced_bytes += n
            self._add(self.replaced, document.doc,
                      f"{n} byte{'s' * (n > 1)} not valid in its encoding replaced by U+FFFD "
                      "(--strict-encoding refuses such files)")
        if dated:
            return
        ref = document.reference
        where = "no date in its path; " if path_dates else ""
        if ref is not None and ref.source != "inferred":
            return  # dated by the page itself (masthead, date line)
        self.no_path_date += path_dates
        if ref is None:
            self.no_date += 1
            self._add(self.undated, document.doc, f"{where}no date found on the page; relative periods "
                                                  "(今年, 3月17日) are left empty; give --issue-date")
        else:
            self.inferred += 1
            when = f"{ref.year}" + (f"-{ref.month:02d}-{ref.day:02d}" if ref.month and ref.day else "")
            self._add(self.undated, document.doc,
                      f"{where}no --issue-date; reference date inferred as {when}")

    def _add(self, kind: list[tuple[str, str]], doc: str, note: str) -> None:
        kind.append((doc, note))
        if self.verbose and not self.quiet:
            self.echo(f"Note: {doc}: {note}")

    def finish(self) -> None:
        """Print the summary of the run's notes."""
        if self.quiet or self.verbose:
            return
        if len(self.undated) == 1:
            self.echo("Note: {}: {}".format(*self.undated[0]))
        elif self.undated:
            parts = [f"{n} {what}" for n, what in ((self.inferred, "dated by inference from their years and datelines"),
                                                  (self.no_date, "with no date found (relative periods left empty)"))
                     if n]
            path = f" ({self.no_path_date} with no date in their path)" if self.no_path_date else ""
            self.echo(f"Note: {len(self.undated)} of {self.files} files had no --issue-date{path}: {', '.join(parts)}; "
                      "give --issue-date or --issue-date-from path; --verbose lists them")
        if len(self.replaced) == 1:
            self.echo("Note: {}: {}".format(*self.replaced[0]))
        elif self.replaced:
            self.echo(f"Note: {len(self.replaced)} files had bytes not valid in their encoding: "
                      f"{self.replaced_bytes} replaced by U+FFFD; --verbose lists them, "
                      "--strict-encoding refuses such files")
