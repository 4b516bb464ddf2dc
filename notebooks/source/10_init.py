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
# # अध्याय 10 · Weight initialization (शुरुआती weight चुनना)
#
# Training शुरू होने से पहले हर weight को कोई शुरुआती मान देना पड़ता है: इसे weight initialization कहते हैं। यह
# छोटा-सा फ़ैसला तय करता है कि गहरा network सीखेगा भी या नहीं। इस अध्याय में आप देखेंगे:
#
# 1. एक ही network, पाँच अलग शुरुआतें: कौन-सी MNIST पर सीखती है, कौन-सी नहीं;
# 2. zero initialization: symmetry क्यों नहीं टूटती (code से साबित);
# 3. छोटे और बड़े random weight: गहरे network में activation layer-दर-layer कैसे बदलते हैं (histogram और तालिका);
# 4. variance का हिसाब: $\mathrm{std} = 1/\sqrt{n_{in}}$ कहाँ से आता है, Xavier (Glorot) और He (Kaiming) का सूत्र, और ReLU के लिए 2 का गुणक;
# 5. `nn.init` क्या देता है, और PyTorch का default initialization असल में क्या है (यह He नहीं है);
# 6. एक widget: गहराई, initialization और activation बदलकर ख़ुद देखिए;
# 7. कौन-सा initialization कब, सारांश, और अभ्यास प्रश्न।

# %% [markdown] lang="en"
# # Chapter 10 · Weight initialization
#
# Before training starts, every weight needs some starting value: this is called weight initialization. This small
# decision settles whether a deep network learns at all. In this chapter you will see:
#
# 1. one network, five different starts: which ones learn on MNIST and which do not;
# 2. zero initialization: why the symmetry is never broken (proved in code);
# 3. small and large random weights: how the activations change layer by layer in a deep network (histograms and a table);
# 4. the variance arithmetic: where $\mathrm{std} = 1/\sqrt{n_{in}}$ comes from, the Xavier (Glorot) and He (Kaiming) formulas, and the factor 2 for ReLU;
# 5. what `nn.init` offers, and what PyTorch's default initialization really is (it is not He);
# 6. a widget: change the depth, the initialization and the activation, and see for yourself;
# 7. which initialization when, a summary, and practice questions.

# %%
import inspect
import math

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import show_glossary, show_progress, start, t
from course_lib.data import load_mnist
from course_lib.models import activations, initialise, mlp, weight_layers
from course_lib.practice.ch10 import q1, q2, q3, q4, q5, q6, q7, q8
from course_lib.tables import table
from course_lib.widgets import controls

start(10)

# %% [markdown] lang="hi"
# ## 1. क्या शुरुआत सचमुच इतनी मायने रखती है?
#
# एक ही network लीजिए: 784 pixel का input, 32 neuron वाली 6 hidden layer (हर एक के बाद ReLU), और 10 output। इसे 2,000
# MNIST अंकों पर plain SGD से 100 कदम (हर कदम 64 अंकों का mini-batch) train करते हैं, पाँच अलग initialization से
# (इनका मतलब नीचे के section में साफ़ होगा):
#
# - `zero`: हर weight और bias 0;
# - `small`: weight $\mathcal{N}(0, 0.01^2)$ से, यानी standard deviation 0.01;
# - `large`: weight $\mathcal{N}(0, 1)$ से, यानी standard deviation 1 (notes का `nn.init.normal_(layer.weight, mean=0.0, std=1.0)`);
# - `default`: PyTorch का अपना initialization, जो `nn.Linear` बनाते ही लग जाता है;
# - `he`: He (Kaiming) initialization, standard deviation $\sqrt{2/n_{in}}$।
#
# Pixel को पहले एक ही mean और एक ही standard deviation से standardize (मानकीकरण) करते हैं, ताकि input का mean 0 और
# standard deviation 1 हो।

# %% [markdown] lang="en"
# ## 1. Does the start really matter that much?
#
# Take one network: an input of 784 pixels, 6 hidden layers of 32 neurons (each followed by ReLU), and 10 outputs. We
# train it with plain SGD for 100 steps (each step a mini-batch of 64 digits) on 2,000 MNIST digits, from five
# different initializations (what they mean unfolds in the sections below):
#
# - `zero`: every weight and bias 0;
# - `small`: weights from $\mathcal{N}(0, 0.01^2)$, that is a standard deviation of 0.01;
# - `large`: weights from $\mathcal{N}(0, 1)$, that is a standard deviation of 1 (the notes' `nn.init.normal_(layer.weight, mean=0.0, std=1.0)`);
# - `default`: PyTorch's own initialization, applied as soon as an `nn.Linear` is made;
# - `he`: He (Kaiming) initialization, standard deviation $\sqrt{2/n_{in}}$.
#
# The pixels are first standardized with one mean and one standard deviation, so that the input has mean 0 and
# standard deviation 1.

# %%
x_train, y_train, x_test, y_test = load_mnist()
x_train, y_train = x_train.flatten(1)[:2000], y_train[:2000]
x_test, y_test = x_test.flatten(1)[:1000], y_test[:1000]
centre, spread = x_train.mean(), x_train.std()  # one mean and one std for all pixels
digits = ((x_train - centre) / spread, y_train, (x_test - centre) / spread, y_test)
HIDDEN = [32] * 6


def train_digits(data, init, lr=0.05, steps=100, seed=0, activation="relu", hidden=HIDDEN, batchnorm=False):
    # plain SGD on mini-batches of 64 digits; returns the model, the loss of every step, the test accuracy
    x, y, x_check, y_check = data
    model = mlp([784, *hidden, 10], activation=activation, init=init, batchnorm=batchnorm, seed=seed)
    batches = torch.Generator().manual_seed(seed)
    losses = []
    for _ in range(steps):
        batch = torch.randint(0, len(x), (64,), generator=batches)
        loss = F.cross_entropy(model(x[batch]), y[batch])
        model.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():  # p ← p − η · ∂L/∂p
                p -= lr * p.grad
        losses.append(loss.item())
    model.eval()  # BatchNorm (if any) uses its running statistics on the test digits
    with torch.no_grad():
        right = (model(x_check).argmax(1) == y_check).float().mean().item()
    return model, losses, right


runs = {(init, lr): train_digits(digits, init, lr) for init, lr in
        [("zero", 0.05), ("small", 0.05), ("large", 0.05), ("default", 0.05), ("he", 0.05), ("default", 0.5)]}
final = {key: sum(losses[-10:]) / 10 for key, (_, losses, _) in runs.items()}  # mean loss of the last 10 steps
right = {key: run[2] for key, run in runs.items()}
chance = math.log(10)  # the loss of a uniform guess over 10 classes
for init in ("zero", "small", "default"):
    assert abs(final[init, 0.05] - chance) < 0.02 and right[init, 0.05] < 0.15  # flat: no learning
large_losses = runs["large", 0.05][1]
assert large_losses[0] > 1000 and all(math.isnan(v) for v in large_losses[2:]) and right["large", 0.05] < 0.15  # NaN
assert final["he", 0.05] < 1.2 and right["he", 0.05] > 0.7                      # He learns
assert final["he", 0.05] < final["default", 0.5] < chance - 0.1                  # η = 0.5: the default moves ...
assert right["default", 0.5] < right["he", 0.05] - 0.25                          # ... but stays far behind He
table(["initialization", "η", t(hi="पहले कदम का loss", en="loss at step 1"),
       t(hi="आख़िरी 10 कदमों का loss", en="loss, last 10 steps"), t(hi="test पर सही", en="right on test")],
      [[init, f"{lr:g}", f"{runs[init, lr][1][0]:.4g}", f"{final[init, lr]:.3f}", f"{right[init, lr]:.1%}"]
       for init, lr in runs])

# %% [markdown] lang="hi"
# हर पंक्ति पढ़िए ($\ln 10 \approx 2.303$ उस model का loss है जो हर अंक के लिए 10 में से हर class को बराबर प्रायिकता देता है):
#
# - **zero और small:** loss $\ln 10$ पर अटका रहता है और सटीकता लगभग 10% है, यानी अंदाज़े जितनी: network कुछ नहीं सीखता।
# - **large:** पहले ही कदम का loss बहुत बड़ा है, और तीसरे कदम से वह NaN है: training फूट जाती है (blows up)।
# - **he:** यही network 100 कदमों में अच्छी तरह सीख लेता है।
# - **default, उम्मीद से उलटी पंक्ति:** PyTorch का अपना initialization, η = 0.05 पर, इस गहरे ReLU network को zero जितना ही
#   अटका देता है। दस गुना बड़े learning rate (η = 0.5) से वह सीखना शुरू करता है, पर कितना सीखता है यह random शुरुआत पर
#   बहुत निर्भर है (`tests/test_ch10.py` दूसरे seed भी आज़माता है); हर seed पर वह He से बहुत पीछे रहता है। Section 5 इसकी
#   वजह मापता है।
#
# Notes की “Real-World Tip” के तीनों लक्षण (loss सपाट, NaN loss, ख़राब सटीकता) यहाँ सचमुच दिखते हैं। अब एक-एक करके
# देखते हैं कि हर initialization के अंदर क्या होता है।

