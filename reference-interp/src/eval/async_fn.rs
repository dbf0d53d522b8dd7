//! Async functions (§15.8, §27.7) and `await` (§27.7.5.3).
//!
//! The body of every call of an async function runs on a fiber of its own
//! (`fiber::ASYNC_STACK`). `await v` registers reactions on `PromiseResolve(v)` that
//! resume the fiber, and suspends it with [`FiberYield::Awaiting`]: whoever resumed the
//! fiber (the caller, or the job that continues it) goes on. A fiber that announces a
//! visible step of its thread ([`FiberYield::Op`]) is not the thread's own fiber, so its
//! resumer forwards the announcement upwards and resumes it again once the scheduler
//! lets the thread go on ([`Interp::drive_async`]). When the body completes, it settles
//! the function's promise itself, on the fiber.
//!
//! The fibers live in `ThreadsRuntime::async_fibers`; `run_program` drops those that
//! never completed before the interpreter goes away.

use boa_ast::function::{
    AsyncArrowFunction, AsyncFunctionDeclaration, AsyncFunctionExpression, FormalParameterList,
    FunctionBody,
};

use crate::env::{Env, new_declarative_environment};
use crate::interp::{Abrupt, Interp, JsResult, Termination};
use crate::object::{FunctionCode, FunctionData, Obj, ObjectKind};
use crate::string::JsString;
use crate::threads::fiber::{self, ASYNC_STACK, Fiber, FiberYield};
use crate::value::{PropertyKey, Value};

/// One async function call's fiber and what it is resumed with.
#[derive(Debug, Default)]
pub struct AsyncSlot<'a> {
    /// The fiber while it is suspended (`None` while it runs or once it completed).
    pub fiber: Option<Fiber>,
    /// The completion of the awaited promise: `Ok(value)` or `Err(reason)`.
    pub resume_with: Option<Result<Value<'a>, Value<'a>>>,
    /// A termination that ended the body (fuel, an infeasible branch).
    pub terminated: Option<Termination>,
}

