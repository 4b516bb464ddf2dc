"""Chapter 02, calculus: the seeds' ten practice questions (6 + 4) and four of the chapter's own.

Choices and numbers are checked against salted hashes, functions against reference outputs
sealed in keys/ch02.json. The plain key is tests/keys/ch02.py.
"""
import torch

from ..answers import Choice, Function, Number
from ..lang import Bi
from ..questions import Question


def _cubes():
    """Inputs for f_prime: small values and the extremes ±100."""
    return [torch.tensor([-3.0, -1.0, 0.0, 0.5, 3.0]), torch.linspace(-100, 100, 9)]


def _sines():
    """Inputs for slope_of_sin (the checker passes them as float32, as the prompt says)."""
    return [torch.linspace(-100, 100, 9), torch.tensor([0.0, 1.0, 3.14159])]


def _points():
    """Batches of points (x₁, x₂), one per row, the extremes ±100 included."""
    return [torch.tensor([[1.0, 2.0], [0.0, 0.0], [-3.0, 0.5]]),
            torch.linspace(-3, 3, 10).reshape(5, 2),
            torch.tensor([[100.0, -100.0], [-100.0, 100.0]])]


def _neurons():
    """(x, w, b, y) for dL_dw, element by element: the chapter's neuron, a mix, and saturated neurons (|z| = 100)."""
    return [(torch.tensor([1.5]), torch.tensor([-0.8]), torch.tensor([0.3]), torch.tensor([1.0])),
            (torch.linspace(-2, 2, 5), torch.tensor([0.5, -1.0, 2.0, 0.0, 1.0]),
             torch.tensor([0.0, 0.5, -0.5, 1.0, 0.0]), torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0])),
            (torch.tensor([100.0, -100.0, 100.0]), torch.tensor([1.0, 1.0, -1.0]),
             torch.tensor([0.0, 0.0, 0.0]), torch.tensor([0.0, 1.0, 1.0]))]


q1 = Question(
    "02.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Deep learning में derivative का क्या काम है? सही कथन का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** वह हर weight का अपना अलग loss है, ताकि training सबसे छोटे loss वाले weight को चुनकर रख सके।\n"
           "- **B.** वह learning rate तय करता है: loss का derivative जितना बड़ा हो, कदम η भी उतना ही बड़ा रखना पड़ता है।\n"
           "- **C.** वह बताता है कि weight ज़रा बदलने पर loss किस दर से बदलता है; चिह्न बताता है कि weight किधर बदलें।\n"
           "- **D.** वह सिर्फ़ forward pass में काम आता है, ताकि input से network का output एक-एक layer करके निकल सके।",
        en="What does the derivative do in deep learning? Write the letter of the true statement, e.g. `\"A\"`.\n\n"
           "- **A.** It is each weight's own loss, so that training can pick out and keep the weight with the smallest loss.\n"
           "- **B.** It sets the learning rate: the larger the derivative of the loss, the larger the step η has to be.\n"
           "- **C.** It says how fast the loss changes as a weight changes a little; its sign says which way to move it.\n"
           "- **D.** It is used only in the forward pass, so that the network can turn its input into an output layer by layer."),
    hints=[Bi(hi="Derivative की परिभाषा याद कीजिए: input में छोटे बदलाव पर output के बदलाव की दर। यहाँ input कौन है और output कौन?",
              en="Recall the definition: the rate at which the output changes for a small change of the input. Here, what is the input and what the output?"),
           Bi(hi="अध्याय के section 5 में ∂L/∂w ऋणात्मक निकला और w बढ़ाने पर loss घटा। तो चिह्न क्या बताता है?",
              en="In section 5 of the chapter, ∂L/∂w came out negative and raising w lowered the loss. So what does the sign tell?")])

