"""Chapter 03, probability and statistics: the seed's five practice questions and six of the chapter's own.

Choices and numbers are checked against salted hashes, functions against reference outputs
sealed in keys/ch03.json. The plain key is tests/keys/ch03.py.
"""
import torch

from ..answers import Choice, Function, Number
from ..lang import Bi
from ..questions import Question


def _scores():
    """(z, T) for softmax_with_temperature: the chapter's scores at three temperatures, and extremes."""
    z = torch.tensor([2.0, 1.0, 0.1])
    return [(z, 1.0), (z, 0.2), (z, 10.0), (torch.tensor([-100.0, 0.0, 100.0]), 0.5),
            (torch.tensor([1000.0, 1000.0]), 1.0)]


def _batches():
    """(logits, y) for cross_entropy: a small batch, a 10-class batch, and confident logits of ±100."""
    g = torch.Generator().manual_seed(3)
    return [(torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]]), torch.tensor([0, 2])),
            (torch.randn(6, 10, generator=g) * 3, torch.tensor([0, 3, 9, 9, 5, 1])),
            (torch.tensor([[100.0, -100.0, 0.0], [-100.0, 100.0, 0.0]]), torch.tensor([1, 0]))]


def _points():
    """(x, mu, sigma) for normal_log_pdf: the standard normal, a shifted narrow one, and x = ±100."""
    return [(torch.linspace(-3, 3, 7), 0.0, 1.0), (torch.tensor([0.5, 2.0]), 1.0, 0.5),
            (torch.tensor([-100.0, 100.0]), 0.0, 0.5)]


q1 = Question(
    "03.1", "q1", Choice("ABCD"),
    prompt=Bi(
        hi="Deep learning में प्रायिकता का क्या उपयोग होता है? सही कथन का अक्षर लिखिए, जैसे `\"A\"`।\n\n"
           "- **A.** प्रायिकता सिर्फ़ तैयार model को जाँचते समय आती है; training की हर गणना पहले से तय होती है, उसमें कुछ भी random नहीं होता।\n"
           "- **B.** प्रायिकता सिर्फ़ input data के noise में होती है; network का output हमेशा एक पक्की class होता है, कभी भी प्रायिकता नहीं।\n"
           "- **C.** Softmax आख़िरी layer के scores को classes की प्रायिकताओं में बदलता है; dropout हर neuron को p प्रायिकता से बंद करता है।\n"
           "- **D.** प्रायिकता और loss एक ही चीज़ हैं: ग़लत classes को जितनी ज़्यादा प्रायिकता मिले, समझिए model ने उतना ही अच्छा सीखा है।",
        en="What is probability used for in deep learning? Write the letter of the true statement, e.g. `\"A\"`.\n\n"
           "- **A.** Probability appears only when testing a finished model; every computation in training is fixed, and nothing in it is random.\n"
           "- **B.** Probability lives only in the noise of the input data; the network's output is always one sure class, never a probability.\n"
           "- **C.** Softmax turns the last layer's scores into class probabilities, and dropout switches each neuron off with probability p.\n"
           "- **D.** Probability and the loss are the same thing: the more probability the wrong classes get, the better the model has learned."),
    hints=[Bi(hi="सोचिए: training से पहले weight कहाँ से आते हैं, और classifier की आख़िरी layer के बाद क्या निकलता है?",
              en="Think: where do the weights come from before training, and what comes out after a classifier's last layer?"),
           Bi(hi="A और B दोनों में 'सिर्फ़' है: क्या initialization और dropout training के दौरान ही random नहीं होते?",
              en="A and B both say 'only': are initialization and dropout not random during training itself?")])

