// Self-recursive tail calls: sum_to recurses 900 deep and is called 10_000
// times, 9 million calls in all (same algorithm as tail_loop.py).
fn sum_to(n: i64, acc: i64) -> i64 {
    if n == 0 {
        return acc;
    }
    sum_to(n - 1, (acc * 3 + n) % 1000003)
}

fn main() {
    let mut total: i64 = 0;
    for i in 0..10000i64 {
        total += sum_to(900, i);
    }
    println!("{}", total);
}
