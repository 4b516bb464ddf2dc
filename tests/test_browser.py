"""End-to-end: the Hindi chapter 06 in a real browser, served exactly as `make lab` serves it.

JupyterLab is started through `python -m course_lib.lab` on a copy of notebooks/ (so nothing is
autosaved into the repo) and driven by headless Debian Chromium through Playwright:
Run All, no errors, the widget reacts, a practice answer is checked in Hindi and, after
set_language("en"), in English, and Devanagari text really renders (not as tofu boxes).
Screenshots go to test-artifacts/; `make screenshots` also refreshes the README's one in docs/screenshots/.
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOK = "hi/06_activations.ipynb"
ARTIFACTS = REPO / "test-artifacts"
README_SHOT = REPO / "docs" / "screenshots" / "chapter06-hi.png"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SERVER_START_TIMEOUT = 60  # s
RUN_ALL_TIMEOUT = 120_000  # ms
CELL_TIMEOUT = 30_000  # ms

pytestmark = pytest.mark.browser


def require_chromium():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} not found: run `make setup-browser` to install Chromium and fonts"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_ready(url, process, timeout=SERVER_START_TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"JupyterLab exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"JupyterLab not ready at {url} after {timeout} s")


def open_notebook_session(url, path):
    """Start the notebook's kernel through the REST API, as a re-opened notebook would have.

    Opening a notebook with no session sometimes races JupyterLab's kernelspec fetch and
    leaves a "Select Kernel" dialog up; with the session already there, the page just attaches.
    """
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar := CookieJar()))
    opener.open(f"{url}/lab", timeout=30).read()  # sets the _xsrf cookie
    xsrf = next(cookie.value for cookie in jar if cookie.name == "_xsrf")
    body = json.dumps({"path": path, "name": Path(path).name, "type": "notebook",
                       "kernel": {"name": "dl-course"}}).encode()
    request = urllib.request.Request(f"{url}/api/sessions", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "X-XSRFToken": xsrf})
    opener.open(request, timeout=60).read()


def write_lab_settings(settings_dir):
    """No "news?" pop-up in the screenshots, no update checks."""
    path = settings_dir / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))


def stop_server(process):
    """SIGTERM lets jupyter_server shut its kernels down; SIGKILL the group if it hangs."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def lab_url(tmp_path_factory):
    """`make lab`'s JupyterLab on a throwaway copy of notebooks/, with all its state in tmp."""
    require_chromium()
    tmp = tmp_path_factory.mktemp("lab")
    shutil.copytree(REPO / "notebooks", tmp / "notebooks")
    write_lab_settings(tmp / "settings")
    port = free_port()
    # The kernel inherits this env: drop what pytest and tests/conftest.py (MPLBACKEND=Agg) set,
    # so that it plots inline as a student's kernel does.
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND" and not k.startswith("PYTEST_")}
    env.update(COURSE_LANG="hi", COURSE_HOME=str(tmp / "home"),
               COURSE_NOTEBOOKS=str(tmp / "notebooks"), JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
               JUPYTER_DATA_DIR=str(tmp / "data"),
               JUPYTERLAB_SETTINGS_DIR=str(tmp / "settings"),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp / "workspaces"))
    extra = [f"--port={port}", "--no-browser", "--IdentityProvider.token=",
             f"--LabApp.workspaces_dir={tmp / 'workspaces'}"]
    log = open(tmp / "lab.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "course_lib.lab", *extra], cwd=REPO, env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{url}/api/status", process)
        open_notebook_session(url, NOTEBOOK)
        yield url
    finally:
        stop_server(process)
        log.close()
        print((tmp / "lab.log").read_text(encoding="utf-8")[-3000:])


@pytest.fixture(scope="module")
def page(lab_url):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 900}, locale="hi-IN")
        finally:
            browser.close()


# ---------------------------------------------------------------- page helpers

def wait_for_kernel_idle(page):
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)


def hide_file_browser(page):
    """Clicking the open left-sidebar tab collapses it: more notebook in the screenshots."""
    page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").click()
    page.wait_for_selector("#jp-left-stack", state="hidden", timeout=CELL_TIMEOUT)


def accept_kernel_dialog(page, wait_ms=3000):
    """JupyterLab sometimes still asks "Select Kernel" (a race with its kernelspec fetch): take the preselected one."""
    dialog = page.locator(".jp-Dialog", has_text="Select Kernel")
    try:
        dialog.wait_for(state="visible", timeout=wait_ms)
    except Exception:
        return
    dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
    dialog.wait_for(state="hidden", timeout=CELL_TIMEOUT)


def run_all_cells(page):
    accept_kernel_dialog(page)
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    accept_kernel_dialog(page, wait_ms=1000)


