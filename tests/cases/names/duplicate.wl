// Declaring the same variable twice (names ignore case and accents) is an error.
nÉlève est un entier
nEleve est une chaîne
