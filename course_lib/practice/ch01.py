"""Chapter 01, the neuron: the seed's ten practice questions (5 + 5) and five of the chapter's own.

Choices, numbers and shapes are checked against salted hashes, functions against reference
outputs sealed in keys/ch01.json. The plain key is tests/keys/ch01.py.
"""
import torch

from ..answers import Choice, Function, Number, Shape
from ..lang import Bi
from ..questions import Question


def _neurons():
    """(x, w, b) for neuron(): one input, a batch, saturated neurons (|z| = 200), a one-row batch."""
    g = torch.Generator().manual_seed(1)
    return [(torch.tensor([1.0, -2.0, 0.5]), torch.tensor([0.4, 0.3, -1.0]), torch.tensor(0.2)),
            (torch.randn(4, 3, generator=g), torch.randn(3, generator=g), torch.tensor(-0.5)),
            (torch.tensor([[100.0, 100.0], [-100.0, -100.0]]), torch.tensor([1.0, 1.0]), torch.tensor(0.0)),
            (torch.tensor([[0.5, -1.5, 2.0, 0.0, 1.0]]), torch.tensor([1.0, 0.5, -0.5, 2.0, 0.0]), torch.tensor(1.0))]


def _gate_inputs():
    """x for nand(): the four pairs of 0/1 inputs, then a batch of 8 in another order with repeats."""
    return [torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]),
            torch.tensor([[1.0, 1.0], [0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0], [1.0, 0.0],
                          [0.0, 1.0]])]


def _dense_layers():
    """(x, W, b) for dense(): a batch, a square weight, one input alone, the extremes ±100, one output."""
    g = torch.Generator().manual_seed(14)
    return [(torch.randn(4, 3, generator=g), torch.randn(5, 3, generator=g), torch.randn(5, generator=g)),
            (torch.randn(2, 3, generator=g), torch.randn(3, 3, generator=g), torch.randn(3, generator=g)),
            (torch.tensor([1.0, -2.0, 0.5]), torch.randn(2, 3, generator=g), torch.tensor([0.5, -0.5])),
            (torch.tensor([[100.0, -100.0, 0.5]]), torch.randn(2, 3, generator=g), torch.zeros(2)),
            (torch.randn(6, 2, generator=g), torch.randn(1, 2, generator=g), torch.randn(1, generator=g))]


def _networks():
    """(x, W1, b1, W2, b2) for simple_nn(): the chapter's traced network, random 2 → 4 → 1 and 3 → 6 → 2, x = ±100."""
    g = torch.Generator().manual_seed(15)
    r = lambda *shape: torch.randn(*shape, generator=g)
    traced = (torch.tensor([[1.0, -1.0], [0.5, 0.5], [-1.5, 1.0], [2.0, 1.0]]), torch.tensor([0.0, -1.0, 0.5, -3.0]),
              torch.tensor([[1.0, -2.0, 0.5, 1.5]]), torch.tensor([0.25]))
    return [(torch.tensor([[2.0, 1.0], [-1.0, 0.5]]), *traced),
            (r(5, 2), r(4, 2), r(4), r(1, 4), r(1)),
            (r(4, 3), r(6, 3), r(6), r(2, 6), r(2)),
            (torch.tensor([[100.0, -100.0], [-100.0, 100.0]]), r(4, 2), r(4), r(1, 4), r(1))]