q2 = Question(
    "03.2", "q2", Number(decimals=2),
    prompt=Bi(hi="Mean और median में क्या अंतर है? Code से देखिए। **चलाने से पहले** बताइए कि यह code क्या छापेगा; सिर्फ़ संख्या लिखिए।\n\n"
                 "```python\nx = torch.tensor([2.0, 3.0, 4.0, 5.0, 96.0])\nprint(x.mean().item() - x.median().item())\n```",
              en="What is the difference between the mean and the median? See it in code. **Before running it**, say what this "
                 "code prints; write just the number.\n\n"
                 "```python\nx = torch.tensor([2.0, 3.0, 4.0, 5.0, 96.0])\nprint(x.mean().item() - x.median().item())\n```"),
    hints=[Bi(hi="Mean हर मान को जोड़ता है; median sort करने के बाद बीच का मान है। 96 किसे ज़्यादा खींचता है?",
              en="The mean adds up every value; the median is the middle value after sorting. Which one does 96 pull?"),
           Bi(hi="पाँचों का जोड़ 110 है। Median के लिए sort किए गए पाँच मानों में तीसरा देखिए।",
              en="The five add up to 110. For the median, look at the third of the five sorted values.")])

q3 = Question(
    "03.3", "q3", Choice("ABCD"),
    prompt=Bi(
        hi="Variance और standard deviation क्यों ज़रूरी हैं? सही कथन का अक्षर लिखिए।\n\n"
           "- **A.** Variance बताता है कि data का केंद्र कहाँ पर है, और standard deviation बताता है कि data में कुल कितने मान हैं।\n"
           "- **B.** एक ही mean के दो data set बहुत अलग फैल सकते हैं; variance फैलाव मापता है, std उसे data की इकाई में देता है।\n"
           "- **C.** Standard deviation हमेशा variance से छोटा होता है, इसलिए वह उसी data की ज़्यादा सटीक तस्वीर देता है।\n"
           "- **D.** ये सिर्फ़ normal distribution वाले data के लिए चाहिए; बाक़ी किसी भी तरह के data को अकेला mean पूरा बता देता है।",
        en="Why are variance and standard deviation needed? Write the letter of the true statement.\n\n"
           "- **A.** Variance tells where the centre of the data lies, and the standard deviation tells how many values the data holds in all.\n"
           "- **B.** Data sets with the same mean can spread very differently; variance measures the spread, std gives it in the data's units.\n"
           "- **C.** The standard deviation is always smaller than the variance, so it gives a more precise picture of the same data.\n"
           "- **D.** They are needed only for normally distributed data; for every other kind of data the mean on its own tells the whole story."),
    hints=[Bi(hi="[1, 5] और [3, 3] का mean निकालिए। क्या ये दोनों data एक जैसे हैं?",
              en="Compute the mean of [1, 5] and of [3, 3]. Are the two data sets alike?"),
           Bi(hi="Standard deviation variance का वर्गमूल है: 0.25 का वर्गमूल कितना है? और variance की इकाई data की इकाई का वर्ग है (cm → cm²)।",
              en="The standard deviation is the square root of the variance: what is the square root of 0.25? And variance is in squared units (cm → cm²).")])

q4 = Question(
    "03.4", "q4", Number(decimals=3, steps=1, minimum=0),
    prompt=Bi(hi="Gaussian (normal) distribution का एक उदाहरण: weight `nn.init.normal_(w, mean=0.0, std=0.02)` से शुरू किए जाते हैं, "
                 "यानी हर weight Normal(μ = 0, σ = 0.02) से खींचा जाता है। किसी एक weight के लिए |w| > 0.04 होने की प्रायिकता क्या है? "
                 "दशमलव के बाद 3 अंकों तक लिखिए (samples से मापें तो कम से कम 1,000,000 samples लीजिए)।",
              en="An example of a Gaussian (normal) distribution: weights are initialised with `nn.init.normal_(w, mean=0.0, std=0.02)`, "
                 "so each weight is drawn from Normal(μ = 0, σ = 0.02). What is the probability that one weight has |w| > 0.04? "
                 "Write it to 3 decimal places (if you measure it with samples, take at least 1,000,000 samples)."),
    hints=[Bi(hi="0.04 कितने standard deviation है? और |w| > 0.04 में mean के दोनों ओर के हिस्से आते हैं।",
              en="How many standard deviations is 0.04? And |w| > 0.04 takes in both sides of the mean."),
           Bi(hi="`D.Normal(0.0, 0.02).cdf(torch.tensor(-0.04))` बाईं ओर की प्रायिकता देता है; normal सममित है, दाईं ओर भी उतनी ही है।",
              en="`D.Normal(0.0, 0.02).cdf(torch.tensor(-0.04))` gives the left side's probability; the normal is symmetric, so the right side has as much.")])

