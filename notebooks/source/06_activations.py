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
# एक neuron पहले अपने input का weighted sum निकालता है, $z = w \cdot x + b$, और फिर उस पर एक
# activation function लगाता है: $a = f(z)$। इस अध्याय में आप देखेंगे:
#
# 1. activation function के बिना कई layer मिलकर भी सिर्फ़ एक linear map रह जाती हैं (code से साबित);
# 2. sigmoid, tanh, ReLU और Leaky ReLU: उनके सूत्र, plot और derivative;
# 3. saturation और dying ReLU: दोनों को code में मापकर;
# 4. अंत में अभ्यास प्रश्न, जो तुरंत जाँचे जाते हैं।

# %% [markdown] lang="en"
# # Chapter 06 · Activation functions
#
# A neuron first takes the weighted sum of its input, $z = w \cdot x + b$, and then applies an
# activation function to it: $a = f(z)$. In this chapter you will see:
#
# 1. without an activation function, many layers together are still just one linear map (proved in code);
# 2. sigmoid, tanh, ReLU and Leaky ReLU: their formulas, plots and derivatives;
# 3. saturation and dying ReLU, both measured in code;
# 4. at the end, practice questions that are checked instantly.

# %%
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import plots, show_glossary, show_progress, start, t
from course_lib.data import two_moons
from course_lib.practice.ch06 import q1, q2, q3, q4, q5, q6, q7, q8
from course_lib.widgets import function_explorer, value_and_slope

start(6)

# %% [markdown] lang="hi"
# ## 1. Non-linearity क्यों ज़रूरी है?
#
# नीचे तीन `nn.Linear` layer बिना किसी activation function के एक के बाद एक रखी गई हैं। हर layer
# $x \mapsto Wx + b$ है, इसलिए पूरा stack भी $x \mapsto W_3(W_2(W_1x + b_1) + b_2) + b_3$ है, यानी
# **एक ही** linear map $W x + b$, जहाँ $W = W_3W_2W_1$ (सख़्ती से कहें तो affine map, क्योंकि $b$ भी है)। Code इसे मापकर
# जाँचता है: एक अकेली layer वही output देती है।

# %% [markdown] lang="en"
# ## 1. Why is non-linearity needed?
#
# Below, three `nn.Linear` layers are stacked with no activation function between them. Each layer is
# $x \mapsto Wx + b$, so the whole stack is $x \mapsto W_3(W_2(W_1x + b_1) + b_2) + b_3$, that is
# **one single** linear map $W x + b$ with $W = W_3W_2W_1$ (strictly, an affine map, because of $b$). The code measures
# it: one lone layer gives the same output.

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
# $f(a + b) = f(a) + f(b) - f(0)$ हमेशा सच है। Non-linearity के साथ यह टूट जाता है, और तभी network मुड़ी हुई
# (curved) सीमाएँ सीख सकता है।

# %% [markdown] lang="en"
# The difference is only floating-point rounding. Now put a ReLU in between: for a linear map $f$,
# $f(a + b) = f(a) + f(b) - f(0)$ always holds. With a non-linearity it breaks, and only then can a network
# learn curved boundaries.

# %%
with_relu = nn.Sequential(l1, nn.ReLU(), l2, nn.ReLU(), l3)
a, b, zero = torch.randn(1000, 4), torch.randn(1000, 4), torch.zeros(1, 4)
for name, net in [("Linear × 3", stack), ("Linear + ReLU", with_relu)]:
    broken = (net(a + b) - (net(a) + net(b) - net(zero))).abs().max().item()
    print(f"{name:14}  |f(a+b) − f(a) − f(b) + f(0)| = {broken:.1e}")

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
# tanh वही S-आकार है पर शून्य-केंद्रित: $\tanh(x) = 2\sigma(2x) - 1$। ReLU सबसे सस्ता है और आज hidden layer में
# सबसे आम है। पहले इनका output देखिए, फिर हम अपने सूत्रों की तुलना PyTorch से करेंगे।

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
# tanh is the same S-shape but zero-centred: $\tanh(x) = 2\sigma(2x) - 1$. ReLU is the cheapest and today the most
# common choice in a hidden layer. First look at their outputs; then we compare our formulas with PyTorch.

