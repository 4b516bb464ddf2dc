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
# # अध्याय 01 · Neuron (न्यूरॉन)
#
# Deep learning की हर चीज़ एक छोटी इकाई से बनती है: neuron। इस अध्याय में आप देखेंगे:
#
# 1. जैविक neuron और कृत्रिम neuron: चित्र में, और सूत्र के रूप में;
# 2. एक neuron को code में: input, weight, bias, weighted sum $z$ और activation $a$;
# 3. perceptron: एक निर्णय नियम, जिसकी रेखा आप slider से असली data पर खिसकाएँगे;
# 4. layer (input, hidden, output) और fully connected का अर्थ; notes का `SimpleNN` बनाकर उसके parameter गिनना;
# 5. forward pass को संख्या दर संख्या trace करना, और backpropagation का एक कदम;
# 6. अंत में अभ्यास प्रश्न, जो तुरंत जाँचे जाते हैं।

# %% [markdown] lang="en"
# # Chapter 01 · The neuron
#
# Everything in deep learning is built from one small unit: the neuron. In this chapter you will see:
#
# 1. the biological neuron and the artificial neuron: in a picture, and as a formula;
# 2. one neuron in code: inputs, weights, bias, the weighted sum $z$ and the activation $a$;
# 3. the perceptron: a decision rule whose line you move with sliders over real data;
# 4. layers (input, hidden, output) and what fully connected means; the notes' `SimpleNN` built and its parameters counted;
# 5. a forward pass traced number by number, and one step of backpropagation;
# 6. at the end, practice questions that are checked instantly.

# %%
import matplotlib.pyplot as plt
import torch
from torch import nn

from course_lib import diagrams, plots, show_glossary, show_progress, start, t
from course_lib.data import iris, two_moons
from course_lib.practice.ch01 import q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15
from course_lib.widgets import decision_line

start(1)

# %% [markdown] lang="hi"
# ## 1. जैविक neuron और कृत्रिम neuron
#
# दिमाग़ की तंत्रिका कोशिका (जैविक neuron) के चार मुख्य हिस्से होते हैं। **Dendrite** दूसरे neuron से signal लेते
# हैं; **cell body (soma)** आने वाले signal को जोड़ती है; अगर कुल input एक **threshold** से ऊपर चला जाए तो neuron
# "fire" करता है, यानी एक छोटा विद्युत pulse भेजता है; यह pulse **axon** के रास्ते आगे जाता है; और **synapse** पर
# वह अगले neuron तक पहुँचता है (synapse के पार signal रासायनिक रूप में जाता है, neurotransmitter नाम के अणुओं से;
# इसीलिए signal को विद्युत-रासायनिक कहते हैं)। हर synapse कितना असर डालता है, यह उसकी ताक़त पर निर्भर है, और सीखने
# में यही ताक़त बदलती है।
#
# कृत्रिम neuron इसी से प्रेरित एक बहुत सरल गणितीय model है। नीचे के चित्र में एक जैसा काम करने वाले हिस्से एक ही रंग में हैं।
# Dendrite के सिरों पर नारंगी बिंदु पिछले neuron से आने वाले synapse हैं: उनकी ताक़त ही इस neuron के weight हैं।

# %% [markdown] lang="en"
# ## 1. The biological neuron and the artificial neuron
#
# A nerve cell of the brain, the biological neuron, has four main parts. **Dendrites** take in signals from other
# neurons; the **cell body (soma)** adds the incoming signals up; if the total input rises above a **threshold**, the
# neuron "fires", that is, it sends a short electrical pulse; this pulse travels along the **axon**; and at a
# **synapse** it reaches the next neuron (across the synapse the signal travels chemically, carried by molecules called
# neurotransmitters; hence the signal is called electrochemical). How much effect each synapse has depends on its
# strength, and learning changes that strength.
#
# The artificial neuron is a much simpler mathematical model inspired by this. In the picture below, matching colours
# show matching jobs. The orange dots at the tips of the dendrites are synapses from earlier neurons: their strengths
# are this neuron's weights.

# %%
diagrams.neuron_comparison();

# %% [markdown] lang="hi"
# | | जैविक neuron | कृत्रिम neuron |
# |---|---|---|
# | संरचना | dendrite, cell body, axon, synapse | input, weight, bias, activation function |
# | signal | विद्युत-रासायनिक (electrochemical): समय के साथ आते छोटे pulse | एक वास्तविक संख्या |
# | processing | कुल input threshold के पार जाए तो fire करना | weighted sum, फिर activation function |
# | सीखना | synapse की ताक़त बदलती है | weight और bias बदलते हैं (gradient descent से) |
# | network | जैविक neural network (दिमाग़) | कृत्रिम neural network (ANN) |
#
# कृत्रिम neuron का सूत्र: $n$ input $x_1, \dots, x_n$, हर एक का अपना weight $w_i$, और एक bias $b$:
#
# $$z = \sum_{i=1}^{n} w_i x_i + b = w \cdot x + b, \qquad a = f(z)$$
#
# $z$ weighted sum है (इसे pre-activation भी कहते हैं), $f$ activation function है और $a$ neuron का output (activation)।
# Threshold और bias का रिश्ता सीधा है: "$w \cdot x > \theta$ हो तो fire" और "$w \cdot x + b > 0$ हो तो fire" एक ही
# नियम है, अगर $b = -\theta$ हो।
#
# > **सरल की हुई तस्वीर।** असली neuron इस model से कहीं ज़्यादा जटिल है; तीन अंतर जानने लायक़ हैं। (1) हर pulse
# > (spike) "सब या कुछ नहीं" (all-or-none) वाला होता है: उसका आकार लगभग हमेशा एक जैसा रहता है। ज़्यादा ताक़तवर input
# > मुख्य रूप से जल्दी-जल्दी आते pulse के रूप में दिखता है (ऊँचा firing rate), और कृत्रिम neuron की वास्तविक संख्या $a$
# > को ऐसा ही rate समझा जा सकता है, एक pulse नहीं। (2) Synapse अगले neuron को उत्तेजित भी कर सकता है (excite) और दबा
# > भी सकता है (inhibit); इसीलिए weight धनात्मक या ऋणात्मक हो सकता है। (3) Dendrite signal को सिर्फ़ आगे नहीं भेजते,
# > उन पर ख़ुद भी processing करते हैं, इसलिए एक जैविक neuron एक weighted sum से कहीं ज़्यादा करता है।
#
# > **Notes में सुधार।** Notes इस neuron के चिह्न ($x_i$, $w_i$, $b$, $f$) गिनाते हैं, पर सूत्र ख़ुद copy में छूट गया था;
# > वह ऊपर है। Notes output को $y$ कहते हैं; इस पाठ्यक्रम में $y$ सही उत्तर (target) है, neuron का output $a$ और network
# > का prediction $\hat y$।

