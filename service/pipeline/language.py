"""Which language an article is written in, offline.

py3langid (a maintained fork of langid.py) ships its naive Bayes model inside
the wheel: no download, 0.1-0.4 ms per article, and probabilities that are
calibrated across text lengths, so a short or mixed text abstains instead of
guessing (why this library: ``docs/dependencies.md``). The model loads once per
process, on first use (about a second), then stays.

A language is reported only when the detector is confident: a headline-length
English text ("Prices rose.") scores well under the threshold and stays
unknown, rather than being called French and refused.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

ENGLISH = "en"

# Below this normalised probability the article's language is left unknown.
# Two sentences of German score 0.98, one short English headline 0.08.
MIN_CONFIDENCE = 0.5

# Detection reads at most this much of the body: plenty for a stable answer
# (every labelled article and test sample scores above 0.99 on it), and the
# detector's pure-Python scan costs about 0.6 µs of CPU a character, so the
# cost stays flat for long articles (benchmarks/RESULTS.md, "Language detection").
SAMPLE_CHARS = 1000

# Tags that say the language is not known: treated as if none was given.
UNKNOWN_TAGS = frozenset({"und", "mul", "zxx", "mis"})

# English names of the languages the model knows, for messages a person reads.
# Codes are ISO 639-1 where one exists, else ISO 639-3 (py3langid's labels).
NAMES: dict[str, str] = {
    "af": "Afrikaans", "am": "Amharic", "an": "Aragonese", "ar": "Arabic", "ary": "Moroccan Arabic",
    "arz": "Egyptian Arabic", "as": "Assamese", "az": "Azerbaijani", "ba": "Bashkir", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fo": "Faroese",
    "fr": "French", "fy": "Western Frisian", "ga": "Irish", "gd": "Scottish Gaelic", "gl": "Galician",
    "gu": "Gujarati", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian Creole",
    "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian", "ig": "Igbo", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "jv": "Javanese", "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "kn": "Kannada",
    "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lg": "Ganda",
    "ln": "Lingala", "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian", "mg": "Malagasy", "mk": "Macedonian",
    "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian Nynorsk", "no": "Norwegian", "oc": "Occitan",
    "om": "Oromo", "or": "Odia", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto", "pt": "Portuguese",
    "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "rw": "Kinyarwanda", "sa": "Sanskrit",
    "se": "Northern Sami", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "sn": "Shona", "so": "Somali",
    "sq": "Albanian", "sr": "Serbian", "st": "Southern Sotho", "sv": "Swedish", "sw": "Swahili",
    "ta": "Tamil", "te": "Telugu", "tg": "Tajik", "th": "Thai", "tk": "Turkmen", "tl": "Tagalog",
    "tr": "Turkish", "tt": "Tatar", "ug": "Uyghur", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "vi": "Vietnamese", "vo": "Volapük", "wa": "Walloon", "xh": "Xhosa", "yo": "Yoruba",
    "yue": "Cantonese", "zh": "Chinese", "zu": "Zulu",
}  # fmt: skip


@dataclass(frozen=True)
class Detection:
    code: str
    confidence: float


_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def warm() -> None:
    """Load the model now (a server does this at start-up, not in its first request)."""
    _model()


def detect(text: str) -> Detection | None:
    """The language of ``text``, or None when the detector is not confident enough to say."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample[:400], 3):
        return None
    code, confidence = _model().classify(sample)
    if confidence < MIN_CONFIDENCE or code == "zxx":
        return None
    return Detection(code=str(code), confidence=float(confidence))


def _has_letters(text: str, n: int) -> bool:
    """At least ``n`` letters in ``text``: stops at the ``n``-th (counting all 400 was most of a check)."""
    for ch in text:
        if ch.isalpha():
            n -= 1
            if n <= 0:
                return True
    return n <= 0


def primary(tag: str) -> str:
    """The primary language subtag of a BCP 47 tag: ``de-AT`` -> ``de``, ``EN_gb`` -> ``en``."""
    return tag.replace("_", "-").split("-", 1)[0].strip().lower()


def is_english(tag: str | None) -> bool:
    """True for English and for an unknown language (the offline extractor's reading)."""
    return tag is None or primary(tag) == ENGLISH


def name(tag: str) -> str:
    """A person's name for the language: ``German (de)``; the bare tag when it is not known."""
    known = NAMES.get(primary(tag))
    return f"{known} ({tag})" if known else repr(tag)
