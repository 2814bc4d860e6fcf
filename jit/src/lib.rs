//! Cortado's compiler tier: hot methods to machine code with Cranelift.
//!
//! This first version compiles *pure integer methods*: static methods whose parameters and
//! result are `int`-like or `long`, whose code only computes on them (arithmetic, locals,
//! branches, switches) and calls other such methods. Such a method has no side effects, so
//! whenever compiled code meets something it does not handle at run time — a division by
//! zero, a native stack about to overflow — it *bails*: it returns a status asking the
//! interpreter to run the call again from the start, which then throws exactly as the
//! interpreter defines. Everything else stays interpreted (the runtime logs the reason).
//!
//! The crate sees the VM only through [`Environment`]; it never depends on the runtime.
//!
//! Compiling is three steps, so that the expensive one can run on another thread while the
//! program goes on: [`Jit::build`] / [`Jit::build_framed`] translate the bytecode to Cranelift
//! IR, asking the VM through the environment (on the thread that holds the VM); a
//! [`CodeGenerator`] (`Send`, any thread) turns that IR into machine code (legalization,
//! register allocation, emission); [`Jit::finish`] copies the code into executable memory and
//! resolves its relocations. [`Jit::compile`] and [`Jit::compile_framed`] do all three at once.

mod framed;
mod translate;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{FuncId, Module, ModuleReloc};

pub use framed::{
    itable_hash, AllocationLayout, ArrayLayout, CallLayout, FieldAccess, FrameContext,
    FrameEnvironment, FramedCode, FramedMethod, Helpers, InlineCandidate, Intrinsic, InvokeKind,
    LeafMethod, Receiver, SiteInfo, ThreadContext, TypeCheck, FRAME_DEOPT, FRAME_RETURNED,
    FRAME_THROW, MATERIALIZED_FRAMES, MAX_CANDIDATE_BYTES, MAX_LEAF_BYTES, REGISTER_SLOTS,
    RUNTIME_ENTRY, SAFEPOINT_INTERVAL,
};
pub use translate::Kind;

/// Why a method was not compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The method uses something this tier does not compile (the reason says what).
    Unsupported(String),
    /// Cranelift failed: a bug in the translation.
    Codegen(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Unsupported(reason) => write!(f, "not compiled: {reason}"),
            Error::Codegen(reason) => write!(f, "code generation failed: {reason}"),
        }
    }
}

impl std::error::Error for Error {}

/// A compiled method already installed, which compiled callers may call directly.
#[derive(Debug, Clone)]
pub struct Callee {
    /// Address of the implementation (native parameters, then stack limit and context pointer).
    pub address: usize,
    pub parameters: Vec<Kind>,
    pub result: Kind,
}

/// What an `invokestatic` calls, as the runtime resolves it.
#[derive(Debug, Clone)]
pub enum Target {
    /// The method being compiled (recursion).
    This,
    /// Another compiled method.
    Compiled(Callee),
}

/// The VM's side of compilation: constants and call targets, by constant-pool index.
pub trait Environment {
    /// The value of an `ldc`/`ldc2_w` constant, if it is an int or a long.
    fn constant(&mut self, index: u16) -> Option<(Kind, i64)>;
    /// The target of `invokestatic #index`, compiling it first if needed; `Err` says why it
    /// cannot be called from compiled code.
    fn static_target(&mut self, index: u16) -> Result<Target, String>;
}

/// A method to compile.
pub struct MethodInput<'a> {
    pub name: &'a str,
    pub code: &'a [u8],
    pub max_locals: u16,
    pub parameters: Vec<Kind>,
    pub result: Kind,
}

/// What compiled code shares with the VM during a call, passed by pointer to every compiled
/// function. Compiled code counts steps (calls and backward branches) down from `budget`;
/// at zero it calls `poll`, the VM's safepoint, which refills the budget and returns non-zero
/// when the guest must stop (the call then bails). A call that bails sets `status` non-zero.
#[repr(C)]
pub struct CallContext {
    pub status: u32,
    pub budget: i32,
    pub poll: extern "C" fn(*mut CallContext) -> u32,
    /// The lowest native stack address a call may reach (the entry stores the one it is
    /// given): read at each implementation's entry rather than passed along, so that no
    /// register holds it across calls.
    pub stack_limit: usize,
}

