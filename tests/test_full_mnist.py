"""The full-MNIST script (course_lib.full_mnist) cannot rot: its quick --subset path runs, and a missing
full MNIST without --subset stops with a message and a non-zero exit code."""
from course_lib import full_mnist


def test_subset_run_prints_and_writes_the_table_beside_nielsens(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COURSE_LANG", "en")
    monkeypatch.setattr(full_mnist, "load_full_mnist", lambda: (_ for _ in ()).throw(RuntimeError("offline")))
    out = tmp_path / "results.txt"
    code = full_mnist.main(["--subset", "--epochs", "1", "--limit", "200", "--threads", "1", "--out", str(out),
                            "--only", "MLP", "MLP + L2 + dropout + augmentation", "small_cnn()"])
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert text in capsys.readouterr().out
    assert "SUBSET" in text and "not full MNIST" in text                     # labelled as the subset
    assert "ensemble of networks with dropout" in text and "99.7%" in text  # Nielsen's numbers beside ours
    ours = [line for line in text.splitlines() if line.startswith("this script")]
    assert [line.split("  ")[1].strip() for line in ours] == ["MLP", "MLP + L2 + dropout + augmentation", "small_cnn()"]


def test_without_full_mnist_and_without_subset_it_says_so_and_fails(capsys, monkeypatch):
    monkeypatch.setattr(full_mnist, "load_full_mnist", lambda: (_ for _ in ()).throw(RuntimeError("offline")))
    assert full_mnist.main(["--epochs", "1"]) == 2
    message = capsys.readouterr().err
    assert "--subset" in message and "MNIST" in message and any("\u0900" <= c <= "\u097f" for c in message)


def test_the_models_share_their_initial_weights():
    import torch
    nets = full_mnist.models(seed=4)
    x = torch.rand(3, 784)
    outputs = [net.eval()(x) for name, (net, _, images) in nets.items() if not images]
    assert len(outputs) == 5 and all(torch.equal(outputs[0], out) for out in outputs[1:])
