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
# # अध्याय 05 · Backpropagation (बैकप्रोपेगेशन)
#
# Neural network सीखता कैसे है? हर कदम पर वह एक prediction बनाता है, मापता है कि वह कितना ग़लत है (loss), और फिर
# हर weight से पूछता है: तुम्हें थोड़ा बदलें तो loss कितना बदलेगा? इस प्रश्न का उत्तर, यानी हर weight का gradient,
# backpropagation निकालता है। इस अध्याय में आप:
#
# 1. training के पाँच कदम देखेंगे और notes का training loop चलाएँगे;
# 2. forward pass और चार loss function (MSE, MAE, BCE, cross-entropy) हाथ से लिखेंगे और हर एक को `torch.nn` से मिलाएँगे;
# 3. backward pass समझेंगे: chain rule, `loss.backward()`, `.grad` और leaf tensor;
# 4. कुछ दर्जन lines का अपना scalar autograd engine बनाएँगे, जिसके gradient `torch.autograd` से हूबहू मिलेंगे;
# 5. backpropagation के चार समीकरण (BP1–BP4) matrix रूप में लिखेंगे और autograd से मिलाएँगे;
# 6. finite difference से gradient checking करेंगे;
# 7. मापेंगे कि `zero_grad()` क्यों ज़रूरी है;
# 8. असली MNIST अंकों पर पूरा training loop चलाएँगे;
# 9. saturated शुरुआत से cross-entropy और quadratic cost के सीखने की रफ़्तार की तुलना करेंगे, एक widget के साथ।

# %% [markdown] lang="en"
# # Chapter 05 · Backpropagation
#
# How does a neural network learn? At every step it makes a prediction, measures how wrong it is (the loss), and then
# asks every weight: if you change a little, how much does the loss change? Backpropagation computes the answer to
# that question, the gradient of every weight. In this chapter you will:
#
# 1. see the five steps of training and run the notes' training loop;
# 2. write the forward pass and four loss functions (MSE, MAE, BCE, cross-entropy) by hand, and check each against `torch.nn`;
# 3. understand the backward pass: the chain rule, `loss.backward()`, `.grad` and leaf tensors;
# 4. build your own scalar autograd engine of a few dozen lines that gives the same gradients as `torch.autograd`;
# 5. write the four equations of backpropagation (BP1–BP4) in matrix form and check them against autograd;
# 6. do gradient checking with finite differences;
# 7. measure why `zero_grad()` matters;
# 8. run a full training loop on real MNIST digits;
# 9. compare how fast cross-entropy and quadratic cost learn from a saturated start, with a widget.

# %%
import math
import time
import warnings

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from matplotlib.ticker import FormatStrFormatter, NullFormatter
from torch import nn
from tqdm.auto import tqdm

from course_lib import plots, show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.practice.ch05 import q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17
from course_lib.train import accuracy
from course_lib.widgets import sliders

start(5)

# %% [markdown] lang="hi"
# ## 1. Training के पाँच कदम
#
# Notes training को पाँच कदमों में बाँटते हैं। हर कदम के साथ PyTorch की वह line भी है जो यह काम करती है:
#
# | कदम | क्या होता है | PyTorch |
# |---|---|---|
# | 1. forward pass | input → layers → prediction $\hat y$ | `y_hat = model(x)` |
# | 2. loss | $\hat y$ की तुलना target $y$ से: एक संख्या $L$ | `loss = criterion(y_hat, y)` |
# | 3. backward pass | chain rule से हर weight का gradient $\partial L / \partial w$ | `loss.backward()` |
# | 4. update | हर weight को उसके gradient की उल्टी दिशा में थोड़ा खिसकाना | `optimizer.step()` |
# | 5. दोहराना | पूरे data का एक चक्कर एक epoch कहलाता है; epoch दर epoch | `for epoch in range(...)` |
#
# कदम 3 से पहले `optimizer.zero_grad()` भी चलता है (क्यों, यह भाग 8 में मापेंगे)। नीचे notes का अपना उदाहरण है: एक
# `nn.Linear(1, 1)` दो बिंदुओं $(1, 2)$ और $(2, 4)$ से $y = 2x$ सीखता है, learning rate $\eta = 0.01$ के साथ, 10 epoch तक।

# %% [markdown] lang="en"
# ## 1. The five steps of training
#
# The notes split training into five steps. Next to each step is the line of PyTorch that does it:
#
# | step | what happens | PyTorch |
# |---|---|---|
# | 1. forward pass | input → layers → prediction $\hat y$ | `y_hat = model(x)` |
# | 2. loss | compare $\hat y$ with the target $y$: one number $L$ | `loss = criterion(y_hat, y)` |
# | 3. backward pass | the gradient $\partial L / \partial w$ of every weight, by the chain rule | `loss.backward()` |
# | 4. update | move every weight a little against its gradient | `optimizer.step()` |
# | 5. repeat | one pass over the whole data is an epoch; epoch after epoch | `for epoch in range(...)` |
#
# `optimizer.zero_grad()` also runs before step 3 (section 8 measures why). Below is the notes' own example: one
# `nn.Linear(1, 1)` learns $y = 2x$ from the two points $(1, 2)$ and $(2, 4)$, with learning rate $\eta = 0.01$, for 10 epochs.

# %%
torch.manual_seed(0)
model = nn.Linear(1, 1)
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
x = torch.tensor([[1.0], [2.0]])
y = torch.tensor([[2.0], [4.0]])

losses = []
for epoch in range(10):
    y_hat = model(x)             # 1. forward pass
    loss = criterion(y_hat, y)   # 2. loss
    optimizer.zero_grad()
    loss.backward()              # 3. backward pass
    optimizer.step()             # 4. update
    losses.append(loss.item())
print(t(hi="हर epoch का loss:", en="Loss in each epoch:"), [round(value, 3) for value in losses])
assert all(later < earlier for earlier, later in zip(losses, losses[1:]))
assert losses[-1] > 1

# %% [markdown] lang="hi"
# Loss हर epoch में घटता है (assert से जाँचा गया), पर 10 epoch के बाद भी 1 से ऊपर है: $\eta = 0.01$ छोटा कदम है। भाग 8 यही
# model 100 कदम तक चलाता है।

# %% [markdown] lang="en"
# The loss falls in every epoch (checked by the assert), but after 10 epochs it is still above 1: $\eta = 0.01$ is a small
# step. Section 8 runs this same model for 100 steps.

# %% [markdown] lang="hi"
# ## 2. Forward pass: input से prediction तक
#
# हर layer दो काम करती है: पहले एक linear map $z = Wx + b$, फिर activation function $a = f(z)$; एक layer का output
# अगली layer का input बनता है, और आख़िरी layer का output ही prediction $\hat y$ है। Notes का उदाहरण network:
# `nn.Linear(2, 3)`, ReLU, `nn.Linear(3, 1)`, sigmoid; input $x = (1, 2)$, target $y = 0$, और loss BCE। नीचे वही forward
# pass हाथ से, layer दर layer, और अंत में `model(x)` और `nn.BCELoss()` से मिलान। PyTorch हर उदाहरण को एक row में
# रखता है, इसलिए code में $z = xW^T + b$ लिखा है: वही गणना, बस transpose करके।

# %% [markdown] lang="en"
# ## 2. Forward pass: from input to prediction
#
# Each layer does two things: first a linear map $z = Wx + b$, then an activation function $a = f(z)$; the output of one
# layer is the input of the next, and the output of the last layer is the prediction $\hat y$. The notes' example
# network: `nn.Linear(2, 3)`, ReLU, `nn.Linear(3, 1)`, sigmoid; input $x = (1, 2)$, target $y = 0$, and a BCE loss. Below,
# the same forward pass by hand, layer by layer, and at the end a check against `model(x)` and `nn.BCELoss()`. PyTorch
# keeps each example in a row, so the code writes $z = xW^T + b$: the same computation, transposed.

# %%
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1), nn.Sigmoid())
x, y = torch.tensor([[1.0, 2.0]]), torch.tensor([[0.0]])
W1, b1, W2, b2 = model[0].weight, model[0].bias, model[2].weight, model[2].bias

z1 = x @ W1.T + b1
a1 = torch.relu(z1)
z2 = a1 @ W2.T + b2
y_hat = torch.sigmoid(z2)
bce = -(y * torch.log(y_hat) + (1 - y) * torch.log(1 - y_hat)).mean()

for name, value in [("z1", z1), ("a1 = ReLU(z1)", a1), ("z2", z2), ("ŷ = σ(z2)", y_hat), ("BCE", bce)]:
    print(f"{name:14} {value.detach().double().numpy().round(4)}")
assert torch.allclose(y_hat, model(x)) and torch.allclose(bce, nn.BCELoss()(model(x), y))
print(t(hi="✔ हाथ से किया forward pass और loss, model(x) और nn.BCELoss() से मेल खाते हैं।",
        en="✔ The forward pass and loss done by hand match model(x) and nn.BCELoss()."))

# %% [markdown] lang="hi"
# ## 3. Loss function: prediction कितना ग़लत है?
#
# Loss function prediction $\hat y$ और target $y$ को एक संख्या $L$ में बदलता है: जितना बड़ा $L$, उतनी बड़ी ग़लती।
# Notes चार loss function गिनाते हैं, पर सूत्र सिर्फ़ BCE का देते हैं; बाक़ी notes से छूट गए हैं। चारों ये रहे ($n$ उदाहरणों का औसत):
#
# | loss | सूत्र | कब | PyTorch |
# |---|---|---|---|
# | MSE (mean squared error) | $L = \frac{1}{n} \sum_i (\hat y_i - y_i)^2$ | regression | `nn.MSELoss()` |
# | MAE (mean absolute error) | $L = \frac{1}{n} \sum_i \lvert \hat y_i - y_i \rvert$ | regression, जब data में outlier हों | `nn.L1Loss()` |
# | BCE (binary cross-entropy) | $L = -\frac{1}{n} \sum_i \big[y_i \log p_i + (1 - y_i) \log (1 - p_i)\big]$ | दो class; $p_i$ = class 1 की प्रायिकता | `nn.BCELoss()` ($p$ लेता है), `nn.BCEWithLogitsLoss()` ($z$ लेता है) |
# | CE (cross-entropy) | $L = -\frac{1}{n} \sum_i \log \mathrm{softmax}(z_i)_{y_i}$ | कई class; $y_i$ = सही class | `nn.CrossEntropyLoss()` ($z$ लेता है) |
#
# यहाँ $\mathrm{softmax}(z)_k = e^{z_k} / \sum_j e^{z_j}$ है, और $z$ model के कच्चे score (logits) हैं, किसी activation
# से पहले। नीचे हर सूत्र हाथ से लिखकर `torch.nn` से मिलाया गया है, साथ में notes के दो उदाहरण: MSE($2.5$, $3.0$) और
# BCE($0.9$, $1.0$)।

