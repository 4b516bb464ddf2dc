"""Chapter 07's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch
import torch.nn.functional as F


# ---------------------------------------------------------------- 07.6 perceptron(x, w, b)

def perceptron(x, w, b):
    return (x @ w + b > 0).float()


def perceptron_heaviside(x, w, b):
    return torch.heaviside(x @ w + b, torch.tensor(0.0))


def perceptron_at_least(x, w, b):          # ≥ instead of >: wrong exactly on the line
    return (x @ w + b >= 0).float()


def perceptron_bool(x, w, b):              # not turned into floats
    return x @ w + b > 0


def perceptron_no_bias(x, w, b):
    return (x @ w > 0).float()


def perceptron_sigmoid(x, w, b):           # a probability, not a decision
    return torch.sigmoid(x @ w + b)


# ---------------------------------------------------------------- 07.7 perceptron_update(x, y, w, b, lr)

def perceptron_update(x, y, w, b, lr):
    y_hat = (x @ w + b > 0).float()
    return w + lr * (y - y_hat) * x


def perceptron_update_branches(x, y, w, b, lr):
    y_hat = 1.0 if (x @ w + b).item() > 0 else 0.0
    if y_hat == y:
        return w.clone()
    return w + lr * x if y == 1.0 else w - lr * x


def update_sign_flipped(x, y, w, b, lr):
    y_hat = (x @ w + b > 0).float()
    return w - lr * (y - y_hat) * x


def update_always(x, y, w, b, lr):         # moves even after a right guess
    return w + lr * y * x


def update_at_least(x, y, w, b, lr):       # ŷ = 1 at z = 0
    y_hat = (x @ w + b >= 0).float()
    return w + lr * (y - y_hat) * x


def update_in_place(x, y, w, b, lr):
    y_hat = (x @ w + b > 0).float()
    w += lr * (y - y_hat) * x
    return w


def update_returns_both(x, y, w, b, lr):   # returns (w, b): not the tensor asked for
    y_hat = (x @ w + b > 0).float()
    return w + lr * (y - y_hat) * x, b + lr * (y - y_hat)


# ---------------------------------------------------------------- 07.8 bump(x, left, right, height, steepness)

def bump(x, left, right, height, steepness):
    return height * (torch.sigmoid(steepness * (x - left)) - torch.sigmoid(steepness * (x - right)))


def bump_by_exp(x, left, right, height, steepness):
    sigma = lambda z: 1 / (1 + torch.exp(-z))
    return height * (sigma(steepness * (x - left)) - sigma(steepness * (x - right)))


def bump_swapped(x, left, right, height, steepness):
    return height * (torch.sigmoid(steepness * (x - right)) - torch.sigmoid(steepness * (x - left)))


def bump_no_height(x, left, right, height, steepness):
    return torch.sigmoid(steepness * (x - left)) - torch.sigmoid(steepness * (x - right))


def bump_hard_steps(x, left, right, height, steepness):   # true steps: wrong on the edges and for gentle bumps
    return height * ((x > left).float() - (x > right).float())


def bump_no_steepness(x, left, right, height, steepness):
    return height * (torch.sigmoid(x - left) - torch.sigmoid(x - right))


# ---------------------------------------------------------------- 07.9 cross_entropy(z, y)

def cross_entropy(z, y):
    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).mean()


def cross_entropy_shifted(z, y):
    shifted = z - z.max(dim=1, keepdim=True).values
    return (torch.log(torch.exp(shifted).sum(dim=1)) - shifted[torch.arange(len(y)), y]).mean()


def cross_entropy_naive(z, y):             # right on paper, exp(100) = inf in float32
    p = torch.exp(z) / torch.exp(z).sum(dim=1, keepdim=True)
    return -torch.log(p[torch.arange(len(y)), y]).mean()


def cross_entropy_sum(z, y):
    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).sum()


def cross_entropy_no_minus(z, y):
    return (z[torch.arange(len(y)), y] - torch.logsumexp(z, dim=1)).mean()


def cross_entropy_library(z, y):
    return F.cross_entropy(z, y)


def cross_entropy_log_softmax(z, y):
    return -F.log_softmax(z, dim=1)[torch.arange(len(y)), y].mean()


KEY = {
    "07.1": dict(
        answer="C", right=["C", " c ", "(C)"], wrong=["A", "B", "D"], unreadable=["E", 3, None],
        explanation=("Perceptron weighted sum और bias पर step लगाता है: output सिर्फ़ 0 या 1। Bias step के भीतर है क्योंकि वह "
                     "रेखा $w \\cdot x + b = 0$ को खिसकाता है (A ग़लत); threshold के बिना (B) यह linear regression है; sigmoid और "
                     "backpropagation (D) sigmoid neuron और MLP की बातें हैं।",
                     "A perceptron applies a step to the weighted sum plus the bias: the output is only 0 or 1. The bias sits inside "
                     "the step because it shifts the line $w \\cdot x + b = 0$ (A is wrong); without a threshold (B) it is linear "
                     "regression; sigmoid and backpropagation (D) belong to the sigmoid neuron and the MLP."),
        solution=("**C.** $\\hat y = \\mathrm{step}(w \\cdot x + b)$: $w \\cdot x + b > 0$ पर 1, वरना 0। सीखने का नियम: "
                  "$w \\leftarrow w + \\eta (y - \\hat y) x$, $b \\leftarrow b + \\eta (y - \\hat y)$।",
                  "**C.** $\\hat y = \\mathrm{step}(w \\cdot x + b)$: 1 where $w \\cdot x + b > 0$, else 0. The learning rule: "
                  "$w \\leftarrow w + \\eta (y - \\hat y) x$, $b \\leftarrow b + \\eta (y - \\hat y)$.")),
    "07.2": dict(
        answer="B", right=["B", "b"], wrong=["A", "C", "D"], unreadable=["MLP", 2],
        explanation=("Non-linear activation वाली hidden layer data को नए feature में बदलती है, जिनमें एक रेखा काफ़ी हो जाती है। "
                     "Perceptron भी कई input लेता है (A ग़लत); एक अकेला sigmoid neuron भी सीधी रेखा ही बनाता है (C ग़लत); और "
                     "gradient descent से train किया गया एक neuron भी एक रेखा ही है (D ग़लत)।",
                     "A hidden layer with a non-linear activation turns the data into new features in which one line is enough. A "
                     "perceptron takes many inputs too (A is wrong); a lone sigmoid neuron still draws a straight line (C is wrong); "
                     "and one neuron trained by gradient descent is still one line (D is wrong)."),
        solution=("**B.** MLP में input और output के बीच एक या ज़्यादा hidden layer होती हैं, जिन पर non-linear activation लगता "
                  "है; इसलिए उसकी decision boundary मुड़ सकती है (XOR, section 3)। Perceptron की सीमा एक सीधी रेखा है।",
                  "**B.** An MLP has one or more hidden layers between input and output, with a non-linear activation; so its "
                  "decision boundary can bend (XOR, section 3). A perceptron's boundary is one straight line.")),
    "07.3": dict(
        answer="D", right=["D", " d"], wrong=["A", "B", "C"], unreadable=["relu", 4],
        explanation=("$W_2(W_1 x + b_1) + b_2 = (W_2 W_1) x + (W_2 b_1 + b_2)$: बिना activation के कितनी भी layer एक linear map "
                     "हैं (अध्याय 06 ने मापा)। Hidden layer का ReLU 0–1 में नहीं रहता (A ग़लत); linear layer का derivative उसके "
                     "weight हैं (B ग़लत); activation गणना घटाता नहीं, जोड़ता है (C ग़लत)।",
                     "$W_2(W_1 x + b_1) + b_2 = (W_2 W_1) x + (W_2 b_1 + b_2)$: without an activation any number of layers is one "
                     "linear map (measured in chapter 06). A hidden ReLU does not stay in 0–1 (A is wrong); a linear layer's "
                     "derivative is its weights (B is wrong); an activation adds computation, it does not save any (C is wrong)."),
        solution=("**D.** Activation function के बिना MLP एक linear map है और उसकी decision boundary एक सीधी रेखा; "
                  "non-linearity से ही hidden layer नए feature बना पाती है और network मुड़ी हुई सीमा या कोई भी continuous "
                  "फलन (section 5) बना सकता है।",
                  "**D.** Without an activation function an MLP is one linear map and its decision boundary a straight line; "
                  "only with a non-linearity can the hidden layer build new features and the network make bent boundaries or "
                  "any continuous function (section 5).")),
    "07.4": dict(
        answer="A", right=["A", "a "], wrong=["B", "C", "D"], unreadable=["XOR", 1.5],
        explanation=("XOR linearly separable नहीं है: $(0,1)$ और $(1,0)$ से $w_1 + w_2 + 2b > 0$, और $(0,0)$ और $(1,1)$ से "
                     "$w_1 + w_2 + 2b \\le 0$। Perceptron का नियम derivative के बिना चलता है और AND सीख लेता है (B ग़लत); ज़्यादा "
                     "data से रेखा नहीं मुड़ती (C ग़लत); bias मिलाकर perceptron के पास पहले से तीन parameter हैं (D ग़लत)।",
                     "XOR is not linearly separable: $(0,1)$ and $(1,0)$ give $w_1 + w_2 + 2b > 0$, and $(0,0)$ and $(1,1)$ give "
                     "$w_1 + w_2 + 2b \\le 0$. The perceptron rule works without a derivative and learns AND (B is wrong); more data "
                     "does not bend a line (C is wrong); with its bias a perceptron already has three parameters (D is wrong)."),
        solution=("**A.** Perceptron की decision boundary एक सीधी रेखा है, और कोई रेखा XOR के चारों बिंदु सही नहीं बाँटती "
                  "(section 1: 20,000 रेखाओं में सबसे अच्छी 4 में से 3 सही, और प्रमाण)।",
                  "**A.** A perceptron's decision boundary is a straight line, and no line splits XOR's four points correctly "
                  "(section 1: the best of 20,000 lines gets 3 of 4 right, and the proof).")),
    "07.5": dict(
        answer=2, right=[2, 2.0, torch.tensor(2)], wrong=[3, 4, 1, 5], unreadable=["two", "2", None, -2],
        explanation=("दो `nn.Linear` layer: 3 → 5 (hidden layer) और 5 → 1 (output layer)। `nn.ReLU()` और `nn.Sigmoid()` activation "
                     "हैं, उनके पास weight नहीं। Input layer गिनने वाले चलन (Nielsen) में यही network 3 layer का है।",
                     "Two `nn.Linear` layers: 3 → 5 (the hidden layer) and 5 → 1 (the output layer). `nn.ReLU()` and `nn.Sigmoid()` "
                     "are activations with no weights. In the convention that counts the input layer (Nielsen), the same network "
                     "has 3 layers."),
        solution=("**2**: weight वाली layer `nn.Linear(3, 5)` और `nn.Linear(5, 1)` हैं। इसे "
                  "`sum(isinstance(m, nn.Linear) for m in model.modules())` से गिन सकते हैं।",
                  "**2**: the layers with weights are `nn.Linear(3, 5)` and `nn.Linear(5, 1)`. You can count them with "
                  "`sum(isinstance(m, nn.Linear) for m in model.modules())`.")),
    "07.6": dict(
        reference=perceptron, right=[perceptron, perceptron_heaviside],
        wrong=[perceptron_at_least, perceptron_bool, perceptron_no_bias, perceptron_sigmoid],
        unreadable=[0.5, "step"],
        explanation=("`x @ w` एक बिंदु पर एक संख्या और $N$ पंक्तियों पर $N$ संख्याएँ देता है, इसलिए code की एक ही पंक्ति दोनों shape "
                     "सँभालती है। ठीक 0 पर 0 देना `>` से आता है; `>=` ठीक रेखा पर पड़े बिंदुओं को class 1 दे देता।",
                     "`x @ w` gives one number for one point and $N$ numbers for $N$ rows, so one line handles both shapes. "
                     "Giving 0 at exactly 0 comes from `>`; `>=` would put the points on the line in class 1."),
        solution=("```python\ndef perceptron(x, w, b):\n    return (x @ w + b > 0).float()\n```\n"
                  "Weighted sum और bias, फिर step: 0 से ऊपर हो तो 1.0, वरना 0.0।",
                  "```python\ndef perceptron(x, w, b):\n    return (x @ w + b > 0).float()\n```\n"
                  "The weighted sum plus the bias, then the step: 1.0 above 0, else 0.0.")),
    "07.7": dict(
        reference=perceptron_update, right=[perceptron_update, perceptron_update_branches],
        wrong=[update_sign_flipped, update_always, update_at_least, update_in_place, update_returns_both],
        unreadable=[None, 1.0],
        explanation=("सही अनुमान पर $y - \\hat y = 0$ और weight नहीं बदलते। $y = 1$ पर चूक हुई तो $w$ में $\\eta x$ जुड़ता है "
                     "(रेखा बिंदु की ओर खिसकती है), और $y = 0$ वाले बिंदु को ग़लती से 1 कहा तो घटता है। यह नियम कोई derivative नहीं लेता।",
                     "For a right guess $y - \\hat y = 0$ and the weights stay. A missed $y = 1$ adds $\\eta x$ to $w$ (the line "
                     "moves towards the point), a false alarm on $y = 0$ subtracts it. The rule takes no derivative."),
        solution=("```python\ndef perceptron_update(x, y, w, b, lr):\n    y_hat = (x @ w + b > 0).float()\n"
                  "    return w + lr * (y - y_hat) * x\n```\nयह $w \\leftarrow w + \\eta (y - \\hat y) x$ है; bias भी ऐसे ही "
                  "बदलता है: $b + \\eta (y - \\hat y)$।",
                  "```python\ndef perceptron_update(x, y, w, b, lr):\n    y_hat = (x @ w + b > 0).float()\n"
                  "    return w + lr * (y - y_hat) * x\n```\nThis is $w \\leftarrow w + \\eta (y - \\hat y) x$; the bias changes "
                  "the same way: $b + \\eta (y - \\hat y)$.")),
    "07.8": dict(
        reference=bump, right=[bump, bump_by_exp],
        wrong=[bump_swapped, bump_no_height, bump_hard_steps, bump_no_steepness],
        unreadable=[0.8, "bump"],
        explanation=("पहला step `left` पर 0 से 1 पर चढ़ता है, दूसरा `right` पर; उनका अंतर बीच में लगभग 1 है और बाहर लगभग 0। "
                     "छोटी steepness पर किनारे धुँधले होते हैं, और तब यह सच्चे step के अंतर से अलग है।",
                     "The first step climbs from 0 to 1 at `left`, the second at `right`; their difference is about 1 in between "
                     "and about 0 outside. With a small steepness the edges blur, and then it differs from a difference of true steps."),
        solution=("```python\ndef bump(x, left, right, height, steepness):\n"
                  "    return height * (torch.sigmoid(steepness * (x - left)) - torch.sigmoid(steepness * (x - right)))\n```\n"
                  "दो hidden neuron (weight $w$, bias $-w s_1$ और $-w s_2$) और output weight $+h$, $-h$।",
                  "```python\ndef bump(x, left, right, height, steepness):\n"
                  "    return height * (torch.sigmoid(steepness * (x - left)) - torch.sigmoid(steepness * (x - right)))\n```\n"
                  "Two hidden neurons (weight $w$, biases $-w s_1$ and $-w s_2$) and output weights $+h$, $-h$.")),
    "07.9": dict(
        reference=lambda z, y: F.cross_entropy(z, y), right=[cross_entropy, cross_entropy_shifted],
        wrong=[cross_entropy_naive, cross_entropy_sum, cross_entropy_no_minus, cross_entropy_library, cross_entropy_log_softmax],
        unreadable=[0.0, [1, 2]],
        explanation=("$-\\log \\mathrm{softmax}(z)_y = \\log\\sum_j e^{z_j} - z_y$: softmax का भाग log में घटाव बन जाता है। "
                     "`torch.logsumexp` पहले सबसे बड़ा logit घटाता है, इसलिए $z = 100$ पर भी inf नहीं बनता।",
                     "$-\\log \\mathrm{softmax}(z)_y = \\log\\sum_j e^{z_j} - z_y$: softmax's division becomes a subtraction under "
                     "the log. `torch.logsumexp` subtracts the largest logit first, so even $z = 100$ makes no inf."),
        solution=("```python\ndef cross_entropy(z, y):\n"
                  "    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).mean()\n```\n"
                  "हर पंक्ति में सही class का logit चुना जाता है; `.mean()` batch पर औसत लेता है, जैसा `F.cross_entropy` करता है।",
                  "```python\ndef cross_entropy(z, y):\n"
                  "    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).mean()\n```\n"
                  "Each row's right-class logit is picked; `.mean()` averages over the batch, as `F.cross_entropy` does.")),
}
