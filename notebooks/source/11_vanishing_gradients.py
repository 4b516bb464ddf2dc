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
# # अध्याय 11 · Vanishing और exploding gradients
#
# Backpropagation gradient को output से input की ओर, layer-दर-layer पीछे ले जाता है। गहरे network में रास्ते में
# यह gradient बहुत छोटा हो सकता है (vanishing gradient) या बहुत बड़ा (exploding gradient)। इस अध्याय में आप:
#
# 1. देखेंगे कि ऐसा क्यों होता है: पीछे के हर कदम पर gradient एक गुणक (factor) से गुणा होता है, और कई गुणकों का गुणनफल या तो बहुत घट जाता है या बेतहाशा बढ़ जाता है;
# 2. असली MNIST अंकों पर हर layer के gradient का परिमाण (norm) मापेंगे: sigmoid बनाम ReLU + He;
# 3. Nielsen का प्रयोग दोहराएँगे: पहली hidden layer आख़िरी से कितनी धीमी सीखती है;
# 4. एक widget में depth, activation function और initialization बदलकर gradient का बहाव देखेंगे;
# 5. exploding gradient पैदा करेंगे और उसे gradient clipping से रोकेंगे;
# 6. मापेंगे कि BatchNorm और residual connection gradient का बहाव कैसे बहाल करते हैं;
# 7. hook से अपनी training में gradient norm लिखकर समस्या पकड़ना सीखेंगे;
# 8. अंत में: कौन-सा उपाय कब, और अभ्यास प्रश्न।

# %% [markdown] lang="en"
# # Chapter 11 · Vanishing and exploding gradients
#
# Backpropagation carries the gradient from the output back towards the input, layer by layer. In a deep network
# this gradient can become very small on the way (vanishing gradient) or very large (exploding gradient). In this
# chapter you will:
#
# 1. see why it happens: at every step back the gradient is multiplied by a factor, and a product of many factors either shrinks a lot or blows up;
# 2. measure the size (norm) of each layer's gradient on real MNIST digits: sigmoid versus ReLU + He;
# 3. repeat Nielsen's experiment: how much slower the first hidden layer learns than the last;
# 4. change depth, activation function and initialization in a widget and watch the gradient flow;
# 5. provoke an exploding gradient and tame it with gradient clipping;
# 6. measure how BatchNorm and residual connections restore the gradient flow;
# 7. learn to catch the problem in your own training by logging gradient norms with hooks;
# 8. at the end: which remedy when, and practice questions.

# %%
import math

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch.nn.utils import clip_grad_norm_

from course_lib import show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.models import gradient_norms, mlp, weight_layers
from course_lib.practice.ch11 import q1, q2, q3, q4, q5, q6, q7, q8
from course_lib.tables import table
from course_lib.widgets import controls

start(11)

# %% [markdown] lang="hi"
# ## 1. Gradient क्यों घटता या फूटता है
#
# सबसे सरल गहरा network लीजिए: चार sigmoid neuron एक कतार में, हर layer में एक: $z_j = w_j a_{j-1} + b_j$,
# $a_j = \sigma(z_j)$, और loss $L = a_4$। Chain rule से पहले neuron के bias का gradient एक गुणनफल है:
#
# $$\frac{\partial L}{\partial b_1} = \sigma'(z_1)\; w_2\,\sigma'(z_2)\; w_3\,\sigma'(z_3)\; w_4\,\sigma'(z_4).$$
#
# पीछे के हर कदम पर एक गुणक $w_j\,\sigma'(z_j)$ जुड़ता है। अध्याय 06 ने दिखाया कि $\sigma' \le 1/4$; इसलिए जब
# $|w_j| \le 1$ हो, हर गुणक अधिक से अधिक $1/4$ है और gradient हर layer पर कम से कम चार गुना घटता है। पर अगर weight बड़े
# हों और $z$ शून्य के पास रहे, तो गुणक 1 से बड़ा हो सकता है और gradient पीछे जाते हुए फूटता है। नीचे दोनों स्थितियाँ
# हैं: autograd का gradient, और ऊपर का गुणनफल हाथ से।

# %% [markdown] lang="en"
# ## 1. Why the gradient shrinks or blows up
#
# Take the simplest deep network: four sigmoid neurons in a row, one per layer: $z_j = w_j a_{j-1} + b_j$,
# $a_j = \sigma(z_j)$, and the loss $L = a_4$. By the chain rule, the gradient of the first neuron's bias is a product:
#
# $$\frac{\partial L}{\partial b_1} = \sigma'(z_1)\; w_2\,\sigma'(z_2)\; w_3\,\sigma'(z_3)\; w_4\,\sigma'(z_4).$$
#
# Every step back adds one factor $w_j\,\sigma'(z_j)$. Chapter 06 showed that $\sigma' \le 1/4$; so when
# $|w_j| \le 1$, each factor is at most $1/4$ and the gradient shrinks at least four times at every layer. But if the
# weights are large and $z$ stays near zero, a factor can exceed 1 and the gradient blows up on its way back. Below are
# both cases: autograd's gradient, and the product above by hand.

# %%
def chain_gradients(weights, biases, x=1.0):  # one neuron per layer, L = a of the last one
    # returns ∂L/∂b_j of every neuron (autograd, first neuron first) and ∂L/∂b_1 as σ′(z_1) · w_2 σ′(z_2) · … · w_n σ′(z_n)
    b = torch.tensor(biases, requires_grad=True)
    a, zs = torch.tensor(x), []
    for j, w in enumerate(weights):
        z = w * a + b[j]
        zs.append(z.detach())
        a = torch.sigmoid(z)
    a.backward()
    slope = lambda z: torch.sigmoid(z) * (1 - torch.sigmoid(z))  # σ′(z)
    product = slope(zs[0])
    for w, z in zip(weights[1:], zs[1:]):
        product = product * w * slope(z)
    return b.grad, product


small_w = [0.9, -0.7, 0.8, 0.6]                      # |w| ≤ 1
large_w = [100.0] * 4                                 # large w, with b chosen so that every z = 0:
large_b = [-100.0, -50.0, -50.0, -50.0]               # z_1 = 100·1 − 100 = 0, then a = σ(0) = 0.5 and z = 100·0.5 − 50 = 0
shrinking, shrinking_product = chain_gradients(small_w, [0.5, -0.3, 0.2, 0.1])
growing, growing_product = chain_gradients(large_w, large_b)
assert math.isclose(shrinking[0].item(), shrinking_product.item(), rel_tol=1e-5)  # autograd = the product
assert math.isclose(growing[0].item(), growing_product.item(), rel_tol=1e-5)
assert all(abs(shrinking[j]) <= abs(shrinking[j + 1]) / 4 for j in range(3))        # at least 4× smaller per step
assert abs(shrinking[3] / shrinking[0]) > 100                                        # hundreds of times in all
assert all(math.isclose(growing[j].item(), 25 * growing[j + 1].item(), rel_tol=1e-5) for j in range(3))  # w·σ′(0) = 25
table(["", "∂L/∂b₁", "∂L/∂b₂", "∂L/∂b₃", "∂L/∂b₄", t(hi="गुणनफल से ∂L/∂b₁", en="∂L/∂b₁ from the product")],
      [["|w| ≤ 1", *[f"{g:.2e}" for g in shrinking.tolist()], f"{shrinking_product.item():.2e}"],
       [t(hi="w = 100, हर z = 0", en="w = 100, every z = 0"), *[f"{g:.2e}" for g in growing.tolist()],
        f"{growing_product.item():.2e}"]])

