"""Chapter 07, the multi-layer perceptron: the seed's five practice questions and four of the chapter's own.

Choices and numbers are checked against salted hashes, functions against reference values sealed
in keys/ch07.json. The plain key is tests/keys/ch07.py.
"""
import torch

from ..answers import Choice, Function, Number
from ..lang import Bi
from ..questions import Question


def _perceptron_inputs():
    """(x, w, b): the XOR points under two weight settings, a point exactly on the line, ±100, one vector."""
    g = torch.Generator().manual_seed(7)
    points = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    return [(points, torch.tensor([2.0, 2.0]), -1.0),
            (points, torch.tensor([-2.0, -2.0]), 3.0),
            (torch.tensor([[1.0, 1.0], [2.0, 2.0], [0.0, 0.0]]), torch.tensor([1.0, -1.0]), 0.0),
            (torch.randn(6, 3, generator=g) * 100, torch.randn(3, generator=g), 0.5),
            (torch.tensor([100.0, -100.0, 3.0]), torch.tensor([1.0, 1.0, -1.0]), 2.0)]


def _update_inputs():
    """(x, y, w, b, lr): a right guess, both kinds of mistake, and z = 0 exactly with y = 0 and y = 1."""
    return [(torch.tensor([1.0, 2.0]), 1.0, torch.tensor([0.5, 0.5]), 0.0, 0.1),
            (torch.tensor([1.0, 2.0]), 1.0, torch.tensor([-0.5, -0.5]), 0.0, 0.1),
            (torch.tensor([1.0, 2.0]), 0.0, torch.tensor([0.5, 0.5]), 0.0, 1.0),
            (torch.tensor([1.0, 1.0]), 0.0, torch.tensor([1.0, -1.0]), 0.0, 1.0),
            (torch.tensor([1.0, 1.0]), 1.0, torch.tensor([1.0, -1.0]), 0.0, 1.0),
            (torch.tensor([3.0, -1.0, 2.0]), 1.0, torch.tensor([0.0, 0.0, 0.0]), -1.0, 0.5)]


def _bump_inputs():
    """(x, left, right, height, steepness): gentle and steep bumps, a negative height, x = ±100."""
    x = torch.linspace(-1, 2, 31)
    return [(x, 0.2, 0.6, 0.8, 10.0), (x, 0.2, 0.6, 0.8, 1000.0), (x, -0.5, 1.5, -0.3, 5.0),
            (torch.tensor([-100.0, 0.4, 100.0]), 0.0, 1.0, 1.0, 1000.0)]


def _cross_entropy_inputs():
    """(z, y): random logits, logits of ±100, and one row of equal logits."""
    g = torch.Generator().manual_seed(70)
    return [(torch.randn(4, 3, generator=g) * 3, torch.tensor([0, 2, 1, 2])),
            (torch.tensor([[100.0, 0.0, -100.0], [-100.0, 100.0, 0.0]]), torch.tensor([0, 2])),
            (torch.zeros(1, 10), torch.tensor([7]))]


q1 = Question(
    "07.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Perceptron का गणितीय सूत्र क्या है? ($x$ input, $w$ weight, $b$ bias, $\\hat y$ output) सही विकल्प का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** $\\hat y = \\mathrm{step}(w \\cdot x) + b$: weighted sum पर threshold, फिर output में bias जुड़ता है।\n"
           "- **B.** $\\hat y = w \\cdot x + b$: input का weighted sum और bias, बिना किसी threshold के।\n"
           "- **C.** $\\hat y = \\mathrm{step}(w \\cdot x + b)$: weighted sum और bias 0 से ऊपर हो तो 1, वरना 0।\n"
           "- **D.** $\\hat y = \\sigma(w \\cdot x + b)$, जिसे hidden layer से backpropagation द्वारा train करते हैं।",
        en="What is the perceptron's mathematical formula? ($x$ input, $w$ weights, $b$ bias, $\\hat y$ output) Write the letter of the right option, e.g. `\"A\"`.\n\n"
           "- **A.** $\\hat y = \\mathrm{step}(w \\cdot x) + b$: a threshold on the weighted sum, then the bias is added to the output.\n"
           "- **B.** $\\hat y = w \\cdot x + b$: the weighted sum of the inputs plus a bias, with no threshold at all.\n"
           "- **C.** $\\hat y = \\mathrm{step}(w \\cdot x + b)$: 1 if the weighted sum plus the bias is above 0, else 0.\n"
           "- **D.** $\\hat y = \\sigma(w \\cdot x + b)$, trained by backpropagation through its hidden layers."),
    hints=[Bi(hi="Perceptron एक हाँ/ना वाला निर्णय देता है। उसका output कौन-कौन से मान ले सकता है, और bias threshold को कैसे खिसकाता है?",
              en="A perceptron gives a yes/no decision. Which values can its output take, and how does the bias move the threshold?"),
           Bi(hi="Bias रेखा $w \\cdot x + b = 0$ को खिसकाता है, इसलिए वह step के *भीतर* होना चाहिए। Perceptron में hidden layer नहीं होती।",
              en="The bias shifts the line $w \\cdot x + b = 0$, so it belongs *inside* the step. A perceptron has no hidden layer.")])

