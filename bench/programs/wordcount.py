# Associative arrays: counting words (2,000 distinct words among 300,000).


def main():
    counts = {}
    seed = 42
    for i in range(1, 300001):
        seed = (seed * 1103515245 + 12345) % 2147483648
        word = "mot" + str(seed % 2000)
        counts[word] = counts.get(word, 0) + 1
    print(len(counts), counts.get("mot7", 0), counts.get("mot1999", 0))


main()
