"""Archives beyond one machine: dask recipes (optional ``dask`` extra).

:func:`postmetrics.extract_path` is pure and picklable, so any scheduler that
maps a function over file paths can run postmetrics.  This module packages
the dask version::

    from dask.distributed import Client
    from postmetrics.archive import figures_bag, figures_dataframe, write_parquet

    if __name__ == "__main__":                  # dask starts processes: a script needs the guard
        client = Client()                       # or Client("scheduler:8786")
        ddf = figures_dataframe(["archive/2023", "archive/2024"])
        write_parquet(ddf, "figures.parquet")   # one file per partition, by doc

The same shape works with PySpark (see docs/archive.md): map file paths
through ``mapInPandas`` with :func:`file_frame`.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .frame import DTYPES, figures_frame
from .io import iter_inputs
from .model import COLUMNS

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd


def archive_paths(paths: Iterable[str]) -> list[str]:
    """Files and directories → sorted ``*.txt`` paths (directories recursive)."""
    return [p for p in iter_inputs(paths) if p != "-" and not p.endswith("/")]


def file_frame(path: str, issue_date: str | None = None) -> "pd.DataFrame":
    """The figures of one file as a DataFrame (SCHEMA columns and dtypes, see
    :func:`postmetrics.frame.figures_frame`); a file that cannot be read gives
    an empty frame, so a task over an archive never fails on one bad file.
    ``issue_date`` (ISO) dates the page as ``--issue-date`` does.  Never raises.
    """
    from .extract import read_and_extract

    result = read_and_extract(path, issue_date)
    if isinstance(result, BaseException):
        return figures_frame([])
    return figures_frame(result.figures)


def _meta() -> "pd.DataFrame":
    return figures_frame([])


def figures_bag(paths: Iterable[str], *, partition_size: int = 64,
                issue_date: str | None = None) -> "dask.bag.Bag":
    """A dask Bag of figure dicts (SCHEMA columns), one task per ``partition_size`` files."""
    import dask.bag as db

    from .extract import read_and_extract

    def figures(path: str) -> list[dict]:
        result = read_and_extract(path, issue_date)
        return [] if isinstance(result, BaseException) else [f.as_dict() for f in result.figures]

    files = archive_paths(paths)
    return db.from_sequence(files, partition_size=partition_size).map(figures).flatten()


def figures_dataframe(paths: Iterable[str], *, files_per_partition: int = 64,
                      issue_date: str | None = None) -> "dask.dataframe.DataFrame":
    """A dask DataFrame of the figures table (SCHEMA columns and dtypes)."""
    import dask
    import dask.dataframe as dd
    import pandas as pd

    files = archive_paths(paths)
    chunks = [files[i:i + files_per_partition] for i in range(0, len(files), files_per_partition)] or [[]]

    def partition(chunk: list[str]) -> pd.DataFrame:
        frames = [file_frame(p, issue_date) for p in chunk]
        df = pd.concat(frames, ignore_index=True) if frames else _meta()
        for col, dtype in DTYPES.items():
            df[col] = df[col].astype(dtype)
        return df[list(COLUMNS)]

    return dd.from_delayed([dask.delayed(partition)(c) for c in chunks], meta=_meta())


def write_parquet(ddf: "dask.dataframe.DataFrame", path: str | Path) -> None:
    """Write the figures table as a directory of Parquet files, one per partition."""
    ddf.to_parquet(str(path), write_index=False)
