"""The course glossary: each English term and the one way Hindi text of the course writes it.

Hindi-speaking students keep many technical terms in English (as the course's
source notes do); where the course uses a Hindi word, the English term follows it
once in brackets. tests/test_bilingual.py checks every chapter against this list:
where the English prose of a cell says a term, its Hindi twin must use this form.
"""
GLOSSARY = {
    "activation function": "activation function",
    "non-linearity": "non-linearity",
    "derivative": "derivative",
    "gradient": "gradient",
    "vanishing gradient": "vanishing gradient",
    "saturation": "saturation",
    "dying ReLU": "dying ReLU",
    "neuron": "neuron",
    "layer": "layer",
    "weight": "weight",
    "bias": "bias",
    "input": "input",
    "output": "output",
    "learning rate": "learning rate",
    "training": "training",
    "loss": "loss",
    "tensor": "tensor",
    "widget": "widget",
    "linear map": "linear map",
    "hidden layer": "hidden layer",
    "zero-centred": "शून्य-केंद्रित",
    "probability": "प्रायिकता",
    "slope": "ढलान",
    "practice question": "अभ्यास प्रश्न",
    "exercise": "अभ्यास",
    "hint": "संकेत",
    "solution": "हल",
    "chapter": "अध्याय",
    "formula": "सूत्र",
    "summary": "सारांश",
}


def show():
    """The glossary as a two-column table (English → हिन्दी)."""
    from IPython.display import Markdown
    rows = "\n".join(f"| {en} | {hi} |" for en, hi in sorted(GLOSSARY.items()))
    return Markdown("| English | हिन्दी |\n|---|---|\n" + rows)
