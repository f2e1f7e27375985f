"""Page layouts: four news-CMS HTML designs and the page-text format, each printing a :class:`Page`.

* ``daily``       ``article > div.story-news``: ``<p>`` paragraphs, ``<figure>`` photos, byline at the bottom, tags.
* ``textbody``    ``div#textBody``: ``<br>``-separated text, photo tables, byline on the first line, JSON-LD.
* ``newsbody``    ``div#news_body_area``: ``div.par`` paragraphs, photo boxes, byline in the header, tags,
                  dates as ``2025.08.28. 오후 3:10`` and no date metadata at all.
* ``articletxt``  ``div.article_txt``: bare text with ``<br><br>``, ``<dl>`` photos, byline at the end.
* ``text``        page text as spam sites save it: menu lines, section, title, source, dates, captions, byline,
                  body lines (see ``../shared/seeds``).

``render(page, rng, related)`` returns the page as a str; :data:`TWIN_SLOTS` says how many copies of the headline
a layout prints in ``<head>`` (``<title>`` first) and :data:`SHOWS_TAGS` whether the tag list is printed.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
from collections.abc import Callable
from datetime import datetime

from heldout.page import Caption, Hidden, Item, Page, plain, split_links

HTML_LAYOUTS = ("daily", "textbody", "newsbody", "articletxt")
LAYOUTS = (*HTML_LAYOUTS, "text")
TWIN_SLOTS = {"daily": 3, "textbody": 3, "newsbody": 2, "articletxt": 2, "text": 0}
SHOWS_TAGS = {"daily": True, "textbody": False, "newsbody": True, "articletxt": False, "text": False}

HTML_MENU = ["정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언", "연재", "지역뉴스", "포토뉴스", "영상뉴스",
             "많이 본 뉴스", "전체기사"]
TEXT_MENU_CATS = ["정치", "경제", "사회", "국제", "문화", "스포츠", "IT", "생활", "지역"]


def menu_for(layout: str, site: str, rng: random.Random) -> list[str]:
    """The site's menu: HTML menu items, or the menu lines of page text ('경제 뉴스 | 사이트')."""
    if layout != "text":
        plain_items = [m for m in HTML_MENU if "뉴스" not in m]
        news_items = [m for m in HTML_MENU if "뉴스" in m]
        items = rng.sample(plain_items, rng.randint(6, 8)) + rng.sample(news_items, rng.randint(2, 4))
        rng.shuffle(items)
        return items
    cats = rng.sample(TEXT_MENU_CATS, rng.randint(5, 7))
    lines = [f"{c} 뉴스 | {site}" for c in cats] + [f"오피니언 | {site}", f"포토 | {site}"]
    rng.shuffle(lines)
    return [f"전체기사 | {site}", *lines]


# ------------------------------------------------------------------------------------------------------------
# small helpers


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def att(s: str) -> str:
    return html.escape(s, quote=True)


def rich(s: str) -> str:
    """Text with link marks as HTML."""
    return "".join(esc(t) if href is None else f'<a href="{att(href)}" target="_blank">{esc(t)}</a>'
                   for t, href in split_links(s))


