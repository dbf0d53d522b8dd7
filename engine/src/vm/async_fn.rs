//! Async functions (ARCHITECTURE.md, "Async functions").
//!
//! An async function's body runs in an ordinary register frame, always as the entry
//! frame of its own `Vm::run` (calls to async closures go through `async_call`, never
//! through the interpreter's frame-pushing fast path). `Op::Await` records the awaited
//! value in `ThreadVmState::await_req` and returns from `run` with the frame still on
//! the stack; `finish_step` then moves the frame — its `Frame` fields and its whole
//! register window, arguments included — into a heap-allocated [`AsyncFrame`] host
//! object and subscribes it to the awaited promise. The promise reaction job that
//! settles it (on whichever thread settles the promise) copies the registers back onto
//! that thread's register stack and runs the frame again from the instruction after
//! the `Await`, or unwinds into it with the rejection reason.
//!
//! A suspended frame is an ordinary heap object: it is reachable exactly while the
//! awaited promise (or a job) can still resume it, its registers are traced by the
//! collector through `HostData::trace`, and the heap verifier checks every saved value
//! and the frame's shape (`HostData::check`).

use crate::builtins::promise::{Handler, host};
use crate::object::Class;
use crate::object::class::HostData;
use crate::sync::{Arc, Mutex};
use crate::value::Value;
use crate::vm::code::{Code, R};
use crate::vm::{Frame, JsResult, ObjRef, Vm};

/// A suspended async function frame.
pub struct Saved {
    code: Arc<Code>,
    /// The instruction after the `Await`.
    pc: usize,
    /// Frame base and argument start, relative to the start of `regs`.
    base: usize,
    argv: usize,
    argc: usize,
    /// The register that receives the awaited value.
    dst: R,
    /// The register window from the frame's floor (arguments, then the frame).
    regs: Vec<Value>,
}

/// The heap object holding a suspended frame and the async function's promise.
pub struct AsyncFrame {
    promise: Value,
    saved: Mutex<Option<Saved>>,
}

impl HostData for AsyncFrame {
    fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.promise);
        if let Some(s) = &*crate::sync::lock(&self.saved) {
            s.regs.iter().for_each(|v| f(*v));
        }
    }
    fn tag(&self) -> &'static str {
        "AsyncFunction"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn check(&self) -> Result<(), String> {
        let g = crate::sync::lock(&self.saved);
        let Some(s) = &*g else { return Ok(()) };
        if s.pc == 0
            || !matches!(
                s.code.ops.get(s.pc - 1),
                Some(crate::vm::code::Op::Await { .. })
            )
        {
            return Err(format!(
                "suspended frame: pc {} does not follow an Await",
                s.pc
            ));
        }
        if s.base + s.code.nregs as usize != s.regs.len() || s.argv + s.argc > s.base {
            return Err("suspended frame: register window does not match its code".into());
        }
        if s.dst as u32 >= s.code.nregs {
            return Err("suspended frame: result register out of range".into());
        }
        Ok(())
    }
}

/// Is `v` an async function frame that is suspended now?
pub fn is_suspended(v: Value) -> bool {
    host::<AsyncFrame>(v).is_some_and(|a| crate::sync::lock(&a.saved).is_some())
}

impl Vm {
    /// `Op::Await`: asks the async driver to suspend the current (entry) frame.
    pub(crate) fn request_await(&mut self, v: Value, dst: R, is_entry: bool) -> JsResult<()> {
        if !is_entry || self.thread_local.await_req.is_some() {
            return Err(self.syntax_error("await outside the frame of an async function"));
        }
        self.thread_local.await_req = Some((v, dst));
        Ok(())
    }

    /// Calls an async closure: runs its body until the first `await` and returns its
    /// promise.
    pub(crate) fn async_call(
        &mut self,
        func: ObjRef,
        code: Arc<Code>,
        this: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        let promise = self.new_promise();
        let mark = self.roots.len();
        self.roots.push(promise);
        let floor = self.regs.len();
        self.regs.extend_from_slice(args);
        let r = match self.bind_this(&code, this) {
            Ok(this) => {
                self.native_depth += 1;
                let r = self.enter_frame(
                    func,
                    &code,
                    this,
                    Value::UNDEFINED,
                    floor,
                    args.len(),
                    None,
                    false,
                    floor,
                );
                let r = match r {
                    Ok(()) => {
                        let entry = self.frames.len();
                        self.run(entry)
                    }
                    Err(e) => Err(e),
                };
                self.native_depth -= 1;
                r
            }
            Err(e) => Err(e),
        };
        self.finish_step(r, promise, None);
        self.regs.truncate(floor);
        self.roots.truncate(mark);
        Ok(promise)
    }