q5 = Question(
    "03.5", "q5", Number(decimals=2),
    prompt=Bi(hi="Notes का प्रश्न: **चलाने से पहले** बताइए, यह code क्या छापेगा? सिर्फ़ संख्या लिखिए।\n\n"
                 "```python\ndata = torch.tensor([2.0, 4.0, 6.0])\nprint(torch.mean(data))\n```",
              en="The notes' question: **before running it**, say what this code prints. Write just the number.\n\n"
                 "```python\ndata = torch.tensor([2.0, 4.0, 6.0])\nprint(torch.mean(data))\n```"),
    hints=[Bi(hi="`torch.mean` सारे मानों का औसत देता है: उनके जोड़ को उनकी गिनती से भाग देकर।",
              en="`torch.mean` gives the average of all the values: their sum divided by how many there are."),
           Bi(hi="जोड़ 12 है; अब गिनिए कि tensor में कितने मान हैं।", en="The sum is 12; now count the values in the tensor.")])

q6 = Question(
    "03.6", "q6", Number(decimals=2),
    prompt=Bi(hi="**चलाने से पहले** बताइए, यह code क्या छापेगा? सिर्फ़ संख्या लिखिए।\n\n"
                 "```python\nprint(torch.median(torch.tensor([1.0, 3.0, 8.0, 10.0])).item())\n```",
              en="**Before running it**, say what this code prints. Write just the number.\n\n"
                 "```python\nprint(torch.median(torch.tensor([1.0, 3.0, 8.0, 10.0])).item())\n```"),
    hints=[Bi(hi="यहाँ मानों की गिनती सम है। ऐसे में `torch.median` क्या लौटाता है? अध्याय का section 3 देखिए।",
              en="The number of values is even here. What does `torch.median` return then? See section 3 of the chapter."),
           Bi(hi="बीच के दो मान 3 और 8 हैं; `torch.median` उनका औसत नहीं लेता।",
              en="The two middle values are 3 and 8; `torch.median` does not average them.")])

q7 = Question(
    "03.7", "q7", Number(decimals=2, minimum=0),
    prompt=Bi(hi="**चलाने से पहले** बताइए, यह code क्या छापेगा? सिर्फ़ संख्या लिखिए।\n\n"
                 "```python\nprint(torch.tensor([2.0, 4.0, 6.0]).var().item())\n```",
              en="**Before running it**, say what this code prints. Write just the number.\n\n"
                 "```python\nprint(torch.tensor([2.0, 4.0, 6.0]).var().item())\n```"),
    hints=[Bi(hi="Default रूप से `torch.var` वर्गों के जोड़ को किससे भाग देता है: n से या n − 1 से?",
              en="By default, what does `torch.var` divide the sum of squares by: n or n − 1?"),
           Bi(hi="Mean 4 है, तो mean से अंतरों के वर्ग 4, 0 और 4 हैं।",
              en="The mean is 4, so the squared differences from the mean are 4, 0 and 4.")])