q2 = Question(
    "02.2", "q2", Function(_cubes, atol=1e-5, rtol=1e-5),
    prompt=Bi(hi="यदि f(x) = x³ तो f′(x) क्या होगा? उत्तर function के रूप में लिखें: `f_prime(x)` हर तत्व पर f′(x) लौटाए। "
                 "जाँच इन input पर होगी: `torch.tensor([-3.0, -1.0, 0.0, 0.5, 3.0])` और `torch.linspace(-100, 100, 9)`।",
              en="If f(x) = x³, what is f′(x)? Write the answer as a function: `f_prime(x)` returns f′(x) for every element. "
                 "It is checked on these inputs: `torch.tensor([-3.0, -1.0, 0.0, 0.5, 3.0])` and `torch.linspace(-100, 100, 9)`."),
    hints=[Bi(hi="Power rule याद कीजिए: घात (power) नीचे आकर गुणा करती है, और घात एक कम हो जाती है।",
              en="Recall the power rule: the power comes down as a factor, and the power drops by one."),
           Bi(hi="n = 3 के लिए n·xⁿ⁻¹ लिखिए; tensor की घात `x.pow(n)` से भी लिखी जा सकती है।",
              en="Write n·xⁿ⁻¹ for n = 3; a tensor's power can also be written `x.pow(n)`.")])

q3 = Question(
    "02.3", "q3", Number(decimals=2),
    prompt=Bi(hi="Code **चलाने से पहले** बताइए: यह code क्या छापेगा? सिर्फ़ संख्या लिखें।\n\n"
                 "```python\nx = torch.tensor(3.0, requires_grad=True)\ny = x**3\ny.backward()\nprint(x.grad)\n```",
              en="**Before running it**, say what this code prints. Write just the number.\n\n"
                 "```python\nx = torch.tensor(3.0, requires_grad=True)\ny = x**3\ny.backward()\nprint(x.grad)\n```"),
    hints=[Bi(hi="`y.backward()` के बाद `x.grad` में dy/dx रखा होता है, x के इसी मान पर।",
              en="After `y.backward()`, `x.grad` holds dy/dx, at this very value of x."),
           Bi(hi="Power rule से dy/dx = 3x²; अब x का मान रखिए।",
              en="By the power rule dy/dx = 3x²; now put in the value of x.")])

q4 = Question(
    "02.4", "q4", Number(decimals=2),
    prompt=Bi(hi="(Notes के प्रश्न 5 का code copy में खो गया है; यह प्रश्न notes के अपने उदाहरण से बना है।) "
                 "Code **चलाने से पहले** बताइए कि यह क्या छापेगा। सिर्फ़ संख्या लिखें।\n\n"
                 "```python\nx = torch.tensor(2.0, requires_grad=True)\ny = x**2 + 3 * x + 1\ny.backward()\nprint(x.grad)\n```",
              en="(The code of the notes' question 5 was lost in copying; this question is built from the notes' own example.) "
                 "**Before running it**, say what this code prints. Write just the number.\n\n"
                 "```python\nx = torch.tensor(2.0, requires_grad=True)\ny = x**2 + 3 * x + 1\ny.backward()\nprint(x.grad)\n```"),
    hints=[Bi(hi="`x.grad` में y का मान नहीं, dy/dx का मान आता है। योग का derivative हर पद के derivative का योग है।",
              en="`x.grad` holds not the value of y but that of dy/dx. The derivative of a sum is the sum of the terms' derivatives."),
           Bi(hi="x² से 2x, 3x से 3, और स्थिर 1 से 0 आता है; अब x का मान रखिए।",
              en="x² gives 2x, 3x gives 3 and the constant 1 gives 0; now put in the value of x.")])