/// `CallContext::status` of a call that bailed because the native stack ran low.
pub const BAIL_STACK: u32 = 2;
/// `CallContext::status` of a call that bailed for any other reason.
pub const BAIL: u32 = 1;

pub(crate) const BUDGET_OFFSET: i32 = std::mem::offset_of!(CallContext, budget) as i32;
pub(crate) const POLL_OFFSET: i32 = std::mem::offset_of!(CallContext, poll) as i32;
pub(crate) const STACK_LIMIT_OFFSET: i32 = std::mem::offset_of!(CallContext, stack_limit) as i32;

/// The result of compiling a method.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// `extern "C" fn(args: *const u64, stack_limit: usize, context: *mut CallContext) -> u64`:
    /// reads the arguments as interpreter slots (an `int` in the low half of its slot, a
    /// `long` in the first of its two) and returns the result the same way;
    /// `context.status` is set non-zero when the call must be run again by the interpreter.
    pub entry: usize,
    /// The implementation, for compiled callers ([`Callee::address`]).
    pub implementation: usize,
    /// Bytes of machine code installed: the implementation and the entry.
    pub code_size: usize,
}

/// The compiler of one VM. Compiled code lives as long as it does.
pub struct Jit {
    module: JITModule,
    isa: OwnedTargetIsa,
    /// [`CodeGenerator::large_method_isa`].
    large_method_isa: OwnedTargetIsa,
    /// Identifies this compiler to the methods it builds: their function ids mean something
    /// only in this module.
    identity: std::sync::Arc<()>,
}

// `JITModule` is `Send`: the VM keeps its `Jit` behind the VM lock.

/// A method translated to Cranelift IR, its machine code not generated yet. `Send`: the
/// runtime may hand it to a compiler thread ([`CodeGenerator::generate`]).
pub struct Unfinished {
    built_by: std::sync::Arc<()>,
    name: String,
    functions: Functions,
    shape: Shape,
}

impl Unfinished {
    /// IR instructions in all the method's functions: what code generation's time grows
    /// with, so a compile queue can weigh a method's heat against its cost.
    pub fn ir_size(&self) -> usize {
        self.functions
            .iter()
            .map(|(_, context)| context.func.dfg.num_insts())
            .sum()
    }
}

/// The functions of a method, each with its IR (and later its code).
pub(crate) type Functions = Vec<(FuncId, Context)>;

/// Which functions of an [`Unfinished`] method are what.
enum Shape {
    Pure {
        implementation: FuncId,
        entry: FuncId,
    },
    Framed {
        entry: FuncId,
        osr_entries: Vec<u32>,
        room_slots: u32,
    },
}

/// The machine code of a method, generated but not installed yet (see [`Jit::finish`]).
/// `Send`.
pub struct Generated {
    built_by: std::sync::Arc<()>,
    functions: Vec<GeneratedFunction>,
    shape: Shape,
    /// Bytes of machine code: what installing it adds to the code cache.
    pub code_size: usize,
}

struct GeneratedFunction {
    id: FuncId,
    alignment: u64,
    bytes: Vec<u8>,
    relocs: Vec<ModuleReloc>,
}

/// An installed method's code, as [`Jit::finish`] gives it.
#[derive(Debug, Clone)]
pub enum Finished {
    Pure(Compiled),
    Framed(FramedCode),
}

/// Cranelift's code generation for one machine, usable on any thread (`Send + Sync`, cheap to
/// clone): turns an [`Unfinished`] method's IR into [`Generated`] machine code. It touches
/// nothing of the VM or of the [`Jit`] that built the IR.
#[derive(Clone)]
pub struct CodeGenerator {
    isa: OwnedTargetIsa,
    /// The same machine without Cranelift's e-graph optimizations, for methods whose IR is
    /// larger than [`LARGE_METHOD_IR`].
    large_method_isa: OwnedTargetIsa,
}

