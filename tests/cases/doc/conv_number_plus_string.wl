// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
// Choice: + concatenates as soon as one operand is a string (3 + "12" is "312"): no page states a rule, and the one documented example (Trace page) concatenates a string and a number.
Trace(3 + "12")
Trace("12" + 3)