q2 = Question(
    "07.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="Perceptron और MLP में मुख्य अंतर क्या है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** Perceptron एक ही input लेता है, जबकि MLP कई input एक साथ लेकर हर एक को weight देता है।\n"
           "- **B.** MLP में non-linear activation वाली hidden layer होती हैं, इसलिए उसकी सीमा मुड़ सकती है।\n"
           "- **C.** MLP step की जगह sigmoid लगाता है, और बस इसी से वह एक रेखा से परे की class अलग कर पाता है।\n"
           "- **D.** MLP वही perceptron है, बस perceptron के नियम की जगह gradient descent से train होता है।",
        en="What is the main difference between a perceptron and an MLP? Write the letter of the true statement.\n\n"
           "- **A.** A perceptron takes a single input, while an MLP takes many inputs at once and weighs each.\n"
           "- **B.** An MLP has hidden layers with a non-linear activation, so its boundary can bend.\n"
           "- **C.** An MLP uses sigmoid instead of step, and that alone lets it separate classes beyond a line.\n"
           "- **D.** An MLP is the same perceptron, only trained by gradient descent instead of the perceptron rule."),
    hints=[Bi(hi="XOR पर एक sigmoid neuron भी हारता है (section 1)। तो MLP को XOR हल करने की ताक़त कहाँ से मिलती है?",
              en="A single sigmoid neuron loses on XOR too (section 1). So where does an MLP's power to solve XOR come from?"),
           Bi(hi="Section 2 में तीन perceptron दो layer में रखे गए थे। पहली layer ने data के साथ क्या किया?",
              en="In section 2, three perceptrons were put in two layers. What did the first layer do to the data?")])

q3 = Question(
    "07.3", "q3", Choice("ABCD"),
    prompt=Bi(
        hi="MLP में activation function क्यों ज़रूरी होते हैं? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** वे हर output को 0 और 1 के बीच रखते हैं, ताकि network का output प्रायिकता की तरह पढ़ा जा सके।\n"
           "- **B.** उनके बिना backpropagation कोई gradient नहीं निकाल सकता, क्योंकि linear layer का derivative नहीं होता।\n"
           "- **C.** वे training तेज़ करते हैं, क्योंकि non-linear layer को linear layer से कम गुणा करने पड़ते हैं।\n"
           "- **D.** उनके बिना सारी layer मिलकर एक ही linear map रह जाती हैं, और सीमा एक सीधी रेखा ही रहती है।",
        en="Why are activation functions needed in an MLP? Write the letter of the true statement.\n\n"
           "- **A.** They keep every output between 0 and 1, so the network's outputs can be read as probabilities.\n"
           "- **B.** Without them backpropagation cannot compute a gradient, since a linear layer has no derivative.\n"
           "- **C.** They make training faster, because a non-linear layer needs fewer multiplications than a linear one.\n"
           "- **D.** Without them all the layers together remain one linear map, and the boundary stays a straight line."),
    hints=[Bi(hi="दो linear map $W_2(W_1 x + b_1) + b_2$ को एक के बाद एक लगाने पर क्या मिलता है? अध्याय 06 का पहला section देखें।",
              en="What do you get when you apply two linear maps one after the other, $W_2(W_1 x + b_1) + b_2$? See the first section of chapter 06."),
           Bi(hi="ReLU hidden layer पर लगता है और उसका output 1 से बड़ा हो सकता है; और एक linear layer का derivative भी होता है: उसके weight।",
              en="ReLU is used on hidden layers and its output can exceed 1; and a linear layer does have a derivative: its weights.")])

