# Integer arithmetic in a counted loop.


def main():
    total = 0
    x = 1
    for i in range(1, 2000001):
        x = (x * 31 + i) % 1000003
        total = total + x % 7 - 3
    print(total, x)


main()
