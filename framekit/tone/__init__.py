"""Tone and subjectivity (lesson 05): how TextBlob scores each sentence, in whose voice.

- :mod:`~framekit.tone.scores`: every sentence of a story scored, told apart by voice (the
  outlet's narration, reported speech, a direct quote), summed up per article; the words that
  drive the scores; a reader's own ratings compared with TextBlob's
- :mod:`~framekit.tone.lexicon`: where the scores come from: TextBlob's lexicon file as
  installed, its notes, its parts of speech and the sense behind each entry
"""