q5 = Question(
    "02.5", "q5", Choice("ABCD"),
    prompt=Bi(
        hi="Chain rule किसलिए उपयोग होता है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** एक फलन के भीतर रखे दूसरे फलन का derivative निकालने में: (f(g(x)))′ = f′(g(x))·g′(x)।\n"
           "- **B.** दो अलग-अलग फलनों के आपसी गुणनफल का derivative निकालने में: (f(x)·g(x))′ = f′(x)·g′(x)।\n"
           "- **C.** एक फलन के भीतर रखे किसी दूसरे फलन का derivative निकालने में: (f(g(x)))′ = f′(g′(x))।\n"
           "- **D.** एक फलन के भीतर रखे किसी दूसरे फलन का derivative निकालने में: (f(g(x)))′ = f′(x)·g′(x)।",
        en="What is the chain rule used for? Write the letter of the true statement.\n\n"
           "- **A.** To differentiate a function placed inside another: (f(g(x)))′ = f′(g(x))·g′(x).\n"
           "- **B.** To differentiate the product of two different functions: (f(x)·g(x))′ = f′(x)·g′(x).\n"
           "- **C.** To differentiate a function placed inside another function: (f(g(x)))′ = f′(g′(x)).\n"
           "- **D.** To differentiate a function placed inside another one: (f(g(x)))′ = f′(x)·g′(x)."),
    hints=[Bi(hi="हर सूत्र को एक छोटे उदाहरण पर आज़माइए, जैसे f(u) = u² और g(x) = 2x + 1, और autograd से मिलाइए।",
              en="Try each formula on a small example, such as f(u) = u² and g(x) = 2x + 1, and compare with autograd."),
           Bi(hi="बाहरी फलन का derivative भीतरी फलन के **मान** पर लिया जाता है, फिर भीतरी फलन के derivative से गुणा होता है। "
                 "गुणनफल का सही नियम product rule है, जो u′v + uv′ है।",
              en="The outer function's derivative is taken at the inner function's **value**, then multiplied by the inner "
                 "function's derivative. The right rule for a product is the product rule, u′v + uv′.")])

q6 = Question(
    "02.6", "q6", Choice("ABCD"),
    prompt=Bi(
        hi="Chain rule कहाँ काम आता है? इनमें से किस derivative के लिए chain rule ज़रूरी है? "
           "(बाक़ी power rule, योग और स्थिर गुणक के नियमों से निकल जाते हैं।) उसका अक्षर लिखें।\n\n"
           "- **A.** x के सापेक्ष 4x³ − 2x + 7, तीसरी घात का एक साधारण बहुपद (polynomial)\n"
           "- **B.** x के सापेक्ष x²·x⁵, x की दो घातों का गुणनफल\n"
           "- **C.** w के सापेक्ष w·x + b, एक neuron का weighted sum\n"
           "- **D.** w के सापेक्ष σ(w·x + b), एक sigmoid neuron का output",
        en="Where is the chain rule needed? For which of these derivatives is it necessary? "
           "(The others follow from the power rule and the rules for sums and constant factors.) Write its letter.\n\n"
           "- **A.** 4x³ − 2x + 7 with respect to x, a plain cubic polynomial\n"
           "- **B.** x²·x⁵ with respect to x, the product of two powers of x\n"
           "- **C.** w·x + b with respect to w, a neuron's weighted sum\n"
           "- **D.** σ(w·x + b) with respect to w, a sigmoid neuron's output"),
    hints=[Bi(hi="Chain rule तब चाहिए जब w किसी दूसरे फलन के **भीतर** हो, यानी फलन का फलन।",
              en="The chain rule is needed when w sits **inside** another function, a function of a function."),
           Bi(hi="x²·x⁵ = x⁷ है, और w·x + b में w सिर्फ़ एक स्थिर x से गुणा है। किस विकल्प में w किसी non-linear फलन के भीतर है?",
              en="x²·x⁵ = x⁷, and in w·x + b, w is only multiplied by a constant x. In which option does w sit inside a non-linear function?")])

q7 = Question(
    "02.7", "q7", Number(decimals=2),
    prompt=Bi(hi="Code **चलाने से पहले** बताइए: यह code क्या छापेगा? सिर्फ़ संख्या लिखें।\n\n"
                 "```python\nx = torch.tensor(3.0, requires_grad=True)\ny = (2*x + 1)**2\ny.backward()\nprint(x.grad)\n```",
              en="**Before running it**, say what this code prints. Write just the number.\n\n"
                 "```python\nx = torch.tensor(3.0, requires_grad=True)\ny = (2*x + 1)**2\ny.backward()\nprint(x.grad)\n```"),
    hints=[Bi(hi="यह एक फलन के भीतर दूसरा फलन है: बाहरी u² और भीतरी u = 2x + 1। कौन-सा नियम लगेगा?",
              en="This is one function inside another: the outer u² and the inner u = 2x + 1. Which rule applies?"),
           Bi(hi="Chain rule: dy/dx = 2u · du/dx, जहाँ du/dx = 2। पहले x = 3 पर u निकालिए।",
              en="Chain rule: dy/dx = 2u · du/dx, where du/dx = 2. First work out u at x = 3.")])

