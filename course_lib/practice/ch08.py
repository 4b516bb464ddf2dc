"""Chapter 08, convolution: the seed's five practice questions and four of the chapter's own.

Choices, numbers and shapes are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch08.json. The plain key is tests/keys/ch08.py.
"""
import torch

from ..answers import Choice, Function, Number, Shape, TensorAnswer
from ..lang import Bi
from ..questions import Question

STACKS = [(28, [(3, 1, 1, 1), (2, 2, 0, 1), (3, 1, 1, 1), (2, 2, 0, 1)]), (32, [(5, 1, 0, 1), (2, 2, 0, 1)]),
          (224, [(7, 2, 3, 1), (3, 2, 1, 1)]), (28, [(3, 1, 0, 2), (3, 2, 2, 2)]), (15, [(2, 2, 0, 1), (2, 2, 0, 1)]),
          (9, [(3, 1, 0, 1)]), (1, [(1, 1, 0, 1)]), (100, [(1, 100, 0, 1), (1, 1, 0, 1)])]


def _stacks():
    """The (n, layers) a student's stacked output-size function is tried on (listed in the prompt)."""
    return [(n, list(layers)) for n, layers in STACKS]


def _images():
    """(image, kernel) pairs for the two convolution exercises: small, non-square, 1 × 1, whole-image, ±100, 28 × 28."""
    g = torch.Generator().manual_seed(8)
    seed_image = torch.tensor([[1, 1, 1, 0, 0], [0, 1, 1, 1, 0], [0, 0, 1, 1, 1], [0, 0, 1, 1, 0], [0, 1, 1, 0, 0]])
    sobel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
    return [(seed_image.float(), sobel),
            (torch.randn(6, 7, generator=g), torch.randn(2, 3, generator=g)),
            (torch.randn(4, 4, generator=g), torch.randn(1, 1, generator=g)),
            (torch.randn(3, 3, generator=g), torch.randn(3, 3, generator=g)),
            (100 * torch.tensor([[1.0, -1, -1, 1, 1, -1], [-1, -1, 1, 1, -1, 1], [1, 1, -1, -1, -1, 1],
                                 [-1, 1, 1, -1, 1, -1], [1, -1, 1, 1, -1, -1]]),
             torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0], [-3.0, -2.0, -1.0]])),
            (torch.rand(28, 28, generator=g), sobel.T.contiguous())]


_IMAGES_TESTED = Bi(
    hi="जाँच इन (`x`, `w`) जोड़ों पर होगी: अध्याय वाला 5 × 5 चित्र Sobel kernel के साथ, 6 × 7 चित्र और 2 × 3 kernel "
       "(वर्ग नहीं), 4 × 4 और 1 × 1, 3 × 3 और 3 × 3 (output एक ही संख्या), ±100 वाला 5 × 6 चित्र, और 28 × 28 random चित्र।",
    en="It is tested on these (`x`, `w`) pairs: the chapter's 5 × 5 image with a Sobel kernel, a 6 × 7 image and a 2 × 3 "
       "kernel (not square), 4 × 4 and 1 × 1, 3 × 3 and 3 × 3 (the output is a single number), a 5 × 6 image of ±100, "
       "and a random 28 × 28 image.")

