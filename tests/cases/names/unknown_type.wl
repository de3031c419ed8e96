// Unknown types are reported with the list of the known ones.
n est un entierlong = 3
t is array of strng
