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
# # अध्याय 07 · Multi-layer perceptron (MLP)
#
# एक perceptron सिर्फ़ एक सीधी रेखा खींच सकता है। इस अध्याय में आप देखेंगे कि neuron की एक और layer जोड़ने से क्या
# बदलता है:
#
# 1. perceptron का सूत्र और उसका सीखने का नियम, और XOR पर वह क्यों हारता है (मापकर, और एक छोटे प्रमाण से);
# 2. तीन perceptron मिलकर XOR हल करते हैं: हाथ से बनाया गया पहला MLP;
# 3. एक MLP XOR को ख़ुद सीखता है: training के दौरान decision boundary बदलती हुई;
# 4. hidden layer के neuron सीखे हुए feature हैं: hidden space में XOR linearly separable हो जाता है;
# 5. universality: steep sigmoid की जोड़ियों से बने bump और tower किसी भी continuous फलन को कितनी बारीकी से बना सकते हैं (एक widget के साथ);
# 6. असली MNIST अंकों पर एक MLP, उसकी मापी हुई accuracy के साथ;
# 7. softmax output और उसके साथ इस्तेमाल होने वाला loss: cross-entropy, logit पर;
# 8. कब क्या इस्तेमाल करें, सारांश, और अंत में अभ्यास प्रश्न जो तुरंत जाँचे जाते हैं।
#
# Activation function अध्याय 06 में और backpropagation अध्याय 05 में विस्तार से हैं; यहाँ हम उन्हें इस्तेमाल करते हैं।

# %% [markdown] lang="en"
# # Chapter 07 · The multi-layer perceptron (MLP)
#
# A perceptron can draw only one straight line. In this chapter you will see what changes when one more layer of
# neurons is added:
#
# 1. the perceptron's formula and learning rule, and why it loses on XOR (measured, and with a short proof);
# 2. three perceptrons together solve XOR: a first MLP, built by hand;
# 3. an MLP learns XOR by itself: the decision boundary changing during training;
# 4. the neurons of a hidden layer are learned features: in the hidden space XOR becomes linearly separable;
# 5. universality: how closely bumps and towers, made from pairs of steep sigmoids, can build any continuous function (with a widget);
# 6. an MLP on real MNIST digits, with its measured accuracy;
# 7. the softmax output and the loss that goes with it: cross-entropy, on the logits;
# 8. which to use when, a summary, and at the end practice questions that are checked instantly.
#
# Activation functions are covered in chapter 06 and backpropagation in chapter 05; here we use them.

# %%
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import plots, show_glossary, show_progress, start, t
from course_lib.data import load_mnist, xor
from course_lib.models import mlp
from course_lib.practice.ch07 import q1, q2, q3, q4, q5, q6, q7, q8, q9
from course_lib.tables import table
from course_lib.train import Adam, accuracy, fit
from course_lib.widgets import sliders

start(7)

# %% [markdown] lang="hi"
# ## 1. Perceptron, और XOR पर उसकी हार
#
# Perceptron step function वाला एक neuron है (अध्याय 01)। Input $x$ पर वह weighted sum $z = w \cdot x + b$ निकालता है और
#
# $$\hat y = \mathrm{step}(w \cdot x + b)$$
#
# देता है, जहाँ $z > 0$ पर $\mathrm{step}(z) = 1$ और $z \le 0$ पर $\mathrm{step}(z) = 0$। सीखने का नियम एक-एक बिंदु देखता है और ग़लती होने पर ही weight बदलता है ($\eta$ learning rate है):
#
# $$w \leftarrow w + \eta\,(y - \hat y)\,x, \qquad b \leftarrow b + \eta\,(y - \hat y)$$
#
# > **Notes में सुधार।** Notes में "गणितीय रूप:" के नीचे सूत्र छूट गया था; ऊपर के दोनों सूत्र वही कमी पूरी करते हैं।
#
# XOR ("exclusive or") दो bit लेता है और 1 तभी देता है जब ठीक एक bit 1 हो: $(0,0) \to 0$, $(0,1) \to 1$,
# $(1,0) \to 1$, $(1,1) \to 0$। नीचे वही नियम दो data set पर चलता है: AND पर (जो 1 सिर्फ़ $(1,1)$ पर देता है) और XOR पर।
# हर epoch में चारों बिंदु एक बार देखे जाते हैं, और हर epoch के बाद हम गिनते हैं कि चार में से कितने बिंदु सही हैं।

# %% [markdown] lang="en"
# ## 1. The perceptron, and its defeat on XOR
#
# A perceptron is one neuron with the step function (chapter 01). On an input $x$ it takes the weighted sum
# $z = w \cdot x + b$ and gives
#
# $$\hat y = \mathrm{step}(w \cdot x + b)$$
#
# where $\mathrm{step}(z) = 1$ for $z > 0$ and $\mathrm{step}(z) = 0$ for $z \le 0$. Its learning rule looks at one point at a time and changes the weights only after a mistake ($\eta$ is the learning
# rate):
#
# $$w \leftarrow w + \eta\,(y - \hat y)\,x, \qquad b \leftarrow b + \eta\,(y - \hat y)$$
#
# > **Correcting the notes.** In the notes the formula under "mathematical form:" was lost; the two formulas above fill that gap.
#
# XOR ("exclusive or") takes two bits and gives 1 only when exactly one bit is 1: $(0,0) \to 0$, $(0,1) \to 1$,
# $(1,0) \to 1$, $(1,1) \to 0$. Below, the same rule runs on two data sets: on AND (which gives 1 only at $(1,1)$)
# and on XOR. In every epoch the four points are seen once, and after each epoch we count how many of the four
# points are right.

# %%
def step(z):
    return (z > 0).float()


def train_perceptron(x, y, lr=1.0, epochs=20):
    # the perceptron learning rule, one point at a time; returns w, b and the points right after each epoch
    w, b = torch.zeros(x.shape[1]), torch.tensor(0.0)
    right = []
    for _ in range(epochs):
        for x_i, y_i in zip(x, y):
            y_hat = step(x_i @ w + b)
            w = w + lr * (y_i - y_hat) * x_i
            b = b + lr * (y_i - y_hat)
        right.append(int((step(x @ w + b) == y).sum()))
    return w, b, right


xor_x, xor_y = xor()
and_y = torch.tensor([0.0, 0.0, 0.0, 1.0])
w_and, b_and, right_and = train_perceptron(xor_x, and_y)
w_xor, b_xor, right_xor = train_perceptron(xor_x, xor_y)
print(t(hi="AND: हर epoch के बाद सही बिंदु (4 में से):", en="AND: points right after each epoch (out of 4):"), right_and)
print(t(hi="XOR: हर epoch के बाद सही बिंदु (4 में से):", en="XOR: points right after each epoch (out of 4):"), right_xor)
assert right_and[-1] == 4 and max(right_xor) < 4      # AND is learned; XOR is never right on all 4 points

# %% [markdown] lang="hi"
# AND कुछ epoch में सीख लिया गया; XOR पर पूरी training में एक बार भी चारों बिंदु सही नहीं हुए। क्या यह बस इस नियम
# की कमज़ोरी है? नहीं: **कोई भी** रेखा XOR के चारों बिंदु सही नहीं बाँट सकती। मापकर देखते हैं: 20,000 random रेखाएँ
# $(w_1, w_2, b)$ आज़माते हैं और हर एक के सही बिंदु गिनते हैं।

# %% [markdown] lang="en"
# AND was learned in a few epochs; on XOR, not once in the whole training were all four points right. Is this just
# a weakness of this rule? No: **no** line can split XOR's four points correctly. We measure it: we try 20,000
# random lines $(w_1, w_2, b)$ and count the points each one gets right.

# %%
lines = torch.randn(20_000, 3, generator=torch.Generator().manual_seed(0))
right_per_line = (step(xor_x @ lines[:, :2].T + lines[:, 2]) == xor_y[:, None]).sum(0)
best_line = int(right_per_line.max())
print(t(hi=f"20,000 रेखाओं में सबसे अच्छी: 4 में से {best_line} बिंदु सही",
        en=f"Best of 20,000 lines: {best_line} of 4 points right"))
assert best_line == 3

plots.decision_regions(xor_x, xor_y, lambda p: step(p @ w_xor + b_xor),      # crosses: the points it gets wrong
                       title=t(hi="XOR पर perceptron, 20 epoch बाद", en="Perceptron on XOR after 20 epochs"))

