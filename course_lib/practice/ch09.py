"""Chapter 09, batch normalization: the seed's five practice questions and four of the chapter's own.

Choices and numbers are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch09.json. The plain key is tests/keys/ch09.py.
"""
import torch

from ..answers import Choice, Function, Number, TensorAnswer
from ..lang import Bi
from ..questions import Question

_NORMS = ("batch_norm", "instance_norm", "group_norm", "layer_norm")  # the library does the work: not allowed


def _images():
    """(x, gamma, beta) for q6: images (N, C, H, W), large values, one image alone, a shifted channel."""
    g = torch.Generator().manual_seed(9)
    return [(torch.randn(4, 3, 5, 5, generator=g) * 2 + 1, torch.randn(3, generator=g), torch.randn(3, generator=g)),
            (torch.randn(2, 2, 3, 3, generator=g) * 100, torch.ones(2), torch.zeros(2)),
            (torch.randn(1, 4, 6, 6, generator=g), torch.rand(4, generator=g) + 0.5, torch.randn(4, generator=g)),
            (torch.randn(8, 1, 2, 2, generator=g) + 50, torch.full((1,), 2.0), torch.full((1,), -1.0))]


def _batches():
    """(batches, momentum) for q7: batches has shape (K, N, F), K batches of N examples with F features."""
    g = torch.Generator().manual_seed(19)
    return [(torch.randn(3, 4, 5, generator=g) * 3 + 2, 0.1), (torch.randn(1, 2, 3, generator=g), 0.1),
            (torch.randn(5, 8, 2, generator=g) * 100, 0.5), (torch.randn(2, 16, 4, generator=g) + 10, 1.0)]


def _evaluation():
    """(x, running_mean, running_var, gamma, beta) for q8: a batch, a batch of 1, large values, a zero variance."""
    g = torch.Generator().manual_seed(29)
    r = lambda *shape: torch.randn(*shape, generator=g)
    return [(r(4, 3), r(3), torch.rand(3, generator=g) + 0.5, r(3), r(3)),
            (r(1, 5), r(5), torch.rand(5, generator=g) + 0.5, r(5), r(5)),
            (r(6, 2) * 100, r(2) * 100, torch.tensor([1e4, 4e4]), torch.ones(2), torch.zeros(2)),
            (r(3, 2), torch.tensor([0.5, -1.0]), torch.tensor([0.0, 2.0]), torch.ones(2), torch.zeros(2))]


q1 = Question(
    "09.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Batch normalization का मुख्य उद्देश्य क्या है? सही कथन का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** Activation function की जगह लेना: BatchNorm हर layer को linear रखता है, ताकि gradient कभी न घटे।\n"
           "- **B.** Training से पहले input चित्रों को एक बार normalize करना, ताकि हर pixel 0 और 1 के बीच रहे।\n"
           "- **C.** हर layer का pre-activation हर mini-batch पर normalize करना, जिससे training स्थिर और तेज़ हो।\n"
           "- **D.** हर कदम के बाद सारे weight थोड़े छोटे करना, ताकि network training data को रट न ले (overfit न करे)।",
        en="What is the main purpose of batch normalization? Write the letter of the true statement, e.g. `\"A\"`.\n\n"
           "- **A.** To replace the activation function: BatchNorm keeps each layer linear so gradients do not shrink.\n"
           "- **B.** To normalize the input images once before training, so that every pixel lies between 0 and 1.\n"
           "- **C.** To normalize each layer's pre-activations per mini-batch, making training stable and fast.\n"
           "- **D.** To shrink the weights after every step, so that the network cannot overfit the training data."),
    hints=[Bi(hi="BatchNorm किस चीज़ के statistics निकालता है, और कब: एक बार, या हर कदम पर? Section 1 और 4 देखें।",
              en="What does BatchNorm take the statistics of, and when: once, or at every step? See sections 1 and 4."),
           Bi(hi="Section 4 में BatchNorm वाले network ने बड़े learning rate पर भी सीखा। वह normalize किसे करता था?",
              en="In section 4 the BatchNorm network learned even at a large learning rate. What was it normalizing?")])