/// Methods with more IR instructions than this are generated without Cranelift's e-graph
/// pass (`opt_level=none`). Code generation's time grows with IR size, and the methods this
/// large are those with many inlined calls, most of whose IR is the cold exits and calls of
/// the inlined code. Json's and DeltaBlue's largest methods (9,000–19,000 instructions) took
/// a quarter of those programs' CPU time to compile; skipping the pass for them saved
/// 5–8 % of their time, while the small methods hot loops live in keep the optimizations
/// (`opt_level=none` for every method cost NBody 7 % and Richards 3 %).
const LARGE_METHOD_IR: usize = 6000;

impl CodeGenerator {
    /// Generates the machine code of `method` (the expensive step of compiling).
    pub fn generate(&self, method: Unfinished) -> Result<Generated, Error> {
        let mut functions = Vec::with_capacity(method.functions.len());
        let mut code_size = 0;
        let isa = match method.ir_size() > LARGE_METHOD_IR {
            true => &*self.large_method_isa,
            false => &*self.isa,
        };
        for (id, mut context) in method.functions {
            context
                .compile(isa, &mut ControlPlane::default())
                .map_err(|e| Error::Codegen(format!("{}: {:?}", method.name, e.inner)))?;
            let code = context.compiled_code().expect("just compiled");
            let bytes = code.code_buffer().to_vec();
            let alignment = code.buffer.alignment as u64;
            let relocs = code
                .buffer
                .relocs()
                .iter()
                .map(|reloc| ModuleReloc::from_mach_reloc(reloc, &context.func, id))
                .collect();
            code_size += bytes.len();
            functions.push(GeneratedFunction {
                id,
                alignment,
                bytes,
                relocs,
            });
        }
        Ok(Generated {
            built_by: method.built_by,
            functions,
            shape: method.shape,
            code_size,
        })
    }
}

impl Jit {
    /// A compiler for this machine, without Cranelift's IR verifier (a quarter of the
    /// compile time of a typical method).
    pub fn new() -> Result<Jit, Error> {
        Jit::with_ir_verifier(false)
    }

    /// A compiler for this machine that runs Cranelift's IR verifier on every function
    /// before generating code (`verify`), so that a translator bug is a clean compile
    /// failure, not wrong machine code: for tests (`-XX:+VerifyCompilerIR`).
    pub fn with_ir_verifier(verify: bool) -> Result<Jit, Error> {
        let isa = target_isa(verify, "speed")?;
        let builder = JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
        Ok(Jit {
            module: JITModule::new(builder),
            isa,
            large_method_isa: target_isa(verify, "none")?,
            identity: std::sync::Arc::new(()),
        })
    }

    /// The code generator for this compiler's machine, to run on any thread.
    pub fn code_generator(&self) -> CodeGenerator {
        CodeGenerator {
            isa: self.isa.clone(),
            large_method_isa: self.large_method_isa.clone(),
        }
    }

    /// Compiles `method`, or says why not.
    pub fn compile(
        &mut self,
        method: &MethodInput,
        environment: &mut dyn Environment,
    ) -> Result<Compiled, Error> {
        let unfinished = self.build(method, environment)?;
        match self.finish(self.code_generator().generate(unfinished)?)? {
            Finished::Pure(compiled) => Ok(compiled),
            Finished::Framed(_) => unreachable!("a pure method builds a pure shape"),
        }
    }

    /// Compiles `method` to run inside its interpreter frame (see [`FramedCode`]), or says
    /// why not.
    pub fn compile_framed(
        &mut self,
        method: &FramedMethod,
        environment: &mut dyn FrameEnvironment,
    ) -> Result<FramedCode, Error> {
        let unfinished = self.build_framed(method, environment)?;
        match self.finish(self.code_generator().generate(unfinished)?)? {
            Finished::Framed(code) => Ok(code),
            Finished::Pure(_) => unreachable!("a framed method builds a framed shape"),
        }
    }