q1 = Question(
    "01.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="एक जैविक neuron में dendrite और axon का क्या काम होता है? सही कथन का अक्षर लिखिए, जैसे `\"A\"`।\n\n"
           "- **A.** Dendrite neuron का output आगे भेजते हैं; axon दूसरे neuron से signal लेता है।\n"
           "- **B.** दोनों दूसरे neuron से signal लेते हैं; output cell body सीधे आगे भेजती है।\n"
           "- **C.** Dendrite दूसरे neuron से signal लेते हैं; axon output आगे ले जाता है।\n"
           "- **D.** Dendrite neuron का सीखा हुआ याद रखते हैं; axon सारे input को जोड़ता है।",
        en="In a biological neuron, what do the dendrites and the axon do? Write the letter of the true statement, "
           "e.g. `\"A\"`.\n\n"
           "- **A.** Dendrites send the neuron's output onward; the axon takes signals in from others.\n"
           "- **B.** Both take in signals from other neurons; the cell body sends the output on.\n"
           "- **C.** Dendrites take in signals from other neurons; the axon carries the output on.\n"
           "- **D.** Dendrites store what the neuron has learned; the axon adds up all its inputs."),
    hints=[Bi(hi="Signal किस ओर बहता है: दूसरे neuron से इस neuron में, फिर इससे अगले neuron तक। कौन-सा हिस्सा किस छोर पर है?",
              en="Which way does the signal flow: from other neurons into this one, then on to the next. Which part sits at which end?"),
           Bi(hi="चित्र में नीले और लाल हिस्से देखिए: कृत्रिम neuron में वे input और output से मेल खाते हैं।",
              en="Look at the blue and the red parts of the picture: in the artificial neuron they match the inputs and the output.")])

q2 = Question(
    "01.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="एक कृत्रिम neuron किस प्रकार का input लेता है? सही कथन का अक्षर लिखिए।\n\n"
           "- **A.** वास्तविक संख्याएँ, जैसे फूल के माप; हर एक अपने weight से गुणा होती है।\n"
           "- **B.** जैविक neuron की ही तरह, समय के साथ एक-एक करके आते विद्युत-रासायनिक pulse।\n"
           "- **C.** सिर्फ़ 0 और 1, क्योंकि neuron या तो fire करता है या बिल्कुल नहीं करता।\n"
           "- **D.** सिर्फ़ पूरे चित्र या वाक्य; एक अकेली संख्या input नहीं हो सकती।",
        en="What kind of input does an artificial neuron take? Write the letter of the true statement.\n\n"
           "- **A.** Real numbers, such as a flower's measurements, each times its own weight.\n"
           "- **B.** Electrochemical pulses arriving over time, just as a biological neuron gets.\n"
           "- **C.** Only 0s and 1s, because a neuron either fires or does not fire at all.\n"
           "- **D.** Only whole images or sentences; a single number cannot be an input."),
    hints=[Bi(hi="सूत्र z = w·x + b में x के साथ क्या होता है? किस चीज़ को गुणा और जोड़ा जा सकता है?",
              en="What happens to x in the formula z = w·x + b? What kind of thing can be multiplied and added?"),
           Bi(hi="अध्याय के perceptron वाले हिस्से में input क्या थे? और एक चित्र भी neuron तक कैसे पहुँचता है: pixel दर pixel?",
              en="In the chapter's perceptron section, what were the inputs? And how does an image reach a neuron: pixel by pixel?")])

q3 = Question(
    "01.3", "q3", Choice("ABCD"),
    prompt=Bi(
        hi="जैविक और कृत्रिम neuron में signal कैसा होता है? सही कथन का अक्षर लिखिए।\n\n"
           "- **A.** दोनों में विद्युत-रासायनिक pulse; कृत्रिम neuron उन्हें ठीक वैसे ही simulate करता है।\n"
           "- **B.** दोनों में वास्तविक संख्याएँ; जैविक neuron अपना weighted sum आगे भेजता है।\n"
           "- **C.** जैविक में वास्तविक संख्याएँ; कृत्रिम में chip के भीतर विद्युत-रासायनिक pulse।\n"
           "- **D.** जैविक में समय के साथ विद्युत-रासायनिक pulse; कृत्रिम में एक वास्तविक संख्या।",
        en="What is the signal like in a biological and in an artificial neuron? Write the letter of the true statement.\n\n"
           "- **A.** Both carry electrochemical pulses; an artificial neuron simulates them exactly.\n"
           "- **B.** Both carry real numbers; a biological neuron passes on its weighted sum.\n"
           "- **C.** Biological: real numbers; artificial: electrochemical pulses inside a chip.\n"
           "- **D.** Biological: electrochemical pulses over time; artificial: one real number."),
    hints=[Bi(hi="दोनों के बारे में अलग-अलग सोचिए: दिमाग़ की कोशिका आगे क्या भेजती है, और a = f(z) किस प्रकार की चीज़ है?",
              en="Think of the two separately: what does a brain cell send on, and what kind of thing is a = f(z)?"),
           Bi(hi="अध्याय की तुलना तालिका की 'signal' वाली row देखिए।",
              en="Look at the 'signal' row of the chapter's comparison table.")])

