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
# # अध्याय 02 · Calculus: derivative और gradient
#
# Training का हर कदम एक ही सवाल पूछता है: किसी weight को थोड़ा-सा बदलें तो loss कितना बदलेगा? इसका उत्तर
# derivative (अवकलज) देता है, और जब बहुत-से weight एक साथ हों तो gradient। इस अध्याय में आप देखेंगे:
#
# 1. derivative एक limit के रूप में: forward difference और central difference सही मान की ओर कैसे बढ़ते हैं, और
#    floating-point rounding उन्हें कहाँ रोक देती है;
# 2. एक widget, जिसमें घटते $h$ के साथ secant रेखा tangent बन जाती है;
# 3. power, product और chain rule, हर एक autograd से जाँचा हुआ;
# 4. partial derivative और gradient: contour plot पर तीर;
# 5. एक neuron का computational graph, और backward pass: local derivative का गुणनफल;
# 6. `requires_grad` और `.grad` जैसे दिखते हैं, वैसे क्यों दिखते हैं;
# 7. अंत में "कब कौन-सा तरीक़ा" तालिका, सारांश और अभ्यास प्रश्न।

# %% [markdown] lang="en"
# # Chapter 02 · Calculus: derivatives and gradients
#
# Every step of training asks the same question: if a weight changes a little, how much does the loss change? The
# derivative answers it, and the gradient does when there are many weights at once. In this chapter you will see:
#
# 1. the derivative as a limit: how the forward difference and the central difference approach the true value, and
#    where floating-point rounding stops them;
# 2. a widget in which the secant line turns into the tangent as $h$ shrinks;
# 3. the power, product and chain rules, each checked by autograd;
# 4. partial derivatives and the gradient: arrows on a contour plot;
# 5. the computational graph of one neuron, and the backward pass as a product of local derivatives;
# 6. why `requires_grad` and `.grad` look the way they do;
# 7. at the end a "which method when" table, a summary and the practice questions.

# %%
import inspect
import math
import time
import warnings

import matplotlib.pyplot as plt
import torch

from course_lib import plots, show_glossary, show_progress, start, t
from course_lib.practice.ch02 import q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14
from course_lib.widgets import secant_and_tangent

start(2)

# %% [markdown] lang="hi"
# ## 1. Derivative: एक limit
#
# किसी फलन $f$ का बिंदु $x$ पर derivative बताता है कि $x$ को ज़रा-सा बदलने पर $f(x)$ किस **दर** से बदलता है:
#
# $\displaystyle f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}$
#
# Computer पर $h$ को ठीक 0 तक नहीं ले जा सकते, इसलिए छोटे-छोटे $h$ लेकर अनुमान लगाते हैं:
#
# - forward difference: $\dfrac{f(x+h) - f(x)}{h}$, यानी $x$ से आगे की ओर एक कदम;
# - central difference: $\dfrac{f(x+h) - f(x-h)}{2h}$, यानी $x$ के दोनों ओर बराबर कदम।
#
# उदाहरण notes का ही फलन है, $f(x) = x^3$, पर बिंदु $x = 2$ पर (notes का प्रश्न $x = 3$ पर है, वह अंत के अभ्यास
# प्रश्नों में है)। यहाँ सही मान $f'(2) = 12$ है: code इसे autograd से लेता है (power rule, जिससे यह हाथ से भी निकलता है,
# section 3 में है)। Notes में इस हिस्से के
# सूत्र और उदाहरण copy होते समय खो गए हैं ("उदाहरण:" के बाद कुछ नहीं है); यह अध्याय उन्हें पूरा लिखता है।

# %% [markdown] lang="en"
# ## 1. The derivative: a limit
#
# The derivative of a function $f$ at a point $x$ tells at what **rate** $f(x)$ changes when $x$ changes a tiny bit:
#
# $\displaystyle f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}$
#
# A computer cannot take $h$ all the way to 0, so we estimate with ever smaller $h$:
#
# - forward difference: $\dfrac{f(x+h) - f(x)}{h}$, one step forward from $x$;
# - central difference: $\dfrac{f(x+h) - f(x-h)}{2h}$, equal steps on both sides of $x$.
#
# The example is the notes' own function, $f(x) = x^3$, but at the point $x = 2$ (the notes' question is at $x = 3$;
# it waits in the practice at the end). The true value here is $f'(2) = 12$: the code takes it from autograd (the power
# rule, which gives it by hand too, is in section 3). In the notes, the formulas and examples of this part were lost in copying (nothing follows
# "Example:"); this chapter writes them out in full.

# %%
def f(x):
    return x**3


x0 = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
f(x0).backward()
true_slope = x0.grad.item()
assert true_slope == 12.0

x = torch.tensor(2.0, dtype=torch.float64)
print(t(hi="      h    f(x+h) − f(x)     forward     त्रुटि       central     त्रुटि",
        en="      h    f(x+h) − f(x)     forward     error        central     error"))
table = {}
for h in [1.0, 0.1, 0.01, 0.001, 0.0001]:
    change = (f(x + h) - f(x)).item()
    forward = change / h
    central = ((f(x + h) - f(x - h)) / (2 * h)).item()
    table[h] = dict(change=change, forward=abs(forward - true_slope), central=abs(central - true_slope))
    print(f"{h:7}   {change:12.7f}   {forward:9.5f}   {table[h]['forward']:.1e}   {central:10.7f}   {table[h]['central']:.1e}")

for big, small in [(1.0, 0.1), (0.1, 0.01), (0.01, 0.001), (0.001, 0.0001)]:
    assert 8 < table[big]["forward"] / table[small]["forward"] < 12     # 10× smaller h: ~10× smaller error
    assert 80 < table[big]["central"] / table[small]["central"] < 120   # ... and ~100× for central
for h in [1.0, 0.1, 0.01]:   # Taylor's prediction for x³ at 2, exactly: 6h + h² and h²
    assert abs(table[h]["forward"] - (6 * h + h**2)) < 1e-9 and abs(table[h]["central"] - h**2) < 1e-9
assert abs(table[0.001]["change"] - 0.012006001) < 1e-12

# %% [markdown] lang="hi"
# **Notes का एक सुधार।** Notes कहते हैं कि derivative बताता है "x में एक छोटी-सी वृद्धि करने पर f(x) में कितना बदलाव
# आता है"। ठीक-ठीक कहें तो derivative बदलाव नहीं, बदलाव की **दर** है: ऊपर $h = 0.001$ पर $f$ सिर्फ़ 0.012006 बदला,
# जबकि derivative 12 है, यानी (बदलाव) ÷ $h$, जब $h$ छोटा होता जाए।
#
# तालिका में दूसरी बात: $h$ को 10 गुना छोटा करने पर forward difference की त्रुटि लगभग 10 गुना घटती है, पर central difference की
# लगभग 100 गुना। वजह Taylor series में है:
#
# $\displaystyle f(x \pm h) = f(x) \pm f'(x)\,h + \tfrac{1}{2} f''(x)\,h^2 \pm \tfrac{1}{6} f'''(x)\,h^3 + \dots$
#
# Forward difference में $\tfrac{1}{2} f''(x)\,h$ बचा रह जाता है (त्रुटि $h$ के अनुपात में: "first order" तरीक़ा);
# central difference में $h^2$ वाले पद कट जाते हैं और $\tfrac{1}{6} f'''(x)\,h^2$ बचता है ("second order" तरीक़ा)।
# $x^3$ के लिए $x = 2$ पर $f'' = 12$ और $f''' = 6$, तो त्रुटियाँ ठीक $6h + h^2$ और $h^2$ हैं: code ने यही assert किया।

# %% [markdown] lang="en"
# **A correction to the notes.** The notes say the derivative tells "how much f(x) changes when x increases a
# little". Precisely, the derivative is not the change but the **rate** of change: above, with $h = 0.001$, $f$ changed by
# only 0.012006, while the derivative is 12, that is (the change) ÷ $h$ as $h$ gets ever smaller.
#
# A second thing in the table: making $h$ 10 times smaller makes the forward difference's error about 10 times smaller,
# but the central difference's about 100 times smaller. The reason is in the Taylor series:
#
# $\displaystyle f(x \pm h) = f(x) \pm f'(x)\,h + \tfrac{1}{2} f''(x)\,h^2 \pm \tfrac{1}{6} f'''(x)\,h^3 + \dots$
#
# The forward difference keeps $\tfrac{1}{2} f''(x)\,h$ (an error proportional to $h$: a "first order" method); in the
# central difference the $h^2$ terms cancel and $\tfrac{1}{6} f'''(x)\,h^2$ remains ("second order").
# For $x^3$ at $x = 2$, $f'' = 12$ and $f''' = 6$, so the errors are exactly $6h + h^2$ and $h^2$: the code asserted this.

