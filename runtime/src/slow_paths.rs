//! `-XX:+PrintSlowPaths` (`VmOptions::print_slow_paths`): counts of the work compiled code
//! hands to the runtime, by method and instruction, reported when the program ends. Each
//! count is taken where the runtime does the work, so that nothing is added to compiled
//! code or to the interpreter's loop; with the option off, each place checks one `Option`.

use std::collections::HashMap;
use std::fmt::Write;

use crate::class::{Method, MethodRef};
use crate::vm::VmState;

/// What compiled code left to the runtime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum SlowPath {
    /// An instruction compiled code does not do itself (`interp::single`).
    Instruction,
    /// A call made through the runtime because a safepoint poll was due at it.
    CallPoll,
    /// A call made through the runtime because its target has no framed code (interpreted,
    /// native, pure or synchronized).
    CallNoCode,
    /// Any other call through the runtime (a null receiver, a receiver class the call
    /// site's cache did not hold, no room for the frame, no direct calls).
    CallOther,
    /// A native method run, from compiled code or not.
    Native,
    /// Compiled code left its frame to the interpreter (deoptimization).
    Deopt,
    /// Compiled code left inlined calls to the interpreter to finish.
    ResumeInlined,
}

impl SlowPath {
    fn title(self) -> &'static str {
        match self {
            SlowPath::Instruction => "instructions run by the runtime",
            SlowPath::CallPoll => "calls through the runtime: a safepoint poll was due",
            SlowPath::CallNoCode => "calls through the runtime: the callee has no framed code",
            SlowPath::CallOther => {
                "calls through the runtime: other (null receiver, cache miss, no room)"
            }
            SlowPath::Native => "native methods run",
            SlowPath::Deopt => "frames compiled code left to the interpreter",
            SlowPath::ResumeInlined => "inlined calls the interpreter finished",
        }
    }
}

/// The counts: by kind, method, instruction index and (for calls) callee.
#[derive(Default)]
pub(crate) struct SlowPaths {
    counts: HashMap<(SlowPath, usize, u32, usize), u64>,
    methods: HashMap<usize, MethodRef>,
}

/// Lines of each kind reported.
const TOP: usize = 20;

/// Counts one `kind` at instruction `pc` of `method` (calling `callee`), if counting is on.
#[inline]
pub(crate) fn note(
    vm: &mut VmState,
    kind: SlowPath,
    method: MethodRef,
    pc: u32,
    callee: Option<MethodRef>,
) {
    if let Some(paths) = vm.slow_paths.as_mut() {
        paths.note(kind, method, pc, callee);
    }
}

impl SlowPaths {
    #[cold]
    fn note(&mut self, kind: SlowPath, method: MethodRef, pc: u32, callee: Option<MethodRef>) {
        let key = |m: MethodRef| &*m as *const Method as usize;
        let callee_key = callee.map_or(0, key);
        *self
            .counts
            .entry((kind, key(method), pc, callee_key))
            .or_default() += 1;
        self.methods.entry(key(method)).or_insert(method);
        if let Some(callee) = callee {
            self.methods.entry(callee_key).or_insert(callee);
        }
    }

    /// The report: per kind, the total and the most frequent places.
    pub(crate) fn report(&self) -> String {
        let mut kinds: HashMap<SlowPath, Vec<(u64, usize, u32, usize)>> = HashMap::new();
        for (&(kind, method, pc, callee), &n) in &self.counts {
            kinds.entry(kind).or_default().push((n, method, pc, callee));
        }
        let mut kinds: Vec<_> = kinds.into_iter().collect();
        kinds.sort_by_key(|(kind, _)| *kind);
        let name = |key: usize| {
            self.methods.get(&key).map_or(String::new(), |m| {
                format!(
                    "{}::{}{}",
                    m.class_name.replace('/', "."),
                    m.name,
                    m.descriptor
                )
            })
        };
        let mut out = String::from("slow paths (most frequent places first):\n");
        for (kind, mut places) in kinds {
            places.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
            let total: u64 = places.iter().map(|p| p.0).sum();
            let _ = writeln!(out, "  {}: {total}", kind.title());
            for &(n, method, pc, callee) in places.iter().take(TOP) {
                let at = self.methods.get(&method).map_or(String::new(), |m| {
                    let bci = match m.prepared.get() {
                        Some(Ok(prepared)) => prepared.bci.get(pc as usize).copied(),
                        _ => None,
                    };
                    match (kind, bci) {
                        (SlowPath::Native, _) | (_, None) => String::new(),
                        (SlowPath::Instruction, Some(bci)) => {
                            let insn = match m.prepared.get() {
                                Some(Ok(prepared)) => format!(" {:?}", prepared.insns[pc as usize]),
                                _ => String::new(),
                            };
                            format!(" @{bci}{insn}")
                        }
                        (_, Some(bci)) => format!(" @{bci}"),
                    }
                });
                let to = match callee {
                    0 => String::new(),
                    callee => format!(" -> {}", name(callee)),
                };
                let _ = writeln!(out, "    {n:>10}  {}{at}{to}", name(method));
            }
        }
        out
    }
}