# %% [markdown] lang="en"
# ## 3. Loss functions: how wrong is the prediction?
#
# A loss function turns predictions $\hat y$ and targets $y$ into one number $L$: the larger $L$, the larger the mistake.
# The notes name four loss functions, but give the formula only for BCE; the others were lost from the notes. All four (averaged over $n$ examples):
#
# | loss | formula | when | PyTorch |
# |---|---|---|---|
# | MSE (mean squared error) | $L = \frac{1}{n} \sum_i (\hat y_i - y_i)^2$ | regression | `nn.MSELoss()` |
# | MAE (mean absolute error) | $L = \frac{1}{n} \sum_i \lvert \hat y_i - y_i \rvert$ | regression, when the data has outliers | `nn.L1Loss()` |
# | BCE (binary cross-entropy) | $L = -\frac{1}{n} \sum_i \big[y_i \log p_i + (1 - y_i) \log (1 - p_i)\big]$ | two classes; $p_i$ = probability of class 1 | `nn.BCELoss()` (takes $p$), `nn.BCEWithLogitsLoss()` (takes $z$) |
# | CE (cross-entropy) | $L = -\frac{1}{n} \sum_i \log \mathrm{softmax}(z_i)_{y_i}$ | many classes; $y_i$ = the right class | `nn.CrossEntropyLoss()` (takes $z$) |
#
# Here $\mathrm{softmax}(z)_k = e^{z_k} / \sum_j e^{z_j}$, and $z$ are the model's raw scores (logits), before any
# activation. Below, each formula is written by hand and checked against `torch.nn`, together with the notes' two
# examples: MSE($2.5$, $3.0$) and BCE($0.9$, $1.0$).

# %%
torch.manual_seed(0)
y_hat, y_true = torch.randn(6), torch.randn(6)
z_binary, y_binary = torch.randn(6), torch.tensor([0.0, 1.0, 1.0, 0.0, 1.0, 0.0])
z_classes, y_classes = torch.randn(6, 4), torch.tensor([0, 3, 1, 1, 2, 0])
p = torch.sigmoid(z_binary)
softmax = torch.exp(z_classes) / torch.exp(z_classes).sum(dim=1, keepdim=True)

by_hand = {
    "MSE": ((y_hat - y_true) ** 2).mean(),
    "MAE": (y_hat - y_true).abs().mean(),
    "BCE": -(y_binary * torch.log(p) + (1 - y_binary) * torch.log(1 - p)).mean(),
    "CE": -torch.log(softmax[torch.arange(6), y_classes]).mean(),
}
pytorch = {
    "MSE": nn.MSELoss()(y_hat, y_true),
    "MAE": nn.L1Loss()(y_hat, y_true),
    "BCE": nn.BCELoss()(p, y_binary),
    "CE": nn.CrossEntropyLoss()(z_classes, y_classes),
}
print(t(hi="loss   हाथ से      torch.nn", en="loss   by hand     torch.nn"))
for name in by_hand:
    print(f"{name:5}  {by_hand[name]:.6f}   {pytorch[name]:.6f}")
    assert torch.allclose(by_hand[name], pytorch[name], atol=1e-6), name
assert torch.allclose(nn.BCEWithLogitsLoss()(z_binary, y_binary), pytorch["BCE"])

mse_example = nn.MSELoss()(torch.tensor([2.5]), torch.tensor([3.0]))
bce_example = nn.BCELoss()(torch.tensor([0.9]), torch.tensor([1.0]))
print(t(hi="notes के उदाहरण:", en="The notes' examples:"), f"MSE(2.5, 3.0) = {mse_example:.4f},  BCE(0.9, 1.0) = {bce_example:.4f}")
assert torch.isclose(mse_example, torch.tensor(0.25)) and torch.isclose(bce_example, -torch.log(torch.tensor(0.9)))

# %% [markdown] lang="hi"
# **Notes में एक सुधार।** Notes कहते हैं "Softmax + CrossEntropyLoss"। PyTorch में इसे अक्षरशः लें (पहले softmax, फिर `nn.CrossEntropyLoss`) तो यह ग़लती है: `nn.CrossEntropyLoss`
# कच्चे score $z$ (logits) लेता है और log-softmax ख़ुद लगाता है। पहले softmax लगाकर प्रायिकता देंगे तो softmax दो बार
# लगेगा और loss ग़लत आएगा; नीचे मापा गया है। इसी तरह `nn.BCELoss` को $p = \sigma(z)$ चाहिए, जबकि
# `nn.BCEWithLogitsLoss` सीधे $z$ लेता है (और बड़े $|z|$ पर ज़्यादा stable है: $z = 30$ पर float32 में $\sigma(z)$ ठीक 1 बन जाता है और `nn.BCELoss` को log 0 मिलता है, जिसे वह $-100$ पर रोक देता है)।

# %% [markdown] lang="en"
# **A correction to the notes.** The notes say "Softmax + CrossEntropyLoss". Taken literally in PyTorch (a softmax, then
# `nn.CrossEntropyLoss`), that is a mistake: `nn.CrossEntropyLoss` takes the raw scores $z$ (logits) and applies log-softmax itself. Give it probabilities from a
# softmax and softmax is applied twice, so the loss comes out wrong; measured below. In the same way `nn.BCELoss` needs
# $p = \sigma(z)$, while `nn.BCEWithLogitsLoss` takes $z$ directly (and is more stable for large $|z|$: at $z = 30$, $\sigma(z)$ rounds to exactly 1 in float32 and `nn.BCELoss` meets log 0, which it clips at $-100$).

# %%
z = torch.tensor([[2.0, 0.5, -1.0]])
target = torch.tensor([0])
right = nn.CrossEntropyLoss()(z, target)
softmax_twice = nn.CrossEntropyLoss()(torch.softmax(z, dim=1), target)
print(t(hi=f"सही (logits): {right:.4f}   ग़लत (पहले softmax): {softmax_twice:.4f}",
        en=f"Right (logits): {right:.4f}   wrong (softmax first): {softmax_twice:.4f}"))
assert torch.isclose(right, -torch.log_softmax(z, dim=1)[0, 0]) and softmax_twice > 2 * right

z_big, y_zero = torch.tensor([30.0]), torch.tensor([0.0])
with_logits = nn.BCEWithLogitsLoss()(z_big, y_zero)
via_sigmoid = nn.BCELoss()(torch.sigmoid(z_big), y_zero)
print(t(hi=f"z = 30, y = 0 (सही loss ≈ 30): BCEWithLogitsLoss = {with_logits:.4f},  BCELoss(sigmoid(z)) = {via_sigmoid:.4f}",
        en=f"z = 30, y = 0 (true loss ≈ 30): BCEWithLogitsLoss = {with_logits:.4f},  BCELoss(sigmoid(z)) = {via_sigmoid:.4f}"))
assert abs(with_logits - 30) < 1e-3 and torch.sigmoid(z_big) == 1 and via_sigmoid == 100  # log 0 clipped at -100

# %% [markdown] lang="hi"
# **MSE या MAE?** Notes कहते हैं कि MAE पर outlier का असर कम होता है। मापकर देखें: पाँच target, 1, 2, 3, 4 और
# outlier 100, और सबके लिए एक ही prediction $c$। कौन-सा $c$ हर loss को सबसे छोटा करता है?

# %% [markdown] lang="en"
# **MSE or MAE?** The notes say MAE is less affected by outliers. Let us measure: five targets, 1, 2, 3, 4 and the
# outlier 100, and one single prediction $c$ for all of them. Which $c$ makes each loss smallest?

# %%
targets = torch.tensor([1.0, 2.0, 3.0, 4.0, 100.0])
c = torch.linspace(0, 100, 10001)
errors = c[:, None] - targets[None, :]
best_mse = c[(errors ** 2).mean(dim=1).argmin()]
best_mae = c[errors.abs().mean(dim=1).argmin()]
print(t(hi=f"MSE के लिए सबसे अच्छा c = {best_mse:.2f} (औसत = {targets.mean():.2f});  "
           f"MAE के लिए c = {best_mae:.2f} (median = {targets.median():.2f})",
        en=f"Best c for MSE = {best_mse:.2f} (mean = {targets.mean():.2f});  "
           f"for MAE c = {best_mae:.2f} (median = {targets.median():.2f})"))
assert abs(best_mse - targets.mean()) < 0.01 and abs(best_mae - targets.median()) < 0.01
pull = 2 * (targets.median() - targets)
print(t(hi=f"c = median पर MSE के gradient में खिंचाव: outlier {pull[-1]:.0f}, बाक़ी चारों मिलाकर {pull[:-1].sum():.0f}",
        en=f"Pull on the MSE gradient at c = median: the outlier {pull[-1]:.0f}, the other four together {pull[:-1].sum():.0f}"))
assert pull[-1].abs() > 10 * pull[:-1].sum().abs()

e = torch.linspace(-4, 4, 401)
fig = plots.function_and_derivative(
    e, {"MSE: e²": (e ** 2, 2 * e), "MAE: |e|": (e.abs(), torch.sign(e))},
    title_f=t(hi="एक उदाहरण का loss, ग़लती e = ŷ − y पर", en="Loss of one example against the error e = ŷ − y"),
    title_df=t(hi="उसका derivative: gradient कितना बड़ा है", en="Its derivative: the size of the gradient"))
for ax in fig.axes:
    ax.set_xlabel("e = ŷ − y")

