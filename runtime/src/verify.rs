//! The bytecode verifier (JVMS §4.10), run on every method of application classes when the
//! class is linked, so that the interpreter can trust operand types: that fields, methods and
//! arrays are used on objects of the right classes, that values match parameter, field and
//! return types, that objects are initialized (`<init>` rules) before use, and `protected`
//! access.
//!
//! Two drivers share the per-instruction rules (`Verifier::step`) and the type lattice `V`:
//! - class files of version 50 and later are type-checked against their StackMapTable
//!   (`typecheck`, JVMS §4.10.1), in one linear pass, as HotSpot does; a version-50 class that
//!   fails falls back to inference, as HotSpot's does;
//! - older ones are verified by type inference (`run`, JVMS §4.10.2 style): a data-flow
//!   analysis merging reference types at their first common superclass, a basic block at a
//!   time (`infer`).
//!
//! The same inference, in a *maps mode* without a VM (`maps`), gives the collector its
//! reference maps for every method, the class library's included, and helpful
//! NullPointerException messages the producer of every stack value.
//!
//! Interfaces are treated as `Object` for assignability, as both JVMS verifiers do. Messages
//! follow HotSpot's type checker (`failure`). Subroutines (`jsr`/`ret`, before version 51) are
//! inlined when the class is loaded (`cortado_classfile::subroutines`), so neither driver
//! meets them in a legal class.

use std::sync::Arc;

use cortado_classfile::{Constant, ConstantPool, FieldType, MethodDescriptor};

use crate::class::{BasicType, Class, LoaderId};
use crate::interp::prepare::{Insn, Prepared, Switch};
use crate::vm::{Env, JResult};

#[derive(Debug, Clone, PartialEq, Eq)]
enum V {
    Top,
    Int,
    Float,
    Long,
    Double,
    /// Second slot of a long or double.
    Hi,
    Null,
    UninitThis,
    /// An object created by the `new` at this instruction index, not yet initialized.
    Uninit(u32),
    /// A reference of this class (internal name, or array descriptor).
    Ref(Arc<str>),
}

#[derive(Debug, Clone, PartialEq)]
struct Frame {
    locals: Vec<V>,
    stack: Vec<V>,
    /// In a constructor, before `this` is initialized (HotSpot's `flagThisUninit`): stays set
    /// even if the local holding `this` is overwritten.
    this_uninit: bool,
    /// Only when the analysis tracks them (`Verifier::sources`): for each stack slot, the
    /// instruction that produced the value (`maps::UNKNOWN` where paths disagree).
    sources: Vec<u32>,
}

mod failure;
pub(crate) mod maps;
mod typecheck;

use failure::Failure;
pub(crate) use failure::Rejection;

struct Verifier<'a, 'e, 'v, 'g> {
    /// `None` in the maps mode (`maps`): the analysis then answers every question about the
    /// class hierarchy by kind alone (any reference is assignable to any reference type, merged
    /// references are `any_reference`), so it loads no class and needs no VM.
    env: Option<&'e mut Env<'v, 'g>>,
    /// The one reference type of the maps mode; in verification, `java/lang/Object`.
    any_reference: Arc<str>,
    /// Whether frames track the producer of every stack value (`Frame::sources`).
    sources: bool,
    /// The lowest stack height reached while running one instruction (what it popped).
    low: usize,
    class: &'a Class,
    pool: &'a ConstantPool,
    prepared: &'a Prepared,
    loader: LoaderId,
    return_type: Option<FieldType>,
    is_init: bool,
    /// The raw bytecode, for the value kind of loads, stores and returns (the pre-decoded
    /// form folds `iload`/`fload`/`aload` together).
    bytecode: &'a [u8],
}

/// The kind of value a typed load, store or return instruction works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Reference,
    Long,
    Double,
}

fn of_field_type(t: &FieldType) -> V {
    match t {
        FieldType::Boolean
        | FieldType::Byte
        | FieldType::Char
        | FieldType::Short
        | FieldType::Int => V::Int,
        FieldType::Float => V::Float,
        FieldType::Long => V::Long,
        FieldType::Double => V::Double,
        FieldType::Object(name) => V::Ref(Arc::from(name.as_str())),
        FieldType::Array(_) => V::Ref(Arc::from(t.descriptor().as_str())),
    }
}

fn is_wide(v: &V) -> bool {
    matches!(v, V::Long | V::Double)
}

/// Verifies one method. `Ok(Err(rejection))` is a verification failure (the error to throw);
/// `Err` a Java exception raised while loading classes for assignability checks.
pub(crate) fn verify_method(
    env: &mut Env,
    class: &Class,
    method: &crate::class::Method,
    prepared: &Prepared,
) -> JResult<Result<(), Rejection>> {
    let Some(file) = class.file.as_ref() else {
        return Ok(Ok(()));
    };
    let Some(code) = file.methods[method.index_in_class as usize].code() else {
        return Ok(Ok(()));
    };
    let major = file.major_version;
    let mut verifier = Verifier::new(Some(env), class, method, prepared, file, code, false);
    let mut outcome = if major >= 50 {
        typecheck::run(&mut verifier, method, code)?
    } else {
        verifier.run(method)?
    };
    // HotSpot fails over to inference for version 50 only (JVMS §4.10), and only from a
    // VerifyError (a malformed StackMapTable's ClassFormatError stands).
    if major == 50 && matches!(&outcome, Err(f) if f.error == "java/lang/VerifyError") {
        outcome = verifier.run(method)?;
    }
    Ok(outcome.map_err(|failure| reject(class, method, prepared, code, &failure)))
}

/// A failure as the error to throw, with HotSpot's details.
fn reject(
    class: &Class,
    method: &crate::class::Method,
    prepared: &Prepared,
    code: &cortado_classfile::Code,
    failure: &Failure,
) -> Rejection {
    let bci = |pc: u32| prepared.bci.get(pc as usize).copied().unwrap_or(0);
    failure::render(
        failure,
        &format!("{}.{}{}", class.name, method.name, method.descriptor),
        &crate::interp::resolve::method_signature_text(method),
        code,
        &bci,
    )
}

/// The type inference of `method` in the maps mode (see `maps`): `record` sees the frame
/// before every reachable instruction (the last call for an instruction has the final frame),
/// with the producers of stack values when `sources`. Needs no VM: it loads nothing. `Err`
/// when the code is inconsistent even at the level of value kinds.
fn analyze_kinds(
    class: &Class,
    method: &crate::class::Method,
    prepared: &Prepared,
    sources: bool,
    record: &mut dyn FnMut(usize, &Frame),
) -> Result<(), Rejection> {
    let no_code = || Rejection::verify_error("Method has no code".into());
    let file = class.file.as_ref().ok_or_else(no_code)?;
    let code = file.methods[method.index_in_class as usize]
        .code()
        .ok_or_else(no_code)?;
    let mut analysis = Verifier::new(None, class, method, prepared, file, code, sources);
    match analysis.infer(method, record) {
        Ok(Ok(())) => Ok(()),
        Ok(Err(failure)) => Err(reject(class, method, prepared, code, &failure)),
        // Only loading a class can throw, and the maps mode loads none.
        Err(_) => Err(Rejection::verify_error(format!(
            "Unexpected exception analyzing {}.{}{}",
            class.name, method.name, method.descriptor
        ))),
    }
}

