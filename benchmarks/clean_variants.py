"""Clean-page variants: 1,348 clean Korean news pages generated from ten stories, each must come out untouched.

    PYTHONPATH=src python benchmarks/clean_variants.py [-v]

Rule 1 at scale, for the shapes where rules about bylines, captions, hashtags and quotations meet real text: every
byline form in use (outlets and desks in brackets or not, places, several names, every staff title, an e-mail after),
captions that label where their people stand, a story's own hashtag runs (its topic words, listed or not, spaced as
its prose spaces them or not), and quotations the story names as words written (titles, slogans, survey answers
holding game words).  A page is counted as damaged when it is marked contaminated, gets an edit, or loses one of its
blocks (a byline read from a caption counts: the real one is lost).  Written by a reviewer (2026-11-27, stop 20) to
compare the code before and after that stop: 425 damaged before, 38 after; 0 after stop 21.  ``-v`` lists the damaged pages.
"""

# ruff: noqa: E501
# (the stories and the forms below are data, one per line)
from __future__ import annotations

import collections
import random
import sys

import cleantext

random.seed(50)


def text_page(title, *paragraphs, section="사회 > 지역", date="2025.10.02 09:00", byline=None, end="\n"):
    blocks = [section, title, "한빛일보", f"입력 {date}", *paragraphs]
    if byline is not None:
        blocks.append(byline)
    return "\n\n".join(blocks) + end


pages = []


def add(kind, text, note=""):
    pages.append(dict(kind=kind, text=text, note=note))


# ---- stories (clean), by topic ----
STORIES = {
 "casino": ("강원랜드 카지노 매출 회복세…출입 제한 논란도",
   ["강원 정선의 강원랜드 카지노가 올해 상반기 매출 7천억원을 넘기며 코로나19 이전 수준을 회복했다.",
    "카지노 업계에 따르면 바카라 테이블 이용객이 지난해보다 12% 늘었다. 슬롯머신 이용객도 함께 증가했다.",
    "다만 도박 중독 예방 단체들은 출입 일수 제한을 완화하면 중독자가 늘 수 있다고 우려했다.",
    "강원랜드 관계자는 \"카지노 수익의 일부를 지역 사회에 환원하겠다\"고 말했다."]),
 "lottery": ("로또 1등 당첨자 12명…각 22억원씩",
   ["동행복권은 제1190회 로또 추첨에서 1등 당첨자 12명이 나왔다고 밝혔다.",
    "1등 당첨금은 각 22억원이며 자동 선택이 8명, 수동 선택이 4명이었다. 스포츠토토 판매액도 함께 늘었다.",
    "복권위원회는 올해 복권 판매액이 7조원을 넘을 것으로 내다봤다. 연금복권 판매도 늘었다."]),
 "loan": ("저신용자 소액대출 한도 확대…금리는 연 15.9%",
   ["금융위원회는 저신용자를 위한 정책 서민금융 상품의 소액대출 한도를 늘린다고 밝혔다.",
    "신용점수 하위 20% 이하인 사람은 최대 100만원까지 당일 대출을 받을 수 있다. 불법 사금융 피해를 줄이기 위해서다.",
    "금융당국은 \"급전이 필요한 서민이 불법 대부업체로 가지 않도록 하겠다\"고 말했다.",
    "개인회생 중인 사람도 성실 상환 실적이 있으면 신청할 수 있다."]),
 "lawyer": ("이혼소송 늘자 '재산분할' 상담 급증",
   ["법원행정처에 따르면 지난해 이혼소송 접수 건수는 3만 건을 넘었다.",
    "재산분할과 양육권을 둘러싼 분쟁이 늘면서 변호사 상담도 함께 늘었다. 위자료 액수를 다투는 사건도 많았다.",
    "한 가사 전문 변호사는 \"이혼 전에 재산 목록을 정리해 두는 것이 좋다\"고 조언했다."]),
 "drunk": ("음주 운전 재범률 40%…처벌 강화 목소리",
   ["경찰청은 올해 음주 운전 단속 건수가 지난해보다 8% 늘었다고 밝혔다.",
    "음주 운전으로 면허가 취소된 사람 10명 중 4명이 다시 적발됐다. 경찰은 상습 음주운전자의 차량을 압수하기로 했다.",
    "시민단체는 \"음주 운전은 살인 행위\"라며 처벌 강화를 촉구했다."]),
 "weather": ("남부지방 최대 150mm 폭우…산사태 주의",
   ["기상청은 3일까지 남부지방에 최대 150mm의 비가 내릴 것이라고 예보했다.",
    "산지에는 시간당 50mm 안팎의 강한 비가 내려 산사태 위험이 크다. 조명축제도 연기됐다.",
    "행정안전부는 위기경보 수준을 '주의'로 올렸다."]),
 "sports": ("프로야구 한빛 타이거즈, 정규시즌 1위 확정",
   ["프로야구 한빛 타이거즈가 2일 홈경기에서 승리하며 정규시즌 1위를 확정했다.",
    "에이스 투수가 7이닝 무실점으로 호투했고 4번 타자가 결승 홈런을 쳤다. 스포츠토토 승무패 적중자도 많았다.",
    "감독은 \"한국시리즈까지 방심하지 않겠다\"고 말했다."]),
 "horse": ("경마공원 관람객 100만명 돌파…경륜·경정도 회복",
   ["한국마사회는 올해 서울경마공원 관람객이 100만명을 넘었다고 밝혔다.",
    "경마 매출은 지난해보다 9% 늘었고 경륜과 경정 매출도 회복세를 보였다.",
    "마사회는 불법 사설 경마 사이트 단속을 강화하겠다고 밝혔다."]),
 "crackdown": ("불법 도박 사이트 운영 일당 검거…판돈 3천억원",
   ["경찰청 사이버수사대는 해외에 서버를 두고 불법 도박 사이트를 운영한 일당 20명을 검거했다고 밝혔다.",
    "이들은 바카라와 파워볼 등 게임을 제공하며 회원 5만명에게서 판돈 3천억원을 받은 혐의를 받는다.",
    "경찰은 \"불법 토토사이트 이용자도 처벌받을 수 있다\"고 경고했다."]),
 "detective": ("탐정업 합법화 1년…흥신소 불법 뒷조사 여전",
   ["탐정업이 합법화된 지 1년이 지났지만 흥신소의 불법 뒷조사는 여전한 것으로 나타났다.",
    "경찰은 불법 위치추적과 사생활 침해 혐의로 흥신소 업자 15명을 검거했다. 외도 증거를 잡아 주겠다며 돈을 받은 혐의다.",
    "탐정협회는 \"합법 탐정과 불법 흥신소를 구분해야 한다\"고 말했다."]),
}

