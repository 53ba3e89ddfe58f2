/* A node addon written the way pyaot's codegen will emit one, by hand:
 * thunks over the runtime's C ABI, an export table, module_init, and
 * napi_register_module_v1 forwarding to pyaot_napi_register. Built and
 * exercised by runtime/tests/napi.rs (see addon.test.js).
 *
 * Thunk contract (ARCHITECTURE.md): args[i] is parameter i (int as i64,
 * float as f64 bits, bool 0/1, objects borrowed); the result is written to
 * *ret (owned for objects) and 0 returned, or 1 with an exception pending.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- the runtime's C ABI (runtime/src) ---- */
typedef struct Str Str;
typedef struct Dict Dict;
typedef struct List {
    int64_t rc;
    uint32_t kind, reserved;
    uint64_t len, cap;
    uint64_t *items;
    uint32_t elem, reserved2;
} List;
enum { ELEM_INT = 0, ELEM_FLOAT = 1, ELEM_BOOL = 2, ELEM_STR = 3, ELEM_LIST = 4, ELEM_DICT = 6 };
enum { EXC_VALUE_ERROR = 2, EXC_OVERFLOW_ERROR = 5, EXC_RUNTIME_ERROR = 8 };

extern Str *pyaot_str_from_utf8(const uint8_t *p, int64_t len);
extern Str *pyaot_str_from_int(int64_t v);
extern Str *pyaot_str_concat(const Str *a, const Str *b);
extern Str *pyaot_str_upper(const Str *s);
extern Str *pyaot_str_getitem(const Str *s, int64_t i);
extern int64_t pyaot_str_len(const Str *s);
extern List *pyaot_str_split(const Str *s, const Str *sep, int64_t maxsplit);
extern Str *pyaot_str_join_list(const Str *sep, const List *items);
extern List *pyaot_list_new(uint32_t elem, int64_t capacity);
extern void pyaot_list_append(List *l, uint64_t item);
extern Dict *pyaot_dict_new(uint32_t key_kind, uint32_t value_kind, int64_t capacity);
extern void pyaot_dict_set(Dict *d, uint64_t key, uint64_t value);
extern uint64_t pyaot_dict_get_default(const Dict *d, uint64_t key, uint64_t dflt);
extern List *pyaot_dict_keys(const Dict *d);
extern List *pyaot_dict_values(const Dict *d);
extern void pyaot_raise(uint32_t kind, const Str *msg);
extern void pyaot_incref(void *obj);
extern void pyaot_decref(void *obj);

typedef void *napi_env;
typedef void *napi_value;
typedef struct PyaotExport {
    const char *name;
    const char *params;
    const char *types;
    uint32_t arity;
    uint8_t (*thunk)(const uint64_t *args, uint64_t *ret);
    const char *qualname; /* NULL: messages use name */
} PyaotExport;
extern napi_value pyaot_napi_register(napi_env env, napi_value exports,
                                      const PyaotExport *table, size_t count,
                                      uint8_t (*module_init)(void));

#define OBJ(slot) ((void *)(uintptr_t)(slot))
#define SLOT(ptr) ((uint64_t)(uintptr_t)(ptr))

static Str *text(const char *s) {
    return pyaot_str_from_utf8((const uint8_t *)s, (int64_t)strlen(s));
}

static uint8_t raise_text(uint32_t kind, const char *msg) {
    Str *m = text(msg);
    pyaot_raise(kind, m);
    pyaot_decref(m);
    return 1;
}

/* ---- module state and top level ---- */
static int64_t init_value;
static int64_t init_runs;
static int64_t calls;

static uint8_t module_init(void) {
    init_runs++;
    /* PYAOT_TEST_INIT_FAIL=1: the first run raises, as a top level can. */
    const char *fail = getenv("PYAOT_TEST_INIT_FAIL");
    if (fail && fail[0] == '1' && init_runs == 1)
        return raise_text(EXC_RUNTIME_ERROR, "top level failed once");
    init_value = 42;
    return 0;
}

/* ---- thunks ---- */

/* def add(a: int, b: int) -> int (overflow raises, as pyaot's 64-bit ints) */
static uint8_t t_add(const uint64_t *args, uint64_t *ret) {
    int64_t r;
    if (__builtin_add_overflow((int64_t)args[0], (int64_t)args[1], &r))
        return raise_text(EXC_OVERFLOW_ERROR, "integer overflow");
    *ret = (uint64_t)r;
    return 0;
}

/* def greet(name: str) -> str: return "Hello, " + name + "!" */
static uint8_t t_greet(const uint64_t *args, uint64_t *ret) {
    Str *hello = text("Hello, "), *bang = text("!");
    Str *a = pyaot_str_concat(hello, OBJ(args[0]));
    Str *b = pyaot_str_concat(a, bang);
    pyaot_decref(hello);
    pyaot_decref(bang);
    pyaot_decref(a);
    *ret = SLOT(b);
    return 0;
}

/* def echo(s: str) -> str: return s */
static uint8_t t_echo(const uint64_t *args, uint64_t *ret) {
    pyaot_incref(OBJ(args[0]));
    *ret = args[0];
    return 0;
}

