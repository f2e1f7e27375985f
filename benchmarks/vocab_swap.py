"""The development set with its spam vocabulary swapped for keywords it never used.

Every keyword the truth of a case lists is replaced, in the page, by another keyword from the list below
(invented here, in the shapes spam uses), consistently within the page; the article truth does not change.  Run
the development scorer on the result to see how much of cleantext's score comes from mechanisms rather than
from the words it has seen:

    python benchmarks/vocab_swap.py --out /tmp/swapped [--seed 3]
    python ../shared/dev/score.py /tmp/swapped --python

Obfuscated spellings (spaced, dotted, zero-width, fullwidth) of a keyword are left as they were.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev" / "cases"

# keywords in the shapes of gambling spam, none taken from the development set
VOCABULARY = [
    "썬시티카지노", "에볼루션바카라", "스피드룰렛 사이트", "파라다이스슬롯", "크라운벳", "빅토리벳88", "k8카지노",
    "jackpot365", "betzone9", "토토사이트 순위표", "안전한 토토놀이터", "메이저 룰렛사이트", "실시간 홀덤 사이트",
    "온라인바둑이 추천", "카지노사이트 도메인", "바카라 필승법", "슬롯사이트 꽁머니", "홀덤사이트 가입코드",
    "검증된 카지노사이트", "1위 바카라사이트", "사설토토 추천", "스포츠토토 분석픽", "파워볼사이트 주소",
    "라이브카지노 바로가기", "텐벳", "맥스벳365", "로얄카지노", "드림슬롯", "블랙잭 사이트 추천",
    "미니게임 사이트", "무료체험 슬롯", "카지노 보너스 이벤트", "해외배팅사이트", "에이전시 총판 모집",
    "홀짝 게임 사이트", "카지노사이트 먹튀검증", "룰렛 전략", "바카라 배팅법", "슬롯머신사이트 추천",
]
# the other topics, for cases whose keywords are about loans, lawyers or detectives
OTHER = ["무직자 당일대출", "소액대출 상담", "개인회생 전문변호사", "흥신소 비용", "심부름센터 추천", "이혼소송 전문",
         "출장안마 후불", "폰테크 당일"]
_OTHER_WORDS = re.compile(r"대출|변호사|흥신소|심부름|이혼|탐정|회생|파산|안마|마사지|폰테크")


def swap_case(src: Path, dst: Path, rng: random.Random) -> int:
    truth = json.loads((src / "truth.json").read_text(encoding="utf-8"))
    name = truth.get("input", "input.html")
    raw = (src / name).read_bytes()
    enc = "utf-8"
    for candidate in ("utf-8", "cp949"):
        try:
            text = raw.decode(candidate)
            enc = candidate
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("utf-8", "replace")
    injected = truth.get("injected") or {}
    keywords = sorted({k for k in injected.get("keywords") or [] if k}, key=len, reverse=True)
    pool_g, pool_o = VOCABULARY[:], OTHER[:]
    rng.shuffle(pool_g)
    rng.shuffle(pool_o)
    mapping: dict[str, str] = {}
    for k in keywords:
        pool = pool_o if _OTHER_WORDS.search(k) else pool_g
        mapping[k] = pool.pop() if pool else k
    mojibake = any(str(x).startswith("mojibake") for x in truth.get("kind", []))
    if keywords and not mojibake:
        pattern = re.compile("|".join(re.escape(k) for k in keywords))
        text = pattern.sub(lambda m: mapping[m.group()], text)
    dst.mkdir(parents=True, exist_ok=True)
    (dst / name).write_bytes(text.encode(enc, errors="replace") if not mojibake else raw)
    injected["keywords"] = sorted({mapping.get(k, k) for k in keywords})
    for sub in injected.get("substitutions") or []:
        sub["keyword"] = mapping.get(sub.get("keyword", ""), sub.get("keyword", ""))
    truth["vocabulary"] = "swapped"
    (dst / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(mapping)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEV, help="the development cases (default: ../shared/dev/cases)")
    ap.add_argument("--out", type=Path, required=True, help="where to write the swapped cases")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not args.dev.is_dir():
        raise SystemExit(f"vocab_swap: no development cases at {args.dev}")
    if args.out.exists():
        shutil.rmtree(args.out)
    rng = random.Random(args.seed)
    n = 0
    for case in sorted(p.parent for p in args.dev.glob("*/truth.json")):
        n += swap_case(case, args.out / case.name, rng) > 0
    print(f"vocab_swap: {n} cases with swapped keywords written to {args.out}")


if __name__ == "__main__":
    main()
