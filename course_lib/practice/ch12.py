"""Chapter 12, deep neural networks: the seed's fifteen practice questions and three of the chapter's own.

12.1–12.5: seed 004, DNN architecture; 12.6–12.10: seed 004, training a DNN; 12.11–12.15: seed 003
(MNIST results, L2, dropout, data augmentation, early stopping); 12.16–12.18: the chapter's code exercises.
Choices and numbers are checked against salted hashes, functions against sealed reference outputs
(keys/ch12.json). The plain key is tests/keys/ch12.py.
"""
import torch

from ..answers import Choice, Function, Number, Shape
from ..lang import Bi
from ..questions import Question

_SIZES_TESTED = Bi(
    hi="जाँच इन list पर होगी: `[784, 512, 256, 10]`, `[784, 30, 10]`, `[784, 10]`, `[1, 1]`, `[2, 3, 3, 3, 1]` "
       "और `[1000, 1000, 1000]`।",
    en="It is tested on these lists: `[784, 512, 256, 10]`, `[784, 30, 10]`, `[784, 10]`, `[1, 1]`, "
       "`[2, 3, 3, 3, 1]` and `[1000, 1000, 1000]`.")


def _sizes():
    """Layer sizes n_parameters is tried on (as _SIZES_TESTED says): the seed's net, Nielsen's, extremes."""
    return [([784, 512, 256, 10],), ([784, 30, 10],), ([784, 10],), ([1, 1],), ([2, 3, 3, 3, 1],),
            ([1000, 1000, 1000],)]


_CURVES_TESTED = Bi(
    hi="जाँच इन पर होगी: `[0.80, 0.84, 0.86, 0.85, 0.85, 0.88]` के साथ patience 1, 2 और 3; लगातार बढ़ती 10 epoch की सटीकता "
       "(patience 2); `[0.90, 0.80, 0.85, 0.86, 0.87]` (patience 2); पूरी तरह सपाट 6 epoch की सटीकता (patience 2); और सिर्फ़ एक epoch वाला curve `[0.5]` (patience 3)।",
    en="It is tested on: `[0.80, 0.84, 0.86, 0.85, 0.85, 0.88]` with patience 1, 2 and 3; an accuracy rising every "
       "epoch for 10 epochs (patience 2); `[0.90, 0.80, 0.85, 0.86, 0.87]` (patience 2); a completely flat accuracy over 6 epochs (patience 2); and a curve of a "
       "single epoch, `[0.5]` (patience 3).")


def _curves():
    """(val_acc, patience) pairs stop_epoch is tried on (as _CURVES_TESTED says)."""
    wobbly = torch.tensor([0.80, 0.84, 0.86, 0.85, 0.85, 0.88])
    return [(wobbly, 1), (wobbly, 2), (wobbly, 3), (torch.linspace(0.5, 0.95, 10), 2),
            (torch.tensor([0.90, 0.80, 0.85, 0.86, 0.87]), 2), (torch.full((6,), 0.7), 2), (torch.tensor([0.5]), 3)]


_CONFUSION_TESTED = Bi(
    hi="जाँच इन पर होगी: एक 2 × 2 matrix `[[8, 2], [1, 9]]`, एक 3 × 3 matrix जिसमें एक class हमेशा ग़लत है, "
       "एक पूरी तरह सही (diagonal) 10 × 10 matrix, और random गिनतियों वाली एक 10 × 10 matrix। हर पंक्ति में कम से कम "
       "एक उदाहरण है।",
    en="It is tested on: a 2 × 2 matrix `[[8, 2], [1, 9]]`, a 3 × 3 matrix in which one class is always wrong, a "
       "perfect (diagonal) 10 × 10 matrix, and a 10 × 10 matrix of random counts. Every row holds at least one example.")


def _confusions():
    """Confusion matrices per_class_recall is tried on (as _CONFUSION_TESTED says); integer counts."""
    g = torch.Generator().manual_seed(12)
    return [torch.tensor([[8, 2], [1, 9]]), torch.tensor([[5, 0, 1], [4, 0, 2], [0, 1, 7]]),
            torch.diag(torch.arange(1, 11)), torch.randint(1, 50, (10, 10), generator=g)]


