/* Startup time: the smallest complete program. */
#include <stdio.h>

int main(void) {
    puts("Hello, world!");
    return 0;
}
