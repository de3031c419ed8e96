// Array indices go from 1 to the element count; 0 and past-the-end are fatal errors.
tabJours est un tableau de chaînes = ["lundi", "mardi", "mercredi"]
Trace(tabJours[3])
Trace(tabJours[4])
