# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: DL course (PyTorch)
#     language: python
#     name: dl-course
# ---

# %% [markdown] lang="hi"
# # अध्याय 06 · Activation functions (सक्रियण फलन)
#
# एक neuron पहले अपने input का weighted sum निकालता है, $z = Wx + b$ (इसे pre-activation भी कहते हैं), और फिर उस
# पर एक activation function लगाता है: $a = f(z)$। इस अध्याय में आप देखेंगे:
#
# 1. activation function के बिना कई layer मिलकर भी सिर्फ़ एक linear map के बराबर होती हैं (code से साबित), और ReLU जोड़ते ही decision boundary मुड़ जाती है (two moons data पर दिखाया);
# 2. sigmoid, tanh, ReLU और Leaky ReLU: उनके सूत्र, plot, derivative और गणना की लागत;
# 3. vanishing gradient: gradient असल में किस वजह से घटता है, और initialization (weight के शुरुआती मान) से क्या बदलता है;
# 4. शून्य-केंद्रित output और sparse activation: दोनों को मापेंगे;
# 5. dying ReLU: कितने neuron मरते हैं, और Leaky ReLU में क्या अलग है;
# 6. कौन-सा activation function कब लगाएँ (output layer और softmax समेत);
# 7. अंत में अभ्यास प्रश्न, जो तुरंत जाँचे जाते हैं।

# %% [markdown] lang="en"
# # Chapter 06 · Activation functions
#
# A neuron first takes the weighted sum of its input, $z = Wx + b$ (also called the pre-activation), and then
# applies an activation function to it: $a = f(z)$. In this chapter you will see:
#
# 1. without an activation function, many layers together equal just one linear map (proved in code), and adding ReLU bends the decision boundary (shown on the two-moons data);
# 2. sigmoid, tanh, ReLU and Leaky ReLU: their formulas, plots, derivatives and cost;
# 3. the vanishing gradient: what really shrinks the gradient, and what initialization changes;
# 4. zero-centred outputs and sparse activation, both measured;
# 5. dying ReLU: how many neurons die, and what is different with Leaky ReLU;
# 6. which activation function to use when (the output layer and softmax included);
# 7. at the end, practice questions that are checked instantly.

# %%
import math
import timeit

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import plots, show_glossary, show_progress, start, t
from course_lib.data import two_moons
from course_lib.practice.ch06 import q1, q2, q3, q4, q5, q6, q7, q8, q9
from course_lib.tables import table
from course_lib.widgets import function_explorer, value_and_slope

start(6)

# %% [markdown] lang="hi"
# ## 1. Non-linearity क्यों ज़रूरी है?
#
# नीचे तीन `nn.Linear` layer बिना किसी activation function के एक के बाद एक रखी गई हैं। हर layer
# $x \mapsto Wx + b$ है, इसलिए पूरा stack भी $x \mapsto W_3(W_2(W_1x + b_1) + b_2) + b_3$ है, यानी
# **एक ही** linear map $W x + b$, जहाँ $W = W_3W_2W_1$ (ठीक-ठीक कहें तो affine map, क्योंकि $b$ भी है)। Code इसे
# मापकर जाँचता है: एक अकेली layer वही output देती है।

# %% [markdown] lang="en"
# ## 1. Why is non-linearity needed?
#
# Below, three `nn.Linear` layers are stacked with no activation function between them. Each layer is
# $x \mapsto Wx + b$, so the whole stack is $x \mapsto W_3(W_2(W_1x + b_1) + b_2) + b_3$, that is
# **one single** linear map $W x + b$ with $W = W_3W_2W_1$ (strictly, an affine map, because of $b$). The code
# measures it: one lone layer gives the same output.

# %%
stack = nn.Sequential(nn.Linear(4, 16), nn.Linear(16, 16), nn.Linear(16, 3))
l1, l2, l3 = stack

one_layer = nn.Linear(4, 3)
with torch.no_grad():
    one_layer.weight.copy_(l3.weight @ l2.weight @ l1.weight)
    one_layer.bias.copy_(l3.weight @ (l2.weight @ l1.bias + l2.bias) + l3.bias)

x = torch.randn(1000, 4)
gap = (stack(x) - one_layer(x)).abs().max().item()
print(t(hi=f"तीन layer बनाम एक layer: सबसे बड़ा अंतर = {gap:.1e}",
        en=f"Three layers versus one layer: largest difference = {gap:.1e}"))
assert gap < 1e-5

# %% [markdown] lang="hi"
# अंतर सिर्फ़ floating-point rounding जितना है। अब बीच में ReLU लगाइए: एक linear map $f$ के लिए
# $f(u + v) = f(u) + f(v) - f(0)$ हमेशा सच है। Non-linearity के साथ यह टूट जाता है:

# %% [markdown] lang="en"
# The difference is only floating-point rounding. Now put a ReLU in between: for a linear map $f$,
# $f(u + v) = f(u) + f(v) - f(0)$ always holds. With a non-linearity it breaks:

# %%
with_relu = nn.Sequential(l1, nn.ReLU(), l2, nn.ReLU(), l3)
u, v, zero = torch.randn(1000, 4), torch.randn(1000, 4), torch.zeros(1, 4)
broken = {}
for name, net in [("Linear × 3", stack), ("Linear + ReLU", with_relu)]:
    broken[name] = (net(u + v) - (net(u) + net(v) - net(zero))).abs().max().item()
    print(f"{name:14}  |f(u+v) − f(u) − f(v) + f(0)| = {broken[name]:.1e}")
assert broken["Linear × 3"] < 1e-4 and broken["Linear + ReLU"] > 0.1

# %% [markdown] lang="hi"
# यह नियम टूटने से क्या फ़ायदा है? नीचे वही ढाँचा, तीन `nn.Linear` layer (16 neuron वाली), two moons data (दो आधे चाँद,
# 400 बिंदु) पर train होता है: एक बार बिना activation के, एक बार बीच में ReLU के साथ। रंग बताता है कि network हर
# जगह कौन-सी class चुनता है; जिन बिंदुओं की class ग़लत चुनी गई, उन पर काला × लगा है।

# %% [markdown] lang="en"
# What is breaking it good for? Below, the same design, three `nn.Linear` layers (of 16 neurons), is trained on the
# two-moons data (two half moons, 400 points): once without an activation, once with ReLU in between. The colour
# shows which class the network picks at each place; a black × marks a misclassified point.

# %%
moons_x, moons_y = two_moons(400)


def train(net, x, y, lr, steps):
    for _ in range(steps):  # plain gradient descent on all the points: p ← p − η · ∂L/∂p
        loss = F.binary_cross_entropy_with_logits(net(x).squeeze(1), y)
        net.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in net.parameters():
                p -= lr * p.grad
    with torch.no_grad():
        right = ((net(x).squeeze(1) > 0).float() == y).float().mean().item()  # share classified right
    return loss.item(), right


def moons_nets(seed=0):
    torch.manual_seed(seed)
    linear_net = nn.Sequential(nn.Linear(2, 16), nn.Linear(16, 16), nn.Linear(16, 1))
    relu_net = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 1))
    return linear_net, relu_net


linear_net, relu_net = moons_nets()
accuracy = {"linear": train(linear_net, moons_x, moons_y, lr=1.0, steps=200)[1],
            "ReLU": train(relu_net, moons_x, moons_y, lr=1.0, steps=200)[1]}
assert accuracy["ReLU"] > 0.97 and accuracy["ReLU"] > accuracy["linear"] + 0.05

fig, axes = plt.subplots(1, 2, figsize=(10, 3.9))
titles = [t(hi=f"activation के बिना: {accuracy['linear']:.1%} सही", en=f"No activation: {accuracy['linear']:.1%} right"),
          t(hi=f"बीच में ReLU: {accuracy['ReLU']:.1%} सही", en=f"ReLU in between: {accuracy['ReLU']:.1%} right")]
for ax, net, title in zip(axes, (linear_net, relu_net), titles):
    plots.decision_regions(moons_x, moons_y, lambda p, net=net: torch.sigmoid(net(p)).squeeze(1), title=title, ax=ax)
fig.tight_layout()
plt.show()

# %% [markdown] lang="hi"
# बिना activation वाले stack की decision boundary एक सीधी रेखा है, चाहे layer कितनी भी हों: वह दोनों आधे चाँदों को अलग
# नहीं कर पाती (सटीकता शीर्षक में)। ReLU वाला network रेखा को मोड़ देता है और लगभग हर बिंदु की class सही चुनता है। ठीक-ठीक
# कहें तो उसकी सीमा छोटे-छोटे सीधे टुकड़ों से बनी है, क्योंकि ReLU network टुकड़ों में linear (piecewise linear) होता
# है; section 4 में इन टुकड़ों को गिनेंगे।

# %% [markdown] lang="en"
# Without an activation the stack's decision boundary is a straight line, however many layers it has: it cannot
# separate the two half moons (accuracy in the titles). The ReLU network bends the line and gets almost every point
# right. Strictly, its boundary is made of short straight pieces, because a ReLU network is piecewise linear;
# section 4 counts the pieces.

