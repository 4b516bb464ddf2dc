"""Chapter 10, weight initialization: the seed's five practice questions and three of the chapter's own.

Choices and numbers are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch10.json. The plain key is tests/keys/ch10.py.
"""
import torch

from ..answers import Choice, Function, Number
from ..lang import Bi
from ..questions import Question


def _uniform_inputs():
    """u of several shapes, with values in [0, 1]; the extremes 0 and 1 included (as q7's prompt says)."""
    g = torch.Generator().manual_seed(10)
    return [torch.tensor([[0.0, 0.5, 1.0]]), torch.rand(1, 1, generator=g), torch.rand(4, 6, generator=g),
            torch.rand(32, 64, generator=g), torch.tensor([[0.0, 1.0], [1.0, 0.0], [0.25, 0.75]])]


def _std_inputs():
    """(n_in, mean_square) pairs as plain Python numbers, extremes included (as q8's prompt says)."""
    return [(784, 1.0), (64, 0.5), (1, 1.0), (100000, 0.01), (3, 100.0), (256, 2.0)]


q1 = Question(
    "10.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Weight initialization क्यों ज़रूरी है? गहरे network के लिए सबसे सही कथन का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** शुरुआती weight अंतिम weight के पास हों, तो training को कम कदम लगते हैं; यही इसका मुख्य मक़सद है।\n"
           "- **B.** सारे weight बराबर रखने से हर neuron एक ही निष्पक्ष जगह से शुरू करता है और स्थिर रूप से सीखता है।\n"
           "- **C.** Weight जितने छोटे हों उतना अच्छा: तब कोई activation saturate नहीं होता और training सबसे स्थिर रहती है।\n"
           "- **D.** Random weight symmetry तोड़ते हैं, और सही पैमाना signal को हर layer पर न ग़ायब होने देता है, न फूटने।",
        en="Why does weight initialization matter? Write the letter of the best statement for a deep network, e.g. `\"A\"`.\n\n"
           "- **A.** Starting weights close to the final ones let training take fewer steps; that is its main purpose.\n"
           "- **B.** Keeping all weights equal makes every neuron start from the same fair point, so it learns stably.\n"
           "- **C.** The smaller the weights the better: then no activation saturates and training is most stable.\n"
           "- **D.** Random weights break the symmetry; the right scale keeps the signal from vanishing or exploding."),
    hints=[Bi(hi="Section 1 की तालिका याद करें: किन शुरुआतों से network अटका, किससे फूटा, और किससे सीखा?",
              en="Recall the table of section 1: which starts left the network stuck, which blew it up, which let it learn?"),
           Bi(hi="दो चीज़ें मायने रखती हैं: neuron एक-दूसरे से अलग हों (section 2), और activation का पैमाना हर layer पर बना रहे (section 3)।",
              en="Two things matter: the neurons must differ from each other (section 2), and the activations' scale must hold at every layer (section 3).")])

q2 = Question(
    "10.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="Xavier (Glorot) initialization किस तरह के activation function के लिए बना है? अक्षर लिखें।\n\n"
           "- **A.** ReLU और उसके रूप, क्योंकि उसका सूत्र आधे कटे हिस्से के लिए variance को दोगुना करता है।\n"
           "- **B.** tanh जैसे activation, जो 0 पर सममित हों और 0 के पास जिनकी ढलान लगभग 1 हो।\n"
           "- **C.** सिर्फ़ sigmoid, क्योंकि उसका output (0, 1) में रहता है और 0.5 पर केंद्रित होता है।\n"
           "- **D.** कोई भी activation: सही पैमाना सिर्फ़ n_in और n_out से तय होता है, activation से नहीं।",
        en="Which kind of activation function is Xavier (Glorot) initialization made for? Write the letter.\n\n"
           "- **A.** ReLU and its variants, because its formula doubles the variance for the half cut off.\n"
           "- **B.** Activations like tanh, symmetric about 0 and with a slope of about 1 near 0.\n"
           "- **C.** Only sigmoid, because its output stays in (0, 1) and is centred at 0.5.\n"
           "- **D.** Any activation: the right scale is set by n_in and n_out only, not by the activation."),
    hints=[Bi(hi="Xavier का हिसाब मानता है कि activation पैमाना नहीं बदलता, यानी 0 के पास f(z) ≈ z। कौन-सा activation ऐसा है?",
              en="Xavier's arithmetic assumes the activation does not change the scale, that is f(z) ≈ z near 0. Which activation is like that?"),
           Bi(hi="Section 3 की तालिका में xavier की दो पंक्तियाँ देखें: किस activation के साथ पैमाना शून्य-केंद्रित और स्थिर रहा?",
              en="Look at the two xavier rows of the table in section 3: with which activation did the scale stay zero-centred and steady?")])