q2 = Question(
    "09.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="मूल BatchNorm paper (2015) ने इसकी सफलता का कारण “internal covariate shift” बताया। इस शब्द का अर्थ क्या है, और बाद "
           "की research (section 7) इसे कैसे देखती है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** पिछली layer के सीखने से अगली layer के input का distribution बदलता रहता है; बाद में दिखा कि मदद का मुख्य कारण यह नहीं।\n"
           "- **B.** Test data training data से अलग distribution से आता है; बाद की research ने दिखाया कि BatchNorm यह अंतर पूरा मिटा देता है।\n"
           "- **C.** Training में layer के weight अपने शुरुआती मानों से दूर खिसकते हैं; बाद में दिखा कि BatchNorm उन्हें शुरुआत के पास रखता है।\n"
           "- **D.** Training में learning rate को धीरे-धीरे घटाना पड़ता है; बाद की research ने पक्का किया कि BatchNorm से यह ज़रूरत ख़त्म होती है।",
        en="The original BatchNorm paper (2015) gave “internal covariate shift” as the reason it works. What does the term "
           "mean, and how does later research (section 7) see it? Write the letter of the true statement.\n\n"
           "- **A.** A layer's input distribution keeps changing as earlier layers learn; later work found this is not the main reason it helps.\n"
           "- **B.** The test data come from another distribution than the training data; later work showed that BatchNorm removes that gap fully.\n"
           "- **C.** A layer's weights drift away from their initial values in training; later work showed that BatchNorm keeps them near the start.\n"
           "- **D.** The learning rate has to be lowered step by step in training; later work confirmed that BatchNorm removes the need for that."),
    hints=[Bi(hi="“Internal” का मतलब है network के भीतर: किस layer का input, और वह क्यों बदलता है?",
              en="“Internal” means inside the network: the input of which layer, and why does it change?"),
           Bi(hi="Santurkar और साथियों (2018) ने distribution को जान-बूझकर हिलाया, फिर भी BatchNorm वाला network अच्छा सीखा। "
                 "उन्होंने असली कारण क्या बताया?",
              en="Santurkar and co-authors (2018) shook the distribution on purpose, and the BatchNorm network still learned "
                 "well. What did they give as the real reason?")])

q3 = Question(
    "09.3", "q3", Number(decimals=0, minimum=0),
    prompt=Bi(hi="`nn.BatchNorm1d` और `nn.BatchNorm2d` का अंतर इस पर है कि statistics किन संख्याओं पर लिए जाते हैं। एक convolution layer "
                 "का output `x` shape `(32, 16, 28, 28)` का है (batch, channel, ऊँचाई, चौड़ाई), और उसके बाद `nn.BatchNorm2d(16)` है। "
                 "Training mode में हर mean $\\mu_B$ कितनी संख्याओं का औसत है? एक पूर्णांक लिखें।",
              en="The difference between `nn.BatchNorm1d` and `nn.BatchNorm2d` is which numbers the statistics are taken over. "
                 "A convolution layer's output `x` has shape `(32, 16, 28, 28)` (batch, channel, height, width), followed by "
                 "`nn.BatchNorm2d(16)`. In training mode, how many numbers is each mean $\\mu_B$ the average of? Write a whole number."),
    hints=[Bi(hi="`nn.BatchNorm2d` कितने mean निकालता है: हर चित्र के लिए एक, हर channel के लिए एक, या हर pixel के लिए एक? Section 1 देखें।",
              en="How many means does `nn.BatchNorm2d` compute: one per image, one per channel, or one per pixel? See section 1."),
           Bi(hi="हर channel का एक mean, जो batch के सारे चित्रों और हर चित्र की सारी जगहों पर लिया जाता है: $N \\cdot H \\cdot W$।",
              en="One mean per channel, taken over all images of the batch and all positions of each image: $N \\cdot H \\cdot W$.")])

