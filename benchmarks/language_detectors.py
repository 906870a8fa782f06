"""Offline language detectors compared on short news sentences written for this benchmark.

Why py3langid is the one newsfacts uses (docs/dependencies.md). Only py3langid
is a dependency; install the others into a scratch environment to compare:

    python -m venv /tmp/langcmp && /tmp/langcmp/bin/pip install py3langid lingua-language-detector langdetect
    /tmp/langcmp/bin/python benchmarks/language_detectors.py

A detector that is not installed is skipped. Prints, per detector: load time,
sentences right, and milliseconds per sentence.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

Detect = Callable[[str], str | None]

SAMPLES: dict[str, list[str]] = {
    "en": [
        "The council approved the budget on Tuesday after a long debate.",
        "Police said two men were arrested near the station.",
        "Shares rose 3% in early trading, the company said.",
        "The minister resigned.",
        "About 25 million euros will be spent on new trains, officials said.",
        "Union leader Claus Weselsky said the strike would continue.",
        "Madrid's mayor announced a plan to plant 1,000 trees.",
        "Inflation eased to 2.5 percent in March.",
    ],
    "de": [
        "Der Stadtrat hat den Haushalt am Dienstag nach langer Debatte beschlossen.",
        "Die Polizei nahm zwei Männer in der Nähe des Bahnhofs fest.",
        "Die Bahn will etwa 25 Millionen Euro in neue Züge investieren.",
        "„Wir streiken weiter“, sagte GDL-Chef Claus Weselsky.",
        "Der Minister ist zurückgetreten.",
        "Die Inflation sank im März auf 2,5 Prozent.",
        "Rund 1.200 Menschen demonstrierten am Samstag in Berlin.",
        "Das Unternehmen meldete einen Gewinn von 3,4 Milliarden Euro.",
    ],
    "es": [
        "El ayuntamiento aprobó el presupuesto el martes tras un largo debate.",
        "La policía detuvo a dos hombres cerca de la estación.",
        "El gobierno destinará 2,5 millones de euros a nuevos trenes.",
        "El alquiler medio subió a 1.134 euros al mes.",
        "El ministro dimitió.",
        "«Seguiremos trabajando», dijo la alcaldesa.",
        "Unas 300 personas se manifestaron el sábado en Madrid.",
        "La inflación bajó al 2,5 por ciento en marzo.",
    ],
    "fr": [
        "Le conseil municipal a adopté le budget mardi après un long débat.",
        "La police a arrêté deux hommes près de la gare.",
        "Le ministre a démissionné.",
        "L'inflation a reculé à 2,5 % en mars.",
    ],
    "it": [
        "Il consiglio comunale ha approvato il bilancio martedì.",
        "La polizia ha arrestato due uomini vicino alla stazione.",
        "Il ministro si è dimesso.",
        "L'inflazione è scesa al 2,5 per cento a marzo.",
    ],
    "pt": [
        "A câmara aprovou o orçamento na terça-feira após um longo debate.",
        "A polícia prendeu dois homens perto da estação.",
        "O ministro renunciou.",
        "A inflação caiu para 2,5 por cento em março.",
    ],
    "nl": [
        "De gemeenteraad heeft dinsdag de begroting goedgekeurd.",
        "De politie heeft twee mannen aangehouden bij het station.",
        "De minister is afgetreden.",
        "De inflatie daalde in maart tot 2,5 procent.",
    ],
}


def _py3langid() -> Detect:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return lambda t: str(ident.classify(t)[0])


def _lingua(low: bool) -> Callable[[], Detect]:
    def make() -> Detect:
        from lingua import LanguageDetectorBuilder

        builder = LanguageDetectorBuilder.from_all_languages()
        det: Any = (builder.with_low_accuracy_mode() if low else builder).build()

        def f(t: str) -> str | None:
            lang = det.detect_language_of(t)
            return str(lang.iso_code_639_1.name.lower()) if lang else None

        return f

    return make


def _langdetect() -> Detect:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return lambda t: str(detect(t))


def main() -> None:
    candidates: list[tuple[str, Callable[[], Detect]]] = [
        ("py3langid", _py3langid),
        ("lingua", _lingua(False)),
        ("lingua-low", _lingua(True)),
        ("langdetect", _langdetect),
    ]
    for name, make in candidates:
        started = time.perf_counter()
        try:
            fn = make()
        except ImportError:
            print(f"{name:11s} not installed, skipped")
            continue
        fn("warm up the model")
        load = time.perf_counter() - started
        right, total, wrong = 0, 0, []
        started = time.perf_counter()
        for lang, sentences in SAMPLES.items():
            for s in sentences:
                got = fn(s)
                total += 1
                if got == lang:
                    right += 1
                else:
                    wrong.append(f"{lang} -> {got}: {s[:40]}")
        per_ms = (time.perf_counter() - started) / total * 1000
        print(f"{name:11s} load {load:.2f} s  {right}/{total} right  {per_ms:.2f} ms/sentence")
        for w in wrong:
            print("   ", w)


if __name__ == "__main__":
    main()
