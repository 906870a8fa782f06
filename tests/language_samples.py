"""Articles in other languages, written for these tests (not from any corpus)."""

from __future__ import annotations

GERMAN = (
    "Bahnstreik legt Fernverkehr lahm\n\n"
    "Die Lokführergewerkschaft hat am Mittwoch erneut zu einem Streik aufgerufen. Nach Angaben der "
    "Bahn fallen rund 80 Prozent der Fernzüge aus.\n\n"
    "„Wir lassen uns nicht einschüchtern“, sagte GDL-Chef Claus Weselsky in Frankfurt.\n\n"
    "Der Ausstand kostet das Unternehmen nach eigenen Angaben etwa 25 Millionen Euro pro Tag. Die Bahn "
    "bietet eine Lohnerhöhung von 2,5 Prozent an, die Gewerkschaft fordert deutlich mehr."
)

SPANISH = (
    "El Gobierno aprueba nuevas ayudas al alquiler\n\n"
    "El Consejo de Ministros aprobó el martes un plan de ayudas para jóvenes inquilinos. El alquiler "
    "medio en la capital alcanzó los 1.134 euros al mes, según el Ministerio de Vivienda.\n\n"
    "«Nadie debería gastar más de un tercio de su sueldo en vivienda», dijo la ministra.\n\n"
    "El programa costará 2,5 millones de euros este año y beneficiará a unas 40.000 personas."
)

# English with German and Spanish words inside: still English, still extracted.
ENGLISH_WITH_FOREIGN_QUOTES = (
    "Merkel's phrase returns to Berlin\n\n"
    "The chancellor repeated the phrase “Wir schaffen das” at a rally on Monday, her spokesman said.\n\n"
    "In Madrid, protesters chanted “no pasarán” outside parliament, where about 3,000 people gathered.\n\n"
    "Officials said the rally cost the city 1.5 million euros."
)
