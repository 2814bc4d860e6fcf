//! `invokedynamic` linkage. The bootstrap methods javac emits for ordinary code are linked by
//! the VM itself, without method handles: each call site becomes a call to a static method of
//! a class Cortado generates (`LambdaMetafactory`, `StringConcatFactory`, `ObjectMethods`).

use std::sync::Arc;

use crate::class::{Class, Method};
use crate::exceptions::throw_new;
use crate::vm::{Env, JResult};

pub(crate) fn link_call_site(
    env: &mut Env,
    class: &Arc<Class>,
    index: u16,
) -> JResult<Arc<Method>> {
    let _ = (class, index);
    Err(throw_new(
        env,
        "java/lang/BootstrapMethodError",
        Some("invokedynamic is not linked yet"),
    ))
}
