"""Chapter 09's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch
import torch.nn.functional as F


# ---------------------------------------------------------------- q6: BatchNorm2d in training mode

def bn2d_reference(x, gamma, beta):
    return F.batch_norm(x, None, None, gamma, beta, training=True, eps=1e-5)


def batchnorm2d_train(x, gamma, beta):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = x.var(dim=(0, 2, 3), unbiased=False, keepdim=True)
    x_hat = (x - mean) / torch.sqrt(var + 1e-5)
    return gamma.view(1, -1, 1, 1) * x_hat + beta.view(1, -1, 1, 1)


def batchnorm2d_by_rows(x, gamma, beta):
    """Right too: every position of every image as one row, then the 1-D formula."""
    n, c, h, w = x.shape
    rows = x.permute(0, 2, 3, 1).reshape(-1, c)
    rows = gamma * (rows - rows.mean(0)) / torch.sqrt(rows.var(0, unbiased=False) + 1e-5) + beta
    return rows.reshape(n, h, w, c).permute(0, 3, 1, 2)


def bn2d_unbiased(x, gamma, beta):
    mean = x.mean(dim=(0, 2, 3), keepdim=True)
    var = x.var(dim=(0, 2, 3), keepdim=True)  # unbiased: divides by N·H·W − 1
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + 1e-5) + beta.view(1, -1, 1, 1)


def bn2d_over_batch_only(x, gamma, beta):
    """BatchNorm1d thinking: one mean per channel *and position*, over the batch only (fails on 1 image: NaN)."""
    mean, var = x.mean(0, keepdim=True), x.var(0, unbiased=False, keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + 1e-5) + beta.view(1, -1, 1, 1)


def bn2d_per_image(x, gamma, beta):
    """Normalizes each image's channel on its own (that is instance normalization)."""
    mean, var = x.mean(dim=(2, 3), keepdim=True), x.var(dim=(2, 3), unbiased=False, keepdim=True)
    return gamma.view(1, -1, 1, 1) * (x - mean) / torch.sqrt(var + 1e-5) + beta.view(1, -1, 1, 1)


def bn2d_library(x, gamma, beta):
    return F.batch_norm(x, None, None, gamma, beta, training=True)


# ---------------------------------------------------------------- q7: running statistics

def running_statistics(batches, momentum):
    mean, var = torch.zeros(batches.shape[2]), torch.ones(batches.shape[2])
    for batch in batches:
        mean = (1 - momentum) * mean + momentum * batch.mean(0)
        var = (1 - momentum) * var + momentum * batch.var(0)  # unbiased, as PyTorch keeps it
    return torch.stack([mean, var])


def running_statistics_by_module(batches, momentum):
    """Right too (and the chapter's proof that the rule is PyTorch's): the module itself, with its library inside."""
    bn = torch.nn.BatchNorm1d(batches.shape[2], momentum=momentum)
    with torch.no_grad():
        for batch in batches:
            bn(batch)
    return torch.stack([bn.running_mean, bn.running_var])


def running_biased(batches, momentum):
    mean, var = torch.zeros(batches.shape[2]), torch.ones(batches.shape[2])
    for batch in batches:
        mean = (1 - momentum) * mean + momentum * batch.mean(0)
        var = (1 - momentum) * var + momentum * batch.var(0, unbiased=False)
    return torch.stack([mean, var])


def running_swapped(batches, momentum):
    mean, var = torch.zeros(batches.shape[2]), torch.ones(batches.shape[2])
    for batch in batches:
        mean = momentum * mean + (1 - momentum) * batch.mean(0)
        var = momentum * var + (1 - momentum) * batch.var(0)
    return torch.stack([mean, var])


def running_from_zero(batches, momentum):
    mean, var = torch.zeros(batches.shape[2]), torch.zeros(batches.shape[2])
    for batch in batches:
        mean = (1 - momentum) * mean + momentum * batch.mean(0)
        var = (1 - momentum) * var + momentum * batch.var(0)
    return torch.stack([mean, var])


def running_last_batch(batches, momentum):
    return torch.stack([batches[-1].mean(0), batches[-1].var(0)])


# ---------------------------------------------------------------- q8: evaluation mode

def bn_eval_reference(x, running_mean, running_var, gamma, beta):
    return F.batch_norm(x, running_mean, running_var, gamma, beta, training=False, eps=1e-5)


def batchnorm_eval(x, running_mean, running_var, gamma, beta):
    return gamma * (x - running_mean) / torch.sqrt(running_var + 1e-5) + beta


