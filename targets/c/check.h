/* The tests' one assertion: report a failed condition and count it, so a
 * run shows every failure, not just the first. */
#ifndef PYAOT_TARGETS_C_CHECK_H
#define PYAOT_TARGETS_C_CHECK_H

#include <stdio.h>

static int failures = 0;

#define CHECK(cond)                                                        \
    do {                                                                   \
        if (!(cond)) {                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,         \
                    __LINE__, #cond);                                      \
            failures++;                                                    \
        }                                                                  \
    } while (0)

#endif