# %% [markdown] lang="hi"
# ### Log–log plot: ढलान 1 और 2, फिर rounding का V
#
# अगर त्रुटि $\propto h^p$ हो, तो log–log plot पर वह एक सीधी रेखा है जिसकी ढलान $p$ है। अब $h$ को 1 से
# $10^{-15}$ तक घटाते हैं, दो precision में: float64 (double) और float32 (PyTorch tensor का default)।

# %% [markdown] lang="en"
# ### Log–log plot: slopes 1 and 2, then the rounding V
#
# If the error is $\propto h^p$, a log–log plot shows it as a straight line of slope $p$. Now we shrink $h$ from 1 to
# $10^{-15}$, in two precisions: float64 (double) and float32 (the default of a PyTorch tensor).

# %%
hs = torch.logspace(-15, 0, 61, dtype=torch.float64)        # 4 values of h per factor of 10
errors = {}
for dtype in (torch.float64, torch.float32):
    x, h = torch.tensor(2.0, dtype=dtype), hs.to(dtype)
    forward = (f(x + h) - f(x)) / h
    central = (f(x + h) - f(x - h)) / (2 * h)
    errors[dtype] = {"forward": (forward.double() - true_slope).abs(), "central": (central.double() - true_slope).abs()}


def loglog_slope(h, error):   # slope of the least-squares line through (log10 h, log10 error)
    lx, ly = h.log10(), error.log10()
    return (((lx - lx.mean()) * (ly - ly.mean())).sum() / ((lx - lx.mean()) ** 2).sum()).item()


straight = (hs >= 1e-4) & (hs <= 1e-1)   # where truncation dominates in float64
slope = {name: loglog_slope(hs[straight], errors[torch.float64][name][straight]) for name in ("forward", "central")}
print(t(hi=f"float64, h = 10⁻⁴ … 10⁻¹ पर log–log ढलान:  forward {slope['forward']:.2f},  central {slope['central']:.2f}",
        en=f"float64, log–log slope for h = 10⁻⁴ … 10⁻¹:  forward {slope['forward']:.2f},  central {slope['central']:.2f}"))
assert abs(slope["forward"] - 1) < 0.05 and abs(slope["central"] - 2) < 0.05

best = {}
print(t(hi="precision   ε (machine epsilon)   तरीक़ा    सबसे अच्छा h   नियम (√ε या ∛ε)     सबसे छोटी त्रुटि",
        en="precision   ε (machine epsilon)   method    best h         rule (√ε or ∛ε)     smallest error"))
for dtype in (torch.float64, torch.float32):
    eps = torch.finfo(dtype).eps
    for name, rule in [("forward", eps ** 0.5), ("central", eps ** (1 / 3))]:
        error = errors[dtype][name]
        i = int(error.argmin())
        best[dtype, name] = (hs[i].item(), error[i].item())
        print(f"{str(dtype)[6:]:10}  {eps:.1e}               {name:8}  {hs[i].item():.1e}        {rule:.1e}             {error[i].item():.1e}")
        assert rule / 10 < hs[i].item() < rule * 10                    # the bottom of the V sits where the rule says
        assert error[0] > 100 * error[i]                                # ... and at the smallest h (1e-15) it has climbed again
for name in ("forward", "central"):
    assert best[torch.float32, name][0] > best[torch.float64, name][0]          # float32: the V moves right
    assert best[torch.float32, name][1] > 1000 * best[torch.float64, name][1]   # ... and its bottom up
for dtype in (torch.float64, torch.float32):
    assert best[dtype, "central"][1] < best[dtype, "forward"][1]
assert 1e-9 < best[torch.float64, "forward"][1] < 1e-7 and 1e-12 < best[torch.float64, "central"][1] < 1e-10
assert f"{torch.finfo(torch.float64).eps:.1e}" == "2.2e-16" and f"{torch.finfo(torch.float32).eps:.1e}" == "1.2e-07"
tiny = hs <= 1e-7
assert (errors[torch.float32]["forward"][tiny] == true_slope).all()      # float32: 2 + h == 2, estimate exactly 0
assert f"{best[torch.float64, 'forward'][1]:.0e}" == "3e-08" and f"{best[torch.float64, 'central'][1]:.0e}" == "2e-11"

f_at_2 = abs(f(torch.tensor(2.0, dtype=torch.float64)).item())
for dtype, rounding in [(torch.float64, hs <= 1e-10), (torch.float32, (hs >= 1e-7) & (hs <= 1e-5))]:
    noise = torch.finfo(dtype).eps * f_at_2 / hs[rounding]              # the rounding error ε·|f(x)|/h
    for name in ("forward", "central"):
        ratio = errors[dtype][name][rounding] / noise
        assert ratio.max() < 2 and 0.1 < ratio.median() < 2             # about ε·|f(x)|/h, never twice as much

# %%
fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
for ax, dtype in zip(axes, (torch.float64, torch.float32)):
    for name in ("forward", "central"):
        ax.loglog(hs, errors[dtype][name].clamp(min=1e-17), "o-", ms=3, label=name)
        ax.plot(*best[dtype, name], "*", ms=12, color="black")
    guide, small = hs[hs >= 1e-3], hs[hs <= 1e-3]
    ax.loglog(guide, 10 * guide, ":", color="grey", label=t(hi="ढलान 1", en="slope 1"))
    ax.loglog(guide, 3 * guide**2, "--", color="grey", label=t(hi="ढलान 2", en="slope 2"))
    ax.loglog(small, torch.finfo(dtype).eps * f_at_2 / small, "-.", color="grey", label="ε·|f(x)|/h")
    ax.set(title=f"{str(dtype)[6:]} (ε = {torch.finfo(dtype).eps:.1e})", xlabel=t(hi="कदम h", en="step h"),
           ylim=(1e-13, 1e2))
    ax.invert_xaxis()
axes[0].set_ylabel(t(hi="|अनुमान − 12|", en="|estimate − 12|"))
axes[0].legend(fontsize="small", loc="lower left")
fig.suptitle(t(hi="h घटाते जाइए (बाएँ से दाएँ): पहले त्रुटि घटती है, फिर rounding error बढ़ता है",
               en="Keep shrinking h (left to right): first the error falls, then the rounding error grows"))
fig.tight_layout()

# %% [markdown] lang="hi"
# दोनों panel में $h$ बाएँ से दाएँ घटता है (★ = सबसे छोटी त्रुटि)। दो ताक़तें आपस में खींचतान करती हैं:
#
# - **बड़ा $h$ (बाईं ओर):** Taylor series का छोड़ा हुआ हिस्सा, truncation error। Forward की रेखा की मापी गई ढलान 1 है,
#   central की 2, ठीक जैसा ऊपर के सूत्र कहते हैं।
# - **छोटा $h$ (दाईं ओर):** rounding error। Computer हर संख्या को सीमित precision में रखता है: सापेक्ष त्रुटि
#   लगभग $\varepsilon$ (machine epsilon: float64 में 2.2e-16, float32 में 1.2e-7)। $f(x+h)$ और $f(x)$ लगभग बराबर
#   संख्याएँ हैं; उन्हें घटाने पर लगभग $\varepsilon\,|f(x)|$ का शोर बचता है, और उसे $h$ से भाग देने पर त्रुटि
#   $\approx \varepsilon\,|f(x)|/h$, जो $h$ घटने के साथ **बढ़ती** है। इसीलिए V आकार बनता है। Plot में यही धूसर
#   (grey) डैश-बिंदु रेखा है; rounding से आई मापी गई त्रुटि कभी इस रेखा के दोगुने से ऊपर नहीं गई (code ने assert किया)।
# - **V का तल:** लगभग वहाँ, जहाँ दोनों त्रुटियाँ बराबर हों। Forward में $h = \varepsilon/h$ रखें तो
#   $h = \sqrt{\varepsilon}$ निकलता है, central में $h^2 = \varepsilon/h$ से $h = \sqrt[3]{\varepsilon}$। यह मोटा नियम
#   $f$ और उसके derivative के परिमाण को अनदेखा करता है, इसलिए अनुमान भर है: ऊपर की तालिका में मापा गया सबसे अच्छा $h$
#   इस नियम के 10 गुना दायरे में है।
# - **float32:** V का तल ऊपर और बड़े $h$ की ओर खिसक जाता है। $h \le 10^{-7}$ पर तो $2 + h$ float32 में वापस ठीक 2
#   बन जाता है: forward difference का अंतर 0, अनुमान 0 और त्रुटि पूरी 12 (दाईं ओर की सपाट रेखा)।
#
# सीख: संख्यात्मक derivative (gradient check) float64 में निकालिए। PyTorch का `torch.autograd.gradcheck` यही जाँच करता
# है: $h = 10^{-6}$ वाला central difference, और जाँच तब पास होती है जब हर जगह |अंतर| ≤ atol + rtol·|संख्यात्मक मान| हो,
# जहाँ atol = 1e-5 और rtol = 1e-3 (वही जाँच जो `torch.allclose` करता है)। नीचे यही हिसाब पहले हाथ से, sin पर (जिसका
# derivative cos है), फिर `gradcheck` से: वह float64 में पास होता है, float32 में फ़ेल, और float32 input पर PyTorch
# चेतावनी भी देता है। Autograd कोई $h$ लेता ही नहीं, इसलिए उसमें यह V बनता ही नहीं: वह सूत्र का ठीक मान rounding की
# सीमा तक देता है, float32 में भी।

