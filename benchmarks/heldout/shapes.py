"""Contamination shapes: each one dirties a :class:`~heldout.page.Page` the way spam sites do, and writes down
exactly what it did in the page's ledger (which becomes the ``injected`` record of truth.json).

A shape is a function ``shape(ctx) -> bool`` (False when it could not apply to this page). :data:`SHAPES` maps
the kind label to the function; the label is what truth.json's ``kind`` lists.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from heldout.keywords import Keywords, fold, obfuscate
from heldout.page import Hidden, Item, Page, link, plain

HANGUL = re.compile(r"[\uac00-\ud7a3]")
# what may follow a word and still leave it a word (particles and endings); anything else makes a compound
_SUFFIX = re.compile(
    r"(?:들)?(?:으로|에서|에게|까지|부터|보다|처럼|이다|이라|이었|였|이나|과의|와의|은|는|이|가|을|를|의|에|와|과|도|로|만|인)?"
    r"(?:는|도|의|만|다|고|며|서|요|로)?"
)
OBFUSCATIONS = ("spaced", "dotted", "zero_width", "fullwidth")
HIDE_METHODS = ("display_none", "visibility_hidden", "font_size0", "offscreen", "hidden_attr", "style_class",
                "zero_height")


@dataclass
class Ctx:
    """Everything a shape needs: the page, a seeded random source, the keyword factory and the case's options."""

    page: Page
    rng: random.Random
    kw: Keywords
    others: list[str]  # sentences from other articles (for keyword + stray sentence lines)
    family: str = "gambling"  # keyword family of glued/inserted keywords
    twins_dirty: bool = False  # <title>/og:title carry the substituted headline too
    twin_slots: int = 0  # how many twin headlines the layout prints (<title> first)
    zero_width_ok: bool = True  # False when the page's encoding cannot carry zero-width characters
    html: bool = True
    notes: dict = field(default_factory=dict)

    @property
    def led(self):
        return self.page.ledger

    def note(self, kw: str) -> str:
        """Label the case by the kind of keyword used."""
        if self.kw.is_seo(kw):
            self.led.kind("seo_spam")
        elif self.kw.is_unusual(kw):
            self.led.kind("unusual_keyword")
        return kw

    def draw(self, family: str | None = None) -> str:
        return self.note(self.kw.family(family or self.family))

    def spell(self, kw: str, p: float = 0.7) -> str:
        """``kw`` as printed: obfuscated with probability ``p`` when the case obfuscates."""
        if not self.page.obfuscate or self.rng.random() >= p:
            return kw
        styles = [s for s in OBFUSCATIONS if self.zero_width_ok or s != "zero_width"]
        self.rng.shuffle(styles)
        for style in styles:
            out = obfuscate(kw, style, self.rng)
            if out and fold(out) == fold(kw):  # the scorer must still see the keyword
                self.led.spelled(style)
                return out
        return kw

    def href(self, kw: str) -> str:
        return "https://" + self.kw.domain(kw) + "/"


# ------------------------------------------------------------------------------------------------------------
# substitution: a word replaced by a keyword, particles left as they were


def _spans(text: str, target: str) -> list[tuple[int, int, bool]]:
    """Occurrences of ``target`` in ``text``: (start, end, inside_a_longer_word)."""
    out = []
    for m in re.finditer(re.escape(target), text):
        s, e = m.span()
        before = text[s - 1] if s else ""
        run = re.match(r"[\uac00-\ud7a3]*", text[e:]).group(0)
        inside = bool(HANGUL.match(before)) or not _SUFFIX.fullmatch(run)
        out.append((s, e, inside))
    return out


def _slots(page: Page) -> list[tuple[str, object]]:
    """The text slots a substitution may touch, as (field, key)."""
    slots: list[tuple[str, object]] = [("title", None)]
    if page.subtitle:
        slots.append(("subtitle", None))
    slots += [("captions", i) for i in range(len(page.captions))]
    slots += [("paragraphs", it) for it in page.paragraphs()]
    return slots


def _get(page: Page, slot) -> str:
    f, key = slot
    if f in ("title", "subtitle"):
        return getattr(page, f)
    if f == "captions":
        return page.captions[key].text
    return key.text


def _set(page: Page, slot, value: str) -> None:
    f, key = slot
    if f in ("title", "subtitle"):
        setattr(page, f, value)
    elif f == "captions":
        page.captions[key].text = value
    else:
        key.text = value


