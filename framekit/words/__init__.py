"""Word choice (lesson 03): what each outlet calls the same thing.

- :mod:`~framekit.words.matching`: term families matched, counted and rated per 1,000 words
- :mod:`~framekit.words.concordance`: every match in its context (keyword in context)
- :mod:`~framekit.words.tone`: TextBlob's tone of the sentence around each match
"""
