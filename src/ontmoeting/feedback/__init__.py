"""Feedback on a conversation: measures with competence bands, patterns, reflection prompts and reports."""
