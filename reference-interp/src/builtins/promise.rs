//! Promise objects (§27.2): the abstract operations of §27.2.1, the jobs of §27.2.2,
//! the constructor and its functions (§27.2.3, §27.2.4) and `Promise.prototype`
//! (§27.2.5). The combinators (`all`, `allSettled`, `any`, `race`) and `finally` are in
//! `promise_combinators.rs`.
//!
//! Jobs go on the job queue of the thread that runs the operation (`spec/threads.md`
//! [th.jobs.reaction-thread]): a reaction registered on a pending promise runs on the
//! thread that settles it; `then` on a settled promise enqueues on the calling thread.
//! While several threads exist, a promise's internal state is shared runtime state:
//! settling it is a step that writes it and `then` a step that reads and modifies it
//! ([th.jobs.memory]); settling releases the settler's clock, and a `then` that finds the
//! promise settled acquires it, so the reaction sees what the settler did.

use crate::builtins::arg;
use crate::interp::{Abrupt, Interp, JsResult};
use crate::object::{Obj, ObjectKind, Property};
use crate::string::JsString;
use crate::threads::op::{Access, PendingOp, Target, Wait};
use crate::value::{PropertyKey, Value};

type R<'a> = JsResult<'a, Value<'a>>;

/// `[[PromiseState]]` with `[[PromiseResult]]`.
#[derive(Clone, Debug)]
pub enum PromiseState<'a> {
    /// *pending*.
    Pending,
    /// *fulfilled* with the value.
    Fulfilled(Value<'a>),
    /// *rejected* with the reason.
    Rejected(Value<'a>),
}

/// A PromiseCapability Record (§27.2.1.1).
#[derive(Clone, Debug)]
pub struct Capability<'a> {
    /// `[[Promise]]`.
    pub promise: Value<'a>,
    /// `[[Resolve]]`.
    pub resolve: Value<'a>,
    /// `[[Reject]]`.
    pub reject: Value<'a>,
}

/// A PromiseReaction Record (§27.2.1.2).
#[derive(Clone, Debug)]
pub struct Reaction<'a> {
    /// `[[Capability]]` (`None`: undefined, as for `await`).
    pub capability: Option<Capability<'a>>,
    /// `[[Type]]`: *reject* when true, *fulfill* otherwise.
    pub reject: bool,
    /// `[[Handler]]` (`None`: empty).
    pub handler: Option<Value<'a>>,
}

/// The internal slots of a promise (§27.2.6).
#[derive(Clone, Debug)]
pub struct PromiseData<'a> {
    /// `[[PromiseState]]` and `[[PromiseResult]]`.
    pub state: PromiseState<'a>,
    /// `[[PromiseFulfillReactions]]`.
    pub fulfill_reactions: Vec<Reaction<'a>>,
    /// `[[PromiseRejectReactions]]`.
    pub reject_reactions: Vec<Reaction<'a>>,
    /// `[[PromiseIsHandled]]`.
    pub is_handled: bool,
}

/// Installs `Promise` and `%AsyncFunction.prototype%`.
pub fn init(interp: &mut Interp<'_>) {
    let proto = interp.new_prototype_object("%Promise.prototype%", ObjectKind::Ordinary);
    let ctor = interp.define_global_constructor("Promise", 1, promise_constructor, &proto);
    interp.register_intrinsic("%Promise%", &ctor);
    interp.define_method(&proto, "then", 2, promise_then);
    interp.define_method(&proto, "catch", 1, promise_catch);
    interp.define_method(&ctor, "resolve", 1, promise_resolve_static);
    interp.define_method(&ctor, "reject", 1, promise_reject_static);
    crate::builtins::promise_combinators::init(interp, &ctor, &proto);
    let tag = interp.well_known.to_string_tag.clone();
    interp.define_readonly(
        &proto,
        PropertyKey::Symbol(tag.clone()),
        Value::str("Promise"),
    );

    // %AsyncFunction.prototype% (§27.7.3): the [[Prototype]] of async functions.
    let fproto = interp.intrinsic("%Function.prototype%");
    let af = Obj::new(Some(fproto), ObjectKind::Ordinary);
    interp.register_intrinsic("%AsyncFunction.prototype%", &af);
    interp.define_readonly(&af, PropertyKey::Symbol(tag), Value::str("AsyncFunction"));
    // %AsyncFunction% (§27.7.1): a subclass of %Function%, not a global; creating
    // functions from strings is outside the subset, as for `Function`.
    let ctor = interp.create_builtin_function(
        JsString::from("AsyncFunction"),
        1,
        async_function_constructor,
        true,
    );
    ctor.borrow_mut().prototype = Some(interp.intrinsic("%Function%"));
    interp.define_constant(&ctor, "prototype", Value::Object(af.clone()));
    interp.define_readonly(&af, "constructor", Value::Object(ctor.clone()));
    interp.register_intrinsic("%AsyncFunction%", &ctor);
}

