"""Chapter 11's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch
import torch.nn.functional as F
from torch import nn


def clipped_layer_norms(norms, max_norm):
    """The reference for q6: one parameter per layer with a gradient of that norm, clipped by PyTorch itself."""
    params = [nn.Parameter(torch.zeros(1)) for _ in norms]
    for p, n in zip(params, norms):
        p.grad = n.reshape(1).clone()
    torch.nn.utils.clip_grad_norm_(params, max_norm)
    return torch.cat([p.grad for p in params])


def clipped_layer_norms_by_hand(norms, max_norm):
    scale = min(1.0, max_norm / (norms.norm().item() + 1e-6))
    return norms * scale


def clipped_layer_norms_where(norms, max_norm):
    total = torch.sqrt((norms ** 2).sum())
    return torch.where(total > max_norm, norms * max_norm / total, norms)


def clipped_layer_norms_summed_total(norms, max_norm):
    """Adds the layer norms: the total of a joined vector is Pythagoras, not a sum."""
    return norms * min(1.0, max_norm / (norms.sum().item() + 1e-6))


def clipped_layer_norms_largest_total(norms, max_norm):
    return norms * min(1.0, max_norm / (norms.max().item() + 1e-6))


def clipped_layer_norms_per_layer(norms, max_norm):
    """Cuts each layer on its own to max_norm: not what clip_grad_norm_ does."""
    return norms.clamp(max=max_norm)


def clipped_layer_norms_always_scales(norms, max_norm):
    return norms * max_norm / (norms.norm() + 1e-6)


def clipped_layer_norms_divides_by_zero(norms, max_norm):
    total = norms.norm()
    return norms / total * torch.clamp(total, max=max_norm)


def clipped_layer_norms_in_place(norms, max_norm):
    return norms.mul_(min(1.0, max_norm / (norms.norm().item() + 1e-6)))


def layer_deltas(model, x, y):
    """The reference for q7, without module hooks: keep every Linear's output z and read z.grad."""
    outputs = []

    def keep(module, inputs, z):
        z.retain_grad()
        outputs.append(z)

    hooks = [m.register_forward_hook(keep) for m in model.modules() if isinstance(m, nn.Linear)]
    F.cross_entropy(model(x), y).backward()
    for hook in hooks:
        hook.remove()
    return torch.stack([z.grad.norm() for z in outputs])


def _backward_hook_norms(model, x, y, loss=F.cross_entropy):
    seen = []
    hooks = [m.register_full_backward_hook(lambda m, grad_input, grad_output: seen.append(grad_output[0].norm()))
             for m in model.modules() if isinstance(m, nn.Linear)]
    loss(model(x), y).backward()
    for hook in hooks:
        hook.remove()
    return torch.stack(seen)


def layer_deltas_with_backward_hooks(model, x, y):
    return _backward_hook_norms(model, x, y).flip(0)


def layer_deltas_output_first(model, x, y):
    """Forgets that the backward pass reaches the output layer first."""
    return _backward_hook_norms(model, x, y)


def layer_deltas_summed_loss(model, x, y):
    return _backward_hook_norms(model, x, y, loss=lambda out, y: F.cross_entropy(out, y, reduction="sum")).flip(0)


def layer_deltas_weight_gradients(model, x, y):
    """‖∂L/∂W‖ (what gradient_norms gives), not ‖∂L/∂z‖."""
    F.cross_entropy(model(x), y).backward()
    return torch.stack([m.weight.grad.norm() for m in model.modules() if isinstance(m, nn.Linear)])


def layer_deltas_bias_gradients(model, x, y):
    """‖∂L/∂b‖: the batch-sum of ∂L/∂z, whose norm is smaller."""
    F.cross_entropy(model(x), y).backward()
    return torch.stack([m.bias.grad.norm() for m in model.modules() if isinstance(m, nn.Linear)])


def layer_deltas_forward_values(model, x, y):
    """The norms of z itself from the forward pass, not of its gradient."""
    outputs = []
    hooks = [m.register_forward_hook(lambda m, i, z: outputs.append(z.detach().norm()))
             for m in model.modules() if isinstance(m, nn.Linear)]
    model(x)
    for hook in hooks:
        hook.remove()
    return torch.stack(outputs)


