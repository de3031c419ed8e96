// Help: PoidsFaible (3014018), PoidsFort (3014017), ETBinaire (3050010), OUBinaire (3050038),
// OUExclusifBinaire (3050023), NONBinaire (3050011).
Info(PoidsFaible(0x12345678), PoidsFort(0x12345678))
Info(EntierVersHexa(PoidsFaible(0x12345678)), EntierVersHexa(PoidsFort(0x12345678)))
Info(PoidsFaible(70000), PoidsFort(70000))
Info(PoidsFaible(-1), PoidsFort(-1))
Info(PoidsFaible(0), PoidsFort(0), PoidsFort(65535))
Info(ETBinaire(12, 10), OUBinaire(12, 10), OUExclusifBinaire(12, 10))
Info(NONBinaire(0), NONBinaire(-1), NONBinaire(5))
Info(ETBinaire(0xFF00, 0x0FF0) = 0x0F00, OUExclusifBinaire(5, 5))
