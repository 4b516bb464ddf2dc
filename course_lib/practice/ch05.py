"""Chapter 05, backpropagation: the seed's fifteen practice questions and two exercises of the chapter's own.

Choices and numbers are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch05.json. The plain key is tests/keys/ch05.py.
"""
import torch

from ..answers import Choice, Function, Number, TensorAnswer
from ..lang import Bi
from ..questions import Question


def _bce_inputs():
    """(p, y) pairs: one example, three, probabilities at the edges (1e-6, 1 - 1e-6), a 4 x 5 batch."""
    g = torch.Generator().manual_seed(5)
    return [(torch.tensor([0.9]), torch.tensor([1.0])),
            (torch.tensor([0.2, 0.7, 0.5]), torch.tensor([0.0, 1.0, 1.0])),
            (torch.tensor([1e-6, 1 - 1e-6, 1e-6, 1 - 1e-6]), torch.tensor([1.0, 0.0, 0.0, 1.0])),
            (torch.sigmoid(3 * torch.randn(4, 5, generator=g)), (torch.rand(4, 5, generator=g) > 0.5).float())]


def _cross_entropy_inputs():
    """(logits, classes): section 3's example, a 4 x 3 and an 8 x 10 batch, and logits of ±100."""
    g = torch.Generator().manual_seed(55)
    return [(torch.tensor([[2.0, 0.5, -1.0]]), torch.tensor([0])),
            (2 * torch.randn(4, 3, generator=g), torch.tensor([0, 2, 1, 1])),
            (5 * torch.randn(8, 10, generator=g), torch.randint(0, 10, (8,), generator=g)),
            (torch.tensor([[100.0, -100.0, 0.0], [-100.0, 100.0, 0.0], [50.0, 50.0, 50.0]]), torch.tensor([1, 1, 2]))]


def _delta_inputs():
    """(W_next, delta_next, z): a 3 x 5 and a square 4 x 4 weight matrix, and saturated z up to ±100."""
    g = torch.Generator().manual_seed(505)
    return [(torch.randn(3, 5, generator=g), torch.randn(3, generator=g), torch.randn(5, generator=g)),
            (torch.randn(4, 4, generator=g), torch.randn(4, generator=g), torch.randn(4, generator=g)),
            (torch.randn(2, 6, generator=g), torch.randn(2, generator=g),
             torch.tensor([-100.0, -5.0, 0.0, 0.5, 5.0, 100.0]))]


_LETTER = Bi(hi="सही विकल्प का अक्षर लिखें, जैसे `\"A\"`।", en="Write the letter of the right option, e.g. `\"A\"`.")


def _choice_prompt(question, options):
    """A question and its options (hi, en pairs) as one bilingual Markdown prompt."""
    def head(lang):
        text = getattr(question, lang)
        return f"{text}\n\n" if text.endswith("```") else f"{text} "
    return Bi(*(f"{head(lang)}{getattr(_LETTER, lang)}\n\n"
                + "\n".join(f"- **{letter}.** {option[i]}" for letter, option in zip("ABCD", options))
                for i, lang in enumerate(("hi", "en"))))


# ---------------------------------------------------------------- seed 001: "Backpropagation and Training"

q1 = Question(
    "05.1", "q1", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="Backpropagation किस नियम पर आधारित है?", en="Which rule is backpropagation based on?"),
        [("Product rule: किसी layer का gradient उसके weights और उसके inputs का सीधा गुणनफल होता है।",
          "The product rule: a layer's gradient is simply the product of its weights and its inputs."),
         ("Bayes का नियम: हर उदाहरण के बाद loss देखकर हर weight की प्रायिकता update की जाती है।",
          "Bayes' rule: after every example, the probability of each weight is updated from the loss."),
         ("Chain rule: loss से weight तक के रास्ते पर local derivative आपस में गुणा होते हैं।",
          "The chain rule: local derivatives are multiplied along the path from loss to weight."),
         ("Hebb का नियम: जिन दो neuron को weight जोड़ता है, वे साथ सक्रिय हों तो weight बढ़ता है।",
          "Hebb's rule: a weight grows whenever the two neurons it connects are active together.")]),
    hints=[Bi(hi="Loss किसी weight पर सीधे नहीं, बीच की गणनाओं ($z$, फिर $a$) के रास्ते निर्भर करता है। "
                 "'फलन के भीतर फलन' का derivative कौन-सा नियम देता है?",
              en="The loss depends on a weight not directly but through intermediate computations ($z$, then $a$). "
                 "Which rule gives the derivative of a function inside a function?"),
           Bi(hi="भाग 4 का सूत्र देखें: ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w।",
              en="Look at the formula of section 4: ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w.")])

