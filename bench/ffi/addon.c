/* The hand-written baseline for the FFI benchmark: a Node-API addon written
 * the way a careful C programmer writes one, with the argument-count and type
 * checks a real addon needs and nothing more.
 *
 *   add(a: number, b: number) -> number     int64 in, int64 out; RangeError on overflow
 *   concat(s: string, t: string) -> string  UTF-8 in, UTF-8 out
 *
 * Build: cc -O2 -shared -fPIC -I/usr/include/node -o add.node addon.c
 * (N-API symbols resolve from the node process when the addon is loaded). */
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>

/* Throws a TypeError unless the call had exactly two arguments; fills args. */
static int two_args(napi_env env, napi_callback_info info, napi_value args[2], const char *name) {
    size_t argc = 2;
    if (napi_get_cb_info(env, info, &argc, args, NULL, NULL) != napi_ok) return 0;
    if (argc != 2) {
        napi_throw_type_error(env, NULL, name);
        return 0;
    }
    return 1;
}

static napi_value add(napi_env env, napi_callback_info info) {
    napi_value args[2];
    if (!two_args(env, info, args, "add() takes exactly 2 arguments")) return NULL;
    int64_t a, b, sum;
    if (napi_get_value_int64(env, args[0], &a) != napi_ok ||
        napi_get_value_int64(env, args[1], &b) != napi_ok) {
        napi_throw_type_error(env, NULL, "add() arguments must be numbers");
        return NULL;
    }
    if (__builtin_add_overflow(a, b, &sum)) {
        napi_throw_range_error(env, NULL, "add() overflows a 64-bit integer");
        return NULL;
    }
    napi_value result;
    if (napi_create_int64(env, sum, &result) != napi_ok) return NULL;
    return result;
}

/* Reads string v into buf (capacity cap, NUL included) and sets *len. When it
 * may not have fit (a truncated copy never splits a character, so it leaves
 * at most 3 of the cap - 1 bytes unused), asks for the exact length and reads
 * it into *heap instead. Returns the bytes, or NULL with an exception pending. */
static char *read_utf8(napi_env env, napi_value v, char *buf, size_t cap, size_t *len, char **heap) {
    napi_status st = napi_get_value_string_utf8(env, v, buf, cap, len);
    if (st == napi_string_expected) {
        napi_throw_type_error(env, NULL, "concat() arguments must be strings");
        return NULL;
    }
    if (st != napi_ok) return NULL;
    if (*len + 4 < cap) return buf;
    if (napi_get_value_string_utf8(env, v, NULL, 0, len) != napi_ok) return NULL;
    *heap = malloc(*len + 1);
    if (!*heap) {
        napi_throw_error(env, NULL, "out of memory");
        return NULL;
    }
    if (napi_get_value_string_utf8(env, v, *heap, *len + 1, len) != napi_ok) return NULL;
    return *heap;
}

static napi_value concat(napi_env env, napi_callback_info info) {
    napi_value args[2];
    if (!two_args(env, info, args, "concat() takes exactly 2 arguments")) return NULL;
    /* Short strings are read straight into one buffer, s then t. */
    char buf[1024];
    char *heap_s = NULL, *heap_t = NULL, *joined = NULL;
    napi_value result = NULL;
    size_t ls, lt;
    char *s = read_utf8(env, args[0], buf, sizeof buf / 2, &ls, &heap_s);
    size_t used = s == buf ? ls : 0;
    char *t = s ? read_utf8(env, args[1], buf + used, sizeof buf - used, &lt, &heap_t) : NULL;
    if (s && t) {
        if (s == buf && t == buf + ls) {
            napi_create_string_utf8(env, buf, ls + lt, &result);
        } else {
            joined = malloc(ls + lt + 1);
            if (joined) {
                for (size_t i = 0; i < ls; i++) joined[i] = s[i];
                for (size_t i = 0; i < lt; i++) joined[ls + i] = t[i];
                napi_create_string_utf8(env, joined, ls + lt, &result);
            } else {
                napi_throw_error(env, NULL, "out of memory");
            }
        }
    }
    free(heap_s);
    free(heap_t);
    free(joined);
    return result;
}

static napi_value init(napi_env env, napi_value exports) {
    napi_property_descriptor props[] = {
        {"add", NULL, add, NULL, NULL, NULL, napi_enumerable, NULL},
        {"concat", NULL, concat, NULL, NULL, NULL, napi_enumerable, NULL},
    };
    if (napi_define_properties(env, exports, sizeof props / sizeof props[0], props) != napi_ok) return NULL;
    return exports;
}

NAPI_MODULE(add, init)