# %% [markdown] lang="hi"
# **प्रमाण (चार पंक्तियों में)।** मान लीजिए कोई रेखा XOR के चारों बिंदु सही बाँटती है। तब $(0,1)$ और $(1,0)$ पर
# $z > 0$: $w_2 + b > 0$ और $w_1 + b > 0$; जोड़ने पर $w_1 + w_2 + 2b > 0$। और $(0,0)$ और $(1,1)$ पर $z \le 0$:
# $b \le 0$ और $w_1 + w_2 + b \le 0$; जोड़ने पर $w_1 + w_2 + 2b \le 0$। एक ही संख्या $> 0$ और $\le 0$ दोनों नहीं हो
# सकती, इसलिए ऐसी रेखा है ही नहीं: XOR linearly separable नहीं है। 3 बिंदु सही करने वाली रेखाएँ मिलती हैं (ऊपर मापा),
# चौथा हमेशा ग़लत रहता है।
#
# Step की जगह sigmoid लगाने से भी कुछ नहीं बदलता: $\sigma(z) > 0.5$ ठीक वहीं है जहाँ $z > 0$, इसलिए sigmoid neuron की
# decision boundary भी वही सीधी रेखा $w \cdot x + b = 0$ है।
#
# > **Notes में सुधार।** Notes की तालिका perceptron का activation "Step/Sigmoid" बताती है, मानो sigmoid से कुछ बदल
# > जाए। ऊपर देखा: sigmoid neuron की सीमा भी सीधी रेखा है, इसलिए XOR पर वह भी 4 में से 3 से आगे नहीं जा सकता।

# %% [markdown] lang="en"
# **Proof (in four lines).** Suppose some line splits XOR's four points correctly. Then at $(0,1)$ and $(1,0)$
# $z > 0$: $w_2 + b > 0$ and $w_1 + b > 0$; adding them, $w_1 + w_2 + 2b > 0$. And at $(0,0)$ and $(1,1)$ $z \le 0$:
# $b \le 0$ and $w_1 + w_2 + b \le 0$; adding them, $w_1 + w_2 + 2b \le 0$. One number cannot be both $> 0$ and
# $\le 0$, so no such line exists: XOR is not linearly separable. Lines that get 3 points right do exist (measured
# above); the fourth is always wrong.
#
# Putting a sigmoid in place of the step changes nothing either: $\sigma(z) > 0.5$ exactly where $z > 0$, so a sigmoid
# neuron's decision boundary is the same straight line $w \cdot x + b = 0$.
#
# > **Correcting the notes.** The notes' table gives the perceptron's activation as "Step/Sigmoid", as if sigmoid changed
# > something. As just shown, a sigmoid neuron's boundary is a straight line too, so on XOR it cannot do better than 3 of 4 either.

# %% [markdown] lang="hi"
# ## 2. तीन perceptron मिलकर: हाथ से बना MLP
#
# XOR को दो आसान प्रश्नों में तोड़िए: "कम से कम एक bit 1 है" (OR) और "दोनों bit 1 नहीं हैं" (NAND)। XOR तब 1 है जब
# दोनों सच हों: $\mathrm{XOR}(x_1, x_2) = \mathrm{AND}(\mathrm{OR}(x_1, x_2), \mathrm{NAND}(x_1, x_2))$। OR, NAND और AND,
# तीनों linearly separable हैं, इसलिए हर एक का काम एक perceptron कर सकता है। NAND के लिए $w = (-2, -2)$, $b = 3$ (Nielsen के
# अध्याय 1 वाले मान), OR के लिए $w = (2, 2)$, $b = -1$, AND के लिए $w = (2, 2)$, $b = -3$। पहले दो perceptron एक
# hidden layer बनाते हैं, तीसरा output layer:

# %% [markdown] lang="en"
# ## 2. Three perceptrons together: an MLP built by hand
#
# Break XOR into two easy questions: "at least one bit is 1" (OR) and "not both bits are 1" (NAND). XOR is 1 when both
# are true: $\mathrm{XOR}(x_1, x_2) = \mathrm{AND}(\mathrm{OR}(x_1, x_2), \mathrm{NAND}(x_1, x_2))$. OR, NAND and AND
# are all linearly separable, so each one is a perceptron. For NAND $w = (-2, -2)$, $b = 3$ (the values from
# Nielsen's chapter 1), for OR $w = (2, 2)$, $b = -1$, for AND $w = (2, 2)$, $b = -3$. The first two perceptrons form
# a hidden layer, the third is the output layer:

# %%
W_hidden = torch.tensor([[2.0, 2.0],       # row 1: OR
                         [-2.0, -2.0]])    # row 2: NAND
b_hidden = torch.tensor([-1.0, 3.0])
w_out, b_out = torch.tensor([2.0, 2.0]), torch.tensor(-3.0)   # AND of the two hidden outputs


def xor_by_hand(x):
    hidden = step(x @ W_hidden.T + b_hidden)   # hidden layer: (OR, NAND) of each point
    return step(hidden @ w_out + b_out)        # output layer: AND


hidden_by_hand = step(xor_x @ W_hidden.T + b_hidden)
table(["x₁", "x₂", "OR", "NAND", "output (AND)", "XOR"],
      [[int(a), int(b), int(h1), int(h2), int(out), int(target)]
       for (a, b), (h1, h2), out, target in zip(xor_x, hidden_by_hand, xor_by_hand(xor_x), xor_y)])

# %%
assert torch.equal(xor_by_hand(xor_x), xor_y)
assert torch.equal(step(xor_x @ torch.tensor([-2.0, -2.0]) + 3), 1 - xor_x[:, 0] * xor_x[:, 1])   # it is NAND
print(t(hi="✔ दो layer के तीन perceptron XOR के चारों बिंदु सही देते हैं।",
        en="✔ Three perceptrons in two layers give all four XOR points right."))

# %% [markdown] lang="hi"
# Hidden layer ने हर बिंदु को एक नई जगह भेजा: $(0,0) \to (0,1)$, $(0,1)$ और $(1,0) \to (1,1)$, $(1,1) \to (1,0)$।
# इस नई जगह ("hidden space") में XOR = 1 वाले बिंदु अकेले $(1,1)$ पर हैं, और उन्हें एक रेखा (AND) अलग कर देती है।
# **Hidden layer data को ऐसे feature में बदलती है जिनमें समस्या linearly separable हो जाए**: यही MLP का पूरा विचार है।
# Section 4 में हम देखेंगे कि training भी ऐसे ही feature ढूँढती है।
#
# > **Notes में सुधार।** Notes (seed 003, अध्याय 4 का सारांश) कहते हैं कि neural network "NAND gate की तरह Turing-complete"
# > हैं। Nielsen का दावा इससे छोटा है: perceptron NAND बना सकता है, और NAND से कोई भी logic circuit बनता है, इसलिए
# > perceptron का network तय आकार वाले input पर किसी भी logical फलन की गणना कर सकता है (ऊपर XOR)। एक तय feedforward network
# > Turing machine नहीं है: उसमें न memory है, न loop; वह एक तय फलन है।

# %% [markdown] lang="en"
# The hidden layer sent each point to a new place: $(0,0) \to (0,1)$, $(0,1)$ and $(1,0) \to (1,1)$, $(1,1) \to (1,0)$.
# In this new place (the "hidden space") the points with XOR = 1 sit alone at $(1,1)$, and one line (AND) separates
# them. **A hidden layer turns the data into features in which the problem becomes linearly separable**: that is the
# whole idea of an MLP. In section 4 we will see that training finds such features too.
#
# > **Correcting the notes.** The notes (seed 003, the summary of chapter 4) say neural networks are "Turing-complete
# > like NAND gates". Nielsen's point is smaller: a perceptron can compute NAND, and NAND builds any logic circuit, so a
# > network of perceptrons can compute any logical function of a fixed-size input (XOR above). A fixed feedforward
# > network is not a Turing machine: it has no memory and no loop; it is one fixed function.

# %% [markdown] lang="hi"
# ## 3. MLP ख़ुद XOR सीखता है
#
# Step function का derivative हर जगह 0 है (या परिभाषित नहीं), इसलिए gradient descent उससे कुछ नहीं सीख सकता। सीखने
# वाले MLP में hidden layer पर एक smooth activation function लगता है (यहाँ tanh, अध्याय 06), और output पर एक logit
# $z$ होता है, जिसे `F.binary_cross_entropy_with_logits` ख़ुद sigmoid से प्रायिकता में बदलता है। `mlp([2, 4, 1], activation="tanh")`
# यह network बनाता है: 2 input, 4 neuron वाली hidden layer, 1 output। चार बिंदुओं पर हर कदम पूरा data देखता है, इसलिए
# यहाँ एक कदम = एक epoch। नीचे decision boundary तीन पड़ावों पर:
#
# **Layer कैसे गिनें।** आम चलन में सिर्फ़ weight वाली layer (`nn.Linear`) गिनी जाती हैं: यह network "2-layer MLP"
# कहलाता है (1 hidden + 1 output)। Nielsen input layer को भी गिनते हैं, इसलिए उनके लिए यही network 3 layer का है।
# गिनती बताते समय चलन भी बताइए।

# %% [markdown] lang="en"
# ## 3. An MLP learns XOR by itself
#
# The step function's derivative is 0 everywhere (or undefined), so gradient descent can learn nothing through it. An
# MLP that learns uses a smooth activation function in the hidden layer (tanh here, chapter 06), and at the output a
# logit $z$ that `F.binary_cross_entropy_with_logits` turns into a probability with a sigmoid itself.
# `mlp([2, 4, 1], activation="tanh")` builds this network: 2 inputs, a hidden layer of 4 neurons, 1 output. On four
# points every step sees all the data, so here one step = one epoch. Below, the decision boundary at three stages:
#
# **How to count layers.** The common convention counts only the layers with weights (`nn.Linear`): this network is
# called a "2-layer MLP" (1 hidden + 1 output). Nielsen counts the input layer too, so for him the same network has 3
# layers. When you give a count, give the convention too.

