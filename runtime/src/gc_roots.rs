//! Runs a collection: tells the collector how objects are laid out (`ClassModel`) and where
//! every root is (`VmRoots`): interpreter frames through their reference maps, native frames
//! through their descriptors, handles, pending exceptions, statics, mirrors, interned strings
//! and global roots. Nothing is scanned conservatively.

use std::sync::Arc;

use cortado_classfile::FieldType;
use cortado_gc::{Layout, ObjectModel, Ref, Roots};

use crate::class::{BasicType, Class, ClassKind};
use crate::thread::JavaThread;
use crate::vm::{Env, VmState};

struct ClassModel<'a> {
    classes: &'a [Arc<Class>],
}

impl ObjectModel for ClassModel<'_> {
    fn layout(&self, class_index: u32) -> Layout<'_> {
        let class = &self.classes[class_index as usize];
        match class.kind {
            ClassKind::Array {
                element: BasicType::Reference,
                ..
            } => Layout::ReferenceArray,
            ClassKind::Array { element, .. } => Layout::PrimitiveArray {
                element_size: element.size(),
            },
            _ => Layout::Instance {
                size: class.instance_size as usize,
                references: &class.reference_offsets,
                referent: class
                    .referent
                    .map(|(offset, _, strength)| (offset as usize, strength)),
            },
        }
    }

    fn is_valid_class(&self, class_index: u32) -> bool {
        (class_index as usize) < self.classes.len()
    }

    fn class_count(&self) -> usize {
        self.classes.len()
    }
}

struct VmRoots<'a> {
    classes: &'a [Arc<Class>],
    mirrors: &'a mut crate::stable_refs::StableRefs,
    strings: &'a mut crate::stable_refs::StableRefs,
    globals: &'a mut Vec<Ref>,
    pending_references: &'a mut std::collections::VecDeque<Ref>,
    thread: &'a mut JavaThread,
    other_threads: &'a mut Vec<crate::vm::ThreadPtr>,
    current: *const JavaThread,
    monitors: &'a mut Vec<crate::interp::monitors::Monitor>,
    host_handles: &'a mut Vec<(Ref, u32)>,
}

impl Roots for VmRoots<'_> {
    fn visit(&mut self, visit: &mut dyn FnMut(&mut Ref)) {
        for slot in self
            .mirrors
            .iter_mut()
            .chain(self.strings.iter_mut())
            .chain(self.globals.iter_mut())
            .chain(self.pending_references.iter_mut())
        {
            visit(slot);
        }
        for class in self.classes {
            for &slot in &class.static_references {
                let mut reference = class.static_value(slot) as Ref;
                visit(&mut reference);
                class.set_static_value(slot, reference as u64);
            }
        }
        for (reference, _) in self.host_handles.iter_mut() {
            visit(reference);
        }
        for monitor in self.monitors.iter_mut() {
            visit(&mut monitor.object);
        }
        visit_thread(self.thread, visit);
        for other in self.other_threads.iter() {
            if std::ptr::eq(other.0, self.current) {
                continue;
            }
            // SAFETY: registered threads other than the current one are blocked on the VM lock
            // or waiting without it (see `vm::ThreadPtr`); the collector runs with the lock
            // held, so nothing else touches their structures now.
            #[allow(unsafe_code)]
            let other = unsafe { &mut *other.0 };
            visit_thread(other, visit);
        }
    }
}

fn visit_thread(thread: &mut JavaThread, visit: &mut dyn FnMut(&mut Ref)) {
    for slot in thread.handles.iter_mut() {
        visit(slot);
    }
    visit(&mut thread.pending_exception);
    visit(&mut thread.thread_object);
    let stack = &mut thread.stack;
    for frame in thread.frames.iter_mut() {
        visit(&mut frame.lock);
        let bp = frame.bp as usize;
        let method = &frame.method;
        if method.is_native() || method.prepared.get().is_none() {
            // Native frames (and frames not started yet) hold exactly their arguments.
            let mut slot = bp;
            if !method.is_static() {
                visit_slot(&mut stack[slot], visit);
                slot += 1;
            }
            for parameter in &method.parsed.parameters {
                if parameter.is_reference() {
                    visit_slot(&mut stack[slot], visit);
                }
                slot += match parameter {
                    FieldType::Long | FieldType::Double => 2,
                    _ => 1,
                };
            }
            continue;
        }
        let Some(Ok(prepared)) = method.prepared.get() else {
            continue;
        };
        let Some(maps) = prepared.ref_maps.get() else {
            continue;
        };
        let pc = frame.pc;
        let max_locals = prepared.max_locals as usize;
        for local in 0..max_locals {
            if maps.local_is_reference(pc, local) {
                visit_slot(&mut stack[bp + local], visit);
            }
        }
        let height = maps.stack_height(pc).unwrap_or(0);
        let live = (frame.sp as usize)
            .saturating_sub(bp + max_locals)
            .min(height);
        for index in 0..live {
            if maps.stack_is_reference(pc, index) {
                visit_slot(&mut stack[bp + max_locals + index], visit);
            }
        }
    }
}

