"""Pages' parts for your municipality's details: the «Hvem spør jeg?» card and the choice of municipality."""
