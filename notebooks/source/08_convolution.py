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
# # अध्याय 08 · Convolution (कन्वोल्यूशन)
#
# अब तक हमारे network में हर neuron पूरे input से जुड़ा था (fully connected)। चित्र के लिए यह फ़िज़ूलख़र्च है: किनारा (edge)
# या कोना कुछ पास-पास के pixel से बनता है, और वही किनारा चित्र में कहीं भी आ सकता है। Convolution इन्हीं दो बातों का
# फ़ायदा उठाता है। इस अध्याय में आप देखेंगे:
#
# 1. 1-D convolution हाथ से, और यह कि deep learning का “convolution” असल में cross-correlation है (kernel उलटा नहीं जाता);
# 2. notes का 5 × 5 चित्र और 3 × 3 filter, पूरा हिसाब लगाकर उसका feature map;
# 3. stride, padding और dilation: output size का सूत्र, `nn.Conv2d` से सैकड़ों settings पर जाँचा गया;
# 4. असली अंकों पर पुराने जाने-माने filter (किनारे, blur, sharpen), और एक kernel editor widget;
# 5. `conv2d` शुरू से: पहले loop से, फिर `unfold` + matrix गुणा से, दोनों `F.conv2d` के बराबर, और उनकी रफ़्तार;
# 6. max pooling और average pooling, और shift करने (खिसकाने) पर feature map का बर्ताव;
# 7. local receptive field और parameter sharing: conv layer बनाम fully connected layer के parameter;
# 8. असली अंकों पर थोड़ी देर train हुआ एक छोटा CNN, और उसके feature map;
# 9. कौन-सा तरीका कब, सारांश और अभ्यास प्रश्न।

# %% [markdown] lang="en"
# # Chapter 08 · Convolution
#
# So far every neuron of our networks was connected to the whole input (fully connected). For images that is wasteful:
# an edge or a corner is made of a few nearby pixels, and the same edge can appear anywhere in the image. Convolution
# makes use of exactly these two facts. In this chapter you will see:
#
# 1. 1-D convolution by hand, and that deep learning's “convolution” is really cross-correlation (the kernel is not flipped);
# 2. the notes' 5 × 5 image and 3 × 3 filter, worked through to its feature map;
# 3. stride, padding and dilation: the output-size formula, checked against `nn.Conv2d` on hundreds of settings;
# 4. classic filters (edges, blur, sharpen) on real digits, and a kernel editor widget;
# 5. `conv2d` from scratch: first with loops, then with `unfold` + a matrix product, both equal to `F.conv2d`, and their speed;
# 6. max pooling and average pooling, and how feature maps behave under a shift;
# 7. local receptive fields and parameter sharing: the parameters of a conv layer against a fully connected layer;
# 8. a small CNN trained briefly on real digits, and its feature maps;
# 9. which method when, a summary and the practice questions.

# %%
import math
import timeit

import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.models import activations, small_cnn
from course_lib.practice.ch08 import q1, q2, q3, q4, q5, q6, q7, q8, q9
from course_lib.tables import table
from course_lib.train import Adam, accuracy, fit
from course_lib.widgets import kernel_editor

start(8)

# %% [markdown] lang="hi"
# ## 1. 1-D convolution
#
# सबसे सरल रूप: एक लंबी सूची $x$ (input) और एक छोटी सूची $w$ (kernel या filter, लंबाई $K$)। Kernel को $x$ पर एक-एक
# कदम सरकाइए; हर जगह नीचे के मानों को kernel के मानों से गुणा कीजिए और जोड़िए:
#
# $$z[i] = \sum_{k=0}^{K-1} x[i+k]\, w[k]$$
#
# PyTorch का `F.conv1d` (और हर deep learning library) ठीक यही करता है। गणित और signal processing में convolution की
# परिभाषा में kernel **उलटा** (flip) जाता है: $(x * w)[i] = \sum_{k} x[i-k]\, w[k]$। Kernel उलटे बिना वाले रूप का असली
# नाम cross-correlation है। Kernel तो training से सीखा जाता है, इसलिए deep learning के लिए यह अंतर मायने नहीं रखता:
# उलटा kernel भी उतनी ही आसानी से सीखा जा सकता है। पर हाथ से हिसाब लगाते या किताब पढ़ते समय अंतर दिखता है:
#
# > **Notes में सुधार।** Notes का “Convolution in Math (1D)” वाला सूत्र copy में छूट गया है; सिर्फ़ “x = input,
# > w = filter” बचा है। ऊपर दोनों सूत्र हैं, और नीचे code उन्हें `F.conv1d` और NumPy के `np.convolve` से जाँचता है।

# %% [markdown] lang="en"
# ## 1. 1-D convolution
#
# The simplest form: a long list $x$ (the input) and a short list $w$ (the kernel or filter, of length $K$). Slide the
# kernel along $x$ one step at a time; at each place multiply the values underneath by the kernel's values and add up:
#
# $$z[i] = \sum_{k=0}^{K-1} x[i+k]\, w[k]$$
#
# PyTorch's `F.conv1d` (and every deep learning library) does exactly this. In mathematics and signal processing the
# definition of convolution **flips** the kernel: $(x * w)[i] = \sum_{k} x[i-k]\, w[k]$. The form without the flip is
# properly called cross-correlation. The kernel is learned by training, so deep learning does not care about the
# difference: a flipped kernel is just as easy to learn. But it shows when you work by hand or read a textbook:
#
# > **Correcting the notes.** The notes' formula under “Convolution in Math (1D)” was lost in the copy; only “x = input,
# > w = filter” is left. Both formulas are above, and the code below checks them against `F.conv1d` and NumPy's `np.convolve`.

# %%
def conv1d_loops(x, w):
    # deep learning's 1-D convolution (cross-correlation): z[i] = Σ_k x[i+k]·w[k], no padding, stride 1
    K = len(w)
    return torch.stack([(x[i:i + K] * w).sum() for i in range(len(x) - K + 1)])


x = torch.tensor([1.0, 2.0, 4.0, 7.0, 11.0])
w = torch.tensor([1.0, 0.0, -1.0])
ours = conv1d_loops(x, w)
pytorch = F.conv1d(x.view(1, 1, -1), w.view(1, 1, -1)).flatten()
true_convolution = torch.tensor(np.convolve(x.numpy(), w.numpy(), mode="valid"))   # the mathematicians' definition
print(t(hi="हमारा loop (cross-correlation):", en="Our loop (cross-correlation):"), ours)
print("F.conv1d:                        ", pytorch)
print(t(hi="np.convolve (kernel उलटा):       ", en="np.convolve (kernel flipped):    "), true_convolution)
assert torch.equal(ours, pytorch)
assert torch.equal(conv1d_loops(x, w.flip(0)), true_convolution)   # convolution = cross-correlation with w flipped
assert torch.equal(true_convolution, -pytorch)                      # here the flip changes every sign

# %% [markdown] lang="hi"
# यह kernel $[1, 0, -1]$ हर $x[i+1]$ के दोनों पड़ोसियों का अंतर $x[i] - x[i+2]$ निकालता है, यानी ढलान मापता है: बढ़ती
# सूची पर ऋणात्मक मान। उलटे kernel $[-1, 0, 1]$ वाला गणित का convolution वही मान उलटे चिह्न के साथ देता है। इस अध्याय में आगे
# “convolution” का अर्थ PyTorch वाला cross-correlation ही है।

