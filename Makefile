# The course in two commands:  make setup  then  make test.   make lab  opens the course.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: setup setup-python setup-browser test test-fast lab screenshots notebooks keys grade bench clean

setup: setup-python setup-browser

setup-python:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps -e .
	$(BIN)/python -m course_lib.kernel
	@echo "✔ Python environment ready in $(VENV)/"

# Chromium + Devanagari fonts for the browser test (Debian packages; needs root or sudo).
BROWSER_PACKAGES := chromium chromium-driver fonts-noto-core fonts-noto-color-emoji
setup-browser:
	@if dpkg -s $(BROWSER_PACKAGES) >/dev/null 2>&1; then echo "✔ browser packages present"; \
	elif ! command -v apt-get >/dev/null; then echo "⚠ No apt-get: browser test will be skipped. / apt-get नहीं है: browser test छोड़ा जाएगा।"; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(BROWSER_PACKAGES); \
	elif command -v sudo >/dev/null; then sudo apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q $(BROWSER_PACKAGES); \
	else echo "⚠ No root: browser test will be skipped. / root नहीं है: browser test छोड़ा जाएगा। Install: $(BROWSER_PACKAGES)"; fi

# Unit tests, the browser test, and every notebook re-executed in both languages (nbval).
test:
	COURSE_HOME=$$(mktemp -d) $(BIN)/python -m pytest tests notebooks/hi notebooks/en --nbval-lax

# Everything but the browser test and notebook execution: seconds.
test-fast:
	$(BIN)/python -m pytest tests -m "not browser and not slow"

lab:
	$(BIN)/python -m course_lib.lab

# Maintainers: re-run the browser test and refresh the README's screenshot from it.
screenshots:
	UPDATE_SCREENSHOTS=1 COURSE_HOME=$$(mktemp -d) $(BIN)/python -m pytest tests/test_browser.py

# Maintainers: rebuild notebooks/hi and notebooks/en from notebooks/source.
notebooks:
	$(BIN)/python -m course_lib.views

# Maintainers: rewrite course_lib/practice/keys.json from tests/answer_key.py.
keys:
	$(BIN)/python tests/answer_key.py

# Instructors: grade SUBMISSIONS/<student>/<chapter notebook> into OUT (gradebook.csv, summary.csv,
# feedback/, report.html). Resumes where a killed run stopped. Run as root (or in a container) so that
# each kernel gets a user id of its own.
SUBMISSIONS ?= submissions
OUT ?= grades
grade:
	$(BIN)/python -m course_lib.grade $(SUBMISSIONS) $(OUT) $(if $(WORKERS),--workers $(WORKERS)) $(if $(SCHEDULER),--scheduler $(SCHEDULER))

# Maintainers: measure where students and instructors wait (a quiet machine, about 30 minutes); writes BENCHMARKS.md.
bench:
	$(BIN)/python -m course_lib.bench --out BENCHMARKS.md

clean:
	rm -rf $(VENV) test-artifacts