# %% [markdown] lang="hi"
# पहली पंक्ति में gradient पहले neuron तक पहुँचते-पहुँचते सैकड़ों गुना छोटा हो जाता है; दूसरी में हर कदम पर ठीक 25 गुना
# ($100 \cdot \sigma'(0) = 100 \cdot 1/4$) बढ़ता है। दोनों एक ही गुणनफल के दो पहलू हैं: गुणक 1 से छोटे हों तो
# vanishing gradient, 1 से बड़े हों तो exploding gradient। असली network में $w_j$ की जगह weight matrix और $\sigma'$ की जगह
# activation function का derivative आता है: $\delta_l = (W_{l+1}^\top \delta_{l+1}) \odot f'(z_l)$, जहाँ $\delta_l = \partial L / \partial z_l$
# (अध्याय 05)। तो gradient कितना बचेगा, यह weight के पैमाने और $f'$ दोनों पर निर्भर है। Weight का पैमाना initialization
# तय करता है: वह कहानी अध्याय 10 की है (forward pass के activation के आँकड़ों के साथ); यहाँ हम backward pass देखते हैं।
#
# > **Notes में सुधार।** Notes कहते हैं कि sigmoid और tanh के derivative “हमेशा < 1” होते हैं। ठीक-ठीक: $\sigma' \le 1/4$,
# > पर $\tanh'(0) = 1$ (अध्याय 06 में मापा)। और अकेले derivative से बात तय नहीं होती: ऊपर वही sigmoid, बड़े weight के साथ, gradient को फुला देता है।

# %% [markdown] lang="en"
# In the first row the gradient becomes hundreds of times smaller before it reaches the first neuron; in the second it grows
# exactly 25 times at every step ($100 \cdot \sigma'(0) = 100 \cdot 1/4$). Both are two faces of one product: factors
# below 1 give a vanishing gradient, factors above 1 an exploding one. In a real network the weight matrix takes the
# place of $w_j$ and the activation function's derivative that of $\sigma'$: $\delta_l = (W_{l+1}^\top \delta_{l+1}) \odot f'(z_l)$,
# with $\delta_l = \partial L / \partial z_l$ (chapter 05). So how much gradient survives depends on the scale of the
# weights and on $f'$ together. The initialization sets the weight scale: that story belongs to chapter 10 (with the
# statistics of the activations in the forward pass); here we look at the backward pass.
#
# > **Correcting the notes.** The notes say the derivatives of sigmoid and tanh are “always < 1”. Precisely: $\sigma' \le 1/4$,
# > but $\tanh'(0) = 1$ (measured in chapter 06). And the derivative alone does not decide it: above, the same sigmoid with large weights blows the gradient up.

# %% [markdown] lang="hi"
# ## 2. असली अंकों पर: हर layer का gradient
#
# अब MNIST के असली अंक, और 10 hidden layer वाला network, हर layer में 64 neuron (`course_lib.models.mlp`)। 256 अंकों
# के एक batch पर cross-entropy loss का एक backward pass, और फिर हर weight layer के gradient का norm
# $\lVert \partial L / \partial W_l \rVert$ (`gradient_norms`): यही वह संख्या है जिससे optimizer उस layer को हिलाता है।
# पाँच जोड़ियाँ: sigmoid (PyTorch का default initialization, और Xavier), ReLU (default, और He), और tanh बड़े weight
# के साथ (“large”: हर weight $N(0, 1)$ से)।

# %% [markdown] lang="en"
# ## 2. On real digits: every layer's gradient
#
# Now real MNIST digits, and a network of 10 hidden layers of 64 neurons each (`course_lib.models.mlp`). One backward
# pass of the cross-entropy loss on a batch of 256 digits, then the norm of every weight layer's gradient,
# $\lVert \partial L / \partial W_l \rVert$ (`gradient_norms`): the number by which the optimizer moves that layer.
# Five pairs: sigmoid (PyTorch's default initialization, and Xavier), ReLU (default, and He), and tanh with large
# weights (“large”: every weight drawn from $N(0, 1)$).

# %%
train_images, train_labels, test_images, test_labels = load_mnist()
x_train, y_train = train_images[:1000].flatten(1), train_labels[:1000]  # 1,000 digits, each 784 pixels
x_test, y_test = test_images.flatten(1), test_labels


def layer_gradients(x, y, activation, init, depth=10, width=64, batchnorm=False, residual=False, seed=0):
    # ‖∂L/∂W‖ of every weight layer (input side first) after one backward pass of the cross-entropy loss
    model = mlp([x.shape[1]] + [width] * depth + [10], activation, init, batchnorm=batchnorm, residual=residual,
                seed=seed).double()  # float64: deep in the widget, a norm's squares leave float32's range (0 or inf)
    F.cross_entropy(model(x.double()), y).backward()
    return gradient_norms(model)


def first_to_last(norms):
    # the first weight layer's gradient norm ÷ the last hidden layer's (the output layer left out)
    return norms[0] / norms[-2]


setups = [("sigmoid", "default"), ("sigmoid", "xavier"), ("relu", "default"), ("relu", "he"), ("tanh", "large")]
grads = {setup: layer_gradients(x_train[:256], y_train[:256], *setup) for setup in setups}
ratio = {setup: first_to_last(g) for setup, g in grads.items()}
assert ratio["sigmoid", "default"] < ratio["sigmoid", "xavier"] < 1e-4          # vanishing, with Xavier too
assert ratio["sigmoid", "default"] < 1e-6
assert ratio["relu", "default"] < 0.1 < 0.5 < ratio["relu", "he"] < 10           # ReLU needs He
assert 100 < ratio["tanh", "large"] < 1000                                       # exploding towards the input
assert grads["relu", "he"][0] > grads["relu", "he"][1]                          # 784 pixels in, not 64
assert all(g[-2] > g[0] and max(g) == g[-1] for setup, g in grads.items() if ratio[setup] < 0.1)  # the LAST layers get the most

fig, axes = plt.subplots(1, 2, figsize=(11, 3.8), sharey=True)
layers = range(1, len(grads["relu", "he"]) + 1)
for ax, group, title in [(axes[0], setups[:3], t(hi="Gradient घटता है (vanishing)", en="The gradient shrinks (vanishing)")),
                         (axes[1], setups[3:], t(hi="पूरा पहुँचता है, या फूटता है", en="It arrives whole, or blows up"))]:
    for activation, init in group:
        ax.semilogy(layers, grads[activation, init], "o-", label=f"{activation} + {init}")
    ax.set(title=title, xlabel=t(hi="weight layer (1 = input के पास, 11 = output)", en="weight layer (1 = next to the input, 11 = output)"),
           xticks=list(layers))
    ax.legend(fontsize="small")
