// The English names of the arrays prelude (the attribute <en = "..."> of each procedure).
t est un tableau de entiers = [2, 1, 2]
Info(ArrayContain(t, 1))
ArrayDeleteDuplicate(t)
ArraySwapLine(t, 1, 2)
Info(TableauVersChaîne(t, ","), ArrayAddSorted(t, 3))
Delete(t, 1)
Info(TableauVersChaîne(t, ","))
DeleteAll(t)
Info(TableauOccurrence(t))