/// AsyncFunction ( ...parameterArgs, bodyArg ) (§27.7.1.1): dynamic functions are outside
/// the supported subset.
fn async_function_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Err(interp.unsupported("the AsyncFunction constructor"))
}

/// An internal record object (never exposed to code): named Rust-side fields stored as
/// properties, read and written without events.
pub fn record<'a>() -> Obj<'a> {
    Obj::new(None, ObjectKind::Ordinary)
}

/// Reads a field of an internal record.
pub fn field<'a>(o: &Obj<'a>, name: &str) -> Value<'a> {
    match o.borrow().properties.get(&PropertyKey::from(name)) {
        Some(Property::Data { value, .. }) => value.clone(),
        _ => Value::Undefined,
    }
}

/// Writes a field of an internal record.
pub fn set_field<'a>(o: &Obj<'a>, name: &str, v: Value<'a>) {
    o.borrow_mut()
        .properties
        .insert(PropertyKey::from(name), Property::data(v));
}

fn capture<'a>(interp: &Interp<'a>, i: usize) -> Value<'a> {
    interp
        .native_captures()
        .get(i)
        .cloned()
        .unwrap_or(Value::Undefined)
}

impl<'a> Interp<'a> {
    /// IsPromise (§27.2.1.6): the promise object, if `v` is one.
    pub fn as_promise(&self, v: &Value<'a>) -> Option<Obj<'a>> {
        match v {
            Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Promise(_)) => {
                Some(o.clone())
            }
            _ => None,
        }
    }

    /// A new pending promise with the given prototype (§27.2.3.1 steps 3-7).
    pub fn promise_allocate(&mut self, proto: Obj<'a>) -> Obj<'a> {
        Obj::new(
            Some(proto),
            ObjectKind::Promise(Box::new(PromiseData {
                state: PromiseState::Pending,
                fulfill_reactions: Vec::new(),
                reject_reactions: Vec::new(),
                is_handled: false,
            })),
        )
    }

    /// The state of a promise.
    pub fn promise_state(&self, p: &Obj<'a>) -> PromiseState<'a> {
        match &p.borrow().kind {
            ObjectKind::Promise(d) => d.state.clone(),
            _ => PromiseState::Pending,
        }
    }

    /// A step on a promise's internal state while threads run (th.jobs.memory).
    fn promise_step(&mut self, p: &Obj<'a>, label: &'static str) -> JsResult<'a, ()> {
        if !self.threaded() {
            return Ok(());
        }
        let id = self.object_identity(p);
        self.announce(PendingOp {
            label,
            targets: vec![(Target::Sync(id), Access::Write)],
            wait: Wait::None,
            existence: None,
        })
    }

    /// CreateResolvingFunctions (§27.2.1.3).
    pub fn create_resolving_functions(&mut self, promise: &Obj<'a>) -> (Obj<'a>, Obj<'a>) {
        // alreadyResolved: a Record { [[Value]]: false }, shared by both functions.
        let already = record();
        set_field(&already, "value", Value::Bool(false));
        let caps = vec![Value::Object(promise.clone()), Value::Object(already)];
        let resolve = self.create_builtin_function_with_captures(
            JsString::empty(),
            1,
            promise_resolve_function,
            false,
            caps.clone(),
        );
        let reject = self.create_builtin_function_with_captures(
            JsString::empty(),
            1,
            promise_reject_function,
            false,
            caps,
        );
        (resolve, reject)
    }

    /// FulfillPromise (§27.2.1.4).
    pub fn fulfill_promise(&mut self, p: &Obj<'a>, v: Value<'a>) {
        self.settle(p, PromiseState::Fulfilled(v.clone()), v, false);
    }

    /// RejectPromise (§27.2.1.7). HostPromiseRejectionTracker is a no-op.
    pub fn reject_promise(&mut self, p: &Obj<'a>, reason: Value<'a>) {
        self.settle(p, PromiseState::Rejected(reason.clone()), reason, true);
    }

    fn settle(
        &mut self,
        p: &Obj<'a>,
        state: PromiseState<'a>,
        argument: Value<'a>,
        rejected: bool,
    ) {
        let reactions = {
            let mut b = p.borrow_mut();
            let ObjectKind::Promise(d) = &mut b.kind else {
                return;
            };
            d.state = state;
            let f = std::mem::take(&mut d.fulfill_reactions);
            let r = std::mem::take(&mut d.reject_reactions);
            if rejected { r } else { f }
        };
        if self.threaded() {
            // Settling releases the settler's clock to later `then`s (th.jobs.memory).
            let id = self.object_identity(p);
            let me = self.rt.current;
            let clock = self.rt.graph.clock(me).clone();
            self.rt.sync_clocks.insert(id, clock);
        }
        self.trigger_promise_reactions(reactions, argument);
    }

    /// TriggerPromiseReactions (§27.2.1.8): enqueues on the current thread.
    fn trigger_promise_reactions(&mut self, reactions: Vec<Reaction<'a>>, argument: Value<'a>) {
        for r in reactions {
            self.enqueue_reaction_job(r, argument.clone());
        }
    }

    /// NewPromiseReactionJob (§27.2.2.1) + HostEnqueuePromiseJob (§9.5.5).
    fn enqueue_reaction_job(&mut self, reaction: Reaction<'a>, argument: Value<'a>) {
        self.enqueue_job(Box::new(move |interp: &mut Interp<'a>| {
            let result = match &reaction.handler {
                None if reaction.reject => Err(argument),
                None => Ok(argument),
                Some(h) => match interp.call(h, Value::Undefined, &[argument]) {
                    Ok(v) => Ok(v),
                    Err(Abrupt::Throw(e, _)) => Err(e),
                    Err(t) => return Err(t),
                },
            };
            let Some(cap) = &reaction.capability else {
                return Ok(());
            };
            let r = match result {
                Ok(v) => interp.call(&cap.resolve, Value::Undefined, &[v]),
                Err(e) => interp.call(&cap.reject, Value::Undefined, &[e]),
            };
            report(r)
        }));
    }