impl<'a, 'e, 'v, 'g> Verifier<'a, 'e, 'v, 'g> {
    /// A verifier (`env` given) or the maps mode's analysis (`None`) of one method.
    fn new(
        env: Option<&'e mut Env<'v, 'g>>,
        class: &'a Class,
        method: &crate::class::Method,
        prepared: &'a Prepared,
        file: &'a cortado_classfile::ClassFile,
        code: &'a cortado_classfile::Code,
        sources: bool,
    ) -> Self {
        Verifier {
            env,
            any_reference: Arc::from("java/lang/Object"),
            sources,
            low: 0,
            class,
            pool: &file.constant_pool,
            prepared,
            loader: class.loader,
            return_type: method.parsed.return_type.clone(),
            is_init: method.name == "<init>",
            bytecode: &code.code,
        }
    }

    /// The VM, for loading classes. Only verification asks (the maps mode answers class
    /// hierarchy questions without it).
    fn env(&mut self) -> &mut Env<'v, 'g> {
        self.env
            .as_deref_mut()
            .expect("only verification loads classes")
    }

    /// Whether this is the maps mode (no class hierarchy, references collapsed).
    fn maps_mode(&self) -> bool {
        self.env.is_none()
    }

    /// The type of a reference to class (or array descriptor) `name`: the one collapsed
    /// reference type in the maps mode.
    fn reference(&self, name: &str) -> V {
        if self.maps_mode() {
            V::Ref(self.any_reference.clone())
        } else {
            V::Ref(Arc::from(name))
        }
    }

    /// The type of the current class (`this` once initialized).
    fn this_type(&self) -> V {
        if self.maps_mode() {
            V::Ref(self.any_reference.clone())
        } else {
            V::Ref(self.class.name.clone())
        }
    }

    /// The verification type of a field, parameter or return type.
    fn value(&self, t: &FieldType) -> V {
        match t {
            FieldType::Object(name) => self.reference(name),
            FieldType::Array(_) if self.maps_mode() => V::Ref(self.any_reference.clone()),
            _ => of_field_type(t),
        }
    }

    /// A type as HotSpot prints it.
    fn show(&self, v: &V) -> String {
        failure::show(v, &|pc| {
            self.prepared.bci.get(pc as usize).copied().unwrap_or(0)
        })
    }

    /// The value kind of the typed instruction at `pc`, from its opcode.
    fn kind(&self, pc: usize) -> Kind {
        let bci = self.prepared.bci[pc] as usize;
        let mut opcode = self.bytecode.get(bci).copied().unwrap_or(0);
        if opcode == 0xc4 {
            opcode = self.bytecode.get(bci + 1).copied().unwrap_or(0);
        }
        match opcode {
            0x15 | 0x1a..=0x1d | 0x36 | 0x3b..=0x3e | 0xac => Kind::Int,
            0x17 | 0x22..=0x25 | 0x38 | 0x43..=0x46 | 0xae => Kind::Float,
            0x16 | 0x1e..=0x21 | 0x37 | 0x3f..=0x42 | 0xad => Kind::Long,
            0x18 | 0x26..=0x29 | 0x39 | 0x47..=0x4a | 0xaf => Kind::Double,
            _ => Kind::Reference,
        }
    }

    /// The frame at method entry: `this` (uninitialized in a constructor) and the parameters.
    fn initial_frame(&self, method: &crate::class::Method) -> Result<Frame, Failure> {
        let max_locals = self.prepared.max_locals as usize;
        let mut locals = Vec::with_capacity(max_locals);
        let this_uninit = self.is_init && &*self.class.name != "java/lang/Object";
        if !method.is_static() {
            locals.push(if this_uninit {
                V::UninitThis
            } else {
                self.this_type()
            });
        }
        for parameter in &method.parsed.parameters {
            let v = self.value(parameter);
            let wide = is_wide(&v);
            locals.push(v);
            if wide {
                locals.push(V::Hi);
            }
        }
        if locals.len() > max_locals {
            return Err(Failure::new("Arguments can't fit into locals").at(0));
        }
        locals.resize(max_locals, V::Top);
        Ok(Frame {
            locals,
            stack: Vec::new(),
            this_uninit,
            sources: Vec::new(),
        })
    }

    /// The type of the exception a handler catches.
    fn catch_type(&self, catch_type: u16) -> Result<V, Failure> {
        if catch_type == 0 {
            return Ok(self.reference("java/lang/Throwable"));
        }
        match self.pool.class_name(catch_type) {
            Ok(name) => Ok(self.reference(name)),
            Err(_) => Err(Failure::new("Bad catch type")),
        }
    }

    /// The inference verifier: a data-flow analysis to a fixed point.
    fn run(&mut self, method: &crate::class::Method) -> JResult<Result<(), Failure>> {
        self.infer(method, &mut |_, _| {})
    }

    /// Where frames are kept: the first instruction, branch and handler targets, and every
    /// instruction after one that branches or does not fall through. Between two of them
    /// control only falls through, so the frame is carried along instead of stored.
    fn leaders(&self) -> Vec<bool> {
        let count = self.prepared.insns.len();
        let mut leader = vec![false; count];
        let mut mark = |pc: usize| {
            if let Some(l) = leader.get_mut(pc) {
                *l = true;
            }
        };
        mark(0);
        for handler in &self.prepared.handlers {
            mark(handler.handler as usize);
        }
        for (pc, insn) in self.prepared.insns.iter().enumerate() {
            let ends_block = match *insn {
                Insn::If(_, target)
                | Insn::IfNull(target)
                | Insn::IfNonNull(target)
                | Insn::IfIcmp(_, target)
                | Insn::IfAcmpEq(target)
                | Insn::IfAcmpNe(target)
                | Insn::Goto(target)
                | Insn::Jsr(target) => {
                    mark(target as usize);
                    true
                }
                Insn::TableSwitch(index) | Insn::LookupSwitch(index) => {
                    match self.prepared.switches.get(index as usize) {
                        Some(Switch::Table {
                            default, targets, ..
                        }) => {
                            mark(*default as usize);
                            targets.iter().for_each(|&t| mark(t as usize));
                        }
                        Some(Switch::Lookup { default, pairs }) => {
                            mark(*default as usize);
                            pairs.iter().for_each(|&(_, t)| mark(t as usize));
                        }
                        None => {}
                    }
                    true
                }
                Insn::Ret(_) | Insn::Return1 | Insn::Return2 | Insn::ReturnVoid | Insn::Athrow => {
                    true
                }
                _ => false,
            };
            if ends_block {
                mark(pc + 1);
            }
        }
        leader
    }

