/* String building and scanning (same algorithm as strings.py, on ASCII bytes):
 * build a text from an LCG's word picks, split it, test prefixes/suffixes,
 * upper-case, replace, count and find, capitalize every word, and format
 * 200,000 rows of numbers into one string. Strings are (pointer, length)
 * buffers from malloc; split words point into the text. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *p;
    size_t len, cap;
} Buf;

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void buf_reserve(Buf *b, size_t extra) {
    if (b->len + extra <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra) cap *= 2;
    b->p = realloc(b->p, cap);
    if (!b->p) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    b->cap = cap;
}

static void buf_append(Buf *b, const char *s, size_t n) {
    buf_reserve(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

typedef struct {
    const char *p;
    size_t len;
} Slice;

static const char *const VOCAB[] = {
    "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
    "and", "then", "stops", "start", "string", "stream", "python", "compiler",
    "ahead", "of", "time", "native", "code", "fast", "slow", "stack",
    "heap", "static", "typed", "value", "state", "store", "sand", "andes",
};

static const char **make_words(int64_t n, int64_t seed) {
    int64_t nv = (int64_t)(sizeof VOCAB / sizeof VOCAB[0]);
    const char **out = xmalloc((size_t)n * sizeof *out);
    int64_t state = seed;
    for (int64_t i = 0; i < n; i++) {
        state = (state * 1103515245 + 12345) % 2147483648LL;
        out[i] = VOCAB[state / 65536 % nv];
    }
    return out;
}

/* A polynomial hash of every step-th character. */
static int64_t checksum(const char *s, size_t n, size_t step) {
    int64_t h = 0;
    for (size_t i = 0; i < n; i += step) {
        h = (h * 31 + (unsigned char)s[i]) % 1000000007;
    }
    return h;
}

/* Occurrences of sub, overlapping ones included. */
static int64_t count_find(const char *text, size_t n, const char *sub) {
    size_t m = strlen(sub);
    int64_t count = 0;
    const char *pos = memmem(text, n, sub, m);
    while (pos) {
        count++;
        size_t start = (size_t)(pos - text) + 1;
        pos = memmem(text + start, n - start, sub, m);
    }
    return count;
}

/* Non-overlapping occurrences, left to right (str.count). */
static int64_t count_sub(const char *s, size_t n, const char *sub) {
    size_t m = strlen(sub);
    int64_t count = 0;
    size_t i = 0;
    const char *pos;
    while ((pos = memmem(s + i, n - i, sub, m)) != NULL) {
        count++;
        i = (size_t)(pos - s) + m;
    }
    return count;
}

/* str.replace(old, new) for a non-empty old. */
static Buf replace(const char *s, size_t n, const char *old, const char *new_) {
    size_t m = strlen(old), k = strlen(new_);
    Buf out = {0};
    buf_reserve(&out, n + 1);
    size_t i = 0;
    const char *pos;
    while ((pos = memmem(s + i, n - i, old, m)) != NULL) {
        size_t at = (size_t)(pos - s);
        buf_append(&out, s + i, at - i);
        buf_append(&out, new_, k);
        i = at + m;
    }
    buf_append(&out, s + i, n - i);
    return out;
}

static int starts_with(Slice w, const char *prefix) {
    size_t m = strlen(prefix);
    return w.len >= m && memcmp(w.p, prefix, m) == 0;
}

static int ends_with(Slice w, const char *suffix) {
    size_t m = strlen(suffix);
    return w.len >= m && memcmp(w.p + w.len - m, suffix, m) == 0;
}

static char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }
static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int main(void) {
    const int64_t nwords = 500000;
    const char **words = make_words(nwords, 42);
    Buf text = {0};
    for (int64_t i = 0; i < nwords; i++) {
        if (i) buf_append(&text, " ", 1);
        buf_append(&text, words[i], strlen(words[i]));
    }
    printf("text: %zu chars, checksum %lld\n", text.len, (long long)checksum(text.p, text.len, 11));

    /* split() on runs of whitespace */
    size_t nparts = 0, cap = 1024;
    Slice *parts = xmalloc(cap * sizeof *parts);
    for (size_t i = 0; i < text.len;) {
        while (i < text.len && is_space(text.p[i])) i++;
        if (i == text.len) break;
        size_t start = i;
        while (i < text.len && !is_space(text.p[i])) i++;
        if (nparts == cap) {
            cap *= 2;
            parts = realloc(parts, cap * sizeof *parts);
            if (!parts) return 1;
        }
        parts[nparts++] = (Slice){text.p + start, i - start};
    }
    int64_t with_st = 0, with_and = 0;
    for (size_t i = 0; i < nparts; i++) {
        if (starts_with(parts[i], "st")) with_st++;
        if (ends_with(parts[i], "and")) with_and++;
    }
    printf("words: %zu, starting with 'st': %lld, ending with 'and': %lld\n", nparts,
           (long long)with_st, (long long)with_and);

    char *up = xmalloc(text.len + 1);
    for (size_t i = 0; i < text.len; i++) up[i] = ascii_upper(text.p[i]);
    int64_t e_count = count_sub(up, text.len, "E");
    Buf r1 = replace(up, text.len, "THE ", "");
    Buf r2 = replace(r1.p, r1.len, "AND", "&");
    Buf rep = replace(r2.p, r2.len, "S", "sss");
    free(r1.p);
    free(r2.p);
    printf("upper: %zu chars, %lld E; replaced: %zu chars, checksum %lld\n", text.len,
           (long long)e_count, rep.len, (long long)checksum(rep.p, rep.len, 11));

    printf("find: 'and' %lld, 'st' %lld, 'a' %lld\n", (long long)count_find(text.p, text.len, "and"),
           (long long)count_find(text.p, text.len, "st"), (long long)count_find(text.p, text.len, "a"));

    /* capitalize every word, then join with "-" */
    char **caps = xmalloc(nparts * sizeof *caps);
    for (size_t i = 0; i < nparts; i++) {
        Slice w = parts[i];
        char *c = xmalloc(w.len + 1);
        for (size_t j = 0; j < w.len; j++) c[j] = j == 0 ? ascii_upper(w.p[j]) : ascii_lower(w.p[j]);
        c[w.len] = 0;
        caps[i] = c;
    }
    Buf titled = {0};
    for (size_t i = 0; i < nparts; i++) {
        if (i) buf_append(&titled, "-", 1);
        buf_append(&titled, caps[i], parts[i].len);
    }
    printf("capitalized: %zu chars, checksum %lld\n", titled.len,
           (long long)checksum(titled.p, titled.len, 11));

    const int64_t ncells = 200000;
    char **cells = xmalloc((size_t)ncells * sizeof *cells);
    size_t *cell_len = xmalloc((size_t)ncells * sizeof *cell_len);
    char tmp[128];
    for (int64_t i = 0; i < ncells; i++) {
        int n = snprintf(tmp, sizeof tmp, "%lld:%03lld:%.3f;", (long long)i, (long long)(i * 37 % 1000),
                         (double)i / 7.0);
        cells[i] = xmalloc((size_t)n + 1);
        memcpy(cells[i], tmp, (size_t)n + 1);
        cell_len[i] = (size_t)n;
    }
    Buf table = {0};
    for (int64_t i = 0; i < ncells; i++) buf_append(&table, cells[i], cell_len[i]);
    printf("table: %lld cells, %zu chars, checksum %lld\n", (long long)ncells, table.len,
           (long long)checksum(table.p, table.len, 11));
    return 0;
}