q8 = Question(
    "02.8", "q8", Choice("ABCD"),
    prompt=Bi(
        hi="Network की training के किस चरण में chain rule का असली उपयोग होता है? उसका अक्षर लिखें।\n\n"
           "- **A.** forward pass में, जब हर layer z = Wx + b और फिर a = f(z) निकालती है।\n"
           "- **B.** backward pass (`loss.backward()`) में, जब gradient layer दर layer पीछे जाता है।\n"
           "- **C.** `optimizer.step()` में, जब हर weight अपने gradient के विरुद्ध η के पैमाने से एक कदम लेता है।\n"
           "- **D.** data को mini-batch में बाँटते समय, यानी loss निकालने से पहले।",
        en="In which step of training a network does the chain rule do its real work? Write its letter.\n\n"
           "- **A.** In the forward pass, when each layer computes z = Wx + b and then a = f(z).\n"
           "- **B.** In the backward pass (`loss.backward()`), as the gradient goes back layer by layer.\n"
           "- **C.** In `optimizer.step()`, when each weight takes a step against its gradient, scaled by η.\n"
           "- **D.** While the data is split into mini-batches, that is, before the loss is computed."),
    hints=[Bi(hi="Chain rule derivative निकालने का नियम है। किस चरण में derivative बनते हैं?",
              en="The chain rule is a rule for computing derivatives. In which step are derivatives made?"),
           Bi(hi="अध्याय के section 5 में local derivative का गुणनफल L से पीछे की ओर बना; `optimizer.step()` सिर्फ़ तैयार gradient इस्तेमाल करता है।",
              en="In section 5 of the chapter, the product of local derivatives was built backwards from L; `optimizer.step()` only uses the finished gradient.")])

q9 = Question(
    "02.9", "q9", Choice("ABCD"),
    prompt=Bi(
        hi="Gradient क्या दर्शाता है, और उसे क्यों निकाला जाता है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** सारे partial derivative का vector: सबसे तेज़ वृद्धि की दिशा, इसलिए training उसके विरुद्ध चलती है।\n"
           "- **B.** loss के न्यूनतम बिंदु की ओर की दिशा: उधर एक ही कदम लेने से data के लिए सबसे अच्छे weight सीधे मिल जाते हैं।\n"
           "- **C.** सभी weight के derivative का औसत: एक अकेली संख्या, जो बताती है कि loss घट रहा है या नहीं।\n"
           "- **D.** loss की सबसे तेज़ कमी की दिशा: training loss घटाने के लिए ठीक उसी दिशा में आगे कदम रखती है।",
        en="What does the gradient show, and why is it computed? Write the letter of the true statement.\n\n"
           "- **A.** The vector of all partial derivatives: it points to the fastest increase, so training steps against it.\n"
           "- **B.** The direction towards the loss's minimum: one step that way lands straight on the best weights for the data.\n"
           "- **C.** The average of all the weights' derivatives: one single number saying whether the loss is falling.\n"
           "- **D.** The direction of the loss's fastest decrease: to lower the loss, training steps exactly along it."),
    hints=[Bi(hi="अध्याय के section 4 में 360 दिशाओं में दर मापी गई थी: सबसे बड़ी दर किस दिशा में थी?",
              en="Section 4 of the chapter measured the rate in 360 directions: in which direction was the rate largest?"),
           Bi(hi="लंबोतरे कटोरे पर −∇f की दिशा न्यूनतम बिंदु से लगभग 30° हटी हुई थी; और gradient की दिशा में दर धनात्मक (+7.21) थी।",
              en="On the stretched bowl, −∇f missed the minimum by about 30°; and the rate along the gradient was positive (+7.21).")])

q10 = Question(
    "02.10", "q10", Number(decimals=2),
    prompt=Bi(hi="Partial derivative में बाक़ी सब variable स्थिर रखे जाते हैं। f(x₁, x₂) = x₁·x₂² + 4x₁ के लिए, "
                 "बिंदु (x₁, x₂) = (3, 2) पर ∂f/∂x₂ कितना है? एक संख्या लिखें।",
              en="A partial derivative holds every other variable fixed. For f(x₁, x₂) = x₁·x₂² + 4x₁, "
                 "what is ∂f/∂x₂ at the point (x₁, x₂) = (3, 2)? Write a number."),
    hints=[Bi(hi="x₁ को एक स्थिर संख्या मानिए और सिर्फ़ x₂ के सापेक्ष derivative लीजिए।",
              en="Treat x₁ as a constant number and differentiate with respect to x₂ alone."),
           Bi(hi="4x₁ में x₂ है ही नहीं, तो उसका योगदान 0 है; x₁·x₂² से x₁·2x₂ आता है।",
              en="4x₁ has no x₂ in it, so it contributes 0; x₁·x₂² gives x₁·2x₂.")])