# %% [markdown] lang="en"
# | | biological neuron | artificial neuron |
# |---|---|---|
# | structure | dendrites, cell body, axon, synapses | inputs, weights, bias, activation function |
# | signal | electrochemical: short pulses arriving over time | one real number |
# | processing | fires when the total input crosses a threshold | weighted sum, then the activation function |
# | learning | synapse strengths change | weights and bias change (by gradient descent) |
# | network | biological neural network (the brain) | artificial neural network (ANN) |
#
# The formula of the artificial neuron: $n$ inputs $x_1, \dots, x_n$, each with its own weight $w_i$, and one bias $b$:
#
# $$z = \sum_{i=1}^{n} w_i x_i + b = w \cdot x + b, \qquad a = f(z)$$
#
# $z$ is the weighted sum (also called the pre-activation), $f$ is the activation function and $a$ is the neuron's
# output (its activation). Threshold and bias are simply related: "fire if $w \cdot x > \theta$" is the same rule as
# "$w \cdot x + b > 0$" with $b = -\theta$.
#
# > **A simplified picture.** A real neuron is far more complex than this model; three differences are worth knowing.
# > (1) A pulse (spike) is all-or-none: it is almost always the same size. A stronger input shows up mainly as more
# > frequent pulses (a higher firing rate), and the artificial neuron's real number $a$ can be read as such a rate, not
# > as one pulse. (2) A synapse can excite the next neuron or inhibit it; that is why a weight can be positive or
# > negative. (3) Dendrites do not just pass signals on, they also process them, so one biological neuron does far more
# > than one weighted sum.
#
# > **Correcting the notes.** The notes list this neuron's symbols ($x_i$, $w_i$, $b$, $f$), but the formula itself was
# > lost in the copy; it is above. The notes call the output $y$; in this course $y$ is the right answer (the target),
# > the neuron's output is $a$ and the network's prediction is $\hat y$.

# %% [markdown] lang="hi"
# ## 2. एक neuron, code में
#
# तीन input, तीन weight और एक bias लेकर weighted sum हाथ से, गुणा दर गुणा, निकालते हैं:

# %% [markdown] lang="en"
# ## 2. One neuron, in code
#
# Take three inputs, three weights and one bias, and work out the weighted sum by hand, product by product:

# %%
x = torch.tensor([0.5, -1.0, 2.0])   # input
w = torch.tensor([0.8, 0.2, -0.5])   # weight
b = torch.tensor(0.1)                # bias

z = b.clone()
for i in range(3):
    print(f"w{i + 1}·x{i + 1} = {w[i].item():5.2f} × {x[i].item():5.2f} = {(w[i] * x[i]).item():6.2f}")
    z = z + w[i] * x[i]
print(f"z = w·x + b = {z.item():.2f}")

layer = nn.Linear(3, 1)              # PyTorch's neuron: the same weighted sum
with torch.no_grad():
    layer.weight.copy_(w.unsqueeze(0))  # weight shape: (outputs, inputs) = (1, 3)
    layer.bias.copy_(b.unsqueeze(0))
assert torch.allclose(layer(x), z)
print(t(hi="✔ nn.Linear(3, 1) वही z देता है।", en="✔ nn.Linear(3, 1) gives the same z."))

# %% [markdown] lang="hi"
# अब activation function $a = f(z)$। Perceptron का पुराना चुनाव step function है: $z > 0$ पर 1, नहीं तो 0, यानी
# neuron या तो fire करता है या नहीं। Neural network इसकी जगह दूसरे function इस्तेमाल करते हैं, जैसे sigmoid, tanh और
# ReLU; आज के network के भीतर ReLU और उससे मिलते-जुलते function सबसे आम हैं (अध्याय 06)। नीचे एक ही $z$ पर step,
# sigmoid और ReLU, और फिर कुछ और $z$ पर:

# %% [markdown] lang="en"
# Now the activation function $a = f(z)$. The perceptron's old choice is the step function: 1 for $z > 0$, else 0, so
# the neuron either fires or it does not. Neural networks use other functions instead, such as sigmoid, tanh and ReLU;
# inside today's networks ReLU and functions like it are the most common (chapter 06). Below, step, sigmoid and ReLU on
# the same $z$, and then on a few other values of $z$:

# %%
def step(z):
    return (z > 0).float()


activations = {"step": step, "sigmoid": torch.sigmoid, "ReLU": torch.relu}
for name, f in activations.items():
    print(f"{name:8} f({z.item():.2f}) = {f(z).item():.4f}")

some_z = torch.tensor([-2.0, -0.5, 0.5, 2.0])
print("\nz        ", some_z.tolist())
for name, f in activations.items():
    print(f"{name:9}", [round(v, 3) for v in f(some_z).tolist()])
