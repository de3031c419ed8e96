// Operators on strings (help page 1512001, comparison operators 1512006): starts with `[=`, ends
// with `=]`, contains `[=]`, their flexible (`~`) and very flexible (`~~`) forms, `~=`, `~~`,
// the optional concatenation `[sep]`, `[[À n]]` and `[[i SUR n]]`.
s est une chaîne = "San Francisco"
SI s [= "San" ALORS Trace("[= oui")
SI s =] "cisco" ALORS Trace("=] oui")
SI s [=] "Fran" ALORS Trace("[=] oui")
SI PAS s [=] "fran" ALORS Trace("[=] exact")
SI "  san fr" [~ "SAN" ALORS Trace("[~ oui")
SI "S.A.N Francisco" [~~ "san" ALORS Trace("[~~ oui")
SI "San Francisco  " ~] "FRANCISCO" ALORS Trace("~] oui")
SI s ~~] "fran-cisco" ALORS Trace("~~] oui")
SI s [~] " FRANCISCO " ALORS Trace("[~] oui")
SI s [~~] "n-fr" ALORS Trace("[~~] oui")
SI " Été " ~= "ete" ALORS Trace("~= oui")
SI "I.R.S." ~~ "irs" ALORS Trace("~~ oui")
Trace(s[[À 3]], s[[5 SUR 4]], s[[5 SUR 0]] + "|", s[[11 TO]])
r est une chaîne = "C:\Temp"
r += ["\"]
r += ["\"]
Trace(r, "" + [";"] + "x", "a" + [";"] + "b")
