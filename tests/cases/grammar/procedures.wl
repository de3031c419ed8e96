// Procedure headers: modifiers (PRIVÉE, PUBLIQUE, GLOBALE, VIRTUELLE, ABSTRAITE), attributes
// (`<thread principal>`), return types, `*` for more arguments, parameters with types, defaults,
// attributes and LOCAL; `MesParamètres` (the arguments of a `*` procedure) resolves and stops
// the run, naming itself.
Trace(Somme(1, 2, 3), Double(4), Bonjour())
Trace(Compte(1, 2))
PROCÉDURE PRIVÉE Somme(a, b, *)
RENVOYER a + b
PROCÉDURE PUBLIQUE GLOBALE Double(LOCAL n est un entier <utile> = 0) : entier <thread principal>
RENVOYER 2 * n
PROCEDURE PRIVATE Bonjour() : string <main thread>
RESULT "bonjour"
PROCÉDURE Compte(*)
RENVOYER MesParamètres..Occurrence