# %% [markdown] lang="en"
# This kernel $[1, 0, -1]$ takes the difference of the two neighbours of each $x[i+1]$, $x[i] - x[i+2]$: it measures the
# slope, negative on a rising list. The mathematicians' convolution, with the flipped kernel $[-1, 0, 1]$, gives the same values with the
# opposite sign. From here on, “convolution” in this chapter means PyTorch's cross-correlation.

# %% [markdown] lang="hi"
# ## 2. 2-D convolution: notes का 5 × 5 उदाहरण
#
# चित्र pixel की एक 2-D matrix है। 3 × 3 kernel को चित्र पर ऊपर-बाएँ कोने पर रखिए, नीचे के 9 मानों को kernel के 9 मानों से
# गुणा करके जोड़िए: यह output की एक संख्या है। फिर kernel को एक कदम दाएँ सरकाइए, पंक्ति ख़त्म हो तो एक कदम नीचे। Output
# की पूरी grid को **feature map** कहते हैं। Notes के चित्र और filter पर पहली जगह का हिसाब:

# %% [markdown] lang="en"
# ## 2. 2-D convolution: the notes' 5 × 5 example
#
# An image is a 2-D matrix of pixels. Place the 3 × 3 kernel on the image at the top left, multiply the 9 values
# underneath by the kernel's 9 values and add up: that is one number of the output. Then slide the kernel one step to
# the right, and at the end of a row one step down. The whole grid of outputs is called the **feature map**. The first
# place, worked out on the notes' image and filter:

# %%
image = torch.tensor([[1, 1, 1, 0, 0],
                      [0, 1, 1, 1, 0],
                      [0, 0, 1, 1, 1],
                      [0, 0, 1, 1, 0],
                      [0, 1, 1, 0, 0]], dtype=torch.float32)
kernel = torch.tensor([[1, 0, 1],
                       [0, 1, 0],
                       [1, 0, 1]], dtype=torch.float32)

patch = image[0:3, 0:3]
terms = " + ".join(f"{int(a)}·{int(b)}" for a, b in zip(patch.flatten().tolist(), kernel.flatten().tolist()))
print(f"{terms} = {int((patch * kernel).sum())}")

feature_map = torch.zeros(3, 3)
for i in range(3):              # the kernel's top-left corner moves over rows 0, 1, 2 ...
    for j in range(3):          # ... and columns 0, 1, 2: 3 × 3 places in all
        feature_map[i, j] = (image[i:i + 3, j:j + 3] * kernel).sum()
print(feature_map)

assert torch.equal(feature_map, F.conv2d(image.view(1, 1, 5, 5), kernel.view(1, 1, 3, 3))[0, 0])
conv = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, stride=1, padding=0)   # the notes' layer
with torch.no_grad():
    conv.weight.copy_(kernel.view(1, 1, 3, 3))
    conv.bias.zero_()
    assert torch.equal(conv(image.view(1, 1, 5, 5))[0, 0], feature_map)
print(conv(torch.randn(1, 1, 5, 5)).shape)   # the notes' shape check


# %%
def show_numbers(ax, values, title, box=None, cmap="Blues"):
    # a small matrix drawn as coloured cells with its numbers; box = (row, col, size) outlines a window
    low, high = min(values.min().item(), 0), max(values.max().item(), 1)
    ax.imshow(values, cmap=cmap, vmin=low, vmax=high)
    for (i, j), value in np.ndenumerate(values.numpy()):
        ax.text(j, i, f"{value:g}", ha="center", va="center", fontsize=12,
                color="white" if value > (low + high) / 2 else "black")      # readable on dark cells too
    if box:
        row, col, size = box
        ax.add_patch(plt.Rectangle((col - 0.5, row - 0.5), size, size, fill=False, edgecolor="crimson", lw=3))
    ax.set(title=title, xticks=[], yticks=[])
    ax.grid(False)


fig, axes = plt.subplots(1, 3, figsize=(9, 3.1), gridspec_kw={"width_ratios": [5, 3, 3]})
show_numbers(axes[0], image, t(hi="input चित्र (5 × 5)", en="input image (5 × 5)"), box=(0, 0, 3))
show_numbers(axes[1], kernel, t(hi="kernel (3 × 3 का filter)", en="kernel (a 3 × 3 filter)"), cmap="Oranges")
show_numbers(axes[2], feature_map, t(hi="output: feature map (3 × 3 का)", en="output: feature map (3 × 3)"), box=(0, 0, 1),
             cmap="Greens")
fig.tight_layout()
plt.show()

# %% [markdown] lang="hi"
# लाल चौखटे वाला 3 × 3 टुकड़ा और kernel मिलकर feature map के लाल चौखटे वाला मान 4 देते हैं।
#
# > **Notes में सुधार।** (1) Notes यहाँ “Apply convolution → Output feature map (3×3)” पर रुक जाते हैं, संख्याएँ नहीं
# > देते; वही feature map ऊपर मापा गया है। (2) Notes लिखते हैं कि filter को सरकाना “stride” कहलाता है; ठीक-ठीक कहें तो stride
# > कदम की लंबाई है: filter हर बार **कितने** pixel सरकता है (notes की अपनी सारांश तालिका भी यही कहती है); section 3 देखिए।
#
# Notes का filter 180° घुमाने पर वैसा ही रहता है, इसलिए इस उदाहरण में cross-correlation और गणित वाले convolution में कोई
# फ़र्क़ नहीं है। असममित filter पर फ़र्क़ दिखता है:

# %% [markdown] lang="en"
# The 3 × 3 piece in the red box and the kernel together give the value 4 in the red box of the feature map.
#
# > **Correcting the notes.** (1) The notes stop at “Apply convolution → Output feature map (3×3)” without giving the
# > numbers; the feature map measured above is it. (2) The notes say that sliding the filter is “called stride”; strictly,
# > the stride is the step, **how many** pixels the filter moves each time (the notes' own summary table says so too); see section 3.
#
# The notes' filter looks the same when turned by 180°, so in this example cross-correlation and the mathematicians'
# convolution do not differ. With an asymmetric filter they do:

# %%
sobel_x = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])   # responds to vertical edges
assert torch.equal(kernel.flip(0, 1), kernel)                  # the notes' filter: flipping changes nothing
assert torch.equal(sobel_x.flip(0, 1), -sobel_x)               # Sobel: flipping changes every sign
print(t(hi="Sobel x, 180° घुमाकर (दोनों अक्षों पर उलटा):\n", en="Sobel x turned by 180° (flipped on both axes):\n"),
      sobel_x.flip(0, 1))
a = F.conv2d(image.view(1, 1, 5, 5), sobel_x.view(1, 1, 3, 3))[0, 0]
print(t(hi="notes के चित्र पर cross-correlation (PyTorch वाला):\n", en="cross-correlation (PyTorch) on the notes' image:\n"), a)
true_convolution_2d = F.conv2d(image.view(1, 1, 5, 5), sobel_x.flip(0, 1).view(1, 1, 3, 3))[0, 0]   # kernel turned by 180°
assert torch.equal(true_convolution_2d, -a) and a.abs().sum() > 0

# %% [markdown] lang="hi"
# 180° घुमाने पर Sobel x का हर चिह्न उलट जाता है, इसलिए गणित वाला convolution यहाँ ऊपर छपे cross-correlation का ठीक
# ऋणात्मक देता, जैसे section 1 में 1-D पर हुआ। Notes वाले filter पर दोनों एक ही हैं। (गणित वाला 2-D convolution आप
# अभ्यास प्रश्न `q8` में ख़ुद लिखेंगे।)

