/* Calls every function of tests/library/capi.py through the generated C
 * header and shared library, including every error path, and checks the
 * results. Run under valgrind by ci/test.sh: no leaks, no invalid reads.
 * Exit status 0 when every check passed. */
#include "capi.h"

#include <pthread.h>
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* Checks that `st` holds a Python exception of type `type` whose message
 * is `message`, then clears it. */
static void expect_error(PyaotStatus *st, const char *type, const char *message) {
    CHECK(st->code == 1);
    CHECK(st->exc_type != NULL && strcmp(st->exc_type, type) == 0);
    CHECK(st->message != NULL && strcmp(st->message, message) == 0);
    if (st->exc_type && strcmp(st->exc_type, type) != 0)
        fprintf(stderr, "  got type %s\n", st->exc_type);
    if (st->message && strcmp(st->message, message) != 0)
        fprintf(stderr, "  got message %s\n", st->message);
    pyaot_status_clear(st);
    CHECK(st->code == 0 && st->exc_type == NULL && st->message == NULL);
}


/* Container values for the handle API. */
static PyaotValue int_value(int64_t i) { PyaotValue v = {0}; v.kind = PYAOT_INT; v.i = i; return v; }
static PyaotValue float_value(double f) { PyaotValue v = {0}; v.kind = PYAOT_FLOAT; v.f = f; return v; }
static PyaotValue str_value(const char *s) {
    PyaotValue v = {0};
    v.kind = PYAOT_STR;
    v.ptr = s;
    v.len = strlen(s);
    return v;
}
static int str_is(PyaotValue v, const char *s) {
    return v.kind == PYAOT_STR && v.len == strlen(s) && memcmp(v.ptr, s, v.len) == 0;
}