# %% [markdown] lang="hi"
# ## 2. चार activation function
#
# | नाम | सूत्र $f(x)$ | derivative $f'(x)$ | output की range |
# |---|---|---|---|
# | Sigmoid | $\sigma(x) = \dfrac{1}{1 + e^{-x}}$ | $\sigma(x)\,(1 - \sigma(x))$ | $(0, 1)$ |
# | tanh | $\tanh(x) = \dfrac{e^{x} - e^{-x}}{e^{x} + e^{-x}}$ | $1 - \tanh^2(x)$ | $(-1, 1)$ |
# | ReLU | $\max(0, x)$ | $x > 0$ पर 1, नहीं तो 0 | $[0, \infty)$ |
# | Leaky ReLU | $x > 0$ पर $x$, नहीं तो $\alpha x$ | $x > 0$ पर 1, नहीं तो $\alpha$ | $(-\infty, \infty)$ |
#
# Sigmoid का output एक प्रायिकता जैसा दिखता है, इसलिए binary classification के output में यह काम आता है।
# tanh वही S-आकार है पर शून्य-केंद्रित: $\tanh(x) = 2\sigma(2x) - 1$। ReLU (और Leaky ReLU) की गणना सबसे सस्ती है, और आज
# hidden layer में ReLU ही सबसे आम है। पहले notes वाला code चलाइए:

# %% [markdown] lang="en"
# ## 2. Four activation functions
#
# | name | formula $f(x)$ | derivative $f'(x)$ | output range |
# |---|---|---|---|
# | Sigmoid | $\sigma(x) = \dfrac{1}{1 + e^{-x}}$ | $\sigma(x)\,(1 - \sigma(x))$ | $(0, 1)$ |
# | tanh | $\tanh(x) = \dfrac{e^{x} - e^{-x}}{e^{x} + e^{-x}}$ | $1 - \tanh^2(x)$ | $(-1, 1)$ |
# | ReLU | $\max(0, x)$ | 1 for $x > 0$, else 0 | $[0, \infty)$ |
# | Leaky ReLU | $x$ for $x > 0$, else $\alpha x$ | 1 for $x > 0$, else $\alpha$ | $(-\infty, \infty)$ |
#
# Sigmoid's output looks like a probability, which is why it serves as the output of binary classification.
# tanh is the same S-shape but zero-centred: $\tanh(x) = 2\sigma(2x) - 1$. ReLU (and Leaky ReLU) are the cheapest to
# compute, and ReLU is today the most common choice in a hidden layer. First run the notes' code:

# %%
x = torch.tensor([-2.0, 0.0, 2.0])
print("Sigmoid:   ", torch.sigmoid(x))
print("Tanh:      ", torch.tanh(x))
print("ReLU:      ", F.relu(x))
print("Leaky ReLU:", F.leaky_relu(x, negative_slope=0.1))
graded = torch.cat([torch.sigmoid(x), torch.tanh(x)])
assert ((graded > -1) & (graded < 1)).all() and len(set(graded.tolist())) == 6  # in between, not just yes or no

# %% [markdown] lang="hi"
# > **Notes में सुधार।** Notes कहते हैं कि activation function तय करता है कि neuron “active” होगा या नहीं। ऊपर
# > मापा: sigmoid और tanh हाँ या ना (0 या 1) नहीं, बीच के अलग-अलग मान देते हैं; अध्याय 01 भी यही दिखाता है।
#
# अब अपने सूत्रों की तुलना PyTorch से: tanh को $e^x$ से बनाकर, tanh और sigmoid का संबंध, और Leaky ReLU; फिर
# derivative के सूत्र autograd से। Sigmoid, ReLU और $\sigma'$ आप ख़ुद लिखेंगे (अभ्यास प्रश्न `q2`, `q6`, `q7`), और
# checker उन्हें PyTorch से मिलाएगा।

# %% [markdown] lang="en"
# > **Correcting the notes.** The notes say an activation function decides whether a neuron is “active” or not.
# > Measured above: sigmoid and tanh give different values in between, not yes or no (0 or 1); chapter 01 shows this too.
#
# Now our formulas against PyTorch: tanh built from $e^x$, the relation between tanh and sigmoid, and Leaky ReLU;
# then the derivative formulas against autograd. Sigmoid, ReLU and $\sigma'$ you will write yourself (practice
# questions `q2`, `q6`, `q7`), and the checker compares them with PyTorch.

# %%
x = torch.linspace(-6, 6, 601)
alpha = 0.1
ours_and_pytorch = {
    "tanh": ((torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x)), torch.tanh(x)),
    "2σ(2x) − 1": (2 * torch.sigmoid(2 * x) - 1, torch.tanh(x)),
    "Leaky ReLU": (torch.where(x > 0, x, alpha * x), F.leaky_relu(x, alpha)),
    "tanh′ = 1 − tanh²": (1 - torch.tanh(x) ** 2, value_and_slope(lambda v: torch.tanh(v), x)[1]),
    "ReLU′": ((x > 0).float(), value_and_slope(lambda v: torch.relu(v), x)[1]),
    "Leaky ReLU′": (torch.where(x > 0, 1.0, alpha), value_and_slope(lambda v: F.leaky_relu(v, alpha), x)[1]),
}
for name, (ours, pytorch) in ours_and_pytorch.items():
    assert torch.allclose(ours, pytorch, atol=1e-6), name
print(t(hi=f"✔ सभी {len(ours_and_pytorch)} सूत्र PyTorch (और autograd) से मेल खाते हैं।",
        en=f"✔ All {len(ours_and_pytorch)} formulas match PyTorch (and autograd)."))

# %%
functions = {"sigmoid": lambda v: torch.sigmoid(v), "tanh": lambda v: torch.tanh(v),
             "ReLU": lambda v: torch.relu(v), "Leaky ReLU (α = 0.1)": lambda v: F.leaky_relu(v, 0.1)}
x = torch.linspace(-4, 4, 401)
fig, axes = plt.subplots(1, 4, figsize=(12, 3.1))
for ax, (name, f) in zip(axes, functions.items()):
    values, slopes = value_and_slope(f, x)
    ax.plot(x, values, label="f(x)")
    ax.plot(x, slopes, "--", label="f′(x)")
    ax.axhline(0, color="grey", lw=0.8)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set(title=name, xlabel="x")
axes[0].legend(loc="upper left", fontsize="small")
fig.suptitle(t(hi="हर panel में एक function: f (ठोस रेखा) और उसका derivative f′ (टूटी रेखा)",
               en="One function per panel: f (solid line) and its derivative f′ (dashed line)"))
fig.tight_layout()
plt.show()

# %% [markdown] lang="hi"
# **ख़ुद आज़माइए।** नीचे के widget में function चुनिए, x को खिसकाइए और Leaky ReLU की ढलान α बदलिए। लाल बिंदु
# बताता है कि उस x पर output और derivative कितने हैं। देखिए: x = 5 पर sigmoid का derivative कितना छोटा है, और
# x < 0 पर ReLU का?

# %% [markdown] lang="en"
# **Try it yourself.** In the widget below, pick a function, slide x and change the Leaky ReLU slope α. The red dot
# shows the output and the derivative at that x. Look: how small is sigmoid's derivative at x = 5, and ReLU's for
# x < 0?

# %%
function_explorer(
    {"sigmoid": lambda v, alpha: torch.sigmoid(v), "tanh": lambda v, alpha: torch.tanh(v),
     "ReLU": lambda v, alpha: torch.relu(v), "Leaky ReLU": lambda v, alpha: F.leaky_relu(v, alpha)},
    params={"alpha": ("α", 0.0, 0.5, 0.01, 0.1)})

# %% [markdown] lang="hi"
# **गणना की लागत।** नीचे हर activation function को 128 × 512 संख्याओं वाले tensor पर चलाने का समय मापा गया है, और
# तुलना के लिए उसी tensor पर एक `nn.Linear(512, 512)` layer का भी (कई बार चलाकर सबसे कम समय, ताकि उसी कंप्यूटर पर
# चल रहे दूसरे programs का असर कम रहे)।

# %% [markdown] lang="en"
# **What they cost.** Below, each activation function is timed on a tensor of 128 × 512 numbers, and for comparison
# an `nn.Linear(512, 512)` layer on the same tensor (the best of several runs, so that other programs running on the
# same computer disturb it least).

# %%
z = torch.randn(128, 512)
layer = nn.Linear(512, 512)


def milliseconds(fn, number=20, repeat=7):
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number * 1000  # the best run, per call


with torch.no_grad():
    cost = {"ReLU": milliseconds(lambda: torch.relu(z)), "Leaky ReLU": milliseconds(lambda: F.leaky_relu(z, 0.1)),
            "sigmoid": milliseconds(lambda: torch.sigmoid(z)), "tanh": milliseconds(lambda: torch.tanh(z)),
            "nn.Linear(512, 512)": milliseconds(lambda: layer(z))}
assert max(cost["ReLU"], cost["Leaky ReLU"]) < min(cost["sigmoid"], cost["tanh"])
assert max(cost["ReLU"], cost["Leaky ReLU"], cost["sigmoid"], cost["tanh"]) < cost["nn.Linear(512, 512)"]
table([t(hi="क्रिया", en="operation"), t(hi="समय (ms, एक बार)", en="time (ms, one call)")],
      [[name, f"{ms:.3f}"] for name, ms in cost.items()])