def wait_until_all_code_cells_ran(page, timeout=RUN_ALL_TIMEOUT):
    """Every code cell of the notebook in view shows a number, none `[*]` or blank."""
    try:
        _wait_until_all_code_cells_ran(page, timeout)
    except Exception:
        screenshot(page, "timeout-run-all.png")  # what the page showed when it gave up
        raise


def _wait_until_all_code_cells_ran(page, timeout):
    page.wait_for_function("""() => {
        const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
        const prompts = panel ? [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')] : [];
        return prompts.length > 0 && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
    }""", timeout=timeout)


def code_cell_containing(page, text):
    return page.locator(".jp-CodeCell").filter(has=page.locator(".cm-content", has_text=text)).first


def replace_cell_source(page, cell, source):
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(source)


def run_cell_and_wait(page, cell):
    """Ctrl+Enter in the cell's editor; returns once its prompt shows a new execution count."""
    prompt = cell.locator(".jp-InputArea-prompt")
    before = prompt.text_content()
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+Enter")
    page.wait_for_function("([el, before]) => /^\\[\\d+\\]:$/.test(el.textContent.trim())"
                           " && el.textContent.trim() !== before",
                           arg=[prompt.element_handle(), before.strip()], timeout=CELL_TIMEOUT)


def feedback_of(cell):
    return cell.locator(".course-feedback")


def insert_cell_below_and_run(page, cell, source):
    cell.locator(".cm-content").click()
    page.keyboard.press("Escape")
    page.keyboard.press("b")
    new_cell = page.locator(".jp-Notebook .jp-Cell.jp-mod-selected").first
    new_cell.locator(".cm-content").click()
    page.keyboard.insert_text(source)
    run_cell_and_wait(page, new_cell)
    return new_cell


def scroll_to_top_of(locator):
    locator.evaluate("el => el.scrollIntoView({block: 'start'})")


def screenshot(page, name, element=None):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    (element or page).screenshot(path=str(path))
    return path


DEVANAGARI_VS_TOFU_JS = """(element) => {
    // Draw text in the element's font; a Devanagari letter with no font to draw it
    // becomes the same .notdef box ("tofu") as U+0378, which no font has.
    const font = getComputedStyle(element).fontFamily;
    const draw = (text) => {
        const canvas = document.createElement('canvas');
        canvas.width = 600; canvas.height = 80;
        const ctx = canvas.getContext('2d');
        ctx.font = `40px ${font}`;
        ctx.fillText(text, 10, 55);
        return {width: ctx.measureText(text).width,
                alpha: ctx.getImageData(0, 0, 600, 80).data.filter((_, i) => i % 4 === 3)};
    };
    const differing = (a, b) => a.alpha.filter((v, i) => Math.abs(v - b.alpha[i]) > 64).length;
    const tofu = draw('\\u0378');
    const letters = Object.fromEntries([...'सकरयणफलन'].map(c => [c, differing(draw(c), tofu)]));
    const hindi = draw('सक्रियण फलन'), tofus = draw('\\u0378'.repeat(7) + ' ' + '\\u0378'.repeat(3));
    return {font, letters, tofuInk: tofu.alpha.filter(v => v > 64).length,
            hindiWidth: hindi.width, tofuWidth: tofus.width, stringPixelsDiffering: differing(hindi, tofus)};
}"""


# ---------------------------------------------------------------- the test

