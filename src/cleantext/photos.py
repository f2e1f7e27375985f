"""Which photo a caption belongs to: the file name of its image.

Two captions alike but for a word are one caption printed twice (spam's copy of it) or the captions of two
photos (two teams at one stadium); the page's markup tells them apart where its images name their files.  A
caption's photo is the one image of the nearest element around it that holds images: a figure, a gallery's item.
Where that element holds several photos, or none that names a file, the caption's photo is unknown ('') and
only the captions' words tell.
"""

from __future__ import annotations

import re
from typing import Any

# the elements that show a photo, and where each names its file: the lazy loaders' attributes first (their
# ``src`` is a placeholder), then ``src``, then the first address of a ``srcset``
IMAGES = "img, amp-img, source"
SOURCES = ("data-src", "data-original", "data-lazy-src", "data-lazy", "data-lazyload", "data-url", "data-echo", "src",
           "srcset", "data-srcset")
# a placeholder's or an icon's file, the same for every photo of a page (loading.gif, 1x1.png, icon_zoom.png)
_NO_PHOTO = re.compile(r"blank|loading|spacer|placeholder|lazy|dummy|transparent|pixel|1x1|no_?im(?:a?ge?)?\b|icon|"
                       r"btn_|zoom|\.gif$|\.svg$")
# a file name that names no photo by itself (image.jpg in a folder of its own, view.php?no=12): read with its
# folder and query
_GENERIC = re.compile(r"[a-z]{1,10}\.\w+")
MAX_UP = 4  # elements above a caption looked at for its photo


def file_name(img: Any) -> str:
    """The photo file an image element names, lower-cased, without host and folder (with them, and with the
    query, when the name alone is generic: ``image.jpg``); '' for a placeholder, an icon or none."""
    a = img.attributes
    for key in SOURCES:
        src = (a.get(key) or "").strip()
        if key.endswith("srcset"):
            src = src.split(",")[0].split()[0] if src else ""
        if not src or src.startswith("data:"):
            continue
        path, _, query = src.split("#")[0].partition("?")
        name = path.rstrip("/").rsplit("/", 1)[-1].lower()
        if not name or _NO_PHOTO.search(name):
            continue
        if _GENERIC.fullmatch(name):
            return f"{path.split('//', 1)[-1].lower()}?{query}"
        return name
    return ""


def photo_of(caption: Any, top: Any) -> str:
    """The file name of the photo ``caption`` (an element inside ``top``, or ``top`` itself) belongs to: the one
    photo of the nearest element around it, up to ``top``, that shows any; '' when that element shows several, or
    none names a file."""
    n, key = caption, top.mem_id
    for _ in range(MAX_UP + 1):
        names = [f for img in n.css(IMAGES) if (f := file_name(img))]
        if names:  # (a <picture>'s sources and its <img> name one photo in several formats)
            return names[0] if len({photo_stem(f) for f in names}) == 1 else ""
        if n.mem_id == key or n.parent is None:
            return ""
        n = n.parent
    return ""


def photo_stem(name: str) -> str:
    """A photo's file name (:func:`file_name`) without its extension, the query kept (``view.php?no=12`` is
    ``view?no=12``): one photo in two formats has one stem."""
    path, mark, query = name.partition("?")
    return path.rsplit(".", 1)[0] + mark + query
