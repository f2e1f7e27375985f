"""The spam stages: the lexicon, the page's own evidence, detection and removal."""

from .detect import detect
from .lexicon import Lexicon, load_lexicon
from .remove import remove

__all__ = ["Lexicon", "detect", "load_lexicon", "remove"]
