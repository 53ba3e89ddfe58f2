/* Self-recursive tail calls: sum_to recurses 900 deep and is called 10_000
 * times, 9 million calls in all (same algorithm as tail_loop.py). */
#include <stdint.h>
#include <stdio.h>

static int64_t sum_to(int64_t n, int64_t acc) {
    if (n == 0) {
        return acc;
    }
    return sum_to(n - 1, (acc * 3 + n) % 1000003);
}

int main(void) {
    int64_t total = 0;
    for (int64_t i = 0; i < 10000; i++) {
        total += sum_to(900, i);
    }
    printf("%lld\n", (long long)total);
    return 0;
}
