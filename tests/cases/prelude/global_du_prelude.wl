// The prelude's globals start with their declared values before the script's main code, and the
// English names call the same procedures (ChronoStart is ChronoDébut).
ChronoStart()
Trace(ChronoValeur() >= 0)
ChronoFin()
Trace("fin")
