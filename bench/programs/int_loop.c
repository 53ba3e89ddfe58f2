/* Integer arithmetic in a hot loop: 10**8 iterations of multiply, modulo and
 * add, in int64_t (same as int_loop.py; no overflow: i * i < 10**16). */
#include <stdint.h>
#include <stdio.h>

int main(void) {
    int64_t total = 0;
    for (int64_t i = 0; i < 100000000; i++) {
        total += i * i % 7 + i % 3;
    }
    printf("%lld\n", (long long)total);
    return 0;
}