q2 = Question(
    "05.2", "q2", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="Forward pass और backward pass में क्या अंतर है?", en="What is the difference between the forward pass and the backward pass?"),
        [("Forward pass weights को update करता है; अगर loss बढ़ जाए तो backward pass वह update वापस ले लेता है।",
          "The forward pass updates the weights; if the loss went up, the backward pass undoes that update."),
         ("Forward pass सिर्फ़ training में चलता है; नए data पर prediction के लिए backward pass चलता है।",
          "The forward pass runs only during training; the backward pass is what predicts on new data."),
         ("Forward pass input की ओर से gradient निकालता है; backward pass output की ओर से loss निकालता है।",
          "The forward pass computes gradients from the input side; the backward pass computes the loss."),
         ("Forward pass input से ŷ और loss निकालता है; backward pass loss से हर weight का gradient।",
          "The forward pass computes ŷ and the loss from x; the backward pass, each weight's gradient.")]),
    hints=[Bi(hi="दोनों के नाम दिशा बताते हैं: एक input से output की ओर चलता है, दूसरा उल्टा। हर दिशा में क्या बनता है?",
              en="The names give the direction: one goes from input to output, the other the opposite way. "
                 "What is produced in each direction?"),
           Bi(hi="भाग 1 की तालिका: कदम 1 और 3। Weight कौन-सा कदम बदलता है?",
              en="The table of section 1: steps 1 and 3. Which step changes the weights?")])

q3 = Question(
    "05.3", "q3", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="`loss.backward()` क्या करता है?", en="What does `loss.backward()` do?"),
        [("loss जिन leaf `p` पर निर्भर है (`requires_grad=True` वाले), उनके `p.grad` में ∂loss/∂p जोड़ता है।",
          "For each leaf `p` it depends on (with `requires_grad=True`), it adds ∂loss/∂p into `p.grad`."),
         ("हर weight को उसके gradient की उल्टी दिशा में एक कदम खिसकाता है, बिलकुल `optimizer.step()` की ही तरह।",
          "It moves every weight one step against its gradient, exactly the way `optimizer.step()` does."),
         ("पहले हर `.grad` को शून्य करता है, फिर loss का नया gradient वहाँ लिख देता है, पुराना मिटाकर।",
          "It first sets every `.grad` to zero, and then writes the new gradient of the loss in there."),
         ("Target से input की ओर पीछे चलकर loss दोबारा निकालता है, ताकि forward pass की पक्की जाँच हो सके।",
          "It recomputes the loss backwards, from the target to the input, to double-check the forward pass.")]),
    hints=[Bi(hi="भाग 4 का प्रयोग: `backward()` के ठीक बाद weight बदले थे या नहीं? और भाग 8: दो बार backward चलाने पर क्या हुआ?",
              en="The experiment of section 4: had the weights changed right after `backward()`? "
                 "And section 8: what happened after two calls to backward?"),
           Bi(hi="`backward()` weight को नहीं छूता और `.grad` को मिटाता भी नहीं।",
              en="`backward()` does not touch the weights, and it does not clear `.grad` either.")])

