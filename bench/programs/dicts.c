/* Dicts and lists (same algorithm as dicts.py): count the words of a
 * generated text and record each word's first position in string-keyed hash
 * tables, rank the words with qsort on "count-key word" strings, run 10 million
 * lookups in an int-keyed hash table of 100,000 keys, and build, sum, search
 * and filter an array of a million ints. The hash tables are open addressing
 * with linear probing, power-of-two capacity, at most half full. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

/* --- the text ---------------------------------------------------------------- */

static const char *const SYL[16] = {
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
    "be", "do", "fu", "ga", "hi", "ju", "pe", "zo",
};

/* 4096 three-syllable words, 6 bytes each plus a NUL. */
static char VOCAB[4096][7];

static void make_vocab(void) {
    int n = 0;
    for (int a = 0; a < 16; a++)
        for (int b = 0; b < 16; b++)
            for (int c = 0; c < 16; c++) {
                snprintf(VOCAB[n], sizeof VOCAB[n], "%s%s%s", SYL[a], SYL[b], SYL[c]);
                n++;
            }
}

/* n words joined with spaces; returns the text, its length in *len. */
static char *make_text(int64_t n, int64_t seed, size_t *len) {
    make_vocab();
    char *text = xmalloc((size_t)n * 7);
    size_t at = 0;
    int64_t state = seed;
    for (int64_t i = 0; i < n; i++) {
        state = (state * 1103515245 + 12345) % 2147483648LL;
        int64_t r = state / 65536;
        if (i) text[at++] = ' ';
        memcpy(text + at, VOCAB[r * r / 262144], 6);
        at += 6;
    }
    text[at] = 0;
    *len = at;
    return text;
}

/* Calls to next_word walk the whitespace-separated words of a text. */
static int next_word(const char *text, size_t len, size_t *pos, const char **w, size_t *wlen) {
    size_t i = *pos;
    while (i < len && text[i] == ' ') i++;
    if (i == len) return 0;
    size_t start = i;
    while (i < len && text[i] != ' ') i++;
    *w = text + start;
    *wlen = i - start;
    *pos = i;
    return 1;
}

/* --- string-keyed table --------------------------------------------------------- */

typedef struct {
    const char *key; /* NULL = empty slot; points into the text */
    size_t klen;
    int64_t value;
} StrSlot;

typedef struct {
    StrSlot *slots;
    size_t cap, len;
} StrMap;

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static void strmap_init(StrMap *m) {
    m->cap = 16;
    m->len = 0;
    m->slots = xcalloc(m->cap, sizeof *m->slots);
}

static StrSlot *strmap_slot(StrSlot *slots, size_t cap, const char *k, size_t n) {
    size_t i = (size_t)hash_bytes(k, n) & (cap - 1);
    while (slots[i].key && !(slots[i].klen == n && memcmp(slots[i].key, k, n) == 0)) i = (i + 1) & (cap - 1);
    return &slots[i];
}

/* The slot for key k; a new key is inserted with value 0 and *fresh set. */
static StrSlot *strmap_entry(StrMap *m, const char *k, size_t n, int *fresh) {
    StrSlot *s = strmap_slot(m->slots, m->cap, k, n);
    *fresh = s->key == NULL;
    if (!*fresh) return s;
    if (2 * (m->len + 1) > m->cap) {
        size_t cap = m->cap * 2;
        StrSlot *slots = xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < m->cap; i++)
            if (m->slots[i].key) *strmap_slot(slots, cap, m->slots[i].key, m->slots[i].klen) = m->slots[i];
        free(m->slots);
        m->slots = slots;
        m->cap = cap;
        s = strmap_slot(m->slots, m->cap, k, n);
    }
    s->key = k;
    s->klen = n;
    s->value = 0;
    m->len++;
    return s;
}

static int64_t strmap_get(const StrMap *m, const char *k) {
    StrSlot *s = strmap_slot(m->slots, m->cap, k, strlen(k));
    return s->key ? s->value : -1;
}

static void word_counts(const char *text, size_t len, StrMap *counts) {
    strmap_init(counts);
    size_t pos = 0, n;
    const char *w;
    int fresh;
    while (next_word(text, len, &pos, &w, &n)) strmap_entry(counts, w, n, &fresh)->value += 1;
}