graded = torch.sigmoid(some_z)
assert ((graded > 0) & (graded < 1)).all() and len(set(graded.tolist())) == len(some_z)
assert torch.equal(torch.relu(some_z)[some_z > 0], some_z[some_z > 0])     # ReLU: positive z unchanged

# %% [markdown] lang="hi"
# > **Notes में सुधार।** Notes कहते हैं कि activation function "तय करता है कि neuron activate होगा या नहीं"। यह
# > step function के लिए ठीक है, पर sigmoid हर $z$ पर 0 और 1 के *बीच* का एक अलग मान देता है (ऊपर मापा गया): वह *कितना*
# > बताता है, सिर्फ़ हाँ या ना नहीं। ReLU भी धनात्मक $z$ को जैसा है वैसा आगे भेजता है।
#
# Notes की दूसरी बात सही है: activation function non-linearity लाता है। उसके बिना कई layer मिलकर भी एक ही
# linear map रह जातीं; यह अध्याय 06 में code से साबित किया गया है।

# %% [markdown] lang="en"
# > **Correcting the notes.** The notes say the activation function "decides whether the neuron activates or not".
# > That holds for the step function, but sigmoid gives a different value strictly *between* 0 and 1 for every $z$
# > (measured above): it says *how much*, not just yes or no. ReLU, too, passes a positive $z$ on unchanged.
#
# The notes' second point is right: the activation function brings non-linearity. Without it, many layers together
# would still be one single linear map; chapter 06 proves this in code.

# %% [markdown] lang="hi"
# ## 3. Perceptron: एक रेखा से निर्णय
#
# Perceptron step function वाला एक neuron है। दो input $x_1, x_2$ पर उसका नियम है: $\hat y = 1$ अगर
# $w_1 x_1 + w_2 x_2 + b > 0$, वरना $\hat y = 0$। यानी $\hat y = \mathrm{step}(w \cdot x + b)$।
#
# जिन बिंदुओं पर $w_1 x_1 + w_2 x_2 + b = 0$ है, वे एक सीधी रेखा बनाते हैं: यही perceptron की decision boundary
# (निर्णय-सीमा) है। रेखा के एक ओर सब बिंदुओं को $\hat y = 1$ मिलता है, दूसरी ओर $\hat y = 0$। Weight $(w_1, w_2)$ रेखा की दिशा
# (झुकाव) तय करते हैं और bias $b$ उसे खिसकाता है।
#
# > **Notes में सुधार।** Notes में "Perceptron Formula:" के नीचे सूत्र छूट गया था; वह ऊपर है। Notes यह भी कहते हैं कि
# > perceptron binary classification (दो वर्गों में बाँटना) कर सकता है: यह तभी पूरी तरह सच है जब दोनों वर्गों को
# > एक सीधी रेखा अलग कर सके (linearly separable data)। नीचे असली data पर मापते हैं।
#
# **Data:** Fisher का iris data, 150 असली फूलों के माप (cm में), तीन प्रजातियाँ: setosa, versicolor और virginica।
# हम हर बार दो प्रजातियाँ और दो माप लेते हैं, और साथ में two moons (दो आधे चाँद) का data।

# %% [markdown] lang="en"
# ## 3. The perceptron: a decision made by a line
#
# The perceptron is one neuron with the step function. On two inputs $x_1, x_2$ its rule is: $\hat y = 1$ if
# $w_1 x_1 + w_2 x_2 + b > 0$, else $\hat y = 0$. That is, $\hat y = \mathrm{step}(w \cdot x + b)$.
#
# The points where $w_1 x_1 + w_2 x_2 + b = 0$ form a straight line: that is the perceptron's decision boundary. All
# points on one side of the line get $\hat y = 1$, those on the other side $\hat y = 0$. The weights $(w_1, w_2)$ set
# the line's direction (its tilt) and the bias $b$ shifts it.
#
# > **Correcting the notes.** In the notes the formula under "Perceptron Formula:" was lost; it is above. The notes
# > also say a perceptron can do binary classification: that is fully true only when one straight line can separate
# > the two classes (linearly separable data). Below we measure it on real data.
#
# **Data:** Fisher's iris data, measurements (in cm) of 150 real flowers of three species: setosa, versicolor and
# virginica. Each time we take two species and two measurements, and also the two moons data.

# %%
flowers, species = iris()
assert len(species) == 150 and species.unique().numel() == 3
sepal, petal = flowers[:, :2], flowers[:, 2:]
sepal_names = (t(hi="sepal की लंबाई (cm)", en="sepal length (cm)"), t(hi="sepal की चौड़ाई (cm)", en="sepal width (cm)"))
petal_names = (t(hi="petal की लंबाई (cm)", en="petal length (cm)"), t(hi="petal की चौड़ाई (cm)", en="petal width (cm)"))
setosa_or_versicolor, versicolor_or_virginica = species < 2, species > 0
moons_x, moons_y = two_moons(200)
datasets = {
    t(hi="iris: setosa (0) बनाम versicolor (1), sepal", en="iris: setosa (0) vs versicolor (1), sepal"):
        (sepal[setosa_or_versicolor], (species[setosa_or_versicolor] == 1).float(), sepal_names),
    t(hi="iris: versicolor (0) बनाम virginica (1), petal", en="iris: versicolor (0) vs virginica (1), petal"):
        (petal[versicolor_or_virginica], (species[versicolor_or_virginica] == 2).float(), petal_names),
    t(hi="two moons (दो आधे चाँद)", en="two moons"): (moons_x, moons_y, ("x1", "x2")),
}
for name, (x_set, y_set, _) in datasets.items():
    print(f"{name:48} {len(y_set)} " + t(hi="बिंदु", en="points"))

