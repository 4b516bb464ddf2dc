"""Language: every text of the course exists in Hindi and English, chosen once.

The language is, in order of precedence:
  1. what `set_language()` chose in this Python session (a chapter notebook
     calls it in its first cell with the language of the folder it lives in);
  2. the environment variable COURSE_LANG ("hi" or "en");
  3. Hindi.
"""
import os
import re

LANGUAGES = ("hi", "en")
DEFAULT = "hi"
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_session_choice = None
_warned = False
_NAMES = {"hi": "hi", "hindi": "hi", "हिन्दी": "hi", "हिंदी": "hi", "en": "en", "english": "en", "अंग्रेज़ी": "en"}


class Bi:
    """One text in both languages. Built once, shown in whichever is current."""

    __slots__ = ("hi", "en")

    def __init__(self, hi, en):
        if not (isinstance(hi, str) and hi.strip() and isinstance(en, str) and en.strip()):
            raise ValueError(f"Bi needs non-empty Hindi and English text: hi={hi!r} en={en!r}")
        self.hi, self.en = hi, en

    def problems(self):
        """Why this pair is not a proper translation pair (used by the parity tests)."""
        found = []
        if not _DEVANAGARI.search(self.hi):
            found.append(f"Hindi text has no Devanagari: {self.hi!r}")
        if _DEVANAGARI.search(self.en):
            found.append(f"English text contains Devanagari: {self.en!r}")
        return found

    def __str__(self):
        return getattr(self, get_language())

    def format(self, **values):
        return str(self).format(**values)

    def __repr__(self):
        return f"Bi(hi={self.hi!r}, en={self.en!r})"


def t(hi, en):
    """The text in the current language, e.g. a plot title: t(hi="...", en="...")."""
    return str(Bi(hi, en))


def get_language():
    global _warned
    if _session_choice:
        return _session_choice
    env = os.environ.get("COURSE_LANG", "").strip().lower()
    if env in LANGUAGES:
        return env
    if env and not _warned:
        _warned = True
        print(f"⚠️ COURSE_LANG={env!r}: 'hi' या 'en' होना चाहिए; हिन्दी चुनी गई। / "
              f"COURSE_LANG={env!r} should be 'hi' or 'en'; using Hindi.")
    return DEFAULT


def set_language(lang):
    """Choose "hi" (हिन्दी) or "en" (English) for every message, label and hint."""
    global _session_choice
    code = _NAMES.get(lang.strip().lower()) if isinstance(lang, str) else None
    if code is None:
        shown = repr(lang) if isinstance(lang, (str, int, float, type(None))) else type(lang).__name__
        print(Bi(hi=f"भाषा {shown[:40]} उपलब्ध नहीं है; 'hi' या 'en' चुनें।",
                 en=f"Language {shown[:40]} is not available; choose 'hi' or 'en'."))
        return get_language()
    _session_choice = code
    return code
