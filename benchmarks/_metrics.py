"""Scoring of a cleaner's answers against truth.json: the development set's metric definitions, reimplemented.

Same definitions as ``../shared/dev/score.py`` (see ``../shared/dev/README.md``), written again so the
benchmarks run where that file is absent; ``benchmarks/restoration.py`` prints them. Standard library plus
rapidfuzz (LCS lengths).

* ``score_case(truth, answer, error, seconds)`` -> one row of counts; ``aggregate(rows)`` -> the metrics;
* text views: ``norm_ws`` (comparison), ``fold`` (keyword matching), ``count_keywords``.
"""

from __future__ import annotations

import difflib
import json
import re
import statistics
import unicodedata
from collections import Counter
from datetime import datetime

from rapidfuzz.distance import LCSseq

SCALAR_FIELDS = ("title", "subtitle", "section", "source", "byline")
LIST_FIELDS = ("authors", "captions", "paragraphs", "tags")
DATE_FIELDS = ("published", "modified")
TOKEN_FIELDS = ("title", "subtitle", "section", "source", "byline", "captions", "paragraphs")
KEYWORD_FIELDS = ("title", "subtitle", "section", "source", "byline", "authors", "captions", "paragraphs", "tags")
RESTORE_FIELDS = ("title", "subtitle", "captions", "paragraphs")
EXACT_FIELDS = ("title", "captions", "section", "source", "byline", "published", "modified", "tags")
CLOSE_MATCH = 0.8

_SPACES = re.compile(r"\s+")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f"), None)
_HANGUL_GAP = re.compile(r"(?<=[\uac00-\ud7a3])[\s.]+(?=[\uac00-\ud7a3])")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")

# ------------------------------------------------------------------------------------------------------------
# text views


def norm_ws(s: object) -> str:
    """NFC, every run of whitespace (NBSP too) one space, stripped."""
    if s is None:
        return ""
    s = s if isinstance(s, str) else str(s)
    return _SPACES.sub(" ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()


def fold(s: str) -> str:
    """NFKC, zero-width characters removed, whitespace and dots between Hangul syllables removed, casefold."""
    s = unicodedata.normalize("NFKC", s).translate(_ZERO_WIDTH)
    return _HANGUL_GAP.sub("", s).casefold()


def count_keywords(folded: str, keywords: list[str]) -> Counter:
    """Occurrences of each (folded) keyword in a folded text, longest first, without overlaps."""
    counts: Counter = Counter()
    for kw in sorted({k for k in keywords if k}, key=lambda k: (-len(k), k)):
        n = folded.count(kw)
        if n:
            counts[kw] = n
            folded = folded.replace(kw, "\x00")
    return counts


def tokens(s: str) -> list[str]:
    return norm_ws(s).split()


def lcs_len(a, b) -> int:
    return int(LCSseq.similarity(a, b)) if a and b else 0


def similarity(a: str, b: str) -> float:
    """2*LCS/(|a|+|b|)."""
    return 1.0 if not a and not b else 2.0 * lcs_len(a, b) / (len(a) + len(b))


def parse_dt(s: object) -> datetime | None:
    """ISO 8601 date-time (offset needed later for a match); None when absent or unreadable."""
    if not isinstance(s, str) or not s.strip():
        return None
    t = s.strip().replace(" ", "T", 1)
    if t.endswith(("Z", "z")):
        t = t[:-1] + "+00:00"
    t = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", t)
    t = re.sub(r"\.(\d{1,6})\d*(?=[+-]|$)", lambda m: "." + m.group(1).ljust(6, "0"), t)
    try:
        return datetime.fromisoformat(t)
    except ValueError:
        return None


def same_instant(out: object, truth: object) -> bool:
    if truth in (None, ""):
        return out in (None, "")
    a, b = parse_dt(out), parse_dt(truth)
    return bool(a and b and a.tzinfo and b.tzinfo and a == b)


# ------------------------------------------------------------------------------------------------------------
# answers


def coerce_article(obj: object) -> dict:
    """An answer in the Article shape (missing keys empty); ValueError when it is not a JSON object."""
    if not isinstance(obj, dict):
        raise ValueError(f"answer is {type(obj).__name__}, not a JSON object")

    def as_str(v):
        return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)

    art: dict = {f: "" if obj.get(f) is None else as_str(obj.get(f)) for f in SCALAR_FIELDS}
    art.update({f: obj.get(f) if isinstance(obj.get(f), str) else None for f in DATE_FIELDS})
    for f in LIST_FIELDS:
        v = obj.get(f)
        v = [] if v is None else v if isinstance(v, list) else [v]
        art[f] = [as_str(x) for x in v if x is not None]
    spam = obj.get("spam")
    if not isinstance(spam, dict):
        spam = obj.get("report") if isinstance(obj.get("report"), dict) else {}
    c, edits, kws = spam.get("contaminated"), spam.get("edits"), spam.get("keywords")
    art["spam"] = {"contaminated": c if isinstance(c, bool) else None,
                   "edits": edits if isinstance(edits, list) else [],
                   "keywords": kws if isinstance(kws, list) else []}
    return art