# %%
def train_xor_mlp(seed=0, lr=1.0, snapshots=(0, 25, 100)):
    # full-batch gradient descent, p ← p − η · ∂L/∂p; returns the net and its predictions at each snapshot epoch
    net = mlp([2, 4, 1], activation="tanh", seed=seed)
    seen = {}
    for epoch in range(max(snapshots) + 1):
        if epoch in snapshots:
            with torch.no_grad():
                seen[epoch] = torch.sigmoid(net(xor_x)).squeeze(1).clone(), [p.clone() for p in net.parameters()]
        loss = F.binary_cross_entropy_with_logits(net(xor_x).squeeze(1), xor_y)
        net.zero_grad()
        loss.backward()
        with torch.no_grad():
            for p in net.parameters():
                p -= lr * p.grad
    return net, seen


xor_net, seen = train_xor_mlp()
right_at = {epoch: int(((p > 0.5).float() == xor_y).sum()) for epoch, (p, _) in seen.items()}
print(t(hi="epoch → सही बिंदु (4 में से):", en="epoch → points right (of 4):"), right_at)
print(t(hi=f"parameter (weight + bias) की गिनती: {sum(p.numel() for p in xor_net.parameters())}",
        en=f"parameters (weights + biases): {sum(p.numel() for p in xor_net.parameters())}"))
assert right_at[0] < 4 and right_at[100] == 4

snapshot_net = mlp([2, 4, 1], activation="tanh")
fig, axes = plt.subplots(1, 3, figsize=(11, 3.4))
for ax, (epoch, (_, params)) in zip(axes, seen.items()):
    with torch.no_grad():
        for p, value in zip(snapshot_net.parameters(), params):
            p.copy_(value)
    plots.decision_regions(xor_x, xor_y, lambda p: torch.sigmoid(snapshot_net(p)).squeeze(1), ax=ax,
                           title=t(hi=f"epoch {epoch}: {right_at[epoch]}/4 सही", en=f"epoch {epoch}: {right_at[epoch]}/4 right"))
fig.tight_layout()
with torch.no_grad():   # the last panel: class 1 at the centre of the square, class 0 in the corners (0,0) and (1,1)
    centre_and_corners = (snapshot_net(torch.tensor([[0.5, 0.5], [0.0, 0.0], [1.0, 1.0]])).squeeze(1) > 0).float()
assert torch.equal(centre_and_corners, torch.tensor([1.0, 0.0, 0.0]))

# %% [markdown] lang="hi"
# शुरुआत (epoch 0) में सीमा random है। Training के साथ सीमा मुड़ती है: आख़िरी panel में class 0 का इलाक़ा दो अलग
# कोनों में बँटा है और उनके बीच class 1 की एक पट्टी है। कोई एक रेखा ऐसा नहीं कर सकती; hidden layer के बिना यह असंभव
# है (section 1 का प्रमाण)।

# %% [markdown] lang="en"
# At the start (epoch 0) the boundary is random. With training the boundary bends: in the last panel the class 0
# region is split into two separate corners with a band of class 1 between them. No single line can do that; without
# a hidden layer it is impossible (the proof of section 1).

# %% [markdown] lang="hi"
# ## 4. Hidden neuron = सीखा हुआ feature
#
# Section 2 में हमने feature (OR, NAND) ख़ुद चुने थे। Training क्या चुनती है? यह देखने के लिए hidden layer में सिर्फ़
# 2 neuron रखते हैं, ताकि hidden space एक समतल (2-D) हो और उसे plot किया जा सके। पर पहले एक प्रश्न: 2 hidden neuron
# पर्याप्त हैं, पर क्या training उन्हें हर बार ढूँढ पाती है? नीचे का function एक ही ढाँचे के कई network एक साथ
# train करता है (हर network के अपने random शुरुआती weight; एक ही matrix product सबको चलाता है), और हर hidden
# आकार पर 100 random शुरुआतों में से गिनता है कि कितनी ने XOR के चारों बिंदु सही किए।

# %% [markdown] lang="en"
# ## 4. A hidden neuron = a learned feature
#
# In section 2 we chose the features (OR, NAND) ourselves. What does training choose? To see it, we keep only 2 neurons
# in the hidden layer, so that the hidden space is a plane (2-D) and can be plotted. But first a question: 2 hidden
# neurons are enough, but does training find them every time? The function below trains many networks of one design
# at once (each network with its own random starting weights; one matrix product runs them all), and for each hidden
# size counts how many of 100 random starts got all four XOR points right.

# %%
def train_xor_nets(count, hidden_sizes, steps=300, lr=2.0, seed=0):
    # for each hidden size h: `count` copies of a 2 → h → 1 tanh network, trained side by side by full-batch gradient
    # descent; W1: (count, 2, h), so xor_x @ W1 runs every copy at once. One loop trains every size: their losses are
    # added, and as no parameter is shared, each copy gets exactly its own gradient. Returns {h: (weights, points right)}.
    nets = {}
    for hidden in hidden_sizes:
        g = torch.Generator().manual_seed(seed)
        nets[hidden] = (torch.randn(count, 2, hidden, generator=g).requires_grad_(),
                        torch.zeros(count, 1, hidden, requires_grad=True),
                        (torch.randn(count, hidden, 1, generator=g) / hidden ** 0.5).requires_grad_(),
                        torch.zeros(count, 1, 1, requires_grad=True))
    parameters = [p for net in nets.values() for p in net]
    for _ in range(steps):
        z = {h: (torch.tanh(xor_x @ W1 + b1) @ W2 + b2).squeeze(-1) for h, (W1, b1, W2, b2) in nets.items()}  # (count, 4)
        loss = sum(F.binary_cross_entropy_with_logits(z_h, xor_y.expand_as(z_h), reduction="sum") / 4   # mean per copy
                   for z_h in z.values())
        gradients = torch.autograd.grad(loss, parameters)
        with torch.no_grad():
            for p, gradient in zip(parameters, gradients):
                p -= lr * gradient
    return {h: (tuple(p.detach() for p in nets[h]), ((z[h] > 0).float() == xor_y).sum(1)) for h in nets}


trained = train_xor_nets(100, (2, 4, 8))
solved = {hidden: int((right == 4).sum()) for hidden, (_, right) in trained.items()}
two_unit_weights, two_unit_right = trained[2]
failed_right = torch.bincount(two_unit_right.long(), minlength=5)[:4].tolist()   # failures by points right
table([t(hi="hidden neuron की संख्या", en="hidden neurons"), t(hi="100 शुरुआतों में से XOR हल", en="XOR solved, of 100 starts")],
      [[h, n] for h, n in solved.items()])

# %%
assert 20 < solved[2] < 80 and solved[2] < solved[4] <= solved[8] and solved[8] >= 95
assert failed_right[0] == failed_right[1] == 0 and failed_right[2] > failed_right[3]   # failures stop at 2 or 3 of 4
print(t(hi=f"2 hidden neuron: {solved[2]}/100 हल; 8 hidden neuron: {solved[8]}/100 हल।",
        en=f"2 hidden neurons: {solved[2]}/100 solved; 8 hidden neurons: {solved[8]}/100 solved."))
print(t(hi=f"2 hidden neuron वाले हारे हुए network: {failed_right[2]} में 4 में से 2 सही, {failed_right[3]} में 3 सही।",
        en=f"The failed networks with 2 hidden neurons: {failed_right[2]} get 2 of 4 right, {failed_right[3]} get 3 right."))

# %% [markdown] lang="hi"
# 2 hidden neuron वाले network लगभग आधी बार हारते हैं: gradient descent loss के एक सपाट हिस्से या local minimum (ऐसा गड्ढा जो आसपास से नीचा है, पर सबसे गहरा नहीं) में अटक
# जाता है, जहाँ चार में से ज़्यादातर 2 (कभी-कभी 3) बिंदु ही सही हैं। दस गुना लंबी training से भी यह लगभग नहीं बदलता
# (`tests/test_ch07.py` इसे 300 और शुरुआतों पर जाँचता है)। ज़्यादा neuron के साथ लगभग हर शुरुआत सफल होती है: **एक समस्या को हल करने लायक
# सबसे छोटा network अक्सर train करने में सबसे कठिन होता है।** अब एक सफल 2-neuron network के अंदर देखते हैं। पहले दो
# panel: हर hidden neuron input समतल पर क्या निकालता है ($a_j = \tanh(z_j)$: हरा रंग +1 के पास, गुलाबी −1 के पास; काली रेखा पर $z_j = 0$)। तीसरा panel: वही
# चार बिंदु hidden space $(a_1, a_2)$ में, और output neuron की रेखा ($z = 0$)।

