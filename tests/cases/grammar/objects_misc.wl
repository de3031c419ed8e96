// Constructs of objects and of the interface resolve, and running each stops with a message
// naming it: `&x`, Automation `>>`, `{...}` indirection, `<-`, `allouer`, `libérer`, `MoiMême`,
// `Classe::membre`, `:membre`, `o:membre`, a method call, `MoiMême = v`,
// `MaFenêtre`.
Objet est une Classe
	GLOBAL Membre est un entier
FIN
POUR i = 1 À 13
	Essaie(i)
FIN
PROCÉDURE Essaie(n)
QUAND EXCEPTION DANS
	SELON n
		CAS 1 : p est un entier = &n
		CAS 2 : xl est un variant; xl>>Visible = Vrai
		CAS 3 : {"SAI_" + "Nom", 1} = "x"
		CAS 4 : c est un variant <- n
		CAS 5 : o est un variant = allouer un Objet(1)
		CAS 6 : libérer n
		CAS 7 : MoiMême..Libellé = "OK"
		CAS 8 : Trace(Objet::Membre)
		CAS 9 : Trace(:membre)
		CAS 10 : o est un Objet
		CAS 11 : v est un variant; Trace(v:Membre, v.Calcule(1))
		CAS 12 : MoiMême = "valeur"
		CAS 13 : MaFenêtre..Titre = "titre"
	FIN
FAIRE
	Trace(ExceptionInfo())
FIN
