"""The chapters of the course and the practice questions each one carries."""
import importlib
from pathlib import Path
from typing import NamedTuple

from ..lang import Bi


class Chapter(NamedTuple):
    number: int
    slug: str
    title: Bi


NOTEBOOKS = Path(__file__).resolve().parent.parent.parent / "notebooks"  # hi/, en/ and source/
FRONT = Chapter(0, "start_here", Bi(hi="यहाँ से शुरू करें", en="Start here"))  # the front page: one try-out question

CHAPTERS = [
    Chapter(1, "neuron", Bi(hi="न्यूरॉन", en="The neuron")),
    Chapter(2, "calculus", Bi(hi="कैलकुलस: derivative और gradient", en="Calculus: derivatives and gradients")),
    Chapter(3, "probability", Bi(hi="प्रायिकता और सांख्यिकी", en="Probability and statistics")),
    Chapter(4, "gradient_descent", Bi(hi="Gradient descent (ग्रेडिएंट डिसेंट)", en="Gradient descent")),
    Chapter(5, "backprop", Bi(hi="Backpropagation (बैकप्रोपेगेशन)", en="Backpropagation")),
    Chapter(6, "activations", Bi(hi="Activation functions (सक्रियण फलन)", en="Activation functions")),
    Chapter(7, "mlp", Bi(hi="Multi-layer perceptron (मल्टी-लेयर परसेप्ट्रॉन)", en="Multi-layer perceptron (MLP)")),
    Chapter(8, "convolution", Bi(hi="Convolution (कन्वोल्यूशन)", en="Convolution")),
    Chapter(9, "batchnorm", Bi(hi="Batch normalization (बैच नॉर्मलाइज़ेशन)", en="Batch normalization")),
    Chapter(10, "init", Bi(hi="Weight initialization (शुरुआती weight चुनना)", en="Weight initialization")),
    Chapter(11, "vanishing_gradients", Bi(hi="Vanishing और exploding gradients", en="Vanishing and exploding gradients")),
    Chapter(12, "dnn", Bi(hi="गहरे neural network (DNN)", en="Deep neural networks (DNN)")),
]


def questions_of(number):
    """The questions of chapter `number` (an empty list for a chapter not written yet)."""
    name = f"{__name__}.ch{number:02d}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as missing:
        if missing.name != name:
            raise
        return []
    return list(module.QUESTIONS)


def notebook_name(chapter):
    """The file name of a chapter's notebook in notebooks/hi/ and notebooks/en/, e.g. 06_activations.ipynb."""
    return f"{chapter.number:02d}_{chapter.slug}.ipynb"
