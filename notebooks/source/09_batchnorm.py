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
# # अध्याय 09 · Batch normalization (बैच नॉर्मलाइज़ेशन)
#
# Batch normalization (छोटा नाम BatchNorm) एक layer है। Training में यह layer हर mini-batch पर, हर feature को उसी batch के
# mean और variance से normalize करती है, और फिर दो सीखे जाने वाले parameter, $\gamma$ और $\beta$, से scale और shift
# करती है। इस अध्याय में आप:
#
# 1. batch statistics (हर feature का batch पर mean और variance), normalize करना, फिर $\gamma$ और $\beta$: सब ख़ुद लिखकर `nn.BatchNorm1d` और `nn.BatchNorm2d` से मिलाएँगे;
# 2. training mode और evaluation mode का अंतर देखेंगे: running statistics, momentum और unbiased variance, कई कदमों तक PyTorch से मिलाकर;
# 3. batch size का असर मापेंगे: छोटे batch के statistics में शोर, और 1 के batch पर error;
# 4. असली MNIST अंकों पर BatchNorm के साथ और उसके बिना training की तुलना करेंगे, learning rate के एक छोटे sweep के साथ;
# 5. देखेंगे कि `model.eval()` भूलने पर क्या होता है;
# 6. BatchNorm को activation function से पहले और बाद में रखकर मापेंगे;
# 7. BatchNorm मदद क्यों करता है, इस पर research क्या कहती है, यह पढ़ेंगे;
# 8. अंत में: कब क्या लगाएँ, सारांश और अभ्यास प्रश्न।

# %% [markdown] lang="en"
# # Chapter 09 · Batch normalization
#
# Batch normalization (BatchNorm for short) is a layer. In training, on every mini-batch, it normalizes each feature
# with that batch's own mean and variance, and then scales and shifts it with two learned parameters, $\gamma$ and
# $\beta$. In this chapter you will:
#
# 1. write batch statistics, normalizing, then $\gamma$ and $\beta$ yourself, and match them with `nn.BatchNorm1d` and `nn.BatchNorm2d`;
# 2. see the difference between training mode and evaluation mode: running statistics, momentum and the unbiased variance, matched with PyTorch over several steps;
# 3. measure what the batch size does: noise in the statistics of small batches, and an error for a batch of 1;
# 4. compare training with and without BatchNorm on real MNIST digits, with a small learning rate sweep;
# 5. see what happens when you forget `model.eval()`;
# 6. measure BatchNorm placed before and after the activation function;
# 7. read what research says about why BatchNorm helps;
# 8. finish with which to use when, a summary and practice questions.

# %%
import copy
import math

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.models import mlp
from course_lib.practice.ch09 import q1, q2, q3, q4, q5, q6, q7, q8, q9
from course_lib.tables import table
from course_lib.widgets import sliders

start(9)

# %% [markdown] lang="hi"
# ## 1. BatchNorm क्या गणना करता है
#
# मान लीजिए एक layer का pre-activation $z = Wx + b$ है, और एक mini-batch में $B$ उदाहरण हैं। BatchNorm हर feature
# (हर neuron) के लिए अलग-अलग ये तीन काम करता है:
#
# 1. **batch statistics:** $\mu_B = \frac{1}{B}\sum_i z_i$ और $\sigma_B^2 = \frac{1}{B}\sum_i (z_i - \mu_B)^2$;
# 2. **normalize:** $\hat z_i = \dfrac{z_i - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}}$, जहाँ $\epsilon = 10^{-5}$ सिर्फ़ शून्य से भाग रोकता है;
# 3. **scale और shift:** $y_i = \gamma\,\hat z_i + \beta$, जहाँ $\gamma$ और $\beta$ सीखे जाने वाले parameter हैं (PyTorch में `weight` और `bias`)।
#
# नीचे असली अंकों के 256 चित्रों का एक batch एक `nn.Linear(784, 100)` layer से गुज़रता है। पहले देखिए कि normalize करने से पहले
# अलग-अलग feature कितने अलग हैं।

# %% [markdown] lang="en"
# ## 1. What BatchNorm computes
#
# Say a layer's pre-activation is $z = Wx + b$, and a mini-batch holds $B$ examples. BatchNorm runs three steps,
# separately for each feature (each neuron):
#
# 1. **batch statistics:** $\mu_B = \frac{1}{B}\sum_i z_i$ and $\sigma_B^2 = \frac{1}{B}\sum_i (z_i - \mu_B)^2$;
# 2. **normalize:** $\hat z_i = \dfrac{z_i - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}}$, where $\epsilon = 10^{-5}$ only prevents a division by zero;
# 3. **scale and shift:** $y_i = \gamma\,\hat z_i + \beta$, where $\gamma$ and $\beta$ are learned parameters (`weight` and `bias` in PyTorch).
#
# Below, a batch of 256 real digit images goes through an `nn.Linear(784, 100)` layer. First see how different the
# features are before normalizing.

# %%
x_train, y_train, x_test, y_test = load_mnist()
digits = (x_train[:2000].flatten(1), y_train[:2000], x_test.flatten(1), y_test)  # 2,000 to train on, 1,000 to test

torch.manual_seed(0)
layer = nn.Linear(784, 100)
with torch.no_grad():
    z_all = layer(digits[0])  # the pre-activations of all 2,000 training digits: 2000 × 100
z = z_all[:256]               # one batch of 256
mean, var = z.mean(0), z.var(0, unbiased=False)  # batch statistics: one mean and one variance per feature
z_hat = (z - mean) / torch.sqrt(var + 1e-5)
shown = mean.argsort()[[0, 50, 99]].tolist()     # three features: the lowest, a middle and the highest mean

assert (z_hat.mean(0).abs() < 1e-5).all() and ((z_hat.std(0, unbiased=False) - 1).abs() < 1e-3).all()
assert mean.max() - mean.min() > 2 * var.sqrt().max() and var.max() > 2 * var.min()  # before: apart, unequal spreads
table(["feature", t(hi="mean: पहले", en="mean: before"), t(hi="std: पहले", en="std: before"),
       t(hi="mean: बाद में", en="mean: after"), t(hi="std: बाद में", en="std: after")],
      [[k, f"{mean[k]:.3f}", f"{var[k].sqrt():.3f}", f"{z_hat[:, k].mean():.3f}",
        f"{z_hat[:, k].std(unbiased=False):.3f}"] for k in shown])

# %%
fig, axes = plt.subplots(1, 2, figsize=(10, 3.2), sharey=True)
for k in shown:
    axes[0].hist(z[:, k], bins=30, alpha=0.6, histtype="stepfilled", label=f"feature {k}")
    axes[1].hist(z_hat[:, k], bins=30, alpha=0.6, histtype="stepfilled", label=f"feature {k}")
axes[0].set(title=t(hi="normalize से पहले: z", en="Before normalizing: z"), xlabel="z",
            ylabel=t(hi="उदाहरणों की गिनती", en="number of examples"))
axes[1].set(title=t(hi="normalize के बाद: ẑ (mean 0, std 1)", en="After normalizing: ẑ (mean 0, std 1)"), xlabel="ẑ")
axes[0].legend(fontsize="small")
fig.tight_layout()
plt.show()

# %% [markdown] lang="hi"
# बाएँ panel में तीनों feature के केंद्र और फैलाव अलग हैं; दाएँ panel में तीनों mean 0 और std 1 पर आ गए हैं, पर हर
# feature के histogram का आकार वही रहा: normalize करना सिर्फ़ खिसकाता और खींचता है। अब यही गणना एक function में, और
# `nn.BatchNorm1d` से तुलना, random $\gamma$ और $\beta$ के साथ:

# %% [markdown] lang="en"
# In the left panel the three features have different centres and spreads; in the right panel all three sit at mean
# 0 and std 1, but each feature's histogram keeps its shape: normalizing only shifts and stretches. Now the same
# computation as a function, compared with `nn.BatchNorm1d`, with random $\gamma$ and $\beta$:

# %%
def batch_norm(z, gamma, beta, eps=1e-5):
    # BatchNorm in training mode for z of shape (batch, features): this batch's statistics, then scale and shift.
    mean, var = z.mean(0), z.var(0, unbiased=False)  # the biased variance (divide by B) normalizes
    return gamma * (z - mean) / torch.sqrt(var + eps) + beta


bn = nn.BatchNorm1d(100)  # starts with γ = 1, β = 0
with torch.no_grad():
    bn.weight.normal_()    # γ
    bn.bias.normal_()      # β
    ours, pytorch = batch_norm(z, bn.weight, bn.bias), bn(z)
gap = (ours - pytorch).abs().max().item()
print(t(hi=f"हमारा batch_norm बनाम nn.BatchNorm1d: सबसे बड़ा अंतर = {gap:.1e}",
        en=f"Our batch_norm versus nn.BatchNorm1d: largest difference = {gap:.1e}"))
assert gap < 1e-5

# %% [markdown] lang="hi"
# **$\gamma$ और $\beta$ किसलिए?** अगर BatchNorm सिर्फ़ normalize करता, तो हर layer का input हमेशा mean 0 और std 1
# पर बँधा रहता, चाहे network के लिए कुछ और बेहतर हो। $\gamma$ और $\beta$ यह आज़ादी लौटाते हैं: $\gamma = \sqrt{\sigma_B^2 + \epsilon}$
# और $\beta = \mu_B$ चुनें तो BatchNorm अपना normalize करना पूरी तरह उलट देता है और $z$ जस का तस लौटता है। Code यह जाँचता है:

# %% [markdown] lang="en"
# **What are $\gamma$ and $\beta$ for?** If BatchNorm only normalized, every layer's input would be tied to mean 0
# and std 1, even when something else suits the network better. $\gamma$ and $\beta$ give that freedom back: choose
# $\gamma = \sqrt{\sigma_B^2 + \epsilon}$ and $\beta = \mu_B$, and BatchNorm undoes its own normalizing and returns $z$
# unchanged. The code checks it:

# %%
undone = batch_norm(z, gamma=torch.sqrt(var + 1e-5), beta=mean)
assert torch.allclose(undone, z, atol=1e-5)
with torch.no_grad():
    y = bn(z)
assert torch.allclose(y.mean(0), bn.bias, atol=1e-5)                    # each feature's mean is now β …
assert torch.allclose(y.std(0, unbiased=False), bn.weight.abs(), rtol=1e-3)  # … and its spread is |γ|
print(t(hi="✔ γ = √(σ² + ε), β = μ चुनने पर BatchNorm z को वैसा ही लौटाता है; और हर feature का output: mean = β, std = |γ|।",
        en="✔ With γ = √(σ² + ε), β = μ BatchNorm returns z unchanged; and each feature's output has mean = β, std = |γ|."))

# %% [markdown] lang="hi"
# > **Notes में सुधार।** Notes कहते हैं कि BatchNorm हर layer के output को mean 0 और variance 1 के आस-पास रखता है। ठीक-ठीक
# > कहें तो यह सिर्फ़ $\hat z$ के लिए सच है; BatchNorm का output $y$ हर feature पर mean $\beta$ और std $|\gamma|$ रखता है
# > (ऊपर मापा), और $\gamma$, $\beta$ training में बदलते हैं (section 4 में मापेंगे)।
#
# **चित्रों के लिए `nn.BatchNorm2d`।** Convolution layer का output shape $(N, C, H, W)$ का होता है: $N$ चित्र, $C$ channel,
# हर channel एक $H \times W$ feature map। `nn.BatchNorm2d(C)` हर **channel** के लिए एक mean और एक variance निकालता है,
# batch के सारे चित्रों और सारी जगहों पर, यानी $N \cdot H \cdot W$ संख्याओं पर; $\gamma$ और $\beta$ भी हर channel के लिए एक-एक
# होते हैं। इसलिए यह वही `batch_norm` है, बस हर जगह को एक अलग उदाहरण मानकर:

# %% [markdown] lang="en"
# > **Correcting the notes.** The notes say BatchNorm keeps each layer's output near mean 0 and variance 1. Strictly,
# > that holds for $\hat z$ only; BatchNorm's output $y$ has mean $\beta$ and std $|\gamma|$ on each feature (measured
# > above), and $\gamma$, $\beta$ change in training (measured in section 4).
#
# **`nn.BatchNorm2d` for images.** A convolution layer's output has shape $(N, C, H, W)$: $N$ images, $C$ channels,
# each channel an $H \times W$ feature map. `nn.BatchNorm2d(C)` computes one mean and one variance per **channel**,
# over all images of the batch and all positions, that is over $N \cdot H \cdot W$ numbers; $\gamma$ and $\beta$ are
# also one per channel. So it is the same `batch_norm`, with every position counted as one more example:

# %%
images = torch.randn(8, 3, 5, 5) * 2 + 1  # N = 8 images, C = 3 channels, 5 × 5 positions
bn2d = nn.BatchNorm2d(3)
with torch.no_grad():
    bn2d.weight.normal_()
    bn2d.bias.normal_()
    as_rows = images.permute(0, 2, 3, 1).reshape(-1, 3)  # (8·5·5, 3): one row per image and position
    ours = batch_norm(as_rows, bn2d.weight, bn2d.bias).reshape(8, 5, 5, 3).permute(0, 3, 1, 2)
    gap = (ours - bn2d(images)).abs().max().item()
    one_image = bn2d(images[:1])  # one image still gives 5 · 5 = 25 numbers per channel: no error
assert gap < 1e-5 and bn2d.running_mean.shape == (3,) and one_image.shape == (1, 3, 5, 5)
print(t(hi=f"हमारा batch_norm (हर channel पर N·H·W = {len(as_rows)} संख्याएँ) बनाम nn.BatchNorm2d: सबसे बड़ा अंतर = {gap:.1e}",
        en=f"Our batch_norm (N·H·W = {len(as_rows)} numbers per channel) versus nn.BatchNorm2d: largest difference = {gap:.1e}"))

# %% [markdown] lang="hi"
# ## 2. Training mode और evaluation mode: running statistics
#
# Training के बाद model को एक-एक चित्र पर भी चलना है, और उसका उत्तर batch के बाक़ी चित्रों पर निर्भर नहीं होना चाहिए।
# इसलिए BatchNorm training mode में चलते-चलते batch statistics का एक running average (चलता औसत) रखता है, और evaluation mode
# (`model.eval()`) में batch के बजाय उन्हीं running statistics से normalize करता है। PyTorch का नियम, momentum $m = 0.1$ के साथ:
#
# $$\text{running\_mean} \leftarrow (1 - m)\cdot\text{running\_mean} + m\cdot\mu_B, \qquad
# \text{running\_var} \leftarrow (1 - m)\cdot\text{running\_var} + m\cdot\tfrac{B}{B-1}\,\sigma_B^2$$
#
# शुरुआत में running mean 0 होता है और running variance 1। दो बारीकियाँ: (1) यह momentum अध्याय 04 के optimizer वाला
# momentum नहीं, बस पुराने औसत और नए batch का मिश्रण है; (2) normalize करने में biased variance $\sigma_B^2$ ($B$ से भाग)
# लगता है, पर running variance में **unbiased variance** ($B - 1$ से भाग) जुड़ता है। नीचे पंक्ति-दर-पंक्ति लिखा हुआ BatchNorm
# 6 batch पर चलता है, हर batch में 4 उदाहरण, और हर कदम पर PyTorch से मिलाया जाता है।

