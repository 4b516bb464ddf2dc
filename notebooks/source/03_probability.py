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
# # अध्याय 03 · प्रायिकता और सांख्यिकी (Probability and statistics)
#
# Deep learning में अनिश्चितता हर जगह है: data में noise होता है, weight random मानों से शुरू होते हैं, dropout
# neuron को संयोग से बंद करता है, और classifier का output एक प्रायिकता होता है। इस अध्याय में आप देखेंगे:
#
# 1. प्रायिकता और random variable: एक सिक्का उछालकर मापे गए;
# 2. पाँच distribution (बंटन), यानी Bernoulli, binomial, uniform, normal और Poisson: हर एक का सूत्र हाथ से लिखकर
#    `torch.distributions` से मिलाया गया, और उसके samples का histogram;
# 3. mean (औसत), median (माध्यिका), mode (बहुलक), variance (प्रसरण) और standard deviation (मानक विचलन): असली MNIST
#    pixels पर, हाथ से और PyTorch से;
# 4. softmax एक प्रायिकता distribution के रूप में, और cross-entropy यानी negative log-likelihood;
# 5. ये सब deep learning में कहाँ आते हैं: dropout, initialization, BatchNorm;
# 6. अंत में अभ्यास प्रश्न, जो तुरंत जाँचे जाते हैं।

# %% [markdown] lang="en"
# # Chapter 03 · Probability and statistics
#
# Uncertainty is everywhere in deep learning: data is noisy, weights start from random values, dropout switches
# neurons off by chance, and a classifier's output is a probability. In this chapter you will see:
#
# 1. probability and random variables, measured by tossing a coin;
# 2. five distributions (Bernoulli, binomial, uniform, normal, Poisson): each formula written out by hand and
#    matched against `torch.distributions`, with a histogram of its samples;
# 3. mean, median, mode, variance and standard deviation on real MNIST pixels, by hand and with PyTorch;
# 4. softmax as a probability distribution, and cross-entropy as negative log-likelihood;
# 5. where all this appears in deep learning: dropout, initialization, BatchNorm;
# 6. at the end, practice questions that are checked instantly.

# %%
import math

import matplotlib.pyplot as plt
import torch
import torch.distributions as D
import torch.nn.functional as F
from torch import nn

from course_lib import plots, show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.practice.ch03 import q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11
from course_lib.widgets import distribution_explorer, softmax_temperature

start(3)

# %% [markdown] lang="hi"
# ## 1. प्रायिकता और random variable
#
# प्रायिकता 0 और 1 के बीच की एक संख्या है जो बताती है कि कोई घटना कितनी संभावित है: 0 यानी कभी नहीं, 1 यानी
# हमेशा। एक fair (निष्पक्ष) सिक्के के लिए $P(\text{Head}) = 1/2$। इसका एक अर्थ यह है: सिक्का बार-बार उछालें, तो Head
# आने का अनुपात 1/2 के पास पहुँचता जाता है। नीचे PyTorch एक सिक्का 10,000 बार उछालता है
# (`D.Bernoulli(probs=0.5)`: 1 = Head, 0 = Tail) और हर उछाल के बाद अब तक का अनुपात देखता है।

# %% [markdown] lang="en"
# ## 1. Probability and random variables
#
# A probability is a number between 0 and 1 that says how likely an event is: 0 is never, 1 is always. For a fair
# coin, $P(\text{Head}) = 1/2$. One way to read this: toss the coin again and again, and the share of heads gets
# closer and closer to 1/2. Below, PyTorch tosses a coin 10,000 times (`D.Bernoulli(probs=0.5)`: 1 = Head,
# 0 = Tail) and follows the share so far after every toss.

# %%
torch.manual_seed(0)                                     # the same tosses each time this cell runs
coin = D.Bernoulli(probs=0.5)
tosses = coin.sample((10_000,))
share = tosses.cumsum(0) / torch.arange(1, len(tosses) + 1)
for n in (10, 100, 1_000, 10_000):
    print(t(hi=f"{n:>6} उछाल: Head का अनुपात = {share[n - 1]:.4f}",
            en=f"{n:>6} tosses: share of heads = {share[n - 1]:.4f}"))
early, late = share[9:100], share[999:]                  # tosses 10 to 100, and 1,000 to 10,000
assert early.max() - early.min() > late.max() - late.min()  # it swings more at first ...
assert share[-1] != 0.5 and abs(share[-1] - 0.5) < 4 * math.sqrt(0.25 / 10_000)  # ... and ends near 1/2, not on it

fig, ax = plt.subplots()
ax.plot(range(1, len(share) + 1), share)
ax.axhline(0.5, color="crimson", ls="--", label="P(Head) = 1/2")
ax.set_xscale("log")
ax.set(title=t(hi="जितने ज़्यादा उछाल, अनुपात 1/2 के उतना पास", en="The more tosses, the closer the share to 1/2"),
       xlabel=t(hi="उछालों की संख्या (log scale)", en="number of tosses (log scale)"),
       ylabel=t(hi="Head का अनुपात", en="share of heads"))
ax.legend();

# %% [markdown] lang="hi"
# अनुपात शुरू में ऊपर-नीचे झूलता है और धीरे-धीरे 1/2 के पास टिकता है (बड़ी संख्याओं का नियम, law of large numbers)।
# पर यहाँ 10,000 उछाल के बाद भी वह ठीक 1/2 नहीं है: बचा हुआ अंतर संयोग है। वह कितना बड़ा होता है? यही प्रयोग 500 बार
# दोहराकर मापते हैं कि $n$ उछाल के बाद अनुपात 1/2 से आम तौर पर कितना दूर रहता है, और उसकी तुलना सूत्र
# $\sqrt{p(1-p)/n}$ से करते हैं: $n$ को 100 गुना करने पर यह दूरी सिर्फ़ 10 गुना कम होती है।

# %% [markdown] lang="en"
# The share swings up and down at first and slowly settles near 1/2 (the law of large numbers). Yet even after
# 10,000 tosses it is not exactly 1/2 here: what remains is chance. How large is it? We repeat the same experiment 500
# times, measure how far from 1/2 the share typically is after $n$ tosses, and compare with the formula
# $\sqrt{p(1-p)/n}$: making $n$ 100 times larger shrinks this distance only by a factor of 10.

# %%
shares = coin.sample((500, 10_000)).cumsum(1) / torch.arange(1, 10_001)
print(t(hi="     n    अनुपात का std (500 प्रयोगों में)    सूत्र √(p(1−p)/n)",
        en="     n    std of the share (over 500 runs)    formula √(p(1−p)/n)"))
spread = {}
for n in (100, 10_000):
    spread[n] = shares[:, n - 1].std().item()
    print(f"{n:>6}    {spread[n]:.4f}                              {math.sqrt(0.25 / n):.4f}")
    assert abs(spread[n] / math.sqrt(0.25 / n) - 1) < 0.15
assert 7 < spread[100] / spread[10_000] < 13  # about √100 = 10

# %% [markdown] lang="hi"
# **Random variable** ऐसा variable है जिसका मान किसी random प्रयोग के परिणाम से तय होता है। सिक्के का $X$ (Head पर
# 1, Tail पर 0) एक random variable है; 10 उछालों में Head की गिनती भी, और किसी चित्र के एक pixel की चमक भी। Random
# variable दो तरह के होते हैं:
#
# - **discrete** (गिने जा सकने वाले मान: 0, 1, 2, ...): हर मान $k$ की अपनी प्रायिकता $P(X = k)$ होती है। इसे pmf
#   (probability mass function) कहते हैं; सारी प्रायिकताओं का जोड़ 1 होता है।
# - **continuous** (किसी range की कोई भी संख्या): ठीक किसी एक मान की प्रायिकता 0 है। उसकी जगह एक density $p(x)$
#   होती है, pdf (probability density function): किसी अंतराल की प्रायिकता उस अंतराल पर $p(x)$ के नीचे का क्षेत्रफल
#   है, और पूरा क्षेत्रफल 1 है। ध्यान दीजिए: density ख़ुद प्रायिकता नहीं है, इसलिए वह 1 से बड़ी भी हो सकती है।

