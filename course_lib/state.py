"""Where the course keeps a student's local files, and how it writes them safely.

Everything lives in one folder: $COURSE_HOME, or ~/.dl-course by default.
Nothing is ever sent over the network.
"""
import json
import os
import time
from pathlib import Path

from .lang import Bi


def home():
    folder = Path(os.environ.get("COURSE_HOME") or Path.home() / ".dl-course")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def read_json(path, empty, valid=lambda data: True):
    """The JSON in `path`, or `empty` if it is missing. A damaged file is kept aside, never deleted."""
    path = Path(path)
    if not path.exists():
        return empty
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if valid(data):
            return data
    except (ValueError, OSError):
        pass
    kept = path.with_name(f"{path.name}.damaged-{int(time.time())}")  # unreadable, or not what we wrote
    path.replace(kept)
    print(Bi(hi=f"⚠️ {path.name} पढ़ा नहीं जा सका; उसे {kept.name} के नाम से सुरक्षित रखा गया है और नई फ़ाइल शुरू की गई है।",
             en=f"⚠️ {path.name} could not be read; it was kept as {kept.name} and a new file was started."))
    return empty


def write_json(path, data):
    """Write atomically: a crash mid-write leaves the old file, never half a file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