# %% [markdown] lang="en"
# ## 2. Training mode and evaluation mode: running statistics
#
# After training, the model must also run on one image at a time, and its answer must not depend on the other images
# of the batch. So in training mode BatchNorm keeps, as it goes, a running average of the batch statistics, and in
# evaluation mode (`model.eval()`) it normalizes with those running statistics instead of the batch's. PyTorch's rule,
# with momentum $m = 0.1$:
#
# $$\text{running\_mean} \leftarrow (1 - m)\cdot\text{running\_mean} + m\cdot\mu_B, \qquad
# \text{running\_var} \leftarrow (1 - m)\cdot\text{running\_var} + m\cdot\tfrac{B}{B-1}\,\sigma_B^2$$
#
# The running mean starts at 0 and the running variance at 1. Two fine points: (1) this momentum is not the optimizer
# momentum of chapter 04, just a blend of the old average and the new batch; (2) normalizing uses the biased variance
# $\sigma_B^2$ (divided by $B$), but the running variance takes in the **unbiased variance** (divided by $B - 1$).
# Below, a BatchNorm written line by line runs on 6 batches of 4 examples each, and is matched with PyTorch at every step.

# %%
class ScratchBatchNorm:
    # BatchNorm1d written out: batch statistics in training mode, running statistics in evaluation mode.

    def __init__(self, features, momentum=0.1, eps=1e-5):
        self.gamma, self.beta = torch.ones(features), torch.zeros(features)
        self.running_mean, self.running_var = torch.zeros(features), torch.ones(features)
        self.momentum, self.eps, self.training = momentum, eps, True

    def __call__(self, z):
        if self.training:
            size, m = z.shape[0], self.momentum
            mean, var = z.mean(0), z.var(0, unbiased=False)       # normalize with the biased variance …
            self.running_mean = (1 - m) * self.running_mean + m * mean
            self.running_var = (1 - m) * self.running_var + m * var * size / (size - 1)  # … keep the unbiased one
        else:
            mean, var = self.running_mean, self.running_var
        return self.gamma * (z - mean) / torch.sqrt(var + self.eps) + self.beta


torch.manual_seed(1)
ours, pytorch = ScratchBatchNorm(5), nn.BatchNorm1d(5)
biased_var = torch.ones(5)  # what running_var would be if it took in the biased variance
rows = []
with torch.no_grad():
    for step in range(1, 7):
        batch = torch.randn(4, 5) * 3 + 2  # B = 4: the unbiased variance is 4/3 of the biased one
        assert torch.allclose(ours(batch), pytorch(batch), atol=1e-5)
        assert torch.allclose(ours.running_mean, pytorch.running_mean, atol=1e-6)
        assert torch.allclose(ours.running_var, pytorch.running_var, atol=1e-5)
        biased_var = 0.9 * biased_var + 0.1 * batch.var(0, unbiased=False)
        rows.append([step, f"{pytorch.running_mean[0]:.4f}", f"{pytorch.running_var[0]:.4f}", f"{biased_var[0]:.4f}"])
    assert not torch.allclose(biased_var, pytorch.running_var, atol=1e-2)  # the biased version is visibly off
    ours.training = False
    pytorch.eval()
    new = torch.randn(3, 5) * 3 + 2
    gap = (ours(new) - pytorch(new)).abs().max().item()
assert gap < 1e-5 and int(pytorch.num_batches_tracked) == 6
print(t(hi=f"✔ 6 कदमों तक running_mean और running_var PyTorch के बराबर; evaluation mode में सबसे बड़ा अंतर = {gap:.1e}",
        en=f"✔ running_mean and running_var equal PyTorch's for 6 steps; in evaluation mode the largest difference = {gap:.1e}"))
table([t(hi="कदम", en="step"), "running_mean[0]", t(hi="running_var[0] (PyTorch का)", en="running_var[0] (PyTorch)"),
       t(hi="अगर biased variance जोड़ते", en="if it took the biased variance")], rows)

# %% [markdown] lang="hi"
# हर कदम पर हमारे दोनों running statistics PyTorch के buffer (`running_mean`, `running_var`) से मिलते हैं,
# और evaluation mode के output भी। आख़िरी column दिखाता है कि biased variance जोड़ने से running variance हर कदम पर छोटा निकलता: 4 के
# batch पर हर नया हिस्सा 4/3 गुना छोटा होता। `running_mean` और `running_var` parameter नहीं, buffer हैं: gradient उन्हें
# नहीं बदलता, सिर्फ़ training mode का forward pass बदलता है।

# %% [markdown] lang="en"
# At every step both of our running statistics match PyTorch's buffers (`running_mean`, `running_var`), and so do the
# outputs in evaluation mode. The last column shows that taking in the biased variance would make the running variance
# come out smaller at every step: with a batch of 4 each new part would be 4/3 times too small. `running_mean` and
# `running_var` are buffers, not parameters: no gradient changes them, only a forward pass in training mode does.

# %% [markdown] lang="hi"
# ## 3. Batch size: छोटे batch, शोर वाले statistics
#
# $\mu_B$ पूरे data के mean का बस एक अनुमान है, जो $B$ उदाहरणों से निकला है; छोटे batch पर यह अनुमान हर batch में
# अलग निकलता है। नीचे section 1 की layer के एक feature के लिए 300 random batch बनाकर $\mu_B$ का फैलाव मापा गया है, और उसकी
# तुलना सिद्धांत वाले $\sigma/\sqrt{B}$ से की गई है ($\sigma$: पूरे 2,000 अंकों पर उस feature का std)।

# %% [markdown] lang="en"
# ## 3. Batch size: small batches, noisy statistics
#
# $\mu_B$ is only an estimate of the mean over all the data, made from $B$ examples; on small batches that estimate
# comes out different in every batch. Below, 300 random batches are drawn for one feature of the layer of section 1
# and the spread of $\mu_B$ is measured, and compared with the theory's $\sigma/\sqrt{B}$ ($\sigma$: that feature's
# std over all 2,000 digits).

# %%
def batch_means(values, size, batches=300, seed=0):
    # The mean of `values` over `batches` random batches of `size` examples each (drawn without repeats).
    generator = torch.Generator().manual_seed(seed)
    picks = torch.stack([torch.randperm(len(values), generator=generator)[:size] for _ in range(batches)])
    return values[picks].mean(1)


feature = shown[2]
sigma = z_all[:, feature].std(unbiased=False).item()
spread = {size: batch_means(z_all[:, feature], size).std().item() for size in (2, 8, 64, 256)}
assert spread[2] > spread[8] > spread[64] > spread[256]
assert all(0.75 < spread[size] / (sigma / math.sqrt(size)) < 1.25 for size in spread)
table(["batch size B", t(hi="μ_B का फैलाव (मापा)", en="spread of μ_B (measured)"), "σ/√B"],
      [[size, f"{s:.4f}", f"{sigma / math.sqrt(size):.4f}"] for size, s in spread.items()])

# %% [markdown] lang="hi"
# फैलाव लगभग $\sigma/\sqrt{B}$ है: batch 4 गुना बड़ा, तो शोर आधा। दो चरम स्थितियाँ code से:
#
# - **2 का batch:** दो संख्याओं का mean उनके ठीक बीच में होता है, इसलिए normalize करने पर हर feature पर बस $-a$ और $+a$ बचते हैं, जहाँ $a$ लगभग ठीक 1 है (दोनों मान लगभग बराबर हों तो $\epsilon$ की वजह से थोड़ा कम)। Feature का असली मान खो जाता है, सिर्फ़ यह बचता है कि दोनों में कौन बड़ा था।
# - **1 का batch:** training mode में एक संख्या का variance 0 है, और PyTorch error देता है। (Evaluation mode में 1 का batch ठीक चलता है, क्योंकि तब running statistics लगते हैं।)

# %% [markdown] lang="en"
# The spread is about $\sigma/\sqrt{B}$: a batch 4 times larger halves the noise. Two extremes, in code:
#
# - **A batch of 2:** the mean of two numbers sits exactly between them, so after normalizing only $-a$ and $+a$ remain on every feature, with $a$ almost exactly 1 (a little less when the two values nearly coincide, because of $\epsilon$). The feature's real value is lost; all that is left is which of the two was larger.
# - **A batch of 1:** in training mode the variance of one number is 0, and PyTorch raises an error. (In evaluation mode a batch of 1 runs fine, because the running statistics are used then.)

# %%
bn = nn.BatchNorm1d(100)
with torch.no_grad():
    pair = bn(z[:2])