# %% [markdown] lang="en"
# In both panels $h$ shrinks from left to right (★ = the smallest error). Two forces pull against each other:
#
# - **Large $h$ (on the left):** the part of the Taylor series we dropped, the truncation error. The measured slope
#   of the forward line is 1 and of the central line 2, exactly as the formulas above say.
# - **Small $h$ (on the right):** the rounding error. A computer stores every number with limited precision: a
#   relative error of about $\varepsilon$ (machine epsilon: 2.2e-16 in float64, 1.2e-7 in float32). $f(x+h)$ and
#   $f(x)$ are nearly equal numbers; subtracting them leaves noise of about $\varepsilon\,|f(x)|$, and dividing that
#   by $h$ gives an error $\approx \varepsilon\,|f(x)|/h$ that **grows** as $h$ shrinks. Hence the V shape. In the plot
#   this is the grey dash-dot line; the measured rounding error never went above twice this line (asserted by the code).
# - **The bottom of the V:** roughly where the two errors are equal. For forward, setting $h = \varepsilon/h$ gives
#   $h = \sqrt{\varepsilon}$; for central, $h^2 = \varepsilon/h$ gives $h = \sqrt[3]{\varepsilon}$. This rule of thumb
#   ignores the sizes of $f$ and its derivatives, so it is only an estimate: the best $h$ measured in the table above
#   is within a factor of 10 of it.
# - **float32:** the bottom of the V moves up and towards larger $h$. For $h \le 10^{-7}$, $2 + h$ even rounds back to
#   exactly 2 in float32: the forward difference is 0, so the estimate is 0 and the error the full 12 (the flat line on
#   the right).
#
# The lesson: do numerical derivatives (a gradient check) in float64. PyTorch's `torch.autograd.gradcheck` does exactly
# this check: a central difference with $h = 10^{-6}$, which passes when everywhere |gap| ≤ atol + rtol·|numerical value|,
# with atol = 1e-5 and rtol = 1e-3 (the test `torch.allclose` makes). Below, the same computation first by hand on sin
# (whose derivative is cos), then `gradcheck` itself: it passes in float64, fails in float32, and on a float32 input
# PyTorch even warns. Autograd takes no $h$ at all, so it has no such V: it gives the formula's exact value up to
# rounding, in float32 too.

# %%
settings = inspect.signature(torch.autograd.gradcheck).parameters
h_check, atol, rtol = (settings[name].default for name in ("eps", "atol", "rtol"))
print(f"gradcheck: h = {h_check}, atol = {atol}, rtol = {rtol}")
assert (h_check, atol, rtol) == (1e-6, 1e-5, 1e-3)
for dtype in (torch.float64, torch.float32):   # gradcheck's recipe, by hand, on sin (whose derivative is cos)
    x = torch.tensor([0.5, 1.0, 2.0], dtype=dtype, requires_grad=True)
    with torch.no_grad():
        numeric = (torch.sin(x + h_check) - torch.sin(x - h_check)) / (2 * h_check)
        gap, allowed = (numeric - torch.cos(x)).abs(), atol + rtol * numeric.abs()   # torch.allclose's test
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        passed = torch.autograd.gradcheck(torch.sin, (x,), raise_exception=False)
    torch.sin(x).sum().backward()
    autograd_gap = (x.grad.double() - torch.cos(x.detach().double())).abs().max().item()
    print(t(hi=f"{str(dtype)[6:]}: central difference और cos का सबसे बड़ा अंतर = {gap.max().item():.1e} "
               f"(छूट ≥ {allowed.min().item():.1e}) · gradcheck → {passed} · autograd और cos का अंतर = {autograd_gap:.0e}",
            en=f"{str(dtype)[6:]}: largest gap between the central difference and cos = {gap.max().item():.1e} "
               f"(allowed ≥ {allowed.min().item():.1e}) · gradcheck → {passed} · autograd vs cos = {autograd_gap:.0e}"))
    assert bool((gap <= allowed).all()) == passed == (dtype == torch.float64)
    assert any("double precision" in str(w.message) for w in caught) == (dtype == torch.float32)
    assert autograd_gap < 1e-7                  # autograd: right to rounding, even in float32

# %% [markdown] lang="hi"
# ## 2. ख़ुद आज़माइए: secant से tangent तक
#
# नीचे के widget में $x$ और $h$ के slider खिसकाइए। बाएँ: $x$ से $x + h$ तक की secant (छेदक रेखा) नीली है और $x$ पर
# tangent (स्पर्श-रेखा) लाल; $h$ घटाइए तो secant की ढलान tangent की ढलान (यानी derivative) के पास आती है। दाएँ: इसी $x$
# पर दोनों अनुमानों की त्रुटि और आपका $h$ (बिंदुदार रेखा)। $h$ को $10^{-12}$ तक ले जाइए और readout में देखिए
# कि अनुमान फिर से कैसे बिगड़ते हैं।

# %% [markdown] lang="en"
# ## 2. Try it yourself: from secant to tangent
#
# Slide $x$ and $h$ in the widget below. Left: the secant from $x$ to $x + h$ is blue and the tangent at $x$ is red;
# shrink $h$ and the secant's slope approaches the tangent's slope, that is the derivative. Right: the error of both
# estimates at this $x$, with your $h$ (dotted line). Take $h$ down to $10^{-12}$ and watch in the readout how the
# estimates go wrong again.

# %%
secant_and_tangent(f, x=2.0, x_range=(0.0, 4.0))

# %% [markdown] lang="hi"
# ## 3. नियम: power, product और chain rule
#
# हर बार limit से derivative निकालना थकाऊ है। तीन नियम लगभग वह सब संभाल लेते हैं जो एक network गणना करता है:
#
# | नियम | सूत्र | उदाहरण |
# |---|---|---|
# | power rule | $\frac{d}{dx} x^n = n\,x^{n-1}$ | $x^4 \to 4x^3$ |
# | product rule | $(u\,v)' = u'\,v + u\,v'$ | $x^2 \sin x \to 2x \sin x + x^2 \cos x$ |
# | chain rule | $\big(f(g(x))\big)' = f'(g(x))\,g'(x)$ | $(2x+1)^2 \to 2(2x+1) \cdot 2$ (notes) |
#
# साथ में योग और स्थिर गुणक के नियम: $(u + v)' = u' + v'$ और $(c\,u)' = c\,u'$। Chain rule शब्दों में: बाहरी फलन
# का derivative, भीतरी फलन के मान पर, गुणा भीतरी फलन का derivative। $(2x+1)^2$ में बाहरी फलन $u^2$ है और भीतरी
# $2x + 1$। Notes इसे nested function कहते हैं: एक फलन दूसरे के भीतर।
#
# नीचे code हर सूत्र की तुलना autograd से 13 बिंदुओं पर करता है, $x = -3$ से $x = 3$ तक। `backward()` एक ही संख्या
# (scalar) से शुरू होता है, इसलिए हम सब मानों का `.sum()` लेते हैं: योग का हर पद सिर्फ़ अपने $x$ पर निर्भर है, तो
# `x.grad` में हर बिंदु का अपना derivative आता है।

# %% [markdown] lang="en"
# ## 3. The rules: power, product and chain rule
#
# Taking every derivative through a limit is tedious. Three rules handle almost everything a network computes:
#
# | rule | formula | example |
# |---|---|---|
# | power rule | $\frac{d}{dx} x^n = n\,x^{n-1}$ | $x^4 \to 4x^3$ |
# | product rule | $(u\,v)' = u'\,v + u\,v'$ | $x^2 \sin x \to 2x \sin x + x^2 \cos x$ |
# | chain rule | $\big(f(g(x))\big)' = f'(g(x))\,g'(x)$ | $(2x+1)^2 \to 2(2x+1) \cdot 2$ (notes) |
#
# Add the sum and constant-factor rules: $(u + v)' = u' + v'$ and $(c\,u)' = c\,u'$. The chain rule in words: the
# derivative of the outer function, at the inner function's value, times the derivative of the inner function. In
# $(2x+1)^2$ the outer function is $u^2$ and the inner one $2x + 1$. The notes call this a nested function: one function
# inside another.
#
# Below, the code compares every formula with autograd at 13 points, from $x = -3$ to $x = 3$. `backward()` starts from a
# single number (a scalar), so we take the `.sum()` of all the values: each term of the sum depends only on its own $x$,
# so `x.grad` receives each point's own derivative.