# %% [markdown] lang="en"
# The networks with 2 hidden neurons lose about half of the time: gradient descent gets stuck in a flat part of the
# loss or a local minimum, where mostly 2 (sometimes 3) of the four points are right. Training ten times longer hardly
# changes this (`tests/test_ch07.py` checks it on 300 other starts). With more neurons nearly every start succeeds: **the smallest
# network able to solve a problem is often the hardest one to train.** Now we look inside one successful 2-neuron
# network. The first two panels: what each hidden neuron computes over the input plane ($a_j = \tanh(z_j)$: green
# near +1, pink near −1; on the black line $z_j = 0$). The third panel: the same four points in the hidden space $(a_1, a_2)$, and the output
# neuron's line ($z = 0$).

# %%
first = int((two_unit_right == 4).nonzero()[0])
W1, b1, W2, b2 = (p[first] for p in two_unit_weights)
grid = torch.linspace(-0.5, 1.5, 51)
g1, g2 = torch.meshgrid(grid, grid, indexing="xy")
plane = torch.stack([g1.flatten(), g2.flatten()], 1)
hidden_xor = torch.tanh(xor_x @ W1 + b1)                      # the four points in the hidden space
xor_colours = ["tab:red" if label else "tab:blue" for label in xor_y]
SUB = "₁₂"

fig, axes = plt.subplots(1, 3, figsize=(12.5, 3.6))
for j, ax in enumerate(axes[:2]):
    a_j = torch.tanh(plane @ W1[:, j] + b1[0, j]).reshape(g1.shape)
    ax.imshow(a_j, origin="lower", extent=(-0.5, 1.5, -0.5, 1.5), cmap="PiYG", vmin=-1, vmax=1)
    ax.contour(g1, g2, a_j, levels=[0.0], colors="black", linewidths=1)
    ax.scatter(xor_x[:, 0], xor_x[:, 1], c=xor_colours, edgecolor="white", s=60)
    ax.set(title=t(hi=f"hidden neuron {j + 1} का output a{SUB[j]}", en=f"hidden neuron {j + 1}: output a{SUB[j]}"), xlabel="x₁", ylabel="x₂")
ax = axes[2]
ax.scatter(hidden_xor[:, 0], hidden_xor[:, 1], c=xor_colours, edgecolor="black", s=60)
names = {}                                                     # points that land on one spot share one label
for (a1, a2), point in zip(hidden_xor.tolist(), xor_x.int().tolist()):
    names.setdefault((round(a1, 1), round(a2, 1)), []).append(f"({point[0]},{point[1]})")
for (a1, a2), labels in names.items():
    ax.annotate(" ".join(labels), (a1, a2), textcoords="offset points", xytext=(6, 6), fontsize=9)
a1_line = torch.linspace(-1.1, 1.1, 50)
ax.plot(a1_line, -(W2[0, 0] * a1_line + b2[0, 0]) / W2[1, 0], color="black", lw=1)   # z = w·a + b = 0
ax.set(xlim=(-1.1, 1.1), ylim=(-1.1, 1.1), xlabel="a₁", ylabel="a₂",
       title=t(hi="hidden space: एक रेखा काफ़ी है", en="Hidden space: one line is enough"))
fig.tight_layout()

output_z = (hidden_xor @ W2 + b2).squeeze(1)
assert torch.equal((output_z > 0).float(), xor_y)        # in the hidden space, one line separates XOR
print(t(hi=f"hidden space में output का z: {[round(v, 2) for v in output_z.tolist()]} (XOR = {xor_y.int().tolist()})",
        en=f"output z in the hidden space: {[round(v, 2) for v in output_z.tolist()]} (XOR = {xor_y.int().tolist()})"))

# %% [markdown] lang="hi"
# हर hidden neuron input समतल को एक रेखा से दो हिस्सों में बाँटता है (अपने-आप में एक perceptron जैसा, पर smooth)।
# दोनों रेखाएँ मिलकर XOR के चारों बिंदुओं को hidden space में ऐसी जगहों पर भेजती हैं जहाँ output neuron की एक सीधी रेखा
# उन्हें अलग कर देती है। Training ने ख़ुद वही तरकीब ढूँढ ली जो हमने section 2 में हाथ से लगाई थी, भले ही feature ठीक OR और
# NAND न हों।

# %% [markdown] lang="en"
# Each hidden neuron splits the input plane in two with a line (a perceptron of its own, but smooth). Together the two
# lines send XOR's four points to places in the hidden space where one straight line of the output neuron separates
# them. Training found by itself the same move we made by hand in section 2, even if the features are not exactly OR
# and NAND.

# %% [markdown] lang="hi"
# ## 5. Universality: bump और tower
#
# Hidden layer कितनी ताक़तवर है? Nielsen के अध्याय 4 का उत्तर: sigmoid neuron की **एक** hidden layer, पर्याप्त
# neuron के साथ, किसी बंद अंतराल पर किसी भी continuous फलन को किसी भी सटीकता $\varepsilon > 0$ तक approximate कर सकती
# है (universal approximation theorem)। उनका दृश्य प्रमाण तीन कदमों में है:
#
# 1. बहुत बड़े weight $w$ वाला sigmoid neuron $\sigma(w(x - s))$ लगभग एक step है, जो $x = s$ पर 0 से 1 पर कूदता है (यानी $b = -ws$)।
# 2. दो step का अंतर एक **bump** है: $h\,[\sigma(w(x - s_1)) - \sigma(w(x - s_2))]$ अंतराल $(s_1, s_2)$ पर लगभग $h$ है, बाहर लगभग 0।
# 3. $[0, 1]$ को $N$ बराबर टुकड़ों में बाँटिए और हर टुकड़े पर एक bump रखिए जिसकी ऊँचाई $h$ = उस टुकड़े के बीच में फलन का मान हो। $2N$ hidden neuron और एक linear output neuron मिलकर सीढ़ी जैसा फलन बनाते हैं।
#
# नीचे यह network `nn.Sequential` के रूप में बनता है (weight हाथ से तय किए गए, कोई training नहीं), और हम पहले जाँचते हैं
# कि वह ठीक ऊपर के bump सूत्र के बराबर है।

# %% [markdown] lang="en"
# ## 5. Universality: bumps and towers
#
# How powerful is a hidden layer? The answer of Nielsen's chapter 4: **one** hidden layer of sigmoid neurons, with
# enough neurons, can approximate any continuous function on a closed interval to any accuracy $\varepsilon > 0$ (the
# universal approximation theorem). His visual proof goes in three moves:
#
# 1. A sigmoid neuron with a very large weight $w$, $\sigma(w(x - s))$, is almost a step that jumps from 0 to 1 at $x = s$ (that is, $b = -ws$).
# 2. The difference of two steps is a **bump**: $h\,[\sigma(w(x - s_1)) - \sigma(w(x - s_2))]$ is about $h$ on the interval $(s_1, s_2)$ and about 0 outside.
# 3. Cut $[0, 1]$ into $N$ equal pieces and put a bump on each, of height $h$ = the function's value at the middle of that piece. $2N$ hidden neurons and one linear output neuron together build a staircase function.
#
# Below, this network is built as an `nn.Sequential` (weights set by hand, no training), and we first check that it
# equals the bump formula above exactly.

# %%
def target(x):
    return 0.5 + 0.3 * torch.sin(2 * torch.pi * x) + 0.15 * torch.sin(9 * x)


def bump_net(f, n, steepness=1000.0):
    # one hidden layer of 2n sigmoid neurons: bump k = h_k · [σ(w(x − s_k)) − σ(w(x − s_(k+1)))]
    edges = torch.linspace(0, 1, n + 1)
    heights = f((edges[:-1] + edges[1:]) / 2)
    net = nn.Sequential(nn.Linear(1, 2 * n), nn.Sigmoid(), nn.Linear(2 * n, 1))
    with torch.no_grad():
        net[0].weight.fill_(steepness)
        net[0].bias.copy_(-steepness * torch.stack([edges[:-1], edges[1:]], 1).flatten())   # b = −w·s
        net[2].weight.copy_(torch.stack([heights, -heights], 1).flatten()[None])
        net[2].bias.zero_()
    return net, edges, heights


x_fine = ((torch.arange(2000) + 0.5) / 2000)[:, None]      # 2,000 points in (0, 1)
net5, edges5, heights5 = bump_net(target, 5)
by_formula = sum(h * (torch.sigmoid(1000 * (x_fine - s1)) - torch.sigmoid(1000 * (x_fine - s2)))
                 for h, s1, s2 in zip(heights5, edges5[:-1], edges5[1:]))
with torch.no_grad():
    assert torch.allclose(net5(x_fine), by_formula, atol=1e-5)


def bump_error(n, steepness=1000.0):
    # the mean |network − target| over the 2,000 points
    net, _, _ = bump_net(target, n, steepness)
    with torch.no_grad():
        return (net(x_fine) - target(x_fine)).abs().mean().item()


