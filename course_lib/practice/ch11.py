"""Chapter 11, vanishing and exploding gradients: the seed's five practice questions and three of the chapter's own.

Choices and numbers are checked against salted hashes, tensors and functions against
reference values sealed in keys/ch11.json. The plain key is tests/keys/ch11.py.
"""
import torch

from ..answers import Choice, Function, Number
from ..lang import Bi
from ..models import mlp
from ..questions import Question


def _norm_inputs():
    """(norms, max_norm) cases for q6: clipped and not, all-zero norms, a spread of sizes, huge norms."""
    return [(torch.tensor([3.0, 4.0]), 1.0),
            (torch.tensor([3.0, 4.0]), 10.0),
            (torch.zeros(3), 1.0),
            (torch.tensor([0.001, 0.5, 2.0, 30.0]), 5.0),
            (torch.tensor([100.0, 100.0, 100.0, 100.0]), 1.0)]


def _model_inputs():
    """(model, x, y) cases for q7: small networks from course_lib.models.mlp with fixed seeds, 20 random examples."""
    gen = torch.Generator().manual_seed(11)
    x = torch.randn(20, 8, generator=gen)
    y = torch.randint(0, 3, (20,), generator=gen)
    return [(mlp([8, 16, 16, 16, 3], "sigmoid", seed=1), x, y),
            (mlp([8, 32, 32, 3], "relu", "he", seed=2), x, y),
            (mlp([8, 16, 16, 16, 3], "tanh", "large", seed=3), x * 10, y)]


q1 = Question(
    "11.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Vanishing gradient क्या है, और अपनी training में इसे कैसे पहचानेंगे? सही कथन का अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** आख़िरी layer के gradient शून्य के पास होते हैं; पहचान: training loss पहले कदम से ही `nan` आता है।\n"
           "- **B.** सारे weight धीरे-धीरे शून्य हो जाते हैं; पहचान: हर layer के weight का norm हर epoch घटता है।\n"
           "- **C.** शुरुआती layer तक बहुत छोटा gradient पहुँचता है; पहचान: हर layer का gradient norm लिखकर तुलना।\n"
           "- **D.** Loss का gradient हर जगह बराबर हो जाता है; पहचान: training और test loss एक जैसे दिखते हैं।",
        en="What is a vanishing gradient, and how do you recognise it in your own training? Write the letter of the true "
           "statement, e.g. `\"A\"`.\n\n"
           "- **A.** The last layer's gradients are near zero; the sign: the training loss is `nan` right from the start.\n"
           "- **B.** All the weights slowly shrink to zero; the sign: every layer's weight norm falls each epoch.\n"
           "- **C.** Little gradient reaches the early layers; the sign: compare each layer's logged gradient norm.\n"
           "- **D.** The loss gradient becomes equal everywhere; the sign: training and test loss look the same."),
    hints=[Bi(hi="Backpropagation में gradient किस दिशा में चलता है, और रास्ते में उसके साथ क्या होता है? Section 2 का plot देखें।",
              en="In which direction does backpropagation carry the gradient, and what happens to it on the way? "
                 "Look at the plot of section 2."),
           Bi(hi="Section 7 में समस्या किस चीज़ को लिखकर पकड़ी गई थी, और किन layer की तुलना हुई थी?",
              en="In section 7, what was logged to catch the problem, and which layers were compared?")])

q2 = Question(
    "11.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="Exploding gradient का model पर क्या असर होता है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** Weight के update बहुत बड़े होते हैं; loss उछलता है और `nan` या `inf` तक जा सकता है।\n"
           "- **B.** Model training data रट लेता है; training loss घटता है पर test loss लगातार बढ़ता है।\n"
           "- **C.** सिर्फ़ आख़िरी layer बदलती है; शुरुआती layer के weight training भर बिल्कुल जस के तस रहते हैं।\n"
           "- **D.** बड़े gradient से training बस तेज़ होती है; loss हर कदम पर पहले से ज़्यादा तेज़ी से घटता है।",
        en="What does an exploding gradient do to a model? Write the letter of the true statement.\n\n"
           "- **A.** Weight updates become huge; the loss jumps around and can reach `nan` or `inf`.\n"
           "- **B.** The model memorises the training data; training loss falls while test loss keeps rising.\n"
           "- **C.** Only the last layer changes; the early layers' weights stay exactly as they were all along.\n"
           "- **D.** Large gradients simply speed training up; the loss falls faster at every step than before."),
    hints=[Bi(hi="SGD का update $w \\leftarrow w - \\eta\\, g$ है। $g$ बहुत बड़ा हो तो कदम कैसा होगा?",
              en="The SGD update is $w \\leftarrow w - \\eta\\, g$. What kind of step do you get when $g$ is huge?"),
           Bi(hi="Section 5 में η = 1 और clipping के बिना वाले run का loss और gradient norm देखें।",
              en="In section 5, look at the loss and the gradient norm of the run with η = 1 and no clipping.")])