# %% [markdown] lang="en"
# Read each row ($\ln 10 \approx 2.303$ is the loss of a model that gives every digit equal probability for each of the 10 classes):
#
# - **zero and small:** the loss stays stuck at $\ln 10$ and the accuracy is about 10%, as good as a guess: the network learns nothing.
# - **large:** the loss of the very first step is huge, and from the third step on it is NaN: training blows up.
# - **he:** the same network learns well in 100 steps.
# - **default, the row against the story:** PyTorch's own initialization, at η = 0.05, leaves this deep ReLU network as
#   stuck as zero does. With a learning rate ten times larger (η = 0.5) it starts to learn, but how much it learns
#   depends a lot on the random start (`tests/test_ch10.py` tries other seeds too); on every seed it stays far behind
#   He. Section 5 measures why.
#
# All three symptoms of the notes' “Real-World Tip” (a flat loss, NaN losses, poor accuracy) really appear here. Now let
# us look, one by one, at what happens inside each initialization.

# %% [markdown] lang="hi"
# ## 2. Zero initialization और symmetry
#
# मान लीजिए किसी layer के सारे weight शुरू में बराबर हैं (0 भी एक बराबर मान है)। तब उस layer के हर neuron को वही input
# मिलता है और उसके weight भी वही हैं, इसलिए वह वही output देता है। Backpropagation में अगली layer से उन्हें वही gradient मिलता है,
# इसलिए update भी वही होता है, और अगले कदम पर भी वे बराबर रहते हैं। इस symmetry (सममिति) को training कभी नहीं तोड़ती: 32 neuron की
# layer असल में एक neuron की तरह काम करती है। Random शुरुआत इसी symmetry को तोड़ती है।
#
# इसे मापते हैं। पहले ReLU network, weight और bias दोनों 0: एक backward pass के बाद किन parameter का gradient 0 नहीं है?

# %% [markdown] lang="en"
# ## 2. Zero initialization and symmetry
#
# Suppose all the weights of a layer start equal (0 is an equal value too). Then every neuron of that layer gets the same
# input and has the same weights, so it gives the same output. In backpropagation they get the same gradient from the next
# layer, so the same update, and at the next step they are still equal. Training never breaks this symmetry: a layer of 32
# neurons really works like one neuron. A random start is what breaks the symmetry.
#
# Let us measure it. First the ReLU network with weights and biases both 0: after one backward pass, which parameters
# have a gradient that is not 0?

# %%
def zero_start_gradients(data, activation):
    # one backward pass of a zero-initialised network; the largest |gradient| of each parameter, by name
    x, y, _, _ = data
    model = mlp([784, *HIDDEN, 10], activation=activation, init="zero")
    F.cross_entropy(model(x[:256]), y[:256]).backward()
    return {name: p.grad.abs().max().item() for name, p in model.named_parameters()}


relu_zero = zero_start_gradients(digits, "relu")
moving = [name for name, largest in relu_zero.items() if largest > 0]
assert moving == ["6.bias"]  # only the output layer's bias; every hidden gradient is exactly 0
tanh_zero = zero_start_gradients(digits, "tanh")  # tanh(0) = 0 too, but its slope at 0 is 1, not 0
assert [name for name, largest in tanh_zero.items() if largest > 0] == ["6.bias"]
relu_trained = runs["zero", 0.05][0]
assert all((p == 0).all() for name, p in relu_trained.named_parameters() if name != "6.bias")  # after 100 steps too
print(t(hi=f"{len(relu_zero)} parameter tensor में से सिर्फ़ इसका gradient 0 नहीं है: {moving}",
        en=f"Of {len(relu_zero)} parameter tensors, only this one has a gradient that is not 0: {moving}"))

# %% [markdown] lang="hi"
# ReLU network में weight और bias दोनों 0 हों तो हर hidden $z = 0$, इसलिए हर hidden output $a = \mathrm{ReLU}(0) = 0$ है।
# किसी layer के weight का gradient $\partial L/\partial W = (\partial L/\partial z)\,a^\top$ है, जहाँ $a$ उस layer का input
# है: पहली hidden layer के बाद की हर layer को $a = 0$ मिलता है, इसलिए उसके weight का gradient 0 है। और hidden layer का
# $\partial L/\partial z$ पीछे आते हुए अगली layer के weight, $W^\top$, से गुणा होता है; वे weight 0 हैं, इसलिए यह भी 0 है, और
# इसी के साथ पहली layer का और हर hidden bias का gradient भी। इसमें 0 पर ReLU की ढलान की कोई भूमिका नहीं है: tanh भी, जिसका
# $\tanh(0) = 0$ है पर 0 पर ढलान 1 है, ठीक यही नतीजा देता है (ऊपर assert किया गया)। सिर्फ़ output layer का bias बदलता है, और
# section 1 की training के 100 कदमों के बाद भी बाक़ी हर parameter ठीक 0 है (ऊपर assert किया गया)। वह bias बस यह सीखता है कि कौन-सा अंक कितनी बार आता है।
#
# Sigmoid के साथ कहानी अलग है: $\sigma(0) = 0.5$, इसलिए hidden output 0 नहीं हैं। Output layer के weight को तुरंत gradient
# मिलता है, और जैसे ही वे 0 नहीं रहते, $\partial L/\partial z$ hidden layer तक भी पहुँचने लगता है। नीचे 32 sigmoid neuron
# की एक hidden layer वाला network zero initialization से 100 कदम train होता है (η = 0.5); तुलना के लिए PyTorch के default से भी।

# %% [markdown] lang="en"
# With weights and biases both 0 in a ReLU network, every hidden $z = 0$, so every hidden output is $a = \mathrm{ReLU}(0) = 0$.
# The gradient of a layer's weights is $\partial L/\partial W = (\partial L/\partial z)\,a^\top$, with $a$ the layer's input:
# every layer after the first hidden one gets $a = 0$, so its weight gradient is 0. And a hidden layer's
# $\partial L/\partial z$ comes back multiplied by the next layer's weights, $W^\top$; they are 0, so it is 0 too, and with
# it the gradients of the first layer and of every hidden bias. The slope of ReLU at 0 plays no part in this: tanh, with
# $\tanh(0) = 0$ but slope 1 at 0, gives exactly the same (asserted above). Only the output layer's bias changes, and
# even after the 100 training steps of section 1 every other parameter is exactly 0 (asserted above). That bias only
# learns how often each digit occurs.
#
# With sigmoid the story is different: $\sigma(0) = 0.5$, so the hidden outputs are not 0. The output layer's weights get
# a gradient at once, and as soon as they are no longer 0, $\partial L/\partial z$ reaches the hidden layer too. Below,
# a network with one hidden layer of 32 sigmoid neurons is trained for 100 steps from zero initialization (η = 0.5); for
# comparison, from PyTorch's default too.

# %%
def all_units_equal(model, x):
    # True when, in every hidden layer, all units have the same weights and give the same output
    same_weights = all(torch.equal(layer.weight, layer.weight[:1].expand_as(layer.weight))
                       for layer in weight_layers(model)[:-1])
    same_outputs = all(torch.equal(a, a[:, :1].expand_as(a)) for a in activations(model, x))
    return same_weights and same_outputs


sigmoid_zero, zero_losses, zero_right = train_digits(digits, "zero", lr=0.5, activation="sigmoid", hidden=[32])
sigmoid_default, default_losses, default_right = train_digits(digits, "default", lr=0.5, activation="sigmoid", hidden=[32])
first_weights = weight_layers(sigmoid_zero)[0].weight
assert first_weights.abs().max() > 0 and all_units_equal(sigmoid_zero, digits[2])  # it moved, and stayed symmetric
assert not all_units_equal(sigmoid_default, digits[2])
zero_final, default_final = sum(zero_losses[-10:]) / 10, sum(default_losses[-10:]) / 10
assert zero_final < chance - 0.2 and 0.15 < zero_right < default_right - 0.3  # it learns a little, far less than random
hidden, output = weight_layers(sigmoid_zero)
one_neuron = nn.Sequential(nn.Linear(784, 1), nn.Sigmoid(), nn.Linear(1, 10))  # the 32 copies collapsed into one
with torch.no_grad():
    one_neuron[0].weight.copy_(hidden.weight[:1])
    one_neuron[0].bias.copy_(hidden.bias[:1])
    one_neuron[2].weight.copy_(output.weight.sum(1, keepdim=True))
    one_neuron[2].bias.copy_(output.bias)
    assert torch.allclose(one_neuron(digits[2]), sigmoid_zero(digits[2]), atol=1e-4)
table(["initialization", t(hi="पहली layer के weight बदले?", en="first-layer weights moved?"),
       t(hi="हर layer के सारे neuron एक जैसे?", en="all neurons of each layer alike?"),
       t(hi="आख़िरी 10 कदमों का loss", en="loss, last 10 steps"), t(hi="test पर सही", en="right on test")],
      [["zero", f"{first_weights.abs().max().item():.2g}", str(all_units_equal(sigmoid_zero, digits[2])),
        f"{zero_final:.3f}", f"{zero_right:.1%}"],
       ["default", "—", str(all_units_equal(sigmoid_default, digits[2])), f"{default_final:.3f}", f"{default_right:.1%}"]])

