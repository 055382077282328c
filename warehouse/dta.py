"""A small Stata .dta writer (format 118: UTF-8 strings, strL for long text), so Stata and R users need no
converter. Columns arrive as Python lists from an Arrow table; lists and JSON become text, dates %td, times %tc.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa

STR_MAX = 2045
STRL = 32768
DOUBLE, LONG, BYTE = 65526, 65528, 65530
MISSING = {DOUBLE: struct.pack("<Q", 0x7FE0000000000000), LONG: struct.pack("<i", 2147483621),
           BYTE: struct.pack("<b", 101)}
LONG_MIN, LONG_MAX = -2147483647, 2147483620
STATA_EPOCH = date(1960, 1, 1)
STATA_EPOCH_DT = datetime(1960, 1, 1)
RESERVED = {"_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_N",
            "_pi", "_pred", "_rc", "_skip", "strL", "using", "with"}


@dataclass
class Variable:
    name: str
    type_code: int
    fmt: str
    label: str
    values: list[Any]


def stata_name(name: str, taken: set[str]) -> str:
    """A legal, unique Stata variable name (letters, digits, _; 32 characters at most)."""
    out = re.sub(r"[^A-Za-z0-9_]", "_", name) or "v"
    if out[0].isdigit():
        out = "_" + out
    if out in RESERVED or re.fullmatch(r"str\d+", out):
        out += "_"
    out = out[:32]
    base, n = out, 1
    while out in taken:
        n += 1
        out = f"{base[:32 - len(str(n)) - 1]}_{n}"
    taken.add(out)
    return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _variable(name: str, label: str, column: pa.ChunkedArray) -> Variable:
    kind = column.type
    values = column.to_pylist()
    if pa.types.is_boolean(kind):
        return Variable(name, BYTE, "%8.0g", label, [None if v is None else int(v) for v in values])
    if pa.types.is_integer(kind):
        in_range = all(v is None or LONG_MIN <= v <= LONG_MAX for v in values)
        if in_range:
            return Variable(name, LONG, "%12.0g", label, values)
        return Variable(name, DOUBLE, "%18.0g", label, [None if v is None else float(v) for v in values])
    if pa.types.is_floating(kind) or pa.types.is_decimal(kind):
        return Variable(name, DOUBLE, "%10.0g", label, [None if v is None else float(v) for v in values])
    if pa.types.is_date(kind):
        return Variable(name, LONG, "%td", label, [None if v is None else (v - STATA_EPOCH).days for v in values])
    if pa.types.is_timestamp(kind):
        return Variable(name, DOUBLE, "%tc", label, [
            None if v is None else round((v.replace(tzinfo=None) - STATA_EPOCH_DT).total_seconds() * 1000)
            for v in values])
    texts = [_text(v) for v in values]
    longest = max((len(t.encode("utf-8")) for t in texts), default=1)
    if longest > STR_MAX:
        return Variable(name, STRL, "%9s", label, texts)
    width = max(longest, 1)
    return Variable(name, width, f"%-{min(width, 2045)}s", label, texts)


def _fixed(text: str, size: int) -> bytes:
    raw = text.encode("utf-8")[:size - 1]
    while raw:  # never cut a UTF-8 character in half
        try:
            raw.decode("utf-8")
            break
        except UnicodeDecodeError:
            raw = raw[:-1]
    return raw + b"\0" * (size - len(raw))


def write_dta(table: pa.Table, path: Path, *, dataset_label: str = "",
              labels: dict[str, str] | None = None) -> dict[str, str]:
    """Write `table` to `path`; returns the Stata name given to each column (they can differ)."""
    labels = labels or {}
    taken: set[str] = set()
    variables = [_variable(stata_name(field.name, taken), labels.get(field.name, ""), table.column(i))
                 for i, field in enumerate(table.schema)]
    with open(path, "wb") as out:
        _write(out, variables, table.num_rows, dataset_label)
    return {field.name: var.name for field, var in zip(table.schema, variables)}


def _write(out: BinaryIO, variables: list[Variable], n: int, dataset_label: str) -> None:
    k = len(variables)
    offsets: list[int] = []

    def tag(name: str, body: bytes = b"") -> None:
        offsets.append(out.tell())
        out.write(f"<{name}>".encode() + body + f"</{name}>".encode())

    out.write(b"<stata_dta><header><release>118</release><byteorder>LSF</byteorder>")
    label = dataset_label.encode("utf-8")[:320]
    stamp = datetime.now().strftime("%d %b %Y %H:%M").encode()
    out.write(b"<K>" + struct.pack("<H", k) + b"</K><N>" + struct.pack("<Q", n) + b"</N>")
    out.write(b"<label>" + struct.pack("<H", len(label)) + label + b"</label>")
    out.write(b"<timestamp>" + struct.pack("<B", len(stamp)) + stamp + b"</timestamp></header>")
    map_position = out.tell()
    out.write(b"<map>" + b"\0" * 8 * 14 + b"</map>")
    offsets += [0, map_position]
    tag("variable_types", b"".join(struct.pack("<H", v.type_code) for v in variables))
    tag("varnames", b"".join(_fixed(v.name, 129) for v in variables))
    tag("sortlist", b"\0\0" * (k + 1))
    tag("formats", b"".join(_fixed(v.fmt, 57) for v in variables))
    tag("value_label_names", b"\0" * 129 * k)
    tag("variable_labels", b"".join(_fixed(v.label[:80], 321) for v in variables))
    tag("characteristics")
    offsets.append(out.tell())
    out.write(b"<data>")
    strls: list[bytes] = []
    for row in range(n):
        record = bytearray()
        for index, var in enumerate(variables, 1):
            value = var.values[row]
            if var.type_code == STRL:
                if value:
                    record += struct.pack("<Q", index + (row + 1) * 2 ** 16)
                    raw = value.encode("utf-8") + b"\0"
                    strls.append(b"GSO" + struct.pack("<IQBI", index, row + 1, 130, len(raw)) + raw)
                else:
                    record += b"\0" * 8
            elif var.type_code <= STR_MAX:
                record += _fixed_exact(value, var.type_code)
            elif value is None:
                record += MISSING[var.type_code]
            elif var.type_code == DOUBLE:
                record += struct.pack("<d", value)
            elif var.type_code == LONG:
                record += struct.pack("<i", value)
            else:
                record += struct.pack("<b", value)
        out.write(bytes(record))
    out.write(b"</data>")
    tag("strls", b"".join(strls))
    tag("value_labels")
    offsets.append(out.tell())
    out.write(b"</stata_dta>")
    offsets.append(out.tell())
    out.seek(map_position + len(b"<map>"))
    out.write(b"".join(struct.pack("<Q", o) for o in offsets))


def _fixed_exact(text: str, width: int) -> bytes:
    raw = text.encode("utf-8")
    return raw + b"\0" * (width - len(raw))