def _letter(hi, en):
    """A multiple-choice prompt: the question and its options, then how to answer."""
    return Bi(hi=hi + "अपने चुने विकल्प का अक्षर लिखें, जैसे `\"A\"`।", en=en + "Write the letter of your choice, e.g. `\"A\"`.")


q1 = Question(
    "12.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="DNN की architecture में कौन-कौन से भाग होते हैं? नीचे दिए विकल्पों में से कौन-सा architecture का भाग **नहीं**, बल्कि "
           "training की एक setting है? उसका अक्षर लिखें, जैसे `\"A\"`।\n\n"
           "- **A.** hidden layer की संख्या, और हर layer में neuron की संख्या\n"
           "- **B.** हर hidden layer का activation function, जैसे ReLU\n"
           "- **C.** network को कितने epoch तक train किया जाएगा\n"
           "- **D.** output layer का आकार, जैसे अंकों के लिए 10 neuron",
        en="What are the parts of a DNN's architecture? Which of these is **not** a part of the architecture but a "
           "setting of the training? Write its letter, e.g. `\"A\"`.\n\n"
           "- **A.** the number of hidden layers, and the number of neurons in each\n"
           "- **B.** the activation function of each hidden layer, such as ReLU\n"
           "- **C.** how many epochs the network will be trained for\n"
           "- **D.** the size of the output layer, such as 10 neurons for digits"),
    hints=[Bi(hi="Architecture बताती है कि network *कैसा दिखता है*: इसे `mlp(...)` या `nn.Sequential` बनाते समय तय करना पड़ता है।",
              en="The architecture says what the network *looks like*: it must be fixed when you build `mlp(...)` or `nn.Sequential`."),
           Bi(hi="कौन-सी चीज़ model बनने के बाद, `fit(...)` बुलाते समय तय होती है?",
              en="Which item is decided only after the model is built, when you call `fit(...)`?")])

q2 = Question(
    "12.2", "q2", Choice("ABCD"),
    prompt=Bi(
        hi="Hidden layer कितनी होनी चाहिए, और उनकी संख्या से क्या फ़र्क़ पड़ता है? कौन-सा कथन सही है? उसका अक्षर लिखें।\n\n"
           "- **A.** हर नई hidden layer test सटीकता बढ़ाती है, इसलिए सबसे गहरा network ही हमेशा सबसे अच्छा है।\n"
           "- **B.** ज़्यादा layer से क्षमता बढ़ती है, पर ठीक training के बिना गहराई से फ़ायदा न मिलना आम है।\n"
           "- **C.** कुल neuron उतने ही रहें, तो hidden layer की संख्या से network पर कोई असर नहीं पड़ता।\n"
           "- **D.** Hidden layer सिर्फ़ चित्रों में काम आती हैं; table जैसे data के लिए कोई hidden layer नहीं चाहिए।",
        en="How many hidden layers should there be, and what difference does it make? Which statement is true? Write "
           "its letter.\n\n"
           "- **A.** Every extra hidden layer raises test accuracy, so the deepest network is always the best.\n"
           "- **B.** More layers add capacity, but without careful training depth often does not help at all.\n"
           "- **C.** If the total number of neurons stays the same, the number of hidden layers has no effect at all.\n"
           "- **D.** Hidden layers only help with images; tabular data needs no hidden layer at all."),
    hints=[Bi(hi="अध्याय के section 7 में Nielsen के sigmoid network पर hidden layer बढ़ाने का नतीजा देखें।",
              en="See in section 7 of the chapter what adding hidden layers did to Nielsen's sigmoid network."),
           Bi(hi="गहराई तभी काम आती है जब gradient हर layer तक ठीक पहुँचे (अध्याय 09–11)। कौन-सा कथन यह शर्त मानता है?",
              en="Depth pays only when the gradient reaches every layer well (chapters 09–11). Which statement allows for that?")])

