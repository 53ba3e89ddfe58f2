// Integer arithmetic in a hot loop: 10**8 iterations of multiply, modulo and
// add, in i64 (same as int_loop.py; no overflow: i * i < 10**16).
fn main() {
    let mut total: i64 = 0;
    for i in 0..100000000i64 {
        total += i * i % 7 + i % 3;
    }
    println!("{}", total);
}