    /// NewPromiseResolveThenableJob (§27.2.2.2), enqueued on the current thread.
    fn enqueue_resolve_thenable_job(
        &mut self,
        promise: Obj<'a>,
        thenable: Value<'a>,
        then: Value<'a>,
    ) {
        self.enqueue_job(Box::new(move |interp: &mut Interp<'a>| {
            let (resolve, reject) = interp.create_resolving_functions(&promise);
            let r = interp.call(
                &then,
                thenable,
                &[Value::Object(resolve), Value::Object(reject.clone())],
            );
            match r {
                Err(Abrupt::Throw(e, _)) => {
                    report(interp.call(&Value::Object(reject), Value::Undefined, &[e]))
                }
                other => report(other),
            }
        }));
    }

    /// NewPromiseCapability (§27.2.1.5).
    pub fn new_promise_capability(&mut self, c: &Value<'a>) -> JsResult<'a, Capability<'a>> {
        let Value::Object(co) = c else {
            return Err(self.type_error("Promise capability: not a constructor"));
        };
        if !co.is_constructor() {
            return Err(self.type_error("Promise capability: not a constructor"));
        }
        if co.ptr_eq(&self.intrinsic("%Promise%")) {
            // The executor of %Promise% is not observable: take the functions directly.
            let p = self.new_intrinsic_promise();
            let (resolve, reject) = self.create_resolving_functions(&p);
            return Ok(Capability {
                promise: Value::Object(p),
                resolve: Value::Object(resolve),
                reject: Value::Object(reject),
            });
        }
        let rec = record();
        let executor = self.create_builtin_function_with_captures(
            JsString::empty(),
            2,
            get_capabilities_executor,
            false,
            vec![Value::Object(rec.clone())],
        );
        let promise = self.construct(co, &[Value::Object(executor)], None)?;
        let resolve = field(&rec, "resolve");
        let reject = field(&rec, "reject");
        if !matches!(&resolve, Value::Object(o) if o.is_callable()) {
            return Err(self.type_error("Promise resolve function is not callable"));
        }
        if !matches!(&reject, Value::Object(o) if o.is_callable()) {
            return Err(self.type_error("Promise reject function is not callable"));
        }
        Ok(Capability {
            promise,
            resolve,
            reject,
        })
    }

    /// A new pending %Promise% instance.
    pub fn new_intrinsic_promise(&mut self) -> Obj<'a> {
        let proto = self.intrinsic("%Promise.prototype%");
        self.promise_allocate(proto)
    }

    /// PromiseResolve (§27.2.4.7.1).
    pub fn promise_resolve(&mut self, c: &Obj<'a>, x: Value<'a>) -> R<'a> {
        if let Some(p) = self.as_promise(&x) {
            let ctor = self.get_prop(&p, "constructor")?;
            if matches!(&ctor, Value::Object(k) if k.ptr_eq(c)) {
                return Ok(x);
            }
        }
        let cap = self.new_promise_capability(&Value::Object(c.clone()))?;
        self.call(&cap.resolve, Value::Undefined, &[x])?;
        Ok(cap.promise)
    }

    /// PerformPromiseThen (§27.2.5.4.1). Returns the capability's promise (or undefined).
    pub fn perform_promise_then(
        &mut self,
        p: &Obj<'a>,
        on_fulfilled: Value<'a>,
        on_rejected: Value<'a>,
        capability: Option<Capability<'a>>,
    ) -> R<'a> {
        let callable = |v: Value<'a>| match &v {
            Value::Object(o) if o.is_callable() => Some(v),
            _ => None,
        };
        let fulfill = Reaction {
            capability: capability.clone(),
            reject: false,
            handler: callable(on_fulfilled),
        };
        let reject = Reaction {
            capability: capability.clone(),
            reject: true,
            handler: callable(on_rejected),
        };
        self.promise_step(p, "then")?;
        let state = self.promise_state(p);
        match state {
            PromiseState::Pending => {
                if let ObjectKind::Promise(d) = &mut p.borrow_mut().kind {
                    d.fulfill_reactions.push(fulfill);
                    d.reject_reactions.push(reject);
                }
            }
            PromiseState::Fulfilled(v) => {
                self.acquire_settlement(p);
                self.enqueue_reaction_job(fulfill, v);
            }
            PromiseState::Rejected(v) => {
                self.acquire_settlement(p);
                self.enqueue_reaction_job(reject, v);
            }
        }
        if let ObjectKind::Promise(d) = &mut p.borrow_mut().kind {
            d.is_handled = true;
        }
        Ok(capability.map_or(Value::Undefined, |c| c.promise))
    }

    /// A `then` that found the promise settled synchronizes with the settlement.
    fn acquire_settlement(&mut self, p: &Obj<'a>) {
        if !self.threaded() {
            return;
        }
        let id = self.object_identity(p);
        if let Some(clock) = self.rt.sync_clocks.get(&id).cloned() {
            let me = self.rt.current;
            self.rt.graph.acquire(me, &clock);
        }
    }

    /// SpeciesConstructor(promise, %Promise%) (§7.3.22). This interpreter has no
    /// `@@species`: a constructor found as `constructor` is used as the species.
    pub fn promise_species_constructor(&mut self, p: &Obj<'a>) -> JsResult<'a, Obj<'a>> {
        let default = self.intrinsic("%Promise%");
        let c = self.get_prop(p, "constructor")?;
        match c {
            Value::Undefined => Ok(default),
            Value::Object(o) if o.is_constructor() => Ok(o),
            Value::Object(_) => Ok(default),
            _ => Err(self.type_error("The promise's constructor is not an object")),
        }
    }

    /// Calls a resolving function of [`Self::create_resolving_functions`] directly,
    /// without a new call level: an async function whose body hit the call-depth limit
    /// must still settle its promise.
    pub fn call_resolving_function(&mut self, f: &Obj<'a>, v: Value<'a>) -> JsResult<'a, ()> {
        let behaviour = match &f.borrow().kind {
            ObjectKind::Native(n) => n.behaviour,
            _ => return Ok(()),
        };
        let saved = self.ctx.function.replace(f.clone());
        let r = behaviour(self, Value::Undefined, &[v], None);
        self.ctx.function = saved;
        r.map(|_| ())
    }

    /// Calls the resolve (or reject) function of a capability with one value.
    pub fn call_capability(
        &mut self,
        cap: &Capability<'a>,
        reject: bool,
        v: Value<'a>,
    ) -> JsResult<'a, ()> {
        let f = if reject { &cap.reject } else { &cap.resolve };
        self.call(f, Value::Undefined, &[v]).map(|_| ())
    }
}