# %%
x = torch.tensor([-2.0, 0.0, 2.0])
print("Sigmoid:   ", torch.sigmoid(x))
print("Tanh:      ", torch.tanh(x))
print("ReLU:      ", F.relu(x))
print("Leaky ReLU:", F.leaky_relu(x, negative_slope=0.1))

# %%
x = torch.linspace(-6, 6, 601)
formulas = {
    "sigmoid": (1 / (1 + torch.exp(-x)), torch.sigmoid),
    "tanh": ((torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x)), torch.tanh),
    "ReLU": (torch.maximum(x, torch.zeros_like(x)), torch.relu),
}
for name, (ours, torch_fn) in formulas.items():
    assert torch.allclose(ours, torch_fn(x), atol=1e-6), name

s = torch.sigmoid(x)
derivative_formulas = {
    "sigmoid": (s * (1 - s), torch.sigmoid),
    "tanh": (1 - torch.tanh(x) ** 2, torch.tanh),
    "ReLU": ((x > 0).float(), torch.relu),
}
for name, (ours, torch_fn) in derivative_formulas.items():
    _, autograd_slope = value_and_slope(lambda v: torch_fn(v), x)
    assert torch.allclose(ours, autograd_slope, atol=1e-6), name
print(t(hi="✔ तीनों सूत्र और उनके derivative PyTorch (autograd) से मेल खाते हैं।",
        en="✔ All three formulas and their derivatives match PyTorch (autograd)."))

# %%
curves = {name: (torch_fn(x), derivative_formulas[name][0]) for name, (_, torch_fn) in formulas.items()}
curves["Leaky ReLU (α = 0.1)"] = value_and_slope(lambda v: F.leaky_relu(v, 0.1), x)
plots.function_and_derivative(
    x, curves,
    title_f=t(hi="Activation function (सक्रियण फलन) f(x)", en="Activation function f(x)"),
    title_df=t(hi="उसका derivative f′(x)", en="Its derivative f′(x)"));

# %% [markdown] lang="hi"
# **ख़ुद आज़माइए।** नीचे के widget में function चुनिए, x को खिसकाइए और Leaky ReLU की ढलान α बदलिए। लाल बिंदु बताता है कि
# उस x पर output और derivative कितने हैं। देखिए: x = 5 पर sigmoid का derivative कितना छोटा है, और x < 0 पर ReLU का?

# %% [markdown] lang="en"
# **Try it yourself.** In the widget below, pick a function, slide x and change the Leaky ReLU slope α. The red dot shows
# the output and the derivative at that x. Look: how small is sigmoid's derivative at x = 5, and ReLU's for x < 0?

# %%
function_explorer(
    {"sigmoid": lambda v, alpha: torch.sigmoid(v), "tanh": lambda v, alpha: torch.tanh(v),
     "ReLU": lambda v, alpha: torch.relu(v), "Leaky ReLU": lambda v, alpha: F.leaky_relu(v, alpha)},
    params={"alpha": ("α", 0.0, 0.5, 0.01, 0.1)})

# %% [markdown] lang="hi"
# ## 3. Saturation: जब gradient लगभग शून्य हो जाता है
#
# बड़े $|x|$ पर sigmoid और tanh सपाट हो जाते हैं (saturation): उनका derivative लगभग 0 हो जाता है। Backpropagation में
# gradient हर layer पर इसी derivative से गुणा होता है, इसलिए कई sigmoid layer के बाद शुरुआती layer तक बहुत छोटा
# gradient पहुँचता है: यही vanishing gradient है। पहले कुछ मान मापिए:

# %% [markdown] lang="en"
# ## 3. Saturation: when the gradient all but vanishes
#
# For large $|x|$, sigmoid and tanh go flat (saturation): their derivative is nearly 0. In backpropagation the gradient
# is multiplied by this derivative at every layer, so after many sigmoid layers only a tiny gradient reaches the first
# layer: that is the vanishing gradient. First measure a few values:

