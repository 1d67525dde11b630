"""Number values: ``Num`` (a number read over tokens) and the arithmetic of number-word elements
(``eval_elems``, ``split_numerator``)."""
from __future__ import annotations

import math


def _restated_thousands(v: float, scale: float) -> bool:
    """Round thousands in digits before ألف/آلاف ((18000) ألف ريال، 5000 آلاف جنيه، الـ20000 ألف مهاجر):
    the press restates the thousands the digits already hold, 18,000 riyals, not 18 million (2420 ألف
    وحدة, not round, is 2,420,000)."""
    return scale == 1000 and v >= 1000 and v % 1000 == 0


class Num:
    __slots__ = ("value", "i", "j", "ordinal", "words", "definite", "unit_only", "digits")

    def __init__(self, value, i, j, ordinal=False, words=False, definite=False, unit_only=False, digits=""):
        self.value, self.i, self.j = value, i, j
        self.ordinal, self.words, self.definite, self.unit_only, self.digits = ordinal, words, definite, unit_only, digits


def _class(v):
    return int(math.floor(math.log10(v))) if v >= 1 else -1


def _wellformed(groups):
    cls = [_class(v) for v in groups]
    out = []
    k = 0
    while k < len(cls):
        if cls[k] == 0 and k + 1 < len(cls) and cls[k + 1] == 1 and groups[k + 1] % 10 == 0:
            out.append(1)
            k += 2
            continue
        out.append(cls[k])
        k += 1
    return all(a > b for a, b in zip(out, out[1:]))


def eval_elems(elems):
    """elems: (value, cls, conj) with cls u|teen|ten|h|hN|hpl|scale|scale2|frac|den|teen2."""
    total = cur = seg = 0.0
    last_scale = last_added = 0.0
    prev = None
    for k, (v, cls, conj) in enumerate(elems):
        if conj:
            seg = 0.0
        if cls in ("u", "teen", "ten", "hN"):
            cur += v
            seg += v
        elif cls == "teen2":
            cur += 10
            seg += 10
        elif cls == "h" or cls == "hpl":
            if not conj and cur > 0 and prev == "frac":
                cur += seg * 99
                seg *= 100
            elif not conj and cur > 0 and prev in ("u", "teen", "ten", "teen2"):
                cur *= 100
                seg *= 100
            else:
                cur += 100
                seg += 100
        elif cls in ("scale", "scale2"):
            k = 2 if cls == "scale2" else 1
            if conj or (cur == 0 and prev not in ("scale", "scale2")):
                total += k * v
                last_added = k * v
            elif cur > 0:
                last_added = cur * v
                total += last_added
                cur = seg = 0.0
            elif last_scale < v:
                total += last_added * (v - 1)
                last_added *= v
            else:
                total += k * v
                last_added = k * v
            last_scale = v
        elif cls == "frac" and conj and prev in ("scale", "scale2") and last_scale and (
                k + 1 == len(elems) or elems[k + 1][1] not in ("h", "hpl", "hN", "scale", "scale2", "den")):
            total += v * last_scale  # مليون ونصف (المليون): half of the scale (not الف وربع مية = 1,025)
        elif cls == "frac":
            cur += v
            seg += v
        elif cls == "den":
            cur = cur - seg + seg / v
            seg = seg / v
        prev = cls
    return _as_written(total + cur)


def _as_written(v: float) -> float:
    """``v`` as the text wrote it: a decimal times a scale word or a count of cents comes out of binary
    floats a hair off (68.18 مليار = 68180000000.00001, 35 سنتا = 0.35000000000000003); from 1,000 up at
    12 significant digits, below at 6 decimals when that is within 1e-9. A true fraction (ثلثي = 0.666...)
    stays as it is."""
    if abs(v) >= 1000:
        return float(f"{v:.12g}")
    r = round(v, 6)
    return r if abs(v - r) < 1e-9 else v


def _groups(elems):
    """Split at conjunctions -> list of element lists."""
    out = []
    for e in elems:
        if e[2] or not out:
            out.append([e])
        else:
            out[-1].append(e)
    return out


def split_numerator(elems, den=None):
    """(whole, numerator) for "X و Y من مئة" / "X و Y على Z": shortest well-formed numerator."""
    gs = _groups(elems)
    for k in range(len(gs) - 1, 0, -1):
        head = [e for g in gs[:k] for e in g]
        tail = [e for g in gs[k:] for e in g]
        tail = [(v, c, False) if n == 0 else (v, c, cj) for n, (v, c, cj) in enumerate(tail)]
        hv = [eval_elems(g) for g in gs[:k]]
        tv = [eval_elems(g) for g in gs[k:]]
        num = eval_elems(tail)
        if _wellformed(hv) and _wellformed(tv) and (den is None or num < den):
            return eval_elems(head), num
    return None