# %% [markdown] lang="hi"
# Zero initialization वाले sigmoid network के weight बदले (पहली layer का सबसे बड़ा weight अब 0 नहीं है), loss $\ln 10$
# से नीचे आया और सटीकता अंदाज़े (10%) से ऊपर है: वह *कुछ* सीखता है। सीखता कौन है? Output layer (उसके weight और bias), और
# hidden layer भी, पर सिर्फ़ 32 एक जैसी नक़लों के रूप में: 100 कदमों के बाद भी सारे 32 neuron के weight और output bit-दर-bit
# एक जैसे हैं (`True`)। इसलिए पूरा network ठीक वही गणना करता है जो **एक** hidden neuron वाला network करता है (ऊपर assert
# किया गया: एक sigmoid neuron, जिसके weight पहली layer की weight matrix की पहली पंक्ति हों और जिसके output weight उन 32
# neuron के output weight के जोड़ हों, वही output देता है)।
# 10 अंकों को अलग करने के लिए output layer को हर अंक से बस एक संख्या मिलती है, $\sigma(w \cdot x + b)$: इसीलिए सटीकता
# अंदाज़े से ऊपर है, पर random शुरुआत वाले network से बहुत पीछे।
#
# > **Notes में सुधार।** Notes कहते हैं “All neurons learn the same thing → no learning”। यहाँ मापा: sigmoid के साथ
# > learning होती है (loss घटता है, सटीकता 10% से ऊपर), पर हर layer के सारे neuron एक-दूसरे की नक़ल बने रहते हैं। पूरी
# > तरह “no learning” तभी होता है जब hidden output भी 0 से शुरू हों, जैसे ReLU (या tanh) के साथ, जब weight और bias दोनों 0 हों
# > (ऊपर: output bias के सिवा हर gradient ठीक 0)।
# > समस्या 0 नहीं, *बराबरी* है: कोई भी बराबर शुरुआती मान यही करता है।

# %% [markdown] lang="en"
# The weights of the zero-initialised sigmoid network did move (the first layer's largest weight is no longer 0), the
# loss came down from $\ln 10$ and the accuracy is above a guess (10%): it learns *something*. What learns? The output
# layer (its weights and biases), and the hidden layer too, but only as 32 identical copies: even after 100 steps all 32
# neurons have the same weights and outputs, bit for bit (`True`). So the whole network computes exactly what a network
# with **one** hidden neuron computes (asserted above: one sigmoid neuron with the first row of weights, whose output
# weights are the sums of the 32 output weights, gives the same outputs). To tell 10 digits apart, the output layer gets
# just one number from each digit, $\sigma(w \cdot x + b)$: hence an accuracy above a guess, but far behind the network
# with a random start.
#
# > **Correcting the notes.** The notes say “All neurons learn the same thing → no learning”. Measured here: with sigmoid
# > there is learning (the loss falls, the accuracy is above 10%), but all the neurons of each layer stay copies of each
# > other. A complete “no learning” happens only when the hidden outputs start at 0 too, as with ReLU (or tanh) when
# > weights and biases are both 0 (above: every gradient but the output bias is exactly 0). The problem is not 0 but *equality*: any equal starting value does the same.

# %%
equal_start = mlp([784, 32, 10], activation="sigmoid", seed=0)
for layer in weight_layers(equal_start):
    nn.init.constant_(layer.weight, 0.1)  # all equal, but not 0
    nn.init.zeros_(layer.bias)
x, y = digits[0], digits[1]
for step in range(20):
    batch = slice(64 * step, 64 * step + 64)
    loss = F.cross_entropy(equal_start(x[batch]), y[batch])
    equal_start.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in equal_start.parameters():
            p -= 0.5 * p.grad
assert all_units_equal(equal_start, digits[2])
print(t(hi=f"सारे weight 0.1 से शुरू, 20 कदमों के बाद: हर layer के सारे neuron अब भी एक जैसे? {all_units_equal(equal_start, digits[2])}",
        en=f"All weights started at 0.1; after 20 steps, are all neurons of each layer still alike? {all_units_equal(equal_start, digits[2])}"))

# %% [markdown] lang="hi"
# ## 3. छोटे और बड़े random weight: activation layer-दर-layer
#
# Random weight symmetry तोड़ते हैं, पर उनका *पैमाना* (standard deviation) भी मायने रखता है। इसे देखने का सबसे साफ़ तरीक़ा
# (Karpathy के makemore lecture की तरह): एक गहरा network लीजिए, बिना किसी training के एक batch आगे भेजिए, और हर layer के
# activation का histogram, mean और standard deviation देखिए।
#
# यहाँ 10 hidden layer हैं, हर एक में 256 neuron; input 200 random vector हैं जिनकी हर संख्या $\mathcal{N}(0, 1)$ से है।
# Bias हर scheme में 0 है, सिवा `default` के। `1/√n` वाली scheme में weight की standard deviation $1/\sqrt{n_{in}}$ है
# (section 4 इसे निकालेगा)। पहले tanh:

# %% [markdown] lang="en"
# ## 3. Small and large random weights: the activations layer by layer
#
# Random weights break the symmetry, but their *scale* (standard deviation) matters too. The clearest way to see it
# (as in Karpathy's makemore lectures): take a deep network, send one batch forward with no training at all, and look at
# the histogram, mean and standard deviation of every layer's activations.
#
# Here there are 10 hidden layers of 256 neurons each; the input is 200 random vectors whose every number comes from
# $\mathcal{N}(0, 1)$. The bias is 0 in every scheme except `default`. In the `1/√n` scheme the weights' standard deviation is
# $1/\sqrt{n_{in}}$ (section 4 derives it). First tanh:

# %%
WIDTH, DEPTH = 256, 10
inputs = torch.randn(200, WIDTH, generator=torch.Generator().manual_seed(100))  # not the stream the weights use


def deep_net(activation, init, depth=DEPTH, width=WIDTH, seed=0):
    # `depth` hidden layers of `width` units; init "1/√n": std 1/√n_in (Xavier with gain 1, as n_in = n_out)
    if init != "1/√n":
        return mlp([width] * (depth + 1) + [10], activation=activation, init=init, seed=seed)
    model = mlp([width] * (depth + 1) + [10], activation=activation, seed=seed)
    for layer in weight_layers(model):
        initialise(layer, "xavier", activation="linear")
    return model


def saturated(a, activation):
    # share of outputs within 0.03 of the ends of the range (tanh: ±1, sigmoid: 0 and 1); for ReLU: share exactly 0
    if activation == "relu":
        return (a == 0).float().mean().item()
    low, high = (-1.0, 1.0) if activation == "tanh" else (0.0, 1.0)
    return ((a < low + 0.03) | (a > high - 0.03)).float().mean().item()


def layer_statistics(activation, init, depth=DEPTH, seed=0):
    # for every hidden layer: its activations and their (mean, std, saturated share); and ‖∂L/∂z‖ of the first ÷ the last
    model = deep_net(activation, init, depth, seed=seed)
    outputs, zs, a = [], [], inputs
    for linear, f in model[:-1]:  # the forward pass layer by layer, keeping each z's gradient
        z = linear(a)
        z.retain_grad()
        zs.append(z)
        a = f(z)
        outputs.append(a.detach())
    model[-1](a).pow(2).mean().backward()  # one backward pass of a simple loss, L = mean(output²)
    stats = [(a.mean().item(), a.std().item(), saturated(a, activation)) for a in outputs]
    return outputs, stats, zs[0].grad.norm().item() / zs[-1].grad.norm().item()


schemes = {"tanh": ["small", "large", "default", "1/√n", "xavier"],
           "relu": ["small", "large", "default", "1/√n", "he"], "sigmoid": ["xavier"]}
measured = {(f, init): layer_statistics(f, init) for f, inits in schemes.items() for init in inits}
std = {key: [s for _, s, _ in stats] for key, (_, stats, _) in measured.items()}
share = {key: stats[-1][2] for key, (_, stats, _) in measured.items()}
per_layer = {key: (s[-1] / s[0]) ** (1 / (DEPTH - 1)) for key, s in std.items()}  # factor of std per layer

colours = plt.cm.viridis([0.0, 0.33, 0.66, 0.9])
fig, axes = plt.subplots(1, 3, figsize=(12, 3.2), sharey=True)
for ax, init in zip(axes, ["small", "large", "xavier"]):
    outputs = measured["tanh", init][0]
    for colour, layer in zip(colours, (1, 4, 7, 10)):
        counts, edges = torch.histogram(outputs[layer - 1].flatten(), bins=60, range=(-1.0, 1.0))
        ax.stairs(counts / counts.sum(), edges.numpy(), color=colour, label=f"layer {layer}")
    ax.set(title=f"tanh, {init}", xlabel=t(hi="activation का मान", en="activation value"), yscale="log")
    ax.minorticks_off()  # the log axis's minor ticks cost drawing time and say little here
axes[0].set_ylabel(t(hi="हिस्सा (log पैमाना)", en="share (log scale)"))
axes[2].legend(fontsize="small")
fig.suptitle(t(hi="हर panel एक initialization: tanh activation का histogram, चार layer पर",
               en="One initialization per panel: histogram of the tanh activations at four layers"))
fig.subplots_adjust(top=0.82, wspace=0.08)  # fixed margins: cheaper than tight_layout
plt.show()

# %% [markdown] lang="hi"
# - **small** ($\mathrm{std} = 0.01$): हर layer पर activation 0 के और पास सिमटते जाते हैं; पहली layer पर ही वे एक पतली
#   नुकीली चोटी (spike) बन जाते हैं, और आगे उससे भी पतली।
# - **large** ($\mathrm{std} = 1$): activation $-1$ और $+1$ के सिरों पर ढेर हो जाते हैं: tanh saturate हो गया है।
# - **xavier**: हर layer पर लगभग एक-सी चौड़ी distribution, सिरों पर कम।
#
# सारी scheme की संख्याएँ (ReLU और sigmoid भी) नीचे की तालिका में हैं। “Saturated” का मतलब: output अपनी range के सिरे से
# 0.03 के भीतर है; ReLU के लिए उसकी जगह ठीक 0 वाले output का हिस्सा है।