q1 = Question(
    "08.1", "q1", TensorAnswer(atol=1e-3),
    prompt=Bi(hi="**पहले अनुमान लगाएँ, फिर चलाएँ।** Convolution चित्र पर कैसे काम करता है? इसे हाथ से करके देखिए: "
                 "`x = torch.tensor([[1., 2, 0, 1], [0, 1, 3, 1], [2, 0, 1, 0], [1, 1, 0, 2]])` और "
                 "`w = torch.tensor([[1., 0], [0, -1]])`। `F.conv2d(x[None, None], w[None, None])[0, 0]` क्या देगा "
                 "(stride 1, padding नहीं)? चलाने से *पहले* अपना अनुमान tensor के रूप में लिखिए, जैसे `torch.tensor([[...], ...])`।",
              en="**Predict first, then run.** How does convolution work on an image? Do it by hand: "
                 "`x = torch.tensor([[1., 2, 0, 1], [0, 1, 3, 1], [2, 0, 1, 0], [1, 1, 0, 2]])` and "
                 "`w = torch.tensor([[1., 0], [0, -1]])`. What does `F.conv2d(x[None, None], w[None, None])[0, 0]` give "
                 "(stride 1, no padding)? *Before* running it, write your prediction as a tensor, e.g. `torch.tensor([[...], ...])`."),
    hints=[Bi(hi="Output का आकार पहले तय कीजिए: 4 × 4 चित्र पर 2 × 2 kernel कितनी जगह रखा जा सकता है? फिर हर जगह kernel के "
                 "नीचे के मानों को kernel के मानों से गुणा करके जोड़िए। PyTorch kernel को उलटता (flip) नहीं है।",
              en="Settle the output's size first: in how many places does a 2 × 2 kernel fit on a 4 × 4 image? Then at each "
                 "place multiply the values under the kernel by the kernel's values and add up. PyTorch does not flip the kernel."),
           Bi(hi="इस kernel के साथ हर output $x[i, j] - x[i+1, j+1]$ है। पहली पंक्ति का पहला मान: 1 − 1।",
              en="With this kernel every output is $x[i, j] - x[i+1, j+1]$. The first value of the first row: 1 − 1.")])

q2 = Question(
    "08.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="Kernel क्या होता है, और उसका आकार (जैसे 3 × 3) छोटा क्यों रखा जाता है? सबसे सही कथन का अक्षर लिखिए, जैसे `\"A\"`।\n\n"
           "- **A.** Kernel चित्र का एक छोटा टुकड़ा है जिसे network याद रख लेता है; छोटा टुकड़ा कम memory लेता है।\n"
           "- **B.** Kernel तय (fixed) संख्याओं का filter है; छोटा kernel output को input से बड़ा बनाता है।\n"
           "- **C.** Kernel सीखे हुए weight की grid है; छोटा रखने से हर output पूरा चित्र एक साथ देख पाता है।\n"
           "- **D.** Kernel सीखे weight की छोटी grid है; यह कम parameter में पास के pixel का pattern पकड़ती है।",
        en="What is a kernel, and why is its size (e.g. 3 × 3) kept small? Write the letter of the best statement, e.g. `\"A\"`.\n\n"
           "- **A.** A kernel is a small piece of the image the network memorises; a small piece takes less memory.\n"
           "- **B.** A kernel is a filter of fixed numbers; a small kernel makes the output bigger than the input.\n"
           "- **C.** A kernel is a grid of learned weights; keeping it small lets each output see the whole image.\n"
           "- **D.** A kernel is a small grid of learned weights; it sees local patterns, using few parameters."),
    hints=[Bi(hi="Kernel के मान कहाँ से आते हैं: कोई लिखता है या training उन्हें बदलती है? और एक output कितने pixel देखता है?",
              en="Where do a kernel's values come from: does someone write them, or does training change them? And how many pixels does one output see?"),
           Bi(hi="इस अध्याय का receptive field वाला प्रयोग देखिए: 3 × 3 kernel का एक output कितने pixel पर निर्भर है? "
                 "और section 7 में conv layer के parameter कितने थे?",
              en="Look at the chapter's receptive-field experiment: on how many pixels does one output of a 3 × 3 kernel depend? "
                 "And how many parameters did the conv layer have in section 7?")])

