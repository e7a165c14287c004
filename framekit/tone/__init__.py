"""Tone and subjectivity (lesson 05): how TextBlob scores each sentence, in whose voice.

- :mod:`~framekit.tone.scores`: every sentence of a story scored, told apart by voice (the
  outlet's narration, reported speech, a direct quote), summed up per article; the words that
  drive the scores; a reader's own ratings compared with TextBlob's
"""