q4 = Question(
    "01.4", "q4", Function(_neurons, atol=1e-6, rtol=1e-5, forbidden=("linear",)),
    prompt=Bi(hi="एक कृत्रिम neuron का गणितीय सूत्र लिखिए, code में: `neuron(x, w, b)` वह activation a लौटाए जो weighted sum "
                 "z पर sigmoid लगाने से मिलता है। `x` एक input `(n,)` या N input की batch `(N, n)` है, `w` की shape `(n,)` और `b` "
                 "एक संख्या (0-dim tensor)। एक input पर एक संख्या लौटाइए, batch पर shape `(N,)`। `nn.Linear` या `F.linear` का "
                 "उपयोग न कीजिए। जाँच: एक input, 4 input की batch, |z| = 200 वाले दो input (x = ±100) और 1 row की batch।",
              en="Write the mathematical formula of an artificial neuron, as code: `neuron(x, w, b)` returns the activation a "
                 "you get by applying sigmoid to the weighted sum z. `x` is one input `(n,)` or a batch of N inputs `(N, n)`, "
                 "`w` has shape `(n,)` and `b` is a number (a 0-dim tensor). Return one number for one input and shape `(N,)` "
                 "for a batch. Do not use `nn.Linear` or `F.linear`. Tested on: one input, a batch of 4 inputs, two inputs "
                 "with |z| = 200 (x = ±100) and a batch of 1 row."),
    hints=[Bi(hi="पहले weighted sum z निकालिए (हर input गुणा उसका weight, सबका जोड़, फिर bias), फिर उस पर activation लगाइए।",
              en="First compute the weighted sum z (each input times its weight, all added up, then the bias), then apply the activation."),
           Bi(hi="`x @ w` एक input पर संख्या और batch पर `(N,)` देता है: दोनों shape एक साथ सँभल जाती हैं। Sigmoid के लिए "
                 "`torch.sigmoid` ठीक है।",
              en="`x @ w` gives a number for one input and `(N,)` for a batch: both shapes at once. For sigmoid, "
                 "`torch.sigmoid` is fine.")])

q5 = Question(
    "01.5", "q5", Choice("ABCD"),
    prompt=Bi(
        hi="कृत्रिम neuron जैविक neuron से कैसे प्रेरित है? सही कथन का अक्षर लिखिए।\n\n"
           "- **A.** वह दिमाग़ की wiring की हूबहू नक़ल है, कोशिका दर कोशिका, इसलिए वह दिमाग़ की तरह सोचता है।\n"
           "- **B.** input dendrite जैसे, weight synapse की ताक़त जैसे, Σ और f cell body की firing जैसे, output axon जैसा।\n"
           "- **C.** weight dendrite जैसे हैं, bias axon जैसा है, और activation function दो कोशिकाओं के बीच के synapse जैसा।\n"
           "- **D.** प्रेरणा सिर्फ़ नाम में है; उसका कोई भी हिस्सा जैविक neuron के किसी हिस्से से मेल नहीं खाता।",
        en="How is the artificial neuron inspired by the biological one? Write the letter of the true statement.\n\n"
           "- **A.** It copies the brain's wiring exactly, cell for cell, which is why it thinks like a brain does.\n"
           "- **B.** Inputs act as dendrites, weights as synapse strengths, Σ and f as the cell body firing, the output as the axon.\n"
           "- **C.** Weights act as dendrites, the bias acts as the axon, and the activation function acts as the synapse between cells.\n"
           "- **D.** It is inspired in name only; not one of its parts corresponds to any part of a biological neuron at all."),
    hints=[Bi(hi="प्रेरित होना नक़ल करना नहीं है। हर हिस्से का काम देखिए: कौन लेता है, कौन तौलता है, कौन जोड़ता है, कौन भेजता है?",
              en="Inspired is not copied. Look at each part's job: what takes in, what weighs, what adds up, what sends on?"),
           Bi(hi="अध्याय के चित्र में एक जैसा काम करने वाले हिस्से एक ही रंग में हैं; synapse नारंगी है।",
              en="In the chapter's picture, matching colours show matching jobs; the synapse is orange.")])