q3 = Question(
    "11.3", "q3", Number(decimals=6, steps=1, minimum=0),
    prompt=Bi(hi="Activation function gradient को कैसे प्रभावित करता है: पाँच sigmoid layer की एक कतार में पीछे जाते हुए, सिर्फ़ "
                 "activation के derivative (weight को छोड़कर) gradient को अधिक से अधिक किस संख्या से गुणा कर सकते हैं? "
                 "दशमलव के बाद 6 अंकों तक एक संख्या लिखें।",
              en="How an activation function affects the gradient: going back through a chain of five sigmoid layers, at most "
                 "what number can the activation's derivatives alone (the weights aside) multiply the gradient by? "
                 "Write a number, to 6 decimal places."),
    hints=[Bi(hi="हर sigmoid layer से गुज़रने पर gradient $\\sigma'(z)$ से गुणा होता है। $\\sigma'$ का सबसे बड़ा मान कितना है "
                 "(अध्याय 06)?",
              en="Passing through each sigmoid layer multiplies the gradient by $\\sigma'(z)$. What is the largest value of "
                 "$\\sigma'$ (chapter 06)?"),
           Bi(hi="$\\sigma'$ का अधिकतम $\\sigma'(0)$ है; पाँच layer का मतलब ऐसे पाँच गुणक।",
              en="The maximum of $\\sigma'$ is $\\sigma'(0)$; five layers mean five such factors.")])

q4 = Question(
    "11.4", "q4", Choice("ABCD"),
    prompt=Bi(
        hi="Gradient clipping (`clip_grad_norm_`) क्यों ज़रूरी होता है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** यह vanishing gradient को ठीक करता है: छोटे gradient को `max_norm` तक बड़ा कर देता है।\n"
           "- **B.** यह कदम की लंबाई सीमित रखता है: उछाल पर भी update बहुत बड़ा नहीं, दिशा वही रहती है।\n"
           "- **C.** यह हर gradient तत्व को अलग से `max_norm` पर काटता है, इसलिए gradient की दिशा बदलती है।\n"
           "- **D.** यह learning rate को हर कदम पर अपने-आप घटाता है, इसलिए बाद में scheduler की ज़रूरत नहीं।",
        en="Why is gradient clipping (`clip_grad_norm_`) needed? Write the letter of the true statement.\n\n"
           "- **A.** It fixes vanishing gradients: it scales every small gradient up to length `max_norm`.\n"
           "- **B.** It bounds the step length: a spike cannot cause a huge update; the direction stays.\n"
           "- **C.** It cuts every gradient element at `max_norm` separately, so the direction changes.\n"
           "- **D.** It lowers the learning rate at every step by itself, so no scheduler is needed later."),
    hints=[Bi(hi="`clip_grad_norm_` पूरे gradient को एक ही गुणक $\\min(1, \\text{max\\_norm} / \\lVert g \\rVert)$ से गुणा करता है। "
                 "यह गुणक कभी 1 से बड़ा होता है?",
              en="`clip_grad_norm_` multiplies the whole gradient by one factor $\\min(1, \\text{max\\_norm} / \\lVert g \\rVert)$. "
                 "Is that factor ever above 1?"),
           Bi(hi="सारे तत्वों को एक ही संख्या से गुणा करने पर vector की दिशा का क्या होता है? Section 5 का η = 1 वाला run भी याद करें।",
              en="What happens to a vector's direction when all its elements are multiplied by one number? Recall the η = 1 "
                 "run of section 5 too.")])