q3 = Question(
    "10.3", "q3", Number(decimals=4, minimum=0),
    prompt=Bi(hi="He initialization में variance कैसे तय होता है? `layer = nn.Linear(512, 256)` के बाद ReLU है, और weight "
                 "`nn.init.kaiming_normal_(layer.weight, nonlinearity=\"relu\")` से (default `mode=\"fan_in\"`) बनते हैं। Weight की "
                 "standard deviation कितनी होगी? दशमलव के बाद 4 अंकों तक लिखें।",
              en="How is the variance decided in He initialization? `layer = nn.Linear(512, 256)` is followed by ReLU, and its "
                 "weights are made by `nn.init.kaiming_normal_(layer.weight, nonlinearity=\"relu\")` (the default `mode=\"fan_in\"`). "
                 "What is the standard deviation of the weights? Write it to 4 decimal places."),
    hints=[Bi(hi="He का variance: 2 बटा किसी एक संख्या। `nn.Linear(a, b)` में input कितने हैं और output कितने?",
              en="He's variance is 2 over one number. In `nn.Linear(a, b)`, how many inputs are there and how many outputs?"),
           Bi(hi="`mode=\"fan_in\"` का मतलब है input की संख्या, यानी `nn.Linear(a, b)` की पहली संख्या। और standard deviation, variance का वर्गमूल है।",
              en="`mode=\"fan_in\"` means the number of inputs, the first number of `nn.Linear(a, b)`. And the standard deviation is the square root of the variance.")])

q4 = Question(
    "10.4", "q4", Choice("ABCD"),
    prompt=Bi(
        hi="Zero initialization क्यों fail होता है? सबसे सही कथन का अक्षर लिखें।\n\n"
           "- **A.** एक layer के सारे neuron एक-सा output और एक-सा gradient पाते हैं, इसलिए हमेशा एक जैसे रहते हैं।\n"
           "- **B.** Weight 0 हों तो हर network में हर gradient ठीक 0 होता है, इसलिए कोई भी weight कभी नहीं बदलता।\n"
           "- **C.** 0 weight से output layer का softmax overflow होता है, और पहले ही कदम पर loss NaN हो जाता है।\n"
           "- **D.** 0 weight पर loss पहले से अपने न्यूनतम पर होता है, इसलिए gradient descent के पास करने को कुछ नहीं।",
        en="Why does zero initialization fail? Write the letter of the best statement.\n\n"
           "- **A.** All neurons of a layer get the same output and the same gradient, so they stay alike for ever.\n"
           "- **B.** With weights 0, every gradient of every network is exactly 0, so no weight ever changes at all.\n"
           "- **C.** Zero weights make the output layer's softmax overflow, and the loss is NaN from the first step.\n"
           "- **D.** With zero weights the loss already sits at its minimum, so gradient descent has nothing to do."),
    hints=[Bi(hi="Section 2 में sigmoid network के weight बदले या नहीं? और बदलने के बाद उसके neuron कैसे थे?",
              en="In section 2, did the sigmoid network's weights change? And what were its neurons like afterwards?"),
           Bi(hi="एक ही input, एक ही weight: output कैसा होगा? Backpropagation उन्हें कैसा gradient देगा?",
              en="The same input, the same weights: what output follows? What gradient does backpropagation give them?")])