# %% [markdown] lang="en"
# A **random variable** is a variable whose value is set by the outcome of a random experiment. The coin's $X$
# (1 for Head, 0 for Tail) is a random variable; so is the number of heads in 10 tosses, and so is the brightness of
# one pixel of an image. Random variables come in two kinds:
#
# - **discrete** (values you can count: 0, 1, 2, ...): each value $k$ has its own probability $P(X = k)$. This is
#   called the pmf (probability mass function); all the probabilities add up to 1.
# - **continuous** (any number in a range): any one exact value has probability 0. Instead there is a density $p(x)$,
#   the pdf (probability density function): the probability of an interval is the area under $p(x)$ over that
#   interval, and the whole area is 1. Note: a density is not itself a probability, so it can even be larger than 1.

# %%
narrow = D.Normal(0.0, 0.1)
x = torch.linspace(-1, 1, 2001)
density = narrow.log_prob(x).exp()
area = torch.trapezoid(density, x)
print(t(hi=f"सबसे ऊँची density: {density.max():.2f} · पूरा क्षेत्रफल: {area:.4f}",
        en=f"highest density: {density.max():.2f} · whole area: {area:.4f}"))
assert density.max() > 1 and abs(area - 1) < 1e-3

# %% [markdown] lang="hi"
# ## 2. पाँच distribution: सूत्र, PyTorch और samples
#
# एक **distribution** (बंटन) बताता है कि random variable कौन-से मान ले सकता है और हर मान (या अंतराल) की प्रायिकता
# कितनी है। Notes की तालिका के पाँच distribution:
#
# | distribution | $X$ क्या है | pmf / pdf | mean | variance | deep learning में |
# |---|---|---|---|---|---|
# | Bernoulli($p$) | एक हाँ/ना प्रयोग: 1 या 0 | $p^k (1-p)^{1-k}$ | $p$ | $p(1-p)$ | binary label, dropout का mask |
# | Binomial($n, p$) | $n$ प्रयोगों में 1 की गिनती | $\binom{n}{k} p^k (1-p)^{n-k}$ | $np$ | $np(1-p)$ | dropout में गिराए गए neuron की गिनती |
# | Uniform($a, b$) | $[a, b)$ की कोई भी संख्या, सब बराबर संभावित | $\frac{1}{b-a}$ | $\frac{a+b}{2}$ | $\frac{(b-a)^2}{12}$ | `nn.Linear` का default initialization |
# | Normal($\mu, \sigma$) | $\mu$ के आसपास घंटी के आकार में फैली संख्या | $\frac{1}{\sigma\sqrt{2\pi}} e^{-\frac{(x-\mu)^2}{2\sigma^2}}$ | $\mu$ | $\sigma^2$ | noise, `torch.randn`, initialization |
# | Poisson($\lambda$) | एक अंतराल में दुर्लभ घटनाओं की गिनती | $\frac{\lambda^k e^{-\lambda}}{k!}$ | $\lambda$ | $\lambda$ | दुर्लभ घटनाओं का model |
#
# Notes में normal distribution का सूत्र copy करते समय खो गया था; पूरा सूत्र यह है:
# $p(x) = \frac{1}{\sigma\sqrt{2\pi}} \exp\left(-\frac{(x-\mu)^2}{2\sigma^2}\right)$, जहाँ $\mu$ mean है और $\sigma$
# standard deviation। नीचे पाँचों सूत्र ख़ुद लिखे गए हैं।

# %% [markdown] lang="en"
# ## 2. Five distributions: formula, PyTorch and samples
#
# A **distribution** says which values a random variable can take and how probable each value (or interval) is.
# The five distributions of the notes' table:
#
# | distribution | what $X$ is | pmf / pdf | mean | variance | in deep learning |
# |---|---|---|---|---|---|
# | Bernoulli($p$) | one yes/no trial: 1 or 0 | $p^k (1-p)^{1-k}$ | $p$ | $p(1-p)$ | binary labels, dropout's mask |
# | Binomial($n, p$) | the count of 1s in $n$ trials | $\binom{n}{k} p^k (1-p)^{n-k}$ | $np$ | $np(1-p)$ | how many neurons dropout drops |
# | Uniform($a, b$) | any number in $[a, b)$, all equally likely | $\frac{1}{b-a}$ | $\frac{a+b}{2}$ | $\frac{(b-a)^2}{12}$ | default initialization of `nn.Linear` |
# | Normal($\mu, \sigma$) | a number spread around $\mu$ in a bell shape | $\frac{1}{\sigma\sqrt{2\pi}} e^{-\frac{(x-\mu)^2}{2\sigma^2}}$ | $\mu$ | $\sigma^2$ | noise, `torch.randn`, initialization |
# | Poisson($\lambda$) | the count of rare events in an interval | $\frac{\lambda^k e^{-\lambda}}{k!}$ | $\lambda$ | $\lambda$ | a model of rare events |
#
# The notes lost the normal distribution's formula in the copy; here it is in full:
# $p(x) = \frac{1}{\sigma\sqrt{2\pi}} \exp\left(-\frac{(x-\mu)^2}{2\sigma^2}\right)$, where $\mu$ is the mean and
# $\sigma$ the standard deviation. Below, all five formulas are written out by hand.

# %%
def bernoulli_pmf(k, p):
    return p**k * (1 - p) ** (1 - k)


def binomial_pmf(k, n, p):
    ways = torch.tensor([math.comb(int(n), int(i)) for i in k], dtype=torch.float32)  # n choose k
    return ways * p**k * (1 - p) ** (n - k)


def uniform_pdf(x, a, b):
    return ((x >= a) & (x < b)).float() / (b - a)


def normal_pdf(x, mu, sigma):
    return torch.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * math.sqrt(2 * math.pi))


def poisson_pmf(k, lam):
    factorial = torch.tensor([math.factorial(int(i)) for i in k], dtype=torch.float64)  # 59! overflows float32
    return (lam ** k.double() * math.exp(-lam) / factorial).float()


# name: (the PyTorch distribution, our formula, its parameters: label, min, max, step, start value)
families = {
    "Bernoulli": (lambda p: D.Bernoulli(probs=p), bernoulli_pmf, {"p": ("p", 0.0, 1.0, 0.05, 0.3)}),
    "Binomial": (lambda n, p: D.Binomial(total_count=n, probs=p), binomial_pmf,
                 {"n": ("n", 1, 40, 1, 10), "p": ("p", 0.05, 0.95, 0.05, 0.3)}),
    "Uniform": (lambda a, b: D.Uniform(a, b), uniform_pdf,
                {"a": ("a", -3.0, 0.0, 0.1, -1.0), "b": ("b", 0.5, 3.0, 0.1, 1.0)}),
    "Normal": (lambda mu, sigma: D.Normal(mu, sigma), normal_pdf,
               {"mu": ("μ", -3.0, 3.0, 0.1, 0.0), "sigma": ("σ", 0.2, 3.0, 0.1, 1.0)}),
    "Poisson": (lambda lam: D.Poisson(lam), poisson_pmf, {"lam": ("λ", 0.5, 15.0, 0.5, 3.0)}),
}
# the table's mean and variance, as formulas of the parameters
table = {"Bernoulli": lambda p: (p, p * (1 - p)), "Binomial": lambda n, p: (n * p, n * p * (1 - p)),
         "Uniform": lambda a, b: ((a + b) / 2, (b - a) ** 2 / 12), "Normal": lambda mu, sigma: (mu, sigma**2),
         "Poisson": lambda lam: (lam, lam)}

# %% [markdown] lang="hi"
# अब हर distribution के लिए, शुरुआती parameters पर, तीन जाँचें: (1) हमारा सूत्र `dist.log_prob(x).exp()` से मेल खाता
# है; (2) pmf का जोड़ (या pdf का क्षेत्रफल) 1 है; (3) 20,000 samples का mean और variance तालिका के सूत्रों के पास हैं।

# %% [markdown] lang="en"
# Now, for each distribution at its start parameters, three checks: (1) our formula matches `dist.log_prob(x).exp()`;
# (2) the pmf's sum (or the pdf's area) is 1; (3) the mean and variance of 20,000 samples are close to the table's
# formulas.

# %%
print(t(hi="distribution  सूत्र − PyTorch   जोड़/क्षेत्रफल   mean: सूत्र / samples   variance: सूत्र / samples",
        en="distribution  formula − PyTorch  sum/area   mean: formula / samples   variance: formula / samples"))
