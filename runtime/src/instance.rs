//! Instances of user classes, and the class descriptors codegen emits.
//!
//! A **class descriptor** ([`ClassDesc`]) is read-only data the compiler
//! emits for each class: its name, its base class, how many field slots an
//! instance has and which of them own references, the built-in exception
//! kind it derives from (0 for plain classes), the `__repr__`, `__str__`,
//! `__eq__` and `__lt__` the runtime calls, and what decides truthiness
//! (`__bool__` or `__len__`), as thunks with a C signature (NULL when the
//! class chain defines none), and after them the method table, which only
//! compiled code reads.
//!
//! An **instance** (object kind 6, [`Instance`]) is the header, the
//! descriptor pointer (offset 16), the assigned-fields mask (offset 24)
//! and one 8-byte slot per field (offset 32 on), in the encoding of list
//! slots. Slots start zeroed: a ref slot is unassigned while it is NULL;
//! a scalar slot whose reads may find it unassigned has its bit in the
//! mask set by every assignment (bit `i` for slot `i`; the compiler
//! decides which fields need one). Instances of exception classes are
//! exception objects instead (`exc::ExcObj`, with the descriptor at the
//! same offset 16 and the slots after the struct).
//!
//! A class-typed value may be None, which is NULL: the functions here
//! treat NULL as None (`repr` is `None`, `==` is identity, `isinstance`
//! is False).
//!
//! Thunks report an exception by returning NULL (`repr`, `str`) or 2
//! (`eq`, `lt`) with the exception pending. Runtime functions that call
//! them stop calling user code once one has raised and leave the
//! exception pending; compiled code checks for it after them.
//!
//! Reference cycles between instances are never freed (there is no cycle
//! collector yet).

use crate::exc;
use crate::object::{self, Header, KIND_EXCEPTION};
use crate::sink::ByteSink;
use crate::str_obj::{self, static_str, Str};
use crate::{heap, int_text};
use alloc::vec::Vec;

/// User code raised: the exception is pending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// Object kind of an instance of a user class.
pub const KIND_INSTANCE: u32 = 6;

/// `repr`/`str` thunk: a new str reference, or NULL when it raised.
pub type StrThunk = unsafe extern "C" fn(*mut Header) -> *mut Str;
/// `eq`/`lt` thunk: 0 or 1, or 2 when it raised.
pub type CmpThunk = unsafe extern "C" fn(*mut Header, *mut Header) -> u8;
/// Truthiness thunk (`__bool__`, or `__len__` != 0): 0 or 1, 2 when it
/// raised.
pub type TruthThunk = unsafe extern "C" fn(*mut Header) -> u8;

/// A class descriptor (see the module doc); the method table follows.
#[repr(C)]
pub struct ClassDesc {
    /// The class name, an immortal string.
    pub name: *const Str,
    /// The base class, NULL for none (or a built-in exception base).
    pub parent: *const ClassDesc,
    /// Number of field slots of an instance.
    pub nslots: u32,
    /// The built-in exception kind it derives from; 0 for plain classes.
    pub exc_kind: u32,
    /// `nslots` bytes: 1 where the slot owns a reference.
    pub ref_slots: *const u8,
    pub repr: Option<StrThunk>,
    pub str: Option<StrThunk>,
    pub eq: Option<CmpThunk>,
    pub lt: Option<CmpThunk>,
    pub truth: Option<TruthThunk>,
    /// The defining module's `__name__` (`__main__` for a program, the
    /// module name for a library), an immortal string: the default repr
    /// shows it.
    pub module: *const Str,
}

/// An instance of a plain user class (object kind 6); the slots follow.
#[repr(C)]
pub struct Instance {
    pub header: Header,
    pub class: *const ClassDesc,
    /// Bit `i` set: scalar slot `i` has been assigned (for the slots the
    /// compiler checks).
    pub set: u64,
}

