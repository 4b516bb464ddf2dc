"""Chapter 04, gradient descent: the seed's five practice questions and five of the chapter's own.

Choices and numbers are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch04.json. The plain key is tests/keys/ch04.py.
"""
import torch

from ..answers import Choice, Function, Number
from ..lang import Bi
from ..questions import Question


def _descent_inputs():
    """(w0, lr, steps) on the valley: a usual run, a diverging one, one step that zeroes w₂, a start at the
    minimum, a tiny learning rate, and a run just below the limit."""
    return [(torch.tensor([-4.0, 1.5]), 0.018, 30), (torch.tensor([1.0, 1.0]), 0.021, 40),
            (torch.tensor([-100.0, 100.0]), 0.01, 10), (torch.tensor([0.0, 0.0]), 0.1, 5),
            (torch.tensor([3.0, -2.0]), 0.001, 50), (torch.tensor([2.0, 0.5]), 0.019, 20)]


def _gradient_sequences():
    """Sequences of gradients, shape (steps, parameters): random, constant, huge and alternating, tiny."""
    g = torch.Generator().manual_seed(4)
    return [torch.randn(5, 3, generator=g), torch.ones(10, 2),
            torch.tensor([[100.0], [-100.0], [100.0], [-100.0]]), torch.full((3, 2), 1e-8),
            torch.randn(20, 2, generator=g) * 5]


def _momentum_inputs():
    sequences = _gradient_sequences()
    return [(sequences[0], 0.9), (sequences[1], 0.9), (sequences[2], 0.5), (sequences[3], 0.99),
            (sequences[4], 0.0), (sequences[4], 0.9)]


def _adam_inputs():
    sequences = _gradient_sequences()
    return [(sequences[0], 0.1), (sequences[1], 0.01), (sequences[2], 0.001), (sequences[3], 0.1),
            (sequences[4], 0.05)]


q1 = Question(
    "04.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Gradient descent क्या है, और deep learning में इसकी ज़रूरत क्यों है? सही कथन का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** एक तरीक़ा जो chain rule से हर layer का gradient निकालता है; इसके बिना loss का पता ही नहीं चल सकता।\n"
           "- **B.** एक तरीक़ा जो weight को gradient की ही दिशा में खिसकाता है, क्योंकि उसी दिशा में loss घटता है।\n"
           "- **C.** बार-बार gradient की उल्टी दिशा में छोटे कदम, क्योंकि बड़े network में ∇L = 0 का सीधा हल नहीं।\n"
           "- **D.** weight में random बदलाव आज़माना और सिर्फ़ वे रखना जिनसे loss घटे; इसमें gradient की ज़रूरत नहीं।",
        en="What is gradient descent, and why does deep learning need it? Write the letter of the true statement, e.g. `\"A\"`.\n\n"
           "- **A.** A method that computes every layer's gradient by the chain rule; without it the loss stays unknown.\n"
           "- **B.** A method that moves the weights along the gradient itself, since that is the way the loss falls.\n"
           "- **C.** Repeated small steps against the gradient, since ∇L = 0 has no direct solution for a big network.\n"
           "- **D.** Trying random changes of the weights and keeping those that lower the loss; it needs no gradient."),
    hints=[Bi(hi="अध्याय 02: gradient किस दिशा में loss को सबसे तेज़ी से बढ़ाता है? तो घटाने के लिए किधर चलें?",
              en="Chapter 02: in which direction does the gradient make the loss grow fastest? So which way lowers it?"),
           Bi(hi="Chain rule से gradient निकालना backpropagation का काम है; gradient descent उस gradient का इस्तेमाल करता है।",
              en="Computing the gradient by the chain rule is backpropagation's job; gradient descent uses that gradient.")])

