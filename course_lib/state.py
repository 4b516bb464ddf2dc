"""Where the course keeps a student's local files: $COURSE_HOME, or ~/.dl-course by default.

Nothing is ever sent over the network. A folder that cannot be used gets a clear
bilingual message (HomeUnavailable), never a traceback.
"""
import os
import time
import uuid
from pathlib import Path

from .lang import Bi


class HomeUnavailable(OSError):
    """The course's folder cannot be used; carries a Bi message."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def home():
    """The course's folder, created if needed. `~` in COURSE_HOME means the home folder."""
    folder = Path(os.path.expanduser(os.environ.get("COURSE_HOME") or "~/.dl-course"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a file in the way, a file as a parent, no permission ...
        raise HomeUnavailable(Bi(
            hi=f"प्रगति का फ़ोल्डर {folder} इस्तेमाल नहीं हो सकता ({type(error).__name__}: {error.strerror or error})। "
               f"COURSE_HOME को किसी ऐसे फ़ोल्डर पर रखें जो बनाया जा सके।",
            en=f"The progress folder {folder} cannot be used ({type(error).__name__}: {error.strerror or error}). "
               f"Point COURSE_HOME at a folder that can be created.")) from None
    return folder


def set_aside(path, why):
    """Rename a file that is not ours to a unique name beside it, and say so. Never deletes anything."""
    path = Path(path)
    kept = path.with_name(f"{path.name}.{why}-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}")
    try:
        path.replace(kept)
    except FileNotFoundError:  # another kernel set it aside a moment ago
        return None
    print(Bi(hi=f"⚠️ {path.name} इस पाठ्यक्रम की फ़ाइल नहीं लगती; उसे {kept.name} के नाम से सुरक्षित रखा गया है।",
             en=f"⚠️ {path.name} does not look like this course's file; it was kept as {kept.name}."))
    return kept
