"""The course glossary: each English term, the one way Hindi text of the course writes it, and its meaning.

Hindi-speaking students keep many technical terms in English (as the course's
source notes do); the glossary fixes which ones, so a term reads the same in every
chapter. tests/test_bilingual.py checks every chapter against it: where the English
prose of a cell uses a term, its Hindi twin must use the Hindi form given here.
"""
from .lang import Bi, get_language

# English term: (how Hindi text writes it, what it means)
TERMS = {
    "activation function": ("activation function", Bi(
        hi="neuron के weighted sum पर लगने वाला non-linear फलन, जैसे ReLU।",
        en="The non-linear function applied to a neuron's weighted sum, e.g. ReLU.")),
    "non-linearity": ("non-linearity", Bi(
        hi="वह गुण जो network को सीधी रेखा से आगे, मुड़ी हुई सीमाएँ सीखने देता है।",
        en="What lets a network learn curved boundaries, beyond straight lines.")),
    "derivative": ("derivative", Bi(
        hi="input थोड़ा बदलने पर output कितनी तेज़ी से बदलता है: f′(x)।",
        en="How fast the output changes when the input changes a little: f′(x).")),
    "gradient": ("gradient", Bi(
        hi="हर weight के लिए loss का derivative; training इसी की उल्टी दिशा में चलती है।",
        en="The derivative of the loss for every weight; training moves against it.")),
    "vanishing gradient": ("vanishing gradient", Bi(
        hi="पीछे की ओर जाते हुए gradient का इतना छोटा हो जाना कि शुरुआती layer सीख न पाएँ।",
        en="A gradient that shrinks on its way back until the first layers cannot learn.")),
    "saturation": ("saturation", Bi(
        hi="बड़े |x| पर फलन का सपाट हो जाना, जिससे derivative लगभग 0 हो जाता है।",
        en="A function going flat for large |x|, so its derivative is nearly 0.")),
    "dying ReLU": ("dying ReLU", Bi(
        hi="ReLU neuron जिसका input हर उदाहरण पर ऋणात्मक है: उसे gradient नहीं मिलता।",
        en="A ReLU neuron whose input is negative on every example: it gets no gradient.")),
    "neuron": ("neuron", Bi(hi="एक इकाई जो weighted sum लेकर activation function लगाती है।",
                            en="A unit that takes a weighted sum and applies an activation function.")),
    "layer": ("layer", Bi(hi="एक साथ काम करने वाले neuron का समूह।", en="A group of neurons that work side by side.")),
    "hidden layer": ("hidden layer", Bi(hi="input और output के बीच की layer।", en="A layer between input and output.")),
    "weight": ("weight", Bi(hi="input को गुणा करने वाली संख्या जिसे network सीखता है।",
                            en="A number multiplying an input, learned by the network.")),
    "bias": ("bias", Bi(hi="weighted sum में जोड़ी जाने वाली सीखी हुई संख्या।", en="A learned number added to the weighted sum.")),
    "input": ("input", Bi(hi="जो data network या फलन में जाता है।", en="The data going into a network or function.")),
    "output": ("output", Bi(hi="जो network या फलन लौटाता है।", en="What a network or function returns.")),
    "loss": ("loss", Bi(hi="prediction कितने ग़लत हैं, यह बताने वाली एक संख्या।", en="One number saying how wrong the predictions are.")),
    "learning rate": ("learning rate", Bi(hi="हर कदम पर weight कितना बदलें, इसका पैमाना।",
                                          en="The scale of each step that changes the weights.")),
    "training": ("training", Bi(hi="data से weight सीखने की प्रक्रिया।", en="Learning the weights from data.")),
    "tensor": ("tensor", Bi(hi="PyTorch की बहु-आयामी (multi-dimensional) array।", en="PyTorch's multi-dimensional array.")),
    "linear map": ("linear map", Bi(hi="x ↦ Wx + b जैसा फलन; कई linear map मिलकर भी एक linear map हैं।",
                                    en="A function like x ↦ Wx + b; several linear maps together are still one.")),
    "widget": ("widget", Bi(hi="notebook में slider या dropdown जैसा interactive नियंत्रण।",
                            en="An interactive control in the notebook, such as a slider or a dropdown.")),
    "zero-centred": ("शून्य-केंद्रित", Bi(hi="जिसके output 0 के दोनों ओर फैले हों, जैसे tanh।",
                                         en="With outputs spread on both sides of 0, like tanh.")),
    "probability": ("प्रायिकता", Bi(hi="0 और 1 के बीच की संख्या जो बताती है कि कुछ होने की कितनी संभावना है।",
                                    en="A number between 0 and 1 saying how likely something is.")),
    "slope": ("ढलान", Bi(hi="वक्र कितना तेज़ चढ़ता या उतरता है; एक बिंदु पर यही derivative है।",
                          en="How steeply a curve rises or falls; at a point it is the derivative.")),
    "practice question": ("अभ्यास प्रश्न", Bi(hi="अध्याय के अंत का प्रश्न जो तुरंत जाँचा जाता है।",
                                               en="A question at the end of a chapter, checked instantly.")),
    "exercise": ("अभ्यास", Bi(hi="code लिखकर हल किया जाने वाला प्रश्न।", en="A question you answer by writing code.")),
    "hint": ("संकेत", Bi(hi="उत्तर की ओर एक इशारा: q.hint(), फिर q.hint(2)।", en="A pointer towards the answer: q.hint(), then q.hint(2).")),
    "solution": ("हल", Bi(hi="पूरा उत्तर, सिर्फ़ माँगने पर: q.solution()।", en="The full answer, only on request: q.solution().")),
    "chapter": ("अध्याय", Bi(hi="पाठ्यक्रम का एक notebook।", en="One notebook of the course.")),
    "formula": ("सूत्र", Bi(hi="गणित में लिखा नियम, जैसे σ(x) = 1 / (1 + e^(−x))।",
                            en="A rule written in mathematics, such as σ(x) = 1 / (1 + e^(−x)).")),
    "summary": ("सारांश", Bi(hi="अध्याय की मुख्य बातें संक्षेप में।", en="The main points of a chapter, in brief.")),
}


