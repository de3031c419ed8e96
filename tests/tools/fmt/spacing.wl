// Spaces: one around binary operators, one after a comma, none inside brackets or before a call's
// parenthesis; unary minus stays glued to its operand.
x est un entier=1+2*3-4/2
y est un réel =-x^2 %7
t est un tableau de entiers=[ 1,2 ,3 ]
s est une chaîne="abc""def"
x+=1;x-=  2 ; x*=3;x/=3
x++
x --
SI(x>=1 ET y<>2)OU PAS(x<=0)ALORS
info ( s [[ 2 A 3 ]] , t [ 1 ] , t..Occurrence , -x , - y , x- -1 )
FIN
SI x ~= 2 _ET_ y < 0 _OU_ x > 1 ALORS
Info(Taille(s)+1)
FIN
// An array written in brackets inside an index stays apart from the character brackets.
Info(t[ [1, 2][2]])
// The elided de stays glued to its word.
t est un tableau d'entiers
// A qualifier of two words is respelled word by word.
e est un entier sans Signe = 1