# %% [markdown] lang="en"
# Turned by 180°, Sobel x has every sign flipped, so the mathematicians' convolution here would give exactly the negative
# of the cross-correlation printed above, as happened in 1-D in section 1. With the notes' filter the two are the same.
# (You will write the mathematicians' 2-D convolution yourself in practice question `q8`.)

# %% [markdown] lang="hi"
# ## 3. Stride, padding और dilation
#
# - **Stride** $s$: kernel हर कदम पर कितने pixel सरकता है। $s = 2$ पर output लगभग आधा हो जाता है।
# - **Padding** $p$: चित्र के चारों ओर $p$ पंक्ति/स्तंभ शून्य जोड़ना, ताकि किनारे के pixel भी kernel के केंद्र के नीचे आ सकें।
# - **Dilation** $d$: kernel के मानों के बीच $d - 1$ pixel छोड़ना। 3 × 3 kernel $d = 2$ पर 5 × 5 जगह पर फैलता है, पर
#   weight 9 ही रहते हैं।
#
# इन तीनों के साथ, $n \times n$ input पर $k \times k$ kernel का output size:
#
# $$n_\text{out} = \left\lfloor \frac{n + 2p - d(k-1) - 1}{s} \right\rfloor + 1$$
#
# यहाँ $d(k-1) + 1$ kernel का असली फैलाव है। नीचे यह सूत्र सैकड़ों settings पर, एक loop में, `nn.Conv2d` से मिलाकर जाँचा गया है:

# %% [markdown] lang="en"
# ## 3. Stride, padding and dilation
#
# - **Stride** $s$: how many pixels the kernel moves at each step. With $s = 2$ the output is about half as large.
# - **Padding** $p$: adding $p$ rows/columns of zeros around the image, so that the border pixels can also sit under the
#   kernel's centre.
# - **Dilation** $d$: leaving $d - 1$ pixels between the kernel's values. A 3 × 3 kernel with $d = 2$ spans 5 × 5 pixels,
#   but still has 9 weights.
#
# With all three, the output size of a $k \times k$ kernel on an $n \times n$ input is:
#
# $$n_\text{out} = \left\lfloor \frac{n + 2p - d(k-1) - 1}{s} \right\rfloor + 1$$
#
# Here $d(k-1) + 1$ is the kernel's real span. Below, the formula is checked against `nn.Conv2d` on hundreds of settings, in one loop:

# %%
def output_size(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


checked = 0
for n in (1, 5, 7, 8, 28):
    for k in (1, 2, 3, 5):
        for s in (1, 2, 3):
            for p in (0, 1, 2):
                for d in (1, 2):
                    if d * (k - 1) + 1 > n + 2 * p:
                        continue                      # the kernel does not fit: PyTorch raises an error
                    layer = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
                    assert layer(torch.zeros(1, 1, n, n)).shape[-1] == output_size(n, k, s, p, d), (n, k, s, p, d)
                    checked += 1
print(t(hi=f"✔ सूत्र {checked} settings पर nn.Conv2d से मेल खाता है।",
        en=f"✔ The formula matches nn.Conv2d on {checked} settings."))
assert checked > 300

examples = [(28, 3, 1, 0, 1), (28, 3, 1, 1, 1), (28, 5, 1, 2, 1), (28, 3, 2, 1, 1), (28, 3, 1, 2, 1), (28, 3, 1, 0, 2),
            (28, 3, 1, 2, 2)]
table(["n", "k", "s", "p", "d", t(hi="output size (लंबाई)", en="output size")],
      [[*e, output_size(*e)] for e in examples])

# %% [markdown] lang="hi"
# > **Notes में सुधार।** Notes की तालिका कहती है कि padding “size बनाए रखने” के लिए जोड़ी जाती है। यह तभी होता है जब
# > $s = 1$ और $p = d(k-1)/2$ हो (जैसे $k = 3$ पर $p = 1$, $k = 5$ पर $p = 2$)। ऊपर की तालिका में मापा: stride 2 के साथ
# > $p = 1$ पर 28 से 14 बनता है, और $k = 3$ पर $p = 2$ से आकार 28 से बढ़कर 30 हो जाता है।
#
# PyTorch `padding="same"` से यह $p$ ख़ुद चुन लेता है, पर सिर्फ़ $s = 1$ पर; stride 2 के साथ वह error देता है:

# %% [markdown] lang="en"
# > **Correcting the notes.** The notes' table says padding is added “to retain size”. That happens only when $s = 1$
# > and $p = d(k-1)/2$ (e.g. $p = 1$ for $k = 3$, $p = 2$ for $k = 5$). Measured in the table above: with stride 2,
# > $p = 1$ turns 28 into 14, and with $k = 3$, $p = 2$ makes the size grow from 28 to 30.
#
# PyTorch picks this $p$ itself with `padding="same"`, but only for $s = 1$; with stride 2 it raises an error:

# %%
assert output_size(28, 3, 2, 1) == 14 and output_size(28, 3, 1, 2) == 30
assert nn.Conv2d(1, 1, 5, padding="same")(torch.zeros(1, 1, 28, 28)).shape[-1] == 28
try:
    nn.Conv2d(1, 1, 3, stride=2, padding="same")
except ValueError as error:
    print("ValueError:", error)

# %% [markdown] lang="hi"
# ## 4. असली अंकों पर जाने-माने filter
#
# Deep learning से पहले लोग filter हाथ से बनाते थे। हर filter किसी ख़ास pattern पर बड़ा output देता है:
#
# - **blur** (box): 9 पड़ोसियों का औसत, चित्र धुँधला करता है;
# - **sharpen**: बीच वाले pixel को बढ़ाकर पड़ोसियों को घटाता है, किनारे तीखे करता है;
# - **Sobel x** और **Sobel y**: खड़े (vertical) और आड़े (horizontal) किनारे; ये section 2 वाला `sobel_x` और उसका transpose हैं;
# - **Laplacian**: हर दिशा में अचानक बदलाव।
#
# नीचे एक असली MNIST अंक “1” पर ये filter लगे हैं (`padding=1`, इसलिए आकार 28 × 28 ही रहता है)।

# %% [markdown] lang="en"
# ## 4. Classic filters on real digits
#
# Before deep learning, people designed filters by hand. Each gives a large output on one particular pattern:
#
# - **blur** (box): the average of 9 neighbours, it makes the image blurry;
# - **sharpen**: raises the centre pixel and subtracts the neighbours, it makes edges crisper;
# - **Sobel x** and **Sobel y**: vertical and horizontal edges (section 2's `sobel_x` and its transpose);
# - **Laplacian**: sudden change in every direction.
#
# Below, these filters are applied to a real MNIST digit “1” (`padding=1`, so the size stays 28 × 28).

# %%
x_train, y_train, x_test, y_test = load_mnist()
one = x_train[(y_train == 1).nonzero()[0, 0]]          # the first “1” of the training digits, shape (1, 28, 28)

filters = {
    "blur": torch.full((3, 3), 1 / 9),
    "sharpen": torch.tensor([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]]),
    "Sobel x": sobel_x,
    "Sobel y": sobel_x.T.contiguous(),
    "Laplacian": torch.tensor([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]]),
}
filtered = {name: F.conv2d(one[None], k.view(1, 1, 3, 3), padding=1)[0, 0] for name, k in filters.items()}