/// The descriptor of an object: an instance's class, a user exception's
/// class, NULL for anything else (None included).
///
/// # Safety
/// `obj` is NULL or a live object.
pub unsafe fn class_of(obj: *const Header) -> *const ClassDesc {
    if obj.is_null() {
        return core::ptr::null();
    }
    // SAFETY: live object (caller); both kinds keep the descriptor at 16.
    unsafe {
        match (*obj).kind {
            KIND_INSTANCE => (*obj.cast::<Instance>()).class,
            KIND_EXCEPTION => (*obj.cast::<exc::ExcObj>()).class,
            _ => core::ptr::null(),
        }
    }
}

/// Whether the class `class` is `base` or derives from it (false for a
/// NULL `class`).
///
/// # Safety
/// `class` is NULL or a class descriptor.
pub unsafe fn derives_from(mut class: *const ClassDesc, base: *const ClassDesc) -> bool {
    while !class.is_null() {
        if core::ptr::eq(class, base) {
            return true;
        }
        // SAFETY: descriptors are valid for the program's lifetime.
        class = unsafe { (*class).parent };
    }
    false
}

/// The `__str__` thunk of a class, if it has one (None for NULL).
///
/// # Safety
/// `class` is NULL or a class descriptor.
pub unsafe fn str_method(class: *const ClassDesc) -> Option<StrThunk> {
    // SAFETY: a valid descriptor (caller).
    unsafe { class.as_ref().and_then(|c| c.str) }
}

/// The `__repr__` thunk of a class, if it has one (None for NULL).
///
/// # Safety
/// `class` is NULL or a class descriptor.
pub unsafe fn repr_method(class: *const ClassDesc) -> Option<StrThunk> {
    // SAFETY: a valid descriptor (caller).
    unsafe { class.as_ref().and_then(|c| c.repr) }
}

/// Drops the references the ref slots of `class` own.
///
/// # Safety
/// `class` is a descriptor and `slots` its instance's slots.
pub unsafe fn release_slots(class: *const ClassDesc, slots: *const u64) {
    // SAFETY: the descriptor describes the slots (caller).
    unsafe {
        let n = (*class).nslots as usize;
        for i in 0..n {
            if *(*class).ref_slots.add(i) != 0 {
                object::decref(*slots.add(i) as usize as *const Header);
            }
        }
    }
}

/// Frees an instance whose refcount reached zero, dropping its fields.
///
/// # Safety
/// `obj` is a live, mortal, unreferenced instance.
pub unsafe fn dealloc(obj: *mut Instance) {
    // SAFETY: the instance owns its ref slots; it is one malloc block.
    unsafe {
        release_slots((*obj).class, obj.add(1).cast());
        heap::free(obj.cast());
    }
}

/// `Instance *pyaot_instance_new(const ClassDesc *desc)`: a new instance
/// of `desc` (a new reference) with every field unassigned.
///
/// # Safety
/// `desc` is the descriptor of a class that is not an exception class.
#[no_mangle]
pub unsafe extern "C" fn pyaot_instance_new(desc: *const ClassDesc) -> *mut Instance {
    // SAFETY: a valid descriptor (caller).
    let nslots = unsafe { (*desc).nslots as usize };
    let size = core::mem::size_of::<Instance>() + 8 * nslots;
    let obj = heap::alloc_or_die(size).cast::<Instance>();
    // SAFETY: a fresh block of `size` bytes: the struct, then the slots.
    unsafe {
        obj.write(Instance {
            header: Header::new(KIND_INSTANCE),
            class: desc,
            set: 0,
        });
        core::ptr::write_bytes(obj.add(1).cast::<u64>(), 0, nslots);
    }
    obj
}