/* def str_len(s: str) -> int: return len(s) */
static uint8_t t_str_len(const uint64_t *args, uint64_t *ret) {
    *ret = (uint64_t)pyaot_str_len(OBJ(args[0]));
    return 0;
}

/* def total(xs: list[float]) -> float: return sum(xs) */
static uint8_t t_total(const uint64_t *args, uint64_t *ret) {
    const List *xs = OBJ(args[0]);
    double sum = 0.0;
    for (uint64_t i = 0; i < xs->len; i++) {
        double x;
        memcpy(&x, &xs->items[i], sizeof x);
        sum += x;
    }
    memcpy(ret, &sum, sizeof sum);
    return 0;
}

/* def half(x: float) -> float */
static uint8_t t_half(const uint64_t *args, uint64_t *ret) {
    double x;
    memcpy(&x, &args[0], sizeof x);
    x /= 2;
    memcpy(ret, &x, sizeof x);
    return 0;
}

/* def count_words(text: str) -> dict[str, int] */
static uint8_t t_count_words(const uint64_t *args, uint64_t *ret) {
    List *words = pyaot_str_split(OBJ(args[0]), NULL, -1);
    Dict *d = pyaot_dict_new(ELEM_STR, ELEM_INT, 0);
    for (uint64_t i = 0; i < words->len; i++) {
        uint64_t n = pyaot_dict_get_default(d, words->items[i], 0);
        pyaot_dict_set(d, words->items[i], n + 1);
    }
    pyaot_decref(words);
    *ret = SLOT(d);
    return 0;
}

/* def sum_values(d: dict[str, int]) -> int */
static uint8_t t_sum_values(const uint64_t *args, uint64_t *ret) {
    List *values = pyaot_dict_values(OBJ(args[0]));
    int64_t sum = 0;
    for (uint64_t i = 0; i < values->len; i++)
        sum += (int64_t)values->items[i];
    pyaot_decref(values);
    *ret = (uint64_t)sum;
    return 0;
}

/* def invert(d: dict[str, int]) -> dict[int, str] */
static uint8_t t_invert(const uint64_t *args, uint64_t *ret) {
    List *keys = pyaot_dict_keys(OBJ(args[0]));
    List *values = pyaot_dict_values(OBJ(args[0]));
    Dict *out = pyaot_dict_new(ELEM_INT, ELEM_STR, 0);
    for (uint64_t i = 0; i < keys->len; i++)
        pyaot_dict_set(out, values->items[i], keys->items[i]);
    pyaot_decref(keys);
    pyaot_decref(values);
    *ret = SLOT(out);
    return 0;
}

/* def describe(d: dict[int, str]) -> str: ",".join(f"{k}={v}" ...) */
static uint8_t t_describe(const uint64_t *args, uint64_t *ret) {
    List *keys = pyaot_dict_keys(OBJ(args[0]));
    List *values = pyaot_dict_values(OBJ(args[0]));
    List *parts = pyaot_list_new(ELEM_STR, 0);
    Str *eq = text("="), *comma = text(",");
    for (uint64_t i = 0; i < keys->len; i++) {
        Str *k = pyaot_str_from_int((int64_t)keys->items[i]);
        Str *ke = pyaot_str_concat(k, eq);
        Str *part = pyaot_str_concat(ke, OBJ(values->items[i]));
        pyaot_list_append(parts, SLOT(part));
        pyaot_decref(k);
        pyaot_decref(ke);
        pyaot_decref(part);
    }
    *ret = SLOT(pyaot_str_join_list(comma, parts));
    pyaot_decref(eq);
    pyaot_decref(comma);
    pyaot_decref(parts);
    pyaot_decref(keys);
    pyaot_decref(values);
    return 0;
}

/* def parity(xs: list[int]) -> dict[str, dict[int, bool]] */
static uint8_t t_parity(const uint64_t *args, uint64_t *ret) {
    const List *xs = OBJ(args[0]);
    Dict *odd = pyaot_dict_new(ELEM_INT, ELEM_BOOL, 0);
    Dict *even = pyaot_dict_new(ELEM_INT, ELEM_BOOL, 0);
    for (uint64_t i = 0; i < xs->len; i++)
        pyaot_dict_set((int64_t)xs->items[i] % 2 ? odd : even, xs->items[i], 1);
    Dict *out = pyaot_dict_new(ELEM_STR, ELEM_DICT, 0);
    Str *k_odd = text("odd"), *k_even = text("even");
    pyaot_dict_set(out, SLOT(k_odd), SLOT(odd));
    pyaot_dict_set(out, SLOT(k_even), SLOT(even));
    pyaot_decref(k_odd);
    pyaot_decref(k_even);
    pyaot_decref(odd);
    pyaot_decref(even);
    *ret = SLOT(out);
    return 0;
}

/* def index_maps(words: list[str]) -> list[dict[int, str]]:
 *     return [{i: c for i, c in enumerate(w)} for w in words] */
