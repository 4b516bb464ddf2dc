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