# %%
rules = {
    "power:   x⁴": (lambda x: x**4, lambda x: 4 * x**3),
    "product: x²·sin x": (lambda x: x**2 * torch.sin(x), lambda x: 2 * x * torch.sin(x) + x**2 * torch.cos(x)),
    "chain:   (2x+1)²": (lambda x: (2 * x + 1) ** 2, lambda x: 2 * (2 * x + 1) * 2),
}
grid = torch.linspace(-3, 3, 13, dtype=torch.float64)
shown = [1, 6, 10]   # x = -2.5, 0, 2
print(t(hi="नियम और फलन          x:", en="rule and function     x:"), grid[shown].tolist())
for name, (function, by_hand) in rules.items():
    x = grid.clone().requires_grad_(True)
    function(x).sum().backward()
    assert torch.allclose(x.grad, by_hand(grid), rtol=1e-12, atol=1e-12), name
    print(f"{name:21}", t(hi="सूत्र:   ", en="formula: "), [round(v, 4) for v in by_hand(grid)[shown].tolist()])
    print(f"{'':21}", "autograd:", [round(v, 4) for v in x.grad[shown].tolist()])
print(t(hi="✔ तीनों सूत्र सभी 13 बिंदुओं पर autograd से मेल खाते हैं।",
        en="✔ All three formulas match autograd at all 13 points."))

# %% [markdown] lang="hi"
# Notes के दो प्रश्न पूछते हैं कि $x = 3$ पर, $x^3$ और $(2x+1)^2$ के लिए, `x.grad` क्या छापेगा। Grid में $x = 3$ भी है,
# पर ऊपर वे मान जानबूझकर नहीं छापे गए: उन्हें अंत के अभ्यास प्रश्नों में, code चलाने से **पहले**, नियमों से निकालिए।

# %% [markdown] lang="en"
# Two of the notes' questions ask what `x.grad` prints at $x = 3$, for $x^3$ and for $(2x+1)^2$. The grid includes $x = 3$,
# but those values are deliberately not printed above: work them out from the rules in the practice at the end,
# **before** running any code.

# %% [markdown] lang="hi"
# ## 4. Partial derivative और gradient
#
# Loss एक साथ बहुत-से weight पर निर्भर करता है। **Partial derivative** (आंशिक अवकलज) $\dfrac{\partial f}{\partial x_1}$
# में बाक़ी सब variable स्थिर रखे जाते हैं और सिर्फ़ $x_1$ के सापेक्ष derivative लिया जाता है। उदाहरण के लिए एक लंबोतरा
# कटोरा (किसी सरल loss सतह जैसा):
#
# $\displaystyle f(x_1, x_2) = x_1^2 + 3x_2^2, \qquad \frac{\partial f}{\partial x_1} = 2x_1, \qquad \frac{\partial f}{\partial x_2} = 6x_2$
#
# **Gradient** सारे partial derivative को एक vector में रखता है: $\nabla f = \big(2x_1,\ 6x_2\big)$। बिंदु
# $p = (2, 1)$ पर $\nabla f = (4, 6)$। Code इसे दो तरह जाँचता है: autograd से, और हर निर्देशांक को अलग-अलग
# थोड़ा खिसकाकर (central difference)।

# %% [markdown] lang="en"
# ## 4. Partial derivatives and the gradient
#
# A loss depends on many weights at once. A **partial derivative** $\dfrac{\partial f}{\partial x_1}$ holds every other
# variable fixed and differentiates with respect to $x_1$ alone. An example, a stretched bowl (like a simple loss
# surface):
#
# $\displaystyle f(x_1, x_2) = x_1^2 + 3x_2^2, \qquad \frac{\partial f}{\partial x_1} = 2x_1, \qquad \frac{\partial f}{\partial x_2} = 6x_2$
#
# The **gradient** puts all the partial derivatives into one vector: $\nabla f = \big(2x_1,\ 6x_2\big)$. At the
# point $p = (2, 1)$, $\nabla f = (4, 6)$. The code checks this two ways: with autograd, and by nudging each coordinate
# on its own (a central difference).

# %%
def bowl(p):   # f(x₁, x₂) = x₁² + 3·x₂², for one point p = (x₁, x₂) or a batch of points of shape (..., 2)
    return p[..., 0] ** 2 + 3 * p[..., 1] ** 2


p = torch.tensor([2.0, 1.0], dtype=torch.float64, requires_grad=True)
bowl(p).backward()
gradient = p.grad.clone()

h, point = 1e-5, p.detach()
nudged = torch.stack([(bowl(point + h * e) - bowl(point - h * e)) / (2 * h) for e in torch.eye(2, dtype=torch.float64)])
print(t(hi="सूत्र (2x₁, 6x₂):", en="formula (2x₁, 6x₂):"), [2 * 2.0, 6 * 1.0])
print("autograd:        ", gradient.tolist())
print(t(hi="हर निर्देशांक अलग खिसकाकर:", en="nudging each coordinate:"), [round(v, 8) for v in nudged.tolist()])
assert torch.equal(gradient, torch.tensor([4.0, 6.0], dtype=torch.float64))
assert torch.allclose(nudged, gradient, atol=1e-8)

# %% [markdown] lang="hi"
# ### Contour plot पर gradient के तीर
#
# एक **contour** उन बिंदुओं को जोड़ती है जहाँ $f$ का मान एक-सा है। किसी इकाई दिशा $u$ में चलने पर $f$ के बदलने
# की दर (directional derivative) $\nabla f \cdot u = |\nabla f| \cos\theta$ है, जहाँ $\theta$ दिशा $u$ और gradient
# के बीच का कोण है। इससे तीन बातें निकलती हैं, जिन्हें code $p$ पर 360 दिशाओं में दर मापकर जाँचता है:
#
# - contour के साथ-साथ $f$ नहीं बदलता, यानी वहाँ दर 0 है: gradient contour पर **लंबवत** है ($\theta = 90°$);
# - दर सबसे ज़्यादा $\theta = 0$ पर है: gradient **चढ़ाई की ओर**, उस दिशा में इशारा करता है जिसमें फलन सबसे तेज़ी से बढ़ता है;
# - वह सबसे बड़ी दर gradient की लंबाई $|\nabla f|$ ही है।

# %% [markdown] lang="en"
# ### Gradient arrows on a contour plot
#
# A **contour** joins the points where $f$ has the same value. Moving in a unit direction $u$, $f$ changes at the rate
# (the directional derivative) $\nabla f \cdot u = |\nabla f| \cos\theta$, where $\theta$ is the angle between the
# direction $u$ and the gradient. Three things follow, and the code checks them by measuring the rate in 360 directions
# at $p$:
#
# - along a contour $f$ does not change, so the rate there is 0: the gradient is **perpendicular** to the contour ($\theta = 90°$);
# - the rate is largest at $\theta = 0$: the gradient points **uphill**, in the direction of fastest increase;
# - that largest rate is the gradient's length $|\nabla f|$ itself.

# %%
angles = torch.arange(360, dtype=torch.float64) * math.pi / 180            # 1° apart
directions = torch.stack([angles.cos(), angles.sin()], 1)
delta = 1e-6
rate = (bowl(point + delta * directions) - bowl(point - delta * directions)) / (2 * delta)
length = gradient.norm().item()
gradient_angle = math.degrees(math.atan2(gradient[1], gradient[0]))
steepest_angle = math.degrees(angles[rate.argmax()].item())
perpendicular = torch.tensor([math.radians(gradient_angle + 90), math.radians(gradient_angle - 90)], dtype=torch.float64)
sideways = delta * torch.stack([perpendicular.cos(), perpendicular.sin()], 1)
along_contour = (bowl(point + sideways) - bowl(point - sideways)) / (2 * delta)
unit = gradient / length
uphill, downhill = [((bowl(point + s * delta * unit) - bowl(point)) / delta).item() for s in (1, -1)]

print(t(hi=f"gradient की दिशा: {gradient_angle:.1f}°,  सबसे तेज़ वृद्धि की मापी गई दिशा: {steepest_angle:.0f}°",
        en=f"direction of the gradient: {gradient_angle:.1f}°,  measured direction of fastest increase: {steepest_angle:.0f}°"))
print(t(hi=f"|∇f| = {length:.4f},  सबसे बड़ी मापी गई दर: {rate.max().item():.4f}",
        en=f"|∇f| = {length:.4f},  largest measured rate: {rate.max().item():.4f}"))
