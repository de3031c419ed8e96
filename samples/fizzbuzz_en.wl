// FizzBuzz, the classic exercise: multiples of 3 print "Fizz", multiples of 5 "Buzz",
// multiples of both "FizzBuzz", the other numbers themselves.

sLine is string
FOR i = 1 TO 20
	sLine += FizzBuzz(i) + " "
END
Info(NoSpace(sLine))

PROCEDURE FizzBuzz(n is int) : string
IF n % 15 = 0 THEN
	RESULT "FizzBuzz"
ELSE IF n % 3 = 0 THEN
	RESULT "Fizz"
ELSE IF n % 5 = 0 THEN
	RESULT "Buzz"
ELSE
	RESULT n
END