drawn = {}
for name, (make, formula, params) in families.items():
    values = {key: spec[-1] for key, spec in params.items()}
    dist = make(**values)
    if dist.support.is_discrete:
        grid = torch.arange(0.0, 60.0)
        grid = grid[dist.support.check(grid)]
        total = formula(grid, **values).sum()
    else:
        grid = torch.linspace(dist.mean.item() - 8 * dist.stddev.item(), dist.mean.item() + 8 * dist.stddev.item(), 200_001)
        total = torch.trapezoid(formula(grid, **values), grid)
        grid = grid[dist.support.check(grid)]
    gap = (formula(grid, **values) - dist.log_prob(grid).exp()).abs().max().item()
    mean, variance = table[name](**values)
    assert math.isclose(mean, dist.mean.item(), rel_tol=1e-6) and math.isclose(variance, dist.variance.item(), rel_tol=1e-6)
    drawn[name] = dist.sample((20_000,)).float()
    sample_mean, sample_var = drawn[name].mean().item(), drawn[name].var().item()
    print(f"{name:12}  {gap:.1e}          {total:.4f}     {mean:.3f} / {sample_mean:.3f}          {variance:.3f} / {sample_var:.3f}")
    assert gap < 1e-5 and abs(total - 1) < 1e-3
    assert abs(sample_mean - mean) < 5 * math.sqrt(variance / 20_000) and abs(sample_var / variance - 1) < 0.05

# %% [markdown] lang="hi"
# सूत्र और PyTorch का अंतर सिर्फ़ float rounding जितना है। Samples का mean और variance सूत्र के पास हैं पर ठीक बराबर
# नहीं: सिक्के की तरह यह संयोग है, जो samples बढ़ाने पर घटता है। नीचे हर distribution के samples का histogram और उस
# पर सूत्र:

# %% [markdown] lang="en"
# Formula and PyTorch differ only by float rounding. The samples' mean and variance are close to the formula but not
# equal: as with the coin, that is chance, and it shrinks with more samples. Below, a histogram of each distribution's
# samples, with the formula over it:

# %%
fig, axes = plt.subplots(1, 5, figsize=(15, 2.9))
for ax, (name, (make, formula, params)) in zip(axes, families.items()):
    values = {key: spec[-1] for key, spec in params.items()}
    dist = make(**values)
    if dist.support.is_discrete:
        grid = torch.arange(0.0, drawn[name].max().item() + 2)
        grid = grid[dist.support.check(grid)]
    else:
        grid = torch.linspace(drawn[name].min().item() - 0.3, drawn[name].max().item() + 0.3, 400)
    label = ", ".join(f"{params[key][0]} = {value:g}" for key, value in values.items())
    plots.samples_vs_formula(ax, drawn[name], grid, formula(grid, **values), dist.support.is_discrete,
                             title=f"{name} ({label})")
axes[0].legend(fontsize="x-small")
fig.tight_layout()

# %% [markdown] lang="hi"
# **ख़ुद आज़माइए।** Distribution चुनिए और slider से उसके parameters बदलिए: PyTorch 2000 samples खींचता है, histogram
# उन्हें दिखाता है और लाल रंग में हमारा सूत्र। देखिए: Binomial में $n$ बड़ा और $p$ बीच में हो तो आकार घंटी जैसा
# क्यों हो जाता है? Poisson में $\lambda$ बढ़ाने पर mean और variance दोनों साथ क्यों बढ़ते हैं?

# %% [markdown] lang="en"
# **Try it yourself.** Pick a distribution and move its parameters with the sliders: PyTorch draws 2000 samples, the
# histogram shows them and the red marks show our formula. Look: why does the Binomial take a bell shape when $n$ is
# large and $p$ is in the middle? Why do the mean and variance of the Poisson grow together as $\lambda$ grows?

# %%
k = torch.arange(0.0, 41.0)   # Binomial(40, 0.5) against the normal of the same mean (20) and variance (10)
assert (binomial_pmf(k, 40, 0.5) - normal_pdf(k, 20.0, math.sqrt(10.0))).abs().max() < 0.005
distribution_explorer(families)

# %% [markdown] lang="hi"
# ## 3. Statistics: MNIST के pixels पर पाँच माप
#
# पहले notes का code: `torch.randn(1000)` standard normal distribution ($\mu = 0$, $\sigma = 1$) से 1000 संख्याएँ
# खींचता है और उनका mean और standard deviation छापता है। ये ठीक 0 और 1 नहीं आते: $n$ samples का mean अपने असली
# मान से आम तौर पर लगभग $\sigma/\sqrt{n}$ दूर होता है।

# %% [markdown] lang="en"
# ## 3. Statistics: five measures on MNIST pixels
#
# First the notes' code: `torch.randn(1000)` draws 1000 numbers from the standard normal distribution ($\mu = 0$,
# $\sigma = 1$) and prints their mean and standard deviation. They do not come out as exactly 0 and 1: the mean of
# $n$ samples is typically about $\sigma/\sqrt{n}$ away from its true value.

# %%
data = torch.randn(1000)
mean, std = torch.mean(data), torch.std(data)
print(t(hi=f"Mean (औसत): {mean.item():.4f} · Standard deviation: {std.item():.4f} · σ/√n = {1 / math.sqrt(1000):.4f}",
        en=f"Mean: {mean.item():.4f} · Standard deviation: {std.item():.4f} · σ/√n = {1 / math.sqrt(1000):.4f}"))
assert abs(mean) < 4 / math.sqrt(1000) and abs(std - 1) < 0.1

# %% [markdown] lang="hi"
# Notes के अभ्यास प्रश्न 5 में `torch.mean` को float tensor (`[2.0, 4.0, 6.0]`) मिलता है, और यह ज़रूरी है: Python
# list पर और पूर्णांकों (integer) के tensor पर `torch.mean` error देता है। पहले `.float()` से float में बदलिए:

# %% [markdown] lang="en"
# In the notes' practice question 5, `torch.mean` gets a float tensor (`[2.0, 4.0, 6.0]`), and that matters: on a
# Python list and on a tensor of integers `torch.mean` raises an error. Turn it into floats first with `.float()`:

# %%
for attempt in ([3, 5, 10], torch.tensor([3, 5, 10])):
    try:
        torch.mean(attempt)
    except (TypeError, RuntimeError) as error:
        print(f"{type(error).__name__}: {str(error).splitlines()[0][:90]}")
    else:
        raise AssertionError(attempt)
print(torch.tensor([3, 5, 10]).float().mean())

# %% [markdown] lang="hi"
# **Statistics** (सांख्यिकी) data को संगठित करके कुछ संख्याओं में उसका सार निकालती है। $n$ मानों $x_1, \dots, x_n$
# के पाँच मुख्य माप:
#
# | माप | सूत्र या नियम | क्या बताता है |
# |---|---|---|
# | mean (औसत) $\bar{x}$ | $\frac{1}{n}\sum_i x_i$ | data का संतुलन-बिंदु |
# | median (माध्यिका) | sort करके बीच का मान; $n$ सम हो तो बीच के दो मानों का औसत | वह मान जिसके दोनों ओर आधा data है |
# | mode (बहुलक) | सबसे ज़्यादा बार आने वाला मान | सबसे आम मान |
# | variance (प्रसरण) $\sigma^2$ | $\frac{1}{n}\sum_i (x_i - \bar{x})^2$ | mean के आसपास फैलाव, इकाई के वर्ग में |
# | standard deviation (मानक विचलन) $\sigma$ | $\sqrt{\sigma^2}$ | वही फैलाव, data की अपनी इकाई में |
#
# अब असली data: MNIST के पहले 1000 training चित्रों के सारे pixel (0 = काला, 1 = सफ़ेद)। हर माप पहले हाथ से, फिर
# PyTorch से:

# %% [markdown] lang="en"
# **Statistics** organises data and sums it up in a few numbers. The five main measures of $n$ values
# $x_1, \dots, x_n$:
#
# | measure | formula or rule | what it tells |
# |---|---|---|
# | mean $\bar{x}$ | $\frac{1}{n}\sum_i x_i$ | the balance point of the data |
# | median | the middle value after sorting; for an even $n$, the average of the two middle values | the value with half the data on each side |
# | mode | the value that occurs most often | the most common value |
# | variance $\sigma^2$ | $\frac{1}{n}\sum_i (x_i - \bar{x})^2$ | the spread around the mean, in squared units |
# | standard deviation $\sigma$ | $\sqrt{\sigma^2}$ | the same spread, in the data's own units |
#
# Now real data: all the pixels of the first 1000 MNIST training images (0 = black, 1 = white). Each measure first
# by hand, then with PyTorch:

# %%
x_train, y_train, x_test, y_test = load_mnist()
pixels = x_train[:1000].flatten()
n = pixels.numel()

mean = pixels.sum() / n
ordered = pixels.sort().values
median = ordered[(n - 1) // 2]                     # n is even here: the lower of the two middle values
values, counts = pixels.unique(return_counts=True)
mode = values[counts.argmax()]
variance = ((pixels - mean) ** 2).sum() / n        # the table's formula: divide by n
std = variance.sqrt()

by_hand = {"mean": mean, "median": median, "mode": mode, "variance": variance, "std": std}
by_torch = {"mean": pixels.mean(), "median": pixels.median(), "mode": pixels.mode().values,
            "variance": pixels.var(correction=0), "std": pixels.std(correction=0)}
print(t(hi=f"{n:,} pixel · माप       हाथ से    PyTorch", en=f"{n:,} pixels · measure   by hand   PyTorch"))
for name in by_hand:
    print(f"{name:>22}    {by_hand[name]:.4f}    {by_torch[name]:.4f}")
    assert torch.allclose(by_hand[name], by_torch[name], atol=1e-6), name
zeros = (pixels == 0).float().mean()
print(t(hi=f"ठीक 0 वाले pixel: {zeros:.1%}", en=f"pixels that are exactly 0: {zeros:.1%}"))
assert zeros > 0.5 and median == 0 and mode == 0 and mean > median

# %% [markdown] lang="hi"
# Mean धनात्मक है, पर median और mode दोनों 0 हैं: आधे से ज़्यादा pixel ठीक 0 (काली पृष्ठभूमि) हैं, इसलिए sort करने पर
# बीच का मान भी 0 है और सबसे आम मान भी। Mean हर pixel की चमक जोड़ता है, median सिर्फ़ बीच वाले मान को देखता है; इसलिए skewed (एक ओर खिंचे हुए)
# data या outlier वाले data में दोनों बहुत अलग हो सकते हैं।
#
# Notes की तालिका normal distribution को "image, speech data – most natural data" का distribution बताती है; यहाँ मापा
# गया: MNIST के pixel घंटी जैसे बिल्कुल नहीं हैं। नीचे बायाँ panel दिखाता है कि ज़्यादातर pixel 0 पर हैं और कुछ 1 के
# पास। पर बहुत से मानों का औसत अक्सर घंटी के आकार के क़रीब होता है: दायाँ panel हर चित्र की औसत चमक दिखाता है, उसी mean और
# standard deviation वाले normal के साथ। Normal में mean से एक standard deviation के भीतर 68.3% मान होते हैं; दोनों
# data में यह अनुपात भी मापा गया है।

# %% [markdown] lang="en"
# The mean is positive, but the median and the mode are both 0: more than half of the pixels are exactly 0 (black
# background), so the middle value after sorting is 0 and so is the most common value. The mean counts the brightness
# of every pixel, the median only looks at the middle value; that is why the two can be far apart in skewed data or
# data with outliers.
#
# The notes' table gives the normal distribution as the one for "image, speech data – most natural data"; measured
# here: MNIST pixels are nothing like a bell. The left panel below shows most pixels at 0 and some near 1. Averages of
# many values, though, are often close to bell-shaped: the right panel shows each image's average brightness, with the normal
# of the same mean and standard deviation. A normal has 68.3% of its values within one standard deviation of the
# mean; that share is measured for both data sets as well.

# %%
def share_within_one_std(v):
    return ((v - v.mean()).abs() < v.std(correction=0)).float().mean().item()


brightness = x_train.flatten(1).mean(1)            # one number per image: its average pixel
normal_share = (D.Normal(0.0, 1.0).cdf(torch.tensor(1.0)) - D.Normal(0.0, 1.0).cdf(torch.tensor(-1.0))).item()
print(t(hi=f"mean ± 1 standard deviation के भीतर: normal {normal_share:.1%} · pixel {share_within_one_std(pixels):.1%} · "
           f"चित्र की औसत चमक {share_within_one_std(brightness):.1%}",
        en=f"within mean ± 1 standard deviation: normal {normal_share:.1%} · pixels {share_within_one_std(pixels):.1%} · "
           f"average brightness per image {share_within_one_std(brightness):.1%}"))
assert round(normal_share, 3) == 0.683
assert abs(share_within_one_std(brightness) - normal_share) < abs(share_within_one_std(pixels) - normal_share)

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.2))
left.hist(pixels.numpy(), bins=50)
left.set_yscale("log")
left.set(title=t(hi="एक-एक pixel की चमक", en="Brightness of single pixels"),
         xlabel=t(hi="चमक (0 = काला, 1 = सफ़ेद)", en="brightness (0 = black, 1 = white)"),
         ylabel=t(hi="pixel की गिनती (log scale)", en="number of pixels (log scale)"))
right.hist(brightness.numpy(), bins=50, density=True, alpha=0.6, label=t(hi="चित्रों का data", en="images"))
grid = torch.linspace(brightness.min().item(), brightness.max().item(), 300)
right.plot(grid, normal_pdf(grid, brightness.mean(), brightness.std()), color="crimson",
           label=t(hi="उसी mean और std का normal", en="normal, same mean and std"))
right.set(title=t(hi="हर चित्र की औसत चमक", en="Average brightness of each image"),
          xlabel=t(hi="औसत चमक", en="average brightness"), ylabel="density")
right.legend(fontsize="small")
fig.tight_layout()

# %% [markdown] lang="hi"
# **Median: PyTorch का एक नियम।** $n$ सम हो तो तालिका का नियम बीच के दो मानों का औसत लेता है, पर `torch.median`
# दोनों में से **छोटा** मान लौटाता है, जो हमेशा data का ही एक मान होता है। ऊपर के pixels में बीच के दोनों मान 0
# थे, इसलिए फ़र्क़ नहीं पड़ा। चार संख्याओं पर फ़र्क़ दिखता है; तालिका वाला median `torch.quantile(x, 0.5)` देता है।

# %% [markdown] lang="en"
# **Median: a PyTorch rule.** For an even $n$ the table's rule averages the two middle values, but `torch.median`
# returns the **lower** of the two, which is always one of the data's own values. In the pixels above both
# middle values were 0, so it made no difference. On four numbers the difference shows; `torch.quantile(x, 0.5)` gives
# the table's median.

# %%
four = torch.tensor([1.0, 2.0, 3.0, 4.0])
print("torch.median:", four.median().item(), "  torch.quantile(x, 0.5):", torch.quantile(four, 0.5).item())
assert four.median() == four.sort().values[1] and torch.quantile(four, 0.5) == (four[1] + four[2]) / 2

# %% [markdown] lang="hi"
# **Variance: $n$ से भाग या $n - 1$ से?** तालिका का सूत्र (notes का भी) $n$ से भाग देता है (population variance)। पर
# `torch.var` और `torch.std` default रूप से $n - 1$ से भाग देते हैं (unbiased variance, `correction=1`), इसलिए notes
# का अपना code `torch.std(data)` वह नहीं निकालता जो notes का अपना सूत्र कहता है। कारण: जब data किसी बड़ी आबादी का
# एक छोटा sample हो, तो sample का अपना mean उसके मानों के ज़्यादा पास होता है, इसलिए $n$ से भाग देने पर variance
# औसतन असली से कम आता है। नीचे दोनों को normal ($\sigma^2 = 1$) से खींचे गए 10,000 sample पर मापा गया है, हर sample
# में 5 मान। तालिका वाला सूत्र चाहिए तो `correction=0` दीजिए (पुराना तरीक़ा: `unbiased=False`)।

# %% [markdown] lang="en"
# **Variance: divide by $n$ or by $n - 1$?** The table's formula (the notes' too) divides by $n$ (the population
# variance). But `torch.var` and `torch.std` divide by $n - 1$ by default (the unbiased variance, `correction=1`), so
# the notes' own code `torch.std(data)` does not compute the notes' own formula. The reason: when the
# data is a small sample of a larger population, the sample's own mean sits closer to its values, so dividing by $n$
# gives too small a variance on average. Below, both are measured on 10,000 samples of 5 values each from a normal
# ($\sigma^2 = 1$). For the table's formula pass `correction=0` (the older way: `unbiased=False`).