fn visit_slot(slot: &mut u64, visit: &mut dyn FnMut(&mut Ref)) {
    let mut reference = *slot as Ref;
    visit(&mut reference);
    *slot = reference as u64;
}

/// Why a collection runs, as `-Xlog:gc` names it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Cause {
    AllocationFailure,
    SystemGc,
}

/// Collects garbage, making room for `requested` bytes: a young collection, or a full one
/// when the old generation is too full or for `System.gc()`. `Err` when the heap is exhausted.
pub(crate) fn collect(
    env: &mut Env,
    requested: usize,
    cause: Cause,
) -> Result<(), cortado_gc::Error> {
    collect_as(env, requested, cause, matches!(cause, Cause::SystemGc))
}

/// The last collection before OutOfMemoryError: a full one that clears soft references too.
pub(crate) fn collect_clearing_soft_references(
    env: &mut Env,
    requested: usize,
) -> Result<(), cortado_gc::Error> {
    env.vm.heap.clear_soft_references_next();
    collect_as(env, requested, Cause::AllocationFailure, true)
}

fn collect_as(
    env: &mut Env,
    requested: usize,
    cause: Cause,
    full: bool,
) -> Result<(), cortado_gc::Error> {
    let before = env.vm.heap.used_bytes();
    let started = std::time::Instant::now();
    let result = collect_now(env, requested, full);
    // Cleared references with a queue wait for Reference.processPending; threads blocked in
    // their queue's `remove` wake up to take them.
    for reference in env.vm.heap.take_cleared_references() {
        let class = env.vm.heap.class_index(reference);
        if let Some((_, queue, _)) = env.vm.classes[class as usize].referent {
            let queue = env.vm.heap.read_u32(reference, queue as usize);
            if queue != cortado_gc::NULL {
                env.vm.pending_references.push_back(reference);
                crate::interp::monitors::notify_all_from_vm(env, queue);
            }
        }
    }
    let errors = env.vm.heap.take_verify_errors();
    for error in errors {
        let line = format!("GC verification error: {error}\n");
        let _ = env.vm.host.write(2, line.as_bytes());
    }
    let phases = env.vm.heap.take_phase_times();
    if env.vm.options.log_gc_phases && result != Ok(cortado_gc::CollectionKind::Skipped) {
        let number = env.vm.heap.stats().collections - 1;
        for (name, time) in phases {
            let line = format!(
                "[{:.3}s][info][gc,phases] GC({number}) {name} {:.3}ms\n",
                env.vm.host.nano_time() as f64 / 1e9,
                time.as_secs_f64() * 1000.0
            );
            let _ = env.vm.host.write(1, line.as_bytes());
        }
    }
    if env.vm.options.log_gc && result != Ok(cortado_gc::CollectionKind::Skipped) {
        let number = env.vm.heap.stats().collections - 1;
        let kind = match result {
            Ok(cortado_gc::CollectionKind::Young) => "Young",
            _ => "Full",
        };
        let mb = |bytes: usize| bytes >> 20;
        let line = format!(
            "[{:.3}s][info][gc] GC({number}) Pause {kind} ({}) {}M->{}M({}M) {:.3}ms\n",
            env.vm.host.nano_time() as f64 / 1e9,
            match cause {
                Cause::AllocationFailure => "Allocation Failure",
                Cause::SystemGc => "System.gc()",
            },
            mb(before),
            mb(env.vm.heap.used_bytes()),
            mb(env.vm.heap.capacity_bytes()),
            started.elapsed().as_secs_f64() * 1000.0
        );
        let _ = env.vm.host.write(1, line.as_bytes());
    }
    result.map(|_| ())
}

fn collect_now(
    env: &mut Env,
    requested: usize,
    full: bool,
) -> Result<cortado_gc::CollectionKind, cortado_gc::Error> {
    let current: *const JavaThread = &*env.thread;
    let VmState {
        heap,
        classes,
        mirrors,
        strings,
        globals,
        pending_references,
        threads,
        monitors,
        host_handles,
        ..
    } = &mut **env.vm;
    let model = ClassModel { classes };
    let mut roots = VmRoots {
        classes,
        mirrors,
        strings: &mut strings.refs,
        globals,
        pending_references,
        thread: env.thread,
        other_threads: threads,
        current,
        monitors,
        host_handles: &mut host_handles.slots,
    };
    heap.collect(&model, &mut roots, requested, full)
}
