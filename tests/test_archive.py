"""The dask recipe on a local cluster: same rows as the CLI, partitioned Parquet."""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest

import postmetrics

DATA = Path(__file__).parent / "data"
PAGES = ["seed-page.txt", "005.txt", "009.txt", "028.txt"]

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("archive")
    for i, name in enumerate(PAGES):
        sub = root / f"part{i % 2}"
        sub.mkdir(exist_ok=True)
        shutil.copy(DATA / name, sub / name)
    (root / "part0" / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    return root


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


def _expected(archive: Path) -> pd.DataFrame:
    frames = [postmetrics.extract_path(str(p), issue_date="2023-03-23")
              for p in sorted(archive.rglob("*.txt")) if p.name != "broken.txt"]
    return pd.concat(frames, ignore_index=True)


def test_extract_path_and_read_and_extract_are_picklable():
    for fn in (postmetrics.extract_path, postmetrics.read_and_extract):
        assert pickle.loads(pickle.dumps(fn)) is fn


def test_extract_path_reads_one_file():
    df = postmetrics.extract_path(str(DATA / "005.txt"))
    assert list(df.columns) == list(postmetrics.COLUMNS)
    assert len(df) == 14
    assert set(df["doc"]) == {str(DATA / "005.txt")}


def test_extract_path_raises_input_error_for_a_missing_file(tmp_path):
    with pytest.raises(postmetrics.InputError, match="no such file"):
        postmetrics.extract_path(str(tmp_path / "missing.txt"))


def test_dask_dataframe_gives_the_same_rows(archive, client):
    from postmetrics.archive import figures_dataframe

    ddf = figures_dataframe([str(archive)], files_per_partition=2, issue_date="2023-03-23")
    assert ddf.npartitions == 3
    got = ddf.compute().reset_index(drop=True)
    expected = _expected(archive)
    assert list(got.columns) == list(postmetrics.COLUMNS)
    assert str(got["value"].dtype) == "float64" and str(got["line"].dtype) == "Int64"
    key = ["doc", "line", "value", "unit"]
    pd.testing.assert_frame_equal(got.sort_values(key).reset_index(drop=True),
                                  expected.sort_values(key).reset_index(drop=True))


def test_dask_bag_counts_the_same_figures(archive, client):
    from postmetrics.archive import figures_bag

    bag = figures_bag([str(archive)], partition_size=2, issue_date="2023-03-23")
    rows = bag.compute()
    assert len(rows) == len(_expected(archive))
    assert {r["metric"] for r in rows} >= {"volume", "revenue"}


def test_partitioned_parquet_reads_back(archive, client, tmp_path):
    from postmetrics.archive import figures_dataframe, write_parquet

    ddf = figures_dataframe([str(archive)], files_per_partition=2, issue_date="2023-03-23")
    out = tmp_path / "figures.parquet"
    write_parquet(ddf, out)
    assert len(list(out.glob("*.parquet"))) == 3
    back = pd.read_parquet(out)
    assert len(back) == len(_expected(archive))
    assert back["value"].sum() == pytest.approx(_expected(archive)["value"].sum())