/* Lists, dicts and tuples built and read through the container API. */
static void containers(void) {
    PyaotStatus st = {0};

    void *xs = pyaot_list_create(PYAOT_FLOAT);
    for (int i = 1; i <= 4; i++) {
        PyaotValue v = float_value(i * 0.5);
        CHECK(pyaot_list_push(xs, &v, &st));
    }
    CHECK(pyaot_list_size(xs) == 4);
    CHECK(pyaot_capi_total(xs, &st) == 5.0 && st.code == 0);
    /* A value of the wrong type is refused, and the list is unchanged. */
    PyaotValue wrong = int_value(1);
    CHECK(!pyaot_list_push(xs, &wrong, &st));
    expect_error(&st, "TypeError", "expected a float value, got int");
    PyaotValue got = {0};
    CHECK(pyaot_list_at(xs, 3, &got, &st) && got.kind == PYAOT_FLOAT && got.f == 2.0);
    CHECK(!pyaot_list_at(xs, 4, &got, &st));
    expect_error(&st, "IndexError", "list index out of range");
    /* A handle of another type is refused, not misread. */
    void *ints_list = pyaot_list_create(PYAOT_INT);
    CHECK(pyaot_capi_total(ints_list, &st) == 0.0);
    expect_error(&st, "TypeError", "total(): argument 'xs' is not a list[float] handle");
    CHECK(pyaot_capi_total(NULL, &st) == 0.0);
    expect_error(&st, "TypeError", "total(): argument 'xs' is not a list[float] handle");
    pyaot_object_release(ints_list);
    pyaot_object_release(xs);

    void *words = pyaot_list_create(PYAOT_STR);
    const char *input[] = {"pear", "fig", "pear", "caf\xc3\xa9"};
    for (int i = 0; i < 4; i++) {
        PyaotValue v = str_value(input[i]);
        CHECK(pyaot_list_push(words, &v, &st));
    }
    PyaotValue bad = {0};
    bad.kind = PYAOT_STR;
    bad.ptr = "\xff";
    bad.len = 1;
    CHECK(!pyaot_list_push(words, &bad, &st));
    expect_error(&st, "ValueError", "argument is not valid UTF-8: invalid start byte at position 0");
    void *lengths = pyaot_capi_word_lengths(words, &st);
    CHECK(lengths != NULL && st.code == 0 && pyaot_dict_size(lengths) == 3);
    PyaotValue k = {0}, v = {0};
    CHECK(pyaot_dict_entry(lengths, 0, &k, &v, &st) && str_is(k, "pear") && v.i == 4);
    CHECK(pyaot_dict_entry(lengths, 2, &k, &v, &st) && str_is(k, "caf\xc3\xa9") && v.i == 4);
    CHECK(!pyaot_dict_entry(lengths, 3, &k, &v, &st));
    expect_error(&st, "IndexError", "dict entry index out of range");
    PyaotValue fig = str_value("fig");
    CHECK(pyaot_dict_lookup(lengths, &fig, &v, &st) && v.kind == PYAOT_INT && v.i == 3);
    PyaotValue kiwi = str_value("kiwi");
    CHECK(!pyaot_dict_lookup(lengths, &kiwi, &v, &st));
    expect_error(&st, "KeyError", "'kiwi'");
    pyaot_object_release(lengths);
    pyaot_object_release(words);

    void *ints = pyaot_list_create(PYAOT_INT);
    void *pair = pyaot_capi_min_max(ints, &st);
    CHECK(pair == NULL);
    expect_error(&st, "ValueError", "min_max() of an empty list");
    for (int i = 0; i < 5; i++) {
        PyaotValue n = int_value((i * 7) % 5 - 2);
        CHECK(pyaot_list_push(ints, &n, &st));
    }
    pair = pyaot_capi_min_max(ints, &st);
    CHECK(pair != NULL && pyaot_tuple_size(pair) == 2);
    CHECK(pyaot_tuple_at(pair, 0, &got, &st) && got.kind == PYAOT_INT && got.i == -2);
    CHECK(pyaot_tuple_at(pair, 1, &got, &st) && got.i == 2);
    pyaot_object_release(pair);
    pyaot_object_release(ints);

    /* A tuple and a dict built in C, passed together. */
    PyaotValue items[2] = {str_value("ab"), int_value(3)};
    void *t = pyaot_tuple_create(items, 2, &st);
    void *scores = pyaot_dict_create(PYAOT_STR, PYAOT_FLOAT);
    PyaotValue key = str_value("ab"), score = float_value(1.5);
    CHECK(pyaot_dict_put(scores, &key, &score, &st));
    CHECK(pyaot_dict_create(PYAOT_LIST, PYAOT_INT) == NULL);
    CHECK(pyaot_capi_describe(scores, t, NULL, &st) == NULL);
    expect_error(&st, "TypeError", "describe(): argument 'pair' is not a tuple[str, int] handle");
    char *text = pyaot_capi_describe(t, scores, NULL, &st);
    CHECK(text != NULL && strcmp(text, "ab x3: 1.5") == 0);
    pyaot_free(text);
    pyaot_object_release(scores);
    scores = pyaot_dict_create(PYAOT_STR, PYAOT_FLOAT);
    CHECK(pyaot_capi_describe(t, scores, NULL, &st) == NULL);
    expect_error(&st, "KeyError", "'ab'");
    pyaot_object_release(scores);
    pyaot_object_release(t);

    /* Nested: a list of list handles; an item kept past its container. */
    void *table = pyaot_capi_grid(3, 4, &st);
    CHECK(table != NULL && pyaot_list_size(table) == 3);
    CHECK(pyaot_list_at(table, 2, &got, &st) && got.kind == PYAOT_LIST);
    void *row = pyaot_object_retain((void *)got.ptr);
    pyaot_object_release(table);
    CHECK(pyaot_list_size(row) == 4 && pyaot_list_at(row, 3, &got, &st) && got.i == 6);
    pyaot_object_release(row);
}

/* Optional arguments and results: NULL is None; scalars and strings are
 * wrapped with pyaot_optional_create and read with pyaot_optional_get. */