    /// The data-flow analysis itself, a basic block at a time: `record` sees the frame before
    /// every reachable instruction each time its block is walked, so the last call for an
    /// instruction has its final frame (a block is walked again whenever the frame at its
    /// start changes). Ends at the first failure.
    fn infer(
        &mut self,
        method: &crate::class::Method,
        record: &mut dyn FnMut(usize, &Frame),
    ) -> JResult<Result<(), Failure>> {
        let initial = match self.initial_frame(method) {
            Ok(frame) => frame,
            Err(failure) => return Ok(Err(failure)),
        };
        let count = self.prepared.insns.len();
        let leaders = self.leaders();
        let mut frames: Vec<Option<Frame>> = vec![None; count];
        frames[0] = Some(initial);
        let mut work = vec![0usize];
        let handler_sources: &[u32] = if self.sources { &[maps::UNKNOWN] } else { &[] };
        while let Some(start) = work.pop() {
            let Some(mut frame) = frames[start].clone() else {
                continue;
            };
            let mut pc = start;
            loop {
                record(pc, &frame);
                let bci = self.prepared.bci[pc];
                // The failure, with the frame before the instruction (walked to again from
                // the start of the block).
                macro_rules! fail {
                    ($failure:expr) => {{
                        let mut failure: Failure = $failure.at(bci);
                        if failure.frame.is_none() {
                            failure.frame = self
                                .frame_at(&frames, start, pc)?
                                .map(|f| Box::new((bci, f)));
                        }
                        return Ok(Err(failure));
                    }};
                }
                // Exception handlers see the locals before the instruction.
                for handler in &self.prepared.handlers {
                    if (handler.start as usize..handler.end as usize).contains(&pc) {
                        let caught = match self.catch_type(handler.catch_type) {
                            Ok(caught) => caught,
                            Err(failure) => fail!(failure),
                        };
                        if let Err(failure) = self.merge_parts(
                            &mut frames,
                            &mut work,
                            handler.handler as usize,
                            &frame.locals,
                            std::slice::from_ref(&caught),
                            frame.this_uninit,
                            handler_sources,
                        )? {
                            fail!(failure);
                        }
                    }
                }
                let mut successors = Vec::new();
                let mut next = match self.step(pc, frame, &mut successors)? {
                    Ok(next) => next,
                    Err(failure) => fail!(failure),
                };
                if self.sources && shuffle_width(self.prepared.insns[pc]).is_none() {
                    // Values this instruction pushed come from it (shuffles moved theirs along).
                    let low = self.low;
                    for frame in successors.iter_mut().map(|(_, f)| f).chain(next.as_mut()) {
                        frame.sources.truncate(low);
                        frame.sources.resize(frame.stack.len(), pc as u32);
                    }
                }
                for (target, state) in successors {
                    if let Err(failure) = self.merge(&mut frames, &mut work, target, state)? {
                        fail!(failure);
                    }
                }
                let Some(state) = next else { break };
                if pc + 1 >= count {
                    let end = self.bytecode.len() as u32;
                    return Ok(Err(
                        Failure::new("Control flow falls through code end").at(end)
                    ));
                }
                if leaders[pc + 1] {
                    if let Err(failure) = self.merge(&mut frames, &mut work, pc + 1, state)? {
                        fail!(failure);
                    }
                    break;
                }
                frame = state;
                pc += 1;
            }
        }
        Ok(Ok(()))
    }

    /// The frame before `pc`, walked to from the stored frame at `start` (the start of its
    /// block), for a failure's Current Frame.
    fn frame_at(
        &mut self,
        frames: &[Option<Frame>],
        start: usize,
        pc: usize,
    ) -> JResult<Option<Frame>> {
        let mut frame = frames[start].clone();
        for at in start..pc {
            let Some(before) = frame else { break };
            frame = self.step(at, before, &mut Vec::new())?.ok().flatten();
        }
        Ok(frame)
    }

    /// Merges `incoming` into the frame at `target` (taking it when there is none yet, and
    /// queueing `target` when its frame changes).
    fn merge(
        &mut self,
        frames: &mut [Option<Frame>],
        work: &mut Vec<usize>,
        target: usize,
        incoming: Frame,
    ) -> JResult<Result<(), Failure>> {
        match frames.get_mut(target) {
            Some(slot @ None) => {
                *slot = Some(incoming);
                work.push(target);
                Ok(Ok(()))
            }
            _ => self.merge_parts(
                frames,
                work,
                target,
                &incoming.locals,
                &incoming.stack,
                incoming.this_uninit,
                &incoming.sources,
            ),
        }
    }

    /// `merge` of a frame given by its parts (an exception edge's frame is the instruction's
    /// locals with the caught exception: no need to build it).
    #[allow(clippy::too_many_arguments)]
    fn merge_parts(
        &mut self,
        frames: &mut [Option<Frame>],
        work: &mut Vec<usize>,
        target: usize,
        locals: &[V],
        stack: &[V],
        this_uninit: bool,
        sources: &[u32],
    ) -> JResult<Result<(), Failure>> {
        let Some(slot) = frames.get_mut(target) else {
            return Ok(Err(Failure::new("Illegal target of jump or branch")));
        };
        let Some(existing) = slot else {
            *slot = Some(Frame {
                locals: locals.to_vec(),
                stack: stack.to_vec(),
                this_uninit,
                sources: sources.to_vec(),
            });
            work.push(target);
            return Ok(Ok(()));
        };
        if existing.stack.len() != stack.len() {
            return Ok(Err(Failure::new(format!(
                "Inconsistent stack height {} != {}",
                stack.len(),
                existing.stack.len()
            ))));
        }
        // Merged in place: a failure ends the analysis, so a half-merged frame is never used.
        let mut changed = this_uninit && !existing.this_uninit;
        existing.this_uninit |= this_uninit;
        for (a, b) in existing.locals.iter_mut().zip(locals) {
            if a != b && *a != V::Top {
                let joined = self.join(a, b)?;
                changed |= joined != *a;
                *a = joined;
            }
        }
        for (a, b) in existing.stack.iter_mut().zip(stack) {
            if a != b {
                let joined = self.join(a, b)?;
                if joined == V::Top {
                    return Ok(Err(Failure::new("Mismatched stack types")));
                }
                changed |= joined != *a;
                *a = joined;
            }
        }
        for (a, b) in existing.sources.iter_mut().zip(sources) {
            if *a != *b && *a != maps::UNKNOWN {
                *a = maps::UNKNOWN;
                changed = true;
            }
        }
        if changed {
            work.push(target);
        }
        Ok(Ok(()))
    }

    /// The least upper bound of two types (Top when they cannot merge).
    fn join(&mut self, a: &V, b: &V) -> JResult<V> {
        Ok(match (a, b) {
            _ if a == b => a.clone(),
            (V::Null, V::Ref(_)) => b.clone(),
            (V::Ref(_), V::Null) => a.clone(),
            (V::Ref(x), V::Ref(y)) => V::Ref(self.common_superclass(x, y)?),
            _ => V::Top,
        })
    }

