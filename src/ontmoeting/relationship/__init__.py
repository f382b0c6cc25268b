"""Relatiefeedback: instruments, session scores, trajectories and signals (feedback-informed treatment)."""
