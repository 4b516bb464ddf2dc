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
# # अध्याय 04 · Gradient descent (ग्रेडिएंट डिसेंट)
#
# Training का मतलब है loss $L$ को छोटा करना: ऐसे weight ढूँढना जिन पर model की prediction $\hat y$ लक्ष्य $y$ के
# क़रीब हो। Gradient descent यह काम छोटे-छोटे कदमों में करता है। इस अध्याय में आप:
#
# 1. gradient descent का नियम $\theta \leftarrow \theta - \eta \nabla L$ एक weight और दो weight वाले loss पर चलाकर उसका रास्ता देखेंगे;
# 2. learning rate $\eta$ को slider से बदलकर मापेंगे कि कितने कदम लगते हैं, और वह सीमा निकालेंगे जिसके पार training diverge करती है;
# 3. असली MNIST अंकों पर batch, stochastic और mini-batch gradient descent की तुलना करेंगे: समय, शोर (noise) और प्रगति;
# 4. SGD, Momentum, RMSProp और Adam को ख़ुद कुछ पंक्तियों में लिखेंगे और साबित करेंगे कि वे `torch.optim` से कदम-दर-कदम मेल खाते हैं;
# 5. देखेंगे कि `zero_grad()`, `backward()` और `step()` में से कोई एक छोड़ देने पर क्या होता है;
# 6. अंत में: कौन-सा optimizer कब, सारांश और अभ्यास प्रश्न।

# %% [markdown] lang="en"
# # Chapter 04 · Gradient descent
#
# Training means making the loss $L$ small: finding weights at which the model's prediction $\hat y$ comes close to
# the target $y$. Gradient descent does this in small steps. In this chapter you will:
#
# 1. run the gradient-descent rule $\theta \leftarrow \theta - \eta \nabla L$ on a loss of one weight and of two weights, and see its path;
# 2. change the learning rate $\eta$ with a slider, measure how many steps it takes, and derive the limit beyond which training diverges;
# 3. compare batch, stochastic and mini-batch gradient descent on real MNIST digits: time, noise and progress;
# 4. write SGD, Momentum, RMSProp and Adam yourself in a few lines each, and prove that they match `torch.optim` step for step;
# 5. see what happens when one of `zero_grad()`, `backward()` and `step()` is left out;
# 6. finally: which optimizer when, a summary and practice questions.

# %%
import math
import time

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import plots, show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.practice.ch04 import q1, q2, q3, q4, q5, q6, q7, q8, q9, q10
from course_lib.train import descend
from course_lib.widgets import descent_explorer

start(4)

# %% [markdown] lang="hi"
# ## 1. नियम: gradient की उल्टी दिशा में एक छोटा कदम
#
# Gradient $\nabla L$ वह दिशा है जिसमें loss सबसे तेज़ी से **बढ़ता** है (अध्याय 02)। इसलिए loss घटाने के लिए हम हर
# parameter को gradient की उल्टी दिशा में थोड़ा-सा खिसकाते हैं:
#
# $$\theta \leftarrow \theta - \eta \, \nabla L(\theta)$$
#
# यहाँ $\theta$ सारे parameter हैं (हर weight और हर bias) और $\eta$ learning rate है, यानी कदम का पैमाना। एक weight के
# लिए यही नियम $w \leftarrow w - \eta \, \partial L / \partial w$ है। यह नियम बार-बार लगाया जाता है: हर कदम पर gradient
# नए सिरे से निकाला जाता है, क्योंकि weight बदलते ही वह भी बदल जाता है।
#
# **Notes में सुधार।** Notes में "नया वेट होगा:" के बाद सूत्र छूट गया है; सूत्र ऊपर लिखा है।
#
# Deep learning को इसकी ज़रूरत क्यों है? लाखों weight वाले network के लिए ऐसा कोई सूत्र नहीं है जो $\nabla L = 0$ को
# सीधे हल कर दे। Gradient descent को सिर्फ़ gradient चाहिए, और backpropagation एक backward pass में हर parameter का
# gradient दे देता है।
#
# एक weight वाला सबसे सरल loss लीजिए: $L(w) = (w - 3)^2$। इसका न्यूनतम बिंदु $w^* = 3$ है और derivative
# $L'(w) = 2(w - 3)$ है। $w = -2$ से शुरू करके, $\eta = 0.1$ के साथ, हम 20 कदम हाथ से चलाते हैं और gradient
# autograd से लेते हैं। फिर यही काम सूत्र $L'(w)$ से और `torch.optim.SGD` से कराते हैं: तीनों रास्ते एक जैसे होने चाहिए।

# %% [markdown] lang="en"
# ## 1. The rule: a small step against the gradient
#
# The gradient $\nabla L$ is the direction in which the loss **increases** fastest (chapter 02). So to lower the loss
# we move every parameter a little against the gradient:
#
# $$\theta \leftarrow \theta - \eta \, \nabla L(\theta)$$
#
# Here $\theta$ stands for all the parameters (every weight and every bias) and $\eta$ is the learning rate, the scale
# of the step. For one weight the same rule reads $w \leftarrow w - \eta \, \partial L / \partial w$. The rule is applied
# again and again: at every step the gradient is computed afresh, because it changes as soon as the weights change.
#
# **A correction to the notes.** In the notes the formula is missing after "the new weight will be:"; it is written above.
#
# Why does deep learning need this? For a network with millions of weights there is no formula that solves
# $\nabla L = 0$ directly. Gradient descent needs only the gradient, and backpropagation gives the gradient of every
# parameter in one backward pass.
#
# Take the simplest loss of one weight: $L(w) = (w - 3)^2$. Its minimum is at $w^* = 3$ and its derivative is
# $L'(w) = 2(w - 3)$. Starting from $w = -2$, with $\eta = 0.1$, we run 20 steps by hand and take the gradient from
# autograd. Then we do the same with the formula for $L'(w)$ and with `torch.optim.SGD`: all three paths must agree.

# %%
def loss_1d(w):
    return (w[0] - 3) ** 2          # w[0] is the weight, so the same code also draws the curve on a grid


eta = 0.1
w = torch.tensor([-2.0], requires_grad=True)
by_hand = [w.detach().clone()]
for step in range(20):
    loss = loss_1d(w)
    loss.backward()                 # w.grad = ∂L/∂w
    with torch.no_grad():
        w -= eta * w.grad           # w ← w − η ∂L/∂w
    w.grad = None                   # clear it for the next step (section 6 shows why)
    by_hand.append(w.detach().clone())
by_hand = torch.stack(by_hand)

by_formula = [torch.tensor([-2.0])]
for step in range(20):
    by_formula.append(by_formula[-1] - eta * 2 * (by_formula[-1] - 3))
by_formula = torch.stack(by_formula)
with_sgd, _ = descend(loss_1d, [-2.0], lambda params: torch.optim.SGD(params, lr=eta), steps=20)

assert torch.allclose(by_hand, by_formula, atol=1e-6) and torch.allclose(by_hand, with_sgd, atol=1e-6)
shrink = (by_hand[1:] - 3) / (by_hand[:-1] - 3)
assert torch.allclose(shrink, torch.tensor(0.8), atol=1e-4)
print(t(hi=f"20 कदम बाद w = {by_hand[-1].item():.4f} (न्यूनतम बिंदु: 3)। हाथ से, सूत्र से और torch.optim.SGD से: एक ही रास्ता ✔",
        en=f"After 20 steps w = {by_hand[-1].item():.4f} (the minimum: 3). By hand, by formula and by torch.optim.SGD: one and the same path ✔"))
print(t(hi=f"हर कदम पर (w − 3) का गुणक: {shrink.min().item():.4f} से {shrink.max().item():.4f}",
        en=f"Factor by which each step multiplies (w − 3): from {shrink.min().item():.4f} to {shrink.max().item():.4f}"))

# %% [markdown] lang="hi"
# हर कदम न्यूनतम बिंदु से दूरी $w - 3$ को ठीक 0.8 से गुणा करता है; इसका कारण भाग 2 में है। अब दो weight वाला loss:
# $L(w) = \tfrac{1}{2}(w_1^2 + 100\, w_2^2)$। यह एक लंबी, सँकरी घाटी है: $w_2$ की दिशा में दीवारें खड़ी हैं,
# $w_1$ की दिशा में तल लगभग सपाट है। इसे हम पूरे अध्याय में "घाटी" कहेंगे। $(-4, 1.5)$ से $\eta = 0.018$ के साथ
# 100 कदम (बाएँ: एक weight, दाएँ: घाटी की contour रेखाओं पर रास्ता):

# %% [markdown] lang="en"
# Every step multiplies the distance to the minimum, $w - 3$, by exactly 0.8; section 2 explains why. Now a loss of
# two weights: $L(w) = \tfrac{1}{2}(w_1^2 + 100\, w_2^2)$. It is a long, narrow valley: steep walls in the $w_2$
# direction, an almost flat floor in the $w_1$ direction. We call it "the valley" for the rest of the chapter.
# 100 steps from $(-4, 1.5)$ with $\eta = 0.018$ (left: one weight; right: the path over the valley's contour lines):

# %%
def valley(w):
    return 0.5 * (w[0] ** 2 + 100 * w[1] ** 2)


valley_start, valley_span = [-4.0, 1.5], ((-5, 5), (-2, 2))
valley_path, valley_losses = descend(valley, valley_start, lambda params: torch.optim.SGD(params, lr=0.018), steps=100)
across_done = next(k for k, point in enumerate(valley_path) if abs(point[1]) < 1e-3)

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
plots.descent_path(left, loss_1d, by_hand, ((-3, 9),), title=t(hi="L(w) = (w − 3)², η = 0.1: 20 कदम",
                                                               en="L(w) = (w − 3)², η = 0.1: 20 steps"))
plots.descent_path(right, valley, valley_path, valley_span, title=t(hi="घाटी, η = 0.018: 100 कदम",
                                                                    en="The valley, η = 0.018: 100 steps"))
fig.subplots_adjust(left=0.06, right=0.99, bottom=0.14, top=0.9, wspace=0.25)
plt.show()
print(t(hi=f"|w₂| < 0.001: कदम {across_done} से आगे। 100 कदम बाद w₁ = {valley_path[-1, 0].item():.2f} (न्यूनतम बिंदु 0 है)",
        en=f"|w₂| < 0.001 from step {across_done} on. After 100 steps w₁ = {valley_path[-1, 0].item():.2f} (the minimum is at 0)"))
assert across_done < 50 and valley_path[-1, 0].item() < -0.5