# %% [markdown] lang="hi"
# MSE का सबसे अच्छा $c$ औसत है और outlier उसे अपनी ओर खींच लेता है; MAE का सबसे अच्छा $c$ median है, जिस पर
# outlier का लगभग कोई असर नहीं। कारण दाएँ panel में है: MSE का derivative $2e$ ग़लती के साथ बढ़ता है, इसलिए
# अकेला दूर का बिंदु बाक़ी चारों बिंदुओं के कुल खिंचाव से भी ज़्यादा ज़ोर से खींचता है (ऊपर मापा गया); MAE का derivative $\pm 1$ है, ग़लती चाहे जितनी हो। इसकी
# क़ीमत: MAE का gradient minimum के पास भी छोटा नहीं होता।

# %% [markdown] lang="en"
# The best $c$ for MSE is the mean, and the outlier drags it towards itself; the best $c$ for MAE is the median, which the
# outlier barely moves. The reason is in the right panel: MSE's derivative $2e$ grows with the error, so the one far-off
# point pulls harder than the other four together (measured above); MAE's derivative is $\pm 1$, however large the error. The price: MAE's
# gradient does not shrink near the minimum either.

# %% [markdown] lang="hi"
# ## 4. Backward pass: chain rule
#
# Loss किसी weight पर सीधे निर्भर नहीं करता, बल्कि एक शृंखला के रास्ते: $w \to z \to a \to L$। Chain rule कहता है कि
# इस रास्ते के हर कदम के local derivative आपस में गुणा करें:
#
# $$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial z} \cdot \frac{\partial z}{\partial w}$$
#
# एक sigmoid neuron के लिए, जहाँ $z = wx + b$, $a = \sigma(z)$ और $L = (a - y)^2$, यह बनता है
# $\frac{\partial L}{\partial w} = 2(a - y) \cdot \sigma'(z) \cdot x$। Backward pass यही गुणा हर weight के लिए करता है,
# loss से शुरू होकर input की ओर चलते हुए: इसीलिए नाम *back*-propagation है। नीचे यह गुणनफल हाथ से, और
# `loss.backward()` से।

# %% [markdown] lang="en"
# ## 4. Backward pass: the chain rule
#
# The loss depends on a weight not directly but through a chain: $w \to z \to a \to L$. The chain rule says: multiply
# the local derivatives of every step along the way:
#
# $$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial z} \cdot \frac{\partial z}{\partial w}$$
#
# For one sigmoid neuron, with $z = wx + b$, $a = \sigma(z)$ and $L = (a - y)^2$, this becomes
# $\frac{\partial L}{\partial w} = 2(a - y) \cdot \sigma'(z) \cdot x$. The backward pass does this multiplication for
# every weight, starting from the loss and moving towards the input: hence the name *back*-propagation. Below, this
# product by hand, and by `loss.backward()`.

# %%
w = torch.tensor(0.8, requires_grad=True)
b = torch.tensor(-0.2, requires_grad=True)
x, y = torch.tensor(1.5), torch.tensor(0.0)
z = w * x + b
a = torch.sigmoid(z)
loss = (a - y) ** 2
loss.backward()

chain = 2 * (a - y) * a * (1 - a) * x
print(f"∂L/∂w:  {t(hi='हाथ से', en='by hand')} = {chain.item():.6f},  autograd = {w.grad.item():.6f}")
assert torch.isclose(chain, w.grad)

# %% [markdown] lang="hi"
# **Notes में एक सुधार।** Notes की शुरुआत में लिखा है कि backpropagation weights को update करता है। ठीक-ठीक कहें तो
# backpropagation (`loss.backward()`) सिर्फ़ gradient निकालकर `.grad` में रखता है; weight तो optimizer
# (`optimizer.step()`) बदलता है। मापकर देखिए:

# %% [markdown] lang="en"
# **A correction to the notes.** The notes open by saying that backpropagation updates the weights. Precisely:
# backpropagation (`loss.backward()`) only computes the gradients and stores them in `.grad`; it is the optimizer
# (`optimizer.step()`) that changes the weights. Measure it:

# %%
torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
before = model.weight.detach().clone()
F.mse_loss(model(x), y).backward()
after_backward = model.weight.detach().clone()
optimizer.step()
after_step = model.weight.detach().clone()
print(t(hi=f"weight में बदलाव: backward() के बाद {(after_backward - before).abs().max():.1e}, "
           f"step() के बाद {(after_step - before).abs().max():.1e}",
        en=f"Change of the weights: after backward() {(after_backward - before).abs().max():.1e}, "
           f"after step() {(after_step - before).abs().max():.1e}"))
assert torch.equal(after_backward, before)
assert torch.allclose(after_step, before - 0.1 * model.weight.grad)

# %% [markdown] lang="hi"
# Gradient descent का नियम (यह सूत्र भी notes से छूट गया है) है $w \leftarrow w - \eta \, \partial L / \partial w$,
# जहाँ $\eta$ learning rate है: ऊपर `SGD` ने ठीक यही किया। Momentum, RMSProp और Adam इस कदम को बदलते हैं (अध्याय 04)।
# Adam हर weight के लिए दो running average (हर कदम पर update होने वाले औसत) रखता है, gradient $g$ का और $g^2$ का: $m \leftarrow \beta_1 m + (1 - \beta_1) g$ और
# $v \leftarrow \beta_2 v + (1 - \beta_2) g^2$, और कदम लेता है $w \leftarrow w - \eta \, \hat m / (\sqrt{\hat v} + \epsilon)$,
# जहाँ $t$ कदमों के बाद $\hat m = m / (1 - \beta_1^t)$ और $\hat v = v / (1 - \beta_2^t)$ (शून्य से शुरुआत का सुधार)।
# PyTorch के default: $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\epsilon = 10^{-8}$।
#
# **Notes में एक और सुधार।** Notes का optimizer वाला उदाहरण `loss = torch.tensor(0.5, requires_grad=True)` बनाकर
# `loss.backward()` और `optimizer.step()` चलाता है। यह loss model से नहीं निकला, इसलिए model के weights तक कोई
# gradient नहीं पहुँचता और `step()` कुछ नहीं बदलता: नीचे मापा गया है। Loss हमेशा model के output से निकलना चाहिए।

# %% [markdown] lang="en"
# The gradient-descent rule (this formula, too, was lost from the notes) is $w \leftarrow w - \eta \, \partial L / \partial w$,
# where $\eta$ is the learning rate: `SGD` did exactly this above. Momentum, RMSProp and Adam change this step (chapter 04).
# Adam keeps, for every weight, running averages of the gradient $g$ and of $g^2$, $m \leftarrow \beta_1 m + (1 - \beta_1) g$
# and $v \leftarrow \beta_2 v + (1 - \beta_2) g^2$, and steps $w \leftarrow w - \eta \, \hat m / (\sqrt{\hat v} + \epsilon)$,
# where after $t$ steps $\hat m = m / (1 - \beta_1^t)$ and $\hat v = v / (1 - \beta_2^t)$ (a correction for starting at zero).
# PyTorch's defaults: $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\epsilon = 10^{-8}$.
#
# **Another correction to the notes.** The notes' optimizer example creates `loss = torch.tensor(0.5, requires_grad=True)`
# and runs `loss.backward()` and `optimizer.step()`. That loss was not computed from the model, so no gradient reaches
# the model's weights and `step()` changes nothing: measured below. The loss must always come out of the model's output.

