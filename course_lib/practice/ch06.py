"""Chapter 06, activation functions: the seed's five practice questions and four of the chapter's own.

Choices and numbers are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch06.json. The plain key is tests/keys/ch06.py.
"""
import torch

from ..answers import Choice, Function, Number, TensorAnswer
from ..lang import Bi
from ..questions import Question

_TESTED_ON = Bi(
    hi="जाँच इन input पर होगी: `[-3, -0.5, 0, 0.5, 3]`, −10 से 10 तक 21 बिंदु, x = ±100, "
       "और random संख्याओं का एक 4 × 5 tensor।",
    en="It is tested on: `[-3, -0.5, 0, 0.5, 3]`, 21 points from −10 to 10, x = ±100, "
       "and a 4 × 5 tensor of random numbers.")


def _inputs():
    """Inputs a student's function is tried on: small, wide, extreme, and a 2-D batch (as _TESTED_ON says)."""
    g = torch.Generator().manual_seed(6)
    return [torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0]), torch.linspace(-10, 10, 21),
            torch.tensor([-100.0, 100.0]), torch.randn(4, 5, generator=g) * 4]


q1 = Question(
    "06.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Sigmoid और tanh में क्या अंतर है? सही कथन का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** दोनों का output (0, 1) में रहता है; tanh बस 0 के पास ज़्यादा तेज़ी से चढ़ता है।\n"
           "- **B.** Sigmoid का output (0, 1) में, tanh का (−1, 1) में रहता है और 0 पर केंद्रित है।\n"
           "- **C.** tanh का output (−1, 1) में रहता है, और sigmoid के उलट वह कभी saturate नहीं होता।\n"
           "- **D.** Sigmoid का output 0 पर केंद्रित होता है, जबकि tanh का output (0, 1) में रहता है।",
        en="What is the difference between sigmoid and tanh? Write the letter of the true statement, e.g. `\"A\"`.\n\n"
           "- **A.** Both give outputs in (0, 1); tanh just climbs more steeply near 0.\n"
           "- **B.** Sigmoid gives outputs in (0, 1), tanh in (−1, 1), centred at 0.\n"
           "- **C.** tanh gives outputs in (−1, 1) and, unlike sigmoid, never saturates.\n"
           "- **D.** Sigmoid's outputs are centred at 0, while tanh's stay inside (0, 1)."),
    hints=[Bi(hi="हर function के output की range के बारे में सोचें: वह किन मानों के बीच रहता है, और x = 0 पर कितना है? "
                 "अध्याय के plot देखें।",
              en="Think of each function's range: between which values do its outputs stay, and what is it at x = 0? "
                 "Look at the chapter's plots."),
           Bi(hi="σ(0) = 0.5, जबकि tanh(0) = 0। और बड़े |x| पर दोनों के derivative कहाँ जाते हैं?",
              en="σ(0) = 0.5 but tanh(0) = 0. And where do both derivatives go for large |x|?")])

q2 = Question(
    "06.2", "q2", Function(_inputs, atol=0, rtol=0, forbidden=("relu",)),
    prompt=Bi(hi="ReLU को code में लिखें: `relu(x)` हर तत्व पर ReLU लगाकर नया tensor लौटाए। `torch.relu` या `F.relu` का "
                 "उपयोग न करें; `torch.clamp`, `torch.where` या `torch.maximum` से बनाएँ। " + _TESTED_ON.hi,
              en="Write ReLU as code: `relu(x)` applies ReLU to every element and returns a new tensor. Do not use "
                 "`torch.relu` or `F.relu`; build it from `torch.clamp`, `torch.where` or `torch.maximum`. " + _TESTED_ON.en),
    hints=[Bi(hi="ReLU धनात्मक मान को जैसा है वैसा आगे भेजता है, और ऋणात्मक मान को बदल देता है: किससे? अध्याय में ReLU का plot देखें।",
              en="ReLU passes a positive value on unchanged and replaces a negative one: with what? Look at ReLU's plot in the chapter."),
           Bi(hi="`torch.clamp` का `min` तर्क (argument) देखें: `help(torch.clamp)`।",
              en="Look at the `min` argument of `torch.clamp`: `help(torch.clamp)`.")])

