//! A model of the lambda forms HotSpot 17's `java.lang.invoke` creates while
//! `StringConcatFactory` or `LambdaMetafactory` links a call site, to count the classes it
//! spins: each
//! `LambdaForm$MH` / `LambdaForm$DMH` hidden class HotSpot defines takes one identity hash of
//! the linking thread (measured, see `identity_hash`), so Cortado draws as many.
//!
//! Only what decides whether a class is spun is modelled: a lambda form is a node known by
//! its basic-type signature; an edit (`LambdaFormEditor`: bind, add, filter, fold an
//! argument) makes a child cached on its parent by the edit's key, so the same chain of
//! edits from the same form gives the same form again; a form is compiled (one class) the
//! first time a method handle is made with it, unless it is one of the forms the JDK image
//! pre-generates (`DirectMethodHandle$Holder`, `DelegatingMethodHandle$Holder`,
//! `Invokers$Holder`, `LambdaForm$Holder`: `lambda_form_holders.txt`, read from the image
//! with `javap`). Direct method handle forms, reinvokers (`BoundMethodHandle.rebind`),
//! `invokeBasic` invokers and call-site linkers are cached per basic type, as in the JDK.
//! Not modelled: generating a bound-method-handle species class the image lacks (very long
//! concatenations), the lambda forms of other bootstrap methods, and those the class library
//! makes for its own call sites (HotSpot's `java.base` links some on the way: the first
//! `String.format` with `%s` spins one).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A basic type (`LambdaForm.BasicType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Basic {
    L,
    I,
    J,
    F,
    D,
    /// `void`, as a return type.
    V,
}

impl Basic {
    fn letter(self) -> char {
        match self {
            Basic::L => 'L',
            Basic::I => 'I',
            Basic::J => 'J',
            Basic::F => 'F',
            Basic::D => 'D',
            Basic::V => 'V',
        }
    }

    /// The basic type of a descriptor's field type.
    pub(crate) fn of(t: &cortado_classfile::FieldType) -> Basic {
        use cortado_classfile::FieldType as T;
        match t {
            T::Long => Basic::J,
            T::Float => Basic::F,
            T::Double => Basic::D,
            T::Object(_) | T::Array(_) => Basic::L,
            _ => Basic::I,
        }
    }
}

/// A basic method type: parameters and return.
type Signature = (Vec<Basic>, Basic);

/// The holder methods' names as the JDK spells them (`invokeStatic LLJ_L`: parameters, `_`,
/// return; the method handle itself first).
fn pregenerated(kind: &str, parameters: &[Basic], ret: Basic) -> bool {
    static HOLDERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let holders = HOLDERS.get_or_init(|| {
        include_str!("lambda_form_holders.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .collect()
    });
    let mut name = format!("{kind} ");
    name.extend(parameters.iter().map(|b| b.letter()));
    name.push('_');
    name.push(ret.letter());
    holders.contains(name.as_str())
}

/// The key of an edit, relative to the form edited (`LambdaFormEditor.TransformKey`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Edit {
    BindArgument(usize),
    AddArgument(usize, Basic),
    FilterArgument(usize, Basic),
    FilterRepeated(Basic, Vec<usize>),
    FilterSelect(usize, Vec<usize>),
    FoldSelect(usize, Vec<usize>),
}

#[derive(Debug)]
struct Form {
    /// Parameters, the method handle first.
    parameters: Vec<Basic>,
    ret: Basic,
    /// Names that are not parameters (`LambdaForm.expressionCount`).
    expressions: usize,
    compiled: bool,
}

/// A method handle: its form, its bound values' types (`None` for a direct method handle)
/// and its basic type.
#[derive(Debug, Clone)]
struct Handle {
    form: usize,
    species: Option<Vec<Basic>>,
    parameters: Vec<Basic>,
    ret: Basic,
}

/// The filters `StringConcatFactory` applies to arguments (one method handle each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stringifier {
    Object,
    Float,
    Double,
}