def _dt(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


def _fmt(iso: str | None, style: str) -> str:
    d = _dt(iso)
    if d is None:
        return ""
    if style == "dot":
        return d.strftime("%Y.%m.%d %H:%M")
    if style == "dash":
        return d.strftime("%Y-%m-%d %H:%M")
    if style == "ampm":  # 2025.08.28. 오후 3:10
        ampm = "오전" if d.hour < 12 else "오후"
        h = d.hour % 12 or 12
        return f"{d:%Y.%m.%d}. {ampm} {h}:{d:%M}"
    raise ValueError(style)


def _cls(text: str) -> str:
    return "c" + hashlib.md5(text.encode("utf-8")).hexdigest()[:6]


def hidden_html(h: Hidden, page: Page) -> str:
    """A hidden block in the markup its method uses (a style rule in <head> for ``style_class``)."""
    inner = rich(h.html)
    if h.method == "display_none":
        return f'<div style="display:none">{inner}</div>'
    if h.method == "visibility_hidden":
        return f'<div style="visibility: hidden; position: absolute">{inner}</div>'
    if h.method == "font_size0":
        return f'<p style="font-size:0px;line-height:0;margin:0">{inner}</p>'
    if h.method == "offscreen":
        return f'<div style="position:absolute;left:-9999px;top:auto;width:1px;overflow:hidden">{inner}</div>'
    if h.method == "hidden_attr":
        return f"<div hidden>{inner}</div>"
    if h.method == "zero_height":
        return f'<div style="height:0;overflow:hidden">{inner}</div>'
    if h.method == "style_class":
        cls = _cls(h.html)
        rule = f"<style>.{cls}{{display:none !important}}</style>"
        if rule not in page.head_extra:
            page.head_extra.append(rule)
        return f'<div class="{cls}">{inner}</div>'
    raise ValueError(h.method)


def _hidden_at(page: Page, where: str, after: int | None = None) -> str:
    return "".join(hidden_html(h, page) + "\n" for h in page.hidden
                   if h.where == where and (after is None or h.after == after))


def _head(page: Page, slots: int, extra: str = "") -> str:
    site = page.site["name"]
    a = page.article
    t = page.twin_title
    meta = []
    if page.charset == "utf-8":
        meta.append('<meta charset="utf-8">')
    else:
        meta.append(f'<meta http-equiv="Content-Type" content="text/html; charset={page.charset}">')
    meta.append('<meta name="viewport" content="width=device-width,initial-scale=1">')
    meta.append(f"<title>{esc(t + page.title_tail)} - {esc(site)}</title>")
    if page.describe:
        d = a["paragraphs"][0]
        meta.append(f'<meta name="description" content="{att(d[:90] + ("…" if len(d) > 90 else ""))}">')
    meta.append(f'<meta property="og:title" content="{att(t + page.og_tail)}">')
    meta.append(f'<meta property="og:site_name" content="{att(site)}">')
    meta.append(f'<meta property="og:url" content="https://www.{att(page.site["domain"])}/news/{a["id"]}00{_cls(t)[1:]}">')
    if slots >= 3 and page.layout == "daily":
        meta.append(f'<meta name="twitter:title" content="{att(t)}">')
    return "\n".join(meta) + "\n" + extra + "".join(page.head_extra)


def _menu_html(page: Page, ul_class: str) -> str:
    items = []
    for i, m in enumerate(page.menu):
        if "\x02" in m:
            items.append(f"<li>{rich(m)}</li>")
        else:
            items.append(f'<li><a href="/news/list.php?sec={i + 1:02d}">{esc(m)}</a></li>')
    return f'<ul class="{ul_class}">' + "".join(items) + "</ul>"


def _top_lines(page: Page, tag: str) -> str:
    return "".join(f"<{tag}>{esc(x)}</{tag}>" for x in page.top_lines)


def _related(related: list[str], title: str, cls: str) -> str:
    lis = "".join(f'<li><a href="/news/view.php?no={1000 + 37 * i}">{esc(t)}</a></li>' for i, t in enumerate(related))
    return f'<div class="{cls}"><h3>{esc(title)}</h3><ul>{lis}</ul></div>'


def _img(page: Page, cap: Caption, n: int) -> str:
    src = f"https://img.{page.site['domain']}/photo/{page.article['id']}/{n:02d}.jpg"
    title = f' title="{att(cap.img_title)}"' if cap.img_title else ""
    return f'<img src="{att(src)}" alt="{att(cap.alt)}"{title}>'


def _pair(cap: Caption) -> list[str]:
    """The printed copies of a caption, in order."""
    if cap.twin is None:
        return [cap.text]
    return [cap.twin, cap.text] if cap.twin_first else [cap.text, cap.twin]


def _scripts(site: str) -> str:
    return ("<script src=\"/js/jquery.min.js\"></script>\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
            "gtag('js',new Date());gtag('config','G-" + _cls(site)[1:].upper() + "');</script>\n")


def _footer(page: Page, cls: str) -> str:
    site = page.site["name"]
    n = int(hashlib.md5(site.encode()).hexdigest()[:4], 16)
    return (f'<footer class="{cls}"><div class="f-links"><a href="/company/">회사소개</a> <a href="/ad/">광고안내</a> '
            f'<a href="/privacy/">개인정보처리방침</a> <a href="/youth/">청소년보호정책</a></div>'
            f"<p>{esc(site)} | 주소: 서울특별시 마포구 월드컵북로 {n % 400 + 1} | "
            f"전화 02-{n % 900 + 100}-{n % 9000 + 1000} | "
            f"등록번호 서울 아{n % 90000 + 10000}</p><p class=\"copy\">Copyright ⓒ {esc(site)}. All rights reserved. "
            f"무단 전재 및 재배포 금지</p>{_hidden_at(page, 'footer')}</footer>\n")


def _item_html(it: Item, tag: str, attrs: str = "") -> str:
    """A body block; injected blocks come as <div> or as the layout's own element, by the text's length."""
    if it.role != "para" and len(plain(it.text)) % 2:
        tag, attrs = "div", ""
    return f"<{tag}{attrs}>{rich(it.text)}</{tag}>"


# ------------------------------------------------------------------------------------------------------------
# parts every HTML design prints, each in its own markup

PhotoBox = Callable[[Page, Caption, int], list[str]]


def _body_blocks(page: Page, para: Callable[[Item], str], photo: PhotoBox) -> list[str]:
    """The body's blocks: each item as ``para`` prints it, then the photos placed after its paragraph as ``photo``
    prints them (numbered in the order they appear) and the hidden blocks placed there; photos placed before the
    first paragraph come first. The four designs differ only in ``para`` and ``photo``."""
    out: list[str] = []
    shown = 0

    def photos(k: int) -> None:
        nonlocal shown
        for cap in page.captions:
            if cap.after == k:
                shown += 1
                out.extend(photo(page, cap, shown))

    photos(-1)
    for it in page.body:
        out.append(para(it))
        if it.src is not None:
            photos(it.src)
            out.append(_hidden_at(page, "body", it.src))
    return out


def _dates(page: Page, style: str, labels: tuple[str, str], sep: str, wrap: str = "{}") -> str:
    """The publication date and, if the article was modified, the modification date: each as 'label date' put
    into ``wrap`` (a format string), joined by ``sep``."""
    a = page.article
    stamps = [(labels[0], a["published"])] + ([(labels[1], a["modified"])] if a["modified"] else [])
    return sep.join(wrap.format(f"{label} {_fmt(iso, style)}") for label, iso in stamps)


def _subtitle(page: Page, tag: str, cls: str) -> str:
    """The subtitle as ``<tag class="cls">``, or nothing when the article has none."""
    return f'<{tag} class="{cls}">{esc(page.subtitle)}</{tag}>' if page.subtitle else ""


def _logo_attrs(page: Page) -> str:
    """The logo <img>'s alt (the site name) and title (none) attributes, or the text a shape planted there."""
    title = f' title="{att(page.attrs["logo_title"])}"' if "logo_title" in page.attrs else ""
    return f'alt="{att(page.attrs.get("logo_alt", page.site["name"]))}"{title}'


def _share_title(page: Page, default: str) -> str:
    """The share button's title attribute, escaped: the layout's own ``default``, or the text a shape planted."""
    return att(page.attrs.get("share_title", default))


# ------------------------------------------------------------------------------------------------------------
# the four HTML designs


def _figures(page: Page, cap: Caption, n: int) -> list[str]:
    """A <figure> with its <figcaption> for each printed copy of the caption, the same photo in each."""
    return [f'<figure class="img-area">{_img(page, cap, n)}<figcaption>{esc(text)}</figcaption></figure>'
            for text in _pair(cap)]


def render_daily(page: Page, rng: random.Random, related: list[str]) -> str:
    """``article > div.story-news``, figures with figcaptions, byline at the bottom, '#tag' list."""
    a = page.article
    head = _head(page, TWIN_SLOTS["daily"],
                 f'<meta property="article:published_time" content="{a["published"]}">\n'
                 + (f'<meta property="article:modified_time" content="{a["modified"]}">\n' if a["modified"] else "")
                 + '<link rel="stylesheet" href="/css/view.css?v=31">\n')
    body = _body_blocks(page, lambda it: _item_html(it, "p"), _figures)
    body.append(f'<p class="byline">{esc(page.byline)}</p>')
    tags = "".join(f'<a href="/search?q={att(t)}">#{esc(t)}</a> ' for t in a["tags"])
    info = (f'<span class="press">{esc(page.source)}</span>'
            + _dates(page, "dot", ("입력", "수정"), "", '<span class="date">{}</span>'))
    sub = _subtitle(page, "p", "news-sub")
    share_title = _share_title(page, "카카오톡 공유")
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
{head}
</head>
<body class="view-page">
{_hidden_at(page, 'top')}<div id="topbar"><a href="/member/login">로그인</a> <a href="/member/join">회원가입</a>
<a href="/rss">RSS</a></div>
<header class="gnb-wrap"><h1 class="logo"><a href="/">
<img src="/img/logo.svg" {_logo_attrs(page)}></a></h1>
<nav>{_menu_html(page, 'gnb')}</nav>{_top_lines(page, 'p')}</header>
<div id="contents"><section class="news-area">
<div class="art-head"><p class="breadcrumb">{esc(page.section)}</p><h2 class="news-tit">{esc(page.title)}</h2>{sub}
<div class="art-info">{info}</div>
<div class="sns-share"><a href="#" class="fb">페이스북</a><a href="#" class="kt" title="{share_title}">카카오톡</a>
<a href="#" class="copy">링크복사</a><button type="button" class="print">인쇄</button></div></div>
<article><div class="story-news article" id="articleBody">
{chr(10).join(body)}
</div></article>
<div class="keyword-list">{tags}</div>
<div class="ad-box">광고</div>
{_related(related[:4], '추천 기사', 'recommend')}
</section>
<aside class="rank-box">{_related(related[4:], '실시간 인기 기사', 'rank')}</aside></div>
{_footer(page, 'site-footer')}{_scripts(page.site['name'])}</body>
</html>
"""


def _photo_table(page: Page, cap: Caption, n: int) -> list[str]:
    """A photo table with the caption in its second row; the caption's twin, if any, as a text line before or
    after the table."""
    table = (f'<table class="photo-tbl" align="center"><tr><td>{_img(page, cap, n)}</td></tr>'
             f'<tr><td class="photo-txt">{esc(cap.text)}</td></tr></table>')
    if cap.twin is None:
        return [table]
    line = f"{esc(cap.twin)}<br>"
    return [line, table] if cap.twin_first else [table, line]


def render_textbody(page: Page, rng: random.Random, related: list[str]) -> str:
    """``div#textBody``: text lines with <br>, photo tables, byline first, JSON-LD, no date metadata tags."""
    a = page.article
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page.twin_title,
          "datePublished": a["published"], "publisher": {"@type": "Organization", "name": page.site["name"]}}
    if a["modified"]:
        ld["dateModified"] = a["modified"]
    head = _head(page, TWIN_SLOTS["textbody"],
                 '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n")

    def para(it: Item) -> str:
        """A block of text ends in two line breaks, now and then in one."""
        return rich(it.text) + rng.choice(("<br><br>", "<br><br>", "<br>"))

    out = [f"{esc(page.byline)}<br><br>", *_body_blocks(page, para, _photo_table)]
    dates = _dates(page, "dash", ("기사입력", "최종수정"), " | ")
    sub = _subtitle(page, "h4", "sub-title")
    share_title = _share_title(page, "트위터 공유")
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
{head}
<link rel="stylesheet" href="/common/css/news.css">
</head>
<body>
{_hidden_at(page, 'top')}<div id="wrapper">
<div id="header"><div class="logo"><a href="/">
<img src="/common/img/top_logo.png" {_logo_attrs(page)}></a></div>
<div id="gnb">{_menu_html(page, 'menu')}</div>{_top_lines(page, 'div')}</div>
<div id="container"><div id="content">
<div class="nav-path">{esc(page.section)}</div>
<div class="view-title"><h3>{esc(page.title)}</h3>{sub}
<div class="view-info"><span class="source">{esc(page.source)}</span> <span class="dates">{dates}</span></div>
<div class="btn-util"><a href="#" title="{share_title}" class="tw">트위터</a> <a href="#" class="fb">페이스북</a>
<a href="#" class="font">글자크기</a></div></div>
<div id="textBody" class="view-text">
{chr(10).join(out)}
</div>
<div class="view-copy">저작권자 ⓒ {esc(page.site['name'])} 무단전재 및 재배포 금지</div>
{_related(related[:5], '이 기사와 함께 많이 본 뉴스', 'view-related')}
</div>
<div id="side">{_related(related[5:], '주요뉴스', 'side-news')}</div></div>
{_footer(page, 'footer')}</div>
{_scripts(page.site['name'])}</body>
</html>
"""


def _photo_box(page: Page, cap: Caption, n: int) -> list[str]:
    """A photo box: the photo, then a <p class="photo-desc"> for each printed copy of the caption."""
    descs = "".join(f'<p class="photo-desc">{esc(t)}</p>' for t in _pair(cap))
    return [f'<div class="photo-box">{_img(page, cap, n)}{descs}</div>']


def render_newsbody(page: Page, rng: random.Random, related: list[str]) -> str:
    """``div#news_body_area``: div.par paragraphs, photo boxes, byline in the header, Naver-style dates."""
    a = page.article
    head = _head(page, TWIN_SLOTS["newsbody"])
    out = _body_blocks(page, lambda it: _item_html(it, "div", ' class="par"'), _photo_box)
    dates = _dates(page, "ampm", ("입력", "수정"), " ", "<span>{}</span>")
    sub = _subtitle(page, "div", "sub-headline")
    tags = "".join(f'<li><a href="/tag/{att(t)}">#{esc(t)}</a></li>' for t in a["tags"])
    share_title = _share_title(page, "공유하기")
    return f"""<!doctype html>
<html lang="ko">
<head>
{head}
</head>
<body>
{_hidden_at(page, 'top')}<div class="skip"><a href="#news_body_area">본문 바로가기</a></div>
<div class="top-header"><a class="logo" href="/"><img src="/images/ci.png" {_logo_attrs(page)}></a>
<div class="menu-area">{_menu_html(page, 'main-menu')}</div>{_top_lines(page, 'p')}</div>
<div class="article-wrap"><div class="article-head">
<div class="category">{esc(page.section)}</div>
<h1 class="headline">{esc(page.title)}</h1>{sub}
<div class="reporter-info"><span class="name">{esc(page.byline)}</span>
<span class="media">{esc(page.source)}</span></div>
<div class="date-info">{dates}</div>
<div class="share"><button type="button" title="{share_title}">공유</button><button type="button">스크랩</button>
<button type="button">인쇄</button></div>
</div>
<div id="news_body_area" class="news-body">
{chr(10).join(out)}
</div>
<ul class="tag-group">{tags}</ul>
<div class="comment-box"><h4>댓글 0</h4><p>로그인 후 댓글을 남길 수 있습니다.</p></div>
{_related(related[:6], '관련 뉴스', 'relation-news')}
</div>
{_footer(page, 'bottom')}{_scripts(page.site['name'])}</body>
</html>
"""


def _photo_dl(page: Page, cap: Caption, n: int) -> list[str]:
    """A <dl>: the photo as <dt>, a <dd> for each printed copy of the caption."""
    dds = "".join(f"<dd>{esc(t)}</dd>" for t in _pair(cap))
    return [f'<dl class="img-dl"><dt>{_img(page, cap, n)}</dt>{dds}</dl>']


def render_articletxt(page: Page, rng: random.Random, related: list[str]) -> str:
    """``div.article_txt``: bare text and <br><br>, <dl> photos, byline as the last line."""
    head = _head(page, TWIN_SLOTS["articletxt"])
    out = _body_blocks(page, lambda it: rich(it.text) + "<br>\n<br>", _photo_dl)
    out.append(esc(page.byline) + "<br>")
    dates = _dates(page, "dot", ("승인", "수정"), " | ")
    sub = _subtitle(page, "p", "subtit")
    share_title = _share_title(page, "밴드 공유")
    return f"""<!DOCTYPE html>
<html>
<head>
{head}
</head>
<body>
{_hidden_at(page, 'top')}<table width="100%" class="top-tbl"><tr><td><a href="/">
<img src="/img/main_logo.gif" {_logo_attrs(page)}></a></td></tr></table>
<div class="gnb_area">{_menu_html(page, 'gnb_list')}</div>{_top_lines(page, 'div')}
<div class="sub_wrap"><div class="left_area">
<div class="sec_tit">{esc(page.section)}</div>
<div class="art_top"><h2>{esc(page.title)}</h2>{sub}
<div class="info-date"><span class="writer-press">{esc(page.source)}</span> {dates}</div>
<div class="sns"><a href="#" title="{share_title}">밴드</a> <a href="#">블로그</a> <a href="#">메일</a></div></div>
<div class="article_txt" itemprop="articleBody">
{chr(10).join(out)}
</div>
<div class="bottom-copy">&lt;저작권자 ⓒ {esc(page.site['name'])}, 무단 전재 및 재배포 금지&gt;</div>
{_related(related[:5], '많이 본 기사', 'most-read')}
</div></div>
{_footer(page, 'footer_area')}{_scripts(page.site['name'])}</body>
</html>
"""


# ------------------------------------------------------------------------------------------------------------
# page text


def render_text(page: Page, rng: random.Random, related: list[str]) -> str:
    """Page text: menu lines, top lines, section, title, subtitle, source, dates, captions, byline, body."""
    a = page.article
    lines = [plain(m) for m in page.menu] + page.top_lines
    lines += [page.section, "", page.title, ""]
    if page.subtitle:
        lines += [page.subtitle, ""]
    lines += [page.source, "", f"입력 {_fmt(a['published'], 'dot')}", ""]
    if a["modified"]:
        lines += [f"수정 {_fmt(a['modified'], 'dot')}", ""]
    for cap in page.captions:
        lines += _pair(cap)
    lines += ["", ""]
    body = [plain(it.text) for it in page.body]
    if page.byline_pos == "top":
        body.insert(0, page.byline)
    else:
        body.append(page.byline)
    for i, para in enumerate(body):
        lines.append(para)
        if i + 1 < len(body):
            lines += [""] * rng.choice((1, 1, 1, 0, 2))
    lines += ["", f"ⓒ {page.site['name']}, 무단전재 및 재배포 금지", ""]
    return "\n".join(lines)


RENDER = {"daily": render_daily, "textbody": render_textbody, "newsbody": render_newsbody,
          "articletxt": render_articletxt, "text": render_text}


def render(page: Page, rng: random.Random, related: list[str]) -> str:
    """The page printed in its layout."""
    return RENDER[page.layout](page, rng, related)