/// A class's `__name__`: a descriptor's name is qualified with its module
/// (`m.Point`) for classes of imported modules, which only tracebacks and
/// the default repr show.
pub fn short_name(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b'.') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Writes CPython's default repr, `<__main__.Point object at 0x7f...>`
/// (`<geometry.Point ...>` in the library `geometry`, `<m.Point ...>` for
/// a class of an imported module `m`).
///
/// # Safety
/// `obj` is a live instance.
unsafe fn write_default_repr(obj: *const Header, out: &mut Vec<u8>) {
    out.put_byte(b'<');
    // SAFETY: live instance (caller); class and module names are live
    // strings.
    unsafe {
        let desc = class_of(obj);
        let name = str_obj::bytes((*desc).name);
        // A class of an imported module is qualified already (`m.Point`);
        // the compiled module's own classes take its `__name__`.
        if short_name(name).len() == name.len() {
            out.put(str_obj::bytes((*desc).module));
            out.put_byte(b'.');
        }
        out.put(name);
    }
    out.put(b" object at 0x");
    let mut buf = [0u8; int_text::MAX_DIGITS];
    out.put(int_text::u64_digits(
        obj as usize as u64,
        16,
        false,
        &mut buf,
    ));
    out.put_byte(b'>');
}

/// `Str *pyaot_obj_repr(void *obj)`: `repr(obj)` of an instance (or of a
/// user exception): its class's `__repr__`, else the default repr; `None`
/// for NULL. A new reference, or NULL when `__repr__` raised.
///
/// # Safety
/// `obj` is NULL or a live instance or exception.
#[no_mangle]
pub unsafe extern "C" fn pyaot_obj_repr(obj: *mut Header) -> *mut Str {
    if obj.is_null() {
        return static_str!("None");
    }
    // SAFETY: live object (caller).
    unsafe {
        if (*obj).kind == KIND_EXCEPTION {
            return exc::pyaot_exc_repr(obj.cast());
        }
        if (*obj).kind == crate::func_obj::KIND_FUNC {
            return crate::func_obj::pyaot_func_repr(obj.cast());
        }
        if (*obj).kind == crate::gen_obj::KIND_GEN {
            return crate::gen_obj::pyaot_gen_repr(obj.cast());
        }
        // The objects an `Iterable[T]` value may hold.
        match (*obj).kind {
            object::KIND_LIST => return crate::list_obj::pyaot_list_repr(obj.cast()),
            object::KIND_TUPLE => return crate::tuple_obj::pyaot_tuple_repr(obj.cast()),
            object::KIND_DICT => return crate::dict_obj::pyaot_dict_repr(obj.cast()),
            object::KIND_STR => return crate::str_repr::pyaot_str_repr(obj.cast()),
            object::KIND_BYTES => return crate::bytes_obj::pyaot_bytes_repr(obj.cast()),
            crate::set_obj::KIND_SET => return crate::set_obj::pyaot_set_repr(obj.cast()),
            crate::deque_obj::KIND_DEQUE => return crate::deque_obj::pyaot_deque_repr(obj.cast()),
            crate::range_obj::KIND_RANGE => return crate::range_obj::pyaot_range_repr(obj.cast()),
            _ => {}
        }
        if let Some(f) = repr_method(class_of(obj)) {
            return f(obj);
        }
        let mut out = Vec::new();
        write_default_repr(obj, &mut out);
        str_obj::new(&out)
    }
}

/// `Str *pyaot_obj_str(void *obj)`: `str(obj)`: the class's `__str__`,
/// else its `__repr__` (for exceptions, their message), else the default
/// repr; `None` for NULL. A new reference, or NULL when user code raised.
///
/// # Safety
/// `obj` is NULL or a live instance or exception.
#[no_mangle]
pub unsafe extern "C" fn pyaot_obj_str(obj: *mut Header) -> *mut Str {
    if obj.is_null() {
        return static_str!("None");
    }
    // SAFETY: live object (caller).
    unsafe {
        if (*obj).kind == KIND_EXCEPTION {
            return exc::pyaot_exc_str(obj.cast());
        }
        if (*obj).kind == object::KIND_STR {
            object::incref(obj);
            return obj.cast();
        }
        if (*obj).kind != KIND_INSTANCE {
            return pyaot_obj_repr(obj);
        }
        match str_method(class_of(obj)) {
            Some(f) => f(obj),
            None => pyaot_obj_repr(obj),
        }
    }
}