assert torch.allclose(pair[0], -pair[1], atol=1e-5) and pair.abs().median() > 0.99 and (pair.abs() <= 1).all()  # ±a, a ≈ 1
print(t(hi="2 के batch पर normalize के बाद पहले 4 feature:", en="A batch of 2, the first 4 features after normalizing:"))
print(pair[:, :4])
try:
    bn(z[:1])
except ValueError as error:
    message = str(error)
else:
    raise AssertionError
print(t(hi="1 का batch, training mode:", en="A batch of 1, training mode:"), message)
bn.eval()
with torch.no_grad():
    assert bn(z[:1]).shape == (1, 100)  # evaluation mode: fine

# %% [markdown] lang="hi"
# **ख़ुद आज़माइए।** बायाँ slider batch size $B = 2^k$ चुनता है: बाएँ panel में उसी feature के 300 batch के $\mu_B$ दिखते हैं
# (काली रेखा: पूरे data का mean)। $\gamma$ और $\beta$ के slider दाएँ panel को बदलते हैं: section 1 के तीन feature का
# output $y = \gamma\hat z + \beta$। देखिए: $B$ छोटा करने पर $\mu_B$ कितना बिखरता है, और $\gamma$, $\beta$ से केंद्र और चौड़ाई कैसे बदलते हैं।

# %% [markdown] lang="en"
# **Try it yourself.** The left slider picks the batch size $B = 2^k$: the left panel shows $\mu_B$ of the same feature
# over 300 batches (black line: the mean over all the data). The $\gamma$ and $\beta$ sliders change the right panel:
# the output $y = \gamma\hat z + \beta$ of the three features of section 1. Look how far $\mu_B$ scatters as $B$
# shrinks, and how $\gamma$ and $\beta$ move the centre and the width.

# %%
def draw_batchnorm(k, gamma, beta):
    size = 2 ** round(k)
    means = batch_means(z_all[:, feature], size)
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.2))
    axes[0].hist(means, bins=30, color="tab:blue", histtype="stepfilled")
    axes[0].axvline(z_all[:, feature].mean(), color="black")
    axes[0].set(xlim=(means.mean() - 4 * sigma, means.mean() + 4 * sigma), xlabel="μ_B",
                title=t(hi=f"B = {size}: μ_B का फैलाव {means.std():.3f}", en=f"B = {size}: spread of μ_B {means.std():.3f}"))
    for k_shown in shown:
        axes[1].hist(gamma * z_hat[:, k_shown] + beta, bins=30, alpha=0.6, histtype="stepfilled", label=f"feature {k_shown}")
    axes[1].set(xlim=(-8, 8), xlabel="y = γẑ + β",
                title=t(hi=f"γ = {gamma:.1f}, β = {beta:.1f}: तीन feature का output y", en=f"γ = {gamma:.1f}, β = {beta:.1f}: output y of three features"))
    fig.tight_layout()


sliders(draw_batchnorm, {"k": ("k (B = 2^k)", 1, 8, 1, 3), "gamma": ("γ", 0.1, 3.0, 0.1, 1.0),
                         "beta": ("β", -4.0, 4.0, 0.5, 0.0)})

# %% [markdown] lang="hi"
# ## 4. असली अंकों पर: BatchNorm के साथ और बिना
#
# अब पूरे network। `mlp([784, 100, 100, 10], batchnorm=True)` हर hidden layer में Linear → BatchNorm1d → ReLU रखता है।
# तीन network को 2,000 अंकों पर 2 epoch तक साधारण mini-batch SGD (अध्याय 04, batch 64) से train करते हैं, और बाक़ी
# 1,000 test अंकों पर सटीकता मापते हैं:
#
# - BatchNorm के बिना, PyTorch के default initialization के साथ;
# - BatchNorm के बिना, He initialization के साथ (ReLU के लिए मेल खाता initialization, अध्याय 10): यही कड़ी टक्कर देगा;
# - BatchNorm के साथ, default initialization।
#
# हर network को learning rate 0.1, 0.3, 1, 3 और 10 पर, छोटे से बड़े की ओर, चलाते हैं, और जिस learning rate पर loss diverge करे (NaN हो
# जाए या शुरू से नीचे न आए), वहीं उस network का sweep रोक देते हैं (plot में NaN loss 3 पर दिखाया गया है)। हम किसी run को “स्थिर” तब कहेंगे जब आख़िरी epoch का औसत loss शुरू के
# loss ($\ln 10 \approx 2.30$, यानी बिना सीखे बस अंदाज़ा लगाने पर) के आधे से कम हो।

# %% [markdown] lang="en"
# ## 4. On real digits: with and without BatchNorm
#
# Now whole networks. `mlp([784, 100, 100, 10], batchnorm=True)` puts Linear → BatchNorm1d → ReLU in each hidden layer.
# Three networks are trained on 2,000 digits for 2 epochs with plain mini-batch SGD (chapter 04, batch 64), and their
# accuracy is measured on the other 1,000 test digits:
#
# - without BatchNorm, with PyTorch's default initialization;
# - without BatchNorm, with He initialization (the initialization that suits ReLU, chapter 10): the tough competitor;
# - with BatchNorm, default initialization.
#
# Each network runs at learning rates 0.1, 0.3, 1, 3 and 10, from small to large, and its sweep stops at the first
# learning rate where the loss diverges (becomes NaN or ends no lower than it started; the plot shows a NaN loss at 3). We call a run “stable” when the mean loss of its last epoch is below half
# of the starting loss ($\ln 10 \approx 2.30$, that is, guessing).

# %%
def accuracy(model, x, y):
    # Share of digits classified right, in evaluation mode.
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


def train(model, data, lr, epochs=2, batch_size=64, seed=0):
    # Plain mini-batch SGD, p ← p − η·∂L/∂p; returns every step's loss and the test accuracy after each epoch.
    x, y, x_test, y_test = data
    generator = torch.Generator().manual_seed(seed)
    losses, accuracies = [], []
    for _ in range(epochs):
        model.train()
        for batch in torch.randperm(len(x), generator=generator).split(batch_size):
            loss = F.cross_entropy(model(x[batch]), y[batch])
            model.zero_grad()
            loss.backward()
            with torch.no_grad():
                for p in model.parameters():
                    p -= lr * p.grad
            losses.append(loss.item())
        accuracies.append(accuracy(model, x_test, y_test))
    return losses, accuracies


def stable(losses, steps_per_epoch):
    # The last epoch's mean loss is finite and below half of ln 10 (where an untrained network starts).
    last = sum(losses[-steps_per_epoch:]) / steps_per_epoch
    return math.isfinite(last) and last < math.log(10) / 2


NETWORKS = {"plain": dict(), "He": dict(init="he"), "BN": dict(batchnorm=True)}
LABELS = {"plain": t(hi="BN के बिना, default init", en="no BN, default init"),
          "He": t(hi="BN के बिना, He init", en="no BN, He init"), "BN": "BatchNorm"}
RATES = (0.1, 0.3, 1.0, 3.0, 10.0)
steps = math.ceil(len(digits[0]) / 64)
runs = {}
for name, options in NETWORKS.items():
    for lr in RATES:  # from small to large; the first rate whose loss diverges ends this network's sweep
        model = mlp([784, 100, 100, 10], seed=0, **options)
        runs[name, lr] = (model, *train(model, digits, lr))
        last = sum(runs[name, lr][1][-steps:]) / steps
        if not last < math.log(10):  # NaN, or no lower than where it started
            break