def show():
    """The glossary as a table: English term, its Hindi form, and its meaning in the current language."""
    from IPython.display import Markdown
    meaning = "अर्थ" if get_language() == "hi" else "meaning"
    rows = "\n".join(f"| {en} | {hi} | {text} |" for en, (hi, text) in sorted(TERMS.items()))
    return Markdown(f"| English | हिन्दी | {meaning} |\n|---|---|---|\n{rows}")


GLOSSARY = {term: hindi for term, (hindi, _) in TERMS.items()}  # English term -> its Hindi form


def add_terms(terms):
    """A chapter's new terms (appended below, one block per chapter); a term is defined once only."""
    for term, (hindi, meaning) in terms.items():
        if term in TERMS:
            raise ValueError(f"glossary term {term!r} is defined twice")
        TERMS[term] = (hindi, meaning)
        GLOSSARY[term] = hindi


# ---------------------------------------------------------------- terms added by later chapters

add_terms({  # chapter 01
    "biological neuron": ("जैविक neuron", Bi(
        hi="दिमाग़ की तंत्रिका कोशिका: dendrite से signal लेती है, axon से आगे भेजती है।",
        en="A nerve cell of the brain: takes signals in through dendrites, sends them on along its axon.")),
    "artificial neuron": ("कृत्रिम neuron", Bi(
        hi="जैविक neuron से प्रेरित गणितीय इकाई: a = f(w·x + b)।",
        en="A mathematical unit inspired by the biological neuron: a = f(w·x + b).")),
    "dendrite": ("dendrite", Bi(hi="neuron की शाखाएँ जो दूसरे neuron से signal लेती हैं।",
                                en="The branches of a neuron that take in signals from other neurons.")),
    "axon": ("axon", Bi(hi="neuron का लंबा तंतु जो उसका output signal आगे ले जाता है।",
                        en="The long fibre of a neuron that carries its output signal onward.")),
    "synapse": ("synapse", Bi(hi="दो neuron के बीच का जोड़; उसकी ताक़त weight जैसी है।",
                              en="The junction between two neurons; its strength plays the part of a weight.")),
    "threshold": ("threshold", Bi(hi="वह सीमा जिसके पार कुल input जाने पर neuron fire करता है।",
                                  en="The level the total input must pass for a neuron to fire.")),
    "weighted sum": ("weighted sum", Bi(hi="हर input गुणा उसका weight, सबका जोड़, और bias: z = w·x + b।",
                                        en="Each input times its weight, all added up, plus the bias: z = w·x + b.")),
    "step function": ("step function", Bi(hi="z > 0 पर 1 और बाक़ी जगह 0 देने वाला फलन।",
                                          en="The function giving 1 for z > 0 and 0 elsewhere.")),
    "perceptron": ("perceptron", Bi(hi="step function वाला एक neuron: ŷ = 1 अगर w·x + b > 0, वरना 0।",
                                    en="One neuron with a step function: ŷ = 1 if w·x + b > 0, else 0.")),
    "decision boundary": ("decision boundary", Bi(
        hi="input space में वह सीमा जिसे पार करते ही model का निर्णय 0 से 1 हो जाता है; perceptron के लिए एक सीधी रेखा।",
        en="Where in input space the model's decision flips from 0 to 1; a straight line for a perceptron.")),
    "linearly separable": ("linearly separable", Bi(
        hi="ऐसा data जिसके दो वर्गों को एक सीधी रेखा (या समतल) पूरी तरह अलग कर दे।",
        en="Data whose two classes one straight line (or plane) separates completely.")),
    "input layer": ("input layer", Bi(hi="network में आने वाले मान; इसमें कोई weight नहीं होता।",
                                      en="The values entering the network; it holds no weights.")),
    "output layer": ("output layer", Bi(hi="आख़िरी layer, जो prediction ŷ देती है।",
                                        en="The last layer, which gives the prediction ŷ.")),
    "fully connected": ("fully connected", Bi(
        hi="ऐसी layer जिसका हर neuron पिछली layer के हर neuron से जुड़ा हो (PyTorch में nn.Linear)।",
        en="A layer each of whose neurons is joined to every neuron of the layer before (nn.Linear in PyTorch).")),
    "parameter": ("parameter", Bi(hi="model की सीखी जाने वाली संख्या: हर weight और हर bias।",
                                  en="A number the model learns: every weight and every bias.")),
    "forward pass": ("forward pass", Bi(hi="input से output तक की गणना, layer दर layer।",
                                        en="The computation from input to output, layer by layer.")),
    "backpropagation": ("backpropagation", Bi(
        hi="chain rule से loss का gradient output से input की ओर, हर parameter के लिए निकालना।",
        en="Computing the loss's gradient for every parameter with the chain rule, from output back to input.")),
})

