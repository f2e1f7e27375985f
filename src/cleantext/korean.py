"""Small facts of Korean that the spam stages read evidence from: final consonants and the particles that
must agree with them, and words spelled apart syllable by syllable.

A particle that survived a substitution is evidence: ``시의회 라이브바카라은`` has 은, which follows a final
consonant, but 바카라 ends in a vowel, so the word before 은 was not 바카라 (it was 의장).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
RIEUL = 8  # index of the final consonant ㄹ

# words of one syllable that stand alone in ordinary prose (한 두 달 전 쯤): a run of them is a sentence, not a
# word spelled out syllable by syllable
SINGLE_WORDS = frozenset(
    "한두세네몇그이저것수때등및또더안못잘좀꼭늘곧참다각총약전후중간달년해날번개명분초시일월주쯤뒤앞옆위밑"
    "속곳데뿐채만왜뭐내제너나꽤막딱쭉줄걸게건거둘셋넷집돈물불땅말차표회층점편쪽측새헌온갖딴첫옛큰긴쌀밥술"
    "몸눈손발입코귀꿈힘빛길산강섬배책글값양"
)


# two-syllable nouns whose last syllable is also a particle's (효과, 평가, 마을, 경로): at a compound's end
# (경제효과, 고용효과, 유통경로) the syllable is the noun's, not a particle after the word before it
NOUNS_ENDING_LIKE_A_PARTICLE = frozenset((
    "효과", "결과", "성과", "학과", "부과", "통과", "초과", "경과", "사과", "교과", "외과", "내과",
    "치과", "전과", "단과", "실과", "평가", "증가", "추가", "참가", "주가", "물가", "단가", "원가",
    "대가", "시가", "작가", "국가", "인가", "허가", "휴가", "고가", "저가", "정가", "특가", "지가",
    "부가", "호가", "분가", "매가", "차이", "나이", "높이", "길이", "넓이", "깊이", "놀이", "먹이",
    "사이", "아이", "오이", "마을", "가을", "고을", "경로", "도로", "진로", "통로", "항로", "철로",
    "선로", "회로", "활로", "판로", "수로", "과로", "원로", "기와",
))


def spelled_out(syllables: list[str]) -> bool:
    """Whether single syllables standing apart spell one word (``바 카 라``) rather than being words of their own:
    fewer than half of them are words that stand alone."""
    common = sum(1 for s in syllables if s in SINGLE_WORDS)
    return common * 2 < len(syllables)


# the family names of two syllables (남궁하늘, 황보서진): a name of four syllables starting with one is a whole name,
# where four syllables glued after others are mostly a name of three with a syllable of what was glued before it
TWO_SYLLABLE_SURNAMES = frozenset(
    ("남궁", "황보", "제갈", "사공", "선우", "서문", "독고", "동방", "어금", "망절", "장곡"))

# the dots spam puts between syllables (카.지.노): the full stop, the one-dot leader, the hyphenation point and the
# fullwidth full stop
DOTS = ".\u2024\u2027\uff0e"
# a Korean number's units, each followed by a group of four digits at most (3만2000명, 1억2000만)
NUMBER_UNITS = "만억조"


def syllables_apart(gap: str, fewest: int, not_after: str = r"\w") -> str:
    """A regular expression for a word spelled apart syllable by syllable (``바 카 라 사 이 트``, ``카.지.노``):
    single syllables with ``gap`` (a pattern) between each two, the first not right after ``not_after`` (a
    character class: a syllable glued to it is the end of a word).  The run ends where a word does and has
    ``fewest`` syllables at least (from 2 to 5), or it has six or more and may end glued to the next word (``바 카
    라 사 이 트주소``): fewer glued ones are prose (극 중 카지노).  :func:`spelled_out` tells whether the syllables
    found spell one word.

    The syllable comes first and the look-behind after it: the engine scans for the syllable, several times
    faster."""
    h = "[가-힣]"
    return rf"{h}(?<!{not_after}.){gap}(?:(?:{h}{gap}){{4,}}{h}|(?:{h}{gap}){{{fewest - 2},}}{h}(?!{h}))"


# particle -> what the preceding syllable needs: "C" a final consonant, "V" none, "CR" a final consonant other
# than ㄹ (으로), "VR" none or ㄹ (로), "" anything.  The one list of particles: a stage that reads only some of them
# takes them from here with :func:`particles`
PARTICLES: dict[str, str] = {
    "은": "C", "는": "V", "을": "C", "를": "V", "과": "C", "와": "V", "이": "C", "가": "V",
    "으로": "CR", "로": "VR", "으로는": "CR", "로는": "VR", "으로도": "CR", "로도": "VR", "으로서": "CR",
    "로서": "VR", "으로써": "CR", "로써": "VR", "으로의": "CR", "로의": "VR",
    "이라": "C", "라": "V", "이라고": "C", "라고": "V", "이라는": "C", "라는": "V", "이라며": "C", "라며": "V",
    "이며": "C", "며": "V", "이고": "C", "이나": "C", "나": "V", "이란": "C", "란": "V", "이다": "C",
    "과의": "C", "와의": "V", "과는": "C", "와는": "V", "과도": "C", "와도": "V", "은요": "C", "는요": "V",
    "의": "", "에": "", "에서": "", "에게": "", "에는": "", "에도": "", "에서는": "", "에서도": "", "에서의": "",
    "에게는": "", "께": "", "께서": "", "도": "", "만": "", "만의": "", "까지": "", "까지는": "", "부터": "",
    "부터는": "", "보다": "", "처럼": "", "마다": "", "조차": "", "마저": "", "밖에": "", "의해": "", "에선": "",
    "엔": "", "랑": "", "이랑": "C", "하고": "", "같이": "", "뿐": "", "들": "", "씨": "", "측": "", "님": "",
    "였다": "V", "였고": "V", "였던": "V", "였으며": "V", "였지만": "V",
    "이었다": "C", "이었고": "C", "이었던": "C", "이었으며": "C", "이었지만": "C",
}


def particles(*names: str) -> dict[str, str]:
    """The particles ``names`` with what each needs, taken from :data:`PARTICLES`: every stage that reads only
    some particles names them here, so no list of particles can drift from the table (a name not in it is a
    ``KeyError``)."""
    return {p: PARTICLES[p] for p in names}


def alternation(names: Iterable[str]) -> str:
    """Particles as the alternatives of a regular expression, longest first (에서는 before 에서 and 에)."""
    return "|".join(sorted(names, key=len, reverse=True))


# case markers whose two forms are told apart by the final consonant alone (은/는, 이/가 ...): a word takes one form
# of each pair, never both; copulas are left out (교사이다 is as good as 교사다)
CASE_MARKERS = particles("은", "는", "을", "를", "과", "와", "이", "가", "과의", "와의", "과는", "와는", "과도", "와도")
# the particles a noun most often takes, each on its own: the longer forms are mostly chains of them (에서는, 으로도,
# 과의)
COMMON_PARTICLES = particles(
    "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "으로", "로", "와", "과", "도", "만",
    "까지", "부터",
)
_FULL_CHAIN = re.compile(rf"(?:(?:{alternation(PARTICLES)}))+")


def is_hangul(c: str) -> bool:
    return bool(c) and HANGUL_FIRST <= ord(c[-1]) <= HANGUL_LAST


# how the last digit of a number is read (일, 이, 삼 ...): its final consonant, for the particle after it;
# a number ending in 0 is read with 십/백/천/만, all of which end in a consonant other than ㄹ
_DIGIT_FINAL = {"0": 17, "1": RIEUL, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": RIEUL, "8": RIEUL, "9": 0}


def final_consonant(word: str) -> int | None:
    """Index (1-27) of the final consonant of the last syllable, 0 for none, ``None`` when it cannot be told
    (a Latin letter).  A word ending in a digit is read the Korean way (``포세이돈98`` ends in 팔)."""
    if not word:
        return None
    last = word[-1]
    if last in _DIGIT_FINAL:
        return _DIGIT_FINAL[last]
    if not is_hangul(last):
        return None
    return (ord(last) - HANGUL_FIRST) % 28


def particle_fits(word: str, particle: str) -> bool | None:
    """Whether ``particle`` may follow ``word``; ``None`` when it cannot be told (not Hangul, neutral particle).

    >>> particle_fits("장관", "은"), particle_fits("바카라", "은"), particle_fits("바카라", "는")
    (True, False, True)
    """
    need = PARTICLES.get(particle)
    fc = final_consonant(word)
    if not need or fc is None:
        return None
    fits = {_fits(f, need) for f in _english_finals(word, fc)}
    return fits.pop() if len(fits) == 1 else None


def _fits(fc: int, need: str) -> bool:
    if need == "C":
        return fc != 0
    if need == "V":
        return fc == 0
    if need == "CR":
        return fc not in (0, RIEUL)
    return fc in (0, RIEUL)  # VR


# the last digit of a Latin name read in English (K9 is 케이나인, V3 브이쓰리), which such a name may be
_ENGLISH_DIGIT = {"0": "제로", "1": "원", "2": "투", "3": "쓰리", "4": "포", "5": "파이브", "6": "식스", "7": "세븐",
                  "8": "에잇", "9": "나인"}


# a word of one to four syllables and a digit (시즌3, 아이오닉9; not a long made-up name, 별빛라운지3)
_ONE_DIGIT_AFTER_HANGUL = re.compile(r"(?<![가-힣])[가-힣]{1,4}\d$")


_LATIN_TEEN = re.compile(r"[A-Za-z](1\d)$")
_TEENS = {"10": "텐", "11": "일레븐", "12": "트웰브", **{f"1{d}": "틴" for d in "3456789"}}


def _english_finals(word: str, fc: int) -> set[int]:
    """The finals ``word`` may end in: the Korean reading's, and for a digit after Latin letters, or a single digit
    after a short Hangul word (a season, a model: ``시즌3는`` as 시즌쓰리는, ``아이오닉9이`` as 아이오닉나인이),
    the English reading's too (``K9은`` is right as 케이나인은, ``K9는`` as 케이구는)."""
    if word[-1:] in _ENGLISH_DIGIT and (re.search(r"[A-Za-z]", word) or _ONE_DIGIT_AFTER_HANGUL.search(word)):
        finals = {fc, final_consonant(_ENGLISH_DIGIT[word[-1]])}
        teen = _LATIN_TEEN.search(word)  # ZEN15 as 젠피프틴: a teen read in English ends in ㄴ (twelve in 브)
        return finals | {final_consonant(_TEENS[teen.group(1)])} if teen else finals
    return {fc}