q5 = Question(
    "10.5", "q5", Choice("ABCD"),
    prompt=Bi(
        hi="`layer = nn.Linear(512, 256)` के बाद ReLU है। PyTorch में इस layer पर He initialization कौन-सी पंक्ति लगाती है?\n\n"
           "- **A.** `nn.init.normal_(layer.weight, std=2 / layer.in_features)`\n"
           "- **B.** `nn.init.kaiming_normal_(layer.weight, nonlinearity=\"sigmoid\")`\n"
           "- **C.** `nn.init.kaiming_normal_(layer.weight, nonlinearity=\"relu\")`\n"
           "- **D.** `nn.init.kaiming_normal_(layer.bias, nonlinearity=\"relu\")`",
        en="`layer = nn.Linear(512, 256)` is followed by ReLU. Which line applies He initialization to this layer in PyTorch?\n\n"
           "- **A.** `nn.init.normal_(layer.weight, std=2 / layer.in_features)`\n"
           "- **B.** `nn.init.kaiming_normal_(layer.weight, nonlinearity=\"sigmoid\")`\n"
           "- **C.** `nn.init.kaiming_normal_(layer.weight, nonlinearity=\"relu\")`\n"
           "- **D.** `nn.init.kaiming_normal_(layer.bias, nonlinearity=\"relu\")`"),
    hints=[Bi(hi="He का सूत्र weight की standard deviation बताता है, variance नहीं; और उसमें ReLU का gain √2 है।",
              en="He's formula gives the weights' standard deviation, not their variance; and it holds ReLU's gain √2."),
           Bi(hi="`nn.init.calculate_gain(\"sigmoid\")` कितना है? और bias का tensor कितने आयामों (dimensions) का है?",
              en="What is `nn.init.calculate_gain(\"sigmoid\")`? And how many dimensions does the bias tensor have?")])

q6 = Question(
    "10.6", "q6", Number(decimals=3, minimum=0),
    prompt=Bi(hi="**पहले अनुमान लगाएँ, फिर चलाएँ।** `layer = nn.Linear(400, 10)` बनाते ही PyTorch का default initialization लगता है। "
                 "`layer.weight` का कोई भी मान 0 से अधिक से अधिक कितनी दूर हो सकता है (default uniform distribution की सीमा)? "
                 "इसे चलाने से *पहले* अपना अनुमान दशमलव के बाद 3 अंकों तक लिखें; जाँच के बाद `layer.weight.abs().max()` चलाकर देखें।",
              en="**Predict first, then run.** As soon as `layer = nn.Linear(400, 10)` is made, PyTorch's default initialization "
                 "applies. At most how far from 0 can any value of `layer.weight` be (the bound of the default uniform "
                 "distribution)? *Before* running it, write your prediction to 3 decimal places; after checking, run "
                 "`layer.weight.abs().max()` and see."),
    hints=[Bi(hi="Section 5 में `reset_parameters` का code पढ़ा था: `a = √5` का असर सीमा को किस सीधे सूत्र पर ले आता है?",
              en="Section 5 read the code of `reset_parameters`: the effect of `a = √5` brings the bound to which plain formula?"),
           Bi(hi="gain $= 1/\\sqrt{3}$ और `kaiming_uniform_` की सीमा $= \\mathrm{gain} \\cdot \\sqrt{3/n_{in}}$। यहाँ $n_{in}$ कितना है: 400 या 10?",
              en="gain $= 1/\\sqrt{3}$ and the bound of `kaiming_uniform_` is $\\mathrm{gain} \\cdot \\sqrt{3/n_{in}}$. What is $n_{in}$ here: 400 or 10?")])

