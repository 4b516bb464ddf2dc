"""course_lib: the shared engine behind every chapter notebook.

One concern per module: lang (Hindi/English), glossary, questions and
practice (auto-graded exercises), progress, data, plots, train, widgets,
views (the single-language notebooks built from one bilingual source).
"""
from .lang import Bi, get_language, set_language, t


def start(chapter, lang=None):
    """First cell of every chapter: language, plot style and a fixed random seed."""
    import torch

    from . import plots
    from .practice import CHAPTERS, FRONT
    if lang:
        set_language(lang)
    plots.setup()
    torch.manual_seed(0)
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