add_terms({  # chapter 02
    "partial derivative": ("partial derivative", Bi(
        hi="कई variable वाले फलन का एक variable के सापेक्ष derivative, बाक़ी सब स्थिर रखकर: ∂f/∂x₁ (आंशिक अवकलज)।",
        en="The derivative of a function of several variables with respect to one of them, the others held fixed: ∂f/∂x₁.")),
    "chain rule": ("chain rule", Bi(
        hi="फलन के भीतर फलन का derivative: (f(g(x)))′ = f′(g(x))·g′(x); backpropagation इसी पर चलता है।",
        en="The derivative of a function inside a function: (f(g(x)))′ = f′(g(x))·g′(x); backpropagation runs on it.")),
    "computational graph": ("computational graph", Bi(
        hi="गणना का नक्शा: हर node एक मान, हर तीर एक क्रिया; backward pass इसी पर पीछे की ओर चलता है।",
        en="A map of a computation: each node a value, each arrow an operation; the backward pass walks it backwards.")),
    "backward pass": ("backward pass", Bi(
        hi="loss से पीछे की ओर चलने वाली गणना जो chain rule से हर parameter का gradient देती है: loss.backward()।",
        en="The computation going back from the loss that gives every parameter's gradient by the chain rule: loss.backward().")),
    "local derivative": ("local derivative", Bi(
        hi="computational graph के एक node के output का, उसके अपने input के सापेक्ष, derivative।",
        en="The derivative of one node's output in a computational graph with respect to that node's own input.")),
    "autograd": ("autograd", Bi(
        hi="PyTorch का तंत्र जो computational graph दर्ज करता है और backward() पर gradient अपने-आप निकालता है।",
        en="PyTorch's machinery that records the computational graph and computes the gradients itself on backward().")),
    "tangent": ("tangent", Bi(
        hi="वह सीधी रेखा जो वक्र को एक बिंदु पर छूती है और वहाँ वक्र की ही ढलान से चलती है (स्पर्श-रेखा)।",
        en="The straight line that touches a curve at a point and runs there with the curve's own slope.")),
    "secant": ("secant", Bi(
        hi="वक्र के दो बिंदुओं से गुज़रने वाली सीधी रेखा (छेदक रेखा); उसकी ढलान derivative का अनुमान है।",
        en="The straight line through two points of a curve; its slope is an estimate of the derivative.")),
    "forward difference": ("forward difference", Bi(
        hi="(f(x + h) − f(x)) / h: derivative का अनुमान, जिसकी त्रुटि h के अनुपात में घटती है।",
        en="(f(x + h) − f(x)) / h: an estimate of the derivative whose error shrinks in proportion to h.")),
    "central difference": ("central difference", Bi(
        hi="(f(x + h) − f(x − h)) / 2h: derivative का अनुमान, जिसकी त्रुटि h² के अनुपात में घटती है।",
        en="(f(x + h) − f(x − h)) / 2h: an estimate of the derivative whose error shrinks in proportion to h².")),
    "truncation error": ("truncation error", Bi(
        hi="Taylor series का छोड़ा हुआ हिस्सा: बड़े h पर difference वाले अनुमान की त्रुटि।",
        en="The dropped part of the Taylor series: the error of a difference estimate at large h.")),
    "rounding error": ("rounding error", Bi(
        hi="संख्याओं को सीमित precision में रखने से आई त्रुटि; float32 में float64 से कहीं बड़ी।",
        en="The error from storing numbers with limited precision; far larger in float32 than in float64.")),
    "contour": ("contour", Bi(
        hi="वह रेखा जिस पर फलन का मान एक-सा रहता है; gradient उस पर लंबवत होता है।",
        en="A line along which a function keeps the same value; the gradient is perpendicular to it.")),
    "directional derivative": ("directional derivative", Bi(
        hi="किसी इकाई दिशा u में चलने पर फलन के बदलने की दर: ∇f · u।",
        en="The rate at which a function changes when moving in a unit direction u: ∇f · u.")),
    "leaf tensor": ("leaf tensor", Bi(
        hi="आपका ख़ुद बनाया tensor, किसी क्रिया का परिणाम नहीं; backward के बाद सिर्फ़ इसी का .grad रखा जाता है।",
        en="A tensor you created yourself, not the result of an operation; after backward only its .grad is kept.")),
    "gradient check": ("gradient check", Bi(
        hi="autograd या अपने लिखे backward से मिले gradient की float64 में central difference से तुलना।",
        en="Comparing the gradient from autograd, or from a backward you wrote, with a central difference in float64.")),
})