    fn load(&mut self, name: &str) -> JResult<Arc<Class>> {
        let loader = self.loader;
        let env = self.env();
        let id = crate::loader::resolve_class(env, name, loader)?;
        Ok(env.class(id))
    }

    /// The first common superclass of two reference types (arrays by their components).
    fn common_superclass(&mut self, x: &Arc<str>, y: &Arc<str>) -> JResult<Arc<str>> {
        let object = self.any_reference.clone();
        if self.maps_mode() {
            return Ok(object);
        }
        if x.starts_with('[') || y.starts_with('[') {
            let (Some(xc), Some(yc)) = (x.strip_prefix('['), y.strip_prefix('[')) else {
                return Ok(object);
            };
            if let (Some(xn), Some(yn)) = (reference_component(xc), reference_component(yc)) {
                let common =
                    self.common_superclass(&Arc::from(xn.as_str()), &Arc::from(yn.as_str()))?;
                return Ok(Arc::from(array_of(&common).as_str()));
            }
            return Ok(object);
        }
        let xs = self.load(x)?;
        let ys = self.load(y)?;
        if xs.is_interface() || ys.is_interface() {
            return Ok(object);
        }
        for &id in xs.supers.iter().rev() {
            if ys.supers.contains(&id) {
                return Ok(self.env().class(id).name.clone());
            }
        }
        Ok(object)
    }

    /// JVMS §4.10.1.2 assignability of a value to a type.
    fn assignable(&mut self, from: &V, to: &V) -> JResult<bool> {
        Ok(match (from, to) {
            _ if from == to => true,
            (_, V::Top) => true,
            (V::Null, V::Ref(_)) => true,
            (V::Ref(x), V::Ref(y)) => self.reference_assignable(x, y)?,
            _ => false,
        })
    }

    fn reference_assignable(&mut self, from: &str, to: &str) -> JResult<bool> {
        if from == to || to == "java/lang/Object" || self.maps_mode() {
            return Ok(true);
        }
        if let Some(to_component) = to.strip_prefix('[') {
            let Some(from_component) = from.strip_prefix('[') else {
                return Ok(false);
            };
            return match (
                reference_component(from_component),
                reference_component(to_component),
            ) {
                (Some(f), Some(t)) => self.reference_assignable(&f, &t),
                _ => Ok(from_component == to_component),
            };
        }
        let target = self.load(to)?;
        if target.is_interface() {
            return Ok(true);
        }
        if from.starts_with('[') {
            return Ok(false);
        }
        let source = self.load(from)?;
        Ok(source.supers.contains(&target.id))
    }

    /// JVMS §4.10.1.8: a protected member of a superclass in another runtime package may only
    /// be used on objects of the current class (or its subclasses). Like HotSpot, this looks
    /// the member up only when the referenced class is a superclass of the current one.
    fn protected_violation(
        &mut self,
        owner: &str,
        name: &str,
        descriptor: &str,
        is_method: bool,
        receiver: &V,
    ) -> JResult<bool> {
        if self.maps_mode() || matches!(receiver, V::Ref(r) if **r == *self.class.name) {
            return Ok(false);
        }
        let supers = self.class.supers.clone();
        let Some(&owner_id) = supers[..supers.len().saturating_sub(1)]
            .iter()
            .find(|&&id| &*self.env().class(id).name == owner)
        else {
            return Ok(false);
        };
        let owner_class = self.env().class(owner_id);
        for &id in owner_class.supers.iter().rev() {
            let holder = self.env().class(id);
            let flags = if is_method {
                holder
                    .declared_method(name, descriptor)
                    .map(|m| m.access_flags)
            } else {
                holder
                    .declared_field(name, descriptor)
                    .map(|f| f.access_flags)
            };
            let Some(flags) = flags else { continue };
            let same_package =
                holder.loader == self.class.loader && holder.package() == self.class.package();
            if flags & cortado_classfile::access::PROTECTED == 0 || same_package {
                return Ok(false);
            }
            let current = self.this_type();
            return Ok(!self.assignable(receiver, &current)?);
        }
        Ok(false)
    }

    fn member(&self, index: u16) -> Result<(String, String, String), Failure> {
        self.pool
            .member_ref(index)
            .map(|(m, _)| {
                (
                    m.class.to_owned(),
                    m.name.to_owned(),
                    m.descriptor.to_owned(),
                )
            })
            .map_err(|e| Failure::new(e.to_string()))
    }