# ---- 1. bylines ----
names = ["김하늘", "이서준", "박민지", "최은영", "정다은", "남궁민수"]
roles = ["기자", "선임기자", "수습기자", "특파원", "통신원", "논설위원", "객원기자", "칼럼니스트", "에디터", "리포터", "위원", "전문기자", "인턴기자"]
heads = ["", "[한빛일보] ", "(한빛일보) ", "[한빛일보 사회부] ", "한빛일보 ", "(서울=한빛일보) ", "[서울=한빛일보] ",
         "[한빛일보 경제부] ", "[한빛일보 법조팀] ", "[한빛일보 스포츠부] ", "[한빛일보 경마팀] ", "한빛일보 사회부 ",
         "[경제부] ", "(경마팀) ", "[뉴스1] ", "(뉴스1) ", "(서울=뉴스1) ", "[KBS] ", "KBS ", "[KBS 보도국] ", "[한빛일보 카지노팀] ",
         "[한빛일보 토토 취재팀] ", "[부산=한빛일보] ", "한빛일보 부산=", "(강릉·속초=한빛일보) "]
emails = ["", " sky@hanbit.example", " (sky@hanbit.example)", " <sky@hanbit.example>"]
multi = ["김하늘·이서준", "김하늘 · 이서준", "김하늘, 이서준", "김하늘·이서준·박민지"]
topics = list(STORIES)
i = 0
for h in heads:
    for r in roles:
        for nm in [names[i % 5], multi[i % 4]]:
            e = emails[i % 4]
            t = topics[i % len(topics)]
            title, paras = STORIES[t]
            by = f"{h}{nm} {r}{e}"
            add("byline", text_page(title, *paras, byline=by), f"byline={by!r} topic={t}")
            i += 1
# captions in body with labels
caps = ["(왼쪽부터) 김철수·이영희 논설위원이 2일 토론회에서 발언하고 있다.",
        "(왼쪽부터) 김철수·이영희 논설위원",
        "(사진 오른쪽) 박민지 선임기자",
        "[사진=한빛일보] 2일 강원 정선 강원랜드 카지노 입구에 관광객들이 줄을 서 있다.",
        "[사진=한빛일보]",
        "(왼쪽부터) 김철수 위원장, 이영희 부위원장",
        "앞줄 왼쪽부터 김철수·이영희 기자",
        "(앞줄 왼쪽) 김철수 통신원",
        "[사진 왼쪽부터] 김철수·이영희 에디터",
        "(왼쪽) 김철수 칼럼니스트",
        "(사진=한빛일보) 김하늘 기자"]
for _ci, cap in enumerate(caps):
    for t in ["casino", "weather", "horse"]:
        title, paras = STORIES[t]
        for by in ["김하늘 기자", "[한빛일보] 김하늘 기자", "(서울=한빛일보) 김하늘 기자 sky@hanbit.example"]:
            add("caption", text_page(title, paras[0], cap, *paras[1:], byline=by), f"caption={cap!r} byline={by!r} topic={t}")
            add("caption_end", text_page(title, *paras, cap, byline=by), f"caption_end={cap!r} byline={by!r} topic={t}")