add_terms({  # chapter 05
    "loss function": ("loss function", Bi(
        hi="prediction ŷ और target y से एक संख्या L बनाने वाला फलन, जैसे MSE या cross-entropy।",
        en="The function that turns the prediction ŷ and the target y into one number L, e.g. MSE or cross-entropy.")),
    "cross-entropy": ("cross-entropy", Bi(
        hi="classification का loss: सही class की प्रायिकता का −log; PyTorch में nn.CrossEntropyLoss (कच्चे logits पर)।",
        en="The classification loss: −log of the right class's probability; nn.CrossEntropyLoss in PyTorch (on raw logits).")),
    "quadratic cost": ("quadratic cost", Bi(
        hi="½(a − y)² जैसा वर्ग वाला loss (MSE का रूप); sigmoid के saturated होने पर धीरे सीखता है।",
        en="A squared loss such as ½(a − y)² (a form of MSE); it learns slowly when a sigmoid is saturated.")),
    "finite difference": ("finite difference", Bi(
        hi="derivative का अनुमान: input को छोटे h से खिसकाकर output का बदलाव मापना, जैसे (L(w + h) − L(w − h)) / 2h।",
        en="An estimate of a derivative from nudging the input by a small h, e.g. (L(w + h) − L(w − h)) / 2h.")),
    "outlier": ("outlier", Bi(
        hi="बाक़ी data से बहुत दूर का मान; MSE पर उसका असर MAE से कहीं ज़्यादा होता है।",
        en="A value far away from the rest of the data; it weighs far more in MSE than in MAE.")),
    "logit": ("logit", Bi(
        hi="softmax या sigmoid से पहले model का कच्चा score z।",
        en="The model's raw score z, before a softmax or sigmoid.")),
    "gradient accumulation": ("gradient accumulation", Bi(
        hi="कई backward के gradient .grad में जोड़कर एक ही step() करना; बिना zero_grad() के यह अनजाने में होता है।",
        en="Adding the gradients of several backward calls in .grad before one step(); without zero_grad() it happens by accident.")),
})

add_terms({  # chapter 03
    "random variable": ("random variable", Bi(
        hi="ऐसा variable जिसका मान किसी random प्रयोग के परिणाम से तय होता है, जैसे सिक्के पर Head आए तो 1, नहीं तो 0।",
        en="A variable whose value is set by the outcome of a random experiment, e.g. 1 if a coin shows Head, else 0.")),
    "distribution": ("distribution", Bi(
        hi="random variable कौन-से मान ले सकता है और हर मान की प्रायिकता कितनी है, इसका पूरा ब्योरा (बंटन)।",
        en="Which values a random variable can take and how probable each one is.")),
    "median": ("median", Bi(hi="sort करने पर बीच का मान (माध्यिका); outlier से लगभग नहीं हिलता।",
                            en="The middle value after sorting; outliers hardly move it.")),
    "variance": ("variance", Bi(hi="mean से दूरी के वर्गों का औसत (प्रसरण): data कितना फैला है।",
                                en="The average squared distance from the mean: how spread out the data is.")),
    "standard deviation": ("standard deviation", Bi(hi="variance का वर्गमूल (मानक विचलन): फैलाव, data की अपनी इकाई में।",
                                                    en="The square root of the variance: the spread, in the data's own units.")),
    "softmax": ("softmax", Bi(hi="scores z को classes पर प्रायिकताओं में बदलने वाला फलन: e^(z_i) / Σ e^(z_j)।",
                              en="The function turning scores z into probabilities over classes: e^(z_i) / Σ e^(z_j).")),
    "temperature": ("temperature", Bi(hi="softmax(z / T) का T: छोटा T distribution को नुकीला, बड़ा T सपाट बनाता है।",
                                      en="The T of softmax(z / T): a small T sharpens the distribution, a large T flattens it.")),
    "likelihood": ("likelihood", Bi(hi="वह प्रायिकता जो model देखे गए data (जैसे सही labels) को देता है।",
                                    en="The probability a model gives to the observed data (such as the true labels).")),
    "dropout": ("dropout", Bi(hi="training में हर neuron को प्रायिकता p से 0 करना और बचे मानों को 1/(1 − p) से scale करना।",
                              en="Zeroing each neuron with probability p in training and scaling the rest by 1/(1 − p).")),
})