q3 = Question(
    "12.3", "q3", Number(decimals=0, minimum=0),
    prompt=Bi(hi="Activation function का architecture में क्या महत्व है? 784 → 512 → 256 → 10 network से सारे ReLU हटा दें: "
                 "तब पूरा network एक अकेली `nn.Linear` layer के बराबर हो जाता है। उस अकेली layer में कितने parameter "
                 "(weight + bias) होंगे? एक पूर्णांक लिखें।",
              en="Why does the activation function matter in the architecture? Remove all the ReLUs from the "
                 "784 → 512 → 256 → 10 network: then the whole network equals one single `nn.Linear` layer. How many "
                 "parameters (weights + biases) does that single layer have? Write a whole number."),
    hints=[Bi(hi="Linear map के बाद linear map फिर एक linear map है (अध्याय 06)। वह अकेली layer किस input size से किस output size तक जाती है?",
              en="A linear map after a linear map is again one linear map (chapter 06). From which input size to which output size does that single layer go?"),
           Bi(hi="`nn.Linear(n_in, n_out)` में weight $n_{out} × n_{in}$ और bias $n_{out}$ मान होते हैं।",
              en="`nn.Linear(n_in, n_out)` has $n_{out} × n_{in}$ weights and $n_{out}$ biases.")])

q4 = Question(
    "12.4", "q4", Choice("ABCD"),
    prompt=Bi(
        hi="DNN में overfitting कैसे रोका जाता है? इनमें से कौन-सा बदलाव overfitting से **नहीं** लड़ता? उसका अक्षर लिखें।\n\n"
           "- **A.** loss में weight पर L2 penalty जोड़ना (weight decay)\n"
           "- **B.** training में hidden neuron को random तौर पर बंद करना\n"
           "- **C.** training के अंकों को हर बार थोड़ा खिसकाकर दिखाना\n"
           "- **D.** उसी data पर पहले से ज़्यादा epoch तक train करना",
        en="How is overfitting prevented in a DNN? Which of these changes does **not** fight overfitting? Write its "
           "letter.\n\n"
           "- **A.** adding an L2 penalty on the weights to the loss (weight decay)\n"
           "- **B.** switching hidden neurons off at random during training\n"
           "- **C.** showing the training digits slightly shifted each time\n"
           "- **D.** training on the same data for more epochs than before"),
    hints=[Bi(hi="Overfitting का मतलब: network training data याद कर लेता है। कौन-सा बदलाव याद करने का और मौका देता है?",
              en="Overfitting means the network memorises the training data. Which change gives it more chance to memorise?"),
           Bi(hi="Section 3 के curve देखें: epoch बढ़ने के साथ validation loss का क्या हुआ?",
              en="Look at the curves of section 3: what happened to the validation loss as the epochs went on?")])

q5 = Question(
    "12.5", "q5", Choice("ABCD"),
    prompt=Bi(
        hi="Architecture tuning (layer, neuron, learning rate जैसी settings चुनना) कैसे किया जाता है? सही तरीक़े का अक्षर लिखें।\n\n"
           "- **A.** settings की तुलना validation set पर करें, और test set को बस आख़िर में एक बार छुएँ।\n"
           "- **B.** settings की तुलना test set पर करें, क्योंकि उस data पर network कभी train नहीं हुआ।\n"
           "- **C.** settings की तुलना training set पर करें: सबसे कम training loss वाली setting सबसे अच्छी है।\n"
           "- **D.** memory में समाने वाला सबसे बड़ा network लें; बाक़ी settings से ख़ास फ़र्क़ नहीं पड़ता।",
        en="How is architecture tuning done (choosing settings such as layers, neurons, the learning rate)? Write the "
           "letter of the right way.\n\n"
           "- **A.** Compare settings on a validation set, and touch the test set only once, at the end.\n"
           "- **B.** Compare settings on the test set, since the network never trained on that data.\n"
           "- **C.** Compare settings on the training set: the lowest training loss marks the best setting.\n"
           "- **D.** Take the largest network that fits in memory; the other settings matter little."),
    hints=[Bi(hi="जिस data पर आप बार-बार चुनाव करते हैं, उस पर नतीजा धीरे-धीरे ज़रूरत से ज़्यादा आशावादी हो जाता है। अंतिम नतीजा किस data पर निष्पक्ष रहेगा?",
              en="Data you choose on again and again slowly gives too optimistic a result. Which data keeps the final result honest?"),
           Bi(hi="Section 3 में 200 अंकों पर training loss लगभग 0 था: क्या वह network सबसे अच्छा था?",
              en="In section 3 the training loss on 200 digits was nearly 0: was that network the best?")])

