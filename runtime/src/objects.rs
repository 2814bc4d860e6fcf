//! The object model on top of the heap: allocating instances and arrays (collecting when the
//! heap is full), reading and writing fields and elements, Java strings, identity hashes.
//!
//! Every function that allocates may move objects: callers must not keep a `Ref` in a Rust
//! local across such a call unless it is rooted (a handle, a frame slot or a global).

use cortado_gc::header::{self, ARRAY_DATA_OFFSET, ARRAY_LENGTH_OFFSET};
use cortado_gc::{Ref, NULL};

use crate::class::{BasicType, ClassId, ClassKind};
use crate::exceptions::throw_new;
use crate::gc_roots;
use crate::vm::{Env, JResult, VmState};

/// Largest array length Cortado allocates: HotSpot's on 64-bit, `Integer.MAX_VALUE - 2`.
pub(crate) const MAX_ARRAY_LENGTH: i32 = i32::MAX - 2;

/// Size of the allocation buffers handed to threads.
const ALLOCATION_BUFFER_BYTES: usize = 64 * 1024;

/// Allocates `bytes` for an object of class `class`: in the thread's allocation buffer if it
/// fits, else a fresh buffer, else directly in the heap, collecting once if needed.
#[inline]
pub(crate) fn allocate(env: &mut Env, bytes: usize, class: ClassId) -> JResult<Ref> {
    if let Some(reference) =
        env.vm
            .heap
            .allocate_in(&mut env.thread.allocation_buffer, bytes, class)
    {
        return Ok(reference);
    }
    allocate_slow(env, bytes, class)
}

fn allocate_slow(env: &mut Env, bytes: usize, class: ClassId) -> JResult<Ref> {
    if bytes <= ALLOCATION_BUFFER_BYTES / 8 {
        if let Some(buffer) = env.vm.heap.try_allocate_buffer(ALLOCATION_BUFFER_BYTES) {
            env.thread.allocation_buffer = buffer;
            if let Some(reference) =
                env.vm
                    .heap
                    .allocate_in(&mut env.thread.allocation_buffer, bytes, class)
            {
                return Ok(reference);
            }
        }
    }
    if let Some(reference) = env.vm.heap.try_allocate(bytes, class) {
        return Ok(reference);
    }
    if gc_roots::collect(env, bytes, gc_roots::Cause::AllocationFailure).is_ok() {
        if let Some(reference) = env.vm.heap.try_allocate(bytes, class) {
            return Ok(reference);
        }
    }
    // Soft references are cleared before OutOfMemoryError is thrown.
    if gc_roots::collect_clearing_soft_references(env, bytes).is_ok() {
        if let Some(reference) = env.vm.heap.try_allocate(bytes, class) {
            return Ok(reference);
        }
    }
    Err(out_of_memory(env, "Java heap space"))
}

/// Throws the preallocated OutOfMemoryError (allocating one could fail too).
pub(crate) fn out_of_memory(env: &mut Env, _message: &str) -> crate::vm::Throw {
    let error = env.vm.globals[env.vm.well_known.out_of_memory_error as usize];
    if error == NULL {
        return crate::vm::Throw::Fatal("out of memory during start-up".into());
    }
    env.throw(error)
}

pub(crate) fn new_instance(env: &mut Env, class: ClassId) -> JResult<Ref> {
    let size = env.vm.class(class).instance_size as usize;
    allocate(env, size, class)
}

pub(crate) fn array_size(element: BasicType, length: usize) -> usize {
    (ARRAY_DATA_OFFSET + element.size() * length).div_ceil(8) * 8
}

