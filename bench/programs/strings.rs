// String building and scanning (same algorithm as strings.py; the text is
// ASCII, so byte and character positions agree): build a text from an LCG's
// word picks, split it, test prefixes/suffixes, upper-case, replace, count and
// find, capitalize every word, and format 200,000 rows of numbers into one
// string.

const VOCAB: [&str; 32] = [
    "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
    "and", "then", "stops", "start", "string", "stream", "python", "compiler",
    "ahead", "of", "time", "native", "code", "fast", "slow", "stack",
    "heap", "static", "typed", "value", "state", "store", "sand", "andes",
];

fn make_words(n: i64, seed: i64) -> Vec<&'static str> {
    let nv = VOCAB.len() as i64;
    let mut out = Vec::new();
    let mut state = seed;
    for _ in 0..n {
        state = (state * 1103515245 + 12345) % 2147483648;
        out.push(VOCAB[(state / 65536 % nv) as usize]);
    }
    out
}

/// A polynomial hash of every step-th character.
fn checksum(s: &str, step: usize) -> i64 {
    let mut h: i64 = 0;
    for &b in s.as_bytes().iter().step_by(step) {
        h = (h * 31 + b as i64) % 1000000007;
    }
    h
}

/// Occurrences of sub, overlapping ones included, found with str::find.
fn count_find(text: &str, sub: &str) -> i64 {
    let mut n = 0;
    let mut pos = text.find(sub);
    while let Some(p) = pos {
        n += 1;
        pos = text[p + 1..].find(sub).map(|q| q + p + 1);
    }
    n
}

fn capitalize(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut chars = w.chars();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        for c in chars {
            out.extend(c.to_lowercase());
        }
    }
    out
}

fn main() {
    let words = make_words(500000, 42);
    let text = words.join(" ");
    println!("text: {} chars, checksum {}", text.len(), checksum(&text, 11));

    let parts: Vec<&str> = text.split_whitespace().collect();
    let mut with_st = 0;
    let mut with_and = 0;
    for w in &parts {
        if w.starts_with("st") {
            with_st += 1;
        }
        if w.ends_with("and") {
            with_and += 1;
        }
    }
    println!(
        "words: {}, starting with 'st': {}, ending with 'and': {}",
        parts.len(),
        with_st,
        with_and
    );

    let up = text.to_uppercase();
    let e_count = up.matches("E").count();
    let rep = up.replace("THE ", "").replace("AND", "&").replace("S", "sss");
    println!(
        "upper: {} chars, {} E; replaced: {} chars, checksum {}",
        up.len(),
        e_count,
        rep.len(),
        checksum(&rep, 11)
    );

    println!(
        "find: 'and' {}, 'st' {}, 'a' {}",
        count_find(&text, "and"),
        count_find(&text, "st"),
        count_find(&text, "a")
    );

    let caps: Vec<String> = parts.iter().map(|w| capitalize(w)).collect();
    let titled = caps.join("-");
    println!("capitalized: {} chars, checksum {}", titled.len(), checksum(&titled, 11));

    let mut cells: Vec<String> = Vec::new();
    for i in 0..200000i64 {
        cells.push(format!("{}:{:03}:{:.3};", i, i * 37 % 1000, i as f64 / 7.0));
    }
    let table = cells.concat();
    println!(
        "table: {} cells, {} chars, checksum {}",
        cells.len(),
        table.len(),
        checksum(&table, 11)
    );
}
