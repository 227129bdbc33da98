"""English: its words are speakers/vocab.py's, where the English rules are built; here only its voices."""

from . import Language

LANGUAGE = Language(
    code="en",
    name="English",
    names=("eng", "English"),
    voices=("en-gb", "en-us", "en-gb-x-rp", "en-gb-scotland", "en-029", "en-us-nyc", "en-gb-x-gbclan",
            "en-gb-x-gbcwmd"),
    quotes={'"': '"', "“": "”", "'": "'", "‘": "’"},
)
