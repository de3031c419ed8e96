// Money (help 1514043, 1514072): the currency and numeric types compute in decimal, where a
// real rounds in binary (help 1514048).
rTotal is real = 0
cyTotal is currency = 0
FOR i = 1 _TO_ 10
	rTotal += 0.1
	cyTotal += 0.1
END
Trace("real:", NumToString(rTotal, ".17f"), "currency:", cyTotal)

// A basket: three items at £19.99 plus 20% VAT, rounded to the penny (help 3050063).
cyUnitPrice is currency = 19.99
nQuantity is int = 3
cyVAT is currency = Round(cyUnitPrice * nQuantity * 0.2, 2)
cyTotalPrice is currency = cyUnitPrice * nQuantity + cyVAT
Trace("net", cyUnitPrice * nQuantity, "VAT", cyVAT, "total", cyTotalPrice)

// Sharing a sum: the last share takes the remainder so that no penny is lost.
cySum is currency = 100
nShares is int = 3
cyShare is currency = Round(cySum / nShares, 2)
cyLast is currency = cySum - cyShare * (nShares - 1)
Trace(cyShare, cyShare, cyLast, "=", cyShare * 2 + cyLast)

// numeric keeps 38 digits: 32 before the decimal point and 6 after (help 1514072).
numBig is numeric = "12345678901234567890.123456789"
Trace(numBig * 10)
// NumToString lays a number out in a column 10 characters wide with 2 decimals (help 3024024).
Trace("total due:" + NumToString(cyTotalPrice, "10.2f"), "GBP")