q4 = Question(
    "07.4", "q4", Choice("ABCD"),
    prompt=Bi(
        hi="Perceptron XOR समस्या क्यों हल नहीं कर सकता? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** कोई एक सीधी रेखा XOR के 1 वाले दोनों बिंदु एक तरफ़ और 0 वाले दोनों बिंदु दूसरी तरफ़ नहीं रख सकती।\n"
           "- **B.** Step function का कोई काम का derivative नहीं है, इसलिए perceptron का नियम अपने weight बिल्कुल नहीं बदल पाता।\n"
           "- **C.** चार बिंदु सीखने के लिए बहुत कम हैं: XOR के ज़्यादा उदाहरण मिलें तो perceptron का नियम converge कर जाएगा।\n"
           "- **D.** दो input पर perceptron के पास सिर्फ़ दो weight हैं, और XOR को दिखाने के लिए कम से कम तीन weight चाहिए।",
        en="Why can a perceptron not solve the XOR problem? Write the letter of the true statement.\n\n"
           "- **A.** No straight line can put XOR's two 1-points on one side and its two 0-points on the other side.\n"
           "- **B.** The step function has no useful derivative, so the perceptron's rule cannot change its weights at all.\n"
           "- **C.** Four points are too few to learn from: given more examples of XOR, the perceptron rule would converge.\n"
           "- **D.** On two inputs a perceptron has only two weights, and representing XOR takes at least three weights."),
    hints=[Bi(hi="Perceptron किस आकार की decision boundary बना सकता है? XOR के चारों बिंदु एक कागज़ पर बनाइए।",
              en="What shape of decision boundary can a perceptron make? Draw XOR's four points on paper."),
           Bi(hi="Perceptron का नियम derivative इस्तेमाल नहीं करता, और AND पर वह सीख गया। Section 1 का चार पंक्तियों वाला प्रमाण पढ़िए।",
              en="The perceptron rule uses no derivative, and it did learn AND. Read the four-line proof in section 1.")])

q5 = Question(
    "07.5", "q5", Number(decimals=0, minimum=0),
    prompt=Bi(hi="एक सरल MLP में कितनी layer होती हैं? Notes का MLP यह है: "
                 "`nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 1), nn.Sigmoid())`। आम चलन की तरह सिर्फ़ "
                 "weight वाली layer गिनें: इस MLP में कितनी layer हैं? एक पूर्णांक लिखें।",
              en="How many layers does a simple MLP have? The notes' MLP is: "
                 "`nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 1), nn.Sigmoid())`. Counting, as the common "
                 "convention does, only the layers with weights: how many layers does this MLP have? Write a whole number."),
    hints=[Bi(hi="किन module के पास सीखने लायक weight होते हैं? `nn.ReLU()` और `nn.Sigmoid()` के पास कोई parameter है?",
              en="Which modules have weights to learn? Do `nn.ReLU()` and `nn.Sigmoid()` have any parameters?"),
           Bi(hi="Input layer (3 मान) कोई गणना नहीं करती, इसलिए यह चलन उसे नहीं गिनता। बाक़ी: hidden layer (5 neuron) और output layer।",
              en="The input layer (3 values) computes nothing, so this convention does not count it. What remains: the hidden layer (5 neurons) and the output layer.")])