# %% [markdown] lang="en"
# - **small** ($\mathrm{std} = 0.01$): at every layer the activations huddle closer to 0; already at the first layer they
#   are a thin spike, further on an even thinner one.
# - **large** ($\mathrm{std} = 1$): the activations pile up at the ends, $-1$ and $+1$: tanh has saturated.
# - **xavier**: about the same wide distribution at every layer, little at the ends.
#
# The numbers of every scheme (ReLU and sigmoid too) are in the table below. “Saturated” means: the output lies within
# 0.03 of an end of its range; for ReLU, the share of outputs exactly 0 stands in its place.

# %%
def shown(value):
    return f"{value:.2g}" if abs(value) < 0.01 or abs(value) >= 1000 else f"{value:.3f}"


table(["activation", "initialization", "std: layer 1", "std: layer 5", "std: layer 10",
       "mean: layer 10", "saturated / 0: layer 10",
       t(hi="‖∂L/∂z‖: पहली ÷ आख़िरी", en="‖∂L/∂z‖: first ÷ last")],
      [[f, init, shown(s[0]), shown(s[4]), shown(s[9]), shown(measured[f, init][1][-1][0]),
        f"{share[f, init]:.0%}", shown(measured[f, init][2])] for (f, init), s in std.items()])

# %%
assert std["tanh", "small"][-1] < 1e-6 and std["relu", "small"][-1] < 1e-6     # small: the signal vanishes
assert share["tanh", "large"] > 0.8 and std["relu", "large"][-1] > 1e6          # large: saturates / explodes
assert measured["tanh", "large"][2] > 100                                        # tanh large: the gradient grows
assert measured["tanh", "small"][2] < 1e-6 and measured["relu", "small"][2] < 1e-6  # small: the gradient vanishes
assert all(0.5 < measured[key][2] < 3 for key in [("tanh", "xavier"), ("relu", "he")])  # matched: about the same size
assert 0.5 < std["tanh", "xavier"][-1] < 0.8 and share["tanh", "xavier"] < 0.1  # xavier: steady, hardly saturated
assert std["tanh", "1/√n"][-1] < std["tanh", "1/√n"][0] / 2                     # gain 1: tanh shrinks slowly
assert abs(per_layer["relu", "1/√n"] - 1 / math.sqrt(2)) < 0.05                 # ReLU with 1/√n: × 0.71 a layer
assert 0.9 < per_layer["relu", "he"] < 1.1                                      # He: steady
assert 0.45 < share["relu", "he"] < 0.55                                        # about half of ReLU's outputs are 0
sigmoid_mean, sigmoid_std = measured["sigmoid", "xavier"][1][-1][:2]
assert abs(sigmoid_mean - 0.5) < 0.05 and sigmoid_std < 0.2 and share["sigmoid", "xavier"] == 0
assert measured["sigmoid", "xavier"][2] < 1e-4  # and the gradient vanishes on its way back
assert measured["relu", "large"][2] == math.inf  # too large for float32: it prints as inf
for f in ("tanh", "relu"):  # default: falls fast, then levels off
    last_three = std[f, "default"][-3:]
    assert std[f, "default"][3] < std[f, "default"][0] / 3 and max(last_three) < 1.2 * min(last_three)

# %% [markdown] lang="hi"
# तालिका की हर पंक्ति:
#
# - **small:** दोनों activation के साथ standard deviation हर layer पर घटती है और layer 10 तक लगभग शून्य हो जाती है
#   (ऊपर assert किया गया: $10^{-6}$ से कम)। आगे कोई signal नहीं पहुँचता, और पीछे पहली layer तक gradient भी नहीं (आख़िरी स्तंभ),
#   इसलिए section 1 में loss सपाट रहा।
# - **large:** tanh के ज़्यादातर output saturated हैं; ReLU के output हर layer पर कई गुना बढ़ते हैं (layer 10 पर $10^6$ से
#   ऊपर), और section 1 में loss NaN हुआ। ReLU के आख़िरी स्तंभ में inf है: पहली layer का gradient float32 संख्याओं की
#   सीमा से भी बड़ा हो गया (overflow)।
# - **tanh + large, उम्मीद से उलटी पंक्ति:** saturated tanh का derivative लगभग 0 है, फिर भी पहली layer का gradient आख़िरी से
#   100 गुना से ज़्यादा बड़ा है: बड़े weight (हर layer पर $\sqrt{256} \cdot 1 = 16$ का गुणक) छोटे derivative से ज़्यादा भारी
#   पड़ते हैं। इसलिए notes का “बहुत बड़े weight → exploding gradient” यहाँ सच निकला। (Gradient की पूरी कहानी अध्याय 11 में।)
# - **default:** दोनों activation के साथ standard deviation पहली 4 layer में घटकर एक-तिहाई से भी कम रह जाती है, फिर एक छोटे स्तर पर
#   रुक जाती है (आख़िरी 3 layer पर 20% के भीतर)। Section 5 यह स्तर समझाएगा।
# - **1/√n:** tanh के साथ धीरे-धीरे घटती है (tanh अपने input को दबाता है); ReLU के साथ हर layer पर लगभग 0.71 से गुणा होती है।
# - **xavier (tanh) और he (ReLU):** standard deviation layer 10 तक उसी परिमाण में रहती है (हर layer पर थोड़ा random उतार-चढ़ाव
#   होता है), और gradient पहली layer तक लगभग उसी परिमाण में पहुँचता है। ReLU के लगभग आधे output ठीक 0 हैं: यह ReLU का
#   स्वभाव है, कोई ख़राबी नहीं।
# - **sigmoid + xavier:** output 0.5 के आसपास एक सँकरी पट्टी में रहते हैं (mean लगभग 0.5, standard deviation 0.2 से कम),
#   saturated कोई नहीं, पर वे शून्य-केंद्रित भी नहीं हैं।
#
# > **Notes में सुधार।** Notes के code में “random initialization” के दो उदाहरण हैं: `std=1.0` और `uniform_(-0.1, 0.1)`।
# > कोई एक तय संख्या सही नहीं होती: सही standard deviation $n_{in}$ पर निर्भर है (section 4)। ऊपर मापा: 256 input वाली layer
# > पर `std=1` से tanh saturate होता है और ReLU के output फूटते हैं। ±0.1 वाला uniform (standard deviation $0.1/\sqrt{3} \approx 0.058$)
# > ठीक $n_{in} = 600$ पर He के बराबर है, और notes की `nn.Linear(128, 64)` पर He से छोटा।

# %% [markdown] lang="en"
# Each row of the table:
#
# - **small:** with both activations the standard deviation shrinks at every layer and is about zero by layer 10
#   (asserted above: below $10^{-6}$). No signal gets through, and no gradient gets back to the first layer either (last
#   column), which is why the loss stayed flat in section 1.
# - **large:** most of tanh's outputs are saturated; ReLU's outputs grow many times over at every layer (above $10^6$
#   at layer 10), and in section 1 the loss became NaN. ReLU's last column reads inf: the first layer's gradient became
#   too large even for float32 numbers (an overflow).
# - **tanh + large, the row against the story:** the derivative of a saturated tanh is nearly 0, yet the first layer's
#   gradient is more than 100 times the last one's: the large weights (a factor of $\sqrt{256} \cdot 1 = 16$ at every
#   layer) outweigh the small derivatives. So the notes' “too-large weights → exploding gradient” holds here. (The full
#   story of gradients is in chapter 11.)
# - **default:** with both activations the standard deviation falls more than threefold over the first 4 layers, then
#   stops at a small level (within 20% over the last 3 layers). Section 5 explains that level.
# - **1/√n:** with tanh it shrinks slowly (tanh squeezes its input); with ReLU it is multiplied by about 0.71 at every layer.
# - **xavier (tanh) and he (ReLU):** the standard deviation stays of the same size up to layer 10 (with a little random
#   drift from layer to layer), and the gradient reaches the first layer at about the same size. About half of ReLU's
#   outputs are exactly 0: that is ReLU's nature, not a fault.
# - **sigmoid + xavier:** the outputs stay in a narrow band around 0.5 (mean about 0.5, standard deviation below 0.2),
#   none saturated, but not zero-centred either.
#
# > **Correcting the notes.** The notes' code gives two examples of “random initialization”: `std=1.0` and
# > `uniform_(-0.1, 0.1)`. No one fixed number is right: the right standard deviation depends on $n_{in}$ (section 4).
# > Measured above: on a layer of 256 inputs, `std=1` saturates tanh and blows ReLU up. The uniform ±0.1 (standard
# > deviation $0.1/\sqrt{3} \approx 0.058$) equals He exactly at $n_{in} = 600$, and is smaller than He on the notes'
# > `nn.Linear(128, 64)`.

# %%
uniform_std = torch.empty(600, 600).uniform_(-0.1, 0.1).std().item()
assert abs(uniform_std - 0.1 / math.sqrt(3)) < 0.001 and abs(0.1 / math.sqrt(3) - math.sqrt(2 / 600)) < 1e-12
assert 0.1 / math.sqrt(3) < math.sqrt(2 / 128)
print(t(hi=f"uniform(−0.1, 0.1): मापी गई std = {uniform_std:.4f}; He की std: n_in = 600 पर {math.sqrt(2 / 600):.4f}, "
           f"n_in = 128 पर {math.sqrt(2 / 128):.4f}",
        en=f"uniform(−0.1, 0.1): measured std = {uniform_std:.4f}; He's std: {math.sqrt(2 / 600):.4f} at n_in = 600, "
           f"{math.sqrt(2 / 128):.4f} at n_in = 128"))