q6 = Question(
    "12.6", "q6", Choice("ABCD"),
    prompt=_letter(
        hi="DNN और shallow network में क्या फ़र्क़ है? Notes की परिभाषा (दो या ज़्यादा hidden layer) के अनुसार इनमें से कौन-सा "
           "network deep है? sizes में पहली संख्या input है, आख़िरी output।\n\n"
           "- **A.** `[784, 100, 10]`\n- **B.** `[784, 10]`\n- **C.** `[784, 64, 64, 10]`\n- **D.** `[150528, 4096, 1000]`\n\n",
        en="What is the difference between a DNN and a shallow network? By the notes' definition (two or more hidden "
           "layers), which of these networks is deep? In sizes the first number is the input, the last the output.\n\n"
           "- **A.** `[784, 100, 10]`\n- **B.** `[784, 10]`\n- **C.** `[784, 64, 64, 10]`\n- **D.** `[150528, 4096, 1000]`\n\n"),
    hints=[Bi(hi="गहराई neuron की संख्या से नहीं, layer की संख्या से आती है।", en="Depth comes from the number of layers, not of neurons."),
           Bi(hi="हर list में पहली और आख़िरी संख्या छोड़कर बाक़ी गिनें: वही hidden layer हैं।",
              en="In each list, count the numbers other than the first and the last: those are the hidden layers.")])

q7 = Question(
    "12.7", "q7", Choice("ABCD"),
    prompt=_letter(
        hi="DNN की training में कौन-कौन से कदम होते हैं? Training loop के भीतर एक mini-batch पर कौन-सा क्रम सही है?\n\n"
           "- **A.** forward → `loss.backward()` → loss निकालना → `step()` → `zero_grad()`\n"
           "- **B.** loss निकालना → forward → `step()` → `loss.backward()` → `zero_grad()`\n"
           "- **C.** forward → loss निकालना → `step()` → `zero_grad()` → `loss.backward()`\n"
           "- **D.** forward → loss निकालना → `zero_grad()` → `loss.backward()` → `step()`\n\n",
        en="What are the steps of training a DNN? Inside the training loop, which order is right for one mini-batch?\n\n"
           "- **A.** forward → `loss.backward()` → compute the loss → `step()` → `zero_grad()`\n"
           "- **B.** compute the loss → forward → `step()` → `loss.backward()` → `zero_grad()`\n"
           "- **C.** forward → compute the loss → `step()` → `zero_grad()` → `loss.backward()`\n"
           "- **D.** forward → compute the loss → `zero_grad()` → `loss.backward()` → `step()`\n\n"),
    hints=[Bi(hi="हर कदम को पिछले कदम का नतीजा चाहिए: loss के लिए prediction, gradient के लिए loss, update के लिए gradient।",
              en="Each step needs the result of the one before: the loss needs a prediction, the gradient needs the loss, the update needs the gradient."),
           Bi(hi="`zero_grad()` पुराने gradient मिटाता है: उसे नए gradient बनने से पहले चलना चाहिए या बाद में?",
              en="`zero_grad()` clears old gradients: must it run before the new gradients are made, or after?")])

