"""Shared test settings: hypothesis runs without deadlines (no timed tests)."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("postmetrics", deadline=None, max_examples=100)
settings.load_profile("postmetrics")