q6 = Question(
    "07.6", "q6", Function(_perceptron_inputs, atol=0, rtol=0),
    prompt=Bi(hi="अभ्यास: `perceptron(x, w, b)` लिखें, जो perceptron का output लौटाए: $w \\cdot x + b > 0$ पर 1.0, वरना 0.0 "
                 "(ठीक 0 पर भी 0.0)। `x` एक अकेला बिंदु (shape `(d,)`) या बिंदुओं की पंक्तियाँ (shape `(N, d)`) हो सकता है; "
                 "`w` shape `(d,)` का tensor है, `b` एक संख्या। Output float होना चाहिए (0.0 और 1.0), bool नहीं। "
                 "जाँच इन पर होगी: XOR के चार बिंदु weight के दो अलग मानों के साथ, ऐसे बिंदु जिन पर $w \\cdot x + b$ ठीक 0 है, ±100 तक के "
                 "मानों वाली 6 × 3 पंक्तियाँ, और एक अकेला बिंदु `[100, -100, 3]`।",
              en="Exercise: write `perceptron(x, w, b)`, returning the perceptron's output: 1.0 where $w \\cdot x + b > 0$, "
                 "else 0.0 (0.0 at exactly 0 too). `x` can be one point (shape `(d,)`) or rows of points (shape `(N, d)`); "
                 "`w` is a tensor of shape `(d,)`, `b` a number. The output must be float (0.0 and 1.0), not bool. "
                 "It is tested on: the four XOR points with two weight settings, points where $w \\cdot x + b$ is exactly 0, "
                 "6 × 3 rows with values up to ±100, and one single point `[100, -100, 3]`."),
    hints=[Bi(hi="पहले हर बिंदु का weighted sum $z = w \\cdot x + b$ निकालें; matrix product `@` एक बिंदु और कई पंक्तियों, दोनों पर चलता है।",
              en="First compute every point's weighted sum $z = w \\cdot x + b$; the matrix product `@` works on one point and on many rows alike."),
           Bi(hi="`z > 0` एक bool tensor देता है; उसे float में बदलने के लिए `.float()` है।",
              en="`z > 0` gives a bool tensor; `.float()` turns it into floats.")])

q7 = Question(
    "07.7", "q7", Function(_update_inputs, atol=1e-6, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: perceptron के सीखने के नियम का एक कदम लिखें। `perceptron_update(x, y, w, b, lr)` एक बिंदु `x` "
                 "(shape `(d,)`), उसका label `y` (0.0 या 1.0), weight `w`, bias `b` और learning rate `lr` लेता है, और नियम से "
                 "बदले हुए **नए weight** (shape `(d,)` का tensor) लौटाता है। $\\hat y$ वही है जो perceptron देता है "
                 "($w \\cdot x + b > 0$ पर 1, ठीक 0 पर 0)। `w` को in-place न बदलें। जाँच इन पर होगी: एक सही अनुमान, दोनों "
                 "तरह की ग़लती, $w \\cdot x + b$ ठीक 0 वाले दो बिंदु (`y` = 0 और 1), और 3 input वाला एक बिंदु; `lr` 0.1, 0.5 और 1।",
              en="Exercise: write one step of the perceptron learning rule. `perceptron_update(x, y, w, b, lr)` takes one point `x` "
                 "(shape `(d,)`), its label `y` (0.0 or 1.0), the weights `w`, the bias `b` and the learning rate `lr`, and "
                 "returns the **new weights** after the rule (a tensor of shape `(d,)`). $\\hat y$ is what the perceptron gives "
                 "(1 where $w \\cdot x + b > 0$, 0 at exactly 0). Do not change `w` in place. It is tested on: a right guess, both "
                 "kinds of mistake, two points with $w \\cdot x + b$ exactly 0 (`y` = 0 and 1), and a point with 3 inputs; "
                 "`lr` 0.1, 0.5 and 1."),
    hints=[Bi(hi="पहले $\\hat y$ निकालें, फिर देखें: अनुमान सही हो तो weight को क्या होना चाहिए? ग़लती हो तो रेखा किस ओर खिसके?",
              en="First compute $\\hat y$, then ask: if the guess is right, what should happen to the weights? After a mistake, which way should the line move?"),
           Bi(hi="$(y - \\hat y)$ सही अनुमान पर 0 है, और ग़लती पर +1 या −1: यही एक गुणांक हर स्थिति सँभालता है।",
              en="$(y - \\hat y)$ is 0 for a right guess and +1 or −1 after a mistake: this one factor handles every case.")])

