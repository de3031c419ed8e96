// Help: ChaîneVersUTF8 (3024042), UTF8VersChaîne (3024043), AnsiVersUnicode (3024002), UnicodeVersAnsi (3024025)
// wlang strings are Unicode; UTF-8 and ANSI (Windows-1252) bytes are buffers.
u est un buffer = ChaîneVersUTF8("été")
Info(Taille(u), BufferVersHexa(u, SansRegroupement))
Info(UTF8VersChaîne(u))
// An ANSI string holding UTF-8 bytes, as read from a file in WINDEV, becomes text.
Info(UTF8VersChaîne("Ã©tÃ©"))
Info(UTF8VersChaîne("déjà du texte ✓"))
a est un buffer = UnicodeVersAnsi("été €")
Info(Taille(a), BufferVersHexa(a, SansRegroupement))
Info(AnsiVersUnicode(a))
Info(BufferVersHexa(UnicodeVersAnsi("✓"), SansRegroupement))
Info(AnsiVersUnicode("déjà du texte"))
