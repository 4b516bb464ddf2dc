# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: DL course (PyTorch)
#     language: python
#     name: dl-course
# ---

# %% [markdown] lang="hi"
# # PyTorch के साथ Deep Learning की बुनियाद
#
# यह पाठ्यक्रम 12 अध्यायों में neural network की बुनियाद सिखाता है: एक neuron से शुरू करके derivative,
# gradient descent और backpropagation तक, और फिर convolution, BatchNorm और गहरे network तक। हर अध्याय एक
# Jupyter notebook है जिसमें आप असली PyTorch code चलाते हैं, plot और widget से प्रयोग करते हैं, और अंत में
# अभ्यास प्रश्न हल करते हैं, जो तुरंत जाँचे जाते हैं। हर notebook हिन्दी और English, दोनों में है।
#
# **शुरू करने से पहले क्या आना चाहिए:**
#
# - Python की बुनियाद: variable, list, `for` loop, function (`def`)।
# - स्कूल का गणित: फलन और उनके graph, घात (power), और $e^x$ जैसे फलन। Derivative अध्याय 02 में शुरू से समझाया गया है।
# - Machine learning का पहले से कोई ज्ञान ज़रूरी नहीं है।

# %% [markdown] lang="en"
# # Deep learning fundamentals in PyTorch
#
# This course teaches the foundations of neural networks in 12 chapters: from a single neuron to derivatives,
# gradient descent and backpropagation, and on to convolution, BatchNorm and deep networks. Each chapter is a
# Jupyter notebook in which you run real PyTorch code, experiment with plots and widgets, and finish with
# practice questions that are checked instantly. Every notebook exists in Hindi and in English.
#
# **What you need before you start:**
#
# - Python basics: variables, lists, `for` loops, functions (`def`).
# - School mathematics: functions and their graphs, powers, and functions such as $e^x$. Derivatives are explained from scratch in chapter 02.
# - No prior knowledge of machine learning is needed.

# %% [markdown] lang="hi"
# ## 1. Cell कैसे चलाएँ
#
# Notebook cells से बना है। किसी cell पर क्लिक करके **Shift + Enter** दबाइए: वह चलती है और उसका output नीचे
# दिखता है। पूरा notebook ऊपर से नीचे तक चलाने के लिए menu में **Run → Run All Cells** चुनिए। हर अध्याय की
# पहली code cell ज़रूर चलाएँ: वह ज़रूरी चीज़ें import करती है और भाषा तय करती है। नीचे की cell अभी चलाइए:

# %% [markdown] lang="en"
# ## 1. How to run a cell
#
# A notebook is made of cells. Click a cell and press **Shift + Enter**: it runs and its output appears below
# it. To run the whole notebook from top to bottom, choose **Run → Run All Cells** in the menu. Always run the
# first code cell of a chapter: it imports what the chapter needs and sets the language. Run the cell below now:

# %%
import torch

from course_lib import get_language, set_language, show_glossary, show_progress, start
from course_lib.practice.ch00 import q1

start(0)
torch.tensor([1.0, 2.0, 3.0]) * 10

# %% [markdown] lang="hi"
# ## 2. अभ्यास प्रश्न का उत्तर कैसे दें
#
# हर अध्याय के अंत में अभ्यास प्रश्न हैं। प्रश्न वाली cell उसे दिखाती है; उसके नीचे की cell में `...` की जगह
# अपना उत्तर लिखकर उसे चलाइए। `q1.check(...)` बताता है कि उत्तर सही है, ग़लत है, या अभी दिया ही नहीं गया।
# यहाँ एक छोटा प्रश्न है जिस पर आप सब कुछ आज़मा सकते हैं:

# %% [markdown] lang="en"
# ## 2. How to answer a practice question
#
# Each chapter ends with practice questions. The question cell shows it; in the cell below it, replace `...`
# with your answer and run it. `q1.check(...)` says whether the answer is correct, incorrect, or not given yet.
# Here is a tiny question to try everything on:

# %%
q1

# %% tags=["answer"]
answer_q1 = ...
q1.check(answer_q1)

