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
        "exp" => libm::exp, "log" => fdlibm::log, "log10" => fdlibm::log10,
        "sqrt" => f64::sqrt, "cbrt" => fdlibm::cbrt,
        "sinh" => fdlibm::sinh, "cosh" => fdlibm::cosh, "tanh" => fdlibm::tanh,
        "expm1" => libm::expm1, "log1p" => libm::log1p,
    );
    binary!(registry,
        "atan2" => libm::atan2, "pow" => java_pow, "hypot" => fdlibm::hypot,
        "IEEEremainder" => libm::remainder,
    );
    // Math's intrinsic functions: HotSpot computes these with accurate (nearly always correctly
    // rounded) routines rather than fdlibm, so Cortado uses correctly rounded ones (CORE-MATH):
    // of 20,000 random arguments, the platform libm's log10 differed from java's in 2,957,
    // CORE-MATH's in none (log 9 and 0, tan 95 and 50, sin 41 and 29, pow 15 and 10; the rest
    // are HotSpot's own last-bit errors).
    // Natives so that the interpreter charges them one step, as the JIT's intrinsics do (their
    // Java bodies would call StrictMath.sqrt, or Double's bit conversions).
    registry.add("java/lang/Math", "sqrt", "(D)D", |env, args| {
        double_result(args.double(env, 0).sqrt())
    });
    registry.add("java/lang/Math", "abs", "(D)D", |env, args| {
        double_result(args.double(env, 0).abs())
    });
    registry.add("java/lang/Math", "sin", "(D)D", |env, args| {
        double_result(math_sin(args.double(env, 0)))
    });
    registry.add("java/lang/Math", "cos", "(D)D", |env, args| {
        double_result(math_cos(args.double(env, 0)))
    });
    registry.add("java/lang/Math", "tan", "(D)D", |env, args| {
        double_result(math_tan(args.double(env, 0)))
    });
    registry.add("java/lang/Math", "exp", "(D)D", |env, args| {
        double_result(math_exp(args.double(env, 0)))
    });
    registry.add("java/lang/Math", "log", "(D)D", |env, args| {
        double_result(math_log(args.double(env, 0)))
    });
    registry.add("java/lang/Math", "log10", "(D)D", |env, args| {
        double_result(math_log10(args.double(env, 0)))
    });
    registry.add("java/lang/Math", "pow", "(DD)D", |env, args| {
        double_result(math_pow(args.double(env, 0), args.double(env, 2)))
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

/// Math's correctly rounded functions, which the natives compute and compiled code calls
/// directly (`Intrinsic::MathUnary`/`MathBinary`): the same results in every tier.
pub(crate) extern "C" fn math_sin(x: f64) -> f64 {
    core_math::sin(x)
}

pub(crate) extern "C" fn math_cos(x: f64) -> f64 {
    core_math::cos(x)
}

pub(crate) extern "C" fn math_tan(x: f64) -> f64 {
    core_math::tan(x)
}

pub(crate) extern "C" fn math_exp(x: f64) -> f64 {
    core_math::exp(x)
}

pub(crate) extern "C" fn math_log(x: f64) -> f64 {
    core_math::log(x)
}

pub(crate) extern "C" fn math_log10(x: f64) -> f64 {
    core_math::log10(x)
}

/// Math.pow: Java's special cases (a NaN exponent, and 1 to an infinite power, give NaN),
/// otherwise correctly rounded.
pub(crate) extern "C" fn math_pow(x: f64, y: f64) -> f64 {
    if java_pow_is_nan(x, y) {
        return f64::NAN;
    }
    core_math::pow(x, y)
}

/// Where Java's `pow` is NaN and C's is not: a NaN exponent, 1 to an infinite power.
fn java_pow_is_nan(x: f64, y: f64) -> bool {
    y.is_nan() || (x.abs() == 1.0 && y.is_infinite())
}

/// `pow` with Java's special cases where C's differ (a NaN exponent, and 1 to a NaN or
/// infinite power, give NaN in Java).
fn java_pow(x: f64, y: f64) -> f64 {
    if java_pow_is_nan(x, y) {
        return f64::NAN;
    }
    libm::pow(x, y)
}

/// fdlibm 5.3's algorithms, operation for operation, where the `libm` crate's differ in the
/// last bit (its log and its core-math cbrt are more accurate; its sinh, cosh and tanh are
/// musl's): the JDK's StrictMath is fdlibm, and `Random.nextGaussian` goes through its log.
mod fdlibm {
    fn hi(x: f64) -> i32 {
        (x.to_bits() >> 32) as i32
    }

    fn lo(x: f64) -> u32 {
        x.to_bits() as u32
    }

    fn with_hi(x: f64, hi: i32) -> f64 {
        f64::from_bits(((hi as u32 as u64) << 32) | (x.to_bits() & 0xffff_ffff))
    }

    fn with_lo(x: f64, lo: u32) -> f64 {
        f64::from_bits((x.to_bits() & 0xffff_ffff_0000_0000) | lo as u64)
    }

    /// fdlibm's constants by their bits (the hex words its sources give).
    const THIRD: f64 = f64::from_bits(0x3fd5_5555_5555_5555);
    const LN2_HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
    const LN2_LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
    const TWO54: f64 = f64::from_bits(0x4350_0000_0000_0000);
    const LG1: f64 = f64::from_bits(0x3fe5_5555_5555_5593);
    const LG2: f64 = f64::from_bits(0x3fd9_9999_9997_fa04);
    const LG3: f64 = f64::from_bits(0x3fd2_4924_9422_9359);
    const LG4: f64 = f64::from_bits(0x3fcc_71c5_1d8e_78af);
    const LG5: f64 = f64::from_bits(0x3fc7_4664_96cb_03de);
    const LG6: f64 = f64::from_bits(0x3fc3_9a09_d078_c69f);
    const LG7: f64 = f64::from_bits(0x3fc2_f112_df3e_5244);

    /// e_log.c
    pub(super) fn log(mut x: f64) -> f64 {
        let mut hx = hi(x);
        let lx = lo(x);
        let mut k: i32 = 0;
        if hx < 0x0010_0000 {
            if ((hx & 0x7fff_ffff) as u32 | lx) == 0 {
                return f64::NEG_INFINITY;
            }
            if hx < 0 {
                return f64::NAN;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000f_ffff;
        let i = (hx + 0x95f64) & 0x10_0000;
        x = with_hi(x, hx | (i ^ 0x3ff0_0000));
        k += i >> 20;
        let f = x - 1.0;
        if (0x000f_ffff & (2 + hx)) < 3 {
            if f == 0.0 {
                if k == 0 {
                    return 0.0;
                }
                let dk = k as f64;
                return dk * LN2_HI + dk * LN2_LO;
            }
            let r = f * f * (0.5 - THIRD * f);
            if k == 0 {
                return f - r;
            }
            let dk = k as f64;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        let s = f / (2.0 + f);
        let dk = k as f64;
        let z = s * s;
        let mut i = hx - 0x6147a;
        let w = z * z;
        let j = 0x6b851 - hx;
        let t1 = w * (LG2 + w * (LG4 + w * LG6));
        let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        let r = t2 + t1;
        if i > 0 {
            let hfsq = 0.5 * f * f;
            if k == 0 {
                f - (hfsq - s * (hfsq + r))
            } else {
                dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
            }
        } else if k == 0 {
            f - s * (f - r)
        } else {
            dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)
        }
    }

    /// e_log10.c
    pub(super) fn log10(mut x: f64) -> f64 {
        const IVLN10: f64 = f64::from_bits(0x3fdb_cb7b_1526_e50e);
        const LOG10_2HI: f64 = f64::from_bits(0x3fd3_4413_509f_6000);
        const LOG10_2LO: f64 = f64::from_bits(0x3d59_fef3_11f1_2b36);
        let mut hx = hi(x);
        let lx = lo(x);
        let mut k: i32 = 0;
        if hx < 0x0010_0000 {
            if ((hx & 0x7fff_ffff) as u32 | lx) == 0 {
                return f64::NEG_INFINITY;
            }
            if hx < 0 {
                return f64::NAN;
            }
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        let i = ((k as u32) & 0x8000_0000) >> 31;
        hx = (hx & 0x000f_ffff) | ((0x3ff - i as i32) << 20);
        let y = (k + i as i32) as f64;
        x = with_hi(x, hx);
        let z = y * LOG10_2LO + IVLN10 * log(x);
        z + y * LOG10_2HI
    }

    /// The JDK's FdLibm.Cbrt (s_cbrt.c).
    pub(super) fn cbrt(x: f64) -> f64 {
        const B1: i32 = 715_094_163;
        const B2: i32 = 696_219_795;
        const C: f64 = f64::from_bits(0x3fe1_5f15_f15f_15f1);
        const D: f64 = f64::from_bits(0xbfe6_91de_2532_c834);
        const E: f64 = f64::from_bits(0x3ff6_a0ea_0ea0_ea0f);
        const F: f64 = f64::from_bits(0x3ff9_b6db_6db6_db6e);
        const G: f64 = f64::from_bits(0x3fd6_db6d_b6db_6db7);
        if x == 0.0 || !x.is_finite() {
            return x;
        }
        let sign = if x < 0.0 { -1.0 } else { 1.0 };
        let x = x.abs();
        let mut t = 0.0f64;
        if x < f64::MIN_POSITIVE {
            t = 18014398509481984.0; // 2^54
            t *= x;
            t = with_hi(t, hi(t) / 3 + B2);
        } else {
            t = with_hi(t, hi(x) / 3 + B1);
        }
        let r = t * t / x;
        let s = C + r * t;
        t *= G + F / (s + E + D / s);
        t = with_lo(t, 0);
        t = with_hi(t, hi(t) + 1);
        let s = t * t;
        let r = x / s;
        let w = t + t;
        let r = (r - t) / (w + r);
        t += t * r;
        sign * t
    }

    /// e_sinh.c
    pub(super) fn sinh(x: f64) -> f64 {
        const SHUGE: f64 = 1.0e307;
        let jx = hi(x);
        let ix = jx & 0x7fff_ffff;
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        let h = if jx < 0 { -0.5 } else { 0.5 };
        if ix < 0x4036_0000 {
            if ix < 0x3e30_0000 && SHUGE + x > 1.0 {
                return x;
            }
            let t = libm::expm1(x.abs());
            if ix < 0x3ff0_0000 {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if ix < 0x4086_2E42 {
            return h * libm::exp(x.abs());
        }
        let lx = lo(x);
        if ix < 0x4086_33CE || (ix == 0x4086_33ce && lx <= 0x8fb9_f87d) {
            let w = libm::exp(0.5 * x.abs());
            let t = h * w;
            return t * w;
        }
        x * SHUGE
    }

    /// e_cosh.c
    pub(super) fn cosh(x: f64) -> f64 {
        const HUGE: f64 = 1.0e300;
        let ix = hi(x) & 0x7fff_ffff;
        if ix >= 0x7ff0_0000 {
            return x * x;
        }
        if ix < 0x3fd6_2e43 {
            let t = libm::expm1(x.abs());
            let w = 1.0 + t;
            if ix < 0x3c80_0000 {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if ix < 0x4036_0000 {
            let t = libm::exp(x.abs());
            return 0.5 * t + 0.5 / t;
        }
        if ix < 0x4086_2E42 {
            return 0.5 * libm::exp(x.abs());
        }
        let lx = lo(x);
        if ix < 0x4086_33CE || (ix == 0x4086_33ce && lx <= 0x8fb9_f87d) {
            let w = libm::exp(0.5 * x.abs());
            let t = 0.5 * w;
            return t * w;
        }
        HUGE * HUGE
    }

    /// s_tanh.c
    pub(super) fn tanh(x: f64) -> f64 {
        const TINY: f64 = 1.0e-300;
        let jx = hi(x);
        let ix = jx & 0x7fff_ffff;
        if ix >= 0x7ff0_0000 {
            return if jx >= 0 {
                1.0 / x + 1.0
            } else {
                1.0 / x - 1.0
            };
        }
        let z = if ix < 0x4036_0000 {
            if ix < 0x3c80_0000 {
                return x * (1.0 + x);
            }
            if ix >= 0x3ff0_0000 {
                let t = libm::expm1(2.0 * x.abs());
                1.0 - 2.0 / (t + 2.0)
            } else {
                let t = libm::expm1(-2.0 * x.abs());
                -t / (t + 2.0)
            }
        } else {
            1.0 - TINY
        };
        if jx >= 0 {
            z
        } else {
            -z
        }
    }

    /// e_hypot.c: sqrt(x² + y²) without undue overflow, from a and b split into high and low
    /// parts (the scaled high words `ha`/`hb` are fdlibm's, kept even where the subnormal
    /// case scales a and b without updating them, as the JDK's port does).
    pub(super) fn hypot(x: f64, y: f64) -> f64 {
        let (mut a, mut b) = (x.abs(), y.abs());
        if !a.is_finite() || !b.is_finite() {
            return if a == f64::INFINITY || b == f64::INFINITY {
                f64::INFINITY
            } else {
                a + b
            };
        }
        if b > a {
            std::mem::swap(&mut a, &mut b);
        }
        let (mut ha, mut hb) = (hi(a), hi(b));
        if ha - hb > 0x3c0_0000 {
            return a + b; // a / b > 2^60
        }
        let mut k = 0;
        if a > f64::from_bits(0x5f30_0000_ffff_ffff) {
            // a > ~2^500: scale both by 2^-600
            ha -= 0x2580_0000;
            hb -= 0x2580_0000;
            a *= f64::from_bits(0x1a70_0000_0000_0000);
            b *= f64::from_bits(0x1a70_0000_0000_0000);
            k += 600;
        }
        if b < f64::from_bits(0x20b0_0000_0000_0000) {
            // b < 2^-500
            if b < f64::MIN_POSITIVE {
                if b == 0.0 {
                    return a;
                }
                let t1 = f64::from_bits(0x7fd0_0000_0000_0000); // 2^1022
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                // scale both by 2^600
                ha += 0x2580_0000;
                hb += 0x2580_0000;
                a *= f64::from_bits(0x6570_0000_0000_0000);
                b *= f64::from_bits(0x6570_0000_0000_0000);
                k -= 600;
            }
        }
        let mut w = a - b;
        if w > b {
            let t1 = with_hi(0.0, ha);
            let t2 = a - t1;
            w = (t1 * t1 - (b * (-b) - t2 * (a + t1))).sqrt();
        } else {
            a += a;
            let y1 = with_hi(0.0, hb);
            let y2 = b - y1;
            let t1 = with_hi(0.0, ha + 0x0010_0000);
            let t2 = a - t1;
            w = (t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b))).sqrt();
        }
        if k != 0 {
            // 2^k, normal: k is 600, -600 or -1022
            f64::from_bits(((0x3ff + k) as u64) << 52) * w
        } else {
            w
        }
    }
}