q8 = Question(
    "12.8", "q8", Choice("ABCD"),
    prompt=_letter(
        hi="Vanishing gradient क्या होता है और इसे कैसे हल किया जाता है? सही कथन चुनें।\n\n"
           "- **A.** पीछे जाते हुए gradient हर layer पर घटता है, इसलिए शुरुआती layer धीरे सीखती हैं; ReLU, He init, BatchNorm सहायक हैं।\n"
           "- **B.** पीछे जाते हुए gradient हर layer पर बढ़ता है, weight बेक़ाबू हो जाते हैं; इसका एकमात्र इलाज और भी बड़ा learning rate है।\n"
           "- **C.** आख़िरी layer का gradient हमेशा 0 होता है, इसलिए output layer कुछ नहीं सीखती; इलाज है उसे softmax से बदलना।\n"
           "- **D.** Gradient तभी ग़ायब होता है जब data बहुत कम हो; इलाज है ज़्यादा data, network की बनावट से इसका कोई लेना-देना नहीं।\n\n",
        en="What is the vanishing gradient and how is it solved? Choose the true statement.\n\n"
           "- **A.** On the way back the gradient shrinks layer by layer, so the first layers learn slowly; ReLU, He init and BatchNorm help.\n"
           "- **B.** On the way back the gradient grows layer by layer and the weights blow up; the only cure is a much larger learning rate.\n"
           "- **C.** The gradient of the last layer is always 0, so the output layer does not learn; the cure is to replace it with a softmax.\n"
           "- **D.** The gradient vanishes only when there is too little data; the cure is more data, and the network's design plays no part.\n\n"),
    hints=[Bi(hi="Chain rule में पीछे जाते हुए हर layer एक गुणनखंड जोड़ती है। जब ये गुणनखंड 1 से छोटे हों तो क्या होता है?",
              en="In the chain rule each layer adds one factor on the way back. What happens when these factors are below 1?"),
           Bi(hi="Nielsen ने मापा कि sigmoid network की शुरुआती layer आख़िरी layer से लगभग 100 गुना धीरे सीखती हैं (अध्याय 11)।",
              en="Nielsen measured that the first layers of a sigmoid network learn about 100 times slower than the last (chapter 11).")])

q9 = Question(
    "12.9", "q9", Shape(),
    prompt=Bi(hi="PyTorch में DNN कैसे implement करते हैं? **पहले अनुमान लगाएँ, फिर चलाएँ।** `model = mlp([784, 512, 256, 10])` "
                 "और `x = torch.zeros(8, 1, 28, 28)` हो, तो `model(x.flatten(1)).shape` क्या होगा? चलाने से *पहले* "
                 "tuple के रूप में लिखें, जैसे `(2, 7)`।",
              en="How is a DNN implemented in PyTorch? **Predict first, then run.** With `model = mlp([784, 512, 256, 10])` "
                 "and `x = torch.zeros(8, 1, 28, 28)`, what is `model(x.flatten(1)).shape`? *Before* running it, write it "
                 "as a tuple, e.g. `(2, 7)`."),
    hints=[Bi(hi="`flatten(1)` पहला आयाम (batch) रखता है और बाक़ी सबको एक पंक्ति में जोड़ देता है।",
              en="`flatten(1)` keeps the first dimension (the batch) and joins all the others into one row."),
           Bi(hi="Batch का आकार हर layer में वही रहता है; आख़िरी layer कितने output देती है?",
              en="The batch size stays the same through every layer; how many outputs does the last layer give?")])