q3 = Question(
    "08.3", "q3", Choice("ABCD"),
    prompt=Bi(
        hi="Convolution में parameter sharing का क्या फ़ायदा है? सही कथन का अक्षर लिखिए।\n\n"
           "- **A.** एक ही kernel हर जगह लगता है: parameter बहुत कम, और एक जगह पहचाना pattern कहीं भी पहचाना जाता है।\n"
           "- **B.** सभी channel एक ही kernel बाँटते हैं: इसलिए रंगीन चित्र पर भी parameter ग्रे चित्र जितने ही रहते हैं।\n"
           "- **C.** एक ही kernel हर जगह लगता है: इसलिए output हर shift पर बिलकुल नहीं बदलता, चाहे चीज़ कहीं भी हो।\n"
           "- **D.** पास के output अपने weight बाँटते हैं: इसलिए gradient छोटा रहता है और training कभी diverge नहीं होती।",
        en="What is the benefit of parameter sharing in convolution? Write the letter of the true statement.\n\n"
           "- **A.** One kernel is used everywhere: far fewer parameters, and a pattern found in one place is found anywhere.\n"
           "- **B.** All channels share one kernel: so a colour image needs no more parameters than a grey one.\n"
           "- **C.** One kernel is used at every position: so the output does not change at all under a shift, wherever things are.\n"
           "- **D.** Nearby outputs share their weights: so the gradient stays small and training never diverges."),
    hints=[Bi(hi="Section 7 में conv layer और fully connected layer के parameter गिने गए थे। और section 6 में shift करने पर "
                 "feature map के साथ क्या हुआ?",
              en="Section 7 counted the parameters of a conv layer and a fully connected layer. And what happened to the "
                 "feature map under a shift in section 6?"),
           Bi(hi="Shift करने पर feature map भी उतना ही shift होता है (equivariance), वैसा का वैसा नहीं रहता। और `nn.Conv2d` के "
                 "weight का shape (out_channels, in_channels, k, k) है: in_channels भी गिने जाते हैं।",
              en="Under a shift the feature map shifts by as much (equivariance); it does not stay the same. And the weight "
                 "of `nn.Conv2d` has shape (out_channels, in_channels, k, k): in_channels count too.")])

q4 = Question(
    "08.4", "q4", Choice("ABCD"),
    prompt=Bi(
        hi="PyTorch में 2D convolution: `x` ग्रे अंकों का एक batch है, shape `(64, 1, 28, 28)`। कौन-सी layer `x` पर 8 feature map "
           "देती है जिनका आकार 28 × 28 ही रहे? उसका अक्षर लिखिए।\n\n"
           "- **A.** `nn.Conv2d(28, 8, kernel_size=3, padding=1)`\n"
           "- **B.** `nn.Conv2d(1, 8, kernel_size=3, padding=1)`\n"
           "- **C.** `nn.Conv2d(1, 8, kernel_size=3, padding=0)`\n"
           "- **D.** `nn.Conv2d(64, 8, kernel_size=3, padding=1)`",
        en="2D convolution in PyTorch: `x` is a batch of grey digits of shape `(64, 1, 28, 28)`. Which layer gives 8 feature "
           "maps on `x` whose size stays 28 × 28? Write its letter.\n\n"
           "- **A.** `nn.Conv2d(28, 8, kernel_size=3, padding=1)`\n"
           "- **B.** `nn.Conv2d(1, 8, kernel_size=3, padding=1)`\n"
           "- **C.** `nn.Conv2d(1, 8, kernel_size=3, padding=0)`\n"
           "- **D.** `nn.Conv2d(64, 8, kernel_size=3, padding=1)`"),
    hints=[Bi(hi="`nn.Conv2d` का पहला argument in_channels है: input के shape `(N, C, H, W)` में वह कौन-सी संख्या है?",
              en="The first argument of `nn.Conv2d` is in_channels: which number of the input shape `(N, C, H, W)` is that?"),
           Bi(hi="Output size का सूत्र लगाइए: n = 28, k = 3, s = 1। आकार वही रहे, इसके लिए p कितना चाहिए?",
              en="Use the output-size formula: n = 28, k = 3, s = 1. Which p keeps the size the same?")])