add_terms({  # chapter 04
    "gradient descent": ("gradient descent", Bi(
        hi="loss घटाने का तरीक़ा: हर parameter को gradient की उल्टी दिशा में एक छोटा कदम, θ ← θ − η∇L, बार-बार।",
        en="The way to lower the loss: a small step of every parameter against the gradient, θ ← θ − η∇L, again and again.")),
    "optimizer": ("optimizer", Bi(
        hi="gradient से parameter बदलने का नियम, जैसे SGD, Momentum, RMSProp या Adam (PyTorch में torch.optim)।",
        en="The rule that changes the parameters using their gradients, e.g. SGD, Momentum, RMSProp or Adam (torch.optim in PyTorch).")),
    "momentum": ("momentum", Bi(
        hi="पुराने gradient जोड़कर बना वेग (velocity): m ← μm + g, फिर θ ← θ − ηm; लुढ़कती गेंद जैसा।",
        en="A velocity built from past gradients: m ← μm + g, then θ ← θ − ηm; like a rolling ball.")),
    "mini-batch": ("mini-batch", Bi(
        hi="एक कदम का gradient निकालने के लिए चुने गए कुछ (B) उदाहरण; उस gradient का शोर 1/√B के अनुपात में घटता है।",
        en="The few (B) examples one step's gradient is computed on; its noise shrinks as 1/√B.")),
    "epoch": ("epoch", Bi(hi="training data का एक पूरा चक्कर: हर उदाहरण एक बार।",
                          en="One full pass over the training data: every example once.")),
    "converge": ("converge", Bi(hi="कदम-दर-कदम किसी एक बिंदु (जैसे loss के न्यूनतम बिंदु) के और पास पहुँचते जाना।",
                                en="To get closer and closer, step by step, to one point, such as the minimum of the loss.")),
    "diverge": ("diverge", Bi(hi="हर कदम पर और दूर जाना: loss का बढ़ते-बढ़ते बेक़ाबू हो जाना, जैसे η > 2/λ_max पर।",
                              en="To move further away at every step: the loss grows until it blows up, as for η > 2/λ_max.")),
    "curvature": ("curvature", Bi(hi="वक्रता: loss कितना मुड़ा है, यानी दूसरा derivative; कई weight हों तो Hessian के eigenvalue λ।",
                                  en="How sharply the loss bends: its second derivative; with many weights, the eigenvalues λ of the Hessian.")),
    "condition number": ("condition number", Bi(
        hi="λ_max / λ_min: सबसे खड़ी और सबसे सपाट दिशा की curvature का अनुपात; यह बड़ा हो तो gradient descent धीमा चलता है।",
        en="λ_max / λ_min: the ratio of the curvatures of the steepest and the flattest direction; when large, gradient descent is slow.")),
    "bias correction": ("bias correction", Bi(
        hi="Adam का सुधार: m और v को (1 − βᵗ) से भाग देना, क्योंकि वे शून्य से शुरू होते हैं।",
        en="Adam's correction: dividing m and v by (1 − βᵗ), because they start at zero.")),
})

add_terms({  # chapter 06
    "Leaky ReLU": ("Leaky ReLU", Bi(
        hi="ReLU जैसा, पर ऋणात्मक z पर 0 की जगह αz (जैसे α = 0.1): वहाँ भी ढलान α है, इसलिए gradient मिलता रहता है।",
        en="Like ReLU, but αz instead of 0 for negative z (e.g. α = 0.1): the slope there is α, so a gradient still flows.")),
    "sparse activation": ("sparse activation", Bi(
        hi="ReLU layer के कई output का ठीक 0 होना: हर उदाहरण पर कुछ ही neuron सक्रिय रहते हैं।",
        en="Many outputs of a ReLU layer being exactly 0: on each example only some neurons are active.")),
})

add_terms({  # chapter 03 (review): terms the word-boundary check now allows
    "mode": ("mode", Bi(hi="statistics में: data में सबसे ज़्यादा बार आने वाला मान (बहुलक)।",
                        en="In statistics: the value that occurs most often in the data.")),
    "sample": ("sample", Bi(hi="किसी distribution से random रूप से खींचा गया मान, या ऐसे मानों का समूह: किसी बड़ी आबादी का छोटा हिस्सा।",
                            en="A value drawn at random from a distribution, or a set of such values: a small part of a larger population.")),
    "density": ("density", Bi(hi="continuous random variable की pdf p(x): किसी अंतराल की प्रायिकता उसके नीचे का क्षेत्रफल है; "
                                 "density ख़ुद प्रायिकता नहीं, इसलिए 1 से बड़ी भी हो सकती है।",
                              en="The pdf p(x) of a continuous random variable: the probability of an interval is the area under "
                                 "it; a density is not itself a probability, so it can exceed 1.")),
})