# %%
squares = ((four - four.mean()) ** 2).sum()
assert torch.isclose(four.var(), squares / 3) and torch.isclose(four.var(correction=0), squares / 4)
print(t(hi=f"चार संख्याएँ: torch.var = {four.var():.4f} (3 से भाग) · correction=0: {four.var(correction=0):.4f} (4 से भाग)",
        en=f"four numbers: torch.var = {four.var():.4f} (divided by 3) · correction=0: {four.var(correction=0):.4f} (divided by 4)"))

small_samples = torch.randn(10_000, 5)
by_n, by_n_minus_1 = small_samples.var(1, correction=0).mean(), small_samples.var(1).mean()
print(t(hi=f"5 मानों के sample, असली variance 1: n से भाग का औसत {by_n:.3f} · n − 1 से भाग का औसत {by_n_minus_1:.3f}",
        en=f"samples of 5 values, true variance 1: average dividing by n {by_n:.3f} · dividing by n − 1 {by_n_minus_1:.3f}"))
assert by_n < 0.9 and abs(by_n_minus_1 - 1) < 0.05
print(t(hi=f"{n:,} pixel पर दोनों का अनुपात: {pixels.var() / pixels.var(correction=0):.7f}",
        en=f"on {n:,} pixels the ratio of the two: {pixels.var() / pixels.var(correction=0):.7f}"))
assert n > 100_000 and pixels.var() / pixels.var(correction=0) < 1.00001

# %% [markdown] lang="hi"
# बड़े data पर (जैसे लाखों pixel) दोनों लगभग बराबर हैं; छोटे sample पर फ़र्क़ बड़ा है। **Data normalization** इन्हीं
# मापों से होता है: हर मान से mean घटाकर standard deviation से भाग देने पर data का mean 0 और standard deviation 1 हो
# जाता है (`transforms.Normalize(mean, std)` ठीक यही करता है)।

# %% [markdown] lang="en"
# On large data (such as hundreds of thousands of pixels) the two are almost equal; on a small sample the difference
# is large. **Data normalization** is built from these measures: subtracting the mean from every value and dividing
# by the standard deviation gives data with mean 0 and standard deviation 1 (`transforms.Normalize(mean, std)` does
# exactly this).

# %%
normalized = (pixels - pixels.mean()) / pixels.std()
print(t(hi=f"normalization के बाद: mean {normalized.mean():.1e}, standard deviation {normalized.std():.4f}",
        en=f"after normalization: mean {normalized.mean():.1e}, standard deviation {normalized.std():.4f}"))
assert abs(normalized.mean()) < 1e-4 and abs(normalized.std() - 1) < 1e-4

# %% [markdown] lang="hi"
# ## 4. Softmax: scores से प्रायिकता तक
#
# Classifier की आख़िरी layer हर class के लिए एक score $z_i$ (logit) देती है: कोई भी वास्तविक संख्या, ऋणात्मक भी।
# Softmax इन्हें प्रायिकताओं में बदलता है:
#
# $$\mathrm{softmax}(z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}$$
#
# $e^{z}$ हमेशा धनात्मक है और नीचे (denominator में) सबका जोड़ है, इसलिए हर output 0 और 1 के बीच है और सबका जोड़ 1 है: यह classes पर
# एक प्रायिकता distribution है (PyTorch में `D.Categorical`)। सबसे बड़े score को सबसे बड़ी प्रायिकता मिलती है।

# %% [markdown] lang="en"
# ## 4. Softmax: from scores to probabilities
#
# A classifier's last layer gives a score $z_i$ (a logit) for every class: any real number, negative too. Softmax
# turns them into probabilities:
#
# $$\mathrm{softmax}(z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}$$
#
# $e^{z}$ is always positive and the bottom is the sum of them all, so every output lies between 0 and 1 and they add
# up to 1: it is a probability distribution over the classes (`D.Categorical` in PyTorch). The largest score gets the
# largest probability.

# %%
z = torch.tensor([2.0, 1.0, 0.1])
p = torch.exp(z) / torch.exp(z).sum()
print("z =", [round(v, 4) for v in z.tolist()], "   softmax(z) =", [round(v, 4) for v in p.tolist()], "   sum =", round(p.sum().item(), 6))
assert torch.allclose(p, torch.softmax(z, dim=0)) and torch.allclose(p, D.Categorical(logits=z).probs)
assert (p > 0).all() and torch.isclose(p.sum(), torch.tensor(1.0)) and p.argmax() == z.argmax()

# %% [markdown] lang="hi"
# **Temperature।** Scores को एक संख्या $T > 0$ से भाग देकर softmax लीजिए: $\mathrm{softmax}(z / T)$। छोटा $T$ scores का
# अंतर बढ़ाता है और distribution नुकीला (लगभग one-hot) हो जाता है; बड़ा $T$ उसे सपाट (uniform के पास) कर देता है।
# Language model अगला शब्द (ठीक-ठीक कहें तो अगला token) इसी तरह चुनते हैं, जैसे Karpathy का nanoGPT: vocabulary के
# हर शब्द के score को $T$ से भाग देकर softmax लेते हैं, और उस distribution से एक शब्द random रूप से खींचते हैं
# (`torch.multinomial`)। इसलिए temperature तय करता है कि output का कितना पहले से
# अनुमान लगाया जा सकेगा और वह कितना विविध होगा। नीचे वही
# $z$ तीन temperature पर, और फिर हर temperature पर हमारे तीन शब्दों में से 1000 बार "अगला शब्द" खींचा गया:

# %% [markdown] lang="en"
# **Temperature.** Divide the scores by a number $T > 0$ before the softmax: $\mathrm{softmax}(z / T)$. A small $T$
# widens the gaps between scores and the distribution becomes sharp (almost one-hot); a large $T$ flattens it (close to
# uniform). Language models pick the next word (more exactly, the next token) this way, Karpathy's nanoGPT for
# example: they divide the score of every word in the vocabulary by $T$, take the softmax, and draw one word at random
# from that distribution (`torch.multinomial`). So the temperature decides how predictable or how varied the output
# is. Below, the same $z$ at three temperatures, and then the "next word" drawn 1000 times from our three words at
# each temperature:

# %%
classes = [t(hi="बिल्ली", en="cat"), t(hi="कुत्ता", en="dog"), t(hi="पक्षी", en="bird")]
temperatures = (0.2, 1.0, 10.0)
sharpest = {}
fig, axes = plt.subplots(1, 3, figsize=(10, 2.8), sharey=True)
for ax, T in zip(axes, temperatures):
    p_T = torch.softmax(z / T, dim=0)
    sharpest[T] = p_T.max().item()
    ax.bar(classes, p_T.numpy())
    ax.set_title(t(hi=f"T = {T:g}: सबसे बड़ी {p_T.max():.3f}", en=f"T = {T:g}: largest {p_T.max():.3f}"))
axes[0].set_ylabel(t(hi="प्रायिकता", en="probability"))
fig.tight_layout()
assert sharpest[0.2] > 0.99 > sharpest[1.0] > sharpest[10.0]
assert torch.softmax(z / 10.0, dim=0).min() > 0.25  # all three close to 1/3

draws = {}
for T in temperatures:   # as a language model does: softmax(z / T), then one random draw, 1000 times
    picks = torch.multinomial(torch.softmax(z / T, dim=0), 1000, replacement=True)
    draws[T] = torch.bincount(picks, minlength=len(classes))
    print(t(hi=f"T = {T:>4g}: 1000 में से ", en=f"T = {T:>4g}: out of 1000, ")
          + " · ".join(f"{name} {count}" for name, count in zip(classes, draws[T].tolist())))
assert draws[0.2][0] > 970 and 550 < draws[1.0][0] < 770 and (draws[10.0] > 200).all()
assert 230 < draws[10.0][2] < 380                        # bird, the lowest score: about a third of the draws

