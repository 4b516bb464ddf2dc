"""What a newcomer relies on: pinned, matched packages; README commands that exist and that CI runs."""
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _pins(lines):
    return sorted(line.strip() for line in lines if re.match(r"^[A-Za-z0-9_.-]+==", line.strip()))


def test_environment_yml_lists_the_same_pins_as_requirements():
    requirements = _pins((ROOT / "requirements.txt").read_text().splitlines())
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert _pins(pip_section) == requirements
    assert all("==" in r for r in requirements) and len(requirements) >= 10


def test_torch_and_torchvision_are_a_working_pair():
    import torch
    import torchvision
    from torchvision.ops import nms  # needs torchvision's compiled ops, which need the matching torch
    boxes = torch.tensor([[0, 0, 10, 10], [1, 1, 10, 10], [20, 20, 30, 30]], dtype=torch.float)
    assert nms(boxes, torch.tensor([0.9, 0.8, 0.7]), 0.5).tolist() == [0, 2]
    assert torch.__version__.startswith("2.14.1") and torchvision.__version__.startswith("0.29.2")


def test_matplotlib_is_new_enough_to_shape_devanagari():
    import matplotlib
    assert tuple(int(p) for p in matplotlib.__version__.split(".")[:2]) >= (3, 11)


def test_readme_starts_with_the_two_commands_in_both_languages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = readme[:2500]
    for command in ("make setup", "make test", "make lab"):
        assert command in top
    assert re.search(r"[\u0900-\u097F]", top)


def test_ci_runs_the_readme_commands():
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make setup$", ci, re.M) and re.search(r"^make test$", ci, re.M)


def test_makefile_has_every_target_the_readme_names():
    makefile = (ROOT / "Makefile").read_text()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make ([a-z-]+)", readme)):
        assert re.search(rf"^{target}:", makefile, re.M), target


def _declared():
    """pyproject.toml's dependencies: {name: Requirement}, the student's and each extra's."""
    import tomllib

    from packaging.requirements import Requirement
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lists = [project["dependencies"], *project["optional-dependencies"].values()]
    return {Requirement(r).name.lower(): Requirement(r) for group in lists for r in group}, project


def test_pyproject_declares_lower_bounds_that_the_pins_satisfy():
    """pip install of the repository into Colab keeps its torch (lower bounds, no pins), and the exact pins
    of make setup are versions those bounds allow."""
    declared, project = _declared()
    assert all("==" not in str(r) for r in declared.values())
    student = {r.split(">=")[0].lower() for r in project["dependencies"]}
    assert {"torch", "torchvision", "matplotlib", "ipywidgets", "tqdm", "mlxtend", "fontpkg-noto-sans-devanagari"} <= student
    pins = dict(p.split("==") for p in _pins((ROOT / "requirements.txt").read_text().splitlines()))
    for name, version in pins.items():
        if name.lower() in declared:
            assert declared[name.lower()].specifier.contains(version), (name, version)
    assert declared["matplotlib"].specifier.contains("3.11.0") and not declared["matplotlib"].specifier.contains("3.10.9")


def test_every_package_course_lib_imports_is_declared():
    """A module a student's notebook loads imports nothing that pyproject.toml does not declare."""
    import ast
    import sys
    declared, _ = _declared()
    import_names = {"torch": "torch", "torchvision": "torchvision", "matplotlib": "matplotlib",
                    "fontpkg_noto_sans_devanagari": "fontpkg-noto-sans-devanagari", "ipywidgets": "ipywidgets",
                    "IPython": "ipython", "tqdm": "tqdm", "mlxtend": "mlxtend", "markdown_it": "markdown-it-py",
                    "nbformat": "nbformat", "nbclient": "nbclient", "cloudpickle": "cloudpickle",
                    "jupytext": "jupytext", "ipykernel": "ipykernel", "numpy": "torch", "zmq": "nbclient",
                    "jupyter_client": "nbclient", "yaml": "jupytext", "packaging": "nbformat",
                    "dask": "distributed", "distributed": "distributed"}
    for module in (ROOT / "course_lib").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and not node.level else [])
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "course_lib":
                    continue
                assert top in import_names and import_names[top] in declared, (module.name, name)


def test_nothing_in_course_lib_assumes_a_posix_layout():
    """No /usr/bin, no .venv/bin, no os.geteuid() called bare: the student's path runs on Windows too
    (the grader, which needs Linux limits, is the one exception and says so)."""
    for module in (ROOT / "course_lib").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "/usr/bin" not in text and ".venv/bin" not in text, module.name
        assert "os.geteuid()" not in text, module.name


def test_every_make_target_a_user_runs_calls_python_m_course_lib():
    """Windows and macOS users without make run the same code: make only calls python -m course_lib…"""
    makefile = (ROOT / "Makefile").read_text()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target, module in (("setup-python", "course_lib.kernel"), ("lab", "course_lib.lab"),
                           ("grade", "course_lib.grade")):
        recipe = re.search(rf"^{target}:.*?(?=^\S|\Z)", makefile, re.M | re.S)[0]
        assert f"-m {module}" in recipe, target
        assert f"python -m {module}" in readme, module


def test_every_chapter_in_the_readme_opens_in_colab_in_both_languages():
    """Each notebook that exists has its two "Open in Colab" links, pointing at this repository's file."""
    import tomllib

    from course_lib import colab
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["urls"]["Repository"] == colab.REPOSITORY
    for notebook in sorted((ROOT / "notebooks" / "hi").glob("[0-9][0-9]_*.ipynb")):
        for lang in ("hi", "en"):
            assert (ROOT / "notebooks" / lang / notebook.name).exists()
            assert f"]({colab.colab_url(lang, notebook.name)})" in readme, (lang, notebook.name)
