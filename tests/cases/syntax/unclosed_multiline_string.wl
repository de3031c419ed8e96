// A multi-line string needs its closing line starting with `]`.
Trace("avant")
s est une chaîne = [
première ligne
deuxième ligne