bump_errors = {n: bump_error(n) for n in (1, 2, 5, 10, 20)}
line_fit = torch.linalg.lstsq(torch.cat([x_fine, torch.ones_like(x_fine)], 1), target(x_fine)).solution
line_error = (x_fine * line_fit[0] + line_fit[1] - target(x_fine)).abs().mean().item()
table([t(hi="bump की संख्या (N)", en="bumps (N)"), t(hi="hidden neuron की संख्या", en="hidden neurons"), t(hi="औसत |त्रुटि|", en="mean |error|")],
      [[n, 2 * n, f"{e:.4f}"] for n, e in bump_errors.items()]
      + [[t(hi="linear activation (सीधी रेखा)", en="linear activation (a line)"), "—", f"{line_error:.4f}"]])

# %%
errors = list(bump_errors.values())
assert all(later < earlier for earlier, later in zip(errors, errors[1:]))    # more bumps, smaller error
assert bump_errors[20] < bump_errors[1] / 10 and line_error > 5 * bump_errors[20]
print(t(hi=f"✔ 1 से 20 bump: औसत त्रुटि {bump_errors[1]:.3f} से {bump_errors[20]:.4f} तक गिरी।",
        en=f"✔ From 1 to 20 bumps the mean error fell from {bump_errors[1]:.3f} to {bump_errors[20]:.4f}."))

# %% [markdown] lang="hi"
# हर बार bump बढ़ाने पर त्रुटि घटी: 20 bump पर वह 1 bump से दस गुना से भी ज़्यादा छोटी है। आख़िरी पंक्ति बताती है
# कि activation function के बिना क्या होता: hidden layer linear हो तो पूरा network एक सीधी रेखा है (अध्याय 06), और
# सबसे अच्छी रेखा (least squares) की त्रुटि 20 bump से कई गुना बड़ी रहती है। Universality के लिए non-linearity ज़रूरी है।
#
# **ख़ुद आज़माइए।** नीचे के widget में bump की संख्या $N$ और steepness $w$ (log पैमाने पर, $\log_{10} w$) बदलिए। हल्की
# नारंगी रेखाएँ अलग-अलग bump हैं, मोटी नीली रेखा उनका जोड़ (network का output)। छोटा $w$ आज़माइए: step धुँधले हो जाते हैं, पड़ोसी
# bump एक-दूसरे में बह जाते हैं, और $N$ बढ़ाने से भी त्रुटि एक हद से नीचे नहीं जाती (widget के बाद मापा गया)।

# %% [markdown] lang="en"
# Every time the bumps were increased, the error fell: at 20 bumps it is more than ten times smaller than at 1 bump.
# The last row shows what would happen without an activation function: with a linear hidden layer the whole network is
# a straight line (chapter 06), and the best line (least squares) keeps an error many times larger than 20 bumps.
# Universality needs the non-linearity.
#
# **Try it yourself.** In the widget below, change the number of bumps $N$ and the steepness $w$ (on a log scale,
# $\log_{10} w$). The faint orange lines are the single bumps, the thick blue line their sum (the network's output). Try a small
# $w$: the steps blur, neighbouring bumps run into each other, and even a larger $N$ cannot push the error below a floor
# (measured after the widget).

# %%
def draw_bumps(n, log_steepness):
    n, steepness = int(n), 10 ** log_steepness
    net, edges, heights = bump_net(target, n, steepness)
    x = torch.linspace(0, 1, 600)[:, None]
    with torch.no_grad():
        out = net(x)
        single = heights * (torch.sigmoid(steepness * (x - edges[:-1])) - torch.sigmoid(steepness * (x - edges[1:])))
    fig, ax = plt.subplots(figsize=(7, 3.4))
    ax.plot(x, single, color="tab:orange", lw=0.7, alpha=0.5)
    ax.plot(x, target(x), color="black", lw=1.5, label=t(hi="लक्ष्य फलन", en="target function"))
    ax.plot(x, out, color="tab:blue", lw=2, label=t(hi=f"network: {2 * n} hidden neuron वाला", en=f"network: {2 * n} hidden neurons"))
    ax.set(ylim=(-0.1, 1.1), xlabel="x",
           title=t(hi=f"N = {n} bump, w = {steepness:.0f}: औसत |त्रुटि| = {bump_error(n, steepness):.4f}",
                   en=f"N = {n} bumps, w = {steepness:.0f}: mean |error| = {bump_error(n, steepness):.4f}"))
    ax.legend(loc="upper right", fontsize="small")
    fig.tight_layout()


sliders(draw_bumps, {"n": ("N", 1, 40, 1, 5),
                     "log_steepness": ("log₁₀ w", 0.5, 3.5, 0.25, 3.0)})

# %% [markdown] lang="hi"
# **Failure window।** हर step के पास एक पतली पट्टी में, जिसकी चौड़ाई $1/w$ के अनुपात में घटती है, sigmoid अभी आधे
# रास्ते पर होता है (Nielsen इन्हें "failure windows", यानी चूक की खिड़कियाँ, कहते हैं)। अंतराल के भीतर यहाँ इसकी क़ीमत छोटी है: दो bump के बीच
# की पट्टी में network लगभग दोनों ऊँचाइयों का औसत देता है। असली चूक $x = 0$ और $x = 1$ पर है, जहाँ पहले और आख़िरी step
# का सिर्फ़ आधा हिस्सा अंतराल के भीतर है: वहाँ network लगभग $f$ का आधा देता है, इसलिए सबसे बड़ी त्रुटि बड़ी ही रहती है।
# Steepness बढ़ाने से पट्टी पतली होती है, ख़त्म नहीं होती; और छोटे $w$ पर (widget वाली बात) $N$ बढ़ाने से त्रुटि नहीं घटती:

# %% [markdown] lang="en"
# **Failure windows.** Near every step, in a thin strip whose width shrinks in proportion to $1/w$, the sigmoid is
# still half-way (Nielsen calls these "failure windows"). Inside the interval this costs little here: in the strip
# between two bumps the network gives about the average of their two heights. The real miss is at $x = 0$ and $x = 1$,
# where only half of the first and the last step lies inside the interval: there the network gives about half of $f$,
# so the largest error stays large. A larger steepness makes the strip thinner, not gone; and at a small $w$ (the
# widget's point) a larger $N$ does not lower the error:

# %%
window = {}
for steepness in (100.0, 1000.0):
    net, _, _ = bump_net(target, 20, steepness)
    with torch.no_grad():
        error = (net(x_fine) - target(x_fine)).abs().squeeze(1)
    window[steepness] = ((error > 0.1).float().mean().item(), error.max().item(), x_fine[error.argmax(), 0].item())
    inside = (x_fine[:, 0] > 0.05) & (x_fine[:, 0] < 0.95)
    assert error[inside].max() < 0.1          # every error above 0.1 lies within 0.05 of an end: inside, the windows cost little
    print(t(hi=f"N = 20, w = {steepness:.0f}: त्रुटि > 0.1 वाले बिंदु {window[steepness][0]:.2%}, "
               f"सबसे बड़ी त्रुटि {window[steepness][1]:.3f} (x = {window[steepness][2]:.4f} पर)",
            en=f"N = 20, w = {steepness:.0f}: points with error > 0.1 {window[steepness][0]:.2%}, "
               f"largest error {window[steepness][1]:.3f} (at x = {window[steepness][2]:.4f})"))
assert 5 < window[100.0][0] / window[1000.0][0] < 20 and window[1000.0][1] > 0.2   # 10× steeper: ~10× thinner, still there
assert all(min(x, 1 - x) < 0.01 for _, _, x in window.values())                     # the worst place: an end of [0, 1]

floor = {n: bump_error(n, 10.0) for n in (10, 20, 40)}                               # a small steepness, w = 10
print(t(hi=f"w = 10: N = 10, 20, 40 पर औसत |त्रुटि| {[round(e, 3) for e in floor.values()]}",
        en=f"w = 10: mean |error| at N = 10, 20, 40: {[round(e, 3) for e in floor.values()]}"))
assert min(floor.values()) > 0.1 and floor[10] - floor[40] < 0.01 and bump_error(40) < 0.01   # a floor; w = 1000 has none

# %% [markdown] lang="hi"
# **Nielsen का इलाज: overlap।** Notes कहते हैं कि overlap (यानी कई approximation को एक-दूसरे पर चढ़ाना) ख़ामियाँ ठीक करता है। विचार: एक दूसरी सीढ़ी बनाइए जिसके step आधा
# टुकड़ा खिसके हुए हों (इसलिए उसके bump $[0, 1]$ के किनारों से बाहर तक जाते हैं), और दोनों सीढ़ियों का औसत लीजिए (हर एक की
# ऊँचाई आधी)। जहाँ एक सीढ़ी अपनी failure window में है, वहाँ दूसरी नहीं है, इसलिए सबसे बड़ी त्रुटि लगभग आधी रह जानी
# चाहिए; क़ीमत: लगभग दुगने neuron। मापते हैं:

# %% [markdown] lang="en"
# **Nielsen's remedy: overlap.** The notes say overlaps fix the flaws. The idea: build a second staircase whose steps
# are shifted by half a piece (so its bumps reach past the ends of $[0, 1]$), and take the average of the two staircases
# (each at half height). Where one staircase is in a failure window the other is not, so the largest error should
# roughly halve; the price: about twice the neurons. We measure it:

# %%
def staircase(f, edges, steepness=1000.0):
    # the bump network's output for bumps on the given edges: the sum of h_k [σ(w(x − s_k)) − σ(w(x − s_(k+1)))]
    heights = f((edges[:-1] + edges[1:]) / 2)
    return sum(h * (torch.sigmoid(steepness * (x_fine - s1)) - torch.sigmoid(steepness * (x_fine - s2)))
               for h, s1, s2 in zip(heights, edges[:-1], edges[1:]))


plain = staircase(target, torch.linspace(0, 1, 21))                 # N = 20 bumps, as above
shifted = staircase(target, torch.linspace(-0.025, 1.025, 22))       # moved by half a piece: 21 bumps
with torch.no_grad():
    assert torch.allclose(plain, bump_net(target, 20)[0](x_fine), atol=1e-5)
largest = {name: (y - target(x_fine)).abs().max().item() for name, y in [("one", plain), ("two", (plain + shifted) / 2)]}
print(t(hi=f"सबसे बड़ी त्रुटि: एक सीढ़ी {largest['one']:.3f}, दो खिसकी सीढ़ियों का औसत {largest['two']:.3f}",
        en=f"Largest error: one staircase {largest['one']:.3f}, the average of two shifted staircases {largest['two']:.3f}"))
assert 0.4 < largest["two"] / largest["one"] < 0.6

# %% [markdown] lang="hi"
# **2-D में: tower।** दो input $(x_1, x_2)$ पर, $x_1$ पर एक bump $B_1$ और $x_2$ पर एक bump $B_2$ जोड़िए (दोनों की ऊँचाई 1): जिस आयत में
# दोनों bump एक-दूसरे को काटते हैं, वहाँ जोड़ 2 है; आयत से निकलती दो पट्टियों (+ जैसे आकार की भुजाओं) पर 1, बाक़ी जगह 0। एक दूसरी hidden layer का neuron
# $\sigma(w(B_1 + B_2 - 1.5))$ सिर्फ़ आयत को रखता है: यह **tower** है, एक आयत पर ऊँचाई 1। हर tower को फलन की ऊँचाई
# से गुणा करके जोड़िए: $N \times N$ tower किसी भी continuous $f(x_1, x_2)$ का approximation बनाते हैं। पहली layer में
# हर अक्ष पर $N + 1$ step neuron हैं, दूसरी में $N^2$ tower neuron।
#
# > **Notes में सुधार।** Notes कहते हैं कि प्रमाण "single-hidden-layer" network के बारे में है, और फिर tower को उसका
# > बहु-आयामी रूप बताते हैं। Nielsen का tower वाला दृश्य प्रमाण **दो** hidden layer इस्तेमाल करता है (नीचे का code भी);
# > वे ख़ुद इसे प्रमेय का थोड़ा कमज़ोर रूप कहते हैं और एक layer वाला प्रमाण सिर्फ़ अपने अभ्यास प्रश्नों में संक्षेप में बताते हैं।
# > एक hidden layer भी काफ़ी है, यह Cybenko (1989) और Hornik (1991) के प्रमेय साबित करते हैं, पर उनके प्रमाण दृश्य नहीं हैं।

# %% [markdown] lang="en"
# **In 2-D: towers.** On two inputs $(x_1, x_2)$, add one bump $B_1$ in $x_1$ and one bump $B_2$ in $x_2$ (both of height 1): on the
# rectangle where they cross the sum is 2, on the two strips leaving it (the arms of the cross) 1, elsewhere 0. A
# neuron of a second hidden layer, $\sigma(w(B_1 + B_2 - 1.5))$, keeps only the rectangle: this is a **tower**, height 1
# on one rectangle. Multiply each tower by the function's height and add them up: $N \times N$ towers build an
# approximation of any continuous $f(x_1, x_2)$. The first layer has $N + 1$ step neurons per axis, the second $N^2$
# tower neurons.
#
# > **Correcting the notes.** The notes say the proof is about a "single-hidden-layer" network, and then call towers
# > its many-dimensional form. Nielsen's visual proof with towers uses **two** hidden layers (so does the code below);
# > he himself calls it a slightly weaker version of the theorem and only sketches a one-layer proof in his problems.
# > That one hidden layer is also enough is what the theorems of Cybenko (1989) and Hornik (1991) prove, but their proofs
# > are not visual.

# %%
def target_2d(x1, x2):
    return 0.5 + 0.3 * torch.sin(2 * torch.pi * x1) * torch.cos(torch.pi * x2)


def towers(f, n, x1, x2, steepness=1000.0):
    # layer 1: steps along each axis; their differences are bumps; layer 2: σ(w(bump₁ + bump₂ − 1.5)) = towers
    edges = torch.linspace(0, 1, n + 1)
    middle = (edges[:-1] + edges[1:]) / 2
    step1, step2 = torch.sigmoid(steepness * (x1[:, None] - edges)), torch.sigmoid(steepness * (x2[:, None] - edges))
    bump1, bump2 = step1[:, :-1] - step1[:, 1:], step2[:, :-1] - step2[:, 1:]        # (points, n) each
    tower = torch.sigmoid(steepness * (bump1[:, :, None] + bump2[:, None, :] - 1.5))  # (points, n, n)
    return (tower * f(middle[:, None], middle[None, :])).sum((1, 2))                  # linear output neuron


centres = (torch.arange(100) + 0.5) / 100
c1, c2 = torch.meshgrid(centres, centres, indexing="xy")
c1, c2 = c1.flatten(), c2.flatten()
tower_errors = {n: (towers(target_2d, n, c1, c2) - target_2d(c1, c2)).abs().mean().item() for n in (1, 2, 5, 10, 20)}
table([t(hi="हर अक्ष पर tower (N)", en="towers per axis (N)"), t(hi="tower neuron की संख्या", en="tower neurons"),
       t(hi="औसत |त्रुटि|", en="mean |error|")], [[n, n * n, f"{e:.4f}"] for n, e in tower_errors.items()])

# %%
errors = list(tower_errors.values())
assert all(later < earlier for earlier, later in zip(errors, errors[1:]))

fig, axes = plt.subplots(1, 2, figsize=(9, 3.7))
for ax, values, title in [
        (axes[0], target_2d(c1, c2), t(hi="लक्ष्य f(x₁, x₂)", en="target f(x₁, x₂)")),
        (axes[1], towers(target_2d, 10, c1, c2), t(hi=f"10 × 10 tower: औसत |त्रुटि| {tower_errors[10]:.3f}",
                                                    en=f"10 × 10 towers: mean |error| {tower_errors[10]:.3f}"))]:
    image = ax.imshow(values.reshape(100, 100), origin="lower", extent=(0, 1, 0, 1), cmap="viridis", vmin=0.1, vmax=0.9)
    ax.set(title=title, xlabel="x₁", ylabel="x₂")
    ax.grid(False)
colorbar = fig.colorbar(image, ax=axes, fraction=0.03)

# %% [markdown] lang="hi"
# दोनों panel का रंग-पैमाना एक ही है। Tower से बना फलन टाइलों जैसा दिखता है, और $N$ बढ़ाने पर त्रुटि हर बार घटी (तालिका)।
# पर क़ीमत देखिए: 2-D में 20 × 20 tower के लिए 400 neuron चाहिए, और $d$ input पर $N^d$: यह प्रमाण बताता है कि
# network **कर सकता है**, यह नहीं कि ऐसा network छोटा होगा या training उसे ढूँढ लेगी। Nielsen की चेतावनियाँ भी यही
# हैं: यह सिर्फ़ approximation है (ठीक बराबर नहीं), और continuous फलन के लिए है। Nielsen यह भी कहते हैं कि व्यवहार
# में गहरे network ज़्यादा काम आते हैं (अध्याय 11 और 12)।

# %% [markdown] lang="en"
# Both panels share one colour scale. The function made of towers looks tiled, and the error fell every time $N$ grew
# (table). But look at the price: in 2-D, 20 × 20 towers need 400 neurons, and on $d$ inputs $N^d$: the proof says a
# network **can**, not that such a network will be small or that training will find it. Nielsen's caveats say the
# same: it is only an approximation (not exactly equal), and it is for continuous functions. Nielsen also says that in
# practice deeper networks are more useful (chapters 11 and 12).

