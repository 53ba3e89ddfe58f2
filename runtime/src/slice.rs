//! Python slice semantics (`PySlice_Unpack` + `PySlice_AdjustIndices`),
//! shared by every sequence type.

/// A slice resolved against a sequence length: the selected indices are
/// `start + k * step` for `k` in `0..len`, all within the sequence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Resolved {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

/// Resolves `[start:stop:step]` (missing bounds as `None`) for a sequence of
/// `length` items. Returns None when `step` is 0 (a ValueError in Python).
pub fn resolve(
    length: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
) -> Option<Resolved> {
    if step == 0 {
        return None;
    }
    // Keep -step representable, as CPython does.
    let step = step.max(-i64::MAX);
    let length = length.min(i64::MAX as usize) as i64;
    let backwards = step < 0;
    let start = match start {
        None if backwards => length - 1,
        None => 0,
        Some(i) => adjust(i, length, backwards),
    };
    let stop = match stop {
        None if backwards => -1,
        None => length,
        Some(i) => adjust(i, length, backwards),
    };
    // Widen to i128: `stop - start` can overflow i64 near the extremes.
    let (start128, stop128, step128) = (start as i128, stop as i128, step as i128);
    let len = if backwards && stop128 < start128 {
        (start128 - stop128 - 1) / -step128 + 1
    } else if !backwards && start128 < stop128 {
        (stop128 - start128 - 1) / step128 + 1
    } else {
        0
    };
    Some(Resolved {
        start,
        step,
        len: len as usize,
    })
}

/// Clamps one bound: negative counts from the end; out-of-range bounds
/// stick to the ends (one before the start when walking backwards).
fn adjust(i: i64, length: i64, backwards: bool) -> i64 {
    if i < 0 {
        let i = i + length;
        if i < 0 {
            if backwards {
                -1
            } else {
                0
            }
        } else {
            i
        }
    } else if i >= length {
        if backwards {
            length - 1
        } else {
            length
        }
    } else {
        i
    }
}

/// A single index: negative counts from the end; None when out of range.
pub fn index(i: i64, length: usize) -> Option<usize> {
    let length = length.min(i64::MAX as usize) as i64;
    let i = if i < 0 { i + length } else { i };
    (0..length).contains(&i).then_some(i as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indices(
        length: usize,
        start: Option<i64>,
        stop: Option<i64>,
        step: i64,
    ) -> std::vec::Vec<i64> {
        let r = resolve(length, start, stop, step).unwrap();
        (0..r.len as i64).map(|k| r.start + k * r.step).collect()
    }

    #[test]
    fn slices_match_range_indices() {
        // python3 -c 'print(list(range(5)[1:4]), list(range(5)[::-1]), list(range(5)[-2:]), list(range(5)[10:0:-2]))'
        assert_eq!(indices(5, Some(1), Some(4), 1), [1, 2, 3]);
        assert_eq!(indices(5, None, None, -1), [4, 3, 2, 1, 0]);
        assert_eq!(indices(5, Some(-2), None, 1), [3, 4]);
        assert_eq!(indices(5, Some(10), Some(0), -2), [4, 2]);
        assert_eq!(indices(5, Some(-100), Some(100), 3), [0, 3]);
        assert_eq!(indices(5, Some(3), Some(1), 1), [] as [i64; 0]);
        assert_eq!(indices(0, None, None, -1), [] as [i64; 0]);
        assert_eq!(indices(5, Some(i64::MIN), Some(i64::MAX), i64::MAX), [0]);
        assert_eq!(indices(5, Some(i64::MAX), Some(i64::MIN), i64::MIN), [4]);
        assert_eq!(resolve(5, None, None, 0), None);
    }

    #[test]
    fn single_index() {
        assert_eq!(index(0, 3), Some(0));
        assert_eq!(index(-1, 3), Some(2));
        assert_eq!(index(-4, 3), None);
        assert_eq!(index(3, 3), None);
        assert_eq!(index(i64::MIN, 3), None);
    }
}