tried = {name: [lr for lr in RATES if (name, lr) in runs] for name in NETWORKS}
largest = {name: max([lr for lr in tried[name] if stable(runs[name, lr][1], steps)], default=None) for name in NETWORKS}
best = {name: max(tried[name], key=lambda lr: runs[name, lr][2][-1]) for name in NETWORKS}
assert largest["BN"] >= 10 * max(largest["He"], largest["plain"])
assert runs["BN", 0.3][2][0] > max(runs["He", 0.3][2][0], runs["plain", 0.3][2][0])
assert abs(runs["BN", 0.3][2][1] - runs["He", 0.3][2][1]) < 0.02  # after epoch 2 at η = 0.3: only a tie (section 5)
assert runs["BN", best["BN"]][2][-1] > runs["He", best["He"]][2][-1] > runs["plain", best["plain"]][2][-1]
top = {name: runs[name, best[name]][2][-1] for name in NETWORKS}
assert top["He"] - top["plain"] > top["BN"] - top["He"]  # He closes the larger part of the gap
assert sum(runs["BN", 0.3][1]) < min(sum(runs["He", 0.3][1]), sum(runs["plain", 0.3][1]))  # lowest learning curve
assert not math.isfinite(runs["He", 1.0][1][-1])  # He initialization at η = 1: the loss became NaN
last_loss = {lr: sum(runs["BN", lr][1][-steps:]) / steps for lr in tried["BN"]}
assert last_loss[1.0] < last_loss[0.1] and runs["BN", 1.0][2][-1] < runs["BN", 0.1][2][-1]

# %%
fig, axes = plt.subplots(1, 2, figsize=(11, 3.4))
for name in NETWORKS:
    last = [sum(runs[name, lr][1][-steps:]) / steps for lr in tried[name]]
    axes[0].plot(tried[name], [v if math.isfinite(v) else 3.0 for v in last], "o-", label=LABELS[name])
    smooth = torch.tensor(runs[name, 0.3][1]).unfold(0, 8, 1).mean(1)  # the mean of every 8 steps in a row
    axes[1].plot(range(8, len(smooth) + 8), smooth, label=LABELS[name])
axes[0].axhline(math.log(10) / 2, color="grey", ls="--")
axes[0].set(xscale="log", xlabel="learning rate η", ylabel="loss",
            title=t(hi="आख़िरी epoch का loss (रेखा से नीचे: स्थिर)", en="Loss of the last epoch (below the line: stable)"))
axes[1].set(xlabel=t(hi="कदम", en="step"), ylabel="loss",
            title=t(hi="η = 0.3 पर learning curve (8 कदमों का औसत)", en="Learning curves at η = 0.3 (mean of 8 steps)"))
axes[0].legend(fontsize="small")
fig.tight_layout()
plt.show()

table(["network", t(hi="सबसे बड़ा स्थिर η", en="largest stable η"),
       t(hi="η = 0.3: epoch 1 के बाद", en="η = 0.3: after epoch 1"), t(hi="η = 0.3: epoch 2 के बाद", en="η = 0.3: after epoch 2"),
       t(hi="सबसे अच्छी test सटीकता (η)", en="best test accuracy (η)")],
      [[LABELS[name], f"{largest[name]:g}", f"{runs[name, 0.3][2][0]:.1%}", f"{runs[name, 0.3][2][1]:.1%}",
        f"{runs[name, best[name]][2][-1]:.1%} ({best[name]:g})"] for name in NETWORKS])

# %% [markdown] lang="hi"
# हर पंक्ति पढ़िए:
#
# - **सबसे बड़ा स्थिर learning rate:** BatchNorm वाला network बाक़ी दोनों से 10 गुना बड़े learning rate पर भी सीखता है। बिना BatchNorm के बड़े कदम loss को ऊपर फेंक देते हैं (He initialization के साथ loss NaN तक जाता है)।
# - **एक ही learning rate (0.3) पर:** BatchNorm वाला network पहले epoch के बाद ही आगे है (learning curve भी सबसे नीचे है)।
# - **सबसे अच्छी सटीकता:** हर network को उसका अपना सबसे अच्छा learning rate दें, तब भी 2 epoch के बाद BatchNorm आगे है। He initialization default initialization से आई दूरी का बड़ा हिस्सा पाट देता है; यानी यहाँ BatchNorm के फ़ायदे का एक हिस्सा बस ख़राब initialization की भरपाई है।
# - **कहानी से उलटी बातें:** BatchNorm वाले network की test सटीकता η = 1 पर η = 0.1 से कम है, जबकि आख़िरी epoch का उसका औसत training loss वहाँ और भी नीचे है; और η = 0.3 पर epoch 2 के बाद वह He initialization की बस बराबरी करता है। Section 5 इसके दो कारण मापता है: evaluation mode के running statistics पिछड़ जाते हैं, और η = 1 पर loss कदम-दर-कदम उछलता है, तो आख़िरी weight एक ख़राब जगह पर रुक सकते हैं।
#
# > **Notes में सुधार।** Notes की तालिका (epoch 5, 10, 20 पर 62%→79%, 71%→87%, 76%→91%) एक उदाहरण भर है, कोई माप नहीं।
# > यहाँ 2,000 अंकों पर 2 epoch के बाद मापा गया सच ऊपर की तालिका में है।

# %% [markdown] lang="en"
# Read each row:
#
# - **Largest stable learning rate:** the BatchNorm network still learns at a learning rate 10 times larger than either of the others. Without BatchNorm, large steps throw the loss up (with He initialization the loss goes as far as NaN).
# - **At one learning rate (0.3):** the BatchNorm network is ahead already after the first epoch (its learning curve is also the lowest).
# - **Best accuracy:** give each network its own best learning rate, and BatchNorm is still ahead after 2 epochs. He initialization closes a large part of the gap left by the default initialization; that is, part of BatchNorm's gain here is simply making up for a poor initialization.
# - **Against the story:** the BatchNorm network's test accuracy at η = 1 is lower than at η = 0.1, although the mean training loss of its last epoch is even lower there; and at η = 0.3 after epoch 2 it only ties He initialization. Section 5 measures two reasons: the running statistics of evaluation mode fall behind, and at η = 1 the loss jumps from step to step, so the final weights can stop at a bad point.
#
# > **Correcting the notes.** The notes' table (62%→79%, 71%→87%, 76%→91% at epochs 5, 10, 20) is an illustration,
# > not a measurement. What was measured here, after 2 epochs on 2,000 digits, is in the table above.

# %%
bn_model = runs["BN", 0.3][0]
norms = [m for m in bn_model.modules() if isinstance(m, nn.BatchNorm1d)]
gammas = torch.cat([m.weight.detach() for m in norms])
betas = torch.cat([m.bias.detach() for m in norms])
assert (gammas - 1).abs().max() > 0.05 and betas.abs().max() > 0.05  # they moved away from 1 and 0
print(t(hi=f"η = 0.3 पर 2 epoch के बाद: γ का दायरा {gammas.min():.2f} से {gammas.max():.2f}, β का {betas.min():.2f} से {betas.max():.2f}",
        en=f"After 2 epochs at η = 0.3: γ ranges from {gammas.min():.2f} to {gammas.max():.2f}, β from {betas.min():.2f} to {betas.max():.2f}"))

# %% [markdown] lang="hi"
# $\gamma$ और $\beta$ सचमुच सीखे गए: वे 1 और 0 से हट गए। इसलिए BatchNorm का output हर feature पर ठीक mean 0 और std 1 नहीं
# रहता; network ख़ुद तय करता है कि हर feature कितना फैले और कहाँ रहे।

# %% [markdown] lang="en"
# $\gamma$ and $\beta$ really were learned: they moved away from 1 and 0. So BatchNorm's output does not stay at exactly
# mean 0 and std 1 on each feature; the network itself decides how wide each feature spreads and where it sits.

# %% [markdown] lang="hi"
# ## 5. `model.eval()` भूल गए तो?
#
# Notes कहते हैं कि PyTorch `.train()` और `.eval()` से यह सब ख़ुद सँभाल लेता है। सँभालता है, पर तभी जब आप ख़ुद
# `model.eval()` call करें: mode अपने-आप नहीं बदलता। नीचे section 4 का BatchNorm network (η = 0.3) training mode में ही छोड़कर test
# अंकों पर चलाया गया है। पहले एक ही अंक को दो अलग batch में रखते हैं:

# %% [markdown] lang="en"
# ## 5. What if you forget `model.eval()`?
#
# The notes say PyTorch handles all this by itself through `.train()` and `.eval()`. It does, but only when you call
# `model.eval()` yourself: the mode does not change by itself. Below, the BatchNorm network of section 4 (η = 0.3) is
# left in training mode and run on the test digits. First, one digit is put into two different batches:

# %%
def prediction_in_two_batches(model, x, training):
    # The logits of digit x[0] when it shares a batch with x[1:8], and with x[8:15].
    model.train(training)
    with torch.no_grad():
        first = model(torch.cat([x[:1], x[1:8]]))[0]
        second = model(torch.cat([x[:1], x[8:15]]))[0]
    return first, second


forgetful = copy.deepcopy(bn_model)  # a copy: running the original in training mode would change it
gap = {}
for mode, training in [("train", True), ("eval", False)]:
    first, second = prediction_in_two_batches(forgetful, digits[2], training)
    gap[mode] = (first - second).abs().max().item()
assert gap["train"] > 0.1 and gap["eval"] == 0
print(t(hi=f"एक ही अंक, दो batch: logits का सबसे बड़ा अंतर, training mode में {gap['train']:.2f}, evaluation mode में {gap['eval']:.0f}",
        en=f"One digit, two batches: the largest difference of the logits is {gap['train']:.2f} in training mode, {gap['eval']:.0f} in evaluation mode"))

# %% [markdown] lang="hi"
# Training mode में एक अंक का prediction इस पर निर्भर है कि उसके साथ batch में और कौन-से अंक हैं। अब पूरे test set
# पर, अलग-अलग batch size के साथ:

# %% [markdown] lang="en"
# In training mode one digit's prediction depends on which other digits share its batch. Now on the whole test set,
# with different batch sizes:

# %%
def accuracy_in_batches(model, x, y, size, training):
    # Test accuracy when the test digits go through the model `size` at a time, in the given mode.
    model.train(training)
    with torch.no_grad():
        right = sum((model(x[i:i + size]).argmax(1) == y[i:i + size]).sum().item() for i in range(0, len(x), size))
    return right / len(x)


before = forgetful[0][1].running_mean.clone()
in_batches = {size: (accuracy_in_batches(forgetful, *digits[2:], size, training=True),
                     accuracy_in_batches(bn_model, *digits[2:], size, training=False)) for size in (2, 8, 64, 1000)}
moved = (forgetful[0][1].running_mean - before).abs().max().item()
assert in_batches[2][0] < in_batches[2][1] - 0.3 and in_batches[8][0] < in_batches[8][1] - 0.05
assert len({eval_mode for _, eval_mode in in_batches.values()}) == 1 and moved > 0
print(t(hi=f"training mode में test data से पहली BatchNorm layer का running_mean बदला: सबसे बड़ा बदलाव {moved:.3f}",
        en=f"In training mode the test data changed the first BatchNorm layer's running_mean: largest change {moved:.3f}"))
table(["batch size", t(hi="training mode (eval भूल गए)", en="training mode (forgot eval)"), "evaluation mode"],
      [[size, f"{train_mode:.1%}", f"{eval_mode:.1%}"] for size, (train_mode, eval_mode) in in_batches.items()])

# %% [markdown] lang="hi"
# Evaluation mode में सटीकता हर batch size पर बिल्कुल एक जैसी है। Training mode में 2 के batch पर सटीकता बुरी तरह गिर
# जाती है और 8 पर भी साफ़ कम है। **कहानी से उलटी पंक्तियाँ:** 64 और 1000 के batch पर training mode evaluation mode से आगे
# है। कारण: momentum 0.1 वाले running statistics लगभग पिछले 10 batch का औसत हैं, और ये batch ऐसे weight से गुज़रे थे जो
# बड़े learning rate पर अभी तेज़ी से बदल रहे थे; छोटी training के अंत में ये statistics पिछड़ जाते हैं। बड़े batch के
# अपने statistics ताज़ा हैं। फिर भी training mode इसका इलाज नहीं (prediction batch पर निर्भर रहेगा); इलाज नीचे है। एक और छिपा नुक़सान: training mode में चलाने
# से test data ने running statistics बदल दिए (पहली BatchNorm layer के `running_mean` का बदलाव ऊपर छपा है)। इसलिए
# test करने से पहले हमेशा `model.eval()`, और training पर लौटते समय `model.train()`।

# %% [markdown] lang="en"
# In evaluation mode the accuracy is exactly the same for every batch size. In training mode it collapses on batches of
# 2 and is clearly lower on batches of 8 too. **The rows against the story:** on batches of 64 and 1000, training mode is
# ahead of evaluation mode. The reason: with momentum 0.1 the running statistics are roughly an average of the last 10
# batches, and those batches went through weights that were still changing fast at a large learning rate; at the end of
# a short training these statistics lag behind. A large batch's own statistics are fresh. Still, training mode is not
# the cure (the prediction would depend on the batch); the cure is below. One more hidden
# harm: running in training mode let the test data change the running statistics (the change of the first
# BatchNorm layer's `running_mean` is printed above). So always `model.eval()` before testing, and `model.train()` when going
# back to training.

# %% [markdown] lang="hi"
# **पिछड़े running statistics का इलाज।** Training के बाद weight नहीं बदलते, तो running statistics एक बार फिर से गिन लीजिए:
# `reset_running_stats()`, `momentum = None` (तब PyTorch साधारण औसत रखता है), और training data पर training mode में
# एक forward pass, बिना gradient के। यह सिर्फ़ statistics बदलता है, कोई weight नहीं।

# %% [markdown] lang="en"
# **The cure for lagging running statistics.** After training the weights are fixed, so count the running statistics
# once more: `reset_running_stats()`, `momentum = None` (then PyTorch keeps a plain average), and one forward pass over
# the training data in training mode, without gradients. This changes only the statistics, no weight.

# %%
def recalibrated(model, x):
    # a copy of `model` whose running statistics are counted afresh on x (the weights stay as they are)
    model = copy.deepcopy(model)
    for module in model.modules():
        if isinstance(module, nn.BatchNorm1d):
            module.reset_running_stats()
            module.momentum = None  # a plain average instead of the running one
    model.train()
    with torch.no_grad():
        model(x)
    return model


calibrated = {lr: recalibrated(runs["BN", lr][0], digits[0]) for lr in (0.1, 0.3, 1.0, 3.0)}
fresh = {lr: accuracy(model, *digits[2:]) for lr, model in calibrated.items()}  # accuracy() switches to eval mode
with torch.no_grad():  # the final weights on all 2,000 training digits
    end_loss = {lr: F.cross_entropy(model(digits[0]), digits[1]).item() for lr, model in calibrated.items()}
jumps = {lr: torch.tensor(runs["BN", lr][1][-steps:]).std().item() for lr in calibrated}  # step-to-step spread of the loss
assert fresh[0.3] > in_batches[64][1] + 0.02 and fresh[0.3] >= in_batches[1000][0] - 0.01
assert all(fresh[lr] > runs["BN", lr][2][-1] for lr in fresh) and fresh[0.3] > runs["He", 0.3][2][-1] + 0.03
assert fresh[1.0] < fresh[0.1] - 0.05  # recounting does not close the whole gap of section 4 …
assert end_loss[1.0] > 2 * end_loss[0.1] and jumps[1.0] > 2 * jumps[0.1]  # … the final weights at η = 1 stopped at a bad point
table(["η", t(hi="evaluation mode: training के अंत वाले statistics", en="evaluation mode: statistics as training left them"),
       t(hi="evaluation mode: फिर से गिने statistics", en="evaluation mode: statistics counted afresh"),
       t(hi="आख़िरी weight का loss, 2,000 training अंकों पर", en="loss of the final weights on the 2,000 training digits"),
       t(hi="आख़िरी epoch में कदमों के loss का फैलाव (std)", en="spread (std) of the step losses in the last epoch")],
      [[f"{lr:g}", f"{runs['BN', lr][2][-1]:.1%}", f"{fresh[lr]:.1%}", f"{end_loss[lr]:.3f}", f"{jumps[lr]:.3f}"]
       for lr in fresh])