print(t(hi=f"gradient की दिशा में दर: {uphill:+.2f},  उल्टी दिशा में: {downhill:+.2f},  contour के साथ (±90°): {along_contour.abs().max().item():.0e}",
        en=f"rate along the gradient: {uphill:+.2f},  against it: {downhill:+.2f},  along the contour (±90°): {along_contour.abs().max().item():.0e}"))
assert abs(steepest_angle - gradient_angle) <= 0.5
assert abs(rate.max().item() - length) < 1e-3 * length
assert torch.allclose(rate, directions @ gradient, atol=1e-6)          # rate = ∇f · u in every direction
assert along_contour.abs().max() < 1e-8 * length                       # perpendicular: f does not change
assert abs(uphill - length) < 1e-4 and abs(downhill + length) < 1e-4

# %%
g1, g2 = torch.meshgrid(torch.linspace(-3, 3, 121, dtype=torch.float64),
                        torch.linspace(-2, 2, 81, dtype=torch.float64), indexing="xy")
surface = bowl(torch.stack([g1, g2], -1))
on_contour = []                             # arrow tails on the contours f = 3 (8 points) and f = 10 (4 points)
for level, turns in [(3, range(0, 360, 45)), (10, range(45, 360, 90))]:
    for degrees in turns:
        angle = math.radians(degrees)
        on_contour.append([(level**0.5) * math.cos(angle), (level / 3) ** 0.5 * math.sin(angle)])
arrows_at = torch.tensor(on_contour, dtype=torch.float64, requires_grad=True)
bowl(arrows_at).sum().backward()
arrows = arrows_at.grad
base = arrows_at.detach()
assert torch.allclose(bowl(base), torch.tensor([3.0] * 8 + [10.0] * 4, dtype=torch.float64)) and bowl(point) == 7
step = 1e-6 * arrows / arrows.norm(dim=1, keepdim=True)
assert (bowl(base + step) > bowl(base)).all() and (bowl(base - step) < bowl(base)).all()   # every arrow points uphill

fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8), gridspec_kw={"width_ratios": [1.4, 1]})
contours = left.contour(g1, g2, surface, levels=[1, 3, 7, 10, 15], cmap="viridis", vmin=0, vmax=22)
left.clabel(contours, fontsize=8)
left.quiver(base[:, 0], base[:, 1], arrows[:, 0], arrows[:, 1], color="crimson", angles="xy", scale_units="xy",
            scale=15, width=0.004)
left.quiver(*point.tolist(), *gradient.tolist(), color="black", angles="xy", scale_units="xy", scale=15, width=0.006)
left.plot(*point.tolist(), "ko", ms=4)
left.annotate("p", point.tolist(), textcoords="offset points", xytext=(-10, 4))
left.set_aspect("equal")
left.set(title=t(hi="gradient के तीर contour को समकोण पर काटते हैं", en="Gradient arrows cross the contours at right angles"),
         xlabel="x₁", ylabel="x₂")
right.plot(torch.rad2deg(angles), rate, color="tab:blue")
right.axvline(gradient_angle, color="crimson", ls="--", label=t(hi="gradient की दिशा", en="gradient direction"))
for side in (gradient_angle + 90, gradient_angle + 270):
    right.axvline(side, color="grey", ls=":")
right.axhline(0, color="grey", lw=0.8)
right.set(title=t(hi="p = (2, 1) पर, दिशा u में दर ∇f · u", en="At p = (2, 1): the rate ∇f · u in direction u"),
          xlabel=t(hi="दिशा u का कोण (°)", en="angle of direction u (°)"), ylabel="∇f · u")
right.legend(fontsize="small", loc="lower left")
fig.tight_layout()

# %% [markdown] lang="hi"
# बाएँ: हर तीर (gradient, छोटा करके) किसी contour पर से शुरू होता है ($p$ वाली contour पर $f = 7$), उसे समकोण पर
# काटता है और बाहर, चढ़ाई की ओर जाता है। दाएँ: दर ठीक एक cosine है; gradient की दिशा में सबसे ऊँची, और बिंदुदार रेखाओं पर (contour की दिशा) शून्य।
#
# **Notes का एक सुधार।** Notes कहते हैं कि gradient वह दिशा दिखाता है "जिसमें function सबसे तेज़ी से बढ़ता या
# घटता है"। Gradient सिर्फ़ सबसे तेज़ **वृद्धि** की दिशा है; सबसे तेज़ कमी उसकी उल्टी दिशा, $-\nabla f$, में है। ऊपर
# मापा गया: gradient की दिशा में दर +7.21 और उल्टी दिशा में −7.21। इसीलिए training gradient के **विरुद्ध** कदम
# रखती है (अध्याय 04)।
#
# एक और बात जो चित्र में दिखती है: लंबोतरे कटोरे पर $-\nabla f$ सीधे न्यूनतम बिंदु $(0, 0)$ की ओर **नहीं** जाता।

# %% [markdown] lang="en"
# Left: every arrow (the gradient, scaled down) starts on a contour ($f = 7$ for the one at $p$), crosses it at a right
# angle and points outwards, uphill.
# Right: the rate is exactly a cosine; highest in the gradient's direction, and zero on the dotted lines (the contour's
# direction).
#
# **A correction to the notes.** The notes say the gradient shows the direction "in which the function increases or
# decreases fastest". The gradient is only the direction of fastest **increase**; the fastest decrease is the opposite
# direction, $-\nabla f$. Measured above: the rate is +7.21 along the gradient and −7.21 against it. That is why
# training steps **against** the gradient (chapter 04).
#
# One more thing the picture shows: on a stretched bowl, $-\nabla f$ does **not** aim straight at the minimum $(0, 0)$.

# %%
downhill_direction, to_minimum = -gradient, -point
miss = math.degrees(math.acos((downhill_direction @ to_minimum / (downhill_direction.norm() * to_minimum.norm())).item()))
print(t(hi=f"p = (2, 1) पर −∇f और न्यूनतम बिंदु की दिशा के बीच का कोण: {miss:.1f}°",
        en=f"At p = (2, 1), angle between −∇f and the direction of the minimum: {miss:.1f}°"))
assert 29 < miss < 31
assert round(length, 2) == 7.21 and round(uphill, 2) == 7.21 and round(downhill, 2) == -7.21

# %% [markdown] lang="hi"
# लगभग 30° का फ़र्क़। Gradient सिर्फ़ स्थानीय जानकारी है: यहीं से सबसे तेज़ चढ़ाई किधर है। फिर भी gradient descent
# (अध्याय 04) −∇f की दिशा में ही चलता है, एक बार में एक छोटा कदम।

# %% [markdown] lang="en"
# About 30° off. The gradient is only local information: which way is steepest uphill from right here. Gradient descent
# (chapter 04) steps along −∇f all the same, one short step at a time.

# %% [markdown] lang="hi"
# ## 5. Network में chain rule: computational graph
#
# Notes का चित्र है: Loss $L$ ← activation $a = f(w \cdot x + b)$ ← weight $w$। इसे एक sigmoid neuron और squared
# error loss से पूरा करते हैं:
#
# $\displaystyle z = w\,x + b, \qquad a = \sigma(z), \qquad L = (a - y)^2$
#
# मान: input $x = 1.5$, weight $w = -0.8$, bias $b = 0.3$, target (सही उत्तर) $y = 1$। Graph का हर node सिर्फ़ अपना
# **local derivative** जानता है:
#
# $\displaystyle \frac{\partial L}{\partial a} = 2(a - y), \qquad \frac{\partial a}{\partial z} = \sigma(z)\big(1 - \sigma(z)\big), \qquad \frac{\partial z}{\partial w} = x, \qquad \frac{\partial z}{\partial b} = 1$
#
# Chain rule इन्हें रास्ते के साथ गुणा करता है:
# $\dfrac{\partial L}{\partial w} = \dfrac{\partial L}{\partial a} \cdot \dfrac{\partial a}{\partial z} \cdot \dfrac{\partial z}{\partial w}$।
# Backward pass $L$ से शुरू होकर पीछे की ओर यही गुणनफल बनाता है; $\dfrac{\partial L}{\partial z}$ एक बार बनता है और
# $w$ व $b$ दोनों के काम आता है। यही backpropagation है (अध्याय 05)।

# %% [markdown] lang="en"
# ## 5. The chain rule in a network: the computational graph
#
# The notes' picture is: Loss $L$ ← activation $a = f(w \cdot x + b)$ ← weight $w$. We complete it with a sigmoid
# neuron and a squared-error loss:
#
# $\displaystyle z = w\,x + b, \qquad a = \sigma(z), \qquad L = (a - y)^2$
#
# Values: input $x = 1.5$, weight $w = -0.8$, bias $b = 0.3$, target $y = 1$. Each node of the graph knows only its own
# **local derivative**:
#
# $\displaystyle \frac{\partial L}{\partial a} = 2(a - y), \qquad \frac{\partial a}{\partial z} = \sigma(z)\big(1 - \sigma(z)\big), \qquad \frac{\partial z}{\partial w} = x, \qquad \frac{\partial z}{\partial b} = 1$
#
# The chain rule multiplies them along the path:
# $\dfrac{\partial L}{\partial w} = \dfrac{\partial L}{\partial a} \cdot \dfrac{\partial a}{\partial z} \cdot \dfrac{\partial z}{\partial w}$.
# The backward pass starts at $L$ and builds this product going backwards; $\dfrac{\partial L}{\partial z}$ is made once
# and serves both $w$ and $b$. That is backpropagation (chapter 05).