def bn_eval_no_eps(x, running_mean, running_var, gamma, beta):
    return gamma * (x - running_mean) / torch.sqrt(running_var) + beta


def bn_eval_batch_statistics(x, running_mean, running_var, gamma, beta):
    return gamma * (x - x.mean(0)) / torch.sqrt(x.var(0, unbiased=False) + 1e-5) + beta


def bn_eval_no_sqrt(x, running_mean, running_var, gamma, beta):
    return gamma * (x - running_mean) / (running_var + 1e-5) + beta


def bn_eval_library(x, running_mean, running_var, gamma, beta):
    return F.batch_norm(x, running_mean, running_var, gamma, beta, training=False)


_Q9 = torch.nn.BatchNorm1d(1)(torch.tensor([[1.0], [2.0], [6.0]])).detach()

_BN2D_SOLUTION = ("```python\ndef batchnorm2d_train(x, gamma, beta):\n"
                  "    mean = x.mean(dim=(0, 2, 3), keepdim=True)\n"
                  "    var = x.var(dim=(0, 2, 3), unbiased=False, keepdim=True)\n"
                  "    x_hat = (x - mean) / torch.sqrt(var + 1e-5)\n"
                  "    return gamma.view(1, -1, 1, 1) * x_hat + beta.view(1, -1, 1, 1)\n```\n")
_RUNNING_SOLUTION = ("```python\ndef running_statistics(batches, momentum):\n"
                     "    mean, var = torch.zeros(batches.shape[2]), torch.ones(batches.shape[2])\n"
                     "    for batch in batches:\n"
                     "        mean = (1 - momentum) * mean + momentum * batch.mean(0)\n"
                     "        var = (1 - momentum) * var + momentum * batch.var(0)  # unbiased\n"
                     "    return torch.stack([mean, var])\n```\n")
_EVAL_SOLUTION = ("```python\ndef batchnorm_eval(x, running_mean, running_var, gamma, beta):\n"
                  "    x_hat = (x - running_mean) / torch.sqrt(running_var + 1e-5)\n"
                  "    return gamma * x_hat + beta\n```\n")