q8 = Question(
    "03.8", "q8", Number(decimals=2, minimum=0),
    prompt=Bi(hi="Training में dropout p = 0.2 है। एक activation का मान 3.0 है और dropout ने उसे नहीं गिराया (वह बच गया)। "
                 "`F.dropout(a, p=0.2, training=True)` के बाद उसका मान क्या होगा?",
              en="Dropout has p = 0.2 in training. One activation has the value 3.0, and dropout did not drop it (it was kept). "
                 "What is its value after `F.dropout(a, p=0.2, training=True)`?"),
    hints=[Bi(hi="बचे हुए मानों को scale किया जाता है ताकि output का औसत (expected value) dropout के बिना जितना ही रहे।",
              en="The kept values are scaled so that the output's average (expected value) stays what it is without dropout."),
           Bi(hi="हर मान 1 − p प्रायिकता से बचता है; बचने पर वह किस गुणक से गुणा हो कि औसत न बदले?",
              en="Each value is kept with probability 1 − p; by what factor must a kept value be multiplied so the average does not change?")])

q9 = Question(
    "03.9", "q9", Function(_scores, atol=1e-6, rtol=1e-5, forbidden=("softmax", "log_softmax", "logsumexp")),
    prompt=Bi(hi="अभ्यास: `softmax_with_temperature(z, T)` लिखिए, जो 1-D tensor `z` के लिए softmax(z / T) लौटाए। "
                 "`torch.softmax`, `F.softmax`, `log_softmax` या `logsumexp` का उपयोग न कीजिए: `torch.exp` से बनाइए। "
                 "जाँच इन input पर होगी: `z = [2.0, 1.0, 0.1]` के साथ T = 1, 0.2 और 10; `z = [-100.0, 0.0, 100.0]` के साथ "
                 "T = 0.5; और `z = [1000.0, 1000.0]` के साथ T = 1।",
              en="Exercise: write `softmax_with_temperature(z, T)`, returning softmax(z / T) for a 1-D tensor `z`. "
                 "Do not use `torch.softmax`, `F.softmax`, `log_softmax` or `logsumexp`: build it from `torch.exp`. "
                 "It is checked on these inputs: `z = [2.0, 1.0, 0.1]` with T = 1, 0.2 and 10; `z = [-100.0, 0.0, 100.0]` "
                 "with T = 0.5; and `z = [1000.0, 1000.0]` with T = 1."),
    hints=[Bi(hi="सूत्र e^(z_i/T) / Σ_j e^(z_j/T) है। पर float32 में e^89 से ऊपर सब inf है: सब scores से कौन-सी संख्या घटाई जाए "
                 "कि softmax न बदले?",
              en="The formula is e^(z_i/T) / Σ_j e^(z_j/T). But in float32 everything above e^89 is inf: which number can you "
                 "subtract from all the scores without changing the softmax?"),
           Bi(hi="हर c के लिए softmax(s − c) = softmax(s)। पहले s = z / T बनाइए, फिर c = s.max() लीजिए: तब सबसे बड़ा घातांक 0 है।",
              en="softmax(s − c) = softmax(s) for every c. First form s = z / T, then take c = s.max(): the largest exponent is then 0.")])