q6 = Question(
    "01.6", "q6", Choice("ABCD"),
    prompt=Bi(
        hi="Neural network में तीन मुख्य layer कौन-सी होती हैं? सही विकल्प का अक्षर लिखिए।\n\n"
           "- **A.** Input layer, activation layer और loss layer\n"
           "- **B.** Convolution layer, pooling layer और dense layer\n"
           "- **C.** Weight layer, bias layer और activation layer\n"
           "- **D.** Input layer, hidden layer(s) और output layer",
        en="What are the three main layers of a neural network? Write the letter of the right option.\n\n"
           "- **A.** Input layer, activation layer and loss layer\n"
           "- **B.** Convolution layer, pooling layer and dense layer\n"
           "- **C.** Weight layer, bias layer and activation layer\n"
           "- **D.** Input layer, hidden layer(s) and output layer"),
    hints=[Bi(hi="Data network में कहाँ आता है, कहाँ process होता है, और prediction कहाँ निकलता है?",
              en="Where does the data enter the network, where is it processed, and where does the prediction come out?"),
           Bi(hi="`SimpleNN` के चित्र के ऊपर हर column का नाम लिखा है।",
              en="The picture of `SimpleNN` names each column at its top.")])

q7 = Question(
    "01.7", "q7", Function(_gate_inputs, atol=0, rtol=0),
    prompt=Bi(hi="Perceptron का सूत्र लिखिए, और उसे समझकर इस्तेमाल कीजिए: `nand(x)` एक perceptron हो, जिसके दो weight `w` और "
                 "bias `b` आप ख़ुद चुनें, और जिसका निर्णय ŷ सिर्फ़ तब 0 हो जब दोनों input 1 हों, बाक़ी हर बार 1 (यह NAND "
                 "logic gate है)। `x` 0/1 input के N जोड़ों की batch है, shape `(N, 2)`; ŷ को 1.0 और 0.0 वाले float tensor के "
                 "रूप में लौटाइए, shape `(N,)`। सूत्र ख़ुद लिखिए: weighted sum और उस पर perceptron का निर्णय। जाँच: चारों "
                 "जोड़े (0, 0), (0, 1), (1, 0), (1, 1), और यही जोड़े दूसरे क्रम में, दोहराकर, 8 की batch में (input सिर्फ़ 0 "
                 "और 1 हैं, इसलिए यहाँ कोई बहुत बड़ा x नहीं है)।",
              en="Write the perceptron's formula, and use it with understanding: `nand(x)` is a perceptron whose two weights "
                 "`w` and bias `b` you choose yourself, and whose decision ŷ is 0 only when both inputs are 1, and 1 every "
                 "other time (this is the NAND logic gate). `x` is a batch of N pairs of 0/1 inputs, shape `(N, 2)`; return "
                 "ŷ as a float tensor of 1.0s and 0.0s, shape `(N,)`. Write the formula yourself: the weighted sum and the "
                 "perceptron's decision on it. Tested on: the four pairs (0, 0), (0, 1), (1, 0), (1, 1), and the same pairs "
                 "in another order, with repeats, in a batch of 8 (the inputs are only 0 and 1, so there is no very large x "
                 "here)."),
    hints=[Bi(hi="चारों जोड़ों को एक चौकोर के चार कोनों की तरह सोचिए। Perceptron की रेखा ऐसी हो कि (1, 1) अकेला ŷ = 0 वाली "
                 "ओर रहे और बाक़ी तीन ŷ = 1 वाली ओर। एक input का 1 होना ŷ को किस ओर धकेले: weight का चिह्न क्या हो? और "
                 "(0, 0) पर z सिर्फ़ bias है।",
              en="Think of the four pairs as the four corners of a square. The perceptron's line must leave (1, 1) alone on "
                 "the ŷ = 0 side and the other three on the ŷ = 1 side. Which way should an input of 1 push ŷ: what sign "
                 "do the weights need? And at (0, 0), z is just the bias."),
           Bi(hi="w = (−2, −2) लेकर देखिए: तब (0, 0) पर z = b, (0, 1) और (1, 0) पर z = b − 2, और (1, 1) पर z = b − 4। कौन-सा b "
                 "पहले तीन को धनात्मक रखता है और आख़िरी को नहीं? फिर `x @ w + b` पर perceptron का निर्णय लगाइए और `.float()`।",
              en="Try w = (−2, −2): then z = b at (0, 0), z = b − 2 at (0, 1) and (1, 0), and z = b − 4 at (1, 1). Which b "
                 "keeps the first three positive and not the last? Then apply the perceptron's decision to `x @ w + b`, "
                 "and `.float()`.")])