q2 = Question(
    "04.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="Learning rate बहुत बड़ा हो तो क्या दिक्कत हो सकती है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** कदम न्यूनतम के पार निकल जाते हैं: loss झूलता है, और एक सीमा के बाद हर कदम पर बढ़ता है।\n"
           "- **B.** Training बस धीमी हो जाती है, क्योंकि हर कदम weight को बहुत थोड़ा ही बदलता है।\n"
           "- **C.** Gradient ठीक शून्य हो जाता है, इसलिए weight बदलने बंद हो जाते हैं और training रुक जाती है।\n"
           "- **D.** कोई दिक्कत नहीं: बड़ा learning rate हमेशा कम कदमों में न्यूनतम बिंदु तक पहुँचता है।",
        en="What problem can a too-large learning rate cause? Write the letter of the true statement.\n\n"
           "- **A.** Steps overshoot the minimum: the loss swings, and past a limit it grows at every step.\n"
           "- **B.** Training merely slows down, because every step changes the weights by very little.\n"
           "- **C.** The gradient becomes exactly zero, so the weights stop changing and the training halts.\n"
           "- **D.** No problem: a larger learning rate always reaches the minimum in fewer steps."),
    hints=[Bi(hi="भाग 2: हर कदम न्यूनतम बिंदु से दूरी को 1 − ηλ से गुणा करता है। η बढ़ाते जाएँ तो इस गुणक का क्या होता है?",
              en="Section 2: every step multiplies the distance to the minimum by 1 − ηλ. What happens to this factor as η grows?"),
           Bi(hi="भाग 2 की तालिका में η = 1.0 और η = 1.1 की पंक्तियाँ देखें।",
              en="Look at the rows η = 1.0 and η = 1.1 in the table of section 2.")])

q3 = Question(
    "04.3", "q3", Choice("ABCD"),
    prompt=Bi(
        hi="Momentum optimizer किस विचार पर आधारित है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** हर weight के कदम को उसके हाल के gradient के root mean square से भाग देना।\n"
           "- **B.** Loss के दूसरे derivative (curvature) से हर कदम की लंबाई तय करना।\n"
           "- **C.** Training के हर epoch के बाद learning rate को एक तय गुणक से घटाते जाना।\n"
           "- **D.** लुढ़कती गेंद का वेग: पुराने gradient हर कदम μ गुना होकर जुड़ते रहते हैं।",
        en="Which idea is the Momentum optimizer based on? Write the letter of the true statement.\n\n"
           "- **A.** Dividing each weight's step by the root mean square of its recent gradients.\n"
           "- **B.** Using the loss's second derivative (curvature) to set the length of each step.\n"
           "- **C.** Lowering the learning rate by a fixed factor after every epoch of training.\n"
           "- **D.** A rolling ball's velocity: past gradients add up, fading by μ at every step."),
    hints=[Bi(hi="Momentum का state update देखें: m ← μm + g। m किस चीज़ का जोड़ है?",
              en="Look at Momentum's state update: m ← μm + g. What does m add up?"),
           Bi(hi="μ = 0.9 पर अगर g हर कदम वही रहे, तो m का क्या होता है? भौतिकी की कौन-सी मात्रा ऐसे जमा होती है?",
              en="With μ = 0.9, what happens to m if g stays the same at every step? Which quantity of physics builds up like that?")])

q4 = Question(
    "04.4", "q4", Choice("ABCD"),
    prompt=Bi(
        hi="Mini-batch gradient descent के क्या लाभ हैं? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** उसका gradient पूरे data के gradient के ठीक बराबर है, बस जल्दी निकलता है।\n"
           "- **B.** हर epoch में कई सस्ते कदम, और gradient का शोर जो B बढ़ने पर 1/√B से घटता है।\n"
           "- **C.** उसे learning rate की ज़रूरत नहीं, क्योंकि batch का आकार ही कदम तय कर देता है।\n"
           "- **D.** उसका loss वक्र कभी ऊपर नहीं जाता, जबकि एक-उदाहरण वाले SGD का वक्र उछलता है।",
        en="What are the benefits of mini-batch gradient descent? Write the letter of the true statement.\n\n"
           "- **A.** Its gradient equals the gradient over all the data exactly; it is only computed sooner.\n"
           "- **B.** Many cheap steps per epoch, with gradient noise that shrinks as 1/√B when B grows.\n"
           "- **C.** It needs no learning rate, because the size of the batch already sets the step.\n"
           "- **D.** Its loss curve never goes up, while the curve of one-example SGD jumps about."),
    hints=[Bi(hi="भाग 3 के दोनों माप याद करें: gradient की सापेक्ष त्रुटि B के साथ कैसे बदली, और 60 कदमों में loss कितनी बार बढ़ा?",
              en="Recall both measurements of section 3: how did the gradient's relative error change with B, and how often did the loss go up in 60 steps?"),
           Bi(hi="Mini-batch के loss वक्र में भी उछाल थे, और उसका gradient एक अनुमान ही है।",
              en="The mini-batch loss curve had jumps too, and its gradient is only an estimate.")])