    /// Runs one instruction on `frame`. Returns the fall-through frame (`None` when control
    /// does not fall through) and pushes branch targets into `successors`.
    fn step(
        &mut self,
        pc: usize,
        mut f: Frame,
        successors: &mut Vec<(usize, Frame)>,
    ) -> JResult<Result<Option<Frame>, Failure>> {
        macro_rules! fail {
            ($failure:expr) => {
                return Ok(Err($failure))
            };
        }
        macro_rules! bail {
            ($($t:tt)*) => { fail!(Failure::new(format!($($t)*))) };
        }
        // HotSpot's "Type X (current frame, stack[i]) is not assignable to Y".
        macro_rules! bad_stack {
            ($message:expr, $v:expr, $index:expr, $expected:expr) => {{
                let reason = format!(
                    "Type {} (current frame, stack[{}]) is not assignable to {}",
                    self.show(&$v),
                    $index,
                    $expected
                );
                fail!(Failure::new($message).reason(reason))
            }};
        }
        macro_rules! pop {
            () => {
                match f.stack.pop() {
                    Some(v) => {
                        self.low = self.low.min(f.stack.len());
                        v
                    }
                    None => fail!(Failure::new("Operand stack underflow")
                        .reason("Attempt to pop empty stack.")),
                }
            };
        }
        // Pops a value that must be assignable to `$t`.
        macro_rules! pop_as {
            ($t:expr) => {{
                let expected: V = $t;
                if is_wide(&expected) {
                    let top = pop!();
                    if top != V::Hi {
                        bad_stack!(
                            "Bad type on operand stack",
                            top,
                            f.stack.len(),
                            self.show(&expected)
                        );
                    }
                }
                let v = pop!();
                if !self.assignable(&v, &expected)? {
                    bad_stack!(
                        "Bad type on operand stack",
                        v,
                        f.stack.len(),
                        self.show(&expected)
                    );
                }
                v
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v: V = $v;
                let wide = is_wide(&v);
                f.stack.push(v);
                if wide {
                    f.stack.push(V::Hi);
                }
            }};
        }
        macro_rules! pop_ref {
            () => {{
                let v = pop!();
                if !matches!(v, V::Null | V::Ref(_) | V::Uninit(_) | V::UninitThis) {
                    bad_stack!(
                        "Bad type on operand stack",
                        v,
                        f.stack.len(),
                        "reference type"
                    );
                }
                v
            }};
        }
        let max_stack = self.prepared.max_stack as usize;
        let insn = self.prepared.insns[pc];
        self.low = f.stack.len();
        match insn {
            Insn::Nop => {}
            Insn::AconstNull => push!(V::Null),
            Insn::Iconst(_) => push!(V::Int),
            Insn::Lconst(_) => push!(V::Long),
            Insn::Fconst(_) => push!(V::Float),
            Insn::Dconst(_) => push!(V::Double),
            Insn::Ldc(index) => match self.pool.get(index) {
                Some(Constant::Integer(_)) => push!(V::Int),
                Some(Constant::Float(_)) => push!(V::Float),
                Some(Constant::String { .. }) => push!(self.reference("java/lang/String")),
                Some(Constant::Class { .. }) => push!(self.reference("java/lang/Class")),
                Some(Constant::MethodType { .. }) => {
                    push!(self.reference("java/lang/invoke/MethodType"))
                }
                Some(Constant::MethodHandle { .. }) => {
                    push!(self.reference("java/lang/invoke/MethodHandle"))
                }
                Some(Constant::Dynamic { name_and_type, .. }) => {
                    let Ok((_, descriptor)) = self.pool.name_and_type(*name_and_type) else {
                        bail!("Bad ldc constant")
                    };
                    let Ok(t) = FieldType::parse(descriptor) else {
                        bail!("Bad ldc constant")
                    };
                    if matches!(t, FieldType::Long | FieldType::Double) {
                        bail!("Illegal type in constant pool for ldc")
                    }
                    push!(self.value(&t))
                }
                _ => bail!("Illegal type in constant pool for ldc"),
            },
            Insn::Ldc2(index) => match self.pool.get(index) {
                Some(Constant::Long(_)) => push!(V::Long),
                Some(Constant::Double(_)) => push!(V::Double),
                Some(Constant::Dynamic { name_and_type, .. }) => {
                    let Ok((_, descriptor)) = self.pool.name_and_type(*name_and_type) else {
                        bail!("Bad ldc2_w constant")
                    };
                    match FieldType::parse(descriptor) {
                        Ok(FieldType::Long) => push!(V::Long),
                        Ok(FieldType::Double) => push!(V::Double),
                        _ => bail!("Illegal type in constant pool for ldc2_w"),
                    }
                }
                _ => bail!("Illegal type in constant pool for ldc2_w"),
            },
            Insn::Load1(i) | Insn::Load2(i) => {
                let i = i as usize;
                let wide = matches!(insn, Insn::Load2(_));
                if i + usize::from(wide) >= f.locals.len() {
                    bail!("Illegal local variable number");
                }
                let v = f.locals[i].clone();
                let fits = match (&v, self.kind(pc)) {
                    (V::Long, Kind::Long) | (V::Double, Kind::Double) => {
                        wide && f.locals[i + 1] == V::Hi
                    }
                    (V::Int, Kind::Int) | (V::Float, Kind::Float) => !wide,
                    (V::Null | V::Ref(_) | V::Uninit(_) | V::UninitThis, Kind::Reference) => !wide,
                    _ => false,
                };
                if !fits {
                    let expected = match self.kind(pc) {
                        Kind::Int => "integer",
                        Kind::Float => "float",
                        Kind::Long => "long",
                        Kind::Double => "double",
                        Kind::Reference => "reference type",
                    };
                    let reason = format!(
                        "Type {} (current frame, locals[{i}]) is not assignable to {expected}",
                        self.show(&v)
                    );
                    fail!(Failure::new("Bad local variable type").reason(reason));
                }
                push!(v)
            }
            Insn::Store1(i) | Insn::Store2(i) => {
                let i = i as usize;
                let wide = matches!(insn, Insn::Store2(_));
                if i + usize::from(wide) >= f.locals.len() {
                    bail!("Illegal local variable number");
                }
                let v = match self.kind(pc) {
                    Kind::Int => pop_as!(V::Int),
                    Kind::Float => pop_as!(V::Float),
                    Kind::Long => pop_as!(V::Long),
                    Kind::Double => pop_as!(V::Double),
                    Kind::Reference => {
                        let v = pop!();
                        if !matches!(v, V::Null | V::Ref(_) | V::Uninit(_) | V::UninitThis) {
                            bad_stack!(
                                "Bad type on operand stack",
                                v,
                                f.stack.len(),
                                "reference type"
                            );
                        }
                        v
                    }
                };
                if is_wide(&v) != wide {
                    bail!("Bad type on operand stack");
                }
                invalidate_pair(&mut f.locals, i);
                if wide {
                    invalidate_pair(&mut f.locals, i + 1);
                    f.locals[i + 1] = V::Hi;
                }
                f.locals[i] = v;
            }
            Insn::ArrayLoad(t) => {
                pop_as!(V::Int);
                let array = pop!();
                let element = self.array_element(&array, t)?;
                match element {
                    Ok(v) => push!(v),
                    Err(failure) => fail!(failure),
                }
            }
            Insn::ArrayStore(t) => {
                let value = match t {
                    BasicType::Reference => pop_ref!(),
                    BasicType::Long => pop_as!(V::Long),
                    BasicType::Double => pop_as!(V::Double),
                    BasicType::Float => pop_as!(V::Float),
                    _ => pop_as!(V::Int),
                };
                if matches!(value, V::Uninit(_) | V::UninitThis) {
                    bail!("Bad type on operand stack: uninitialized object stored in an array");
                }
                pop_as!(V::Int);
                let array = pop!();
                if let Err(failure) = self.array_element(&array, t)? {
                    fail!(failure);
                }
            }
            Insn::Pop => {
                if matches!(pop!(), V::Hi | V::Long | V::Double) {
                    bail!("Bad type on operand stack: pop of a long or double");
                }
            }
            Insn::Pop2 => {
                let a = pop!();
                if a != V::Hi && matches!(f.stack.last(), Some(V::Long | V::Double)) {
                    bail!("Bad type on operand stack");
                }
                pop!();
            }
            Insn::Dup
            | Insn::DupX1
            | Insn::DupX2
            | Insn::Dup2
            | Insn::Dup2X1
            | Insn::Dup2X2
            | Insn::Swap => {
                if matches!(insn, Insn::Dup | Insn::DupX1 | Insn::DupX2 | Insn::Swap)
                    && matches!(f.stack.last(), Some(V::Hi))
                {
                    bail!("Bad type on operand stack: category-2 value");
                }
                if shuffle(insn, &mut f.stack).is_err() {
                    bail!("Unable to pop operand off an empty stack");
                }
                if self.sources {
                    // The same shuffle on as many sources cannot fail.
                    let _ = shuffle(insn, &mut f.sources);
                }
            }
            Insn::Iadd
            | Insn::Isub
            | Insn::Imul
            | Insn::Idiv
            | Insn::Irem
            | Insn::Ishl
            | Insn::Ishr
            | Insn::Iushr
            | Insn::Iand
            | Insn::Ior
            | Insn::Ixor => {
                pop_as!(V::Int);
                pop_as!(V::Int);
                push!(V::Int);
            }
            Insn::Ladd
            | Insn::Lsub
            | Insn::Lmul
            | Insn::Ldiv
            | Insn::Lrem
            | Insn::Land
            | Insn::Lor
            | Insn::Lxor => {
                pop_as!(V::Long);
                pop_as!(V::Long);
                push!(V::Long);
            }
            Insn::Lshl | Insn::Lshr | Insn::Lushr => {
                pop_as!(V::Int);
                pop_as!(V::Long);
                push!(V::Long);
            }
            Insn::Fadd | Insn::Fsub | Insn::Fmul | Insn::Fdiv | Insn::Frem => {
                pop_as!(V::Float);
                pop_as!(V::Float);
                push!(V::Float);
            }
            Insn::Dadd | Insn::Dsub | Insn::Dmul | Insn::Ddiv | Insn::Drem => {
                pop_as!(V::Double);
                pop_as!(V::Double);
                push!(V::Double);
            }
            Insn::Ineg | Insn::I2b | Insn::I2c | Insn::I2s => {
                pop_as!(V::Int);
                push!(V::Int);
            }
            Insn::Lneg => {
                pop_as!(V::Long);
                push!(V::Long);
            }
            Insn::Fneg => {
                pop_as!(V::Float);
                push!(V::Float);
            }
            Insn::Dneg => {
                pop_as!(V::Double);
                push!(V::Double);
            }
            Insn::Iinc(i, _) => {
                if f.locals.get(i as usize) != Some(&V::Int) {
                    bail!("Bad local variable type for iinc");
                }
            }
            Insn::I2l
            | Insn::I2f
            | Insn::I2d
            | Insn::L2i
            | Insn::L2f
            | Insn::L2d
            | Insn::F2i
            | Insn::F2l
            | Insn::F2d
            | Insn::D2i
            | Insn::D2l
            | Insn::D2f => {
                let (from, to) = match insn {
                    Insn::I2l => (V::Int, V::Long),
                    Insn::I2f => (V::Int, V::Float),
                    Insn::I2d => (V::Int, V::Double),
                    Insn::L2i => (V::Long, V::Int),
                    Insn::L2f => (V::Long, V::Float),
                    Insn::L2d => (V::Long, V::Double),
                    Insn::F2i => (V::Float, V::Int),
                    Insn::F2l => (V::Float, V::Long),
                    Insn::F2d => (V::Float, V::Double),
                    Insn::D2i => (V::Double, V::Int),
                    Insn::D2l => (V::Double, V::Long),
                    _ => (V::Double, V::Float),
                };
                pop_as!(from);
                push!(to);
            }
            Insn::Lcmp => {
                pop_as!(V::Long);
                pop_as!(V::Long);
                push!(V::Int);
            }
            Insn::Fcmpl | Insn::Fcmpg => {
                pop_as!(V::Float);
                pop_as!(V::Float);
                push!(V::Int);
            }
            Insn::Dcmpl | Insn::Dcmpg => {
                pop_as!(V::Double);
                pop_as!(V::Double);
                push!(V::Int);
            }
            Insn::If(_, target) => {
                pop_as!(V::Int);
                successors.push((target as usize, f.clone()));
            }
            Insn::IfIcmp(_, target) => {
                pop_as!(V::Int);
                pop_as!(V::Int);
                successors.push((target as usize, f.clone()));
            }
            Insn::IfAcmpEq(target) | Insn::IfAcmpNe(target) => {
                pop_ref!();
                pop_ref!();
                successors.push((target as usize, f.clone()));
            }
            Insn::IfNull(target) | Insn::IfNonNull(target) => {
                pop_ref!();
                successors.push((target as usize, f.clone()));
            }
            Insn::Goto(target) => {
                successors.push((target as usize, f));
                return Ok(Ok(None));
            }
            // Subroutines of old class files were inlined when the class was loaded; what is
            // left is illegal (version 51+) or could not be inlined.
            Insn::Jsr(_) => fail!(Failure::new("Bad instruction: a8").frameless()),
            Insn::Ret(_) => fail!(Failure::new("Bad instruction: a9").frameless()),
            Insn::TableSwitch(index) | Insn::LookupSwitch(index) => {
                pop_as!(V::Int);
                match &self.prepared.switches[index as usize] {
                    Switch::Table {
                        default, targets, ..
                    } => {
                        successors.push((*default as usize, f.clone()));
                        successors.extend(targets.iter().map(|&t| (t as usize, f.clone())));
                    }
                    Switch::Lookup { default, pairs } => {
                        successors.push((*default as usize, f.clone()));
                        successors.extend(pairs.iter().map(|&(_, t)| (t as usize, f.clone())));
                    }
                }
                return Ok(Ok(None));
            }
            Insn::Return1 | Insn::Return2 | Insn::ReturnVoid => {
                let expected = self.return_type.as_ref().map(|t| self.value(t));
                match (&expected, insn) {
                    (None, Insn::ReturnVoid) => {
                        if self.is_init && f.this_uninit {
                            fail!(Failure::new(
                                "Constructor must call super() or this() before return"
                            )
                            .frameless());
                        }
                    }
                    (Some(_), Insn::ReturnVoid) => bail!("Method expects a return value"),
                    (None, _) => {
                        let index = f.stack.len().saturating_sub(1);
                        let top = f.stack.last().cloned().unwrap_or(V::Top);
                        bad_stack!(
                            "Method does not expect a return value",
                            top,
                            index,
                            "top (from method signature)"
                        );
                    }
                    (Some(t @ V::Ref(_)), Insn::Return1) if self.kind(pc) == Kind::Reference => {
                        let v = pop_ref!();
                        if !self.assignable(&v, t)? {
                            let expected = format!("{} (from method signature)", self.show(t));
                            bad_stack!("Bad return type", v, f.stack.len(), expected);
                        }
                    }
                    (Some(t), Insn::Return1 | Insn::Return2)
                        if is_wide(t) == matches!(insn, Insn::Return2)
                            && matches!(
                                (t, self.kind(pc)),
                                (V::Int, Kind::Int)
                                    | (V::Float, Kind::Float)
                                    | (V::Long, Kind::Long)
                                    | (V::Double, Kind::Double)
                                    | (V::Ref(_), Kind::Reference)
                            ) =>
                    {
                        pop_as!(t.clone());
                    }
                    (Some(t), _) => {
                        // The instruction pops its own kind first, then the kinds must match.
                        let popped = match self.kind(pc) {
                            Kind::Int => pop_as!(V::Int),
                            Kind::Float => pop_as!(V::Float),
                            Kind::Long => pop_as!(V::Long),
                            Kind::Double => pop_as!(V::Double),
                            Kind::Reference => pop_ref!(),
                        };
                        let index = f.stack.len();
                        let expected = format!("{} (from method signature)", self.show(t));
                        bad_stack!("Bad return type", popped, index, expected);
                    }
                }
                return Ok(Ok(None));
            }
            Insn::Athrow => {
                let v = pop!();
                if !self.assignable(&v, &self.reference("java/lang/Throwable"))? {
                    bad_stack!(
                        "Bad type on operand stack",
                        v,
                        f.stack.len(),
                        "'java/lang/Throwable'"
                    );
                }
                return Ok(Ok(None));
            }
            Insn::GetStatic(index)
            | Insn::PutStatic(index)
            | Insn::GetField(index)
            | Insn::PutField(index) => {
                let (owner, field_name, descriptor) = match self.member(index) {
                    Ok(m) => m,
                    Err(failure) => fail!(failure),
                };
                let Ok(t) = FieldType::parse(&descriptor) else {
                    bail!("Bad field descriptor")
                };
                let field = self.value(&t);
                let owner_type = self.reference(&owner);
                match insn {
                    Insn::GetStatic(_) => push!(field),
                    Insn::PutStatic(_) => {
                        pop_as!(field);
                    }
                    Insn::GetField(_) => {
                        let object = pop_as!(owner_type);
                        if self.protected_violation(
                            &owner,
                            &field_name,
                            &descriptor,
                            false,
                            &object,
                        )? {
                            let expected = format!("'{}'", self.class.name);
                            bad_stack!(
                                "Bad access to protected data in getfield",
                                object,
                                f.stack.len(),
                                expected
                            );
                        }
                        push!(field);
                    }
                    _ => {
                        pop_as!(field);
                        let object = pop!();
                        // In a constructor, fields of `this` class may be set before super().
                        let own_uninit = object == V::UninitThis && owner == *self.class.name;
                        if !own_uninit && !self.assignable(&object, &owner_type)? {
                            let expected = self.show(&owner_type);
                            bad_stack!(
                                "Bad type on operand stack",
                                object,
                                f.stack.len(),
                                expected
                            );
                        }
                        if !own_uninit
                            && self.protected_violation(
                                &owner,
                                &field_name,
                                &descriptor,
                                false,
                                &object,
                            )?
                        {
                            let expected = format!("'{}'", self.class.name);
                            bad_stack!(
                                "Bad access to protected data in putfield",
                                object,
                                f.stack.len(),
                                expected
                            );
                        }
                    }
                }
            }
            Insn::InvokeVirtual(index)
            | Insn::InvokeSpecial(index)
            | Insn::InvokeStatic(index)
            | Insn::InvokeInterface(index) => {
                let (owner, name, descriptor) = match self.member(index) {
                    Ok(m) => m,
                    Err(failure) => fail!(failure),
                };
                let Ok(parsed) = MethodDescriptor::parse(&descriptor) else {
                    bail!("Bad method descriptor")
                };
                if matches!(insn, Insn::InvokeInterface(_)) {
                    // The count operand is the argument slots with the receiver's; the
                    // fourth byte is zero (HotSpot's checks and messages).
                    let bci = self.prepared.bci[pc] as usize;
                    let slots: usize = parsed.parameters.iter().map(|p| p.slots()).sum();
                    if self.bytecode.get(bci + 3).map(|&c| c as usize) != Some(slots + 1) {
                        fail!(
                            Failure::new("Inconsistent args count operand in invokeinterface")
                                .frameless()
                        )
                    }
                    if self.bytecode.get(bci + 4) != Some(&0) {
                        fail!(
                            Failure::new("Fourth operand byte of invokeinterface must be zero")
                                .frameless()
                        )
                    }
                }
                for parameter in parsed.parameters.iter().rev() {
                    pop_as!(self.value(parameter));
                }
                if !matches!(insn, Insn::InvokeStatic(_)) {
                    let receiver = pop_ref!();
                    if name == "<init>" {
                        let initialized = match &receiver {
                            V::UninitThis => {
                                f.this_uninit = false;
                                self.this_type()
                            }
                            V::Uninit(new_pc) => match self.prepared.insns[*new_pc as usize] {
                                Insn::New(class_index) => match self.pool.class_name(class_index) {
                                    Ok(name) => self.reference(name),
                                    Err(_) => bail!("Bad new instruction"),
                                },
                                _ => bail!("Bad uninitialized type"),
                            },
                            _ => {
                                bail!("Bad type on operand stack: <init> on an initialized object")
                            }
                        };
                        for v in f.locals.iter_mut().chain(f.stack.iter_mut()) {
                            if *v == receiver {
                                *v = initialized.clone();
                            }
                        }
                    } else {
                        let expected = if matches!(insn, Insn::InvokeSpecial(_))
                            && owner != *self.class.name
                        {
                            // invokespecial of a superclass method: the receiver is this class.
                            self.this_type()
                        } else {
                            self.reference(&owner)
                        };
                        if !self.assignable(&receiver, &expected)? {
                            let expected = self.show(&expected);
                            bad_stack!(
                                "Bad type on operand stack",
                                receiver,
                                f.stack.len(),
                                expected
                            );
                        }
                        let array_clone = name == "clone"
                            && owner == "java/lang/Object"
                            && matches!(&receiver, V::Ref(r) if r.starts_with('['));
                        if matches!(insn, Insn::InvokeVirtual(_))
                            && !array_clone
                            && self.protected_violation(
                                &owner,
                                &name,
                                &descriptor,
                                true,
                                &receiver,
                            )?
                        {
                            let expected = format!("'{}'", self.class.name);
                            bad_stack!(
                                "Bad access to protected data in invokevirtual",
                                receiver,
                                f.stack.len(),
                                expected
                            );
                        }
                    }
                }
                if let Some(t) = &parsed.return_type {
                    push!(self.value(t));
                }
            }
            Insn::InvokeDynamic(index) => {
                let bci = self.prepared.bci[pc] as usize;
                if self.bytecode.get(bci + 3..bci + 5) != Some(&[0, 0][..]) {
                    fail!(Failure::new(
                        "Third and fourth operand bytes of invokedynamic must be zero"
                    )
                    .frameless())
                }
                let Some(Constant::InvokeDynamic { name_and_type, .. }) = self.pool.get(index)
                else {
                    bail!("Bad invokedynamic constant");
                };
                let Ok((_, descriptor)) = self.pool.name_and_type(*name_and_type) else {
                    bail!("Bad invokedynamic")
                };
                let Ok(parsed) = MethodDescriptor::parse(descriptor) else {
                    bail!("Bad method descriptor")
                };
                for parameter in parsed.parameters.iter().rev() {
                    pop_as!(self.value(parameter));
                }
                if let Some(t) = &parsed.return_type {
                    push!(self.value(t));
                }
            }
            Insn::New(index) => {
                if self
                    .pool
                    .class_name(index)
                    .map_or(true, |n| n.starts_with('['))
                {
                    bail!("Illegal new instruction");
                }
                // A `new` inside a loop must not leave an older uninitialized object around.
                let fresh = V::Uninit(pc as u32);
                if f.locals.iter().chain(f.stack.iter()).any(|v| *v == fresh) {
                    for v in f.locals.iter_mut() {
                        if *v == fresh {
                            *v = V::Top;
                        }
                    }
                }
                push!(fresh);
            }
            Insn::NewArray(t) => {
                pop_as!(V::Int);
                let array = if self.maps_mode() {
                    self.reference("")
                } else {
                    V::Ref(Arc::from(format!("[{}", t.descriptor_char()).as_str()))
                };
                push!(array);
            }
            Insn::ANewArray(index) => {
                pop_as!(V::Int);
                let Ok(component) = self.pool.class_name(index) else {
                    bail!("Bad anewarray constant")
                };
                let array = if self.maps_mode() {
                    self.reference("")
                } else {
                    V::Ref(Arc::from(array_of(component).as_str()))
                };
                push!(array);
            }
            Insn::MultiANewArray(index, dimensions) => {
                for _ in 0..dimensions {
                    pop_as!(V::Int);
                }
                let Ok(array) = self.pool.class_name(index) else {
                    bail!("Bad multianewarray constant")
                };
                if array.bytes().take_while(|&b| b == b'[').count() < dimensions as usize {
                    bail!("Illegal dimension in multianewarray");
                }
                push!(self.reference(array));
            }
            Insn::ArrayLength => {
                let v = pop!();
                match &v {
                    V::Null => {}
                    V::Ref(name) if name.starts_with('[') || self.maps_mode() => {}
                    _ => bail!("Bad type on operand stack: arraylength of {v:?}"),
                }
                push!(V::Int);
            }
            Insn::CheckCast(index) => {
                let v = pop_ref!();
                if matches!(v, V::Uninit(_) | V::UninitThis) {
                    bail!("Bad type on operand stack: checkcast of an uninitialized object");
                }
                let Ok(name) = self.pool.class_name(index) else {
                    bail!("Bad checkcast constant")
                };
                push!(self.reference(name));
            }
            Insn::InstanceOf(_) => {
                pop_ref!();
                push!(V::Int);
            }
            Insn::MonitorEnter | Insn::MonitorExit => {
                let v = pop_ref!();
                if matches!(v, V::Uninit(_) | V::UninitThis) {
                    bail!("Bad type on operand stack: monitor on an uninitialized object");
                }
            }
        }
        if f.stack.len() > max_stack {
            fail!(Failure::new("Operand stack overflow").reason("Exceeded max stack size."));
        }
        Ok(Ok(Some(f)))
    }