# %% [markdown] lang="hi"
# $T = 0.2$ पर लगभग हर बार "बिल्ली" आती है: ऐसा model हर बार वही शब्द लिखेगा। $T = 10$ पर तीनों शब्द सैकड़ों बार
# आते हैं; सबसे कम score वाला "पक्षी" भी लगभग एक-तिहाई बार: output विविध है, पर कम संभावित शब्द भी घुस आते हैं।
#
# **ख़ुद आज़माइए:** $T$ का slider खिसकाइए। कितने छोटे $T$ पर "बिल्ली" की प्रायिकता 0.99 से ऊपर जाती है? और $T$ बहुत बड़ा
# हो तो तीनों प्रायिकताएँ किस मान के पास पहुँचती हैं?

# %% [markdown] lang="en"
# At $T = 0.2$ nearly every draw is "cat": such a model would write the same word every time. At $T = 10$ all three
# words come up hundreds of times; even "bird", the word with the lowest score, in almost a third of the draws: the
# output is varied, but unlikely words creep in.
#
# **Try it yourself:** slide $T$. How small must $T$ be for the probability of "cat" to go above 0.99? And when $T$ is
# very large, which value do the three probabilities approach?

# %%
softmax_temperature(z, classes)

# %% [markdown] lang="hi"
# ## 5. Cross-entropy यानी negative log-likelihood
#
# Model हर उदाहरण $i$ के लिए classes पर एक distribution $\hat{y}_i = \mathrm{softmax}(z_i)$ देता है। सही class $y_i$ को
# जितनी ज़्यादा प्रायिकता मिले, model उतना अच्छा। पूरे data की **likelihood** वह प्रायिकता है जो model सारे सही labels
# को एक साथ देता है: $\prod_i \hat{y}_{i, y_i}$ (उदाहरणों को स्वतंत्र मानकर), और training इसे बड़ा करना चाहती है।
# गुणनफल की जगह उसका log लेते हैं (गुणा जोड़ बन जाता है, और बहुत सी छोटी संख्याओं का गुणनफल float में 0 बन जाता
# है), फिर ऋण चिह्न लगाकर औसत निकालते हैं, ताकि लक्ष्य इसे बड़ा करना नहीं, छोटा करना हो:
#
# $$L = -\frac{1}{N}\sum_{i=1}^{N} \log \hat{y}_{i, y_i}$$
#
# यही negative log-likelihood है, और यही `F.cross_entropy` है: वह logits $z$ लेता है (प्रायिकताएँ नहीं), अंदर
# log-softmax लगाता है और सही class की log-प्रायिकता चुनता है। नीचे एक untrained `nn.Linear(784, 10)` MNIST के
# 1000 चित्रों पर:

# %% [markdown] lang="en"
# ## 5. Cross-entropy is negative log-likelihood
#
# For every example $i$ the model gives a distribution over the classes, $\hat{y}_i = \mathrm{softmax}(z_i)$. The more
# probability the true class $y_i$ gets, the better the model. The **likelihood** of the whole data is the probability
# the model gives to all the true labels together: $\prod_i \hat{y}_{i, y_i}$ (taking the examples as independent), and
# training wants to make it large. Instead of the product we take its log (products become sums, and a product of
# many small numbers becomes 0 in floats), then negate and average it, so that making it small is the goal:
#
# $$L = -\frac{1}{N}\sum_{i=1}^{N} \log \hat{y}_{i, y_i}$$
#
# This is the negative log-likelihood, and it is exactly `F.cross_entropy`: it takes logits $z$ (not probabilities),
# applies log-softmax inside and picks the true class's log-probability. Below, an untrained `nn.Linear(784, 10)` on
# 1000 MNIST images:

# %%
torch.manual_seed(0)
model = nn.Linear(784, 10)                              # untrained: its weights are still random
images, labels = x_train[:1000].flatten(1), y_train[:1000]
logits = model(images)
probs = torch.softmax(logits, dim=1)
p_true = probs[torch.arange(len(labels)), labels]   # each image's true-class probability
nll = -torch.log(p_true).mean()
loss = F.cross_entropy(logits, labels)
accuracy = (logits.argmax(1) == labels).float().mean()
print(t(hi=f"हाथ से NLL = {nll:.4f} · F.cross_entropy = {loss:.4f} · log 10 = {math.log(10):.4f}",
        en=f"NLL by hand = {nll:.4f} · F.cross_entropy = {loss:.4f} · log 10 = {math.log(10):.4f}"))
print(t(hi=f"सही labels की likelihood (गुणनफल) = {p_true.prod():.1f} · log-likelihood (log का जोड़) = {torch.log(p_true).sum():.1f}",
        en=f"likelihood of the true labels (product) = {p_true.prod():.1f} · log-likelihood (sum of logs) = {torch.log(p_true).sum():.1f}"))
print(t(hi=f"हर प्रायिकता {probs.min():.3f} और {probs.max():.3f} के बीच है (1/10 = 0.1)",
        en=f"every probability lies between {probs.min():.3f} and {probs.max():.3f} (1/10 = 0.1)"))
print(t(hi=f"accuracy (सही = 1, ग़लत = 0 का mean) = {accuracy:.3f}", en=f"accuracy (mean of right = 1, wrong = 0) = {accuracy:.3f}"))
assert torch.allclose(nll, loss, atol=1e-5) and torch.allclose(loss, F.nll_loss(F.log_softmax(logits, dim=1), labels))
assert p_true.prod() == 0 and torch.isfinite(torch.log(p_true).sum())
assert abs(loss.item() - math.log(10)) < 0.1 and 0.02 < probs.min() and probs.max() < 0.3

per_example = F.cross_entropy(logits, labels, reduction="none")   # one loss per image
print(t(hi=f"हर चित्र का loss: mean {per_example.mean():.3f} · median {per_example.median():.3f} · सबसे बड़ा {per_example.max():.3f}",
        en=f"loss of each image: mean {per_example.mean():.3f} · median {per_example.median():.3f} · largest {per_example.max():.3f}"))
assert torch.allclose(per_example.mean(), loss)

# %% [markdown] lang="hi"
# हाथ से निकाला NLL और `F.cross_entropy` बराबर हैं। Likelihood का गुणनफल float में 0 बन गया, पर log-likelihood एक
# सामान्य संख्या है: इसीलिए log लेते हैं। Untrained model हर चित्र पर 10 classes में प्रायिकता लगभग बराबर बाँटता है,
# इसलिए सही class को लगभग 1/10 मिलता है और loss $-\log(1/10) = \log 10$ के पास है: training शुरू करते समय यह एक अच्छी
# जाँच है। Accuracy भी एक statistic है: सही (1) और ग़लत (0) का mean, यानी एक Bernoulli variable का mean।
#
# एक आम ग़लती: `F.cross_entropy` को softmax के बाद की प्रायिकताएँ देना। वह उन पर फिर से softmax लगाता है। पहले तीन classes
# वाला एक model, जो सही class को score 10 देकर लगभग पूरी प्रायिकता देता है; फिर वही model, जो उतने ही यक़ीन से एक
# ग़लत class चुनता है:

# %% [markdown] lang="en"
# The NLL by hand and `F.cross_entropy` are equal. The likelihood's product became 0 in floats, but the
# log-likelihood is an ordinary number: that is why we take the log. An untrained model spreads its probability almost
# evenly over the 10 classes for every image, so the true class gets about 1/10 and the loss is near
# $-\log(1/10) = \log 10$: a good check when training starts. Accuracy is a statistic too: the mean of right (1) and
# wrong (0), that is, the mean of a Bernoulli variable.
#
# A common mistake: giving `F.cross_entropy` probabilities after a softmax. It applies a softmax to them again. A
# three-class model that gives the true class a score of 10 and so almost all the probability; then the same model
# picking a wrong class with the same confidence:

# %%
confident, true_class = torch.tensor([[10.0, 0.0, 0.0]]), torch.tensor([0])
right = F.cross_entropy(confident, true_class)
wrong = F.cross_entropy(torch.softmax(confident, dim=1), true_class)
floor = F.cross_entropy(torch.tensor([[1.0, 0.0, 0.0]]), true_class)   # probabilities of a perfect prediction
print(t(hi=f"logits के साथ: loss = {right:.5f} · प्रायिकताओं के साथ (ग़लत): loss = {wrong:.5f} · "
           f"पूरी तरह सही प्रायिकताओं [1, 0, 0] पर भी: {floor:.5f}",
        en=f"with logits: loss = {right:.5f} · with probabilities (wrong): loss = {wrong:.5f} · "
           f"even for perfect probabilities [1, 0, 0]: {floor:.5f}"))