q8 = Question(
    "01.8", "q8", Choice("ABCD"),
    prompt=Bi(
        hi="ReLU और sigmoid में क्या अंतर है? सही कथन का अक्षर लिखिए।\n\n"
           "- **A.** ReLU(z) = max(0, z) की कोई ऊपरी सीमा नहीं; sigmoid हर z को (0, 1) में ले आता है।\n"
           "- **B.** sigmoid(z) = max(0, z) की कोई ऊपरी सीमा नहीं; ReLU हर z को (0, 1) में ले आता है।\n"
           "- **C.** दोनों हर z को (0, 1) में लाते हैं; ReLU बस sigmoid निकालने का तेज़ तरीक़ा है।\n"
           "- **D.** ReLU हर z के लिए linear है, sigmoid नहीं, इसलिए ReLU कोई non-linearity नहीं जोड़ता।",
        en="What is the difference between ReLU and sigmoid? Write the letter of the true statement.\n\n"
           "- **A.** ReLU(z) = max(0, z) has no upper limit; sigmoid maps every z into (0, 1).\n"
           "- **B.** sigmoid(z) = max(0, z) has no upper limit; ReLU maps every z into (0, 1).\n"
           "- **C.** Both map every z into (0, 1); ReLU is just a faster way to compute sigmoid.\n"
           "- **D.** ReLU is linear for every z, unlike sigmoid, so ReLU adds no non-linearity."),
    hints=[Bi(hi="अध्याय के section 2 में दोनों को z = 2 पर मापा गया था: किसका output 1 से ऊपर जा सकता है?",
              en="Section 2 of the chapter measured both at z = 2: whose output can go above 1?"),
           Bi(hi="ReLU z < 0 और z > 0 पर अलग-अलग सीधी रेखा है: क्या वह सभी z पर एक ही linear function है?",
              en="ReLU is a different straight line for z < 0 and for z > 0: is it one linear function over all z?")])

q9 = Question(
    "01.9", "q9", Choice("ABCD"),
    prompt=Bi(
        hi="Forward pass और backpropagation क्या होते हैं? सही कथन का अक्षर लिखिए।\n\n"
           "- **A.** Forward pass weight update करता है; फिर backpropagation prediction दोबारा निकालता है।\n"
           "- **B.** दोनों एक ही गणना हैं, एक बार training data पर और एक बार test data पर चलाई गई।\n"
           "- **C.** Forward pass: input से ŷ तक; backpropagation: पीछे की ओर, हर parameter के लिए loss का gradient।\n"
           "- **D.** Backpropagation input को output layer से वापस input layer तक भेजकर forward pass को मिटा देता है।",
        en="What are the forward pass and backpropagation? Write the letter of the true statement.\n\n"
           "- **A.** The forward pass updates the weights; backpropagation then computes the prediction again.\n"
           "- **B.** They are the same computation, run once on the training data and once on the test data.\n"
           "- **C.** Forward pass: input to ŷ; backpropagation: the loss's gradient for each parameter, going back.\n"
           "- **D.** Backpropagation sends the input from the output layer back to the input layer, undoing the forward pass."),
    hints=[Bi(hi="Section 6 में `loss.backward()` के बाद हर parameter को क्या मिला था?",
              en="In section 6, what did every parameter receive after `loss.backward()`?"),
           Bi(hi="Weight असल में कौन बदलता है: forward pass, backpropagation, या उसके बाद का gradient descent वाला कदम?",
              en="What actually changes the weights: the forward pass, backpropagation, or the gradient-descent step after it?")])