# %% [markdown] lang="hi"
# **ख़ुद आज़माइए।** $w_1$, $w_2$ और $b$ के slider खिसकाइए: रेखा हिलती है और ऊपर दिखता है कि कितने बिंदु सही
# वर्गीकृत हुए (ग़लत बिंदुओं पर काला ×)। पहले data set पर सारे बिंदु सही करने की कोशिश कीजिए; फिर बाक़ी दोनों पर।
# किस data set पर आप 100% तक पहुँच पाते हैं? ($w_1$ और $w_2$ दोनों 0 हों तो रेखा होती ही नहीं: हर बिंदु को एक ही उत्तर मिलता है।)

# %% [markdown] lang="en"
# **Try it yourself.** Move the sliders for $w_1$, $w_2$ and $b$: the line moves, and the readout says how many points
# are classified right (a black × marks each wrong one). First try to get every point right on the first data set; then
# on the other two. On which data can you reach 100%? (With $w_1$ and $w_2$ both 0 there is no line at all: every point
# gets the same answer.)

# %%
line_widget = decision_line(datasets, start=(1.0, 0.0, -5.5))
line_widget

# %% [markdown] lang="hi"
# कोई रेखा कितने बिंदु सही कर सकती है, यह हम माप भी सकते हैं: weight vector की 720 दिशाएँ (आधे-आधे degree पर)
# लेकर, हर दिशा में bias को हर संभव जगह रखकर, सबसे अच्छी गिनती रखते हैं।

# %% [markdown] lang="en"
# We can also measure how many points a line can get right: try 720 directions of the weight vector (every half
# degree), put the bias at every possible place for each direction, and keep the best count.

# %%
def best_line(x, y, directions=720):
    # the most points one straight line gets right, over `directions` directions of the weight vector
    angle = torch.arange(directions) * 2 * torch.pi / directions
    projected = x @ torch.stack([angle.cos(), angle.sin()])        # w·x for a unit w: (points, directions)
    projected, order = projected.sort(0)
    labels = y[order]                                               # labels in the order of w·x
    zero = torch.zeros(1, directions)
    # the line just after the k-th point: the k points before it get ŷ = 0, the others ŷ = 1
    right = torch.cat([zero, (1 - labels).cumsum(0)]) + labels.sum(0) - torch.cat([zero, labels.cumsum(0)])
    # ...but it can only fall between two points with different values of w·x
    gap = torch.cat([torch.ones(1, directions, dtype=torch.bool), projected[1:] > projected[:-1],
                     torch.ones(1, directions, dtype=torch.bool)])
    return int(right[gap].max())


best = {}
for name, (x_set, y_set, _) in datasets.items():
    best[name] = (best_line(x_set, y_set), len(y_set))
    print(f"{name:48} " + t(hi=f"सबसे अच्छी रेखा: {best[name][0]} / {best[name][1]} सही",
                                en=f"best line: {best[name][0]} / {best[name][1]} right"))
iris_sepal, iris_petal, moons = best.values()
assert iris_sepal[0] == iris_sepal[1]                               # a line separates them completely
assert iris_petal[0] < iris_petal[1] and moons[0] < moons[1]        # no line found that does

# %% [markdown] lang="hi"
# पहले data set पर एक रेखा सारे बिंदु सही कर देती है: वह linearly separable है। दूसरे पर नहीं, और इसका एक पक्का कारण
# भी है: एक versicolor फूल और दो virginica फूलों के petal के दोनों माप बिल्कुल एक जैसे हैं (नीचे खोजा गया)। इन दो मापों
# पर चलने वाला कोई भी नियम तीनों को एक ही उत्तर देगा, इसलिए कम से कम एक पर ग़लती करेगा। Two moons के आधे चाँद
# एक-दूसरे में घुसे हैं: ऊपर की खोज में कोई रेखा सारे बिंदु सही नहीं कर पाई।

# %% [markdown] lang="en"
# On the first data set one line gets every point right: it is linearly separable. On the second it does not, and
# there is a sure reason too: one versicolor flower and two virginica flowers have exactly the same two petal
# measurements (found below). Any rule working on these two measurements gives all three the same answer, so it gets at
# least one of them wrong. The two moons reach into each other: in the search above no line got them all right.

# %%
versicolor_petals, virginica_petals = petal[species == 1], petal[species == 2]
twins = []
for p in versicolor_petals.unique(dim=0):      # each distinct (length, width) of a versicolor petal
    in_virginica = int((virginica_petals == p).all(1).sum())
    if in_virginica:
        in_versicolor = int((versicolor_petals == p).all(1).sum())
        twins.append((in_versicolor, in_virginica))
        length, width = (round(v, 1) for v in p.tolist())
        print(t(hi=f"petal ({length} cm, {width} cm): {in_versicolor} versicolor और {in_virginica} virginica फूलों में",
                en=f"petal ({length} cm, {width} cm): in {in_versicolor} versicolor and {in_virginica} virginica flowers"))
assert twins == [(1, 2)]

# %% [markdown] lang="hi"
# ### Perceptron कैसे सीखता है
#
# Perceptron का सीखने का नियम एक-एक बिंदु देखता है। अगर $\hat y = y$ है तो कुछ नहीं बदलता; ग़लती हो तो रेखा उस
# बिंदु की ओर खिसकती है:
#
# $$w \leftarrow w + \eta\,(y - \hat y)\,x, \qquad b \leftarrow b + \eta\,(y - \hat y)$$
#
# यहाँ $\eta$ learning rate (सीखने की दर) है। Perceptron convergence theorem कहता है: अगर कोई रेखा दोनों वर्गों को
# पूरी तरह अलग कर सकती है, तो यह नियम सीमित (finite) कदमों में ऐसी एक रेखा ढूँढ लेता है; अगर नहीं, तो यह कभी रुकता नहीं। दोनों को मापते हैं: setosa
# बनाम versicolor (petal के माप, जो linearly separable हैं) और versicolor बनाम virginica (petal)। एक पूरा चक्कर, जिसमें
# हर बिंदु एक बार देखा जाए, एक epoch है।