q4 = Question(
    "05.4", "q4", Number(decimals=1),
    prompt=Bi(
        hi="`optimizer.zero_grad()` क्यों ज़रूरी है? पहले अनुमान लगाइए, फिर चलाकर देखिए: यह code क्या print करता है? "
           "एक संख्या लिखें।\n\n```python\nw = torch.tensor(3.0, requires_grad=True)\nfor step in range(3):\n"
           "    loss = (2 * w - 1) ** 2\n    loss.backward()\nprint(w.grad)\n```",
        en="Why is `optimizer.zero_grad()` needed? Predict first, then run it to see: what does this code print? "
           "Write a number.\n\n```python\nw = torch.tensor(3.0, requires_grad=True)\nfor step in range(3):\n"
           "    loss = (2 * w - 1) ** 2\n    loss.backward()\nprint(w.grad)\n```"),
    hints=[Bi(hi="एक backward से ∂loss/∂w कितना आता है? और अगला backward `.grad` के पुराने मान के साथ क्या करता है?",
              en="How much ∂loss/∂w does one backward give? And what does the next backward do with the old value of `.grad`?"),
           Bi(hi="एक backward: ∂/∂w (2w − 1)² = 2(2w − 1) · 2, जो w = 3 पर 20 है। Loop कितनी बार चलता है?",
              en="One backward: ∂/∂w (2w − 1)² = 2(2w − 1) · 2, which is 20 at w = 3. How many times does the loop run?")])

q5 = Question(
    "05.5", "q5", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="एक training loop के चार मुख्य कदम, सही क्रम में, कौन-से हैं? (`optimizer.zero_grad()` को छोड़कर।)",
           en="Which are the four main steps of a training loop, in the right order? (Leaving out `optimizer.zero_grad()`.)"),
        [("`model(x)` → `loss.backward()` → `criterion(y_hat, y)` → `optimizer.step()`",) * 2,
         ("`model(x)` → `criterion(y_hat, y)` → `loss.backward()` → `optimizer.step()`",) * 2,
         ("`model(x)` → `criterion(y_hat, y)` → `optimizer.step()` → `loss.backward()`",) * 2,
         ("`criterion(y_hat, y)` → `model(x)` → `loss.backward()` → `optimizer.step()`",) * 2]),
    hints=[Bi(hi="हर कदम को किसी पिछले कदम का नतीजा चाहिए। जो कदम किसी और के नतीजे पर निर्भर है, वह उसके बाद ही आ सकता है।",
              en="Each step needs the result of an earlier one. A step that depends on another's result can only come after it."),
           Bi(hi="`optimizer.step()` `.grad` में रखे gradient इस्तेमाल करता है: वे किस कदम से आते हैं, और उस कदम को क्या चाहिए?",
              en="`optimizer.step()` uses the gradients stored in `.grad`: which step puts them there, and what does that step need?")])

# ---------------------------------------------------------------- seed 001: "Forward Pass and Loss Calculation"

q6 = Question(
    "05.6", "q6", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="Forward pass में कौन-कौन से operation होते हैं?", en="Which operations happen in a forward pass?"),
        [("हर layer अपने weights का gradient ∂L/∂W निकालती है और फिर उन्हें update करती है।",
          "Each layer computes the gradient ∂L/∂W of its weights and then updates them."),
         ("हर layer अपने output की तुलना target y से करती है और अपना अलग loss निकालती है।",
          "Each layer compares its own output with the target y and computes its own loss."),
         ("सिर्फ़ activation function लगते हैं; weights का इस्तेमाल केवल backward pass में होता है।",
          "Only the activation functions are applied; the weights are used only going backward."),
         ("हर layer पहले linear map z = Wx + b निकालती है, फिर activation a = f(z) लगाती है।",
          "Each layer computes a linear map z = Wx + b, then applies an activation a = f(z).")]),
    hints=[Bi(hi="Forward pass input से prediction तक जाता है; gradient और update बाद के कदम हैं।",
              en="The forward pass goes from the input to the prediction; gradients and updates are later steps."),
           Bi(hi="भाग 2 में हाथ से किया forward pass देखें: हर layer पर कौन-सी दो lines थीं?",
              en="Look at the forward pass done by hand in section 2: which two lines were there for each layer?")])

