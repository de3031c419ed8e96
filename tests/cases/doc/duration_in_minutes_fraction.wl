// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// Unsure: EnMinutes/EnHeures may return reals (fractions) or whole units; the property list of 1514069 was cut after 'InHours: Returns or mod[ifies]'. The second line's number of digits also depends on real display.
du est une Durée = 3 min 30 s
Trace(du..EnMinutes)
Trace(du..EnHeures)