# %%
torch.manual_seed(0)
model = nn.Linear(1, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
assert optimizer.defaults["betas"] == (0.9, 0.999) and optimizer.defaults["eps"] == 1e-8
before = [p.detach().clone() for p in model.parameters()]

loss = torch.tensor(0.5, requires_grad=True)
loss.backward()
optimizer.step()
change = max((p - q).abs().max().item() for p, q in zip(model.parameters(), before))
print(t(hi=f"notes का तरीक़ा: weight में बदलाव = {change}, model.weight.grad = {model.weight.grad}",
        en=f"The notes' way: change of the weights = {change}, model.weight.grad = {model.weight.grad}"))
assert change == 0 and model.weight.grad is None

loss = F.mse_loss(model(torch.tensor([[1.0], [2.0]])), torch.tensor([[2.0], [4.0]]))
optimizer.zero_grad()
loss.backward()
optimizer.step()
change = max((p - q).abs().max().item() for p, q in zip(model.parameters(), before))
print(t(hi=f"model से निकला loss: weight में बदलाव = {change:.4f}",
        en=f"A loss computed from the model: change of the weights = {change:.4f}"))
assert change > 0

# %% [markdown] lang="hi"
# **Learning rate की भूमिका।** Notes की तालिका कहती है: बहुत छोटा learning rate धीमी training देता है, बहुत बड़ा
# अस्थिर। भाग 1 का model, हर $\eta$ के साथ 20 कदम:

# %% [markdown] lang="en"
# **The role of the learning rate.** The notes' table says: a too small learning rate gives slow training, a too large
# one unstable training. The model of section 1, 20 steps with each $\eta$:

# %%
def loss_after(lr, steps=20, seed=0):
    torch.manual_seed(seed)
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    x, y = torch.tensor([[1.0], [2.0]]), torch.tensor([[2.0], [4.0]])
    for step in range(steps):
        loss = F.mse_loss(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return F.mse_loss(model(x), y).item()


start_loss = loss_after(0.1, steps=0)
after = {lr: loss_after(lr) for lr in (0.001, 0.1, 0.5)}
print(t(hi=f"शुरुआती loss: {start_loss:.4g}", en=f"Starting loss: {start_loss:.4g}"))
print(t(hi="η        20 कदम बाद loss", en="η        loss after 20 steps"))
for lr, value in after.items():
    print(f"{lr:<7}  {value:.4g}")
assert start_loss / 2 < after[0.001] < start_loss and after[0.1] < start_loss / 10 and after[0.5] > start_loss

# %% [markdown] lang="hi"
# $\eta = 0.001$ पर loss धीरे घटा (20 कदम में आधा भी नहीं हुआ), $\eta = 0.1$ पर तेज़ी से, और $\eta = 0.5$ पर हर कदम minimum के पार निकल
# जाता है और loss बेक़ाबू होकर बढ़ता जाता है (अस्थिर)। सही $\eta$ कैसे चुनें, यह अध्याय 04 में है।

# %% [markdown] lang="en"
# With $\eta = 0.001$ the loss fell slowly (not even halved in 20 steps), with $\eta = 0.1$ it fell fast, and with $\eta = 0.5$ every step
# overshoots the minimum and the loss blows up (unstable). How to choose $\eta$ is the subject of chapter 04.

# %% [markdown] lang="hi"
# **Leaf tensor और `.grad`।** जो tensor आप ख़ुद `requires_grad=True` के साथ बनाते हैं (जैसे weights), वे leaf tensor
# हैं; उनसे गणना करके बने tensor ($z$, $a$, loss) leaf नहीं हैं। `backward()` gradient सिर्फ़ leaf tensor के `.grad` में
# रखता है। किसी non-leaf का `.grad` पढ़ें तो `None` मिलता है, साथ में एक UserWarning। बीच के किसी tensor का gradient
# चाहिए, तो `backward()` से पहले उस पर `.retain_grad()` चलाइए।

# %% [markdown] lang="en"
# **Leaf tensors and `.grad`.** Tensors you create yourself with `requires_grad=True` (such as weights) are leaf tensors;
# tensors computed from them ($z$, $a$, the loss) are not leaves. `backward()` stores gradients only in the `.grad` of
# leaf tensors. Read the `.grad` of a non-leaf and you get `None`, together with a UserWarning. If you need the gradient
# of an intermediate tensor, call `.retain_grad()` on it before `backward()`.

# %%
w = torch.tensor(0.8, requires_grad=True)
z = w * 1.5 - 0.2
a = torch.sigmoid(z)
a.retain_grad()
loss = a ** 2
loss.backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    z_grad = z.grad

print(t(hi="tensor   leaf है?   .grad", en="tensor   leaf?      .grad"))
print(f"w        {w.is_leaf!s:9}  {w.grad.item():.4f}")
print(f"z        {z.is_leaf!s:9}  {z_grad}  ⚠ {caught[0].category.__name__}")
print(f"a        {a.is_leaf!s:9}  {a.grad.item():.4f}  (retain_grad)")
assert w.is_leaf and not z.is_leaf and z_grad is None and caught[0].category is UserWarning
assert torch.isclose(a.grad, 2 * a)

# %% [markdown] lang="hi"
# ## 5. अपना autograd engine, कुछ दर्जन lines में
#
# `loss.backward()` अंदर से क्या करता है? हर operation (जोड़, गुणा, tanh, ...) अपना नतीजा बनाते समय दो बातें याद रखता
# है: वह किन values से बना, और उनमें से हर एक के सापेक्ष उसका local derivative। इस तरह एक computational graph बनता
# है। फिर `backward()`:
#
# 1. graph के nodes को topological क्रम में लगाता है: हर node उन सब nodes के बाद, जिनसे वह बना है;
# 2. हर node का gradient 0 और loss का gradient 1 रखता है ($\partial L / \partial L = 1$); PyTorch यहाँ शून्य नहीं करता, पुराने
#    `.grad` में जोड़ता है (भाग 8);
# 3. उस क्रम में पीछे से चलते हुए हर node का gradient उसके parents तक पहुँचाता है: chain rule से, local derivative × उस
#    node का gradient, parent के gradient में **जोड़कर**।
#
# जोड़ना ज़रूरी है: जो value कई जगह इस्तेमाल हुई, उसे हर जगह से gradient मिलता है। नीचे की `Value` class यही करती
# है। (Karpathy का micrograd इसी विचार का जाना-माना रूप है; यह class इस अध्याय के लिए अलग से लिखी गई है।)

# %% [markdown] lang="en"
# ## 5. Your own autograd engine, in a few dozen lines
#
# What does `loss.backward()` do inside? Every operation (addition, multiplication, tanh, ...) remembers two things when
# it makes its result: which values it was made from, and its local derivative with respect to each of them. This builds
# a computational graph. Then `backward()`:
#
# 1. puts the nodes of the graph in topological order: every node after all the nodes it was made from;
# 2. sets every node's gradient to 0 and the loss's to 1 ($\partial L / \partial L = 1$); PyTorch does not zero here, it
#    adds into the old `.grad` (section 8);
# 3. walks that order from the back, passing every node's gradient on to its parents: by the chain rule, local
#    derivative × that node's gradient, **added** to the parent's gradient.
#
# Adding matters: a value used in several places gets gradient from each of them. The `Value` class below does exactly
# this. (Karpathy's micrograd is the well-known version of this idea; this class was written separately for this chapter.)

# %%
class Value:
    def __init__(self, data, parents=(), local_grads=(), op=""):
        self.data = float(data)
        self.grad = 0.0
        self.parents = parents           # the Values this one was computed from
        self.local_grads = local_grads   # d(self)/d(parent), one number per parent
        self.op = op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, (self, other), (1.0, 1.0), "+")

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, (self, other), (other.data, self.data), "*")

    def __pow__(self, n):
        return Value(self.data ** n, (self,), (n * self.data ** (n - 1),), f"**{n}")

    def exp(self):
        return Value(math.exp(self.data), (self,), (math.exp(self.data),), "exp")

    def tanh(self):
        th = math.tanh(self.data)
        return Value(th, (self,), (1 - th ** 2,), "tanh")

    def relu(self):
        return Value(max(self.data, 0.0), (self,), (float(self.data > 0),), "relu")

    __radd__, __rmul__ = __add__, __mul__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def backward(self):
        order, seen = [], set()

        def visit(node):
            if node not in seen:
                seen.add(node)
                for parent in node.parents:
                    visit(parent)
                order.append(node)

        visit(self)
        for node in order:
            node.grad = 0.0              # a fresh start: unlike PyTorch, which adds into .grad
        self.grad = 1.0
        for node in reversed(order):
            for parent, local in zip(node.parents, node.local_grads):
                parent.grad += local * node.grad
        return order


# %% [markdown] lang="hi"
# अब एक tanh neuron और उसका loss, $L = (\tanh(w_1 x_1 + w_2 x_2 + b) - 1)^2$: पहले `Value` से, फिर वही PyTorch से
# (float64 में)। तालिका हर node का मान और gradient topological क्रम में दिखाती है; आख़िरी पंक्ति loss है, जिसका
# gradient 1 है।

# %% [markdown] lang="en"
# Now a tanh neuron and its loss, $L = (\tanh(w_1 x_1 + w_2 x_2 + b) - 1)^2$: first with `Value`, then the same in
# PyTorch (in float64). The table shows every node's value and gradient in topological order; the last row is the loss,
# whose gradient is 1.

# %%
start_values = {"x1": 2.0, "x2": -1.0, "w1": 0.5, "w2": 1.0, "b": 0.3}
ours = {name: Value(v) for name, v in start_values.items()}
L = ((ours["w1"] * ours["x1"] + ours["w2"] * ours["x2"] + ours["b"]).tanh() - 1.0) ** 2
order = L.backward()
names = {id(v): name for name, v in ours.items()}
assert order[-1] is L and L.grad == 1.0

print(t(hi="क्रम  node        मान        gradient", en="step  node        value      gradient"))
for i, node in enumerate(order):
    print(f"{i:>4}  {names.get(id(node), node.op or '·'):10} {node.data:9.4f}  {node.grad:9.4f}")

theirs = {name: torch.tensor(v, dtype=torch.float64, requires_grad=True) for name, v in start_values.items()}
L_torch = (torch.tanh(theirs["w1"] * theirs["x1"] + theirs["w2"] * theirs["x2"] + theirs["b"]) - 1.0) ** 2
L_torch.backward()
gap = max(abs(ours[name].grad - theirs[name].grad.item()) for name in start_values)
print(t(hi=f"Value बनाम torch.autograd: सबसे बड़ा अंतर = {gap:.1e}",
        en=f"Value versus torch.autograd: largest difference = {gap:.1e}"))
assert gap < 1e-12 and abs(L.data - L_torch.item()) < 1e-12

# %% [markdown] lang="hi"
# दूसरे उदाहरण में बाक़ी operations (exp, relu) आते हैं, और एक value $u$ भी, जो तीन जगह इस्तेमाल होती है:
# $f = e^{uv} + \mathrm{relu}(u - v) \cdot u$। सबसे छोटा उदाहरण $s \cdot s$ है: दोनों parents एक ही $s$ हैं, दोनों
# रास्ते $s$ देते हैं, और जोड़कर $2s$ बनता है।

# %% [markdown] lang="en"
# The second example uses the remaining operations (exp, relu), and a value $u$ that is used in three places:
# $f = e^{uv} + \mathrm{relu}(u - v) \cdot u$. The smallest example is $s \cdot s$: both parents are the same $s$, each
# path gives $s$, and added together they make $2s$.

# %%
u, v = Value(0.7), Value(-0.4)
f = (u * v).exp() + (u - v).relu() * u
f.backward()
ut, vt = (torch.tensor(n, dtype=torch.float64, requires_grad=True) for n in (0.7, -0.4))
(torch.exp(ut * vt) + torch.relu(ut - vt) * ut).backward()
for name, ours_value, torch_value in [("u", u, ut), ("v", v, vt)]:
    print(f"∂f/∂{name}:  Value {ours_value.grad:.6f}   torch {torch_value.grad.item():.6f}")
assert abs(u.grad - ut.grad.item()) < 1e-12 and abs(v.grad - vt.grad.item()) < 1e-12

s = Value(3.0)
(s * s).backward()
print(f"d(s·s)/ds, s = 3:  {s.grad}")
assert s.grad == 6.0

