"""Chapter 12's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import math

import torch


# ---------------------------------------------------------------- 12.16: parameters of mlp(sizes)

def n_parameters(sizes):
    return sum(n_in * n_out + n_out for n_in, n_out in zip(sizes, sizes[1:]))


def n_parameters_by_building(sizes):
    import course_lib.models as models
    return sum(p.numel() for p in models.mlp(sizes).parameters())


def n_parameters_no_bias(sizes):
    return sum(n_in * n_out for n_in, n_out in zip(sizes, sizes[1:]))


def n_parameters_neurons(sizes):
    return sum(sizes)


def n_parameters_bias_of_input(sizes):
    return sum(n_in * n_out + n_in for n_in, n_out in zip(sizes, sizes[1:]))


# ---------------------------------------------------------------- 12.17: early stopping

def stop_epoch(val_acc, patience):
    best, best_epoch = -math.inf, 0
    for k, acc in enumerate(val_acc.tolist(), start=1):
        if acc > best:
            best, best_epoch = acc, k
        if k - best_epoch >= patience:
            return k
    return len(val_acc)


def stop_epoch_vectorised(val_acc, patience):
    best_so_far = torch.cummax(val_acc, 0).values
    improved = torch.cat([torch.tensor([True]), best_so_far[1:] > best_so_far[:-1]])
    last_best = torch.cummax(torch.where(improved, torch.arange(len(val_acc)), torch.zeros(len(val_acc), dtype=torch.long)), 0).values
    waited = torch.arange(len(val_acc)) - last_best
    stops = (waited >= patience).nonzero()
    return int(stops[0]) + 1 if len(stops) else len(val_acc)


def stop_epoch_ties_improve(val_acc, patience):
    best, best_epoch = -math.inf, 0
    for k, acc in enumerate(val_acc.tolist(), start=1):
        if acc >= best:
            best, best_epoch = acc, k
        if k - best_epoch >= patience:
            return k
    return len(val_acc)


def stop_epoch_returns_best(val_acc, patience):
    best, best_epoch = -math.inf, 0
    for k, acc in enumerate(val_acc.tolist(), start=1):
        if acc > best:
            best, best_epoch = acc, k
        if k - best_epoch >= patience:
            return best_epoch
    return best_epoch


def stop_epoch_from_zero(val_acc, patience):
    best, best_epoch = -math.inf, 0
    for k, acc in enumerate(val_acc.tolist()):
        if acc > best:
            best, best_epoch = acc, k
        if k - best_epoch >= patience:
            return k
    return len(val_acc) - 1


def stop_epoch_compares_previous(val_acc, patience):
    worse = 0
    values = val_acc.tolist()
    for k in range(1, len(values) + 1):
        worse = worse + 1 if k > 1 and values[k - 1] <= values[k - 2] else 0
        if worse >= patience:
            return k
    return len(values)


# ---------------------------------------------------------------- 12.18: per-class recall

def per_class_recall(confusion):
    return confusion.diag().float() / confusion.sum(dim=1).float()


def per_class_precision(confusion):
    return confusion.diag().float() / confusion.sum(dim=0).float()


def per_class_integer_division(confusion):
    return confusion.diag() // confusion.sum(dim=1)


def overall_accuracy(confusion):
    return (confusion.diag().sum().float() / confusion.sum()).repeat(len(confusion))


KEY = {
    "12.1": dict(answer="C", right=["C", " c "], wrong=["A", "B", "D"], unreadable=["E", 3, None],
                 explanation=("Architecture वह है जो model बनाते समय तय होता है: layer, हर layer के neuron, activation function, "
                              "output layer का आकार। Epoch की संख्या training की setting है: वही network 2 या 20 epoch train हो सकता है।",
                              "The architecture is what is fixed when the model is built: the layers, the neurons of each, the "
                              "activation functions, the size of the output layer. The number of epochs is a training setting: "
                              "the same network can be trained for 2 or 20 epochs."),
                 solution=("**C.** Notes के अनुसार architecture के भाग: input layer, hidden layer, output layer, weight और bias, "
                           "activation function; साथ में loss function और optimizer से training तय होती है। Epoch की संख्या "
                           "`fit(..., epochs=...)` का एक argument है, network की बनावट का भाग नहीं।",
                           "**C.** By the notes, the parts of an architecture are: input layer, hidden layers, output layer, "
                           "weights and biases, activation functions; the loss function and the optimizer set up the training. "
                           "The number of epochs is an argument of `fit(..., epochs=...)`, not a part of the network's design.")),
    "12.2": dict(answer="B", right=["B", "b"], wrong=["A", "C", "D"], unreadable=["BB", 2],
                 explanation=("गहराई क्षमता देती है (हर layer पिछली layer के features को जोड़कर नए features बनाती है), पर "
                              "Nielsen के sigmoid network में 30 neuron वाली और hidden layer जोड़ने से सटीकता मुश्किल से बदली (1, 2, 3, 4 hidden layer: 96.48%, 96.90%, 96.57%, 96.53%): "
                              "vanishing gradient के कारण। ReLU, अच्छा initialization, BatchNorm जैसे सुधारों के साथ ही गहराई काम आती है।",
                              "Depth adds capacity (each layer builds new features from the previous layer's), but in Nielsen's "
                              "sigmoid network adding hidden layers of 30 neurons hardly changed the accuracy (1, 2, 3, 4 hidden layers: 96.48%, 96.90%, 96.57%, 96.53%): because of "
                              "the vanishing gradient. Depth pays only with fixes such as ReLU, good initialization, BatchNorm."),
                 solution=("**B.** A ग़लत है (Nielsen: चार hidden layer दो से बेहतर नहीं थीं), C ग़लत है (उतने ही neuron अलग "
                           "गहराई में अलग फलन बनाते हैं और अलग तरह train होते हैं), D ग़लत है (table जैसे data पर भी MLP "
                           "आम हैं)। सही संख्या validation set पर आज़माकर चुनी जाती है।",
                           "**B.** A is false (Nielsen: four hidden layers did no better than two), C is false (the same "
                           "neurons at a different depth make different functions and train differently), D is false (MLPs "
                           "are common on tabular data too). The right number is chosen by trying it on a validation set.")),
    "12.3": dict(answer=7850, right=[7850, 7850.0, torch.tensor(7850)], wrong=[535818, 7840, 784, 10, 7850.6],
                 unreadable=["7850", None, -7850],
                 explanation=("बिना activation के तीनों layer मिलकर $W_3W_2W_1x + b$ हैं: 784 input से सीधे 10 output। इसलिए "
                              "बड़ा network भी बस एक linear classifier रह जाता है; ReLU ही गहराई को अर्थ देता है।",
                              "Without activations the three layers together are $W_3W_2W_1x + b$: straight from 784 inputs to "
                              "10 outputs. So even the big network stays a mere linear classifier; ReLU is what gives depth a meaning."),
                 solution=("`nn.Linear(784, 10)`: weight 10 × 784 = 7,840, bias 10, कुल **7,850**।",
                           "`nn.Linear(784, 10)`: weights 10 × 784 = 7,840, biases 10, total **7,850**.")),
    "12.4": dict(answer="D", right=["D", " d"], wrong=["A", "B", "C"], unreadable=["none", 4],
                 explanation=("ज़्यादा epoch से network training data को और अच्छी तरह याद करता है: section 3 में validation loss "
                              "कुछ epoch के बाद बढ़ने लगा। A L2 है, B dropout, C data augmentation: तीनों overfitting के इलाज हैं "
                              "(उनका असर कितना है, यह section 4 में मापा गया)।",
                              "More epochs let the network memorise the training data even better: in section 3 the validation "
                              "loss began to rise after some epochs. A is L2, B dropout, C data augmentation: all three are cures "
                              "for overfitting (section 4 measured how much each does)."),
                 solution=("**D.** Overfitting से लड़ने के तरीक़े: L2 (weight decay), dropout, data augmentation, early stopping "
                           "(यानी epoch *कम* करना), और सबसे बढ़कर ज़्यादा data।",
                           "**D.** The ways to fight overfitting: L2 (weight decay), dropout, data augmentation, early stopping "
                           "(that is, *fewer* epochs), and above all more data.")),
    "12.5": dict(answer="A", right=["A", "a"], wrong=["B", "C", "D"], unreadable=["AB", 0],
                 explanation=("जिस set पर बार-बार चुनाव होता है, उस पर नतीजा आशावादी हो जाता है; इसलिए चुनाव validation पर और "
                              "अंतिम, निष्पक्ष माप test पर। Training loss सबसे कम होना overfitting भी हो सकता है (section 3)।",
                              "A set you choose on again and again gives an optimistic result; so choose on validation and make "
                              "the final, honest measurement on test. The lowest training loss can just be overfitting (section 3)."),
                 solution=("**A.** Tuning: कई settings train करें, हर एक को validation set पर मापें, सबसे अच्छी चुनें; आख़िर में "
                           "उसी एक को test set पर मापें। Early stopping भी validation set पर होता है।",
                           "**A.** Tuning: train several settings, measure each on the validation set, pick the best; at the "
                           "end measure that one on the test set. Early stopping is done on the validation set too.")),
    "12.6": dict(answer="C", right=["C", "c "], wrong=["A", "B", "D"], unreadable=["[784, 64, 64, 10]", 1],
                 explanation=("`[784, 64, 64, 10]` में दो hidden layer (64 और 64) हैं, इसलिए वह deep है। `[150528, 4096, 1000]` में "
                              "neuron कहीं ज़्यादा हैं पर hidden layer एक ही: चौड़ा, पर उथला।",
                              "`[784, 64, 64, 10]` has two hidden layers (64 and 64), so it is deep. `[150528, 4096, 1000]` has far "
                              "more neurons but a single hidden layer: wide, yet shallow."),
                 solution=("**C.** Hidden layer = पहली और आख़िरी संख्या के बीच की संख्याएँ: A में 1, B में 0, C में 2, D में 1।",
                           "**C.** Hidden layers = the numbers between the first and the last: A has 1, B 0, C 2, D 1.")),
    "12.7": dict(answer="D", right=["D", " D "], wrong=["A", "B", "C"], unreadable=["DCBA", 4],
                 explanation=("Forward से prediction, उससे loss, `zero_grad()` से पुराने gradient साफ़, `loss.backward()` से नए "
                              "gradient, और `step()` से update। `zero_grad()` को `backward()` से पहले कहीं भी रखा जा सकता है, "
                              "पर `backward()` और `step()` के बीच कभी नहीं।",
                              "Forward gives the prediction, from it the loss, `zero_grad()` clears old gradients, "
                              "`loss.backward()` makes new ones, and `step()` updates. `zero_grad()` may go anywhere before "
                              "`backward()`, but never between `backward()` and `step()`."),
                 solution=("**D.** forward और loss, फिर `zero_grad()`, `loss.backward()`, `step()`। C में gradient update के बाद "
                           "बनते हैं, इसलिए हर `step()` पिछले batch के gradient से चलता है।",
                           "**D.** Forward and loss, then `zero_grad()`, `loss.backward()`, `step()`. In C the gradients are "
                           "made after the update, so each `step()` uses the previous batch's gradients.")),
    "12.8": dict(answer="A", right=["A", "a"], wrong=["B", "C", "D"], unreadable=["", 1],
                 explanation=("Chain rule में हर layer का गुणनखंड (जैसे sigmoid का derivative, अधिकतम 0.25) जुड़ता है, इसलिए "
                              "gradient पीछे जाते हुए घटता है; Nielsen ने शुरुआती layer को लगभग 100 गुना धीमा सीखते मापा। B "
                              "exploding gradient का वर्णन है (और उसका इलाज gradient clipping है, बड़ा learning rate नहीं)।",
                              "In the chain rule each layer adds a factor (such as sigmoid's derivative, at most 0.25), so the "
                              "gradient shrinks on its way back; Nielsen measured the first layers learning about 100 times "
                              "slower. B describes the exploding gradient (whose cure is gradient clipping, not a larger learning rate)."),
                 solution=("**A.** इलाज: ReLU (धनात्मक z पर derivative 1), He initialization, BatchNorm, residual connection, और exploding gradient के लिए gradient clipping; "
                           "अध्याय 09–11 इन्हें मापते हैं।",
                           "**A.** Cures: ReLU (derivative 1 for positive z), He initialization, BatchNorm, residual "
                           "connections, and gradient clipping for exploding gradients; chapters 09–11 measure them.")),
    "12.9": dict(answer=(8, 10), right=[(8, 10), [8, 10], torch.Size([8, 10])], wrong=[(8, 784), (10,), (8, 1, 10), (10, 8)],
                 unreadable=["(8, 10)", 8.0, None],
                 explanation=("`x.flatten(1)` का shape (8, 784) है; हर `nn.Linear` आख़िरी आयाम बदलता है (784 → 512 → 256 → 10) "
                              "और batch के 8 वैसे ही रहते हैं।",
                              "`x.flatten(1)` has shape (8, 784); each `nn.Linear` changes the last dimension "
                              "(784 → 512 → 256 → 10) and the batch of 8 stays."),
                 solution=("**(8, 10)**: हर चित्र के लिए 10 logit, हर अंक का एक।",
                           "**(8, 10)**: 10 logits per image, one per digit.")),
    "12.10": dict(answer="B", right=["B", "b"], wrong=["A", "C", "D"], unreadable=["fraud", 2],
                  explanation=("Fraud हाँ/नहीं दो class वाली classification है: एक output logit काफ़ी है, और "
                               "`nn.BCEWithLogitsLoss` उस पर sigmoid लगाकर प्रायिकता बनाता है। Hidden layer वही DNN वाली हैं; "
                               "domain बदलने पर input और output layer बदलती हैं।",
                               "Fraud yes/no is a classification with two classes: one output logit is enough, and "
                               "`nn.BCEWithLogitsLoss` turns it into a probability with a sigmoid. The hidden layers are the "
                               "same DNN's; changing the domain changes the input and the output layer."),
                  solution=("**B.** उदाहरण: `mlp([30, 64, 32, 1])` और `nn.BCEWithLogitsLoss()`। Notes के दूसरे क्षेत्र: computer "
                            "vision, NLP, healthcare, robotics।",
                            "**B.** For example: `mlp([30, 64, 32, 1])` with `nn.BCEWithLogitsLoss()`. The notes' other fields: "
                            "computer vision, NLP, healthcare, robotics.")),
    "12.11": dict(answer=30, right=[30, 30.0, 30.2], wrong=[3, 300, 9970, 0.3], unreadable=["30", -30, None],
                  explanation=("0.3% ग़लत × 10,000 = 30 अंक। Random guessing (10%) 9,000 अंक ग़लत करती, और इस notebook का "
                               "4,000 अंकों वाला MLP 30 से कहीं ज़्यादा ग़लत करता है। (Nielsen का ठीक-ठीक आँकड़ा 99.67% था: 10,000 में से 33 ग़लत।)",
                               "0.3% wrong × 10,000 = 30 digits. Random guessing (10%) would get 9,000 wrong, and this notebook's "
                               "MLP trained on 4,000 digits gets far more than 30 wrong. (Nielsen's exact figure was 99.67%: 33 wrong out of 10,000.)"),
                  solution=("(1 − 0.997) × 10,000 = **30**।", "(1 − 0.997) × 10,000 = **30**.")),
    "12.12": dict(answer=1.948, right=[1.948, 1.9480, 1.94849], wrong=[1.95, 1.998, 1.748, 1.9],
                  unreadable=["1.948", None],
                  explanation=("L2 penalty $\\frac{\\lambda}{2}w^2$ का gradient $\\lambda w = 0.02$ है। इसलिए कदम loss के gradient के "
                               "साथ weight को 0 की ओर थोड़ा और खींचता है: यही weight decay है।",
                               "The gradient of the L2 penalty $\\frac{\\lambda}{2}w^2$ is $\\lambda w = 0.02$. So the step pulls the "
                               "weight a little further towards 0 on top of the loss gradient: that is weight decay."),
                  solution=("$w \\leftarrow 2 - 0.1\\,(0.5 + 0.01 \\cdot 2) = 2 - 0.052 =$ **1.948**।",
                            "$w \\leftarrow 2 - 0.1\\,(0.5 + 0.01 \\cdot 2) = 2 - 0.052 =$ **1.948**.")),
    "12.13": dict(answer=1.25, right=[1.25, 1.2500, torch.tensor(1.25)], wrong=[1.0, 0.8, 0.2, 5.0, 2.0],
                  unreadable=["1.25", -1.25],
                  explanation=("बचे मान $1/(1-p) = 1/0.8 = 1.25$ से scale होते हैं, इसलिए output का औसत लगभग 1 रहता है। Eval "
                               "mode (`d.eval()`) में dropout कुछ नहीं करता और हर मान 1 रहता है।",
                               "The survivors are scaled by $1/(1-p) = 1/0.8 = 1.25$, so the output's mean stays about 1. In eval "
                               "mode (`d.eval()`) dropout does nothing and every value stays 1."),
                  solution=("1 / (1 − 0.2) = **1.25**; लगभग 20% मान 0 होते हैं।",
                            "1 / (1 − 0.2) = **1.25**; about 20% of the values become 0.")),
    "12.14": dict(answer="C", right=["C", "c"], wrong=["A", "B", "D"], unreadable=["flip", 3],
                  explanation=("Augmentation को label नहीं बदलना चाहिए। उल्टा 6 एक 9 जैसा दिखता है (और उल्टा 9 एक 6), इसलिए "
                               "network को ग़लत label वाले उदाहरण मिलेंगे। छोटा खिसकाना, थोड़ा घुमाना, हल्का noise: अंक वही रहता है।",
                               "An augmentation must not change the label. An upside-down 6 looks like a 9 (and an upside-down 9 "
                               "like a 6), so the network would get wrongly labelled examples. A small shift, a slight turn, faint "
                               "noise: the digit stays the same."),
                  solution=("**C.** Nielsen के 99.4% वाले नतीजे में data को छोटे बदलावों से बढ़ाया गया था; section 4 में "
                            "`RandomShift(2)` ऐसा ही एक बदलाव है।",
                            "**C.** Nielsen's 99.4% result expanded the data with small changes; `RandomShift(2)` in section 4 "
                            "is one such change.")),
    "12.15": dict(answer=3, right=[3, 3.0, torch.tensor(3)], wrong=[6, 5, 4, 2], unreadable=["3", 0, -3],
                  explanation=("Epoch 3 पर सबसे अच्छी सटीकता 0.86 आई; epoch 4 और 5 में सुधार नहीं, तो patience 2 पूरा होते ही "
                               "training epoch 5 के बाद रुक गई। Epoch 6 का 0.88 कभी देखा ही नहीं गया: छोटा patience कभी-कभी "
                               "बाद के सुधार से चूक जाता है।",
                               "The best accuracy, 0.86, came at epoch 3; epochs 4 and 5 did not improve, so with patience 2 "
                               "training stopped after epoch 5. The 0.88 of epoch 6 was never seen: a small patience sometimes "
                               "misses a later improvement."),
                  solution=("सबसे अच्छा: epoch 1 (0.80) → 2 (0.84) → 3 (0.86); epoch 4: 1 बिना सुधार, epoch 5: 2 बिना सुधार → "
                            "रुकें। रखे गए weight epoch **3** के।",
                            "Best: epoch 1 (0.80) → 2 (0.84) → 3 (0.86); epoch 4: 1 without improvement, epoch 5: 2 without "
                            "improvement → stop. The weights kept are epoch **3**'s.")),
    "12.16": dict(reference=n_parameters, right=[n_parameters, n_parameters_by_building],
                  wrong=[n_parameters_no_bias, n_parameters_neurons, n_parameters_bias_of_input], unreadable=[535818],
                  explanation=("हर `nn.Linear(n_in, n_out)` में $n_{in} \\cdot n_{out}$ weight और $n_{out}$ bias हैं। Notes के network "
                               "में पहली layer अकेली सारे parameter का तीन-चौथाई से ज़्यादा रखती है।",
                               "Each `nn.Linear(n_in, n_out)` holds $n_{in} \\cdot n_{out}$ weights and $n_{out}$ biases. In the "
                               "notes' network the first layer alone holds more than three quarters of all parameters."),
                  solution=("```python\ndef n_parameters(sizes):\n    return sum(n_in * n_out + n_out for n_in, n_out in zip(sizes, sizes[1:]))\n```\n"
                            "हर जोड़ी: weight $n_{in} \\cdot n_{out}$ और bias $n_{out}$। Notes के network के लिए 535,818।",
                            "```python\ndef n_parameters(sizes):\n    return sum(n_in * n_out + n_out for n_in, n_out in zip(sizes, sizes[1:]))\n```\n"
                            "Each pair: $n_{in} \\cdot n_{out}$ weights and $n_{out}$ biases. For the notes' network, 535,818.")),
    "12.17": dict(reference=stop_epoch, right=[stop_epoch, stop_epoch_vectorised],
                  wrong=[stop_epoch_ties_improve, stop_epoch_returns_best, stop_epoch_from_zero, stop_epoch_compares_previous],
                  unreadable=[5],
                  explanation=("Patience पिछले epoch से नहीं, *अब तक के सबसे अच्छे* epoch से गिना जाता है, और बराबर मान सुधार नहीं "
                               "है। इस function के साथ आप training loop में हर epoch के बाद पूछ सकते हैं: रुकें या आगे बढ़ें?",
                               "The patience counts from the *best epoch so far*, not from the previous epoch, and an equal value "
                               "is no improvement. With this function a training loop can ask after every epoch: stop or go on?"),
                  solution=("```python\ndef stop_epoch(val_acc, patience):\n    best, best_epoch = -math.inf, 0\n"
                            "    for k, acc in enumerate(val_acc.tolist(), start=1):\n        if acc > best:\n"
                            "            best, best_epoch = acc, k\n        if k - best_epoch >= patience:\n            return k\n"
                            "    return len(val_acc)\n```\n(`import math` ज़रूरी है।)",
                            "```python\ndef stop_epoch(val_acc, patience):\n    best, best_epoch = -math.inf, 0\n"
                            "    for k, acc in enumerate(val_acc.tolist(), start=1):\n        if acc > best:\n"
                            "            best, best_epoch = acc, k\n        if k - best_epoch >= patience:\n            return k\n"
                            "    return len(val_acc)\n```\n(`import math` is needed.)")),
    "12.18": dict(reference=per_class_recall, right=[per_class_recall, lambda c: torch.diagonal(c) / c.sum(1)],
                  wrong=[per_class_precision, per_class_integer_division, overall_accuracy], unreadable=["recall"],
                  explanation=("पंक्ति $i$ में class $i$ के सारे उदाहरण हैं और diagonal ख़ाने $(i, i)$ में उनमें से सही वाले। "
                               "कॉलम से भाग देने पर precision मिलता है: network ने जिसे $i$ कहा, उनमें से कितने सच में $i$ थे।",
                               "Row $i$ holds all the examples of class $i$, and the diagonal cell $(i, i)$ the right ones among "
                               "them. Dividing by the column instead gives the precision: of those the network called $i$, how "
                               "many really were $i$."),
                  solution=("```python\ndef per_class_recall(confusion):\n    return confusion.diag().float() / confusion.sum(dim=1).float()\n```\n"
                            "Diagonal के सही उत्तर, पंक्ति के कुल उदाहरणों से भाग।",
                            "```python\ndef per_class_recall(confusion):\n    return confusion.diag().float() / confusion.sum(dim=1).float()\n```\n"
                            "The right answers on the diagonal, divided by the row's total examples.")),
}