q3 = Question(
    "06.3", "q3", Choice("ABCD"),
    prompt=Bi(
        hi="Dying ReLU समस्या क्या है? कौन-सा कथन इसका सही वर्णन करता है? उसका अक्षर लिखें।\n\n"
           "- **A.** जिस ReLU neuron का input एक भी उदाहरण पर ऋणात्मक हो जाए, वह मर जाता है: उसके weight फिर कभी नहीं बदलते।\n"
           "- **B.** ReLU neuron तब मरता है जब उसका output इतना बड़ा हो जाए कि gradient सीखने के लिए बहुत छोटा पड़ जाए।\n"
           "- **C.** ReLU neuron तब मृत होता है जब उसका input हर उदाहरण पर ऋणात्मक हो: gradient 0 मिलने से वह सीखना रोक देता है।\n"
           "- **D.** ReLU neuron तब मरता है जब उसके weight शुरू में ठीक शून्य हों, जिससे layer के सारे neuron एक जैसे रह जाते हैं।",
        en="What is the dying ReLU problem? Which statement describes it correctly? Write its letter.\n\n"
           "- **A.** A ReLU neuron dies as soon as its input is negative on a single example: its weights never change again.\n"
           "- **B.** A ReLU neuron dies when its output grows so large that its gradient becomes too small to learn from.\n"
           "- **C.** A ReLU neuron is dead when its input is negative on every example: with 0 gradient, it stops learning.\n"
           "- **D.** A ReLU neuron dies when its weights start at exactly zero, so all the neurons of its layer stay alike."),
    hints=[Bi(hi="ऋणात्मक z पर ReLU का derivative कितना है? अगर ऐसा सिर्फ़ कुछ उदाहरणों पर हो, तो बाक़ी उदाहरणों से क्या मिलता है?",
              en="What is ReLU's derivative for negative z? If that happens on only some examples, what do the other examples give?"),
           Bi(hi="इस अध्याय के प्रयोग में बड़े learning rate के बाद 'मृत' neuron गिने गए थे: किस शर्त से?",
              en="The experiment in this chapter counted 'dead' neurons after a large learning rate: by which condition?")])

q4 = Question(
    "06.4", "q4", Number(decimals=2, minimum=0),
    prompt=Bi(hi="यदि input −3 हो तो ReLU का output क्या होगा? एक संख्या लिखें।",
              en="If the input is −3, what is the output of ReLU? Write a number."),
    hints=[Bi(hi="ReLU ऋणात्मक input के साथ क्या करता है? अध्याय में उसका plot देखें।",
              en="What does ReLU do with a negative input? Look at its plot in the chapter."),
           Bi(hi="ReLU का plot x = −3 पर कहाँ है? 0 के बाईं ओर वह कैसा दिखता है?",
              en="Where is ReLU's plot at x = −3? What does it look like left of 0?")])

q5 = Question(
    "06.5", "q5", TensorAnswer(atol=1e-3),
    prompt=Bi(hi="**पहले अनुमान लगाएँ, फिर चलाएँ।** यह code क्या छापेगा: `x = torch.tensor([-1.0, 0.0, 1.0]); print(torch.tanh(x))`? "
                 "इसे चलाने से *पहले* अपना अनुमान tensor के रूप में लिखें, दशमलव के बाद कम से कम 3 अंकों तक "
                 "(जैसे `torch.tensor([...])`); जाँच के बाद code चलाकर देखें।",
              en="**Predict first, then run.** What does this code print: `x = torch.tensor([-1.0, 0.0, 1.0]); print(torch.tanh(x))`? "
                 "*Before* running it, write your prediction as a tensor, to at least 3 decimal places "
                 "(e.g. `torch.tensor([...])`); after checking, run the code and see."),
    hints=[Bi(hi="tanh विषम (odd) फलन है: tanh(−x) = −tanh(x)। और tanh(0) कितना है?",
              en="tanh is an odd function: tanh(−x) = −tanh(x). And what is tanh(0)?"),
           Bi(hi="tanh(1) = (e − 1/e) / (e + 1/e), जहाँ e ≈ 2.718।",
              en="tanh(1) = (e − 1/e) / (e + 1/e), where e ≈ 2.718.")])

q6 = Question(
    "06.6", "q6", Function(_inputs, atol=1e-6, forbidden=("sigmoid",)),
    prompt=Bi(hi="अभ्यास: `sigmoid(x)` = 1 / (1 + e^(−x)) ख़ुद लिखें, `torch.exp` से, `torch.sigmoid` के बिना। "
                 "यह `torch.sigmoid` से हर input पर मेल खाना चाहिए, x = ±100 पर भी (NaN या inf के बिना)। " + _TESTED_ON.hi,
              en="Exercise: write `sigmoid(x)` = 1 / (1 + e^(−x)) yourself, with `torch.exp`, without `torch.sigmoid`. "
                 "It must match `torch.sigmoid` on every input, x = ±100 included (no NaN or inf). " + _TESTED_ON.en),
    hints=[Bi(hi="Tensor की क्रियाएँ (+, /, exp) हर तत्व पर अलग-अलग चलती हैं, इसलिए सूत्र लगभग जैसा लिखा है वैसा ही code "
                 "बन जाता है। बस सोचें: x = ±100 पर सूत्र का कौन-सा हिस्सा बहुत बड़ा हो जाता है, और उसका नतीजा क्या होगा?",
              en="Tensor operations (+, /, exp) work element by element, so the formula becomes code almost as written. "
                 "Just think: at x = ±100, which part of the formula becomes huge, and what does that lead to?"),
           Bi(hi="$e^{-x}$ code में `torch.exp(-x)` है। x = −100 पर यह inf है, और 1 / (1 + inf) = 0, जो सही है। पर "
                 "exp(x) / (1 + exp(x)) जैसा रूप x = 100 पर inf / inf = NaN देता है।",
              en="$e^{-x}$ is `torch.exp(-x)` in code. At x = −100 it is inf, and 1 / (1 + inf) = 0, which is right. But "
                 "a form like exp(x) / (1 + exp(x)) gives inf / inf = NaN at x = 100.")])