# %% [markdown] lang="en"
# ### How a perceptron learns
#
# The perceptron's learning rule looks at one point at a time. If $\hat y = y$ nothing changes; after a mistake the
# line moves towards that point:
#
# $$w \leftarrow w + \eta\,(y - \hat y)\,x, \qquad b \leftarrow b + \eta\,(y - \hat y)$$
#
# Here $\eta$ is the learning rate. The perceptron convergence theorem says: if some line separates all the points,
# this rule finds such a line in a finite number of steps; if none does, it never settles. We measure both: setosa versus
# versicolor (their petal measurements, which are linearly separable) and versicolor versus virginica (petal). One full
# round in which every point is seen once is one epoch.

# %%
def train_perceptron(x, y, lr=0.1, max_epochs=20, seed=0):
    # the perceptron learning rule, one point at a time, in a new random order each epoch;
    # returns w, b, the mistakes made in each epoch and how many points the line gets right after it
    shuffle = torch.Generator().manual_seed(seed)
    points = list(zip(x.tolist(), y.tolist()))    # plain Python numbers: fast for one point at a time
    w1, w2, b = 0.0, 0.0, 0.0
    mistakes, right = [], []
    for epoch in range(max_epochs):
        count = 0
        for i in torch.randperm(len(points), generator=shuffle).tolist():
            (x1, x2), y_i = points[i]
            y_hat = 1.0 if w1 * x1 + w2 * x2 + b > 0 else 0.0
            if y_hat != y_i:
                w1 = w1 + lr * (y_i - y_hat) * x1
                w2 = w2 + lr * (y_i - y_hat) * x2
                b = b + lr * (y_i - y_hat)
                count += 1
        mistakes.append(count)
        right.append(int((step(x @ torch.tensor([w1, w2]) + b) == y).sum()))
        if count == 0:
            break
    return torch.tensor([w1, w2]), torch.tensor(b), mistakes, right


separable_x, separable_y = petal[setosa_or_versicolor], (species[setosa_or_versicolor] == 1).float()
hard_x, hard_y = petal[versicolor_or_virginica], (species[versicolor_or_virginica] == 2).float()
w_easy, b_easy, mistakes_easy, right_easy = train_perceptron(separable_x, separable_y)
w_hard, b_hard, mistakes_hard, right_hard = train_perceptron(hard_x, hard_y)
print(t(hi="setosa बनाम versicolor, हर epoch में ग़लतियाँ:     ", en="setosa vs versicolor, mistakes in each epoch:    "),
      mistakes_easy)
print(t(hi="versicolor बनाम virginica, हर epoch में ग़लतियाँ:  ", en="versicolor vs virginica, mistakes in each epoch: "),
      mistakes_hard)
print(t(hi="versicolor बनाम virginica, हर epoch के बाद सही:    ", en="versicolor vs virginica, right after each epoch:  "),
      right_hard)
assert mistakes_easy[-1] == 0 and len(mistakes_easy) <= 10      # separable: it stops after a few epochs
assert min(mistakes_hard) > 0                                     # not separable: mistakes in every epoch
assert max(right_hard) < len(hard_y) and max(right_hard) - min(right_hard) >= 10  # its line keeps jumping
assert right_hard[-1] < iris_petal[0]                             # where we stop it: worse than the best line

fig, axes = plt.subplots(1, 2, figsize=(9.5, 3.8))
for ax, (x_set, y_set, w_found, b_found, title) in zip(axes, [
        (separable_x, separable_y, w_easy, b_easy,
         t(hi=f"setosa बनाम versicolor: {len(mistakes_easy)} epoch", en=f"setosa vs versicolor: {len(mistakes_easy)} epochs")),
        (hard_x, hard_y, w_hard, b_hard,
         t(hi=f"versicolor बनाम virginica: {len(mistakes_hard)} epoch", en=f"versicolor vs virginica: {len(mistakes_hard)} epochs"))]):
    plots.decision_regions(x_set, y_set, lambda p, w_=w_found, b_=b_found: step(p @ w_ + b_), title=title,
                           xlabel=petal_names[0], ylabel=petal_names[1], ax=ax)
fig.tight_layout()

# %% [markdown] lang="hi"
# बाएँ: रेखा मिल गई और नियम रुक गया। दाएँ: हर epoch में कुछ ग़लतियाँ बचीं, और हर ग़लती पर रेखा फिर हिली: हर epoch
# के बाद सही बिंदुओं की गिनती ऊपर-नीचे कूदती रहती है (ऊपर छपी)। नियम कभी नहीं ठहरता, और जहाँ हम उसे रोकते हैं वहाँ
# की रेखा सबसे अच्छी रेखा से ख़राब हो सकती है। Perceptron सिर्फ़ एक सीधी रेखा खींच सकता है। सीधे टुकड़ों से बनी मुड़ी हुई
# सीमा के लिए ReLU जैसे activation function वाली hidden layer चाहिए: अध्याय 06 इसे two moons पर दिखाता है; विस्तार
# अध्याय 07 में।
#
# (हर epoch में बिंदु नए बेतरतीब क्रम में देखे जाते हैं। `iris()` फूलों को प्रजाति के क्रम में देता है; उसी क्रम में
# चलाने पर आख़िरी बिंदु हमेशा एक ही वर्ग के होते और रेखा हर बार उन्हीं की ओर खिंचती।)

# %% [markdown] lang="en"
# Left: a line was found and the rule stopped. Right: some mistakes remained in every epoch, and at each one the line
# moved again: the count of points right after each epoch keeps jumping up and down (printed above). The rule never
# settles, and the line where we stop it can be worse than the best line. A perceptron can draw only one straight line.
# A bent boundary, made of straight pieces, needs a hidden layer with an activation function such as ReLU: chapter 06
# shows one on the two moons; more in chapter 07.
#
# (Each epoch visits the points in a new random order. `iris()` gives the flowers sorted by species; in that order the
# last points would always be of one class, and the line would be pulled towards them every time.)

