// Writing at index 0 is an error too (arrays start at 1).
t is array of int = [1, 2]
t[0] = 5