q7 = Question(
    "06.7", "q7", Function(_inputs, atol=1e-6),
    prompt=Bi(hi="अभ्यास: sigmoid का derivative `sigmoid_derivative(x)` एक सूत्र से लिखें। इसकी जाँच autograd से निकाले गए "
                 "derivative से होगी; x = −100 और x = 100 पर भी परिणाम एक सामान्य संख्या होना चाहिए, NaN नहीं। " + _TESTED_ON.hi,
              en="Exercise: write sigmoid's derivative, `sigmoid_derivative(x)`, as a formula. It is checked against the "
                 "derivative autograd computes; at x = −100 and x = 100 too the result must be an ordinary number, not NaN. "
                 + _TESTED_ON.en),
    hints=[Bi(hi="Chain rule से $1/(1 + e^{-x})$ का derivative निकालें, फिर परिणाम को $\\sigma(x)$ के ही रूप में लिखने की कोशिश करें।",
              en="Differentiate $1/(1 + e^{-x})$ with the chain rule, then try to write the result in terms of $\\sigma(x)$ itself."),
           Bi(hi="σ′(x) = σ(x) · (…): कोष्ठक में भी σ(x) ही आता है। `torch.sigmoid` का उपयोग यहाँ मना नहीं है।",
              en="σ′(x) = σ(x) · (…): the bracket holds σ(x) too. Using `torch.sigmoid` is allowed here.")])

q8 = Question(
    "06.8", "q8", Number(decimals=2, minimum=0),
    prompt=Bi(hi="एक sigmoid activation से पीछे जाते हुए gradient को अधिक से अधिक किस गुणक से गुणा किया जाता है? "
                 "यानी σ′(x) का सबसे बड़ा मान क्या है?",
              en="Going back through one sigmoid activation, at most what factor is a gradient multiplied by? "
                 "That is, what is the largest value of σ′(x)?"),
    hints=[Bi(hi="Derivative वाले plot में sigmoid का derivative कहाँ सबसे बड़ा है? उस x पर σ(x) कितना है?",
              en="In the derivative plot, where is sigmoid's derivative largest? What is σ(x) at that x?"),
           Bi(hi="σ(0) = 1/2 को σ′ = σ(1 − σ) में रखें।", en="Put σ(0) = 1/2 into σ′ = σ(1 − σ).")])

q9 = Question(
    "06.9", "q9", Choice("ABCD"),
    prompt=Bi(
        hi="Section 3 में, PyTorch के default initialization के साथ, पहली layer तक ReLU के साथ tanh की तुलना में कम gradient पहुँचा, "
           "जबकि हर धनात्मक z पर ReLU′(z) = 1 है। कौन-सा कथन इसकी सही वजह बताता है? उसका अक्षर लिखें।\n\n"
           "- **A.** Training के दौरान कई ReLU neuron मर गए थे, इसलिए उनसे होकर कोई gradient पीछे नहीं गया।\n"
           "- **B.** बड़े z पर ReLU भी tanh की तरह saturate होता है, इसलिए उसके ज़्यादातर derivative 0 के पास थे।\n"
           "- **C.** ReLU का output शून्य-केंद्रित नहीं है, इसलिए उसके weight के gradient की हर पंक्ति एक चिह्न की थी।\n"
           "- **D.** हर layer पर छोटे weight gradient को घटाते हैं, और लगभग आधे z के लिए ReLU′ शून्य होता है।",
        en="In section 3, with PyTorch's default initialization, less gradient reached the first layer with ReLU than "
           "with tanh, although ReLU′(z) = 1 for every positive z. Which statement explains it? Write its letter.\n\n"
           "- **A.** Many ReLU neurons had died during training, so no gradient at all went back through them.\n"
           "- **B.** ReLU saturates for large z just as tanh does, so most of its derivatives were near 0.\n"
           "- **C.** ReLU's output is not zero-centred, so each row of its weight gradient had one sign.\n"
           "- **D.** Small weights shrink the gradient at every layer, and ReLU′ = 0 on about half of the z."),
    hints=[Bi(hi="एक layer पीछे जाने पर gradient दो चीज़ों से गुणा होता है। कौन-सी दो, और default initialization वाले "
                 "ReLU network में हर एक कितनी बड़ी है?",
              en="Going back one layer, the gradient is multiplied by two things. Which two, and how large is each in "
                 "the ReLU network with the default initialization?"),
           Bi(hi="उस प्रयोग में कोई training नहीं हुई: शुरुआत में बस एक backward pass। वहाँ ReLU के z का कितना हिस्सा ऋणात्मक था, "
                 "और उन पर ReLU′ कितना है?",
              en="That experiment trained nothing: it is one backward pass at the start. What share of ReLU's z was "
                 "negative there, and what is ReLU′ on them?")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9]
