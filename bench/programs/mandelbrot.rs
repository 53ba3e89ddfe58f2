// Float kernel: count the points of a 600x400 grid that stay bounded for 200
// iterations (same operation order as mandelbrot.py, f64).
fn mandelbrot(width: i64, height: i64, max_iter: i64) {
    let mut inside: i64 = 0;
    let mut iterations: i64 = 0;
    for py in 0..height {
        let y0 = py as f64 * 2.0 / height as f64 - 1.0;
        for px in 0..width {
            let x0 = px as f64 * 3.0 / width as f64 - 2.0;
            let mut x = 0.0f64;
            let mut y = 0.0f64;
            let mut i: i64 = 0;
            while i < max_iter && x * x + y * y <= 4.0 {
                let xt = x * x - y * y + x0;
                y = 2.0 * x * y + y0;
                x = xt;
                i += 1;
            }
            iterations += i;
            if i == max_iter {
                inside += 1;
            }
        }
    }
    println!("inside={} iterations={}", inside, iterations);
}

fn main() {
    mandelbrot(600, 400, 200);
}
