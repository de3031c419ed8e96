// Keywords written as member or property names are names: `x..Procédure`, `t.Fin`, `o:Classe`;
// `Count` and `Occurrence` are the element count, other properties stop the run when evaluated.
t est un tableau de entiers = [1, 2, 3]
Trace(t.Count, t..Occurrence, t..Taille)
QUAND EXCEPTION DANS
	Trace(t.Fin)
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Trace(t..Procédure)
FAIRE
	Trace(ExceptionInfo())
FIN
