# SELON dispatch: values, lists, ranges, comparisons, default.


def main():
    a = b = c = d = e = 0
    for i in range(1, 1000001):
        k = i % 13
        if k == 0:
            a = a + 1
        elif k == 1 or k == 2:
            b = b + i % 3
        elif 3 <= k <= 6:
            c = c + 2
        elif k > 10:
            d = d + 1
        else:
            e = e + 1
    print(a, b, c, d, e)


main()