q4 = Question(
    "09.4", "q4", Choice("ABCD"),
    prompt=Bi(
        hi="BatchNorm में $\\gamma$ और $\\beta$ की क्या भूमिका है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** $\\gamma$ और $\\beta$ batch का mean और variance हैं; BatchNorm इन्हें हर mini-batch पर नए सिरे से निकालता है।\n"
           "- **B.** $\\gamma$ और $\\beta$ तय स्थिरांक हैं जो किसी feature का variance शून्य होने पर भाग को सुरक्षित रखते हैं।\n"
           "- **C.** $\\gamma$ और $\\beta$ वे running average हैं जिन्हें evaluation mode batch statistics की जगह इस्तेमाल करता है।\n"
           "- **D.** $\\gamma$ और $\\beta$ सीखे जाने वाले scale और shift हैं; इनसे हर layer अपना mean और फैलाव चुनती है।",
        en="What is the role of $\\gamma$ and $\\beta$ in BatchNorm? Write the letter of the true statement.\n\n"
           "- **A.** $\\gamma$ and $\\beta$ are the batch's mean and variance; BatchNorm computes them afresh on every mini-batch.\n"
           "- **B.** $\\gamma$ and $\\beta$ are fixed constants that keep the division safe when a feature's variance is zero.\n"
           "- **C.** $\\gamma$ and $\\beta$ are the running averages that evaluation mode uses instead of batch statistics.\n"
           "- **D.** $\\gamma$ and $\\beta$ are a learned scale and shift; they let each layer choose its mean and spread."),
    hints=[Bi(hi="PyTorch में $\\gamma$ और $\\beta$ `bn.weight` और `bn.bias` हैं। क्या वे `model.parameters()` में आते हैं?",
              en="In PyTorch, $\\gamma$ and $\\beta$ are `bn.weight` and `bn.bias`. Are they among `model.parameters()`?"),
           Bi(hi="Section 1 में $\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$ और $\\beta = \\mu_B$ रखने पर क्या लौटा? और section 4 में "
                 "training के बाद वे कहाँ थे?",
              en="In section 1, what came back with $\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$ and $\\beta = \\mu_B$? And where "
                 "were they after training in section 4?")])

q5 = Question(
    "09.5", "q5", Choice("ABCD"),
    prompt=Bi(
        hi="क्या BatchNorm dropout की तरह regularization भी करता है? सबसे सही कथन का अक्षर लिखें।\n\n"
           "- **A.** नहीं: training mode में हर उदाहरण बिल्कुल अलग से normalize होता है, इसलिए BatchNorm कोई शोर नहीं जोड़ता।\n"
           "- **B.** थोड़ा: batch statistics हर output को batch के साथियों से बाँधते हैं; यह शोर हल्का regularization है।\n"
           "- **C.** हाँ, पूरा: training में BatchNorm dropout की तरह आधे neuron random रूप से बंद कर देता है।\n"
           "- **D.** हाँ, और batch जितना बड़ा, उतना ज़्यादा: बड़े batch के statistics में शोर भी ज़्यादा होता है।",
        en="Does BatchNorm also regularize, like dropout? Write the letter of the most accurate statement.\n\n"
           "- **A.** No: in training mode each example is normalized on its own, so BatchNorm adds no noise at all.\n"
           "- **B.** A little: batch statistics tie each output to its batch mates, a noise that mildly regularizes.\n"
           "- **C.** Yes, fully: in training BatchNorm switches off half of the neurons at random, just like dropout.\n"
           "- **D.** Yes, and more as the batch grows: the statistics of a larger batch carry more noise as well."),
    hints=[Bi(hi="Regularization अक्सर training में शोर से आता है। Section 5 में एक ही अंक दो batch में रखने पर क्या हुआ?",
              en="Regularization often comes from noise in training. In section 5, what happened to one digit put into two batches?"),
           Bi(hi="Section 3 में batch बड़ा करने पर $\\mu_B$ का फैलाव किस तरह बदला?",
              en="In section 3, how did the spread of $\\mu_B$ change as the batch grew?")])

