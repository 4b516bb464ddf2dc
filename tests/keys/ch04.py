"""Chapter 04's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch

# ---------------------------------------------------------------- 04.8: gradient descent on the valley ½(w₁² + 100 w₂²)


def gradient_descent(w0, lr, steps):
    points = [w0]
    for step in range(steps):
        w = points[-1]
        gradient = torch.stack([w[0], 100 * w[1]])      # ∇L = (w₁, 100 w₂)
        points.append(w - lr * gradient)
    return torch.stack(points)


def gradient_descent_autograd(w0, lr, steps):
    w = w0.clone().requires_grad_(True)
    points = [w0.clone()]
    for _ in range(steps):
        loss = 0.5 * (w[0] ** 2 + 100 * w[1] ** 2)
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
        w.grad = None
        points.append(w.detach().clone())
    return torch.stack(points)


def gradient_descent_vectorised(w0, lr, steps):
    curvature = torch.tensor([1.0, 100.0])
    points = [w0]
    for _ in range(steps):
        points.append(points[-1] * (1 - lr * curvature))
    return torch.stack(points)


def descent_last_point_only(w0, lr, steps):
    return gradient_descent(w0, lr, steps)[-1]


def descent_without_start(w0, lr, steps):
    return gradient_descent(w0, lr, steps)[1:]


def gradient_ascent(w0, lr, steps):
    return gradient_descent(w0, -lr, steps)


def descent_forgets_the_100(w0, lr, steps):
    points = [w0]
    for _ in range(steps):
        points.append(points[-1] - lr * points[-1])
    return torch.stack(points)


def descent_forgets_the_half(w0, lr, steps):
    points = [w0]
    for _ in range(steps):
        w = points[-1]
        points.append(w - lr * torch.stack([2 * w[0], 200 * w[1]]))
    return torch.stack(points)


def descent_in_place(w0, lr, steps):
    points = [w0.clone()]
    for _ in range(steps):
        w0 -= lr * torch.stack([w0[0], 100 * w0[1]])
        points.append(w0.clone())
    return torch.stack(points)


def descent_forgot_return(w0, lr, steps):
    gradient_descent(w0, lr, steps)


# ---------------------------------------------------------------- 04.9: momentum buffers, as torch.optim.SGD keeps them


def momentum_buffers_torch(grads, mu):
    theta = torch.zeros(grads.shape[1], requires_grad=True)
    optimizer = torch.optim.SGD([theta], lr=0.1, momentum=mu)
    buffers = []
    for g in grads:
        theta.grad = g.clone()
        optimizer.step()
        # with momentum=0 PyTorch keeps no buffer: its step then uses g itself
        buffers.append(optimizer.state[theta].get("momentum_buffer", g).clone())
    return torch.stack(buffers)


def momentum_buffers(grads, mu):
    m = torch.zeros_like(grads[0])
    out = []
    for g in grads:
        m = mu * m + g
        out.append(m)
    return torch.stack(out)


def momentum_average(grads, mu):
    m = torch.zeros_like(grads[0])
    out = []
    for g in grads:
        m = mu * m + (1 - mu) * g
        out.append(m)
    return torch.stack(out)


def momentum_no_memory(grads, mu):
    return grads.clone()


def momentum_last_only(grads, mu):
    return momentum_buffers(grads, mu)[-1]


# ---------------------------------------------------------------- 04.10: Adam's parameter changes, as torch.optim.Adam makes them


def adam_updates_torch(grads, lr):
    theta = torch.zeros(grads.shape[1], requires_grad=True)
    optimizer = torch.optim.Adam([theta], lr=lr)
    changes = []
    for g in grads:
        before = theta.detach().clone()
        theta.grad = g.clone()
        optimizer.step()
        changes.append(theta.detach() - before)
    return torch.stack(changes)


def adam_updates(grads, lr, beta1=0.9, beta2=0.999, eps=1e-8, correct=True, eps_inside=False):
    m, v, out = torch.zeros_like(grads[0]), torch.zeros_like(grads[0]), []
    for t, g in enumerate(grads, start=1):
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g ** 2
        m_hat = m / (1 - beta1 ** t) if correct else m
        v_hat = v / (1 - beta2 ** t) if correct else v
        denominator = (v_hat + eps).sqrt() if eps_inside else v_hat.sqrt() + eps
        out.append(-lr * m_hat / denominator)
    return torch.stack(out)


def adam_without_bias_correction(grads, lr):
    return adam_updates(grads, lr, correct=False)


def adam_eps_inside_the_root(grads, lr):
    return adam_updates(grads, lr, eps_inside=True)


def adam_positions_not_changes(grads, lr):
    return adam_updates(grads, lr).cumsum(0)


def adam_wrong_sign(grads, lr):
    return -adam_updates(grads, lr)


DESCENT_CODE = ("```python\ndef gradient_descent(w0, lr, steps):\n    points = [w0]\n    for k in range(steps):\n"
                "        w = points[-1]\n        gradient = torch.stack([w[0], 100 * w[1]])      # ∇L = (w₁, 100 w₂)\n"
                "        points.append(w - lr * gradient)\n    return torch.stack(points)\n```")
MOMENTUM_CODE = ("```python\ndef momentum_buffers(grads, mu):\n    m = torch.zeros_like(grads[0])\n    out = []\n"
                 "    for g in grads:\n        m = mu * m + g          # m ← μ m + g\n        out.append(m)\n"
                 "    return torch.stack(out)\n```")
ADAM_CODE = ("```python\ndef adam_updates(grads, lr, beta1=0.9, beta2=0.999, eps=1e-8):\n"
             "    m, v, out = torch.zeros_like(grads[0]), torch.zeros_like(grads[0]), []\n"
             "    for t, g in enumerate(grads, start=1):\n        m = beta1 * m + (1 - beta1) * g\n"
             "        v = beta2 * v + (1 - beta2) * g * g\n        m_hat = m / (1 - pow(beta1, t))\n"
             "        v_hat = v / (1 - pow(beta2, t))\n        out.append(-lr * m_hat / (v_hat.sqrt() + eps))\n"
             "    return torch.stack(out)\n```")


KEY = {
    "04.1": dict(answer="C",
                 explanation=("Gradient loss के सबसे तेज़ **बढ़ने** की दिशा है, इसलिए कदम उसकी उल्टी दिशा में लिया जाता है: "
                              "$\\theta \\leftarrow \\theta - \\eta \\nabla L$। Gradient निकालना backpropagation का काम है (A); "
                              "gradient की दिशा में चलने से loss बढ़ता है (B); random खोज (D) लाखों weight में बहुत धीमी है।",
                              "The gradient is the direction in which the loss **increases** fastest, so the step goes against it: "
                              "$\\theta \\leftarrow \\theta - \\eta \\nabla L$. Computing the gradient is backpropagation's job (A); "
                              "moving along the gradient raises the loss (B); random search (D) is hopelessly slow with millions of weights."),
                 right=["C", "c", " (C) "], wrong=["A", "B", "D"], unreadable=["E", 3, None],
                 solution=("**C.** हर कदम: $\\theta \\leftarrow \\theta - \\eta \\nabla L(\\theta)$, और फिर नया gradient। "
                           "बड़े network के लिए $\\nabla L = 0$ को सीधे हल करने का कोई सूत्र नहीं, पर gradient हमेशा "
                           "backpropagation से मिल जाता है।",
                           "**C.** Every step: $\\theta \\leftarrow \\theta - \\eta \\nabla L(\\theta)$, then a fresh gradient. "
                           "For a big network no formula solves $\\nabla L = 0$ directly, but backpropagation always "
                           "provides the gradient.")),
    "04.2": dict(answer="A",
                 explanation=("हर कदम दूरी को $1 - \\eta\\lambda$ से गुणा करता है। $\\eta > 1/\\lambda$ पर यह ऋणात्मक है (झूलना), "
                              "और $\\eta > 2/\\lambda_{max}$ पर इसका परिमाण 1 से बड़ा है: loss हर कदम पर बढ़ता है (diverge)। "
                              "धीमापन (B) बहुत **छोटे** learning rate की समस्या है।",
                              "Every step multiplies the distance by $1 - \\eta\\lambda$. For $\\eta > 1/\\lambda$ it is negative "
                              "(swinging), and for $\\eta > 2/\\lambda_{max}$ its size is above 1: the loss grows at every step "
                              "(divergence). Slowness (B) is the problem of a too **small** learning rate."),
                 right=["A", "a"], wrong=["B", "C", "D"], unreadable=["AB", 1],
                 solution=("**A.** भाग 2 में $L(w) = (w - 3)^2$ पर $\\eta = 1.0$ हमेशा झूलता रहा और $\\eta = 1.1$ diverge "
                           "कर गया; घाटी पर तो diverge करने के लिए $\\eta = 0.0202$ ही काफ़ी था, क्योंकि वहाँ $\\lambda_{max} = 100$ है।",
                           "**A.** In section 2, on $L(w) = (w - 3)^2$, $\\eta = 1.0$ swung for ever and $\\eta = 1.1$ "
                           "diverged; on the valley $\\eta = 0.0202$ was already enough, because there $\\lambda_{max} = 100$.")),
    "04.3": dict(answer="D",
                 explanation=("Momentum भौतिकी की लुढ़कती गेंद जैसा है: $m \\leftarrow \\mu m + g$ वेग है, जिसमें पुराने gradient हर "
                              "कदम पर $\\mu$ गुना होते हुए जुड़ते रहते हैं। A RMSProp है, B Newton का तरीक़ा, C learning rate schedule।",
                              "Momentum is the ball of physics: $m \\leftarrow \\mu m + g$ is a velocity to which past gradients "
                              "keep adding, fading by the factor $\\mu$ at every step. A is RMSProp, B Newton's method, C a learning-rate schedule."),
                 right=["D", "d"], wrong=["A", "B", "C"], unreadable=["momentum", 4],
                 solution=("**D.** PyTorch में: $m \\leftarrow \\mu m + g$, $\\theta \\leftarrow \\theta - \\eta m$। "
                           "gradient लगातार एक ही दिशा में आएँ तो कदम लगभग $1/(1 - \\mu)$ गुना हो जाता है; घाटी के आर-पार "
                           "बदलते चिह्न वाले gradient एक-दूसरे को काट देते हैं।",
                           "**D.** In PyTorch: $m \\leftarrow \\mu m + g$, $\\theta \\leftarrow \\theta - \\eta m$. With gradients "
                           "that keep pointing one way, the step grows to about $1/(1 - \\mu)$ times; gradients whose sign flips "
                           "across the valley cancel out.")),
    "04.4": dict(answer="B",
                 explanation=("भाग 3 में: gradient की सापेक्ष त्रुटि B = 1 से B = 100 तक लगभग 10 गुना घटी, और 60 कदमों के "
                              "बाद mini-batch का test loss batch GD के लगभग बराबर था, समय के एक अंश में। उसका gradient एक "
                              "अनुमान ही है (A ग़लत), learning rate फिर भी चाहिए (C), और उसका loss भी उछलता है (D)।",
                              "In section 3: the gradient's relative error fell about 10 times from B = 1 to B = 100, and after 60 "
                              "steps the mini-batch test loss was about that of batch GD, in a fraction of the time. Its gradient "
                              "is only an estimate (A is false), it still needs a learning rate (C), and its loss jumps too (D)."),
                 right=["B", "b"], wrong=["A", "C", "D"], unreadable=["", 2.0],
                 solution=("**B.** Mini-batch हर epoch में $N/B$ कदम लेता है, हर कदम vectorised और सस्ता, और उसके "
                           "gradient का शोर $1/\\sqrt{B}$ के अनुपात में घटता है।",
                           "**B.** Mini-batch takes $N/B$ steps per epoch, each vectorised and cheap, and the noise of its "
                           "gradient shrinks in proportion to $1/\\sqrt{B}$.")),
    "04.5": dict(answer="C",
                 explanation=("भाग 6 ने हर पंक्ति हटाकर दिखाया: `zero_grad()` के बिना gradient जुड़ते गए, `backward()` के बिना "
                              "`.grad` `None` रहा और कुछ नहीं बदला, `step()` के बिना gradient था पर parameter नहीं बदले।",
                              "Section 6 showed it by removing each line: without `zero_grad()` the gradients piled up, without "
                              "`backward()` `.grad` stayed `None` and nothing changed, without `step()` the gradient was there "
                              "but the parameters did not change."),
                 right=["C", "c"], wrong=["A", "B", "D"], unreadable=["zero_grad", 3],
                 solution=("**C.**\n\n```python\noptimizer.zero_grad()   # पुराने gradient मिटाएँ\nloss.backward()         "
                           "# हर parameter का ∂L/∂θ, .grad में जोड़ें\noptimizer.step()        # θ ← θ − η g (या Adam आदि)\n```",
                           "**C.**\n\n```python\noptimizer.zero_grad()   # clear the old gradients\nloss.backward()         "
                           "# add every parameter's ∂L/∂θ to its .grad\noptimizer.step()        # θ ← θ − η g (or Adam etc.)\n```")),
    "04.6": dict(answer=0.2,
                 explanation=("$L''(w) = 10$, इसलिए हर कदम $w - 1$ को $1 - 10\\eta$ से गुणा करता है; इसका परिमाण 1 से ऊपर "
                              "तभी जाता है जब $\\eta > 0.2$। $\\eta = 0.1 = 1/\\lambda$ एक कदम में पहुँचता है।",
                              "$L''(w) = 10$, so every step multiplies $w - 1$ by $1 - 10\\eta$; its size exceeds 1 only when "
                              "$\\eta > 0.2$. $\\eta = 0.1 = 1/\\lambda$ arrives in one step."),
                 right=[0.2, 0.20, 1 / 5, 0.204, torch.tensor(0.2)], wrong=[0.1, 0.4, 2, 1, 0.21], unreadable=["0.2", -0.2, None],
                 solution=("$L'(w) = 10(w - 1)$, $L''(w) = \\lambda = 10$, सीमा $2/\\lambda = $ **0.2**।",
                           "$L'(w) = 10(w - 1)$, $L''(w) = \\lambda = 10$, limit $2/\\lambda = $ **0.2**.")),
    "04.7": dict(answer=12.0,
                 explanation=("हर `backward()` अपना gradient `.grad` में **जोड़ता** है: 4 + 4 + 4 = 12। बीच में "
                              "`w.grad = None` (या `optimizer.zero_grad()`) होता तो 4 आता।",
                              "Every `backward()` **adds** its gradient into `.grad`: 4 + 4 + 4 = 12. With `w.grad = None` "
                              "(or `optimizer.zero_grad()`) in between it would be 4."),
                 right=[12, 12.0, torch.tensor(12.0), 12.04], wrong=[4, 8, 64, 12.5], unreadable=["12", None, "twelve"],
                 solution=("$\\partial (w^2) / \\partial w = 2w = 4$, तीन बार जुड़कर **12.0**, जो `tensor(12.)` के रूप में print होता है।",
                           "$\\partial (w^2) / \\partial w = 2w = 4$, added three times: **12.0**, printed as `tensor(12.)`.")),
    "04.8": dict(reference=gradient_descent,
                 explanation=("घाटी की दो curvature $\\lambda = 1$ और $100$ हैं: lr = 0.021 > 2/100 पर $w_2$ हर कदम पर 1.1 गुना होकर diverge "
                              "करता है जबकि $w_1$ फिर भी घटता है; lr = 0.01 = 1/100 पर $w_2$ एक ही कदम में 0 हो जाता है।",
                              "The valley has $\\lambda = 1$ and $100$: at lr = 0.021 > 2/100, $w_2$ grows 1.1 times per step and "
                              "diverges while $w_1$ still shrinks; at lr = 0.01 = 1/100, $w_2$ becomes 0 in a single step."),
                 right=[gradient_descent, gradient_descent_autograd, gradient_descent_vectorised],
                 wrong=[descent_last_point_only, descent_without_start, gradient_ascent, descent_forgets_the_100,
                        descent_forgets_the_half, descent_in_place, descent_forgot_return],
                 unreadable=[0.5, "gradient_descent"],
                 solution=("$\\nabla L = (w_1, 100\\, w_2)$; हर कदम पर भाग 1 का नियम, और हर कदम नया tensor बनाता है, इसलिए "
                           "`w0` नहीं बदलता।\n\n" + DESCENT_CODE,
                           "$\\nabla L = (w_1, 100\\, w_2)$; the rule of section 1 at every step, and every step makes a new "
                           "tensor, so `w0` is left as it is.\n\n" + DESCENT_CODE)),
    "04.9": dict(reference=momentum_buffers_torch,
                 explanation=("PyTorch का buffer gradient का जोड़ है, औसत नहीं: लगातार 1 आने पर वह 1, 1.9, 2.71, … होकर "
                              "$1/(1 - \\mu) = 10$ की ओर बढ़ता है। $\\mu = 0$ पर buffer बस gradient है।",
                              "PyTorch's buffer is a sum of gradients, not an average: with constant 1s it runs 1, 1.9, 2.71, … "
                              "towards $1/(1 - \\mu) = 10$. With $\\mu = 0$ the buffer is just the gradient."),
                 right=[momentum_buffers],
                 wrong=[momentum_average, momentum_no_memory, momentum_last_only],
                 unreadable=["m = mu * m + g"],
                 solution=("PyTorch का नियम $m \\leftarrow \\mu m + g$, शून्य से शुरू, हर कदम का $m$ सहेजकर:\n\n" + MOMENTUM_CODE,
                           "PyTorch's rule $m \\leftarrow \\mu m + g$, starting from zero, keeping every step's $m$:\n\n"
                           + MOMENTUM_CODE)),
    "04.10": dict(reference=adam_updates_torch,
                  explanation=("Bias correction के कारण पहला कदम ठीक $-\\eta \\cdot \\mathrm{sign}(g)$ है, gradient कितना भी "
                               "बड़ा हो, बशर्ते वह $\\epsilon$ से काफ़ी बड़ा हो। $10^{-8}$ वाले gradient पर $\\sqrt{\\hat v} = \\epsilon$, इसलिए कदम $\\eta/2$ "
                               "है: $\\epsilon$ को वर्गमूल के भीतर रखने पर यह बिल्कुल बदल जाता है।",
                               "Thanks to bias correction the first step is exactly $-\\eta \\cdot \\mathrm{sign}(g)$, however large the "
                               "gradient, as long as it is well above $\\epsilon$. For gradients of $10^{-8}$, $\\sqrt{\\hat v} = \\epsilon$, so the step is $\\eta/2$: "
                               "putting $\\epsilon$ inside the square root changes that completely."),
                  right=[adam_updates],
                  wrong=[adam_without_bias_correction, adam_eps_inside_the_root, adam_positions_not_changes, adam_wrong_sign],
                  unreadable=[torch.zeros(3)],
                  solution=("भाग 4 के `Adam.update` जैसा ही: bias correction के साथ, और $\\epsilon$ वर्गमूल के बाहर।\n\n" + ADAM_CODE,
                            "Just like `Adam.update` in section 4: with bias correction, and $\\epsilon$ outside the square "
                            "root.\n\n" + ADAM_CODE)),
}
