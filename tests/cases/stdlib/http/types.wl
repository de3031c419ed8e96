// Help: httpRequête (1000021158), httpRéponse (1000021165), HTTPEnvoie (1000021183)
// The types of the HTTP family without a server: members under both names, their initial
// values, copies, the constants, and the failures that need no connection.
cMaRequête est un httpRequête
Trace(cMaRequête.URL = "", cMaRequête.Méthode, Taille(cMaRequête.Contenu), cMaRequête.DuréeNonRéponse, cMaRequête.IgnoreErreur)
cMaRequête.URL = "https://www.pcsoft.fr"
cMaRequête.Method = httpPost
cMaRequête.Contenu = "a=1&b=2"
cMaRequête.Timeout = 1500
cMaRequête.IgnoreErreur = httpIgnoreCertificatInvalide + httpIgnoreRedirection
Trace(cMaRequête.URL, cMaRequête.Méthode = httpPost, cMaRequête.Content, cMaRequête.DuréeNonRéponse)
Trace(cMaRequête.IgnoreErreur = httpIgnoreInvalidCertificate + httpIgnoreRedirection)

// A structure: assigning copies it.
cAutre est un httpRequest = cMaRequête
cAutre.URL = "http://ailleurs"
Trace(cMaRequête.URL, cAutre.URL, cAutre.Content)

// An empty response until a request fills it.
cMaRéponse est un httpRéponse
Trace(cMaRéponse.CodeEtat, cMaRéponse.StatusCode, cMaRéponse.DescriptionCodeEtat = "", Taille(cMaRéponse.Contenu))

// Failures that need no connection: ErreurDétectée, ErreurInfo, an empty response.
cMaRéponse = HTTPEnvoie("ftp://fichiers.exemple")
Trace(ErreurDétectée, cMaRéponse.CodeEtat, ErreurInfo())
cMaRequête.URL = "https://www.pcsoft.fr"
cMaRequête.Méthode = 99
cMaRéponse = HTTPEnvoie(cMaRequête)
Trace(ErreurDétectée, ErreurInfo())
Trace(HTTPRequête(""), ErreurInfo())
Trace(Taille(HTTPDonneRésultat()), HTTPDonneRésultat(httpEntête) = "")

// The REST twins.
r est un restRequête
r.URL = "http://exemple"
rr est une restRéponse = RESTEnvoie("http://")
Trace(r.URL, rr.CodeEtat, ErreurInfo())

// A structure of the script may hold one.
Appel est une Structure
	Nom est une chaîne
	Requête est un httpRequête
FIN
a est un Appel
a.Requête.URL = "http://api"
Trace(a.Requête.URL, a.Requête.Méthode)
Trace(Adresse(cMaRequête))

PROCÉDURE Adresse(r est un httpRequête)
RENVOYER r.URL