q10 = Question(
    "12.10", "q10", Choice("ABCD"),
    prompt=_letter(
        hi="DNN किन क्षेत्रों में इस्तेमाल होते हैं? Finance में एक bank हर card transaction के 30 आँकड़ों से fraud पहचानना "
           "चाहता है (fraud: हाँ या नहीं)। उसके DNN की output layer कैसी होनी चाहिए?\n\n"
           "- **A.** 10 output और softmax, card number के हर अंक के लिए एक output\n"
           "- **B.** एक output (logit), और training में `nn.BCEWithLogitsLoss`\n"
           "- **C.** 30 output, हर input आँकड़े के लिए एक, MSE loss से train किए हुए\n"
           "- **D.** कोई output layer नहीं; आख़िरी hidden layer के output का औसत ही उत्तर है\n\n",
        en="In which fields are DNNs used? In finance, a bank wants to flag fraud from 30 numbers per card "
           "transaction (fraud: yes or no). What should its DNN's output layer be?\n\n"
           "- **A.** 10 outputs with softmax, one output for each digit of the card number\n"
           "- **B.** one output (a logit), trained with `nn.BCEWithLogitsLoss`\n"
           "- **C.** 30 outputs, one for each input number, trained with an MSE loss\n"
           "- **D.** no output layer at all; the mean of the last hidden layer is the answer\n\n"),
    hints=[Bi(hi="Input का आकार नहीं, समस्या का प्रकार output layer तय करता है: यहाँ कितनी class हैं?",
              en="The kind of question, not the size of the input, decides the output layer: how many classes are there here?"),
           Bi(hi="दो class वाली classification के लिए अध्याय 06 की “कौन-सा activation कब” तालिका देखें।",
              en="For classification with two classes, see the “which activation when” table of chapter 06.")])

q11 = Question(
    "12.11", "q11", Number(decimals=0, minimum=0),
    prompt=Bi(hi="Nielsen के अनुसार dropout वाले network का ensemble MNIST के 10,000 test अंकों पर 99.7% सही है। उनमें से "
                 "कितने अंक वह ग़लत पहचानता है? एक पूर्णांक लिखें।",
              en="According to Nielsen, an ensemble of networks with dropout is 99.7% right on MNIST's 10,000 test digits. "
                 "How many of them does it misclassify? Write a whole number."),
    hints=[Bi(hi="ग़लत उत्तरों का हिस्सा = 100% − सही उत्तरों का हिस्सा।", en="The share of wrong answers = 100% − the share of right ones."),
           Bi(hi="0.3% को 10,000 से गुणा करें।", en="Multiply 0.3% by 10,000.")])

q12 = Question(
    "12.12", "q12", Number(decimals=3),
    prompt=Bi(hi="L2 regularization: एक weight $w = 2$ है, loss का gradient $\\partial L/\\partial w = 0.5$ है, learning rate "
                 "$\\eta = 0.1$ और $\\lambda = 0.01$ है। Momentum के बिना SGD का एक कदम, `weight_decay` = $\\lambda$ के साथ, "
                 "लेने के बाद $w$ कितना होगा? दशमलव के बाद 3 अंकों तक लिखें।",
              en="L2 regularization: a weight is $w = 2$, the loss gradient is $\\partial L/\\partial w = 0.5$, the learning "
                 "rate is $\\eta = 0.1$ and $\\lambda = 0.01$. After one SGD step without momentum, with `weight_decay` = "
                 "$\\lambda$, what is $w$? Write it to 3 decimal places."),
    hints=[Bi(hi="$\\frac{\\lambda}{2} w^2$ का gradient क्या है? वह loss के gradient में जुड़ता है।",
              en="What is the gradient of $\\frac{\\lambda}{2} w^2$? It is added to the loss gradient."),
           Bi(hi="नियम: $w \\leftarrow w - \\eta\\,(\\partial L/\\partial w + \\lambda w)$; पहले कोष्ठक का मान निकालें।",
              en="The rule: $w \\leftarrow w - \\eta\\,(\\partial L/\\partial w + \\lambda w)$; work out the bracket first.")])

q13 = Question(
    "12.13", "q13", Number(decimals=2, minimum=0),
    prompt=Bi(hi="**पहले अनुमान लगाएँ, फिर चलाएँ।** `d = nn.Dropout(p=0.2)` नया बना है (training mode में), और "
                 "`out = d(torch.ones(1000))`। `out` में जो मान 0 नहीं हुए, उनका मान क्या है? चलाने से *पहले* एक संख्या "
                 "लिखें, दशमलव के बाद 2 अंकों तक।",
              en="**Predict first, then run.** `d = nn.Dropout(p=0.2)` is newly made (in training mode), and "
                 "`out = d(torch.ones(1000))`. What value do the entries of `out` that did not become 0 have? *Before* "
                 "running it, write a number to 2 decimal places."),
    hints=[Bi(hi="Dropout बचे मानों को scale करता है ताकि output का औसत वही रहे जो dropout के बिना होता।",
              en="Dropout scales the surviving values so that the output's mean stays what it would be without dropout."),
           Bi(hi="p = 0.2 पर लगभग 80% मान बचते हैं। औसत 1 रहे, इसके लिए हर बचे मान को किससे गुणा करना होगा?",
              en="With p = 0.2 about 80% of the values survive. For the mean to stay 1, what must each survivor be multiplied by?")])