q5 = Question(
    "04.5", "q5", Choice("ABCD"),
    prompt=Bi(
        hi="इस code का उद्देश्य बताएँ: `optimizer.zero_grad(); loss.backward(); optimizer.step()`। सही कथन का अक्षर लिखें।\n\n"
           "- **A.** `zero_grad()` weight को शून्य करता है, `backward()` पिछला कदम वापस लेता है, `step()` एक forward pass चलाता है।\n"
           "- **B.** `zero_grad()` loss को शून्य करता है, `backward()` gradient निकालकर weight बदलता है, `step()` अगला batch लाता है।\n"
           "- **C.** `zero_grad()` पुराने gradient मिटाता है, `backward()` नया ∂L/∂θ `.grad` में जोड़ता है, `step()` parameter बदलता है।\n"
           "- **D.** `zero_grad()` पुराने gradient मिटाता है, `backward()` सीधे weight बदल देता है, `step()` सिर्फ़ loss को दर्ज करता है।",
        en="State the purpose of this code: `optimizer.zero_grad(); loss.backward(); optimizer.step()`. Write the letter of the true statement.\n\n"
           "- **A.** `zero_grad()` sets the weights to zero, `backward()` undoes the last step, `step()` runs a forward pass.\n"
           "- **B.** `zero_grad()` sets the loss to zero, `backward()` computes gradients and changes weights, `step()` loads the next batch.\n"
           "- **C.** `zero_grad()` clears old gradients, `backward()` adds the new ∂L/∂θ to `.grad`, `step()` changes the parameters.\n"
           "- **D.** `zero_grad()` clears old gradients, `backward()` changes the weights directly, `step()` only records the loss."),
    hints=[Bi(hi="भाग 6: हर पंक्ति हटाकर क्या हुआ? `backward()` के बिना `.grad` कैसा था, और `step()` के बिना parameter?",
              en="Section 6: what happened when each line was removed? What was `.grad` without `backward()`, and the parameters without `step()`?"),
           Bi(hi="`step()` के बिना gradient ठीक निकला पर parameter नहीं बदले; तो weight कौन बदलता है?",
              en="Without `step()` the gradient was computed but the parameters did not change; so which call changes the weights?")])

q6 = Question(
    "04.6", "q6", Number(decimals=2, minimum=0),
    prompt=Bi(hi="अभ्यास: loss $L(w) = 5(w - 1)^2$ पर gradient descent चलाया जाता है। किस learning rate $\\eta$ के **ऊपर** "
                 "वह diverge करता है? वह सीमा एक संख्या के रूप में लिखें।",
              en="Exercise: gradient descent runs on the loss $L(w) = 5(w - 1)^2$. **Above** which learning rate $\\eta$ does "
                 "it diverge? Write that limit as a number."),
    hints=[Bi(hi="भाग 2: सीमा $2/\\lambda$ है, जहाँ $\\lambda$ loss की curvature, यानी दूसरा derivative $L''(w)$ है।",
              en="Section 2: the limit is $2/\\lambda$, where $\\lambda$ is the loss's curvature, its second derivative $L''(w)$."),
           Bi(hi="$L'(w) = 10(w - 1)$। अब एक बार और derivative लीजिए।",
              en="$L'(w) = 10(w - 1)$. Now take the derivative once more.")])

