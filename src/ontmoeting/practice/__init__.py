"""Oefencliënt: personas, the simulated client and the coach."""
