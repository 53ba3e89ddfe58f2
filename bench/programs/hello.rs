// Startup time: the smallest complete program.
fn main() {
    println!("Hello, world!");
}
