// Dicts and lists (same algorithm as dicts.py, with std's HashMap and Vec):
// count the words of a generated text and record each word's first position,
// rank the words by sorting "count-key word" strings, run 10 million lookups
// in an int-keyed map of 100,000 keys, and build, sum, search and filter a
// vector of a million ints.
use std::collections::HashMap;

const SYL: [&str; 16] = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "do", "fu", "ga", "hi", "ju", "pe", "zo",
];

/// 4096 three-syllable words.
fn make_vocab() -> Vec<String> {
    let mut vocab = Vec::new();
    for a in SYL {
        for b in SYL {
            for c in SYL {
                vocab.push(format!("{a}{b}{c}"));
            }
        }
    }
    vocab
}

/// n words joined with spaces.
fn make_text(n: i64, seed: i64) -> String {
    let vocab = make_vocab();
    let mut words: Vec<&str> = Vec::new();
    let mut state = seed;
    for _ in 0..n {
        state = (state * 1103515245 + 12345) % 2147483648;
        let r = state / 65536;
        words.push(&vocab[(r * r / 262144) as usize]);
    }
    words.join(" ")
}

fn word_counts(text: &str) -> HashMap<&str, i64> {
    let mut counts = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

fn first_positions(text: &str) -> HashMap<&str, i64> {
    let mut first = HashMap::new();
    for (i, w) in text.split_whitespace().enumerate() {
        first.entry(w).or_insert(i as i64);
    }
    first
}

/// The k most frequent words, ties alphabetically: sort "count-key word".
fn top(counts: &HashMap<&str, i64>, k: usize) -> Vec<String> {
    let mut ranked: Vec<String> = counts
        .iter()
        .map(|(w, n)| format!("{:08} {}", 10000000 - n, w))
        .collect();
    ranked.sort();
    ranked[..k].iter().map(|r| r[9..].to_string()).collect()
}

fn int_lookups(n_keys: i64, n_lookups: i64) {
    let mut d: HashMap<i64, i64> = HashMap::new();
    for i in 0..n_keys {
        d.insert(i * 7919 % 1000003, i);
    }
    let mut hits = 0i64;
    let mut total = 0i64;
    let mut k = 0i64;
    for _ in 0..n_lookups {
        k = (k + 4099) % 1000003;
        let v = *d.get(&k).unwrap_or(&-1);
        if v >= 0 {
            hits += 1;
            total += v;
        }
    }
    println!(
        "int dict: {} keys, {} lookups, {} hits, total {}",
        d.len(),
        n_lookups,
        hits,
        total
    );
}

fn list_ops(n: i64) {
    let mut xs: Vec<i64> = Vec::new();
    for i in 0..n {
        xs.push(i * 31 % 1000);
    }
    let mut found = 0i64;
    for q in 0..1000 {
        found += xs.iter().position(|&x| x == q).expect("not in list") as i64;
    }
    let evens: Vec<i64> = xs.iter().copied().filter(|x| x % 2 == 0).collect();
    println!(
        "list: {} items, sum {}, index total {}, {} even, sum {}",
        xs.len(),
        xs.iter().sum::<i64>(),
        found,
        evens.len(),
        evens.iter().sum::<i64>()
    );
}

fn main() {
    let text = make_text(500000, 7);
    let counts = word_counts(&text);
    let first = first_positions(&text);
    println!("text: {} chars, {} distinct words", text.len(), counts.len());
    for w in top(&counts, 10) {
        println!("{} {} first at {}", w, counts[w.as_str()], first[w.as_str()]);
    }
    int_lookups(100000, 10000000);
    list_ops(1000000);
}