q8 = Question(
    "07.8", "q8", Function(_bump_inputs, atol=1e-5, rtol=1e-4),
    prompt=Bi(hi="अभ्यास: दो sigmoid neuron से एक bump बनाएँ। `bump(x, left, right, height, steepness)` हर तत्व पर "
                 "$h\\,[\\sigma(w(x - s_1)) - \\sigma(w(x - s_2))]$ लौटाए, जहाँ $s_1$ = `left`, $s_2$ = `right`, $h$ = `height`, "
                 "$w$ = `steepness`। `torch.sigmoid` इस्तेमाल कर सकते हैं। जाँच इन पर होगी: −1 से 2 तक 31 बिंदु, steepness 10, "
                 "1000 और 5 के साथ (एक बार ऋणात्मक height के साथ), और x = ±100।",
              en="Exercise: build a bump from two sigmoid neurons. `bump(x, left, right, height, steepness)` returns, element by "
                 "element, $h\\,[\\sigma(w(x - s_1)) - \\sigma(w(x - s_2))]$, where $s_1$ = `left`, $s_2$ = `right`, $h$ = `height`, "
                 "$w$ = `steepness`. You may use `torch.sigmoid`. It is tested on: 31 points from −1 to 2, with steepness 10, "
                 "1000 and 5 (once with a negative height), and x = ±100."),
    hints=[Bi(hi="Section 5 का पहला कदम: $\\sigma(w(x - s))$ एक step है जो $x = s$ पर कूदता है। Bump दो ऐसे step का अंतर है।",
              en="Move 1 of section 5: $\\sigma(w(x - s))$ is a step that jumps at $x = s$. A bump is the difference of two such steps."),
           Bi(hi="`torch.sigmoid(steepness * (x - left))` पहला step है। दूसरा कौन-सा है, और height कहाँ गुणा होती है?",
              en="`torch.sigmoid(steepness * (x - left))` is the first step. Which is the second, and where does the height multiply?")])

q9 = Question(
    "07.9", "q9", Function(_cross_entropy_inputs, atol=1e-4, rtol=1e-4,
                           forbidden=("cross_entropy", "log_softmax", "softmax", "nll_loss")),
    prompt=Bi(hi="अभ्यास: logit से cross-entropy ख़ुद लिखें। `cross_entropy(z, y)` logit `z` (shape `(N, C)`) और सही class "
                 "`y` (shape `(N,)`, पूर्णांक) लेकर $-\\log \\mathrm{softmax}(z)_{y}$ का batch पर औसत (एक संख्या का tensor) "
                 "लौटाए, यानी `F.cross_entropy(z, y)` जैसा। `F.cross_entropy`, `softmax`, `log_softmax` और `nll_loss` इस्तेमाल न "
                 "करें; `torch.exp`, `torch.log`, `torch.logsumexp` चल सकते हैं। जाँच इन पर होगी: random logit की 4 × 3 पंक्तियाँ, "
                 "±100 वाले logit (NaN या inf के बिना), और 10 बराबर logit की एक पंक्ति।",
              en="Exercise: write cross-entropy from logits yourself. `cross_entropy(z, y)` takes logits `z` (shape `(N, C)`) and the "
                 "right classes `y` (shape `(N,)`, integers) and returns the batch mean of $-\\log \\mathrm{softmax}(z)_{y}$ (a "
                 "one-number tensor), like `F.cross_entropy(z, y)`. Do not use `F.cross_entropy`, `softmax`, `log_softmax` or "
                 "`nll_loss`; `torch.exp`, `torch.log`, `torch.logsumexp` are fine. It is tested on: 4 × 3 rows of random logits, "
                 "logits of ±100 (with no NaN or inf), and one row of 10 equal logits."),
    hints=[Bi(hi="$-\\log \\mathrm{softmax}(z)_y = -z_y + \\log\\sum_j e^{z_j}$। हर पंक्ति में सही class का logit कैसे चुनेंगे?",
              en="$-\\log \\mathrm{softmax}(z)_y = -z_y + \\log\\sum_j e^{z_j}$. How do you pick the right class's logit in each row?"),
           Bi(hi="`z[torch.arange(len(y)), y]` हर पंक्ति से सही logit चुनता है। $e^{100}$ float32 में inf है: `torch.logsumexp(z, dim=1)` "
                 "इस जोड़ की गणना स्थिर तरीक़े से करता है।",
              en="`z[torch.arange(len(y)), y]` picks the right logit of each row. $e^{100}$ is inf in float32: `torch.logsumexp(z, dim=1)` "
                 "computes that sum stably.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9]
