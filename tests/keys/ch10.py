"""Chapter 10's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import math

import torch


def xavier_uniform_from(u):
    n_out, n_in = u.shape
    return (2 * u - 1) * math.sqrt(6 / (n_in + n_out))


def xavier_uniform_clamped(u):
    """Also right: the same map written with torch.lerp."""
    bound = math.sqrt(6 / (u.shape[0] + u.shape[1]))
    return torch.lerp(torch.full_like(u, -bound), torch.full_like(u, bound), u)


def xavier_std_as_bound(u):
    """A typical mistake: the standard deviation √(2/(n_in+n_out)) used as the bound."""
    n_out, n_in = u.shape
    return (2 * u - 1) * math.sqrt(2 / (n_in + n_out))


def xavier_fan_in_only(u):
    """A typical mistake: LeCun's bound √(3/n_in) instead of Xavier's."""
    return (2 * u - 1) * math.sqrt(3 / u.shape[1])


def xavier_not_centred(u):
    """A typical mistake: stretched to [0, 2a] instead of [−a, a]."""
    return 2 * u * math.sqrt(6 / (u.shape[0] + u.shape[1]))


def xavier_in_place(u):
    return u.mul_(2).sub_(1).mul_(math.sqrt(6 / (u.shape[0] + u.shape[1])))


def xavier_by_init(u):
    """Forbidden: nn.init.xavier_uniform_ on a copy (and it ignores u)."""
    w = torch.empty_like(u)
    torch.nn.init.xavier_uniform_(w)
    return w


def weight_std_for(n_in, mean_square):
    return 1 / math.sqrt(n_in * mean_square)


def weight_std_torch(n_in, mean_square):
    return torch.tensor(n_in * mean_square, dtype=torch.float64).rsqrt()


def weight_std_variance(n_in, mean_square):
    """A typical mistake: the variance returned instead of the standard deviation."""
    return 1 / (n_in * mean_square)


def weight_std_forgot_mean_square(n_in, mean_square):
    """A typical mistake: LeCun's 1/√n_in, ignoring E[x²]."""
    return 1 / math.sqrt(n_in)


def weight_std_he(n_in, mean_square):
    """A typical mistake: He's √(2/n_in) whatever the inputs."""
    return math.sqrt(2 / n_in)


