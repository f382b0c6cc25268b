"""Werkplaats: the web app for students and trainers."""