/// An exception escaping a job is reported and dropped (HostReportErrors); only a
/// termination ends the event loop.
fn report<'a>(r: JsResult<'a, Value<'a>>) -> JsResult<'a, ()> {
    match r {
        Err(Abrupt::Terminate(t)) => Err(Abrupt::Terminate(t)),
        _ => Ok(()),
    }
}

/// Promise Resolve Functions (§27.2.1.3.2).
fn promise_resolve_function<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (Value::Object(promise), Value::Object(already)) = (capture(interp, 0), capture(interp, 1))
    else {
        return Ok(Value::Undefined);
    };
    let resolution = arg(args, 0);
    interp.promise_step(&promise, "resolve")?;
    if matches!(field(&already, "value"), Value::Bool(true)) {
        return Ok(Value::Undefined);
    }
    set_field(&already, "value", Value::Bool(true));
    let Value::Object(res) = &resolution else {
        interp.fulfill_promise(&promise, resolution);
        return Ok(Value::Undefined);
    };
    if res.ptr_eq(&promise) {
        let e = interp.create_error(
            crate::interp::ErrorKind::Type,
            "Chaining cycle detected for promise",
        );
        interp.reject_promise(&promise, Value::Object(e));
        return Ok(Value::Undefined);
    }
    let then = match interp.get_prop(res, "then") {
        Ok(t) => t,
        Err(Abrupt::Throw(e, _)) => {
            interp.promise_step(&promise, "reject")?;
            interp.reject_promise(&promise, e);
            return Ok(Value::Undefined);
        }
        Err(t) => return Err(t),
    };
    if !matches!(&then, Value::Object(o) if o.is_callable()) {
        interp.promise_step(&promise, "fulfill")?;
        interp.fulfill_promise(&promise, resolution);
        return Ok(Value::Undefined);
    }
    interp.enqueue_resolve_thenable_job(promise, resolution, then);
    Ok(Value::Undefined)
}