# %% [markdown] lang="hi"
# रास्ता पहले घाटी के आर-पार टेढ़ा-मेढ़ा (zig-zag) चलता है, फिर तल पर धीरे-धीरे रेंगता है: $w_2$ पचास से कम कदमों में
# 0 के पास ठहर जाता है, पर 100 कदम बाद भी $w_1$ न्यूनतम बिंदु से 0.5 से ज़्यादा दूर है। ऐसा क्यों होता है, और बड़ा
# learning rate क्यों मदद नहीं करता, यह अगला भाग दिखाता है।

# %% [markdown] lang="en"
# The path first zig-zags across the valley, then crawls along its floor: $w_2$ settles near 0 in fewer than fifty
# steps, but after 100 steps $w_1$ is still more than 0.5 away from the minimum. Why this happens, and why a larger learning rate
# does not help, is what the next section shows.

# %% [markdown] lang="hi"
# ## 2. Learning rate: बहुत छोटा, ठीक, बहुत बड़ा
#
# $L(w) = (w - 3)^2$ पर एक कदम का असर सीधे लिखा जा सकता है:
# $w - 3 \leftarrow (w - 3) - 2\eta(w - 3) = (1 - 2\eta)(w - 3)$। यानी हर कदम दूरी को $1 - 2\eta$ से गुणा करता है;
# $\eta = 0.1$ पर यह 0.8 था। आम तौर पर, जिस दिशा में loss की curvature (वक्रता, यानी दूसरा derivative) $\lambda$ है, वहाँ गुणक
# $1 - \eta\lambda$ है (यहाँ $\lambda = 2$)। इसलिए:
#
# - $\eta < 1/\lambda$: गुणक 0 और 1 के बीच, दूरी एक ही तरफ़ से घटती है;
# - $\eta = 1/\lambda$: गुणक 0, एक ही कदम में न्यूनतम बिंदु;
# - $1/\lambda < \eta < 2/\lambda$: गुणक −1 और 0 के बीच, training न्यूनतम बिंदु के दोनों ओर झूलते हुए (oscillate करते हुए) converge करती है (उसके पास सिमटती जाती है);
# - $\eta > 2/\lambda$: गुणक का परिमाण 1 से बड़ा, हर कदम पर दूरी बढ़ती है: training **diverge** करती है (न्यूनतम से दूर भागती जाती है)।
#
# कई weight हों तो हर दिशा की अपनी curvature होती है: Hessian matrix (दूसरे derivative की matrix) के eigenvalue। सारी दिशाएँ
# तभी converge करती हैं जब $\eta < 2/\lambda_{max}$: सबसे खड़ी दिशा learning rate की सीमा तय करती है। यहाँ
# $\lambda = 2$, इसलिए सीमा $\eta = 1$ है। मापिए: हर $\eta$ पर कितने कदमों में $|w - 3| < 0.001$ होता है?

# %% [markdown] lang="en"
# ## 2. Learning rate: too small, right, too large
#
# On $L(w) = (w - 3)^2$ the effect of one step can be written down:
# $w - 3 \leftarrow (w - 3) - 2\eta(w - 3) = (1 - 2\eta)(w - 3)$. So every step multiplies the distance by $1 - 2\eta$;
# at $\eta = 0.1$ that was 0.8. In general, along a direction where the loss has curvature (second derivative) $\lambda$,
# the factor is $1 - \eta\lambda$ (here $\lambda = 2$). Hence:
#
# - $\eta < 1/\lambda$: a factor between 0 and 1, the distance shrinks from one side;
# - $\eta = 1/\lambda$: a factor of 0, the minimum in a single step;
# - $1/\lambda < \eta < 2/\lambda$: a factor between −1 and 0, it converges while swinging from side to side of the minimum (it oscillates);
# - $\eta > 2/\lambda$: a factor of size above 1, the distance grows at every step: training **diverges**.
#
# With many weights, every direction has its own curvature: the eigenvalues of the Hessian matrix (the matrix of
# second derivatives). All directions converge only if $\eta < 2/\lambda_{max}$: the steepest direction sets the limit
# of the learning rate. Here $\lambda = 2$, so the limit is $\eta = 1$. Measure it: at each $\eta$, after how many
# steps is $|w - 3| < 0.001$?

# %%
def gradient_descent_1d(eta, steps=500, w=-2.0):
    path = [w]
    for _ in range(steps):
        w = w - eta * 2 * (w - 3)   # the rule, with L′(w) = 2(w − 3) (checked against autograd above)
        path.append(w)
        if abs(w - 3) > 1e6:
            break                   # diverged
    return path


print(t(hi="   η     गुणक 1 − 2η    |w − 3| < 0.001 कितने कदम में", en="   η     factor 1 − 2η    steps until |w − 3| < 0.001"))
steps_needed = {}
for eta in (0.01, 0.1, 0.5, 0.9, 1.0, 1.1):
    path = gradient_descent_1d(eta)
    steps_needed[eta] = next((k for k, w in enumerate(path) if abs(w - 3) < 1e-3), None)
    if steps_needed[eta] is not None:
        outcome = f"{steps_needed[eta]}"
    elif abs(path[-1] - 3) > 1e6:
        outcome = t(hi=f"कभी नहीं: diverge करता है, {len(path) - 1} कदम बाद |w − 3| > 10⁶",
                    en=f"never: diverges, |w − 3| > 10⁶ after {len(path) - 1} steps")
    else:
        outcome = t(hi=f"कभी नहीं: {path[-2]:g} और {path[-1]:g} के बीच झूलता रहता है",
                    en=f"never: keeps swinging between {path[-2]:g} and {path[-1]:g}")
    print(f"{eta:5}   {1 - 2 * eta:+8.2f}        {outcome}")

assert steps_needed[0.5] == 1 and steps_needed[0.1] == steps_needed[0.9]
assert steps_needed[0.01] > 10 * steps_needed[0.1]
assert steps_needed[1.0] is None and steps_needed[1.1] is None
assert all(abs(w - 3) == 5 for w in gradient_descent_1d(1.0)) and len(gradient_descent_1d(1.1)) < 500

# %% [markdown] lang="hi"
# तालिका सूत्र की हर बात की पुष्टि करती है: $\eta = 0.5 = 1/\lambda$ एक कदम में पहुँचता है; $\eta = 0.1$ और $\eta = 0.9$
# के गुणक का परिमाण एक ही (0.8) है, इसलिए कदम भी उतने ही लगते हैं (0.9 बस दोनों ओर झूलते हुए पहुँचता है);
# $\eta = 0.01$ बहुत छोटा है, उसे दस गुना से भी ज़्यादा कदम लगते हैं; $\eta = 1$ पर $w$ हमेशा के लिए −2 और 8 के बीच झूलता है; और
# $\eta = 1.1$ diverge करता है।
#
# अब घाटी। Autograd से Hessian निकालकर उसके eigenvalue देखते हैं, सीमा $2/\lambda_{max}$ निकालते हैं, और सीमा से 1%
# नीचे और 1% ऊपर 1000 कदम चलाते हैं:

# %% [markdown] lang="en"
# The table confirms every part of the formula: $\eta = 0.5 = 1/\lambda$ arrives in one step; $\eta = 0.1$ and
# $\eta = 0.9$ have factors of the same size (0.8), so they take the same number of steps (0.9 merely swings from side
# to side on the way); $\eta = 0.01$ is too small, more than ten times as many steps; at $\eta = 1$, $w$ swings between
# −2 and 8 for ever; and $\eta = 1.1$ diverges.
#
# Now the valley. We take its Hessian from autograd, look at the eigenvalues, compute the limit $2/\lambda_{max}$, and
# run 1000 steps 1% below and 1% above the limit:

# %%
hessian = torch.autograd.functional.hessian(valley, torch.tensor([0.3, -0.2]))
curvatures = torch.linalg.eigvalsh(hessian)
limit = 2 / curvatures.max().item()
print(t(hi=f"Hessian के eigenvalue: {curvatures.tolist()} → सीमा 2/λ_max = {limit:.4f}",
        en=f"Eigenvalues of the Hessian: {curvatures.tolist()} → limit 2/λ_max = {limit:.4f}"))


def gradient_descent_valley(eta, steps=1000):
    w = torch.tensor(valley_start)
    for _ in range(steps):
        w = w - eta * hessian @ w       # ∇L = H w for this valley (H is constant)
    return w


for share in (0.99, 1.01):
    end = gradient_descent_valley(share * limit)
    print(t(hi=f"η = {share:.2f} × सीमा = {share * limit:.4f}: 1000 कदम बाद L = {valley(end).item():.3g}",
            en=f"η = {share:.2f} × limit = {share * limit:.4f}: after 1000 steps L = {valley(end).item():.3g}"))
assert curvatures.tolist() == [1.0, 100.0] and abs(limit - 0.02) < 1e-9
assert valley(gradient_descent_valley(0.99 * limit)) < 1e-6 and valley(gradient_descent_valley(1.01 * limit)) > 1e6

flat_after_100 = -4 * (1 - 0.99 * limit) ** 100
print(t(hi=f"सीमा से 1% नीचे, 100 कदम बाद: w₁ = {flat_after_100:.2f} (भाग 1 में η = 0.018 पर: {valley_path[-1, 0].item():.2f})",
        en=f"1% below the limit, after 100 steps: w₁ = {flat_after_100:.2f} (in section 1, at η = 0.018: {valley_path[-1, 0].item():.2f})"))
assert abs(gradient_descent_valley(0.99 * limit, steps=100)[0].item() - flat_after_100) < 1e-4
assert abs(flat_after_100 + 0.54) < 0.005 and abs(valley_path[-1, 0].item() + 0.65) < 0.005

# %% [markdown] lang="hi"
# सीमा से 1% नीचे loss लगभग शून्य हो जाता है, 1% ऊपर वह बेक़ाबू होकर बढ़ता जाता है (diverge)। यही भाग 1 के प्रश्न का उत्तर है: घाटी
# की खड़ी दिशा ($\lambda = 100$) learning rate को 0.02 से नीचे रखती है, और उतने छोटे $\eta$ पर सपाट दिशा
# ($\lambda = 1$) का गुणक $1 - \eta \cdot 1$ कम से कम 0.98 है। इसलिए सबसे बड़े सुरक्षित $\eta$ पर भी $w_1$ हर कदम बस
# लगभग 2% घटता है: $\eta = 0.0198$ पर 100 कदम बाद भी वह −4 से सिर्फ़ लगभग −0.54 तक पहुँचता है (सूत्र $-4 \cdot 0.9802^{100}$,
# ऊपर जाँचा गया; भाग 1 के $\eta = 0.018$ पर −0.65 तक)। $\lambda_{max} / \lambda_{min}$ (यहाँ 100) को
# condition number कहते हैं; यह जितना बड़ा, साधारण gradient descent उतना धीमा। भाग 5 के optimizer इसी का इलाज हैं।
#
# **Notes में सुधार।** Notes की तालिका कहती है कि बहुत बड़े learning rate का मतलब है $\eta \gg 1$। यहाँ मापा गया: घाटी पर
# $\eta = 0.0202$ ही diverge कर जाता है, क्योंकि $\lambda_{max} = 100$। "बहुत बड़ा" loss की curvature पर निर्भर
# है ($\eta > 2/\lambda_{max}$), संख्या 1 पर नहीं।
#
# **ख़ुद आज़माइए।** नीचे के widget में loss चुनिए और slider से $\eta$ बदलिए (slider log scale पर है)। परवलय (parabola) पर
# 0.01, 0.1, 0.5, 0.9, 1.0 और 1.05 आज़माइए; घाटी पर 0.005, 0.019 और 0.021। Widget हर बार 100 कदम चलाकर बताता है कि
# loss कितने कदमों में 0.01 से नीचे आया, या diverge कर गया।

