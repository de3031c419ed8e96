// Help: StatSomme (3050035), StatMoyenne (3050036), StatMin (3050037), StatMax (3050034),
// StatVariance (3050033), StatVarianceP (3050030), StatEcartType (3050025),
// StatEcartTypeP (3050026), StatEcartMoyen (3050024). The forms that take an array.
t est un tableau de entiers = [2, 4, 4, 4, 5, 5, 7, 9]
Info(StatSomme(t), StatMoyenne(t), StatMin(t), StatMax(t))
Info(StatVarianceP(t), StatEcartTypeP(t))
Info(Arrondi(StatVariance(t), 6), Arrondi(StatEcartType(t), 6))
Info(StatEcartMoyen(t))
r est un tableau de réels = [1.5, -2.5, 10]
Info(StatSomme(r), StatMoyenne(r), StatMin(r), StatMax(r))
// One element, and an empty array
u est un tableau de entiers = [42]
Info(StatSomme(u), StatMoyenne(u), StatMin(u), StatMax(u), StatVariance(u), StatVarianceP(u))
v est un tableau de entiers
Info(StatSomme(v), StatMoyenne(v), StatMin(v), StatMax(v), StatVariance(v), StatEcartMoyen(v))
