// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
MyArray is array of 5 strings
MyArray[1] = "Smith"
Trace(MyArray[1])
Trace(MyArray..Occurrence)
