"""Chapter 01's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch
import torch.nn.functional as F


# ---- q4: the neuron's formula, a = sigmoid(w·x + b)
def neuron(x, w, b):
    return torch.sigmoid(x @ w + b)


def neuron_by_sum(x, w, b):
    return 1 / (1 + torch.exp(-((x * w).sum(-1) + b)))


def neuron_unstable(x, w, b):
    z = x @ w + b
    return torch.exp(z) / (1 + torch.exp(z))


def neuron_no_bias(x, w, b):
    return torch.sigmoid(x @ w)


def neuron_no_activation(x, w, b):
    return x @ w + b


def neuron_no_sum(x, w, b):
    return torch.sigmoid(x * w + b)


def neuron_linear(x, w, b):
    return torch.sigmoid(F.linear(x, w, b))


# ---- q7: the perceptron's formula, used: NAND from one perceptron, ŷ = 1 if w·x + b > 0 else 0
def nand(x):
    w = torch.tensor([-2.0, -2.0])
    return (x @ w + 3.0 > 0).float()


def nand_small_weights(x):
    return (x @ torch.tensor([-1.0, -1.0]) + 1.5 > 0).float()


def nand_where(x):
    return torch.where(-x[:, 0] - x[:, 1] + 1.5 > 0, 1.0, 0.0)


def nand_at_least(x):                 # >= is fine here: no input lies on this line
    return (x @ torch.tensor([-2.0, -2.0]) + 3.0 >= 0).float()


def nand_and(x):                      # AND instead of NAND
    return (x @ torch.tensor([1.0, 1.0]) - 1.5 > 0).float()


def nand_or(x):                       # OR: (1, 1) gets 1
    return (x @ torch.tensor([1.0, 1.0]) - 0.5 > 0).float()


def nand_bias_sign(x):                # bias of the wrong sign: every z < 0
    return (x @ torch.tensor([-2.0, -2.0]) - 3.0 > 0).float()


def nand_no_bias(x):                  # at (0, 0) z = 0, so ŷ = 0
    return (x @ torch.tensor([-1.0, -1.0]) > 0).float()


def nand_on_the_line(x):              # (1, 1) lies on the line (z = 0) and >= gives it 1
    return (x @ torch.tensor([-1.0, -1.0]) + 2.0 >= 0).float()


def nand_sigmoid(x):                  # a sigmoid neuron, not a perceptron: not 0/1
    return torch.sigmoid(x @ torch.tensor([-2.0, -2.0]) + 3.0)


def nand_no_decision(x):              # the weighted sum z, with no decision on it
    return x @ torch.tensor([-2.0, -2.0]) + 3.0


def nand_bool(x):
    return x @ torch.tensor([-2.0, -2.0]) + 3.0 > 0


# ---- q14: a fully connected layer, x Wᵀ + b
def dense(x, W, b):
    return x @ W.T + b


def dense_by_neuron(x, W, b):
    return (x.unsqueeze(-2) * W).sum(-1) + b


def dense_not_transposed(x, W, b):
    return x @ W + b


def dense_no_bias(x, W, b):
    return x @ W.T


def dense_with_linear(x, W, b):
    return F.linear(x, W, b)


def dense_with_module(x, W, b):
    layer = torch.nn.Linear(W.shape[1], W.shape[0])
    with torch.no_grad():
        layer.weight.copy_(W)
        layer.bias.copy_(b)
    return layer(x).detach()


def dense_bias_per_input(x, W, b):
    return x @ W.T + b.sum()


# ---- q15: SimpleNN's forward pass
def simple_nn(x, W1, b1, W2, b2):
    hidden = torch.clamp(x @ W1.T + b1, min=0)
    return hidden @ W2.T + b2


def simple_nn_maximum(x, W1, b1, W2, b2):
    z1 = x @ W1.T + b1
    return torch.maximum(z1, torch.zeros_like(z1)) @ W2.T + b2


def simple_nn_no_relu(x, W1, b1, W2, b2):
    return (x @ W1.T + b1) @ W2.T + b2


def simple_nn_relu_on_output(x, W1, b1, W2, b2):
    return torch.clamp(torch.clamp(x @ W1.T + b1, min=0) @ W2.T + b2, min=0)


def simple_nn_sigmoid(x, W1, b1, W2, b2):
    return torch.sigmoid(x @ W1.T + b1) @ W2.T + b2


def simple_nn_with_relu(x, W1, b1, W2, b2):
    return torch.relu(x @ W1.T + b1) @ W2.T + b2


def simple_nn_with_linear(x, W1, b1, W2, b2):
    return F.linear(torch.clamp(F.linear(x, W1, b1), min=0), W2, b2)


def simple_nn_forgot_return(x, W1, b1, W2, b2):
    hidden = torch.clamp(x @ W1.T + b1, min=0)
    hidden @ W2.T + b2


KEY = {
    "01.1": dict(
        answer="C", right=["C", "c", " (C) "], wrong=["A", "B", "D"], unreadable=["axon", 3, None],
        explanation=("Signal dendrite से अंदर आता है, cell body में जुड़ता है, और axon के रास्ते synapse तक जाता है। "
                     "कृत्रिम neuron में dendrite की जगह input हैं और axon की जगह output a।",
                     "The signal comes in through the dendrites, adds up in the cell body, and travels along the axon to "
                     "the synapses. In the artificial neuron the inputs stand for the dendrites and the output a for the axon."),
        solution=("**C.** Dendrite दूसरे neuron से signal लेते हैं (input); axon इस neuron का output आगे, synapse तक, "
                  "ले जाता है। A उल्टा है; जोड़ने का काम cell body करती है, axon नहीं।",
                  "**C.** Dendrites take signals in from other neurons (the input); the axon carries this neuron's output "
                  "onward, to the synapses. A has it backwards; the adding up happens in the cell body, not the axon.")),
    "01.2": dict(
        answer="A", right=["A", "a", "(A)"], wrong=["B", "C", "D"], unreadable=["numbers", 1, ""],
        explanation=("Input वास्तविक संख्याओं का एक vector x है: फूल के माप, किसी चित्र के pixel, कुछ भी जो संख्या में लिखा जा सके। "
                     "हर $x_i$ अपने $w_i$ से गुणा होता है।",
                     "The input is a vector x of real numbers: a flower's measurements, an image's pixels, anything written "
                     "as numbers. Each $x_i$ is multiplied by its $w_i$."),
        solution=("**A.** कृत्रिम neuron वास्तविक संख्याएँ $x_1, \\dots, x_n$ लेता है और $z = \\sum_i w_i x_i + b$ निकालता है। "
                  "चित्र भी pixel की संख्याओं के रूप में आता है; input 0/1 तक सीमित नहीं है।",
                  "**A.** An artificial neuron takes real numbers $x_1, \\dots, x_n$ and computes $z = \\sum_i w_i x_i + b$. "
                  "An image, too, arrives as numbers, its pixels; the input is not limited to 0/1.")),
    "01.3": dict(
        answer="D", right=["D", "d", " D. "], wrong=["A", "B", "C"], unreadable=["DD", 4, ["D"]],
        explanation=("जैविक neuron समय के साथ छोटे विद्युत pulse (spike) भेजता है; कृत्रिम neuron का output एक संख्या a = f(z) है।",
                     "A biological neuron sends short electrical pulses (spikes) over time; an artificial neuron's output is "
                     "one number a = f(z)."),
        solution=("**D.** जैविक: विद्युत-रासायनिक pulse, समय के साथ। कृत्रिम: एक वास्तविक संख्या। "
                  "कृत्रिम neuron pulse को simulate नहीं करता; वह जैविक neuron का बहुत सरल model है।",
                  "**D.** Biological: electrochemical pulses, over time. Artificial: one real number. "
                  "An artificial neuron does not simulate the pulses; it is a very simple model of the biological one.")),
    "01.4": dict(
        reference=neuron, right=[neuron, neuron_by_sum],
        wrong=[neuron_unstable, neuron_no_bias, neuron_no_activation, neuron_no_sum, neuron_linear],
        unreadable=["sigmoid(w @ x + b)", 0.5],
        explanation=("$a = f(z)$, $z = \\sum_i w_i x_i + b$: पहले weighted sum, फिर activation function। "
                     "`x @ w` एक input और पूरी batch, दोनों पर काम करता है।",
                     "$a = f(z)$ with $z = \\sum_i w_i x_i + b$: first the weighted sum, then the activation function. "
                     "`x @ w` works for one input and for a whole batch alike."),
        solution=("```python\ndef neuron(x, w, b):\n    return torch.sigmoid(x @ w + b)   # a = f(z), z = w·x + b\n```\n"
                  "सूत्र: $a = \\sigma\\left(\\sum_i w_i x_i + b\\right)$।",
                  "```python\ndef neuron(x, w, b):\n    return torch.sigmoid(x @ w + b)   # a = f(z), z = w·x + b\n```\n"
                  "Formula: $a = \\sigma\\left(\\sum_i w_i x_i + b\\right)$.")),
    "01.5": dict(
        answer="B", right=["B", "b"], wrong=["A", "C", "D"], unreadable=["B and C", 2.0],
        explanation=("हर हिस्से का काम मेल खाता है: लेना (dendrite ↔ input), तौलना (synapse ↔ weight), जोड़कर fire करना "
                     "(cell body ↔ Σ और f), आगे भेजना (axon ↔ output)। पर यह प्रेरणा है, नक़ल नहीं।",
                     "The jobs match part by part: taking in (dendrites ↔ inputs), weighing (synapses ↔ weights), adding up "
                     "and firing (cell body ↔ Σ and f), sending on (axon ↔ output). But it is inspiration, not a copy."),
        solution=("**B.** input ↔ dendrite, weight ↔ synapse की ताक़त, Σ और f ↔ cell body का जोड़ना और threshold पार होने पर "
                  "fire करना, output ↔ axon। A ग़लत है: कृत्रिम neuron बहुत सरल model है, दिमाग़ की नक़ल नहीं।",
                  "**B.** inputs ↔ dendrites, weights ↔ synapse strengths, Σ and f ↔ the cell body adding up and firing "
                  "past a threshold, output ↔ axon. A is false: the artificial neuron is a very simple model, not a copy "
                  "of the brain.")),
    "01.6": dict(
        answer="D", right=["D", "d"], wrong=["A", "B", "C"], unreadable=["input, hidden, output", 0],
        explanation=("Input layer data के मान रखती है, hidden layer (एक या कई) उन्हें process करती हैं, और output layer "
                     "prediction ŷ देती है। कई hidden layer = deep network।",
                     "The input layer holds the data's values, the hidden layers (one or many) process them, and the "
                     "output layer gives the prediction ŷ. Many hidden layers = a deep network."),
        solution=("**D.** Input layer, hidden layer(s), output layer। तीन मुख्य layer में activation और loss नहीं आते; "
                  "convolution और pooling कुछ network की layer के प्रकार हैं (अध्याय 08)।",
                  "**D.** Input layer, hidden layer(s), output layer. Activation and loss are not the three layers; "
                  "convolution and pooling are kinds of layer in some networks (chapter 08).")),
    "01.7": dict(
        reference=nand, right=[nand, nand_small_weights, nand_where, nand_at_least],
        wrong=[nand_and, nand_or, nand_bias_sign, nand_no_bias, nand_on_the_line, nand_sigmoid, nand_no_decision,
               nand_bool],
        unreadable=["NAND", 3, None],
        explanation=("Perceptron: $\\hat y = 1$ अगर $w \\cdot x + b > 0$, वरना 0। आपकी रेखा $w \\cdot x + b = 0$ कोने (1, 1) "
                     "को बाक़ी तीन से अलग करती है। ऋणात्मक weight का अर्थ है कि 1 वाला input ŷ को 0 की ओर धकेलता है (जैसे "
                     "दबाने वाला, यानी inhibitory, synapse), और धनात्मक bias (0, 0) को 1 देता है। NAND ख़ास है: हर logic circuit "
                     "सिर्फ़ NAND gate से बन सकता है, इसलिए perceptron से बना network हर वह गणना कर सकता है जो कोई logic "
                     "circuit करता है। पर XOR कोई अकेला perceptron नहीं बना सकता: कोई एक रेखा (0, 1), (1, 0) को (0, 0), (1, 1) से अलग नहीं "
                     "करती (अध्याय 07)।",
                     "Perceptron: $\\hat y = 1$ if $w \\cdot x + b > 0$, else 0. Your line $w \\cdot x + b = 0$ cuts the "
                     "corner (1, 1) off from the other three. Negative weights mean an input of 1 pushes ŷ towards 0 (like an "
                     "inhibitory synapse), and a positive bias gives (0, 0) a 1. NAND is special: every logic circuit can be "
                     "built from NAND gates alone, so a network of perceptrons can compute whatever a logic circuit computes. "
                     "But no single perceptron computes XOR: no one line separates (0, 1), (1, 0) from (0, 0), (1, 1) "
                     "(chapter 07)."),
        solution=("```python\ndef nand(x):\n    w = torch.tensor([-2.0, -2.0])\n    b = 3.0\n"
                  "    return (x @ w + b > 0).float()   # ŷ = step(w·x + b)\n```\n"
                  "$z = w \\cdot x + b$ चारों जोड़ों पर: (0, 0) पर 3, (0, 1) और (1, 0) पर 1, (1, 1) पर −1; इसलिए ŷ = 1, 1, 1, 0। "
                  "इन weight के साथ $2 < b \\le 4$ वाला कोई भी b चलेगा।",
                  "```python\ndef nand(x):\n    w = torch.tensor([-2.0, -2.0])\n    b = 3.0\n"
                  "    return (x @ w + b > 0).float()   # ŷ = step(w·x + b)\n```\n"
                  "$z = w \\cdot x + b$ on the four pairs: 3 at (0, 0), 1 at (0, 1) and (1, 0), −1 at (1, 1); so ŷ = 1, 1, 1, 0. "
                  "With these weights any b with $2 < b \\le 4$ works.")),
    "01.8": dict(
        answer="A", right=["A", "a"], wrong=["B", "C", "D"], unreadable=["relu", 1],
        explanation=("ReLU धनात्मक z को जैसा है वैसा भेजता है और ऋणात्मक को 0 कर देता है; sigmoid हर z को 0 और 1 के बीच "
                     "दबा देता है। ReLU z = 0 पर मुड़ता है, इसलिए वह भी non-linear है।",
                     "ReLU passes a positive z unchanged and turns a negative one into 0; sigmoid squeezes every z between "
                     "0 and 1. ReLU bends at z = 0, so it is non-linear too."),
        solution=("**A.** ReLU(z) = max(0, z): range $[0, \\infty)$। sigmoid(z) = 1 / (1 + e^(−z)): range $(0, 1)$। "
                  "D ग़लत है: दो सीधे टुकड़ों वाला ReLU सभी z पर linear नहीं है। विस्तार अध्याय 06 में।",
                  "**A.** ReLU(z) = max(0, z): range $[0, \\infty)$. sigmoid(z) = 1 / (1 + e^(−z)): range $(0, 1)$. "
                  "D is false: ReLU, made of two straight pieces, is not linear over all z. More in chapter 06.")),
    "01.9": dict(
        answer="C", right=["C", " c"], wrong=["A", "B", "D"], unreadable=["forward", 3],
        explanation=("Forward pass prediction ŷ और loss देता है; backpropagation (`loss.backward()`) हर parameter का gradient "
                     "देता है; उसके बाद gradient descent का कदम weight बदलता है।",
                     "The forward pass gives the prediction ŷ and the loss; backpropagation (`loss.backward()`) gives every "
                     "parameter its gradient; the gradient-descent step after it changes the weights."),
        solution=("**C.** Forward pass: input से layer दर layer ŷ तक। Backpropagation: chain rule से, output से पीछे की ओर, "
                  "हर parameter के लिए ∂L/∂w। A ग़लत है: weight को न forward pass बदलता है, न backpropagation; "
                  "उन्हें उसके बाद का gradient descent वाला कदम बदलता है।",
                  "**C.** Forward pass: from the input, layer by layer, to ŷ. Backpropagation: with the chain rule, from "
                  "the output backwards, ∂L/∂w for every parameter. A is false: neither the forward pass nor "
                  "backpropagation changes the weights; the gradient-descent step after them does.")),
    "01.10": dict(
        answer=5, right=[5, 5.0, torch.tensor(5)], wrong=[3, 15, 20, 8], unreadable=["five", "5", -5],
        explanation=("`nn.Linear(in_features, out_features)`: दूसरा argument इस layer के neuron गिनता है। पहला, 3, हर "
                     "neuron को मिलने वाले input की संख्या है।",
                     "`nn.Linear(in_features, out_features)`: the second argument counts this layer's neurons. The first, "
                     "3, is how many inputs each neuron receives."),
        solution=("**5** neuron। `nn.Linear(3, 5)` 3 input लेकर 5 output देता है: 5 neuron, हर एक के 3 weight और 1 bias।",
                  "**5** neurons. `nn.Linear(3, 5)` takes 3 inputs and gives 5 outputs: 5 neurons, each with 3 weights "
                  "and 1 bias.")),
    "01.11": dict(
        answer=(5, 3), right=[(5, 3), [5, 3], torch.Size([5, 3])], wrong=[(3, 5), (15,), (5,), (5, 3, 1)],
        unreadable=["(5, 3)", 5.3, (5.0, 3.0)],
        explanation=("PyTorch weight को `(out_features, in_features)` shape में रखता है: हर neuron की एक row, इसलिए layer "
                     "xWᵀ + b निकालती है।",
                     "PyTorch stores the weight as `(out_features, in_features)`: one row per neuron, which is why the "
                     "layer computes xWᵀ + b."),
        solution=("`(5, 3)`: 5 neuron की 5 row, हर row में 3 input के 3 weight। `torch.nn.Linear(3, 5).weight.shape` "
                  "`torch.Size([5, 3])` छापता है।",
                  "`(5, 3)`: 5 rows for the 5 neurons, each row 3 weights for the 3 inputs. "
                  "`torch.nn.Linear(3, 5).weight.shape` prints `torch.Size([5, 3])`.")),
    "01.12": dict(
        answer=32, right=[32, 32.0, torch.tensor(32)], wrong=[25, 7, 30, 20, 12], unreadable=["32", -32],
        explanation=("हर `nn.Linear(in, out)`: `in × out` weight + `out` bias। ReLU के कोई parameter नहीं। "
                     "`sum(p.numel() for p in net.parameters())` भी यही गिनती देता है।",
                     "Each `nn.Linear(in, out)`: `in × out` weights + `out` biases. ReLU has none. "
                     "`sum(p.numel() for p in net.parameters())` gives the same count."),
        solution=("(3 × 5 + 5) + (5 × 2 + 2) = 20 + 12 = **32**।",
                  "(3 × 5 + 5) + (5 × 2 + 2) = 20 + 12 = **32**.")),
    "01.13": dict(
        answer=0.7, right=[0.7, 0.70, torch.tensor(0.7000001), 0.704], wrong=[0, 0.6, 1.7, -0.7, 0.71, 0.8],
        unreadable=["0.7", "tensor(0.7000)", float("inf")],
        explanation=("z = 1.0 − 1.0 + 0.6 + 0.1 = 0.7 > 0, इसलिए ReLU उसे नहीं बदलता। PyTorch `tensor(0.7000)` छापता है।",
                     "z = 1.0 − 1.0 + 0.6 + 0.1 = 0.7 > 0, so ReLU leaves it unchanged. PyTorch prints `tensor(0.7000)`."),
        solution=("z = 0.5·2.0 + (−1.0)·1.0 + 0.2·3.0 + 0.1 = **0.70**; ReLU(0.70) = 0.70।",
                  "z = 0.5·2.0 + (−1.0)·1.0 + 0.2·3.0 + 0.1 = **0.70**; ReLU(0.70) = 0.70.")),
    "01.14": dict(
        reference=dense, right=[dense, dense_by_neuron],
        wrong=[dense_not_transposed, dense_no_bias, dense_with_linear, dense_with_module, dense_bias_per_input],
        unreadable=["x @ W.T + b", 1.0],
        explanation=("W की हर row एक neuron का weight है, इसलिए `x @ W.T` हर neuron का weighted sum देता है; `b` हर "
                     "neuron का अपना bias जोड़ता है। यही `nn.Linear` करता है।",
                     "Each row of W is one neuron's weights, so `x @ W.T` gives every neuron's weighted sum; `b` adds each "
                     "neuron's own bias. That is what `nn.Linear` does."),
        solution=("```python\ndef dense(x, W, b):\n    return x @ W.T + b\n```\n"
                  "`W.T` की shape `(in, out)` है, इसलिए `(N, in) @ (in, out)` से `(N, out)` मिलता है।",
                  "```python\ndef dense(x, W, b):\n    return x @ W.T + b\n```\n"
                  "`W.T` has shape `(in, out)`, so `(N, in) @ (in, out)` gives `(N, out)`.")),
    "01.15": dict(
        reference=simple_nn, right=[simple_nn, simple_nn_maximum],
        wrong=[simple_nn_no_relu, simple_nn_relu_on_output, simple_nn_sigmoid, simple_nn_with_relu,
               simple_nn_with_linear, simple_nn_forgot_return],
        unreadable=[17, "fc2(relu(fc1(x)))"],
        explanation=("Forward pass = layer दर layer: z₁ = xW₁ᵀ + b₁, a₁ = ReLU(z₁), ŷ = a₁W₂ᵀ + b₂। "
                     "Output पर कोई activation नहीं, ठीक `SimpleNN` की तरह।",
                     "Forward pass = layer by layer: z₁ = xW₁ᵀ + b₁, a₁ = ReLU(z₁), ŷ = a₁W₂ᵀ + b₂. "
                     "No activation on the output, exactly as in `SimpleNN`."),
        solution=("```python\ndef simple_nn(x, W1, b1, W2, b2):\n    hidden = torch.clamp(x @ W1.T + b1, min=0)  # fc1, ReLU\n"
                  "    return hidden @ W2.T + b2                    # fc2\n```\n"
                  "यह `model.fc2(model.relu(model.fc1(x)))` के बराबर है।",
                  "```python\ndef simple_nn(x, W1, b1, W2, b2):\n    hidden = torch.clamp(x @ W1.T + b1, min=0)  # fc1, ReLU\n"
                  "    return hidden @ W2.T + b2                    # fc2\n```\n"
                  "It equals `model.fc2(model.relu(model.fc1(x)))`.")),
}
