// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: English spelling of the same range comparison
FOR x = 0 TO 6
	IF x = 2 TO 4 THEN Trace(x)
END
