"""ontmoeting: tools for people who work with people.

Gespreksanalyse (conversation analysis), an oefencliënt (practice client), relatiefeedback
(session-by-session relationship feedback) and a werkplaats (web app) for helpers and their trainers.
"""

__version__ = "0.1.0"
