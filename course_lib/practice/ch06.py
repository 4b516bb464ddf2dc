"""Chapter 06, activation functions: the seed's five practice questions and three of the chapter's own.

Choices and numbers are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch06.json. The plain key is tests/keys/ch06.py.
"""
import torch

from ..lang import Bi
from ..answers import Choice, Function, Number, TensorAnswer
from ..questions import Question


def _inputs():
    """Inputs a student's function is tried on: small, wide, extreme, and a 2-D batch."""
    g = torch.Generator().manual_seed(6)
    return [torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0]), torch.linspace(-10, 10, 21),
            torch.tensor([-100.0, 100.0]), torch.randn(4, 5, generator=g) * 4]


q1 = Question(
    "06.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Sigmoid और tanh में क्या अंतर है? सही कथन का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** दोनों का output (0, 1) में होता है; tanh बस गणना में तेज़ है।\n"
           "- **B.** Sigmoid का output (0, 1) में और tanh का (−1, 1) में होता है: tanh शून्य-केंद्रित है और "
           "उसकी सबसे बड़ी ढलान 1 है, यानी sigmoid की सबसे बड़ी ढलान (0.25) की चार गुनी।\n"
           "- **C.** tanh में vanishing gradient की समस्या नहीं होती, sigmoid में होती है।\n"
           "- **D.** Sigmoid शून्य-केंद्रित है, tanh नहीं।",
        en="What is the difference between sigmoid and tanh? Write the letter of the true statement, e.g. `\"A\"`.\n\n"
           "- **A.** Both give outputs in (0, 1); tanh is just faster to compute.\n"
           "- **B.** Sigmoid's output lies in (0, 1) and tanh's in (−1, 1): tanh is zero-centred and its "
           "largest slope is 1, four times sigmoid's largest slope (0.25).\n"
           "- **C.** tanh has no vanishing-gradient problem; sigmoid has.\n"
           "- **D.** Sigmoid is zero-centred; tanh is not."),
    hints=[Bi(hi="x = 0 पर दोनों का output निकालें: torch.sigmoid(torch.tensor(0.)) और torch.tanh(torch.tensor(0.))।",
              en="Compute both at x = 0: torch.sigmoid(torch.tensor(0.)) and torch.tanh(torch.tensor(0.))."),
           Bi(hi="Derivative वाले plot में दोनों वक्रों की चोटी देखें, और यह भी कि बड़े |x| पर दोनों के derivative कहाँ जाते हैं।",
              en="In the derivative plot, look at the peak of each curve, and where both derivatives go for large |x|.")])

q2 = Question(
    "06.2", "q2", Function(_inputs, atol=0, rtol=0, forbidden=("relu",)),
    prompt=Bi(hi="ReLU का सूत्र क्या है? उसे code में लिखें: `relu(x)` हर तत्व के लिए max(0, x) लौटाए। "
                 "`torch.relu` या `F.relu` का उपयोग न करें; `torch.clamp`, `torch.where` या `torch.maximum` से बनाएँ।",
              en="What is the formula of ReLU? Write it as code: `relu(x)` returns max(0, x) for every element. "
                 "Do not use `torch.relu` or `F.relu`; build it from `torch.clamp`, `torch.where` or `torch.maximum`."),
    hints=[Bi(hi="ReLU(x) = max(0, x): धनात्मक x वैसा ही रहता है, ऋणात्मक x शून्य बन जाता है।",
              en="ReLU(x) = max(0, x): a positive x passes unchanged, a negative x becomes zero."),
           Bi(hi="torch.clamp का min तर्क (argument) देखें: help(torch.clamp)।",
              en="Look at the min argument of torch.clamp: help(torch.clamp).")])

q3 = Question(
    "06.3", "q3", Choice("ABCD"),
    prompt=Bi(
        hi="Dying ReLU समस्या क्या है? कौन-सा कथन उसे सही बताता है? उसका अक्षर लिखें।\n\n"
           "- **A.** किसी ReLU neuron का input हर उदाहरण के लिए ऋणात्मक हो जाए, तो उसका output और gradient दोनों 0 रहते हैं; "
           "उसके weight बदलना बंद कर देते हैं और वह शायद कभी वापस सक्रिय न हो।\n"
           "- **B.** Dying ReLU का अर्थ है कि ReLU के output बहुत बड़े होकर overflow हो जाते हैं।\n"
           "- **C.** Dying ReLU का अर्थ है कि gradient sigmoid की तरह हर layer में थोड़ा-थोड़ा घटता जाता है।\n"
           "- **D.** Dying ReLU का अर्थ है कि neuron तभी मरता है जब उसके weight शुरुआत में ठीक शून्य रखे जाएँ।",
        en="What is the dying ReLU problem? Which statement describes it correctly? Write its letter.\n\n"
           "- **A.** If a ReLU neuron's input is negative for every example, its output and its gradient stay 0; "
           "its weights stop changing and it may never become active again.\n"
           "- **B.** Dying ReLU means that ReLU outputs grow so large that they overflow.\n"
           "- **C.** Dying ReLU means that the gradient shrinks a little in every layer, like sigmoid's.\n"
           "- **D.** Dying ReLU means that a neuron dies only when its weights start at exactly zero."),
    hints=[Bi(hi="x < 0 पर ReLU का derivative कितना है? Gradient descent उस weight को कितना बदलेगा?",
              en="What is ReLU's derivative for x < 0? How much will gradient descent change that weight?"),
           Bi(hi="इस अध्याय के प्रयोग में बड़े learning rate के बाद 'मृत' neuron गिने गए थे: उनका input हर उदाहरण पर ऋणात्मक था।",
              en="The experiment in this chapter counted 'dead' neurons after a large learning rate: their input was negative on every example.")])