q7 = Question(
    "05.7", "q7", TensorAnswer(atol=1e-3),
    prompt=Bi(
        hi="$z = Wx + b$ का क्या अर्थ है? एक layer में 3 neuron हैं और 2 input:\n\n"
           "```python\nW = torch.tensor([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])\nx = torch.tensor([1.0, 2.0])\n"
           "b = torch.tensor([0.5, 0.0, -1.0])\n```\n\nहर neuron का $z$ हाथ से निकालिए और tensor के रूप में लिखिए, "
           "जैसे `torch.tensor([z1, z2, z3])`।",
        en="What does $z = Wx + b$ mean? A layer has 3 neurons and 2 inputs:\n\n"
           "```python\nW = torch.tensor([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])\nx = torch.tensor([1.0, 2.0])\n"
           "b = torch.tensor([0.5, 0.0, -1.0])\n```\n\nCompute every neuron's $z$ by hand and write them as a tensor, "
           "e.g. `torch.tensor([z1, z2, z3])`."),
    hints=[Bi(hi="$z$ का हर तत्व एक neuron का है: W में उस neuron की row का x से dot product, और फिर उसमें उस neuron का bias जोड़िए।",
              en="Each entry of $z$ is one neuron: the dot product of that neuron's row of W with x, plus that neuron's bias."),
           Bi(hi="पहला neuron: 1 · 1 + 2 · 2 + 0.5 = 5.5। बाक़ी दो इसी तरह।",
              en="The first neuron: 1 · 1 + 2 · 2 + 0.5 = 5.5. The other two in the same way.")])

q8 = Question(
    "05.8", "q8", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="Binary classification (दो class) के लिए कौन-सा loss function सही है? Model हर उदाहरण के लिए एक कच्चा score $z$ देता है।",
           en="Which loss function is right for binary classification (two classes)? The model gives one raw score $z$ per example."),
        [("Predicted class (0 या 1) और label पर `nn.MSELoss()`",
          "`nn.MSELoss()` on the predicted class (0 or 1) and the label"),
         ("हर उदाहरण के एक कच्चे score z पर `nn.CrossEntropyLoss()`",
          "`nn.CrossEntropyLoss()` on the one raw score z per example"),
         ("हर उदाहरण के एक कच्चे score z पर `nn.BCEWithLogitsLoss()`",
          "`nn.BCEWithLogitsLoss()` on the one raw score z per example"),
         ("कच्चे score z पर, बिना sigmoid लगाए, सीधे `nn.BCELoss()` लगाना",
          "`nn.BCELoss()` directly on the raw score z, with no sigmoid")]),
    hints=[Bi(hi="भाग 3 की तालिका: किस loss का सूत्र $y \\log p + (1 - y) \\log(1 - p)$ है, और उसे $p$ चाहिए या $z$?",
              en="The table of section 3: which loss has the formula $y \\log p + (1 - y) \\log(1 - p)$, and does it take $p$ or $z$?"),
           Bi(hi="एक अकेले score पर softmax हमेशा 1 देता है; `nn.BCELoss` को 0 और 1 के बीच की प्रायिकता चाहिए; और 0/1 class से gradient नहीं बनता।",
              en="Softmax of a single score is always 1; `nn.BCELoss` needs a probability between 0 and 1; and a 0/1 class gives no gradient.")])