# ---- 2. hashtag runs ----
TAGS = {
 "casino": ["#강원랜드 #카지노 #바카라", "#카지노 #슬롯머신 #도박중독", "#강원랜드 #카지노", "#카지노", "#바카라 #슬롯머신",
            "#강원랜드카지노 #출입제한", "#카지노매출 #강원랜드", "#도박 #중독 #카지노"],
 "lottery": ["#로또 #스포츠토토 #복권", "#스포츠토토", "#로또1등 #당첨금", "#연금복권 #로또", "#복권 #스포츠토토 #동행복권"],
 "loan": ["#소액대출 #서민금융", "#급전 #불법사금융", "#소액대출 #당일대출", "#개인회생 #소액대출", "#당일대출", "#급전",
          "#서민금융 #급전 #개인회생", "#대출 #금융위원회", "#불법사금융 #대부업체"],
 "lawyer": ["#이혼소송 #재산분할 #양육권", "#이혼 #변호사", "#위자료 #재산분할", "#재산분할", "#이혼소송",
            "#가사전문변호사 #이혼"],
 "drunk": ["#음주운전 #재범", "#음주운전", "#음주운전 #처벌강화 #경찰청", "#음주 #운전", "#음주운전자 #차량압수"],
 "weather": ["#폭우 #산사태 #조명축제", "#조명축제", "#남부지방 #폭우", "#기상청 #산사태주의"],
 "sports": ["#프로야구 #한빛타이거즈 #스포츠토토", "#스포츠토토 #승무패", "#한국시리즈 #정규시즌1위", "#스포츠토토"],
 "horse": ["#경마 #경륜 #경정", "#경마공원 #마사회", "#경마", "#불법사설경마 #사이트", "#서울경마공원 #경마"],
 "crackdown": ["#불법도박 #사이버수사대", "#바카라 #파워볼 #불법도박", "#토토사이트 #검거", "#불법토토사이트 #경찰청",
               "#도박사이트 #판돈", "#파워볼", "#불법 #도박 #사이트"],
 "detective": ["#흥신소 #탐정", "#불법뒷조사 #흥신소", "#탐정업 #흥신소 #외도증거", "#뒷조사", "#외도 #증거"],
}
for t, runs in TAGS.items():
    title, paras = STORIES[t]
    for run in runs:
        for place in ("own", "glued"):
            ps = [*paras, run] if place == "own" else [*paras[:-1], paras[-1] + " " + run]
            for by in ["김하늘 기자", None]:
                if by is None:
                    ps2 = ps
                    add("hashtag", text_page(title, *ps2), f"tags={run!r} topic={t} place={place} nobyline")
                else:
                    add("hashtag", text_page(title, *ps, byline=by), f"tags={run!r} topic={t} place={place}")
        # run after byline
        add("hashtag", text_page(title, *paras, byline="김하늘 기자") .rstrip("\n") + "\n\n" + run + "\n", f"tags={run!r} topic={t} after-byline")