/// Writes `repr(obj)` for a list or dict repr; writes nothing once an
/// exception is pending (a `__repr__` raised), leaving it pending.
///
/// # Safety
/// `obj` is NULL or a live instance or exception.
pub unsafe fn write_repr(obj: *mut Header, out: &mut Vec<u8>) {
    if exc::is_pending() {
        return;
    }
    // SAFETY: forwarded.
    let r = unsafe { pyaot_obj_repr(obj) };
    if r.is_null() {
        return;
    }
    // SAFETY: a live string we own.
    unsafe {
        out.put(str_obj::bytes(r));
        object::decref(r.cast());
    }
}

/// `uint8_t pyaot_isinstance(const void *obj, const ClassDesc *desc)`:
/// whether `obj` is an instance of `desc` or of a subclass (0 for None).
///
/// # Safety
/// `obj` is NULL or a live object; `desc` is a class descriptor.
#[no_mangle]
pub unsafe extern "C" fn pyaot_isinstance(obj: *const Header, desc: *const ClassDesc) -> u8 {
    // SAFETY: forwarded.
    unsafe { derives_from(class_of(obj), desc) as u8 }
}

/// Python `a == b` of two instances: identity, else the left operand's
/// `__eq__` (the right one's, reflected, when the left is None or has
/// none). `Err` when `__eq__` raised (the exception is pending).
///
/// # Safety
/// `a` and `b` are NULL or live instances.
pub unsafe fn obj_eq(a: *mut Header, b: *mut Header) -> Result<bool, Raised> {
    if a == b {
        return Ok(true);
    }
    if exc::is_pending() {
        return Err(Raised);
    }
    // SAFETY: live objects (caller).
    let (f, x, y) = unsafe {
        match (eq_method(a), eq_method(b)) {
            (Some(f), _) => (f, a, b),
            (None, Some(f)) => (f, b, a),
            (None, None) => return Ok(false),
        }
    };
    // SAFETY: the thunk of x's class, called with x.
    match unsafe { f(x, y) } {
        0 => Ok(false),
        1 => Ok(true),
        _ => Err(Raised),
    }
}

/// The `__eq__` thunk of an object's class, if any.
///
/// # Safety
/// `obj` is NULL or a live object.
unsafe fn eq_method(obj: *const Header) -> Option<CmpThunk> {
    // SAFETY: forwarded; descriptors are valid.
    unsafe { class_of(obj).as_ref().and_then(|c| c.eq) }
}

/// Python `a < b` of two instances through `a`'s `__lt__`. `Err` when it
/// raised, or when there is none (TypeError, as CPython's message; the
/// compiler only lets lists of classes with `__lt__` be ordered, so this
/// is None against an instance).
///
/// # Safety
/// `a` and `b` are NULL or live instances.
pub unsafe fn obj_lt(a: *mut Header, b: *mut Header) -> Result<bool, Raised> {
    if exc::is_pending() {
        return Err(Raised);
    }
    // SAFETY: live objects (caller).
    let f = unsafe { class_of(a).as_ref().and_then(|c| c.lt) };
    let Some(f) = f else {
        let mut msg = Vec::new();
        msg.put(b"'<' not supported between instances of '");
        // SAFETY: live objects (caller).
        unsafe {
            msg.put(type_name(a));
            msg.put(b"' and '");
            msg.put(type_name(b));
        }
        msg.put_byte(b'\'');
        exc::raise(exc::ExcKind::TypeError, &msg);
        return Err(Raised);
    };
    // SAFETY: the thunk of a's class, called with a.
    match unsafe { f(a, b) } {
        0 => Ok(false),
        1 => Ok(true),
        _ => Err(Raised),
    }
}

/// The type name CPython shows for an instance (`NoneType` for NULL).
///
/// # Safety
/// `obj` is NULL or a live instance.
unsafe fn type_name<'a>(obj: *const Header) -> &'a [u8] {
    // SAFETY: forwarded; class names are immortal strings.
    unsafe {
        match class_of(obj).as_ref() {
            Some(c) => short_name(str_obj::bytes(c.name)),
            None => b"NoneType",
        }
    }
}