q6 = Question(
    "09.6", "q6", Function(_images, atol=1e-4, rtol=1e-4, forbidden=_NORMS),
    prompt=Bi(hi="अभ्यास: `batchnorm2d_train(x, gamma, beta)` लिखें, यानी training mode में `nn.BatchNorm2d` का output: `x` का shape "
                 "`(N, C, H, W)` है, `gamma` और `beta` का `(C,)`; हर channel को इसी batch के mean और biased variance से normalize करें "
                 "($\\epsilon = 10^{-5}$), फिर scale और shift। `F.batch_norm`, `nn.BatchNorm2d` या कोई दूसरा normalization function "
                 "इस्तेमाल न करें। जाँच इन input पर होगी: shape `(4, 3, 5, 5)` के चित्र, ±100 तक के मान वाला `(2, 2, 3, 3)` tensor, "
                 "1 अकेला चित्र `(1, 4, 6, 6)`, और 50 के आस-पास के मान वाला `(8, 1, 2, 2)` tensor।",
              en="Exercise: write `batchnorm2d_train(x, gamma, beta)`, the output of `nn.BatchNorm2d` in training mode: `x` has "
                 "shape `(N, C, H, W)`, `gamma` and `beta` shape `(C,)`; normalize each channel with this batch's mean and biased "
                 "variance ($\\epsilon = 10^{-5}$), then scale and shift. Do not use `F.batch_norm`, `nn.BatchNorm2d` or any other "
                 "normalization function. It is tested on: images of shape `(4, 3, 5, 5)`, a `(2, 2, 3, 3)` tensor with values up "
                 "to ±100, 1 image alone `(1, 4, 6, 6)`, and a `(8, 1, 2, 2)` tensor with values around 50."),
    hints=[Bi(hi="हर channel का एक mean, batch के सारे चित्रों और सारी जगहों पर: यानी dim 1 को छोड़ बाक़ी सब dims पर। `gamma` को "
                 "`x` से broadcast करने के लिए उसे किस shape में बदलना होगा?",
              en="One mean per channel, over all images and all positions: that is, over every dim except dim 1. Into what "
                 "shape must `gamma` go to broadcast against `x`?"),
           Bi(hi="`x.mean(dim=(0, 2, 3), keepdim=True)` और `x.var(dim=(0, 2, 3), unbiased=False, keepdim=True)`; "
                 "`gamma.view(1, -1, 1, 1)`।",
              en="`x.mean(dim=(0, 2, 3), keepdim=True)` and `x.var(dim=(0, 2, 3), unbiased=False, keepdim=True)`; "
                 "`gamma.view(1, -1, 1, 1)`.")])

q7 = Question(
    "09.7", "q7", Function(_batches, atol=1e-4, rtol=1e-4, forbidden=_NORMS),
    prompt=Bi(hi="अभ्यास: `running_statistics(batches, momentum)` लिखें। `batches` का shape `(K, N, F)` है: $N$ उदाहरणों और $F$ "
                 "feature वाले $K$ batch, जो एक के बाद एक training mode में `nn.BatchNorm1d(F, momentum=momentum)` से गुज़रते हैं। "
                 "शुरुआत PyTorch वाली रखें, और $K$ batch के बाद के running mean और running variance को `torch.stack([mean, var])` "
                 "(shape `(2, F)`) के रूप में लौटाएँ। `nn.BatchNorm1d` का इस्तेमाल न करें। जाँच इन input पर होगी: `(3, 4, 5)` के batch "
                 "momentum 0.1 के साथ, 2 उदाहरणों वाला 1 batch `(1, 2, 3)`, ±100 तक के मान वाले `(5, 8, 2)` momentum 0.5 के साथ, और `(2, 16, 4)` "
                 "momentum 1.0 के साथ।",
              en="Exercise: write `running_statistics(batches, momentum)`. `batches` has shape `(K, N, F)`: $K$ batches of $N$ "
                 "examples and $F$ features, which go one after another through `nn.BatchNorm1d(F, momentum=momentum)` in "
                 "training mode. Start as PyTorch does, and return the running mean and running variance after the $K$ batches "
                 "as `torch.stack([mean, var])` (shape `(2, F)`). Do not use `nn.BatchNorm1d`. It is tested on: batches "
                 "`(3, 4, 5)` with momentum 0.1, 1 batch of 2 `(1, 2, 3)`, `(5, 8, 2)` with values up to ±100 and momentum 0.5, "
                 "and `(2, 16, 4)` with momentum 1.0."),
    hints=[Bi(hi="Section 2 देखें: running mean और running variance किन मानों से शुरू होते हैं, हर batch पर किस नियम से बदलते "
                 "हैं, और running variance में कौन-सा variance जुड़ता है?",
              en="See section 2: which values do the running mean and running variance start from, by which rule do they "
                 "change on each batch, and which variance goes into the running variance?"),
           Bi(hi="`mean, var = torch.zeros(F), torch.ones(F)` से शुरू करें; हर `batch` के लिए "
                 "`mean = (1 - momentum) * mean + momentum * batch.mean(0)`, और variance के लिए `batch.var(0)` (unbiased, जो "
                 "PyTorch का default है)।",
              en="Start from `mean, var = torch.zeros(F), torch.ones(F)`; for each `batch`, "
                 "`mean = (1 - momentum) * mean + momentum * batch.mean(0)`, and for the variance `batch.var(0)` (unbiased, "
                 "PyTorch's default).")])

