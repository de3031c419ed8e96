// The English names of the math prelude (the attribute <en = "..."> of each procedure).
Info(IsEven(2), IsOdd(2), Factorial(4), RoundToMultiple(17, 5))
Info(LoWord(0x10002), HiWord(0x10002))
Info(BitwiseAND(6, 3), BitwiseOR(6, 3), BitwiseXOR(6, 3), BitwiseNOT(6))
Info(Tangent(45), CoTan(45))
t est un tableau de entiers = [1, 2, 3, 6]
Info(StatSum(t), StatAverage(t), StatMin(t), StatMax(t))
Info(StatVariance(t), StatVarianceP(t), StatAverageDeviation(t))
Info(StatStandardDeviation([1, 3]), StatStandardDeviationP([1, 3]))