/// Allocates an array of the array class `class`; `length` must be checked non-negative.
pub(crate) fn new_array(env: &mut Env, class: ClassId, length: i32) -> JResult<Ref> {
    let element = env
        .vm
        .class(class)
        .element_type()
        .expect("new_array of an array class");
    if length > MAX_ARRAY_LENGTH {
        return Err(throw_new(
            env,
            "java/lang/OutOfMemoryError",
            Some("Requested array size exceeds VM limit"),
        ));
    }
    let size = array_size(element, length as usize);
    if size > env.vm.heap.config().max_bytes {
        return Err(out_of_memory(env, "Java heap space"));
    }
    let array = allocate(env, size, class)?;
    env.vm
        .heap
        .write_u32(array, ARRAY_LENGTH_OFFSET, length as u32);
    Ok(array)
}

/// The class of an object (masking nothing today; the header holds the class index).
#[inline]
pub(crate) fn class_of(vm: &VmState, object: Ref) -> ClassId {
    vm.heap.class_index(object)
}

#[inline]
pub(crate) fn array_length(vm: &VmState, array: Ref) -> i32 {
    vm.heap.read_u32(array, ARRAY_LENGTH_OFFSET) as i32
}

#[inline]
pub(crate) fn element_offset(element: BasicType, index: usize) -> usize {
    ARRAY_DATA_OFFSET + element.size() * index
}

/// Reads a field or element of basic type `t` at `offset` as a slot value.
#[inline]
pub(crate) fn read_value(vm: &VmState, object: Ref, offset: usize, t: BasicType) -> u64 {
    let heap = &vm.heap;
    match t {
        BasicType::Boolean => heap.read::<1>(object, offset)[0] as u64,
        BasicType::Byte => heap.read::<1>(object, offset)[0] as i8 as i32 as u32 as u64,
        BasicType::Char => u16::from_le_bytes(heap.read(object, offset)) as u64,
        BasicType::Short => i16::from_le_bytes(heap.read(object, offset)) as i32 as u32 as u64,
        BasicType::Int | BasicType::Float | BasicType::Reference => {
            heap.read_u32(object, offset) as u64
        }
        BasicType::Long | BasicType::Double => heap.read_u64(object, offset),
    }
}

/// Writes a slot value into a field or element of basic type `t` (narrowing as the JVMS says:
/// booleans keep bit 0, bytes/chars/shorts keep their low bits).
#[inline]
pub(crate) fn write_value(vm: &mut VmState, object: Ref, offset: usize, t: BasicType, value: u64) {
    let heap = &mut vm.heap;
    match t {
        BasicType::Boolean => heap.write(object, offset, [(value & 1) as u8]),
        BasicType::Byte => heap.write(object, offset, [value as u8]),
        BasicType::Char | BasicType::Short => {
            heap.write(object, offset, (value as u16).to_le_bytes())
        }
        BasicType::Int | BasicType::Float => heap.write_u32(object, offset, value as u32),
        BasicType::Reference => heap.write_ref(object, offset, value as u32),
        BasicType::Long | BasicType::Double => heap.write_u64(object, offset, value),
    }
}

pub(crate) fn read_ref_field(vm: &VmState, object: Ref, offset: u32) -> Ref {
    vm.heap.read_u32(object, offset as usize)
}

/// Stores a reference field, with the write barrier.
pub(crate) fn write_ref_field(vm: &mut VmState, object: Ref, offset: u32, value: Ref) {
    vm.heap.write_ref(object, offset as usize, value)
}

pub(crate) fn read_int_field(vm: &VmState, object: Ref, offset: u32) -> i32 {
    vm.heap.read_u32(object, offset as usize) as i32
}

pub(crate) fn write_int_field(vm: &mut VmState, object: Ref, offset: u32, value: i32) {
    vm.heap.write_u32(object, offset as usize, value as u32)
}

/// The identity hash of an object, assigned on first request and stable across moves.
pub(crate) fn identity_hash(env: &mut Env, object: Ref) -> i32 {
    let mark = env.vm.heap.mark(object);
    if let Some(hash) = header::hash_of(mark) {
        return hash;
    }
    let hash = env.thread.hash_state.next();
    env.vm.heap.set_mark(object, header::with_hash(mark, hash));
    hash
}