# %%
x, y = torch.tensor(1.5), torch.tensor(1.0)           # input and target: no gradient needed
w = torch.tensor(-0.8, requires_grad=True)            # weight
b = torch.tensor(0.3, requires_grad=True)             # bias
z = w * x + b
a = torch.sigmoid(z)
L = (a - y) ** 2
z.retain_grad()
a.retain_grad()                                       # keep the gradients of two inner nodes too (section 6)
L.backward()

dL_da = 2 * (a - y)                                   # the local derivatives, each a one-line formula
da_dz = a * (1 - a)
dz_dw, dz_db = x, 1.0
dL_dw, dL_db = dL_da * da_dz * dz_dw, dL_da * da_dz * dz_db

print("forward:    ", f"z = {z.item():.3f}   a = σ(z) = {a.item():.4f}   L = {L.item():.4f}")
print("local:      ", f"∂L/∂a = {dL_da.item():.4f}   ∂a/∂z = {da_dz.item():.4f}   ∂z/∂w = x = {x.item()}   ∂z/∂b = 1")
print(t(hi="हाथ से गुणा:", en="by hand:   "), f"∂L/∂w = {dL_dw.item():.4f}   ∂L/∂b = {dL_db.item():.4f}")
print("autograd:    ", "w.grad =", round(w.grad.item(), 4), "  b.grad =", round(b.grad.item(), 4),
      "  a.grad =", round(a.grad.item(), 4), "  z.grad =", round(z.grad.item(), 4))
assert torch.allclose(w.grad, dL_dw) and torch.allclose(b.grad, dL_db)
assert torch.allclose(a.grad, dL_da) and torch.allclose(z.grad, dL_da * da_dz)   # backward passes these along


def loss_at(w_value, b_value=0.3):                    # the same loss in float64, for a gradient check
    z = torch.tensor(w_value, dtype=torch.float64) * 1.5 + b_value
    return ((torch.sigmoid(z) - 1.0) ** 2).item()


gradient_check = (loss_at(-0.8 + 1e-6) - loss_at(-0.8 - 1e-6)) / 2e-6
print(t(hi=f"gradient check (float64 में central difference) से: ∂L/∂w ≈ {gradient_check:.4f}",
        en=f"gradient check (central difference, float64): ∂L/∂w ≈ {gradient_check:.4f}"))
assert abs(gradient_check - w.grad.item()) < 1e-6
assert round(w.grad.item(), 2) == -0.44 and loss_at(-0.8 + 0.01) < loss_at(-0.8)   # negative gradient: raise w

# %%
nodes = {
    "x": (0, 1.6, f"x = {x.item():.1f}"),
    "w": (0, 0.55, (f"w = {w.item():.1f}", f"∂L/∂w = {w.grad.item():.4f}")),
    "b": (0, -0.7, (f"b = {b.item():.1f}", f"∂L/∂b = {b.grad.item():.4f}")),
    "z": (2.3, 0.55, (f"z = w·x + b\n= {z.item():.2f}", f"∂L/∂z = {z.grad.item():.4f}")),
    "a": (4.6, 0.55, (f"a = σ(z)\n= {a.item():.3f}", f"∂L/∂a = {a.grad.item():.4f}")),
    "y": (4.6, 1.6, f"y = {y.item():.1f}"),
    "L": (6.9, 0.55, (f"L = (a − y)²\n= {L.item():.3f}", "∂L/∂L = 1")),
}
edges = [("x", "z", ""), ("w", "z", f"∂z/∂w = x = {x.item()}"), ("b", "z", "∂z/∂b = 1"),
         ("z", "a", f"∂a/∂z = {da_dz.item():.4f}"), ("a", "L", f"∂L/∂a = {dL_da.item():.4f}"), ("y", "L", "")]
plots.computational_graph(nodes, edges, title=t(
    hi="Forward: बाएँ से दाएँ मान (नीले डिब्बे) · backward: दाएँ से बाएँ gradient (लाल), हर तीर पर local derivative",
    en="Forward: values left to right (blue boxes) · backward: gradients right to left (red), a local derivative on each arrow"));

# %% [markdown] lang="hi"
# हर लाल संख्या = उसके दाईं ओर की लाल संख्या × बीच वाले तीर का local derivative: $-1.4219 \times 0.2055 = -0.2922$,
# फिर $-0.2922 \times 1.5 = -0.4383$। Code ने assert किया कि यह गुणनफल autograd के `w.grad` के बराबर है, और float64 में
# central difference वाला gradient check भी यही देता है। $\partial L/\partial w \approx -0.44$ ऋणात्मक है: $w$ बढ़ाने
# से loss घटता है ($w + 0.01$ पर loss छोटा है, यह भी assert हुआ)। Notes की बात, "weights को बढ़ाना चाहिए या घटाना",
# इसी चिह्न से तय होती है।

# %% [markdown] lang="en"
# Each red number is the red number to its right times the local derivative on the arrow between them:
# $-1.4219 \times 0.2055 = -0.2922$, then $-0.2922 \times 1.5 = -0.4383$. The code asserted that this product equals autograd's
# `w.grad`, and a central-difference gradient check in float64 gives the same. $\partial L/\partial w \approx -0.44$ is
# negative: raising $w$ lowers the loss (the loss at $w + 0.01$ is smaller, asserted too). The notes' point, "whether
# the weights should be increased or decreased", is settled by exactly this sign.

# %%
for shown_value, measured in [(-1.4219, dL_da), (0.2055, da_dz), (-0.2922, dL_da * da_dz), (-0.4383, dL_dw)]:
    assert round(measured.item(), 4) == shown_value

# %% [markdown] lang="hi"
# Notes की तालिका में regularization भी है: loss में एक दंड (penalty) $\lambda w^2$ जोड़ें तो, योग के नियम से, gradient
# में उसका derivative $2\lambda w$ जुड़ जाता है और वह weight को शून्य की ओर खींचता है (अध्याय 12)। यहाँ $\lambda = 0.1$:

# %% [markdown] lang="en"
# The notes' table also lists regularization: add a penalty $\lambda w^2$ to the loss and, by the sum rule, its derivative
# $2\lambda w$ joins the gradient and pulls the weight towards zero (chapter 12). Here with $\lambda = 0.1$:

# %%
lam = 0.1
w.grad = None
((torch.sigmoid(w * x + b) - y) ** 2 + lam * w**2).backward()   # the same loss, plus the penalty
print(t(hi="penalty के साथ ∂L/∂w =", en="with the penalty, ∂L/∂w ="), round(w.grad.item(), 4),
      t(hi="· बिना penalty के:", en="· without it:"), round(dL_dw.item(), 4), "· 2λw =", round(2 * lam * w.item(), 4))
assert torch.allclose(w.grad, dL_dw + 2 * lam * w.detach())

# %% [markdown] lang="hi"
# ### दो रास्ते: multivariable chain rule
#
# Notes में एक शीर्षक "Multivariable Chain Rule Example" है, पर उसके नीचे का उदाहरण copy में खो गया है। नियम यह है: अगर
# $x$ दो रास्तों से $f$ तक पहुँचता है, $u(x)$ से होकर और $v(x)$ से होकर, तो दोनों रास्तों के योगदान **जुड़ते** हैं:
#
# $\displaystyle \frac{df}{dx} = \frac{\partial f}{\partial u}\,\frac{du}{dx} + \frac{\partial f}{\partial v}\,\frac{dv}{dx}$
#
# उदाहरण: $f = u\,v$, जहाँ $u = x^2$ और $v = \sin x$। यहाँ $\partial f/\partial u = v$ और $\partial f/\partial v = u$, तो
# $df/dx = \sin x \cdot 2x + x^2 \cos x$: यह section 3 वाला product rule ही है, यानी product rule दो रास्तों वाला chain
# rule है। Autograd भी यही करता है: जो tensor दो जगह इस्तेमाल हो, backward उसके लिए दोनों रास्तों से लौटे gradient
# जोड़ता है। Code $x = 1$ पर हर रास्ते का योगदान अलग निकालकर उनके योग को autograd से मिलाता है।