# %% [markdown] lang="hi"
# ## 4. Layer: input, hidden और output
#
# Neural network के neuron layer (परतों) में रखे जाते हैं:
#
# - **Input layer:** data के मान, जैसे फूल के दो माप। यहाँ कोई गणना नहीं होती और कोई weight नहीं होता।
# - **Hidden layer:** बीच की layer; हर neuron पिछली layer के output का weighted sum लेकर activation function लगाता है।
# - **Output layer:** आख़िरी layer, जो prediction $\hat y$ देती है।
#
# Deep learning का अर्थ है कई hidden layer वाला network। **Fully connected** layer में हर neuron पिछली layer के
# **हर** neuron से जुड़ा होता है, और हर कड़ी का अपना weight होता है। PyTorch में यही `nn.Linear(in_features, out_features)`
# है: `in_features` पिछली layer के output की संख्या और `out_features` इस layer के neuron की संख्या। इसका weight एक
# matrix है जिसकी shape `(out_features, in_features)` है (हर neuron की एक row), और bias में हर neuron का एक मान।
#
# Notes का `SimpleNN` यही है: 2 input, 4 neuron की एक hidden layer (ReLU के साथ) और 1 output।
#
# > **Notes में सुधार।** Notes के code का indentation copy में खो गया था, इसलिए वहाँ वह ऐसे ही नहीं चलता; नीचे वह
# > चलने लायक़ है। Notes `fc1` के आगे "Input layer to hidden" लिखते हैं: यह सही है, `fc1` input layer से hidden layer
# > तक के weight रखता है; input layer के अपने कोई parameter नहीं होते।

# %% [markdown] lang="en"
# ## 4. Layers: input, hidden, output
#
# In a neural network the neurons are arranged in layers:
#
# - **Input layer:** the values of the data, such as a flower's two measurements. Nothing is computed here and there are no weights.
# - **Hidden layer:** a layer in between; each neuron takes a weighted sum of the previous layer's outputs and applies an activation function.
# - **Output layer:** the last layer, which gives the prediction $\hat y$.
#
# Deep learning means a network with many hidden layers. In a **fully connected** layer each neuron is joined to
# **every** neuron of the previous layer, and each joint has its own weight. In PyTorch that is
# `nn.Linear(in_features, out_features)`: `in_features` is the number of outputs of the previous layer and
# `out_features` the number of neurons in this layer. Its weight is a matrix of shape `(out_features, in_features)`
# (one row per neuron), and its bias holds one value per neuron.
#
# The notes' `SimpleNN` is exactly this: 2 inputs, one hidden layer of 4 neurons (with ReLU) and 1 output.
#
# > **Correcting the notes.** The notes' code lost its indentation in the copy, so as printed there it does not run;
# > below it is runnable. The notes label `fc1` "Input layer to hidden": right, `fc1` holds the weights from the input
# > layer to the hidden layer; the input layer has no parameters of its own.

# %%
class SimpleNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 4)  # input layer (2 values) -> hidden layer (4 neurons)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(4, 1)  # hidden layer (4 neurons) -> output layer (1 neuron)

    def forward(self, x):
        x = self.fc1(x)
        x = self.relu(x)
        return self.fc2(x)


model = SimpleNN()
print(model)

# %%
ax = diagrams.network([2, 4, 1], title=t(hi="SimpleNN: हर रेखा एक weight है", en="SimpleNN: each line is one weight"))
weights_in_model = model.fc1.weight.numel() + model.fc2.weight.numel()
assert len(ax.lines) == weights_in_model
print(t(hi=f"चित्र की रेखाएँ: {len(ax.lines)} · model के weight: {weights_in_model}",
        en=f"lines in the picture: {len(ax.lines)} · weights in the model: {weights_in_model}"))

# %% [markdown] lang="hi"
# अब parameter गिनिए, पहले हाथ से। `nn.Linear(in, out)` में `in × out` weight और `out` bias होते हैं:
#
# - `fc1 = nn.Linear(2, 4)`: $2 \times 4 = 8$ weight और 4 bias, यानी 12;
# - `fc2 = nn.Linear(4, 1)`: $4 \times 1 = 4$ weight और 1 bias, यानी 5;
# - कुल 17 parameter। अब PyTorch से गिनती:

# %% [markdown] lang="en"
# Now count the parameters, first by hand. `nn.Linear(in, out)` has `in × out` weights and `out` biases:
#
# - `fc1 = nn.Linear(2, 4)`: $2 \times 4 = 8$ weights and 4 biases, that is 12;
# - `fc2 = nn.Linear(4, 1)`: $4 \times 1 = 4$ weights and 1 bias, that is 5;
# - 17 parameters in all. Now PyTorch's count:

# %%
by_hand = (2 * 4 + 4) + (4 * 1 + 1)
for name, parameter in model.named_parameters():
    print(f"{name:11} shape {str(tuple(parameter.shape)):7} {parameter.numel():3}")
by_pytorch = sum(p.numel() for p in model.parameters())
print(t(hi=f"हाथ से: {by_hand} · PyTorch: {by_pytorch}", en=f"by hand: {by_hand} · PyTorch: {by_pytorch}"))
assert by_hand == by_pytorch == 17

# %% [markdown] lang="hi"
# ## 5. Forward pass, संख्या दर संख्या
#
# Forward pass का अर्थ है input से output तक की गणना: हर layer में $z = Wx + b$, फिर $a = f(z)$। इसे पढ़ने लायक़
# बनाने के लिए `SimpleNN` के weight को हम सरल संख्याएँ देते हैं, एक input $x = (2, 1)$ लेते हैं और हर neuron का
# weighted sum सीधे Python के गुणा और जोड़ से निकालते हैं, `model` के बिना:

# %% [markdown] lang="en"
# ## 5. A forward pass, number by number
#
# A forward pass is the computation from input to output: in each layer $z = Wx + b$, then $a = f(z)$. To make it
# readable we give `SimpleNN` simple numbers as weights, take one input $x = (2, 1)$ and work out every neuron's
# weighted sum with plain Python multiplication and addition, without `model`:

# %%
W1 = [[1.0, -1.0], [0.5, 0.5], [-1.5, 1.0], [2.0, 1.0]]
b1 = [0.0, -1.0, 0.5, -3.0]
W2 = [[1.0, -2.0, 0.5, 1.5]]
b2 = [0.25]
with torch.no_grad():
    for linear, weight, bias in ((model.fc1, W1, b1), (model.fc2, W2, b2)):
        linear.weight.copy_(torch.tensor(weight))
        linear.bias.copy_(torch.tensor(bias))

x = [2.0, 1.0]
print(t(hi="Hidden layer (fc1, फिर ReLU):", en="Hidden layer (fc1, then ReLU):"))
a1 = []
for j in range(4):
    z_j = W1[j][0] * x[0] + W1[j][1] * x[1] + b1[j]
    a1.append(max(0.0, z_j))
    print(f"  z{j + 1} = {W1[j][0]:4}·{x[0]} + {W1[j][1]:4}·{x[1]} + {b1[j]:4} = {z_j:5}   →  a{j + 1} = ReLU(z{j + 1}) = {a1[j]}")
y_hat = sum(W2[0][j] * a1[j] for j in range(4)) + b2[0]
print(t(hi="Output layer (fc2, कोई activation नहीं):", en="Output layer (fc2, no activation):"))
print("  ŷ = " + " + ".join(f"{W2[0][j]}·{a1[j]}" for j in range(4)) + f" + {b2[0]} = {y_hat}")

assert a1[2] == 0.0                       # the third hidden neuron: z < 0, so ReLU gives 0
from_model = model(torch.tensor(x))
print(f"model(x) = {from_model.item()}")
assert abs(from_model.item() - y_hat) < 1e-6

# %% [markdown] lang="hi"
# हाथ का हिसाब और `model(x)` एक ही संख्या देते हैं। तीसरे hidden neuron का $z$ ऋणात्मक है, इसलिए ReLU के बाद उसका
# output 0 है और इस input पर वह $\hat y$ में कुछ नहीं जोड़ता।
#
# Network एक साथ कई input भी लेता है: $N$ input की एक batch की shape `(N, 2)` है। हर layer हर row पर वही गणना करती है:

# %% [markdown] lang="en"
# The hand calculation and `model(x)` give the same number. The third hidden neuron's $z$ is negative, so after ReLU its
# output is 0 and on this input it adds nothing to $\hat y$.
#
# A network also takes many inputs at once: a batch of $N$ inputs has shape `(N, 2)`. Each layer does the same
# computation on every row:

# %%
batch = torch.randn(5, 2)
hidden = model.relu(model.fc1(batch))
out = model.fc2(hidden)
print(f"x: {tuple(batch.shape)}  →  fc1 + ReLU: {tuple(hidden.shape)}  →  fc2: {tuple(out.shape)}")
assert out.shape == (5, 1) and torch.allclose(out, model(batch))

# %% [markdown] lang="hi"
# ## 6. Backpropagation: एक कदम
#
# Forward pass prediction देता है। सीखने के लिए जानना होगा कि prediction कितना ग़लत है (loss), और हर parameter को
# किस ओर बदलें ताकि loss घटे। Backpropagation chain rule से loss का gradient output से पीछे की ओर, हर parameter के लिए
# निकालता है; फिर gradient descent हर parameter को उसके gradient की उल्टी दिशा में थोड़ा-सा खिसकाता है:
# $w \leftarrow w - \eta \, \partial L / \partial w$। विस्तार अध्याय 02, 04 और 05 में है; यहाँ एक कदम देखते हैं,
# ऊपर वाले input पर, target $y = 1$ और loss $L = (\hat y - y)^2$ के साथ।

# %% [markdown] lang="en"
# ## 6. Backpropagation: one step
#
# The forward pass gives a prediction. To learn, we need how wrong the prediction is (the loss), and in which direction
# to change each parameter so the loss goes down. Backpropagation computes the loss's gradient for every parameter with
# the chain rule, from the output backwards; then gradient descent moves each parameter a little against its gradient:
# $w \leftarrow w - \eta \, \partial L / \partial w$. The details are in chapters 02, 04 and 05; here we watch one step,
# on the input above, with target $y = 1$ and the loss $L = (\hat y - y)^2$.

# %%
target = torch.tensor([1.0])
loss = (model(torch.tensor(x)) - target).pow(2).sum()
loss.backward()
for name, parameter in model.named_parameters():
    assert parameter.grad.shape == parameter.shape
print(t(hi=f"कदम से पहले loss: {loss.item():.4f}", en=f"loss before: {loss.item():.4f}"))
print(t(hi=f"fc2.weight का gradient: {model.fc2.weight.grad.tolist()}",
        en=f"gradient of fc2.weight: {model.fc2.weight.grad.tolist()}"))
print(t(hi=f"fc1.weight का gradient, तीसरे neuron की row: {model.fc1.weight.grad[2].tolist()}",
        en=f"gradient of fc1.weight, the third neuron's row: {model.fc1.weight.grad[2].tolist()}"))

# by hand: dL/dŷ = 2(ŷ − y), and ŷ = W2·a1 + b2, so dL/dW2 = 2(ŷ − y)·a1
by_hand_grad = torch.tensor([[2 * (y_hat - 1.0) * a for a in a1]])
assert torch.allclose(model.fc2.weight.grad, by_hand_grad)
assert (model.fc1.weight.grad[2] == 0).all()                     # ReLU gave 0: no gradient reaches it