# %% [markdown] lang="hi"
# इस run में हर learning rate पर फिर से गिने statistics के साथ evaluation mode की सटीकता बढ़ी, और η = 0.3 पर वह बड़े batch वाले
# training mode के बराबर आ गई (और He initialization से साफ़ आगे), अब batch से स्वतंत्र। कितना फ़ायदा होगा, यह इस पर निर्भर है कि
# statistics कितने पिछड़े थे: दूसरे seed पर यह देरी कभी-कभी छोटी होती है और फिर से गिनने से कुछ ख़ास नहीं बदलता। tests/test_ch09.py
# कई seed पर जाँचता है कि η = 0.3 पर फिर से गिनने से सटीकता घटती नहीं, और यह भी कि आख़िरी, रुके हुए weight के साथ momentum 0.1 से इकट्ठे
# statistics भी फिर से गिने statistics जितने ही अच्छे हैं: दोष औसत लेने के तरीक़े का नहीं, देरी का है।
#
# फिर से गिनने से section 4 का η = 1 और η = 0.1 वाला पूरा अंतर नहीं मिटता। बाक़ी हिस्सा बड़े कदम का ही है: η = 1 पर loss कदम-दर-कदम
# कहीं ज़्यादा उछलता है (आख़िरी column), और आख़िरी weight एक ख़राब जगह पर रुके: सारे 2,000 training अंकों पर उनका loss η = 0.1
# वाले loss के दोगुने से भी ज़्यादा है, जबकि आख़िरी epoch का औसत loss कम था। वह औसत कई कदमों का है; test सिर्फ़ आख़िरी weight को परखता है।

# %% [markdown] lang="en"
# In this run, at every learning rate, evaluation mode with the statistics counted afresh is more accurate, and at η = 0.3
# it reaches the large-batch training mode (and is clearly ahead of He initialization), now independent of the batch. How
# much it gains depends on how far the statistics lagged: on other seeds the lag is sometimes small and recounting changes
# little. tests/test_ch09.py checks on several seeds that at η = 0.3 recounting does not lower the accuracy, and that
# statistics gathered with momentum 0.1 on the final, frozen weights are as good as the recounted ones: the culprit is the
# lag, not the way of averaging.
#
# Recounting does not close the whole gap between η = 1 and η = 0.1 of section 4. The rest is the large step itself: at
# η = 1 the loss jumps much more from step to step (last column), and the final weights stopped at a bad point: their loss
# on all 2,000 training digits is more than twice that at η = 0.1, although the mean loss of the last epoch was lower.
# That mean is over many steps; the test judges only the final weights.

# %% [markdown] lang="hi"
# ## 6. BatchNorm कहाँ रखें: activation function से पहले या बाद में?
#
# Notes की तालिका Linear → BatchNorm1d → activation (और Conv2d → BatchNorm2d → activation) बताती है; मूल BatchNorm paper
# (Ioffe और Szegedy, 2015) ने भी यही किया था। पर activation के बाद रखना भी आम है। दोनों को एक ही data, एक ही seed और एक ही
# learning rate (0.3) पर मापते हैं:

# %% [markdown] lang="en"
# ## 6. Where to put BatchNorm: before or after the activation function?
#
# The notes' table gives Linear → BatchNorm1d → activation (and Conv2d → BatchNorm2d → activation); the original
# BatchNorm paper (Ioffe and Szegedy, 2015) did the same. But placing it after the activation is common too. Both are
# measured on the same data, the same seed and the same learning rate (0.3):

# %%
def bn_after_activation(seed=0):
    # Linear → ReLU → BatchNorm1d in each hidden layer (mlp(..., batchnorm=True) puts BatchNorm before ReLU).
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(784, 100), nn.ReLU(), nn.BatchNorm1d(100),
                         nn.Linear(100, 100), nn.ReLU(), nn.BatchNorm1d(100), nn.Linear(100, 10))


after = bn_after_activation()
after_losses, _ = train(after, digits, lr=0.3)
placement = {t(hi="पहले: Linear → BN → ReLU", en="before: Linear → BN → ReLU"): (bn_model, runs["BN", 0.3][1]),
             t(hi="बाद में: Linear → ReLU → BN", en="after: Linear → ReLU → BN"): (after, after_losses)}
results = [(sum(losses[-steps:]) / steps, accuracy(recalibrated(model, digits[0]), *digits[2:]))
           for model, losses in placement.values()]
assert all(loss < 0.5 and right > 0.8 for loss, right in results)
assert results[0][0] < results[1][0] and 0 < results[0][1] - results[1][1] < 0.1  # before: a little ahead
table([t(hi="कहाँ", en="where"), t(hi="आख़िरी epoch का loss", en="loss of the last epoch"),
       t(hi="test सटीकता (फिर से गिने statistics)", en="test accuracy (statistics counted afresh)")],
      [[name, f"{loss:.3f}", f"{right:.1%}"] for name, (loss, right) in zip(placement, results)])

# %% [markdown] lang="hi"
# दोनों जगह network अच्छी तरह सीखता है। इस छोटी training में activation से पहले वाली जगह थोड़ी आगे रही: loss कम और test सटीकता
# कुछ प्रतिशत अंक ज़्यादा (tests/test_ch09.py कई seed पर जाँचता है कि loss कम रहता है और सटीकता पीछे नहीं रहती)। कौन-सी जगह बेहतर है, इस पर deep learning में काम करने वालों के बीच बहस
# है, और लंबी training या दूसरे network में अंतर बदल सकता है। इसलिए पहले वाली, आम जगह से शुरू कीजिए, और बदलना हो तो मापकर।
#
# एक उपयोगी बात: जब Linear layer के ठीक बाद BatchNorm हो, तो Linear layer का bias $b$ बेकार है, क्योंकि BatchNorm mean घटाते समय हर
# feature में जुड़ा कोई भी स्थिरांक हटा देता है; shift का काम $\beta$ करता है। इसलिए bias का gradient शून्य है:

# %% [markdown] lang="en"
# In both places the network learns well. In this short training the place before the activation came out a little
# ahead: a lower loss and a test accuracy a few percentage points higher (tests/test_ch09.py checks on several seeds that
# the loss stays lower and the accuracy does not fall behind). Which place is better is debated among practitioners, and the gap can change with longer training or another
# network. So start with the first, common place, and change it only by measuring.
#
# One useful point: when BatchNorm comes right after a Linear layer, the Linear layer's bias $b$ is useless, because
# subtracting the mean removes any constant added to a feature; $\beta$ does the shifting. So its gradient is zero:

# %%
first_linear = bn_model[0][0]
bn_model.train()
bn_model.zero_grad()
F.cross_entropy(bn_model(digits[0][:64]), digits[1][:64]).backward()
bias_gradient, weight_gradient = first_linear.bias.grad.abs().max().item(), first_linear.weight.grad.norm().item()
assert bias_gradient < 1e-6 < 1e-2 < weight_gradient
print(t(hi=f"BatchNorm से पहले वाली Linear layer: |∂L/∂b| अधिकतम {bias_gradient:.0e}, जबकि ‖∂L/∂W‖ = {weight_gradient:.3f}",
        en=f"The Linear layer before BatchNorm: largest |∂L/∂b| = {bias_gradient:.0e}, while ‖∂L/∂W‖ = {weight_gradient:.3f}"))

# %% [markdown] lang="hi"
# इसीलिए BatchNorm से पहले वाली layer अक्सर `nn.Linear(784, 100, bias=False)` (या `nn.Conv2d(..., bias=False)`) लिखी जाती है।
#
# ## 7. BatchNorm मदद क्यों करता है?
#
# मूल paper ने इसका कारण **internal covariate shift** बताया: training में पिछली layer के weight बदलते हैं, तो अगली layer के
# input का distribution भी बदलता रहता है, और BatchNorm उसे स्थिर रखता है। Notes इसे तय कारण की तरह पेश करते हैं, पर बाद की
# research (Santurkar और साथी, 2018, “How Does Batch Normalization Help Optimization?”) ने दिखाया कि हर BatchNorm layer के बाद
# जान-बूझकर random शोर डालकर distribution हिलाने पर भी network लगभग उतना ही अच्छा सीखता है, और उनका तर्क है कि असली फ़ायदा एक ज़्यादा चिकना
# **loss landscape** (loss की ऊँची-नीची “ज़मीन”) है: gradient ज़्यादा भरोसेमंद होते हैं, इसलिए बड़े कदम (बड़ा learning rate) सुरक्षित रहते हैं, जैसा section 4 में मापा गया।
#
# **क्या BatchNorm dropout की तरह regularization करता है?** थोड़ा-सा: section 5 में दिखा कि training mode में एक उदाहरण का output
# उसके batch के साथियों पर निर्भर करता है; यह शोर हल्का regularization है, और मूल paper ने बताया कि इससे dropout की ज़रूरत
# कम हो सकती है। पर यह dropout का पूरा विकल्प नहीं है, और बड़े batch में यह शोर घटता जाता है (section 3)।