add_terms({  # chapter 07
    "multi-layer perceptron": ("multi-layer perceptron", Bi(
        hi="MLP: ऐसा fully connected network जिसमें input और output के बीच non-linear activation वाली एक या ज़्यादा hidden layer होती हैं।",
        en="MLP: a fully connected network with one or more hidden layers, with a non-linear activation, between input and output.")),
    "hidden space": ("hidden space", Bi(
        hi="hidden layer के output की जगह (space): हर input वहाँ एक नए बिंदु पर पहुँचता है, और इस जगह में समस्या linearly separable हो सकती है।",
        en="The space of a hidden layer's outputs: each input lands on a new point there, where the problem can become linearly separable.")),
    "universal approximation theorem": ("universal approximation theorem", Bi(
        hi="पर्याप्त neuron वाली एक non-linear hidden layer किसी बंद क्षेत्र पर किसी भी continuous फलन को किसी भी सटीकता तक approximate कर सकती है।",
        en="One non-linear hidden layer with enough neurons can approximate any continuous function on a closed region to any accuracy.")),
    "bump": ("bump", Bi(
        hi="दो steep sigmoid neuron का अंतर: एक अंतराल पर लगभग स्थिर ऊँचाई h, बाहर लगभग 0।",
        en="The difference of two steep sigmoid neurons: about a constant height h on one interval, about 0 outside.")),
    "tower": ("tower", Bi(
        hi="bump का 2-D रूप: एक आयत पर ऊँचाई 1, बाहर लगभग 0; दूसरी hidden layer का एक neuron इसे बनाता है।",
        en="The 2-D form of a bump: height 1 on a rectangle, about 0 outside; one neuron of a second hidden layer makes it.")),
    "local minimum": ("local minimum", Bi(
        hi="loss का ऐसा बिंदु जो आसपास के हर बिंदु से नीचा है, पर सबसे नीचा नहीं: gradient descent वहाँ अटक सकता है।",
        en="A point of the loss lower than every point around it but not the lowest: gradient descent can get stuck there.")),
    "failure window": ("failure window", Bi(
        hi="steep sigmoid के step के पास की पतली पट्टी (चौड़ाई लगभग 1/w) जहाँ sigmoid अभी आधे रास्ते पर है और approximation बिगड़ती है।",
        en="The thin strip (about 1/w wide) near a steep sigmoid's step where the sigmoid is still half-way and the approximation is poor.")),
})

add_terms({  # chapter 11
    "exploding gradient": ("exploding gradient", Bi(
        hi="पीछे की ओर जाते हुए gradient का हर layer पर बढ़ते जाना, जिससे update बहुत बड़े हो जाते हैं और loss nan तक जा सकता है।",
        en="A gradient that grows at every layer on its way back, so updates become huge and the loss can reach nan.")),
    "gradient norm": ("gradient norm", Bi(
        hi="gradient का परिमाण ‖g‖: उसके सारे तत्वों के वर्गों के जोड़ का वर्गमूल; हर layer का अलग, या सारे parameter का कुल।",
        en="The size ‖g‖ of a gradient: the square root of the sum of its squared elements; per layer, or in total over all parameters.")),
    "gradient clipping": ("gradient clipping", Bi(
        hi="कुल gradient norm max_norm से बड़ा हो तो पूरे gradient को एक ही गुणक से छोटा करना: दिशा वही, कदम सीमित।",
        en="Scaling the whole gradient down by one factor when its total norm exceeds max_norm: the same direction, a bounded step.")),
    "residual connection": ("residual connection", Bi(
        hi="ऐसा block जिसका output x + g(x) है: x वाला रास्ता gradient को बिना घटे पीछे ले जाता है (ResNet)।",
        en="A block whose output is x + g(x): the path through x carries the gradient back undiminished (ResNet).")),
    "hook": ("hook", Bi(
        hi="tensor या module पर लगाया गया function, जिसे PyTorch forward या backward pass के दौरान बुलाता है, जैसे gradient लिखने के लिए।",
        en="A function attached to a tensor or module that PyTorch calls during the forward or backward pass, e.g. to log gradients.")),
})