# %% [markdown] lang="en"
# ### Two paths: the multivariable chain rule
#
# The notes have a heading "Multivariable Chain Rule Example", but the example under it was lost in copying. The rule is
# this: if $x$ reaches $f$ along two paths, through $u(x)$ and through $v(x)$, the contributions of the two paths **add up**:
#
# $\displaystyle \frac{df}{dx} = \frac{\partial f}{\partial u}\,\frac{du}{dx} + \frac{\partial f}{\partial v}\,\frac{dv}{dx}$
#
# An example: $f = u\,v$ with $u = x^2$ and $v = \sin x$. Here $\partial f/\partial u = v$ and $\partial f/\partial v = u$, so
# $df/dx = \sin x \cdot 2x + x^2 \cos x$: exactly the product rule of section 3, so the product rule is the chain rule
# with two paths. Autograd does the same: for a tensor used in two places, backward adds up the gradients coming back
# along both paths. At $x = 1$, the code computes each path's contribution separately and compares their sum with autograd.

# %%
x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
u, v = x**2, torch.sin(x)                             # two paths from x to the product
u.retain_grad()
v.retain_grad()
(u * v).backward()
through_u = v.item() * 2 * x.item()                   # ∂f/∂u · du/dx = v · 2x
through_v = u.item() * math.cos(x.item())             # ∂f/∂v · dv/dx = u · cos x
print(t(hi="u से होकर:", en="through u:"), round(through_u, 4), t(hi="· v से होकर:", en="· through v:"), round(through_v, 4),
      t(hi="· योग:", en="· sum:"), round(through_u + through_v, 4), "· autograd x.grad =", round(x.grad.item(), 4))
assert u.grad.item() == v.item() and v.grad.item() == u.item()         # ∂f/∂u = v and ∂f/∂v = u
assert math.isclose(x.grad.item(), through_u + through_v, rel_tol=1e-12)
assert min(through_u, through_v) > 0.2 * x.grad.item()                  # both paths count

# %% [markdown] lang="hi"
# ## 6. `requires_grad` और `.grad` ऐसे क्यों दिखते हैं
#
# Notes का पहला उदाहरण लेते हैं, $y = x^2$ पर $x = 2$, और हर कदम पर देखते हैं कि PyTorch क्या रखता है।

# %% [markdown] lang="en"
# ## 6. Why `requires_grad` and `.grad` look the way they do
#
# Take the notes' first example, $y = x^2$ at $x = 2$, and look at what PyTorch keeps at every step.

# %%
x = torch.tensor(2.0, requires_grad=True)
print(t(hi="backward से पहले x.grad =", en="before backward, x.grad ="), x.grad)
y = x**2
print("x.is_leaf =", x.is_leaf, "  y.is_leaf =", y.is_leaf, "  x.grad_fn =", x.grad_fn,
      "  y.grad_fn =", type(y.grad_fn).__name__)
y.backward()
print(t(hi="backward के बाद x.grad =", en="after backward, x.grad ="), x.grad, "  x.grad.item() =", x.grad.item())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inner_grad = y.grad
print(t(hi="y.grad (leaf नहीं) =", en="y.grad (not a leaf) ="), inner_grad, " ·",
      t(hi="PyTorch की चेतावनी:", en="PyTorch's warning:"), str(caught[0].message)[:60] + "…")
assert x.grad is not None and str(x.grad) == "tensor(4.)" and x.grad.item() == 4.0
assert x.is_leaf and not y.is_leaf and x.grad_fn is None and inner_grad is None and len(caught) == 1

# %% [markdown] lang="hi"
# - **`requires_grad=True`** PyTorch से कहता है कि इस tensor पर होने वाली हर क्रिया दर्ज करे, यानी computational
#   graph बनाए। Default `False` है, क्योंकि data और target का gradient नहीं चाहिए और graph रखने में memory लगती है।
# - **`.grad` backward से पहले `None` है:** अभी तक कोई gradient बना ही नहीं। Backward के बाद उसमें $dy/dx = 2x = 4$ है।
#   Notes की टिप्पणी "Output: 4.0" कहती है, पर `print(x.grad)` असल में `tensor(4.)` छापता है, क्योंकि gradient भी
#   एक tensor है; साधारण संख्या `x.grad.item()` से मिलती है।
# - **Leaf tensor** वह है जिसे आपने ख़ुद बनाया (जैसे $x$, $w$, $b$), किसी क्रिया से नहीं: उसका `grad_fn` `None` है।
#   बीच के परिणाम ($y$, $z$, $a$) leaf नहीं हैं; backward pass उनसे होकर gradient आगे भेजता है पर उनका `.grad` रखता नहीं
#   (`None`, साथ में एक चेतावनी), जब तक आप `retain_grad()` से न माँगें, जैसा section 5 में किया। Training में सिर्फ़ leaf
#   (weight और bias) बदलने होते हैं, इसलिए memory बचती है।

# %% [markdown] lang="en"
# - **`requires_grad=True`** tells PyTorch: record every operation on this tensor, that is, build the computational
#   graph. The default is `False`, because data and targets need no gradient and keeping a graph costs memory.
# - **`.grad` is `None` before backward:** no gradient has been made yet. Afterwards it holds $dy/dx = 2x = 4$. The
#   notes' comment says "Output: 4.0", but `print(x.grad)` actually prints `tensor(4.)`, because the gradient is a
#   tensor too; the plain number comes from `x.grad.item()`.
# - A **leaf tensor** is one you created yourself (like $x$, $w$, $b$), not by an operation: its `grad_fn` is `None`.
#   Intermediate results ($y$, $z$, $a$) are not leaves; the backward pass carries the gradient on through them but does
#   not keep their `.grad` (`None`, with a warning) unless you ask with `retain_grad()`, as section 5 did. Training only has to
#   change the leaves (the weights and biases), so this saves memory.

# %%
y = x**2                          # a new graph, the same leaf x
y.backward()
print(t(hi="दूसरे backward के बाद x.grad =", en="after a second backward, x.grad ="), x.grad)
assert x.grad.item() == 8.0       # 4 + 4: backward adds to .grad, it does not overwrite it

same_graph_error = False
try:
    y.backward()                  # the same graph again: its saved values were freed after the first backward
except RuntimeError as error:
    print(t(hi="उसी graph पर फिर backward:", en="backward through the same graph again:"), str(error).split(".")[0] + ".")
    same_graph_error = True
assert same_graph_error

x.grad = None                     # what optimizer.zero_grad() does for every weight (chapter 04)
(x**2).backward()
print(t(hi="x.grad = None करके फिर backward:", en="after x.grad = None, backward again:"), x.grad)
assert x.grad.item() == 4.0

errors_raised = 0
for attempt in (lambda: torch.tensor(3, requires_grad=True), lambda: torch.tensor(3.0).backward()):
    try:
        attempt()
    except RuntimeError as error:
        errors_raised += 1
        print("RuntimeError:", str(error).split("\n")[0])
assert errors_raised == 2
assert not torch.tensor(3.0).requires_grad

with torch.no_grad():
    inside = x * 2
print(t(hi="torch.no_grad() के भीतर बना tensor requires_grad =", en="a tensor made inside torch.no_grad(): requires_grad ="),
      inside.requires_grad)
assert not inside.requires_grad

# %% [markdown] lang="hi"
# - **`.grad` जुड़ता जाता है:** दूसरे backward के बाद `x.grad` 4 नहीं, 8 है। PyTorch नया gradient पुराने में **जोड़ता**
#   है। यह जानबूझकर है: एक weight दो जगह इस्तेमाल हो, या loss कई हिस्सों का योग हो, तो कुल gradient हिस्सों का योग ही
#   है (section 5 के अंत के दो रास्ते)। इसलिए training हर कदम से पहले gradient साफ़ करती है: `optimizer.zero_grad()` (अध्याय 04), या यहाँ की तरह
#   `x.grad = None`।
# - **एक graph, एक backward:** backward के बाद graph के बीच के मान मिटा दिए जाते हैं, इसलिए उसी graph पर दोबारा
#   backward error देता है (ज़रूरत हो तो `retain_graph=True`)। हर forward एक नया graph बनाता है।
# - **सिर्फ़ floating-point (और complex) tensor** gradient रख सकते हैं: `torch.tensor(3, requires_grad=True)` error देता है, इसीलिए notes
#   `torch.tensor(3.0, requires_grad=True)` लिखते हैं। जिस tensor का `requires_grad` `False` है, उस पर backward भी error
#   देता है।
# - **`torch.no_grad()`** के भीतर कुछ दर्ज नहीं होता: weight update और evaluation इसी में होते हैं।