KEY = {
    "09.1": dict(
        answer="C", right=["C", " c ", "(C)"], wrong=["A", "B", "D"], unreadable=["E", 3, None],
        explanation=("BatchNorm हर mini-batch पर हर layer के pre-activation को normalize करता है; section 4 में इससे 10 गुना बड़ा "
                     "learning rate भी स्थिर रहा। वह activation function की जगह नहीं लेता (A), input को सिर्फ़ एक बार normalize "
                     "करना (B) data की तैयारी है, और weight छोटे करना (D) weight decay है।",
                     "BatchNorm normalizes each layer's pre-activations on every mini-batch; in section 4 that kept even a 10 "
                     "times larger learning rate stable. It does not replace the activation function (A), normalizing the "
                     "input once (B) is data preparation, and shrinking the weights (D) is weight decay."),
        solution=("**C.** हर layer के pre-activation को हर mini-batch के mean और variance से normalize करना, फिर "
                  "$\\gamma$, $\\beta$ से scale और shift: training स्थिर और तेज़ होती है और बड़ा learning rate चलता है।",
                  "**C.** Normalizing each layer's pre-activations with each mini-batch's mean and variance, then scaling "
                  "and shifting by $\\gamma$, $\\beta$: training becomes stable and fast, and a large learning rate works.")),
    "09.2": dict(
        answer="A", right=["A", "a", " (A) "], wrong=["B", "C", "D"], unreadable=["ICS", 1],
        explanation=("Internal covariate shift: पिछली layer के weight बदलने से अगली layer के input का distribution बदलता रहता है। "
                     "Santurkar और साथियों (2018) ने जान-बूझकर यह shift बढ़ाया, फिर भी BatchNorm वाला network अच्छा सीखा; "
                     "उनके अनुसार असली फ़ायदा चिकना loss landscape है। B test और training data का अंतर (covariate shift) है, "
                     "internal नहीं।",
                     "Internal covariate shift: as an earlier layer's weights change, the distribution of the next layer's input "
                     "keeps changing. Santurkar and co-authors (2018) increased that shift on purpose and the BatchNorm network "
                     "still learned well; in their account the real gain is a smoother loss landscape. B is the gap between "
                     "test and training data (covariate shift), not an internal one."),
        solution=("**A.** पिछली layer के सीखने से अगली layer के input का distribution बदलता रहता है। बाद की research "
                  "(Santurkar और साथी, 2018) के अनुसार BatchNorm की मदद का मुख्य कारण यह नहीं, बल्कि चिकना loss landscape है।",
                  "**A.** A layer's input distribution keeps changing as earlier layers learn. Later research (Santurkar and "
                  "co-authors, 2018) found that this is not the main reason BatchNorm helps; a smoother loss landscape is.")),
    "09.3": dict(
        answer=25088, right=[25088, 25088.0, torch.tensor(25088)], wrong=[32, 512, 12544, 401408, 784, 16],
        unreadable=["25088", -25088],
        explanation=("`nn.BatchNorm2d(16)` 16 mean निकालता है, हर channel का एक, batch के 32 चित्रों की 28 × 28 जगहों पर: "
                     "32 · 28 · 28 = 25,088 संख्याएँ। `nn.BatchNorm1d` हर feature का mean सिर्फ़ batch पर लेता है।",
                     "`nn.BatchNorm2d(16)` computes 16 means, one per channel, over the 28 × 28 positions of the batch's 32 "
                     "images: 32 · 28 · 28 = 25,088 numbers. `nn.BatchNorm1d` takes each feature's mean over the batch only."),
        solution=("हर channel का mean $N \\cdot H \\cdot W$ = 32 · 28 · 28 = **25088** संख्याओं पर है।",
                  "Each channel's mean is over $N \\cdot H \\cdot W$ = 32 · 28 · 28 = **25088** numbers.")),
    "09.4": dict(
        answer="D", right=["D", " d", "(D)"], wrong=["A", "B", "C"], unreadable=["gamma", 4],
        explanation=("$\\gamma$ (`bn.weight`) और $\\beta$ (`bn.bias`) parameter हैं जिन्हें gradient descent सीखता है। "
                     "$\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$, $\\beta = \\mu_B$ हों तो BatchNorm अपना normalize करना पूरी तरह उलट देता है, "
                     "इसलिए normalize करने से network की क्षमता नहीं घटती। Batch का mean और variance (A) हर batch पर गिने जाते हैं, "
                     "$\\epsilon$ (B) भाग को सुरक्षित रखता है, और running average (C) buffer हैं, parameter नहीं।",
                     "$\\gamma$ (`bn.weight`) and $\\beta$ (`bn.bias`) are parameters learned by gradient descent. With "
                     "$\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$, $\\beta = \\mu_B$ BatchNorm undoes its normalizing completely, so "
                     "normalizing costs the network no power. The batch mean and variance (A) are computed on each batch, "
                     "$\\epsilon$ (B) protects the division, and the running averages (C) are buffers, not parameters."),
        solution=("**D.** $y = \\gamma\\hat z + \\beta$: सीखा हुआ scale और shift, जिससे हर feature का mean $\\beta$ और std $|\\gamma|$ होता है।",
                  "**D.** $y = \\gamma\\hat z + \\beta$: a learned scale and shift, giving each feature mean $\\beta$ and std $|\\gamma|$.")),
    "09.5": dict(
        answer="B", right=["B", "b ", "(B)"], wrong=["A", "C", "D"], unreadable=["yes", 2],
        explanation=("Training mode में एक उदाहरण का output batch के साथियों पर निर्भर है (section 5), यानी statistics में शोर है; "
                     "यह शोर हल्का regularization है। बड़े batch में यह शोर घटता है (section 3, फैलाव लगभग σ/√B), इसलिए D उलटा है; "
                     "BatchNorm कोई neuron बंद नहीं करता (C)। यह dropout का पूरा विकल्प नहीं।",
                     "In training mode one example's output depends on its batch mates (section 5), so the statistics carry "
                     "noise; that noise is a mild regularization. On larger batches it shrinks (section 3, a spread of about "
                     "σ/√B), so D is backwards; BatchNorm switches off no neurons (C). It is no full replacement for dropout."),
        solution=("**B.** थोड़ा: batch statistics का शोर हल्का regularization देता है, पर यह dropout का पूरा विकल्प नहीं, और बड़े "
                  "batch में घटता है।",
                  "**B.** A little: the noise of batch statistics gives a mild regularization, but it is no full replacement "
                  "for dropout, and it shrinks on larger batches.")),
    "09.6": dict(
        reference=bn2d_reference, right=[batchnorm2d_train, batchnorm2d_by_rows],
        wrong=[bn2d_unbiased, bn2d_over_batch_only, bn2d_per_image, bn2d_library, torch.nn.BatchNorm2d(3),
               lambda x, gamma, beta: x], unreadable=[0.5],
        explanation=("हर channel के लिए dims (0, 2, 3) पर mean और biased variance; `gamma` और `beta` को `(1, C, 1, 1)` में बदलकर "
                     "broadcast। 1 अकेले चित्र पर भी हर channel के $H \\cdot W$ मान हैं, इसलिए यह चलता है।",
                     "For each channel, the mean and biased variance over dims (0, 2, 3); `gamma` and `beta` reshaped to "
                     "`(1, C, 1, 1)` to broadcast. Even 1 image alone has $H \\cdot W$ values per channel, so it works."),
        solution=(_BN2D_SOLUTION + "Variance biased है (`unbiased=False`), जैसा PyTorch normalize करने में लेता है।",
                  _BN2D_SOLUTION + "The variance is biased (`unbiased=False`), as PyTorch uses for normalizing.")),
    "09.7": dict(
        reference=running_statistics_by_module, right=[running_statistics],
        wrong=[running_biased, running_swapped, running_from_zero, running_last_batch, running_statistics_by_module],
        unreadable=["mean"],
        explanation=("PyTorch: running mean 0 और running variance 1 से शुरू, हर batch पर "
                     "running = (1 − m)·running + m·batch, और running variance में unbiased variance ($B - 1$ से भाग)। "
                     "momentum 1.0 पर सिर्फ़ आख़िरी batch बचता है।",
                     "PyTorch: the running mean starts at 0 and the running variance at 1; on every batch "
                     "running = (1 − m)·running + m·batch, with the unbiased variance (divided by $B - 1$) in the running "
                     "variance. With momentum 1.0 only the last batch remains."),
        solution=(_RUNNING_SOLUTION + "`batch.var(0)` का default unbiased है, ठीक वही जो PyTorch `running_var` में रखता है।",
                  _RUNNING_SOLUTION + "`batch.var(0)` is unbiased by default, exactly what PyTorch keeps in `running_var`.")),
    "09.8": dict(
        reference=bn_eval_reference, right=[batchnorm_eval],
        wrong=[bn_eval_no_eps, bn_eval_batch_statistics, bn_eval_no_sqrt, bn_eval_library,
               lambda x, running_mean, running_var, gamma, beta: x], unreadable=[None],
        explanation=("Evaluation mode batch के statistics नहीं, training में इकट्ठे running statistics लेता है; इसलिए 1 का batch भी "
                     "चलता है और हर उदाहरण का output बाक़ी batch से स्वतंत्र है। $\\epsilon$ variance 0 होने पर भी भाग सुरक्षित रखता है।",
                     "Evaluation mode uses the running statistics gathered in training, not the batch's; so a batch of 1 works "
                     "too, and each example's output is independent of the rest of the batch. $\\epsilon$ keeps the division "
                     "safe even when the variance is 0."),
        solution=(_EVAL_SOLUTION + "Broadcasting हर पंक्ति (उदाहरण) पर वही `(F,)` statistics लगाता है।",
                  _EVAL_SOLUTION + "Broadcasting applies the same `(F,)` statistics to every row (example).")),
    "09.9": dict(
        answer=_Q9, right=[_Q9, torch.tensor([[-0.926], [-0.463], [1.389]]), [[-0.9258], [-0.4629], [1.3887]]],
        wrong=[torch.tensor([[-0.756], [-0.378], [1.134]]), torch.tensor([[1.0], [2.0], [6.0]]),
               torch.tensor([[-0.926], [-0.463], [1.380]]), torch.tensor([[-1.0], [-0.5], [1.5]])],
        unreadable=["tensor", torch.tensor([-0.926, -0.463, 1.389])],
        explanation=("नया module training mode में होता है, $\\gamma = 1$, $\\beta = 0$: mean 3, biased variance 14/3, std ≈ 2.1602; "
                     "(1 − 3)/2.1602 ≈ −0.9258, (2 − 3)/2.1602 ≈ −0.4629, (6 − 3)/2.1602 ≈ 1.3887। Unbiased variance (7) लेने पर "
                     "[−0.756, −0.378, 1.134] आता, जो ग़लत है।",
                     "A fresh module is in training mode with $\\gamma = 1$, $\\beta = 0$: mean 3, biased variance 14/3, "
                     "std ≈ 2.1602; (1 − 3)/2.1602 ≈ −0.9258, (2 − 3)/2.1602 ≈ −0.4629, (6 − 3)/2.1602 ≈ 1.3887. The unbiased "
                     "variance (7) would give [−0.756, −0.378, 1.134], which is wrong."),
        solution=("`torch.tensor([[-0.9258], [-0.4629], [1.3887]])`: training mode, mean 3, std $\\sqrt{14/3}$।",
                  "`torch.tensor([[-0.9258], [-0.4629], [1.3887]])`: training mode, mean 3, std $\\sqrt{14/3}$.")),
}