# %% [markdown] lang="hi"
# > **Notes में सुधार।** Notes की तालिका sigmoid और tanh को धीमा और ReLU को तेज़ बताती है। ऊपर मापा: ReLU और
# > Leaky ReLU सचमुच sigmoid और tanh से तेज़ हैं, पर `nn.Linear` layer इन सबसे ज़्यादा समय लेती है, इसलिए पूरे
# > network की गति पर activation function के चुनाव का असर कम होता है।

# %% [markdown] lang="en"
# > **Correcting the notes.** The notes' table calls sigmoid and tanh slow and ReLU fast. Measured above: ReLU and
# > Leaky ReLU are indeed faster than sigmoid and tanh, but the `nn.Linear` layer takes longer than all of them, so
# > the choice of activation function changes the speed of a whole network little.

# %% [markdown] lang="hi"
# ## 3. Saturation और vanishing gradient
#
# बड़े $|x|$ पर sigmoid और tanh सपाट हो जाते हैं (saturation): उनका derivative लगभग 0 हो जाता है। नीचे कुछ $x$ पर
# derivative (autograd से), float32 में, और tanh का float64 में भी:

# %% [markdown] lang="en"
# ## 3. Saturation and the vanishing gradient
#
# For large $|x|$, sigmoid and tanh go flat (saturation): their derivative is nearly 0. Below, the derivative at a few
# $x$ (by autograd), in float32, and tanh's in float64 as well:

# %%
points = torch.tensor([1.0, 2.0, 5.0, 10.0])
slope = {name: value_and_slope(lambda v: f(v), points)[1]
         for name, f in [("sigmoid′", torch.sigmoid), ("tanh′", torch.tanh), ("ReLU′", torch.relu)]}
slope["tanh′ (float64)"] = value_and_slope(lambda v: torch.tanh(v), points.double())[1]
assert torch.tanh(torch.tensor(10.0)).item() == 1.0 and slope["tanh′"][3].item() == 0.0  # float32: exactly 1, so 0
assert 8.1e-9 < slope["tanh′ (float64)"][3].item() < 8.3e-9                              # the true value
assert value_and_slope(lambda v: torch.tanh(v), torch.zeros(1))[1].item() == 1.0           # tanh′(0) = 1

grid = torch.linspace(0, 8, 8001, dtype=torch.float64)
gap = value_and_slope(lambda v: torch.tanh(v), grid)[1] - value_and_slope(lambda v: torch.sigmoid(v), grid)[1]
crossing = grid[(gap < 0).nonzero()[0, 0]].item()
assert (gap[grid < crossing] > 0).all() and (gap[grid >= crossing] < 0).all() and round(crossing, 2) == 1.66
print(t(hi=f"tanh′ > sigmoid′ सिर्फ़ |x| < {crossing:.2f} पर; उससे आगे tanh′ छोटा है।",
        en=f"tanh′ > sigmoid′ only for |x| < {crossing:.2f}; beyond it tanh′ is the smaller."))
table(["", *[f"x = {p:g}" for p in points.tolist()]],
      [[name, *[f"{v:.3g}" for v in s.tolist()]] for name, s in slope.items()])

# %% [markdown] lang="hi"
# दो बातें ध्यान देने लायक हैं। पहली: float32 में tanh′(10) ठीक 0 छपता है। वजह rounding है: float32 में tanh(10) ठीक
# 1.0 पर round हो जाता है, इसलिए $1 - \tanh^2 = 0$; float64 में असली मान लगभग 8.2e-9 है। दूसरी: x = 2 पर tanh′,
# sigmoid′ से छोटा है।
#
# > **Notes में सुधार।** Notes कहते हैं कि tanh के gradient sigmoid से बड़े (stronger) होते हैं। यहाँ
# > मापा: यह सिर्फ़ $|x| < 1.66$ पर सच है; उससे आगे tanh, sigmoid से भी जल्दी saturate होता है। (नीचे के network में
# > लगभग सारे $z$ इसी दायरे में हैं, इसलिए वहाँ notes की बात सही बैठती है।)

# %% [markdown] lang="en"
# Two things deserve a look. First: in float32, tanh′(10) prints as exactly 0. The reason is rounding: in float32,
# tanh(10) rounds to exactly 1.0, so $1 - \tanh^2 = 0$; in float64 the true value is about 8.2e-9. Second: at x = 2,
# tanh′ is smaller than sigmoid′.
#
# > **Correcting the notes.** The notes say tanh has stronger gradients than sigmoid. Measured here: that is true
# > only for $|x| < 1.66$; beyond it tanh saturates even faster than sigmoid. (In the network below almost all $z$
# > lie inside this range, so there the notes hold.)

# %% [markdown] lang="hi"
# अब एक गहरा network: 10 layer (हर एक Linear + activation), हर layer में 64 neuron, 256 random input का एक batch,
# और loss $L$ = आख़िरी layer के output के वर्गों का औसत। एक backward pass के बाद हम हर layer $l$ पर
# $\partial L / \partial z_l$ का परिमाण (norm) मापते हैं: यही वह gradient है जो backpropagation उस layer तक पहुँचाता
# है, और उस layer के weight का gradient इसी से बनता है: $\partial L / \partial W_l = \delta_l\, a_{l-1}^\top$, जहाँ
# $\delta_l = \partial L / \partial z_l$।
#
# पीछे जाते हुए हर layer पर यह gradient दो चीज़ों से गुणा होता है: activation के derivative $f'(z)$ से, और weight
# $W$ से। इसलिए हर activation को दो initialization के साथ चलाते हैं: PyTorch का default (`nn.Linear` का: $W$ और
# $b$ दोनों $\pm 1/\sqrt{n}$ के बीच uniform), और उस activation से मेल खाने वाला: sigmoid और tanh के लिए Xavier
# (Glorot), ReLU के लिए He (Kaiming), दोनों में $b = 0$।
#
# एक layer पीछे जाने पर gradient का परिमाण औसतन लगभग दो चीज़ों के गुणनफल से गुणा होता है: weight का पैमाना
# $\sqrt{n}\,\mathrm{std}(W)$ ($n = 64$ input वाली layer के लिए), और $f'(z)$ का आम परिमाण, यानी सारे neuron और उदाहरणों पर
# उसका root mean square (rms)। तालिका के आख़िरी दो स्तंभ इस अनुमान को हर पंक्ति के मापे हुए औसत गुणक (पहली ÷ आख़िरी का 9वाँ मूल, क्योंकि
# 10 layer के बीच 9 कदम हैं) से मिलाते हैं।

# %% [markdown] lang="en"
# Now a deep network: 10 layers (each Linear + activation) of 64 neurons, one batch of 256 random inputs, and the
# loss $L$ = the mean of the squared outputs of the last layer. After one backward pass we measure, at every layer
# $l$, the size (norm) of $\partial L / \partial z_l$: the gradient that backpropagation delivers to that layer, from
# which that layer's weight gradient is built: $\partial L / \partial W_l = \delta_l\, a_{l-1}^\top$, with
# $\delta_l = \partial L / \partial z_l$.
#
# On its way back, at every layer this gradient is multiplied by two things: the activation's derivative $f'(z)$
# and the weights $W$. So we run every activation with two initializations: PyTorch's default (`nn.Linear`'s: $W$ and
# $b$ both uniform in $\pm 1/\sqrt{n}$), and the one that matches the activation: Xavier (Glorot) for sigmoid and
# tanh, He (Kaiming) for ReLU, both with $b = 0$.
#
# Going back one layer, the size of the gradient is multiplied on average by about this: the scale of the weights,
# $\sqrt{n}\,\mathrm{std}(W)$ (for a layer of $n = 64$ inputs), times the typical size of $f'(z)$, its root mean square
# (rms) over all neurons and examples. The table's last two columns compare this estimate, row by row, with the
# measured average factor (the 9th root of first ÷ last, as there are 9 steps between 10 layers).

# %%
def gradient_per_layer(activation, init="default", depth=10, width=64, seed=0):
    torch.manual_seed(seed)
    layers = [nn.Linear(width, width) for _ in range(depth)]
    for layer in layers:
        if init == "Xavier":
            nn.init.xavier_uniform_(layer.weight)
        elif init == "He":
            nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")
        if init != "default":
            nn.init.zeros_(layer.bias)
    a, zs = torch.randn(256, width), []
    for layer in layers:
        z = layer(a)
        z.retain_grad()  # keep ∂L/∂z of this layer after backward()
        zs.append(z)
        a = activation(z)
    a.pow(2).mean().backward()
    scale = sum(math.sqrt(width) * layer.weight.std().item() for layer in layers[1:]) / (depth - 1)  # √n·std(W)
    return [z.grad.norm().item() for z in zs], torch.stack([z.detach() for z in zs]), scale  # first layer first


def estimated_factor(activation, zs, scale):  # √n·std(W) × rms f′(z), f′ at the z of layers 1 to 9
    return scale * value_and_slope(lambda v: activation(v), zs[:-1])[1].pow(2).mean().sqrt().item()


grads, zs, per_layer, estimate, scale = {}, {}, {}, {}, {}
for name, f, init in [("sigmoid", torch.sigmoid, "default"), ("tanh", torch.tanh, "default"),
                      ("ReLU", torch.relu, "default"), ("sigmoid", torch.sigmoid, "Xavier"),
                      ("tanh", torch.tanh, "Xavier"), ("ReLU", torch.relu, "He")]:
    grads[name, init], zs[name, init], scale[name, init] = gradient_per_layer(f, init)
    per_layer[name, init] = (grads[name, init][0] / grads[name, init][-1]) ** (1 / 9)  # measured, per step back
    estimate[name, init] = estimated_factor(f, zs[name, init], scale[name, init])