q9 = Question(
    "05.9", "q9", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="Loss function और optimizer में क्या अंतर है?", en="What is the difference between a loss function and an optimizer?"),
        [("Loss function ŷ और y से एक संख्या L बनाता है; optimizer ∂L/∂w से w बदलता है।",
          "The loss function turns ŷ and y into a number L; the optimizer uses ∂L/∂w to change w."),
         ("Loss function weights बदलता है; optimizer test data पर model की accuracy मापता है।",
          "The loss function changes the weights; the optimizer measures the accuracy on test data."),
         ("दोनों एक ही हैं: gradient वाले loss function को PyTorch में optimizer कहते हैं।",
          "They are one and the same: PyTorch calls a loss function with gradients an optimizer."),
         ("Loss function gradient ∂L/∂w निकालता है; optimizer prediction ŷ निकालता है।",
          "The loss function computes the gradients ∂L/∂w; the optimizer computes the prediction ŷ.")]),
    hints=[Bi(hi="भाग 1 की तालिका में loss (कदम 2) और update (कदम 4) देखें।",
              en="Look at loss (step 2) and update (step 4) in the table of section 1."),
           Bi(hi="भाग 4 का प्रयोग: `backward()` के बाद weight नहीं बदले, `optimizer.step()` के बाद बदले।",
              en="The experiment of section 4: the weights had not changed after `backward()`; they changed after `optimizer.step()`.")])

q10 = Question(
    "05.10", "q10", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="PyTorch में loss निकालने के कदम: model (आख़िर में sigmoid) और `criterion = nn.BCELoss()` बन चुके हैं, "
              "और `x`, `y_true` दिए हैं। कौन-सी line loss सही निकालती है?",
           en="The steps to compute a loss in PyTorch: the model (ending in a sigmoid) and `criterion = nn.BCELoss()` "
              "are built, and `x`, `y_true` are given. Which line computes the loss correctly?"),
        [("`loss = criterion(y_true, model(x))`",) * 2,
         ("`loss = criterion(model(x), y_true)`",) * 2,
         ("`loss = model(criterion(x, y_true))`",) * 2,
         ("`loss = criterion(model(x).round(), y_true)`",) * 2]),
    hints=[Bi(hi="पहले forward pass से prediction बनता है, फिर loss function prediction की तुलना target से करता है।",
              en="First the forward pass makes the prediction, then the loss function compares the prediction with the target."),
           Bi(hi="`help(nn.BCELoss)` में arguments का क्रम देखिए। और क्या `.round()` के बाद कोई gradient बचता है?",
              en="Look at the order of the arguments in `help(nn.BCELoss)`. And is any gradient left after `.round()`?")])

# ---------------------------------------------------------------- seed 001: "Loss Functions and Optimization"

q11 = Question(
    "05.11", "q11", Number(decimals=2),
    prompt=Bi(
        hi="Loss function और optimizer का अंतर, संख्याओं में। पहले अनुमान लगाइए, फिर चलाकर देखिए: यह code क्या print "
           "करता है?\n\n```python\nw = torch.tensor(1.0, requires_grad=True)\noptimizer = torch.optim.SGD([w], lr=0.1)\n"
           "loss = (w * 2.0 - 1.0) ** 2   # x = 2, y = 1\nloss.backward()\noptimizer.step()\nprint(w.item())\n```",
        en="The difference between a loss function and an optimizer, in numbers. Predict first, then run it to see: what "
           "does this code print?\n\n```python\nw = torch.tensor(1.0, requires_grad=True)\noptimizer = torch.optim.SGD([w], lr=0.1)\n"
           "loss = (w * 2.0 - 1.0) ** 2   # x = 2, y = 1\nloss.backward()\noptimizer.step()\nprint(w.item())\n```"),
    hints=[Bi(hi="Loss function और `backward()` से gradient मिलता है; फिर SGD उस पर नियम $w \\leftarrow w - \\eta \\, \\partial L / \\partial w$ लगाता है।",
              en="The loss function and `backward()` give the gradient; SGD then applies the rule $w \\leftarrow w - \\eta \\, \\partial L / \\partial w$."),
           Bi(hi="Chain rule से ∂L/∂w = 2(2w − 1) · 2; इसे w = 1 पर निकालिए।",
              en="By the chain rule ∂L/∂w = 2(2w − 1) · 2; evaluate it at w = 1.")])