q7 = Question(
    "04.7", "q7", Number(decimals=1),
    prompt=Bi(hi="चलाने से **पहले** अनुमान लगाएँ: यह code क्या print करेगा? एक संख्या लिखें।\n\n"
                 "```python\nw = torch.tensor(2.0, requires_grad=True)\nfor _ in range(3):\n    loss = w ** 2\n"
                 "    loss.backward()\nprint(w.grad)\n```",
              en="Predict **before** running it: what does this code print? Write a number.\n\n"
                 "```python\nw = torch.tensor(2.0, requires_grad=True)\nfor _ in range(3):\n    loss = w ** 2\n"
                 "    loss.backward()\nprint(w.grad)\n```"),
    hints=[Bi(hi="भाग 6: `zero_grad()` के बिना `backward()` `.grad` के साथ क्या करता है?",
              en="Section 6: without `zero_grad()`, what does `backward()` do to `.grad`?"),
           Bi(hi="एक बार के `backward()` से w = 2 पर $\\partial L / \\partial w = 2w$ मिलता है; w कभी नहीं बदलता।",
              en="One `backward()` gives $\\partial L / \\partial w = 2w$ at w = 2; w never changes.")])

q8 = Question(
    "04.8", "q8", Function(_descent_inputs, atol=1e-4, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: `gradient_descent(w0, lr, steps)` लिखें, जो घाटी $L(w) = \\tfrac{1}{2}(w_1^2 + 100\\, w_2^2)$ पर "
                 "`w0` (shape `(2,)` का tensor) से शुरू करके learning rate `lr` के साथ `steps` कदम gradient descent चलाए और "
                 "**सारे** बिंदु लौटाए: shape `(steps + 1, 2)` का tensor, पहली पंक्ति `w0`। जाँच इन input पर होगी: "
                 "`(w0, lr, steps)` = ((−4, 1.5), 0.018, 30), ((1, 1), 0.021, 40) (diverge करता है), ((−100, 100), 0.01, 10), "
                 "((0, 0), 0.1, 5), ((3, −2), 0.001, 50) और ((2, 0.5), 0.019, 20)। `w0` को न बदलें।",
              en="Exercise: write `gradient_descent(w0, lr, steps)`, which runs `steps` steps of gradient descent on the "
                 "valley $L(w) = \\tfrac{1}{2}(w_1^2 + 100\\, w_2^2)$ from `w0` (a tensor of shape `(2,)`) with learning "
                 "rate `lr` and returns **all** the points: a tensor of shape `(steps + 1, 2)` whose first row is `w0`. It is "
                 "checked on these inputs: `(w0, lr, steps)` = ((−4, 1.5), 0.018, 30), ((1, 1), 0.021, 40) (it diverges), "
                 "((−100, 100), 0.01, 10), ((0, 0), 0.1, 5), ((3, −2), 0.001, 50) and ((2, 0.5), 0.019, 20). Do not change "
                 "`w0` itself."),
    hints=[Bi(hi="$\\nabla L$ के दोनों partial derivative निकालिए, फिर हर कदम पर भाग 1 का नियम लगाकर नया बिंदु एक list में जोड़िए।",
              en="Work out both partial derivatives of $\\nabla L$, then at every step apply the rule of section 1 and add the new point to a list."),
           Bi(hi="$\\partial L / \\partial w_1 = w_1$ और $\\partial L / \\partial w_2 = 100\\, w_2$; अंत में `torch.stack(points)` से shape `(steps + 1, 2)` बनती है।",
              en="$\\partial L / \\partial w_1 = w_1$ and $\\partial L / \\partial w_2 = 100\\, w_2$; at the end `torch.stack(points)` gives the shape `(steps + 1, 2)`.")])