def substitute(ctx: Ctx, targets: list[str], keyword: str, *, compound: bool, partial: bool) -> bool:
    """Replace ``targets`` by ``keyword`` across title, subtitle, captions and paragraphs; record the counts.

    Word mode replaces only occurrences that stand as words (a particle may follow); compound mode also those
    inside longer words. Partial mode leaves about a third of the occurrences clean (in paragraphs), always
    at least one per target.
    """
    page, rng = ctx.page, ctx.rng
    slots = _slots(page)
    cands: dict[str, list] = {t: [] for t in targets}
    taken: dict[int, list] = {}
    for si, slot in enumerate(slots):
        text = _get(page, slot)
        for t in targets:
            for s, e, inside in _spans(text, t):
                if any(s < e2 and s2 < e for s2, e2 in taken.get(si, [])):
                    return False  # targets overlap: the counts would no longer be exact
                taken.setdefault(si, []).append((s, e))
                cands[t].append((si, s, e, inside))
    chosen: list = []
    for t in targets:
        occ = cands[t]
        eligible = [c for c in occ if compound or not c[3]]
        if len(eligible) < 2:
            return False
        keep: set = set()
        if partial and len(eligible) >= 3:
            in_paras = [c for c in eligible if slots[c[0]][0] == "paragraphs" and not (compound and c[3])]
            n_keep = max(1, round(len(eligible) * rng.uniform(0.2, 0.4)))
            keep = set(rng.sample(in_paras, min(n_keep, len(in_paras), len(eligible) - 2)))
        repl = [c for c in eligible if c not in keep]
        if compound and not any(c[3] for c in repl):
            return False
        chosen += [(t, c) for c in repl]
    # apply, right to left within each slot
    by_slot: dict[int, list] = {}
    for t, c in chosen:
        by_slot.setdefault(c[0], []).append((c[1], c[2], t))
    fields: dict[str, dict] = {t: {} for t in targets}
    inside_n: dict[str, int] = dict.fromkeys(targets, 0)
    title_hits = 0
    for si, spans in by_slot.items():
        text = _get(page, slots[si])
        for s, e, t in sorted(spans, reverse=True):
            text = text[:s] + keyword + text[e:]
            f = slots[si][0]
            fields[t][f] = fields[t].get(f, 0) + 1
            if f == "title":
                title_hits += 1
        _set(page, slots[si], text)
    for t, c in chosen:
        inside_n[t] += int(c[3])
    for t in targets:
        n = sum(fields[t].values())
        rec = {"original": t, "keyword": keyword, "count": n, "fields": fields[t]}
        if inside_n[t]:
            rec["inside_words"] = inside_n[t]
        if ctx.twin_slots and fields[t].get("title"):
            rec["elsewhere"] = {"twin": "dirty" if ctx.twins_dirty else "clean"}
        ctx.led.substitutions.append(rec)
        ctx.led.add(keyword, n)
    if title_hits and ctx.twins_dirty and ctx.twin_slots:
        page.twin_title = page.title
        ctx.led.add(keyword, title_hits)  # <title>
        ctx.led.add(keyword, title_hits * (ctx.twin_slots - 1), hidden=True)  # og:title and the like
    return True


def _pick_targets(ctx: Ctx, pool: list[str], n: int) -> list[list[str]]:
    """Candidate target groups of size ``n`` from ``pool``, no target inside another, in a random order that
    favours frequent words and words of the headline and captions (spam replaces what shows)."""
    a = ctx.page.article
    heads = a["title"] + "\n" + "\n".join(a["captions"])
    body = "\n".join(a["paragraphs"])

    def weight(t: str) -> float:
        return 1 + body.count(t) + 3 * heads.count(t)

    pool = sorted(pool, key=lambda t: -ctx.rng.random() ** (1 / weight(t)))
    groups = []
    for i, t in enumerate(pool):
        group = [t]
        for u in pool[i + 1:]:
            if len(group) < n and not any(u in g or g in u for g in group):
                group.append(u)
        if len(group) == n:
            groups.append(group)
    return groups


def _sub_keyword(ctx: Ctx) -> str:
    roll = ctx.rng.random()
    if ctx.family == "unusual" or roll < 0.2:
        return ctx.note(ctx.kw.brand(unusual=True))
    return ctx.note(ctx.kw.gambling())