q10 = Question(
    "03.10", "q10", Function(_batches, atol=1e-4, rtol=1e-5,
                             forbidden=("cross_entropy", "nll_loss", "log_softmax", "softmax", "logsumexp")),
    prompt=Bi(hi="अभ्यास: `cross_entropy(logits, y)` लिखिए: `logits` का shape (N, C) है और `y` में N सही class (0 से C − 1) हैं; "
                 "यह सही class की log-प्रायिकता का ऋण, N उदाहरणों पर औसत, यानी एक संख्या लौटाए (जैसे `F.cross_entropy`)। "
                 "`F.cross_entropy`, `nll_loss`, `softmax`, `log_softmax` या `logsumexp` का उपयोग न कीजिए। जाँच तीन batch पर होगी: "
                 "एक (2, 3) batch, एक (6, 10) batch, और `[[100.0, -100.0, 0.0], [-100.0, 100.0, 0.0]]` जिसमें सही class "
                 "`[1, 0]` हैं (इन पर model पूरे यक़ीन से ग़लत है)।",
              en="Exercise: write `cross_entropy(logits, y)`: `logits` has shape (N, C) and `y` holds N true classes (0 to C − 1); "
                 "return the negative log-probability of the true class, averaged over the N examples, as one number (like "
                 "`F.cross_entropy`). Do not use `F.cross_entropy`, `nll_loss`, `softmax`, `log_softmax` or `logsumexp`. It is "
                 "checked on three batches: a (2, 3) batch, a (6, 10) batch, and `[[100.0, -100.0, 0.0], [-100.0, 100.0, 0.0]]` "
                 "with true classes `[1, 0]` (on these the model is confidently wrong)."),
    hints=[Bi(hi="log softmax(z)_y = z_y − log Σ_j e^(z_j)। आख़िरी batch में e^100 float32 में inf है: पिछले अभ्यास की तरह हर "
                 "पंक्ति से कुछ घटाइए।",
              en="log softmax(z)_y = z_y − log Σ_j e^(z_j). In the last batch e^100 is inf in float32: as in the previous "
                 "exercise, subtract something from every row."),
           Bi(hi="m = हर पंक्ति का max (`logits.max(1, keepdim=True).values`); तब log Σ_j e^(z_j) = m + log Σ_j e^(z_j − m)। "
                 "सही class का logit `logits[torch.arange(len(y)), y]` से चुनिए।",
              en="Let m be each row's max (`logits.max(1, keepdim=True).values`); then log Σ_j e^(z_j) = m + log Σ_j e^(z_j − m). "
                 "Pick the true class's logit with `logits[torch.arange(len(y)), y]`.")])

q11 = Question(
    "03.11", "q11", Function(_points, atol=1e-3, rtol=1e-5),
    prompt=Bi(hi="अभ्यास: `normal_log_pdf(x, mu, sigma)` लिखिए, जो Normal(mu, sigma) की density का log, log p(x), हर तत्व के लिए "
                 "लौटाए; `mu` और `sigma` साधारण float हैं। सूत्र से ख़ुद लिखिए। `D.Normal(mu, sigma).log_prob(x)` भी यही "
                 "निकालता है और जाँच उसे भी सही मानेगी (वह दोनों में फ़र्क़ नहीं कर सकती), पर उससे आप कुछ नहीं सीखेंगे: उसे "
                 "बाद में सिर्फ़ अपना उत्तर मिलाने के लिए चलाइए। जाँच इन पर होगी: `torch.linspace(-3, 3, 7)` "
                 "(mu = 0, sigma = 1); `[0.5, 2.0]` (mu = 1, sigma = 0.5); और `[-100.0, 100.0]` (mu = 0, sigma = 0.5), "
                 "जहाँ p(x) ख़ुद float32 में 0 बन जाता है।",
              en="Exercise: write `normal_log_pdf(x, mu, sigma)`, returning the log of the density of Normal(mu, sigma), "
                 "log p(x), for every element; `mu` and `sigma` are plain floats. Write it from the formula yourself. "
                 "`D.Normal(mu, sigma).log_prob(x)` computes the same thing and the checker accepts it too (it cannot tell "
                 "the two apart), but you would learn nothing from it: run it only afterwards, to compare. It is checked on "
                 "`torch.linspace(-3, 3, 7)` (mu = 0, sigma = 1); `[0.5, 2.0]` (mu = 1, sigma = 0.5); and "
                 "`[-100.0, 100.0]` (mu = 0, sigma = 0.5), where p(x) itself becomes 0 in float32."),
    hints=[Bi(hi="पहले p(x) निकालकर फिर log लेने से x = ±100 पर log(0) = −inf आता है। log को सूत्र के अंदर ले जाइए: "
                 "log(a · e^b) = log a + b।",
              en="Computing p(x) first and then its log gives log(0) = −inf at x = ±100. Take the log inside the formula: "
                 "log(a · e^b) = log a + b."),
           Bi(hi="log p(x) = −(x − μ)² / (2σ²) − log σ − ½ log(2π); `math.log` साधारण float पर काम करता है।",
              en="log p(x) = −(x − μ)² / (2σ²) − log σ − ½ log(2π); `math.log` works on plain floats.")])

QUESTIONS = [q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11]