# %% [markdown] lang="hi"
# ## 6. Backpropagation के चार समीकरण
#
# मान लीजिए network में layer $\ell = 1, \dots, K$ हैं (notation Nielsen के अध्याय 2 जैसा; वहीं वे बताते हैं कि backpropagation Rumelhart, Hinton और Williams के 1986 के एक paper से मशहूर हुआ), $a^0 = x$,
# $z^\ell = W^\ell a^{\ell-1} + b^\ell$, $a^\ell = \sigma(z^\ell)$ और $\hat y = a^K$। Layer $\ell$ की "ग़लती" को
# $\delta^\ell = \partial L / \partial z^\ell$ कहें। तब:
#
# $$\delta^K = \nabla_a L \odot \sigma'(z^K) \qquad \text{(BP1)}$$
#
# $$\delta^\ell = \big((W^{\ell+1})^T \delta^{\ell+1}\big) \odot \sigma'(z^\ell) \qquad \text{(BP2)}$$
#
# $$\frac{\partial L}{\partial b^\ell} = \delta^\ell \qquad \text{(BP3)}$$
#
# $$\frac{\partial L}{\partial W^\ell} = \delta^\ell \, (a^{\ell-1})^T, \quad \text{i.e.} \quad \frac{\partial L}{\partial W^\ell_{jk}} = \delta^\ell_j \, a^{\ell-1}_k \qquad \text{(BP4)}$$
#
# $\odot$ तत्व-दर-तत्व (element-wise) गुणा है। BP1 output पर शुरू करता है; BP2 ग़लती को एक layer पीछे ले जाता है (transpose किया
# हुआ weight matrix उसे उल्टी दिशा में भेजता है); BP3 और BP4 उसी ग़लती से gradient सीधे निकाल लेते हैं। ये चारों chain rule
# ही हैं, पूरे matrix पर एक साथ।
#
# **Notes में एक सुधार।** Notes BP4 को $a^{\ell-1} (\delta^\ell)^T$ लिखते हैं। वह सही matrix का transpose है: उसका आकार
# $n_{\ell-1} \times n_\ell$ है, जबकि $W^\ell$ का आकार $n_\ell \times n_{\ell-1}$ है (नीचे मापा गया)।
#
# Code में batch की हर row एक उदाहरण है (PyTorch का तरीक़ा), इसलिए हर समीकरण transpose होकर आता है: $Z^\ell = A^{\ell-1} (W^\ell)^T + b^\ell$,
# BP2 बनता है $\Delta^\ell = (\Delta^{\ell+1} W^{\ell+1}) \odot \sigma'(Z^\ell)$, और BP3, BP4 सारे उदाहरणों पर जोड़ते हैं,
# जैसे $\partial L / \partial W^\ell = (\Delta^\ell)^T A^{\ell-1}$। Network: 4 → 5 → 3, दोनों layer sigmoid, 8 उदाहरण,
# loss $L = \frac{1}{n} \sum \frac{1}{2} \lVert a^K - y \rVert^2$ (quadratic cost), float64 में।

# %% [markdown] lang="en"
# ## 6. The four equations of backpropagation
#
# Let the network have layers $\ell = 1, \dots, K$ (notation as in Nielsen, chapter 2; as he recounts there, backpropagation became widely known through a 1986 paper by Rumelhart, Hinton and Williams), with $a^0 = x$,
# $z^\ell = W^\ell a^{\ell-1} + b^\ell$, $a^\ell = \sigma(z^\ell)$ and $\hat y = a^K$. Call
# $\delta^\ell = \partial L / \partial z^\ell$ the "error" of layer $\ell$. Then:
#
# $$\delta^K = \nabla_a L \odot \sigma'(z^K) \qquad \text{(BP1)}$$
#
# $$\delta^\ell = \big((W^{\ell+1})^T \delta^{\ell+1}\big) \odot \sigma'(z^\ell) \qquad \text{(BP2)}$$
#
# $$\frac{\partial L}{\partial b^\ell} = \delta^\ell \qquad \text{(BP3)}$$
#
# $$\frac{\partial L}{\partial W^\ell} = \delta^\ell \, (a^{\ell-1})^T, \quad \text{i.e.} \quad \frac{\partial L}{\partial W^\ell_{jk}} = \delta^\ell_j \, a^{\ell-1}_k \qquad \text{(BP4)}$$
#
# $\odot$ is the element-wise product. BP1 starts at the output; BP2 carries the error one layer back (the transposed
# weight matrix routes it the other way); BP3 and BP4 read the gradients off that error. All four are just the chain
# rule, applied to whole matrices at once.
#
# **A correction to the notes.** The notes write BP4 as $a^{\ell-1} (\delta^\ell)^T$. That matrix is the transpose: its
# shape is $n_{\ell-1} \times n_\ell$, while $W^\ell$ has shape $n_\ell \times n_{\ell-1}$ (measured below).
#
# In code, each row of a batch is one example (PyTorch's way), so every equation comes transposed: $Z^\ell = A^{\ell-1} (W^\ell)^T + b^\ell$,
# BP2 becomes $\Delta^\ell = (\Delta^{\ell+1} W^{\ell+1}) \odot \sigma'(Z^\ell)$, and BP3 and BP4 add up over the examples,
# e.g. $\partial L / \partial W^\ell = (\Delta^\ell)^T A^{\ell-1}$. Network: 4 → 5 → 3, both layers sigmoid, 8 examples,
# loss $L = \frac{1}{n} \sum \frac{1}{2} \lVert a^K - y \rVert^2$ (quadratic cost), in float64.

# %%
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 5), nn.Sigmoid(), nn.Linear(5, 3), nn.Sigmoid()).double()
X, Y = torch.randn(8, 4, dtype=torch.float64), torch.rand(8, 3, dtype=torch.float64)


def quadratic_cost(out, target):
    return 0.5 * ((out - target) ** 2).sum(dim=1).mean()


quadratic_cost(net(X), Y).backward()
W1, b1, W2, b2 = net[0].weight, net[0].bias, net[2].weight, net[2].bias


def sigmoid_slope(z):
    return torch.sigmoid(z) * (1 - torch.sigmoid(z))


with torch.no_grad():
    A0 = X
    Z1 = A0 @ W1.T + b1
    A1 = torch.sigmoid(Z1)
    Z2 = A1 @ W2.T + b2
    A2 = torch.sigmoid(Z2)
    D2 = (A2 - Y) / len(X) * sigmoid_slope(Z2)      # BP1, ∇_a L = (a − y) / n
    D1 = (D2 @ W2) * sigmoid_slope(Z1)               # BP2
    grads = {"b2": D2.sum(0), "b1": D1.sum(0),      # BP3
             "W2": D2.T @ A1, "W1": D1.T @ A0}       # BP4

