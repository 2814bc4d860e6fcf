//! Natives of `java.lang.ref.Reference`: handing the references the collector cleared to the
//! class library, which enqueues them (`Reference.processPending`).

use cortado_gc::NULL;

use crate::natives::{ref_result, NativeRegistry};

pub(super) fn register(registry: &mut NativeRegistry) {
    registry.add(
        "java/lang/ref/Reference",
        "takePending",
        "()Ljava/lang/ref/Reference;",
        |env, _| {
            // First cleared, first enqueued.
            ref_result(env.vm.pending_references.pop_front().unwrap_or(NULL))
        },
    );
}