impl<'a> Interp<'a> {
    fn create_async_closure(
        &mut self,
        params: &'a FormalParameterList,
        body: &'a FunctionBody,
        arrow: bool,
        env: Env<'a>,
    ) -> Obj<'a> {
        let strict = self.ctx.strict || body.strict();
        let proto = self.intrinsic("%AsyncFunction.prototype%");
        let f = self.ordinary_function_create(
            proto,
            FunctionCode::Source {
                params,
                body,
                arrow,
            },
            arrow,
            env,
            strict,
        );
        if let ObjectKind::Function(fd) = &mut f.borrow_mut().kind {
            fd.is_async = true;
        }
        f
    }

    /// InstantiateAsyncFunctionObject (§15.8.3).
    pub fn instantiate_async_function_object(
        &mut self,
        f: &'a AsyncFunctionDeclaration,
        env: Env<'a>,
    ) -> Obj<'a> {
        let fo = self.create_async_closure(f.parameters(), f.body(), false, env);
        let name = PropertyKey::String(self.sym_to_js(f.name().sym()));
        self.set_function_name(&fo, &name, None);
        fo
    }

    /// InstantiateAsyncFunctionExpression (§15.8.4), with NamedEvaluation's `name`.
    pub fn instantiate_async_function_expression(
        &mut self,
        f: &'a AsyncFunctionExpression,
        name: Option<PropertyKey>,
    ) -> Obj<'a> {
        let own = f.name().filter(|_| f.has_binding_identifier());
        if let Some(id) = own {
            let func_env = new_declarative_environment(Some(self.ctx.lex_env.clone()));
            self.env_create_immutable_binding(&func_env, id.sym(), false);
            let closure =
                self.create_async_closure(f.parameters(), f.body(), false, func_env.clone());
            let key = PropertyKey::String(self.sym_to_js(id.sym()));
            self.set_function_name(&closure, &key, None);
            if let Some(b) = func_env.borrow_mut().bindings.get_mut(&id.sym()) {
                b.value = Some(Value::Object(closure.clone()));
            }
            return closure;
        }
        let env = self.ctx.lex_env.clone();
        let closure = self.create_async_closure(f.parameters(), f.body(), false, env);
        let key = name
            .or_else(|| {
                f.name()
                    .map(|id| PropertyKey::String(self.sym_to_js(id.sym())))
            })
            .unwrap_or_else(|| PropertyKey::String(JsString::empty()));
        self.set_function_name(&closure, &key, None);
        closure
    }

    /// InstantiateAsyncArrowFunctionExpression (§15.9.4).
    pub fn instantiate_async_arrow_function(
        &mut self,
        f: &'a AsyncArrowFunction,
        name: Option<PropertyKey>,
    ) -> Obj<'a> {
        let env = self.ctx.lex_env.clone();
        let closure = self.create_async_closure(f.parameters(), f.body(), true, env);
        let key = name
            .or_else(|| {
                f.name()
                    .map(|id| PropertyKey::String(self.sym_to_js(id.sym())))
            })
            .unwrap_or_else(|| PropertyKey::String(JsString::empty()));
        self.set_function_name(&closure, &key, None);
        closure
    }

    /// Marks a method closure as async (async methods, §15.8.2 / §15.4.4).
    pub fn make_async(&mut self, f: &Obj<'a>) {
        let proto = self.intrinsic("%AsyncFunction.prototype%");
        let mut b = f.borrow_mut();
        b.prototype = Some(proto);
        if let ObjectKind::Function(fd) = &mut b.kind {
            fd.is_async = true;
        }
    }

    /// `[[Call]]` of an async function: EvaluateAsyncFunctionBody (§15.8.4) and
    /// AsyncFunctionStart (§27.7.5.1). The body runs on a new fiber until it first
    /// awaits or completes; the caller gets the promise.
    pub fn async_function_call(
        &mut self,
        f: &Obj<'a>,
        fd: FunctionData<'a>,
        this: Value<'a>,
        args: &[Value<'a>],
    ) -> JsResult<'a, Value<'a>> {
        let promise = self.new_intrinsic_promise();
        let (resolve, reject) = self.create_resolving_functions(&promise);
        let id = self.rt.async_fibers.len();
        self.rt.async_fibers.push(AsyncSlot::default());
        let depth = self.call_depth;
        let f = f.clone();
        let args = args.to_vec();
        let body = move |interp: &mut Interp<'a>| {
            interp.call_depth = depth;
            let r = interp.ordinary_call(&f, &fd, this, &args);
            let settled = match r {
                Ok(v) => interp.call_resolving_function(&resolve, v),
                Err(Abrupt::Throw(e, _)) => interp.call_resolving_function(&reject, e),
                Err(t) => Err(t),
            };
            if let Err(Abrupt::Terminate(t)) = settled {
                interp.rt.async_fibers[id].terminated = Some(t);
            }
        };
        // SAFETY: the fiber is stored in `rt.async_fibers` (or run to completion here);
        // `run_program` drops every fiber there before it returns, while `self` is alive
        // and in place, and `body` borrows only data that lives for `'a`.
        let fiber = unsafe { fiber::new_fiber(self, ASYNC_STACK, body) };
        match fiber {
            Ok(fiber) => self.rt.async_fibers[id].fiber = Some(fiber),
            Err(e) => return Err(self.range_error(format!("cannot start an async function: {e}"))),
        }
        self.drive_async(id)?;
        Ok(Value::Object(promise))
    }

    /// Runs the fiber of async call `id` until it awaits or completes, forwarding the
    /// visible steps it announces to the running thread's resumer.
    pub fn drive_async(&mut self, id: usize) -> JsResult<'a, ()> {
        loop {
            let Some(mut fiber) = self.rt.async_fibers[id].fiber.take() else {
                return Ok(());
            };
            self.rt.running_async.push(id);
            let y = fiber::resume(self, &mut fiber);
            self.rt.running_async.pop();
            match y {
                Some(FiberYield::Op(op)) => {
                    self.rt.async_fibers[id].fiber = Some(fiber);
                    fiber::suspend(self, FiberYield::Op(op));
                }
                Some(FiberYield::Awaiting) => {
                    self.rt.async_fibers[id].fiber = Some(fiber);
                    return Ok(());
                }
                None => {
                    drop(fiber);
                    return match self.rt.async_fibers[id].terminated.take() {
                        Some(t) => Err(Abrupt::Terminate(t)),
                        None => Ok(()),
                    };
                }
            }
        }
    }

    /// Await (§27.7.5.3).
    pub fn await_value(&mut self, v: Value<'a>) -> JsResult<'a, Value<'a>> {
        let Some(&id) = self.rt.running_async.last() else {
            return Err(self.syntax_error("await is only valid in async functions"));
        };
        let c = self.intrinsic("%Promise%");
        let promise = self.promise_resolve(&c, v)?;
        let Some(promise) = self.as_promise(&promise) else {
            return Err(self.type_error("await: PromiseResolve did not give a promise"));
        };
        let handler = |interp: &mut Interp<'a>, rejected: bool| {
            Value::Object(interp.create_builtin_function_with_captures(
                JsString::empty(),
                1,
                await_continuation,
                false,
                vec![Value::from(id), Value::Bool(rejected)],
            ))
        };
        let on_fulfilled = handler(self, false);
        let on_rejected = handler(self, true);
        self.perform_promise_then(&promise, on_fulfilled, on_rejected, None)?;
        fiber::suspend(self, FiberYield::Awaiting);
        if self.rt.infeasible {
            return Err(Abrupt::Terminate(Termination::Infeasible));
        }
        match self.rt.async_fibers[id].resume_with.take() {
            Some(Ok(v)) => Ok(v),
            Some(Err(e)) => Err(self.throw_value(e)),
            None => Err(self.type_error("await resumed without a value")),
        }
    }
}

/// Await Fulfilled / Rejected Functions (§27.7.5.3 steps 3-6): continue the suspended
/// body with the value or the reason.
fn await_continuation<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let caps = interp.native_captures();
    let (Some(Value::Number(id)), Some(Value::Bool(rejected))) = (caps.first(), caps.get(1)) else {
        return Ok(Value::Undefined);
    };
    let id = *id as usize;
    let v = args.first().cloned().unwrap_or(Value::Undefined);
    interp.rt.async_fibers[id].resume_with = Some(if *rejected { Err(v) } else { Ok(v) });
    interp.drive_async(id)?;
    Ok(Value::Undefined)
}