# %% [markdown] lang="hi"
# ## 6. असली MNIST अंकों पर MLP
#
# अब एक असली काम: 28 × 28 pixel के हाथ से लिखे अंक पहचानना। हर चित्र 784 संख्याओं की एक पंक्ति बनता है। दो model
# की तुलना करते हैं: hidden layer के बिना `mlp([784, 10])` (हर class के लिए एक linear neuron; XOR पर हारने वाले perceptron का
# multi-class रूप) और `mlp([784, 100, 10])` (100 ReLU neuron वाली एक hidden layer)। दोनों Adam ($\eta = 0.002$) से
# 3 epoch, 128 के mini-batch में, `F.cross_entropy` loss के साथ train होते हैं। यह Adam पाठ्यक्रम का अपना `Adam` है
# (`course_lib.train`, अध्याय 04 वाला): वह हर कदम पर `torch.optim.Adam` के बराबर है, बस notebook का वह import-समय बचाता है जो पहला `torch.optim`
# optimizer बनाने पर लगता है (वह `torch._dynamo` लोड करता है)। अपने code में `torch.optim.Adam` ही लिखिए। पहली पंक्ति बताती है कि कौन-सा data
# इस्तेमाल हो रहा है; notebook तेज़ रहे, इसलिए हम उसके पहले 4,000 training और 1,000 test अंक ही लेते हैं।

# %% [markdown] lang="en"
# ## 6. An MLP on real MNIST digits
#
# Now a real task: recognising handwritten digits of 28 × 28 pixels. Each image becomes a row of 784 numbers. Two models
# are compared: `mlp([784, 10])` without a hidden layer (one linear neuron per class; the multi-class form of the
# perceptron that lost on XOR) and `mlp([784, 100, 10])` (one hidden layer of 100 ReLU neurons). Both are trained with
# Adam ($\eta = 0.002$) for 3 epochs, in mini-batches of 128, with the `F.cross_entropy` loss. This Adam is the course's
# own `Adam` (`course_lib.train`, the one of chapter 04): it equals `torch.optim.Adam` step for step and only saves the
# notebook the import cost of the first `torch.optim` optimizer (it loads `torch._dynamo`). In your own code write
# `torch.optim.Adam`. The first line says which
# data is in use; to keep the notebook fast we take only its first 4,000 training and 1,000 test digits.

# %%
x_train, y_train, x_test, y_test = load_mnist()
x_train, y_train = x_train[:4000].flatten(1), y_train[:4000]    # (N, 1, 28, 28) → (N, 784); at most 4,000 digits,
x_test, y_test = x_test[:1000].flatten(1), y_test[:1000]        # so the notebook stays fast whatever data is in use


def train_mnist(sizes, seed=0, epochs=3):
    model = mlp(sizes, activation="relu", seed=seed)
    optimizer = Adam(model.parameters(), lr=2e-3)   # = torch.optim.Adam(model.parameters(), lr=2e-3)
    history = fit(model, x_train, y_train, F.cross_entropy, optimizer, epochs=epochs, batch_size=128,
                  x_val=x_test, y_val=y_test, metric=accuracy, seed=seed, progress=False)
    return model, history


results = {}
for sizes in ([784, 10], [784, 100, 10]):
    model, history = train_mnist(sizes)
    results[str(sizes)] = (model, history["metric"][-1], history["val_metric"][-1])
table(["model", t(hi="parameter की संख्या", en="parameters"), t(hi="training पर accuracy", en="training accuracy"),
       t(hi="test पर accuracy", en="test accuracy")],
      [[name, sum(p.numel() for p in model.parameters()), f"{train:.1%}", f"{test:.1%}"]
       for name, (model, train, test) in results.items()])

# %%
linear_test, mlp_test = results["[784, 10]"][2], results["[784, 100, 10]"][2]
assert mlp_test > linear_test + 0.01 and 0.85 < mlp_test < 0.966      # better than linear; below Nielsen's 96.6%
print(t(hi=f"hidden layer के साथ test accuracy {mlp_test:.1%}, उसके बिना {linear_test:.1%} (random अनुमान: 10%)।",
        en=f"Test accuracy {mlp_test:.1%} with the hidden layer, {linear_test:.1%} without it (random guessing: 10%)."))

# %% [markdown] lang="hi"
# Hidden layer वाला MLP test अंकों पर बेहतर है। इस संख्या को उसके संदर्भ में पढ़िए: data असली MNIST अंक हैं (ऊपर छपी पंक्ति
# बताती है कि कहाँ से), पर इस network ने सिर्फ़ 4,000 अंकों से, सिर्फ़ 3 epoch तक सीखा है। Nielsen (अध्याय 1) इसी आकार
# ([784, 100, 10]) के network से MNIST के 10,000 test चित्रों पर लगभग 96.6% बताते हैं: sigmoid, quadratic cost, SGD
# (10 के mini-batch, $\eta = 3.0$), 30 epoch, और MNIST के 60,000 training चित्रों में से 50,000 पर training (बाक़ी
# 10,000 उन्होंने validation के लिए रखे)। यानी उनके पास 12.5 गुना ज़्यादा data और 10 गुना ज़्यादा epoch थे। हमारी संख्या
# कम है; network का आकार वही है, इसलिए अंतर की वजह वही है जो अलग है: data और training। अध्याय 12 इसी network को आगे बढ़ाता है।
#
# नीचे test के 10 अंक, और हर एक पर network का अनुमान और उसकी softmax प्रायिकता:

# %% [markdown] lang="en"
# The MLP with a hidden layer is better on the test digits. Read this number honestly: the data are real MNIST digits
# (the line printed above says from where), but this network learned from only 4,000 digits, for only 3 epochs.
# Nielsen (chapter 1) reports about 96.6% on MNIST's 10,000 test images for a network of this very size
# ([784, 100, 10]): sigmoid, quadratic cost, SGD (mini-batches of 10, $\eta = 3.0$), 30 epochs, trained on 50,000 of
# MNIST's 60,000 training images (he kept the other 10,000 for validation). So he had 12.5 times more data and 10 times
# more epochs. Our number is lower; the size of the network is the same, so the gap lies in what differs: the data and
# the training. Chapter 12 takes this network further.
#
# Below, 10 test digits, and on each the network's guess and its softmax probability:

# %%
digit_model = results["[784, 100, 10]"][0]
with torch.no_grad():
    probabilities = torch.softmax(digit_model(x_test[:10]), dim=1)
assert torch.allclose(probabilities.sum(1), torch.ones(10))
confidence, guess = probabilities.max(1)
fig, ax = plt.subplots(figsize=(10, 1.9))
ax.imshow(torch.cat(list(x_test[:10].reshape(10, 28, 28)), dim=1), cmap="gray_r")
ax.set_xticks([28 * i + 14 for i in range(10)],
              [f"{g} ({c:.0%})" + ("" if g == y else " ✗") for g, c, y in zip(guess.tolist(), confidence.tolist(), y_test[:10].tolist())])
ax.set_yticks([])
ax.grid(False)
ax.set_title(t(hi="network का अनुमान (softmax प्रायिकता); ✗ = ग़लत", en="The network's guess (softmax probability); ✗ = wrong"))
fig.tight_layout()

# %% [markdown] lang="hi"
# ## 7. Softmax output और उसका loss
#
# Multi-class classification में output layer हर class $k$ के लिए एक logit $z_k$ देती है, और softmax उन्हें प्रायिकताओं
# में बदलता है: $\hat y_k = e^{z_k} / \sum_j e^{z_j}$ (अध्याय 03)। Loss है सही class की प्रायिकता का ऋणात्मक log,
# $L = -\log \hat y_y$: cross-entropy। PyTorch में `F.cross_entropy` सीधे **logit** लेता है और अंदर
# `log_softmax` + `nll_loss` करता है; इसलिए model के अंत में softmax layer **नहीं** लगाते। तीन बातें मापते हैं:
# (1) यह बराबरी, (2) `log_softmax` क्यों, `softmax` के बाद `log` क्यों नहीं, (3) softmax पर MSE loss क्यों नहीं।

# %% [markdown] lang="en"
# ## 7. The softmax output and its loss
#
# In multi-class classification the output layer gives a logit $z_k$ for every class $k$, and softmax turns them into
# probabilities: $\hat y_k = e^{z_k} / \sum_j e^{z_j}$ (chapter 03). The loss is the negative log of the right class's
# probability, $L = -\log \hat y_y$: cross-entropy. In PyTorch `F.cross_entropy` takes the **logits** directly and
# does `log_softmax` + `nll_loss` inside; that is why no softmax layer is put at the end of the model. We measure three
# things: (1) this equality, (2) why `log_softmax` and not `log` after `softmax`, (3) why not an MSE loss on the softmax.

# %%
logits, labels = torch.randn(8, 10, generator=torch.Generator().manual_seed(1)) * 3, torch.arange(8)
assert torch.allclose(F.cross_entropy(logits, labels), F.nll_loss(F.log_softmax(logits, dim=1), labels))

extreme = torch.tensor([[1000.0, 0.0]])
naive, stable = torch.log(torch.softmax(extreme, dim=1)), F.log_softmax(extreme, dim=1)
print("log(softmax([1000, 0])) =", naive.tolist(), "   log_softmax([1000, 0]) =", stable.tolist())
assert torch.softmax(extreme, dim=1)[0, 1] == 0 and torch.isinf(naive[0, 1]) and stable[0, 1] == -1000

