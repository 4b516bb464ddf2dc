"""The course glossary: each English term, the one way Hindi text of the course writes it, and its meaning.

Hindi-speaking students keep many technical terms in English (as the course's
source notes do); the glossary fixes which ones, so a term reads the same in every
chapter. tests/test_bilingual.py checks every chapter against it: where the English
prose of a cell uses a term, its Hindi twin must use the Hindi form given here.
"""
from .lang import Bi, get_language

# English term: (how Hindi text writes it, what it means)
TERMS = {
    "activation function": ("activation function", Bi(
        hi="neuron के weighted sum पर लगने वाला non-linear फलन, जैसे ReLU।",
        en="The non-linear function applied to a neuron's weighted sum, e.g. ReLU.")),
    "non-linearity": ("non-linearity", Bi(
        hi="वह गुण जो network को सीधी रेखा से आगे, मुड़ी हुई सीमाएँ सीखने देता है।",
        en="What lets a network learn curved boundaries, beyond straight lines.")),
    "derivative": ("derivative", Bi(
        hi="input थोड़ा बदलने पर output कितनी तेज़ी से बदलता है: f′(x)।",
        en="How fast the output changes when the input changes a little: f′(x).")),
    "gradient": ("gradient", Bi(
        hi="हर weight के लिए loss का derivative; training इसी की उल्टी दिशा में चलती है।",
        en="The derivative of the loss for every weight; training moves against it.")),
    "vanishing gradient": ("vanishing gradient", Bi(
        hi="पीछे की ओर जाते हुए gradient का इतना छोटा हो जाना कि शुरुआती layer सीख न पाएँ।",
        en="A gradient that shrinks on its way back until the first layers cannot learn.")),
    "saturation": ("saturation", Bi(
        hi="बड़े |x| पर फलन का सपाट हो जाना, जिससे derivative लगभग 0 हो जाता है।",
        en="A function going flat for large |x|, so its derivative is nearly 0.")),
    "dying ReLU": ("dying ReLU", Bi(
        hi="ReLU neuron जिसका input हर उदाहरण पर ऋणात्मक है: उसे gradient नहीं मिलता।",
        en="A ReLU neuron whose input is negative on every example: it gets no gradient.")),
    "neuron": ("neuron", Bi(hi="एक इकाई जो weighted sum लेकर activation function लगाती है।",
                            en="A unit that takes a weighted sum and applies an activation function.")),
    "layer": ("layer", Bi(hi="एक साथ काम करने वाले neuron का समूह।", en="A group of neurons that work side by side.")),
    "hidden layer": ("hidden layer", Bi(hi="input और output के बीच की layer।", en="A layer between input and output.")),
    "weight": ("weight", Bi(hi="input को गुणा करने वाली संख्या जिसे network सीखता है।",
                            en="A number multiplying an input, learned by the network.")),
    "bias": ("bias", Bi(hi="weighted sum में जोड़ी जाने वाली सीखी हुई संख्या।", en="A learned number added to the weighted sum.")),
    "input": ("input", Bi(hi="जो data network या फलन में जाता है।", en="The data going into a network or function.")),
    "output": ("output", Bi(hi="जो network या फलन लौटाता है।", en="What a network or function returns.")),
    "loss": ("loss", Bi(hi="prediction कितने ग़लत हैं, यह बताने वाली एक संख्या।", en="One number saying how wrong the predictions are.")),
    "learning rate": ("learning rate", Bi(hi="हर कदम पर weight कितना बदलें, इसका पैमाना।",
                                          en="The scale of each step that changes the weights.")),
    "training": ("training", Bi(hi="data से weight सीखने की प्रक्रिया।", en="Learning the weights from data.")),
    "tensor": ("tensor", Bi(hi="PyTorch की बहु-आयामी (multi-dimensional) array।", en="PyTorch's multi-dimensional array.")),
    "linear map": ("linear map", Bi(hi="x ↦ Wx + b जैसा फलन; कई linear map मिलकर भी एक linear map हैं।",
                                    en="A function like x ↦ Wx + b; several linear maps together are still one.")),
    "widget": ("widget", Bi(hi="notebook में slider या dropdown जैसा interactive नियंत्रण।",
                            en="An interactive control in the notebook, such as a slider or a dropdown.")),
    "zero-centred": ("शून्य-केंद्रित", Bi(hi="जिसके output 0 के दोनों ओर फैले हों, जैसे tanh।",
                                         en="With outputs spread on both sides of 0, like tanh.")),
    "probability": ("प्रायिकता", Bi(hi="0 और 1 के बीच की संख्या जो बताती है कि कुछ होने की कितनी संभावना है।",
                                    en="A number between 0 and 1 saying how likely something is.")),
    "slope": ("ढलान", Bi(hi="वक्र कितना तेज़ चढ़ता या उतरता है; एक बिंदु पर यही derivative है।",
                          en="How steeply a curve rises or falls; at a point it is the derivative.")),
    "practice question": ("अभ्यास प्रश्न", Bi(hi="अध्याय के अंत का प्रश्न जो तुरंत जाँचा जाता है।",
                                               en="A question at the end of a chapter, checked instantly.")),
    "exercise": ("अभ्यास", Bi(hi="code लिखकर हल किया जाने वाला प्रश्न।", en="A question you answer by writing code.")),
    "hint": ("संकेत", Bi(hi="उत्तर की ओर एक इशारा: q.hint(), फिर q.hint(2)।", en="A pointer towards the answer: q.hint(), then q.hint(2).")),
    "solution": ("हल", Bi(hi="पूरा उत्तर, सिर्फ़ माँगने पर: q.solution()।", en="The full answer, only on request: q.solution().")),
    "chapter": ("अध्याय", Bi(hi="पाठ्यक्रम का एक notebook।", en="One notebook of the course.")),
    "formula": ("सूत्र", Bi(hi="गणित में लिखा नियम, जैसे σ(x) = 1 / (1 + e^(−x))।",
                            en="A rule written in mathematics, such as σ(x) = 1 / (1 + e^(−x)).")),
    "summary": ("सारांश", Bi(hi="अध्याय की मुख्य बातें संक्षेप में।", en="The main points of a chapter, in brief.")),
}


def show():
    """The glossary as a table: English term, its Hindi form, and its meaning in the current language."""
    from IPython.display import Markdown
    meaning = "अर्थ" if get_language() == "hi" else "meaning"
    rows = "\n".join(f"| {en} | {hi} | {text} |" for en, (hi, text) in sorted(TERMS.items()))
    return Markdown(f"| English | हिन्दी | {meaning} |\n|---|---|---|\n{rows}")


GLOSSARY = {term: hindi for term, (hindi, _) in TERMS.items()}  # English term -> its Hindi form


def add_terms(terms):
    """A chapter's new terms (appended below, one block per chapter); a term is defined once only."""
    for term, (hindi, meaning) in terms.items():
        if term in TERMS:
            raise ValueError(f"glossary term {term!r} is defined twice")
        TERMS[term] = (hindi, meaning)
        GLOSSARY[term] = hindi


# ---------------------------------------------------------------- terms added by later chapters
