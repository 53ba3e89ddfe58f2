//! Function objects and cells: functions as values (`Callable`), lambdas
//! and closures.
//!
//! A **function object** ([`Func`], kind [`KIND_FUNC`]) is the header, the
//! code pointer (offset 16), its `__name__` and `__qualname__` as str
//! objects (offsets 24 and 32; compiled code passes immortal literals),
//! the number of cells (offset 40) and the cell pointers (offset 48 on,
//! each owning a reference). Compiled code calls `code(func, args...)`:
//! the function object is the callee's first argument, through which it
//! reaches its captured cells. A top-level function used as a value gets
//! an object with no cells whose code is an adapter that drops that first
//! argument.
//!
//! A **cell** ([`Cell`], kind [`KIND_CELL`]) holds one variable that a
//! nested function captures, shared by reference between the function
//! that owns the variable and every closure over it (CPython's cell
//! semantics: a later assignment is visible to the closure). It is the
//! header, the value (offset 16, in the encoding of list slots), whether
//! the value owns a reference (offset 24) and whether the variable is
//! bound (offset 25). Compiled code reads and writes the value in place.
//!
//! A closure that captures a cell holding itself (a nested function that
//! is rebound through `nonlocal` to a closure over its own cell) is a
//! reference cycle and is never freed; the compiler avoids the common case
//! (a nested function calling itself by name goes through its own object,
//! not a cell).

use crate::heap;
use crate::int_text;
use crate::object::{self, Header};
use crate::sink::ByteSink;
use crate::str_obj::{self, Str};
use alloc::vec::Vec;

/// Object kind of a function object.
pub const KIND_FUNC: u32 = 10;
/// Object kind of a cell.
pub const KIND_CELL: u32 = 11;

#[repr(C)]
pub struct Func {
    pub header: Header,
    pub code: *const u8,
    pub name: *mut Str,
    pub qualname: *mut Str,
    pub ncells: u64,
    // `ncells` cell pointers follow.
}

#[repr(C)]
pub struct Cell {
    pub header: Header,
    pub value: u64,
    /// 1 when `value` is an object pointer owning a reference.
    pub is_ref: u8,
    /// 1 once the variable has a value.
    pub bound: u8,
}

/// The cell pointers of `f`.
///
/// # Safety
/// `f` is a live function object.
unsafe fn cells(f: *mut Func) -> *mut *mut Cell {
    // SAFETY: the cells follow the fixed part (layout above).
    unsafe { f.add(1).cast() }
}

/// `Func *pyaot_func_new(const void *code, Str *name, Str *qualname,
/// uint64_t ncells)`: a new function object with `ncells` NULL cell slots,
/// which the caller fills (each slot owns a reference). Borrows the names,
/// which must outlive it (compiled code passes immortal literals).
#[no_mangle]
pub extern "C" fn pyaot_func_new(
    code: *const u8,
    name: *mut Str,
    qualname: *mut Str,
    ncells: u64,
) -> *mut Func {
    let size = core::mem::size_of::<Func>() + 8 * ncells as usize;
    let f = heap::alloc_or_die(size).cast::<Func>();
    // SAFETY: a fresh block of `size` bytes, aligned by malloc.
    unsafe {
        f.write(Func {
            header: Header::new(KIND_FUNC),
            code,
            name,
            qualname,
            ncells,
        });
        core::ptr::write_bytes(cells(f), 0, ncells as usize);
    }
    f
}

/// Frees a function object at refcount zero, dropping its cells.
///
/// # Safety
/// `f` is a function object with no references left.
pub unsafe fn dealloc(f: *mut Func) {
    // SAFETY: `ncells` slots follow, each NULL or owning a cell.
    unsafe {
        let cs = cells(f);
        for i in 0..(*f).ncells as usize {
            object::decref((*cs.add(i)).cast());
        }
        heap::free(f.cast());
    }
}

/// `Cell *pyaot_cell_new(uint8_t is_ref)`: a new unbound cell for a
/// variable whose values are object pointers (`is_ref`) or scalars.
#[no_mangle]
pub extern "C" fn pyaot_cell_new(is_ref: u8) -> *mut Cell {
    let c = heap::alloc_or_die(core::mem::size_of::<Cell>()).cast::<Cell>();
    // SAFETY: a fresh block of the right size.
    unsafe {
        c.write(Cell {
            header: Header::new(KIND_CELL),
            value: 0,
            is_ref,
            bound: 0,
        })
    };
    c
}

/// Frees a cell at refcount zero, dropping its value's reference.
///
/// # Safety
/// `c` is a cell with no references left.
pub unsafe fn dealloc_cell(c: *mut Cell) {
    // SAFETY: a ref cell's value is NULL or an owned object pointer.
    unsafe {
        if (*c).is_ref != 0 {
            object::decref((*c).value as usize as *const Header);
        }
        heap::free(c.cast());
    }
}

/// Writes `<function qualname at 0x...>`, CPython's repr of a function.
///
/// # Safety
/// `f` is a live function object.
pub unsafe fn write_repr(f: *const Func, out: &mut Vec<u8>) {
    out.put(b"<function ");
    // SAFETY: the names are live strings (constructor contract).
    out.put(unsafe { str_obj::bytes((*f).qualname) });
    out.put(b" at 0x");
    let mut buf = [0u8; int_text::MAX_DIGITS];
    out.put(int_text::u64_digits(f as usize as u64, 16, false, &mut buf));
    out.put_byte(b'>');
}

/// `Str *pyaot_func_repr(Func *f)`: `repr(f)` and `str(f)`, a new str.
///
/// # Safety
/// `f` is a live function object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_func_repr(f: *const Func) -> *mut Str {
    let mut out = Vec::new();
    // SAFETY: forwarded.
    unsafe { write_repr(f, &mut out) };
    str_obj::new(&out)
}

/// `Str *pyaot_func_name(Func *f)`: `f.__name__`, a new reference.
///
/// # Safety
/// `f` is a live function object.
#[no_mangle]
pub unsafe extern "C" fn pyaot_func_name(f: *const Func) -> *mut Str {
    // SAFETY: live object with a live name (caller).
    unsafe {
        let name = (*f).name;
        object::incref(name.cast());
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::str_obj::static_str;

    #[test]
    fn layout_matches_the_abi() {
        assert_eq!(core::mem::offset_of!(Func, code), 16);
        assert_eq!(core::mem::offset_of!(Func, name), 24);
        assert_eq!(core::mem::offset_of!(Func, ncells), 40);
        assert_eq!(core::mem::size_of::<Func>(), 48);
        assert_eq!(core::mem::offset_of!(Cell, value), 16);
        assert_eq!(core::mem::offset_of!(Cell, is_ref), 24);
        assert_eq!(core::mem::offset_of!(Cell, bound), 25);
    }

    #[test]
    fn functions_release_their_cells_and_cells_their_values() {
        let value = str_obj::new(b"captured");
        let cell = pyaot_cell_new(1);
        let f = pyaot_func_new(
            core::ptr::null(),
            static_str!("inc"),
            static_str!("make.<locals>.inc"),
            1,
        );
        // SAFETY: live objects; the cell slot takes the cell's reference.
        unsafe {
            (*cell).value = value as usize as u64;
            (*cell).bound = 1;
            *cells(f) = cell;
            let r = pyaot_func_repr(f);
            assert!(str_obj::bytes(r).starts_with(b"<function make.<locals>.inc at 0x"));
            object::decref(r.cast());
            let n = pyaot_func_name(f);
            assert_eq!(str_obj::bytes(n), b"inc");
            object::decref(n.cast());
            object::decref(f.cast());
        }
    }
}
