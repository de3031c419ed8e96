// The English names of the dates prelude (the attribute <en = "..."> of each procedure).
d est une durée = 61000
Info(DurationToString(d, "MM:SS"))
ChronoStart(7)
ChronoPause(7)
ChronoResume(7)
ChronoReset(7)
n est un entier = ChronoValue(7)
Info(n < 1000)
n = ChronoEnd(7)
Info(n < 1000)