# %% [markdown] lang="en"
# 1% below the limit the loss goes to almost zero; 1% above, it blows up (diverges). This answers the question of
# section 1: the valley's steep direction ($\lambda = 100$) keeps the learning rate below 0.02, and at so small an
# $\eta$ the factor of the flat direction ($\lambda = 1$), $1 - \eta \cdot 1$, is at least 0.98. So even at the largest
# safe $\eta$, $w_1$ shrinks by only about 2% per step: after 100 steps at $\eta = 0.0198$ it has gone from −4 only to
# about −0.54 (the formula $-4 \cdot 0.9802^{100}$, checked above; at section 1's $\eta = 0.018$, to −0.65). The ratio $\lambda_{max} / \lambda_{min}$ (here 100) is called the condition number; the larger it is,
# the slower plain gradient descent gets. The optimizers of section 5 are the cure for exactly this.
#
# **A correction to the notes.** The notes' table says a too-large learning rate means $\eta \gg 1$. Measured: on the
# valley, $\eta = 0.0202$ already diverges, because $\lambda_{max} = 100$. "Too large" depends on the curvature of the
# loss ($\eta > 2/\lambda_{max}$), not on the number 1.
#
# **Try it yourself.** In the widget below, pick a loss and change $\eta$ with the slider (the slider is on a log scale).
# On the parabola try 0.01, 0.1, 0.5, 0.9, 1.0 and 1.05; on the valley 0.005, 0.019 and 0.021. Each time the widget runs
# 100 steps and tells after how many steps the loss fell below 0.01, or that it diverged.

# %%
surfaces = {
    t(hi="परवलय: L(w) = (w − 3)²", en="parabola: L(w) = (w − 3)²"): (loss_1d, [-2.0], ((-3, 9),)),
    t(hi="घाटी: L = ½(w₁² + 100 w₂²)", en="the valley: L = ½(w₁² + 100 w₂²)"): (valley, valley_start, valley_span),
}
descent_explorer(surfaces, {"gradient descent": lambda params, lr: torch.optim.SGD(params, lr=lr)},
                 lr=(-3.0, 0.2, -1.0))

# %% [markdown] lang="hi"
# ## 3. Batch, stochastic और mini-batch gradient descent
#
# असली training में loss सारे उदाहरणों के loss का औसत होता है: $L = \frac{1}{N}\sum_{i=1}^{N} \ell_i$। इसका gradient
# निकालने के तीन तरीक़े हैं:
#
# | तरीक़ा | हर कदम का gradient किससे | एक epoch में कदम |
# |---|---|---|
# | Batch GD | सारे $N$ उदाहरण | 1 |
# | Stochastic GD (SGD) | एक उदाहरण | $N$ |
# | Mini-batch GD | $B$ उदाहरणों का एक छोटा batch | $N/B$ |
#
# Epoch यानी training data का एक पूरा चक्कर: हर उदाहरण एक बार। (PyTorch का `torch.optim.SGD` सिर्फ़ update का नियम
# है; वह batch है, stochastic है या mini-batch, यह इससे तय होता है कि आप loss कितने उदाहरणों पर निकालते हैं।)
#
# नीचे असली MNIST अंकों पर तीनों की तुलना है। Model वह सबसे सरल model है जो अंकों को 10 वर्गों (class) में बाँट सके: एक
# `nn.Linear(784, 10)` (हर pixel का हर वर्ग के लिए एक weight), और loss cross-entropy (अध्याय 05)। समय कम रखने के लिए
# training के पहले 1,000 अंक इस्तेमाल होते हैं; जाँच पहले 1,000 test अंकों पर होती है। तीनों का learning rate एक ही है,
# $\eta = 0.05$।
#
# पहले gradient का शोर। Mini-batch का gradient पूरे data के gradient का एक अनुमान है। एक ही model पर, हर $B$ के लिए
# 30 random batch लेकर मापते हैं कि उनका gradient पूरे gradient से (सापेक्ष रूप में) कितना दूर है:

# %% [markdown] lang="en"
# ## 3. Batch, stochastic and mini-batch gradient descent
#
# In real training the loss is the average of the losses of all examples: $L = \frac{1}{N}\sum_{i=1}^{N} \ell_i$. There
# are three ways to compute its gradient:
#
# | method | each step's gradient comes from | steps in one epoch |
# |---|---|---|
# | Batch GD | all $N$ examples | 1 |
# | Stochastic GD (SGD) | one example | $N$ |
# | Mini-batch GD | a small batch of $B$ examples | $N/B$ |
#
# An epoch is one full pass over the training data: every example once. (PyTorch's `torch.optim.SGD` is only the update
# rule; whether it is batch, stochastic or mini-batch depends on how many examples you compute the loss on.)
#
# Below, the three are compared on real MNIST digits. The model is the simplest that can sort digits into 10 classes:
# one `nn.Linear(784, 10)` (one weight per pixel for every class), with the cross-entropy loss (chapter 05). To keep it
# quick, the first 1,000 training digits are used; testing is on the first 1,000 test digits. All three use the same learning
# rate, $\eta = 0.05$.
#
# First, the noise of the gradient. A mini-batch gradient is an estimate of the gradient over all the data. On one
# model, for each $B$ we take 30 random batches and measure how far (relatively) their gradient is from the full one:

# %%
x_train, y_train, x_test, y_test = load_mnist()
digits, labels = x_train[:1000].flatten(1), y_train[:1000]
test_digits, test_labels = x_test[:1000].flatten(1), y_test[:1000]     # 1,000 whichever MNIST is loaded

torch.manual_seed(0)
model = nn.Linear(784, 10)


def gradient_on(x, y):
    model.zero_grad()
    F.cross_entropy(model(x), y).backward()
    return torch.cat([p.grad.flatten() for p in model.parameters()])


full_gradient = gradient_on(digits, labels)
print(t(hi="   B    |g_B − g| / |g| (30 batch का औसत)    × √B", en="   B    |g_B − g| / |g| (mean of 30 batches)    × √B"))
gradient_error = {}
for B in (1, 10, 100):
    errors = [(gradient_on(digits[batch], labels[batch]) - full_gradient).norm() / full_gradient.norm()
              for batch in (torch.randperm(1000)[:B] for _ in range(30))]
    gradient_error[B] = torch.stack(errors).mean().item()
    print(f"{B:4}    {gradient_error[B]:10.3f}                            {gradient_error[B] * math.sqrt(B):.2f}")
assert gradient_error[1] > 1                                    # further off than the full gradient's own length
assert gradient_error[1] > gradient_error[10] > gradient_error[100]
assert 5 < gradient_error[1] / gradient_error[100] < 20          # about √100 = 10

# %% [markdown] lang="hi"
# एक उदाहरण के gradient की पूरे gradient से दूरी, पूरे gradient की अपनी लंबाई से भी ज़्यादा है: वह बहुत शोर-भरा अनुमान है। $B$ को 100
# गुना करने पर त्रुटि लगभग $\sqrt{100} = 10$ गुना घटती है (आख़िरी column लगभग स्थिर है): औसत का शोर $1/\sqrt{B}$ के
# अनुपात में घटता है (अध्याय 03)। अब तीनों तरीक़ों से एक-एक epoch, समय मापते हुए:

# %% [markdown] lang="en"
# The gradient of one example is further from the full gradient than the full gradient's own length: a very noisy
# estimate. Making $B$ 100 times larger cuts the error about $\sqrt{100} = 10$ times (the last column stays roughly
# constant): the noise of an average shrinks in proportion to $1/\sqrt{B}$ (chapter 03). Now one epoch of each method,
# timed:

# %%
def train_digits(batch_size, steps, lr=0.05, seed=0):
    # `steps` updates of nn.Linear(784, 10) on the 1,000 digits, reshuffled every epoch
    torch.manual_seed(seed)
    net = nn.Linear(784, 10)
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    order = torch.Generator().manual_seed(seed)
    losses, began = [], time.perf_counter()
    while len(losses) < steps:
        shuffled = torch.randperm(len(digits), generator=order)
        for first in range(0, len(digits), batch_size):
            batch = shuffled[first:first + batch_size]
            loss = F.cross_entropy(net(digits[batch]), labels[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
            if len(losses) == steps:
                break
    seconds = time.perf_counter() - began
    with torch.no_grad():
        test_loss = F.cross_entropy(net(test_digits), test_labels).item()
    return losses, seconds, test_loss


methods = {"batch (B = 1000)": 1000, "SGD (B = 1)": 1, "mini-batch (B = 32)": 32}
train_digits(32, 20)                                       # a warm-up run, so that the timings below are fair
print(t(hi="तरीक़ा                 एक epoch में कदम    समय (ms)    एक epoch के बाद test loss",
        en="method                 steps in one epoch    time (ms)    test loss after one epoch"))
epoch = {}
for name, B in methods.items():
    losses, seconds, test_loss = train_digits(B, steps=math.ceil(1000 / B))
    epoch[name] = (seconds, test_loss)
    print(f"{name:22} {len(losses):8}          {1000 * seconds:8.1f}      {test_loss:.3f}")
assert epoch["SGD (B = 1)"][0] > 5 * max(epoch["batch (B = 1000)"][0], epoch["mini-batch (B = 32)"][0])
assert epoch["batch (B = 1000)"][1] > epoch["mini-batch (B = 32)"][1] > epoch["SGD (B = 1)"][1]

# %% [markdown] lang="hi"
# **Notes में सुधार।** Notes कहते हैं batch GD "धीमा पर सटीक" है और SGD "तेज़ पर अशांत"। एक epoch के समय में यहाँ उल्टा
# मापा गया: batch GD का epoch जल्दी निपट जाता है (एक बड़ा matrix गुणन), जबकि SGD का epoch बाक़ी दोनों तरीक़ों
# से पाँच गुना से भी **ज़्यादा** समय लेता है (1,000 अलग कदम, हर कदम का अपना overhead)। Batch GD दूसरे अर्थ में "धीमा"
# है: एक epoch में वह सिर्फ़ 1 कदम लेता है, इसलिए एक epoch के बाद उसका test loss सबसे ऊँचा है; SGD उसी epoch में 1,000
# कदम लेकर सबसे आगे निकलता है। अब बराबर **कदमों** पर तुलना, 60 कदम:

# %% [markdown] lang="en"
# **A correction to the notes.** The notes say batch GD is "slow but accurate" and SGD "fast but noisy". In the time of
# an epoch, the opposite was measured: an epoch of batch GD is quick (one big matrix product), while an epoch
# of SGD **more** than five times as long as either of the others (1,000 separate steps, each with its own overhead).
# Batch GD is "slow" in another sense: it takes only 1 step per epoch, so after one epoch its test loss is the highest;
# in the same epoch SGD takes 1,000 steps and gets furthest. Now a comparison at an equal number of **steps**, 60:

# %%
fig, ax = plt.subplots(figsize=(9, 3.4))
sixty = {}
for (name, B), width in zip(methods.items(), (2.5, 0.8, 1.2)):
    losses, seconds, test_loss = train_digits(B, steps=60)
    went_up = sum(later > earlier for earlier, later in zip(losses, losses[1:]))
    sixty[name] = (went_up, seconds, test_loss)
    ax.plot(range(1, 61), losses, lw=width, label=name, zorder=3 if B == 1000 else 2)   # batch GD on top
ax.set(title=t(hi="60 कदम, η = 0.05: loss कितना उछलता है", en="60 steps, η = 0.05: how much the loss jumps about"),
       xlabel=t(hi="कदम", en="step"), ylabel=t(hi="उस कदम के batch पर loss", en="loss on that step's batch"))
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
fig.subplots_adjust(left=0.08, right=0.75, bottom=0.16, top=0.9)
plt.show()

print(t(hi="तरीक़ा                 loss कितनी बार बढ़ा (59 में)    60 कदमों का समय (ms)   test loss",
        en="method                 times the loss went up (of 59)    time of 60 steps (ms)    test loss"))
for name, (went_up, seconds, test_loss) in sixty.items():
    print(f"{name:22} {went_up:12}                  {1000 * seconds:8.1f}             {test_loss:.3f}")
batch, sgd, mini = (sixty[name] for name in methods)
assert batch[0] == 0 < mini[0] < sgd[0]
assert batch[1] > 2 * max(mini[1], sgd[1]) and mini[1] < 8 * sgd[1]          # times of 60 steps
assert abs(mini[2] - batch[2]) < 0.1 and sgd[2] > max(mini[2], batch[2])

# %% [markdown] lang="hi"
# बराबर कदमों पर तस्वीर बदल जाती है। Batch GD का हर कदम सटीक है: 60 कदमों में loss एक बार भी नहीं बढ़ा; पर हर कदम
# सबसे महँगा है (हर कदम सारे 1,000 अंक छूता है)। SGD के कदम सस्ते पर सबसे शोर-भरे हैं: loss बार-बार ऊपर उछलता है, और
# 60 कदम बाद उसका test loss सबसे ऊँचा है। Mini-batch दोनों की अच्छी बातें ले लेता है: 60 कदम बाद उसका test loss batch
# GD के लगभग बराबर है (अंतर 0.1 से कम), और वह भी उसके समय के एक छोटे-से अंश में; और 32 अंकों वाला कदम एक अंक वाले कदम से 32
# गुना महँगा नहीं, आठ गुना से भी कम है (समय का column देखिए), क्योंकि इतने छोटे कदम का ज़्यादातर ख़र्च तय overhead है। इसीलिए व्यवहार में लगभग हमेशा mini-batch इस्तेमाल होता है, और
# "SGD" से अक्सर mini-batch SGD ही मतलब होता है।

# %% [markdown] lang="en"
# At an equal number of steps the picture changes. Every batch-GD step is exact: the loss did not go up once in 60
# steps; but each step is the most expensive (it touches all 1,000 digits). SGD's steps are cheap but the noisiest: the
# loss keeps jumping up, and after 60 steps its test loss is the highest. Mini-batch takes the good part of both: after
# 60 steps its test loss is about that of batch GD (less than 0.1 apart), in a fraction of the time; and a step on 32
# digits costs not 32 times but less than eight times as much as a step on one (see the time column), because most of
# the cost of so small a step is fixed overhead. That is why mini-batches are used
# almost always in practice, and "SGD" usually means mini-batch SGD.

# %% [markdown] lang="hi"
# ## 4. चार optimizer, ख़ुद लिखे हुए
#
# `torch.optim` का हर optimizer (gradient से parameter बदलने का नियम) भाग 1 के नियम का ही एक रूप है। नीचे $g$ किसी parameter का इस कदम का gradient है, और हर
# optimizer हर parameter के लिए थोड़ी-सी स्मृति (state) रखता है, जो शुरू में शून्य होती है। ये PyTorch के ठीक वही
# सूत्र हैं जो उसके documentation में लिखे हैं; नीचे का code इन्हें कदम-दर-कदम जाँचता है:
#
# | optimizer | state का update | parameter का update | PyTorch के default |
# |---|---|---|---|
# | SGD | (कोई state नहीं) | $\theta \leftarrow \theta - \eta g$ | कोई नहीं |
# | Momentum | $m \leftarrow \mu m + g$ | $\theta \leftarrow \theta - \eta m$ | `momentum=0`, आम मान $\mu = 0.9$ |
# | RMSProp | $v \leftarrow \alpha v + (1 - \alpha) g^2$ | $\theta \leftarrow \theta - \eta g / (\sqrt{v} + \epsilon)$ | $\alpha = 0.99$, $\epsilon = 10^{-8}$ |
# | Adam | $m \leftarrow \beta_1 m + (1 - \beta_1) g$ और $v \leftarrow \beta_2 v + (1 - \beta_2) g^2$ | $\theta \leftarrow \theta - \eta \hat m / (\sqrt{\hat v} + \epsilon)$ | $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\epsilon = 10^{-8}$ |
#
# - **Momentum** का विचार भौतिकी से आता है: ढलान पर लुढ़कती गेंद वेग (velocity) पकड़ती जाती है। $m$ वह वेग है (PyTorch
#   के documentation में इसका नाम $b$ है, पर इस पाठ्यक्रम में $b$ bias है), और $1 - \mu$ घर्षण (friction) जैसा है: हर कदम पर पुराने
#   वेग का सिर्फ़ $\mu$ हिस्सा बचता है। जिस दिशा में gradient लगातार एक-सा आता है, वहाँ वेग बढ़ता जाता है; जहाँ gradient का चिह्न बार-बार
#   बदलता है (घाटी के आर-पार), वहाँ बारी-बारी के gradient एक-दूसरे को काट देते हैं। PyTorch में $m$ gradient का जोड़ है, औसत नहीं ($g$ को
#   $1 - \mu$ से गुणा नहीं किया जाता)।
# - **RMSProp** हर parameter के कदम को उसके हाल के gradient के root mean square $\sqrt{v}$ से भाग देता है: जिस
#   parameter का gradient बड़ा है उसका कदम छोटा, जिसका छोटा है उसका बड़ा। Notes इसे "हर weight के लिए learning rate
#   adapt करना" कहते हैं। PyTorch में $\epsilon$ वर्गमूल के **बाहर** जुड़ता है, और $v$ के शून्य से शुरू होने का कोई
#   सुधार नहीं है।
# - **Adam** दोनों को मिलाता है: $m$ (Momentum वाला, पर औसत) और $v$ (RMSProp वाला)। साथ ही, $t$ कदमों के बाद वह
#   $\hat m = m / (1 - \beta_1^t)$ और $\hat v = v / (1 - \beta_2^t)$ से शून्य से शुरुआत का सुधार (bias correction)
#   करता है, जो notes में नहीं है।

# %% [markdown] lang="en"
# ## 4. Four optimizers, written by hand
#
# Every optimizer in `torch.optim` is a variant of the rule of section 1. Below, $g$ is a parameter's gradient at this
# step, and every optimizer keeps a little memory (state) for every parameter, which starts at zero. These are exactly
# the formulas in PyTorch's documentation; the code below checks them step for step:
#
# | optimizer | update of the state | update of the parameter | PyTorch's defaults |
# |---|---|---|---|
# | SGD | (no state) | $\theta \leftarrow \theta - \eta g$ | none |
# | Momentum | $m \leftarrow \mu m + g$ | $\theta \leftarrow \theta - \eta m$ | `momentum=0`, a common value $\mu = 0.9$ |
# | RMSProp | $v \leftarrow \alpha v + (1 - \alpha) g^2$ | $\theta \leftarrow \theta - \eta g / (\sqrt{v} + \epsilon)$ | $\alpha = 0.99$, $\epsilon = 10^{-8}$ |
# | Adam | $m \leftarrow \beta_1 m + (1 - \beta_1) g$ and $v \leftarrow \beta_2 v + (1 - \beta_2) g^2$ | $\theta \leftarrow \theta - \eta \hat m / (\sqrt{\hat v} + \epsilon)$ | $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\epsilon = 10^{-8}$ |
#
# - **Momentum** comes from physics: a ball rolling down a slope gathers velocity. $m$ is that velocity (PyTorch's
#   documentation calls it $b$, but in this course $b$ is a bias), and $1 - \mu$ acts like friction: at every step a share $\mu$ of
#   the old velocity survives. Where the gradient keeps pointing the same way, the velocity builds up; where its sign
#   keeps flipping (across the valley), it cancels out. In PyTorch $m$ is a sum of gradients, not an average ($g$ is not
#   multiplied by $1 - \mu$).
# - **RMSProp** divides each parameter's step by the root mean square $\sqrt{v}$ of its recent gradients: a parameter
#   with large gradients takes smaller steps, one with small gradients larger ones. The notes call this "adapting the
#   learning rate for each weight". In PyTorch $\epsilon$ is added **outside** the square root, and nothing corrects
#   for $v$ starting at zero.
# - **Adam** combines the two: $m$ (Momentum's, but an average) and $v$ (RMSProp's). In addition, after $t$ steps
#   it corrects for starting at zero (bias correction) with $\hat m = m / (1 - \beta_1^t)$ and
#   $\hat v = v / (1 - \beta_2^t)$, which the notes leave out.

# %%
class Optimizer:
    # what all four share: the parameters, η, a state per parameter, zero_grad() and step()
    def __init__(self, params, lr):
        self.params, self.lr = list(params), lr
        self.state = [{} for _ in self.params]

    def zero_grad(self):
        for θ in self.params:
            θ.grad = None

    @torch.no_grad()
    def step(self):
        for θ, state in zip(self.params, self.state):
            if θ.grad is not None:
                self.update(θ, θ.grad, state)


class SGD(Optimizer):
    def update(self, θ, g, state):
        θ -= self.lr * g                                          # θ ← θ − η g


class Momentum(Optimizer):
    def __init__(self, params, lr, μ=0.9):
        super().__init__(params, lr)
        self.μ = μ

    def update(self, θ, g, state):
        state["m"] = self.μ * state.get("m", 0) + g              # m ← μ m + g
        θ -= self.lr * state["m"]                                 # θ ← θ − η m


class RMSProp(Optimizer):
    def __init__(self, params, lr, α=0.99, ε=1e-8):
        super().__init__(params, lr)
        self.α, self.ε = α, ε

    def update(self, θ, g, state):
        state["v"] = self.α * state.get("v", 0) + (1 - self.α) * g ** 2      # v ← α v + (1 − α) g²
        θ -= self.lr * g / (state["v"].sqrt() + self.ε)                     # θ ← θ − η g / (√v + ε)


class Adam(Optimizer):
    def __init__(self, params, lr, β1=0.9, β2=0.999, ε=1e-8):
        super().__init__(params, lr)
        self.β1, self.β2, self.ε = β1, β2, ε

    def update(self, θ, g, state):
        state["t"] = t_ = state.get("t", 0) + 1                             # step count t
        state["m"] = self.β1 * state.get("m", 0) + (1 - self.β1) * g        # m ← β1 m + (1 − β1) g
        state["v"] = self.β2 * state.get("v", 0) + (1 - self.β2) * g ** 2   # v ← β2 v + (1 − β2) g²
        m_hat = state["m"] / (1 - self.β1 ** t_)                            # m̂ = m / (1 − β1ᵗ)
        v_hat = state["v"] / (1 - self.β2 ** t_)                            # v̂ = v / (1 − β2ᵗ)
        θ -= self.lr * m_hat / (v_hat.sqrt() + self.ε)                      # θ ← θ − η m̂ / (√v̂ + ε)


# %% [markdown] lang="hi"
# अब सबूत: दो एक जैसे network (784 → 32 → 10, ReLU), 64 असली अंकों पर। एक को हमारा optimizer चलाता है, दूसरे को
# `torch.optim` का, और हर कदम के बाद हर parameter की तुलना होती है, 20 कदम तक:

# %% [markdown] lang="en"
# Now the proof: two identical networks (784 → 32 → 10, ReLU), on 64 real digits. Our optimizer drives one,
# `torch.optim`'s drives the other, and after every step every parameter is compared, for 20 steps:

# %%
pairs = {
    "SGD": (lambda p: SGD(p, lr=0.1), lambda p: torch.optim.SGD(p, lr=0.1)),
    "Momentum": (lambda p: Momentum(p, lr=0.1, μ=0.9), lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9)),
    "RMSProp": (lambda p: RMSProp(p, lr=0.01), lambda p: torch.optim.RMSprop(p, lr=0.01)),
    "Adam": (lambda p: Adam(p, lr=0.01), lambda p: torch.optim.Adam(p, lr=0.01)),
}
few_digits, few_labels = digits[:64].double(), labels[:64]        # float64: a gap can only be rounding


def largest_gap(make_ours, make_theirs, steps=20):
    torch.manual_seed(1)
    ours = nn.Sequential(nn.Linear(784, 32), nn.ReLU(), nn.Linear(32, 10)).double()
    theirs = nn.Sequential(nn.Linear(784, 32), nn.ReLU(), nn.Linear(32, 10)).double()
    theirs.load_state_dict(ours.state_dict())
    start_weights = [p.detach().clone() for p in ours.parameters()]
    optimizers = [(ours, make_ours(ours.parameters())), (theirs, make_theirs(theirs.parameters()))]
    gap = 0.0
    for _ in range(steps):
        for net, optimizer in optimizers:
            loss = F.cross_entropy(net(few_digits), few_labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        gap = max(gap, max((a - b).abs().max().item() for a, b in zip(ours.parameters(), theirs.parameters())))
    moved = max((a - b).abs().max().item() for a, b in zip(ours.parameters(), start_weights))
    return gap, moved


print(t(hi="optimizer   20 कदमों में सबसे बड़ा अंतर   parameter कितने बदले",
        en="optimizer   largest gap in 20 steps    how far parameters moved"))
for name, (make_ours, make_theirs) in pairs.items():
    gap, moved = largest_gap(make_ours, make_theirs)
    print(f"{name:10}  {gap:.1e}                    {moved:.3f}")
    assert gap < 1e-12 and moved > 1e-2, name

defaults = [make([torch.zeros(1, requires_grad=True)]).defaults
            for make in (torch.optim.SGD, torch.optim.RMSprop, torch.optim.Adam)]   # the last column of the table
assert defaults[0]["momentum"] == 0 and (defaults[1]["alpha"], defaults[1]["eps"], defaults[1]["centered"]) == (0.99, 1e-8, False)
assert (defaults[2]["betas"], defaults[2]["eps"], defaults[2]["lr"]) == ((0.9, 0.999), 1e-8, 1e-3)

# %% [markdown] lang="hi"
# हर कदम पर अंतर सिर्फ़ float64 rounding जितना है, जबकि parameter ख़ुद अरबों गुना ज़्यादा बदले: हमारे चारों
# optimizer हूबहू PyTorch वाले हैं। अब state का असर देखिए। एक parameter, gradient $g = (0.5, -3)$, और हर optimizer का
# **पहला** कदम $\eta$ की इकाई में:

# %% [markdown] lang="en"
# At every step the gap is only float64 rounding, while the parameters themselves moved billions of times as much:
# our four optimizers are PyTorch's. Now the effect of the state. One parameter, gradient $g = (0.5, -3)$, and the
# **first** step of each optimizer in units of $\eta$:

# %%
first_steps = {}
for name, (make_ours, _) in pairs.items():
    θ = torch.zeros(2, requires_grad=True)
    optimizer = make_ours([θ])
    θ.grad = torch.tensor([0.5, -3.0])
    optimizer.step()
    first_steps[name] = (θ.detach() / optimizer.lr).tolist()
    print(f"{name:10} Δθ / η = {[round(v, 4) for v in first_steps[name]]}")
assert first_steps["SGD"] == first_steps["Momentum"] == [-0.5, 3.0]
assert torch.allclose(torch.tensor(first_steps["RMSProp"]), torch.tensor([-10.0, 10.0]), atol=1e-4)
assert torch.allclose(torch.tensor(first_steps["Adam"]), torch.tensor([-1.0, 1.0]), atol=1e-4)

# %% [markdown] lang="hi"
# SGD और Momentum का पहला कदम $-\eta g$ है (पहली बार $m = g$)। RMSProp का पहला कदम gradient के परिमाण से स्वतंत्र है, पर
# $10\eta$ लंबा है: $v = (1 - \alpha) g^2 = 0.01\, g^2$, इसलिए $g / \sqrt{v} = \pm 10$। Adam का सुधार इसे ठीक $\eta$ पर
# लाता है। यानी RMSProp और Adam में कदम की **लंबाई** $\eta$ तय करता है, gradient कितना भी बड़ा हो (Adam में लगभग $\eta$,
# RMSProp के पहले कदमों में $10\eta$ तक), जबकि SGD में कदम $\eta \times$ gradient है: इसीलिए इनके अच्छे learning rate
# अलग पैमानों पर होते हैं।

# %% [markdown] lang="en"
# The first step of SGD and Momentum is $-\eta g$ (the first time, $m = g$). RMSProp's first step does not depend on the
# size of the gradient, but it is $10\eta$ long: $v = (1 - \alpha) g^2 = 0.01\, g^2$, so $g / \sqrt{v} = \pm 10$. Adam's
# correction brings it to exactly $\eta$. So in RMSProp and Adam, $\eta$ sets the **length** of a step, however large the
# gradient (about $\eta$ in Adam, up to $10\eta$ in RMSProp's first steps), while in SGD a step is $\eta \times$ the
# gradient: that is why their good learning rates live on different scales.

# %% [markdown] lang="hi"
# ## 5. एक ही घाटी पर चार रास्ते
#
# अब चारों optimizer भाग 1 की घाटी पर, $(-4, 1.5)$ से, 100 कदम। हर एक का learning rate उसके लिए एक ठीक-ठाक मान है:
# SGD का $\eta = 0.019$ (सीमा 0.02 के ठीक नीचे, यानी सबसे बड़ा सुरक्षित मान), Momentum का $\eta = 0.01$ और
# $\mu = 0.9$, RMSProp और Adam दोनों का $\eta = 0.1$। हर panel में चारों रास्ते हैं, हर optimizer अपने रंग में। दाएँ
# panel में **वही** घाटी है, 30° घुमाई हुई (शुरुआती बिंदु भी उसके साथ घुमाया गया है): loss का आकार वही, बस उसके अक्ष (axes)
# अब $w_1$ और $w_2$ की सीध में नहीं हैं।

# %% [markdown] lang="en"
# ## 5. Four paths on one valley
#
# Now the four optimizers on the valley of section 1, from $(-4, 1.5)$, 100 steps. Each one's learning rate is a
# reasonable value for it: SGD's $\eta = 0.019$ (just below the limit 0.02, the largest safe value), Momentum's
# $\eta = 0.01$ with $\mu = 0.9$, and $\eta = 0.1$ for both RMSProp and Adam. Each panel holds all four paths, each
# optimizer in its own colour. The right panel has the **same** valley turned by 30° (with the starting point turned
# along with it): the same shape of loss, only its axes no longer line up with $w_1$ and $w_2$.

# %%
turn = math.radians(30)


def tilted_valley(w):
    along, across = math.cos(turn) * w[0] + math.sin(turn) * w[1], -math.sin(turn) * w[0] + math.cos(turn) * w[1]
    return 0.5 * (along ** 2 + 100 * across ** 2)      # the valley, turned by 30°


tilted_start = [math.cos(turn) * -4.0 - math.sin(turn) * 1.5, math.sin(turn) * -4.0 + math.cos(turn) * 1.5]
tilted_span = ((-5, 5), (-3.5, 3.5))
assert abs(tilted_valley(torch.tensor(tilted_start)) - valley(torch.tensor(valley_start))) < 1e-4

chosen = {"SGD, η = 0.019": lambda p: SGD(p, lr=0.019),
          "Momentum, η = 0.01, μ = 0.9": lambda p: Momentum(p, lr=0.01, μ=0.9),
          "RMSProp, η = 0.1": lambda p: RMSProp(p, lr=0.1),
          "Adam, η = 0.1": lambda p: Adam(p, lr=0.1)}
valleys = {t(hi="घाटी", en="the valley"): (valley, valley_start, valley_span),
           t(hi="घुमाई हुई घाटी", en="the tilted valley"): (tilted_valley, tilted_start, tilted_span)}
reached, paths = {}, {}
fig, axes = plt.subplots(1, 2, figsize=(11, 4.4))
for ax, (surface, (loss_fn, start_point, span)) in zip(axes, valleys.items()):
    drawn = {}
    for name, make in chosen.items():
        path, losses = descend(loss_fn, start_point, make, steps=100)
        short = name.split(",")[0]
        reached[surface, short] = next((k for k, value in enumerate(losses) if value < 0.01), None)
        paths[surface, short] = drawn[name] = path
    plots.descent_paths(ax, loss_fn, drawn, span, title=surface)          # one contour, four paths over it
fig.legend(*axes[0].get_legend_handles_labels(), loc="upper center", ncol=5, fontsize="small")
fig.subplots_adjust(left=0.06, right=0.99, bottom=0.12, top=0.84, wspace=0.2)
plt.show()

shorts = [name.split(",")[0] for name in chosen]
print(t(hi="कितने कदमों में loss < 0.01 (100 में; — = नहीं पहुँचा)", en="steps until loss < 0.01 (of 100; — = never)"))
print(" " * 28 + "".join(f"{short:>10}" for short in shorts))
for surface in valleys:
    print(f"{surface:28}" + "".join(f"{str(reached[surface, short] or '—'):>10}" for short in shorts))

straight, tilted = valleys
path_facts = {}
for short in shorts:
    path = paths[straight, short]
    still_swinging = (path[:, 1].abs() > 0.01).nonzero().max().item()        # the last step with |w₂| > 0.01
    path_facts[short] = (still_swinging, path[:, 0].max().item(), (path[1:, 0] - path[:-1, 0]).abs().max().item())
print(t(hi="\nसीधी घाटी पर रास्ता:", en="\nOn the straight valley, the path:"))
for k, (label, form) in enumerate(((t(hi="आख़िरी कदम जब |w₂| > 0.01", en="last step with |w₂| > 0.01"), "{:>10}"),
                                   (t(hi="सबसे बड़ा w₁", en="largest w₁"), "{:>+10.2f}"),
                                   (t(hi="w₁ की दिशा में सबसे लंबा कदम", en="longest step along w₁"), "{:>10.2f}"))):
    print(f"{label:28}" + "".join(form.format(path_facts[short][k]) for short in shorts))

assert reached[straight, "SGD"] is None and reached[straight, "Momentum"] is not None
assert reached[straight, "RMSProp"] < min(reached[straight, "Momentum"], reached[straight, "Adam"])
for name in ("SGD", "Momentum"):                    # rotation does not matter to them ...
    assert reached[straight, name] == reached[tilted, name]
assert reached[tilted, "RMSProp"] is None and reached[tilted, "Adam"] is None   # ... but, at η = 0.1, it does to these two
assert path_facts["Momentum"][0] > path_facts["SGD"][0] and path_facts["Momentum"][1] > 0.5 > 0 > path_facts["SGD"][1]
assert path_facts["RMSProp"][2] > 0.99 and path_facts["Adam"][2] < 0.1 + 1e-6       # first steps 10η; Adam's ≤ η
assert reached[straight, "Adam"] >= math.ceil((4 - math.sqrt(0.02)) / 0.1)           # |w₁| < 0.14 needs ≥ 39 steps of ≤ 0.1

# %% [markdown] lang="hi"
# बाएँ panel में (सीधी घाटी) SGD घाटी के तल पर रेंगता रहता है और 100 कदम में 0.01 तक नहीं पहुँचता। Momentum तल की दिशा में
# वेग जमा करता है और पहुँच जाता है, पर उतना "smooth" नहीं जितना notes कहते हैं: $\mu = 0.9$ पर वेग उसे बार-बार तल के
# आर-पार ले जाता है और ये झूले धीरे-धीरे थमते हैं (कदम 96 पर भी $|w_2| > 0.01$, जबकि SGD में आख़िरी बार कदम 47 पर), और
# वह तल की दिशा में न्यूनतम बिंदु के भी पार निकल जाता है ($w_1$ +0.61 तक गया, जबकि SGD कभी 0 के पार नहीं गया)।
# RMSProp सबसे जल्दी पहुँचता है, दो कारणों से: हर coordinate का कदम अलग से normalise होता है (उसे अपने gradient के RMS
# से भाग दिया जाता है), इसलिए सपाट दिशा वाले $w_1$ को भी उतना ही बड़ा कदम मिलता है जितना खड़ी दिशा वाले $w_2$ को; और bias correction न होने से उसके पहले कदम $10\eta$ तक लंबे होते हैं
# (भाग 4): यहाँ $w_1$ की दिशा में उसका सबसे लंबा कदम 1.00, यानी $10\eta$ है। Adam भी normalise करता है, पर उसके
# कदम लगभग $\eta = 0.1$ लंबे ही रहते हैं, इसलिए $w_1 = -4$ से सिर्फ़ उस इलाक़े तक पहुँचने में, जहाँ loss 0.01 से नीचे है
# ($|w_1| < 0.14$), कम से कम 39 कदम लगते हैं; फिर उसका momentum उसे न्यूनतम बिंदु से थोड़ा आगे ले जाता है ($w_1$ +0.09 तक) और तब वह ठहरता है।
#
# दायाँ panel दिखाता है कि normalise करना किस शर्त पर काम आता है। SGD और Momentum को घुमाव से कोई फ़र्क़ नहीं पड़ता (कदमों की गिनती
# बिल्कुल वही, ऊपर जाँची गई): उनका नियम किसी अक्ष को ख़ास नहीं मानता। RMSProp और Adam हर coordinate को अलग से
# normalise करते हैं, और यह तभी मदद करता है जब घाटी के अक्ष coordinate की सीध में हों; 30° घुमाने पर $\eta = 0.1$ के
# साथ दोनों में से कोई भी 100 कदम में नहीं पहुँचता।
#
# क्या यह सब बस हमारे चुने हुए $\eta$ की बात है? वही दौड़ 0.001 से 1 तक के 31 learning rate पर: हर optimizer के लिए
# सबसे कम कदम, और $\eta$ का वह दायरा जिसमें वह पहुँचता है। 31 दौड़ें एक साथ चलती हैं: $\theta$ की पंक्ति $k$ वह दौड़ है
# जिसका $\eta$ `rates[k]` है, और हमारे optimizer $\eta$ के column को सारी पंक्तियों पर फैला (broadcast कर) देते हैं।

# %% [markdown] lang="en"
# In the left panel (the straight valley) SGD keeps crawling along the valley floor and does not reach 0.01 in 100
# steps. Momentum builds up velocity along the floor and gets there, but not as "smoothly" as the notes have it: with
# $\mu = 0.9$ its velocity carries it across the floor again and again, and these swings die out slowly (still
# $|w_2| > 0.01$ at step 96, for SGD the last time at step 47); it even overshoots the minimum along the floor ($w_1$
# went up to +0.61, while SGD never passed 0).
# RMSProp arrives first, for two reasons: each coordinate's step is normalised on its own, so the flat $w_1$ gets as
# large a step as the steep $w_2$; and without a bias correction its first steps are up to $10\eta$ long (section 4):
# here its longest step along $w_1$ is 1.00, that is $10\eta$. Adam normalises too, but its steps stay about
# $\eta = 0.1$ long, so merely getting from $w_1 = -4$ to the region where the loss is below 0.01 ($|w_1| < 0.14$)
# takes at least 39 steps; then its momentum carries it a little past the minimum ($w_1$ up to +0.09) before it settles.
#
# The right panel shows the condition for the normalising. Rotation makes no difference at all to SGD and Momentum
# (exactly the same step counts, checked above): their rule favours no axis. RMSProp and Adam normalise each coordinate
# separately, and that helps only when the valley's axes line up with the coordinates; turned by 30°, with
# $\eta = 0.1$, neither arrives within 100 steps.
#
# Is all this only the $\eta$ we picked? The same race at 31 learning rates from 0.001 to 1: for each optimizer the
# fewest steps, and the range of $\eta$ in which it gets there. The 31 races run at once: row $k$ of $\theta$ is the race
# whose $\eta$ is `rates[k]`, and our optimizers spread a column of $\eta$ over all the rows.

# %%
rates = torch.logspace(-3, 0, 31)                   # 0.001 … 1, ten learning rates per factor of 10


def race(make, loss_fn, start_point, steps=100):
    θ = torch.tensor(start_point).repeat(len(rates), 1).requires_grad_(True)   # one row per η
    optimizer = make([θ], rates.unsqueeze(1))
    arrived = torch.full((len(rates),), -1)
    for k in range(steps + 1):
        losses = loss_fn(θ.T)                       # one loss per row
        arrived[(losses < 0.01) & (arrived < 0)] = k
        if k < steps:
            optimizer.zero_grad()
            losses.sum().backward()                 # the rows do not mix: each row's gradient is its own loss's
            optimizer.step()
    return arrived


best = {}
print(t(hi="η = 0.001 … 1 में: सबसे कम कदम (किस η पर), और किन η पर loss < 0.01 हुआ",
        en="over η = 0.001 … 1: fewest steps (at which η), and the η at which the loss got below 0.01"))
for surface, (loss_fn, start_point, _) in valleys.items():
    for name, make in {"SGD": SGD, "Momentum": Momentum, "RMSProp": RMSProp, "Adam": Adam}.items():
        arrived = race(make, loss_fn, start_point)
        fine = arrived >= 0
        if name in ("Momentum", "RMSProp", "Adam"):   # the race agrees with the single runs above
            assert arrived[10 if name == "Momentum" else 20].item() == (reached[surface, name] or -1)
        if not fine.any():
            best[surface, name] = None
            print(f"{surface:20} {name:9}   —")
            continue
        fastest = arrived.masked_fill(~fine, 10 ** 6).argmin()
        first, last = fine.nonzero()[[0, -1], 0].tolist()          # the smallest and the largest η that got there
        best[surface, name] = (arrived[fastest].item(), rates[first].item(), rates[last].item(), fine[first:last + 1].all())
        print(f"{surface:20} {name:9} {arrived[fastest].item():4} {f'(η = {rates[fastest].item():.2g})':13}"
              f"  η {rates[first].item():.2g} … {rates[last].item():.2g}")

fewest = {key: value and value[0] for key, value in best.items()}
assert fewest[straight, "SGD"] is None and fewest[tilted, "SGD"] is None
assert fewest[straight, "RMSProp"] < fewest[straight, "Adam"] < fewest[straight, "Momentum"]
assert fewest[tilted, "RMSProp"] is None and fewest[tilted, "Momentum"] < fewest[tilted, "Adam"]
assert best[straight, "Momentum"] == best[tilted, "Momentum"] and best[tilted, "Adam"][1] > 0.5
assert best[straight, "RMSProp"][1] < 0.05 and best[straight, "Momentum"][2] < 0.05
assert best[straight, "RMSProp"][3] and best[straight, "Momentum"][3]         # every η in between gets there too

# %% [markdown] lang="hi"
# **Notes में सुधार।** Notes Adam को "कम समय में बेहतर परिणाम" वाला बताते हैं। यहाँ मापा गया (हर optimizer अपने सबसे
# अच्छे $\eta$ पर): सीधी घाटी पर RMSProp 5 कदम, Adam 25, Momentum 44; घुमाई हुई घाटी पर Momentum 44, Adam 62 (और वह
# भी सिर्फ़ $\eta \ge 0.63$ पर), RMSProp किसी भी $\eta$ पर नहीं। Adam किसी भी घाटी पर पहले नंबर पर नहीं आया। Notes RMSProp को
# "बेहतर stability" वाला बताते हैं; यह सिर्फ़ सीधी घाटी पर सच निकला: वहाँ RMSProp 0.04 से 1 तक हर $\eta$ पर पहुँचता है,
# Momentum सिर्फ़ 0.0032 से 0.032 तक; 30° घुमाने पर RMSProp किसी $\eta$ पर नहीं। कोई optimizer हर loss पर सबसे तेज़ नहीं
# होता, और हर optimizer का नतीजा उसके $\eta$ पर टिका है: नीचे के widget में उसे ख़ुद बदलकर देखिए।

# %% [markdown] lang="en"
# **A correction to the notes.** The notes present Adam as giving "better results in less time". Measured here, each
# optimizer at its best $\eta$: on the straight valley RMSProp took 5 steps, Adam 25, Momentum 44; on the tilted one
# Momentum 44, Adam 62 (and only with $\eta \ge 0.63$), RMSProp none at any $\eta$. Adam was first on neither. The notes
# credit RMSProp with "better stability"; that held only on the straight valley: there RMSProp gets there at every
# $\eta$ from 0.04 to 1, Momentum only from 0.0032 to 0.032; turned by 30°, RMSProp at no $\eta$. No optimizer is fastest
# on every loss, and each one's result hangs on its $\eta$: change it yourself in the widget below.

# %%
descent_explorer({**{t(hi="घाटी", en="the valley"): (valley, valley_start, valley_span)},
                  **{t(hi="घुमाई हुई घाटी", en="the tilted valley"): (tilted_valley, tilted_start, tilted_span)}},
                 {"SGD": lambda p, lr: SGD(p, lr), "Momentum (μ = 0.9)": lambda p, lr: Momentum(p, lr),
                  "RMSProp": lambda p, lr: RMSProp(p, lr), "Adam": lambda p, lr: Adam(p, lr)},
                 lr=(-3.0, 0.0, -2.0))

# %% [markdown] lang="hi"
# ## 6. `zero_grad()`, `backward()` और `step()`: एक-एक को छोड़कर देखिए
#
# Notes का training loop हर epoch में ये तीन पंक्तियाँ चलाता है:
#
# - `optimizer.zero_grad()` हर parameter का पुराना gradient मिटाता है (PyTorch 2 में वह `.grad` को `None` कर देता है);
# - `loss.backward()` backpropagation से हर parameter का $\partial L / \partial \theta$ निकालकर उसके `.grad` में **जोड़ता** है;
# - `optimizer.step()` उन `.grad` से parameter बदलता है, SGD में $\theta \leftarrow \theta - \eta g$।
#
# Notes का अपना उदाहरण: `nn.Linear(1, 1)`, input 1, लक्ष्य 2, MSE loss, SGD $\eta = 0.01$, 10 epoch। इसमें
# $\hat y = w + b$, इसलिए हर कदम पर त्रुटि $\hat y - 2$ का गुणक $1 - 4\eta$ है, और loss का $(1 - 4\eta)^2 = 0.9216$।
# पूरा loop, और फिर तीनों में से एक-एक पंक्ति हटाकर:

# %% [markdown] lang="en"
# ## 6. `zero_grad()`, `backward()` and `step()`: leave each one out
#
# The notes' training loop runs these three lines in every epoch:
#
# - `optimizer.zero_grad()` clears every parameter's old gradient (in PyTorch 2 it sets `.grad` to `None`);
# - `loss.backward()` computes every parameter's $\partial L / \partial \theta$ by backpropagation and **adds** it to its `.grad`;
# - `optimizer.step()` changes the parameters using those `.grad`, for SGD $\theta \leftarrow \theta - \eta g$.
#
# The notes' own example: `nn.Linear(1, 1)`, input 1, target 2, MSE loss, SGD with $\eta = 0.01$, 10 epochs. Here
# $\hat y = w + b$, so every step multiplies the error $\hat y - 2$ by $1 - 4\eta$, and the loss by
# $(1 - 4\eta)^2 = 0.9216$. The whole loop, and then with one of the three lines removed at a time:

# %%
def notes_loop(leave_out=None, epochs=10):
    torch.manual_seed(0)
    model = nn.Linear(1, 1)
    criterion = nn.MSELoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    inputs, targets = torch.tensor([[1.0]]), torch.tensor([[2.0]])
    start_weights = [p.detach().clone() for p in model.parameters()]
    losses, fresh_gradients, stored_gradients = [], [], []
    for epoch in range(epochs):
        outputs = model(inputs)
        loss = criterion(outputs, targets)
        if leave_out != "zero_grad()":
            optimizer.zero_grad()
        if leave_out != "backward()":
            loss.backward()
        stored_gradients.append(None if model.weight.grad is None else model.weight.grad.item())
        if leave_out != "step()":
            optimizer.step()
        losses.append(loss.item())
        fresh_gradients.append(2 * (outputs.item() - 2))   # ∂L/∂w of this epoch's loss alone
    moved = max((p - q).abs().max().item() for p, q in zip(model.parameters(), start_weights))
    return losses, fresh_gradients, stored_gradients, moved


print(t(hi="क्या छोड़ा          पहले epoch का loss   10वें का loss   w.grad (आख़िरी)   parameter कितने बदले",
        en="left out            loss, epoch 1        loss, epoch 10   w.grad (last)     how far parameters moved"))
runs = {}
for leave_out in (None, "zero_grad()", "backward()", "step()"):
    runs[leave_out] = losses, fresh, stored, moved = notes_loop(leave_out)
    label = leave_out or t(hi="(कुछ नहीं)", en="(nothing)")
    last_gradient = "None" if stored[-1] is None else f"{stored[-1]:.4f}"
    print(f"{label:18}  {losses[0]:.4f}               {losses[-1]:.4f}          {last_gradient:>8}          {moved:.4f}")

losses, fresh, stored, moved = runs[None]
assert all(abs(later / earlier - 0.9216) < 1e-3 for earlier, later in zip(losses, losses[1:]))
assert stored == fresh                                           # with zero_grad(): .grad is this epoch's gradient
losses, fresh, stored, moved = runs["zero_grad()"]
assert all(abs(s - sum(fresh[:k + 1])) < 1e-4 for k, s in enumerate(stored))   # without: the sum of all so far
losses, fresh, stored, moved = runs["backward()"]
assert all(s is None for s in stored) and moved == 0 and len(set(losses)) == 1
losses, fresh, stored, moved = runs["step()"]
assert all(s is not None for s in stored) and moved == 0 and len(set(losses)) == 1

# %% [markdown] lang="hi"
# - **पूरा loop:** हर epoch में loss ठीक 0.9216 गुना होता है (assert से जाँचा गया), जैसा सूत्र कहता है।
# - **`zero_grad()` के बिना:** `.grad` में अब तक के **सारे** gradient का जोड़ है (assert: हर epoch पर वह उस
#   epoch तक के gradient का जोड़ है)। कदम तो लिया जाता है, पर इस loss के gradient से नहीं: यहाँ loss पहले तेज़ी
#   से गिरता है और फिर न्यूनतम बिंदु के पार निकलकर दोबारा बढ़ने लगता है (अध्याय 05 इसे और मापता है)।
# - **`backward()` के बिना:** `.grad` कभी बनता ही नहीं (`None`), इसलिए `step()` के पास काम करने को कुछ नहीं होता: parameter
#   ज़रा भी नहीं बदले, loss हर epoch वही।
# - **`step()` के बिना:** gradient हर बार ठीक निकलता है, पर उसे कोई इस्तेमाल नहीं करता: parameter नहीं बदले, loss वही रहता है।
#
# तीनों का क्रम भी मायने रखता है: `zero_grad()` को तब चलना चाहिए जब `step()` gradient इस्तेमाल कर चुका हो, और अगले `backward()`
# से पहले (loop की शुरुआत में, या `step()` के ठीक बाद); `step()` हमेशा `backward()` के बाद। `zero_grad()` को
# `backward()` और `step()` के बीच रख दें तो `step()` को कोई gradient नहीं मिलता और कुछ नहीं बदलता (नीचे जाँचा गया)।

# %% [markdown] lang="en"
# - **The whole loop:** every epoch the loss is multiplied by exactly 0.9216 (checked by an assert), as the formula says.
# - **Without `zero_grad()`:** `.grad` holds the sum of **all** gradients so far (assert: at every epoch it is the sum of
#   the gradients of all epochs up to it). A step is taken, but not with this loss's gradient: here the loss first falls
#   quickly and then overshoots the minimum and starts rising again (chapter 05 measures this further).
# - **Without `backward()`:** `.grad` is never even created (`None`), so `step()` has nothing to work with: the
#   parameters did not change at all, the loss is the same every epoch.
# - **Without `step()`:** the gradient is computed correctly every time, but nobody uses it: the parameters did not
#   change, the loss stays the same.
#
# The order matters too: `zero_grad()` must run after `step()` has used the gradients and before the next `backward()`
# (at the top of the loop, or right after `step()`); `step()` always comes after `backward()`. Put `zero_grad()` between
# `backward()` and `step()`, and `step()` finds no gradient and nothing changes (checked below).

# %%
losses = runs["zero_grad()"][0]
lowest = min(range(len(losses)), key=losses.__getitem__)
print(t(hi=f"zero_grad() के बिना loss: {[round(v, 3) for v in losses]} (सबसे कम epoch {lowest + 1} पर)",
        en=f"Loss without zero_grad(): {[round(v, 3) for v in losses]} (lowest at epoch {lowest + 1})"))
assert 0 < lowest < len(losses) - 1 and losses[-1] > losses[lowest]
assert losses[lowest] < min(runs[None][0])                      # it first fell further than the right loop

model = nn.Linear(1, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
before = [p.detach().clone() for p in model.parameters()]
loss = nn.MSELoss()(model(torch.tensor([[1.0]])), torch.tensor([[2.0]]))
loss.backward()
optimizer.zero_grad()                                           # in the wrong place: between backward() and step()
optimizer.step()
misplaced = max((p - q).abs().max().item() for p, q in zip(model.parameters(), before))
print(t(hi=f"backward() और step() के बीच zero_grad(): parameter में बदलाव = {misplaced}",
        en=f"zero_grad() between backward() and step(): change of the parameters = {misplaced}"))
assert misplaced == 0

# %% [markdown] lang="hi"
# **Notes में सुधार।** Notes का Adam वाला उदाहरण `loss = torch.tensor(0.5, requires_grad=True)` बनाकर
# `loss.backward()` और `optimizer.step()` चलाता है। यह loss model के output से नहीं बना, इसलिए backward का gradient
# सिर्फ़ उसी tensor तक जाता है (`loss.grad` = 1), model के parameter तक नहीं: उनका `.grad` `None` रहता है और `step()`
# कुछ नहीं बदलता। नीचे वही code, और फिर सही तरीक़ा, जिसमें loss model के output से निकलता है:

# %% [markdown] lang="en"
# **A correction to the notes.** The notes' Adam example creates `loss = torch.tensor(0.5, requires_grad=True)` and runs
# `loss.backward()` and `optimizer.step()`. That loss was not computed from the model's output, so backward's gradient
# reaches only that tensor itself (`loss.grad` = 1), not the model's parameters: their `.grad` stays `None` and `step()`
# changes nothing. Below, that same code, and then the right way, where the loss comes out of the model's output:

# %%
torch.manual_seed(0)
model = nn.Linear(1, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
before = [p.detach().clone() for p in model.parameters()]

loss = torch.tensor(0.5, requires_grad=True)               # the notes' code, as written
loss.backward()
optimizer.step()
optimizer.zero_grad()
change = max((p - q).abs().max().item() for p, q in zip(model.parameters(), before))
print(t(hi=f"notes का code: parameter में बदलाव = {change}, model.weight.grad = {model.weight.grad}, loss.grad = {loss.grad}",
        en=f"The notes' code: change of the parameters = {change}, model.weight.grad = {model.weight.grad}, loss.grad = {loss.grad}"))
assert change == 0 and model.weight.grad is None and loss.grad.item() == 1

loss = nn.MSELoss()(model(torch.tensor([[1.0]])), torch.tensor([[2.0]]))   # the loss comes out of the model
optimizer.zero_grad()
loss.backward()
optimizer.step()
change = max((p - q).abs().max().item() for p, q in zip(model.parameters(), before))
print(t(hi=f"model से बना loss: parameter में बदलाव = {change:.4f} (Adam का पहला कदम: η = 0.01)",
        en=f"A loss made from the model: change of the parameters = {change:.4f} (Adam's first step: η = 0.01)"))
assert abs(change - 0.01) < 1e-6

# %% [markdown] lang="hi"
# ## 7. कौन-सा optimizer कब
#
# | स्थिति | चुनाव | क्यों (इस अध्याय में) |
# |---|---|---|
# | नई समस्या पर पहली कोशिश | Adam, PyTorch के default $\eta = 10^{-3}$ से शुरू | हर parameter का कदम लगभग $\eta$ लंबा, gradient का पैमाना कुछ भी हो (भाग 4) |
# | घाटी जैसा loss, अक्ष किसी भी दिशा में | SGD + Momentum ($\mu = 0.9$) | घुमाव से अप्रभावित; घुमाई हुई घाटी पर सबसे पहले पहुँचा, तब भी जब हर optimizer अपने सबसे अच्छे $\eta$ पर था (भाग 5) |
# | जिन parameter के gradient के पैमाने बहुत अलग हों | RMSProp या Adam | हर coordinate अलग से normalise; सीधी घाटी पर RMSProp सबसे तेज़, और $\eta$ के सबसे चौड़े दायरे में (भाग 5) |
# | छोटी, सरल समस्या या जाँच | साधारण SGD | सबसे सरल; बस $\eta < 2/\lambda_{max}$ रखें (भाग 2) |
# | कितने उदाहरण प्रति कदम | mini-batch (जैसे $B = 32$) | batch GD जितनी प्रगति प्रति कदम, समय का एक अंश (भाग 3) |
#
# ये शुरुआत करने के लिए मोटे नियम हैं, पत्थर की लकीर नहीं। Image वाले बड़े model में ध्यान से चुने (tune किए) learning rate के साथ SGD + Momentum बहुत आम है
# (जैसे ResNet को $\mu = 0.9$ के साथ train किया गया था); यह बात यहाँ मापी नहीं गई। यहाँ जो मापा गया वह यह है कि हर
# optimizer का नतीजा उसके learning rate पर टिका है, इसलिए optimizer बदलें तो $\eta$ फिर से चुनें।
#
# **Notes में सुधार।** Notes (loss function और optimizer वाले हिस्से में) RMSProp को "RNN के लिए अच्छा" बताते हैं। यह
# नियम कम, इतिहास ज़्यादा है: RMSProp को Hinton ने 2012 में अपने एक course में सुझाया था, और Graves (2013) ने उसके एक
# रूप से RNN train किए (PyTorch में यह रूप `centered=True` है)। उसका असली गुण वही है जो भाग 5 ने मापा, हर parameter का कदम
# अलग से normalise होना; यह वहाँ काम आता है जहाँ gradient के पैमाने बहुत अलग हों, RNN हो या न हो। यह अध्याय कोई RNN
# train नहीं करता, इसलिए RNN पर कोई दावा नहीं करता।
#
# ## सारांश
#
# - Gradient descent: $\theta \leftarrow \theta - \eta \nabla L$, बार-बार, हर कदम पर नया gradient।
# - जिस दिशा में curvature $\lambda$ है, वहाँ हर कदम दूरी को $1 - \eta\lambda$ से गुणा करता है; $\eta > 2/\lambda_{max}$ पर training diverge करती है। सबसे खड़ी दिशा $\eta$ की सीमा तय करती है, इसलिए सपाट दिशाओं में प्रगति धीमी होती है।
# - Batch GD: सटीक पर प्रति epoch एक कदम। SGD: सस्ते पर शोर-भरे कदम। Mini-batch: gradient का शोर $1/\sqrt{B}$ के अनुपात में घटता है, और यही व्यवहार में चलता है।
# - Momentum वेग जमा करता है; RMSProp हर parameter के कदम को उसके gradient के RMS से भाग देता है; Adam दोनों को bias correction के साथ मिलाता है। चारों कुछ पंक्तियों में लिखे जा सकते हैं और PyTorch से कदम-दर-कदम मेल खाते हैं।
# - हर कदम: `zero_grad()` (पुराना gradient मिटाएँ), `backward()` (नया निकालें), `step()` (parameter बदलें); और loss हमेशा model के output से बने।

# %% [markdown] lang="en"
# ## 7. Which optimizer when
#
# | situation | choice | why (in this chapter) |
# |---|---|---|
# | a first try on a new problem | Adam, starting from PyTorch's default $\eta = 10^{-3}$ | every parameter's step is about $\eta$ long, whatever the scale of the gradient (section 4) |
# | a valley-like loss, axes in any direction | SGD + Momentum ($\mu = 0.9$) | unaffected by rotation; first to arrive in the tilted valley, even against each optimizer's best $\eta$ (section 5) |
# | parameters whose gradients differ greatly in scale | RMSProp or Adam | each coordinate normalised on its own; RMSProp fastest in the straight valley, and over the widest range of $\eta$ (section 5) |
# | a small, simple problem, or a check | plain SGD | the simplest; just keep $\eta < 2/\lambda_{max}$ (section 2) |
# | how many examples per step | mini-batch (e.g. $B = 32$) | as much progress per step as batch GD, in a fraction of the time (section 3) |
#
# These are rules for a start, not laws. For large image models, SGD + Momentum with a tuned learning rate is very
# common (ResNet, for example, was trained with $\mu = 0.9$); that was not measured here. What was measured here is
# that every optimizer's result hangs on its learning rate, so when you change the optimizer, choose $\eta$ again.
#
# **A correction to the notes.** The notes (their part on loss functions and optimizers) call RMSProp "good for RNNs".
# That is history more than a rule: Hinton proposed RMSProp in a course of his in 2012, and Graves (2013) trained RNNs
# with a variant of it, which PyTorch offers as `centered=True`. Its real merit is what section 5 measured, each
# parameter's step normalised on its own; that helps wherever gradients differ greatly in scale, RNN or not. This
# chapter trains no RNN, so it makes no claim about them.
#
# ## Summary
#
# - Gradient descent: $\theta \leftarrow \theta - \eta \nabla L$, again and again, with a fresh gradient at every step.
# - Along a direction of curvature $\lambda$, every step multiplies the distance by $1 - \eta\lambda$; for $\eta > 2/\lambda_{max}$ training diverges. The steepest direction sets the limit of $\eta$, so flat directions move slowly.
# - Batch GD: exact, but one step per epoch. SGD: cheap but noisy steps. Mini-batch: the noise of the gradient shrinks as $1/\sqrt{B}$, and it is what is used in practice.
# - Momentum gathers velocity; RMSProp divides each parameter's step by the RMS of its gradients; Adam combines both with bias correction. All four can be written in a few lines and match PyTorch step for step.
# - Every step: `zero_grad()` (clear the old gradient), `backward()` (compute the new one), `step()` (change the parameters); and the loss always comes from the model's output.

# %% [markdown] lang="hi"
# ## अभ्यास प्रश्न
#
# हर प्रश्न के नीचे की cell में `...` की जगह अपना उत्तर लिखें और cell चलाएँ: उत्तर तुरंत जाँचा जाएगा।
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
def gradient_descent(w0, lr, steps):
    ...


q8.check(gradient_descent)

# %%
q9

# %% tags=["answer"]
def momentum_buffers(grads, mu):
    ...


q9.check(momentum_buffers)

# %%
q10

# %% tags=["answer"]
def adam_updates(grads, lr):
    ...


q10.check(adam_updates)

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