/// Promise Reject Functions (§27.2.1.3.1).
fn promise_reject_function<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let (Value::Object(promise), Value::Object(already)) = (capture(interp, 0), capture(interp, 1))
    else {
        return Ok(Value::Undefined);
    };
    interp.promise_step(&promise, "reject")?;
    if matches!(field(&already, "value"), Value::Bool(true)) {
        return Ok(Value::Undefined);
    }
    set_field(&already, "value", Value::Bool(true));
    interp.reject_promise(&promise, arg(args, 0));
    Ok(Value::Undefined)
}

/// GetCapabilitiesExecutor Functions (§27.2.1.5 steps 4-5).
fn get_capabilities_executor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(rec) = capture(interp, 0) else {
        return Ok(Value::Undefined);
    };
    if !field(&rec, "resolve").is_undefined() {
        return Err(interp.type_error("Promise executor already called (resolve)"));
    }
    if !field(&rec, "reject").is_undefined() {
        return Err(interp.type_error("Promise executor already called (reject)"));
    }
    set_field(&rec, "resolve", arg(args, 0));
    set_field(&rec, "reject", arg(args, 1));
    Ok(Value::Undefined)
}

/// Promise ( executor ) (§27.2.3.1).
fn promise_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    let Some(nt) = nt else {
        return Err(interp.type_error("Promise constructor cannot be invoked without 'new'"));
    };
    let executor = arg(args, 0);
    if !matches!(&executor, Value::Object(o) if o.is_callable()) {
        let d = interp.describe(&executor);
        return Err(interp.type_error(format!("Promise resolver {d} is not a function")));
    }
    let proto = interp.get_prototype_from_constructor(&nt, "%Promise.prototype%")?;
    let promise = interp.promise_allocate(proto);
    let (resolve, reject) = interp.create_resolving_functions(&promise);
    let r = interp.call(
        &executor,
        Value::Undefined,
        &[Value::Object(resolve), Value::Object(reject.clone())],
    );
    match r {
        Err(Abrupt::Throw(e, _)) => {
            interp.call(&Value::Object(reject), Value::Undefined, &[e])?;
        }
        Err(t) => return Err(t),
        Ok(_) => {}
    }
    Ok(Value::Object(promise))
}

/// Promise.prototype.then (§27.2.5.4).
fn promise_then<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Some(p) = interp.as_promise(&this) else {
        return Err(interp.type_error("Promise.prototype.then called on a non-promise"));
    };
    let c = interp.promise_species_constructor(&p)?;
    let cap = interp.new_promise_capability(&Value::Object(c))?;
    interp.perform_promise_then(&p, arg(args, 0), arg(args, 1), Some(cap))
}

/// Promise.prototype.catch (§27.2.5.1).
fn promise_catch<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    interp.invoke(
        &this,
        &PropertyKey::from("then"),
        &[Value::Undefined, arg(args, 0)],
    )
}

/// Promise.resolve (§27.2.4.7).
fn promise_resolve_static<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(c) = this else {
        return Err(interp.type_error("Promise.resolve called on a non-object"));
    };
    interp.promise_resolve(&c, arg(args, 0))
}

/// Promise.reject (§27.2.4.6).
fn promise_reject_static<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let cap = interp.new_promise_capability(&this)?;
    interp.call_capability(&cap, true, arg(args, 0))?;
    Ok(cap.promise)
}
