//! Natives of `java.lang.Object`.

use crate::exceptions::throw_new;
use crate::interp::monitors;
use crate::natives::{int_result, mirror, ref_result, void_result, Args, NativeRegistry};
use crate::objects::{class_of, identity_hash, shallow_copy};
use crate::vm::{Env, JResult};

pub(super) fn register(registry: &mut NativeRegistry) {
    const OBJECT: &str = "java/lang/Object";
    registry.add(OBJECT, "getClass", "()Ljava/lang/Class;", get_class);
    registry.add(OBJECT, "hashCode", "()I", hash_code);
    registry.add(OBJECT, "clone", "()Ljava/lang/Object;", clone);
    registry.add(OBJECT, "notify", "()V", notify);
    registry.add(OBJECT, "notifyAll", "()V", notify_all);
    registry.add(OBJECT, "wait", "(J)V", wait);
}

fn get_class(env: &mut Env, args: Args) -> JResult<u64> {
    let class = class_of(env.vm, args.reference(env, 0));
    ref_result(mirror(env, class)?)
}

fn hash_code(env: &mut Env, args: Args) -> JResult<u64> {
    let object = args.reference(env, 0);
    int_result(identity_hash(env, object))
}

fn clone(env: &mut Env, args: Args) -> JResult<u64> {
    let object = args.reference(env, 0);
    let class = env.class(class_of(env.vm, object));
    let cloneable = env.vm.well_known.cloneable;
    if !class.is_array() && class.all_interfaces.binary_search(&cloneable).is_err() {
        return Err(throw_new(
            env,
            "java/lang/CloneNotSupportedException",
            Some(&class.java_name()),
        ));
    }
    ref_result(shallow_copy(env, object)?)
}

fn notify(env: &mut Env, args: Args) -> JResult<u64> {
    monitors::notify(env, args.reference(env, 0), false)?;
    void_result()
}

fn notify_all(env: &mut Env, args: Args) -> JResult<u64> {
    monitors::notify(env, args.reference(env, 0), true)?;
    void_result()
}

fn wait(env: &mut Env, args: Args) -> JResult<u64> {
    let timeout = args.long(env, 1);
    if timeout < 0 {
        return Err(throw_new(
            env,
            "java/lang/IllegalArgumentException",
            Some("timeout value is negative"),
        ));
    }
    monitors::wait(env, args.reference(env, 0), timeout)?;
    void_result()
}
