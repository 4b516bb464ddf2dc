"""course_lib: the shared engine behind every chapter notebook.

One concern per module: lang (Hindi/English), glossary, questions and
practice (auto-graded exercises), progress, data, plots, train, widgets,
views (the single-language notebooks built from one bilingual source).
"""
from .lang import Bi, get_language, set_language, t


def threads():
    """Torch threads for a chapter: half the cores (at most 4), so a busy machine is not oversubscribed.

    Measured on a 2-core machine under load: one chapter cell took 0.3 s on 1 thread, 5.9 s on 2.
    COURSE_THREADS=n overrides it.
    """
    import os
    chosen = os.environ.get("COURSE_THREADS", "")
    return int(chosen) if chosen.isdigit() and int(chosen) > 0 else max(1, min(4, (os.cpu_count() or 2) // 2))


def start(chapter, lang=None):
    """First cell of every chapter: language, plot style, a fixed random seed, and torch's thread count."""
    import torch

    from . import plots
    from .practice import CHAPTERS, FRONT
    if lang:
        set_language(lang)
    plots.setup()
    torch.manual_seed(0)
    torch.set_num_threads(threads())
    import gc
    gc.freeze()  # the ~10^6 objects the imports made are never garbage: later collections skip them (0.3–0.7 s a chapter)
    title = next(c.title for c in [FRONT, *CHAPTERS] if c.number == chapter)
    other = "en" if get_language() == "hi" else "hi"
    if chapter == FRONT.number:
        print(Bi(hi=f"{title.hi} · भाषा: हिन्दी (बदलने के लिए: set_language('{other}'))",
                 en=f"{title.en} · language: English (to switch: set_language('{other}'))"))
        return
    print(Bi(hi=f"अध्याय {chapter:02d}: {title.hi} · भाषा: हिन्दी (बदलने के लिए: set_language('{other}'))",
             en=f"Chapter {chapter:02d}: {title.en} · language: English (to switch: set_language('{other}'))"))


def show_progress():
    """Your progress over all chapters, as a table."""
    from .progress import show
    return show()


def show_glossary():
    """The course's English → Hindi terms, as one table."""
    from .glossary import show
    return show()


__all__ = ["Bi", "t", "get_language", "set_language", "start", "show_progress", "show_glossary"]