# ---- 3. quotations named as words written ----
QUOTES = [
 ("casino", "서점가에서는 ‘카지노, 그 후’라는 에세이가 베스트셀러에 올랐다."),
 ("casino", "도박 중독자였던 저자의 ‘바카라의 밤’이라는 책이 화제가 됐다."),
 ("casino", "설문에서 \"카지노, 경마, 복권\"이라는 답이 가장 많았다."),
 ("casino", "응답자들은 \"슬롯머신, 바카라, 블랙잭\" 같은 게임을 가장 많이 했다고 답했다."),
 ("casino", "단체는 ‘카지노 대신 가족’이라는 구호를 내걸었다."),
 ("casino", "‘한 번만 더, 바카라’ 같은 생각이 중독의 시작이라고 그는 말했다."),
 ("casino", "\"친절, 카지노, 저렴한 가격\"이라는 평이 온라인에 올라왔다."),
 ("casino", "관광객 후기에는 \"야경, 카지노, 호텔 뷔페\" 등의 단어가 자주 나왔다."),
 ("crackdown", "일당은 ‘안전놀이터’라는 이름으로 회원을 모았다."),
 ("crackdown", "이들은 \"메이저사이트, 먹튀 없음, 즉시 환전\"이라는 문구로 회원을 모았다."),
 ("crackdown", "다큐멘터리 ‘토토사이트, 그 후’라는 작품이 경찰 교육 자료로 쓰였다."),
 ("crackdown", "피해자들은 ‘토토사이트 운영자의 고백’이라는 책을 읽고 신고했다고 말했다."),
 ("crackdown", "경찰은 ‘바카라 사이트’ 같은 검색어를 쓰는 청소년이 늘었다고 밝혔다."),
 ("crackdown", "설문 응답자들은 \"파워볼, 바카라, 토토사이트\" 등의 이름을 알고 있었다."),
 ("crackdown", "캠페인은 ‘불법 도박, 한 번이면 끝’이라는 구호를 내걸었다."),
 ("crackdown", "피해자 모임은 \"먹튀, 환전 거부, 협박\"이라는 세 단어로 피해를 요약했다."),
 ("crackdown", "경찰은 '먹튀검증 사이트' 같은 광고에 속지 말라고 당부했다."),
 ("horse", "마사회는 ‘경마, 가족과 함께’라는 구호를 내걸었다."),
 ("horse", "관람객 설문에서 \"경마, 공원 산책, 맛집\"이라는 답이 나왔다."),
 ("horse", "‘경마장 가는 길’이라는 영화가 재개봉했다."),
 ("lottery", "‘로또 1등, 그 후 10년’이라는 책이 출간됐다."),
 ("lottery", "설문에서 \"스포츠토토, 로또, 연금복권\" 순으로 많이 샀다는 답이 나왔다."),
 ("sports", "팬들은 ‘스포츠토토 적중, 우승 기원’이라는 현수막을 걸었다."),
 ("loan", "광고에는 \"무직자대출, 당일대출, 급전 가능\"이라는 문구가 적혀 있었다."),
 ("loan", "‘급전, 그 유혹’이라는 다큐멘터리가 방영됐다."),
 ("loan", "금융당국은 ‘소액대출 당일승인’ 같은 문자를 받으면 신고하라고 당부했다."),
 ("loan", "\"신용불량자대출 OK, 무직자대출 당일승인\"이라는 문자가 대표적인 불법 광고다."),
 ("detective", "‘흥신소, 그 어두운 거래’라는 책이 나왔다."),
 ("detective", "\"흥신소, 뒷조사, 외도 증거\" 같은 검색어가 늘었다."),
 ("detective", "업체들은 ‘외도조사 전문’ 같은 문구로 광고했다."),
 ("casino", "그의 회고록 ‘홀덤 테이블 위의 인생’이라는 책은 10만 부가 팔렸다."),
 ("casino", "‘슬롯머신, 바다이야기, 그리고 나’라는 에세이가 출간됐다."),
 ("casino", "\"바다이야기\"라는 이름의 게임장이 2006년 전국에 퍼졌다."),
 ("crackdown", "‘바다이야기’ 같은 사행성 게임이 다시 등장했다."),
 ("crackdown", "설문에서 \"에볼루션 카지노, 파워볼\" 등의 이름이 나왔다."),
]
for _qi, (t, q) in enumerate(QUOTES):
    title, paras = STORIES[t]
    for pos in (1, len(paras)):
        for by in ["김하늘 기자", "[한빛일보] 김하늘 기자"]:
            ps = list(paras)
            ps.insert(pos, q)
            add("quote", text_page(title, *ps, byline=by), f"quote={q!r} pos={pos} topic={t} byline={by!r}")
    # quote inside an existing paragraph
    ps = list(paras)
    ps[1] = ps[1] + " " + q
    add("quote", text_page(title, *ps, byline="김하늘 기자"), f"quote-in-para={q!r} topic={t}")
    # quote plus tags
    ps = [*list(paras), q, random.choice(TAGS[t])]
    add("quote+tag", text_page(title, *ps, byline="김하늘 기자"), f"quote={q!r} tags={ps[-1]!r} topic={t}")



def damage(page: dict, article: cleantext.Article) -> list[str]:
    """What went wrong on a clean page: marked contaminated, edits, blocks lost."""
    found = []
    if article.report.contaminated:
        found.append("contaminated")
    if article.report.edits:
        found.append(f"{len(article.report.edits)} edits")
    out = "\n".join([*article.paragraphs, *article.captions, article.byline or ""])
    lost = [b for b in page["text"].strip().split("\n\n")[4:] if b not in out]
    if lost:
        found.append("lost: " + " | ".join(lost)[:160])
    return found


def main() -> None:
    verbose = "-v" in sys.argv
    cleaner = cleantext.Cleaner()
    total, bad = collections.Counter(), collections.Counter()
    for page in pages:
        total[page["kind"]] += 1
        found = damage(page, cleaner.clean(page["text"]))
        if found:
            bad[page["kind"]] += 1
            if verbose:
                print(f"{page['kind']:12} {page['note'][:110]}\n             {'; '.join(found)}")
    for kind in total:
        print(f"{kind:12} {total[kind]:5} pages, {bad[kind]:4} damaged")
    print(f"{sum(total.values())} clean pages: {sum(bad.values())} damaged")


if __name__ == "__main__":
    main()