fig, axes = plt.subplots(1, 6, figsize=(12, 2.3))
axes[0].imshow(one[0], cmap="gray_r")
axes[0].set_title(t(hi="मूल अंक", en="original digit"))
for ax, (name, out) in zip(axes[1:], filtered.items()):
    reach = out.abs().max().item()
    ax.imshow(out, cmap="RdBu_r", vmin=-reach, vmax=reach)
    ax.set_title(name)
for ax in axes:
    ax.set(xticks=[], yticks=[])
    ax.grid(False)
fig.suptitle(t(hi="हर panel में एक filter (लाल: धनात्मक output, नीला: ऋणात्मक)",
               en="One filter per panel (red: positive output, blue: negative)"), y=1.04)
plt.show()


# %%
def roughness(img):
    # the mean squared difference between horizontal and vertical neighbours: large when the image has sharp edges
    return (((img[:, 1:] - img[:, :-1]) ** 2).mean() + ((img[1:] - img[:-1]) ** 2).mean()).item()


vertical, horizontal = filtered["Sobel x"].abs().mean().item(), filtered["Sobel y"].abs().mean().item()
rough = {name: roughness(img) for name, img in [("original", one[0]), ("blur", filtered["blur"]),
                                                ("sharpen", filtered["sharpen"])]}
print(t(hi=f"“1” पर |Sobel x| का औसत = {vertical:.3f}, |Sobel y| का औसत = {horizontal:.3f}",
        en=f"On the “1”: mean |Sobel x| = {vertical:.3f}, mean |Sobel y| = {horizontal:.3f}"))
print(t(hi=f"पड़ोसियों के अंतर के वर्ग का औसत: मूल {rough['original']:.3f}, blur {rough['blur']:.3f}, sharpen {rough['sharpen']:.3f}",
        en=f"Mean squared difference of neighbours: original {rough['original']:.3f}, blur {rough['blur']:.3f}, sharpen {rough['sharpen']:.3f}"))
assert vertical > 1.3 * horizontal
assert rough["blur"] < rough["original"] < rough["sharpen"]

flat = F.unfold(one[None], 3, padding=1)[0]                  # every 3 × 3 window as a column
flat = (flat.max(0).values == flat.min(0).values).view(28, 28)  # windows where all 9 pixels are equal
for name in ("Sobel x", "Sobel y", "Laplacian"):
    assert filters[name].sum() == 0 and filtered[name][flat].abs().max() == 0
for name in ("blur", "sharpen"):
    assert torch.allclose(filters[name].sum(), torch.tensor(1.0)) and torch.allclose(filtered[name][flat], one[0][flat])
print(t(hi=f"✔ {int(flat.sum())} सपाट जगहों पर: किनारे वाले filter 0 देते हैं, blur और sharpen pixel वैसा ही छोड़ते हैं।",
        en=f"✔ On {int(flat.sum())} flat places: the edge filters give 0, blur and sharpen leave the pixel as it is."))

# %% [markdown] lang="hi"
# “1” ज़्यादातर एक खड़ी रेखा है, इसलिए खड़े किनारे पकड़ने वाला Sobel x, Sobel y से बड़ा output देता है (ऊपर छपी संख्याएँ)।
# Blur पड़ोसियों का अंतर घटाता है और sharpen बढ़ाता है। किनारे वाले filter के मानों का जोड़ 0 है, इसलिए सपाट जगह (जहाँ सभी 9
# pixel बराबर हों) पर उनका output ठीक 0 है; blur और sharpen का जोड़ 1 है, इसलिए वहाँ pixel वैसा ही रहता है।
#
# **ख़ुद आज़माइए:** नीचे का widget एक filter चुनने देता है; फिर kernel के 9 weight में से कोई भी बदलिए, और feature map
# तुरंत बदल जाता है। जैसे Sobel x के दाएँ स्तंभ को 0 कर दीजिए, या blur के बीच वाले मान को बढ़ाइए।

# %% [markdown] lang="en"
# A “1” is mostly a vertical line, so Sobel x, for vertical edges, gives a larger output than Sobel y (the numbers printed
# above). Blur lowers the difference between neighbours and sharpen raises it. The values of an edge filter add up to 0,
# so on a flat place (where all 9 pixels are equal) its output is exactly 0; blur and sharpen add up to 1, so there the
# pixel stays as it is.
#
# **Try it yourself:** the widget below lets you pick a filter; then change any of the kernel's 9 weights, and the
# feature map changes at once. For example, set the right column of Sobel x to 0, or raise the centre of blur.

# %%
kernel_editor(x_test[0, 0], {name: k.tolist() for name, k in filters.items()}, start="Sobel x")

# %% [markdown] lang="hi"
# ## 5. `conv2d` शुरू से: loop, फिर `unfold` + matrix गुणा
#
# असली conv layer कई channel पर काम करती है। Input $x$ का shape `(N, C_in, H, W)` है (batch, channel, ऊँचाई, चौड़ाई),
# weight $W$ का `(C_out, C_in, k, k)` और bias $b$ का `(C_out,)`। हर output channel का अपना kernel है जो **सभी** input
# channel पर फैला है: output channel $o$ के स्थान $(i, j)$ पर
#
# $$z[o, i, j] = b[o] + \sum_{c} \sum_{u, v} x[c,\, i s + u,\, j s + v]\; W[o, c, u, v]$$
#
# पहला तरीका: हर output स्थान के लिए loop का एक चक्कर (batch और channel पर गुणा-जोड़ tensor से)। दूसरा तरीका: `F.unfold` हर
# $k \times k$ टुकड़े को एक स्तंभ बना देता है, और फिर पूरा convolution **एक** matrix गुणा है।

# %% [markdown] lang="en"
# ## 5. `conv2d` from scratch: loops, then `unfold` + a matrix product
#
# A real conv layer works on many channels. The input $x$ has shape `(N, C_in, H, W)` (batch, channels, height, width),
# the weight $W$ has shape `(C_out, C_in, k, k)` and the bias $b$ has shape `(C_out,)`. Each output channel has its own
# kernel spanning **all** input channels: at position $(i, j)$ of output channel $o$
#
# $$z[o, i, j] = b[o] + \sum_{c} \sum_{u, v} x[c,\, i s + u,\, j s + v]\; W[o, c, u, v]$$
#
# First way: one loop step per output position (the multiply-and-add over batch and channels done by tensors). Second
# way: `F.unfold` turns every $k \times k$ piece into a column, and then the whole convolution is **one** matrix product.

# %%
def conv2d_loops(x, weight, bias=None, stride=1, padding=0):
    x = F.pad(x, (padding, padding, padding, padding))          # zeros around the image
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out, w_out = (h - kh) // stride + 1, (w - kw) // stride + 1
    out = torch.zeros(n, c_out, h_out, w_out)
    for i in range(h_out):
        for j in range(w_out):
            piece = x[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw]     # (N, C_in, kh, kw)
            out[:, :, i, j] = (piece[:, None] * weight[None]).sum(dim=(2, 3, 4))      # (N, C_out)
    return out if bias is None else out + bias.view(1, -1, 1, 1)


