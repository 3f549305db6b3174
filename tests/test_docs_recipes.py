"""Every recipe in docs/ runs as written (issue 10).

Each ```python block of docs/*.md is saved as a script and run with this
Python in a folder holding a small archive (archive/2023, archive/2024 and an
unreadable file).  The PySpark recipe runs on Spark when pyspark is
installed, else on a stand-in of the few Spark calls it makes, which applies
the recipe's own function to pandas batches and checks its frames against
the recipe's own schema, so the recipe's code is still run as written.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import textwrap
from urllib.parse import unquote
from pathlib import Path

import pandas as pd
import pytest

import postmetrics

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
BLOCK = re.compile(r"^```(?P<lang>\w+)\n(?P<code>.*?)^```", re.M | re.S)


def blocks(lang: str) -> list[tuple[str, str]]:
    """(doc name #n, code) of every ``lang`` block in docs/*.md."""
    found = []
    for doc in sorted((ROOT / "docs").glob("*.md")):
        for n, m in enumerate((m for m in BLOCK.finditer(doc.read_text("utf-8")) if m["lang"] == lang), start=1):
            found.append((f"{doc.name}#{n}", m["code"]))
    return found


RECIPES = dict(blocks("python"))


def test_the_recipes_are_the_ones_these_tests_know():
    assert sorted(RECIPES) == ["archive.md#1", "archive.md#2"]
    assert "dask" in RECIPES["archive.md#1"] and "pyspark" in RECIPES["archive.md#2"]


@pytest.mark.parametrize("name, code", blocks("sh"))
def test_install_lines_name_extras_that_exist(name, code):
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    for extra in re.findall(r"postmetrics\[(\w+)\]", code):
        assert re.search(rf"^{extra} = \[", pyproject, re.M), f"{name}: no extra {extra!r}"


@pytest.fixture()
def archive(tmp_path):
    for year, names in (("2023", ["seed-page.txt", "005.txt"]), ("2024", ["009.txt", "028.txt"])):
        (tmp_path / "archive" / year).mkdir(parents=True)
        for name in names:
            shutil.copy(DATA / name, tmp_path / "archive" / year / name)
    (tmp_path / "archive" / "2024" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    return tmp_path


def expected(folder: Path) -> pd.DataFrame:
    files = sorted(p for p in (folder / "archive").rglob("*.txt") if p.name != "broken.txt")
    return pd.concat([postmetrics.extract_frame(postmetrics.read_page(p)[1], doc=str(p.relative_to(folder)))
                      for p in files], ignore_index=True)


def run(folder: Path, code: str, *, path: list[str] | None = None) -> subprocess.CompletedProcess:
    import os

    script = folder / "recipe.py"
    script.write_text(code, "utf-8")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}  # Spark's workers use this Python, with postmetrics
    if path:
        env["PYTHONPATH"] = os.pathsep.join(path + [os.environ.get("PYTHONPATH", "")])
    result = subprocess.run([sys.executable, str(script)], cwd=folder, capture_output=True, text=True,
                            env=env, timeout=600)  # the timeout only guards the suite; it measures nothing
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def same_rows(got: pd.DataFrame, want: pd.DataFrame) -> None:
    key = ["doc", "line", "value", "unit", "metric"]
    got = got[list(postmetrics.COLUMNS)].astype({"item": "int64", "line": "int64"})
    want = want.astype({"item": "int64", "line": "int64"})
    for col in ("province", "metric"):
        got[col], want[col] = got[col].astype(str), want[col].astype(str)
    pd.testing.assert_frame_equal(got.sort_values(key).reset_index(drop=True),
                                  want.sort_values(key).reset_index(drop=True), check_dtype=False)


def test_the_dask_recipe_runs_as_a_script(archive):
    pytest.importorskip("dask.distributed")
    result = run(archive, RECIPES["archive.md#1"])
    want = expected(archive)
    same_rows(pd.read_parquet(archive / "figures.parquet"), want)
    assert result.stdout == f"{(want['metric'] == 'volume').sum()} volume figures\n"


STAND_IN = '''
"""The few Spark calls of the recipe, on pandas: the recipe's function is applied
to batches of paths and each frame it yields is checked against the schema."""
import pandas as pd

_TYPES = {"double": pd.api.types.is_float_dtype, "long": lambda t: str(t) in ("int64", "Int64"),
          "string": pd.api.types.is_string_dtype}


class _Rows:
    def __init__(self, frame):
        self.frame = frame

    def count(self):
        return len(self.frame)


class _Reader:
    def parquet(self, path):
        return _Rows(pd.read_parquet(path))


class _Writer:
    def __init__(self, frame):
        self.frame, self.cols = frame, []

    def partitionBy(self, *cols):
        self.cols = list(cols)
        return self

    def parquet(self, path):
        self.frame.to_parquet(path, partition_cols=self.cols or None)


class _Frame:
    def __init__(self, frame):
        self.frame = frame
        self.write = _Writer(frame)

    def mapInPandas(self, fn, schema):
        fields = [f.split() for f in schema.split(", ")]
        batches = [self.frame.iloc[i:i + 2] for i in range(0, len(self.frame), 2)]
        out = []
        for part in fn(iter(batches)):
            assert [n for n, _ in fields] == list(part.columns), "the frame's columns are not the schema's"
            for name, kind in fields:
                assert _TYPES[kind](part[name].dtype), (name, part[name].dtype, kind)
            out.append(part)
        return _Frame(pd.concat(out, ignore_index=True))


class SparkSession:
    class builder:
        @staticmethod
        def getOrCreate():
            return SparkSession()

    read = _Reader()

    def createDataFrame(self, rows, cols):
        return _Frame(pd.DataFrame(rows, columns=cols))
'''


def partitioned(folder: Path, column: str) -> pd.DataFrame:
    """A Parquet folder partitioned by ``column`` (column=value/part-….parquet) read
    part by part (pandas cannot read Spark's null partition together with the others)."""
    frames = []
    for part in sorted(folder.rglob("*.parquet")):
        value = unquote(part.parent.name.split("=", 1)[1])  # pyarrow writes %E5%8C%97…, Spark 北京市
        frame = pd.read_parquet(part)
        frame[column] = "" if value == "__HIVE_DEFAULT_PARTITION__" else value
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def test_the_pyspark_recipe_runs_as_a_script(archive, tmp_path_factory):
    try:
        import pyspark  # noqa: F401
        path = None
    except ImportError:  # pyspark (300 MB and a JVM) is not among the test extras: run on the stand-in
        stand_in = tmp_path_factory.mktemp("stand-in")
        (stand_in / "pyspark").mkdir()
        (stand_in / "pyspark" / "__init__.py").write_text("", "utf-8")
        (stand_in / "pyspark" / "sql.py").write_text(textwrap.dedent(STAND_IN), "utf-8")
        path = [str(stand_in)]
    result = run(archive, RECIPES["archive.md#2"], path=path)
    want = expected(archive)
    got = partitioned(archive / "figures-spark.parquet", "province")
    assert sorted(got["province"].astype(str).unique()) == sorted(want["province"].unique())
    same_rows(got, want)
    assert result.stdout.strip().splitlines()[-1] == f"{len(want)} figures"
