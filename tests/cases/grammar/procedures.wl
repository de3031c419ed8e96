// Procedure headers: modifiers (PRIVÉE, PUBLIQUE, GLOBALE, VIRTUELLE, ABSTRAITE), attributes
// (`<thread principal>`), return types, `*` for more arguments, parameters with types, defaults,
// attributes and LOCAL.
Trace(Somme(1, 2, 3), Double(4), Bonjour())
PROCÉDURE PRIVÉE Somme(a, b, *)
RENVOYER a + b
PROCÉDURE PUBLIQUE GLOBALE Double(LOCAL n est un entier <utile> = 0) : entier <thread principal>
RENVOYER 2 * n
PROCEDURE PRIVATE Bonjour() : string <main thread>
RESULT "bonjour"