# %% [markdown] lang="hi"
# ## 4. Variance का हिसाब: $1/\sqrt{n_{in}}$ कहाँ से आता है
#
# एक neuron का pre-activation लीजिए, bias के बिना: $z = \sum_{i=1}^{n_{in}} w_i x_i$। मान लीजिए हर $w_i$ का mean 0 है,
# सबका variance $\mathrm{Var}(w)$ एक ही है, और वे एक-दूसरे से और input $x$ से स्वतंत्र (independent) हैं। तब
# $E[z] = \sum_i E[w_i]\,E[x_i] = 0$, और
#
# $$\mathrm{Var}(z) = E[z^2] = \sum_i \sum_j E[w_i w_j]\,E[x_i x_j] = \sum_i E[w_i^2]\,E[x_i^2] = n_{in}\,\mathrm{Var}(w)\,E[x^2],$$
#
# क्योंकि $i \ne j$ पर $E[w_i w_j] = E[w_i]\,E[w_j] = 0$ है। ध्यान दीजिए: सूत्र में $x$ का variance नहीं, $E[x^2]$ है (दोनों तभी
# बराबर हैं जब $x$ का mean 0 हो; ReLU के output या pixel के लिए ऐसा नहीं है)। Code से जाँचते हैं, तीन अलग हालात में:

# %% [markdown] lang="en"
# ## 4. The variance arithmetic: where $1/\sqrt{n_{in}}$ comes from
#
# Take one neuron's pre-activation, without bias: $z = \sum_{i=1}^{n_{in}} w_i x_i$. Suppose every $w_i$ has mean 0, all
# have the same variance $\mathrm{Var}(w)$, and they are independent of each other and of the input $x$. Then
# $E[z] = \sum_i E[w_i]\,E[x_i] = 0$, and
#
# $$\mathrm{Var}(z) = E[z^2] = \sum_i \sum_j E[w_i w_j]\,E[x_i x_j] = \sum_i E[w_i^2]\,E[x_i^2] = n_{in}\,\mathrm{Var}(w)\,E[x^2],$$
#
# because $E[w_i w_j] = E[w_i]\,E[w_j] = 0$ for $i \ne j$. Mind: the formula has $E[x^2]$, not the variance of $x$ (the two
# are equal only when $x$ has mean 0; ReLU outputs and pixels do not). Let us check it in code, in three different cases:

# %%
def variance_check(n_in, weight_std, make_x, samples=4000, seed=0):
    # Var(z) of z = Σ w_i x_i over many draws of w and x, and the formula's n_in · Var(w) · E[x²]
    g = torch.Generator().manual_seed(seed)
    w = torch.randn(samples, n_in, generator=g) * weight_std
    x = make_x(samples, n_in, g)
    z = (w * x).sum(1)
    return z.var().item(), n_in * weight_std ** 2 * x.pow(2).mean().item()


cases = {("N(0, 1)", 100, "0.1"): variance_check(100, 0.1, lambda s, n, g: torch.randn(s, n, generator=g)),
         ("ReLU(N(0, 1))", 784, "1/28"): variance_check(784, 1 / 28, lambda s, n, g: torch.relu(torch.randn(s, n, generator=g))),
         ("N(3, 1)", 50, "0.2"): variance_check(50, 0.2, lambda s, n, g: 3 + torch.randn(s, n, generator=g))}
assert all(abs(measured_var / formula - 1) < 0.06 for measured_var, formula in cases.values())
table(["x", "n_in", "std(w)", t(hi="Var(z): मापा", en="Var(z): measured"), "n_in · Var(w) · E[x²]"],
      [[x_kind, str(n), w_std, f"{v:.3f}", f"{formula:.3f}"] for (x_kind, n, w_std), (v, formula) in cases.items()])

# %% [markdown] lang="hi"
# तीनों हालात में मापा गया variance सूत्र से कुछ प्रतिशत के भीतर मिलता है (तीसरे में $E[x^2] = 3^2 + 1 = 10$ है, $\mathrm{Var}(x) = 1$ नहीं)।
#
# **Nielsen का उदाहरण।** Nielsen (अध्याय 3) 1,000 input वाला एक neuron लेते हैं, जिसके आधे input 1 और आधे 0 हैं, और weight
# और bias $\mathcal{N}(0, 1)$ से। तब $\mathrm{Var}(z) = 500 \cdot 1 \cdot 1 + 1 = 501$, यानी $z$ की standard deviation
# $\sqrt{501} \approx 22.4$: sigmoid लगभग हमेशा saturate होगा। Weight को $\mathcal{N}(0, 1/n_{in})$ से लें तो
# $\mathrm{Var}(z) = 500/1000 + 1 = 1.5$, standard deviation $\sqrt{1.5} \approx 1.22$। Notes (seed 003) का “std
# $1/\sqrt{n_{in}}$” यही है। मापते हैं:

# %% [markdown] lang="en"
# In all three cases the measured variance matches the formula within a few percent (in the third, $E[x^2] = 3^2 + 1 = 10$, not $\mathrm{Var}(x) = 1$).
#
# **Nielsen's example.** Nielsen (chapter 3) takes a neuron with 1,000 inputs, half of them 1 and half 0, with weights
# and bias from $\mathcal{N}(0, 1)$. Then $\mathrm{Var}(z) = 500 \cdot 1 \cdot 1 + 1 = 501$, so $z$ has standard deviation
# $\sqrt{501} \approx 22.4$: the sigmoid will almost always saturate. Take the weights from $\mathcal{N}(0, 1/n_{in})$ and
# $\mathrm{Var}(z) = 500/1000 + 1 = 1.5$, standard deviation $\sqrt{1.5} \approx 1.22$. The notes' (seed 003) “std
# $1/\sqrt{n_{in}}$” is exactly this. Measured:

# %%
g = torch.Generator().manual_seed(0)
half_on = torch.cat([torch.ones(500), torch.zeros(500)])
w, b = torch.randn(4000, 1000, generator=g), torch.randn(4000, generator=g)
nielsen = {"std(w) = 1": w @ half_on + b, "std(w) = 1/√1000": w / math.sqrt(1000) @ half_on + b}
stuck = {name: (torch.sigmoid(z) - 0.5).abs().gt(0.49).float().mean().item() for name, z in nielsen.items()}
assert abs(nielsen["std(w) = 1"].std().item() / math.sqrt(501) - 1) < 0.03
assert abs(nielsen["std(w) = 1/√1000"].std().item() / math.sqrt(1.5) - 1) < 0.03
assert stuck["std(w) = 1"] > 0.8 and stuck["std(w) = 1/√1000"] < 0.01

fig, axes = plt.subplots(1, 2, figsize=(10, 3.1))
for ax, (name, z) in zip(axes, nielsen.items()):
    ax.hist(z.numpy(), bins=60, color="tab:blue")
    ax.set(title=f"{name}: std(z) = {z.std().item():.2f}", xlabel="z")
    ax.axvspan(-4.6, 4.6, color="tab:green", alpha=0.15)
axes[0].set_ylabel(t(hi="कितनी बार", en="how often"))
fig.suptitle(t(hi=f"हरी पट्टी: |z| < 4.6, जहाँ σ(z) saturated नहीं है; पट्टी के बाहर: {stuck['std(w) = 1']:.0%} और "
                  f"{stuck['std(w) = 1/√1000']:.0%}",
               en=f"Green band: |z| < 4.6, where σ(z) is not saturated; outside the band: {stuck['std(w) = 1']:.0%} and "
                  f"{stuck['std(w) = 1/√1000']:.0%}"))
fig.subplots_adjust(top=0.8, wspace=0.25)
plt.show()

# %% [markdown] lang="hi"
# **$1/\sqrt{n_{in}}$ (LeCun), Xavier और tanh।** अगर $\mathrm{Var}(w) = 1/n_{in}$ हो, तो $\mathrm{Var}(z) = E[x^2]$: layer
# अपने input का पैमाना आगे वैसा ही भेजती है। 0 के पास $\tanh(z) \approx z$ है, इसलिए tanh के साथ यह पैमाना लगभग
# बना रहता है; पर बड़े $|z|$ पर tanh दबाता है, इसलिए section 3 की तालिका में `1/√n` पर tanh धीरे-धीरे घटता है। PyTorch
# इसकी भरपाई एक gain से करता है: `nn.init.calculate_gain("tanh")` $= 5/3$, जिससे weight की standard deviation $5/3$ गुना होती है।
#
# Backward pass में gradient $W^\top$ से गुणा होता है, इसलिए वही हिसाब $n_{out}$ के साथ लगता है: gradient का पैमाना बनाए
# रखने के लिए $\mathrm{Var}(w) = 1/n_{out}$ चाहिए। Glorot और Bengio (2010) ने दोनों के बीच का समझौता चुना:
# **Xavier initialization**, $\mathrm{Var}(w) = \dfrac{2}{n_{in} + n_{out}}$। Uniform रूप में: $U(-a, a)$ का variance $a^2/3$ है,
# इसलिए $a = \sqrt{6/(n_{in} + n_{out})}$।
#
# **ReLU और 2 का गुणक (He)।** ReLU ऋणात्मक आधा हिस्सा काट देता है। अगर $z$ का distribution 0 के दोनों ओर सममित है, तो
# $E[\mathrm{ReLU}(z)^2] = \tfrac{1}{2} E[z^2]$, क्योंकि $\mathrm{ReLU}(z)^2$ धनात्मक आधे पर $z^2$ है और बाक़ी पर 0। इसलिए
# $\mathrm{Var}(z_{l+1}) = n_{in}\,\mathrm{Var}(w)\,\tfrac{1}{2}\mathrm{Var}(z_l)$, और पैमाना बनाए रखने के लिए
# $\mathrm{Var}(w) = 2/n_{in}$ चाहिए: **He initialization** (He et al., 2015), standard deviation $\sqrt{2/n_{in}}$।
# $1/n_{in}$ के साथ हर layer पर variance आधा होता है, यानी standard deviation $1/\sqrt{2} \approx 0.71$ से गुणा: ठीक यही section 3
# की `relu, 1/√n` पंक्ति ने मापा। तीनों बातें code से:

# %% [markdown] lang="en"
# **$1/\sqrt{n_{in}}$ (LeCun), Xavier and tanh.** If $\mathrm{Var}(w) = 1/n_{in}$, then $\mathrm{Var}(z) = E[x^2]$: the layer
# passes the scale of its input on unchanged. Near 0, tanh is about $\tanh(z) \approx z$, so with tanh this scale roughly
# holds; but for large $|z|$ tanh squeezes, which is why tanh slowly shrinks with `1/√n` in the table of section 3. PyTorch
# makes up for it with a gain: `nn.init.calculate_gain("tanh")` $= 5/3$, which makes the weights' standard deviation $5/3$ times larger.
#
# In the backward pass the gradient is multiplied by $W^\top$, so the same arithmetic applies with $n_{out}$: keeping the
# gradient's scale needs $\mathrm{Var}(w) = 1/n_{out}$. Glorot and Bengio (2010) chose the compromise between the two:
# **Xavier initialization**, $\mathrm{Var}(w) = \dfrac{2}{n_{in} + n_{out}}$. In uniform form: $U(-a, a)$ has variance
# $a^2/3$, so $a = \sqrt{6/(n_{in} + n_{out})}$.
#
# **ReLU and the factor 2 (He).** ReLU cuts off the negative half. If the distribution of $z$ is symmetric about 0, then
# $E[\mathrm{ReLU}(z)^2] = \tfrac{1}{2} E[z^2]$, because $\mathrm{ReLU}(z)^2$ is $z^2$ on the positive half and 0 on the rest.
# So $\mathrm{Var}(z_{l+1}) = n_{in}\,\mathrm{Var}(w)\,\tfrac{1}{2}\mathrm{Var}(z_l)$, and keeping the scale needs
# $\mathrm{Var}(w) = 2/n_{in}$: **He initialization** (He et al., 2015), standard deviation $\sqrt{2/n_{in}}$.
# With $1/n_{in}$ the variance halves at every layer, that is the standard deviation is multiplied by $1/\sqrt{2} \approx 0.71$:
# exactly what the `relu, 1/√n` row of section 3 measured. All three in code:

# %%
z = 3 * torch.randn(1_000_000, generator=torch.Generator().manual_seed(1))
relu_half = (torch.relu(z).pow(2).mean() / z.pow(2).mean()).item()
assert abs(relu_half - 0.5) < 0.01                                    # E[ReLU(z)²] = ½ E[z²]
assert math.isclose(nn.init.calculate_gain("tanh"), 5 / 3) and math.isclose(nn.init.calculate_gain("relu"), math.sqrt(2))

layer = nn.Linear(300, 200)
bound = math.sqrt(6 / (300 + 200))
nn.init.xavier_uniform_(layer.weight)
assert layer.weight.abs().max() <= bound and abs(layer.weight.std().item() / math.sqrt(2 / 500) - 1) < 0.02
nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
assert abs(layer.weight.std().item() / math.sqrt(2 / 300) - 1) < 0.02  # He uses n_in = 300 (mode="fan_in")
print(t(hi=f"E[ReLU(z)²] / E[z²] = {relu_half:.4f};  xavier_uniform_ की सीमा √(6/500) = {bound:.4f};  "
           f"kaiming_normal_ की std = {layer.weight.std().item():.4f} ≈ √(2/300) = {math.sqrt(2 / 300):.4f}",
        en=f"E[ReLU(z)²] / E[z²] = {relu_half:.4f};  xavier_uniform_'s bound √(6/500) = {bound:.4f};  "
           f"kaiming_normal_'s std = {layer.weight.std().item():.4f} ≈ √(2/300) = {math.sqrt(2 / 300):.4f}"))

# %% [markdown] lang="hi"
# > **Notes में सुधार।** Notes की सारांश तालिका कहती है “Xavier: Sigmoid/Tanh के लिए best”। Xavier का हिसाब ऐसे activation
# > के लिए बना है जो 0 पर सममित हो और 0 के पास उसकी ढलान 1 हो: tanh ऐसा है, sigmoid नहीं (उसकी ढलान 0 पर 1/4 है और output
# > 0.5 पर केंद्रित है)। Section 3 में मापा: Xavier के साथ sigmoid का output 0.5 के आसपास एक सँकरी पट्टी में रहता है, और
# > पहली layer तक पहुँचा gradient आख़िरी layer के gradient के $10^{-4}$ गुना से भी कम है (तालिका का आख़िरी स्तंभ; अध्याय 06 में
# > भी यही मिला)। इसलिए: tanh के लिए Xavier, ReLU के लिए He; sigmoid को गहरे network की hidden layer में टालिए।

# %% [markdown] lang="en"
# > **Correcting the notes.** The notes' summary table says “Xavier: best for Sigmoid/Tanh”. Xavier's arithmetic is made for
# > an activation that is symmetric about 0 with slope 1 near 0: tanh is, sigmoid is not (its slope at 0 is 1/4 and its
# > output is centred at 0.5). Measured in section 3: with Xavier, sigmoid's outputs stay in a narrow band around 0.5, and
# > the gradient reaching the first layer is less than $10^{-4}$ times the last layer's (the table's last column; chapter
# > 06 found the same). So: Xavier for tanh, He for ReLU; avoid sigmoid in the hidden layers of a deep network.

# %% [markdown] lang="hi"
# ## 5. `nn.init`, `course_lib.models.initialise`, और PyTorch का default
#
# `torch.nn.init` के कुछ functions (नाम के अंत का `_` बताता है कि वे tensor को उसी जगह, in-place, बदलते हैं):
#
# | function | क्या करता है |
# |---|---|
# | `nn.init.zeros_`, `nn.init.constant_` | सब 0, या सब एक ही मान (symmetry नहीं टूटती: section 2) |
# | `nn.init.normal_`, `nn.init.uniform_` | दिए गए mean/std या सीमाओं वाला random मान |
# | `nn.init.xavier_normal_`, `nn.init.xavier_uniform_` | Xavier: $\mathrm{std} = \mathrm{gain} \cdot \sqrt{2/(n_{in} + n_{out})}$ |
# | `nn.init.kaiming_normal_`, `nn.init.kaiming_uniform_` | He: $\mathrm{std} = \mathrm{gain}/\sqrt{n_{in}}$, ReLU के लिए gain $= \sqrt{2}$ |
# | `nn.init.calculate_gain` | activation के हिसाब से gain: `"tanh"` → 5/3, `"relu"` → √2 |
#
# इस course के model (`course_lib.models.mlp` और `initialise`) इन्हीं को नाम से चुनते हैं। जाँचते हैं कि हर scheme की
# standard deviation सूत्र से मिलती है, `nn.Linear(600, 200)` पर:

# %% [markdown] lang="en"
# ## 5. `nn.init`, `course_lib.models.initialise`, and PyTorch's default
#
# Some functions of `torch.nn.init` (the `_` at the end of a name says they change the tensor in place):
#
# | function | what it does |
# |---|---|
# | `nn.init.zeros_`, `nn.init.constant_` | all 0, or all one value (the symmetry is not broken: section 2) |
# | `nn.init.normal_`, `nn.init.uniform_` | random values with a given mean/std or bounds |
# | `nn.init.xavier_normal_`, `nn.init.xavier_uniform_` | Xavier: $\mathrm{std} = \mathrm{gain} \cdot \sqrt{2/(n_{in} + n_{out})}$ |
# | `nn.init.kaiming_normal_`, `nn.init.kaiming_uniform_` | He: $\mathrm{std} = \mathrm{gain}/\sqrt{n_{in}}$, gain $= \sqrt{2}$ for ReLU |
# | `nn.init.calculate_gain` | the gain for an activation: `"tanh"` → 5/3, `"relu"` → √2 |
#
# The course's models (`course_lib.models.mlp` and `initialise`) choose these by name. Let us check that each scheme's
# standard deviation matches its formula, on `nn.Linear(600, 200)`:

# %%
n_in, n_out = 600, 200
expected = {("zero", "relu"): 0.0, ("small", "relu"): 0.01, ("large", "relu"): 1.0,
            ("xavier", "tanh"): 5 / 3 * math.sqrt(2 / (n_in + n_out)), ("xavier", "sigmoid"): math.sqrt(2 / (n_in + n_out)),
            ("he", "relu"): math.sqrt(2 / n_in), ("default", "relu"): 1 / math.sqrt(3 * n_in)}