q10 = Question(
    "01.10", "q10", Number(decimals=0, minimum=0),
    prompt=Bi(hi="नीचे के code में hidden layer में कितने neuron हैं? एक संख्या लिखिए।\n\n"
                 "```python\nself.fc1 = nn.Linear(3, 5)\n```",
              en="How many neurons are in the hidden layer in the code below? Write a number.\n\n"
                 "```python\nself.fc1 = nn.Linear(3, 5)\n```"),
    hints=[Bi(hi="`nn.Linear(in_features, out_features)`: कौन-सा argument (तर्क) इस layer के neuron गिनता है?",
              en="`nn.Linear(in_features, out_features)`: which argument counts this layer's neurons?"),
           Bi(hi="`SimpleNN` में `fc1 = nn.Linear(2, 4)` था और चित्र की hidden layer में 4 गोले थे।",
              en="In `SimpleNN`, `fc1 = nn.Linear(2, 4)` and the picture's hidden layer had 4 circles.")])

q11 = Question(
    "01.11", "q11", Shape(),
    prompt=Bi(hi="`nn.Linear(3, 5).weight.shape` क्या है? चलाने से पहले अनुमान लगाइए, फिर tuple के रूप में लिखिए, जैसे `(2, 7)`।",
              en="What is `nn.Linear(3, 5).weight.shape`? Predict it before running, then write it as a tuple, e.g. `(2, 7)`."),
    hints=[Bi(hi="Weight matrix में हर neuron की एक row होती है, और हर row में हर input का एक weight।",
              en="The weight matrix has one row per neuron, and each row holds one weight per input."),
           Bi(hi="`SimpleNN` में `fc1 = nn.Linear(2, 4)` के weight की shape `(4, 2)` छपी थी।",
              en="In `SimpleNN`, the weight of `fc1 = nn.Linear(2, 4)` printed as shape `(4, 2)`.")])

q12 = Question(
    "01.12", "q12", Number(decimals=0, minimum=0),
    prompt=Bi(hi="इस network में कुल कितने parameter (weight + bias) हैं? पहले हाथ से गिनिए, फिर चाहें तो PyTorch से जाँचिए।\n\n"
                 "```python\nnet = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 2))\n```",
              en="How many parameters (weights + biases) does this network have in all? Count by hand first, then check "
                 "with PyTorch if you like.\n\n"
                 "```python\nnet = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 2))\n```"),
    hints=[Bi(hi="`nn.Linear(in, out)` में `in × out` weight और `out` bias होते हैं। ReLU के कोई parameter नहीं होते।",
              en="`nn.Linear(in, out)` has `in × out` weights and `out` biases. ReLU has no parameters."),
           Bi(hi="पहली layer: 3 × 5 + 5 = 20। अब दूसरी layer गिनकर जोड़िए।",
              en="First layer: 3 × 5 + 5 = 20. Now count the second layer and add.")])

q13 = Question(
    "01.13", "q13", Number(decimals=2, minimum=0),
    prompt=Bi(hi="चलाने से पहले अनुमान लगाइए: यह code क्या छापेगा? एक संख्या लिखिए (दशमलव के बाद 2 अंक)।\n\n"
                 "```python\nx = torch.tensor([2.0, 1.0, 3.0])\nw = torch.tensor([0.5, -1.0, 0.2])\nb = 0.1\n"
                 "print(torch.relu(w @ x + b))\n```",
              en="Predict before running: what does this code print? Write a number (2 decimal places).\n\n"
                 "```python\nx = torch.tensor([2.0, 1.0, 3.0])\nw = torch.tensor([0.5, -1.0, 0.2])\nb = 0.1\n"
                 "print(torch.relu(w @ x + b))\n```"),
    hints=[Bi(hi="पहले weighted sum z = w·x + b: तीन गुणनफल, उनका जोड़, फिर bias। फिर ReLU(z) = max(0, z)।",
              en="First the weighted sum z = w·x + b: three products, their sum, then the bias. Then ReLU(z) = max(0, z)."),
           Bi(hi="तीन गुणनफल हैं 0.5 × 2.0, −1.0 × 1.0 और 0.2 × 3.0। इनका जोड़ धनात्मक है या ऋणात्मक?",
              en="The three products are 0.5 × 2.0, −1.0 × 1.0 and 0.2 × 3.0. Is their sum positive or negative?")])