q8 = Question(
    "09.8", "q8", Function(_evaluation, atol=1e-4, rtol=1e-4, forbidden=_NORMS),
    prompt=Bi(hi="अभ्यास: `batchnorm_eval(x, running_mean, running_var, gamma, beta)` लिखें, यानी evaluation mode में "
                 "`nn.BatchNorm1d` का output ($\\epsilon = 10^{-5}$); `x` का shape `(N, F)` है, बाक़ी सबका `(F,)`। `F.batch_norm` "
                 "या `nn.BatchNorm1d` का इस्तेमाल न करें। जाँच इन input पर होगी: 4 उदाहरणों का batch, 1 का batch, ±100 के आस-पास के मान "
                 "(running variance 10000 तक), और एक feature जिसका running variance ठीक 0 है।",
              en="Exercise: write `batchnorm_eval(x, running_mean, running_var, gamma, beta)`, the output of `nn.BatchNorm1d` in "
                 "evaluation mode ($\\epsilon = 10^{-5}$); `x` has shape `(N, F)`, all the others `(F,)`. Do not use "
                 "`F.batch_norm` or `nn.BatchNorm1d`. It is tested on: a batch of 4 examples, a batch of 1, values around ±100 "
                 "(running variance up to 10000), and a feature whose running variance is exactly 0."),
    hints=[Bi(hi="Evaluation mode में कौन-से statistics लगते हैं: इस batch के, या training में इकट्ठे किए गए? तब क्या 1 का batch भी चलेगा?",
              en="Which statistics does evaluation mode use: this batch's, or the ones gathered in training? Does a batch of "
                 "1 work then?"),
           Bi(hi="section 1 वाला सूत्र ही, बस $\\mu_B$ और $\\sigma_B^2$ की जगह `running_mean` और `running_var`; और $\\epsilon$ "
                 "न भूलें: variance 0 हो तो उसके बिना भाग शून्य से होगा।",
              en="The formula of section 1, with `running_mean` and `running_var` in place of $\\mu_B$ and $\\sigma_B^2$; and "
                 "do not forget $\\epsilon$: with a variance of 0 you would divide by zero without it.")])

q9 = Question(
    "09.9", "q9", TensorAnswer(atol=1e-3),
    prompt=Bi(hi="**पहले अनुमान लगाएँ, फिर चलाएँ।** यह code क्या छापेगा?\n\n"
                 "```python\nbn = nn.BatchNorm1d(1)\nprint(bn(torch.tensor([[1.0], [2.0], [6.0]])))\n```\n\n"
                 "इसे चलाने से *पहले* अपना अनुमान shape `(3, 1)` के tensor के रूप में लिखें, दशमलव के बाद कम से कम 3 अंकों तक "
                 "(जैसे `torch.tensor([[...], [...], [...]])`); जाँच के बाद code चलाकर देखें।",
              en="**Predict first, then run.** What does this code print?\n\n"
                 "```python\nbn = nn.BatchNorm1d(1)\nprint(bn(torch.tensor([[1.0], [2.0], [6.0]])))\n```\n\n"
                 "*Before* running it, write your prediction as a tensor of shape `(3, 1)`, to at least 3 decimal places "
                 "(e.g. `torch.tensor([[...], [...], [...]])`); after checking, run the code and see."),
    hints=[Bi(hi="नया बना module किस mode में होता है? उस mode में कौन-से statistics लगते हैं, और शुरुआत में $\\gamma$ और $\\beta$ कितने हैं?",
              en="Which mode is a freshly made module in? Which statistics does that mode use, and what are $\\gamma$ and "
                 "$\\beta$ at the start?"),
           Bi(hi="Training mode: mean 3, और biased variance $(4 + 1 + 9)/3$। हर मान से mean घटाकर std से भाग दें।",
              en="Training mode: mean 3, and the biased variance $(4 + 1 + 9)/3$. Subtract the mean from each value and divide by the std.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9]
