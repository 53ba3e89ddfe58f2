# Sorting a list in place with element assignment.


def bubble_sort(xs: list[int]) -> int:
    swaps = 0
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(0, n - i - 1):
            if xs[j] > xs[j + 1]:
                tmp = xs[j]
                xs[j] = xs[j + 1]
                xs[j + 1] = tmp
                swaps += 1
                swapped = True
        if not swapped:
            break
    return swaps


def insertion_sort(xs: list[str]) -> None:
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key


def main() -> None:
    data = [29, -3, 14, 0, 88, 14, -50, 7, 61, 2]
    print("before:", data)
    swaps = bubble_sort(data)
    print("after: ", data, "swaps:", swaps)
    print("sorted again:", bubble_sort(data), "swaps")
    words = ["pear", "Apple", "fig", "banana", "apple", "Éclair", "cherry"]
    insertion_sort(words)
    print(words)
    gen: list[int] = []
    v = 7
    for i in range(20):
        v = (v * 31 + 11) % 97
        gen.append(v)
    print(gen)
    bubble_sort(gen)
    print(gen)
    print("min:", gen[0], "max:", gen[-1], "median-ish:", gen[len(gen) // 2])


main()