def substitution(ctx: Ctx) -> bool:
    """A frequent word replaced by one keyword, partially, particles untouched."""
    for group in _pick_targets(ctx, ctx.page.article["targets"], 1):
        if substitute(ctx, group, _sub_keyword(ctx), compound=False, partial=ctx.rng.random() < 0.8):
            return True
    return False


def compound_substitution(ctx: Ctx) -> bool:
    """The word replaced inside compounds and names too: leftover syllables glued to the keyword."""
    for group in _pick_targets(ctx, ctx.page.article["compound_targets"], 1):
        if substitute(ctx, group, _sub_keyword(ctx), compound=True, partial=ctx.rng.random() < 0.6):
            return True
    return False


def multi_substitution(ctx: Ctx) -> bool:
    """Two or three different words replaced by the same keyword."""
    n = ctx.rng.choice((2, 2, 3))
    kw = _sub_keyword(ctx)
    for size in (n, 2):
        for group in _pick_targets(ctx, ctx.page.article["targets"], size)[:6]:
            if substitute(ctx, group, kw, compound=False, partial=ctx.rng.random() < 0.7):
                return True
    return False


# ------------------------------------------------------------------------------------------------------------
# menus


def nav(ctx: Ctx) -> bool:
    """'뉴스' in menu lines replaced by a different keyword on each line; a keyword line among the menu."""
    page, rng = ctx.page, ctx.rng
    idx = [i for i, m in enumerate(page.menu) if "뉴스" in m]
    if len(idx) < 2:
        return False
    spare = set(rng.sample(idx, rng.randint(0, max(0, len(idx) // 3))))
    for i in idx:
        if i in spare:
            continue
        kw = ctx.draw("gambling")
        c = page.menu[i].count("뉴스")
        page.menu[i] = page.menu[i].replace("뉴스", kw)
        ctx.led.substitutions.append({"original": "뉴스", "keyword": kw, "count": c, "fields": {"nav": c}})
        ctx.led.add(kw, c)
    if rng.random() < 0.6:
        kw = ctx.draw("gambling")
        line = ctx.spell(kw)
        page.menu.insert(rng.randint(1, len(page.menu)), line if not ctx.html else link(ctx.href(kw), line))
        ctx.led.injected_lines.append(kw)
        ctx.led.add(kw)
    return True


def nav_glue(ctx: Ctx) -> bool:
    """Keywords glued to the front of menu items."""
    page, rng = ctx.page, ctx.rng
    for i in rng.sample(range(len(page.menu)), min(len(page.menu), rng.randint(2, 3))):
        kw = ctx.draw()
        sep = rng.choice(("", "", " "))
        page.menu[i] = ctx.spell(kw, 0.4) + sep + page.menu[i]
        ctx.led.add(kw)
    return True


# ------------------------------------------------------------------------------------------------------------
# lines and blocks put into the page


def injected_lines(ctx: Ctx) -> bool:
    """Lines that are nothing but a keyword, between paragraphs."""
    page, rng = ctx.page, ctx.rng
    n_par = len(page.article["paragraphs"])
    for _ in range(rng.randint(1, 3)):
        kw = ctx.draw()
        page.insert_after_src(rng.randint(0, n_par - 2), Item(text=ctx.spell(kw), role="injected"))
        ctx.led.injected_lines.append(kw)
        ctx.led.add(kw)
    return True


def numbered_lines(ctx: Ctx) -> bool:
    """'NO.1: keyword' lines above the headline."""
    rng = ctx.rng
    fmt = rng.choice(("NO.{i}: {k}", "NO.{i} : {k}", "No.{i}:{k}", "NO.{i}:{k}"))
    for i in range(1, rng.randint(2, 4) + 1):
        kw = ctx.draw()
        line = fmt.format(i=i, k=ctx.spell(kw, 0.3))
        ctx.page.top_lines.append(line)
        ctx.led.injected_lines.append(fmt.format(i=i, k=kw))
        ctx.led.add(kw)
    return True


def stray_sentence(ctx: Ctx) -> bool:
    """After the article: lines of a keyword followed by one sentence lifted from another article."""
    rng = ctx.rng
    for _ in range(rng.randint(1, 2)):
        kw = ctx.draw()
        sep = rng.choice((": ", ":", ",", " - "))
        text = kw + sep + rng.choice(ctx.others)
        ctx.page.body.append(Item(text=text, role="stray"))
        ctx.led.injected_lines.append(text)
        ctx.led.add(kw)
    return True


def hashtags(ctx: Ctx) -> bool:
    """A run of hashtags (#a#b#c or #a #b #c) in the body."""
    rng = ctx.rng
    kws: list[str] = []
    n = rng.randint(3, 6)
    while len(kws) < n:
        k = ctx.draw(rng.choice(("gambling", "gambling", "unusual"))).replace(" ", "")
        if k not in kws:
            kws.append(k)  # a hashtag has no spaces: the keyword is its unspaced form
    joiner = rng.choice(("", " "))
    text = joiner.join("#" + ctx.spell(k, 0.3) for k in kws)
    for k in kws:
        ctx.led.add(k)
    plain_text = joiner.join("#" + k for k in kws)
    ctx.led.injected_blocks.append({"kind": "hashtags", "text": plain_text})
    n_par = len(ctx.page.article["paragraphs"])
    where = n_par - 1 if rng.random() < 0.6 else rng.randint(1, n_par - 2)
    ctx.page.insert_after_src(where, Item(text=text, role="hashtags"))
    return True


def spam_paragraph(ctx: Ctx) -> bool:
    """A promotional paragraph with a fake domain, in the middle of the body."""
    rng, kwf = ctx.rng, ctx.kw
    tmpl = rng.choice(kwf.v["promos"])
    brand = ctx.note(kwf.brand(unusual=rng.random() < 0.3))
    domain = kwf.domain(brand)
    perk = kwf.perk()
    kw = ctx.draw("gambling")
    shown_domain = link("https://" + domain + "/", domain) if ctx.html and rng.random() < 0.6 else domain
    text = tmpl.format(brand=brand, domain=shown_domain, perk=perk, kw=kw)
    for piece, name in ((brand, "brand"), (domain, "domain"), (perk, "perk"), (kw, "kw")):
        ctx.led.add(piece, tmpl.count("{" + name + "}"))
    ctx.led.injected_blocks.append({"kind": "spam_paragraph", "text": plain(text)})
    n_par = len(ctx.page.article["paragraphs"])
    ctx.page.insert_after_src(rng.randint(1, n_par - 2), Item(text=text, role="promo"))
    return True


def keyword_links(ctx: Ctx) -> bool:
    """A visible block of keyword links near the end of the body."""
    rng = ctx.rng
    kws = [ctx.draw(rng.choice(("gambling", "gambling", "unusual"))) for _ in range(rng.randint(4, 7))]
    sep = rng.choice((" ", " | ", " · "))
    text = sep.join(link(ctx.href(k), ctx.spell(k, 0.3)) for k in kws)
    for k in kws:
        ctx.led.add(k)
    ctx.led.injected_blocks.append({"kind": "keyword_links", "text": sep.join(kws)})
    ctx.page.insert_after_src(len(ctx.page.article["paragraphs"]) - 1, Item(text=text, role="links"))
    return True


def hidden_block(ctx: Ctx) -> bool:
    """Blocks of keyword links the reader never sees (display:none, off-screen, font-size:0, ...)."""
    page, rng = ctx.page, ctx.rng
    n_par = len(page.article["paragraphs"])
    methods = rng.sample(HIDE_METHODS, rng.randint(1, 2))
    for method in methods:
        kws = [ctx.draw(rng.choice(("gambling", "gambling", "unusual", "seo"))) for _ in range(rng.randint(5, 10))]
        sep = rng.choice((" | ", " ", ", "))
        text = sep.join(link(ctx.href(k), ctx.spell(k, 0.5)) for k in kws)
        where = rng.choice(("footer", "body", "body", "top"))
        page.hidden.append(Hidden(method=method, html=text, where=where, after=rng.randint(0, n_par - 1)))
        for k in kws:
            ctx.led.add(k, hidden=True)
        ctx.led.injected_blocks.append({"kind": "hidden_block", "method": method, "where": where,
                                        "text": sep.join(kws)})
    return True


def alt_and_attr(ctx: Ctx) -> bool:
    """Keywords in image alt/title attributes and in link titles (hidden text)."""
    page, rng = ctx.page, ctx.rng
    for cap in rng.sample(page.captions, min(len(page.captions), rng.randint(1, 2))):
        kw = ctx.draw()
        if rng.random() < 0.5:
            cap.alt = ctx.spell(kw, 0.3)
        else:
            cap.img_title = ctx.spell(kw, 0.3)
        ctx.led.add(kw, hidden=True)
    for attr in rng.sample(("logo_title", "logo_alt", "share_title"), rng.randint(1, 2)):
        kw = ctx.draw()
        page.attrs[attr] = kw
        ctx.led.add(kw, hidden=True)
    return True


def double_title(ctx: Ctx) -> bool:
    """<title> and og:title carry the headline with different junk tails (a keyword in some)."""
    rng = ctx.rng
    hexes = lambda: "".join(rng.choice("0123456789abcdef") for _ in range(4))  # noqa: E731
    kw = ctx.draw()
    page = ctx.page
    page.title_tail = rng.choice((f"_{kw}_{hexes()}", f" - {kw}", f" {kw}_{hexes()}"))
    ctx.led.add(kw)
    if rng.random() < 0.5:
        kw2 = ctx.draw()
        page.og_tail = f"_{kw2}_{hexes()}vip"
        ctx.led.add(kw2, hidden=True)
    else:
        page.og_tail = f"_{hexes()}_{rng.choice(('dcf', 'bsv', 'qwe', 'zzk'))}vip"
    ctx.led.injected_blocks.append({"kind": "double_title", "title_tail": page.title_tail,
                                    "og_title_tail": page.og_tail})
    return True


# ------------------------------------------------------------------------------------------------------------
# keywords slipped into kept text


def _spots(text: str, how: str) -> list[int]:
    """Where a keyword can be slipped in the ``how`` way."""
    if how == "comma":  # "A, B" -> "A,KW B": the keyword eats the space after the comma
        return [m.start() + 1 for m in re.finditer(r"(?<=[\uac00-\ud7a3]), (?=[\uac00-\ud7a3])", text)]
    if how == "between":  # "A B" -> "A KW B"
        return [m.start() + 1 for m in re.finditer(r"(?<=[\uac00-\ud7a3]) (?=[\uac00-\ud7a3])", text)]
    if how == "number":  # "4,000" -> "4,KW000"
        return [m.start() + 2 for m in re.finditer(r"\d,\d{3}", text)]
    if how == "quote":  # '"우리가' -> '"KW우리가'
        return [m.end() for m in re.finditer(r"(?:^|(?<= ))[\"“‘](?=[\uac00-\ud7a3])", text)]
    if how == "sentence":  # "...했다. 다음" -> "...했다. KW다음"
        return [m.end() for m in re.finditer(r"다\. (?=[\uac00-\ud7a3])", text)]
    raise ValueError(how)


def _insert_one(ctx: Ctx, text: str, kw: str, how: str) -> str | None:
    """``text`` with ``kw`` inserted the ``how`` way at a random spot, or None. A spot that would break a
    keyword already on the page (say, the space inside a substituted phrase) is never used."""
    spots = _spots(text, how)
    ctx.rng.shuffle(spots)
    for p in spots:
        new = text[:p] + kw + (" " if how == "between" else "") + text[p:]
        if _keeps_keywords(ctx, text, new):
            return new
    return None


def _keeps_keywords(ctx: Ctx, old: str, new: str) -> bool:
    fo, fn = fold(plain(old)), fold(plain(new))
    return all(fn.count(fold(k)) >= fo.count(fold(k)) for k in ctx.led.keywords)


def inline_insertion(ctx: Ctx) -> bool:
    """Keywords slipped into sentences: after a comma with no space, between words, inside a number, after a
    quote mark. The truth is the sentence without them."""
    rng = ctx.rng
    paras = ctx.page.paragraphs()
    hows = ["comma", "comma", "between", "number", "quote", "between"]
    rng.shuffle(hows)
    done = 0
    for how in hows[: rng.randint(3, 5)]:
        kw = ctx.draw()
        shown = ctx.spell(kw, 0.3)
        for it in rng.sample(paras, len(paras)):
            new = _insert_one(ctx, it.text, shown, how)
            if new is not None:
                it.text = new
                ctx.led.add(kw)
                ctx.led.insertions.append({"how": how, "keyword": kw, "paragraph": it.src})
                done += 1
                break
    return done >= 2


def inline_link(ctx: Ctx) -> bool:
    """Keyword links inside kept paragraphs, and a real word of the article wrapped in a gambling link."""
    rng = ctx.rng
    paras = ctx.page.paragraphs()
    done = 0
    for it in rng.sample(paras, rng.randint(1, 2)):
        kw = ctx.draw(rng.choice(("gambling", "unusual")))
        new = _insert_one(ctx, it.text, link(ctx.href(kw), kw), "between")
        if new is not None:
            it.text = new
            ctx.led.add(kw)
            ctx.led.insertions.append({"how": "link", "keyword": kw, "paragraph": it.src})
            done += 1
    it = rng.choice(paras)
    truth = ctx.page.article["paragraphs"][it.src]
    words = [w for w in re.findall(r"(?<= )[\uac00-\ud7a3]{2,5}(?= )", it.text)
             if it.text.count(w) == 1 and truth.count(w) == 1]
    if words and "\x02" not in it.text:
        w = rng.choice(words)
        it.text = it.text.replace(" " + w + " ", " " + link(ctx.href(None), w) + " ", 1)
        ctx.led.insertions.append({"how": "wrapped_word", "word": w, "paragraph": it.src})
    return done >= 1


def start_glue(ctx: Ctx) -> bool:
    """A keyword glued with no separator to the start of the title, the first paragraph, the byline or a
    sentence (often not about gambling: loans, lawyers, detectives, divorce)."""
    page, rng = ctx.page, ctx.rng
    fam = "mixed" if ctx.family == "gambling" else ctx.family
    spots = rng.sample(["title", "first", "byline", "sentence"], rng.randint(2, 3))
    done = 0
    for spot in spots:
        kw = ctx.draw(fam)
        shown = ctx.spell(kw, 0.5)
        if spot == "title":
            page.title = shown + page.title
        elif spot == "byline":
            page.byline = shown + page.byline
        elif spot == "first":
            first = page.paragraphs()[0]
            first.text = shown + first.text
        else:
            for it in rng.sample(page.paragraphs(), len(page.paragraphs())):
                new = _insert_one(ctx, it.text, shown, "sentence")
                if new is not None:
                    it.text = new
                    break
            else:
                continue
        ctx.led.add(kw)
        ctx.led.insertions.append({"how": "glue_" + spot, "keyword": kw})
        done += 1
    return done > 0


def dup_caption(ctx: Ctx) -> bool:
    """A caption printed twice, one copy dirty (substituted, or with a keyword slipped in)."""
    page, rng = ctx.page, ctx.rng
    caps = page.captions
    dirty = [i for i, c in enumerate(caps) if c.text != page.article["captions"][i]]
    i = rng.choice(dirty) if dirty else rng.randrange(len(caps))
    cap = caps[i]
    if cap.text == page.article["captions"][i]:
        kw = ctx.draw()
        for how in rng.sample(["comma", "between", "sentence"], 3):
            new = _insert_one(ctx, cap.text, ctx.spell(kw, 0.3), how)
            if new is not None:
                break
        else:
            new, how = kw + cap.text, "start"
        cap.text = new
        ctx.led.add(kw)
        ctx.led.insertions.append({"how": "caption_" + how, "keyword": kw, "caption": i})
    cap.twin = page.article["captions"][i]
    cap.twin_first = rng.random() < 0.4
    return True


def obfuscation(ctx: Ctx) -> bool:
    """Not a shape of its own: keywords of the page's other shapes get obfuscated spellings."""
    ctx.page.obfuscate = True
    return True


SHAPES = {
    "substitution": substitution,
    "compound_substitution": compound_substitution,
    "multi_substitution": multi_substitution,
    "nav": nav,
    "nav_glue": nav_glue,
    "injected_lines": injected_lines,
    "numbered_lines": numbered_lines,
    "stray_sentence": stray_sentence,
    "inline_insertion": inline_insertion,
    "inline_link": inline_link,
    "start_glue": start_glue,
    "hashtags": hashtags,
    "spam_paragraph": spam_paragraph,
    "keyword_links": keyword_links,
    "hidden_block": hidden_block,
    "alt_and_attr": alt_and_attr,
    "double_title": double_title,
    "dup_caption": dup_caption,
    "obfuscation": obfuscation,
}
HTML_ONLY = {"inline_link", "hidden_block", "alt_and_attr", "double_title"}
