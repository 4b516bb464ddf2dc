"""python -m course_lib.grade SUBMISSIONS OUT [--workers N] ... (see course_lib/grade/__init__.py)."""
import os
import sys

os.environ.setdefault("MPLBACKEND", "Agg")

from . import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
