//! Natives of `java.lang.StrictMath`: the fdlibm algorithms, through the `libm` crate (a port
//! of musl's fdlibm-derived library), so results are the same on every platform.

use crate::natives::{double_result, Args, NativeRegistry};
use crate::vm::{Env, JResult};

macro_rules! unary {
    ($registry:expr, $($name:literal => $f:expr),* $(,)?) => {
        $( $registry.add("java/lang/StrictMath", $name, "(D)D", |env: &mut Env, args: Args| -> JResult<u64> {
            double_result($f(args.double(env, 0)))
        }); )*
    };
}

macro_rules! binary {
    ($registry:expr, $($name:literal => $f:expr),* $(,)?) => {
        $( $registry.add("java/lang/StrictMath", $name, "(DD)D", |env: &mut Env, args: Args| -> JResult<u64> {
            double_result($f(args.double(env, 0), args.double(env, 2)))
        }); )*
    };
}

pub(super) fn register(registry: &mut NativeRegistry) {
    unary!(registry,
        "sin" => libm::sin, "cos" => libm::cos, "tan" => libm::tan,
        "asin" => libm::asin, "acos" => libm::acos, "atan" => libm::atan,
        "exp" => libm::exp, "log" => libm::log, "log10" => libm::log10,
        "sqrt" => f64::sqrt, "cbrt" => libm::cbrt,
        "sinh" => libm::sinh, "cosh" => libm::cosh, "tanh" => libm::tanh,
        "expm1" => libm::expm1, "log1p" => libm::log1p,
    );
    binary!(registry,
        "atan2" => libm::atan2, "pow" => java_pow, "hypot" => libm::hypot,
        "IEEEremainder" => libm::remainder,
    );
    // Math's intrinsic functions: HotSpot computes these with accurate (nearly always correctly
    // rounded) routines rather than fdlibm, so Cortado uses the platform libm's.
    // Natives so that the interpreter charges them one step, as the JIT's intrinsics do (their
    // Java bodies would call StrictMath.sqrt, or Double's bit conversions).
    registry.add("java/lang/Math", "sqrt", "(D)D", |env, args| {
        double_result(args.double(env, 0).sqrt())
    });
    registry.add("java/lang/Math", "abs", "(D)D", |env, args| {
        double_result(args.double(env, 0).abs())
    });
    registry.add("java/lang/Math", "sin", "(D)D", |env, args| {
        double_result(args.double(env, 0).sin())
    });
    registry.add("java/lang/Math", "cos", "(D)D", |env, args| {
        double_result(args.double(env, 0).cos())
    });
    registry.add("java/lang/Math", "tan", "(D)D", |env, args| {
        double_result(args.double(env, 0).tan())
    });
    registry.add("java/lang/Math", "exp", "(D)D", |env, args| {
        double_result(args.double(env, 0).exp())
    });
    registry.add("java/lang/Math", "log", "(D)D", |env, args| {
        double_result(args.double(env, 0).ln())
    });
    registry.add("java/lang/Math", "log10", "(D)D", |env, args| {
        double_result(args.double(env, 0).log10())
    });
    registry.add("java/lang/Math", "pow", "(DD)D", |env, args| {
        let (x, y) = (args.double(env, 0), args.double(env, 2));
        double_result(if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
            f64::NAN
        } else {
            x.powf(y)
        })
    });
    registry.add("java/lang/StrictMath", "fma", "(DDD)D", |env, args| {
        double_result(
            args.double(env, 0)
                .mul_add(args.double(env, 2), args.double(env, 4)),
        )
    });
    registry.add("java/lang/StrictMath", "fma", "(FFF)F", |env, args| {
        let r = args
            .float(env, 0)
            .mul_add(args.float(env, 1), args.float(env, 2));
        Ok(r.to_bits() as u64)
    });
}

/// `pow` with Java's special cases where C's differ (a NaN exponent, and 1 to a NaN or
/// infinite power, give NaN in Java).
fn java_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    libm::pow(x, y)
}
