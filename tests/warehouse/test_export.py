"""Exports: one file per table and view plus a codebook; CSV with BOM; Stata files a reader can open."""
from __future__ import annotations

import csv
import struct
from datetime import date, datetime

import duckdb
import pyarrow as pa
import pytest

from warehouse.dta import write_dta
from warehouse.export import export

RELATIONS = {"articles", "stories", "raw_pages", "units", "v_stories", "v_counts", "v_coverage", "v_attention",
             "v_unit_activity", "v_unit_stance", "unit_mentions", "story_labels", "runs", "crawl_runs"}


@pytest.mark.parametrize("fmt", ["parquet", "csv", "dta"])
def test_every_table_and_view_is_exported_with_a_codebook(small_db, tmp_path, fmt):
    con = duckdb.connect(str(small_db), read_only=True)
    files = export(con, tmp_path, fmt, source=str(small_db))
    names = {f.relation for f in files}
    assert RELATIONS <= names
    assert all((tmp_path / f"{name}.{fmt}").exists() for name in names)
    codebook = (tmp_path / "codebook.md").read_text(encoding="utf-8")
    assert f"## v_counts.{fmt}" in codebook and "Measure word" in codebook
    assert not list(tmp_path.glob("*.partial"))


def test_parquet_round_trips_rows(small_db, tmp_path):
    con = duckdb.connect(str(small_db), read_only=True)
    export(con, tmp_path, "parquet")
    back = con.execute(f"SELECT object, value FROM '{tmp_path / 'v_counts.parquet'}' ORDER BY value").fetchall()
    assert back == [("志愿者", 80.0), ("志愿者", 200.0), ("宣传资料", 1500.0)]


def test_csv_is_utf8_with_bom_and_keeps_chinese(small_db, tmp_path):
    con = duckdb.connect(str(small_db), read_only=True)
    export(con, tmp_path, "csv")
    raw = (tmp_path / "v_counts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert sorted(r["object"] for r in rows) == ["宣传资料", "志愿者", "志愿者"]
    header = (tmp_path / "raw_pages.csv").read_bytes().decode("utf-8-sig").splitlines()[0].split(",")
    assert "sha256" in header and "body" not in header


def _read_dta(path):
    """Just enough of a format-118 reader to check the writer: header, map, names, types, fixed-width data."""
    raw = path.read_bytes()
    assert raw.startswith(b"<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>")
    k = struct.unpack_from("<H", raw, raw.index(b"<K>") + 3)[0]
    n = struct.unpack_from("<Q", raw, raw.index(b"<N>") + 3)[0]
    offsets = struct.unpack_from("<14Q", raw, raw.index(b"<map>") + 5)
    for offset, tag in zip(offsets[1:12], (b"<map>", b"<variable_types>", b"<varnames>", b"<sortlist>",
                                           b"<formats>", b"<value_label_names>", b"<variable_labels>",
                                           b"<characteristics>", b"<data>", b"<strls>", b"<value_labels>")):
        assert raw[offset:offset + len(tag)] == tag
    assert offsets[13] == len(raw)
    types = struct.unpack_from(f"<{k}H", raw, offsets[2] + len(b"<variable_types>"))
    start = offsets[3] + len(b"<varnames>")
    names = [raw[start + 129 * i:start + 129 * (i + 1)].split(b"\0")[0].decode() for i in range(k)]
    return raw, k, n, offsets, dict(zip(names, types))


def test_dta_writer_layout_and_values(tmp_path):
    table = pa.table({"unit": ["富源县中安街道", None], "n": [3, None], "day": [date(1960, 1, 11), None],
                      "at": [datetime(1960, 1, 1, 0, 0, 2), None], "tags": [["a", "b"], []],
                      "long": ["长" * 800, ""], "ok": [True, None]})
    names = write_dta(table, tmp_path / "t.dta", dataset_label="测试", labels={"unit": "单位"})
    assert names["long"] == "long_"            # a Stata reserved word
    raw, k, n, offsets, types = _read_dta(tmp_path / "t.dta")
    assert (k, n) == (7, 2)
    assert types["unit"] == len("富源县中安街道".encode()) and types["long_"] == 32768 and types["n"] == 65528
    record = 21 + 4 + 4 + 8 + 4 + 8 + 1                      # str21, long, long, double, str4, strL, byte
    data = offsets[9] + len(b"<data>")
    first = raw[data:data + record]
    assert first[:21].decode() == "富源县中安街道"
    assert struct.unpack_from("<i", first, 21)[0] == 3
    assert struct.unpack_from("<i", first, 25)[0] == 10      # days since 1960-01-01
    assert struct.unpack_from("<d", first, 29)[0] == 2000.0  # milliseconds since 1960-01-01
    assert first[37:41] == b"a; b"
    second = raw[data + record:data + 2 * record]
    assert struct.unpack_from("<i", second, 21)[0] == 2147483621   # Stata's missing long
    assert second[41:49] == b"\0" * 8                              # empty strL
    strls = raw[offsets[10]:offsets[11]]
    assert strls.count(b"GSO") == 1 and ("长" * 800).encode() + b"\0" in strls


def test_dta_files_open_in_pandas_when_available(small_db, tmp_path):
    pandas = pytest.importorskip("pandas")
    con = duckdb.connect(str(small_db), read_only=True)
    export(con, tmp_path, "dta")
    frame = pandas.read_stata(tmp_path / "v_counts.dta")
    assert sorted(frame["object"]) == ["宣传资料", "志愿者", "志愿者"]