/// The per-VM state of the model.
#[derive(Debug, Default)]
pub(crate) struct LambdaForms {
    forms: Vec<Form>,
    edits: HashMap<(usize, Edit), usize>,
    direct: HashMap<(&'static str, Signature), usize>,
    reinvokers: HashMap<Signature, usize>,
    linkers: HashSet<Signature>,
    invokers: HashSet<(&'static str, Signature)>,
    /// Classes spun since the last `take_spun`.
    spun: u32,
}

/// `BoundMethodHandle.rebind`'s limits.
const FIELD_COUNT_THRESHOLD: usize = 12;
const FORM_EXPRESSION_THRESHOLD: usize = 24;

impl LambdaForms {
    fn new_form(&mut self, parameters: Vec<Basic>, ret: Basic, expressions: usize) -> usize {
        self.forms.push(Form {
            parameters,
            ret,
            expressions,
            compiled: false,
        });
        self.forms.len() - 1
    }

    /// `MethodHandle`'s constructor: `form.prepare()` compiles the form once.
    fn prepare(&mut self, form: usize, pregenerated: bool) {
        let form = &mut self.forms[form];
        if !form.compiled {
            form.compiled = true;
            if !pregenerated {
                self.spun += 1;
            }
        }
    }

    /// A direct method handle's form, per kind and basic type, compiled when made.
    fn direct(&mut self, kind: &'static str, parameters: Vec<Basic>, ret: Basic) -> Handle {
        let key = (kind, (parameters.clone(), ret));
        let form = match self.direct.get(&key) {
            Some(&form) => form,
            None => {
                let mut with_handle = vec![Basic::L];
                with_handle.extend(&parameters);
                let form = self.new_form(with_handle.clone(), ret, 2);
                let pregenerated = pregenerated(kind, &with_handle, ret);
                self.prepare(form, pregenerated);
                self.direct.insert(key, form);
                form
            }
        };
        Handle {
            form,
            species: None,
            parameters,
            ret,
        }
    }

    /// A static method of the class library.
    fn static_method(&mut self, parameters: &[Basic], ret: Basic) -> Handle {
        self.direct("invokeStatic", parameters.to_vec(), ret)
    }

    /// `Invokers.basicInvoker`, made when a form gets an `invokeBasic` of this type.
    fn basic_invoker(&mut self, parameters: &[Basic], ret: Basic) {
        let mut with_target = vec![Basic::L];
        with_target.extend(parameters);
        self.direct("invokeSpecial", with_target, ret);
    }

    /// `BoundMethodHandle.makeReinvoker`.
    fn reinvoker(&mut self, target: &Handle) -> Handle {
        let key = (target.parameters.clone(), target.ret);
        let form = match self.reinvokers.get(&key) {
            Some(&form) => form,
            None => {
                self.basic_invoker(&target.parameters, target.ret);
                let mut parameters = vec![Basic::L];
                parameters.extend(&target.parameters);
                let form = self.new_form(parameters, target.ret, 2);
                self.reinvokers.insert(key, form);
                form
            }
        };
        let pregenerated = {
            let f = &self.forms[form];
            pregenerated("reinvoke_L", &f.parameters, f.ret)
        };
        self.prepare(form, pregenerated);
        Handle {
            form,
            species: Some(vec![Basic::L]),
            parameters: target.parameters.clone(),
            ret: target.ret,
        }
    }

    fn rebind(&mut self, handle: &Handle) -> Handle {
        match &handle.species {
            Some(fields)
                if fields.len() <= FIELD_COUNT_THRESHOLD
                    && self.forms[handle.form].expressions <= FORM_EXPRESSION_THRESHOLD =>
            {
                handle.clone()
            }
            _ => self.reinvoker(handle),
        }
    }

    /// The form `edit` makes of `form` (cached), and whether it was made now.
    fn edit(&mut self, form: usize, edit: Edit) -> (usize, bool) {
        if let Some(&child) = self.edits.get(&(form, edit.clone())) {
            return (child, false);
        }
        let parent = &self.forms[form];
        let mut parameters = parent.parameters.clone();
        let ret = parent.ret;
        let mut expressions = parent.expressions;
        match &edit {
            Edit::BindArgument(pos) => {
                parameters.remove(*pos);
                expressions += 1;
            }
            Edit::AddArgument(pos, t) => parameters.insert(*pos, *t),
            Edit::FilterArgument(pos, t) => {
                parameters[*pos] = *t;
                expressions += 2;
            }
            Edit::FilterRepeated(t, positions) => {
                for &p in positions {
                    parameters[p] = *t;
                }
                expressions += 1 + positions.len();
            }
            Edit::FilterSelect(..) => expressions += 2,
            Edit::FoldSelect(pos, _) => {
                parameters.remove(*pos);
                expressions += 2;
            }
        }
        let child = self.new_form(parameters, ret, expressions);
        self.edits.insert((form, edit), child);
        (child, true)
    }

    /// A bound method handle with one more field, made with `form`.
    fn extend(
        &mut self,
        bound: &Handle,
        form: usize,
        field: Basic,
        parameters: Vec<Basic>,
    ) -> Handle {
        self.prepare(form, false);
        let mut species = bound.species.clone().unwrap_or_default();
        species.push(field);
        Handle {
            form,
            species: Some(species),
            parameters,
            ret: bound.ret,
        }
    }

    /// `MethodHandles.insertArguments(target, pos, count values)`.
    fn insert_arguments(&mut self, target: &Handle, pos: usize, count: usize) -> Handle {
        let mut result = self.rebind(target);
        for _ in 0..count {
            let field = result.parameters[pos];
            let (form, _) = self.edit(result.form, Edit::BindArgument(1 + pos));
            let mut parameters = result.parameters.clone();
            parameters.remove(pos);
            result = self.extend(&result, form, field, parameters);
        }
        result
    }

    /// `MethodHandles.dropArguments(target, pos, types)`.
    fn drop_arguments(&mut self, target: &Handle, pos: usize, types: &[Basic]) -> Handle {
        let result = self.rebind(target);
        let mut form = result.form;
        for (k, &t) in types.iter().enumerate() {
            form = self.edit(form, Edit::AddArgument(1 + pos + k, t)).0;
        }
        self.prepare(form, false);
        let mut parameters = result.parameters.clone();
        for (k, &t) in types.iter().enumerate() {
            parameters.insert(pos + k, t);
        }
        Handle {
            form,
            species: result.species,
            parameters,
            ret: result.ret,
        }
    }

    /// `MethodHandles.filterArgumentsWithCombiner` and `foldArgumentsWithCombiner`.
    fn with_combiner(
        &mut self,
        fold: bool,
        target: &Handle,
        position: usize,
        combiner: &Handle,
        arguments: &[usize],
    ) -> Handle {
        let result = self.rebind(target);
        let edit = if fold {
            Edit::FoldSelect(1 + position, arguments.to_vec())
        } else {
            Edit::FilterSelect(1 + position, arguments.to_vec())
        };
        let (form, made) = self.edit(result.form, edit);
        if made {
            self.basic_invoker(&combiner.parameters, combiner.ret);
        }
        let mut parameters = result.parameters.clone();
        if fold {
            parameters.remove(position);
        }
        self.extend(&result, form, Basic::L, parameters)
    }

    fn stringifier(&mut self, which: Stringifier) -> Handle {
        let argument = match which {
            Stringifier::Object => Basic::L,
            Stringifier::Float => Basic::F,
            Stringifier::Double => Basic::D,
        };
        self.static_method(&[argument], Basic::L)
    }

    /// `MethodHandles.filterArguments(target, 0, filters)`: from the last argument, runs of
    /// the same filter become one repeated filter.
    fn filter_arguments(&mut self, target: &Handle, filters: &[Option<Stringifier>]) -> Handle {
        let mut adapter = target.clone();
        let mut positions: Vec<usize> = Vec::new();
        let mut current: Option<Stringifier> = None;
        for i in (0..filters.len()).rev() {
            let Some(filter) = filters[i] else { continue };
            if current != Some(filter) {
                if let Some(previous) = current {
                    adapter = self.apply_filter(&adapter, previous, &positions);
                }
                current = Some(filter);
                positions.clear();
            }
            positions.push(i + 1);
        }
        if let Some(filter) = current {
            adapter = self.apply_filter(&adapter, filter, &positions);
        }
        adapter
    }

    fn apply_filter(
        &mut self,
        adapter: &Handle,
        filter: Stringifier,
        positions: &[usize],
    ) -> Handle {
        let filter = self.stringifier(filter);
        let new_type = filter.parameters[0];
        let result = self.rebind(adapter);
        let old_type = result.parameters[positions[0] - 1];
        let edit = if positions.len() > 1 {
            Edit::FilterRepeated(new_type, positions.to_vec())
        } else {
            Edit::FilterArgument(positions[0], new_type)
        };
        let (form, made) = self.edit(result.form, edit);
        if made {
            self.basic_invoker(&[new_type], old_type);
        }
        let mut parameters = result.parameters.clone();
        for &p in positions {
            parameters[p - 1] = new_type;
        }
        self.extend(&result, form, Basic::L, parameters)
    }

    /// `StringConcatFactory.makeConcatWithConstants` (JDK 17, `generateMHInlineCopy`) for a
    /// call site with these parameters (`reference`: a reference type) and recipe elements
    /// (`true`: an argument, `false`: a constant), then the call site's linker. Returns the
    /// number of classes HotSpot spins.
    pub(crate) fn link_concat(&mut self, parameters: &[(Basic, bool)], elements: &[bool]) -> u32 {
        self.spun = 0;
        self.concat(parameters, elements);
        let call_site: Vec<Basic> = parameters.iter().map(|p| p.0).collect();
        self.linker(&call_site);
        std::mem::take(&mut self.spun)
    }

    /// `LambdaMetafactory` linking a call site, after its proxy class: the implementation
    /// method's handle (a constant of the call site: `kind` as the JDK names direct method
    /// handle forms, its basic type with the receiver first), the proxy's constructor for
    /// a capturing lambda, and the call site's linker. Returns the number of classes spun
    /// before the proxy class is (the implementation's) and after.
    pub(crate) fn link_lambda(
        &mut self,
        kind: &'static str,
        implementation: &[Basic],
        implementation_ret: Basic,
        captured: &[Basic],
        alternate: bool,
    ) -> (u32, u32) {
        self.spun = 0;
        if alternate {
            // `altMetafactory` is invoked through a method handle (`invokeWithArguments`),
            // whose invoker form the image lacks.
            self.invoker("invokeExact_MT", &[Basic::L; 6], Basic::L);
        }
        self.direct(kind, implementation.to_vec(), implementation_ret);
        let before = std::mem::take(&mut self.spun);
        self.direct("newInvokeSpecial", captured.to_vec(), Basic::L);
        self.linker(captured);
        (before, std::mem::take(&mut self.spun))
    }

    /// An invoker form (`Invokers`), per kind and basic type.
    fn invoker(&mut self, kind: &'static str, parameters: &[Basic], ret: Basic) {
        if self.invokers.insert((kind, (parameters.to_vec(), ret)))
            && !pregenerated(kind, parameters, ret)
        {
            self.spun += 1;
        }
    }

    /// `Invokers.linkToTargetMethod` for a call site's basic type (the call site's method
    /// handle appended).
    fn linker(&mut self, parameters: &[Basic]) {
        let mut with_target = parameters.to_vec();
        with_target.push(Basic::L);
        if self.linkers.insert((with_target.clone(), Basic::L)) {
            // Its form invokes the target with `invokeBasic`.
            self.basic_invoker(parameters, Basic::L);
            if !pregenerated("linkToTargetMethod", &with_target, Basic::L) {
                self.spun += 1;
            }
        }
    }

    fn concat(&mut self, parameters: &[(Basic, bool)], elements: &[bool]) {
        let reference = |i: usize| parameters[i].1;
        // The fast paths for one and two elements.
        if elements.len() == 1 {
            if elements[0] {
                let argument = if reference(0) {
                    Basic::L
                } else {
                    parameters[0].0
                };
                self.static_method(&[argument], Basic::L);
            }
            return;
        }
        if elements.len() == 2 {
            if parameters.len() == 2 && reference(0) && reference(1) {
                self.static_method(&[Basic::L, Basic::L], Basic::L);
                return;
            }
            if parameters.len() == 1 && reference(0) {
                let constant = if elements[1] { 0 } else { 1 };
                let simple = self.static_method(&[Basic::L, Basic::L], Basic::L);
                self.insert_arguments(&simple, constant, 1);
                return;
            }
        }
        // Objects, floats and doubles are turned into Strings first.
        let mut types = Vec::new();
        let mut filters = Vec::new();
        for &(basic, is_reference) in parameters {
            let filter = match basic {
                _ if is_reference => Some(Stringifier::Object),
                Basic::F => Some(Stringifier::Float),
                Basic::D => Some(Stringifier::Double),
                _ => None,
            };
            types.push(if filter.is_some() { Basic::L } else { basic });
            filters.push(filter);
        }
        let new_string = self.static_method(&[Basic::L, Basic::J], Basic::L);
        let mut mh = self.drop_arguments(&new_string, 2, &types);
        // Prependers: (long indexCoder, byte[] buffer, T value, String prefix) -> long, with
        // the prefix (or null) bound.
        let mut constant = false;
        let mut pos = 0;
        for &argument in elements {
            if !argument {
                constant = true;
                continue;
            }
            let prepend = self.static_method(&[Basic::J, Basic::L, types[pos], Basic::L], Basic::J);
            let prepender = self.insert_arguments(&prepend, 3, 1);
            mh = self.with_combiner(false, &mh, 1, &prepender, &[1, 0, 2 + pos]);
            constant = false;
            pos += 1;
        }
        let new_array = if constant {
            let with_suffix = self.static_method(&[Basic::L, Basic::J], Basic::L);
            self.insert_arguments(&with_suffix, 0, 1)
        } else {
            self.static_method(&[Basic::J], Basic::L)
        };
        mh = self.with_combiner(true, &mh, 0, &new_array, &[1]);
        // Mixers: (long lengthCoder, T value) -> long.
        let mut mix: Option<Handle> = None;
        let mut pos: Option<usize> = None;
        for &argument in elements {
            if !argument {
                continue;
            }
            if let (Some(p), Some(m)) = (pos, &mix) {
                let m = m.clone();
                mh = self.with_combiner(false, &mh, 0, &m, &[0, 1 + p]);
            }
            let p = pos.map_or(0, |p| p + 1);
            pos = Some(p);
            mix = Some(self.static_method(&[Basic::J, types[p]], Basic::J));
        }
        if let (Some(p), Some(m)) = (pos, mix) {
            let m = self.insert_arguments(&m, 0, 1);
            mh = self.with_combiner(true, &mh, 0, &m, &[1 + p]);
        }
        if filters.iter().any(Option::is_some) {
            self.filter_arguments(&mh, &filters);
        }
    }
}