ratio = {key: g[0] / g[-1] for key, g in grads.items()}  # first layer ÷ last layer

assert ratio["sigmoid", "default"] < 1e-6 < ratio["ReLU", "default"] < ratio["tanh", "default"] < 0.1
assert ratio["sigmoid", "default"] < ratio["sigmoid", "Xavier"] < 1e-4
assert ratio["tanh", "Xavier"] > 0.1 and ratio["ReLU", "He"] > 1
assert 0.4 < (zs["ReLU", "default"] < 0).float().mean() < 0.6  # about half of the ReLU units are off
assert all(abs(per_layer[key] / estimate[key] - 1) < 0.2 for key in grads)  # the estimate explains every row
for key, expected in [(("tanh", "default"), 1 / math.sqrt(3)), (("tanh", "Xavier"), 1.0), (("ReLU", "He"), math.sqrt(2))]:
    assert abs(scale[key] - expected) < 0.03  # the three weight scales: 1/√3 (default), 1 (Xavier), √2 (He)
rms_slope = {key: estimate[key] / scale[key] for key in grads}  # rms f′(z)
assert rms_slope["tanh", "default"] > 0.9 and abs(rms_slope["ReLU", "default"] - math.sqrt(1 / 2)) < 0.03
assert 1 < per_layer["ReLU", "He"] < 1.25  # whole, and even growing a little

colours = {"sigmoid": "tab:blue", "tanh": "tab:orange", "ReLU": "tab:green"}
fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
panels = [(("default",), t(hi="PyTorch का default initialization", en="PyTorch's default initialization")),
          (("Xavier", "He"), t(hi="मेल खाने वाला initialization", en="Matching initialization"))]
for ax, (inits, title) in zip(axes, panels):
    for (name, init), g in grads.items():
        if init in inits:
            label = name if init == "default" else f"{name} + {init}"
            ax.semilogy(range(1, 11), g, "o-", color=colours[name], label=label)
    ax.set(title=title, xlabel=t(hi="layer (1 = input के पास)", en="layer (1 = next to the input)"), xticks=range(1, 11))
    ax.legend(fontsize="small")
axes[0].set_ylabel("‖∂L/∂z‖")
fig.tight_layout()
plt.show()
table(["activation", "initialization", t(hi="आख़िरी layer", en="last layer"), t(hi="पहली layer", en="first layer"),
       t(hi="पहली ÷ आख़िरी: 10 की घात", en="first ÷ last: power of ten"),
       t(hi="हर कदम का गुणक: मापा", en="factor per step: measured"), "√n·std(W) × rms f′(z)"],
      [[name, init, f"{g[-1]:.1e}", f"{g[0]:.1e}", f"{math.log10(ratio[name, init]):+.1f}",
        f"{per_layer[name, init]:.2f}",
        f"{round(scale[name, init], 2):.2f} × {round(rms_slope[name, init], 2):.2f} = "
        f"{round(scale[name, init], 2) * round(rms_slope[name, init], 2):.2f}"]  # the product of the shown factors
       for (name, init), g in grads.items()])

# %% [markdown] lang="hi"
# हर पंक्ति क्या कहती है (पाँचवाँ स्तंभ: पहली layer तक पहुँचा gradient, आख़िरी layer के gradient को 10 की इस घात से
# गुणा करने पर मिलता है; आख़िरी दो स्तंभ: एक कदम पीछे जाने का गुणक, मापा हुआ और अनुमानित):
#
# - **sigmoid + default:** gradient सबसे ज़्यादा घटता है, दस की कई घातों जितना: हर कदम पर वह दो छोटे गुणकों से गुणा होता है,
#   weight का पैमाना और $\sigma'$ (आख़िरी स्तंभ)।
# - **sigmoid + Xavier:** Xavier weight का पैमाना 1 कर देता है, फिर भी दस की कई घातों जितनी गिरावट बची रहती है। यह अकेले
#   $\sigma'$ का असर है, जिसकी चोटी भी 1 से बहुत नीचे है (ऊपर का derivative plot देखिए)। यहाँ Xavier भी गहरे
#   sigmoid network को नहीं बचा पाता।
# - **tanh + default:** यहाँ $z$ छोटे रहते हैं, इसलिए $\tanh'(z)$ लगभग 1 है ($\tanh'(0) = 1$), और गिरावट लगभग पूरी
#   weight के पैमाने से आती है, जो default initialization में $1/\sqrt{3}$ है।
# - **tanh + Xavier:** weight का पैमाना 1 होते ही gradient पहली layer तक लगभग उसी परिमाण में पहुँचता है (दस की एक
#   घात से भी कम गिरावट)।
# - **ReLU + default, उम्मीद से उलटी पंक्ति:** धनात्मक $z$ पर ReLU का derivative ठीक 1 है, फिर भी यहाँ ReLU, tanh
#   से *ज़्यादा* gradient खोता है। वजह: weight का पैमाना वही छोटा $1/\sqrt{3}$ है जो tanh में, और साथ ही हर layer पर
#   लगभग आधे $z$ ऋणात्मक हैं, जहाँ derivative 0 है। इसलिए ReLU′ का rms लगभग $\sqrt{1/2} \approx 0.71$ है, और हर कदम
#   का गुणक tanh वाले से भी छोटा है।
# - **ReLU + He:** He initialization weight का पैमाना $\sqrt{2}$ रखता है (variance $2/n$), ठीक उस आधे हिस्से की भरपाई
#   के लिए जिसे ReLU शून्य करता है: $\sqrt{2} \cdot \sqrt{1/2} = 1$, और gradient पहली layer तक पूरा पहुँचता है
#   (रास्ते में थोड़ा बढ़ता भी है)।
#
# अनुमान मोटा है (एक औसत), फिर भी हर पंक्ति पर मापे हुए गुणक से 20% के भीतर है: gradient कितना बचेगा, यह यही दो
# गुणक तय करते हैं, weight और $f'$।
#
# > **Notes में सुधार।** Notes कहते हैं कि ReLU में vanishing gradient नहीं होता (“No (partial)”)। यहाँ मापा: यह
# > सही initialization (He) के साथ ही सच है; default initialization के साथ ReLU का gradient भी दस की कई घातों जितना घटता है।
#
# Initialization की पूरी कहानी अध्याय 10 में है, और vanishing व exploding gradient की अध्याय 11 में।

# %% [markdown] lang="en"
# What each row says (fifth column: the gradient reaching the first layer is the last layer's times 10 to this power;
# the last two columns: the factor of one step back, measured and estimated):
#
# - **sigmoid + default:** the gradient shrinks the most, by many powers of ten: at every step it is multiplied by two
#   small factors, the weight scale and $\sigma'$ (last column).
# - **sigmoid + Xavier:** Xavier sets the weight scale to 1, yet a drop of many powers of ten remains. That is
#   $\sigma'$ alone, whose peak is far below 1 (see the derivative plot above). Here even Xavier cannot rescue a deep
#   sigmoid network.
# - **tanh + default:** here the $z$ stay small, so $\tanh'(z)$ is nearly 1 ($\tanh'(0) = 1$), and the drop comes
#   almost entirely from the weight scale, which is $1/\sqrt{3}$ with the default initialization.
# - **tanh + Xavier:** once the weight scale is 1, the gradient reaches the first layer at about the same size (a drop
#   of less than one power of ten).
# - **ReLU + default, the row against the story:** ReLU's derivative is exactly 1 for positive $z$, yet here ReLU
#   loses *more* gradient than tanh. The reason: the weight scale is the same small $1/\sqrt{3}$ as for tanh, and on
#   top of it, at every layer about half of the $z$ are negative, where the derivative is 0. So the rms of ReLU′ is
#   about $\sqrt{1/2} \approx 0.71$, and the factor of each step is smaller than tanh's.
# - **ReLU + He:** He initialization gives the weights a scale of $\sqrt{2}$ (a variance of $2/n$), exactly to make
#   up for the half that ReLU zeroes: $\sqrt{2} \cdot \sqrt{1/2} = 1$, and the gradient reaches the first layer whole
#   (it even grows a little on the way).
#
# The estimate is rough (an average), yet on every row it is within 20% of the measured factor: how much gradient
# survives is decided by these two factors, the weights and $f'$.
#
# > **Correcting the notes.** The notes say ReLU has no vanishing gradient (“No (partial)”). Measured here: that holds
# > only with the right initialization (He); with the default initialization ReLU loses several powers of ten too.
#
# The full story of initialization is in chapter 10, and that of vanishing and exploding gradients in chapter 11.

# %% [markdown] lang="hi"
# **क्या sigmoid की गिरावट saturation से है?** अक्सर यही कहा जाता है। मापकर देखिए: default initialization वाले
# sigmoid network के सारे $z$ में से कितने saturation वाले क्षेत्र $|z| > 2.5$ में हैं? (और ऊपर notes वाली बात के
# लिए: tanh + Xavier network के कितने $z$ वहाँ हैं जहाँ $\tanh' > \sigma'$, यानी $|z| < 1.66$?)