/// `uint8_t pyaot_obj_eq(void *a, void *b, uint8_t *out)`: `a == b` of
/// two instances (see [`obj_eq`]) written to `out`; returns 1 when
/// `__eq__` raised.
///
/// # Safety
/// `a` and `b` are NULL or live instances; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_obj_eq(a: *mut Header, b: *mut Header, out: *mut u8) -> u8 {
    // SAFETY: forwarded.
    match unsafe { obj_eq(a, b) } {
        Ok(v) => {
            // SAFETY: writable (caller).
            unsafe { *out = v as u8 };
            0
        }
        Err(Raised) => 1,
    }
}

/// `uint8_t pyaot_obj_truthy(void *obj, uint8_t *out)`: `bool(obj)`:
/// False for None, the class's `__bool__` (or `__len__() != 0`), else
/// True; written to `out`. Returns 1 when user code raised.
///
/// # Safety
/// `obj` is NULL or a live instance; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn pyaot_obj_truthy(obj: *mut Header, out: *mut u8) -> u8 {
    // SAFETY: live object (caller); descriptors are valid.
    let r = unsafe {
        match class_of(obj).as_ref() {
            None => 0,
            Some(c) => match c.truth {
                Some(f) => f(obj),
                None => 1,
            },
        }
    };
    if r > 1 {
        return 1;
    }
    // SAFETY: writable (caller).
    unsafe { *out = r };
    0
}

/// `void pyaot_raise_attribute_error(const void *obj, const Str *name)`:
/// raises AttributeError "'C' object has no attribute 'name'" with the
/// class of `obj` (`NoneType` for NULL), as CPython does. Borrows `name`.
///
/// # Safety
/// `obj` is NULL or a live instance; `name` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_raise_attribute_error(obj: *const Header, name: *const Str) {
    let mut msg = Vec::new();
    msg.put_byte(b'\'');
    // SAFETY: live objects (caller).
    unsafe {
        msg.put(type_name(obj));
        msg.put(b"' object has no attribute '");
        msg.put(str_obj::bytes(name));
    }
    msg.put_byte(b'\'');
    exc::raise(exc::ExcKind::AttributeError, &msg);
}

/// `Str *pyaot_obj_class_name(const void *obj)`: the name of `obj`'s
/// class (`NoneType` for None), as `type(obj).__name__`. A new reference.
///
/// # Safety
/// `obj` is NULL or a live instance.
#[no_mangle]
pub unsafe extern "C" fn pyaot_obj_class_name(obj: *const Header) -> *mut Str {
    // SAFETY: live object (caller); class names are immortal strings.
    unsafe {
        match class_of(obj).as_ref() {
            Some(c) => {
                let name = str_obj::bytes(c.name);
                let short = short_name(name);
                if short.len() == name.len() {
                    c.name.cast_mut()
                } else {
                    str_obj::new(short)
                }
            }
            None => static_str!("NoneType"),
        }
    }
}

/// `uint8_t pyaot_same_class(const void *a, const void *b)`: whether `a`
/// and `b` are instances of exactly the same class (`a.__class__ is
/// b.__class__`; None only matches None).
///
/// # Safety
/// `a` and `b` are NULL or live instances.
#[no_mangle]
pub unsafe extern "C" fn pyaot_same_class(a: *const Header, b: *const Header) -> u8 {
    // SAFETY: forwarded.
    unsafe { core::ptr::eq(class_of(a), class_of(b)) as u8 }
}

/// `uint8_t pyaot_obj_check_attr(const void *obj, const Str *name)`:
/// raises AttributeError (as `pyaot_raise_attribute_error`) and returns 1
/// when `obj` is None (NULL); 0 otherwise. For attributes that are looked
/// up on an instance but live on its class (static methods, class
/// attributes).
///
/// # Safety
/// `obj` is NULL or a live instance; `name` is a live string.
#[no_mangle]
pub unsafe extern "C" fn pyaot_obj_check_attr(obj: *const Header, name: *const Str) -> u8 {
    if !obj.is_null() {
        return 0;
    }
    // SAFETY: forwarded.
    unsafe { pyaot_raise_attribute_error(obj, name) };
    1
}

