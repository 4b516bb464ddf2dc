"""Chapter 08's plain answer key: right answers, typical wrong answers, explanations, solutions."""
import torch
import torch.nn.functional as F


def stacked_output_size(n, layers):
    """The reference for q6: the output length after each (k, s, p, d) layer in turn."""
    for k, s, p, d in layers:
        n = (n + 2 * p - d * (k - 1) - 1) // s + 1
    return n


def stacked_size_with_torch(n, layers):
    x = torch.zeros(1, 1, n, n)
    for k, s, p, d in layers:
        x = torch.nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)(x)
    return x.shape[-1]


def stacked_first_layer_only(n, layers):
    k, s, p, d = layers[0]
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def stacked_no_floor(n, layers):
    for k, s, p, d in layers:
        n = (n + 2 * p - d * (k - 1) - 1) / s + 1
    return n


def stacked_no_dilation(n, layers):
    for k, s, p, d in layers:
        n = (n + 2 * p - k) // s + 1
    return n


def stacked_forgot_plus_one(n, layers):
    for k, s, p, d in layers:
        n = (n + 2 * p - d * (k - 1) - 1) // s
    return n


def conv2d_single(x, w):
    """The reference for q7: cross-correlation, stride 1, no padding, with loops."""
    kh, kw = w.shape
    out = torch.zeros(x.shape[0] - kh + 1, x.shape[1] - kw + 1)
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = (x[i:i + kh, j:j + kw] * w).sum()
    return out


def conv2d_single_unfold(x, w):
    kh, kw = w.shape
    return (x.unfold(0, kh, 1).unfold(1, kw, 1) * w).sum(dim=(2, 3))


def conv2d_single_flipped(x, w):
    return conv2d_single(x, w.flip(0, 1))


def conv2d_single_square_only(x, w):
    """Uses the height for both sides: wrong on a non-square image or kernel."""
    k = w.shape[0]
    n = x.shape[0] - k + 1
    out = torch.zeros(n, n)
    for i in range(n):
        for j in range(n):
            out[i, j] = (x[i:i + k, j:j + k] * w).sum()
    return out


def conv2d_single_torch(x, w):
    return F.conv2d(x[None, None], w[None, None])[0, 0]


def convolve2d(x, w):
    """The reference for q8: true convolution = cross-correlation with the kernel flipped on both axes."""
    return F.conv2d(x[None, None], w.flip(0, 1)[None, None])[0, 0]


def convolve2d_loops(x, w):
    return conv2d_single(x, w.flip(0, 1))


def convolve2d_no_flip(x, w):
    return F.conv2d(x[None, None], w[None, None])[0, 0]


def convolve2d_one_axis(x, w):
    return F.conv2d(x[None, None], w.flip(0)[None, None])[0, 0]


def convolve2d_transpose(x, w):
    return conv2d_single(x, w.T)


_Q1 = torch.tensor([[0.0, -1.0, -1.0], [0.0, 0.0, 3.0], [1.0, 0.0, -1.0]])

