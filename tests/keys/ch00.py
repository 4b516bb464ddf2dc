"""The front page's plain answer key."""
import torch

KEY = {
    "00.1": dict(answer=5, right=[5, 5.0, torch.tensor(5.0), [5]], wrong=[4, 6, 23, 0.5], unreadable=["5", "पाँच", None],
                 explanation=("`.sum()` सारे मान जोड़ता है: 2.0 + 3.0 = 5.0। आपने पहला प्रश्न हल कर लिया!",
                              "`.sum()` adds all the values: 2.0 + 3.0 = 5.0. You have solved your first question!"),
                 solution=("```python\ntorch.tensor([2.0, 3.0]).sum()   # tensor(5.)\n```\nउत्तर: **5**।",
                           "```python\ntorch.tensor([2.0, 3.0]).sum()   # tensor(5.)\n```\nAnswer: **5**.")),
}