    /// Translates pure `method` to IR (the part of [`Jit::compile`] that asks the
    /// environment), or says why it cannot be compiled.
    pub fn build(
        &mut self,
        method: &MethodInput,
        environment: &mut dyn Environment,
    ) -> Result<Unfinished, Error> {
        let (implementation, entry, functions) =
            translate::build(&mut self.module, method, environment)?;
        Ok(Unfinished {
            built_by: self.identity.clone(),
            name: method.name.to_string(),
            functions,
            shape: Shape::Pure {
                implementation,
                entry,
            },
        })
    }

    /// Translates `method` to IR for framed code (the part of [`Jit::compile_framed`] that
    /// asks the environment), or says why it cannot be compiled.
    pub fn build_framed(
        &mut self,
        method: &FramedMethod,
        environment: &mut dyn FrameEnvironment,
    ) -> Result<Unfinished, Error> {
        let (entry, osr_entries, room_slots, context) =
            framed::build(&mut self.module, method, environment)?;
        Ok(Unfinished {
            built_by: self.identity.clone(),
            name: method.name.to_string(),
            functions: vec![(entry, context)],
            shape: Shape::Framed {
                entry,
                osr_entries,
                room_slots,
            },
        })
    }

    /// Installs generated machine code: copies it to executable memory and links it. Only
    /// code built by this `Jit` may be finished here.
    pub fn finish(&mut self, generated: Generated) -> Result<Finished, Error> {
        if !std::sync::Arc::ptr_eq(&generated.built_by, &self.identity) {
            return Err(Error::Codegen("built by another compiler".into()));
        }
        let codegen = |e: cranelift_module::ModuleError| Error::Codegen(e.to_string());
        for function in &generated.functions {
            self.module
                .define_function_bytes(
                    function.id,
                    function.alignment,
                    &function.bytes,
                    &function.relocs,
                )
                .map_err(codegen)?;
        }
        self.module.finalize_definitions().map_err(codegen)?;
        let address = |id| self.module.get_finalized_function(id) as usize;
        Ok(match generated.shape {
            Shape::Pure {
                implementation,
                entry,
            } => Finished::Pure(Compiled {
                entry: address(entry),
                implementation: address(implementation),
                code_size: generated.code_size,
            }),
            Shape::Framed {
                entry,
                osr_entries,
                room_slots,
            } => Finished::Framed(FramedCode {
                entry: address(entry),
                osr_entries,
                room_slots,
                code_size: generated.code_size,
            }),
        })
    }
}

#[cfg(test)]
#[test]
fn compilation_steps_cross_threads() {
    fn send<T: Send>() {}
    fn send_sync<T: Send + Sync>() {}
    send::<Unfinished>();
    send::<Generated>();
    send_sync::<CodeGenerator>();
}

pub(crate) fn clif_type(kind: Kind) -> types::Type {
    match kind {
        Kind::Int => types::I32,
        Kind::Long => types::I64,
    }
}

/// The implementation's signature: the parameters and the [`CallContext`] pointer; the
/// result.
pub(crate) fn implementation_signature(
    module: &JITModule,
    parameters: &[Kind],
    result: Kind,
) -> Signature {
    let mut signature = module.make_signature();
    for &p in parameters {
        signature.params.push(AbiParam::new(clif_type(p)));
    }
    signature.params.push(AbiParam::new(types::I64));
    // The step budget travels in registers (see `translate::budget`).
    signature.params.push(AbiParam::new(types::I32));
    signature.returns.push(AbiParam::new(clif_type(result)));
    signature.returns.push(AbiParam::new(types::I32));
    signature
}

/// Cranelift's description of this machine, optimizing at `opt_level`.
fn target_isa(verify: bool, opt_level: &str) -> Result<OwnedTargetIsa, Error> {
    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, name: &str, value: &str| {
        flags
            .set(name, value)
            .map_err(|e| Error::Codegen(format!("{name}: {e}")))
    };
    set(&mut flags, "opt_level", opt_level)?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "is_pic", "false")?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(
        &mut flags,
        "enable_verifier",
        if verify { "true" } else { "false" },
    )?;
    cranelift_native::builder()
        .map_err(|e| Error::Codegen(e.to_string()))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| Error::Codegen(e.to_string()))
}