static void first_positions(const char *text, size_t len, StrMap *first) {
    strmap_init(first);
    size_t pos = 0, n;
    const char *w;
    int64_t i = 0;
    int fresh;
    while (next_word(text, len, &pos, &w, &n)) {
        StrSlot *s = strmap_entry(first, w, n, &fresh);
        if (fresh) s->value = i;
        i++;
    }
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The k most frequent words (ties alphabetically): sort "count-key word". */
static char **top(const StrMap *counts, int k) {
    char **ranked = xmalloc(counts->len * sizeof *ranked);
    size_t n = 0;
    for (size_t i = 0; i < counts->cap; i++) {
        const StrSlot *s = &counts->slots[i];
        if (!s->key) continue;
        size_t size = 9 + s->klen + 1 + 16;
        ranked[n] = xmalloc(size);
        snprintf(ranked[n], size, "%08lld %.*s", (long long)(10000000 - s->value), (int)s->klen, s->key);
        n++;
    }
    qsort(ranked, n, sizeof *ranked, cmp_str);
    char **out = xmalloc((size_t)k * sizeof *out);
    for (int i = 0; i < k; i++) out[i] = ranked[i] + 9;
    return out;
}

/* --- int-keyed table ---------------------------------------------------------------- */

typedef struct {
    int64_t key, value;
    int used;
} IntSlot;

static uint64_t hash_int(int64_t k) {
    uint64_t x = (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    return x ^ (x >> 32);
}

static void int_lookups(int64_t n_keys, int64_t n_lookups) {
    size_t cap = 16;
    while (cap < 2 * (size_t)n_keys) cap *= 2;
    IntSlot *slots = xcalloc(cap, sizeof *slots);
    size_t len = 0;
    for (int64_t i = 0; i < n_keys; i++) {
        int64_t key = i * 7919 % 1000003;
        size_t j = (size_t)hash_int(key) & (cap - 1);
        while (slots[j].used && slots[j].key != key) j = (j + 1) & (cap - 1);
        if (!slots[j].used) len++;
        slots[j] = (IntSlot){key, i, 1};
    }
    int64_t hits = 0, total = 0, k = 0;
    for (int64_t j = 0; j < n_lookups; j++) {
        k = (k + 4099) % 1000003;
        size_t s = (size_t)hash_int(k) & (cap - 1);
        while (slots[s].used && slots[s].key != k) s = (s + 1) & (cap - 1);
        int64_t v = slots[s].used ? slots[s].value : -1;
        if (v >= 0) {
            hits += 1;
            total += v;
        }
    }
    printf("int dict: %zu keys, %lld lookups, %lld hits, total %lld\n", len, (long long)n_lookups,
           (long long)hits, (long long)total);
    free(slots);
}

/* --- list ----------------------------------------------------------------------------- */

typedef struct {
    int64_t *items;
    size_t len, cap;
} IntList;

static void push(IntList *l, int64_t x) {
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->items = realloc(l->items, l->cap * sizeof *l->items);
        if (!l->items) exit(1);
    }
    l->items[l->len++] = x;
}

static int64_t sum(const IntList *l) {
    int64_t s = 0;
    for (size_t i = 0; i < l->len; i++) s += l->items[i];
    return s;
}

static int64_t index_of(const IntList *l, int64_t x) {
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == x) return (int64_t)i;
    fputs("ValueError: not in list\n", stderr);
    exit(1);
}

static void list_ops(int64_t n) {
    IntList xs = {0};
    for (int64_t i = 0; i < n; i++) push(&xs, i * 31 % 1000);
    int64_t found = 0;
    for (int64_t q = 0; q < 1000; q++) found += index_of(&xs, q);
    IntList evens = {0};
    for (size_t i = 0; i < xs.len; i++)
        if (xs.items[i] % 2 == 0) push(&evens, xs.items[i]);
    printf("list: %zu items, sum %lld, index total %lld, %zu even, sum %lld\n", xs.len, (long long)sum(&xs),
           (long long)found, evens.len, (long long)sum(&evens));
    free(xs.items);
    free(evens.items);
}

int main(void) {
    size_t len;
    char *text = make_text(500000, 7, &len);
    StrMap counts, first;
    word_counts(text, len, &counts);
    first_positions(text, len, &first);
    printf("text: %zu chars, %zu distinct words\n", len, counts.len);
    char **best = top(&counts, 10);
    for (int i = 0; i < 10; i++)
        printf("%s %lld first at %lld\n", best[i], (long long)strmap_get(&counts, best[i]),
               (long long)strmap_get(&first, best[i]));
    int_lookups(100000, 10000000);
    list_ops(1000000);
    return 0;
}