q12 = Question(
    "05.12", "q12", TensorAnswer(atol=1e-3),
    prompt=Bi(
        hi="MSE और MAE में क्या अंतर है? Prediction `y_hat = torch.tensor([2.0, 3.0, 14.0])` और target "
           "`y = torch.tensor([1.0, 4.0, 4.0])` के लिए दोनों निकालिए और `torch.tensor([MSE, MAE])` के रूप में लिखिए।",
        en="What is the difference between MSE and MAE? For predictions `y_hat = torch.tensor([2.0, 3.0, 14.0])` and targets "
           "`y = torch.tensor([1.0, 4.0, 4.0])`, compute both and write them as `torch.tensor([MSE, MAE])`."),
    hints=[Bi(hi="पहले हर उदाहरण की ग़लती ŷ − y निकालिए। MSE उनके वर्गों का औसत है, MAE उनके परिमाण (absolute value) का।",
              en="First compute each example's error ŷ − y. MSE is the mean of their squares, MAE the mean of their absolute values."),
           Bi(hi="ग़लतियाँ 1, −1 और 10 हैं। अब वर्ग या परिमाण लेकर जोड़िए और 3 से भाग दीजिए।",
              en="The errors are 1, −1 and 10. Now square them or take their absolute values, add up and divide by 3.")])

q13 = Question(
    "05.13", "q13", Function(_bce_inputs, atol=1e-5, rtol=1e-4,
                             forbidden=("binary_cross_entropy", "binary_cross_entropy_with_logits")),
    prompt=Bi(
        hi="Binary cross-entropy का सूत्र code में लिखिए: `bce(p, y)` सारे तत्वों पर "
           "$-[y \\log p + (1 - y) \\log(1 - p)]$ का औसत लौटाए, जैसे `nn.BCELoss()`। `nn.BCELoss` या "
           "`F.binary_cross_entropy` का उपयोग न करें। जाँच इन input पर होगी: p = 0.9 और y = 1; 3 उदाहरण; किनारे की "
           "प्रायिकता p = 10⁻⁶ और 1 − 10⁻⁶; और 4 × 5 का एक batch (p हमेशा 0 और 1 के बीच)।",
        en="Write the binary cross-entropy formula as code: `bce(p, y)` returns the mean over all elements of "
           "$-[y \\log p + (1 - y) \\log(1 - p)]$, like `nn.BCELoss()`. Do not use `nn.BCELoss` or "
           "`F.binary_cross_entropy`. It is tested on: p = 0.9 with y = 1; 3 examples; probabilities at the edges, "
           "p = 10⁻⁶ and 1 − 10⁻⁶; and a 4 × 5 batch (p always between 0 and 1)."),
    hints=[Bi(hi="सूत्र हर तत्व पर लगाइए और फिर `.mean()` लीजिए। आगे का minus चिह्न न भूलें: log p ऋणात्मक है, loss धनात्मक।",
              en="Apply the formula to every element, then take `.mean()`. Mind the leading minus sign: log p is negative, the loss positive."),
           Bi(hi="`torch.log(p)` और `torch.log(1 - p)` से शुरू कीजिए; उन्हें `y` और `1 - y` से तौलिए।",
              en="Start from `torch.log(p)` and `torch.log(1 - p)`; weight them by `y` and `1 - y`.")])