axes[0].set_ylabel("‖∂L/∂W‖")
plt.show()
table(["activation + init", t(hi="पहली layer", en="first layer"), t(hi="आख़िरी hidden layer", en="last hidden layer"),
       t(hi="पहली ÷ आख़िरी hidden", en="first ÷ last hidden")],
      [[f"{a} + {i}", f"{g[0]:.1e}", f"{g[-2]:.1e}", f"{ratio[a, i]:.1e}"] for (a, i), g in grads.items()])

# %% [markdown] lang="hi"
# हर पंक्ति क्या कहती है:
#
# - **sigmoid + default:** पहली layer का gradient आख़िरी hidden layer से दस की कई घातें छोटा है। Learning rate एक ही है,
#   इसलिए पहली layer लगभग हिलती ही नहीं।
# - **sigmoid + Xavier:** weight का पैमाना ठीक होने पर भी $\sigma' \le 1/4$ बचा रहता है, और gradient फिर भी दस की कई घातों
#   जितना घटता है।
# - **ReLU + default:** ReLU अकेले नहीं बचाता: default initialization के छोटे weight के साथ gradient यहाँ भी घटता है
#   (अध्याय 06 में यही $\partial L / \partial z$ पर मापा था)।
# - **ReLU + He:** gradient पहली layer तक पूरा पहुँचता है। पहली layer का gradient थोड़ा बड़ा है क्योंकि उसके input
#   784 pixel हैं, 64 नहीं: $\partial L / \partial W_l = \delta_l\, a_{l-1}^\top$ में $a_{l-1}$ यहाँ पूरी तस्वीर है।
# - **tanh + large:** उलटी दिशा: gradient पीछे जाते हुए हर layer पर बढ़ता है, और पहली layer का gradient आख़िरी से सैकड़ों
#   गुना बड़ा है। यह exploding gradient है।
#
# > **Notes में सुधार।** Notes की सूचियाँ (“Layer 1 ← 0.0003 … Layer 3 ← 0.0011” और “Layer 1 ← 8000.2 … Layer 3 ← 90000.1”)
# > मापी हुई नहीं, सिर्फ़ उदाहरण हैं; ऊपर की तालिका उनकी जगह असली माप है। और notes कहते हैं “Final layers learn nothing”:
# > मापने पर उलटा निकला: आख़िरी layer को सबसे बड़ा gradient मिलता है, और input के पास की शुरुआती layer ही सबसे धीमी सीखती हैं।

# %% [markdown] lang="en"
# What each row says:
#
# - **sigmoid + default:** the first layer's gradient is several powers of ten smaller than the last hidden layer's.
#   The learning rate is the same, so the first layer hardly moves at all.
# - **sigmoid + Xavier:** even with the weight scale right, $\sigma' \le 1/4$ remains, and the gradient still shrinks by
#   several powers of ten.
# - **ReLU + default:** ReLU alone does not save it: with the default initialization's small weights the gradient shrinks
#   here too (chapter 06 measured the same on $\partial L / \partial z$).
# - **ReLU + He:** the gradient reaches the first layer whole. The first layer's gradient is a bit larger because its
#   inputs are 784 pixels, not 64: in $\partial L / \partial W_l = \delta_l\, a_{l-1}^\top$, $a_{l-1}$ is the whole image here.
# - **tanh + large:** the other direction: the gradient grows at every layer on its way back, and the first layer's
#   gradient is hundreds of times the last one's. This is an exploding gradient.
#
# > **Correcting the notes.** The notes' lists (“Layer 1 ← 0.0003 … Layer 3 ← 0.0011” and “Layer 1 ← 8000.2 … Layer 3 ← 90000.1”)
# > are not measured, only illustrations; the table above replaces them with real measurements. And the notes say “Final layers learn nothing”:
# > measured, it is the other way round: the last layer gets the largest gradient, and the early layers next to the input learn slowest.

# %% [markdown] lang="hi"
# ## 3. Nielsen का प्रयोग: शुरुआती layer कितनी धीमी सीखती हैं
#
# Nielsen ने अपनी किताब (अध्याय 5) में चार hidden layer वाला sigmoid network लिया, `[784, 30, 30, 30, 30, 10]`, और हर hidden
# layer $l$ के सीखने की गति को $\lVert \partial C / \partial b_l \rVert$ से मापा (1,000 training अंकों
# पर औसत किए गए loss का bias के सापेक्ष gradient)। उनकी प्रकाशित संख्याएँ: 0.003, 0.017, 0.070 और 0.285, यानी पहली hidden layer आख़िरी से लगभग 100 गुना
# धीमी। यहाँ वही network, उनकी ही सेटिंग के साथ: weight $N(0, 1/n_\text{in})$ से, bias $N(0, 1)$ से, और cost हर output
# sigmoid पर cross-entropy।

# %% [markdown] lang="en"
# ## 3. Nielsen's experiment: how much slower the early layers learn
#
# In his book (chapter 5), Nielsen took a sigmoid network with four hidden layers, `[784, 30, 30, 30, 30, 10]`, and
# measured the speed at which each hidden layer $l$ learns as $\lVert \partial C / \partial b_l \rVert$ (the bias
# gradient of the loss averaged over 1,000 training digits). His published numbers: 0.003, 0.017, 0.070 and 0.285, so the
# first hidden layer is about 100 times slower than the last. Here is the same network with his settings: weights from
# $N(0, 1/n_\text{in})$, biases from $N(0, 1)$, and the cost a cross-entropy on every sigmoid output.

# %%
def nielsen_net(activation="sigmoid", seed=0, sizes=(784, 30, 30, 30, 30, 10)):
    # Nielsen's network (4 hidden layers unless sizes says otherwise) with his initialization: W ~ N(0, 1/n_in), b ~ N(0, 1)
    model = mlp(list(sizes), activation, seed=seed)
    with torch.no_grad():
        for layer in weight_layers(model):
            layer.weight.normal_(0, 1 / math.sqrt(layer.in_features))
            layer.bias.normal_(0, 1)
    return model


def nielsen_cost(model, x, y):
    # cross-entropy on each of the 10 sigmoid outputs, summed over outputs, averaged over the digits
    return F.binary_cross_entropy_with_logits(model(x), F.one_hot(y, 10).float(), reduction="sum") / len(y)


def learning_speeds(model, x, y):
    # ‖∂C/∂b‖ of every hidden layer, first hidden layer first
    model.zero_grad()
    nielsen_cost(model, x, y).backward()
    return [layer.bias.grad.norm().item() for layer in weight_layers(model)[:-1]]


