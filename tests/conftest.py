"""Shared test settings: hypothesis runs without deadlines (no timed tests)."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("postmetrics", deadline=None, max_examples=100)
settings.load_profile("postmetrics")

# Compiled patterns are kept in the user's cache directory between CLI runs
# (postmetrics.recache); tests never read or write the user's cache.
import os
import tempfile

os.environ["POSTMETRICS_CACHE_DIR"] = tempfile.mkdtemp(prefix="postmetrics-test-cache-")