q5 = Question(
    "11.5", "q5", Choice("ABCD"),
    prompt=Bi(
        hi="BatchNorm vanishing और exploding gradient को कैसे कम करता है? सही कथन का अक्षर लिखें।\n\n"
           "- **A.** यह backward pass में हर gradient को काटकर `[-1, 1]` के भीतर रखता है, जैसे clipping करता है।\n"
           "- **B.** यह training में weight को हर कदम के बाद normalize करता है, ताकि उनका norm ठीक 1 ही रहे।\n"
           "- **C.** यह sigmoid को ReLU में बदल देता है, इसलिए derivative हर धनात्मक $z$ पर ठीक 1 हो जाता है।\n"
           "- **D.** यह हर layer के $z$ को batch के mean और std से normalize करता है, जिससे पैमाना बना रहे।",
        en="How does BatchNorm reduce vanishing and exploding gradients? Write the letter of the true statement.\n\n"
           "- **A.** It cuts every gradient in the backward pass to stay inside `[-1, 1]`, as clipping does.\n"
           "- **B.** It normalizes the weights after each training step, so that their norm stays exactly 1.\n"
           "- **C.** It turns sigmoid into ReLU, so the derivative becomes exactly 1 for every positive $z$.\n"
           "- **D.** It normalizes every layer's $z$ with batch mean and std, so the scale is kept."),
    hints=[Bi(hi="BatchNorm किस चीज़ को normalize करता है: weight को, gradient को, या layer के भीतर बहते मानों को?",
              en="What does BatchNorm normalize: the weights, the gradients, or the values flowing through a layer?"),
           Bi(hi="Section 6 में BatchNorm के साथ sigmoid network के $z$ का क्या हुआ, और इससे $\\sigma'(z)$ पर क्या असर पड़ा?",
              en="In section 6, what happened to the sigmoid network's $z$ with BatchNorm, and what did that do to $\\sigma'(z)$?")])

q6 = Question(
    "11.6", "q6", Function(_norm_inputs, atol=1e-5, rtol=1e-4),
    prompt=Bi(hi="अभ्यास: आपके logger ने training के एक कदम पर हर layer के gradient का norm $\\lVert g_l \\rVert$ (उस layer के सारे "
                 "parameter मिलाकर) एक 1-D tensor `norms` में लिखा। `clipped_layer_norms(norms, max_norm)` लिखें, जो बताए कि उसी कदम "
                 "पर `clip_grad_norm_(model.parameters(), max_norm)` चलने के बाद हर layer के gradient का norm कितना होता। "
                 "`norms` को in-place न बदलें। जाँच इन input पर होगी: `norms` = [3, 4] के साथ `max_norm` 1 और 10; "
                 "सारे शून्य, [0, 0, 0] (NaN नहीं आना चाहिए); [0.001, 0.5, 2, 30] के साथ `max_norm` 5; और चार layer, हर एक 100, "
                 "`max_norm` 1 के साथ।",
              en="Exercise: at one training step, your logger wrote each layer's gradient norm $\\lVert g_l \\rVert$ (all of "
                 "that layer's parameters together) into a 1-D tensor `norms`. Write `clipped_layer_norms(norms, max_norm)`, "
                 "returning what each layer's gradient norm would be after `clip_grad_norm_(model.parameters(), max_norm)` "
                 "ran on that step. Do not change `norms` in place. It is tested on: `norms` = [3, 4] with `max_norm` 1 and 10; "
                 "all zeros, [0, 0, 0] (no NaN allowed); [0.001, 0.5, 2, 30] with `max_norm` 5; and four layers of 100 each "
                 "with `max_norm` 1."),
    hints=[Bi(hi="`clip_grad_norm_` सारे parameter के gradient को एक ही लंबा vector मानता है। जिन टुकड़ों की लंबाई आपको पता है, उन्हें "
                 "जोड़कर बने vector की लंबाई कितनी होगी? और क्या हर layer अलग से काटी जाती है?",
              en="`clip_grad_norm_` treats the gradients of all parameters as one long vector. How long is a vector made by "
                 "joining pieces whose lengths you know? And is each layer cut on its own?"),
           Bi(hi="कुल norm जोड़ नहीं, Pythagoras है: $\\sqrt{\\sum_l \\lVert g_l \\rVert^2}$। उसके बाद हर layer एक ही गुणक से "
                 "गुणा होती है, जो कभी 1 से बड़ा नहीं होता; शून्य से भाग से बचने के लिए PyTorch भाजक में `1e-6` जोड़ता है।",
              en="The total norm is not a sum but Pythagoras: $\\sqrt{\\sum_l \\lVert g_l \\rVert^2}$. After that every layer "
                 "is multiplied by the same factor, never above 1; against division by zero PyTorch adds `1e-6` below.")])