speeds = learning_speeds(nielsen_net(), x_train, y_train)
slower = speeds[-1] / speeds[0]
nielsen = [0.003, 0.017, 0.070, 0.285]
assert all(a < b for a, b in zip(speeds, speeds[1:]))  # every layer slower than the next one
assert 50 < slower < 300                                 # about 100 times, as Nielsen found
table(["hidden layer", t(hi="Nielsen (प्रकाशित)", en="Nielsen (published)"),
       t(hi="यहाँ मापा", en="measured here")],
      [[str(l + 1), f"{n:.3f}", f"{s:.4f}"] for l, (n, s) in enumerate(zip(nielsen, speeds))])
print(t(hi=f"आख़िरी hidden layer ÷ पहली: {slower:.0f} गुना", en=f"Last hidden layer ÷ first: {slower:.0f} times"))

# %% [markdown] lang="hi"
# हर hidden layer अपनी अगली layer से धीमी है, और पहली hidden layer आख़िरी से लगभग 100 गुना धीमी (अनुपात ऊपर छपा है;
# Nielsen की संख्याओं में 0.285 / 0.003 ≈ 95)। “लगभग 100” का मतलब है दस की दो घातें, ठीक 100 नहीं: एक-एक संख्या हूबहू नहीं
# मिलती, क्योंकि weight random हैं और यहाँ अंकों की तस्वीरें भी दूसरी हैं। `tests/test_ch11.py` दूसरे seed पर भी यही क्रम जाँचता है, और यह
# कि अनुपात 50 और 300 के बीच रहे।

# %% [markdown] lang="en"
# Every hidden layer is slower than the next, and the first hidden layer is about 100 times slower than the last (the
# ratio is printed above; Nielsen's numbers give 0.285 / 0.003 ≈ 95). “About 100” means two powers of ten, not exactly
# 100: the numbers do not match one by one, because the weights are random and the digits here are others.
# `tests/test_ch11.py` checks the same order on other seeds, and that the ratio stays between 50 and 300.

# %% [markdown] lang="hi"
# ## 4. ख़ुद आज़माइए: depth, activation function और initialization
#
# नीचे के widget में layer की संख्या (depth), activation function और initialization बदलिए, और BatchNorm या
# residual connection जोड़िए। हर बदलाव पर 128 अंकों पर एक backward pass चलता है और हर weight layer का
# $\lVert \partial L / \partial W \rVert$ log पैमाने पर दिखता है। आज़माइए: sigmoid में depth 30; ReLU को default से He पर;
# tanh को “large” पर; और गहरे sigmoid network में BatchNorm। Depth 30 पर sigmoid की पहली layer का gradient लगभग $10^{-26}$ तक गिरता है:
# किसी भी learning rate के लिए यह शून्य ही है।

# %% [markdown] lang="en"
# ## 4. Try it yourself: depth, activation function and initialization
#
# In the widget below, change the number of layers (depth), the activation function and the initialization, and add
# BatchNorm or residual connections. Every change runs one backward pass on 128 digits and shows each weight layer's
# $\lVert \partial L / \partial W \rVert$ on a log scale. Try: sigmoid at depth 30; ReLU from default to He; tanh on
# “large”; and BatchNorm in a deep sigmoid network. At depth 30 sigmoid's first-layer gradient falls to about $10^{-26}$:
# for any learning rate, that is zero.

# %%
def draw_gradient_flow(depth, activation, init, batchnorm, residual):
    norms = layer_gradients(x_train[:128], y_train[:128], activation, init, depth=depth, batchnorm=batchnorm,
                            residual=residual)
    fig, ax = plt.subplots(figsize=(7, 3.2))
    ax.semilogy(range(1, len(norms) + 1), norms, "o-")
    ax.set(xlabel=t(hi="weight layer (1 = input के पास)", en="weight layer (1 = next to the input)"), ylabel="‖∂L/∂W‖",
           title=t(hi=f"पहली ÷ आख़िरी hidden layer = {first_to_last(norms):.1e}",
                   en=f"first ÷ last hidden layer = {first_to_last(norms):.1e}"))
    return fig


flow = controls(draw_gradient_flow, {
    "depth": ("depth", 2, 30, 1, 10),
    "activation": ("activation", ["sigmoid", "tanh", "relu"]),
    "init": ("init", ["default", "xavier", "he", "large"]),
    "batchnorm": ("BatchNorm", False),
    "residual": ("residual", False)})
assert 1e-28 < layer_gradients(x_train[:128], y_train[:128], "sigmoid", "default", depth=30)[0] < 1e-24  # ≈ 1e-26
flow

# %% [markdown] lang="hi"
# ## 5. Exploding gradient और gradient clipping
#
# Gradient तब भी फूटता है जब learning rate बहुत बड़ा हो: एक बड़ा कदम weight को ऐसी जगह ले जाता है जहाँ gradient और
# बड़ा है, अगला कदम और बड़ा, और कुछ ही कदमों में loss `nan` हो जाता है। इलाज है gradient clipping: `backward()` के बाद
# और `step()` से पहले, सारे parameter के gradient को मिलाकर एक vector मानिए, उसका कुल norm $\lVert g \rVert$ निकालिए, और अगर वह
# `max_norm` से बड़ा है तो पूरे gradient को एक ही गुणक $\text{max\_norm} / \lVert g \rVert$ से छोटा कर दीजिए। दिशा वही रहती है,
# सिर्फ़ कदम की लंबाई पर एक सीमा लग जाती है। PyTorch में यह `torch.nn.utils.clip_grad_norm_` है; पहले इसे ख़ुद लिखकर
# उससे मिलाते हैं:

# %% [markdown] lang="en"
# ## 5. Exploding gradients and gradient clipping
#
# The gradient also blows up when the learning rate is too large: one large step moves the weights to a place where
# the gradient is larger, the next step is larger still, and within a few steps the loss is `nan`. The cure is gradient
# clipping: after `backward()` and before `step()`, treat the gradients of all parameters together as one vector, take its
# total norm $\lVert g \rVert$, and if it exceeds `max_norm`, shrink the whole gradient by one factor
# $\text{max\_norm} / \lVert g \rVert$. The direction stays the same; only the length of the step gets a limit. In
# PyTorch this is `torch.nn.utils.clip_grad_norm_`; first we write it ourselves and compare:

# %%
def clip_by_total_norm(parameters, max_norm):
    # in place: scale all gradients by min(1, max_norm / ‖g‖); returns ‖g‖ from before
    grads = [p.grad for p in parameters if p.grad is not None]
    total = torch.sqrt(sum(g.pow(2).sum() for g in grads))
    scale = min(1.0, max_norm / (total.item() + 1e-6))  # PyTorch adds the same 1e-6 against division by 0
    for g in grads:
        g.mul_(scale)
    return total


ours, pytorchs = nielsen_net("relu", seed=1), nielsen_net("relu", seed=1)
for model in (ours, pytorchs):
    F.cross_entropy(model(x_train[:64]), y_train[:64]).backward()