q7 = Question(
    "10.7", "q7", Function(_uniform_inputs, atol=1e-6, rtol=1e-5, forbidden=("xavier_uniform", "uniform")),
    prompt=Bi(hi="अभ्यास: `xavier_uniform_from(u)` लिखें। `u` आकार `(n_out, n_in)` का tensor है जिसके मान 0 और 1 के बीच uniform हैं "
                 "(जैसे `torch.rand(n_out, n_in)`)। हर मान को रैखिक रूप से (linearly) ऐसे बदलें कि 0 → $-a$ और 1 → $+a$ हो, जहाँ $a$ "
                 "Xavier uniform की सीमा है; नया tensor लौटाएँ। `nn.init.xavier_uniform_` या `uniform_` का उपयोग न करें। "
                 "जाँच इन `u` पर होगी: `[[0, 0.5, 1]]` (सिरे 0 और 1 समेत), एक 1 × 1, एक 4 × 6, एक 32 × 64, और एक 3 × 2 tensor।",
              en="Exercise: write `xavier_uniform_from(u)`. `u` is a tensor of shape `(n_out, n_in)` with values uniform between "
                 "0 and 1 (like `torch.rand(n_out, n_in)`). Map every value linearly so that 0 → $-a$ and 1 → $+a$, where $a$ "
                 "is the Xavier uniform bound; return a new tensor. Do not use `nn.init.xavier_uniform_` or `uniform_`. "
                 "It is tested on these `u`: `[[0, 0.5, 1]]` (the ends 0 and 1 included), a 1 × 1, a 4 × 6, a 32 × 64, "
                 "and a 3 × 2 tensor."),
    hints=[Bi(hi="दो कदम: पहले $a$ निकालें (section 4: $U(-a, a)$ का variance $a^2/3$, और Xavier का variance क्या है?), फिर [0, 1] को "
                 "[−a, a] पर फैलाएँ। $n_{in}$ और $n_{out}$ `u.shape` से मिलते हैं, पर क्रम ध्यान से: weight का आकार `(n_out, n_in)` है।",
              en="Two steps: first find $a$ (section 4: $U(-a, a)$ has variance $a^2/3$, and what is Xavier's variance?), then "
                 "stretch [0, 1] onto [−a, a]. $n_{in}$ and $n_{out}$ come from `u.shape`, but mind the order: a weight has shape `(n_out, n_in)`."),
           Bi(hi="$a = \\sqrt{6/(n_{in} + n_{out})}$। `2 * u - 1` मानों को [0, 1] से [−1, 1] पर ले जाता है; अब उसे किससे गुणा करें?",
              en="$a = \\sqrt{6/(n_{in} + n_{out})}$. `2 * u - 1` takes the values from [0, 1] to [−1, 1]; what should multiply it now?")])

q8 = Question(
    "10.8", "q8", Function(_std_inputs, atol=1e-7, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: `weight_std_for(n_in, mean_square)` लिखें, जो weight की वह standard deviation लौटाए जिससे "
                 "$z = \\sum_i w_i x_i$ का variance ठीक 1 हो, जब layer में `n_in` input हों और हर input का $E[x^2]$ = `mean_square` हो "
                 "(weight का mean 0, सब स्वतंत्र)। दोनों argument (तर्क) साधारण Python संख्याएँ हैं; एक संख्या लौटाएँ। जाँच इन जोड़ों पर होगी: "
                 "(784, 1), (64, 0.5), (1, 1), (100000, 0.01), (3, 100), (256, 2)।",
              en="Exercise: write `weight_std_for(n_in, mean_square)`: return the weights' standard deviation that makes the "
                 "variance of $z = \\sum_i w_i x_i$ exactly 1, when the layer has `n_in` inputs and every input has $E[x^2]$ = "
                 "`mean_square` (weights of mean 0, all independent). Both arguments are plain Python numbers; return one number. "
                 "It is tested on these pairs: (784, 1), (64, 0.5), (1, 1), (100000, 0.01), (3, 100), (256, 2)."),
    hints=[Bi(hi="Section 4 का सूत्र $\\mathrm{Var}(z) = n_{in}\\,\\mathrm{Var}(w)\\,E[x^2]$ लें, $\\mathrm{Var}(z) = 1$ रखें और "
                 "$\\mathrm{Var}(w)$ के लिए हल करें। Standard deviation variance का वर्गमूल है।",
              en="Take section 4's formula $\\mathrm{Var}(z) = n_{in}\\,\\mathrm{Var}(w)\\,E[x^2]$, set $\\mathrm{Var}(z) = 1$ and "
                 "solve for $\\mathrm{Var}(w)$. The standard deviation is the square root of the variance."),
           Bi(hi="$\\mathrm{Var}(w) = 1/(n_{in} \\cdot E[x^2])$। Argument साधारण संख्याएँ हैं, इसलिए `math.sqrt` काम करेगा (`torch.sqrt` को tensor चाहिए)।",
              en="$\\mathrm{Var}(w) = 1/(n_{in} \\cdot E[x^2])$. The arguments are plain numbers, so `math.sqrt` works (`torch.sqrt` needs a tensor).")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8]
