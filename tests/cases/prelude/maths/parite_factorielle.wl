// Help: EstPair (3050064), EstImpair (3050015), Factorielle (1000019409),
// ArrondiAuMultiple (1410088706).
Info(EstPair(4), EstPair(7), EstPair(0), EstPair(-6), EstPair(-7))
Info(EstImpair(4), EstImpair(7), EstImpair(0), EstImpair(-6), EstImpair(-7))
// A number that is not whole is neither even nor odd
Info(EstPair(2.5), EstImpair(2.5))
Info(Factorielle(0), Factorielle(1), Factorielle(5), Factorielle(10))
Info(Factorielle(20))
Info(Factorielle(25))
Info(Factorielle(-3))
Info(ArrondiAuMultiple(12, 5), ArrondiAuMultiple(13, 5), ArrondiAuMultiple(12.5, 5))
Info(ArrondiAuMultiple(1.3, 0.2), ArrondiAuMultiple(-12, 5), ArrondiAuMultiple(7, 0))
Info(ArrondiAuMultiple(89, 32), ArrondiAuMultiple(1234, 100))
