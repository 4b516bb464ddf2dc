"""Chapter 02's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch


# ---- q2: f(x) = x³ → f′(x)
def f_prime(x):
    return 3 * x**2


def f_prime_autograd(x):
    x = x.clone().requires_grad_(True)
    (x**3).sum().backward()
    return x.grad


def f_prime_forgot_square(x):
    return 3 * x


def f_prime_forgot_factor(x):
    return x**2


def f_prime_power_not_lowered(x):
    return 3 * x**3


# ---- q12: the central difference of sin, h = 1e-4, without cos
def cos_reference(x):
    return torch.cos(x.double())


def slope_of_sin(x):
    x, h = x.double(), 1e-4
    return (torch.sin(x + h) - torch.sin(x - h)) / (2 * h)


def slope_of_sin_float32(x):
    h = 1e-4
    return (torch.sin(x + h) - torch.sin(x - h)) / (2 * h)


def slope_of_sin_forward(x):
    x, h = x.double(), 1e-4
    return (torch.sin(x + h) - torch.sin(x)) / h


def slope_of_sin_with_cos(x):
    return torch.cos(x)


def slope_of_sin_method_cos(x):
    return x.cos()


def slope_of_sin_forgot_2(x):
    x, h = x.double(), 1e-4
    return (torch.sin(x + h) - torch.sin(x - h)) / h


# ---- q13: the gradient of f(x₁, x₂) = x₁²·x₂ + sin(x₂)
def gradient_of_f(points):
    x1, x2 = points[:, 0], points[:, 1]
    return torch.stack([2 * x1 * x2, x1**2 + torch.cos(x2)], dim=1)


def gradient_of_f_autograd(points):
    p = points.clone().requires_grad_(True)
    (p[:, 0] ** 2 * p[:, 1] + torch.sin(p[:, 1])).sum().backward()
    return p.grad


def gradient_of_f_swapped(points):
    x1, x2 = points[:, 0], points[:, 1]
    return torch.stack([x1**2 + torch.cos(x2), 2 * x1 * x2], dim=1)


def gradient_of_f_forgot_x1_squared(points):
    x1, x2 = points[:, 0], points[:, 1]
    return torch.stack([2 * x1 * x2, torch.cos(x2)], dim=1)


def gradient_of_f_only_first(points):
    return 2 * points[:, 0] * points[:, 1]


def gradient_of_f_rows_joined(points):
    x1, x2 = points[:, 0], points[:, 1]
    return torch.cat([2 * x1 * x2, x1**2 + torch.cos(x2)])


# ---- q14: ∂L/∂w for z = w·x + b, a = σ(z), L = (a − y)², by the chain rule
def dL_dw(x, w, b, y):
    a = torch.sigmoid(w * x + b)
    return 2 * (a - y) * a * (1 - a) * x


def dL_dw_exp_but_stable(x, w, b, y):
    a = 1 / (1 + torch.exp(-(w * x + b)))       # exp(100) = inf gives a = 0: no NaN
    return 2 * (a - y) * a * (1 - a) * x


def dL_dw_autograd(x, w, b, y):
    w = w.clone().requires_grad_(True)
    ((torch.sigmoid(w * x + b) - y) ** 2).sum().backward()
    return w.grad


def dL_dw_torch_autograd_grad(x, w, b, y):
    w = w.clone().requires_grad_(True)
    (grad,) = torch.autograd.grad(((torch.sigmoid(w * x + b) - y) ** 2).sum(), w)
    return grad


def dL_dw_is_dL_db(x, w, b, y):
    a = torch.sigmoid(w * x + b)
    return 2 * (a - y) * a * (1 - a)


def dL_dw_sigma_not_its_slope(x, w, b, y):
    a = torch.sigmoid(w * x + b)
    return 2 * (a - y) * a * x


def dL_dw_overflows(x, w, b, y):
    z = w * x + b
    a = 1 / (1 + torch.exp(-z))
    slope = torch.exp(-z) / (1 + torch.exp(-z)) ** 2
    return 2 * (a - y) * slope * x


def dL_dw_sign_flipped(x, w, b, y):
    a = torch.sigmoid(w * x + b)
    return 2 * (y - a) * a * (1 - a) * x


KEY = {
    "02.1": dict(
        answer="C", right=["C", "c", " (C) "], wrong=["A", "B", "D"], unreadable=["E", 3, None],
        explanation=("∂L/∂w बताता है कि w ज़रा-सा बदलने पर L किस दर से बदलता है। ऋणात्मक हो तो w बढ़ाने से loss घटता है, "
                     "धनात्मक हो तो घटाने से। Learning rate (B) आप ख़ुद चुनते हैं, और derivative backward pass में बनता है, "
                     "forward pass (D) में नहीं।",
                     "∂L/∂w says at what rate L changes when w changes a little. If it is negative, raising w lowers the loss; "
                     "if positive, lowering w does. The learning rate (B) is chosen by you, and the derivative is made in the "
                     "backward pass, not the forward pass (D)."),
        solution=("**C.** Derivative loss के बदलने की दर है, weight के सापेक्ष; उसका चिह्न बताता है कि weight बढ़ाएँ या "
                  "घटाएँ, और gradient descent उसी के विरुद्ध कदम रखता है।",
                  "**C.** The derivative is the rate at which the loss changes with respect to a weight; its sign says whether "
                  "to raise or lower the weight, and gradient descent steps against it.")),
    "02.2": dict(
        reference=f_prime, right=[f_prime, f_prime_autograd, lambda x: 3 * x * x],
        wrong=[f_prime_forgot_square, f_prime_forgot_factor, f_prime_power_not_lowered, lambda x: x**3],
        unreadable=["3x**2", 27],
        explanation=("Power rule: d/dx xⁿ = n·xⁿ⁻¹, तो d/dx x³ = 3x²। x = ±100 पर यह 30000 है।",
                     "Power rule: d/dx xⁿ = n·xⁿ⁻¹, so d/dx x³ = 3x². At x = ±100 it is 30000."),
        solution=("```python\ndef f_prime(x):\n    return 3 * x * x\n```\nPower rule: घात 3 नीचे आती है और घात 2 रह जाती है "
                  "(`3 * x.pow(2)` भी सही है)।",
                  "```python\ndef f_prime(x):\n    return 3 * x * x\n```\nPower rule: the power 3 comes down and the power 2 remains "
                  "(`3 * x.pow(2)` is right too).")),
    "02.3": dict(
        answer=27, right=[27, 27.0, torch.tensor(27.0), 27.004, [27]], wrong=[9, 81, 54, 18, 26.99],
        unreadable=["tensor(27.)", "27", None],
        explanation=("dy/dx = 3x² = 3·9 = 27; `print(x.grad)` इसे `tensor(27.)` के रूप में छापता है।",
                     "dy/dx = 3x² = 3·9 = 27; `print(x.grad)` prints it as `tensor(27.)`."),
        solution=("y = x³ → dy/dx = 3x², x = 3 पर 3·3² = **27**। Output: `tensor(27.)`।",
                  "y = x³ → dy/dx = 3x², at x = 3: 3·3² = **27**. Output: `tensor(27.)`.")),
    "02.4": dict(
        answer=7, right=[7, 7.0, torch.tensor(7.0)], wrong=[11, 4, 3, 5, 6.98],
        unreadable=["7", "tensor(7.)"],
        explanation=("dy/dx = 2x + 3, x = 2 पर 7। 11 तो y का मान है (4 + 6 + 1), derivative नहीं।",
                     "dy/dx = 2x + 3, which is 7 at x = 2. 11 is the value of y (4 + 6 + 1), not its derivative."),
        solution=("y = x² + 3x + 1 → dy/dx = 2x + 3 = 2·2 + 3 = **7**। Output: `tensor(7.)`।",
                  "y = x² + 3x + 1 → dy/dx = 2x + 3 = 2·2 + 3 = **7**. Output: `tensor(7.)`.")),
    "02.5": dict(
        answer="A", right=["A", "a"], wrong=["B", "C", "D"], unreadable=["chain", 1],
        explanation=("(2x+1)² पर आज़माइए: f′(g(x))·g′(x) = 2(2x+1)·2, जो autograd से मेल खाता है। C और D यहाँ "
                     "ग़लत मान देते हैं, और B गुणनफल का ग़लत नियम है।",
                     "Try it on (2x+1)²: f′(g(x))·g′(x) = 2(2x+1)·2, which matches autograd. C and D give wrong values "
                     "here, and B is a wrong rule for a product."),
        solution=("**A.** Chain rule nested function के लिए है: बाहरी फलन का derivative, भीतरी फलन के मान पर, "
                  "गुणा भीतरी फलन का derivative।",
                  "**A.** The chain rule is for a nested function: the outer function's derivative, at the inner function's "
                  "value, times the inner function's derivative.")),
    "02.6": dict(
        answer="D", right=["D", " d "], wrong=["A", "B", "C"], unreadable=["sigmoid", 4],
        explanation=("σ(w·x + b) में w पहले भीतरी फलन z = w·x + b में जाता है और फिर sigmoid में: "
                     "∂a/∂w = σ′(z)·x। Network की हर layer ऐसा ही nested function है।",
                     "In σ(w·x + b), w first enters the inner function z = w·x + b and then the sigmoid: "
                     "∂a/∂w = σ′(z)·x. Every layer of a network is such a nested function."),
        solution=("**D.** बाक़ी: A power rule और योग, B = x⁷ (power rule), C = x (w का स्थिर गुणक)।",
                  "**D.** The others: A is the power rule and sums, B = x⁷ (power rule), C = x (a constant factor of w).")),
    "02.7": dict(
        answer=28, right=[28, 28.0, torch.tensor(28.0)], wrong=[14, 49, 7, 56, 12],
        unreadable=["28", "tensor(28.)"],
        explanation=("Chain rule: 2(2x + 1)·2; x = 3 पर 2·7·2 = 28। 14 तब आता है जब भीतरी derivative 2 छूट जाए।",
                     "Chain rule: 2(2x + 1)·2; at x = 3, 2·7·2 = 28. 14 comes out when the inner derivative 2 is forgotten."),
        solution=("y = (2x + 1)² → dy/dx = 2(2x + 1)·2 = 2·7·2 = **28**। Output: `tensor(28.)`।",
                  "y = (2x + 1)² → dy/dx = 2(2x + 1)·2 = 2·7·2 = **28**. Output: `tensor(28.)`.")),
    "02.8": dict(
        answer="B", right=["B", "b"], wrong=["A", "C", "D"], unreadable=["backward", 2],
        explanation=("`loss.backward()` computational graph में L से पीछे चलकर हर node पर local derivative गुणा करता है: "
                     "यही chain rule है। `optimizer.step()` (C) सिर्फ़ बने हुए gradient इस्तेमाल करता है।",
                     "`loss.backward()` walks back through the computational graph from L and multiplies a local derivative at "
                     "every node: that is the chain rule. `optimizer.step()` (C) only uses the finished gradients."),
        solution=("**B.** Backward pass (backpropagation) में chain rule, loss से पहली layer तक, हर weight का gradient "
                  "देता है।",
                  "**B.** In the backward pass (backpropagation), the chain rule gives every weight's gradient, from the "
                  "loss back to the first layer.")),
    "02.9": dict(
        answer="A", right=["A"], wrong=["B", "C", "D"], unreadable=["gradient", 0],
        explanation=("Gradient सबसे तेज़ वृद्धि की दिशा है, इसलिए D ग़लत है (सबसे तेज़ कमी −∇f की दिशा में है)। वह न्यूनतम बिंदु की ओर भी "
                     "नहीं जाता (B): लंबोतरे कटोरे पर लगभग 30° का फ़र्क़ मापा गया। और वह एक vector है, औसत नहीं (C)।",
                     "The gradient is the direction of fastest increase, so D is false (the decrease is along −∇f). It does not "
                     "aim at the minimum either (B): on the stretched bowl it missed by about 30°. And it is a vector, not an "
                     "average (C)."),
        solution=("**A.** ∇L = (∂L/∂w₁, ∂L/∂w₂, …): सबसे तेज़ वृद्धि की दिशा; training w ← w − η∇L से उसके विरुद्ध चलती है।",
                  "**A.** ∇L = (∂L/∂w₁, ∂L/∂w₂, …): the direction of fastest increase; training moves against it with "
                  "w ← w − η∇L.")),
    "02.10": dict(
        answer=12, right=[12, 12.0, torch.tensor(12.0)], wrong=[8, 24, 4, 16],
        unreadable=["12", "2*x1*x2"],
        explanation=("∂f/∂x₂ = 2x₁x₂ = 2·3·2 = 12। 8 तो ∂f/∂x₁ = x₂² + 4 है, और 24 f का अपना मान।",
                     "∂f/∂x₂ = 2x₁x₂ = 2·3·2 = 12. 8 is ∂f/∂x₁ = x₂² + 4, and 24 is the value of f itself."),
        solution=("x₁ स्थिर: ∂/∂x₂ (x₁·x₂²) = 2x₁x₂ और ∂/∂x₂ (4x₁) = 0; (3, 2) पर 2·3·2 = **12**।",
                  "x₁ fixed: ∂/∂x₂ (x₁·x₂²) = 2x₁x₂ and ∂/∂x₂ (4x₁) = 0; at (3, 2), 2·3·2 = **12**.")),
    "02.11": dict(
        answer=15, right=[15, 15.0, torch.tensor(15.0)], wrong=[5, 10, 6, 18],
        unreadable=["tensor(15.)", "15"],
        explanation=("हर backward x.grad में 2x + 1 = 5 **जोड़ता** है: 5 + 5 + 5 = 15। इसीलिए training हर कदम से पहले "
                     "`optimizer.zero_grad()` चलाती है।",
                     "Each backward **adds** 2x + 1 = 5 to x.grad: 5 + 5 + 5 = 15. That is why training runs "
                     "`optimizer.zero_grad()` before every step."),
        solution=("dy/dx = 2x + 1 = 5; तीन backward, gradient जुड़ते हैं: **15**। Output: `tensor(15.)`।",
                  "dy/dx = 2x + 1 = 5; three backwards, and gradients accumulate: **15**. Output: `tensor(15.)`.")),
    "02.12": dict(
        reference=cos_reference, right=[slope_of_sin],
        wrong=[slope_of_sin_float32, slope_of_sin_forward, slope_of_sin_with_cos, slope_of_sin_method_cos,
               slope_of_sin_forgot_2, torch.sin],
        unreadable=[1e-4],
        explanation=("float64 में central difference की त्रुटि ज़्यादा से ज़्यादा h²/6 ≈ 2e-9 है। Forward difference की त्रुटि "
                     "h/2 ≈ 5e-5 तक जाती है, और float32 में rounding error इन input पर लगभग 1e-2 तक: दोनों 1e-6 से बहुत बड़े।",
                     "In float64 the central difference's error is at most h²/6 ≈ 2e-9. The forward difference's error goes up "
                     "to h/2 ≈ 5e-5, and in float32 the rounding error reaches about 1e-2 on these inputs: both far above 1e-6."),
        solution=("```python\ndef slope_of_sin(x):\n    x, h = x.double(), 1e-4\n    return (torch.sin(x + h) - torch.sin(x - h)) / (2 * h)\n```\n"
                  "`x.double()` ज़रूरी है: float32 में यही सूत्र rounding error से बिगड़ जाता है।",
                  "```python\ndef slope_of_sin(x):\n    x, h = x.double(), 1e-4\n    return (torch.sin(x + h) - torch.sin(x - h)) / (2 * h)\n```\n"
                  "`x.double()` matters: in float32 the same formula is ruined by rounding error.")),
    "02.13": dict(
        reference=gradient_of_f, right=[gradient_of_f, gradient_of_f_autograd],
        wrong=[gradient_of_f_swapped, gradient_of_f_forgot_x1_squared, gradient_of_f_only_first,
               gradient_of_f_rows_joined],
        unreadable=[[2.0, 1.0]],
        explanation=("∂f/∂x₁ = 2x₁x₂ (x₂ स्थिर) और ∂f/∂x₂ = x₁² + cos x₂ (x₁ स्थिर)। Autograd से भी यही मिलता है: "
                     "`p.requires_grad_()`, f का `.sum()`, फिर `backward()`।",
                     "∂f/∂x₁ = 2x₁x₂ (x₂ fixed) and ∂f/∂x₂ = x₁² + cos x₂ (x₁ fixed). Autograd gives the same: "
                     "`p.requires_grad_()`, the `.sum()` of f, then `backward()`."),
        solution=("```python\ndef gradient_of_f(points):\n    x1, x2 = points[:, 0], points[:, 1]\n"
                  "    return torch.stack([2 * x1 * x2, x1 * x1 + torch.cos(x2)], dim=1)\n```\n"
                  "पहला column ∂f/∂x₁ = 2x₁x₂, दूसरा ∂f/∂x₂ = x₁² + cos x₂; `dim=1` उन्हें हर row में साथ रखता है।",
                  "```python\ndef gradient_of_f(points):\n    x1, x2 = points[:, 0], points[:, 1]\n"
                  "    return torch.stack([2 * x1 * x2, x1 * x1 + torch.cos(x2)], dim=1)\n```\n"
                  "The first column is ∂f/∂x₁ = 2x₁x₂, the second ∂f/∂x₂ = x₁² + cos x₂; `dim=1` puts them side by side in each row.")),
    "02.14": dict(
        reference=dL_dw, right=[dL_dw, dL_dw_exp_but_stable],
        wrong=[dL_dw_autograd, dL_dw_torch_autograd_grad, dL_dw_is_dL_db, dL_dw_sigma_not_its_slope,
               dL_dw_overflows, dL_dw_sign_flipped],
        unreadable=[-0.438],
        explanation=("∂L/∂w = 2(a − y) · a(1 − a) · x। Saturated neuron (|z| = 100) पर a(1 − a) ≈ 0, तो gradient भी ≈ 0: "
                     "अध्याय 06 का vanishing gradient यहीं से आता है।",
                     "∂L/∂w = 2(a − y) · a(1 − a) · x. For a saturated neuron (|z| = 100), a(1 − a) ≈ 0, so the gradient is "
                     "≈ 0 too: that is where chapter 06's vanishing gradient comes from."),
        solution=("```python\ndef dL_dw(x, w, b, y):\n    a = torch.sigmoid(w * x + b)          # forward: z, then a = σ(z)\n"
                  "    dL_da, da_dz, dz_dw = 2 * (a - y), a * (1 - a), x\n    return dL_da * da_dz * dz_dw\n```\n"
                  "तीन local derivative का गुणनफल: ∂L/∂a = 2(a − y), ∂a/∂z = a(1 − a), ∂z/∂w = x।",
                  "```python\ndef dL_dw(x, w, b, y):\n    a = torch.sigmoid(w * x + b)          # forward: z, then a = σ(z)\n"
                  "    dL_da, da_dz, dz_dw = 2 * (a - y), a * (1 - a), x\n    return dL_da * da_dz * dz_dw\n```\n"
                  "The product of three local derivatives: ∂L/∂a = 2(a − y), ∂a/∂z = a(1 − a), ∂z/∂w = x.")),
}
