"""Chapter 03's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import math

import torch
import torch.nn.functional as F


# ---- 03.9: softmax with a temperature
def softmax_with_temperature(z, T):
    s = z / T
    e = torch.exp(s - s.max())
    return e / e.sum()


def softmax_t_naive(z, T):           # right formula, overflows: exp(200) = inf, inf / inf = NaN
    e = torch.exp(z / T)
    return e / e.sum()


def softmax_t_times(z, T):           # multiplies by T instead of dividing
    s = z * T
    e = torch.exp(s - s.max())
    return e / e.sum()


def softmax_t_forgot_T(z, T):
    e = torch.exp(z - z.max())
    return e / e.sum()


def softmax_t_library(z, T):
    return torch.softmax(z / T, dim=0)


# ---- 03.10: cross-entropy from logits
def cross_entropy(logits, y):
    m = logits.max(1, keepdim=True).values
    log_norm = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(1))
    return (log_norm - logits[torch.arange(len(y)), y]).mean()


def cross_entropy_by_gather(logits, y):
    shifted = logits - logits.max(1, keepdim=True).values
    log_p = shifted - torch.log(torch.exp(shifted).sum(1, keepdim=True))
    return -log_p.gather(1, y.unsqueeze(1)).mean()


def cross_entropy_naive(logits, y):  # log(softmax): softmax gives exactly 0 at logits ±100, log(0) = -inf
    p = torch.exp(logits) / torch.exp(logits).sum(1, keepdim=True)
    return -torch.log(p[torch.arange(len(y)), y]).mean()


def cross_entropy_sum(logits, y):    # forgets to average over the batch
    m = logits.max(1, keepdim=True).values
    log_norm = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(1))
    return (log_norm - logits[torch.arange(len(y)), y]).sum()


def cross_entropy_no_minus(logits, y):
    return -cross_entropy(logits, y)


def cross_entropy_library(logits, y):
    return F.cross_entropy(logits, y)


# ---- 03.11: the normal distribution's log-density
def normal_log_pdf(x, mu, sigma):
    return -(x - mu).pow(2) / (2 * sigma * sigma) - math.log(sigma) - 0.5 * math.log(2 * math.pi)


def normal_log_pdf_by_torch_distributions(x, mu, sigma):  # also right: log_prob is computed in log space
    return torch.distributions.Normal(mu, sigma).log_prob(x)


def normal_log_pdf_naive(x, mu, sigma):  # log of the density: 0 at x = ±100, so -inf
    density = torch.exp(-((x - mu) ** 2) / (2 * sigma**2)) / (sigma * math.sqrt(2 * math.pi))
    return torch.log(density)


def normal_log_pdf_forgot_sigma(x, mu, sigma):
    return -((x - mu) ** 2) / (2 * sigma**2) - 0.5 * math.log(2 * math.pi)


def normal_log_pdf_sigma_not_squared(x, mu, sigma):
    return -((x - mu) ** 2) / (2 * sigma) - math.log(sigma) - 0.5 * math.log(2 * math.pi)


SOFTMAX_T_SOLUTION = ("```python\ndef softmax_with_temperature(z, T):\n    s = z / T\n    e = torch.exp(s - s.max())\n"
                      "    return e / e.sum()\n```\n")
CROSS_ENTROPY_SOLUTION = ("```python\ndef cross_entropy(logits, y):\n    m = logits.max(1, keepdim=True).values\n"
                          "    log_norm = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(1))\n"
                          "    return (log_norm - logits[torch.arange(len(y)), y]).mean()\n```\n")
NORMAL_SOLUTION = ("```python\ndef normal_log_pdf(x, mu, sigma):\n"
                   "    return -(x - mu).pow(2) / (2 * sigma * sigma) - math.log(sigma) - 0.5 * math.log(2 * math.pi)\n```\n")

KEY = {
    "03.1": dict(answer="C",
                 explanation=("Softmax classifier के output को प्रायिकता बनाता है और dropout Bernoulli mask से neuron बंद करता है; "
                              "random initialization और mini-batch का चुनाव भी training में संयोग लाते हैं।",
                              "Softmax makes a classifier's output a probability and dropout switches neurons off with a "
                              "Bernoulli mask; random initialization and the choice of mini-batches bring chance into training too."),
                 right=["C", "c", " (C) "], wrong=["A", "B", "D"], unreadable=["softmax", 3, None],
                 solution=("**C.** Softmax के output प्रायिकताएँ हैं (धनात्मक, जोड़ 1), और dropout हर neuron को प्रायिकता p से "
                           "0 करता है। A और B ग़लत हैं क्योंकि training ख़ुद random है (initialization, dropout); D ग़लत है "
                           "क्योंकि सही class की प्रायिकता बढ़ने पर loss घटता है।",
                           "**C.** Softmax outputs are probabilities (positive, adding up to 1), and dropout zeroes each neuron "
                           "with probability p. A and B are false because training itself is random (initialization, dropout); "
                           "D is false because the loss falls as the true class's probability rises.")),
    "03.2": dict(answer=18.0,
                 explanation=("Mean 22 है पर median 4: एक बड़ा मान (96) mean को अपनी ओर खींच लेता है, median पर लगभग असर नहीं "
                              "पड़ता। इसीलिए outlier वाले data का 'आम' मान median बेहतर बताता है।",
                              "The mean is 22 but the median is 4: one large value (96) pulls the mean towards it and "
                              "hardly moves the median. That is why the median tells the 'typical' value of data with outliers better."),
                 right=[18, 18.0, 17.999, torch.tensor(18.0)], wrong=[0, 22, -18, 18.5, 4],
                 unreadable=["eighteen", "18", [22, 4]],
                 solution=("Mean = (2 + 3 + 4 + 5 + 96) / 5 = 110 / 5 = 22; median = sort करके तीसरा मान = 4। "
                           "अंतर 22 − 4 = **18.0**।",
                           "Mean = (2 + 3 + 4 + 5 + 96) / 5 = 110 / 5 = 22; median = the third sorted value = 4. "
                           "The difference is 22 − 4 = **18.0**.")),
    "03.3": dict(answer="B",
                 explanation=("[1, 5] और [3, 3] दोनों का mean 3 है, पर पहले का फैलाव 2 (std) है और दूसरे का 0। Normalization, "
                              "BatchNorm और initialization सब इसी फैलाव से काम करते हैं।",
                              "[1, 5] and [3, 3] both have mean 3, but the first spreads by 2 (std) and the second by 0. "
                              "Normalization, BatchNorm and initialization all work with this spread."),
                 right=["B", "b"], wrong=["A", "C", "D"], unreadable=["variance", 2],
                 solution=("**B.** Mean सिर्फ़ केंद्र बताता है; variance, यानी mean से दूरी के वर्गों का औसत, फैलाव मापता है, और "
                           "std = √variance वही फैलाव data की इकाई में देता है। C ग़लत: variance 0.25 हो तो std 0.5 है, "
                           "यानी variance से बड़ा। D ग़लत: फैलाव हर data का गुण है।",
                           "**B.** The mean only gives the centre; variance, the average squared distance from the mean, "
                           "measures the spread, and std = √variance gives the same spread in the data's units. C is false: "
                           "a variance of 0.25 has std 0.5, which is larger. D is false: every data set has a spread.")),
    "03.4": dict(answer=2 * (1 - 0.5 * (1 + math.erf(2 / math.sqrt(2)))),
                 explanation=("|w| > 0.04 यानी mean से 2σ से ज़्यादा दूर: normal में यह हमेशा लगभग 4.6% है, σ कुछ भी हो। "
                              "इसलिए normal initialization में लगभग सारे weight ±2σ के भीतर रहते हैं।",
                              "|w| > 0.04 means more than 2σ from the mean: for a normal that is always about 4.6%, whatever σ "
                              "is. So with a normal initialization almost all weights stay within ±2σ."),
                 right=[0.0455, 0.046, 0.045, 0.047, torch.tensor(0.0455)], wrong=[0.023, 0.954, 0.68, 0.32, 0.05, 0.1],
                 unreadable=["0.0455", -0.0455, float("nan")],
                 solution=("0.04 = 2σ है। एक ओर: `D.Normal(0.0, 0.02).cdf(torch.tensor(-0.04))` ≈ 0.0228; दोनों ओर "
                           "2 × 0.0228 ≈ **0.046**।",
                           "0.04 = 2σ. One side: `D.Normal(0.0, 0.02).cdf(torch.tensor(-0.04))` ≈ 0.0228; both sides: "
                           "2 × 0.0228 ≈ **0.046**.")),
    "03.5": dict(answer=4.0,
                 explanation=("`tensor(4.)`: (2 + 4 + 6) / 3 = 4। Tensor float का है, इसलिए `torch.mean` चलता है; पूर्णांकों "
                              "वाले tensor पर वह error देता है।",
                              "`tensor(4.)`: (2 + 4 + 6) / 3 = 4. The tensor holds floats, so `torch.mean` works; on a tensor "
                              "of integers it raises an error."),
                 right=[4, 4.0, torch.tensor(4.0)], wrong=[12, 3, 2, 6], unreadable=["tensor(4.)", [2.0, 4.0, 6.0]],
                 solution=("(2 + 4 + 6) / 3 = 12 / 3 = **4.0**; code `tensor(4.)` छापता है।",
                           "(2 + 4 + 6) / 3 = 12 / 3 = **4.0**; the code prints `tensor(4.)`.")),
    "03.6": dict(answer=3.0,
                 explanation=("सम गिनती पर `torch.median` बीच के दो मानों में से छोटा (3) लौटाता है, जो data का ही एक "
                              "मान है; औसत वाला median (5.5) `torch.quantile(x, 0.5)` देता है।",
                              "For an even count `torch.median` returns the lower of the two middle values (3), which "
                              "is one of the data's own values; the averaged median (5.5) comes from `torch.quantile(x, 0.5)`."),
                 right=[3, 3.0, torch.tensor(3.0)], wrong=[5.5, 8, 5.0, 4.5], unreadable=["3.0", (3, 8)],
                 solution=("Sort किए मान [1, 3, 8, 10]; बीच के दो 3 और 8; `torch.median` छोटा लेता है: **3.0**।",
                           "Sorted values [1, 3, 8, 10]; the two middle ones are 3 and 8; `torch.median` takes the lower: **3.0**.")),
    "03.7": dict(answer=4.0,
                 explanation=("`torch.var` default रूप से n − 1 से भाग देता है (unbiased variance): 8 / 2 = 4। तालिका का सूत्र "
                              "(n से भाग) `var(correction=0)` से मिलता है: 8 / 3 ≈ 2.67।",
                              "`torch.var` divides by n − 1 by default (the unbiased variance): 8 / 2 = 4. The table's "
                              "formula (dividing by n) comes from `var(correction=0)`: 8 / 3 ≈ 2.67."),
                 right=[4, 4.0, 3.996, torch.tensor(4.0)], wrong=[2.67, 8 / 3, 2, 1.63, 8], unreadable=[-4, "4"],
                 solution=("Mean = 4; वर्गों का जोड़ (2−4)² + (4−4)² + (6−4)² = 8; n − 1 = 2 से भाग: **4.0**।",
                           "Mean = 4; the sum of squares (2−4)² + (4−4)² + (6−4)² = 8; divided by n − 1 = 2: **4.0**.")),
    "03.8": dict(answer=3.75,
                 explanation=("बचा हुआ मान 1/(1 − p) = 1.25 से गुणा होता है: 3.0 × 1.25 = 3.75। औसतन: 0.8 × 3.75 + 0.2 × 0 = "
                              "3.0, यानी dropout के बिना जितना।",
                              "A kept value is multiplied by 1/(1 − p) = 1.25: 3.0 × 1.25 = 3.75. On average: "
                              "0.8 × 3.75 + 0.2 × 0 = 3.0, the same as without dropout."),
                 right=[3.75, 15 / 4, torch.tensor(3.75)], wrong=[3.0, 2.4, 0.6, 15, 0], unreadable=[-3.75, "3.75"],
                 solution=("3.0 / (1 − 0.2) = 3.0 / 0.8 = **3.75**।", "3.0 / (1 − 0.2) = 3.0 / 0.8 = **3.75**.")),
    "03.9": dict(reference=softmax_with_temperature,
                 explanation=("सबसे बड़ा score घटाने से हर घातांक ≤ 0 रहता है, इसलिए e^x कभी overflow नहीं होता, और softmax "
                              "नहीं बदलता क्योंकि e^(−c) ऊपर-नीचे दोनों में कट जाता है।",
                              "Subtracting the largest score keeps every exponent ≤ 0, so e^x never overflows, and the softmax "
                              "does not change because e^(−c) cancels between top and bottom."),
                 right=[softmax_with_temperature, lambda z, T: torch.exp(z / T - (z / T).max()) / torch.exp(z / T - (z / T).max()).sum()],
                 wrong=[softmax_t_naive, softmax_t_times, softmax_t_forgot_T, softmax_t_library],
                 unreadable=[0.5, "softmax"],
                 solution=(SOFTMAX_T_SOLUTION + "`s.max()` घटाने से सबसे बड़ा घातांक 0 है: कोई overflow नहीं, और परिणाम वही।",
                           SOFTMAX_T_SOLUTION + "Subtracting `s.max()` makes the largest exponent 0: no overflow, and the same result.")),
    "03.10": dict(reference=cross_entropy,
                  explanation=("log softmax(z)_y = z_y − log Σ e^(z_j), और max घटाकर log Σ e^(z_j) बिना overflow के निकलता है। "
                               "आख़िरी batch पर loss 200 है: पूरे यक़ीन से ग़लत model को बहुत बड़ा loss मिलता है।",
                               "log softmax(z)_y = z_y − log Σ e^(z_j), and subtracting the max computes log Σ e^(z_j) without "
                               "overflow. On the last batch the loss is 200: a confidently wrong model gets a very large loss."),
                  right=[cross_entropy, cross_entropy_by_gather],
                  wrong=[cross_entropy_naive, cross_entropy_sum, cross_entropy_no_minus, cross_entropy_library],
                  unreadable=[2.3, "cross_entropy"],
                  solution=(CROSS_ENTROPY_SOLUTION + "`log_norm` हर पंक्ति का log Σ e^(z_j) है (max घटाकर, ताकि overflow न हो); "
                            "उसमें से सही class का logit घटाने पर −log softmax(z)_y मिलता है।",
                            CROSS_ENTROPY_SOLUTION + "`log_norm` is each row's log Σ e^(z_j) (with the max taken out, so "
                            "nothing overflows); subtracting the true class's logit gives −log softmax(z)_y.")),
    "03.11": dict(reference=normal_log_pdf,
                  explanation=("log के अंदर गुणा जोड़ बन जाता है और e^b का log सिर्फ़ b है, इसलिए x = ±100 पर भी −20000 जैसा "
                               "एक सामान्य मान आता है। `dist.log_prob` भी ठीक यही करता है।",
                               "Inside the log, products become sums and the log of e^b is just b, so even at x = ±100 an "
                               "ordinary value such as −20000 comes out. `dist.log_prob` does exactly this."),
                  right=[normal_log_pdf, normal_log_pdf_by_torch_distributions],
                  wrong=[normal_log_pdf_naive, normal_log_pdf_forgot_sigma, normal_log_pdf_sigma_not_squared],
                  unreadable=[-0.92, "log p(x)"],
                  solution=(NORMAL_SOLUTION + "यह log p(x) = −(x − μ)² / (2σ²) − log σ − ½ log(2π) है: पहले p(x) और फिर log "
                            "लेने पर x = ±100 पर log(0) = −inf आता।",
                            NORMAL_SOLUTION + "This is log p(x) = −(x − μ)² / (2σ²) − log σ − ½ log(2π): taking p(x) first "
                            "and then its log would give log(0) = −inf at x = ±100.")),
}