    /// After the body ran: suspend at an await, or settle the promise.
    fn finish_step(&mut self, r: JsResult<Value>, promise: Value, cont: Option<Value>) {
        let Some((awaited, dst)) = self.thread_local.await_req.take() else {
            self.throw_pos = None;
            match r {
                Ok(v) => self.resolve_promise(promise, v),
                Err(e) => self.settle_promise(promise, true, e),
            }
            return;
        };
        let f = self.frames.pop().expect("the awaiting frame");
        let regs = self.regs.split_off(f.floor);
        let saved = Saved {
            code: f.code.to_arc(),
            pc: f.pc,
            base: f.base - f.floor,
            argv: f.argv - f.floor,
            argc: f.argc,
            dst,
            regs,
        };
        let cont = match cont.and_then(host::<AsyncFrame>) {
            Some(a) => {
                *crate::sync::lock(&a.saved) = Some(saved);
                cont.unwrap_or(Value::UNDEFINED)
            }
            None => self
                .new_object_with(
                    Value::NULL,
                    Class::Host(Box::new(AsyncFrame {
                        promise,
                        saved: Mutex::new(Some(saved)),
                    })),
                )
                .value(),
        };
        let mark = self.roots.len();
        self.roots.extend([cont, awaited, promise]);
        // Await(v): PromiseResolve(%Promise%, v), then PerformPromiseThen with the
        // continuation as both handlers.
        let c = self.realm().promise_ctor;
        match self.promise_resolve(c, awaited) {
            Ok(p) => self.perform_then(p, Handler::Await(cont), Handler::Await(cont), None),
            Err(e) => {
                // PromiseResolve threw (a getter of `constructor`): resume with the
                // throw at once, in a job, like a rejection.
                let p = self.new_promise();
                self.settle_promise(p, true, e);
                self.perform_then(p, Handler::Await(cont), Handler::Await(cont), None);
            }
        }
        self.roots.truncate(mark);
    }

    /// The reaction job of an await: resumes the suspended frame with the awaited
    /// value (or throws the reason into it).
    pub(crate) fn resume_async(&mut self, cont: Value, r: JsResult<Value>) {
        let Some(a) = host::<AsyncFrame>(cont) else {
            return;
        };
        let Some(s) = crate::sync::lock(&a.saved).take() else {
            return;
        };
        let floor = self.regs.len();
        let base = floor + s.base;
        self.regs.extend_from_slice(&s.regs);
        // `s` (and its counted `code`) lives until the frame has run.
        self.frames.push(Frame {
            code: crate::vm::CodeRef::new(&s.code),
            pc: s.pc,
            base,
            argv: floor + s.argv,
            argc: s.argc,
            ret: None,
            construct: false,
            floor,
        });
        let entry = self.frames.len();
        self.native_depth += 1;
        let out = match r {
            Ok(v) => {
                self.regs[base + s.dst as usize] = v;
                self.run(entry)
            }
            Err(e) => match self.unwind(e, entry) {
                Ok(_) => self.run(entry),
                Err(e) => Err(e),
            },
        };
        self.native_depth -= 1;
        self.finish_step(out, a.promise, Some(cont));
        self.regs.truncate(floor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::Cell;
    use crate::vm::{Options, Runtime};

    /// Suspended async frames in the heap.
    fn suspended(rt: &Runtime) -> usize {
        let mut n = 0;
        rt.heap.for_each_cell(|c| {
            if matches!(c.get(), Cell::Object(_)) && is_suspended(Value::from_cell(c)) {
                n += 1;
            }
        });
        n
    }

    fn runtime(gc_stress: usize) -> (Arc<Runtime>, Vm) {
        let rt = Runtime::new(Options {
            capture_output: true,
            gc_stress,
            ..Options::default()
        });
        let vm = Vm::new_main(Arc::clone(&rt));
        (rt, vm)
    }

    const HUNDRED: &str = r#"
let open;
const gate = new Promise((r) => { open = r; });
let sum = 0;
async function f(i) {
  const mine = { i, list: [i, String(i)] };
  let v = await gate;
  v = (await v) + 1;
  sum += mine.list[0] + v;
  return mine;
}
const all = [];
for (let i = 0; i < 100; i++) all.push(f(i));
Promise.all(all).then((xs) => print("done", xs.length, sum, xs[99].list[1]));
"#;

    #[test]
    fn a_collection_with_100_suspended_frames_keeps_them_and_the_heap_sound() {
        for stress in [0, 7] {
            let (rt, mut vm) = runtime(stress);
            vm.eval_script(HUNDRED, "hundred.js").expect("script runs");
            vm.collect_now();
            assert_eq!(suspended(&rt), 100, "gc_stress {stress}");
            assert_eq!(vm.verify_heap(), Vec::<String>::new());
            vm.eval_script("open(7);", "open.js").expect("resumes");
            vm.collect_now();
            assert_eq!(suspended(&rt), 0);
            assert_eq!(vm.verify_heap(), Vec::<String>::new());
            let out = String::from_utf8(rt.take_output()).expect("utf-8");
            assert_eq!(out, "done 100 5750 99\n");
        }
    }

    #[test]
    fn suspended_frames_nobody_can_resume_are_collected() {
        let (rt, mut vm) = runtime(0);
        let src = "(function () { const never = new Promise(() => {}); \
                   for (let i = 0; i < 100; i++) (async () => { await never; })(); })();";
        vm.eval_script(src, "never.js").expect("script runs");
        vm.collect_now();
        assert_eq!(suspended(&rt), 0);
        assert_eq!(vm.verify_heap(), Vec::<String>::new());
    }

    #[test]
    fn the_verifier_rejects_a_corrupt_suspended_frame() {
        let (rt, mut vm) = runtime(0);
        vm.eval_script(HUNDRED, "hundred.js").expect("script runs");
        // Shorten one saved register window: the verifier must notice.
        let mut done = false;
        rt.heap.for_each_cell(|c| {
            if let Cell::Object(o) = c.get()
                && let Class::Host(h) = &o.class
                && let Some(a) = h.as_any().downcast_ref::<AsyncFrame>()
                && !done
                && let Some(s) = &mut *crate::sync::lock(&a.saved)
            {
                s.regs.pop();
                done = true;
            }
        });
        assert!(done);
        let problems = vm.verify_heap();
        assert!(
            problems.iter().any(|p| p.contains("register window")),
            "{problems:?}"
        );
    }
}