/// Stable merge sort of instance slots by `__lt__` (`a` before `b` when
/// `less(b, a)` is false... i.e. ties keep their order). Calls `__lt__`
/// once per comparison and stops comparing after an error (the order is
/// then unspecified, as in CPython, and the exception stays pending).
///
/// # Safety
/// The slots hold NULL or live instances.
pub unsafe fn sort_slots(slots: &mut [u64], reverse: bool) {
    let less = |a: u64, b: u64| -> bool {
        let (x, y) = if reverse { (b, a) } else { (a, b) };
        // SAFETY: live instances (caller).
        unsafe { obj_lt(x as usize as *mut Header, y as usize as *mut Header) }.unwrap_or(false)
    };
    let mut buf: Vec<u64> = Vec::with_capacity(slots.len());
    merge_sort(slots, &mut buf, &less);
}

/// Like [`sort_slots`], applying the same permutation to `carried`
/// (which must have the same length).
///
/// # Safety
/// The slots hold NULL or live instances.
pub unsafe fn sort_slots_with_indices(slots: &mut [u64], carried: &mut [u64], reverse: bool) {
    // Sort pairs by their first element's __lt__.
    let mut pairs: Vec<u64> = (0..slots.len() as u64).collect();
    let keys: Vec<u64> = slots.to_vec();
    let less = |a: u64, b: u64| -> bool {
        let (x, y) = if reverse { (b, a) } else { (a, b) };
        // SAFETY: live instances (caller).
        unsafe {
            obj_lt(
                keys[x as usize] as usize as *mut Header,
                keys[y as usize] as usize as *mut Header,
            )
        }
        .unwrap_or(false)
    };
    let mut buf: Vec<u64> = Vec::with_capacity(pairs.len());
    merge_sort(&mut pairs, &mut buf, &less);
    let old_carried = carried.to_vec();
    for (k, &p) in pairs.iter().enumerate() {
        slots[k] = keys[p as usize];
        carried[k] = old_carried[p as usize];
    }
}

fn merge_sort(v: &mut [u64], buf: &mut Vec<u64>, less: &impl Fn(u64, u64) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], buf, less);
    merge_sort(&mut v[mid..], buf, less);
    buf.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        // Take from the right only when it is strictly less: stable.
        if less(v[j], v[i]) {
            buf.push(v[j]);
            j += 1;
        } else {
            buf.push(v[i]);
            i += 1;
        }
    }
    buf.extend_from_slice(&v[i..mid]);
    buf.extend_from_slice(&v[j..n]);
    v.copy_from_slice(buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_matches_codegen() {
        // core-compiler/src/codegen/abi.rs `layout` keeps these offsets.
        assert_eq!(core::mem::size_of::<Instance>(), 32);
        assert_eq!(core::mem::offset_of!(Instance, class), 16);
        assert_eq!(core::mem::offset_of!(Instance, set), 24);
        assert_eq!(core::mem::offset_of!(exc::ExcObj, class), 16);
        assert_eq!(core::mem::size_of::<exc::ExcObj>(), 88);
        assert_eq!(core::mem::offset_of!(exc::ExcObj, set), 80);
        assert_eq!(core::mem::offset_of!(ClassDesc, module), 72);
        assert_eq!(core::mem::size_of::<ClassDesc>(), 80);
    }

    #[test]
    fn merge_sort_is_stable() {
        let mut v: Vec<u64> = [5u64, 1, 4, 1, 3, 9, 2, 6, 5, 3]
            .iter()
            .enumerate()
            .map(|(i, &k)| k * 100 + i as u64)
            .collect();
        let mut buf = Vec::new();
        merge_sort(&mut v, &mut buf, &|a, b| a / 100 < b / 100);
        let keys: Vec<u64> = v.iter().map(|x| x / 100).collect();
        assert_eq!(keys, [1, 1, 2, 3, 3, 4, 5, 5, 6, 9]);
        let firsts: Vec<u64> = v.iter().map(|x| x % 100).collect();
        assert_eq!(firsts, [1, 3, 6, 4, 9, 2, 0, 8, 7, 5]);
    }
}