    /// The element type an array load gives, checking the array's type.
    fn array_element(&mut self, array: &V, t: BasicType) -> JResult<Result<V, Failure>> {
        let name = match array {
            V::Null => {
                return Ok(Ok(match t {
                    BasicType::Reference => V::Null,
                    BasicType::Long => V::Long,
                    BasicType::Double => V::Double,
                    BasicType::Float => V::Float,
                    _ => V::Int,
                }))
            }
            V::Ref(_) if self.maps_mode() => {
                // The maps mode knows no array types: the element kind is the instruction's.
                return Ok(Ok(match t {
                    BasicType::Reference => V::Ref(self.any_reference.clone()),
                    BasicType::Long => V::Long,
                    BasicType::Double => V::Double,
                    BasicType::Float => V::Float,
                    _ => V::Int,
                }));
            }
            V::Ref(name) if name.starts_with('[') => name.clone(),
            other => {
                return Ok(Err(Failure::new("Bad type on operand stack")
                    .reason(format!("Type {} is not an array", self.show(other)))))
            }
        };
        let component = &name[1..];
        let expected: &[&str] = match t {
            BasicType::Int => &["I"],
            BasicType::Long => &["J"],
            BasicType::Float => &["F"],
            BasicType::Double => &["D"],
            BasicType::Char => &["C"],
            BasicType::Short => &["S"],
            BasicType::Byte | BasicType::Boolean => &["B", "Z"],
            BasicType::Reference => {
                return Ok(match FieldType::parse(component) {
                    Ok(element) if element.is_reference() => Ok(self.value(&element)),
                    _ => Err(Failure::new("Bad type on operand stack")
                        .reason(format!("'{name}' is not an array of references"))),
                })
            }
        };
        if !expected.contains(&component) {
            return Ok(Err(Failure::new("Bad type on operand stack")
                .reason(format!("'{name}' is not a {} array", t.java_name()))));
        }
        Ok(Ok(match t {
            BasicType::Long => V::Long,
            BasicType::Double => V::Double,
            BasicType::Float => V::Float,
            _ => V::Int,
        }))
    }
}