before = clip_by_total_norm(list(ours.parameters()), max_norm=1.0)
assert torch.isclose(before, clip_grad_norm_(pytorchs.parameters(), max_norm=1.0)) and before > 1  # it did clip
assert all(torch.allclose(a.grad, b.grad, atol=1e-7) for a, b in zip(ours.parameters(), pytorchs.parameters()))
after = torch.sqrt(sum(p.grad.pow(2).sum() for p in ours.parameters())).item()
assert math.isclose(after, 1.0, rel_tol=1e-4)
print(t(hi=f"✔ हमारा clipping = clip_grad_norm_: कुल norm {before:.2f} से घटकर {after:.2f} हुआ",
        en=f"✔ Our clipping = clip_grad_norm_: total norm {before:.2f} brought down to {after:.2f}"))

# %% [markdown] lang="hi"
# अब training: 6 hidden layer वाला ReLU network, He initialization, 1,000 अंकों में से 64 के mini-batch पर 60 कदम,
# सादा SGD, दो learning rate, हर एक clipping के बिना और `max_norm = 1` के साथ। हर कदम पर loss और clipping से पहले का
# कुल gradient norm लिखते हैं।

# %% [markdown] lang="en"
# Now training: a ReLU network of 6 hidden layers, He initialization, 60 steps on mini-batches of 64 out of 1,000
# digits, plain SGD, two learning rates, each without clipping and with `max_norm = 1`. At every step we log the loss and
# the total gradient norm before clipping.

# %%
def train_sgd(model, x, y, lr, steps, max_norm=None, batch=64, seed=0):
    # plain SGD, clipping the gradient first when max_norm is given; returns the losses and the total gradient norms
    generator = torch.Generator().manual_seed(seed)
    losses, norms = [], []
    for _ in range(steps):
        rows = torch.randint(0, len(x), (batch,), generator=generator)
        loss = F.cross_entropy(model(x[rows]), y[rows])
        model.zero_grad()
        loss.backward()
        if max_norm is None:
            norm = torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters()))
        else:
            norm = clip_grad_norm_(model.parameters(), max_norm)  # returns the norm before clipping
        with torch.no_grad():
            for p in model.parameters():
                p -= lr * p.grad
        losses.append(loss.item())
        norms.append(norm.item())
    return losses, norms


def test_loss(model, x, y):
    with torch.no_grad():
        return F.cross_entropy(model(x), y).item()


runs = {}
for lr in (0.1, 1.0):
    for max_norm in (None, 1.0):
        model = mlp([784] + [64] * 6 + [10], "relu", "he", seed=0)
        losses, norms = train_sgd(model, x_train, y_train, lr, steps=60, max_norm=max_norm)
        runs[lr, max_norm] = losses, norms, test_loss(model, x_test, y_test)
chance = math.log(10)  # the loss of a uniform guess over 10 digits
assert not math.isfinite(runs[1.0, None][2]) and max(runs[1.0, None][1]) > 1e6  # blew up: nan loss, huge norms
jump = next(i for i, n in enumerate(runs[1.0, None][1]) if n > 1e3)                # the first huge norm ...
assert jump > 10 and max(runs[1.0, None][1][:jump - 3]) < 100                    # ... after many quiet steps: sudden
assert runs[1.0, 1.0][2] < chance                                               # clipped: it learns
assert runs[0.1, None][2] < chance and runs[0.1, 1.0][2] < chance                # η = 0.1: both learn,
assert abs(runs[0.1, None][2] - runs[0.1, 1.0][2]) < 0.5 and min(runs[0.1, 1.0][1]) > 1.0  # close; every step clipped

fig, axes = plt.subplots(1, 2, figsize=(11, 3.6))
for (lr, max_norm), (losses, norms, _) in runs.items():
    label = f"η = {lr:g}, " + (t(hi="clipping के बिना", en="no clipping") if max_norm is None else "max_norm = 1")
    style = "-" if max_norm is None else "--"
    axes[0].semilogy(losses, style, label=label)
    axes[1].semilogy(norms, style, label=label)
axes[0].set(title=t(hi="हर कदम पर loss", en="Loss at every step"), xlabel=t(hi="कदम", en="step"), ylabel="loss")
axes[1].set(title=t(hi="Clipping से पहले का कुल gradient norm", en="Total gradient norm before clipping"),
            xlabel=t(hi="कदम", en="step"), ylabel="‖g‖")
axes[0].legend(fontsize="small")
fig.subplots_adjust(wspace=0.3)  # room for the right panel's own y-axis
plt.show()
table(["η", "max_norm", t(hi="test loss (60 कदम बाद)", en="test loss (after 60 steps)"),
       t(hi="सबसे बड़ा gradient norm", en="largest gradient norm")],
      [[f"{lr:g}", "—" if max_norm is None else f"{max_norm:g}", f"{final:.3f}", f"{max(norms):.2e}"]
       for (lr, max_norm), (_, norms, final) in runs.items()])

# %% [markdown] lang="hi"
# हर पंक्ति पढ़िए (तुलना के लिए: सभी 10 अंकों को बराबर प्रायिकता देने वाले अनुमान का loss $\ln 10 \approx 2.303$ है):
#
# - **η = 1, clipping के बिना:** कई कदम तक gradient norm बस ऊपर-नीचे होता है; फिर कुछ ही कदमों में वह दस की कई घातें उछलता है,
#   और loss `nan` हो जाता है: training ख़त्म।
#   Plot में रेखा वहीं रुक जाती है जहाँ मान `nan` हुआ। (दूसरे seed पर कभी-कभी network `nan` की जगह अटक जाता है: एक बड़ा
#   उछाल ReLU neuron को मार देता है और test loss $\ln 10$ के पास रुक जाता है; `tests/test_ch11.py` दोनों को गिनता है।)
# - **η = 1, `max_norm = 1`:** वही network, वही learning rate, पर हर कदम की लंबाई η · 1 तक सीमित है; loss घटता है और
#   test loss $\ln 10$ से नीचे आता है।
# - **η = 0.1, उम्मीद से उलटी पंक्ति:** यहाँ gradient फूटता नहीं, फिर भी clipping हर कदम को छोटा करता है, क्योंकि यहाँ
#   आम gradient norm ही `max_norm = 1` से ऊपर है (सबसे छोटा भी 1 से बड़ा)। दोनों run सीखते हैं और उनके test loss पास-पास
#   हैं; कौन आगे रहेगा, यह seed पर निर्भर है। Clipping बीमा है, दवा नहीं: `max_norm` आम gradient norm से ऊपर रखिए, ताकि
#   वह सिर्फ़ अचानक उछाल को काटे।
#
# Clipping फूटने का असर रोकता है, उसकी वजह नहीं हटाता। अगर gradient हमेशा बड़ा है (जैसे section 2 का “large”
# initialization), तो असली इलाज सही initialization या छोटा learning rate है।

