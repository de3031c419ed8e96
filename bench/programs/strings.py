# String building (append in a loop) and slicing.


def main():
    s = ""
    for i in range(1, 1000001):
        s = s + str(i % 7)
    total = 0
    n = len(s)
    i = 1
    while i <= n - 2:
        total = total + int(s[i - 1:i + 2])
        i = i + 3
    print(n, total)


main()