rows = []
for (init, activation), formula in expected.items():
    layer = initialise(nn.Linear(n_in, n_out), init, activation)
    got = layer.weight.std().item()
    assert abs(got - formula) <= 0.03 * formula, (init, activation)
    rows.append([init, activation, f"{formula:.4f}", f"{got:.4f}", f"{layer.bias.abs().max().item():.3g}"])
table(["init", "activation", t(hi="std: सूत्र", en="std: formula"), t(hi="std: मापा", en="std: measured"),
       t(hi="सबसे बड़ा |bias|", en="largest |bias|")], rows)

# %% [markdown] lang="hi"
# हर scheme सूत्र से मिलती है, और `default` के सिवा हर scheme bias को 0 रखती है। पर `default` की पंक्ति में standard deviation
# $1/\sqrt{3 n_{in}}$ क्यों है? PyTorch का अपना code पढ़ते हैं: `nn.Linear.reset_parameters`, जो हर नई
# `nn.Linear` पर चलता है।

# %% [markdown] lang="en"
# Every scheme matches its formula, and every scheme except `default` keeps the bias at 0. But why does the `default`
# row have standard deviation $1/\sqrt{3 n_{in}}$? Let us read PyTorch's own code: `nn.Linear.reset_parameters`, which
# runs on every new `nn.Linear`.

# %%
source = inspect.getsource(nn.Linear.reset_parameters)
assert "kaiming_uniform_" in source and "a=math.sqrt(5)" in source and "bound = 1 /" in source and "(self.bias" in source
print(source)

# %% [markdown] lang="hi"
# तो weight पर `kaiming_uniform_` लगता है, पर `a = √5` के साथ। `kaiming_uniform_` का default activation Leaky ReLU है,
# जिसका gain $\sqrt{2/(1 + a^2)}$ है; $a = \sqrt{5}$ पर यह $\sqrt{2/6} = 1/\sqrt{3}$ बनता है। Uniform की सीमा
# $\mathrm{gain} \cdot \sqrt{3/n_{in}} = 1/\sqrt{n_{in}}$ है। यानी default असल में पुराना सीधा नियम है: weight और bias
# दोनों $U(-1/\sqrt{n_{in}}, 1/\sqrt{n_{in}})$ से (code की टिप्पणी भी यही कहती है)। इसकी standard deviation
# $1/\sqrt{3 n_{in}}$ है, यानी variance $1/(3 n_{in})$: LeCun के $1/n_{in}$ का $1/3$, और He के $2/n_{in}$ का $1/6$। नाम में
# “kaiming” होने के बावजूद यह He **नहीं** है।

# %% [markdown] lang="en"
# So the weights get `kaiming_uniform_`, but with `a = √5`. The default activation of `kaiming_uniform_` is Leaky ReLU,
# whose gain is $\sqrt{2/(1 + a^2)}$; with $a = \sqrt{5}$ this becomes $\sqrt{2/6} = 1/\sqrt{3}$. The uniform bound is
# $\mathrm{gain} \cdot \sqrt{3/n_{in}} = 1/\sqrt{n_{in}}$. So the default is really the old plain rule: weights and bias
# both from $U(-1/\sqrt{n_{in}}, 1/\sqrt{n_{in}})$ (the comment in the code says so too). Its standard deviation is
# $1/\sqrt{3 n_{in}}$, that is a variance of $1/(3 n_{in})$: $1/3$ of LeCun's $1/n_{in}$, and $1/6$ of He's $2/n_{in}$.
# Despite “kaiming” in its name it is **not** He.

# %%
assert math.isclose(nn.init.calculate_gain("leaky_relu", math.sqrt(5)), 1 / math.sqrt(3))
layer = nn.Linear(n_in, n_out)
limit = 1 / math.sqrt(n_in)
assert layer.weight.abs().max() <= limit and layer.bias.abs().max() <= limit
assert layer.weight.abs().max() > 0.99 * limit  # it fills the whole range
assert abs(layer.weight.std().item() * math.sqrt(3 * n_in) - 1) < 0.02
ratio_lecun, ratio_he = (1 / (3 * n_in)) / (1 / n_in), (1 / (3 * n_in)) / (2 / n_in)
assert math.isclose(ratio_lecun, 1 / 3) and math.isclose(ratio_he, 1 / 6)

# the deep ReLU network of section 3 with the default: E[a²] of the next layer = ½ · (E[a²] / 3 + 1 / (3n))
default_outputs = measured["relu", "default"][0]
rms = [a.pow(2).mean().sqrt().item() for a in default_outputs]
predicted = [rms[0]]
for _ in range(DEPTH - 1):
    predicted.append(math.sqrt((predicted[-1] ** 2 / 3 + 1 / (3 * WIDTH)) / 2))
assert all(abs(m / p - 1) < 0.15 for m, p in zip(rms, predicted))
assert abs(rms[1] / rms[0] - 1 / math.sqrt(6)) < 0.05  # while the bias is still small: × 1/√6
model = deep_net("relu", "default")
z_last = weight_layers(model)[DEPTH - 1](default_outputs[DEPTH - 2])  # layer 10's pre-activation
floor = math.sqrt(2 / (5 * WIDTH))
assert abs(z_last.std().item() / floor - 1) < 0.1
print(t(hi=f"layer 10 पर std(z) = {z_last.std().item():.4f};  bias से बनी निचली सीमा √(2/(5n)) = {floor:.4f}",
        en=f"at layer 10 std(z) = {z_last.std().item():.4f};  the floor set by the bias √(2/(5n)) = {floor:.4f}"))
section_one = mlp([784, *HIDDEN, 10], init="default", seed=0)  # section 1's network (32 wide), at its start
z_six = weight_layers(section_one)[5](activations(section_one, digits[0][:500])[4])  # layer 6's pre-activation
from_input = (z_six.var(0).mean() / z_six.pow(2).mean()).item()  # the share of E[z²] that changes from digit to digit
assert from_input < 0.01
print(t(hi=f"section 1 का network, layer 6: E[z²] का सिर्फ़ {from_input:.2%} हिस्सा एक अंक से दूसरे अंक पर बदलता है",
        en=f"section 1's network, layer 6: only {from_input:.2%} of E[z²] changes from one digit to another"))
table(["layer", t(hi="rms(a): मापा", en="rms(a): measured"), t(hi="rms(a): सूत्र से", en="rms(a): from the formula")],
      [[str(layer), f"{m:.4f}", f"{p:.4f}"] for layer, (m, p) in enumerate(zip(rms, predicted), start=1)])

# %% [markdown] lang="hi"
# Default वाले गहरे ReLU network में, section 4 के हिसाब से, $\mathrm{Var}(z) = n \cdot \frac{1}{3n} \cdot E[a^2] + \frac{1}{3n}$
# (दूसरा पद bias का variance है, क्योंकि bias भी $U(-1/\sqrt{n}, 1/\sqrt{n})$ से है), और ReLU के बाद
# $E[a_{l+1}^2] = \frac{1}{2}\mathrm{Var}(z)$। जब तक bias का पद छोटा है, हर layer $E[a^2]$ को $\frac{1}{6}$ से गुणा करती है, यानी
# activation का पैमाना (rms) $1/\sqrt{6} \approx 0.41$ से; फिर bias का पद हावी हो जाता है और गिरावट थम जाती है:
# $\mathrm{Var}(z) = \mathrm{Var}(z)/6 + 1/(3n)$ से $\mathrm{Var}(z) = 2/(5n)$ निकलता है। तालिका में यह सूत्र हर layer पर मापे गए मान से
# 15% के भीतर मिलता है (हर layer का अपना random bias है), और layer 10 का $\mathrm{std}(z)$ इसी निचली सीमा पर है।
# इसी वजह से section 1 में default वाला network η = 0.05 पर अटका रहा। उसी network (चौड़ाई 32) को उसकी शुरुआती हालत में मापा:
# layer 6 के $z$ में $E[z^2]$ का 1% से भी कम हिस्सा एक अंक से दूसरे अंक पर बदलता है; बाक़ी हर अंक के लिए एक-सा है, यानी bias से आता है।
# गहरी layer तक input की जानकारी लगभग पहुँचती ही नहीं।
#
# क्या इसका मतलब है कि default हर जगह ख़राब है? नहीं: नीचे section 1 वाली training (η = 0.05, 100 कदम) default के साथ दो और
# network पर चलाते हैं: एक hidden layer वाला उथला network, और वही 6 layer वाला network जिसमें हर Linear के बाद BatchNorm (अध्याय 09) है।

# %% [markdown] lang="en"
# In the deep ReLU network with the default, by the arithmetic of section 4, $\mathrm{Var}(z) = n \cdot \frac{1}{3n} \cdot E[a^2] + \frac{1}{3n}$
# (the second term is the bias's variance, as the bias also comes from $U(-1/\sqrt{n}, 1/\sqrt{n})$), and after ReLU
# $E[a_{l+1}^2] = \frac{1}{2}\mathrm{Var}(z)$. While the bias is small, each layer multiplies $E[a^2]$ by $\frac{1}{6}$, that is
# the scale (rms) of the activations by $1/\sqrt{6} \approx 0.41$; then the bias term takes over and the shrinking stops:
# from $\mathrm{Var}(z) = \mathrm{Var}(z)/6 + 1/(3n)$, $\mathrm{Var}(z) = 2/(5n)$. In the table this formula matches the
# measured value within 15% at every layer (each layer draws its own random bias), and the $\mathrm{std}(z)$ of layer 10 sits at this floor.
# That is why the default network was stuck at η = 0.05 in section 1. Measured on that very network (32 wide) at its
# start: less than 1% of the $E[z^2]$ of layer 6's $z$ changes from one digit to another; the rest is the same for every
# digit, that is, it comes from the biases. Almost no information about the input reaches the deep layers.
#
# Does that make the default bad everywhere? No: below, the same training as in section 1 (η = 0.05, 100 steps) with the
# default on two more networks, a shallow one with one hidden layer, and the same 6-layer network with BatchNorm
# (chapter 09) after every Linear.