# %% [markdown] lang="en"
# **Is sigmoid's drop caused by saturation?** That is what is often said. Measure it: of all the $z$ in the sigmoid
# network with the default initialization, how many are in the saturated region $|z| > 2.5$? (And for the notes'
# claim above: how many $z$ of the tanh + Xavier network lie where $\tanh' > \sigma'$, that is $|z| < 1.66$?)

# %%
saturated = (zs["sigmoid", "default"].abs() > 2.5).float().mean().item()
sigmoid_peak = value_and_slope(lambda v: torch.sigmoid(v), torch.zeros(1))[1].item()
inside = (zs["tanh", "Xavier"].abs() < crossing).float().mean().item()  # where tanh′ > sigmoid′
assert saturated < 0.01 and rms_slope["sigmoid", "default"] > 0.9 * sigmoid_peak and inside > 0.95
print(t(hi=f"sigmoid: saturation वाले z (|z| > 2.5): {saturated:.2%} · "
           f"tanh: |z| < {crossing:.2f} वाले z: {inside:.0%}",
        en=f"sigmoid: saturated z (|z| > 2.5): {saturated:.2%} · tanh: z with |z| < {crossing:.2f}: {inside:.0%}"))

# %% [markdown] lang="hi"
# लगभग कोई भी $z$ saturate नहीं है; ज़्यादातर $z$ पर $\sigma'(z)$ अपनी चोटी के क़रीब है। तो यह गिरावट saturation से नहीं
# आई: हर कदम पर gradient दो ऐसे गुणकों से गुणा होता है जो 1 से छोटे हैं, $\sigma'(z)$ (जो अपनी चोटी पर भी 1 से बहुत
# छोटा है) और weight का पैमाना (default initialization में $1/\sqrt{3}$), जैसा तालिका का आख़िरी स्तंभ दिखाता है।
# 9 कदमों में यह गुणनफल gradient को दस की कई घातों जितना घटा देता है। Saturation (बड़े $|z|$ पर) इसे और बिगाड़ता, पर यहाँ उसकी ज़रूरत ही नहीं
# पड़ी। और tanh के लगभग सारे $z$ उस दायरे में हैं जहाँ $\tanh'$ दोनों में बड़ा है: इस network में notes की “stronger gradients”
# वाली बात सही है।

# %% [markdown] lang="en"
# Hardly any $z$ is saturated; for most $z$, $\sigma'(z)$ is close to its peak. So this drop does not come from
# saturation: at every step the gradient is multiplied by two factors below 1, $\sigma'(z)$ (far below 1 even at its
# peak) and the weight scale ($1/\sqrt{3}$ with the default initialization), as the table's last column shows. Over
# 9 steps this product eats many powers of ten. Saturation (at large $|z|$) would make it worse, but here it is not
# even needed. And almost all of tanh's $z$ lie in the range where $\tanh'$ is the larger: in this network the notes'
# “stronger gradients” holds.

# %% [markdown] lang="hi"
# ## 4. शून्य-केंद्रित output और sparse activation
#
# किसी layer के weight का gradient $\partial L / \partial W = \delta\, a^\top$ है: neuron $j$ की पंक्ति
# $\delta_j\, a^\top$ है। अगर पिछली layer के सारे output $a$ धनात्मक हों (sigmoid के हमेशा होते हैं), तो एक उदाहरण
# पर neuron $j$ के सारे weight के gradient का चिह्न वही है जो $\delta_j$ का: उस कदम में उसके सारे weight या तो साथ
# बढ़ते हैं या साथ घटते हैं। जहाँ कुछ weight बढ़ाने और कुछ घटाने हों, वहाँ gradient descent को टेढ़ा-मेढ़ा (zig-zag)
# रास्ता लेना पड़ता है। नीचे two moons पर एक layer (2 → 32) के बाद अगली layer (32 → 2) है, और हम अगली layer के
# weight-gradient की वे पंक्तियाँ गिनते हैं जिनमें कोई दो entry उल्टे चिह्न की नहीं हैं: हर उदाहरण पर अलग से, और
# 16 उदाहरणों के mini-batch पर। तालिका के हर खाने में पाँच अलग-अलग शुरुआती weight (seed 0 से 4) के मान हैं।

# %% [markdown] lang="en"
# ## 4. Zero-centred outputs and sparse activation
#
# The gradient of a layer's weights is $\partial L / \partial W = \delta\, a^\top$: the row of neuron $j$ is
# $\delta_j\, a^\top$. If all outputs $a$ of the layer before are positive (sigmoid's always are), then on one example
# all of neuron $j$'s weight gradients have the sign of $\delta_j$: in that step its weights all go up together or all
# go down together. Where some weights must rise and others fall, gradient descent has to zig-zag. Below, on two
# moons, a layer (2 → 32) feeds a next layer (32 → 2), and we count the rows of the next layer's weight gradient in
# which no two entries have opposite signs: on every example separately, and on mini-batches of 16 examples. Each cell
# shows the values for five different starting weights (seeds 0 to 4).

# %%
def next_layer_gradients(activation, x, y, seed=0):
    torch.manual_seed(seed)
    hidden, following = nn.Linear(2, 32), nn.Linear(32, 2)
    a = activation(hidden(x))
    z = following(a)
    z.retain_grad()
    F.cross_entropy(z, y, reduction="sum").backward()
    return z.grad[:, :, None] * a.detach()[:, None, :], a.detach()  # δ aᵀ for every example: (examples, 2, 32)


def one_sign_share(gradients):
    return ((gradients >= 0).all(-1) | (gradients <= 0).all(-1)).float().mean().item()  # rows with one sign only


