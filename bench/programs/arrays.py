# Arrays: 1,000,000 integers added, then read by index and iterated.


def main():
    t = []
    for i in range(1, 1000001):
        t.append(i % 1000)
    total = 0
    for i in range(len(t)):
        total = total + t[i]
    biggest = 0
    for n in t:
        if n > biggest:
            biggest = n
    print(len(t), total, biggest)


main()