KEY = {
    "10.1": dict(
        answer="D", right=["D", "d", " (D) "], wrong=["A", "B", "C"], unreadable=["E", 4, None],
        explanation=("अच्छा initialization दो काम करता है: random मान symmetry तोड़ते हैं (बराबर weight वाले neuron हमेशा एक जैसे "
                     "रहते हैं), और सही पैमाना ($\\mathrm{Var}(w) \\propto 1/n_{in}$) activation और gradient को layer-दर-layer न "
                     "ग़ायब होने देता है, न फूटने। बराबर weight (B) symmetry नहीं तोड़ते, बहुत छोटे weight (C) signal मिटा देते हैं, और "
                     "अंतिम weight पहले से कोई नहीं जानता (A)।",
                     "A good initialization does two things: random values break the symmetry (neurons with equal weights stay "
                     "alike for ever), and the right scale ($\\mathrm{Var}(w) \\propto 1/n_{in}$) keeps activations and gradients "
                     "from vanishing or blowing up layer by layer. Equal weights (B) do not break the symmetry, very small weights "
                     "(C) wipe out the signal, and nobody knows the final weights in advance (A)."),
        solution=("**D.** Section 1 में एक ही network zero और small से अटका, large से NaN हुआ, और He से सीखा। Section 2: बराबर "
                  "weight से symmetry नहीं टूटती। Section 3: छोटे weight से activation ग़ायब होते हैं, बड़े से saturate होते हैं या फूटते हैं।",
                  "**D.** In section 1 one and the same network got stuck with zero and small, went NaN with large, and learned "
                  "with He. Section 2: equal weights do not break the symmetry. Section 3: small weights make the activations "
                  "vanish, large ones saturate or blow up.")),
    "10.2": dict(
        answer="B", right=["B", "b"], wrong=["A", "C", "D"], unreadable=["F", 2.0],
        explanation=("Xavier का हिसाब मानता है कि activation 0 के पास $f(z) \\approx z$ है और 0 पर सममित है: tanh ऐसा है। "
                     "ReLU आधा हिस्सा काटता है, इसलिए उसे He (2 का गुणक) चाहिए (A)। Sigmoid की ढलान 0 पर 1/4 है और output 0.5 पर "
                     "केंद्रित है (C)। Activation पैमाना बदलता है, इसलिए वह मायने रखता है: PyTorch इसे gain के रूप में जोड़ता है (D)।",
                     "Xavier's arithmetic assumes the activation is $f(z) \\approx z$ near 0 and symmetric about 0: tanh is. "
                     "ReLU cuts off half, so it needs He (the factor 2) (A). Sigmoid's slope at 0 is 1/4 and its output is centred "
                     "at 0.5 (C). The activation changes the scale, so it matters: PyTorch adds it as a gain (D)."),
        solution=("**B.** tanh जैसे सममित activation, जिनकी 0 के पास ढलान लगभग 1 है (और बिना activation वाली layer)। "
                  "Section 3 में Xavier के साथ tanh का पैमाना 10 layer तक बना रहा।",
                  "**B.** Symmetric activations like tanh with a slope of about 1 near 0 (and layers with no activation). "
                  "In section 3, with Xavier the scale of tanh held over 10 layers.")),
    "10.3": dict(
        answer=0.0625, right=[0.0625, 0.06250, math.sqrt(2 / 512), torch.tensor(0.0625)],
        wrong=[0.0884, 0.0039, 0.0442, 0.125, 0.0625 * 2], unreadable=["abc", -0.0625, "0.0625"],
        explanation=("He: $\\mathrm{Var}(w) = 2/n_{in}$, और `mode=\"fan_in\"` में $n_{in} = 512$। Standard deviation "
                     "$= \\sqrt{2/512} = \\sqrt{1/256} = 1/16$।",
                     "He: $\\mathrm{Var}(w) = 2/n_{in}$, and with `mode=\"fan_in\"`, $n_{in} = 512$. Standard deviation "
                     "$= \\sqrt{2/512} = \\sqrt{1/256} = 1/16$."),
        solution=("**0.0625.** $\\mathrm{std} = \\sqrt{2/512} = 1/16 = 0.0625$। जाँच:\n\n```python\nlayer = nn.Linear(512, 256)  # 512 in, 256 out\n"
                  "nn.init.kaiming_normal_(layer.weight, mode=\"fan_in\", nonlinearity=\"relu\")\nprint(layer.weight.std())  # ≈ 0.0625\n```",
                  "**0.0625.** $\\mathrm{std} = \\sqrt{2/512} = 1/16 = 0.0625$. Check:\n\n```python\nlayer = nn.Linear(512, 256)  # 512 in, 256 out\n"
                  "nn.init.kaiming_normal_(layer.weight, mode=\"fan_in\", nonlinearity=\"relu\")\nprint(layer.weight.std())  # ≈ 0.0625\n```")),
    "10.4": dict(
        answer="A", right=["A", " a "], wrong=["B", "C", "D"], unreadable=["", 1],
        explanation=("एक ही input और एक ही weight से हर neuron का output एक-सा होता है, backpropagation हर एक को एक-सा gradient देता है, "
                     "और update के बाद भी वे बराबर रहते हैं। Section 2 में sigmoid network के weight बदले (इसलिए B ग़लत है), पर हर "
                     "layer के neuron एक-दूसरे की नक़ल रहे। Loss NaN नहीं हुआ (C), और वह $\\ln 10$ पर था, न्यूनतम पर नहीं (D)।",
                     "With the same input and the same weights every neuron gives the same output, backpropagation gives each the "
                     "same gradient, and after the update they are still equal. In section 2 the sigmoid network's weights did "
                     "change (so B is false), but the neurons of each layer stayed copies of each other. The loss was not NaN (C), "
                     "and it sat at $\\ln 10$, not at a minimum (D)."),
        solution=("**A.** Symmetry: बराबर शुरुआत → बराबर output → बराबर gradient → बराबर update। हर layer एक neuron जैसी काम करती है। "
                  "(ReLU में weight और bias दोनों 0 हों, तो hidden gradient ठीक 0 ही होते हैं; पर यह हर network के लिए सच नहीं।)",
                  "**A.** Symmetry: equal start → equal outputs → equal gradients → equal updates. Each layer works like one "
                  "neuron. (In ReLU with weights and biases both 0 the hidden gradients are even exactly 0, but that is not true "
                  "of every network.)")),
    "10.5": dict(
        answer="C", right=["C", "c"], wrong=["A", "B", "D"], unreadable=["G", 3],
        explanation=("`kaiming_normal_` का default `mode=\"fan_in\"` है, और `nonlinearity=\"relu\"` gain √2 देता है: "
                     "$\\mathrm{std} = \\sqrt{2/n_{in}}$। A में variance $2/n_{in}$ को std की जगह रखा गया है; B में sigmoid का gain 1 है, "
                     "जो LeCun का $1/\\sqrt{n_{in}}$ देता है; D bias (1-आयामी tensor) पर error देता है, क्योंकि उसका fan_in नहीं निकलता।",
                     "`kaiming_normal_` defaults to `mode=\"fan_in\"`, and `nonlinearity=\"relu\"` gives the gain √2: "
                     "$\\mathrm{std} = \\sqrt{2/n_{in}}$. A puts the variance $2/n_{in}$ where the std belongs; B's sigmoid gain is 1, "
                     "which gives LeCun's $1/\\sqrt{n_{in}}$; D raises an error on the bias (a 1-dimensional tensor), whose fan_in "
                     "cannot be computed."),
        solution=("**C.**\n\n```python\nlayer = nn.Linear(512, 256)  # इसके बाद ReLU\nnn.init.kaiming_normal_(layer.weight, mode=\"fan_in\", nonlinearity=\"relu\")\n"
                  "torch.nn.init.zeros_(layer.bias)  # bias: 0\n```",
                  "**C.**\n\n```python\nlayer = nn.Linear(512, 256)  # then ReLU\nnn.init.kaiming_normal_(layer.weight, mode=\"fan_in\", nonlinearity=\"relu\")\n"
                  "torch.nn.init.zeros_(layer.bias)  # the bias: 0\n```")),
    "10.6": dict(
        answer=0.05, right=[0.05, 0.0500, 1 / math.sqrt(400), 0.0504], wrong=[0.316, 0.0289, 0.1, 0.0025, 0.0707],
        unreadable=["0.05", None, -0.05],
        explanation=("`kaiming_uniform_(a=√5)`: gain $= \\sqrt{2/(1 + 5)} = 1/\\sqrt{3}$, सीमा $= \\mathrm{gain} \\cdot \\sqrt{3/n_{in}} "
                     "= 1/\\sqrt{n_{in}} = 1/\\sqrt{400} = 0.05$। $n_{in}$ = 400 है, output की संख्या 10 नहीं।",
                     "`kaiming_uniform_(a=√5)`: gain $= \\sqrt{2/(1 + 5)} = 1/\\sqrt{3}$, bound $= \\mathrm{gain} \\cdot \\sqrt{3/n_{in}} "
                     "= 1/\\sqrt{n_{in}} = 1/\\sqrt{400} = 0.05$. $n_{in}$ is 400, not the 10 outputs."),
        solution=("**0.050.** सीमा $1/\\sqrt{400} = 1/20 = 0.05$। `layer.weight.abs().max()` इससे थोड़ा कम दिखाएगा (4,000 random मानों "
                  "में सबसे बड़ा), पर कभी ज़्यादा नहीं।",
                  "**0.050.** The bound is $1/\\sqrt{400} = 1/20 = 0.05$. `layer.weight.abs().max()` shows a little less (the "
                  "largest of 4,000 random values), but never more.")),
    "10.7": dict(
        reference=xavier_uniform_from, right=[xavier_uniform_from, xavier_uniform_clamped],
        wrong=[xavier_std_as_bound, xavier_fan_in_only, xavier_not_centred, xavier_in_place, xavier_by_init],
        unreadable=[0.5, "(2 * u - 1) * a"],
        explanation=("$U(-a, a)$ का variance $a^2/3$ है; Xavier का variance $2/(n_{in} + n_{out})$ है, इसलिए "
                     "$a = \\sqrt{6/(n_{in} + n_{out})}$। `2 * u - 1` [0, 1] को [−1, 1] पर ले जाता है, और $a$ से गुणा उसे [−a, a] पर।",
                     "$U(-a, a)$ has variance $a^2/3$; Xavier's variance is $2/(n_{in} + n_{out})$, so "
                     "$a = \\sqrt{6/(n_{in} + n_{out})}$. `2 * u - 1` takes [0, 1] to [−1, 1], and multiplying by $a$ takes it to [−a, a]."),
        solution=("```python\ndef xavier_uniform_from(u):\n    n_out, n_in = u.shape\n    a = math.sqrt(6 / (n_in + n_out))\n"
                  "    return (2 * u - 1) * a\n```\n\nWeight का आकार `(n_out, n_in)` है; यहाँ योग $n_{in} + n_{out}$ क्रम से नहीं बदलता।",
                  "```python\ndef xavier_uniform_from(u):\n    n_out, n_in = u.shape\n    a = math.sqrt(6 / (n_in + n_out))\n"
                  "    return (2 * u - 1) * a\n```\n\nA weight has shape `(n_out, n_in)`; here the sum $n_{in} + n_{out}$ does not "
                  "depend on the order.")),
    "10.8": dict(
        reference=weight_std_for, right=[weight_std_for, weight_std_torch],
        wrong=[weight_std_variance, weight_std_forgot_mean_square, weight_std_he], unreadable=[1.0, None],
        explanation=("$1 = n_{in}\\,\\mathrm{Var}(w)\\,E[x^2]$ से $\\mathrm{Var}(w) = 1/(n_{in} E[x^2])$ और "
                     "$\\mathrm{std}(w) = 1/\\sqrt{n_{in} E[x^2]}$। $E[x^2] = 1$ पर यह LeCun का $1/\\sqrt{n_{in}}$ है; ReLU के बाद, "
                     "जहाँ $E[a^2] = \\mathrm{Var}(z)/2$, यही हिसाब He का $\\sqrt{2/n_{in}}$ देता है।",
                     "From $1 = n_{in}\\,\\mathrm{Var}(w)\\,E[x^2]$, $\\mathrm{Var}(w) = 1/(n_{in} E[x^2])$ and "
                     "$\\mathrm{std}(w) = 1/\\sqrt{n_{in} E[x^2]}$. With $E[x^2] = 1$ this is LeCun's $1/\\sqrt{n_{in}}$; after a ReLU, "
                     "where $E[a^2] = \\mathrm{Var}(z)/2$, the same arithmetic gives He's $\\sqrt{2/n_{in}}$."),
        solution=("```python\ndef weight_std_for(n_in, mean_square):\n    return 1 / math.sqrt(n_in * mean_square)   # Var(z) = n_in · std² · E[x²] = 1 से\n```",
                  "```python\ndef weight_std_for(n_in, mean_square):\n    return 1 / math.sqrt(n_in * mean_square)\n```")),
}