z = torch.tensor([[0.0, 8.0]], requires_grad=True)     # the right class is 0, but the network is sure of class 1
right_class = torch.tensor([0])
(ce_gradient,) = torch.autograd.grad(F.cross_entropy(z, right_class), z)
mse = ((torch.softmax(z, dim=1) - F.one_hot(right_class, 2).float()) ** 2).sum()
(mse_gradient,) = torch.autograd.grad(mse, z)
assert torch.allclose(ce_gradient, torch.softmax(z, dim=1) - F.one_hot(right_class, 2))   # ∂L/∂z = ŷ − y
print(t(hi=f"पूरे भरोसे से ग़लत network: ∂L/∂z₀ cross-entropy से {ce_gradient[0, 0]:.4f}, softmax + MSE से {mse_gradient[0, 0]:.4f}",
        en=f"A network sure and wrong: ∂L/∂z₀ from cross-entropy {ce_gradient[0, 0]:.4f}, from softmax + MSE {mse_gradient[0, 0]:.4f}"))
assert ce_gradient[0, 0].abs() > 100 * mse_gradient[0, 0].abs()

# %% [markdown] lang="hi"
# (1) दोनों तरीक़े एक ही संख्या देते हैं। (2) दूसरी class की सच्ची प्रायिकता $e^{-1000}$ है, जो float32 की सबसे छोटी
# संख्या से भी बहुत छोटी है: `softmax` उसे ठीक 0 बना देता है (underflow: float32 के लिए बहुत छोटी संख्या का शून्य बन जाना) और उसका `log` $-\infty$ बन जाता है; `log_softmax` सूत्र $z_k - \log\sum_j e^{z_j}$ की गणना पहले सबसे बड़ा logit घटाकर करता है और
# सही $-1000$ देता है। (3) Cross-entropy का logit पर gradient बहुत सरल है, $\partial L/\partial z = \hat y - y$: network जितना
# ग़लत, gradient उतना बड़ा। Softmax पर MSE में softmax का derivative बीच में आता है, जो saturate हुए softmax पर लगभग 0 है:
# ऊपर, पूरे भरोसे से ग़लत network को MSE से सौ गुना से भी छोटा gradient मिला, यानी वह सबसे ज़्यादा ज़रूरत के समय सबसे धीमा
# सीखता है। यही sigmoid के साथ quadratic cost की समस्या है (अध्याय 05)। जोड़ियाँ याद रखिए: **logit → `F.cross_entropy`**
# (multi-class), **एक logit → `F.binary_cross_entropy_with_logits`** (binary, जैसा XOR पर किया)।
#
# > **Notes में सुधार।** Notes कहते हैं कि MLP का हर neuron activation function लगाता है। ठीक-ठीक कहें तो: input layer कोई गणना
# > नहीं करती, और इस अध्याय के network की output layer कच्चे logit देती है; आख़िरी sigmoid या softmax loss के अंदर लगता है।

# %% [markdown] lang="en"
# (1) Both ways give the same number. (2) The second class's true probability is $e^{-1000}$, far below the smallest
# float32 number: `softmax` gives it exactly 0 (underflow) and its `log` becomes $-\infty$; `log_softmax` computes the formula $z_k - \log\sum_j e^{z_j}$ after subtracting the
# largest logit and gives the right $-1000$. (3) Cross-entropy's gradient on the logits is very simple,
# $\partial L/\partial z = \hat y - y$: the more wrong the network, the larger the gradient. With MSE on the softmax,
# softmax's derivative comes in between, and it is nearly 0 for a saturated softmax: above, the network that was sure
# and wrong got a gradient more than a hundred times smaller from MSE, so it learns slowest exactly when it most needs
# to. It is the same problem as the quadratic cost with a sigmoid (chapter 05). Remember the pairs: **logits →
# `F.cross_entropy`** (multi-class), **one logit → `F.binary_cross_entropy_with_logits`** (binary, as done on XOR).
#
# > **Correcting the notes.** The notes say every neuron of an MLP applies an activation function. More exactly: the
# > input layer computes nothing, and the output layer of this chapter's networks gives raw logits; the last sigmoid or
# > softmax is applied inside the loss.

# %% [markdown] lang="hi"
# ## 8. कब क्या इस्तेमाल करें
#
# | स्थिति | क्या लगाएँ | क्यों (इस अध्याय में मापा) |
# |---|---|---|
# | दो class जिन्हें एक रेखा अलग कर दे | एक neuron (perceptron या sigmoid + BCE) | सीमा एक सीधी रेखा है; AND कुछ epoch में सीखा गया (section 1) |
# | class एक रेखा से अलग न हों (XOR, two moons) | hidden layer वाला MLP | hidden layer ऐसे feature बनाती है जिनमें समस्या linearly separable हो (section 2, 4) |
# | hidden layer कितनी चौड़ी | ज़रूरत से कुछ ज़्यादा neuron | 2 neuron XOR हल कर सकते हैं पर लगभग आधी शुरुआतों में अटकते हैं; 8 लगभग कभी नहीं (section 4) |
# | कोई भी continuous फलन | MLP, सिद्धांत में एक hidden layer काफ़ी | bump बढ़ाने पर त्रुटि हर बार घटी; पर neuron की संख्या तेज़ी से बढ़ती है (section 5) |
# | चित्र (MNIST) | MLP ठीक है; CNN बेहतर (अध्याय 08) | एक hidden layer ने linear model को पीछे छोड़ा (section 6) |
# | output, multi-class | logit + `F.cross_entropy` | softmax अंदर है; softmax + MSE का gradient पूरे भरोसे से ग़लत network के लिए लगभग 0 है (section 7) |
# | output, binary | एक logit + `F.binary_cross_entropy_with_logits` | sigmoid अंदर है, और गणना स्थिर रहती है |

# %% [markdown] lang="en"
# ## 8. Which to use when
#
# | situation | what to use | why (measured in this chapter) |
# |---|---|---|
# | two classes that one line separates | one neuron (a perceptron, or sigmoid + BCE) | the boundary is a straight line; AND was learned in a few epochs (section 1) |
# | classes that no line separates (XOR, two moons) | an MLP with a hidden layer | the hidden layer builds features in which the problem is linearly separable (section 2, 4) |
# | how wide a hidden layer | somewhat more neurons than needed | 2 neurons can solve XOR but get stuck in about half of the starts; 8 almost never (section 4) |
# | any continuous function | an MLP; in theory one hidden layer is enough | the error fell with every added bump; but the count of neurons grows fast (section 5) |
# | images (MNIST) | an MLP works; a CNN is better (chapter 08) | one hidden layer beat the linear model (section 6) |
# | output, multi-class | logits + `F.cross_entropy` | softmax is inside; softmax + MSE gives a network sure and wrong a gradient of almost 0 (section 7) |
# | output, binary | one logit + `F.binary_cross_entropy_with_logits` | the sigmoid is inside, and the computation stays stable |

# %% [markdown] lang="hi"
# ## सारांश
#
# - Perceptron: $\hat y = \mathrm{step}(w \cdot x + b)$, सीखने का नियम $w \leftarrow w + \eta (y - \hat y) x$। उसकी
#   decision boundary एक सीधी रेखा है, इसलिए XOR पर वह 4 में से 3 से आगे नहीं जा सकता (प्रमाण और माप दोनों)।
# - MLP: input, एक या ज़्यादा hidden layer, output। Hidden layer data को नए feature में बदलती है जिनमें समस्या
#   linearly separable हो जाती है: OR + NAND हाथ से, या training से सीखे हुए।
# - Activation function के बिना MLP एक linear map है; non-linearity के साथ, पर्याप्त neuron वाली hidden layer
#   किसी भी continuous फलन को approximate कर सकती है (bump और tower)। यह क्षमता की बात है, training की गारंटी नहीं।
# - Multi-class output: logit + `F.cross_entropy` (= `log_softmax` + `nll_loss`); softmax पर MSE नहीं।

# %% [markdown] lang="en"
# ## Summary
#
# - Perceptron: $\hat y = \mathrm{step}(w \cdot x + b)$, learning rule $w \leftarrow w + \eta (y - \hat y) x$. Its
#   decision boundary is a straight line, so on XOR it cannot get past 3 of 4 (proof and measurement both).
# - MLP: input, one or more hidden layers, output. A hidden layer turns the data into new features in which the problem
#   becomes linearly separable: OR + NAND by hand, or learned by training.
# - Without an activation function an MLP is a linear map; with a non-linearity, a hidden layer with enough neurons can
#   approximate any continuous function (bumps and towers). This is about capacity, not a guarantee of training.
# - Multi-class output: logits + `F.cross_entropy` (= `log_softmax` + `nll_loss`); no MSE on the softmax.

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
def perceptron(x, w, b):
    ...


q6.check(perceptron)

# %%
q7

# %% tags=["answer"]
def perceptron_update(x, y, w, b, lr):
    ...


q7.check(perceptron_update)

# %%
q8

# %% tags=["answer"]
def bump(x, left, right, height, steepness):
    ...


q8.check(bump)

# %%
q9

# %% tags=["answer"]
def cross_entropy(z, y):
    ...


q9.check(cross_entropy)

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
