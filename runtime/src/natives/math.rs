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
        "sin" => fdlibm::sin, "cos" => fdlibm::cos, "tan" => libm::tan,
        "asin" => libm::asin, "acos" => libm::acos, "atan" => libm::atan,
        "exp" => libm::exp, "log" => fdlibm::log, "log10" => fdlibm::log10,
        "sqrt" => f64::sqrt, "cbrt" => fdlibm::cbrt,
        "sinh" => fdlibm::sinh, "cosh" => fdlibm::cosh, "tanh" => fdlibm::tanh,
        "expm1" => libm::expm1, "log1p" => fdlibm::log1p,
    );
    binary!(registry,
        "atan2" => fdlibm::atan2, "pow" => java_pow, "hypot" => fdlibm::hypot,
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
/// last bit (its log and its core-math cbrt are more accurate; its sinh, cosh, tanh and log1p
/// are musl's, and so are the polynomial kernels of its sin and cos, which differed from
/// java's for about 1% of arguments): the JDK's StrictMath is fdlibm, and
/// `Random.nextGaussian` goes through its log.
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

    const HALF: f64 = 0.5;

    /// k_sin.c: sin(x + y) for |x| <= pi/4, y the tail of x (iy = 0: y is zero). Horner's
    /// scheme, as fdlibm's (musl's kernel splits the polynomial and differs in the last bit).
    fn kernel_sin(x: f64, y: f64, iy: i32) -> f64 {
        const S1: f64 = f64::from_bits(0xbfc5_5555_5555_5549);
        const S2: f64 = f64::from_bits(0x3f81_1111_1110_f8a6);
        const S3: f64 = f64::from_bits(0xbf2a_01a0_19c1_61d5);
        const S4: f64 = f64::from_bits(0x3ec7_1de3_57b1_fe7d);
        const S5: f64 = f64::from_bits(0xbe5a_e5e6_8a2b_9ceb);
        const S6: f64 = f64::from_bits(0x3de5_d93a_5acf_d57c);
        let ix = hi(x) & 0x7fff_ffff;
        if ix < 0x3e40_0000 && (x as i32) == 0 {
            return x; // |x| < 2^-27
        }
        let z = x * x;
        let v = z * x;
        let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if iy == 0 {
            x + v * (S1 + z * r)
        } else {
            x - ((z * (HALF * y - v * r) - y) - v * S1)
        }
    }

    /// k_cos.c: cos(x + y) for |x| <= pi/4, with fdlibm's correction qx for |x| >= 0.3.
    fn kernel_cos(x: f64, y: f64) -> f64 {
        const C1: f64 = f64::from_bits(0x3fa5_5555_5555_554c);
        const C2: f64 = f64::from_bits(0xbf56_c16c_16c1_5177);
        const C3: f64 = f64::from_bits(0x3efa_01a0_19cb_1590);
        const C4: f64 = f64::from_bits(0xbe92_7e4f_809c_52ad);
        const C5: f64 = f64::from_bits(0x3e21_ee9e_bdb4_b1c4);
        const C6: f64 = f64::from_bits(0xbda8_fae9_be88_38d4);
        let ix = hi(x) & 0x7fff_ffff;
        if ix < 0x3e40_0000 && (x as i32) == 0 {
            return 1.0; // |x| < 2^-27
        }
        let z = x * x;
        let r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if ix < 0x3fd3_3333 {
            // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        let qx = if ix > 0x3fe9_0000 {
            0.28125 // |x| > 0.78125
        } else {
            f64::from_bits(((ix - 0x0020_0000) as u32 as u64) << 32) // x/4
        };
        let hz = 0.5 * z - qx;
        let a = 1.0 - qx;
        a - (hz - (z * r - x * y))
    }

    /// 2/pi in 24-bit chunks (k_rem_pio2.c's ipio2, as many as doubles need).
    const TWO_OVER_PI: [i32; 66] = [
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163,
        0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C,
        0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292,
        0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA,
        0x73A8C9, 0x60E27B, 0xC08C6B,
    ];

    /// pi/2 in 24-bit pieces (k_rem_pio2.c's PIo2).
    const PIO2_PIECES: [f64; 8] = [
        f64::from_bits(0x3ff9_21fb_4000_0000),
        f64::from_bits(0x3e74_442d_0000_0000),
        f64::from_bits(0x3cf8_4698_8000_0000),
        f64::from_bits(0x3b78_cc51_6000_0000),
        f64::from_bits(0x39f0_1b83_8000_0000),
        f64::from_bits(0x387a_2520_4000_0000),
        f64::from_bits(0x36e3_8222_8000_0000),
        f64::from_bits(0x3569_f31d_0000_0000),
    ];

    fn scalbn(x: f64, n: i32) -> f64 {
        libm::scalbn(x, n)
    }

    /// k_rem_pio2.c for doubles (fdlibm's prec 2: jk = 4, two results): x (|x| scaled into
    /// 24-bit chunks, e0 its exponent less 23) reduced modulo pi/2; returns n mod 8 and
    /// y[0] + y[1].
    fn kernel_rem_pio2(x: &[f64], y: &mut [f64; 2], e0: i32) -> i32 {
        const TWO24: f64 = 16777216.0;
        const TWON24: f64 = 5.960_464_477_539_063e-8;
        let jk: usize = 4;
        let jp = jk;
        let nx = x.len();
        let jx = nx - 1;
        let mut f = [0.0f64; 20];
        let mut fq = [0.0f64; 20];
        let mut q = [0.0f64; 20];
        let mut iq = [0i32; 20];
        let jv = ((e0 - 3) / 24).max(0);
        let mut q0 = e0 - 24 * (jv + 1);
        let jv = jv as usize;
        // f[0..=jx+jk] = ipio2[jv-jx ..= jv+jk]
        for (j, fi) in (jv as i32 - jx as i32..).zip(f.iter_mut().take(jx + jk + 1)) {
            *fi = if j < 0 {
                0.0
            } else {
                TWO_OVER_PI[j as usize] as f64
            };
        }
        for i in 0..=jk {
            let mut fw = 0.0;
            for j in 0..=jx {
                fw += x[j] * f[jx + i - j];
            }
            q[i] = fw;
        }
        let mut jz = jk;
        let mut z;
        let mut n;
        let mut ih;
        loop {
            // distill q[] into iq[] reversingly
            let mut i = 0usize;
            z = q[jz];
            let mut j = jz;
            while j > 0 {
                let fw = ((TWON24 * z) as i32) as f64;
                iq[i] = (z - TWO24 * fw) as i32;
                z = q[j - 1] + fw;
                i += 1;
                j -= 1;
            }
            z = scalbn(z, q0);
            z -= 8.0 * (z * 0.125).floor();
            n = z as i32;
            z -= n as f64;
            ih = 0;
            if q0 > 0 {
                let i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if q0 == 0 {
                ih = iq[jz - 1] >> 23;
            } else if z >= 0.5 {
                ih = 2;
            }
            if ih > 0 {
                n += 1;
                let mut carry = 0;
                for v in iq.iter_mut().take(jz) {
                    let j = *v;
                    if carry == 0 {
                        if j != 0 {
                            carry = 1;
                            *v = 0x100_0000 - j;
                        }
                    } else {
                        *v = 0xff_ffff - j;
                    }
                }
                if q0 > 0 {
                    match q0 {
                        1 => iq[jz - 1] &= 0x7f_ffff,
                        2 => iq[jz - 1] &= 0x3f_ffff,
                        _ => {}
                    }
                }
                if ih == 2 {
                    z = 1.0 - z;
                    if carry != 0 {
                        z -= scalbn(1.0, q0);
                    }
                }
            }
            // recompute with more terms if the result so far is all zero
            if z == 0.0 {
                let mut j = 0;
                for v in &iq[jk..jz] {
                    j |= *v;
                }
                if j == 0 {
                    let mut k = 1;
                    while iq[jk - k] == 0 {
                        k += 1;
                    }
                    for i in (jz + 1)..=(jz + k) {
                        f[jx + i] = TWO_OVER_PI[jv + i] as f64;
                        let mut fw = 0.0;
                        for j in 0..=jx {
                            fw += x[j] * f[jx + i - j];
                        }
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }
        // chop off zero terms
        if z == 0.0 {
            jz -= 1;
            q0 -= 24;
            while iq[jz] == 0 {
                jz -= 1;
                q0 -= 24;
            }
        } else {
            z = scalbn(z, -q0);
            if z >= TWO24 {
                let fw = ((TWON24 * z) as i32) as f64;
                iq[jz] = (z - TWO24 * fw) as i32;
                jz += 1;
                q0 += 24;
                iq[jz] = fw as i32;
            } else {
                iq[jz] = z as i32;
            }
        }
        // convert the integer chunks to floating point
        let mut fw = scalbn(1.0, q0);
        for i in (0..=jz).rev() {
            q[i] = fw * iq[i] as f64;
            fw *= TWON24;
        }
        // fq = PIo2[0..=jp] * q[jz..=0]
        for i in (0..=jz).rev() {
            let mut fw = 0.0;
            let mut k = 0;
            while k <= jp && k <= jz - i {
                fw += PIO2_PIECES[k] * q[i + k];
                k += 1;
            }
            fq[jz - i] = fw;
        }
        let mut fw = 0.0;
        for i in (0..=jz).rev() {
            fw += fq[i];
        }
        y[0] = if ih == 0 { fw } else { -fw };
        fw = fq[0] - fw;
        for v in &fq[1..=jz] {
            fw += *v;
        }
        y[1] = if ih == 0 { fw } else { -fw };
        n & 7
    }

    /// e_rem_pio2.c: x reduced modulo pi/2; returns n and x - n*pi/2 as y[0] + y[1].
    #[allow(clippy::eq_op)] // x - x: the NaN fdlibm returns for infinities and NaNs
    fn rem_pio2(x: f64, y: &mut [f64; 2]) -> i32 {
        const NPIO2_HW: [i32; 32] = [
            0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB,
            0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB,
            0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C,
            0x4041475C, 0x4042106C, 0x4042D97C, 0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB,
            0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB,
        ];
        const INVPIO2: f64 = f64::from_bits(0x3fe4_5f30_6dc9_c883);
        const PIO2_1: f64 = f64::from_bits(0x3ff9_21fb_5440_0000);
        const PIO2_1T: f64 = f64::from_bits(0x3dd0_b461_1a62_6331);
        const PIO2_2: f64 = f64::from_bits(0x3dd0_b461_1a60_0000);
        const PIO2_2T: f64 = f64::from_bits(0x3ba3_198a_2e03_7073);
        const PIO2_3: f64 = f64::from_bits(0x3ba3_198a_2e00_0000);
        const PIO2_3T: f64 = f64::from_bits(0x397b_839a_2520_49c1);
        let hx = hi(x);
        let ix = hx & 0x7fff_ffff;
        if ix <= 0x3fe9_21fb {
            y[0] = x;
            y[1] = 0.0;
            return 0;
        }
        if ix < 0x4002_d97c {
            // |x| < 3pi/4: n = +-1
            if hx > 0 {
                let mut z = x - PIO2_1;
                if ix != 0x3ff9_21fb {
                    y[0] = z - PIO2_1T;
                    y[1] = (z - y[0]) - PIO2_1T;
                } else {
                    z -= PIO2_2;
                    y[0] = z - PIO2_2T;
                    y[1] = (z - y[0]) - PIO2_2T;
                }
                return 1;
            } else {
                let mut z = x + PIO2_1;
                if ix != 0x3ff9_21fb {
                    y[0] = z + PIO2_1T;
                    y[1] = (z - y[0]) + PIO2_1T;
                } else {
                    z += PIO2_2;
                    y[0] = z + PIO2_2T;
                    y[1] = (z - y[0]) + PIO2_2T;
                }
                return -1;
            }
        }
        if ix <= 0x4139_21fb {
            // |x| <= 2^19 pi/2: medium size
            let t = x.abs();
            let n = (t * INVPIO2 + HALF) as i32;
            let f_n = n as f64;
            let mut r = t - f_n * PIO2_1;
            let mut w = f_n * PIO2_1T;
            if n < 32 && ix != NPIO2_HW[(n - 1) as usize] {
                y[0] = r - w;
            } else {
                let j = ix >> 20;
                y[0] = r - w;
                let i = j - ((hi(y[0]) >> 20) & 0x7ff);
                if i > 16 {
                    let t = r;
                    w = f_n * PIO2_2;
                    r = t - w;
                    w = f_n * PIO2_2T - ((t - r) - w);
                    y[0] = r - w;
                    let i = j - ((hi(y[0]) >> 20) & 0x7ff);
                    if i > 49 {
                        let t = r;
                        w = f_n * PIO2_3;
                        r = t - w;
                        w = f_n * PIO2_3T - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if hx < 0 {
                y[0] = -y[0];
                y[1] = -y[1];
                return -n;
            }
            return n;
        }
        if ix >= 0x7ff0_0000 {
            y[0] = x - x;
            y[1] = y[0];
            return 0;
        }
        // large: z = |x| scaled to [2^23, 2^24), split into 24-bit chunks
        let e0 = (ix >> 20) - 1046;
        let mut z = f64::from_bits((((ix - (e0 << 20)) as u32 as u64) << 32) | lo(x) as u64);
        let mut tx = [0.0f64; 3];
        for t in tx.iter_mut().take(2) {
            *t = (z as i32) as f64;
            z = (z - *t) * 16777216.0;
        }
        tx[2] = z;
        let mut nx = 3;
        while tx[nx - 1] == 0.0 {
            nx -= 1;
        }
        let n = kernel_rem_pio2(&tx[..nx], y, e0);
        if hx < 0 {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        n
    }

    /// s_sin.c
    #[allow(clippy::eq_op)] // x - x: the NaN fdlibm returns for infinities and NaNs
    pub(super) fn sin(x: f64) -> f64 {
        let ix = hi(x) & 0x7fff_ffff;
        if ix <= 0x3fe9_21fb {
            return kernel_sin(x, 0.0, 0);
        }
        if ix >= 0x7ff0_0000 {
            return x - x;
        }
        let mut y = [0.0; 2];
        match rem_pio2(x, &mut y) & 3 {
            0 => kernel_sin(y[0], y[1], 1),
            1 => kernel_cos(y[0], y[1]),
            2 => -kernel_sin(y[0], y[1], 1),
            _ => -kernel_cos(y[0], y[1]),
        }
    }

    /// s_cos.c
    #[allow(clippy::eq_op)] // x - x: the NaN fdlibm returns for infinities and NaNs
    pub(super) fn cos(x: f64) -> f64 {
        let ix = hi(x) & 0x7fff_ffff;
        if ix <= 0x3fe9_21fb {
            return kernel_cos(x, 0.0);
        }
        if ix >= 0x7ff0_0000 {
            return x - x;
        }
        let mut y = [0.0; 2];
        match rem_pio2(x, &mut y) & 3 {
            0 => kernel_cos(y[0], y[1]),
            1 => -kernel_sin(y[0], y[1], 1),
            2 => -kernel_cos(y[0], y[1]),
            _ => kernel_sin(y[0], y[1], 1),
        }
    }

    /// s_log1p.c
    /// e_atan2.c: unlike musl's, it does not return ±pi/2 at once when |y/x| > 2^64, so an
    /// argument pair of that kind with x < 0 ends one bit above pi/2, as on HotSpot.
    pub(super) fn atan2(y: f64, x: f64) -> f64 {
        const TINY: f64 = 1.0e-300;
        const PI_O_4: f64 = f64::from_bits(0x3fe9_21fb_5444_2d18);
        const PI_O_2: f64 = f64::from_bits(0x3ff9_21fb_5444_2d18);
        const PI: f64 = f64::from_bits(0x4009_21fb_5444_2d18);
        const PI_LO: f64 = f64::from_bits(0x3ca1_a626_3314_5c07);
        let hx = hi(x);
        let ix = hx & 0x7fff_ffff;
        let lx = lo(x);
        let hy = hi(y);
        let iy = hy & 0x7fff_ffff;
        let ly = lo(y);
        if x.is_nan() || y.is_nan() {
            return x + y;
        }
        if hx.wrapping_sub(0x3ff0_0000) as u32 | lx == 0 {
            return libm::atan(y);
        }
        let m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if iy as u32 | ly == 0 {
            return match m {
                0 | 1 => y,
                2 => PI + TINY,
                _ => -PI - TINY,
            };
        }
        if ix as u32 | lx == 0 {
            return if hy < 0 {
                -PI_O_2 - TINY
            } else {
                PI_O_2 + TINY
            };
        }
        if ix == 0x7ff0_0000 {
            return if iy == 0x7ff0_0000 {
                match m {
                    0 => PI_O_4 + TINY,
                    1 => -PI_O_4 - TINY,
                    2 => 3.0 * PI_O_4 + TINY,
                    _ => -3.0 * PI_O_4 - TINY,
                }
            } else {
                match m {
                    0 => 0.0,
                    1 => -0.0,
                    2 => PI + TINY,
                    _ => -PI - TINY,
                }
            };
        }
        if iy == 0x7ff0_0000 {
            return if hy < 0 {
                -PI_O_2 - TINY
            } else {
                PI_O_2 + TINY
            };
        }
        let k = (iy - ix) >> 20;
        let z = if k > 60 {
            PI_O_2 + 0.5 * PI_LO
        } else if hx < 0 && k < -60 {
            0.0
        } else {
            libm::atan((y / x).abs())
        };
        match m {
            0 => z,
            1 => -z,
            2 => PI - (z - PI_LO),
            _ => (z - PI_LO) - PI,
        }
    }

    pub(super) fn log1p(x: f64) -> f64 {
        const LP1: f64 = f64::from_bits(0x3fe5_5555_5555_5593);
        const LP2: f64 = f64::from_bits(0x3fd9_9999_9997_fa04);
        const LP3: f64 = f64::from_bits(0x3fd2_4924_9422_9359);
        const LP4: f64 = f64::from_bits(0x3fcc_71c5_1d8e_78af);
        const LP5: f64 = f64::from_bits(0x3fc7_4664_96cb_03de);
        const LP6: f64 = f64::from_bits(0x3fc3_9a09_d078_c69f);
        const LP7: f64 = f64::from_bits(0x3fc2_f112_df3e_5244);
        let hx = hi(x);
        let ax = hx & 0x7fff_ffff;
        let mut k = 1;
        let mut f = 0.0;
        let mut hu = 0;
        let mut c = 0.0;
        if hx < 0x3fda_827a {
            // x < 0.41422
            if ax >= 0x3ff0_0000 {
                // x <= -1.0
                return if x == -1.0 {
                    f64::NEG_INFINITY
                } else {
                    f64::NAN
                };
            }
            if ax < 0x3e20_0000 {
                // |x| < 2^-29
                if TWO54 + x > 0.0 && ax < 0x3c90_0000 {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if hx > 0 || hx <= 0xbfd2_bec3_u32 as i32 {
                // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        if k != 0 {
            let mut u;
            if hx < 0x4340_0000 {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0.0;
            }
            hu &= 0x000f_ffff;
            if hu < 0x6a09e {
                u = with_hi(u, hu | 0x3ff0_0000);
            } else {
                k += 1;
                u = with_hi(u, hu | 0x3fe0_0000);
                hu = (0x0010_0000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        let hfsq = 0.5 * f * f;
        let dk = k as f64;
        if hu == 0 {
            // |f| < 2^-20
            if f == 0.0 {
                if k == 0 {
                    return 0.0;
                }
                c += dk * LN2_LO;
                return dk * LN2_HI + c;
            }
            let r = hfsq * (1.0 - f64::from_bits(0x3fe5_5555_5555_5555) * f);
            if k == 0 {
                return f - r;
            }
            return dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
        }
        let s = f / (2.0 + f);
        let z = s * s;
        let r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if k == 0 {
            f - (hfsq - s * (hfsq + r))
        } else {
            dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
        }
    }
}