print(t(hi="parameter   आकार       BP बनाम autograd: सबसे बड़ा अंतर", en="parameter   shape      BP versus autograd: largest difference"))
for name, param in [("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2)]:
    gap = (grads[name] - param.grad).abs().max().item()
    print(f"{name:10}  {str(tuple(param.shape)):9}  {gap:.1e}")
    assert grads[name].shape == param.shape and gap < 1e-12

notes_bp4 = torch.outer(A1[0], D2[0])
print(t(hi=f"notes का BP4, एक उदाहरण पर: आकार {tuple(notes_bp4.shape)}; W2 का आकार {tuple(W2.shape)}",
        en=f"The notes' BP4 on one example: shape {tuple(notes_bp4.shape)}; W2 has shape {tuple(W2.shape)}"))
assert notes_bp4.shape != W2.shape and notes_bp4.T.shape == W2.shape

# %% [markdown] lang="hi"
# ## 7. Gradient checking: finite difference से जाँच
#
# कैसे पता चले कि कोई gradient सही है? एक weight को $\pm h$ खिसकाइए और loss मापिए (central finite difference):
#
# $$\frac{\partial L}{\partial w} \approx \frac{L(w + h) - L(w - h)}{2h}$$
#
# इसकी त्रुटि $h^2$ के अनुपात में घटती है (अध्याय 02), पर बहुत छोटे $h$ पर floating-point rounding हावी हो जाती है। सारे gradient एक
# साथ relative error (सापेक्ष त्रुटि) से मिलाए जाते हैं: $\lVert g_{bp} - g_{fd} \rVert / (\lVert g_{bp} \rVert + \lVert g_{fd} \rVert)$।
# नीचे, ऊपर वाले network के सारे 43 parameter, तीन settings में:

# %% [markdown] lang="en"
# ## 7. Gradient checking with finite differences
#
# How do we know a gradient is right? Nudge one weight by $\pm h$ and measure the loss (a central finite difference):
#
# $$\frac{\partial L}{\partial w} \approx \frac{L(w + h) - L(w - h)}{2h}$$
#
# Its error shrinks like $h^2$ (chapter 02), but for a very small $h$ floating-point rounding takes over. All gradients are compared at
# once through the relative error $\lVert g_{bp} - g_{fd} \rVert / (\lVert g_{bp} \rVert + \lVert g_{fd} \rVert)$. Below,
# all 43 parameters of the network above, in three settings:

# %%
def gradient_check(dtype, h):
    copy = nn.Sequential(nn.Linear(4, 5), nn.Sigmoid(), nn.Linear(5, 3), nn.Sigmoid()).to(dtype)
    copy.load_state_dict(net.state_dict())
    x, y = X.to(dtype), Y.to(dtype)
    finite = []
    with torch.no_grad():
        for param in copy.parameters():
            flat = param.view(-1)
            for i in range(flat.numel()):
                kept = flat[i].item()
                flat[i] = kept + h
                up = quadratic_cost(copy(x), y).item()
                flat[i] = kept - h
                down = quadratic_cost(copy(x), y).item()
                flat[i] = kept
                finite.append((up - down) / (2 * h))
    quadratic_cost(copy(x), y).backward()
    g_bp = torch.cat([param.grad.view(-1) for param in copy.parameters()]).double()
    g_fd = torch.tensor(finite, dtype=torch.float64)
    return len(finite), ((g_bp - g_fd).norm() / (g_bp.norm() + g_fd.norm())).item()


print(t(hi="dtype          h       parameter   relative error (सापेक्ष त्रुटि)", en="dtype          h       parameters  relative error"))
errors = {}
for dtype, h in [(torch.float64, 1e-6), (torch.float32, 1e-3), (torch.float32, 1e-6)]:
    count, errors[dtype, h] = gradient_check(dtype, h)
    print(f"{str(dtype):13}  {h:.0e}   {count:9}   {errors[dtype, h]:.1e}")
assert count == 43
assert errors[torch.float64, 1e-6] < 1e-8
assert errors[torch.float32, 1e-6] > 1000 * errors[torch.float64, 1e-6]
assert errors[torch.float64, 1e-6] * 1000 < errors[torch.float32, 1e-3] < errors[torch.float32, 1e-6]

# %% [markdown] lang="hi"
# float64 में relative error बहुत छोटा है: backpropagation और finite difference एक ही gradient देते हैं। float32 में
# $h = 10^{-6}$ लेने पर $L(w + h) - L(w - h)$ का अंतर rounding के शोर में डूब जाता है और त्रुटि कई गुना बढ़ जाती है।
# float32 में बड़ा $h = 10^{-3}$ बेहतर है (rounding का शोर कम, बदले में $h^2$ के order की त्रुटि), फिर भी float64 से बहुत पीछे;
# इसीलिए gradient checking float64 में करते हैं। PyTorch में यही जाँच `torch.autograd.gradcheck` करता है।
#
# **Backpropagation सस्ता क्यों है?** Finite difference को हर parameter के लिए 2 forward pass चाहिए। Backpropagation
# सारे gradient एक forward और एक backward pass में दे देता है। भाग 9 के MNIST network (784 → 30 → 10) के लिए इसका
# मतलब:

# %% [markdown] lang="en"
# In float64 the relative error is tiny: backpropagation and finite differences give the same gradient. In float32,
# with $h = 10^{-6}$, the difference $L(w + h) - L(w - h)$ drowns in rounding noise and the error grows many times.
# In float32 a larger $h = 10^{-3}$ does better (less rounding noise, at the price of an error of order $h^2$), yet it
# stays far behind float64; this is why gradient checking is done in float64. In PyTorch, `torch.autograd.gradcheck` does this very check.
#
# **Why is backpropagation cheap?** Finite differences need 2 forward passes for every parameter. Backpropagation gives
# all the gradients in one forward and one backward pass. For the MNIST network of section 9 (784 → 30 → 10) that means:

# %%
inputs = tuple(param.detach().clone().requires_grad_(True) for param in net.parameters())


def cost_of(w1, b1, w2, b2):
    return quadratic_cost(torch.sigmoid(torch.sigmoid(X @ w1.T + b1) @ w2.T + b2), Y)


assert torch.autograd.gradcheck(cost_of, inputs)

mnist_net = nn.Sequential(nn.Linear(784, 30), nn.Sigmoid(), nn.Linear(30, 10))
images = torch.rand(100, 784)
labels = torch.arange(100) % 10
n_params = sum(param.numel() for param in mnist_net.parameters())


def fastest(step, repeats=20):
    # the shortest of several timings: other work on a busy machine can only make a run slower
    times = []
    for _ in range(repeats):
        tic = time.perf_counter()
        step()
        times.append(time.perf_counter() - tic)
    return min(times)


def forward_only():
    with torch.no_grad():
        mnist_net(images)


def forward_and_backward():
    mnist_net.zero_grad()
    F.cross_entropy(mnist_net(images), labels).backward()


forward_time, backprop_time = fastest(forward_only), fastest(forward_and_backward)
finite_time = 2 * n_params * forward_time
print(t(hi=f"parameter की संख्या: {n_params:,};  finite difference: {2 * n_params:,} forward pass ≈ {finite_time:.1f} s;  "
           f"backpropagation: 1 forward + 1 backward ≈ {1000 * backprop_time:.2f} ms",
        en=f"Parameters: {n_params:,};  finite differences: {2 * n_params:,} forward passes ≈ {finite_time:.1f} s;  "
           f"backpropagation: 1 forward + 1 backward ≈ {1000 * backprop_time:.2f} ms"))
assert n_params == 23_860 and finite_time > 1000 * backprop_time

# %% [markdown] lang="hi"
# ऊपर दिए समय (100 चित्रों के एक batch पर, 20 बार में सबसे कम) इसी मशीन पर अभी मापा गया है: finite difference का अनुमान backpropagation से
# हज़ार गुना से भी ज़्यादा धीमा है; और क्योंकि finite difference को हर parameter के लिए 2 pass चाहिए, network जितना बड़ा, फ़ासला उतना बड़ा। इसीलिए backpropagation के बिना बड़े network
# की training व्यावहारिक नहीं होती।

# %% [markdown] lang="en"
# The times above (on a batch of 100 images, the shortest of 20 runs) were measured on this machine just now: the finite-difference estimate is
# more than a thousand times slower than backpropagation; and since finite differences need 2 passes per parameter, the
# gap widens as networks grow. This is why
# training large networks is not practical without backpropagation.

# %% [markdown] lang="hi"
# ## 8. `zero_grad()` क्यों ज़रूरी है
#
# `backward()` `.grad` को मिटाकर नहीं लिखता, उसमें **जोड़ता** है। मापकर देखते हैं: बिना शून्य किए दो बार backward चलाने से
# gradient ठीक दुगुना हो जाता है।

# %% [markdown] lang="en"
# ## 8. Why `zero_grad()` matters
#
# `backward()` does not overwrite `.grad`, it **adds** to it. Measured: two calls to backward without zeroing give exactly
# twice the gradient.

# %%
w = torch.tensor(1.5, requires_grad=True)
(3 * w - 1).pow(2).backward()
once = w.grad.clone()
(3 * w - 1).pow(2).backward()
print(t(hi=f"एक backward के बाद: {once.item()},  दो के बाद: {w.grad.item()}",
        en=f"After one backward: {once.item()},  after two: {w.grad.item()}"))
assert torch.equal(w.grad, 2 * once)

# %% [markdown] lang="hi"
# Training loop में `zero_grad()` भूल जाएँ तो हर कदम अब तक के **सारे** gradient का जोड़ इस्तेमाल करता है: पुराने
# gradient कभी मिटते नहीं, और weight अपने लक्ष्य के आर-पार झूलते रहते हैं (नीचे गिना गया है कि $w$ ने अपना लक्ष्य 2 कितनी बार पार किया)।
# भाग 1 का model, 100 कदम, $\eta = 0.01$, `optimizer.zero_grad()` के साथ और उसके बिना:

# %% [markdown] lang="en"
# Forget `zero_grad()` in a training loop and every step uses the sum of **all** gradients so far: old gradients are never
# wiped out, and the weights keep swinging past their target (counted below: how often $w$ crossed its target 2).
# The model of section 1, 100 steps, $\eta = 0.01$, with and without `optimizer.zero_grad()`:

# %%
def train_line(zero_grad, steps=100, seed=0):
    torch.manual_seed(seed)
    model = nn.Linear(1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    x, y = torch.tensor([[1.0], [2.0]]), torch.tensor([[2.0], [4.0]])
    history, weights = [], [model.weight.item()]
    for step in range(steps):
        loss = F.mse_loss(model(x), y)
        if zero_grad:
            optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        history.append(loss.item())
        weights.append(model.weight.item())
    return history, weights


def crossings(weights, target=2.0):
    return sum((before - target) * (after - target) < 0 for before, after in zip(weights, weights[1:]))


(with_zero, w_with), (without_zero, w_without) = train_line(True), train_line(False)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.2))
for ax, values, steps in [(axes[0], (with_zero, without_zero), range(1, 101)), (axes[1], (w_with, w_without), range(101))]:
    ax.plot(steps, values[0], label=t(hi="zero_grad() के साथ", en="with zero_grad()"))
    ax.plot(steps, values[1], label=t(hi="zero_grad() के बिना", en="without zero_grad()"))
    ax.set_xlabel(t(hi="कदम", en="step"))
axes[0].set(title=t(hi="loss (MSE): सिर्फ़ zero_grad() का अंतर", en="Loss (MSE): only zero_grad() differs"))
axes[1].axhline(2.0, color="grey", ls=":")
axes[1].set(title=t(hi="weight w; लक्ष्य w = 2 (बिंदुदार रेखा)", en="Weight w; target w = 2 (dotted line)"))
axes[1].legend(loc="lower right")
fig.subplots_adjust(left=0.05, right=0.99, bottom=0.16, top=0.9, wspace=0.15)   # fixed margins: no tight_layout, faster
plt.show()
print(t(hi=f"100 कदम बाद loss: zero_grad() के साथ {with_zero[-1]:.3f}, बिना {without_zero[-1]:.3f}\n"
           f"w ने अपना लक्ष्य 2 कितनी बार पार किया: zero_grad() के साथ {crossings(w_with)}, बिना {crossings(w_without)}",
        en=f"Loss after 100 steps: with zero_grad() {with_zero[-1]:.3f}, without {without_zero[-1]:.3f}\n"
           f"Times w crossed its target 2: with zero_grad() {crossings(w_with)}, without {crossings(w_without)}"))
assert without_zero[-1] > 10 * with_zero[-1]
assert crossings(w_with) == 0 and crossings(w_without) >= 5

# %% [markdown] lang="hi"
# यह जोड़ना कभी-कभी काम का भी है: किसी बड़े batch का gradient उसके हिस्सों के gradient के जोड़ के बराबर है (हर हिस्से का
# loss उसके आकार के अनुपात में तौलकर)। जब पूरा batch memory में न समाए, तो हिस्सों पर backward चलाकर एक ही `step()`
# किया जाता है (gradient accumulation)। मापकर देखते हैं:

# %% [markdown] lang="en"
# The adding is sometimes useful, too: the gradient of a large batch equals the sum of the gradients of its parts (each
# part's loss scaled by its share of the batch). When a whole batch does not fit in memory, one runs backward on the
# parts and then a single `step()` (gradient accumulation). Measured:

# %%
torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
F.mse_loss(model(x), y).backward()
full_batch = model.weight.grad.clone()
model.zero_grad()
for part in (slice(0, 4), slice(4, 8)):
    (F.mse_loss(model(x[part]), y[part]) * 4 / 8).backward()
gap = (model.weight.grad - full_batch).abs().max().item()
print(t(hi=f"पूरा batch बनाम दो हिस्से जोड़कर: सबसे बड़ा अंतर = {gap:.1e}",
        en=f"Full batch versus two parts added: largest difference = {gap:.1e}"))
assert gap < 1e-6

# %% [markdown] lang="hi"
# ## 9. असली MNIST अंकों पर training
#
# अब सब एक साथ: हाथ से लिखे असली अंकों पर एक ऐसा loop, जिसकी हर line सामने है और जिसमें पाँचों कदम हैं। Network 784 → 30 → 10 (Nielsen के
# पहले network का आकार), hidden layer में sigmoid, cross-entropy loss, SGD ($\eta = 0.5$), 32 चित्रों के mini-batch।
# Run All तेज़ रहे, इसलिए 4,000 training और 1,000 test चित्र और 5 epoch; progress bar हर epoch दिखाता है।

# %% [markdown] lang="en"
# ## 9. Training on real MNIST digits
#
# Now everything together: a loop with every line in view and all five steps, on real handwritten digits. Network 784 → 30 → 10 (the
# size of Nielsen's first network), sigmoid in the hidden layer, cross-entropy loss, SGD ($\eta = 0.5$), mini-batches of
# 32 images. To keep Run All fast: 4,000 training and 1,000 test images and 5 epochs; the progress bar shows each epoch.

# %%
x_train, y_train, x_test, y_test = load_mnist()
x_train, y_train = x_train[:4000].flatten(1), y_train[:4000]
x_test, y_test = x_test[:1000].flatten(1), y_test[:1000]
print(t(hi=f"training: {len(x_train):,} चित्र, test: {len(x_test):,} चित्र, हर चित्र {x_train.shape[1]} pixel",
        en=f"Training: {len(x_train):,} images, test: {len(x_test):,} images, {x_train.shape[1]} pixels each"))

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(784, 30), nn.Sigmoid(), nn.Linear(30, 10))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
history = {"loss": [], "accuracy": []}
with torch.no_grad():
    accuracy_before = accuracy(model(x_test), y_test)