per_example, mini_batch, mean_output = {}, {}, {}
for name, f in [("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("ReLU", torch.relu)]:
    for seed in range(5):  # five different starting weights
        gradients, outputs = next_layer_gradients(f, moons_x, moons_y.long(), seed)
        per_example[name, seed] = one_sign_share(gradients)
        mini_batch[name, seed] = one_sign_share(gradients.reshape(25, 16, 2, 32).sum(1))  # 25 batches of 16
        mean_output[name, seed] = outputs.mean().item()
for seed in range(5):
    assert per_example["sigmoid", seed] == per_example["ReLU", seed] == 1.0 and per_example["tanh", seed] < 0.1
    assert mini_batch["tanh", seed] <= 0.1 and abs(mean_output["tanh", seed]) < 0.15 < mean_output["sigmoid", seed]
    assert mean_output["ReLU", seed] > 0.1  # not zero-centred either
sigmoid_batches = [mini_batch["sigmoid", seed] for seed in range(5)]
assert min(sigmoid_batches) <= 0.1 < 0.5 < max(sigmoid_batches)  # depends on the starting weights
table(["activation", t(hi="a का औसत", en="mean of a"),
       t(hi="एक चिह्न वाली पंक्तियाँ: हर उदाहरण", en="one-sign rows: per example"),
       t(hi="एक चिह्न वाली पंक्तियाँ: mini-batch", en="one-sign rows: mini-batch")],
      [[name, " · ".join(f"{mean_output[name, seed]:+.2f}" for seed in range(5)),
        " · ".join(f"{per_example[name, seed]:.0%}" for seed in range(5)),
        " · ".join(f"{mini_batch[name, seed]:.0%}" for seed in range(5))] for name in ("sigmoid", "tanh", "ReLU")])

# %% [markdown] lang="hi"
# - **sigmoid:** output का औसत धनात्मक है, और हर उदाहरण पर हर पंक्ति एक ही चिह्न की है: ऊपर का तर्क, मापा हुआ।
# - **tanh:** output शून्य-केंद्रित है (औसत लगभग 0), इसलिए पंक्तियों में दोनों चिह्न आते हैं।
# - **ReLU, उम्मीद से उलटी पंक्ति:** ReLU का output भी कभी ऋणात्मक नहीं होता (औसत 0 से ऊपर), इसलिए उसकी पंक्तियाँ भी
#   एक चिह्न की हैं। ReLU शून्य-केंद्रित नहीं है, फिर भी ReLU network अच्छी तरह सीखते हैं (section 1): शून्य-केंद्रित
#   होना मदद करता है, पर ज़रूरी शर्त नहीं है।
# - **mini-batch पर** (16 उदाहरण) यह नियम लागू नहीं रहता: अलग-अलग उदाहरणों के $\delta$ के चिह्न अलग हो सकते हैं, और
#   उनका जोड़ चिह्नों को मिला देता है। tanh में पाँचों में से किसी भी शुरुआती weight पर कोई पंक्ति एक चिह्न की नहीं रहती; sigmoid में यह
#   शुरुआती weight पर निर्भर है: ज़्यादातर कोई नहीं, पर किसी-किसी पर लगभग हर पंक्ति (आख़िरी स्तंभ)।
#
# Training पर इसका असर कितना है? Sigmoid की तुलना $\sigma(z) - 0.5$ से कीजिए: दोनों का derivative एक ही है, फ़र्क़
# सिर्फ़ केंद्र का है। अगली layer का bias इस खिसकाव की भरपाई कर देता है, इसलिए दोनों ठीक वही function बना सकते हैं; जो भी
# फ़र्क़ दिखे, वह gradient descent की चाल का है। एक random layer (2 → 32) के output स्थिर रखकर सिर्फ़ output layer को
# gradient descent से 100 कदम train किया जाता है, दो learning rate के साथ। आख़िरी स्तंभ शुरुआत में loss की सबसे बड़ी
# curvature है (Hessian का सबसे बड़ा eigenvalue $\lambda_{max}$, अध्याय 04 की तरह):

# %% [markdown] lang="en"
# - **sigmoid:** the mean output is positive, and on every example every row has one sign: the argument above, measured.
# - **tanh:** the output is zero-centred (mean about 0), so the rows hold both signs.
# - **ReLU, the row against the story:** ReLU's output is never negative either (its mean is above 0), so its rows
#   have one sign too. ReLU is not zero-centred, and yet ReLU networks learn well (section 1): being zero-centred
#   helps, but it is not a must.
# - **On a mini-batch** (16 examples) the rule is not binding any more: the $\delta$ of different examples can have
#   different signs, and their sum mixes them. For tanh no row keeps one sign with any of the five starting weights;
#   for sigmoid it depends on the starting weights: mostly none, but with some of them almost every row (last column).
#
# How much does it matter for training? Compare sigmoid with $\sigma(z) - 0.5$: both have the same derivative; they
# differ only in their centre. The next layer's bias absorbs the shift, so both can express exactly the same
# functions; any difference lies in how gradient descent moves. The outputs of a random layer (2 → 32) are held fixed
# and only the output layer is trained by gradient descent for 100 steps, with two learning rates. The last column is
# the loss's largest curvature at the start (the largest eigenvalue of the Hessian, $\lambda_{max}$, as in chapter 04):

# %%
def output_layer_loss(features, y, lr, steps=100):
    w = torch.zeros(features.shape[1], requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for _ in range(steps):
        loss = F.binary_cross_entropy_with_logits(features @ w + b, y)
        grad_w, grad_b = torch.autograd.grad(loss, (w, b))
        with torch.no_grad():
            w -= lr * grad_w
            b -= lr * grad_b
    return F.binary_cross_entropy_with_logits(features @ w + b, y).item()


def largest_curvature(features, y):  # λ_max of the Hessian of the loss at the start, w = 0 and b = 0
    inputs = torch.cat([features, torch.ones(len(features), 1)], 1)  # the bias as one more weight
    loss = lambda p: F.binary_cross_entropy_with_logits(inputs @ p, y)
    return torch.linalg.eigvalsh(torch.autograd.functional.hessian(loss, torch.zeros(inputs.shape[1])))[-1].item()


def centring_features(x, seed=0):
    torch.manual_seed(seed)
    with torch.no_grad():
        z = nn.Linear(2, 32)(x)
    return {"sigmoid": torch.sigmoid(z), "σ − 0.5": torch.sigmoid(z) - 0.5}


def centring_losses(x, y, seed=0):
    return {(name, lr): output_layer_loss(features, y, lr)
            for name, features in centring_features(x, seed).items() for lr in (1, 10)}


centring = centring_losses(moons_x, moons_y)
curvature = {name: largest_curvature(features, moons_y) for name, features in centring_features(moons_x).items()}
assert abs(centring["sigmoid", 1] - centring["σ − 0.5", 1]) < 0.01                      # small steps: the same
assert centring["σ − 0.5", 10] < centring["σ − 0.5", 1] < centring["sigmoid", 10]     # large steps: only centred gains
assert centring["sigmoid", 10] > centring["sigmoid", 1]                                 # sigmoid ends higher
assert curvature["sigmoid"] > 4 * curvature["σ − 0.5"]                                  # one much steeper direction
table(["output", "η = 1", "η = 10", "λ_max"],
      [[name, f"{centring[name, 1]:.3f}", f"{centring[name, 10]:.3f}", f"{curvature[name]:.2f}"]
       for name in ("sigmoid", "σ − 0.5")])

# %% [markdown] lang="hi"
# छोटे learning rate ($\eta = 1$) पर दोनों एक ही loss तक पहुँचते हैं। बड़े learning rate ($\eta = 10$) पर केंद्रित
# output वाला और नीचे जाता है, जबकि sigmoid वाला $\eta = 1$ वाले loss से भी ऊँचे loss पर रुकता है: उसके कदम ज़रूरत से आगे निकल
# जाते हैं। क्यों? सारे 32 sigmoid output धनात्मक हैं, और उनका यह साझा धनात्मक औसत एक ऐसी दिशा बनाता है जिसमें loss की
# curvature कहीं ज़्यादा है: $\lambda_{max}$ कई गुना बड़ा है। अध्याय 04 में हमने देखा था कि सबसे ज़्यादा curvature वाली दिशा
# ही तय करती है कि कदम कितना बड़ा हो सकता है। केंद्रित करने से वह दिशा हट जाती है। यानी शून्य-केंद्रित output का
# फ़ायदा यह है कि बड़े कदम भी सुरक्षित रहते हैं; सीखने की रफ़्तार इसी से बढ़ती है।
#
# > **Notes में सुधार।** Notes कहते हैं कि tanh “जब input data zero-centered हो” तब काम आता है, और “Centered at 0 →
# > better learning”। यहाँ मापा: ज़रूरी बात tanh का *अपना* output शून्य-केंद्रित होना है, क्योंकि वही अगली layer का
# > input है; और उसका फ़ायदा बड़े learning rate पर दिखता है, छोटे पर नहीं। Notes sigmoid की एक कमी “output range
# > छोटा है” भी बताते हैं। $\sigma - 0.5$ की range ठीक उतनी ही चौड़ी है (1), फिर भी बड़े कदम से फ़ायदा उसी को हुआ:
# > नुक़सान इससे है कि range का केंद्र कहाँ है, उसकी चौड़ाई से नहीं।
#
# **Sparse activation.** ऋणात्मक $z$ पर ReLU ठीक 0 देता है, इसलिए हर उदाहरण पर उसके कई neuron बंद रहते हैं। Section
# 1 के train हुए ReLU network को two moons के 400 बिंदुओं पर चलाकर गिनिए: हर hidden layer में कितने output ठीक 0
# हैं, और बिंदु कितने अलग-अलग on/off pattern में बँटते हैं।

# %% [markdown] lang="en"
# With a small learning rate ($\eta = 1$) both reach the same loss. With a large learning rate ($\eta = 10$) the one
# with centred outputs goes further down, while sigmoid's ends at a higher loss than with $\eta = 1$: its steps
# overshoot. Why? All 32 sigmoid outputs are positive, and their shared positive mean makes one direction in which
# the loss has a far larger curvature: $\lambda_{max}$ is several times larger. Chapter 04 showed that the direction
# of largest curvature sets how large a step can be. Centring removes that direction. So the gain of zero-centred outputs is that large
# steps stay safe too; that is where the faster learning comes from.
#
# > **Correcting the notes.** The notes say tanh is for “when input data is zero-centered”, and “Centered at 0 →
# > better learning”. Measured here: what matters is that tanh's *own* output is zero-centred, because it is the next
# > layer's input; and its gain shows with a large learning rate, not with a small one. The notes also list a
# > “small output range” as a drawback of sigmoid. $\sigma - 0.5$ has a range exactly as wide (1), yet it is the one
# > that gains from the large step: the harm comes from where the range is centred, not from its width.
#
# **Sparse activation.** ReLU gives exactly 0 for negative $z$, so on every example many of its neurons are off. Run
# the trained ReLU network of section 1 on the 400 points of two moons and count: how many outputs of each hidden
# layer are exactly 0, and into how many different on/off patterns the points fall.

# %%
with torch.no_grad():
    h1 = relu_net[1](relu_net[0](moons_x))
    h2 = relu_net[3](relu_net[2](h1))
zero_share = [(h == 0).float().mean().item() for h in (h1, h2)]
patterns = len({tuple(row) for row in torch.cat([h1 > 0, h2 > 0], 1).tolist()})
assert all(0.3 < share < 0.8 for share in zero_share) and patterns > 20
print(t(hi=f"ठीक 0 वाले output: पहली hidden layer में {zero_share[0]:.0%}, दूसरी में {zero_share[1]:.0%} · "
           f"400 बिंदु {patterns} अलग on/off pattern में",
        en=f"Outputs exactly 0: {zero_share[0]:.0%} in the first hidden layer, {zero_share[1]:.0%} in the second · "
           f"the 400 points fall into {patterns} different on/off patterns"))

# %% [markdown] lang="hi"
# दोनों hidden layer में output का बड़ा हिस्सा ठीक 0 है: हर उदाहरण network के कुछ ही neuron इस्तेमाल करता है, और
# अलग-अलग उदाहरण अलग-अलग neuron। एक ही on/off pattern वाले सारे बिंदुओं पर network एक linear map है; ऐसे टुकड़ों से
# ही section 1 की मुड़ी हुई decision boundary बनती है। Notes sparse activation को ReLU का लाभ ठीक ही बताते हैं।

# %% [markdown] lang="en"
# A large share of the outputs of both hidden layers is exactly 0: each example uses only some of the network's
# neurons, and different examples use different ones. On all the points that share one on/off pattern the network is
# one linear map; such pieces make up section 1's bent decision boundary. The notes rightly list sparse activation as
# a gain of ReLU.

# %% [markdown] lang="hi"
# ## 5. Dying ReLU: मापकर देखिए
#
# ऋणात्मक $z$ पर ReLU का derivative 0 है। किसी एक उदाहरण पर $z < 0$ होना आम बात है (ऊपर: hidden layer के कई output
# 0 थे); तब बस उस उदाहरण से उस neuron को gradient नहीं मिलता। मुश्किल तब शुरू होती है जब किसी neuron का input **हर** उदाहरण पर
# ऋणात्मक हो जाए: तब उसे किसी भी उदाहरण से gradient नहीं मिलता और उसके weight बदलना बंद कर देते हैं। वह neuron
# “मर” जाता है (dying ReLU)। ऐसा अक्सर बहुत बड़े learning rate से होता है।
#
# > **Notes में सुधार।** Notes कहते हैं “negative input → always zero gradient”। ठीक-ठीक कहें तो ऋणात्मक input पर सिर्फ़
# > *उसी उदाहरण* का gradient शून्य होता है; neuron तभी मरता है जब उसका input हर उदाहरण पर ऋणात्मक हो।
#
# नीचे एक छोटा network (2 → 64 → 64 → 1) two moons पर 100 कदम train किया जाता है, तीन learning rate के साथ, और हम
# गिनते हैं कि दूसरी hidden layer के 64 neuron में से कितनों का input हर उदाहरण पर ऋणात्मक है। Leaky ReLU में
# ऋणात्मक $z$ की ओर ढलान $\alpha = 0.1$ है; उसके लिए भी यही गिनती करते हैं।

# %% [markdown] lang="en"
# ## 5. Dying ReLU, measured
#
# For negative $z$, ReLU's derivative is 0. On any one example, $z < 0$ is common (above: many outputs of the hidden
# layers were 0); then that neuron just gets no gradient from that example. The trouble starts when a neuron's input
# becomes negative on **every** example: then it gets no gradient from any example and its weights stop changing.
# The neuron “dies” (dying ReLU). A too-large learning rate often causes it.
#
# > **Correcting the notes.** The notes say “negative input → always zero gradient”. Strictly, a negative input zeroes
# > the gradient of *that example* only; a neuron dies only when its input is negative on every example.
#
# Below, a small network (2 → 64 → 64 → 1) is trained on two moons for 100 steps, with three learning rates, and we
# count how many of the 64 neurons of the second hidden layer have a negative input on every example. Leaky ReLU has
# slope $\alpha = 0.1$ for negative $z$; we count the same for it.

# %%
def negative_everywhere(net, x):
    with torch.no_grad():
        return (net[2](net[1](net[0](x))) <= 0).all(0)  # one entry per unit of the second hidden layer


def dying_run(activation, lr, x, y, steps=100, seed=0):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Linear(2, 64), activation, nn.Linear(64, 64), activation, nn.Linear(64, 1))
    at_start = int(negative_everywhere(net, x).sum())
    loss, right = train(net, x, y, lr, steps)
    return net, at_start, int(negative_everywhere(net, x).sum()), loss, right


runs = {(kind, lr): dying_run(activation, lr, moons_x, moons_y)
        for kind, activation in [("ReLU", nn.ReLU()), ("Leaky", nn.LeakyReLU(0.1))] for lr in (0.1, 1.0, 3.0)}
_, dead_start, *_ = runs["ReLU", 0.1]
dead = {lr: runs["ReLU", lr][2] for lr in (0.1, 1.0, 3.0)}
assert max(abs(dead[lr] - dead_start) for lr in (0.1, 1.0)) <= 2  # small steps: hardly any change
assert dead[3.0] > 2 * dead_start                                   # large steps: many more die
assert runs["ReLU", 3.0][4] >= 0.98 and runs["ReLU", 3.0][3] < 2 * runs["ReLU", 1.0][3]  # yet it learns the moons
assert runs["Leaky", 3.0][2] >= 10                                  # Leaky: many negative on every example too
table(["learning rate", t(hi="ReLU: मृत (शुरू → बाद)", en="ReLU: dead (start → after)"), "ReLU: loss",
       t(hi="ReLU: सही", en="ReLU: right"),
       t(hi="Leaky: हर उदाहरण पर ऋणात्मक (शुरू → बाद)", en="Leaky: negative on every example (start → after)"),
       "Leaky: loss", t(hi="Leaky: सही", en="Leaky: right")],
      [[f"{lr:g}", *[cell for kind in ("ReLU", "Leaky")
                     for cell in (f"{runs[kind, lr][1]} → {runs[kind, lr][2]}", f"{runs[kind, lr][3]:.3f}",
                                  f"{runs[kind, lr][4]:.1%}")]]
       for lr in (0.1, 1.0, 3.0)])

# %% [markdown] lang="hi"
# हर पंक्ति पढ़िए:
#
# - **learning rate 0.1 और 1:** कुछ neuron शुरू से ही मृत हैं (उनका input संयोग से सारे data पर ऋणात्मक है), और
#   training के दौरान यह गिनती लगभग नहीं बदलती।
# - **learning rate 3, उम्मीद से उलटी पंक्ति:** बड़े कदमों से कई और neuron मर जाते हैं, फिर भी network two moons
#   को उतनी ही अच्छी तरह सीखता है (loss उसी स्तर का, सटीकता लगभग पूरी)। Two moons आसान data है, और बचे हुए neuron
#   इसके लिए काफ़ी हैं। मरे हुए neuron यहाँ network की क्षमता का बेकार पड़ा हिस्सा हैं: कठिन data पर या छोटे network में उनकी कमी खलेगी।
# - **Leaky ReLU:** यहाँ भी कई neuron का input हर उदाहरण पर ऋणात्मक है, पर वे मरे नहीं हैं: उनका output $\alpha z$
#   है, इसलिए उन्हें gradient मिलता रहता है। नीचे learning rate 3 वाले दोनों network पर यही मापते हैं: हर neuron के
#   weight का gradient, और 20 और कदमों में उसके weight बदले या नहीं।

# %% [markdown] lang="en"
# Read each row:
#
# - **learning rate 0.1 and 1:** some neurons are dead from the very start (their input happens to be negative on all
#   the data), and during training that count hardly changes.
# - **learning rate 3, the row against the story:** with large steps many more neurons die, yet the network learns
#   two moons just as well (a loss of the same order, almost full accuracy). Two moons is easy data, and the neurons
#   left alive are enough for it. The dead neurons here are wasted capacity: on harder data or in a smaller network
#   they would be missed.
# - **Leaky ReLU:** here too many neurons have a negative input on every example, but they are not dead: their output
#   is $\alpha z$, so they keep getting a gradient. Below, this is measured on both networks of learning rate 3: the
#   gradient of each neuron's weights, and whether its weights change in 20 more steps.

# %%
def unit_gradients(net, x, y):
    net.zero_grad()
    F.binary_cross_entropy_with_logits(net(x).squeeze(1), y).backward()
    return net[2].weight.grad.norm(dim=1)  # ‖∂L/∂w‖ of each unit of the second hidden layer


rows, moved = [], {}
for kind in ("ReLU", "Leaky"):
    net = runs[kind, 3.0][0]
    negative, gradient = negative_everywhere(net, moons_x), unit_gradients(net, moons_x, moons_y)
    before = net[2].weight.detach().clone()
    train(net, moons_x, moons_y, lr=0.3, steps=20)
    changed = (net[2].weight.detach() != before).any(1)
    moved[kind] = negative, gradient, changed
    for label, group in [(t(hi="हर उदाहरण पर ऋणात्मक", en="negative on every example"), negative),
                         (t(hi="बाक़ी", en="the others"), ~negative)]:
        rows.append([kind, label, int(group.sum()), f"{gradient[group].max().item():.1e}",
                     f"{gradient[group].min().item():.1e}", f"{int(changed[group].sum())} / {int(group.sum())}"])
relu_dead, relu_gradient, relu_changed = moved["ReLU"]
leaky_negative, leaky_gradient, leaky_changed = moved["Leaky"]
assert (relu_gradient[relu_dead] == 0).all() and not relu_changed[relu_dead].any()      # dead: no gradient, frozen
assert (leaky_gradient[leaky_negative] > 0).all() and leaky_changed[leaky_negative].all()  # Leaky: gradient, moving
table(["activation", t(hi="कौन-से neuron", en="which neurons"), t(hi="कितने", en="how many"),
       t(hi="सबसे बड़ा gradient", en="largest gradient"), t(hi="सबसे छोटा gradient", en="smallest gradient"),
       t(hi="20 कदमों में बदले", en="changed in 20 steps")], rows)

# %% [markdown] lang="hi"
# मृत ReLU neuron के weight का gradient ठीक 0 है, और 20 और कदमों के बाद भी उनके weight bit-दर-bit वही हैं। Leaky ReLU
# के जो neuron हर उदाहरण पर ऋणात्मक हैं, उनका gradient छोटा है पर 0 नहीं, और उनके weight बदलते रहे: इसलिए वे फिर से
# सक्रिय हो सकते हैं। (एक बारीकी: मृत neuron का input पिछली layer के बदलने से बदल सकता है, इसलिए “मृत” होना हर
# बार “हमेशा के लिए” नहीं होता; पर उसके अपने weight अपने-आप नहीं हिलते।) आम उपाय: छोटा learning rate, Leaky ReLU, और
# अच्छा initialization (अध्याय 10)।

# %% [markdown] lang="en"
# The dead ReLU neurons' weight gradient is exactly 0, and after 20 more steps their weights are still the same, bit
# for bit. The Leaky ReLU neurons that are negative on every example have a small gradient, but not 0, and their
# weights kept changing: so they can become active again. (A fine point: a dead neuron's input can change when the
# layer before it changes, so “dead” does not always mean “forever”; but its own weights do not move by themselves.)
# The usual remedies: a smaller learning rate, Leaky ReLU, and good initialization (chapter 10).

# %% [markdown] lang="hi"
# ## 6. कौन-सा activation function कब
#
# | कहाँ | क्या लगाएँ | क्यों (इस अध्याय में मापा) |
# |---|---|---|
# | hidden layer, पहली पसंद | ReLU, He initialization के साथ | गणना सस्ती; He के साथ gradient पहली layer तक पूरा पहुँचता है (section 3) |
# | hidden layer, जब बहुत neuron मर रहे हों | Leaky ReLU | हर उदाहरण पर ऋणात्मक neuron को भी gradient मिलता है (section 5) |
# | hidden layer, जब output $(-1, 1)$ के भीतर और 0 पर केंद्रित रहने चाहिए | tanh, Xavier initialization के साथ | शून्य-केंद्रित output; Xavier के साथ gradient लगभग उसी परिमाण में पहुँचता है (section 3, 4) |
# | गहरे network की hidden layer | sigmoid **नहीं** | Xavier के साथ भी gradient दस की कई घातों जितना घटता है (section 3) |
# | output layer, binary classification | sigmoid (एक output) | output एक प्रायिकता है; `nn.BCEWithLogitsLoss` इसे ख़ुद लगाता है |
# | output layer, multi-class classification | softmax | प्रायिकताएँ जिनका जोड़ 1 है; `nn.CrossEntropyLoss` इसे ख़ुद लगाता है |
# | output layer, regression | कोई नहीं (identity) | output कोई भी वास्तविक संख्या हो सकती है |
#
# Multi-class classification की output layer पर softmax लगता है: $\mathrm{softmax}(z)_k = e^{z_k} / \sum_j e^{z_j}$,
# code में एक पंक्ति (अध्याय 03 और 07 इसे विस्तार से समझाते हैं)। ध्यान रहे: PyTorch के loss यह आख़िरी activation ख़ुद
# लगाते हैं, इसलिए उन्हें सीधे $z$ दीजिए:

# %% [markdown] lang="en"
# ## 6. Which activation function when
#
# | where | what to use | why (measured in this chapter) |
# |---|---|---|
# | hidden layer, first choice | ReLU, with He initialization | cheap to compute; with He the gradient reaches the first layer whole (section 3) |
# | hidden layer, when many neurons die | Leaky ReLU | a neuron negative on every example still gets a gradient (section 5) |
# | hidden layer, when outputs should stay in $(-1, 1)$, centred at 0 | tanh, with Xavier initialization | zero-centred outputs; with Xavier the gradient arrives at about the same size (section 3, 4) |
# | hidden layer of a deep network | **not** sigmoid | even with Xavier the gradient shrinks by many powers of ten (section 3) |
# | output layer, binary classification | sigmoid (one output) | the output is a probability; `nn.BCEWithLogitsLoss` applies it itself |
# | output layer, multi-class classification | softmax | probabilities that add up to 1; `nn.CrossEntropyLoss` applies it itself |
# | output layer, regression | none (identity) | the output can be any real number |
#
# The output layer of multi-class classification uses softmax: $\mathrm{softmax}(z)_k = e^{z_k} / \sum_j e^{z_j}$,
# one line of code (chapters 03 and 07 take it further). Mind: PyTorch's losses apply this last activation themselves,
# so give them $z$ directly:

# %%
z = torch.tensor([[2.0, 1.0, -1.0]])
probabilities = torch.softmax(z, dim=1)
print(probabilities, probabilities.sum(dim=1))
assert torch.allclose(probabilities.sum(dim=1), torch.ones(1))

z, labels = torch.randn(8, 3), torch.randint(0, 3, (8,))
assert torch.allclose(F.cross_entropy(z, labels), F.nll_loss(torch.log(torch.softmax(z, dim=1)), labels))
z, targets = torch.randn(8), (torch.rand(8) > 0.5).float()
assert torch.allclose(F.binary_cross_entropy_with_logits(z, targets), F.binary_cross_entropy(torch.sigmoid(z), targets))
print(t(hi="✔ CrossEntropyLoss में softmax और BCEWithLogitsLoss में sigmoid पहले से शामिल हैं।",
        en="✔ CrossEntropyLoss already includes softmax, and BCEWithLogitsLoss includes sigmoid."))

# %% [markdown] lang="hi"
# ## सारांश
#
# - activation function के बिना गहरा network भी एक linear map है, और उसकी decision boundary एक सीधी रेखा; ReLU जैसी
#   non-linearity उसे मोड़ देती है।
# - Sigmoid: output $(0, 1)$, output layer में प्रायिकता के लिए अच्छा; पर उसका derivative हर जगह छोटा है, इसलिए
#   गहरे network में gradient दस की कई घातों जितना घटता है, saturation के बिना भी और Xavier के साथ भी।
# - tanh: output $(-1, 1)$, शून्य-केंद्रित, derivative अधिकतम 1; फिर भी saturate होता है (बड़े $|x|$ पर sigmoid से भी
#   जल्दी)।
# - ReLU: गणना सबसे सस्ती (Leaky ReLU के साथ), धनात्मक $z$ पर derivative 1, sparse activation; He initialization के
#   साथ gradient पूरा पहुँचता है; पर dying ReLU का ख़तरा। Leaky ReLU के neuron हर उदाहरण पर ऋणात्मक होकर भी gradient
#   पाते रहते हैं, इसलिए मरते नहीं।
# - Gradient कितना बचेगा, यह activation और initialization दोनों तय करते हैं: दोनों को साथ चुनिए।

# %% [markdown] lang="en"
# ## Summary
#
# - Without an activation function even a deep network is one linear map, and its decision boundary is a straight
#   line; a non-linearity such as ReLU bends it.
# - Sigmoid: output in $(0, 1)$, good for a probability in the output layer; but its derivative is small everywhere,
#   so in a deep network the gradient shrinks by many powers of ten, without saturation and with Xavier too.
# - tanh: output in $(-1, 1)$, zero-centred, derivative at most 1; it still saturates (for large $|x|$ even faster
#   than sigmoid).
# - ReLU: the cheapest to compute (with Leaky ReLU), derivative 1 for positive $z$, sparse activation; with He
#   initialization the gradient arrives whole; but at risk of dying ReLU. Leaky ReLU's neurons keep getting a
#   gradient even when negative on every example, so they do not die.
# - How much gradient survives depends on the activation and the initialization together: choose them together.

# %% [markdown] lang="hi"
# ## अभ्यास प्रश्न
#
# हर प्रश्न के नीचे की cell में `...` की जगह अपना उत्तर लिखिए और cell चलाइए: उत्तर तुरंत जाँचा जाएगा।
# अटक जाएँ तो संकेत के लिए `q1.hint()`, फिर `q1.hint(2)`; पूरा हल `q1.solution()` से (यह आपकी प्रगति में दर्ज होता है)।

# %% [markdown] lang="en"
# ## Practice questions
#
# In the cell below each question, replace `...` with your answer and run the cell: it is checked instantly.
# If you are stuck, use `q1.hint()`, then `q1.hint(2)`; the full solution comes from `q1.solution()` (it is noted in your progress).

# %%
q1

# %% tags=["answer"]
answer_q1 = ...
q1.check(answer_q1)

# %%
q2

# %% tags=["answer"]
def relu(x):
    ...


q2.check(relu)

# %%
q3

# %% tags=["answer"]
answer_q3 = ...
q3.check(answer_q3)

# %%
q4

# %% tags=["answer"]
answer_q4 = ...
q4.check(answer_q4)

# %%
q5

# %% tags=["answer"]
answer_q5 = ...
q5.check(answer_q5)

# %%
q6

# %% tags=["answer"]
def sigmoid(x):
    ...


q6.check(sigmoid)

# %%
q7

# %% tags=["answer"]
def sigmoid_derivative(x):
    ...


q7.check(sigmoid_derivative)

# %%
q8

# %% tags=["answer"]
answer_q8 = ...
q8.check(answer_q8)

# %%
q9

# %% tags=["answer"]
answer_q9 = ...
q9.check(answer_q9)

# %% [markdown] lang="hi"
# ## आपकी प्रगति
#
# यह तालिका सभी अध्यायों में आपके उत्तरों को गिनती है। यह सिर्फ़ आपके कंप्यूटर पर सहेजी जाती है।

# %% [markdown] lang="en"
# ## Your progress
#
# This table counts your answers across all chapters. It is saved only on your own computer.

# %%
show_progress()

# %% [markdown] lang="hi"
# ## शब्दावली
#
# पूरे पाठ्यक्रम में हर तकनीकी शब्द एक ही तरह लिखा जाता है। यह रही सूची:

# %% [markdown] lang="en"
# ## Glossary
#
# Across the course, each technical term is always written the same way. Here is the list:

# %%
show_glossary()