q9 = Question(
    "04.9", "q9", Function(_momentum_inputs, atol=1e-5, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: `momentum_buffers(grads, mu)` लिखें। `grads` की shape `(T, n)` है: पंक्ति t कदम t का gradient है। "
                 "PyTorch के नियम $m \\leftarrow \\mu m + g$ (शुरू में $m = 0$) से हर कदम के बाद का buffer $m$ लौटाएँ, shape "
                 "`(T, n)`। जाँच इन पर होगी: random gradient, लगातार 1, ±100 बारी-बारी से, $10^{-8}$ जितने छोटे gradient, "
                 "और $\\mu$ = 0, 0.5, 0.9, 0.99।",
              en="Exercise: write `momentum_buffers(grads, mu)`. `grads` has shape `(T, n)`: row t is the gradient of step t. "
                 "Using PyTorch's rule $m \\leftarrow \\mu m + g$ (with $m = 0$ at the start), return the buffer $m$ after every "
                 "step, shape `(T, n)`. It is checked on: random gradients, constant 1s, ±100 alternating, gradients as small "
                 "as $10^{-8}$, and $\\mu$ = 0, 0.5, 0.9, 0.99."),
    hints=[Bi(hi="Buffer एक चलता हुआ जोड़ है: हर कदम पर पुराना buffer μ गुना होता है और नया gradient उसमें जुड़ता है।",
              en="The buffer is a running sum: at every step the old buffer is scaled by μ and the new gradient is added to it."),
           Bi(hi="शुरुआत `m = torch.zeros_like(grads[0])` से करें और अंत में `torch.stack(list)` लौटाएँ। ध्यान दें: $g$ को $1 - \\mu$ से गुणा **नहीं** करना है।",
              en="Start from `m = torch.zeros_like(grads[0])` and return `torch.stack(list)` at the end. Note: do **not** multiply $g$ by $1 - \\mu$.")])

q10 = Question(
    "04.10", "q10", Function(_adam_inputs, atol=1e-6, rtol=1e-4),
    prompt=Bi(hi="अभ्यास: `adam_updates(grads, lr)` लिखें। `grads` (shape `(T, n)`) कदम-दर-कदम आने वाले gradient हैं; हर कदम पर "
                 "Adam parameter को कितना बदलता है ($\\Delta\\theta$, यानी $-\\eta \\hat m / (\\sqrt{\\hat v} + \\epsilon)$) वह लौटाएँ, "
                 "shape `(T, n)`। PyTorch के default लें: $\\beta_1 = 0.9$, $\\beta_2 = 0.999$, $\\epsilon = 10^{-8}$, bias "
                 "correction के साथ। जाँच इन पर होगी: random gradient, लगातार 1, ±100 बारी-बारी से, $10^{-8}$ जितने छोटे "
                 "gradient (जहाँ $\\epsilon$ मायने रखता है), और `lr` = 0.001 से 0.1।",
              en="Exercise: write `adam_updates(grads, lr)`. `grads` (shape `(T, n)`) are the gradients arriving step by step; "
                 "return how much Adam changes the parameters at every step ($\\Delta\\theta$, that is "
                 "$-\\eta \\hat m / (\\sqrt{\\hat v} + \\epsilon)$), shape `(T, n)`. Use PyTorch's defaults: $\\beta_1 = 0.9$, "
                 "$\\beta_2 = 0.999$, $\\epsilon = 10^{-8}$, with bias correction. It is checked on: random gradients, constant "
                 "1s, ±100 alternating, gradients as small as $10^{-8}$ (where $\\epsilon$ matters), and `lr` = 0.001 to 0.1."),
    hints=[Bi(hi="भाग 4 का `Adam.update` देखें: वही सूत्र, बस हर कदम का $\\Delta\\theta$ एक list में रखें। कदम की गिनती t 1 से शुरू होती है।",
              en="Look at `Adam.update` in section 4: the same formulas, only keep every step's $\\Delta\\theta$ in a list. The step count t starts at 1."),
           Bi(hi="$\\epsilon$ वर्गमूल के **बाहर** जुड़ता है: `m_hat / (v_hat.sqrt() + 1e-8)`, और $\\hat m = m / (1 - 0.9^t)$, $\\hat v = v / (1 - 0.999^t)$।",
              en="$\\epsilon$ is added **outside** the square root: `m_hat / (v_hat.sqrt() + 1e-8)`, with $\\hat m = m / (1 - 0.9^t)$ and $\\hat v = v / (1 - 0.999^t)$.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10]