/// The class name a reference-array component descriptor names (`Ljava/lang/String;` →
/// `java/lang/String`, `[I` → `[I`), or `None` for primitive components.
fn reference_component(descriptor: &str) -> Option<String> {
    if descriptor.starts_with('[') {
        Some(descriptor.to_owned())
    } else {
        descriptor
            .strip_prefix('L')
            .and_then(|d| d.strip_suffix(';'))
            .map(str::to_owned)
    }
}

fn array_of(class: &str) -> String {
    if class.starts_with('[') {
        format!("[{class}")
    } else {
        format!("[L{class};")
    }
}

/// Storing into one half of a long or double destroys the other half.
fn invalidate_pair(locals: &mut [V], i: usize) {
    if locals[i] == V::Hi && i > 0 && is_wide(&locals[i - 1]) {
        locals[i - 1] = V::Top;
    }
    if is_wide(&locals[i]) && i + 1 < locals.len() {
        locals[i + 1] = V::Top;
    }
}

/// How many stack slots a `dup`-family or `swap` shuffle takes; `None` for other instructions.
fn shuffle_width(insn: Insn) -> Option<usize> {
    Some(match insn {
        Insn::Dup => 1,
        Insn::DupX1 | Insn::Dup2 | Insn::Swap => 2,
        Insn::DupX2 | Insn::Dup2X1 => 3,
        Insn::Dup2X2 => 4,
        _ => return None,
    })
}

/// Applies a `dup`-family or `swap` shuffle to any stack of values (types or sources); `Err`
/// on underflow. Other instructions leave the stack alone.
fn shuffle<X: Clone>(insn: Insn, stack: &mut Vec<X>) -> Result<(), ()> {
    let Some(needed) = shuffle_width(insn) else {
        return Ok(());
    };
    if stack.len() < needed {
        return Err(());
    }
    let n = stack.len();
    // The values taken, bottom to top: for needed = 3, [c, b, a].
    let top: Vec<X> = stack.split_off(n - needed);
    let order: &[usize] = match insn {
        Insn::Dup => &[0, 0],
        Insn::DupX1 => &[1, 0, 1],
        Insn::DupX2 => &[2, 0, 1, 2],
        Insn::Dup2 => &[0, 1, 0, 1],
        Insn::Dup2X1 => &[1, 2, 0, 1, 2],
        Insn::Dup2X2 => &[2, 3, 0, 1, 2, 3],
        _ => &[1, 0],
    };
    stack.extend(order.iter().map(|&i| top[i].clone()));
    Ok(())
}