for epoch in tqdm(range(5), desc="epoch"):
    order = torch.randperm(len(x_train))
    total = 0.0
    for first in range(0, len(x_train), 32):
        batch = order[first:first + 32]
        loss = criterion(model(x_train[batch]), y_train[batch])   # 1-2. forward pass, loss
        optimizer.zero_grad()
        loss.backward()                                           # 3. backward pass
        optimizer.step()                                          # 4. update
        total += loss.item() * len(batch)
    history["loss"].append(total / len(x_train))
    with torch.no_grad():
        history["accuracy"].append(accuracy(model(x_test), y_test))

fig, axes = plt.subplots(1, 2, figsize=(9, 3.2))
epochs = range(1, 6)
axes[0].plot(epochs, history["loss"], "o-")
axes[0].set(title=t(hi="training loss (हर epoch का औसत)", en="Training loss (mean over each epoch)"), xlabel="epoch")
axes[1].plot(epochs, [100 * value for value in history["accuracy"]], "o-", color="tab:green")
axes[1].set(title=t(hi="test पर accuracy (%)", en="Test accuracy (%)"), xlabel="epoch")
for ax in axes:
    ax.set_xticks(list(epochs))
fig.subplots_adjust(left=0.06, right=0.99, bottom=0.16, top=0.9, wspace=0.2)    # fixed margins: no tight_layout, faster
plt.show()
print(t(hi=f"test accuracy: training से पहले {accuracy_before:.1%}, 5 epoch बाद {history['accuracy'][-1]:.1%}",
        en=f"Test accuracy: before training {accuracy_before:.1%}, after 5 epochs {history['accuracy'][-1]:.1%}"))
assert 0.05 < accuracy_before < 0.2 and history["accuracy"][-1] > 0.85
assert len(x_train) == 4000
assert history["loss"][-1] < history["loss"][0]

# %% [markdown] lang="hi"
# Training से पहले accuracy लगभग तुक्के जितनी है (10 में से एक), और कुछ ही epoch में 85% से ऊपर पहुँच जाती है
# (दोनों assert से जाँचे गए)। तुलना के लिए: Nielsen बताते हैं (उनकी किताब का अध्याय 1; यह उनका प्रकाशित आँकड़ा है, यहाँ मापा
# नहीं गया) कि इसी आकार का network, sigmoid output और quadratic cost के साथ, 50,000 training चित्रों पर 30 epoch के बाद
# लगभग 95% तक पहुँचा था; यहाँ 4,000 training चित्र और 5 epoch हैं।

# %% [markdown] lang="en"
# Before training the accuracy is about what guessing gives (one in 10), and within a few epochs it climbs above 85%
# (both checked by asserts). For comparison, Nielsen reports (his book, chapter 1; his published figure, not measured
# here) that a network of the same size, with a sigmoid output and quadratic cost, reached about 95% after 30 epochs on
# 50,000 training images; here there are 4,000 training images and 5 epochs.

# %% [markdown] lang="hi"
# ## 10. Cross-entropy बनाम quadratic cost: saturated शुरुआत से सीखना
#
# Nielsen का प्रयोग (अध्याय 3): एक sigmoid neuron, input $x = 1$, target $y = 0$, शुरुआत $w = 2$, $b = 2$ से। पहला
# output $a = \sigma(4)$ है, यानी लगभग 1: बुरी तरह ग़लत, और neuron saturated है। $\eta = 0.15$, 300 epoch, दोनों loss
# के साथ:
#
# - quadratic cost $L = \frac{1}{2}(a - y)^2$: $\frac{\partial L}{\partial w} = (a - y) \, \sigma'(z) \, x$। Saturated
#   neuron पर $\sigma'(z)$ लगभग 0 है, इसलिए gradient भी;
# - cross-entropy $L = -[y \ln a + (1 - y) \ln (1 - a)]$: $\frac{\partial L}{\partial w} = (a - y) \, x$। यहाँ
#   $\sigma'(z)$ कट जाता है: ग़लती जितनी बड़ी, gradient उतना बड़ा।
#
# **Notes में एक सुधार।** Notes cross-entropy का derivative $\partial L / \partial w = \sigma(z) - y$ लिखते हैं। यह
# $\partial L / \partial b$ है; weight के लिए इसे $x$ से गुणा करना होगा: $x(\sigma(z) - y)$। $x = 1$ पर दोनों बराबर दिखते हैं,
# इसलिए नीचे $x = 2$ पर मापा गया है।

# %% [markdown] lang="en"
# ## 10. Cross-entropy versus quadratic cost: learning from a saturated start
#
# Nielsen's experiment (chapter 3): one sigmoid neuron, input $x = 1$, target $y = 0$, starting from $w = 2$, $b = 2$. The
# first output is $a = \sigma(4)$, nearly 1: badly wrong, and the neuron is saturated. $\eta = 0.15$, 300 epochs, with
# each loss:
#
# - quadratic cost $L = \frac{1}{2}(a - y)^2$: $\frac{\partial L}{\partial w} = (a - y) \, \sigma'(z) \, x$. For a
#   saturated neuron $\sigma'(z)$ is nearly 0, and so is the gradient;
# - cross-entropy $L = -[y \ln a + (1 - y) \ln (1 - a)]$: $\frac{\partial L}{\partial w} = (a - y) \, x$. Here
#   $\sigma'(z)$ cancels out: the larger the mistake, the larger the gradient.
#
# **A correction to the notes.** The notes write the cross-entropy derivative as $\partial L / \partial w = \sigma(z) - y$.
# That is $\partial L / \partial b$; for the weight it needs a factor $x$: $x(\sigma(z) - y)$. At $x = 1$ the two look the
# same, so below it is measured at $x = 2$.

# %%
def neuron_losses(w, b, x, y):
    a = torch.sigmoid(w * x + b)
    return {"quadratic": (a - y) ** 2 / 2, "cross-entropy": -(y * torch.log(a) + (1 - y) * torch.log(1 - a))}


w, b = torch.tensor(2.0, requires_grad=True), torch.tensor(2.0, requires_grad=True)
x, y = 2.0, 0.0
a = torch.sigmoid(w * x + b).item()
formulas = {"quadratic": (a - y) * a * (1 - a) * x, "cross-entropy": (a - y) * x}
for name, loss in neuron_losses(w, b, x, y).items():
    (slope,) = torch.autograd.grad(loss, w, retain_graph=True)
    print(f"{name:14} ∂L/∂w: autograd {slope.item():.6f},  {t(hi='सूत्र', en='formula')} {formulas[name]:.6f}")
    assert abs(slope.item() - formulas[name]) < 1e-6
print(t(hi=f"notes का σ(z) − y = {a - y:.6f}: x = 2 पर यह असली gradient का आधा है",
        en=f"The notes' σ(z) − y = {a - y:.6f}: at x = 2 it is half the gradient"))
assert abs(formulas["cross-entropy"] - 2 * (a - y)) < 1e-12


def descend(loss_name, w, b, eta=0.15, x=1.0, y=0.0, epochs=300):
    outputs, losses, slopes = [], [], []
    for _ in range(epochs):
        a = 1 / (1 + math.exp(-(w * x + b)))
        if loss_name == "quadratic":
            loss, dz = (a - y) ** 2 / 2, (a - y) * a * (1 - a)
        else:
            loss, dz = -(y * math.log(a) + (1 - y) * math.log(1 - a)), a - y
        outputs.append(a)
        losses.append(loss)
        slopes.append(dz * x)
        w, b = w - eta * dz * x, b - eta * dz
    return outputs, losses, slopes


runs = {name: descend(name, 2.0, 2.0) for name in ("quadratic", "cross-entropy")}
label = {"quadratic": "quadratic cost", "cross-entropy": "cross-entropy"}
fig, axes = plt.subplots(1, 2, figsize=(9, 3.2))     # the output a of both: in the widget below, from the same start
for ax, name, color in [(axes[0], "quadratic", "tab:orange"), (axes[1], "cross-entropy", "tab:blue")]:
    ax.plot(runs[name][1], color=color)
    ax.set(title=f"{label[name]}: loss", xlabel="epoch")
fig.subplots_adjust(left=0.06, right=0.99, bottom=0.16, top=0.9, wspace=0.2)    # fixed margins: no tight_layout, faster
plt.show()