lr = 0.01
with torch.no_grad():
    for parameter in model.parameters():
        parameter -= lr * parameter.grad
new_loss = (model(torch.tensor(x)) - target).pow(2).sum()
print(t(hi=f"एक कदम (η = {lr}) के बाद loss: {new_loss.item():.4f}", en=f"loss after one step (η = {lr}): {new_loss.item():.4f}"))
assert new_loss < loss

# %% [markdown] lang="hi"
# हर parameter को अपनी ही shape का gradient मिला। `fc2.weight` का gradient हाथ से निकाले सूत्र $2(\hat y - y)\,a_1$ से
# मेल खाता है (ऊपर assert किया गया)। तीसरे hidden neuron के weight का gradient 0 है: ReLU ने उसका output 0 कर दिया था, इसलिए इस
# input पर उसके weight बदलने से loss नहीं बदलता। एक कदम के बाद loss घटा।

# %% [markdown] lang="en"
# Every parameter got a gradient of its own shape. The gradient of `fc2.weight` matches the hand formula
# $2(\hat y - y)\,a_1$ (asserted above). The gradient of the third hidden neuron's weights is 0: ReLU had made its output
# 0, so on this input changing its weights does not change the loss. After one step the loss went down.

# %% [markdown] lang="hi"
# ## 7. कब क्या इस्तेमाल करें
#
# Step function का derivative हर जगह 0 है (छलाँग वाले बिंदु को छोड़कर), इसलिए gradient descent perceptron को सिखा
# नहीं सकता: उसके लिए ऊपर वाला perceptron नियम चाहिए। Sigmoid वाला neuron भी एक सीधी रेखा ही खींचता है, पर sigmoid
# की ढलान कहीं भी 0 नहीं होती, इसलिए वह gradient descent से सीखता है। नीचे यह मापा गया है:

# %% [markdown] lang="en"
# ## 7. Which to use when
#
# The step function's derivative is 0 everywhere (except at the jump), so gradient descent cannot train a perceptron:
# it needs the perceptron rule above. A neuron with sigmoid also draws only one straight line, but its slope is nowhere
# 0, so it learns by gradient descent. Measured below:

# %%
points = torch.tensor([-3.0, -1.0, -0.1, 0.1, 1.0, 3.0])
h = 1e-3
step_slope = (step(points + h) - step(points - h)) / (2 * h)
sigmoid_slope = (torch.sigmoid(points + h) - torch.sigmoid(points - h)) / (2 * h)
print("z             ", [round(v, 1) for v in points.tolist()])
print(t(hi="step की ढलान    ", en="step slope     "), step_slope.tolist())
print(t(hi="sigmoid की ढलान ", en="sigmoid slope  "), [round(v, 4) for v in sigmoid_slope.tolist()])
assert (step_slope == 0).all() and (sigmoid_slope > 0).all()

# %% [markdown] lang="hi"
# | model | decision boundary | कैसे सीखता है | कब |
# |---|---|---|---|
# | perceptron (step function) | एक सीधी रेखा | perceptron नियम | data linearly separable हो और सिर्फ़ 0/1 निर्णय चाहिए |
# | sigmoid वाला एक neuron | एक सीधी रेखा | gradient descent | एक रेखा काफ़ी हो, और 0 से 1 के बीच का मान भी चाहिए |
# | hidden layer वाला network (`SimpleNN`) | सीधे टुकड़ों से बनी मुड़ी हुई सीमा (ReLU के साथ) | backpropagation + gradient descent | कोई रेखा वर्गों को अलग न कर सके, जैसे two moons (अध्याय 06 और 07) |
#
# ## सारांश
#
# - कृत्रिम neuron: $z = w \cdot x + b$, $a = f(z)$। जैविक neuron से प्रेरित, पर बहुत सरल: signal एक संख्या है।
# - Perceptron: $\hat y = \mathrm{step}(w \cdot x + b)$; उसकी decision boundary एक सीधी रेखा है। Linearly separable data पर उसका नियम रुक जाता है, बाक़ी data पर नहीं।
# - Layer: input (सिर्फ़ मान), hidden, output। Fully connected layer `nn.Linear(in, out)` में `in × out` weight और `out` bias होते हैं।
# - Forward pass input से output तक की गणना है; backpropagation हर parameter का gradient देता है, जिससे gradient descent loss घटाता है।

# %% [markdown] lang="en"
# | model | decision boundary | how it learns | when |
# |---|---|---|---|
# | perceptron (step function) | one straight line | the perceptron rule | the data is linearly separable and a 0/1 decision is all you need |
# | one neuron with sigmoid | one straight line | gradient descent | one line is enough, and you also want a value between 0 and 1 |
# | a network with a hidden layer (`SimpleNN`) | a bent boundary of straight pieces (with ReLU) | backpropagation + gradient descent | no line can separate the classes, as with two moons (chapters 06 and 07) |
#
# ## Summary
#
# - Artificial neuron: $z = w \cdot x + b$, $a = f(z)$. Inspired by the biological neuron, but far simpler: the signal is one number.
# - Perceptron: $\hat y = \mathrm{step}(w \cdot x + b)$; its decision boundary is a straight line. On linearly separable data its rule stops; on other data it does not.
# - Layers: input (just the values), hidden, output. A fully connected layer `nn.Linear(in, out)` has `in × out` weights and `out` biases.
# - The forward pass is the computation from input to output; backpropagation gives every parameter its gradient, with which gradient descent lowers the loss.

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
def neuron(x, w, b):
    ...


q4.check(neuron)

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
def nand(x):
    ...


q7.check(nand)

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
def dense(x, W, b):
    ...


q14.check(dense)

# %%
q15

# %% tags=["answer"]
def simple_nn(x, W1, b1, W2, b2):
    ...


q15.check(simple_nn)

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
