"""The figures table: one :class:`Figure` per row, columns as in SCHEMA.md."""
from __future__ import annotations

from dataclasses import dataclass, fields

#: item_kind values (SCHEMA "item_kind").
ITEM_KINDS = ("news", "photo", "continued", "commentary", "other")
#: metric vocabulary (SCHEMA "Metric vocabulary").
METRICS = ("volume", "revenue", "sales", "business_total", "customers", "count", "area",
           "duration", "rate", "price", "money", "other")
MEASURES = ("level", "change", "pct_change", "share")
QUALIFIERS = ("exact", "about", "over", "under", "range")


@dataclass(frozen=True)
class Figure:
    """One figure of a news item, with the item's context (SCHEMA.md columns).

    ``value`` is in the base unit (4.5万件 → 45000.0); ``value_high`` is the
    upper end of a range, else None; ``item`` and ``line`` are 1-based;
    ``page`` is the 1-based page of a PDF, None for text and web pages;
    empty strings stand for "not known".
    """

    doc: str
    item: int
    headline: str
    item_kind: str
    province: str
    city: str
    county: str
    org: str
    item_date: str
    metric: str
    measure: str
    value: float
    value_high: float | None
    qualifier: str
    unit: str
    subject: str
    period: str
    basis: str
    quote: str
    line: int
    page: int | None = None

    def as_dict(self) -> dict[str, str | int | float | None]:
        """The row as a dict, columns in SCHEMA order.

        Every value is a str, int, float or None, so a shallow copy does
        (``dataclasses.asdict`` deep-copies each value: 14 % of the CLI's
        time on an archive).
        """
        return dict(self.__dict__)

    def as_tuple(self) -> tuple[str | int | float | None, ...]:
        """The row as a tuple, columns in SCHEMA order (see :meth:`as_dict`)."""
        return tuple(self.__dict__.values())


#: column names in SCHEMA order.
COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Figure))
