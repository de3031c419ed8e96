// Help: httpRéponse (1000021165): its members are CodeEtat, Contenu, ... (StatusCode, Content, ...)
rep est un httpRéponse
Trace(rep.Statut)