q11 = Question(
    "02.11", "q11", Number(decimals=2),
    prompt=Bi(hi="Code **चलाने से पहले** बताइए: यह code क्या छापेगा? सिर्फ़ संख्या लिखें।\n\n"
                 "```python\nx = torch.tensor(2.0, requires_grad=True)\nfor _ in range(3):\n    y = x**2 + x\n    y.backward()\nprint(x.grad)\n```",
              en="**Before running it**, say what this code prints. Write just the number.\n\n"
                 "```python\nx = torch.tensor(2.0, requires_grad=True)\nfor _ in range(3):\n    y = x**2 + x\n    y.backward()\nprint(x.grad)\n```"),
    hints=[Bi(hi="हर `backward()` `x.grad` के साथ क्या करता है: पुराने मान को नए से बदल देता है, या उसमें जोड़ता है?",
              en="What does each `backward()` do to `x.grad`: replace the old value, or add to it?"),
           Bi(hi="एक backward से dy/dx = 2x + 1 आता है, x = 2 पर। Loop कितनी बार चलता है?",
              en="One backward gives dy/dx = 2x + 1, at x = 2. How many times does the loop run?")])

q12 = Question(
    "02.12", "q12", Function(_sines, atol=1e-6, rtol=0, forbidden=("cos",)),
    prompt=Bi(hi="अभ्यास: `slope_of_sin(x)` लिखें, जो x के हर तत्व पर sin के derivative का अनुमान **central difference** से, "
                 "h = 1e-4 लेकर, लगाए। `torch.cos` (या `x.cos()`) का उपयोग न करें। जाँच "
                 "`torch.linspace(-100, 100, 9)` और `torch.tensor([0.0, 1.0, 3.14159])` पर होगी; अनुमान असली derivative से "
                 "1e-6 के भीतर होना चाहिए।\n\n"
                 "**ध्यान दें:** जाँचने वाला ये input हमेशा **float32** tensor के रूप में देता है, और float32 में अकेली "
                 "rounding से ही इन input पर इस अनुमान की त्रुटि लगभग 1e-2 तक पहुँच जाती है (section 1 का V)। इसलिए सही सूत्र "
                 "तभी पास होगा जब आपका function float64 में हिसाब करे: पहले `x = x.double()` कीजिए।",
              en="Exercise: write `slope_of_sin(x)`, which estimates the derivative of sin at every element of x by the "
                 "**central difference**, with h = 1e-4. Do not use `torch.cos` (or `x.cos()`). It is checked on "
                 "`torch.linspace(-100, 100, 9)` and `torch.tensor([0.0, 1.0, 3.14159])`; the estimate must be within "
                 "1e-6 of the true derivative.\n\n"
                 "**Note:** the checker always passes these inputs as **float32** tensors, and in float32 rounding alone "
                 "puts this estimate off by up to about 1e-2 on these inputs (the V of section 1). So the right formula "
                 "only passes if your function computes in float64: start with `x = x.double()`."),
    hints=[Bi(hi="Central difference: x से h दाईं ओर और h बाईं ओर sin के मान लीजिए, और उनके अंतर को दोनों बिंदुओं की "
                 "दूरी से भाग दीजिए।",
              en="Central difference: take the values of sin a step h to the right of x and a step h to the left, and "
                 "divide their difference by the distance between the two points."),
           Bi(hi="अंतर `torch.sin(x + h) - torch.sin(x - h)` है; दोनों बिंदु एक-दूसरे से h नहीं, 2h दूर हैं। और उससे पहले "
                 "`x = x.double()`।",
              en="The difference is `torch.sin(x + h) - torch.sin(x - h)`; the two points are not h but 2h apart. And "
                 "before that, `x = x.double()`.")])