q4 = Question(
    "06.4", "q4", Number(decimals=2, minimum=0),
    prompt=Bi(hi="यदि input −3 हो तो ReLU का output क्या होगा? एक संख्या लिखें।",
              en="If the input is −3, what is the output of ReLU? Write a number."),
    hints=[Bi(hi="ReLU(x) = max(0, x)।", en="ReLU(x) = max(0, x)."),
           Bi(hi="max(0, −3) में दोनों में से बड़ा कौन है?", en="In max(0, −3), which of the two is larger?")])

q5 = Question(
    "06.5", "q5", TensorAnswer(atol=1e-3),
    prompt=Bi(hi="इस code का output बताइए: `x = torch.tensor([-1.0, 0.0, 1.0]); print(torch.tanh(x))`। "
                 "उत्तर tensor के रूप में, दशमलव के बाद कम से कम 3 अंकों तक लिखें।",
              en="What does this code print: `x = torch.tensor([-1.0, 0.0, 1.0]); print(torch.tanh(x))`? "
                 "Write the answer as a tensor, to at least 3 decimal places."),
    hints=[Bi(hi="tanh विषम (odd) फलन है: tanh(−x) = −tanh(x), और tanh(0) = 0।",
              en="tanh is an odd function: tanh(−x) = −tanh(x), and tanh(0) = 0."),
           Bi(hi="tanh(1) = (e − 1/e) / (e + 1/e); इसे torch.exp से निकालें।",
              en="tanh(1) = (e − 1/e) / (e + 1/e); compute it with torch.exp.")])

q6 = Question(
    "06.6", "q6", Function(_inputs, atol=1e-6, forbidden=("sigmoid",)),
    prompt=Bi(hi="अभ्यास: `sigmoid(x)` = 1 / (1 + e^(−x)) ख़ुद लिखें, `torch.exp` से। "
                 "यह `torch.sigmoid` से हर input पर मेल खाना चाहिए, x = ±100 पर भी।",
              en="Exercise: write `sigmoid(x)` = 1 / (1 + e^(−x)) yourself, with `torch.exp`. "
                 "It must match `torch.sigmoid` on every input, x = ±100 included."),
    hints=[Bi(hi="सूत्र को सीधे code में लिखें: 1 / (1 + torch.exp(-x))।",
              en="Write the formula directly as code: 1 / (1 + torch.exp(-x))."),
           Bi(hi="exp(x) / (1 + exp(x)) बड़े x पर inf/inf = NaN देता है; 1 / (1 + exp(−x)) ऐसा नहीं करता।",
              en="exp(x) / (1 + exp(x)) gives inf/inf = NaN for large x; 1 / (1 + exp(−x)) does not.")])

q7 = Question(
    "06.7", "q7", Function(_inputs, atol=1e-6),
    prompt=Bi(hi="अभ्यास: sigmoid का derivative `sigmoid_derivative(x)` लिखें। इसकी जाँच autograd से निकाले गए derivative से होगी।",
              en="Exercise: write sigmoid's derivative, `sigmoid_derivative(x)`. It is checked against the derivative autograd computes."),
    hints=[Bi(hi="σ′(x) = σ(x) · (1 − σ(x))।", en="σ′(x) = σ(x) · (1 − σ(x))."),
           Bi(hi="पहले s = torch.sigmoid(x) निकालें, फिर ऊपर का सूत्र s से लिखें।",
              en="First compute s = torch.sigmoid(x), then write the formula above in terms of s.")])

q8 = Question(
    "06.8", "q8", Number(decimals=2, minimum=0),
    prompt=Bi(hi="एक sigmoid activation से पीछे जाते हुए gradient को अधिक से अधिक किस गुणक से गुणा किया जाता है? "
                 "यानी σ′(x) का सबसे बड़ा मान क्या है?",
              en="Going back through one sigmoid activation, at most what factor is a gradient multiplied by? "
                 "That is, what is the largest value of σ′(x)?"),
    hints=[Bi(hi="σ′(x) = σ(x)(1 − σ(x)) सबसे बड़ा तब होता है जब σ(x) = 1/2।",
              en="σ′(x) = σ(x)(1 − σ(x)) is largest when σ(x) = 1/2."),
           Bi(hi="1/2 · (1 − 1/2) कितना है?", en="What is 1/2 · (1 − 1/2)?")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8]