q5 = Question(
    "08.5", "q5", Shape(),
    prompt=Bi(hi="**पहले अनुमान लगाएँ, फिर चलाएँ।** Padding और stride output के shape को कैसे बदलते हैं? "
                 "`conv = nn.Conv2d(1, 4, kernel_size=5, stride=2, padding=2)` और `x = torch.randn(8, 1, 28, 28)` हो, तो "
                 "`conv(x).shape` क्या होगा? चलाने से *पहले* shape को tuple के रूप में लिखिए, जैसे `(1, 2, 3, 4)`।",
              en="**Predict first, then run.** How do padding and stride change the output's shape? With "
                 "`conv = nn.Conv2d(1, 4, kernel_size=5, stride=2, padding=2)` and `x = torch.randn(8, 1, 28, 28)`, what is "
                 "`conv(x).shape`? *Before* running it, write the shape as a tuple, e.g. `(1, 2, 3, 4)`."),
    hints=[Bi(hi="Batch का आकार नहीं बदलता, channel की संख्या out_channels हो जाती है; ऊँचाई और चौड़ाई के लिए output size का सूत्र लगाइए।",
              en="The batch size does not change, the number of channels becomes out_channels; for height and width use the output-size formula."),
           Bi(hi="$\\lfloor (28 + 2 \\cdot 2 - 5) / 2 \\rfloor + 1$ निकालिए।",
              en="Work out $\\lfloor (28 + 2 \\cdot 2 - 5) / 2 \\rfloor + 1$.")])

q6 = Question(
    "08.6", "q6", Function(_stacks, atol=0, rtol=0),
    prompt=Bi(hi="अभ्यास: `stacked_output_size(n, layers)` लिखिए, जो n × n input पर conv और pooling layer के एक ढेर के बाद "
                 "output की लंबाई (एक पूर्णांक) लौटाए, ठीक वैसी जैसी PyTorch देता है। `layers` में हर layer, input की ओर से "
                 "शुरू करके, एक (k, s, p, d) है: kernel, stride, padding, dilation (2 × 2 max pooling है (2, 2, 0, 1))। "
                 "जाँच इन 8 (n, layers) पर होगी: " + "; ".join(map(str, STACKS)) + "।",
              en="Exercise: write `stacked_output_size(n, layers)`, returning the output length (a whole number) after a stack "
                 "of conv and pooling layers on an n × n input, as PyTorch gives it. Each layer in `layers`, input side first, is "
                 "a (k, s, p, d): kernel, stride, padding, dilation (2 × 2 max pooling is (2, 2, 0, 1)). It is tested on these "
                 "8 (n, layers): " + "; ".join(map(str, STACKS)) + "."),
    hints=[Bi(hi="हर layer का output अगली layer का input है। Section 3 का सूत्र एक layer पर लगता है, pooling पर भी।",
              en="Each layer's output is the next layer's input. Section 3's formula applies to one layer, pooling too."),
           Bi(hi="एक loop: `for k, s, p, d in layers:` में n को हर बार नए n से बदलिए; floor के लिए `//`।",
              en="A loop: in `for k, s, p, d in layers:` replace n by the new n each time; `//` for the floor.")])