# %% [markdown] lang="en"
# That is why the layer before BatchNorm is often written `nn.Linear(784, 100, bias=False)` (or `nn.Conv2d(..., bias=False)`).
#
# ## 7. Why does BatchNorm help?
#
# The original paper gave **internal covariate shift** as the reason: in training, the weights of an earlier layer
# change, so the distribution of the next layer's input keeps changing, and BatchNorm keeps it steady. The notes present
# this as the settled reason, but later research (Santurkar and co-authors, 2018, “How Does Batch Normalization Help
# Optimization?”) showed that the network learns about as well even when random noise is added on purpose after each
# BatchNorm layer to shake that distribution, and argued that the real gain is a smoother **loss landscape**: the gradients
# are more reliable, so large steps (a large learning rate) stay safe, as measured in section 4.
#
# **Does BatchNorm regularize like dropout?** A little: section 5 showed that in training mode one example's output
# depends on its batch mates; that noise is a mild regularization, and the original paper reported that it can reduce
# the need for dropout. But it is no full replacement for dropout, and on larger batches that noise keeps shrinking
# (section 3).

# %% [markdown] lang="hi"
# ## 8. कब क्या लगाएँ
#
# | स्थिति | क्या लगाएँ | क्यों (इस अध्याय में मापा) |
# |---|---|---|
# | `nn.Linear` वाली hidden layer | `nn.BatchNorm1d(features)`, Linear → BN → activation | हर feature पर batch statistics; 10 गुना बड़ा स्थिर learning rate (section 4) |
# | convolution layer | `nn.BatchNorm2d(channels)` | हर channel पर $N \cdot H \cdot W$ संख्याओं के statistics (section 1) |
# | BatchNorm से ठीक पहले की layer | `bias=False` | BatchNorm mean घटाकर bias हटा देता है; उसका gradient शून्य है (section 6) |
# | test, prediction, validation | `model.eval()` | training mode में 2 के batch पर सटीकता बुरी तरह गिरी (section 5) |
# | training के बहुत छोटे batch (1–2) | BatchNorm नहीं; `nn.LayerNorm` जैसा normalization | 1 के batch पर error, 2 पर सिर्फ़ ±1 (section 3) |
# | छोटी training, बड़ा learning rate | training के बाद running statistics फिर से गिनें | running statistics पिछड़ जाते हैं (section 5) |
#
# `nn.LayerNorm` हर उदाहरण को उसके अपने feature पर normalize करता है, batch पर नहीं; इसलिए वह 1 के batch पर भी चलता है
# और एक उदाहरण का output batch पर निर्भर नहीं करता:

# %% [markdown] lang="en"
# ## 8. Which to use when
#
# | situation | what to use | why (measured in this chapter) |
# |---|---|---|
# | a hidden layer with `nn.Linear` | `nn.BatchNorm1d(features)`, Linear → BN → activation | batch statistics per feature; a 10 times larger stable learning rate (section 4) |
# | a convolution layer | `nn.BatchNorm2d(channels)` | statistics per channel over $N \cdot H \cdot W$ numbers (section 1) |
# | the layer right before BatchNorm | `bias=False` | BatchNorm removes the bias when it subtracts the mean; its gradient is zero (section 6) |
# | testing, prediction, validation | `model.eval()` | in training mode, accuracy collapsed on batches of 2 (section 5) |
# | very small training batches (1–2) | not BatchNorm; a normalization such as `nn.LayerNorm` | an error for a batch of 1, only ±1 for 2 (section 3) |
# | short training, large learning rate | count the running statistics afresh after training | the running statistics lag behind (section 5) |
#
# `nn.LayerNorm` normalizes each example over its own features, not over the batch; so it runs on a batch of 1 too,
# and one example's output does not depend on the batch:

# %%
layer_norm = nn.LayerNorm(100)
with torch.no_grad():
    alone, in_batch = layer_norm(z[:1]), layer_norm(z[:8])[:1]
assert torch.allclose(alone, in_batch) and abs(alone.mean().item()) < 1e-5
print(t(hi="✔ LayerNorm: 1 का batch चलता है, और output batch के साथियों पर निर्भर नहीं।",
        en="✔ LayerNorm: a batch of 1 runs, and the output does not depend on the batch mates."))

# %% [markdown] lang="hi"
# ## सारांश
#
# - BatchNorm हर feature को batch के mean और (biased) variance से normalize करता है, फिर सीखे हुए $\gamma$ से scale और $\beta$ से shift करता है; $\gamma$ और $\beta$ चाहें तो normalize करना पूरी तरह उलट भी सकते हैं।
# - `nn.BatchNorm1d` हर feature पर batch के सारे उदाहरणों से statistics लेता है; `nn.BatchNorm2d` हर channel पर batch के सारे चित्रों और जगहों से।
# - Training mode में batch statistics लगते हैं और running statistics अपडेट होते हैं ($m = 0.1$, running variance में unbiased variance); evaluation mode में running statistics लगते हैं।
# - छोटे batch के statistics शोर वाले हैं (फैलाव लगभग $\sigma/\sqrt{B}$); 1 के batch पर training mode में error।
# - असली अंकों पर BatchNorm ने 10 गुना बड़ा स्थिर learning rate और तेज़ शुरुआत दी; He initialization ने दूरी का बड़ा हिस्सा पाटा, फिर भी 2 epoch के बाद BatchNorm आगे रहा।
# - `model.eval()` भूलना चुपचाप सटीकता गिराता है और running statistics बिगाड़ता है; छोटी training के बाद running statistics पिछड़ जाते हैं, तो उन्हें फिर से गिन लीजिए।
# - क्यों काम करता है: internal covariate shift वाली व्याख्या विवादित है; चिकना loss landscape आज की बेहतर व्याख्या है।

# %% [markdown] lang="en"
# ## Summary
#
# - BatchNorm normalizes each feature with the batch's mean and (biased) variance, then scales by the learned $\gamma$ and shifts by $\beta$; $\gamma$ and $\beta$ can even undo the normalizing completely.
# - `nn.BatchNorm1d` takes statistics per feature over all examples of the batch; `nn.BatchNorm2d` per channel over all images and positions of the batch.
# - Training mode uses batch statistics and updates the running statistics ($m = 0.1$, the unbiased variance in the running variance); evaluation mode uses the running statistics.
# - Small batches give noisy statistics (spread about $\sigma/\sqrt{B}$); a batch of 1 is an error in training mode.
# - On real digits BatchNorm gave a 10 times larger stable learning rate and a faster start; He initialization closed a large part of the gap, yet after 2 epochs BatchNorm stayed ahead.
# - Forgetting `model.eval()` silently lowers accuracy and spoils the running statistics; after a short training the running statistics lag behind, so count them afresh.
# - Why it works: the internal covariate shift explanation is disputed; a smoother loss landscape is today's better explanation.

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
def batchnorm2d_train(x, gamma, beta):
    ...


q6.check(batchnorm2d_train)

# %%
q7

# %% tags=["answer"]
def running_statistics(batches, momentum):
    ...


q7.check(running_statistics)

# %%
q8

# %% tags=["answer"]
def batchnorm_eval(x, running_mean, running_var, gamma, beta):
    ...


q8.check(batchnorm_eval)

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