# %% [markdown] lang="en"
# Read each row (for comparison: a uniform guess over 10 digits has the loss $\ln 10 \approx 2.303$):
#
# - **η = 1, no clipping:** for many steps the gradient norm only wobbles; then within a few steps it jumps by many
#   powers of ten, and the loss becomes `nan`: training is over.
#   In the plot the line stops where the value became `nan`. (On another seed the network sometimes gets stuck instead of
#   reaching `nan`: one large jump kills the ReLU neurons and the test loss stays near $\ln 10$; `tests/test_ch11.py` counts both.)
# - **η = 1, `max_norm = 1`:** the same network, the same learning rate, but every step's length is limited to η · 1; the
#   loss goes down and the test loss ends below $\ln 10$.
# - **η = 0.1, the row against the story:** here the gradient does not blow up, yet clipping shortens every step, because
#   the usual gradient norm here is already above `max_norm = 1` (even the smallest is above 1). Both runs learn and their
#   test losses are close; which one is ahead depends on the seed. Clipping is insurance, not a medicine: set `max_norm`
#   above the usual gradient norm, so that it cuts only sudden spikes.
#
# Clipping stops the damage of a blow-up; it does not remove its cause. If the gradient is always large (as with the
# “large” initialization of section 2), the real cure is a proper initialization or a smaller learning rate.

# %% [markdown] lang="hi"
# ## 6. BatchNorm और residual connection
#
# Network की बनावट में दो बदलाव, जो गहरे sigmoid network में भी gradient लौटा देते हैं:
#
# - **BatchNorm** (अध्याय 09): हर layer के $z$ को batch के mean और standard deviation से normalize करता है। इससे
#   $z$ sigmoid के saturation वाले हिस्से से दूर रहता है, और backward pass में gradient को उसी standard deviation से भाग दिया
#   जाता है, जिससे छोटे weight का असर उलट जाता है।
# - **Residual connection** (ResNet): हर block का output $x + g(x)$ है, सिर्फ़ $g(x)$ नहीं। Derivative
#   $\partial (x + g(x)) / \partial x = I + \partial g / \partial x$ है: $I$ वाला रास्ता gradient को बिना किसी $\sigma'$ या
#   weight से गुणा हुए पीछे ले जाता है।
#
# नीचे section 2 का ही sigmoid network (10 hidden layer, default initialization): सादा, BatchNorm के साथ, और residual
# connection के साथ (`mlp(batchnorm=True)`, `mlp(residual=True)`)।

# %% [markdown] lang="en"
# ## 6. BatchNorm and residual connections
#
# Two changes to the network's architecture that bring the gradient back even in a deep sigmoid network:
#
# - **BatchNorm** (chapter 09): normalizes every layer's $z$ with the batch's mean and standard deviation. This keeps
#   $z$ away from sigmoid's saturated parts, and in the backward pass the gradient is divided by that same standard
#   deviation, which undoes the effect of small weights.
# - **Residual connection** (ResNet): every block outputs $x + g(x)$, not just $g(x)$. The derivative
#   $\partial (x + g(x)) / \partial x = I + \partial g / \partial x$: the path through $I$ carries the gradient back without
#   multiplying it by any $\sigma'$ or weight.
#
# Below, the same sigmoid network as in section 2 (10 hidden layers, default initialization): plain, with BatchNorm, and
# with residual connections (`mlp(batchnorm=True)`, `mlp(residual=True)`).

# %%
flows = {t(hi="सादा", en="plain"): grads["sigmoid", "default"],  # the very network of section 2, same seed
         "BatchNorm": layer_gradients(x_train[:256], y_train[:256], "sigmoid", "default", batchnorm=True),
         "residual": layer_gradients(x_train[:256], y_train[:256], "sigmoid", "default", residual=True)}
plain, with_batchnorm, with_residual = (first_to_last(g) for g in flows.values())
assert plain < 1e-6 and 0.3 < with_batchnorm < 10 and with_residual > 0.05  # both restore the flow
assert min(with_batchnorm, with_residual) > 1e5 * plain
hidden = flows["BatchNorm"][1:-1]
assert max(hidden) / min(hidden) < 2 and flows["residual"][-2] > flows["residual"][1]  # even; growing a little
tamed = layer_gradients(x_train[:256], y_train[:256], "tanh", "large", batchnorm=True)  # the exploding side, too
assert first_to_last(grads["tanh", "large"]) > 100 and 0.5 < first_to_last(tamed) < 3
exploding = {"tanh + large": grads["tanh", "large"], t(hi="tanh + large, BatchNorm के साथ", en="tanh + large, with BatchNorm"): tamed}

fig, ax = plt.subplots(figsize=(7, 3.6))
for name, norms in flows.items():
    ax.semilogy(range(1, len(norms) + 1), norms, "o-", label=name)
ax.set(title=t(hi="गहरा sigmoid network: हर layer का gradient", en="Deep sigmoid network: every layer's gradient"),
       xlabel=t(hi="weight layer (1 = input के पास)", en="weight layer (1 = next to the input)"), ylabel="‖∂L/∂W‖")
ax.legend(fontsize="small")
plt.show()
table(["", t(hi="पहली layer", en="first layer"), t(hi="आख़िरी hidden layer", en="last hidden layer"),
       t(hi="पहली ÷ आख़िरी hidden", en="first ÷ last hidden")],
      [[name, f"{g[0]:.1e}", f"{g[-2]:.1e}", f"{first_to_last(g):.1e}"] for name, g in {**flows, **exploding}.items()])

# %% [markdown] lang="hi"
# सादे network में पहली layer तक लगभग कुछ नहीं पहुँचता; BatchNorm के साथ हर layer का gradient लगभग बराबर है, और
# residual connection के साथ भी पहली layer तक gradient पहुँचता है (अनुपात तालिका में)। Residual वाली पंक्ति में gradient आख़िरी layer की ओर थोड़ा
# बढ़ता है: हर block अपने input में $g(x)$ जोड़ता है, इसलिए आगे की layer के input बड़े होते जाते हैं, और
# $\partial L / \partial W_l = \delta_l\, a_{l-1}^\top$ उन्हीं से बनता है। Notes कहते हैं कि BatchNorm vanishing gradient और
# exploding gradient को कम करता है: यहाँ दोनों तरफ़ मापा, और यह सच निकला। तालिका की आख़िरी दो पंक्तियाँ section 2 के उस
# tanh + large network की हैं जिसमें gradient फूटता है: BatchNorm के साथ उसका अनुपात सैकड़ों से घटकर लगभग 1 रह जाता है। BatchNorm train और eval में अलग
# कैसे चलता है, यह अध्याय 09 में है।