q7 = Question(
    "08.7", "q7", Function(_images, atol=1e-3, rtol=1e-5, forbidden=("conv2d", "conv1d", "convolution", "conv_transpose2d")),
    prompt=Bi(hi="अभ्यास: `conv2d_single(x, w)` लिखिए, जो एक channel वाला 2-D चित्र `x` (shape H × W) और kernel `w` (shape kh × kw) लेकर, "
                 "stride 1 और बिना padding, PyTorch वाला convolution (cross-correlation) लौटाए, shape (H − kh + 1) × (W − kw + 1)। "
                 "for loop से लिखिए; `F.conv2d`, `nn.Conv2d` और `torch.conv2d` मना हैं। " + _IMAGES_TESTED.hi,
              en="Exercise: write `conv2d_single(x, w)`: given a one-channel 2-D image `x` (shape H × W) and a kernel `w` "
                 "(shape kh × kw), with stride 1 and no padding, return PyTorch's convolution (cross-correlation), of shape "
                 "(H − kh + 1) × (W − kw + 1). Write it with for loops; `F.conv2d`, `nn.Conv2d` and `torch.conv2d` are not "
                 "allowed. " + _IMAGES_TESTED.en),
    hints=[Bi(hi="दो loop, हर output स्थान (i, j) के लिए एक: वहाँ kernel के नीचे का टुकड़ा लीजिए, `w` से तत्व-दर-तत्व गुणा करके जोड़िए। "
                 "Output पहले `torch.zeros(...)` से बना लीजिए।",
              en="Two loops, one per output position (i, j): take the piece under the kernel there, multiply it element by element "
                 "with `w` and add up. Make the output first with `torch.zeros(...)`."),
           Bi(hi="`kh, kw = w.shape`; टुकड़ा `piece = x[i:i + kh, j:j + kw]` है, और मान `(piece * w).sum()`।",
              en="`kh, kw = w.shape`; the piece is `piece = x[i:i + kh, j:j + kw]`, and the value `(piece * w).sum()`.")])

q8 = Question(
    "08.8", "q8", Function(_images, atol=1e-3, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: गणित वाला (असली) 2-D convolution `convolve2d(x, w)` लिखिए, stride 1 और बिना padding, shape "
                 "(H − kh + 1) × (W − kw + 1): यानी वह जो kernel को उलटकर (flip करके) लगाता है, जैसा section 1 में 1-D में दिखा। "
                 "यहाँ `F.conv2d` का उपयोग करने की छूट है। " + _IMAGES_TESTED.hi,
              en="Exercise: write the mathematical (true) 2-D convolution `convolve2d(x, w)`, stride 1 and no padding, of shape "
                 "(H − kh + 1) × (W − kw + 1): the one that flips the kernel, as section 1 showed in 1-D. Using `F.conv2d` "
                 "is allowed here. " + _IMAGES_TESTED.en),
    hints=[Bi(hi="Convolution = kernel उलटकर cross-correlation। 1-D में उलटना एक अक्ष पर था; 2-D में kernel को कितने अक्षों पर उलटना होगा?",
              en="Convolution = cross-correlation with the kernel flipped. In 1-D the flip was along one axis; along how many "
                 "axes of a 2-D kernel must you flip?"),
           Bi(hi="`w.flip(...)` से उलटिए, और `F.conv2d` को 4-D tensor चाहिए: `x[None, None]`, और अंत में `[0, 0]`। "
                 "ध्यान दीजिए: उलटना transpose (`w.T`) जैसा नहीं है।",
              en="Flip with `w.flip(...)`, and `F.conv2d` needs 4-D tensors: `x[None, None]`, and `[0, 0]` at the end. "
                 "Mind: flipping is not the same as transposing (`w.T`).")])

q9 = Question(
    "08.9", "q9", Number(decimals=0, minimum=0),
    prompt=Bi(hi="`nn.Conv2d(3, 16, kernel_size=5)` (bias के साथ, जो default है) में कुल कितने सीखे जाने वाले parameter हैं? "
                 "पहले हाथ से गिनिए, फिर `sum(p.numel() for p in layer.parameters())` से जाँचिए।",
              en="How many learnable parameters does `nn.Conv2d(3, 16, kernel_size=5)` have in all (with bias, the default)? "
                 "Count by hand first, then check with `sum(p.numel() for p in layer.parameters())`."),
    hints=[Bi(hi="हर output channel का अपना kernel होता है जो *सभी* input channel पर फैला है, और अपना एक bias।",
              en="Each output channel has its own kernel that spans *all* input channels, and one bias of its own."),
           Bi(hi="weight का shape `(16, 3, 5, 5)` है; उसमें bias के 16 मान जोड़िए।",
              en="The weight has shape `(16, 3, 5, 5)`; add the 16 values of the bias.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9]
