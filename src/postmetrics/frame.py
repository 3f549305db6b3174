"""The figures table as a pandas DataFrame (SCHEMA.md columns and dtypes)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .model import COLUMNS, Figure

if TYPE_CHECKING:  # pandas is imported only when a frame is asked for
    import pandas as pd

#: dtypes of the non-string columns; every other column is a string.
DTYPES = {"item": "Int64", "line": "Int64", "page": "Int64", "value": "float64", "value_high": "float64"}


def figures_frame(figures: Iterable[Figure]) -> "pd.DataFrame":
    """A DataFrame with one row per figure and SCHEMA's columns in order.

    ``value``/``value_high`` are float64 (NaN when absent), ``item``/``line``
    nullable Int64, all other columns str.  No figures → an empty frame with
    all the columns.
    """
    import pandas as pd

    df = pd.DataFrame([f.as_tuple() for f in figures], columns=list(COLUMNS))
    for col in COLUMNS:
        if col in DTYPES:
            df[col] = df[col].astype(DTYPES[col])
        else:
            df[col] = df[col].astype(object).where(df[col].notna(), "").astype(str)
    return df
