"""Chapter 05's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch
import torch.nn.functional as F


# ---- q13: binary cross-entropy by hand
def bce_reference(p, y):
    return F.binary_cross_entropy(p, y)


def bce(p, y):
    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()


def bce_no_minus(p, y):
    return (y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()


def bce_sum(p, y):
    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).sum()


def bce_log10(p, y):
    return -(y * torch.log10(p) + (1 - y) * torch.log10(1 - p)).mean()


def bce_only_positive_term(p, y):
    return -(y * torch.log(p)).mean()


def bce_swapped(p, y):
    return -(p * torch.log(y) + (1 - p) * torch.log(1 - y)).mean()


# ---- q16: cross-entropy by hand, stable for logits of ±100
def cross_entropy_reference(z, y):
    return F.cross_entropy(z, y)


def cross_entropy(z, y):
    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).mean()


def cross_entropy_max_trick(z, y):
    m = z.max(dim=1, keepdim=True).values
    log_probs = z - m - torch.log(torch.exp(z - m).sum(dim=1, keepdim=True))
    return -log_probs[torch.arange(len(y)), y].mean()


def cross_entropy_naive(z, y):
    probs = torch.exp(z) / torch.exp(z).sum(dim=1, keepdim=True)
    return -torch.log(probs[torch.arange(len(y)), y]).mean()


def cross_entropy_softmax_clamped(z, y):
    probs = torch.softmax(z, dim=1)
    return -torch.log(probs[torch.arange(len(y)), y]).mean()


def cross_entropy_per_example(z, y):
    return torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]


def cross_entropy_sum(z, y):
    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).sum()


def cross_entropy_wrong_index(z, y):
    return (torch.logsumexp(z, dim=1) - z[:, y]).mean()


def cross_entropy_built_in(z, y):
    return F.cross_entropy(z, y)


def cross_entropy_log_softmax(z, y):
    return -torch.log_softmax(z, dim=1)[torch.arange(len(y)), y].mean()


# ---- q17: BP2
def delta_back_reference(W_next, delta_next, z):
    s = torch.sigmoid(z)
    return (W_next.T @ delta_next) * s * (1 - s)


def delta_back(W_next, delta_next, z):
    slope = torch.sigmoid(z) * (1 - torch.sigmoid(z))
    return (W_next.T @ delta_next) * slope


def delta_back_row_vector(W_next, delta_next, z):
    return (delta_next @ W_next) * torch.sigmoid(z) * torch.sigmoid(-z)


def delta_back_autograd(W_next, delta_next, z):
    z = z.detach().clone().requires_grad_(True)
    (slope,) = torch.autograd.grad(torch.sigmoid(z).sum(), z)
    return torch.matmul(W_next.t(), delta_next) * slope


def delta_back_no_transpose(W_next, delta_next, z):
    s = torch.sigmoid(z)
    return (W_next @ delta_next) * s * (1 - s)


def delta_back_forgot_slope(W_next, delta_next, z):
    return W_next.T @ delta_next


def delta_back_sigmoid_not_slope(W_next, delta_next, z):
    return (W_next.T @ delta_next) * torch.sigmoid(z)


def delta_back_forgot_return(W_next, delta_next, z):
    s = torch.sigmoid(z)
    (W_next.T @ delta_next) * s * (1 - s)


KEY = {
    "05.1": dict(
        answer="C", right=["C", "c", " (C) "], wrong=["A", "B", "D"], unreadable=["chain rule", 3, None],
        explanation=("Backpropagation पूरे network पर व्यवस्थित ढंग से लगाया गया chain rule है: loss से शुरू करके हर कदम का "
                     "local derivative गुणा होता जाता है, जब तक हर weight का gradient न मिल जाए।",
                     "Backpropagation is the chain rule applied systematically to the whole network: starting from the "
                     "loss, the local derivative of every step is multiplied in, until every weight's gradient is reached."),
        solution=("**C.** ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w: यही chain rule है। Product rule दो फलनों के गुणनफल का derivative "
                  "देता है, Bayes का नियम प्रायिकताओं के बारे में है, और Hebb का नियम gradient के बिना सीखने का एक पुराना विचार है।",
                  "**C.** ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w: that is the chain rule. The product rule gives the derivative of "
                  "two functions multiplied together, Bayes' rule is about probabilities, and Hebb's rule is an old idea "
                  "of learning without gradients.")),
    "05.2": dict(
        answer="D", right=["D", "d"], wrong=["A", "B", "C"], unreadable=["forward", "E"],
        explanation=("Forward pass prediction और loss बनाता है; backward pass chain rule से loss का gradient हर weight तक "
                     "पहुँचाता है। Weight इन दोनों में से कोई नहीं बदलता: वह optimizer का काम है।",
                     "The forward pass makes the prediction and the loss; the backward pass carries the loss's gradient "
                     "to every weight by the chain rule. Neither of them changes the weights: that is the optimizer's job."),
        solution=("**D.** Forward: $x \\to z \\to a \\to \\dots \\to \\hat y \\to L$। Backward: $L$ से पीछे की ओर, "
                  "हर weight के लिए $\\partial L / \\partial w$। Prediction के लिए सिर्फ़ forward pass चाहिए।",
                  "**D.** Forward: $x \\to z \\to a \\to \\dots \\to \\hat y \\to L$. Backward: from $L$ backwards, "
                  "$\\partial L / \\partial w$ for every weight. Predicting needs only the forward pass.")),
    "05.3": dict(
        answer="A", right=["A", "a"], wrong=["B", "C", "D"], unreadable=["backward", 1],
        explanation=("`backward()` सिर्फ़ gradient निकालकर `.grad` में जोड़ता है: weight नहीं बदलता (वह `optimizer.step()` "
                     "करता है) और `.grad` को मिटाता नहीं (वह `zero_grad()` करता है)। बीच के (non-leaf) tensor का gradient तभी "
                     "रखा जाता है जब उस पर `retain_grad()` चला हो।",
                     "`backward()` only computes gradients and adds them into `.grad`: it does not change the weights "
                     "(`optimizer.step()` does) and does not clear `.grad` (`zero_grad()` does). The gradient of an "
                     "intermediate (non-leaf) tensor is kept only if `retain_grad()` was called on it."),
        solution=("**A.** भाग 4 में `backward()` के बाद weight में बदलाव ठीक 0 था; भाग 8 में बिना `zero_grad()` के दो "
                  "backward के बाद `.grad` ठीक दुगुना हो गया।",
                  "**A.** In section 4 the weights had changed by exactly 0 after `backward()`; in section 8, two "
                  "backward calls without `zero_grad()` left exactly twice the gradient in `.grad`.")),
    "05.4": dict(
        answer=60, right=[60, 60.0, torch.tensor(60.0), 60.04], wrong=[20, 40, 180, 10],
        unreadable=["60", None, [20, 40, 60]],
        explanation=("हर `backward()` अपना 20 `.grad` में जोड़ता है: 20 + 20 + 20 = 60। Training loop में `zero_grad()` न हो, "
                     "तो हर कदम इसी तरह अब तक के सारे gradient का जोड़ इस्तेमाल करता है।",
                     "Every `backward()` adds its 20 into `.grad`: 20 + 20 + 20 = 60. Without `zero_grad()` in a training "
                     "loop, every step likewise uses the sum of all gradients so far."),
        solution=("हर बार ∂loss/∂w = 2(2w − 1) · 2 = 2 · 5 · 2 = 20 (w = 3 पर; w नहीं बदलता, क्योंकि कोई `step()` नहीं है)। "
                  "तीनों `.grad` में जुड़ते हैं: **60**, यानी `tensor(60.)`।",
                  "Each time ∂loss/∂w = 2(2w − 1) · 2 = 2 · 5 · 2 = 20 (at w = 3; w does not change, as there is no "
                  "`step()`). All three add up in `.grad`: **60**, that is `tensor(60.)`.")),
    "05.5": dict(
        answer="B", right=["B", "b"], wrong=["A", "C", "D"], unreadable=["forward", 2],
        explanation=("हर कदम पिछले कदम के नतीजे पर चलता है: $\\hat y$ से loss, loss से gradient, gradient से update। "
                     "`optimizer.zero_grad()` पिछले `step()` के बाद और `loss.backward()` से पहले कहीं भी आ सकता है।",
                     "Each step runs on the result of the one before: the loss from $\\hat y$, the gradients from the loss, "
                     "the update from the gradients. `optimizer.zero_grad()` can go anywhere after the previous `step()` and before `loss.backward()`."),
        solution=("**B.** forward pass (`model(x)`) → loss (`criterion(y_hat, y)`) → backward pass (`loss.backward()`) "
                  "→ update (`optimizer.step()`)।",
                  "**B.** forward pass (`model(x)`) → loss (`criterion(y_hat, y)`) → backward pass (`loss.backward()`) "
                  "→ update (`optimizer.step()`).")),
    "05.6": dict(
        answer="D", right=["D"], wrong=["A", "B", "C"], unreadable=["linear", 4],
        explanation=("Forward pass में हर layer पर दो ही काम होते हैं: linear map और activation। Loss सिर्फ़ आख़िर में, "
                     "एक बार बनता है; gradient और update बाद के कदम हैं।",
                     "In the forward pass each layer does just two things: a linear map and an activation. The loss is "
                     "computed only once, at the end; gradients and updates are later steps."),
        solution=("**D.** हर layer: $z = Wx + b$, फिर $a = f(z)$; एक layer का $a$ अगली का input है, और आख़िरी layer का output $\\hat y$।",
                  "**D.** Each layer: $z = Wx + b$, then $a = f(z)$; one layer's $a$ is the next one's input, and the last "
                  "layer's output is $\\hat y$.")),
    "05.7": dict(
        answer=torch.tensor([5.5, -2.0, 4.0]),
        right=[torch.tensor([5.5, -2.0, 4.0]), [5.5, -2, 4], torch.tensor([5.5004, -2.0, 4.0])],
        wrong=[[5.0, -2.0, 5.0], [4.5, -1.0, 6.0], torch.tensor([[5.5], [-2.0], [4.0]]), [5.5, 2.0, 4.0]],
        unreadable=["[5.5, -2, 4]", torch.tensor([5.5, -2.0, 4.0]) + 1j],
        explanation=("$z_j = \\sum_k W_{jk} x_k + b_j$: W की हर row एक neuron है। 3 neuron, इसलिए $z$ में 3 संख्याएँ; "
                     "हर एक उस neuron के weighted sum और उसके bias का जोड़।",
                     "$z_j = \\sum_k W_{jk} x_k + b_j$: each row of W is one neuron. 3 neurons, so 3 numbers in $z$; each "
                     "is that neuron's weighted sum plus its bias."),
        solution=("```python\nW @ x + b   # tensor([ 5.5000, -2.0000,  4.0000])\n```\n"
                  "पहला: 1·1 + 2·2 + 0.5 = 5.5; दूसरा: 0·1 + (−1)·2 + 0 = −2; तीसरा: 3·1 + 1·2 − 1 = 4।",
                  "```python\nW @ x + b   # tensor([ 5.5000, -2.0000,  4.0000])\n```\n"
                  "First: 1·1 + 2·2 + 0.5 = 5.5; second: 0·1 + (−1)·2 + 0 = −2; third: 3·1 + 1·2 − 1 = 4.")),
    "05.8": dict(
        answer="C", right=["C"], wrong=["A", "B", "D"], unreadable=["BCE", 0],
        explanation=("`nn.BCEWithLogitsLoss` sigmoid और BCE को एक साथ, stable ढंग से करता है। एक अकेले score पर "
                     "`nn.CrossEntropyLoss` हमेशा 0 देता है (एक score का softmax 1 है), `nn.BCELoss` को 0 और 1 के बीच की "
                     "प्रायिकता चाहिए, और 0/1 में गोल की गई class से कोई gradient नहीं बनता।",
                     "`nn.BCEWithLogitsLoss` does sigmoid and BCE together, in a stable way. On a single score "
                     "`nn.CrossEntropyLoss` always gives 0 (the softmax of one score is 1), `nn.BCELoss` needs a "
                     "probability between 0 and 1, and a class rounded to 0/1 gives no gradient."),
        solution=("**C.** `nn.BCEWithLogitsLoss()(z, y)` = `nn.BCELoss()(torch.sigmoid(z), y)`, पर बड़े $\\lvert z \\rvert$ पर भी stable।",
                  "**C.** `nn.BCEWithLogitsLoss()(z, y)` = `nn.BCELoss()(torch.sigmoid(z), y)`, but stable even for large $\\lvert z \\rvert$.")),
    "05.9": dict(
        answer="A", right=["A"], wrong=["B", "C", "D"], unreadable=["loss", 1.0],
        explanation=("Loss function बताता है कि model कितना ग़लत है (एक संख्या L, और `backward()` से उसका gradient); optimizer "
                     "तय करता है कि उस gradient से weight कैसे बदलें (SGD, Momentum, Adam ...)।",
                     "The loss function says how wrong the model is (one number L, and its gradient through `backward()`); "
                     "the optimizer decides how to change the weights with that gradient (SGD, Momentum, Adam ...)."),
        solution=("**A.** उदाहरण: `nn.MSELoss()` loss function है, `torch.optim.SGD` optimizer। दोनों के बीच "
                  "`loss.backward()` gradient निकालता है।",
                  "**A.** For example: `nn.MSELoss()` is a loss function, `torch.optim.SGD` an optimizer. Between the "
                  "two, `loss.backward()` computes the gradients.")),
    "05.10": dict(
        answer="B", right=["B"], wrong=["A", "C", "D"], unreadable=["criterion", 2],
        explanation=("PyTorch के हर loss में arguments का क्रम `criterion(input, target)` है: पहले model का output, फिर असली label। "
                     "क्रम उलटने पर BCE कुछ और ही मापता है और gradient बिगड़ जाता है; `.round()` का derivative 0 है, "
                     "इसलिए model तक कोई उपयोगी gradient नहीं पहुँचता।",
                     "Every PyTorch loss takes `criterion(input, target)`: the model's output first, then the true label. "
                     "Swapped, BCE measures something else and the gradient breaks; `.round()` has derivative 0, so no "
                     "useful gradient reaches the model."),
        solution=("**B.** कदम: (1) `criterion = nn.BCELoss()`; (2) forward pass: `y_pred = model(x)`; "
                  "(3) `loss = criterion(y_pred, y_true)`।",
                  "**B.** The steps: (1) `criterion = nn.BCELoss()`; (2) forward pass: `y_pred = model(x)`; "
                  "(3) `loss = criterion(y_pred, y_true)`.")),
    "05.11": dict(
        answer=0.6, right=[0.6, 0.60, torch.tensor(0.6), 0.604], wrong=[0.8, 1.4, 0.2, 0.9],
        unreadable=["0.6", "w = 0.6"],
        explanation=("Loss function और backward ने gradient दिया: ∂L/∂w = 2(2 · 1 − 1) · 2 = 4। Optimizer (SGD) ने उसे "
                     "कदम में बदला: w = 1 − 0.1 · 4 = 0.6।",
                     "The loss function and backward gave the gradient: ∂L/∂w = 2(2 · 1 − 1) · 2 = 4. The optimizer "
                     "(SGD) turned it into a step: w = 1 − 0.1 · 4 = 0.6."),
        solution=("∂L/∂w = 2(wx − y) · x = 2 · 1 · 2 = 4; SGD: w ← 1 − 0.1 · 4 = **0.6** (float32 में 0.6000000238)।",
                  "∂L/∂w = 2(wx − y) · x = 2 · 1 · 2 = 4; SGD: w ← 1 − 0.1 · 4 = **0.6** (0.6000000238 in float32).")),
    "05.12": dict(
        answer=torch.tensor([34.0, 4.0]),
        right=[torch.tensor([34.0, 4.0]), [34, 4], (34.0, 4.0)],
        wrong=[[4, 34], [102, 12], [5.831, 4.0], torch.tensor([[34.0, 4.0]]), [34.0, 4.0, 0.0]],
        unreadable=["34, 4", torch.tensor([34.0, 4.0]).to_sparse()],
        explanation=("ग़लतियाँ 1, −1, 10। MSE = (1 + 1 + 100)/3 = 34, MAE = (1 + 1 + 10)/3 = 4। MSE में अकेली बड़ी ग़लती "
                     "का हिस्सा 102 में से 100 है, MAE में 12 में से 10: वर्ग बड़ी ग़लतियों को और बड़ा कर देता है, इसलिए "
                     "MSE पर outlier का असर ज़्यादा है।",
                     "The errors are 1, −1, 10. MSE = (1 + 1 + 100)/3 = 34, MAE = (1 + 1 + 10)/3 = 4. The one large error "
                     "makes up 100 of 102 in MSE but 10 of 12 in MAE: squaring magnifies large errors, which is why "
                     "outliers weigh more in MSE."),
        solution=("```python\nerror = y_hat - y              # [1, -1, 10]\n"
                  "torch.tensor([error.pow(2).mean(), error.abs().mean()])   # tensor([34., 4.])\n```\n"
                  "वर्ग करने से अकेली बड़ी ग़लती (10) MSE पर हावी हो जाती है: **34**; MAE उसे बाक़ियों की तरह ही, सीधे-सीधे गिनता है: **4**।",
                  "```python\nerror = y_hat - y              # [1, -1, 10]\n"
                  "torch.tensor([error.pow(2).mean(), error.abs().mean()])   # tensor([34., 4.])\n```\n"
                  "Squaring lets the one large error (10) dominate MSE: **34**; MAE counts it like the others: **4**.")),
    "05.13": dict(
        reference=bce_reference,
        right=[bce, lambda p, y: torch.mean(-y * torch.log(p) - (1 - y) * torch.log1p(-p))],
        wrong=[bce_no_minus, bce_sum, bce_log10, bce_only_positive_term, bce_swapped, F.binary_cross_entropy,
               torch.nn.BCELoss(), lambda p, y: F.binary_cross_entropy_with_logits(torch.logit(p), y)],
        unreadable=[0.105, "bce"],
        explanation=("BCE = −[y log p + (1 − y) log(1 − p)] का औसत। y = 1 पर सिर्फ़ −log p बचता है: p → 0 पर यह बहुत "
                     "बड़ा हो जाता है, यानी आत्मविश्वास से ग़लत prediction पर भारी दंड।",
                     "BCE is the mean of −[y log p + (1 − y) log(1 − p)]. For y = 1 only −log p is left: it grows huge as "
                     "p → 0, a heavy penalty for a confidently wrong prediction."),
        solution=("```python\ndef bce(p, y):\n    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()\n```\n"
                  "हर तत्व पर सूत्र, फिर औसत, ठीक `nn.BCELoss()` की तरह।",
                  "```python\ndef bce(p, y):\n    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()\n```\n"
                  "The formula on every element, then the mean, exactly like `nn.BCELoss()`.")),
    "05.14": dict(
        answer=0.9, right=[0.9, 0.8999999761581421, torch.tensor(0.9), 0.9004], wrong=[-4.0, 0.95, 1.1, 0.99, 0.5],
        unreadable=["0.9", float("inf")],
        explanation=("पहले कदम पर $\\hat m = g$ और $\\hat v = g^2$, इसलिए Adam का कदम $\\eta \\, g / \\lvert g \\rvert = \\eta$ है: "
                     "gradient 50 हो या 0.001, पहले कदम पर w लगभग ठीक $\\eta = 0.1$ खिसकता है। SGD इसी gradient से w को "
                     "1 − 0.1 · 50 = −4 पर पहुँचा देता।",
                     "At the first step $\\hat m = g$ and $\\hat v = g^2$, so Adam's step is $\\eta \\, g / \\lvert g \\rvert = \\eta$: "
                     "whether the gradient is 50 or 0.001, w moves by almost exactly $\\eta = 0.1$ at the first step. SGD "
                     "would have taken w to 1 − 0.1 · 50 = −4 with the same gradient."),
        solution=("$m = 0.1 \\cdot 50 = 5$, $v = 0.001 \\cdot 2500 = 2.5$; $\\hat m = 5 / 0.1 = 50$, $\\hat v = 2.5 / 0.001 = 2500$; "
                  "कदम $= 0.1 \\cdot 50 / (\\sqrt{2500} + 10^{-8}) \\approx 0.1$, इसलिए w = **0.900**।",
                  "$m = 0.1 \\cdot 50 = 5$, $v = 0.001 \\cdot 2500 = 2.5$; $\\hat m = 5 / 0.1 = 50$, $\\hat v = 2.5 / 0.001 = 2500$; "
                  "step $= 0.1 \\cdot 50 / (\\sqrt{2500} + 10^{-8}) \\approx 0.1$, so w = **0.900**.")),
    "05.15": dict(
        answer="C", right=["C", "c"], wrong=["A", "B", "D"], unreadable=["tensor(1.)", 1.0],
        explanation=("यहाँ `loss` एक leaf tensor है (आपने ख़ुद बनाया, किसी गणना से नहीं निकला), इसलिए backward उसका `.grad` "
                     "भरता है: ∂loss/∂loss = 1। अगर loss किसी गणना से बना होता (non-leaf, जैसे `loss = w * 3`), तो "
                     "`loss.grad` `None` होता, एक UserWarning के साथ; `backward()` से पहले `loss.retain_grad()` चलाने पर "
                     "वहाँ भी `tensor(1.)` मिलता।",
                     "Here `loss` is a leaf tensor (you created it yourself; it was not computed from anything), so "
                     "backward fills its `.grad`: ∂loss/∂loss = 1. Had the loss been computed (a non-leaf, e.g. "
                     "`loss = w * 3`), `loss.grad` would be `None`, with a UserWarning; calling `loss.retain_grad()` "
                     "before `backward()` gives `tensor(1.)` there too."),
        solution=("**C.** `tensor(1.)`। Backward हमेशा $\\partial L / \\partial L = 1$ से शुरू होता है, और leaf होने के कारण "
                  "यह मान `loss.grad` में रखा जाता है।",
                  "**C.** `tensor(1.)`. Backward always starts from $\\partial L / \\partial L = 1$, and because `loss` "
                  "is a leaf, that value is kept in `loss.grad`.")),
    "05.16": dict(
        reference=cross_entropy_reference,
        right=[cross_entropy, cross_entropy_max_trick],
        wrong=[cross_entropy_naive, cross_entropy_softmax_clamped, cross_entropy_per_example, cross_entropy_sum,
               cross_entropy_wrong_index, cross_entropy_built_in, cross_entropy_log_softmax,
               torch.nn.CrossEntropyLoss()],
        unreadable=[0.2413, "cross_entropy"],
        explanation=("$-\\log \\mathrm{softmax}(z)_y = \\log \\sum_j e^{z_j} - z_y$। `logsumexp` (या हर row का max घटाना) "
                     "$e^{100}$ जैसे overflow से बचाता है; इसीलिए `nn.CrossEntropyLoss` softmax के बाद की प्रायिकता नहीं, "
                     "कच्चे logits लेता है।",
                     "$-\\log \\mathrm{softmax}(z)_y = \\log \\sum_j e^{z_j} - z_y$. `logsumexp` (or subtracting each row's "
                     "max) avoids overflows such as $e^{100}$; this is why `nn.CrossEntropyLoss` takes raw logits, not "
                     "probabilities after a softmax."),
        solution=("```python\ndef cross_entropy(z, y):\n"
                  "    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).mean()\n```\n"
                  "`torch.logsumexp` हर row का max घटाकर stable ढंग से $\\log \\sum_j e^{z_j}$ निकालता है।",
                  "```python\ndef cross_entropy(z, y):\n"
                  "    return (torch.logsumexp(z, dim=1) - z[torch.arange(len(y)), y]).mean()\n```\n"
                  "`torch.logsumexp` subtracts each row's max to compute $\\log \\sum_j e^{z_j}$ stably.")),
    "05.17": dict(
        reference=delta_back_reference,
        right=[delta_back, delta_back_row_vector, delta_back_autograd],
        wrong=[delta_back_no_transpose, delta_back_forgot_slope, delta_back_sigmoid_not_slope, delta_back_forgot_return],
        unreadable=["W.T @ delta", 0],
        explanation=("BP2 ग़लती को एक layer पीछे ले जाता है: $(W^{\\ell+1})^T$ उसे उल्टी दिशा में भेजता है, और $\\sigma'(z^\\ell)$ "
                     "बताता है कि हर neuron कितना संवेदनशील है। Saturated neuron ($z = \\pm 100$) पर $\\sigma' \\approx 0$: "
                     "वहाँ ग़लती आगे नहीं जाती।",
                     "BP2 carries the error one layer back: $(W^{\\ell+1})^T$ routes it the other way, and $\\sigma'(z^\\ell)$ "
                     "says how sensitive each neuron is. For a saturated neuron ($z = \\pm 100$) $\\sigma' \\approx 0$: the "
                     "error stops there."),
        solution=("```python\ndef delta_back(W_next, delta_next, z):\n    slope = torch.sigmoid(z) * (1 - torch.sigmoid(z))\n"
                  "    return (W_next.T @ delta_next) * slope\n```\n"
                  "`W_next.T` का आकार $(n_\\ell, n_{\\ell+1})$ है, इसलिए नतीजा $(n_\\ell,)$: ठीक `z` जैसा।",
                  "```python\ndef delta_back(W_next, delta_next, z):\n    slope = torch.sigmoid(z) * (1 - torch.sigmoid(z))\n"
                  "    return (W_next.T @ delta_next) * slope\n```\n"
                  "`W_next.T` has shape $(n_\\ell, n_{\\ell+1})$, so the result is $(n_\\ell,)$: just like `z`.")),
}