add_terms({  # chapter 08
    "convolution": ("convolution", Bi(
        hi="एक छोटे kernel को input पर सरकाकर हर जगह गुणा करके जोड़ना; deep learning में kernel उलटा नहीं जाता (cross-correlation)।",
        en="Sliding a small kernel over the input, multiplying and adding at every place; in deep learning the kernel is not flipped (cross-correlation).")),
    "kernel": ("kernel", Bi(
        hi="convolution में सरकने वाली सीखे हुए weight की छोटी grid, जैसे 3 × 3; इसे filter भी कहते हैं।",
        en="The small grid of learned weights that slides in a convolution, e.g. 3 × 3; also called a filter.")),
    "feature map": ("feature map", Bi(
        hi="एक kernel का पूरे input पर output: हर स्थान पर बताता है कि वहाँ kernel वाला pattern कितना मौजूद है।",
        en="One kernel's output over the whole input: at every position, how much of the kernel's pattern is there.")),
    "stride": ("stride", Bi(hi="kernel हर कदम पर कितने pixel सरकता है; stride 2 output को लगभग आधा करता है।",
                            en="How many pixels the kernel moves at each step; stride 2 about halves the output.")),
    "padding": ("padding", Bi(hi="input के चारों ओर जोड़ी गई शून्य की पंक्तियाँ और स्तंभ, ताकि किनारे के pixel भी kernel के केंद्र के नीचे आ सकें।",
                              en="Rows and columns of zeros added around the input, so the borders can sit under the kernel's centre too.")),
    "dilation": ("dilation", Bi(hi="kernel के मानों के बीच छोड़े गए pixel: dilation 2 वाला 3 × 3 kernel 9 weight के साथ ही 5 × 5 जगह पर फैलता है।",
                                en="Pixels skipped between a kernel's values: a 3 × 3 kernel with dilation 2 spans 5 × 5, with 9 weights.")),
    "cross-correlation": ("cross-correlation", Bi(
        hi="kernel को उलटे बिना सरकाकर गुणा-जोड़: PyTorch का “convolution” यही है; गणित वाला convolution kernel उलटता है।",
        en="Slide, multiply and add without flipping the kernel: PyTorch's “convolution” is this; the mathematical convolution flips the kernel.")),
    "pooling": ("pooling", Bi(hi="feature map को छोटा करना: हर खिड़की (जैसे 2 × 2) से एक संख्या; इसमें कोई weight नहीं।",
                              en="Making a feature map smaller: one number from each window (e.g. 2 × 2); it has no weights.")),
    "max pooling": ("max pooling", Bi(hi="हर खिड़की का सबसे बड़ा मान लेने वाली pooling।", en="Pooling that takes the largest value of each window.")),
    "average pooling": ("average pooling", Bi(hi="हर खिड़की का औसत लेने वाली pooling।", en="Pooling that takes the mean of each window.")),
    "receptive field": ("receptive field", Bi(
        hi="input का वह हिस्सा जिस पर एक output निर्भर है: 3 × 3 conv में 9 pixel, दो 3 × 3 layer के बाद 25।",
        en="The part of the input one output depends on: 9 pixels for a 3 × 3 conv, 25 after two 3 × 3 layers.")),
    "parameter sharing": ("parameter sharing", Bi(
        hi="feature map के हर स्थान पर एक ही kernel: parameter की संख्या चित्र के आकार पर निर्भर नहीं करती।",
        en="One kernel for every position of a feature map: the parameter count does not depend on the image size.")),
    "equivariance": ("equivariance", Bi(
        hi="input खिसकाने पर output का भी उतना ही खिसक जाना (वैसा का वैसा रहना नहीं): convolution shift के प्रति equivariant है।",
        en="The output shifting by as much when the input shifts (not staying the same): convolution is equivariant to shifts.")),
    "CNN": ("CNN", Bi(hi="convolutional neural network: conv layer (और pooling) से बना network, चित्रों के लिए।",
                      en="Convolutional neural network: a network of conv layers (and pooling), for images.")),
})

add_terms({  # chapter 09
    "batch normalization": ("batch normalization", Bi(
        hi="BatchNorm: हर feature को mini-batch के mean और variance से normalize करके γ से scale और β से shift करने वाली layer।",
        en="BatchNorm: a layer that normalizes each feature with the mini-batch's mean and variance, then scales by γ and shifts by β.")),
    "batch statistics": ("batch statistics", Bi(
        hi="एक mini-batch पर निकाले गए हर feature के mean और variance; training mode में BatchNorm इन्हीं से normalize करता है।",
        en="Each feature's mean and variance computed on one mini-batch; BatchNorm normalizes with them in training mode.")),
    "running statistics": ("running statistics", Bi(
        hi="training के दौरान batch statistics का चलता औसत (running_mean, running_var); evaluation mode में BatchNorm इन्हीं से normalize करता है।",
        en="The running average of the batch statistics kept in training (running_mean, running_var); BatchNorm uses them in evaluation mode.")),
    "training mode": ("training mode", Bi(
        hi="model.train() के बाद की स्थिति: BatchNorm batch statistics लेता है और running statistics अपडेट करता है, dropout चालू।",
        en="The state after model.train(): BatchNorm uses batch statistics and updates its running statistics, dropout is on.")),
    "evaluation mode": ("evaluation mode", Bi(
        hi="model.eval() के बाद की स्थिति: BatchNorm running statistics लेता है, dropout बंद; हर उदाहरण का output batch से स्वतंत्र।",
        en="The state after model.eval(): BatchNorm uses its running statistics, dropout is off; each example's output is independent of the batch.")),
    "internal covariate shift": ("internal covariate shift", Bi(
        hi="पिछली layer के सीखने से अगली layer के input के distribution का बदलते रहना; BatchNorm के मूल paper की व्याख्या, जो बाद में विवादित हुई।",
        en="The distribution of a layer's input changing as earlier layers learn; the original BatchNorm paper's explanation, later disputed.")),
    "loss landscape": ("loss landscape", Bi(
        hi="parameter के हर मान पर loss की ऊँचाई से बनी “ज़मीन”; यह ज़मीन चिकनी हो तो gradient भरोसेमंद होते हैं और बड़े कदम सुरक्षित।",
        en="The “terrain” of the loss's height at every value of the parameters; when smooth, gradients are reliable and large steps safe.")),
})

