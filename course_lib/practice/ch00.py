"""The front page's one try-out question: practise check(), hint() and solution() on something tiny."""
from ..answers import Number
from ..lang import Bi
from ..questions import Question

q1 = Question(
    "00.1", "q1", Number(decimals=1),
    prompt=Bi(hi="`torch.tensor([2.0, 3.0]).sum()` का मान क्या है? एक संख्या लिखें।",
              en="What is the value of `torch.tensor([2.0, 3.0]).sum()`? Write a number."),
    hints=[Bi(hi="`.sum()` tensor के सारे मान जोड़ देता है।", en="`.sum()` adds up all the values of a tensor."),
           Bi(hi="2.0 + 3.0 कितना है? चाहें तो ऊपर की पहली code cell की तरह इसे एक cell में चलाकर देखें।",
              en="What is 2.0 + 3.0? If you like, run it in a cell, as in the first code cell above.")])

QUESTIONS = [q1]
