// Help: ChronoDébut (3027031), ChronoFin (3027032), ChronoValeur (3027033), ChronoPause
// (1000018829), ChronoReprend (1000018830), ChronoRAZ (1000020474).
// Times depend on the machine: the case prints bounds only (ThreadPause counts hundredths).
// The page's example: two stopwatches, one inside the other
ChronoDébut(1)
ChronoDébut(2)
ThreadPause(10)
DuréeTotale est une durée = ChronoFin(1)
ThreadPause(10)
DuréeDeux est une durée = ChronoFin(2)
nTotale est un entier = DuréeTotale
nDeux est un entier = DuréeDeux
Info(nTotale >= 100, nDeux >= 200, nDeux >= nTotale, nDeux < 5000)
// Stopwatch 1 by default; ChronoValeur does not stop it
ChronoDébut()
ThreadPause(10)
n1 est un entier = ChronoValeur()
ThreadPause(5)
n2 est un entier = ChronoValeur()
Info(n1 >= 100, n2 >= n1 + 50, n2 < 5000)
// The time spent paused is not counted
ChronoPause()
ThreadPause(30)
n3 est un entier = ChronoValeur()
Info(n3 >= n2, n3 < n2 + 200)
ChronoReprend()
ThreadPause(5)
n4 est un entier = ChronoFin()
Info(n4 >= n3 + 50, n4 < n3 + 250)
// ChronoRAZ restarts the count from zero; a stopwatch number need not be small
ChronoDébut(1000)
ThreadPause(20)
ChronoRAZ(1000)
n5 est un entier = ChronoFin(1000)
Info(n5 < 150)
// ChronoDébut on a running stopwatch resets it
ChronoDébut(3)
ThreadPause(20)
ChronoDébut(3)
n6 est un entier = ChronoFin(3)
Info(n6 < 150)
// A stopwatch that is not started: the help describes a WLanguage error, which the prelude cannot
// raise; the duration is zero (see the report)
n7 est un entier = ChronoValeur(42)
n8 est un entier = ChronoFin(1)
Info(n7, n8)