q14 = Question(
    "05.14", "q14", Number(decimals=3),
    prompt=Bi(
        hi="Adam optimizer कैसे काम करता है? भाग 4 के Adam सूत्रों से अनुमान लगाइए, फिर चलाकर देखिए: यह code क्या print "
           "करता है? दशमलव के बाद 3 अंकों तक लिखें।\n\n```python\nw = torch.tensor(1.0, requires_grad=True)\n"
           "optimizer = torch.optim.Adam([w], lr=0.1)\nloss = 25 * w ** 2   # w = 1 पर ∂L/∂w = 50\nloss.backward()\n"
           "optimizer.step()\nprint(w.item())\n```",
        en="How does the Adam optimizer work? Predict with the Adam formulas of section 4, then run it to see: what does "
           "this code print? Write it to 3 decimal places.\n\n```python\nw = torch.tensor(1.0, requires_grad=True)\n"
           "optimizer = torch.optim.Adam([w], lr=0.1)\nloss = 25 * w ** 2   # ∂L/∂w = 50 at w = 1\nloss.backward()\n"
           "optimizer.step()\nprint(w.item())\n```"),
    hints=[Bi(hi="पहले कदम ($t = 1$) पर $m$ और $v$ शून्य से शुरू होते हैं। Bias correction के बाद $\\hat m$ और $\\hat v$ क्या बनते हैं?",
              en="At the first step ($t = 1$), $m$ and $v$ start from zero. What are $\\hat m$ and $\\hat v$ after the bias correction?"),
           Bi(hi="$\\hat m = g$ और $\\hat v = g^2$, इसलिए कदम $\\eta \\, g / (\\sqrt{g^2} + \\epsilon)$ है। यहाँ gradient के बड़े-छोटे होने से कितना फ़र्क़ पड़ता है?",
              en="$\\hat m = g$ and $\\hat v = g^2$, so the step is $\\eta \\, g / (\\sqrt{g^2} + \\epsilon)$. How much does the size of the gradient matter here?")])

q15 = Question(
    "05.15", "q15", Choice("ABCD"),
    prompt=_choice_prompt(
        Bi(hi="पहले अनुमान लगाइए, फिर चलाकर देखिए: यह code क्या print करता है?\n\n"
              "```python\nloss = torch.tensor(1.0, requires_grad=True)\nloss.backward()\nprint(loss.grad)\n```",
           en="Predict first, then run it to see: what does this code print?\n\n"
              "```python\nloss = torch.tensor(1.0, requires_grad=True)\nloss.backward()\nprint(loss.grad)\n```"),
        [("`None`, एक UserWarning के साथ: `.grad` सिर्फ़ leaf tensor के लिए रखा जाता है",
          "`None`, with a UserWarning: `.grad` is kept only for leaf tensors"),
         ("`tensor(0.)`: एक स्थिर संख्या नहीं बदलती, इसलिए उसका derivative शून्य है",
          "`tensor(0.)`: a constant does not change, so its derivative is zero"),
         ("`tensor(1.)`: `loss` एक leaf tensor है, और ∂loss/∂loss = 1",
          "`tensor(1.)`: `loss` is a leaf tensor, and ∂loss/∂loss = 1"),
         ("RuntimeError: `backward()` को weights से निकला हुआ loss चाहिए",
          "A RuntimeError: `backward()` needs a loss computed from weights")]),
    hints=[Bi(hi="`loss` यहाँ किसी गणना से नहीं बना: आपने इसे ख़ुद `requires_grad=True` के साथ बनाया है। भाग 4 के अनुसार "
                 "ऐसा tensor क्या कहलाता है, और `backward()` किनका `.grad` भरता है?",
              en="Here `loss` was not computed from anything: you created it yourself with `requires_grad=True`. By section 4, "
                 "what is such a tensor called, and whose `.grad` does `backward()` fill?"),
           Bi(hi="Backward की शुरुआत में loss का अपना gradient क्या रखा जाता है? (भाग 5, कदम 2)",
              en="At the start of backward, what is the loss's own gradient set to? (Section 5, step 2)")])

# ---------------------------------------------------------------- the chapter's own exercises

