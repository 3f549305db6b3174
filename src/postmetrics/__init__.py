"""postmetrics: business figures from Chinese postal-industry news text.

>>> rows = extract("本报讯 2022年，中山邮政药品寄递业务量4.5万件。", issue_date="2023-03-23")
>>> (rows[0].value, rows[0].unit, rows[0].metric, rows[0].period)
(45000.0, '件', 'volume', '2022')
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .extract import extract, extract_document, extract_items, extract_path, read_and_extract
from .io import InputError, read_page
from .summary import summarize
from .model import COLUMNS, Figure

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"
__all__ = ["COLUMNS", "Figure", "InputError", "extract", "extract_document", "extract_frame",
           "extract_items", "extract_path", "read_and_extract", "read_page", "summarize", "__version__"]


def extract_frame(text: str, *, doc: str = "-", issue_date: date | str | None = None) -> "pd.DataFrame":
    """:func:`extract` as a pandas DataFrame with SCHEMA's columns.

    value/value_high are float64, item/line Int64, the rest str.
    """
    from .frame import figures_frame

    return figures_frame(extract(text, doc=doc, issue_date=issue_date))