static void optionals(void) {
    PyaotStatus st = {0};
    PyaotValue got = {0};

    CHECK(pyaot_capi_halve(NULL, &st) == NULL && st.code == 0);
    PyaotValue ten = int_value(10);
    void *n = pyaot_optional_create(&ten, &st);
    void *half = pyaot_capi_halve(n, &st);
    CHECK(half != NULL && pyaot_optional_get(half, PYAOT_FLOAT, &got) && got.f == 5.0);
    CHECK(!pyaot_optional_get(half, PYAOT_STR, &got));
    CHECK(!pyaot_optional_get(NULL, PYAOT_FLOAT, &got));
    pyaot_object_release(half);
    pyaot_object_release(n);
    PyaotValue odd = int_value(7);
    n = pyaot_optional_create(&odd, &st);
    CHECK(pyaot_capi_halve(n, &st) == NULL && st.code == 0);
    pyaot_object_release(n);

    /* A handle of another type for an Optional is refused. */
    void *words = pyaot_list_create(PYAOT_STR);
    CHECK(pyaot_capi_halve(words, &st) == NULL);
    expect_error(&st, "TypeError", "halve(): argument 'n' is not an Optional[int] handle");
    pyaot_object_release(words);

    PyaotValue name = str_value("ada lovelace");
    void *s = pyaot_optional_create(&name, &st);
    CHECK(pyaot_optional_get(s, PYAOT_STR, &got) && str_is(got, "ada lovelace"));
    char *text = pyaot_capi_title_or(s, "x", 1, NULL, &st);
    CHECK(text != NULL && strcmp(text, "Ada Lovelace") == 0);
    pyaot_free(text);
    pyaot_object_release(s);
    text = pyaot_capi_title_or(NULL, "nobody", 6, NULL, &st);
    CHECK(text != NULL && strcmp(text, "nobody") == 0);
    pyaot_free(text);

    PyaotValue bad = {0};
    bad.kind = PYAOT_STR;
    bad.ptr = "\xc3";
    bad.len = 1;
    CHECK(pyaot_optional_create(&bad, &st) == NULL);
    expect_error(&st, "ValueError", "argument is not valid UTF-8: unexpected end of data at position 0");
}

/* Several host threads call at once: every call must still be exact. */
static void *hammer(void *arg) {
    long id = (long)arg;
    long bad = 0;
    PyaotStatus st = {0};
    for (int i = 0; i < 20000; i++) {
        if (pyaot_capi_add(id, i, &st) != id + i) bad++;
        char *r = pyaot_capi_shout("ab", 2, 1, NULL, &st);
        if (!r || strcmp(r, "AB") != 0) bad++;
        pyaot_free(r);
        if (pyaot_capi_lookup("nope", 4, &st) != 0 || st.code != 1) bad++;
        pyaot_status_clear(&st);
    }
    return (void *)bad;
}