q14 = Question(
    "01.14", "q14", Function(_dense_layers, atol=1e-4, rtol=1e-5, forbidden=("linear",)),
    prompt=Bi(hi="अभ्यास: fully connected layer ख़ुद लिखिए। `dense(x, W, b)` वही लौटाए जो `nn.Linear` देता है, जब उसका weight "
                 "`W` (shape `(out, in)`, PyTorch की तरह) और bias `b` (shape `(out,)`) हो। `x` एक input `(in,)` या batch `(N, in)` है। "
                 "`nn.Linear` या `F.linear` का उपयोग न कीजिए। जाँच: 4 input की batch, एक वर्गाकार `W` (3 × 3), एक अकेला input, "
                 "x = ±100 वाला input, और 1 output वाली layer।",
              en="Exercise: write a fully connected layer yourself. `dense(x, W, b)` returns what `nn.Linear` gives when its "
                 "weight is `W` (shape `(out, in)`, as in PyTorch) and its bias `b` (shape `(out,)`). `x` is one input `(in,)` or "
                 "a batch `(N, in)`. Do not use `nn.Linear` or `F.linear`. Tested on: a batch of 4 inputs, a square `W` "
                 "(3 × 3), one input alone, an input with x = ±100, and a layer with 1 output."),
    hints=[Bi(hi="हर neuron (W की हर row) input का weighted sum लेता है और अपना bias जोड़ता है।",
              en="Each neuron (each row of W) takes a weighted sum of the input and adds its own bias."),
           Bi(hi="W की shape `(out, in)` है पर x की आख़िरी dimension `in` है: matrix गुणा से पहले W को transpose करना होगा (`W.T`)।",
              en="W has shape `(out, in)` but the last dimension of x is `in`: W must be transposed (`W.T`) before the matrix product.")])

q15 = Question(
    "01.15", "q15", Function(_networks, atol=1e-3, rtol=1e-5, forbidden=("relu", "linear")),
    prompt=Bi(hi="अभ्यास: `SimpleNN` का forward pass ख़ुद लिखिए। `simple_nn(x, W1, b1, W2, b2)` पहले hidden layer "
                 "(weight `W1` shape `(hidden, in)`, bias `b1`), फिर ReLU, फिर output layer (`W2` shape `(out, hidden)`, `b2`) चलाए और "
                 "shape `(N, out)` लौटाए; `x` की shape `(N, in)` है। `torch.relu`, `F.relu`, `nn.ReLU`, `nn.Linear` या `F.linear` का "
                 "उपयोग न कीजिए। जाँच: अध्याय का trace किया network, बेतरतीब 2 → 4 → 1 और 3 → 6 → 2 network, और x = ±100।",
              en="Exercise: write `SimpleNN`'s forward pass yourself. `simple_nn(x, W1, b1, W2, b2)` runs the hidden layer "
                 "(weight `W1` of shape `(hidden, in)`, bias `b1`), then ReLU, then the output layer (`W2` of shape "
                 "`(out, hidden)`, `b2`) and returns shape `(N, out)`; `x` has shape `(N, in)`. Do not use `torch.relu`, "
                 "`F.relu`, `nn.ReLU`, `nn.Linear` or `F.linear`. Tested on: the chapter's traced network, random 2 → 4 → 1 "
                 "and 3 → 6 → 2 networks, and x = ±100."),
    hints=[Bi(hi="हर layer z = xWᵀ + b है (q14 जैसा); ReLU सिर्फ़ hidden layer के बाद लगता है, output पर नहीं।",
              en="Each layer is z = xWᵀ + b (as in q14); ReLU comes only after the hidden layer, not on the output."),
           Bi(hi="`relu` के बिना ReLU: `torch.clamp(z, min=0)` या `torch.maximum(z, torch.zeros_like(z))`।",
              en="ReLU without relu: `torch.clamp(z, min=0)` or `torch.maximum(z, torch.zeros_like(z))`.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15]