q14 = Question(
    "12.14", "q14", Choice("ABCD"),
    prompt=_letter(
        hi="Data augmentation: MNIST के अंकों पर इनमें से कौन-सा augmentation training को **नुक़सान** पहुँचाएगा?\n\n"
           "- **A.** किसी भी दिशा में 2 pixel तक random तौर पर खिसकाना\n"
           "- **B.** दोनों ओर 10° तक घुमाना\n"
           "- **C.** 180° घुमाना, यानी चित्र उल्टा करना\n"
           "- **D.** हर pixel में हल्का random noise जोड़ना\n\n",
        en="Data augmentation: which of these augmentations would **harm** training on MNIST digits?\n\n"
           "- **A.** shifting by up to 2 pixels in any direction at random\n"
           "- **B.** rotating by up to 10° either way\n"
           "- **C.** rotating by 180°, turning the image upside down\n"
           "- **D.** adding faint random noise to every pixel\n\n"),
    hints=[Bi(hi="अच्छा augmentation चित्र बदलता है, पर उसका सही label नहीं। किस बदलाव के बाद label बदल सकता है?",
              en="A good augmentation changes the image but not its true label. After which change could the label change?"),
           Bi(hi="उल्टा करने पर 6 कैसा दिखता है?", en="What does a 6 look like upside down?")])

q15 = Question(
    "12.15", "q15", Number(decimals=0, minimum=1),
    prompt=Bi(hi="Early stopping: हर epoch के बाद validation सटीकता यह रही (epoch 1 से): `[0.80, 0.84, 0.86, 0.85, 0.85, 0.88]`। "
                 "नियम: patience 2, यानी लगातार 2 epoch तक सबसे अच्छी सटीकता न सुधरे तो training रुक जाती है, और सबसे "
                 "अच्छे epoch के weight रखे जाते हैं। किस epoch के weight रखे जाएँगे? epoch की संख्या लिखें (1 से गिनकर)।",
              en="Early stopping: after each epoch the validation accuracy was (from epoch 1): "
                 "`[0.80, 0.84, 0.86, 0.85, 0.85, 0.88]`. The rule: patience 2, that is training stops when the best "
                 "accuracy has not improved for 2 epochs in a row, and the weights of the best epoch are kept. Which "
                 "epoch's weights are kept? Write the epoch number (counting from 1)."),
    hints=[Bi(hi="Epoch दर epoch चलें और दो चीज़ें याद रखें: अब तक की सबसे अच्छी सटीकता, और उसके बाद कितने epoch बिना सुधार के बीते।",
              en="Walk epoch by epoch and keep two things in mind: the best accuracy so far, and how many epochs have passed since without improvement."),
           Bi(hi="Training किस epoch के बाद रुकती है? उसके बाद के epoch कभी चलते ही नहीं।",
              en="After which epoch does training stop? The epochs after it never run.")])

q16 = Question(
    "12.16", "q16", Function(_sizes, atol=0, rtol=0),
    prompt=Bi(hi="अभ्यास: `n_parameters(sizes)` लिखें, जो layer के आकारों की list (जैसे `[784, 512, 256, 10]`, पहली संख्या "
                 "input) से `mlp(sizes)` के कुल parameter (सारे weight और bias) की गिनती एक पूर्णांक के रूप में लौटाए। "
                 + _SIZES_TESTED.hi,
              en="Exercise: write `n_parameters(sizes)`, which takes a list of layer sizes (such as `[784, 512, 256, 10]`, "
                 "the first number the input) and returns the total number of parameters (all weights and biases) of "
                 "`mlp(sizes)` as a whole number. " + _SIZES_TESTED.en),
    hints=[Bi(hi="लगातार आने वाली हर जोड़ी (n_in, n_out) एक `nn.Linear` है। उसमें कितने weight और कितने bias हैं?",
              en="Each neighbouring pair (n_in, n_out) is one `nn.Linear`. How many weights and how many biases does it hold?"),
           Bi(hi="`zip(sizes, sizes[1:])` लगातार जोड़ियाँ देता है; हर जोड़ी की गिनती जोड़ दें।",
              en="`zip(sizes, sizes[1:])` gives the neighbouring pairs; add up the count of each pair.")])