# %% [markdown] lang="hi"
# अभी `answer_q1` में `...` ही है, इसलिए ऊपर "अभी उत्तर नहीं दिया गया" लिखा है। ग़लत उत्तर पर क्या होता है, यह
# देखने के लिए नीचे की cell एक ग़लत उत्तर जाँचती है:

# %% [markdown] lang="en"
# `answer_q1` still holds `...`, so it says "not attempted yet" above. To see what a wrong answer looks like,
# the cell below checks a wrong one:

# %%
q1.check(4)

# %% [markdown] lang="hi"
# ## 3. संकेत और हल
#
# अटक जाएँ तो `q1.hint()` चलाइए: पहला संकेत सिर्फ़ दिशा दिखाता है। फिर `q1.hint(2)` थोड़ा और बताता है।
# `q1.solution()` पूरा हल दिखाता है, और यह आपकी प्रगति में दर्ज होता है, इसलिए पहले ख़ुद कोशिश करें।

# %% [markdown] lang="en"
# ## 3. Hints and solutions
#
# If you are stuck, run `q1.hint()`: the first hint only points the way. Then `q1.hint(2)` says a little more.
# `q1.solution()` shows the full solution, and it is noted in your progress, so try on your own first.

# %%
q1.hint()

# %% [markdown] lang="hi"
# ## 4. भाषा बदलना
#
# हर संदेश, संकेत और label हिन्दी और English दोनों में है। `set_language("en")` से English और
# `set_language("hi")` से हिन्दी चुनिए; notebook फिर से चलाने की ज़रूरत नहीं। नीचे की cell वही ग़लत उत्तर
# English में जाँचती है और फिर इस notebook की भाषा वापस रखती है:

# %% [markdown] lang="en"
# ## 4. Switching the language
#
# Every message, hint and label exists in Hindi and in English. Choose English with `set_language("en")` and
# Hindi with `set_language("hi")`; there is no need to re-run the notebook. The cell below checks the same
# wrong answer in English and then switches back to this notebook's language:

# %%
from IPython.display import display

notebook_language = get_language()
for language in ("en", "hi"):
    set_language(language)
    display(q1.check(4))
set_language(notebook_language);

# %% [markdown] lang="hi"
# Notebook की prose (यह लिखा हुआ पाठ) हर भाषा के अपने फ़ोल्डर में है: `notebooks/hi/` में हिन्दी और
# `notebooks/en/` में English। दूसरी भाषा में पढ़ने के लिए बाईं ओर के file browser में दूसरा फ़ोल्डर खोलिए।

# %% [markdown] lang="en"
# The notebook's prose (this text) lives in one folder per language: Hindi in `notebooks/hi/` and English in
# `notebooks/en/`. To read in the other language, open the other folder in the file browser on the left.

# %% [markdown] lang="hi"
# ## 5. अध्याय और आपकी प्रगति
#
# नीचे की तालिका हर अध्याय का link और आपकी प्रगति दिखाती है: कितने प्रश्नों का प्रयास किया, कितने सही हुए
# और कितनों का हल देखा। यह सिर्फ़ आपके कंप्यूटर पर सहेजी जाती है। `show_progress()` हर अध्याय के अंत में भी है।

# %% [markdown] lang="en"
# ## 5. The chapters and your progress
#
# The table below links every chapter and shows your progress: how many questions you attempted, how many were
# correct and how many solutions you viewed. It is saved only on your own computer. `show_progress()` is also at
# the end of every chapter.

# %%
show_progress()

# %% [markdown] lang="hi"
# ## 6. शब्दावली
#
# पूरे पाठ्यक्रम में हर तकनीकी शब्द एक ही तरह लिखा जाता है: ज़्यादातर English शब्द वैसे ही, जैसे
# विद्यार्थी बोलते हैं, और कुछ हिन्दी में। पूरी सूची `show_glossary()` दिखाता है, और वह हर अध्याय के अंत में
# भी है:

# %% [markdown] lang="en"
# ## 6. Glossary
#
# Across the course, each technical term is always written the same way: most English terms as they are, the
# way students say them, and some in Hindi. `show_glossary()` shows the full list, and it is also at the end of
# every chapter:

# %%
show_glossary()