q16 = Question(
    "05.16", "q16", Function(_cross_entropy_inputs, atol=1e-5, rtol=1e-4,
                             forbidden=("cross_entropy", "log_softmax", "nll_loss")),
    prompt=Bi(
        hi="अभ्यास: cross-entropy ख़ुद लिखिए। `cross_entropy(z, y)`: `z` logits का `(n, K)` tensor है और `y` सही class के "
           "index का `(n,)` tensor; यह $-\\frac{1}{n} \\sum_i \\log \\mathrm{softmax}(z_i)_{y_i}$ लौटाए, जैसे "
           "`nn.CrossEntropyLoss()`। `F.cross_entropy`, `log_softmax` और `nll_loss` का उपयोग न करें। जाँच इन input पर होगी: "
           "भाग 3 वाले logits `[[2.0, 0.5, -1.0]]`; 4 × 3 और 8 × 10 के batch; और ±100 जैसे बड़े logits।",
        en="Exercise: write cross-entropy yourself. `cross_entropy(z, y)`: `z` is an `(n, K)` tensor of logits and `y` an "
           "`(n,)` tensor of the right classes' indices; it returns $-\\frac{1}{n} \\sum_i \\log \\mathrm{softmax}(z_i)_{y_i}$, like "
           "`nn.CrossEntropyLoss()`. Do not use `F.cross_entropy`, `log_softmax` or `nll_loss`. It is tested on: the logits "
           "`[[2.0, 0.5, -1.0]]` of section 3; 4 × 3 and 8 × 10 batches; and large logits such as ±100."),
    hints=[Bi(hi="$\\log \\mathrm{softmax}(z)_k = z_k - \\log \\sum_j e^{z_j}$। हर row में सही class का score `z[torch.arange(n), y]` से मिलता है।",
              en="$\\log \\mathrm{softmax}(z)_k = z_k - \\log \\sum_j e^{z_j}$. In every row, the right class's score is `z[torch.arange(n), y]`."),
           Bi(hi="$e^{100}$ float32 में inf है। हर row का सबसे बड़ा score $m$ घटाइए: $\\log \\sum_j e^{z_j} = m + \\log \\sum_j e^{z_j - m}$ "
                 "(यही `torch.logsumexp(z, dim=1)` करता है)।",
              en="$e^{100}$ is inf in float32. Subtract each row's largest score $m$: $\\log \\sum_j e^{z_j} = m + \\log \\sum_j e^{z_j - m}$ "
                 "(which is what `torch.logsumexp(z, dim=1)` does).")])

q17 = Question(
    "05.17", "q17", Function(_delta_inputs, atol=1e-5, rtol=1e-4),
    prompt=Bi(
        hi="अभ्यास: BP2 code में। `delta_back(W_next, delta_next, z)` को यह लौटाना है: "
           "$\\delta^\\ell = \\big((W^{\\ell+1})^T \\delta^{\\ell+1}\\big) \\odot \\sigma'(z^\\ell)$, जहाँ `W_next` का आकार "
           "$(n_{\\ell+1}, n_\\ell)$ है, `delta_next` का $(n_{\\ell+1},)$ और `z` का $(n_\\ell,)$, और उस layer का activation function sigmoid है। "
           "जाँच इन input पर होगी: 3 × 5 और 4 × 4 (वर्ग) के `W_next`, और 2 × 6 का `W_next` जिसके `z` में ±100 तक के saturated मान हैं।",
        en="Exercise: BP2 as code. `delta_back(W_next, delta_next, z)` returns "
           "$\\delta^\\ell = \\big((W^{\\ell+1})^T \\delta^{\\ell+1}\\big) \\odot \\sigma'(z^\\ell)$, where `W_next` has shape "
           "$(n_{\\ell+1}, n_\\ell)$, `delta_next` $(n_{\\ell+1},)$ and `z` $(n_\\ell,)$, and the layer's activation function is sigmoid. "
           "It is tested on: a 3 × 5 and a 4 × 4 (square) `W_next`, and a 2 × 6 `W_next` whose `z` holds saturated values up to ±100."),
    hints=[Bi(hi="तीन हिस्से: transpose किया हुआ weight matrix, अगली layer की ग़लती, और sigmoid का derivative। `@` matrix गुणा है, `*` तत्व-दर-तत्व।",
              en="Three parts: the transposed weight matrix, the next layer's error, and sigmoid's derivative. `@` is matrix product, `*` element-wise."),
           Bi(hi="`s = torch.sigmoid(z)` लें; तब $\\sigma'(z)$ = `s * (1 - s)`। पहला हिस्सा `W_next.T` और `delta_next` का matrix गुणा है।",
              en="Take `s = torch.sigmoid(z)`; then $\\sigma'(z)$ = `s * (1 - s)`. The first part is the matrix product of `W_next.T` and `delta_next`.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17]
