"""Chapter 06's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch


def sigmoid_slope(x):
    """The reference for q7: sigmoid's derivative, as autograd computes it."""
    x = x.clone().requires_grad_(True)
    (slope,) = torch.autograd.grad(torch.sigmoid(x).sum(), x)
    return slope


def relu(x):
    return torch.clamp(x, min=0)


def relu_forgot_return(x):
    torch.clamp(x, min=0)


def relu_in_place(x):
    return x.clamp_(min=0)


def relu_abs(x):
    return torch.abs(x)


def sigmoid(x):
    return 1 / (1 + torch.exp(-x))


def sigmoid_unstable(x):
    return torch.exp(x) / (1 + torch.exp(x))


def sigmoid_crashes(x):
    return 1 / (1 + math_exp(-x))  # noqa: F821  (a typo a student makes: NameError)


def sigmoid_derivative(x):
    s = torch.sigmoid(x)
    return s * (1 - s)


def sigmoid_derivative_wrong(x):
    return torch.sigmoid(x) * (1 + torch.sigmoid(x))


def sigmoid_derivative_overflows(x):
    """Mathematically right, but exp(100) = inf in float32: inf / inf = NaN at x = -100."""
    return torch.exp(-x) / (1 + torch.exp(-x)) ** 2


KEY = {
    "06.1": dict(answer="B", explanation=('tanh(x) = 2·sigmoid(2x) − 1: वही S-आकार, (−1, 1) तक फैला और 0 पर केंद्रित। बड़े |x| पर दोनों saturate होते हैं (इसलिए C ग़लत है), और sigmoid 0 पर नहीं, 0.5 पर केंद्रित है (इसलिए D ग़लत है)।',
                              'tanh(x) = 2·sigmoid(2x) − 1: the same S-shape, stretched to (−1, 1) and centred at 0. Both saturate for large |x| (which is why C is false), and sigmoid is centred at 0.5, not 0 (which is why D is false).'),
                 right=["B", "b", " (B) "], wrong=["A", "C", "D"], unreadable=[2, "E", None],
                 solution=("**B.** Sigmoid: (0, 1), tanh: (−1, 1)। tanh शून्य-केंद्रित है: tanh(0) = 0, जबकि σ(0) = 0.5। "
                           "दोनों बड़े |x| पर saturate होते हैं।",
                           "**B.** Sigmoid: (0, 1), tanh: (−1, 1). tanh is zero-centred: tanh(0) = 0, while σ(0) = 0.5. "
                           "Both saturate for large |x|.")),
    "06.2": dict(reference=torch.relu, explanation=('ReLU(x) = max(0, x)। इसका derivative x > 0 पर 1 और x < 0 पर 0 है; x = 0 पर PyTorch 0 लेता है।',
                              'ReLU(x) = max(0, x). Its derivative is 1 for x > 0 and 0 for x < 0; at x = 0 PyTorch uses 0.'),
                 right=[relu, lambda x: torch.where(x > 0, x, torch.zeros_like(x))],
                 wrong=[relu_forgot_return, relu_in_place, relu_abs, torch.sigmoid, torch.relu,
                        torch.nn.functional.relu, torch.nn.ReLU(), lambda x: torch.relu(x),
                        lambda x: torch.clamp(x, min=0) * 1.00009], unreadable=[3],
                 solution=("```python\ndef relu(x):\n    return torch.clamp(x, min=0)\n```\nऋणात्मक मान 0 पर कट जाते हैं।",
                           "```python\ndef relu(x):\n    return torch.clamp(x, min=0)\n```\nNegative values are clipped at 0.")),
    "06.3": dict(answer="C", explanation=('Gradient 0 होने से weight update नहीं होते, इसलिए neuron फँसा रहता है। एक उदाहरण पर ऋणात्मक input से कुछ नहीं बिगड़ता (इसलिए A ग़लत है): बाक़ी उदाहरण gradient देते रहते हैं। Leaky ReLU, छोटा learning rate और अच्छा initialization इससे बचाते हैं।',
                              'A zero gradient means no weight update, so the neuron stays stuck. A negative input on one example does no harm (A is false): the other examples still give a gradient. Leaky ReLU, a smaller learning rate and good initialization prevent it.'),
                 right=["C", " c"], wrong=["A", "B", "D"], unreadable=["dying", 3],
                 solution=("**C.** ऋणात्मक z पर ReLU का derivative 0 है; जिस neuron का input *हर* उदाहरण पर ऋणात्मक हो, "
                           "उसे किसी उदाहरण से gradient नहीं मिलता, इसलिए उसके weight नहीं बदलते।",
                           "**C.** ReLU's derivative is 0 for negative z; a neuron whose input is negative on *every* "
                           "example gets a gradient from no example, so its weights do not change.")),
    "06.4": dict(answer=0, explanation=('ReLU(−3) = max(0, −3) = 0: हर ऋणात्मक input शून्य बन जाता है।',
                              'ReLU(−3) = max(0, −3) = 0: every negative input becomes zero.'),
                 right=[0, 0.0, -0.0, torch.tensor(0.0), 0.004], wrong=[-3, 3, 1, 0.02], unreadable=["0", True, float("nan")],
                 solution=("ReLU(−3) = max(0, −3) = **0**।", "ReLU(−3) = max(0, −3) = **0**.")),
    "06.5": dict(answer=torch.tanh(torch.tensor([-1.0, 0.0, 1.0])), explanation=('tensor([-0.7616, 0.0000, 0.7616]): output शून्य-केंद्रित है और (−1, 1) के भीतर रहता है।',
                              'tensor([-0.7616, 0.0000, 0.7616]): the output is zero-centred and stays inside (−1, 1).'),
                 right=[torch.tensor([-0.7616, 0.0, 0.7616]), [-0.762, 0, 0.762]],
                 wrong=[torch.tensor([-1.0, 0.0, 1.0]), [0.7616, 0.0, 0.7616], [-0.7616, 0.7616],
                        torch.tensor([[-0.7616, 0.0, 0.7616]])],
                 unreadable=["tensor([-0.76, 0, 0.76])", torch.tensor([-0.7616, 0.0, 0.7616]) + 1j,
                             torch.tensor([-0.7616, 0.0, 0.7616]).to_sparse()],
                 solution=("`tensor([-0.7616, 0.0000, 0.7616])`: tanh(±1) = ±0.7616 और tanh(0) = 0।",
                           "`tensor([-0.7616, 0.0000, 0.7616])`: tanh(±1) = ±0.7616 and tanh(0) = 0.")),
    "06.6": dict(reference=torch.sigmoid, explanation=('1 / (1 + exp(−x)) में exp(−x) बहुत बड़ा होने पर भी परिणाम 0 ही आता है, NaN नहीं।',
                              'In 1 / (1 + exp(−x)), a huge exp(−x) still gives 0, never NaN.'),
                 right=[sigmoid], wrong=[sigmoid_unstable, sigmoid_crashes, torch.tanh, torch.sigmoid,
                                                    lambda x: torch.sigmoid(x)], unreadable=[0.5],
                 solution=("```python\ndef sigmoid(x):\n    return 1 / (1 + torch.exp(-x))\n```\nयह रूप बड़े |x| पर भी NaN नहीं देता।",
                           "```python\ndef sigmoid(x):\n    return 1 / (1 + torch.exp(-x))\n```\nThis form gives no NaN even for large |x|.")),
    "06.7": dict(reference=sigmoid_slope, explanation=('σ′(x) = σ(x)(1 − σ(x)): बड़े |x| पर यह लगभग 0 है, यही saturation है। σ(x) कभी overflow नहीं होता, जबकि exp(−x) / (1 + exp(−x))² जैसा रूप x = −100 पर inf / inf = NaN देता है।',
                              'σ′(x) = σ(x)(1 − σ(x)): nearly 0 for large |x|, which is saturation. σ(x) never overflows, while a form like exp(−x) / (1 + exp(−x))² gives inf / inf = NaN at x = −100.'),
                 right=[sigmoid_derivative], wrong=[sigmoid_derivative_wrong, sigmoid_derivative_overflows, torch.sigmoid],
                 unreadable=["s*(1-s)"],
                 solution=("```python\ndef sigmoid_derivative(x):\n    s = torch.sigmoid(x)\n    return s * (1 - s)\n```\n"
                           "σ′(x) = σ(x)(1 − σ(x))।",
                           "```python\ndef sigmoid_derivative(x):\n    s = torch.sigmoid(x)\n    return s * (1 - s)\n```\n"
                           "σ′(x) = σ(x)(1 − σ(x)).")),
    "06.8": dict(answer=0.25, explanation=('σ′ का अधिकतम 0.25 है, इसलिए 10 sigmoid layer से गुज़रकर, सिर्फ़ activation के derivative के कारण, gradient अपने परिमाण का अधिक से अधिक 0.25¹⁰ ≈ 10⁻⁶ गुना रह जाता है (weight का असर अलग)।',
                              'σ′ is at most 0.25, so through 10 sigmoid layers the activation derivatives alone scale a gradient by at most 0.25¹⁰ ≈ 10⁻⁶ (the weights aside).'),
                 right=[0.25, 1 / 4, 0.249], wrong=[0.5, 1, 0.1], unreadable=[[0.25, 0.25]],
                 solution=("σ′(0) = ½ · ½ = **0.25**।", "σ′(0) = ½ · ½ = **0.25**.")),
    "06.9": dict(answer="D", explanation=('पीछे के हर कदम पर gradient दो गुणकों से गुणा होता है: weight का पैमाना (default में 1/√3) और f′(z)। tanh के z छोटे थे, इसलिए tanh′ ≈ 1; ReLU′ लगभग आधे z पर 0 है, इसलिए उसका rms लगभग √½ ≈ 0.71। A ग़लत है: उस प्रयोग में कोई training नहीं हुई। B ग़लत है: धनात्मक z पर ReLU saturate नहीं होता। C, ReLU के बारे में सच है, पर वह gradient के चिह्न की बात है, उसके परिमाण की नहीं।',
                              'Each step back multiplies the gradient by two factors: the weight scale (1/√3 with the default) and f′(z). tanh\'s z were small, so tanh′ ≈ 1; ReLU′ is 0 on about half of the z, so its rms is about √½ ≈ 0.71. A is wrong: that experiment trained nothing. B is wrong: ReLU does not saturate for positive z. C is true of ReLU, but it is about the sign of the gradient, not its size.'),
                 right=["D", "d", " (D) "], wrong=["A", "B", "C"], unreadable=[4, "E", None],
                 solution=("**D.** Default initialization में weight का पैमाना √n·std(W) = 1/√3 है, और ReLU′ लगभग आधे z पर 0 है; "
                           "दोनों मिलकर हर कदम पर gradient को tanh से ज़्यादा घटाते हैं। He initialization (पैमाना √2) इसी आधे "
                           "हिस्से की भरपाई करता है।",
                           "**D.** With the default initialization the weight scale √n·std(W) is 1/√3, and ReLU′ is 0 on about "
                           "half of the z; together they shrink the gradient more at every step than tanh's factors do. He "
                           "initialization (scale √2) makes up for exactly that half.")),
}