/// Copies an object or array (`Object.clone`), header hash excluded.
pub(crate) fn shallow_copy(env: &mut Env, object: Ref) -> JResult<Ref> {
    let class = class_of(env.vm, object);
    let size = match env.vm.class(class).kind {
        ClassKind::Array { element, .. } => {
            array_size(element, array_length(env.vm, object) as usize)
        }
        _ => env.vm.class(class).instance_size as usize,
    };
    let handle = env.thread.handle(object);
    let copy = allocate(env, size, class)?;
    let object = env.thread.get(handle);
    let body = env.vm.heap.slice(object, 12, size - 12).to_vec();
    env.vm
        .heap
        .slice_mut(copy, 12, size - 12)
        .copy_from_slice(&body);
    Ok(copy)
}

// ---- Strings ----

/// Creates a `java.lang.String` from UTF-16 code units.
pub(crate) fn new_string_utf16(env: &mut Env, units: &[u16]) -> JResult<Ref> {
    let char_array = env.vm.well_known.char_array;
    let value = new_array(env, char_array, units.len() as i32)?;
    let bytes: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
    env.vm
        .heap
        .slice_mut(value, ARRAY_DATA_OFFSET, bytes.len())
        .copy_from_slice(&bytes);
    let handle = env.thread.handle(value);
    let string_class = env.vm.well_known.string;
    let string = new_instance(env, string_class)?;
    let value = env.thread.get(handle);
    let offset = env.vm.well_known.string_value;
    write_ref_field(env.vm, string, offset, value);
    Ok(string)
}

pub(crate) fn new_string(env: &mut Env, text: &str) -> JResult<Ref> {
    let units: Vec<u16> = text.encode_utf16().collect();
    new_string_utf16(env, &units)
}

/// The UTF-16 code units of a Java string.
pub(crate) fn string_units(vm: &VmState, string: Ref) -> Vec<u16> {
    let value = read_ref_field(vm, string, vm.well_known.string_value);
    if value == NULL {
        return Vec::new();
    }
    let length = array_length(vm, value) as usize;
    vm.heap
        .slice(value, ARRAY_DATA_OFFSET, length * 2)
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect()
}

/// A Java string as Rust text (unpaired surrogates become U+FFFD).
pub(crate) fn rust_string(vm: &VmState, string: Ref) -> String {
    String::from_utf16_lossy(&string_units(vm, string))
}

/// The interned string with these contents (JLS §3.10.5), as an index into the string roots.
pub(crate) fn intern_units(env: &mut Env, units: &[u16]) -> JResult<u32> {
    if let Some(&slot) = env.vm.strings.by_value.get(units) {
        return Ok(slot);
    }
    let string = new_string_utf16(env, units)?;
    let slot = env.vm.strings.refs.len() as u32;
    env.vm.strings.refs.push(string);
    env.vm.strings.by_value.insert(units.to_vec(), slot);
    Ok(slot)
}

pub(crate) fn intern(env: &mut Env, string: Ref) -> JResult<Ref> {
    let units = string_units(env.vm, string);
    if let Some(&slot) = env.vm.strings.by_value.get(&units) {
        return Ok(env.vm.strings.refs[slot as usize]);
    }
    let slot = env.vm.strings.refs.len() as u32;
    env.vm.strings.refs.push(string);
    env.vm.strings.by_value.insert(units, slot);
    Ok(string)
}

/// Reads a primitive array's elements as bytes (for natives doing I/O).
pub(crate) fn array_bytes(
    vm: &VmState,
    array: Ref,
    element: BasicType,
    from: usize,
    count: usize,
) -> &[u8] {
    vm.heap
        .slice(array, element_offset(element, from), count * element.size())
}

pub(crate) fn array_bytes_mut(
    vm: &mut VmState,
    array: Ref,
    element: BasicType,
    from: usize,
    count: usize,
) -> &mut [u8] {
    vm.heap
        .slice_mut(array, element_offset(element, from), count * element.size())
}