assert wrong > 100 * right and wrong >= floor and math.isclose(floor.item(), math.log(1 + 2 / math.e), rel_tol=1e-5)

mistaken = torch.tensor([[0.0, 10.0, 0.0]], requires_grad=True)   # confidently wrong: score 10 on class 1, truth is 0
right_loss = F.cross_entropy(mistaken, true_class)
wrong_loss = F.cross_entropy(torch.softmax(mistaken, dim=1), true_class)
right_grad, = torch.autograd.grad(right_loss, mistaken)
wrong_grad, = torch.autograd.grad(wrong_loss, mistaken)
print(t(hi=f"पूरे यक़ीन से ग़लत model · logits के साथ: loss = {right_loss:.3f}, gradient का norm = {right_grad.norm():.4f} · "
           f"प्रायिकताओं के साथ (ग़लत): loss = {wrong_loss:.3f}, gradient का norm = {wrong_grad.norm():.4f}",
        en=f"a confidently wrong model · with logits: loss = {right_loss:.3f}, gradient norm = {right_grad.norm():.4f} · "
           f"with probabilities (wrong): loss = {wrong_loss:.3f}, gradient norm = {wrong_grad.norm():.4f}"))
assert right_loss > 10 and abs(wrong_loss.item() - math.log(2 + math.e)) < 1e-3
assert wrong_grad.norm() < 1e-3 * right_grad.norm()

# %% [markdown] lang="hi"
# ग़लत तरीक़ा हर loss को एक पतली पट्टी में दबा देता है (तीन classes के साथ): पूरी तरह सही prediction पर भी loss
# $\log(1 + 2/e)$ से नीचे नहीं जाता, और पूरे यक़ीन से ग़लत prediction पर भी $\log(2 + e)$ से ऊपर नहीं। Loss अब अच्छे और
# पूरी तरह सही prediction में फ़र्क़ नहीं कर पाता, और यक़ीन से की गई ग़लती की क़ीमत 10 की जगह सिर्फ़ 1.55 रह जाती है।
# इससे भी बुरा: उस ग़लती पर gradient लगभग 0 है, इसलिए model को ग़लती सुधारने का लगभग कोई signal नहीं मिलता।
#
# ## 6. Deep learning में प्रायिकता और सांख्यिकी कहाँ आती हैं
#
# | जगह | क्या random है या कौन-सा माप | इस अध्याय में |
# |---|---|---|
# | Dropout | हर neuron का Bernoulli mask | §6 |
# | Classification | softmax: classes पर प्रायिकता distribution | §4, §5 |
# | Initialization | weight uniform या normal से खींचे जाते हैं | §6 |
# | Data augmentation | हर चित्र पर random बदलाव (जैसे noise, खिसकाना) | — |
# | Data normalization | mean और standard deviation से scaling | §3 |
# | BatchNorm | batch का mean और variance, और उनके running average | §6 |
# | Evaluation | accuracy (0 और 1 का mean), confusion matrix ((सही class, predicted class) की हर जोड़ी की गिनती) | §5 (accuracy) |
# | Loss का विश्लेषण | हर उदाहरण के loss के statistics या histogram | §5 |
# | Bayesian neural network | weight एक संख्या नहीं बल्कि distribution, ताकि model अपनी अनिश्चितता बता सके | — |
#
# **Dropout** training में हर activation को प्रायिकता $p$ से 0 कर देता है: हर unit के लिए एक Bernoulli($1 - p$) mask।
# बचे हुए मानों को $1/(1-p)$ से गुणा किया जाता है, ताकि output का औसत वही रहे जो dropout के बिना होता; evaluation
# (`model.eval()`) में dropout कुछ नहीं करता। एक पंक्ति में, और PyTorch से मिलाकर:

# %% [markdown] lang="en"
# The wrong way squeezes every loss into a narrow band (with three classes): not below $\log(1 + 2/e)$ even for a
# perfect prediction, and not above $\log(2 + e)$ even for a confidently wrong one. The loss no longer tells a good
# prediction from a perfect one, and a confident mistake costs only 1.55 instead of 10. Worse: on that mistake the
# gradient is almost 0, so the model gets almost no signal to fix it.
#
# ## 6. Where probability and statistics appear in deep learning
#
# | where | what is random, or which measure | in this chapter |
# |---|---|---|
# | Dropout | a Bernoulli mask on every neuron | §6 |
# | Classification | softmax: a probability distribution over classes | §4, §5 |
# | Initialization | weights drawn from a uniform or a normal | §6 |
# | Data augmentation | a random change to every image (such as noise, a shift) | — |
# | Data normalization | scaling by the mean and standard deviation | §3 |
# | BatchNorm | the batch's mean and variance, and their running averages | §6 |
# | Evaluation | accuracy (the mean of 0s and 1s), confusion matrix (counts of true and predicted class pairs) | §5 (accuracy) |
# | Loss analysis | statistics or a histogram of every example's loss | §5 |
# | Bayesian neural network | a weight is a distribution, not one number, so the model can state its uncertainty | — |
#
# **Dropout** sets every activation to 0 with probability $p$ during training: a Bernoulli($1 - p$) mask, one draw
# per unit. The values that remain are multiplied by $1/(1-p)$, so that the output's average stays what it would be
# without dropout; in evaluation (`model.eval()`) dropout does nothing. In one line, matched against PyTorch:

# %%
p = 0.2
a = torch.rand(10_000) + 0.5                             # some positive activations
torch.manual_seed(1)
ours = a * torch.empty_like(a).bernoulli_(1 - p) / (1 - p)   # keep with probability 1 − p, scale by 1/(1 − p)
torch.manual_seed(1)
assert torch.allclose(ours, F.dropout(a, p=p, training=True))
assert torch.equal(nn.Dropout(p).eval()(a), a)

dropped = int((ours == 0).sum())
binomial = D.Binomial(len(a), probs=p)                   # the number of dropped units is Binomial(n, p)
print(t(hi=f"गिराए गए unit: {dropped} (Binomial का mean {binomial.mean:.0f}, standard deviation {binomial.stddev:.0f}) · "
           f"औसत: dropout से पहले {a.mean():.4f}, बाद में {ours.mean():.4f}, 1/(1 − p) के बिना {(ours * (1 - p)).mean():.4f}",
        en=f"dropped units: {dropped} (Binomial mean {binomial.mean:.0f}, standard deviation {binomial.stddev:.0f}) · "
           f"average: before dropout {a.mean():.4f}, after {ours.mean():.4f}, without 1/(1 − p) {(ours * (1 - p)).mean():.4f}"))
assert abs(dropped - binomial.mean) < 4 * binomial.stddev
assert abs(ours.mean() / a.mean() - 1) < 0.02 and abs((ours * (1 - p)).mean() / a.mean() - (1 - p)) < 0.02

# %% [markdown] lang="hi"
# **Initialization।** `nn.Linear(n_in, n_out)` अपने weight default रूप से Uniform($-1/\sqrt{n_{in}}$, $1/\sqrt{n_{in}}$)
# से खींचता है (notes ठीक कहते हैं कि uniform distribution initialization में आता है), और `nn.init.normal_` normal
# distribution से। Uniform के variance का सूत्र $(b-a)^2/12$ यहाँ $1/(3 n_{in})$ देता है:

# %% [markdown] lang="en"
# **Initialization.** `nn.Linear(n_in, n_out)` draws its weights from Uniform($-1/\sqrt{n_{in}}$, $1/\sqrt{n_{in}}$) by
# default (the notes are right that the uniform distribution appears in initialization), and `nn.init.normal_` from a
# normal distribution. The uniform's variance formula $(b-a)^2/12$ gives $1/(3 n_{in})$ here:

# %%
weight = nn.Linear(784, 100).weight.detach()
bound = 1 / math.sqrt(784)
print(t(hi=f"सबसे बड़ा |w| = {weight.abs().max():.5f} ≤ {bound:.5f} · variance {weight.var():.3e}, सूत्र 1/(3·784) = {1 / (3 * 784):.3e}",
        en=f"largest |w| = {weight.abs().max():.5f} ≤ {bound:.5f} · variance {weight.var():.3e}, formula 1/(3·784) = {1 / (3 * 784):.3e}"))