# %% [markdown] lang="en"
# - **`.grad` accumulates:** after a second backward, `x.grad` is 8, not 4. PyTorch **adds** the new gradient to the old
#   one. This is deliberate: if a weight is used in two places, or the loss is a sum of parts, the total gradient is the
#   sum of the parts (the two paths at the end of section 5). That is why training clears the gradients before every step: `optimizer.zero_grad()` (chapter 04),
#   or `x.grad = None` as here.
# - **One graph, one backward:** after backward, the graph's intermediate values are freed, so a second backward through
#   the same graph raises an error (use `retain_graph=True` when you need it). Every forward builds a new graph.
# - **Only floating-point (and complex) tensors** can hold a gradient: `torch.tensor(3, requires_grad=True)` raises an error, which is
#   why the notes write `torch.tensor(3.0, requires_grad=True)`. Backward on a tensor whose `requires_grad` is `False`
#   raises an error too.
# - Inside **`torch.no_grad()`** nothing is recorded: weight updates and evaluation happen inside it.

# %% [markdown] lang="hi"
# ## 7. कब कौन-सा तरीक़ा?
#
# आख़िरी माप: $n = 300$ weight वाले एक loss (linear regression का mean squared error) का पूरा gradient, दो तरह से।
# Central difference को हर weight के लिए $f$ दो बार चलाना पड़ता है ($2n$ बार), autograd को एक forward और एक backward।

# %% [markdown] lang="en"
# ## 7. Which method when?
#
# One last measurement: the full gradient of a loss with $n = 300$ weights (the mean squared error of linear
# regression), two ways. The central difference must run $f$ twice per weight ($2n$ times), autograd one forward and
# one backward.

# %%
torch.manual_seed(0)
n = 300
inputs, targets = torch.randn(200, n, dtype=torch.float64), torch.randn(200, dtype=torch.float64)
weights = torch.randn(n, dtype=torch.float64) / n**0.5


def mse(W):
    return ((inputs @ W - targets) ** 2).mean()


autograd_seconds = float("inf")
for _ in range(5):                                          # the best of 5 runs: other programs share this CPU
    start_time = time.perf_counter()
    W = weights.clone().requires_grad_(True)
    mse(W).backward()
    autograd_seconds = min(autograd_seconds, time.perf_counter() - start_time)

start_time = time.perf_counter()
numeric = torch.empty(n, dtype=torch.float64)
for i in range(n):
    e = torch.zeros(n, dtype=torch.float64)
    e[i] = 1e-5
    numeric[i] = (mse(weights + e) - mse(weights - e)) / 2e-5
numeric_seconds = time.perf_counter() - start_time

difference = (numeric - W.grad).abs().max().item()
print(t(hi=f"autograd: {autograd_seconds * 1000:.2f} ms · central difference ({2 * n} बार f): {numeric_seconds * 1000:.0f} ms · "
           f"{numeric_seconds / autograd_seconds:.0f} गुना धीमा · सबसे बड़ा अंतर {difference:.0e}",
        en=f"autograd: {autograd_seconds * 1000:.2f} ms · central difference ({2 * n} runs of f): {numeric_seconds * 1000:.0f} ms · "
           f"{numeric_seconds / autograd_seconds:.0f} times slower · largest difference {difference:.0e}"))
assert numeric_seconds > 10 * autograd_seconds and difference < 1e-8

# %% [markdown] lang="hi"
# दोनों gradient मेल खाते हैं (सबसे बड़ा अंतर ऊपर छपा है), पर central difference कहीं धीमा है: ऊपर छपा गुणक इस computer
# पर अभी मापा गया; code सिर्फ़ "कम से कम 10 गुना" का assert करता है, क्योंकि साझा machine पर समय बदलता रहता है। Central difference $f$ को $2n$ बार चलाता है, इसलिए उसकी लागत $n$ के साथ बढ़ती है, जबकि
# autograd को, $n$ चाहे जितना हो, एक forward और एक backward ही चाहिए। लाखों weight वाले network में इसीलिए सिर्फ़ autograd काम का है।
#
# | तरीक़ा | इस अध्याय में मापी गई सटीकता | $n$ weight के लिए लागत | कब इस्तेमाल करें |
# |---|---|---|---|
# | हाथ से सूत्र | ठीक (exact) | आपकी मेहनत | छोटे सूत्र, समझने और जाँचने के लिए |
# | forward difference | float64 में सबसे छोटी त्रुटि ~3e-8 | $n + 1$ बार $f$ | शायद ही कभी; एक मोटी जाँच |
# | central difference | float64 में सबसे छोटी त्रुटि ~2e-11 | $2n$ बार $f$ | अपने लिखे backward का gradient check, float64 में |
# | autograd | rounding तक ठीक | एक forward + एक backward | training में, हमेशा |

# %% [markdown] lang="en"
# The two gradients agree (the largest difference is printed above), but the central difference is far slower: the factor
# printed above was measured on this computer just now; the code asserts only "at least 10 times", because timings on a
# shared machine vary. It runs $f$ $2n$ times, so its cost grows with $n$, while autograd needs one forward and one
# backward whatever $n$ is. That is why, in a network with millions of weights, only autograd is of any use.
#
# | method | accuracy measured in this chapter | cost for $n$ weights | when to use it |
# |---|---|---|---|
# | formula by hand | exact | your effort | small formulas, to understand and to check |
# | forward difference | best error ~3e-8 in float64 | $n + 1$ runs of $f$ | rarely; a rough check |
# | central difference | best error ~2e-11 in float64 | $2n$ runs of $f$ | a gradient check of a backward you wrote, in float64 |
# | autograd | exact up to rounding | one forward + one backward | in training, always |

# %% [markdown] lang="hi"
# ## सारांश
#
# - Derivative बदलाव की **दर** है: $f'(x) = \lim_{h \to 0} \big(f(x+h) - f(x)\big)/h$।
# - Forward difference की त्रुटि $\propto h$ (log–log ढलान 1), central की $\propto h^2$ (ढलान 2); बहुत छोटे $h$ पर
#   rounding error $\approx \varepsilon\,|f|/h$ हावी होता है और त्रुटि का V बनता है, float32 में float64 से कहीं ऊँचा।
# - Power, product और chain rule हाथ से derivative देते हैं; autograd वही मान देता है।
# - Partial derivative: बाक़ी variable स्थिर। Gradient उनका vector है: contour पर लंबवत, सबसे तेज़ चढ़ाई की ओर,
#   लंबाई = सबसे बड़ी दर। Training उसके विरुद्ध चलती है।
# - Backward pass = computational graph में $L$ से पीछे की ओर local derivative का गुणनफल (chain rule)।
# - `.grad` backward से पहले `None` होता है, सिर्फ़ leaf tensor के लिए रखा जाता है, और हर backward पर **जुड़ता** है।

# %% [markdown] lang="en"
# ## Summary
#
# - The derivative is the **rate** of change: $f'(x) = \lim_{h \to 0} \big(f(x+h) - f(x)\big)/h$.
# - The forward difference's error is $\propto h$ (log–log slope 1), the central one's $\propto h^2$ (slope 2); at very
#   small $h$ the rounding error $\approx \varepsilon\,|f|/h$ takes over and the error forms a V, far higher in float32
#   than in float64.
# - The power, product and chain rules give derivatives by hand; autograd gives the same values.
# - Partial derivative: the other variables held fixed. The gradient is their vector: perpendicular to the contours,
#   pointing steepest uphill, its length = the largest rate. Training moves against it.
# - The backward pass = the product of local derivatives from $L$ backwards through the computational graph (chain rule).
# - `.grad` is `None` before backward, is kept only for a leaf tensor, and **accumulates** on every backward.

# %% [markdown] lang="hi"
# ## अभ्यास प्रश्न
#
# हर प्रश्न के नीचे की cell में `...` की जगह अपना उत्तर लिखें और cell चलाएँ: उत्तर तुरंत जाँचा जाएगा। जिन प्रश्नों
# में code का output पूछा गया है, उनका उत्तर code चलाने से **पहले** सोचिए। अटक जाएँ तो संकेत के लिए `q1.hint()`, फिर
# `q1.hint(2)`; पूरा हल `q1.solution()` से (यह आपकी प्रगति में दर्ज होता है)।

# %% [markdown] lang="en"
# ## Practice questions
#
# In the cell below each question, replace `...` with your answer and run the cell: it is checked instantly. Where a
# question asks what code prints, decide your answer **before** running the code. If you are stuck, use `q1.hint()`,
# then `q1.hint(2)`; the full solution comes from `q1.solution()` (it is noted in your progress).

# %%
q1

# %% tags=["answer"]
answer_q1 = ...
q1.check(answer_q1)

# %%
q2

# %% tags=["answer"]
def f_prime(x):
    ...


q2.check(f_prime)

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
def slope_of_sin(x):
    ...


q12.check(slope_of_sin)

# %%
q13

# %% tags=["answer"]
def gradient_of_f(points):
    ...


q13.check(gradient_of_f)

# %%
q14

# %% tags=["answer"]
def dL_dw(x, w, b, y):
    ...


q14.check(dL_dw)

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