int main(void) {
    PyaotStatus st = {0};

    CHECK(pyaot_capi_add(2, 40, &st) == 42 && st.code == 0);
    CHECK(pyaot_capi_add(-5, 5, &st) == 0);
    CHECK(pyaot_capi_add(INT64_MAX, 1, &st) == 0);
    expect_error(&st, "OverflowError", "integer overflow in '+' (pyaot ints are 64-bit)");

    /* Module constants are macros of their C type in the header. */
    _Static_assert(PYAOT_CAPI_SCALE == INT64_C(10), "an integer constant expression");
    CHECK(PYAOT_CAPI_RATIO == 0.1);
    CHECK(PYAOT_CAPI_ENABLED == true);
    CHECK(strcmp(PYAOT_CAPI_GREETING,
                 "caf\xc3\xa9 \"quoted\" \\ ?\?= \t \xf0\x9f\x98\x80") == 0);
    CHECK(sizeof PYAOT_CAPI_GREETING == 28);

    /* Module constants are initialised before the first call. */
    CHECK(pyaot_capi_scaled(1.5, &st) == 15.0 && st.code == 0);

    CHECK(pyaot_capi_is_even(10, &st) == true);
    CHECK(pyaot_capi_is_even(7, &st) == false);
    CHECK(pyaot_capi_negate(true, &st) == false);
    CHECK(pyaot_capi_negate(false, &st) == true);

    size_t len = 0;
    char *s = pyaot_capi_shout("abc", 3, 2, &len, &st);
    CHECK(st.code == 0 && s != NULL && strcmp(s, "ABCABC") == 0 && len == 6);
    pyaot_free(s);

    /* Full Unicode: "straße 😀" upper-cases to "STRASSE 😀". */
    const char *text = "stra\xc3\x9f" "e \xf0\x9f\x98\x80";
    s = pyaot_capi_shout(text, strlen(text), 1, NULL, &st);
    CHECK(st.code == 0 && s != NULL && strcmp(s, "STRASSE \xf0\x9f\x98\x80") == 0);
    pyaot_free(s);

    /* Embedded NUL bytes survive: the length says where the string ends. */
    s = pyaot_capi_shout("a\0b", 3, 1, &len, &st);
    CHECK(st.code == 0 && len == 3 && memcmp(s, "A\0B", 3) == 0);
    pyaot_free(s);

    s = pyaot_capi_shout("abc", 3, -1, &len, &st);
    CHECK(s == NULL);
    expect_error(&st, "ValueError", "times must be >= 0, got -1");

    CHECK(pyaot_capi_length(text, strlen(text), &st) == 8 && st.code == 0);
    CHECK(pyaot_capi_length(NULL, 0, &st) == 0 && st.code == 0);

    /* Invalid UTF-8 is rejected, not passed on. */
    CHECK(pyaot_capi_length("\xff\xfe", 2, &st) == 0);
    CHECK(st.code == 1 && strcmp(st.exc_type, "ValueError") == 0);
    pyaot_status_clear(&st);

    /* bytes: any byte (NUL included) in, an owned buffer out. */
    uint8_t *buf = pyaot_capi_xor_bytes((const uint8_t *)"a\0\xff", 3, 1, &len, &st);
    CHECK(st.code == 0 && buf != NULL && len == 3 && memcmp(buf, "`\x01\xfe", 3) == 0);
    pyaot_free(buf);
    buf = pyaot_capi_xor_bytes(NULL, 0, 7, &len, &st);
    CHECK(st.code == 0 && buf != NULL && len == 0);
    pyaot_free(buf);
    CHECK(pyaot_capi_xor_bytes((const uint8_t *)"a", 1, 256, &len, &st) == NULL);
    expect_error(&st, "ValueError", "key must be in range(0, 256), got 256");
    CHECK(pyaot_capi_xor_bytes(NULL, 2, 1, &len, &st) == NULL);
    expect_error(&st, "ValueError", "argument is a NULL pointer with length 2");
    s = pyaot_capi_utf8_decode((const uint8_t *)"caf\xc3\xa9", 5, &len, &st);
    CHECK(st.code == 0 && s != NULL && len == 5 && strcmp(s, "caf\xc3\xa9") == 0);
    pyaot_free(s);
    CHECK(pyaot_capi_utf8_decode((const uint8_t *)"ab\xff", 3, &len, &st) == NULL);
    expect_error(&st, "UnicodeDecodeError",
                 "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");

    pyaot_capi_check_positive(3, &st);
    CHECK(st.code == 0);
    pyaot_capi_check_positive(-2, &st);
    expect_error(&st, "ValueError", "not positive: -2");

    CHECK(pyaot_capi_divide(1, 4, &st) == 0.25 && st.code == 0);
    CHECK(pyaot_capi_divide(1, 0, &st) == 0.0);
    expect_error(&st, "ZeroDivisionError", "division by zero");

    CHECK(pyaot_capi_lookup("two", 3, &st) == 2 && st.code == 0);
    CHECK(pyaot_capi_lookup("three", 5, &st) == 0);
    expect_error(&st, "KeyError", "'three'");

    /* Many calls: nothing accumulates (valgrind checks the leaks). */
    for (int i = 0; i < 100000; i++) {
        char *r = pyaot_capi_shout("xy", 2, 2, NULL, &st);
        if (!r || strcmp(r, "XYXY") != 0) failures++;
        pyaot_free(r);
    }

    containers();
    optionals();

    pthread_t threads[4];
    for (long t = 0; t < 4; t++) pthread_create(&threads[t], NULL, hammer, (void *)t);
    for (int t = 0; t < 4; t++) {
        void *bad;
        pthread_join(threads[t], &bad);
        CHECK(bad == NULL);
    }

    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("capi: all checks passed\n");
    return 0;
}