# %%
shallow = train_digits(digits, "default", hidden=[32])
normalised = train_digits(digits, "default", batchnorm=True)
assert shallow[2] > 0.7 and normalised[2] > 0.7 and right["default", 0.05] < 0.15
table([t(hi="network (default initialization के साथ)", en="network (with the default initialization)"), t(hi="test पर सही", en="right on test")],
      [[t(hi="6 hidden layer (section 1 वाला)", en="6 hidden layers (section 1)"), f"{right['default', 0.05]:.1%}"],
       ["1 hidden layer", f"{shallow[2]:.1%}"],
       [t(hi="6 hidden layer और BatchNorm", en="6 hidden layers and BatchNorm"), f"{normalised[2]:.1%}"]])

# %% [markdown] lang="hi"
# उथला network और BatchNorm वाला network default के साथ भी सीखते हैं: BatchNorm हर layer पर activation को फिर से mean 0 और
# standard deviation 1 पर ले आता है, इसलिए weight का पैमाना कम मायने रखता है। पर गहरे, plain ReLU network के लिए He ख़ुद
# लगाइए: `nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")` और `nn.init.zeros_(layer.bias)`।

# %% [markdown] lang="en"
# The shallow network and the one with BatchNorm learn even with the default: BatchNorm brings the activations back to
# mean 0 and standard deviation 1 at every layer, so the scale of the weights matters less. But for a deep, plain ReLU
# network apply He yourself: `nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")` and `nn.init.zeros_(layer.bias)`.

# %% [markdown] lang="hi"
# ## 6. ख़ुद आज़माइए
#
# नीचे के widget में activation, initialization और गहराई (hidden layer की संख्या) चुनिए। हर बदलाव पर एक नया network बनता है
# (हर layer में 256 neuron) और section 3 वाले 200 input एक बार आगे भेजे जाते हैं, training के बिना। बाएँ: हर layer पर
# activation की standard deviation (log पैमाना); दाएँ: पहली, बीच की और आख़िरी layer का histogram। आज़माइए: ReLU के साथ `he`
# और `default` को 30 layer पर; tanh के साथ `xavier` और `1/√n` को।

# %% [markdown] lang="en"
# ## 6. Try it yourself
#
# In the widget below, choose the activation, the initialization and the depth (the number of hidden layers). Each change
# builds a new network (256 neurons in every layer) and sends the 200 inputs of section 3 forward once, with no
# training. Left: the standard deviation of the activations at every layer (log scale); right: the histogram of the
# first, the middle and the last layer. Try: with ReLU, `he` and `default` at 30 layers; with tanh, `xavier` and `1/√n`.

# %%
def draw_layers(activation, init, depth):
    outputs = activations(deep_net(activation, init, depth), inputs)
    stds = [a.std().item() for a in outputs]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.4))
    left.semilogy(range(1, depth + 1), [s if s > 0 else float("nan") for s in stds], "o-")
    left.set(title=t(hi=f"{activation}, {init}: हर layer पर std", en=f"{activation}, {init}: std at every layer"),
             xlabel=t(hi="layer (1 = input के पास)", en="layer (1 = next to the input)"), ylabel="std(a)")
    for layer in sorted({1, (depth + 1) // 2, depth}):
        values = outputs[layer - 1].flatten()
        right.hist(values.numpy(), bins=50, histtype="step", density=True, label=f"layer {layer}: std {stds[layer - 1]:.2g}")
    right.set(title=t(hi="activation का histogram", en="histogram of the activations"),
              xlabel=t(hi="activation का मान", en="activation value"))
    right.legend(fontsize="small")
    fig.subplots_adjust(wspace=0.25)


controls(draw_layers, {
    "activation": ("activation", ["relu", "tanh", "sigmoid"]),
    "init": ("init", ["he", "default", "xavier", "1/√n", "small", "large"]),
    "depth": (t(hi="गहराई", en="depth"), 2, 30, 1, 10),
})

# %% [markdown] lang="hi"
# ## 7. कौन-सा initialization कब
#
# | initialization | कब | क्यों (इस अध्याय में मापा) |
# |---|---|---|
# | zero / constant | weight के लिए कभी नहीं (bias के लिए 0 ठीक है) | symmetry नहीं टूटती: हर layer एक neuron जैसी (section 2) |
# | छोटा तय std (यहाँ मापा: 0.01) | गहरे network में नहीं | 256 neuron वाली 10 layer में activation ग़ायब (section 3); section 1 के 6 layer वाले network में loss सपाट रहा |
# | बड़ा तय std (यहाँ मापा: 1) | कभी नहीं | 256 neuron वाली 10 layer में tanh saturate, ReLU के output फूटते हैं (section 3); section 1 के network में loss NaN |
# | Xavier (Glorot) | tanh (और बिना activation वाली layer) | tanh के साथ पैमाना 10 layer तक बना रहता है (section 3, 4) |
# | He (Kaiming), `nonlinearity="relu"` | ReLU | 2 का गुणक ReLU के काटे हुए आधे हिस्से की भरपाई करता है (section 3, 4) |
# | PyTorch default | उथला network, या BatchNorm के साथ | variance He का 1/6: गहरे plain ReLU network में signal घटता है (section 5) |
#
# BatchNorm (अध्याय 09) network को initialization के प्रति कम संवेदनशील बनाता है (section 5), पर अच्छी शुरुआत फिर भी मुफ़्त है।

# %% [markdown] lang="en"
# ## 7. Which initialization when
#
# | initialization | when | why (measured in this chapter) |
# |---|---|---|
# | zero / constant | never for weights (0 is fine for a bias) | the symmetry is not broken: each layer acts as one neuron (section 2) |
# | a small fixed std (measured here: 0.01) | not in a deep network | the activations vanish over 10 layers of 256 (section 3); the loss stayed flat on the 6-layer network of section 1 |
# | a large fixed std (measured here: 1) | never | over 10 layers of 256 tanh saturates, ReLU blows up (section 3); NaN loss on the network of section 1 |
# | Xavier (Glorot) | tanh (and layers with no activation) | with tanh the scale holds over 10 layers (section 3, 4) |
# | He (Kaiming), `nonlinearity="relu"` | ReLU | the factor 2 makes up for the half ReLU cuts off (section 3, 4) |
# | PyTorch default | a shallow network, or with BatchNorm | variance 1/6 of He's: in a deep plain ReLU network the signal shrinks (section 5) |
#
# BatchNorm (chapter 09) makes a network less sensitive to its initialization (section 5), but a good start still costs nothing.

# %% [markdown] lang="hi"
# ## सारांश
#
# - Weight initialization तय करता है कि गहरा network सीखेगा या नहीं: एक ही network (η = 0.05 पर) zero, small और default से
#   अटका, large से NaN हुआ, और He से सीखा।
# - बराबर शुरुआती weight (0 समेत) symmetry नहीं तोड़ते: हर layer के सारे neuron हमेशा एक-दूसरे की नक़ल रहते हैं। Random
#   शुरुआत symmetry तोड़ती है।
# - $\mathrm{Var}(z) = n_{in}\,\mathrm{Var}(w)\,E[x^2]$: इसलिए weight की standard deviation $n_{in}$ के साथ घटनी चाहिए,
#   $1/\sqrt{n_{in}}$ (LeCun), Xavier $\sqrt{2/(n_{in} + n_{out})}$ (tanh), He $\sqrt{2/n_{in}}$ (ReLU, जो आधा हिस्सा काटता है)।
# - PyTorch का default `nn.Linear` initialization $U(-1/\sqrt{n_{in}}, 1/\sqrt{n_{in}})$ है: variance He का 1/6, इसलिए गहरे
#   ReLU network में He ख़ुद लगाइए।
# - जाँचने का तरीक़ा: training से पहले हर layer के activation का mean, standard deviation और saturated हिस्सा देखिए।

# %% [markdown] lang="en"
# ## Summary
#
# - Weight initialization decides whether a deep network learns: one and the same network (at η = 0.05) got stuck with
#   zero, small and default, went NaN with large, and learned with He.
# - Equal starting weights (0 included) do not break the symmetry: all the neurons of each layer stay copies of each other
#   forever. A random start breaks the symmetry.
# - $\mathrm{Var}(z) = n_{in}\,\mathrm{Var}(w)\,E[x^2]$: so the weights' standard deviation must shrink with $n_{in}$:
#   $1/\sqrt{n_{in}}$ (LeCun), Xavier $\sqrt{2/(n_{in} + n_{out})}$ (tanh), He $\sqrt{2/n_{in}}$ (ReLU, which cuts off half).
# - PyTorch's default `nn.Linear` initialization is $U(-1/\sqrt{n_{in}}, 1/\sqrt{n_{in}})$: variance 1/6 of He's, so in a
#   deep ReLU network apply He yourself.
# - How to check: before training, look at the mean, standard deviation and saturated share of every layer's activations.

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
def xavier_uniform_from(u):
    ...


q7.check(xavier_uniform_from)

# %%
q8

# %% tags=["answer"]
def weight_std_for(n_in, mean_square):
    ...


q8.check(weight_std_for)

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