assert weight.abs().max() <= bound and abs(weight.var() * 3 * 784 - 1) < 0.05

normal_weight = nn.init.normal_(torch.empty(100, 784), mean=0.0, std=0.02)
print(t(hi=f"nn.init.normal_(std=0.02): samples का standard deviation {normal_weight.std():.4f}",
        en=f"nn.init.normal_(std=0.02): standard deviation of the samples {normal_weight.std():.4f}"))
assert abs(normal_weight.std() / 0.02 - 1) < 0.05

# %% [markdown] lang="hi"
# **BatchNorm** training में हर feature को उसी batch के mean और variance से normalize करता है: यहाँ $n$ से भाग देने
# वाला variance (`correction=0`) लगता है। साथ ही वह evaluation के लिए एक running variance रखता है, और उसे update करने
# में $n - 1$ से भाग देने वाला (unbiased) variance लेता है: ऊपर वाला फ़र्क़ यहाँ सचमुच सामने आता है।

# %% [markdown] lang="en"
# **BatchNorm** in training normalizes every feature with that batch's own mean and variance: here the variance that
# divides by $n$ (`correction=0`) is used. It also keeps a running variance for evaluation, and to update it, it takes
# the unbiased variance that divides by $n - 1$: the difference above really shows up here.

# %%
batch = torch.randn(32, 4) * 3 + 1                       # 32 examples, 4 features
batchnorm = nn.BatchNorm1d(4)                            # training mode; running_var starts at 1, momentum 0.1
out = batchnorm(batch)
assert torch.allclose(out, (batch - batch.mean(0)) / torch.sqrt(batch.var(0, correction=0) + batchnorm.eps), atol=1e-5)
assert torch.allclose(batchnorm.running_var, 0.9 * 1 + 0.1 * batch.var(0, correction=1))
print(t(hi="✔ BatchNorm का output: batch के mean और n से भाग वाले variance से; running_var: n − 1 वाले variance से।",
        en="✔ BatchNorm's output: from the batch mean and the variance divided by n; running_var: from the n − 1 variance."))

# %% [markdown] lang="hi"
# ## 7. कब क्या इस्तेमाल करें
#
# | स्थिति | चुनें | PyTorch में |
# |---|---|---|
# | एक हाँ/ना परिणाम (label, dropout mask) | Bernoulli | `D.Bernoulli`, `torch.bernoulli` |
# | $n$ प्रयासों में सफलताओं की गिनती | Binomial | `D.Binomial` |
# | किसी अंतराल में दुर्लभ घटनाओं की गिनती | Poisson | `D.Poisson` |
# | एक range का कोई भी मान, किसी मान को तरजीह नहीं | Uniform | `D.Uniform`, `torch.rand` |
# | कई छोटे असरों का जोड़, noise, weight | Normal | `D.Normal`, `torch.randn` |
# | सममित data का आम मान | mean | `x.mean()` |
# | outlier वाले या skewed data (जैसे pixel) का आम मान | median | `x.median()`, `torch.quantile(x, 0.5)` |
# | सबसे आम मान या category | mode | `x.mode()` |
# | पूरे data का फैलाव, BatchNorm का normalization | $n$ से भाग देने वाला variance | `x.var(correction=0)` |
# | एक sample से बड़ी आबादी का फैलाव आँकना | $n - 1$ से भाग देने वाला variance | `x.var()` |
# | data की इकाई में फैलाव, normalization | standard deviation | `x.std()` |
#
# ## सारांश
#
# - प्रायिकता 0 और 1 के बीच की संख्या है; बार-बार प्रयोग करने पर अनुपात उसके पास आता है, और बचा अंतर
#   $\sqrt{p(1-p)/n}$ की तरह घटता है।
# - Discrete random variable की pmf का जोड़ 1 है; continuous की pdf का क्षेत्रफल 1 है, और density 1 से बड़ी हो सकती है।
# - पाँचों distribution के सूत्र हाथ से लिखे गए और `dist.log_prob(x).exp()` से मिलाए गए; normal का सूत्र
#   $\frac{1}{\sigma\sqrt{2\pi}} e^{-\frac{(x-\mu)^2}{2\sigma^2}}$ है।
# - MNIST pixels पर mean धनात्मक है, पर median और mode 0 हैं: data skewed है, घंटी जैसा नहीं।
# - `torch.median` सम $n$ पर बीच के दो मानों में से छोटा देता है; `torch.var` और `torch.std` default रूप से $n - 1$ से भाग देते हैं।
# - Softmax scores को प्रायिकता distribution बनाता है; temperature उसे नुकीला या सपाट करता है।
# - Cross-entropy = negative log-likelihood; `F.cross_entropy` को logits दीजिए, प्रायिकताएँ नहीं।
# - Dropout = Bernoulli mask और $1/(1-p)$; initialization = uniform या normal से खींचे weight; BatchNorm = batch के
#   statistics।

# %% [markdown] lang="en"
# ## 7. Which to use when
#
# | situation | choose | in PyTorch |
# |---|---|---|
# | one yes/no outcome (a label, a dropout mask) | Bernoulli | `D.Bernoulli`, `torch.bernoulli` |
# | the number of successes in $n$ tries | Binomial | `D.Binomial` |
# | the count of rare events in an interval | Poisson | `D.Poisson` |
# | any value in a range, none preferred | Uniform | `D.Uniform`, `torch.rand` |
# | a sum of many small effects, noise, weights | Normal | `D.Normal`, `torch.randn` |
# | the typical value of symmetric data | mean | `x.mean()` |
# | the typical value with outliers or skew (like pixels) | median | `x.median()`, `torch.quantile(x, 0.5)` |
# | the most common value or category | mode | `x.mode()` |
# | the spread of the whole data, BatchNorm's normalization | variance dividing by $n$ | `x.var(correction=0)` |
# | estimating a larger population's spread from a sample | variance dividing by $n - 1$ | `x.var()` |
# | the spread in the data's units, normalization | standard deviation | `x.std()` |
#
# ## Summary
#
# - A probability is a number between 0 and 1; repeating an experiment brings the share close to it, and the gap
#   left shrinks like $\sqrt{p(1-p)/n}$.
# - A discrete random variable's pmf adds up to 1; a continuous one's pdf has area 1, and a density can exceed 1.
# - All five distributions' formulas were written by hand and matched with `dist.log_prob(x).exp()`; the normal's
#   formula is $\frac{1}{\sigma\sqrt{2\pi}} e^{-\frac{(x-\mu)^2}{2\sigma^2}}$.
# - On MNIST pixels the mean is positive but the median and mode are 0: the data is skewed, not bell-shaped.
# - `torch.median` gives the lower middle value for an even $n$; `torch.var` and `torch.std` divide by $n - 1$ by default.
# - Softmax turns scores into a probability distribution; the temperature sharpens or flattens it.
# - Cross-entropy = negative log-likelihood; give `F.cross_entropy` logits, not probabilities.
# - Dropout = a Bernoulli mask and $1/(1-p)$; initialization = weights drawn from a uniform or a normal; BatchNorm =
#   the batch's statistics.

# %% [markdown] lang="hi"
# ## अभ्यास प्रश्न
#
# हर प्रश्न के नीचे की cell में `...` की जगह अपना उत्तर लिखिए और cell चलाइए: उत्तर तुरंत जाँचा जाएगा। जिन प्रश्नों
# में code का output पूछा गया है, उनमें पहले अनुमान लगाइए, फिर चलाकर देखिए। अटक जाएँ तो संकेत के लिए `q1.hint()`,
# फिर `q1.hint(2)`; पूरा हल `q1.solution()` से (यह आपकी प्रगति में दर्ज होता है)।

# %% [markdown] lang="en"
# ## Practice questions
#
# In the cell below each question, replace `...` with your answer and run the cell: it is checked instantly. Where a
# question asks for a code's output, predict first, then run it to see. If you are stuck, use `q1.hint()`, then
# `q1.hint(2)`; the full solution comes from `q1.solution()` (it is noted in your progress).

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
def softmax_with_temperature(z, T):
    ...


q9.check(softmax_with_temperature)

# %%
q10

# %% tags=["answer"]
def cross_entropy(logits, y):
    ...


q10.check(cross_entropy)

# %%
q11

# %% tags=["answer"]
def normal_log_pdf(x, mu, sigma):
    ...


q11.check(normal_log_pdf)

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
