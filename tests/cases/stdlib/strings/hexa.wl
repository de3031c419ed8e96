// Help: BufferVersHexa (1000019916), HexaVersBuffer (1000019914), EntierVersHexa (1000019494), HexaVersEntier (1000019413)
b est un buffer = "Hello"
Info(BufferVersHexa(b))
Info(BufferVersHexa(b, SansRegroupement))
Info(BufferVersHexa(b, 2))
Info(HexaVersBuffer("48 65 6C 6C 6F"))
Info(HexaVersBuffer("48656c6c6f"))
x est un buffer = HexaVersBuffer("4G")
Info(ErreurDétectée, ErreurInfo())
Info(Taille(x))
Info(EntierVersHexa(255), EntierVersHexa(255, 4), EntierVersHexa(-1))
Info(HexaVersEntier("FF"), HexaVersEntier("0x7fffffffffffffff"), HexaVersEntier("ffffffffffffffff"))
Info(HexaVersEntier("xyz"), ErreurDétectée)
QUAND EXCEPTION DANS
	Info(EntierVersHexa(1, 17))
FAIRE
	Info(ExceptionInfo())
FIN
// IntToHexa: the English name help page 1000019494 gives, beside IntegerToHexa.
Trace(IntToHexa(255), IntToHexa(255, 4), IntegerToHexa(4096))