def leading_particle(suffix: str) -> str:
    """The particle that a glued suffix starts with (``들이`` -> ``이`` after 들; ``은`` -> ``은``), or ``""``."""
    if suffix.startswith("들"):
        return ""  # after the plural suffix the noun's own final consonant no longer matters
    for k in range(min(len(suffix), _LONGEST_PARTICLE), 0, -1):  # the longest that starts it
        if suffix[:k] in _TELLING_PARTICLES:
            return suffix[:k]
    return ""


# the particles that need something of the word before them (PARTICLES' non-empty ones), and the longest length
_TELLING_PARTICLES = frozenset(p for p, need in PARTICLES.items() if need)
_LONGEST_PARTICLE = max(map(len, PARTICLES))


def is_particle_chain(suffix: str) -> bool:
    """True when ``suffix`` is only particles (``은``, ``들이``, ``에서는``): a noun ended right before it."""
    if not suffix:
        return True
    if suffix.startswith("들"):
        suffix = suffix[1:]
        if not suffix:
            return True
    return bool(_FULL_CHAIN.fullmatch(suffix))


def ends_in_particle(word: str) -> bool:
    """A word of two syllables or more followed by particles that fit it (``이용자의``, ``관계자들은``, ``투자를``):
    a noun as a sentence uses it, not a name standing alone."""
    for k in range(1, min(4, len(word) - 1)):
        stem, tail = word[:-k], word[-k:]
        if len(stem) >= 2 and is_particle_chain(tail):
            p = leading_particle(tail)
            if not p or particle_fits(stem, p) is not False:
                return True
    return False


# an adverb made from an adjective or a noun by its suffix (힘차게, 나란히, 힘껏): a word a newsroom adds to a
# sentence, never a name that spam puts in
ADVERB = re.compile(r"[가-힣]+(?:게|히|껏)")

#: the final endings of a Korean sentence (``했다``, ``해요``, ``했음``)
SENTENCE_ENDINGS = "다|요|죠|까|음|함|됨"
#: how a Korean sentence (or a line that reads as one) ends: a final verb ending or a full stop
SENTENCE_END = re.compile(rf"(?:{SENTENCE_ENDINGS})\W*$|[.!?。]\s*$")

# a Hangul syllable, a run of them, a run or none, compiled once: a pattern of a class of syllables passed as a
# string is compiled again whenever re's cache has let it go (as the patterns a page builds of its own words make it
# do), and compiling the class takes half a millisecond, far more than what it is used on
SYLLABLE = re.compile(r"[가-힣]")
SYLLABLES = re.compile(r"[가-힣]+")
SYLLABLES_OR_NONE = re.compile(r"[가-힣]*")