KEY = {
    "08.1": dict(answer=_Q1,
                 explanation=("4 × 4 चित्र पर 2 × 2 kernel 3 × 3 जगहों पर समाता है। इस kernel के साथ हर output $x[i, j] - x[i+1, j+1]$ है: "
                              "ऊपर-बाएँ का pixel घटा दाएँ-नीचे वाला। PyTorch kernel नहीं उलटता; उलटने पर हर चिह्न उलट जाता।",
                              "A 2 × 2 kernel fits a 4 × 4 image in 3 × 3 places. With this kernel each output is $x[i, j] - x[i+1, j+1]$: "
                              "the top-left pixel minus the bottom-right one. PyTorch does not flip the kernel; flipping would flip every sign."),
                 right=[_Q1, _Q1.tolist(), _Q1 + 4e-4], wrong=[-_Q1, _Q1.T, torch.zeros(3, 3), _Q1[:2]],
                 unreadable=["tensor", None],
                 solution=("हर स्थान पर $x[i, j] \\cdot 1 + x[i, j+1] \\cdot 0 + x[i+1, j] \\cdot 0 + x[i+1, j+1] \\cdot (-1)$:\n\n"
                           "```python\ntorch.tensor([[0., -1., -1.],\n              [0.,  0.,  3.],\n              [1.,  0., -1.]])\n```",
                           "At each place $x[i, j] \\cdot 1 + x[i, j+1] \\cdot 0 + x[i+1, j] \\cdot 0 + x[i+1, j+1] \\cdot (-1)$:\n\n"
                           "```python\ntorch.tensor([[0., -1., -1.],\n              [0.,  0.,  3.],\n              [1.,  0., -1.]])\n```")),
    "08.2": dict(answer="D",
                 explanation=("Kernel के मान training सीखती है (B ग़लत), वह चित्र का टुकड़ा नहीं (A ग़लत)। 3 × 3 kernel का हर output "
                              "सिर्फ़ पास के 9 pixel देखता है (C ग़लत): पूरा चित्र कई layer एक के ऊपर एक रखने पर ही दिखता है।",
                              "Training learns the kernel's values (B is false); it is not a piece of the image (A is false). Each "
                              "output of a 3 × 3 kernel sees only 9 nearby pixels (C is false): the whole image comes into view "
                              "only layer upon layer."),
                 right=["D", "d", " (D) "], wrong=["A", "B", "C"], unreadable=["E", 4, None],
                 solution=("**D.** Kernel (filter) सीखे हुए weight की छोटी grid है जो चित्र पर सरकती है। छोटा kernel पास के pixel "
                           "के local pattern (किनारे, कोने) पकड़ता है, और उसके parameter कम हैं: 3 × 3 × 1 + 1 = 10।",
                           "**D.** A kernel (filter) is a small grid of learned weights that slides over the image. A small kernel "
                           "catches local patterns of nearby pixels (edges, corners), and has few parameters: 3 × 3 × 1 + 1 = 10.")),
    "08.3": dict(answer="A",
                 explanation=("Parameter sharing से conv layer के parameter की संख्या चित्र के आकार पर निर्भर नहीं करती। पर shift पर output "
                              "बदलता है, बस साथ-साथ खिसकता है (C ग़लत), kernel में हर input channel का अपना हिस्सा है (B ग़लत), "
                              "और weight बाँटने से gradient छोटा रहने या training के diverge न होने की कोई गारंटी नहीं मिलती (D ग़लत)।",
                              "With parameter sharing a conv layer's parameter count does not depend on the image size. But under a "
                              "shift the output does change, it just moves along (C is false), each input channel has its own "
                              "part of the kernel (B is false), and sharing weights guarantees neither small gradients nor "
                              "training that never diverges (D is false)."),
                 right=["A", " a"], wrong=["B", "C", "D"], unreadable=["sharing", 1],
                 solution=("**A.** वही kernel हर स्थान पर लगता है, इसलिए parameter बहुत कम होते हैं (इस अध्याय में 80 बनाम "
                           "4,245,280), और जो pattern kernel एक जगह पहचानता है, वह चित्र में कहीं भी पहचाना जाता है।",
                           "**A.** The same kernel is used at every position, so there are far fewer parameters (80 against "
                           "4,245,280 in this chapter), and a pattern the kernel detects in one place is detected anywhere in the image.")),
    "08.4": dict(answer="B",
                 explanation=("in_channels = 1 (ग्रे चित्र, shape की दूसरी संख्या), out_channels = 8, और k = 3 पर p = 1 से "
                              "$\\lfloor (28 + 2 - 3) / 1 \\rfloor + 1 = 28$। Batch का आकार (64) layer को नहीं बताया जाता।",
                              "in_channels = 1 (grey images, the second number of the shape), out_channels = 8, and with k = 3, "
                              "p = 1 gives $\\lfloor (28 + 2 - 3) / 1 \\rfloor + 1 = 28$. The batch size (64) is never given to the layer."),
                 right=["B", "b"], wrong=["A", "C", "D"], unreadable=["Conv2d", 2],
                 solution=("**B.** `nn.Conv2d(1, 8, kernel_size=3, padding=1)`: input `(64, 1, 28, 28)` → output `(64, 8, 28, 28)`। "
                           "C बिना padding के 26 × 26 देता है; A और D in_channels ग़लत लेते हैं, इसलिए error आता है।",
                           "**B.** `nn.Conv2d(1, 8, kernel_size=3, padding=1)`: input `(64, 1, 28, 28)` → output `(64, 8, 28, 28)`. "
                           "C, without padding, gives 26 × 26; A and D take the wrong in_channels, so they raise an error.")),
    "08.5": dict(answer=(8, 4, 14, 14),
                 explanation=("$\\lfloor (28 + 4 - 5) / 2 \\rfloor + 1 = 13 + 1 = 14$: padding 2 ने 5 × 5 kernel के लिए आकार "
                              "बचाया, और stride 2 ने उसे आधा किया।",
                              "$\\lfloor (28 + 4 - 5) / 2 \\rfloor + 1 = 13 + 1 = 14$: padding 2 kept the size for the 5 × 5 kernel, "
                              "and stride 2 halved it."),
                 right=[(8, 4, 14, 14), torch.Size([8, 4, 14, 14]), [8, 4, 14, 14]],
                 wrong=[(8, 4, 28, 28), (8, 4, 12, 12), (8, 1, 14, 14), (4, 14, 14), (8, 4, 13, 13)],
                 unreadable=["(8, 4, 14, 14)", (8.0, 4.0, 14.0, 14.0)],
                 solution=("**`(8, 4, 14, 14)`**: batch 8 वैसा ही, channel 4 (out_channels), और ऊँचाई-चौड़ाई "
                           "$\\lfloor (28 + 2 \\cdot 2 - 5) / 2 \\rfloor + 1 = 14$।",
                           "**`(8, 4, 14, 14)`**: the batch of 8 stays, 4 channels (out_channels), and height and width "
                           "$\\lfloor (28 + 2 \\cdot 2 - 5) / 2 \\rfloor + 1 = 14$.")),
    "08.6": dict(reference=stacked_output_size,
                 explanation=("हर layer पर वही सूत्र: dilation वाला kernel $d(k-1) + 1$ pixel पर फैला है, padding वाले input "
                              "($n + 2p$) पर वह s के कदमों में खिसकता है: floor, और पहली जगह के लिए + 1। उसका output अगली layer का n है।",
                              "The same formula at each layer: a dilated kernel spans $d(k-1) + 1$ pixels and moves over the "
                              "padded input ($n + 2p$) in steps of s: the floor, and + 1 for the first place. Its output is the "
                              "next layer's n."),
                 right=[stacked_output_size, stacked_size_with_torch],
                 wrong=[stacked_first_layer_only, stacked_no_floor, stacked_no_dilation, stacked_forgot_plus_one,
                        lambda n, layers: n],
                 unreadable=[28],
                 solution=("```python\ndef stacked_output_size(n, layers):\n    for k, s, p, d in layers:\n"
                           "        n = (n + 2 * p - d * (k - 1) - 1) // s + 1\n    return n\n```\n"
                           "`//` floor देता है: 15 → 7 → 3, दो 2 × 2 pooling के बाद।",
                           "```python\ndef stacked_output_size(n, layers):\n    for k, s, p, d in layers:\n"
                           "        n = (n + 2 * p - d * (k - 1) - 1) // s + 1\n    return n\n```\n"
                           "`//` takes the floor: 15 → 7 → 3, after two 2 × 2 poolings.")),
    "08.7": dict(reference=conv2d_single,
                 explanation=("हर output स्थान पर kernel के नीचे के टुकड़े और kernel का तत्व-दर-तत्व गुणनफल, जोड़कर। यही "
                              "`F.conv2d` एक channel पर करता है, बस C++ में और कई गुना तेज़ (section 5)।",
                              "At each output position, the element-wise product of the piece under the kernel and the kernel, "
                              "summed. That is what `F.conv2d` does on one channel, only in C++ and many times faster (section 5)."),
                 right=[conv2d_single, conv2d_single_unfold],
                 wrong=[conv2d_single_flipped, conv2d_single_square_only, conv2d_single_torch, convolve2d,
                        lambda x, w: conv2d_single(x, w) + 0.01],
                 unreadable=[0],
                 solution=("```python\ndef conv2d_single(x, w):\n    kh, kw = w.shape\n"
                           "    out = torch.zeros(x.shape[0] - kh + 1, x.shape[1] - kw + 1)\n"
                           "    for i in range(out.shape[0]):\n        for j in range(out.shape[1]):\n"
                           "            out[i, j] = (x[i:i + kh, j:j + kw] * w).sum()\n    return out\n```\n"
                           "हर स्थान (i, j) पर kernel के नीचे का टुकड़ा, `w` से गुणा करके जोड़ा गया।",
                           "```python\ndef conv2d_single(x, w):\n    kh, kw = w.shape\n"
                           "    out = torch.zeros(x.shape[0] - kh + 1, x.shape[1] - kw + 1)\n"
                           "    for i in range(out.shape[0]):\n        for j in range(out.shape[1]):\n"
                           "            out[i, j] = (x[i:i + kh, j:j + kw] * w).sum()\n    return out\n```\n"
                           "At each place (i, j), the piece under the kernel, multiplied by `w` and added up.")),
    "08.8": dict(reference=convolve2d,
                 explanation=("गणित का convolution $\\sum_{a,b} x[i+a, j+b]\\, w[k_h-1-a, k_w-1-b]$ है: kernel दोनों अक्षों पर "
                              "उलटा, यानी 180° घुमाया। Transpose (`w.T`) इससे अलग है: वह विकर्ण पर पलटता है।",
                              "The mathematical convolution is $\\sum_{a,b} x[i+a, j+b]\\, w[k_h-1-a, k_w-1-b]$: the kernel flipped on "
                              "both axes, i.e. turned by 180°. A transpose (`w.T`) is different: it mirrors on the diagonal."),
                 right=[convolve2d, convolve2d_loops],
                 wrong=[convolve2d_no_flip, convolve2d_one_axis, convolve2d_transpose, conv2d_single],
                 unreadable=["flip"],
                 solution=("```python\ndef convolve2d(x, w):\n    return F.conv2d(x[None, None], w.flip(0, 1)[None, None])[0, 0]\n```\n"
                           "`flip(0, 1)` kernel को दोनों अक्षों पर उलटता है; बाक़ी काम `F.conv2d` (cross-correlation) करता है।",
                           "```python\ndef convolve2d(x, w):\n    return F.conv2d(x[None, None], w.flip(0, 1)[None, None])[0, 0]\n```\n"
                           "`flip(0, 1)` flips the kernel on both axes; `F.conv2d` (cross-correlation) does the rest.")),
    "08.9": dict(answer=1216,
                 explanation=("weight: 16 × 3 × 5 × 5 = 1200, bias: 16, कुल 1216। यह संख्या चित्र के आकार पर निर्भर नहीं करती।",
                              "weight: 16 × 3 × 5 × 5 = 1200, bias: 16, in all 1216. This number does not depend on the image size."),
                 right=[1216, 1216.0, 1216.4, torch.tensor(1216)], wrong=[1200, 416, 400, 256, 1232],
                 unreadable=["many", "1216", -1216],
                 solution=("**1216** = 16 × 3 × 5 × 5 (weight) + 16 (bias)।",
                           "**1216** = 16 × 3 × 5 × 5 (weight) + 16 (bias).")),
}
