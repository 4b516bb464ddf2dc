"""Answers as plain JSON: what crosses from a student's process to the grader's.

encode(value) runs where the student's code runs (the kernel, the function runner); decode(data)
runs in the grader. Nothing is unpickled in the grader: a value is rebuilt only from JSON numbers,
strings, lists and tensors, so a hostile answer can claim a value (which is then judged like any
other), but it cannot run code in the grader. Types a question kind could treat specially keep
their type (tuple, numpy scalar, torch tensor of any real dtype, ...); anything else becomes an
Opaque value, which no answer kind accepts, exactly as check() would not.
"""
import math

LIMIT = 8_000_000  # characters of JSON per answer; more is refused (a huge value is not an answer)
_TENSOR_DTYPES = {"float64", "float32", "float16", "bfloat16", "int64", "int32", "int16", "int8", "uint8", "bool"}


class TooLarge(ValueError):
    pass


class Opaque:
    """A value of a type no answer kind reads; converting it to anything fails."""

    def __init__(self, type_name, text):
        self.type_name, self.text = type_name, text

    def __repr__(self):
        return self.text

    def __float__(self):
        raise TypeError(f"{self.type_name} is not a number")

    def __index__(self):
        raise TypeError(f"{self.type_name} is not an integer")


def _short_repr(value, limit=80):
    try:
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[:limit] + "…"


def _opaque(value):
    return {"$": "opaque", "type": type(value).__name__, "repr": _short_repr(value)}


def _number(x):
    """A float as JSON allows it (NaN and infinities as strings)."""
    if math.isfinite(x):
        return x
    return {"$": "float", "v": repr(x)}


def encode(value, depth=0):
    """`value` as JSON-able data (runs in the student's process)."""
    import sys
    if depth > 20:
        return _opaque(value)
    if value is Ellipsis:
        return {"$": "ellipsis"}
    if value is None or isinstance(value, bool):
        return value
    if type(value) is int:
        return value if abs(value) < 2 ** 63 else {"$": "bigint", "v": str(value)}
    if type(value) is float:
        return _number(value)
    if isinstance(value, str):
        return {"$": "str", "v": str.__str__(value)}  # a str subclass is read as its plain text, as Choice does
    if type(value) in (list, tuple):
        items = [encode(v, depth + 1) for v in value[:100_000]] if len(value) <= 100_000 else None
        if items is None:
            return _opaque(value)
        return {"$": "tuple", "v": items} if type(value) is tuple else items
    torch = sys.modules.get("torch")
    if torch is not None:
        if type(value) is torch.Size:
            return {"$": "tuple", "v": [int(n) for n in value]}
        if isinstance(value, torch.Tensor):
            return _tensor(value, torch)
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        if isinstance(value, numpy.ndarray) and type(value) is numpy.ndarray and value.dtype.kind in "biuf":
            if value.size > 2_000_000:
                return _opaque(value)
            return {"$": "ndarray", "dtype": value.dtype.str, "shape": list(value.shape),
                    "v": [_number(float(x)) if value.dtype.kind == "f" else x for x in value.ravel().tolist()]}
        if isinstance(value, numpy.generic) and value.dtype.kind in "biuf":
            item = value.item()
            return {"$": "npscalar", "dtype": value.dtype.str,
                    "v": _number(float(item)) if value.dtype.kind == "f" else item}
        if isinstance(value, numpy.str_):
            return {"$": "str", "v": str.__str__(value)}
    import decimal
    import fractions
    if isinstance(value, (fractions.Fraction, decimal.Decimal, float, int)):  # subclasses: read as the number
        try:
            return {"$": "real", "v": _number(float(value))}
        except Exception:
            return _opaque(value)
    return _opaque(value)


def _tensor(value, torch):
    plain = type(value) in (torch.Tensor, torch.nn.Parameter)
    dtype = str(value.dtype).removeprefix("torch.")
    readable = (plain and value.layout == torch.strided and not value.is_meta and not value.is_quantized
                and not getattr(value, "is_nested", False) and value.device.type == "cpu"
                and dtype in _TENSOR_DTYPES and value.numel() <= 2_000_000)
    if not readable:
        return _opaque(value)
    flat = value.detach().reshape(-1)
    if value.is_floating_point():
        values = [_number(x) for x in flat.to(torch.float64).tolist()]
    else:
        values = flat.tolist()
    return {"$": "tensor", "dtype": dtype, "shape": list(value.shape), "v": values}


def _float(x):
    if isinstance(x, dict) and x.get("$") == "float":
        return float(x["v"])
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return float(x)
    raise ValueError("not a number")


def decode(data, depth=0):
    """The grader's value for JSON data from encode() (never runs code from the student)."""
    if depth > 25:
        raise ValueError("answer nested too deeply")
    if data is None or isinstance(data, (bool, int, float)):
        return data
    if isinstance(data, list):
        return [decode(v, depth + 1) for v in data]
    if not isinstance(data, dict):
        raise ValueError(f"unexpected {type(data).__name__} in an answer")
    tag = data.get("$")
    if tag == "ellipsis":
        return Ellipsis
    if tag == "str":
        return str(data["v"])
    if tag == "tuple":
        return tuple(decode(v, depth + 1) for v in data["v"])
    if tag == "bigint":
        return int(str(data["v"])[:400])
    if tag in ("float", "real"):
        return _float(data) if tag == "float" else _float(data["v"])
    if tag == "tensor":
        import torch
        dtype = str(data["dtype"])
        if dtype not in _TENSOR_DTYPES:
            raise ValueError(f"unexpected tensor dtype {dtype}")
        shape = [int(n) for n in data["shape"]]
        raw = data["v"]
        if dtype in ("float64", "float32", "float16", "bfloat16"):
            values = [_float(x) for x in raw]
        else:
            values = [bool(x) if dtype == "bool" else int(x) for x in raw]
        if math.prod(shape) != len(values):
            raise ValueError("tensor shape and values disagree")
        return torch.tensor(values, dtype=getattr(torch, dtype)).reshape(shape)
    if tag in ("ndarray", "npscalar"):
        import numpy
        dtype = numpy.dtype(str(data["dtype"]))
        if dtype.kind not in "biuf":
            raise ValueError("unexpected numpy dtype")
        if tag == "npscalar":
            return dtype.type(_float(data["v"]) if dtype.kind == "f" else data["v"])
        shape = [int(n) for n in data["shape"]]
        values = [_float(x) if dtype.kind == "f" else x for x in data["v"]]
        return numpy.array(values, dtype=dtype).reshape(shape)
    if tag == "opaque":
        return Opaque(str(data.get("type", "object"))[:60], str(data.get("repr", ""))[:200])
    raise ValueError(f"unknown answer tag {tag!r}")