def _field_text(art: dict, f: str) -> str:
    v = art.get(f)
    return "\n".join(norm_ws(x) for x in v) if isinstance(v, list) else norm_ws(v)


def _keyword_view(art: dict) -> str:
    parts = []
    for f in KEYWORD_FIELDS:
        v = art.get(f)
        parts.extend(v if isinstance(v, list) else [v or ""])
    return "\x01".join(fold(norm_ws(p)) for p in parts)


def paras(art: dict) -> list[str]:
    return [p for p in (norm_ws(x) for x in art.get("paragraphs") or []) if p]


def _close_match(p: str, truth_paras: list[str], truth_set: set) -> bool:
    if p in truth_set:
        return True
    for t in truth_paras:
        if len(p) >= 10 and p in t:
            return True
        lo, hi = sorted((len(p), len(t)))
        if hi and 2 * lo / (lo + hi) >= CLOSE_MATCH and similarity(p, t) >= CLOSE_MATCH:
            return True
    return False


def _wrong_restorations(truth_toks: list[str], out_toks: list[str], original: str, kw_parts: list[str]) -> int:
    """Tokens where a different word took the substituted original's place (prefix+X+suffix, X not the
    original and not the keyword), in short one-for-one replacements of the token alignment."""
    wrong = 0
    hangul = bool(_HANGUL.search(original))
    sm = difflib.SequenceMatcher(None, truth_toks, out_toks, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "replace" or i2 - i1 != j2 - j1 or i2 - i1 > 3:
            continue
        for t, o in zip(truth_toks[i1:i2], out_toks[j1:j2], strict=True):
            if original not in t or original in o:
                continue
            pre, suf = t.split(original, 1)
            if not (o.startswith(pre) and o.endswith(suf)) or len(o) <= len(pre) + len(suf):
                continue
            mid = o[len(pre):len(o) - len(suf)]
            if any(k in fold(mid) or fold(mid) in k for k in kw_parts):
                continue
            if hangul and not _HANGUL.search(mid):
                continue
            if re.fullmatch(r"\w+", mid):
                wrong += 1
    return wrong


# ------------------------------------------------------------------------------------------------------------
# one case


def score_case(truth: dict, ans: dict | None, error: str | None = None, seconds: float = 0.0) -> dict:
    """The counts of one case; ``ans`` is the coerced answer (None with ``error`` when the cleaner failed)."""
    t_art = coerce_article(truth["article"])
    inj = truth.get("injected") or {}
    contaminated = bool(truth.get("contaminated"))
    kinds = truth.get("kind") or []
    failed = error is not None
    out = ans if ans is not None else coerce_article({})
    r: dict = {"case_id": truth.get("case_id"), "kind": [kinds] if isinstance(kinds, str) else list(kinds),
               "contaminated": contaminated, "error": error, "seconds": round(seconds, 4)}

    occ = int(inj.get("occurrences") or 0) + int(inj.get("hidden_occurrences") or 0)
    kws = sorted({fold(k) for k in inj.get("keywords") or [] if fold(k)})
    excess = 0
    if kws:
        c_out, c_truth = count_keywords(_keyword_view(out), kws), count_keywords(_keyword_view(t_art), kws)
        excess = sum(max(0, c_out[k] - c_truth[k]) for k in kws)
        r["residual_by_keyword"] = {k: c_out[k] - c_truth[k] for k in kws if c_out[k] > c_truth[k]}
    r["residual_excess"], r["residual_denom"] = (occ if failed else excess), occ

    num = den = wrong = 0
    for sub in inj.get("substitutions") or []:
        fields = sub.get("fields") or {}
        orig = sub.get("original") or ""
        if isinstance(fields, list) or not orig:
            continue
        kw_parts = [fold(x) for x in str(sub.get("keyword") or "").split() if len(fold(x)) >= 2]
        for f in RESTORE_FIELDS:
            n_sub = int(fields.get(f) or 0)
            if not n_sub:
                continue
            truth_c = _field_text(t_art, f).count(orig)
            got = min(_field_text(out, f).count(orig), truth_c) - (truth_c - n_sub)
            num += max(0, min(n_sub, got))
            den += n_sub
            if not failed:
                wrong += _wrong_restorations(tokens(_field_text(t_art, f)), tokens(_field_text(out, f)), orig,
                                             kw_parts)
    r["restored_num"], r["restored_den"], r["wrong_num"] = (0 if failed else num), den, (0 if failed else wrong)

    spurious = lost = t_tokens = 0
    for f in TOKEN_FIELDS:
        tt, ot = tokens(_field_text(t_art, f)), tokens(_field_text(out, f))
        common = lcs_len(tt, ot)
        t_tokens += len(tt)
        spurious += len(ot) - common
        lost += len(tt) - common
    r["spurious"], r["lost"], r["truth_tokens"] = (0, t_tokens, t_tokens) if failed else (spurious, lost, t_tokens)

    t_paras, o_paras = paras(t_art), paras(out)
    r["para_matched"] = sum((Counter(t_paras) & Counter(o_paras)).values())
    r["para_total"] = len(t_paras)
    t_set = set(t_paras)
    r["extra_paragraphs"] = sum(1 for p in o_paras if not _close_match(p, t_paras, t_set))

    ok = not failed
    r["title_exact"] = int(ok and norm_ws(out["title"]) == norm_ws(t_art["title"]))
    t_caps = [c for c in map(norm_ws, t_art["captions"]) if c]
    r["captions_exact"] = int(ok and [c for c in map(norm_ws, out["captions"]) if c] == t_caps)
    for f in ("section", "source", "byline"):
        r[f + "_exact"] = int(ok and norm_ws(out[f]) == norm_ws(t_art[f]))
    for f in DATE_FIELDS:
        r[f + "_exact"] = int(ok and same_instant(out[f], truth["article"].get(f)))
    r["tags_exact"] = int(ok and sorted(x for x in map(norm_ws, out["tags"]) if x)
                          == sorted(x for x in map(norm_ws, t_art["tags"]) if x))

    tb, ob = Counter(tokens(" ".join(t_paras))), Counter(tokens(" ".join(o_paras)))
    common_b = sum((tb & ob).values())
    r["body_p"] = 0.0 if failed else (common_b / sum(ob.values()) if ob else None)
    r["body_r"] = common_b / sum(tb.values()) if tb else 1.0

    n_edits = len(out["spam"]["edits"])
    if not contaminated:
        exact = r["title_exact"] and r["captions_exact"] and o_paras == t_paras
        r["clean_exact"] = int(bool(exact) and n_edits == 0 and ok)
        r["false_edits"] = n_edits + (0 if ok else 1)
    else:
        r["clean_exact"] = r["false_edits"] = None
    r["predicted"] = (not contaminated) if failed else out["spam"]["contaminated"]
    return r


# ------------------------------------------------------------------------------------------------------------
# aggregation


def _ratio(num: float, den: float):
    return num / den if den else None


def aggregate(rows: list[dict]) -> dict:
    """Pooled metrics (ratios of sums; body F1 from averaged precision and recall)."""
    m: dict = {"cases": len(rows), "errors": sum(1 for r in rows if r["error"])}

    def total(key: str) -> float:
        return sum(r[key] for r in rows)

    m["residual_keywords"] = _ratio(total("residual_excess"), total("residual_denom"))
    rest_num, rest_den, wrong = total("restored_num"), total("restored_den"), total("wrong_num")
    m["restored"] = _ratio(rest_num, rest_den)
    m["wrong_restored"] = (wrong / (rest_num + wrong) if rest_num + wrong else 0.0) if rest_den else None
    tt = total("truth_tokens")
    m["spurious_tokens"] = _ratio(1000.0 * total("spurious"), tt)
    m["lost_tokens"] = _ratio(1000.0 * total("lost"), tt)
    m["paragraph_exact"] = _ratio(total("para_matched"), total("para_total"))
    m["extra_paragraphs"] = _ratio(total("extra_paragraphs"), len(rows))
    for f in EXACT_FIELDS:
        m[f + "_exact"] = _ratio(total(f + "_exact"), len(rows))
    ps = [r["body_p"] for r in rows if r["body_p"] is not None]
    p = statistics.fmean(ps) if ps else 0.0
    rc = statistics.fmean(r["body_r"] for r in rows) if rows else 0.0
    m["body_precision"], m["body_recall"] = p, rc
    m["body_f1"] = 2 * p * rc / (p + rc) if p + rc else 0.0
    clean = [r for r in rows if not r["contaminated"]]
    m["clean_cases"] = len(clean)
    m["clean_exact"] = _ratio(sum(r["clean_exact"] for r in clean), len(clean))
    m["false_edits"] = sum(r["false_edits"] for r in clean) if clean else None
    if all(r["predicted"] is None for r in rows):
        m["detection_precision"] = m["detection_recall"] = None
    else:
        pos = sum(1 for r in rows if r["contaminated"])
        tp = sum(1 for r in rows if r["contaminated"] and r["predicted"])
        fp = sum(1 for r in rows if not r["contaminated"] and r["predicted"])
        m["detection_precision"] = _ratio(tp, tp + fp) if tp + fp else (1.0 if pos == 0 else 0.0)
        m["detection_recall"] = _ratio(tp, pos)
    secs = [r["seconds"] for r in rows if not r["error"]]
    m["seconds_per_case"] = statistics.median(secs) if secs else None
    return m


def kinds_of(rows: list[dict]) -> list[str]:
    """Every kind label of the rows, most frequent first."""
    seen = Counter(k for r in rows for k in r["kind"])
    return sorted(seen, key=lambda k: (-seen[k], k))


def badness(r: dict) -> float:
    """How bad a case went (for listing the worst ones first)."""
    if r["error"]:
        return 1e9
    b = 0.0
    if r["residual_denom"]:
        b += 3 * r["residual_excess"] / r["residual_denom"]
    if r["restored_den"]:
        b += 2 * (1 - r["restored_num"] / r["restored_den"])
    if r["para_total"]:
        b += 1 - r["para_matched"] / r["para_total"]
    b += r["extra_paragraphs"] * 0.2 + (r["spurious"] + r["lost"]) / max(1, r["truth_tokens"])
    b += (1 - r["title_exact"]) * 0.5 + (1 - r["captions_exact"]) * 0.5
    return b + (2 if r["false_edits"] else 0)
