# Procedure calls with by-reference parameters: WLanguage's callee updates the caller's
# variables; here the procedures return the new values instead.
def order(a, b):
    if a > b:
        t = a
        a = b
        b = t
    return a, b


def accumulate(total, n):
    return (total + n * n) % 1000000007


def main():
    lo = 0
    hi = 0
    total = 0
    for i in range(1, 300001):
        lo = i % 100
        hi = i % 37
        lo, hi = order(lo, hi)
        total = accumulate(total, hi - lo)
    print(total)


main()
