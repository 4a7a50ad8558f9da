"""Your municipality in the lessons: its office, where to send a klage, its Statsforvalteren and local practices.

A deployment holds one file per municipality (local/<kommunenummer>.yaml) and the national registry of
Statsforvalteren offices (local/statsforvaltere.yaml). The lessons' placeholders ({kommune},
{klage.mottaker} …) are filled from the chosen municipality, or with their general form when there is
none; the «Hvem spør jeg?» card says whom to ask, where to go and where to send the klage.
"""