# %% [markdown] lang="en"
# In the plain network almost nothing reaches the first layer; with BatchNorm every layer's gradient is about the same,
# and with residual connections the gradient reaches the first layer too (the ratios are in the table). In the residual
# row the gradient grows a little towards the last layer: every block adds $g(x)$ to its input, so the inputs of later
# layers keep growing, and $\partial L / \partial W_l = \delta_l\, a_{l-1}^\top$ is built from them. The notes say
# BatchNorm reduces vanishing and exploding gradients: measured here on both sides, and it holds. The table's last two
# rows are the exploding tanh + large network of section 2: with BatchNorm its ratio falls from hundreds to about 1. How
# BatchNorm behaves differently in train and eval is in chapter 09.

# %% [markdown] lang="hi"
# ## 7. अपनी training में समस्या कैसे पकड़ें: hook से gradient norm
#
# Loss धीरे घट रहा हो तो वजह कुछ भी हो सकती है। Vanishing gradient पकड़ने का सीधा तरीक़ा है हर layer का gradient norm
# हर कदम पर लिखना। PyTorch इसके लिए hook देता है: `tensor.register_hook(f)` से `f` हर बार उस tensor का gradient पाता है
# जब backward pass उसे निकालता है। नीचे का `GradientLogger` हर hidden layer के bias पर एक hook लगाता है, यानी ठीक Nielsen
# की गति $\lVert \partial C / \partial b_l \rVert$, पर अब training के हर कदम पर।

# %% [markdown] lang="en"
# ## 7. How to catch the problem in your own training: gradient norms with hooks
#
# When the loss falls slowly, the cause could be anything. The direct way to catch a vanishing gradient is to log every
# layer's gradient norm at every step. PyTorch gives hooks for it: with `tensor.register_hook(f)`, `f` receives that
# tensor's gradient every time the backward pass computes it. The `GradientLogger` below puts one hook on the bias of
# every hidden layer: Nielsen's speed $\lVert \partial C / \partial b_l \rVert$ exactly, but now at every training step.

# %%
class GradientLogger:
    # logs ‖gradient‖ of each given tensor at every backward pass, through tensor.register_hook
    def __init__(self, tensors):
        self.norms = [[] for _ in tensors]
        self.hooks = [p.register_hook(lambda grad, i=i: self.norms[i].append(grad.norm().item()))
                      for i, p in enumerate(tensors)]

    def remove(self):
        for hook in self.hooks:
            hook.remove()


def logged_training(model, x, y, lr=0.1, epochs=2, batch=20, seed=0):
    # mini-batch SGD on Nielsen's cost, a GradientLogger on every hidden bias; returns (norms, test accuracy)
    logger = GradientLogger([layer.bias for layer in weight_layers(model)[:-1]])
    generator = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(x), generator=generator)
        for start_row in range(0, len(x), batch):
            rows = order[start_row:start_row + batch]
            model.zero_grad()
            nielsen_cost(model, x[rows], y[rows]).backward()
            with torch.no_grad():
                for p in model.parameters():
                    p -= lr * p.grad
    logger.remove()
    with torch.no_grad():
        right = (model(x_test).argmax(1) == y_test).float().mean().item()
    return torch.tensor(logger.norms), right


logs = {"sigmoid": logged_training(nielsen_net("sigmoid"), x_train, y_train),
        "ReLU + He": logged_training(mlp([784, 30, 30, 30, 30, 10], "relu", "he", seed=0), x_train, y_train)}
last_over_first = {name: (norms[-1] / norms[0]).median().item() for name, (norms, _) in logs.items()}
assert logs["sigmoid"][0].shape == (4, 100)                        # 4 hidden layers, 100 steps logged
assert last_over_first["sigmoid"] > 30 and 0.3 < last_over_first["ReLU + He"] < 3
assert (logs["sigmoid"][0][-1] / logs["sigmoid"][0][0]).min() > 10  # far below at every step
assert logs["ReLU + He"][1] > 0.4 > 0.15 > logs["sigmoid"][1]      # same steps: one learns, one is still guessing
_, shallow_right = logged_training(nielsen_net(sizes=(784, 30, 10)), x_train, y_train)  # control: 1 hidden layer
assert shallow_right > 0.4                                         # sigmoid itself learns here: depth is what hurts

fig, axes = plt.subplots(1, 2, figsize=(11, 3.6), sharey=True)
for ax, (name, (norms, _)) in zip(axes, logs.items()):
    for l, row in enumerate(norms):
        ax.semilogy(row, label=f"hidden layer {l + 1}")
    ax.set(title=name, xlabel=t(hi="कदम", en="step"))
axes[0].set_ylabel("‖∂C/∂b‖")
axes[0].legend(fontsize="small")
plt.show()
table(["", t(hi="आख़िरी ÷ पहली hidden layer (median)", en="last ÷ first hidden layer (median)"),
       t(hi="100 कदम बाद test सटीकता", en="test accuracy after 100 steps")],
      [[name, f"{last_over_first[name]:.1f}", f"{right:.1%}"] for name, (_, right) in logs.items()]
      + [[t(hi="sigmoid, सिर्फ़ 1 hidden layer", en="sigmoid, only 1 hidden layer"), "—", f"{shallow_right:.1%}"]])

# %% [markdown] lang="hi"
# Sigmoid network में पहली hidden layer की रेखा पूरी training में बाक़ियों से बहुत नीचे रहती है: यही vanishing gradient की
# पहचान है, और 100 कदम बाद वह network अब भी लगभग अंदाज़े से ही अंक बताता है (सटीकता तालिका में; Nielsen के network कई
# epoch के बाद सीख जाते हैं, पर धीरे)। उसी बनावट वाले ReLU + He network में चारों रेखाएँ साथ चलती हैं, और वह उतने ही कदमों
# में सीखने लगता है। दोष sigmoid अकेले का नहीं, गहराई का है: तालिका की आख़िरी पंक्ति में सिर्फ़ 1 hidden layer वाला
# sigmoid network (`[784, 30, 10]`, वही initialization, वही कदम) भी सीखने लगता है।
#
# Module पर भी hook लगता है: `module.register_full_backward_hook(f)` से `f` को उस module के output का gradient
# (`grad_output`) मिलता है। `nn.Linear` का output $z$ है, इसलिए `grad_output` = $\partial L / \partial z$, और bias का
# gradient उसका batch पर जोड़ है। नीचे यह जाँचा गया है:

# %% [markdown] lang="en"
# In the sigmoid network the first hidden layer's line stays far below the others for the whole training: that is the
# mark of a vanishing gradient, and after 100 steps that network still names digits about as well as a guess (accuracy
# in the table; Nielsen's networks do learn after many epochs, but slowly). In the ReLU + He network of the same shape
# the four lines run together, and it starts to learn in as many steps. The blame lies with depth, not with sigmoid
# alone: in the table's last row a sigmoid network with only 1 hidden layer (`[784, 30, 10]`, the same initialization,
# the same steps) starts to learn as well.
#
# A hook also goes on a module: with `module.register_full_backward_hook(f)`, `f` receives the gradient of that module's
# output (`grad_output`). The output of `nn.Linear` is $z$, so `grad_output` = $\partial L / \partial z$, and the bias
# gradient is its sum over the batch. This is checked below:

# %%
model = nielsen_net()
second_layer = weight_layers(model)[1]  # not the first: its input x needs no gradient, and PyTorch would warn
seen = {}
hook = second_layer.register_full_backward_hook(lambda module, grad_input, grad_output: seen.update(dz=grad_output[0]))
nielsen_cost(model, x_train[:50], y_train[:50]).backward()
hook.remove()
assert seen["dz"].shape == (50, 30) and torch.allclose(seen["dz"].sum(0), second_layer.bias.grad, atol=1e-7)
print(t(hi=f"✔ ∂L/∂z की shape {tuple(seen['dz'].shape)}; उसका batch पर जोड़ = bias का gradient",
        en=f"✔ ∂L/∂z has shape {tuple(seen['dz'].shape)}; its sum over the batch = the bias gradient"))

# %% [markdown] lang="hi"
# **अपनी training के लिए जाँच-सूची।**
#
# - हर कुछ कदमों पर हर layer का gradient norm लिखिए (`GradientLogger`, या `backward()` के बाद `gradient_norms(model)`)।
# - पहली layer का norm आख़िरी से दस की कई घातें छोटा हो: vanishing gradient; ReLU + He, BatchNorm या residual connection आज़माइए।
# - कुल norm कदम-दर-कदम बढ़ता जाए, या loss अचानक `nan`/`inf` हो जाए: exploding gradient; learning rate घटाइए,
#   initialization जाँचिए, और clipping लगाइए। `clip_grad_norm_` कुल norm लौटाता है, उसे भी लिखते चलिए।

# %% [markdown] lang="en"
# **A checklist for your own training.**
#
# - Every few steps, log every layer's gradient norm (`GradientLogger`, or `gradient_norms(model)` after `backward()`).
# - The first layer's norm several powers of ten below the last's: a vanishing gradient; try ReLU + He, BatchNorm or residual connections.
# - The total norm growing step after step, or the loss suddenly `nan`/`inf`: an exploding gradient; lower the learning
#   rate, check the initialization, and add clipping. `clip_grad_norm_` returns the total norm: log it as well.

# %% [markdown] lang="hi"
# ## 8. कौन-सा उपाय कब
#
# | समस्या / स्थिति | उपाय | इस अध्याय में मापा |
# |---|---|---|
# | गहरा network, gradient शुरुआती layer तक नहीं पहुँचता | ReLU + He initialization | ReLU + He के साथ gradient पहली layer तक पूरा पहुँचता है (section 2) |
# | sigmoid/tanh रखना हो, या initialization से काम न बने | BatchNorm | गहरे sigmoid network में हर layer का gradient लगभग बराबर (section 6) |
# | बहुत गहरा network | residual connection | $x + g(x)$ का रास्ता gradient को पहली layer तक ले जाता है (section 6) |
# | gradient हर layer पर बढ़ता है | सही initialization (weight का छोटा पैमाना) | “large” initialization पर पहली layer का gradient सैकड़ों गुना बड़ा (section 2) |
# | अचानक उछाल, loss `nan` | gradient clipping (`clip_grad_norm_`), छोटा learning rate | η = 1 पर clipping के बिना `nan`, `max_norm = 1` के साथ सीखता है (section 5) |
# | gradient पहले से ठीक | clipping की ज़रूरत नहीं | η = 0.1 पर clipping के साथ और बिना, दोनों run सीखते हैं (section 5) |

# %% [markdown] lang="en"
# ## 8. Which remedy when
#
# | problem / situation | remedy | measured in this chapter |
# |---|---|---|
# | deep network, the gradient does not reach the early layers | ReLU + He initialization | with ReLU + He the gradient reaches the first layer whole (section 2) |
# | sigmoid/tanh must stay, or the initialization is not enough | BatchNorm | in a deep sigmoid network every layer's gradient is about the same (section 6) |
# | a very deep network | residual connections | the path of $x + g(x)$ carries the gradient to the first layer (section 6) |
# | the gradient grows at every layer | a proper initialization (a smaller weight scale) | with the “large” initialization the first layer's gradient is hundreds of times larger (section 2) |
# | sudden spikes, the loss goes `nan` | gradient clipping (`clip_grad_norm_`), a smaller learning rate | at η = 1, `nan` without clipping, learning with `max_norm = 1` (section 5) |
# | the gradient is already fine | no need for clipping | at η = 0.1 both runs learn, with or without clipping (section 5) |

# %% [markdown] lang="hi"
# ## सारांश
#
# - Backpropagation में gradient हर layer पर एक गुणक से गुणा होता है: weight का पैमाना × activation function का derivative।
#   कई गुणकों का गुणनफल 1 से छोटे गुणकों पर घटता है (vanishing gradient) और बड़े पर फूटता है (exploding gradient)।
# - Vanishing gradient में सबसे धीमी शुरुआती layer सीखती हैं, आख़िरी नहीं: Nielsen के network में पहली hidden layer आख़िरी से
#   लगभग 100 गुना धीमी, यहाँ भी मापा।
# - Sigmoid ($\sigma' \le 1/4$) गहरे network में Xavier के साथ भी gradient खोता है; ReLU को He initialization चाहिए।
# - BatchNorm और residual connection गहरे sigmoid network में भी gradient पहली layer तक पहुँचाते हैं।
# - Gradient clipping कुल norm की सीमा बाँधता है, दिशा नहीं बदलता: बड़े learning rate पर यही `nan` और सीखने के बीच का अंतर है, पर ठीक
#   gradient पर इससे ख़ास फ़र्क़ नहीं पड़ता।
# - समस्या पकड़ने के लिए हर layer का gradient norm लिखिए: `register_hook`, `register_full_backward_hook`, `gradient_norms`।

# %% [markdown] lang="en"
# ## Summary
#
# - In backpropagation the gradient is multiplied by a factor at every layer: the weight scale × the activation function's derivative.
#   A product of many factors shrinks when they are below 1 (vanishing gradient) and blows up when they are above (exploding gradient).
# - With a vanishing gradient the early layers learn slowest, not the last ones: in Nielsen's network the first hidden layer is
#   about 100 times slower than the last, measured here too.
# - Sigmoid ($\sigma' \le 1/4$) loses the gradient in a deep network even with Xavier; ReLU needs He initialization.
# - BatchNorm and residual connections carry the gradient to the first layer even in a deep sigmoid network.
# - Gradient clipping limits the total norm without changing the direction: at a large learning rate it is the difference
#   between `nan` and learning, but on a healthy gradient it makes little difference.
# - To catch the problem, log every layer's gradient norm: `register_hook`, `register_full_backward_hook`, `gradient_norms`.

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
answer_q2 = ...
q2.check(answer_q2)

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
def clipped_layer_norms(norms, max_norm):
    ...


q6.check(clipped_layer_norms)

# %%
q7

# %% tags=["answer"]
def layer_deltas(model, x, y):
    ...


q7.check(layer_deltas)

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