def conv2d_unfold(x, weight, bias=None, stride=1, padding=0):
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out, w_out = (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1
    columns = F.unfold(x, (kh, kw), padding=padding, stride=stride)    # (N, C_in·kh·kw, h_out·w_out)
    out = weight.view(c_out, -1) @ columns                             # (N, C_out, h_out·w_out)
    if bias is not None:
        out = out + bias.view(1, -1, 1)
    return out.view(n, c_out, h_out, w_out)


settings = [dict(n=2, c_in=1, c_out=1, size=(5, 5), k=(3, 3), stride=1, padding=0, bias=False),
            dict(n=4, c_in=3, c_out=8, size=(12, 10), k=(3, 3), stride=1, padding=1, bias=True),
            dict(n=3, c_in=2, c_out=5, size=(11, 9), k=(5, 3), stride=2, padding=2, bias=True),
            dict(n=1, c_in=4, c_out=2, size=(7, 7), k=(2, 2), stride=3, padding=0, bias=True)]
for setting in settings:
    x = torch.randn(setting["n"], setting["c_in"], *setting["size"])
    weight = torch.randn(setting["c_out"], setting["c_in"], *setting["k"])
    bias = torch.randn(setting["c_out"]) if setting["bias"] else None
    expected = F.conv2d(x, weight, bias, stride=setting["stride"], padding=setting["padding"])
    for ours in (conv2d_loops, conv2d_unfold):
        got = ours(x, weight, bias, stride=setting["stride"], padding=setting["padding"])
        assert got.shape == expected.shape and torch.allclose(got, expected, atol=1e-4), (ours.__name__, setting)
print(t(hi=f"✔ दोनों तरीके {len(settings)} settings (कई channel, bias, stride, padding) पर F.conv2d के बराबर हैं।",
        en=f"✔ Both ways equal F.conv2d on {len(settings)} settings (many channels, bias, stride, padding)."))

# %%
x = torch.randn(16, 3, 28, 28)
weight, bias = torch.randn(8, 3, 3, 3), torch.randn(8)
seconds = {}
for name, fn, repeats in [("loops", conv2d_loops, 2), ("unfold + matmul", conv2d_unfold, 20), ("F.conv2d", F.conv2d, 20)]:
    fn(x, weight, bias, padding=1)                                      # one warm-up call
    seconds[name] = timeit.timeit(lambda: fn(x, weight, bias, padding=1), number=repeats) / repeats
assert seconds["loops"] > 5 * seconds["unfold + matmul"] and seconds["loops"] > 5 * seconds["F.conv2d"]
table([t(hi="तरीका", en="method"), t(hi="एक call का समय (ms)", en="time per call (ms)"),
       t(hi="F.conv2d से कितने गुना धीमा", en="times slower than F.conv2d")],
      [[name, f"{s * 1000:.2f}", f"{s / seconds['F.conv2d']:.1f}"] for name, s in seconds.items()])

# %% [markdown] lang="hi"
# 28 × 28 के 16 चित्र, 3 से 8 channel: Python loop (784 output स्थानों पर) सबसे धीमा है, बाक़ी दोनों से कई गुना (तालिका में
# मापा; समय हर machine पर अलग होगा)। `unfold` वाला तरीका कुछ library में सच में इस्तेमाल होता है (“im2col”): convolution
# एक बड़ा matrix गुणा बन जाता है, जिसे BLAS बहुत तेज़ी से करता है। `F.conv2d` अक्सर इससे भी तेज़ होता है, पर छोटे tensor पर
# यह क्रम बदल सकता है, इसलिए इसे assert नहीं किया गया। असल काम में हमेशा `nn.Conv2d` / `F.conv2d` लीजिए।

# %% [markdown] lang="en"
# 16 images of 28 × 28, 3 to 8 channels: the Python loop (over 784 output positions) is the slowest, many times slower
# than both others (measured in the table; the times differ on every machine). The `unfold` way is really used in some
# libraries (“im2col”): convolution becomes one big matrix product, which BLAS makes very fast. `F.conv2d` is often
# faster still, but on small tensors that order can change, so it is not asserted. In practice always use
# `nn.Conv2d` / `F.conv2d`.

# %% [markdown] lang="hi"
# ## 6. Pooling, और shift करने पर क्या होता है
#
# Pooling feature map को छोटा करती है: हर $2 \times 2$ खिड़की (window) से एक संख्या। **Max pooling** सबसे बड़ा मान लेती
# है, **average pooling** औसत। इसमें कोई weight नहीं होता। पहले हाथ से, एक 4 × 4 उदाहरण पर:

# %% [markdown] lang="en"
# ## 6. Pooling, and what happens under a shift
#
# Pooling makes a feature map smaller: one number from each $2 \times 2$ window. **Max pooling** takes the largest value,
# **average pooling** the mean. It has no weights. First by hand, on a 4 × 4 example:

# %%
def pool2d_loops(x, size, kind):
    n, c, h, w = x.shape
    out = torch.zeros(n, c, h // size, w // size)
    for i in range(h // size):
        for j in range(w // size):
            window = x[:, :, i * size:(i + 1) * size, j * size:(j + 1) * size]
            out[:, :, i, j] = window.amax(dim=(2, 3)) if kind == "max" else window.mean(dim=(2, 3))
    return out


small = torch.tensor([[1.0, 3.0, 2.0, 0.0],
                      [4.0, 2.0, 1.0, 1.0],
                      [0.0, -1.0, 5.0, 2.0],
                      [-2.0, -3.0, 3.0, 4.0]]).view(1, 1, 4, 4)
print("max pooling:\n", pool2d_loops(small, 2, "max")[0, 0])
print("average pooling:\n", pool2d_loops(small, 2, "average")[0, 0])
maps = torch.randn(5, 6, 28, 28)
assert torch.equal(pool2d_loops(maps, 2, "max"), F.max_pool2d(maps, 2))
assert torch.allclose(pool2d_loops(maps, 2, "average"), F.avg_pool2d(maps, 2), atol=1e-6)
assert sum(p.numel() for p in nn.MaxPool2d(2).parameters()) == 0
print(t(hi="✔ दोनों F.max_pool2d और F.avg_pool2d के बराबर हैं; pooling में 0 parameter हैं।",
        en="✔ Both equal F.max_pool2d and F.avg_pool2d; pooling has 0 parameters."))

# %% [markdown] lang="hi"
# Notes कहते हैं कि convolution से “translation invariance” मिलती है: चीज़ कहीं भी हो, feature पहचाना जाता है। बात का पहला
# हिस्सा सही है, पर ठीक-ठीक शब्द **equivariance** है: चित्र को खिसकाइए, तो feature map भी **उतना ही खिसकता** है, वैसा का वैसा नहीं
# रहता। नीचे यह बराबरी के रूप में जाँचा गया है (circular padding के साथ, ताकि किनारे भी ठीक बैठें)। Invariance, यानी खिसकने पर भी
# न बदलना, pooling से थोड़ी-सी आती है: हमने 200 अंकों को 1 pixel दाएँ खिसकाकर मापा कि feature map कितना बदलता है।
#
# > **Notes में सुधार।** Notes convolution को “translation invariant” कहते हैं; मापा गया: convolution equivariant है (खिसका
# > हुआ input = खिसका हुआ feature map), और 1 pixel खिसकाने पर भी feature map का बड़ा हिस्सा बदलता है। Pooling इस बदलाव को
# > घटाती है, मिटाती नहीं (नीचे की संख्याएँ)।

# %% [markdown] lang="en"
# The notes say convolution gives “translation invariance”: wherever the object is, the feature is detected. The first
# half is right, but the exact word is **equivariance**: shift the image and the feature map **shifts by as much**; it
# does not stay the same. Below this is checked as an equality (with circular padding, so the borders fit too).
# Invariance, not changing under a shift, comes a little from pooling: 200 digits were shifted 1 pixel to the right, and
# we measured how much the feature map changes.
#
# > **Correcting the notes.** The notes call convolution “translation invariant”; measured: convolution is equivariant
# > (shifted input = shifted feature map), and even a 1-pixel shift changes a large part of the feature map. Pooling
# > lowers this change; it does not remove it (the numbers below).

# %%
digits = x_train[:200]
edge = sobel_x.view(1, 1, 3, 3)


def circular_conv(x):
    return F.conv2d(F.pad(x, (1, 1, 1, 1), mode="circular"), edge)


shifted = torch.roll(digits, shifts=1, dims=3)                     # every digit 1 pixel to the right
assert torch.allclose(circular_conv(shifted), torch.roll(circular_conv(digits), shifts=1, dims=3), atol=1e-5)
print(t(hi="✔ Equivariance: conv(खिसका हुआ x) = खिसका हुआ conv(x)", en="✔ Equivariance: conv(shifted x) = shifted conv(x)"))


def shift_change(f, x):
    # how much f's output changes when x moves 1 pixel right: ‖f(shifted x) − f(x)‖ / ‖f(x)‖
    a, b = f(x), f(torch.roll(x, shifts=1, dims=3))
    return ((b - a).norm() / a.norm()).item()


edge_map = lambda x: F.relu(F.conv2d(x, edge, padding=1))
change = {"conv + ReLU": shift_change(edge_map, digits),
          "+ max pooling 2 × 2": shift_change(lambda x: F.max_pool2d(edge_map(x), 2), digits),
          "+ average pooling 2 × 2": shift_change(lambda x: F.avg_pool2d(edge_map(x), 2), digits)}
assert change["+ max pooling 2 × 2"] < change["conv + ReLU"] and change["+ average pooling 2 × 2"] < change["conv + ReLU"]
assert change["+ max pooling 2 × 2"] > 0.3 and change["conv + ReLU"] > 0.5
table([t(hi="feature map किसका", en="feature map"), t(hi="1 pixel shift पर सापेक्ष बदलाव", en="relative change under a 1-pixel shift")],
      [[name, f"{value:.2f}"] for name, value in change.items()])

# %% [markdown] lang="hi"
# Pooling के बाद बदलाव घटता है, पर 0 नहीं होता: invariance थोड़ी ही है। बड़े CNN कई pooling/stride layer से यह बढ़ाते हैं,
# और बाक़ी data से सीखी जाती है (जैसे data augmentation से); फिर भी बड़े CNN भी shift पर पूरी तरह invariant नहीं होते।

# %% [markdown] lang="en"
# After pooling the change drops, but not to 0: the invariance is only slight. Large CNNs grow it over many pooling/stride
# layers, and the rest is learned from data (e.g. with data augmentation); even so, large CNNs are not fully shift-invariant.

# %% [markdown] lang="hi"
# ## 7. Local receptive field और parameter sharing
#
# **Local receptive field:** conv layer का हर output input के सिर्फ़ एक छोटे हिस्से पर निर्भर है। इसे gradient से मापा जा
# सकता है: input के हर pixel के सापेक्ष एक output का gradient निकालिए, और गिनिए कि कितने शून्य नहीं हैं। दो 3 × 3 layer एक
# के ऊपर एक हों तो दूसरी layer का output बड़ा हिस्सा देखता है। Fully connected layer का हर output सभी 784 pixel देखता है।

# %% [markdown] lang="en"
# ## 7. Local receptive fields and parameter sharing
#
# **Local receptive field:** each output of a conv layer depends on only a small part of the input. Gradients measure it:
# take the gradient of one output for every input pixel, and count how many are not zero. With two 3 × 3 layers one on
# top of the other, an output of the second layer sees a larger part. Each output of a fully connected layer sees all 784 pixels.

# %%
def receptive_field(layers, row=14, col=14):
    # how many input pixels one output (at row, col of channel 0) depends on: its gradient's non-zero entries
    x = torch.rand(1, 1, 28, 28, requires_grad=True)
    out = layers(x)
    out = out[0, 0, row, col] if out.dim() == 4 else out[0, 0]
    (grad,) = torch.autograd.grad(out, x)
    return int((grad != 0).sum())


torch.manual_seed(0)
fields = {"Conv2d 3 × 3": receptive_field(nn.Conv2d(1, 1, 3, padding=1)),
          "Conv2d 3 × 3 → Conv2d 3 × 3": receptive_field(nn.Sequential(nn.Conv2d(1, 1, 3, padding=1),
                                                                       nn.Conv2d(1, 1, 3, padding=1))),
          "Conv2d 3 × 3, dilation 2": receptive_field(nn.Conv2d(1, 1, 3, padding=2, dilation=2)),
          "Linear 784 → 10": receptive_field(nn.Sequential(nn.Flatten(), nn.Linear(784, 10)))}
assert list(fields.values()) == [9, 25, 9, 784]
table([t(hi="layer का प्रकार", en="layer"), t(hi="एक output कितने pixel देखता है", en="pixels one output sees")],
      [[name, n] for name, n in fields.items()])

# %% [markdown] lang="hi"
# Dilation 2 वाला 3 × 3 kernel भी 9 ही pixel देखता है, पर 5 × 5 जगह पर बिखरे हुए।
#
# **Parameter sharing:** एक feature map के हर स्थान पर **वही** kernel लगता है। इसलिए conv layer के parameter की संख्या चित्र के
# आकार पर निर्भर नहीं करती। तुलना: 28 × 28 अंक पर `nn.Conv2d(1, 8, 3)` 8 feature map देती है, यानी 8 × 26 × 26 = 5408 output।
# उतने ही output वाली fully connected layer के parameter भी गिनिए (हाथ से, और `sum(p.numel())` से)। Nielsen की किताब
# (अध्याय 6) का उदाहरण भी: 5 × 5 के 20 kernel (यानी 20 feature map) वाली conv layer, और 30 hidden neuron वाली fully connected layer।

# %% [markdown] lang="en"
# A 3 × 3 kernel with dilation 2 also sees just 9 pixels, but spread over 5 × 5.
#
# **Parameter sharing:** the **same** kernel is used at every position of a feature map. So a conv layer's parameter
# count does not depend on the image size. A comparison: on a 28 × 28 digit `nn.Conv2d(1, 8, 3)` gives 8 feature maps,
# that is 8 × 26 × 26 = 5408 outputs. Count the parameters of a fully connected layer with as many outputs too (by hand,
# and with `sum(p.numel())`). Also the example of Nielsen's book (chapter 6): a conv layer of 20 kernels of 5 × 5 (so 20 feature maps),
# and a fully connected layer of 30 hidden neurons.

# %%
def count(layer):
    return sum(p.numel() for p in layer.parameters())


conv8 = nn.Conv2d(1, 8, 3)
outputs = 8 * 26 * 26
dense8 = nn.Linear(784, outputs, device="meta")          # "meta": shapes only, no 4 million numbers in memory
by_hand = {"conv": 8 * 1 * 3 * 3 + 8, "dense": 784 * outputs + outputs,
           "nielsen conv": 20 * (5 * 5 + 1), "nielsen dense": 784 * 30 + 30}
assert count(conv8) == by_hand["conv"] and count(dense8) == by_hand["dense"]
assert count(nn.Conv2d(1, 20, 5)) == by_hand["nielsen conv"] and count(nn.Linear(784, 30)) == by_hand["nielsen dense"]
assert conv8(torch.zeros(1, 1, 28, 28)).numel() == outputs
assert conv8(torch.zeros(1, 1, 280, 280)).shape == (1, 8, 278, 278)   # the same 80 parameters work on a 280 × 280 image
ratio = by_hand["dense"] / by_hand["conv"]
table([t(hi="layer का प्रकार", en="layer"), t(hi="output की संख्या", en="outputs"),
       t(hi="parameter की संख्या", en="parameters")],
      [["nn.Conv2d(1, 8, 3)", f"{outputs:,}", f"{by_hand['conv']:,}"],
       [f"nn.Linear(784, {outputs})", f"{outputs:,}", f"{by_hand['dense']:,}"],
       ["Conv2d(1, 20, 5) · Nielsen", f"{20 * 24 * 24:,}", f"{by_hand['nielsen conv']:,}"],
       ["Linear(784, 30) · Nielsen", "30", f"{by_hand['nielsen dense']:,}"]])

# %% [markdown] lang="hi"
# उतने ही output के लिए fully connected layer को conv layer से लगभग पचास हज़ार गुना ज़्यादा parameter चाहिए (ठीक अनुपात
# नीचे छपा है)। Nielsen की conv layer 20 × 24 × 24 output देकर भी 30 neuron वाली fully connected layer से 45 गुना कम
# parameter रखती है। कम parameter का मतलब: कम memory, कम गणना, और overfitting का कम ख़तरा।

# %% [markdown] lang="en"
# For as many outputs, the fully connected layer needs about fifty thousand times more parameters than the conv layer
# (the exact ratio is printed below). Nielsen's conv layer, while giving 20 × 24 × 24 outputs, still has 45 times fewer
# parameters than a fully connected layer of 30 neurons. Fewer parameters mean less memory, less computation and less
# risk of overfitting.

# %%
print(t(hi=f"अनुपात: {ratio:,.0f} गुना; Nielsen: {by_hand['nielsen dense'] / by_hand['nielsen conv']:.1f} गुना",
        en=f"Ratio: {ratio:,.0f} times; Nielsen: {by_hand['nielsen dense'] / by_hand['nielsen conv']:.1f} times"))
assert 40_000 < ratio < 60_000 and round(by_hand["nielsen dense"] / by_hand["nielsen conv"]) == 45

# %% [markdown] lang="hi"
# ## 8. एक छोटा CNN, असली अंकों पर
#
# अब सब एक साथ: `small_cnn()` में दो बार conv (3 × 3, `padding=1`) → ReLU → 2 × 2 max pooling है, फिर एक `nn.Linear`
# 10 class तक। इसे 2,000 असली अंकों पर सिर्फ़ 1 epoch train करते हैं (Adam, $\eta = 0.003$, batch 32; अध्याय 04 वाला
# Adam, जो `torch.optim.Adam` के बराबर है), और 1,000 test अंकों पर सटीकता मापते हैं।

# %% [markdown] lang="en"
# ## 8. A small CNN, on real digits
#
# Now all of it together: `small_cnn()` has conv (3 × 3, `padding=1`) → ReLU → 2 × 2 max pooling twice, then one
# `nn.Linear` to the 10 classes. We train it on 2,000 real digits for just 1 epoch (Adam, $\eta = 0.003$, batch 32;
# the Adam of chapter 04, equal to `torch.optim.Adam`), and measure the accuracy on 1,000 test digits.

# %%
def train_cnn(seed=0, n=2000, epochs=1, lr=0.003):
    model = small_cnn(seed=seed)
    fit(model, x_train[:n], y_train[:n], F.cross_entropy, Adam(model.parameters(), lr=lr), epochs=epochs,
        batch_size=32, seed=seed, progress=False)
    model.eval()
    with torch.no_grad():
        return model, accuracy(model(x_test[:1000]), y_test[:1000])      # 1,000 test digits (full MNIST has 10,000)


cnn, cnn_accuracy = train_cnn()
print(t(hi=f"test सटीकता: {cnn_accuracy:.1%} ({count(cnn):,} parameter; random अनुमान से 10% मिलती)",
        en=f"Test accuracy: {cnn_accuracy:.1%} ({count(cnn):,} parameters; random guessing gives 10%)"))
assert cnn_accuracy > 0.8

# %% [markdown] lang="hi"
# कुछ सेकंड की training में ही CNN ज़्यादातर अंक सही पहचानता है। Nielsen conv + pooling से पूरे MNIST (60,000 अंक, कई
# epoch, थोड़ा अलग network) पर 99.1% तक पहुँचते हैं; हमने सिर्फ़ 2,000 अंकों पर 1 epoch train किया है।
#
# अब देखिए network ने क्या सीखा। पहली conv layer के 8 kernel (3 × 3), और एक test अंक पर दोनों ReLU के output, यानी
# feature map (हर छोटा चित्र अपने सबसे बड़े मान से scale किया गया है):

# %% [markdown] lang="en"
# After only seconds of training the CNN gets most digits right. Nielsen reaches 99.1% with conv + pooling on the full
# MNIST (60,000 digits, many epochs, a somewhat different network); we trained on just 2,000 digits for 1 epoch.
#
# Now look at what the network learned. The 8 kernels (3 × 3) of the first conv layer, and on one test digit the outputs
# of both ReLUs, the feature maps (each small image is scaled by its own largest value):

# %%
def tile(images, columns):
    # small images side by side in rows of `columns`, one blank pixel between them; each scaled to its largest |value|
    n, h, w = images.shape
    rows = math.ceil(n / columns)
    canvas = torch.full((rows * (h + 1) - 1, columns * (w + 1) - 1), float("nan"))
    for index, img in enumerate(images):
        r, c = divmod(index, columns)
        canvas[r * (h + 1):r * (h + 1) + h, c * (w + 1):c * (w + 1) + w] = img / (img.abs().max() + 1e-8)
    return canvas


digit = x_test[:1]
first_maps, second_maps = activations(cnn, digit)           # the two ReLU outputs, via forward hooks
assert first_maps.shape == (1, 8, 28, 28) and second_maps.shape == (1, 16, 14, 14)
panels = [(digit[0, 0], t(hi=f"test अंक (लेबल {y_test[0].item()})", en=f"test digit (label {y_test[0].item()})"), "gray_r"),
          (tile(cnn[0].weight.detach()[:, 0], 4), t(hi="पहली layer के 8 kernel", en="8 kernels of layer 1"), "RdBu_r"),
          (tile(first_maps[0], 4), t(hi="layer 1: 8 feature map, हर एक 28 × 28", en="layer 1: 8 feature maps, 28 × 28"), "magma"),
          (tile(second_maps[0], 4), t(hi="layer 2: 16 feature map, हर एक 14 × 14", en="layer 2: 16 feature maps, 14 × 14"), "magma")]
fig, axes = plt.subplots(1, 4, figsize=(12, 3.2), gridspec_kw={"width_ratios": [1, 1.4, 1.9, 1.6]})
for ax, (img, title, cmap) in zip(axes, panels):
    ax.imshow(img, cmap=cmap, vmin=-1 if cmap == "RdBu_r" else None, vmax=1 if cmap == "RdBu_r" else None)
    ax.set(title=title, xticks=[], yticks=[])
    ax.grid(False)
fig.tight_layout()
plt.show()
zero_share = [(m == 0).float().mean().item() for m in (first_maps, second_maps)]
print(t(hi=f"feature map में ठीक 0 वाले मान: layer 1 में {zero_share[0]:.0%}, layer 2 में {zero_share[1]:.0%}",
        en=f"Values that are exactly 0 in the feature maps: {zero_share[0]:.0%} in layer 1, {zero_share[1]:.0%} in layer 2"))
start_kernels = small_cnn(seed=0)[0].weight.detach()                # the same network before training
moved = ((cnn[0].weight.detach() - start_kernels).norm() / start_kernels.norm()).item()
print(t(hi=f"training ने पहली layer के kernel कितने बदले: ‖W − W₀‖ / ‖W₀‖ = {moved:.2f}",
        en=f"How much training changed the first layer's kernels: ‖W − W₀‖ / ‖W₀‖ = {moved:.2f}"))
assert 0.3 < moved < 0.8
kernels = cnn[0].weight.detach()[:, 0]
edge_like = int((kernels.sum(dim=(1, 2)).abs() < 0.25 * kernels.abs().sum(dim=(1, 2))).sum())
print(t(hi=f"8 में से {edge_like} kernel के weight का जोड़ लगभग 0 है (|Σw| < 0.25·Σ|w|), किनारे वाले filter की तरह",
        en=f"{edge_like} of the 8 kernels have weights adding up to nearly 0 (|Σw| < 0.25·Σ|w|), like an edge filter"))
assert 1 <= edge_like < 8

# %% [markdown] lang="hi"
# पहली layer के kernel random शुरू हुए थे; एक epoch ने उन्हें उनके अपने परिमाण के लगभग आधे जितना बदला (ऊपर मापा)। ये किसी ने हाथ से
# नहीं लिखे, training ने चुने। कुछ (ऊपर गिने) के weight का जोड़ section 4 के किनारे वाले filter की तरह लगभग 0 है (धनात्मक
# और ऋणात्मक weight एक-दूसरे को काटते हैं), पर इतनी कम training के बाद ये अभी साफ़ edge detector नहीं हैं। पहली layer के feature map अब भी अंक जैसे दिखते
# हैं (हर एक अंक का कोई किनारा या हिस्सा उभारता है); दूसरी layer के छोटे और ज़्यादा अमूर्त हैं। ReLU के कारण इनके बहुत से
# मान ठीक 0 हैं (ऊपर छपा हिस्सा)।

# %% [markdown] lang="en"
# The first layer's kernels started random; one epoch changed them by about half their size (measured above). Nobody
# wrote them by hand, training chose them. Some (counted above) have weights adding up to nearly 0, like section 4's edge
# filters (positive and negative weights cancel), but after so little training they are not clean edge detectors yet. The first layer's
# feature maps still look like the digit (each brings out some edge or part of it); the second layer's are smaller and
# more abstract. Because of ReLU many of their values are exactly 0 (the share printed above).

# %% [markdown] lang="hi"
# ## 9. कौन-सा तरीका कब
#
# | प्रश्न | चुनिए | क्यों (इस अध्याय में मापा) |
# |---|---|---|
# | चित्र पर पहली layer | conv layer, fully connected नहीं | उतने ही output के लिए 80 बनाम 4,245,280 parameter (section 7) |
# | आकार वैसा ही रखना | $s = 1$ और $p = d(k-1)/2$ (`padding="same"`) | सूत्र, 300 से ज़्यादा settings पर जाँचा (section 3) |
# | आकार आधा करना | stride 2, या 2 × 2 max pooling | दोनों 28 को 14 बनाते हैं; pooling में 0 parameter, stride वाली conv सीखती है |
# | max या average pooling | सबसे बड़ा response चाहिए तो max, चिकना सारांश चाहिए तो average | दोनों shift पर बदलाव घटाती हैं (section 6) |
# | कम weight में बड़ा receptive field | कई 3 × 3 layer, या dilation | दो 3 × 3 layer 25 pixel देखती हैं; dilation 2 वाला kernel 5 × 5 पर फैला है (section 7) |
# | implement करना | `nn.Conv2d` / `F.conv2d`; समझने के लिए `unfold`; loop सिर्फ़ सीखने के लिए | loop सबसे धीमा (section 5) |

# %% [markdown] lang="en"
# ## 9. Which method when
#
# | question | choose | why (measured in this chapter) |
# |---|---|---|
# | first layer on images | a conv layer, not fully connected | 80 against 4,245,280 parameters for as many outputs (section 7) |
# | keep the size | $s = 1$ and $p = d(k-1)/2$ (`padding="same"`) | the formula, checked on more than 300 settings (section 3) |
# | halve the size | stride 2, or 2 × 2 max pooling | both turn 28 into 14; pooling has 0 parameters, a strided conv learns |
# | max or average pooling | max for the strongest response, average for a smooth summary | both lower the change under a shift (section 6) |
# | a large receptive field with few weights | several 3 × 3 layers, or dilation | two 3 × 3 layers see 25 pixels; a kernel with dilation 2 spans 5 × 5 (section 7) |
# | implementing it | `nn.Conv2d` / `F.conv2d`; `unfold` to understand; loops only to learn | loops are the slowest (section 5) |

# %% [markdown] lang="hi"
# ## सारांश
#
# - Convolution एक छोटे kernel को input पर सरकाता है और हर जगह गुणा करके जोड़ता है; output feature map है। Deep learning
#   का convolution असल में cross-correlation है: kernel उलटा नहीं जाता।
# - Output size: $\lfloor (n + 2p - d(k-1) - 1)/s \rfloor + 1$। Padding आकार तभी बचाती है जब $s = 1$ और $p = d(k-1)/2$।
# - Filter pattern पहचानते हैं। किनारे वाले filter का जोड़ 0 है (सपाट जगह पर output 0), blur और sharpen का जोड़ 1 (सपाट जगह
#   वैसी ही रहती है)। CNN ऐसे filter ख़ुद सीखता है।
# - `conv2d` loop से या `unfold` + matrix गुणा से लिखा जा सकता है, दोनों `F.conv2d` के बराबर; loop बहुत धीमा है।
# - Local receptive field और parameter sharing से conv layer के parameter बहुत कम होते हैं, और उनकी संख्या चित्र के आकार पर निर्भर नहीं करती।
# - Convolution equivariant है, invariant नहीं; pooling (जिसमें 0 parameter हैं) shift पर बदलाव थोड़ा घटाती है।

# %% [markdown] lang="en"
# ## Summary
#
# - Convolution slides a small kernel over the input and multiplies and adds at every place; the output is the feature
#   map. Deep learning's convolution is really cross-correlation: the kernel is not flipped.
# - Output size: $\lfloor (n + 2p - d(k-1) - 1)/s \rfloor + 1$. Padding keeps the size only when $s = 1$ and $p = d(k-1)/2$.
# - Filters detect patterns. Edge filters add up to 0 (output 0 on flat places), blur and sharpen add up to 1 (flat places
#   stay as they are). A CNN learns such filters itself.
# - `conv2d` can be written with loops or with `unfold` + a matrix product, both equal to `F.conv2d`; loops are very slow.
# - Local receptive fields and parameter sharing give a conv layer very few parameters, independent of the image size.
# - Convolution is equivariant, not invariant; pooling (which has 0 parameters) lowers the change under a shift a little.

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
def stacked_output_size(n, layers):
    ...


q6.check(stacked_output_size)

# %%
q7

# %% tags=["answer"]
def conv2d_single(x, w):
    ...


q7.check(conv2d_single)

# %%
q8

# %% tags=["answer"]
def convolve2d(x, w):
    ...


q8.check(convolve2d)

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