static uint8_t t_index_maps(const uint64_t *args, uint64_t *ret) {
    const List *words = OBJ(args[0]);
    List *out = pyaot_list_new(ELEM_DICT, 0);
    for (uint64_t i = 0; i < words->len; i++) {
        Dict *d = pyaot_dict_new(ELEM_INT, ELEM_STR, 0);
        int64_t n = pyaot_str_len(OBJ(words->items[i]));
        for (int64_t j = 0; j < n; j++) {
            Str *c = pyaot_str_getitem(OBJ(words->items[i]), j);
            pyaot_dict_set(d, (uint64_t)j, SLOT(c));
            pyaot_decref(c);
        }
        pyaot_list_append(out, SLOT(d));
        pyaot_decref(d);
    }
    *ret = SLOT(out);
    return 0;
}

/* def nested(xs: list[list[int]]) -> list[list[int]]: return xs */
static uint8_t t_nested(const uint64_t *args, uint64_t *ret) {
    pyaot_incref(OBJ(args[0]));
    *ret = args[0];
    return 0;
}

/* def maybe_upper(s: str | None) -> str | None */
static uint8_t t_maybe_upper(const uint64_t *args, uint64_t *ret) {
    *ret = args[0] ? SLOT(pyaot_str_upper(OBJ(args[0]))) : 0;
    return 0;
}

/* def flip(b: bool) -> bool */
static uint8_t t_flip(const uint64_t *args, uint64_t *ret) {
    *ret = !args[0];
    return 0;
}

/* def nothing() -> None */
static uint8_t t_nothing(const uint64_t *args, uint64_t *ret) {
    (void)args;
    (void)ret;
    calls++;
    return 0;
}

/* def fail(kind: int, msg: str) -> None: raise <kind>(msg) */
static uint8_t t_fail(const uint64_t *args, uint64_t *ret) {
    (void)ret;
    pyaot_raise((uint32_t)args[0], OBJ(args[1]));
    return 1;
}

/* def big() -> int: return 2**53 */
static uint8_t t_big(const uint64_t *args, uint64_t *ret) {
    (void)args;
    *ret = (uint64_t)1 << 53;
    return 0;
}

/* def get_init() -> list[int]: return [init_value, init_runs] */
static uint8_t t_get_init(const uint64_t *args, uint64_t *ret) {
    (void)args;
    List *l = pyaot_list_new(ELEM_INT, 2);
    pyaot_list_append(l, (uint64_t)init_value);
    pyaot_list_append(l, (uint64_t)init_runs);
    *ret = SLOT(l);
    return 0;
}

/* def many(a, b, c, d, e, f, g, h, i, j: int) -> int: return a + 2*b + ... */
static uint8_t t_many(const uint64_t *args, uint64_t *ret) {
    int64_t sum = 0;
    for (int i = 0; i < 10; i++)
        sum += (i + 1) * (int64_t)args[i];
    *ret = (uint64_t)sum;
    return 0;
}

/* def flags(xs: list[bool], names: list[str], none: None) -> list[None] */
static uint8_t t_flags(const uint64_t *args, uint64_t *ret) {
    const List *xs = OBJ(args[0]), *names = OBJ(args[1]);
    List *out = pyaot_list_new(5 /* None */, 0);
    for (uint64_t i = 0; i < xs->len + names->len; i++)
        pyaot_list_append(out, 0);
    *ret = SLOT(out);
    return 0;
}

static const PyaotExport table[] = {
    {"add", "a,b", "iii", 2, t_add, NULL},
    {"greet", "name", "ss", 1, t_greet, NULL},
    {"echo", "s", "ss", 1, t_echo, NULL},
    {"str_len", "s", "is", 1, t_str_len, NULL},
    {"total", "xs", "flf", 1, t_total, NULL},
    {"half", "x", "ff", 1, t_half, NULL},
    {"count_words", "text", "dsis", 1, t_count_words, NULL},
    {"sum_values", "d", "idsi", 1, t_sum_values, NULL},
    {"invert", "d", "disdsi", 1, t_invert, NULL},
    {"describe", "d", "sdis", 1, t_describe, NULL},
    {"parity", "xs", "dsdibli", 1, t_parity, NULL},
    {"index_maps", "words", "ldisls", 1, t_index_maps, NULL},
    {"nested", "xs", "llilli", 1, t_nested, NULL},
    {"maybe_upper", "s", "osos", 1, t_maybe_upper, NULL},
    {"flip", "b", "bb", 1, t_flip, NULL},
    {"nothing", "", "n", 0, t_nothing, NULL},
    {"fail", "kind,msg", "nis", 2, t_fail, NULL},
    {"big", "", "i", 0, t_big, NULL},
    {"get_init", "", "li", 0, t_get_init, NULL},
    {"many", "a,b,c,d,e,f,g,h,i,j", "iiiiiiiiiii", 10, t_many, NULL},
    {"flags", "xs,names,none", "lnlblsn", 3, t_flags, NULL},
};

/* What node's NAPI_MODULE_INIT emits: the N-API version the addon targets. */
int32_t node_api_module_get_api_version_v1(void) { return 8; }

napi_value napi_register_module_v1(napi_env env, napi_value exports) {
    return pyaot_napi_register(env, exports, table, sizeof table / sizeof table[0], module_init);
}
