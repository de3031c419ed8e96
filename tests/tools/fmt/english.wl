// English keywords in capitals and English builtin names; the script stays English.
procedure Main()
s is a string = upper("abc")
if length(s) = 3 then
	info(s)
else if s = "" then
error("empty")
else
	trace(s)
end
for each c of ["x", "y"]
	trace(c)
end
while false
	break
end
switch 2
case 1: info(1)
other case
	info(left(s, 1) + nospace(" a "))
end
