"""One small training loop for tensors in memory: shuffled mini-batches, a progress bar, a history."""
import math

import torch
from tqdm.auto import tqdm

from .lang import t


def accuracy(logits, y):
    """Share of correct predictions: one output means a binary logit, several mean classes."""
    predicted = (logits.squeeze(-1) > 0).long() if logits.shape[-1] == 1 else logits.argmax(-1)
    return (predicted == y.long().view_as(predicted)).float().mean().item()


def fit(model, x, y, loss_fn, optimizer, epochs=10, batch_size=64, x_val=None, y_val=None,
        metric=None, seed=0, progress=True):
    """Train `model` on (x, y); returns {"loss": [...], "val_loss": [...], "metric": [...], ...} per epoch.

    loss and metric cover the epoch's mini-batches, measured on the outputs the training steps computed
    anyway (as Keras reports them: no second pass over the training set); val_loss and val_metric
    are measured on (x_val, y_val) in evaluation mode after each epoch.

    When `optimizer` is torch.optim's Adam, AdamW or SGD and you left its implementation to PyTorch
    (neither fused= nor foreach= given), fit turns on PyTorch's fused kernel: the same update in one
    vectorised pass over all parameters instead of one small loop per tensor (see _use_fused_step).
    """
    _use_fused_step(optimizer)
    generator = torch.Generator().manual_seed(seed)
    history = {"loss": [], "val_loss": [], "metric": [], "val_metric": []}
    bar = tqdm(range(epochs), desc=t(hi="epoch (दौर)", en="epoch"), disable=not progress, leave=False)
    for _ in bar:
        model.train()
        order = torch.randperm(len(x), generator=generator)
        total, outputs = 0.0, []
        for start in range(0, len(x), batch_size):
            batch = order[start:start + batch_size]
            out = model(x[batch])
            loss = loss_fn(out, y[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(batch)
            if metric:
                outputs.append(out.detach())
        history["loss"].append(total / len(x))
        if metric:  # once per epoch, on every batch's output as it was computed
            history["metric"].append(metric(torch.cat(outputs), y[order]))
        model.eval()
        with torch.no_grad():
            if x_val is not None:
                out = model(x_val)
                history["val_loss"].append(loss_fn(out, y_val).item())
                if metric:
                    history["val_metric"].append(metric(out, y_val))
        bar.set_postfix(loss=f"{history['loss'][-1]:.4f}")
    return {k: v for k, v in history.items() if v}


_FUSED_ON_CPU = (torch.optim.Adam, torch.optim.AdamW, torch.optim.SGD)   # torch >= 2.4 has CPU kernels


def _use_fused_step(optimizer):
    """Switch a torch.optim optimizer that has not stepped yet to fused=True, if the caller did not choose.

    torch.optim on CPU defaults to one loop per parameter tensor; fused=True is the same arithmetic in one
    kernel (an Adam step on the 784-512-256-10 MLP about 4x faster: the trainer rows of BENCHMARKS.md). Anything
    else is left exactly as given: our own optimizers, a chosen implementation, a state already begun,
    parameters that are not floating-point CPU tensors, or a PyTorch older than 2.4.
    """
    too_old = torch.__version__ < (2, 4)   # a TorchVersion: compares as numbers, not as text
    if type(optimizer) not in _FUSED_ON_CPU or optimizer.state or too_old:
        return
    groups = optimizer.param_groups
    if any(g.get("fused", False) is not None or g.get("foreach") is not None or g.get("differentiable")
           for g in groups):
        return
    if all(p.device.type == "cpu" and p.is_floating_point() for g in groups for p in g["params"]):
        for g in groups:
            g["fused"] = True
        optimizer._step_supports_amp_scaling = True


def descend(loss, start, make_optimizer, steps=100, limit=1e6):
    """Minimise loss(w) from the point `start` with the optimizer make_optimizer([w]) (chapter 04).

    Returns (path, losses): path[k] is the k-th point visited (path[0] = start) and losses[k] = loss(path[k]).
    Stops early when the loss is no longer finite or passes `limit`: the run has diverged.
    """
    import math
    w = torch.tensor(start, dtype=torch.get_default_dtype(), requires_grad=True)
    optimizer = make_optimizer([w])
    path, losses = [], []
    for step in range(steps + 1):
        value = loss(w)
        path.append(w.detach().clone())
        losses.append(value.item())
        if step == steps or not math.isfinite(losses[-1]) or losses[-1] > limit:
            break
        optimizer.zero_grad()
        value.backward()
        optimizer.step()
    return torch.stack(path), losses


class Adam:
    """Adam as chapter 04 builds it (same steps as torch.optim.Adam with its defaults, no weight decay).

    For the chapters that train a small model in a few seconds: the first torch.optim optimizer imports
    torch._dynamo, which costs 1-8 s on a busy 2-core machine; this one costs nothing. Works with fit().
    """

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8):
        self.params, self.lr, self.betas, self.eps = list(params), lr, betas, eps
        self.state = [{"t": 0, "m": torch.zeros_like(p), "v": torch.zeros_like(p)} for p in self.params]

    def zero_grad(self):
        for p in self.params:
            p.grad = None

    @torch.no_grad()
    def step(self):
        beta1, beta2 = self.betas
        for p, s in zip(self.params, self.state):
            if p.grad is None:
                continue
            s["t"] += 1
            s["m"].mul_(beta1).add_(p.grad, alpha=1 - beta1)               # m ← β1 m + (1 − β1) g
            s["v"].mul_(beta2).addcmul_(p.grad, p.grad, value=1 - beta2)   # v ← β2 v + (1 − β2) g²
            n = s["t"]                                    # bias correction: m̂ = m / (1 − β1ⁿ), v̂ = v / (1 − β2ⁿ)
            denominator = (s["v"].sqrt() / math.sqrt(1 - beta2 ** n)).add_(self.eps)   # √v̂ + ε
            p.addcdiv_(s["m"], denominator, value=-self.lr / (1 - beta1 ** n))      # θ ← θ − η m̂ / (√v̂ + ε)