quad_a, ce_a = runs["quadratic"][0], runs["cross-entropy"][0]
ratio = runs["cross-entropy"][2][0] / runs["quadratic"][2][0]
print(t(hi=f"शुरू में ∂L/∂w: cross-entropy का quadratic से {ratio:.0f} गुना।\noutput a, epoch 0 → 30 → 100:  "
           f"quadratic {quad_a[0]:.3f} → {quad_a[30]:.3f} → {quad_a[100]:.3f};  "
           f"cross-entropy {ce_a[0]:.3f} → {ce_a[30]:.3f} → {ce_a[100]:.3f}",
        en=f"∂L/∂w at the start: cross-entropy's is {ratio:.0f} times quadratic's.\nOutput a, epoch 0 → 30 → 100:  "
           f"quadratic {quad_a[0]:.3f} → {quad_a[30]:.3f} → {quad_a[100]:.3f};  "
           f"cross-entropy {ce_a[0]:.3f} → {ce_a[30]:.3f} → {ce_a[100]:.3f}"))
assert ratio > 50 and quad_a[0] - quad_a[100] < 0.05 and ce_a[30] < 0.3

# %% [markdown] lang="hi"
# Quadratic cost पहले 100 epoch में मुश्किल से हिलता है (वक्र शुरू में सपाट रहता है: "learning slowdown", यानी सीखने का धीमा पड़ना), जबकि cross-entropy
# शुरुआत से ही तेज़ी से सीखता है: जितनी बड़ी ग़लती, उतना बड़ा कदम। यह saturated शुरुआत की वजह से है। जिस setting में यह बात
# **नहीं** दिखती: $w = 0.6$, $b = 0.9$ (पहला output लगभग 0.82, neuron saturated नहीं); वहाँ quadratic cost भी शुरू से सीखता
# है, नीचे मापा गया है। नीचे का widget भी इसी शुरुआत ($w = 2$, $b = 2$, $\eta = 0.15$) से चलता है और दोनों का output $a$ और
# उनका gradient कितना बड़ा है, यह दिखाता है; उसमें शुरुआती $w$, $b$ और $\eta$ ख़ुद बदलकर देखिए।

# %% [markdown] lang="en"
# The quadratic cost barely moves for the first 100 epochs (a flat start, the "learning slowdown"), while
# cross-entropy learns fast from the start: the larger the mistake, the larger the step. This comes from the saturated
# start. The setting that does **not** show it: $w = 0.6$, $b = 0.9$ (first output about 0.82, the neuron is not
# saturated); there the quadratic cost learns from the start too, measured below. The widget below starts from the same
# $w = 2$, $b = 2$, $\eta = 0.15$ and draws the output $a$ of both and the size of their gradient; change the starting
# $w$, $b$ and $\eta$ in it yourself.

# %%
mild = descend("quadratic", 0.6, 0.9)[0]
print(t(hi=f"w = 0.6, b = 0.9 से quadratic cost: output a, epoch 0 → 30: {mild[0]:.3f} → {mild[30]:.3f}",
        en=f"Quadratic cost from w = 0.6, b = 0.9: output a, epoch 0 → 30: {mild[0]:.3f} → {mild[30]:.3f}"))
assert abs(mild[0] - 0.82) < 0.005 and mild[0] - mild[30] > 0.2


def saturated_neuron(w0, b0, eta):
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.2))
    fig.subplots_adjust(left=0.06, right=0.98, bottom=0.16, top=0.88, wspace=0.2)  # fixed margins: no tight_layout, faster
    for name, color in [("quadratic", "tab:orange"), ("cross-entropy", "tab:blue")]:
        outputs, _, slopes = descend(name, w0, b0, eta)
        axes[0].plot(outputs, color=color, label=label[name])
        axes[1].semilogy([abs(s) + 1e-12 for s in slopes], color=color, label=label[name])
    axes[0].set(title=t(hi=f"output a; शुरू में a = {outputs[0]:.3f}", en=f"Output a; at the start a = {outputs[0]:.3f}"),
                xlabel="epoch", ylim=(0, 1))
    axes[1].set(title=t(hi="|∂L/∂w|: gradient कितना बड़ा है", en="|∂L/∂w|: size of the gradient"), xlabel="epoch")
    axes[1].yaxis.set_major_formatter(FormatStrFormatter("%g"))   # 0.01, 0.1: plain labels draw faster
    axes[1].yaxis.set_minor_formatter(NullFormatter())
    axes[0].legend()
    return fig


sliders(saturated_neuron, {"w0": (t(hi="शुरुआती w", en="start w"), -4.0, 4.0, 0.1, 2.0),
                          "b0": (t(hi="शुरुआती b", en="start b"), -4.0, 4.0, 0.1, 2.0),
                          "eta": ("η", 0.01, 1.0, 0.01, 0.15)})

# %% [markdown] lang="hi"
# ## 11. कब क्या इस्तेमाल करें
#
# | काम | model की आख़िरी layer देती है | loss function | PyTorch |
# |---|---|---|---|
# | regression | एक संख्या | MSE; outlier हों तो MAE | `nn.MSELoss()`, `nn.L1Loss()` |
# | दो class | एक score $z$ | BCE | `nn.BCEWithLogitsLoss()` (या sigmoid के बाद `nn.BCELoss()`) |
# | कई class | हर class का एक score | cross-entropy | `nn.CrossEntropyLoss()`, बिना softmax के |
# | sigmoid output, saturated शुरुआत | $a = \sigma(z)$ | cross-entropy, quadratic cost नहीं | `nn.BCEWithLogitsLoss()` |
#
# | gradient निकालने का तरीक़ा | ख़र्च | कब |
# |---|---|---|
# | backpropagation (autograd) | एक forward + एक backward pass | हमेशा, training के लिए |
# | finite difference | हर parameter के लिए 2 forward pass | gradient जाँचने के लिए, float64 में |
# | हाथ से (BP1–BP4) | अपना code | समझने के लिए, या किसी नए operation के लिए |
#
# ## सारांश
#
# - Training = forward pass → loss → `zero_grad()` + backward pass → `step()`, बार-बार।
# - Loss function ग़लती को एक संख्या बनाता है; optimizer gradient से weight बदलता है। `loss.backward()` सिर्फ़ gradient निकालता है।
# - Backpropagation = chain rule, loss से input की ओर; हर value का gradient उसके हर इस्तेमाल से आए हिस्सों का जोड़ है।
# - BP1–BP4 यही chain rule matrix रूप में हैं; finite difference (float64) उन्हें जाँचता है।
# - `backward()` `.grad` में जोड़ता है, इसलिए हर कदम पर `zero_grad()`।
# - Sigmoid output के साथ cross-entropy saturated शुरुआत से भी तेज़ सीखता है, क्योंकि उसमें $\sigma'(z)$ कट जाता है।

# %% [markdown] lang="en"
# ## 11. Which to use when
#
# | task | the model's last layer gives | loss function | PyTorch |
# |---|---|---|---|
# | regression | one number | MSE; MAE if there are outliers | `nn.MSELoss()`, `nn.L1Loss()` |
# | two classes | one score $z$ | BCE | `nn.BCEWithLogitsLoss()` (or `nn.BCELoss()` after a sigmoid) |
# | many classes | one score per class | cross-entropy | `nn.CrossEntropyLoss()`, without softmax |
# | sigmoid output, saturated start | $a = \sigma(z)$ | cross-entropy, not quadratic cost | `nn.BCEWithLogitsLoss()` |
#
# | way to get gradients | cost | when |
# |---|---|---|
# | backpropagation (autograd) | one forward + one backward pass | always, for training |
# | finite differences | 2 forward passes per parameter | to check a gradient, in float64 |
# | by hand (BP1–BP4) | your own code | to understand, or for a new operation |
#
# ## Summary
#
# - Training = forward pass → loss → `zero_grad()` + backward pass → `step()`, over and over.
# - A loss function turns the mistake into one number; the optimizer changes the weights using the gradients. `loss.backward()` only computes gradients.
# - Backpropagation = the chain rule, from the loss towards the input; each value's gradient is the sum over all its uses.
# - BP1–BP4 are this chain rule in matrix form; finite differences (in float64) check them.
# - `backward()` adds into `.grad`, hence `zero_grad()` at every step.
# - With a sigmoid output, cross-entropy learns fast even from a saturated start, because $\sigma'(z)$ cancels out.

# %% [markdown] lang="hi"
# ## अभ्यास प्रश्न
#
# हर प्रश्न के नीचे की cell में `...` की जगह अपना उत्तर लिखें और cell चलाएँ: उत्तर तुरंत जाँचा जाएगा। जिन प्रश्नों में
# code का output पूछा है, उनमें पहले अनुमान लगाइए, फिर चलाकर देखिए। अटक जाएँ तो संकेत के लिए `q1.hint()`, फिर
# `q1.hint(2)`; पूरा हल `q1.solution()` से (यह आपकी प्रगति में दर्ज होता है)।

# %% [markdown] lang="en"
# ## Practice questions
#
# In the cell below each question, replace `...` with your answer and run the cell: it is checked instantly. Where a
# question asks for the output of some code, predict it first, then run it to see. If you are stuck, use `q1.hint()`,
# then `q1.hint(2)`; the full solution comes from `q1.solution()` (it is noted in your progress).

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
answer_q6 = ...
q6.check(answer_q6)

# %%
q7

# %% tags=["answer"]
answer_q7 = ...
q7.check(answer_q7)

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

# %%
q10

# %% tags=["answer"]
answer_q10 = ...
q10.check(answer_q10)

# %%
q11

# %% tags=["answer"]
answer_q11 = ...
q11.check(answer_q11)

# %%
q12

# %% tags=["answer"]
answer_q12 = ...
q12.check(answer_q12)

# %%
q13

# %% tags=["answer"]
def bce(p, y):
    ...


q13.check(bce)

# %%
q14

# %% tags=["answer"]
answer_q14 = ...
q14.check(answer_q14)

# %%
q15

# %% tags=["answer"]
answer_q15 = ...
q15.check(answer_q15)

# %%
q16

# %% tags=["answer"]
def cross_entropy(z, y):
    ...


q16.check(cross_entropy)

# %%
q17

# %% tags=["answer"]
def delta_back(W_next, delta_next, z):
    ...


q17.check(delta_back)

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