# %%
points = torch.tensor([0.0, 2.0, 5.0, 10.0])
print("x        ", points.tolist())
for name, fn in [("sigmoid′", torch.sigmoid), ("tanh′", torch.tanh), ("ReLU′", torch.relu)]:
    _, slope = value_and_slope(lambda v: fn(v), points)
    print(f"{name:9}", [f"{v:.2g}" for v in slope.tolist()])

# %% [markdown] lang="hi"
# अब एक गहरा network: 10 layer (हर एक Linear + activation), हर एक में 64 neuron, PyTorch के default initialization
# के साथ। एक ही batch पर backward चलाकर हम पहली और आख़िरी layer के weight के gradient का परिमाण (norm) मापते हैं।

# %% [markdown] lang="en"
# Now a deep network: 10 layers (each Linear + activation) of 64 neurons each, with PyTorch's default initialization.
# Running backward on one batch, we measure the size (norm) of the weight gradient of the first and of the last layer.

# %%
def gradient_ratio(activation, depth=10, width=64, seed=0):
    torch.manual_seed(seed)
    layers = [nn.Linear(width, width) for _ in range(depth)]
    net = nn.Sequential(*[m for layer in layers for m in (layer, activation())])
    net(torch.randn(256, width)).pow(2).mean().backward()
    first, last = layers[0].weight.grad.norm().item(), layers[-1].weight.grad.norm().item()
    return first, last


print(t(hi="activation      पहली layer    आख़िरी layer    अनुपात", en="activation      first layer   last layer     ratio"))
ratios = {}
for activation in (nn.Sigmoid, nn.Tanh, nn.ReLU):
    first, last = gradient_ratio(activation)
    ratios[activation.__name__] = first / last
    print(f"{activation.__name__:14}  {first:.2e}      {last:.2e}      {first / last:.1e}")
assert ratios["Sigmoid"] < 1e-3 and ratios["Sigmoid"] < ratios["ReLU"] / 1000
assert ratios["ReLU"] < 0.1  # "a clear drop too"

# %% [markdown] lang="hi"
# ऊपर की तालिका इसी notebook ने अभी मापी है। Sigmoid में पहली layer का gradient आख़िरी से कई गुना छोटा है, क्योंकि
# हर layer पर वह activation के derivative से गुणा होता है, जो अधिकतम 0.25 है। ReLU का derivative धनात्मक input पर
# ठीक 1 है, इसलिए वहाँ गिरावट sigmoid की तुलना में बहुत कम है; फिर भी default initialization के साथ ReLU में भी साफ़
# गिरावट दिखती है। Weight का initialization इस पर असर डालता है; उसके लिए अध्याय 10 और 11 देखें।

# %% [markdown] lang="en"
# The table above was measured by this notebook just now. With sigmoid the first layer's gradient is many times smaller
# than the last layer's, because at every layer it is multiplied by the activation's derivative, which is at most 0.25.
# ReLU's derivative is exactly 1 for positive input, so the drop is much smaller than with sigmoid; still, with the default
# initialization ReLU shows a clear drop too. Weight initialization matters here; see chapters 10 and 11.

# %% [markdown] lang="hi"
# ## 4. Dying ReLU: मापकर देखें
#
# $x < 0$ पर ReLU का derivative 0 है। अगर किसी neuron का input **हर** उदाहरण पर ऋणात्मक हो जाए, तो उसे कोई
# gradient नहीं मिलता और उसके weight शायद फिर कभी न बदलें: वह neuron "मर" जाता है (dying ReLU)। ऐसा अक्सर बहुत बड़े
# learning rate से होता है। नीचे एक छोटे network (2 → 64 → 64 → 1) को two-moons data पर 100 कदम तक training दी जाती
# है, अलग-अलग learning rate के साथ, और हम गिनते हैं कि दूसरी hidden layer के 64 neuron में से कितनों का input हर
# उदाहरण पर ऋणात्मक है। Leaky ReLU में ऋणात्मक तरफ़ ढलान α = 0.1 है: ऐसे neuron को भी gradient मिलता रहता है, वे मरते नहीं।