KEY = {
    "11.1": dict(answer="C",
                 explanation=("पीछे जाते हुए gradient हर layer पर एक गुणक (weight का पैमाना × f′) से गुणा होता है; गुणक 1 से छोटे हों तो "
                              "input के पास की layer तक बहुत कम पहुँचता है। पहचान: हर layer का gradient norm लिखिए; पहली layer का norm "
                              "आख़िरी वाले से दस की कई घातें छोटा हो, तो यही समस्या है। A उलटा है (आख़िरी layer को सबसे बड़ा gradient मिलता "
                              "है, और `nan` exploding की निशानी है); B और D gradient की नहीं, किसी और चीज़ की बात करते हैं।",
                              "On its way back the gradient is multiplied at every layer by a factor (weight scale × f′); when the "
                              "factors are below 1, very little reaches the layers next to the input. To recognise it, log every "
                              "layer's gradient norm; if the first layer's is several powers of ten below the last one's, this is "
                              "the problem. A is backwards (the last layer gets the largest gradient, and `nan` is the mark of an "
                              "exploding gradient); B and D are about something other than the gradient."),
                 right=["C", "c", " (C) "], wrong=["A", "B", "D"], unreadable=["E", 3, None],
                 solution=("**C.** Vanishing gradient: backpropagation में gradient पीछे जाते हुए घटता है, इसलिए शुरुआती layer लगभग "
                           "नहीं सीखतीं। पहचान: हर layer का gradient norm लिखिए (`register_hook` या `gradient_norms`) और पहली व "
                           "आख़िरी layer की तुलना कीजिए।",
                           "**C.** A vanishing gradient: in backpropagation the gradient shrinks on its way back, so the early "
                           "layers hardly learn. To recognise it: log every layer's gradient norm (`register_hook` or "
                           "`gradient_norms`) and compare the first layer with the last.")),
    "11.2": dict(answer="A",
                 explanation=("SGD का कदम η · g है; g फूटे तो कदम भी फूटता है, weight बहुत दूर चले जाते हैं, और loss उछलकर `nan` या `inf` "
                              "तक पहुँच सकता है (section 5 में η = 1 पर यही हुआ)। B overfitting है, C vanishing gradient जैसा है, और "
                              "D उलटा है।",
                              "An SGD step is η · g; when g blows up, so does the step, the weights are thrown far away, and the "
                              "loss can jump to `nan` or `inf` (this happened at η = 1 in section 5). B is overfitting, C resembles "
                              "a vanishing gradient, and D is backwards."),
                 right=["A", "a"], wrong=["B", "C", "D"], unreadable=["AB", 1],
                 solution=("**A.** बड़े gradient से बड़े update, अस्थिर training, और अंत में `nan`/`inf` loss।",
                           "**A.** Huge gradients give huge updates, unstable training, and in the end a `nan`/`inf` loss.")),
    "11.3": dict(answer=0.25 ** 5,
                 explanation=("$\\sigma' \\le 1/4$, इसलिए पाँच sigmoid layer अकेले gradient को अधिक से अधिक $(1/4)^5 \\approx 0.000977$ "
                              "से गुणा करते हैं: एक हज़ार गुना से ज़्यादा कमी, weight का असर अलग। ReLU का derivative धनात्मक $z$ पर 1 "
                              "है, इसलिए वह यह कमी नहीं लाता; tanh का अधिकतम $\\tanh'(0) = 1$ है।",
                              "$\\sigma' \\le 1/4$, so five sigmoid layers alone multiply the gradient by at most "
                              "$(1/4)^5 \\approx 0.000977$: more than a thousandfold shrinking, the weights aside. ReLU's derivative "
                              "is 1 for positive $z$, so it does not bring this shrinking; tanh's maximum is $\\tanh'(0) = 1$."),
                 right=[0.25 ** 5, 0.000977, 0.000976, 9.77e-4], wrong=[0.25, 1.25, 0.001, 0.0, 0.00002],
                 unreadable=["abc", [0.25, 0.25], float("nan")],
                 solution=("$(\\sigma'(0))^5 = (1/4)^5 = 1/1024 \\approx$ **0.000977**।",
                           "$(\\sigma'(0))^5 = (1/4)^5 = 1/1024 \\approx$ **0.000977**.")),
    "11.4": dict(answer="B",
                 explanation=("Clipping पूरे gradient को एक ही गुणक $\\min(1, \\text{max\\_norm} / \\lVert g \\rVert)$ से छोटा करता है: "
                              "दिशा वही, लंबाई सीमित। इससे एक उछाल weight को दूर नहीं फेंक पाता। A ग़लत है: गुणक कभी 1 से बड़ा "
                              "नहीं होता; C `clip_grad_value_` का वर्णन है; D ग़लत है: learning rate नहीं बदलता।",
                              "Clipping shrinks the whole gradient by one factor $\\min(1, \\text{max\\_norm} / \\lVert g \\rVert)$: the "
                              "same direction, a limited length. So one spike cannot throw the weights far away. A is wrong: the "
                              "factor is never above 1; C describes `clip_grad_value_`; D is wrong: the learning rate does not change."),
                 right=["B", " b "], wrong=["A", "C", "D"], unreadable=["clip", 2],
                 solution=("**B.** `loss.backward()` के बाद, `optimizer.step()` से पहले `clip_grad_norm_(model.parameters(), max_norm)`: "
                           "कुल norm `max_norm` से ऊपर हो तो पूरा gradient उसी अनुपात में छोटा होता है।",
                           "**B.** After `loss.backward()` and before `optimizer.step()`, `clip_grad_norm_(model.parameters(), max_norm)`: "
                           "if the total norm exceeds `max_norm`, the whole gradient is scaled down in proportion.")),
    "11.5": dict(answer="D",
                 explanation=("BatchNorm हर layer के $z$ को batch के mean और standard deviation से normalize करता है। इससे $z$ न "
                              "saturation में जाता है न फूटता है, और backward pass में gradient को उसी standard deviation से भाग दिया जाता है, "
                              "इसलिए weight का पैमाना गुणनफल में जमा नहीं होता (section 6)। A clipping है, B weight normalization "
                              "जैसा कुछ है, और C ग़लत है: activation function वही रहता है।",
                              "BatchNorm normalizes every layer's $z$ with the batch's mean and standard deviation. So $z$ neither "
                              "saturates nor blows up, and in the backward pass the gradient is divided by that same standard "
                              "deviation, so the weight scale does not pile up in the product (section 6). A is clipping, B is "
                              "something like weight normalization, and C is wrong: the activation function stays the same."),
                 right=["D", "d"], wrong=["A", "B", "C"], unreadable=["DD", 4],
                 solution=("**D.** हर layer का $z$ batch के आँकड़ों से normalize होता है (फिर सीखे हुए $\\gamma$, $\\beta$), इसलिए "
                           "गहराई बढ़ने पर भी हर layer का पैमाना बना रहता है और gradient पहली layer तक पहुँचता है।",
                           "**D.** Every layer's $z$ is normalized with the batch's statistics (then the learned $\\gamma$, "
                           "$\\beta$), so every layer keeps its scale however deep the network, and the gradient reaches the "
                           "first layer.")),
    "11.6": dict(reference=clipped_layer_norms,
                 explanation=("`clip_grad_norm_` सारे gradient को एक vector मानता है, इसलिए कुल norm $\\sqrt{\\sum_l \\lVert g_l \\rVert^2}$ "
                              "है, जोड़ या सबसे बड़ा नहीं। कुल norm `max_norm` से ऊपर हो तो हर layer एक ही गुणक "
                              "$\\text{max\\_norm} / \\lVert g \\rVert$ से छोटी होती है: layer के norm के आपसी अनुपात वही रहते हैं। "
                              "शून्य gradient पर `+ 1e-6` NaN रोकता है।",
                              "`clip_grad_norm_` treats all the gradients as one vector, so the total norm is "
                              "$\\sqrt{\\sum_l \\lVert g_l \\rVert^2}$, not the sum or the largest. When the total exceeds "
                              "`max_norm`, every layer shrinks by the same factor $\\text{max\\_norm} / \\lVert g \\rVert$: the "
                              "layers' norms keep their ratios. On a zero gradient the `+ 1e-6` prevents NaN."),
                 right=[clipped_layer_norms, clipped_layer_norms_by_hand, clipped_layer_norms_where],
                 wrong=[clipped_layer_norms_summed_total, clipped_layer_norms_largest_total, clipped_layer_norms_per_layer,
                        clipped_layer_norms_always_scales, clipped_layer_norms_divides_by_zero,
                        clipped_layer_norms_in_place],
                 unreadable=[1.0],
                 solution=("```python\ndef clipped_layer_norms(norms, max_norm):\n    total = norms.norm()  # √(Σ ‖g_l‖²): the whole gradient as one vector\n"
                           "    return norms * torch.clamp(max_norm / (total + 1e-6), max=1.0)  # one factor for all, never above 1\n```\n"
                           "हर layer एक ही गुणक से गुणा होती है; गुणक कभी 1 से बड़ा नहीं, और `1e-6` शून्य gradient पर NaN रोकता है।",
                           "```python\ndef clipped_layer_norms(norms, max_norm):\n    total = norms.norm()  # √(Σ ‖g_l‖²): the whole gradient as one vector\n"
                           "    return norms * torch.clamp(max_norm / (total + 1e-6), max=1.0)  # one factor for all, never above 1\n```\n"
                           "Every layer is multiplied by the same factor; it is never above 1, and the `1e-6` prevents NaN "
                           "on a zero gradient.")),
    "11.7": dict(reference=layer_deltas,
                 explanation=("`nn.Linear` का output $z$ है, इसलिए उसके full backward hook का `grad_output[0]` ठीक $\\partial L / \\partial z$ "
                              "है। Backward pass output से input की ओर चलता है, इसलिए hook उलटे क्रम में चलते हैं और list को पलटना "
                              "पड़ता है। $\\lVert \\partial L / \\partial z_l \\rVert$ को layer-दर-layer देखकर vanishing gradient "
                              "सीधे दिखता है, weight के पैमाने या input के आकार के असर के बिना।",
                              "The output of `nn.Linear` is $z$, so its full backward hook's `grad_output[0]` is exactly "
                              "$\\partial L / \\partial z$. The backward pass runs from the output to the input, so the hooks "
                              "fire in reverse order and the list must be flipped. Reading $\\lVert \\partial L / \\partial z_l \\rVert$ "
                              "layer by layer shows a vanishing gradient directly, without the effect of the weight scale "
                              "or of the input's size."),
                 right=[layer_deltas, layer_deltas_with_backward_hooks],
                 wrong=[layer_deltas_output_first, layer_deltas_summed_loss, layer_deltas_weight_gradients,
                        layer_deltas_bias_gradients, layer_deltas_forward_values],
                 unreadable=["norms"],
                 solution=("```python\ndef layer_deltas(model, x, y):\n    seen = []\n"
                           "    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]\n"
                           "    handles = [m.register_full_backward_hook(lambda m, grad_input, grad_output: seen.append(grad_output[0].norm()))\n"
                           "               for m in linears]\n    F.cross_entropy(model(x), y).backward()  # the hooks fire here, output layer first\n"
                           "    for handle in handles:\n        handle.remove()  # the model is left as it was\n"
                           "    return torch.stack(seen[::-1])  # input side first\n```\n"
                           "Hook उलटे क्रम में चलते हैं, इसलिए `seen[::-1]`।",
                           "```python\ndef layer_deltas(model, x, y):\n    seen = []\n"
                           "    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]\n"
                           "    handles = [m.register_full_backward_hook(lambda m, grad_input, grad_output: seen.append(grad_output[0].norm()))\n"
                           "               for m in linears]\n    F.cross_entropy(model(x), y).backward()  # the hooks fire here, output layer first\n"
                           "    for handle in handles:\n        handle.remove()  # the model is left as it was\n"
                           "    return torch.stack(seen[::-1])  # input side first\n```\n"
                           "The hooks fire in reverse order, hence `seen[::-1]`.")),
    "11.8": dict(answer=10.0,
                 explanation=("`clip_grad_norm_` clipping से पहले का कुल norm लौटाता है: $\\sqrt{6^2 + 8^2} = 10$। `p.grad` बदलकर "
                              "`[0.6, 0.8]` हो जाता है, जिसका norm 1 है। इसलिए लौटा मान लिखते रहना अच्छा है: वह बताता है कि "
                              "gradient असल में कितना बड़ा था।",
                              "`clip_grad_norm_` returns the total norm from before the clipping: $\\sqrt{6^2 + 8^2} = 10$. `p.grad` "
                              "becomes `[0.6, 0.8]`, whose norm is 1. That is why logging the returned value is useful: it tells "
                              "how large the gradient really was."),
                 right=[10, 10.0, torch.tensor(10.0), 10.004], wrong=[1, 1.0, 14, 0.6, 100], unreadable=["ten", float("nan")],
                 solution=("**10.0** (`tensor(10.)`): clipping से पहले का कुल norm $\\sqrt{36 + 64}$।",
                           "**10.0** (`tensor(10.)`): the total norm before clipping, $\\sqrt{36 + 64}$.")),
}