add_terms({  # chapter 10
    "weight initialization": ("weight initialization", Bi(
        hi="training शुरू होने से पहले हर weight को शुरुआती मान देना; इन मानों का पैमाना तय करता है कि गहरा network सीखेगा या नहीं।",
        en="Giving every weight a starting value before training begins; its scale decides whether a deep network learns.")),
    "symmetry": ("symmetry", Bi(
        hi="सममिति: एक layer के सारे neuron का बराबर शुरू होना; तब उन्हें एक-सा gradient मिलता है और वे हमेशा एक जैसे रहते हैं। Random शुरुआत इसे तोड़ती है।",
        en="Neurons of a layer starting equal: they then get the same gradient and stay alike for ever; a random start breaks it.")),
    "Xavier initialization": ("Xavier initialization", Bi(
        hi="इसे Glorot initialization भी कहते हैं: Var(w) = 2/(n_in + n_out), tanh जैसे activation के लिए (PyTorch में tanh का gain 5/3)।",
        en="Also Glorot initialization: Var(w) = 2/(n_in + n_out), for activations like tanh (PyTorch's gain for tanh is 5/3).")),
    "He initialization": ("He initialization", Bi(
        hi="इसे Kaiming initialization भी कहते हैं: Var(w) = 2/n_in, ReLU के लिए; 2 का गुणक ReLU के काटे हुए आधे हिस्से की भरपाई करता है।",
        en="Also Kaiming initialization: Var(w) = 2/n_in, for ReLU; the factor 2 makes up for the half that ReLU cuts off.")),
    "pre-activation": ("pre-activation", Bi(
        hi="activation function लगने से पहले का weighted sum: z = Wx + b।",
        en="The weighted sum before the activation function: z = Wx + b.")),
})

add_terms({  # chapter 12
    "deep neural network": ("deep neural network", Bi(
        hi="दो या ज़्यादा hidden layer वाला neural network (DNN); एक hidden layer वाला shallow (उथला) कहलाता है।",
        en="A neural network with two or more hidden layers (DNN); one with a single hidden layer is called shallow.")),
    "overfitting": ("overfitting", Bi(
        hi="training data याद कर लेना: training पर सटीकता ऊँची, नए data (validation, test) पर काफ़ी नीची।",
        en="Memorising the training data: high accuracy on training, far lower on new data (validation, test).")),
    "validation set": ("validation set", Bi(
        hi="training से अलग रखा data जिस पर settings चुनी जाती हैं और early stopping किया जाता है; test set को बस आख़िर में छूते हैं।",
        en="Data kept apart from training on which settings are chosen and early stopping is done; the test set is touched only at the end.")),
    "test set": ("test set", Bi(
        hi="वह data जिस पर network न train हुआ, न tune (उस पर कोई चुनाव नहीं हुआ): अंतिम, निष्पक्ष माप के लिए।",
        en="Data the network was neither trained nor tuned on: for the final, honest measurement.")),
    "regularization": ("regularization", Bi(
        hi="overfitting घटाने वाला कोई भी तरीक़ा: L2 (weight decay), dropout, data augmentation, early stopping।",
        en="Any method that reduces overfitting: L2 (weight decay), dropout, data augmentation, early stopping.")),
    "weight decay": ("weight decay", Bi(
        hi="L2 regularization: loss में (λ/2)·Σw² जोड़ना, यानी हर कदम पर हर weight को λ·w जितना 0 की ओर खींचना।",
        en="L2 regularization: adding (λ/2)·Σw² to the loss, that is pulling each weight towards 0 by λ·w at every step.")),
    "data augmentation": ("data augmentation", Bi(
        hi="training के उदाहरणों को label बदले बिना थोड़ा बदलकर (खिसकाकर, घुमाकर) नए उदाहरण बनाना।",
        en="Making new training examples by changing them slightly (shifting, turning) without changing their label.")),
    "early stopping": ("early stopping", Bi(
        hi="validation पर सुधार रुकते ही training रोकना और सबसे अच्छे epoch के weight रखना।",
        en="Stopping training once the validation stops improving, and keeping the weights of the best epoch.")),
    "confusion matrix": ("confusion matrix", Bi(
        hi="वह तालिका जिसकी पंक्ति i, कॉलम j में गिनती है: कितने उदाहरण असल में class i थे और network ने j बताए।",
        en="A table whose row i, column j counts how many examples were really class i and were called j by the network.")),
})