# %% [markdown] lang="en"
# ## 4. Dying ReLU, measured
#
# For $x < 0$, ReLU's derivative is 0. If a neuron's input becomes negative on **every** example, it receives no
# gradient and its weights may never change again: the neuron "dies" (dying ReLU). A too-large learning rate often
# causes it. Below, a small network (2 → 64 → 64 → 1) does 100 steps of training on two-moons data, with different
# learning rates, and we count how many of the 64 neurons of the second hidden layer have a negative input on every
# example. Leaky ReLU has slope α = 0.1 on the negative side: such neurons still receive a gradient, they do not die.

# %%
moons_x, moons_y = two_moons(400)


def count_dead(net):
    with torch.no_grad():
        z2 = net[2](net[1](net[0](moons_x)))
    return int((z2 <= 0).all(0).sum())


def train_and_count_dead(activation, lr, steps=100, seed=0):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Linear(2, 64), activation, nn.Linear(64, 64), activation, nn.Linear(64, 1))
    dead_at_start = count_dead(net)
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    for _ in range(steps):
        loss = F.binary_cross_entropy_with_logits(net(moons_x).squeeze(1), moons_y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return dead_at_start, count_dead(net), loss.item()


print(t(hi="learning rate   ReLU: मृत/64 (शुरू → बाद)   loss    |   Leaky ReLU: हर जगह ऋणात्मक/64 (gradient फिर भी α)   loss",
        en="learning rate   ReLU: dead/64 (start → after)   loss    |   Leaky ReLU: negative everywhere/64 (gradient still α)   loss"))
dead_after = {}
for lr in (0.1, 1.0, 3.0):
    dead_at_start, dead_after[lr], loss = train_and_count_dead(nn.ReLU(), lr)
    _, leaky_negative, leaky_loss = train_and_count_dead(nn.LeakyReLU(0.1), lr)
    print(f"{lr:>13}   {dead_at_start:>14} → {dead_after[lr]:<4}   {loss:.3f}  |   {leaky_negative:>40}   {leaky_loss:.3f}")
assert max(abs(dead_after[lr] - dead_at_start) for lr in (0.1, 1.0)) <= 2  # small steps: hardly any change
assert dead_after[3.0] > 2 * dead_at_start                                     # a large step: many more die

# %% [markdown] lang="hi"
# कुछ neuron शुरू से ही मृत होते हैं (उनका input संयोग से सारे data पर ऋणात्मक है)। छोटे learning rate पर यह गिनती
# लगभग नहीं बदलती, पर बहुत बड़े learning rate पर training के दौरान कई और neuron मर जाते हैं (ऊपर की संख्याएँ इसी
# run में मापी गई हैं)। छोटा learning rate, Leaky ReLU और अच्छा initialization इसके आम उपाय हैं।
#
# ## सारांश
#
# - activation function के बिना गहरा network भी एक linear map है; non-linearity ही उसे शक्ति देती है।
# - Sigmoid: output $(0, 1)$, प्रायिकता के लिए अच्छा; पर derivative अधिकतम 0.25 और बड़े $|x|$ पर saturation।
# - tanh: output $(-1, 1)$, शून्य-केंद्रित, derivative अधिकतम 1; फिर भी saturation होता है।
# - ReLU: सस्ता, धनात्मक input पर derivative 1; पर dying ReLU का ख़तरा। Leaky ReLU इसे कम करता है।

# %% [markdown] lang="en"
# Some neurons are dead from the very start (their input happens to be negative on all the data). With a small learning
# rate that count hardly changes, but with a too-large learning rate many more neurons die during training (the numbers
# above were measured in this run). A smaller learning rate, Leaky ReLU and good initialization are the usual remedies.
#
# ## Summary
#
# - Without an activation function even a deep network is one linear map; the non-linearity is what gives it power.
# - Sigmoid: output in $(0, 1)$, good for a probability; but its derivative is at most 0.25, with saturation for large $|x|$.
# - tanh: output in $(-1, 1)$, zero-centred, derivative at most 1; it still saturates.
# - ReLU: cheap, derivative 1 for positive input; but at risk of dying ReLU. Leaky ReLU reduces it.

# %% [markdown] lang="hi"
# ## अभ्यास प्रश्न
#
# हर प्रश्न के नीचे की cell में `...` की जगह अपना उत्तर लिखें और cell चलाएँ: जवाब तुरंत जाँचा जाएगा।
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