def test_chapter06_in_browser(page, lab_url):
    from playwright.sync_api import expect

    page.goto(f"{lab_url}/lab/tree/{NOTEBOOK}")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell", timeout=60_000)
    wait_for_kernel_idle(page)
    hide_file_browser(page)

    run_all_cells(page)
    wait_until_all_code_cells_ran(page)
    wait_for_kernel_idle(page)
    heading = page.locator(".jp-MarkdownOutput h1").first
    scroll_to_top_of(heading)
    screenshot(page, "06-hi-run-all.png")

    # No errors anywhere.
    assert page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
    assert "Traceback" not in page.locator(".jp-Notebook").inner_text()

    # The widget: move x, the readout and the plot follow.
    widget = page.locator(".widget-vbox").filter(has=page.locator(".widget-hslider")).first
    x_slider = widget.locator(".widget-hslider").filter(has_text="x").first
    readout = widget.locator(".widget-html-content").filter(has_text="f(").first
    plot = widget.locator(".widget-output img").first
    expect(x_slider).to_be_visible(timeout=CELL_TIMEOUT)
    scroll_to_top_of(widget)
    expect(readout).to_contain_text("f(1.0)")
    readout_before, plot_before = readout.inner_text(), plot.get_attribute("src")
    assert plot_before.startswith("data:image/png") and len(plot_before) > 5000
    screenshot(page, "06-hi-widget-before.png", widget)
    x_slider.locator(".noUi-handle").focus()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    expect(readout).to_contain_text("f(1.5)", timeout=CELL_TIMEOUT)
    expect(plot).not_to_have_attribute("src", plot_before, timeout=CELL_TIMEOUT)
    assert readout.inner_text() != readout_before
    wait_for_kernel_idle(page)  # every redraw queued by the key presses has landed
    screenshot(page, "06-hi-widget-after.png", widget)

    # Practice question 4 (ReLU of −3): a wrong answer, then the right one, feedback in Hindi.
    q4 = code_cell_containing(page, "answer_q4 =")
    replace_cell_source(page, q4, "answer_q4 = -3\nq4.check(answer_q4)")
    run_cell_and_wait(page, q4)
    expect(feedback_of(q4)).to_have_class(re.compile(r"\bcourse-incorrect\b"))
    expect(feedback_of(q4)).to_contain_text("अभी सही नहीं")
    replace_cell_source(page, q4, "answer_q4 = 0\nq4.check(answer_q4)")
    run_cell_and_wait(page, q4)
    expect(feedback_of(q4)).to_have_class(re.compile(r"\bcourse-correct\b"))
    expect(feedback_of(q4)).to_contain_text("सही!")
    question = q4.locator("xpath=preceding-sibling::div[contains(@class,'jp-CodeCell')][1]")
    scroll_to_top_of(question)
    shot = screenshot(page, "06-hi-feedback.png")
    if os.environ.get("UPDATE_SCREENSHOTS"):  # `make screenshots`: refresh the README's picture
        README_SHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, README_SHOT)

    # Devanagari glyphs are drawn with the notebook's font, unlike a codepoint no font has.
    fonts = heading.evaluate(DEVANAGARI_VS_TOFU_JS)
    assert all(pixels > 0.3 * fonts["tofuInk"] for pixels in fonts["letters"].values()), fonts
    assert fonts["stringPixelsDiffering"] > fonts["tofuInk"], fonts
    assert abs(fonts["hindiWidth"] - fonts["tofuWidth"]) > 0.1 * fonts["tofuWidth"], fonts

    label = page.locator(".widget-label", has_text="फलन").first  # the widget's Hindi label
    label_fonts = label.evaluate(DEVANAGARI_VS_TOFU_JS)
    assert label_fonts["stringPixelsDiffering"] > label_fonts["tofuInk"], label_fonts

    # English feedback after set_language("en").
    insert_cell_below_and_run(page, q4, 'from course_lib import set_language\nset_language("en")')
    run_cell_and_wait(page, q4)
    expect(feedback_of(q4)).to_have_class(re.compile(r"\bcourse-correct\b"))
    expect(feedback_of(q4)).to_contain_text("Correct!")
    scroll_to_top_of(question)
    screenshot(page, "06-en-feedback.png")


# ---------------------------------------------------------------- every chapter, and the front page

def _views():
    return sorted(p.name for p in (REPO / "notebooks" / "hi").glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("name", _views())
def test_every_notebook_runs_all_in_the_browser(page, lab_url, name):
    """Each notebook as a student opens it: Run All, no error output, no traceback, widgets drawn."""
    open_notebook_session(lab_url, f"hi/{name}")
    page.goto(f"{lab_url}/lab/tree/hi/{name}?reset")  # a fresh workspace: this notebook only
    page.wait_for_selector(".jp-Notebook .jp-CodeCell", timeout=60_000)
    wait_for_kernel_idle(page)
    run_all_cells(page)
    wait_until_all_code_cells_ran(page)
    wait_for_kernel_idle(page)
    notebook = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook")
    assert notebook.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
    assert "Traceback" not in notebook.inner_text()
    scroll_to_top_of(notebook.locator(".jp-MarkdownOutput h1").first)
    screenshot(page, f"{name.removesuffix('.ipynb')}-hi-run-all.png")
    if not name.startswith("00_"):  # every chapter has at least one live widget
        assert notebook.locator(".jupyter-widgets").count() > 0, "no widget"


def test_the_front_page_links_open_the_chapters(page, lab_url):
    first = _views()[0]
    assert first.startswith("00_")  # `make lab` opens the front page: the first notebook
    open_notebook_session(lab_url, f"hi/{first}")
    page.goto(f"{lab_url}/lab/tree/hi/{first}?reset")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell", timeout=60_000)
    wait_for_kernel_idle(page)
    run_all_cells(page)
    wait_until_all_code_cells_ran(page)
    wait_for_kernel_idle(page)
    link = page.locator(".jp-OutputArea-output a", has_text="सक्रियण फलन").first  # chapter 06's title
    assert "06_activations.ipynb" in link.get_attribute("href")  # JupyterLab resolves it against the folder
    link.click()
    page.wait_for_selector(".lm-TabBar-tab.lm-mod-current:has-text('06_activations')", timeout=CELL_TIMEOUT)