q7 = Question(
    "11.7", "q7", Function(_model_inputs, atol=1e-5, rtol=1e-3),
    prompt=Bi(hi="अभ्यास: `layer_deltas(model, x, y)` लिखें: loss `F.cross_entropy(model(x), y)` का backward pass चलाएँ, और model की "
                 "हर `nn.Linear` layer के output $z$ का gradient $\\lVert \\partial L / \\partial z \\rVert$ (पूरे batch का, "
                 "batch × width tensor का norm) एक tensor में लौटाएँ, input की ओर वाली layer पहले। Hook का इस्तेमाल करें "
                 "(section 7) और अंत में उन्हें हटा दें। (पहली layer पर PyTorch चेतावनी दे सकता है कि `x` को gradient नहीं चाहिए, "
                 "इसलिए hook output पर चल रहा है: यहाँ यह ठीक है।) जाँच तीन छोटे network पर होगी (`course_lib.models.mlp`, "
                 "तय seed): sigmoid `[8, 16, 16, 16, 3]`, ReLU + He `[8, 32, 32, 3]`, और tanh + large `[8, 16, 16, 16, 3]`, "
                 "20 random उदाहरणों पर (tanh वाले में input 10 गुना बड़े)।",
              en="Exercise: write `layer_deltas(model, x, y)`: run the backward pass of the loss `F.cross_entropy(model(x), y)` "
                 "and return, as one tensor, the gradient $\\lVert \\partial L / \\partial z \\rVert$ of the output $z$ of every "
                 "`nn.Linear` layer of the model (over the whole batch: the norm of the batch × width tensor), the layer next "
                 "to the input first. Use hooks (section 7) and remove them at the end. (On the first layer PyTorch may warn "
                 "that `x` needs no gradient, so the hook fires on the output: that is fine here.) It is tested on three small "
                 "networks (`course_lib.models.mlp`, fixed seeds): sigmoid `[8, 16, 16, 16, 3]`, ReLU + He `[8, 32, 32, 3]`, "
                 "and tanh + large `[8, 16, 16, 16, 3]`, on 20 random examples (with inputs 10 times larger for the tanh one)."),
    hints=[Bi(hi="Module का full backward hook अपने output का gradient (`grad_output`) पाता है। Backward pass layer तक किस क्रम में "
                 "पहुँचता है?",
              en="A module's full backward hook receives the gradient of its output (`grad_output`). In which order does the "
                 "backward pass reach the layers?"),
           Bi(hi="हर `nn.Linear` (`model.modules()` में) पर `register_full_backward_hook(lambda m, grad_input, grad_output: ...)` "
                 "लगाकर `grad_output[0].norm()` एक list में जोड़ें। Backward के बाद वह list output की ओर से भरी होती है।",
              en="On every `nn.Linear` (in `model.modules()`) put `register_full_backward_hook(lambda m, grad_input, grad_output: ...)` "
                 "and append `grad_output[0].norm()` to a list. After the backward pass that list is filled from the output side.")])

q8 = Question(
    "11.8", "q8", Number(decimals=2, minimum=0),
    prompt=Bi(hi="**पहले अनुमान लगाएँ, फिर चलाएँ।** यह code क्या छापेगा?\n\n"
                 "```python\np = torch.nn.Parameter(torch.zeros(2))\np.grad = torch.tensor([6.0, 8.0])\n"
                 "print(torch.nn.utils.clip_grad_norm_([p], max_norm=1.0))\n```\n\n"
                 "इसे चलाने से *पहले* अपना अनुमान एक संख्या के रूप में लिखें; जाँच के बाद code चलाकर देखें।",
              en="**Predict first, then run.** What does this code print?\n\n"
                 "```python\np = torch.nn.Parameter(torch.zeros(2))\np.grad = torch.tensor([6.0, 8.0])\n"
                 "print(torch.nn.utils.clip_grad_norm_([p], max_norm=1.0))\n```\n\n"
                 "*Before* running it, write your prediction as a number; after checking, run the code and see."),
    hints=[Bi(hi="`clip_grad_norm_` दो काम करता है: `p.grad` को बदलता है, और एक संख्या लौटाता है। वह संख्या clipping से पहले की है "
                 "या बाद की? `help(torch.nn.utils.clip_grad_norm_)` देखें।",
              en="`clip_grad_norm_` does two things: it changes `p.grad`, and it returns a number. Is that number from before "
                 "the clipping or after? See `help(torch.nn.utils.clip_grad_norm_)`."),
           Bi(hi="लौटने वाला मान clipping से पहले का है: सारे gradient को एक vector मानकर उसका कुल norm। `p.grad` का norm कितना है?",
              en="The value returned is from before the clipping: the total norm of all the gradients taken as one vector. "
                 "What is the norm of `p.grad`?")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8]