q13 = Question(
    "02.13", "q13", Function(_points, atol=1e-4, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: f(x₁, x₂) = x₁²·x₂ + sin(x₂) का gradient लिखें। `gradient_of_f(points)` को shape (N, 2) का tensor "
                 "मिलता है, हर row एक बिंदु (x₁, x₂); वह shape (N, 2) का tensor लौटाए, हर row में (∂f/∂x₁, ∂f/∂x₂)। "
                 "जाँच इन input पर होगी: `[[1., 2.], [0., 0.], [-3., 0.5]]`, `torch.linspace(-3, 3, 10).reshape(5, 2)` "
                 "और `[[100., -100.], [-100., 100.]]`।",
              en="Exercise: write the gradient of f(x₁, x₂) = x₁²·x₂ + sin(x₂). `gradient_of_f(points)` receives a tensor of "
                 "shape (N, 2), each row one point (x₁, x₂); it returns a tensor of shape (N, 2), each row holding "
                 "(∂f/∂x₁, ∂f/∂x₂). It is checked on these inputs: `[[1., 2.], [0., 0.], [-3., 0.5]]`, "
                 "`torch.linspace(-3, 3, 10).reshape(5, 2)` and `[[100., -100.], [-100., 100.]]`."),
    hints=[Bi(hi="हर partial derivative में दूसरे variable को स्थिर मानिए। `points[:, 0]` x₁ है और `points[:, 1]` x₂।",
              en="In each partial derivative, hold the other variable fixed. `points[:, 0]` is x₁ and `points[:, 1]` is x₂."),
           Bi(hi="∂f/∂x₁ = 2x₁x₂; ∂f/∂x₂ में x₁² और sin का derivative आते हैं। दोनों column को "
                 "`torch.stack([..., ...], dim=1)` से जोड़िए।",
              en="∂f/∂x₁ = 2x₁x₂; ∂f/∂x₂ takes x₁² and the derivative of sin. Join the two columns with "
                 "`torch.stack([..., ...], dim=1)`.")])

q14 = Question(
    "02.14", "q14", Function(_neurons, atol=1e-5, rtol=1e-4, forbidden=("backward", "grad")),
    prompt=Bi(hi="अभ्यास: section 5 का neuron, z = w·x + b, a = σ(z), L = (a − y)²। `dL_dw(x, w, b, y)` लिखें, जो "
                 "chain rule से, local derivative को गुणा करके, हर तत्व पर ∂L/∂w लौटाए (autograd, यानी `backward()` या "
                 "`torch.autograd.grad`, के बिना)। चारों input बराबर shape के tensor हैं। जाँच तीन सेट पर होगी: section 5 "
                 "के मान (1.5, −0.8, 0.3, 1); x = `torch.linspace(-2, 2, 5)` के साथ मिले-जुले मान; और saturated neuron, "
                 "x = [100, −100, 100], w = [1, 1, −1], b = 0, y = [0, 1, 1]।",
              en="Exercise: the neuron of section 5, z = w·x + b, a = σ(z), L = (a − y)². Write `dL_dw(x, w, b, y)`, which "
                 "returns ∂L/∂w for every element by the chain rule, multiplying local derivatives (without autograd, that "
                 "is without `backward()` or `torch.autograd.grad`). All four inputs are tensors of the same shape. It is "
                 "checked on three sets: the values of section 5 (1.5, −0.8, 0.3, 1); mixed values with x = "
                 "`torch.linspace(-2, 2, 5)`; and saturated neurons, x = [100, −100, 100], w = [1, 1, −1], b = 0, y = [0, 1, 1]."),
    hints=[Bi(hi="Chain rule: ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w। Section 5 के तीनों local derivative लिखिए।",
              en="Chain rule: ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w. Write down the three local derivatives of section 5."),
           Bi(hi="पहले z और a = torch.sigmoid(z) निकालिए; sigmoid का derivative a से लिखा जा सकता है: a(1 − a)। "
                 "σ′ को exp से लिखेंगे तो z = −100 पर exp(100) float32 में inf हो जाता है।",
              en="First compute z and a = torch.sigmoid(z); sigmoid's derivative can be written with a: a(1 − a). "
                 "If you write σ′ with exp, exp(100) at z = −100 becomes inf in float32.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14]