q17 = Question(
    "12.17", "q17", Function(_curves, atol=0, rtol=0),
    prompt=Bi(hi="अभ्यास: early stopping का नियम function के रूप में। `stop_epoch(val_acc, patience)` लिखें: `val_acc` हर epoch के "
                 "बाद की validation सटीकता का 1-D tensor है (epoch 1 से)। Epoch $k$ के बाद training रुकती है अगर अब तक की "
                 "सबसे अच्छी सटीकता (सिर्फ़ पहले से बड़ा मान ही सुधार गिना जाता है, बराबर मान नहीं) `patience` या ज़्यादा epoch पहले आई थी। वह $k$ लौटाएँ "
                 "(1 से गिनकर); अगर training कभी न रुके तो epoch की कुल संख्या। " + _CURVES_TESTED.hi,
              en="Exercise: the early-stopping rule as a function. Write `stop_epoch(val_acc, patience)`: `val_acc` is a "
                 "1-D tensor of the validation accuracy after each epoch (from epoch 1). Training stops after epoch $k$ "
                 "if the best accuracy so far (only a strictly larger value counts as an improvement) came `patience` or "
                 "more epochs before. Return that $k$ (counting from 1); if training never stops, the total number of "
                 "epochs. " + _CURVES_TESTED.en),
    hints=[Bi(hi="एक loop में दो चीज़ें याद रखें: अब तक की सबसे अच्छी सटीकता, और वह किस epoch में आई।",
              en="Keep two things in a loop: the best accuracy so far, and the epoch in which it came."),
           Bi(hi="```python\nfor k, acc in enumerate(val_acc.tolist(), start=1):\n    ...  # सुधार हुआ? तो best और best_epoch बदलें\n"
                 "    if k - best_epoch >= patience:\n        return k\n```",
              en="```python\nfor k, acc in enumerate(val_acc.tolist(), start=1):\n    ...  # improved? then update best and best_epoch\n"
                 "    if k - best_epoch >= patience:\n        return k\n```")])

q18 = Question(
    "12.18", "q18", Function(_confusions, atol=1e-6, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: `per_class_recall(confusion)` लिखें। `confusion` एक वर्गाकार (square) confusion matrix है (पंक्ति = सही class, "
                 "कॉलम = network का अनुमान, पूर्णांक गिनतियाँ)। हर class के लिए लौटाएँ: उस class के उदाहरणों में से कितना "
                 "हिस्सा सही पहचाना गया (0 से 1 के बीच float का 1-D tensor)। " + _CONFUSION_TESTED.hi,
              en="Exercise: write `per_class_recall(confusion)`. `confusion` is a square confusion matrix (row = true "
                 "class, column = the network's guess, whole-number counts). For each class return the share of that "
                 "class's examples that were recognised correctly (a 1-D float tensor, between 0 and 1). "
                 + _CONFUSION_TESTED.en),
    hints=[Bi(hi="किसी class के सारे उदाहरण उसकी पंक्ति में हैं; उनमें से सही वाले किस ख़ाने में हैं?",
              en="All the examples of a class are in its row; in which cell are the right ones?"),
           Bi(hi="`confusion.diag()` और `confusion.sum(dim=1)` देखें; पूर्णांकों को भाग देने से पहले `.float()` न भूलें।",
              en="Look at `confusion.diag()` and `confusion.sum(dim=1)`; remember `.float()` before dividing whole numbers.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17, q18]
