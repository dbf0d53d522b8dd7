//! The async thread API (spec/threads.md §2.3, §3, §4): `Thread.prototype.asyncJoin`,
//! `Lock.prototype.asyncHold`, `Condition.prototype.asyncWait`, and the jobs that
//! settle their promises on the calling thread ([th.jobs.async-settle]).
//! `Atomics.waitAsync` lives with the other Atomics in `atomics.rs`.

use super::api::{CondHost, LockHost, ThreadHost, release, try_acquire_async};
use super::jobs::{Acquire, PendingOp, WaitKind};
use crate::builtins::promise::{data_fn, own_data, swap_data};
use crate::builtins::{arg, method};
use crate::sync::Arc;
use crate::thread::ThreadRecord;
use crate::value::Value;
use crate::vm::{JsResult, Vm};

pub fn init(vm: &mut Vm) {
    let r = vm.realm().clone();
    method(vm, r.thread_proto, "asyncJoin", 0, async_join);
    method(vm, r.lock_proto, "asyncHold", 1, async_hold);
    method(vm, r.condition_proto, "asyncWait", 1, async_wait);
}

/// Records a finished thread's result, wakes its joiners and completes its
/// asyncJoins (they settle on their own threads).
pub fn finish_record(rec: &ThreadRecord, r: Result<Value, Value>) {
    let mut g = crate::sync::lock(&rec.result);
    *g = Some(r);
    for (inbox, ticket) in crate::sync::lock(&rec.async_joiners).drain(..) {
        inbox.complete(ticket, Value::UNDEFINED);
    }
    drop(g);
    rec.done.notify_all();
}

fn async_join(vm: &mut Vm, this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let Some(rec) = super::api::host::<ThreadHost>(this).map(|h| Arc::clone(&h.record)) else {
        return Err(vm.type_error("not a Thread"));
    };
    let p = vm.new_promise();
    vm.roots.push(p);
    if rec.id == vm.thread_id {
        let e = vm.plain_error("a thread cannot join itself");
        vm.settle_promise(p, true, e);
        return Ok(p);
    }
    let op = PendingOp {
        kind: WaitKind::Join,
        vals: [p, this, Value::UNDEFINED],
    };
    let g = crate::sync::lock(&rec.result);
    if g.is_some() {
        drop(g);
        vm.inbox().ready_now(op, Value::UNDEFINED);
    } else {
        let inbox = vm.inbox();
        let ticket = inbox.register(op);
        crate::sync::lock(&rec.async_joiners).push((inbox, ticket));
    }
    Ok(p)
}

fn async_hold(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if super::api::host::<LockHost>(this).is_none() {
        return Err(vm.type_error("not a Lock"));
    }
    let f = arg(args, 0);
    let mode = if f.is_undefined() {
        Acquire::Release
    } else if vm.is_callable(f) {
        Acquire::Call
    } else {
        return Err(vm.type_error("Lock.prototype.asyncHold: the argument is not a function"));
    };
    let p = vm.new_promise();
    // The acquisition is never part of this call: the operation is complete at once and
    // tries the lock when it is settled; if the lock is taken then, it waits for a
    // release ([th.lock.async-hold], [th.jobs.async-settle]).
    vm.inbox().ready_now(
        PendingOp {
            kind: WaitKind::Lock(mode),
            vals: [p, this, f],
        },
        Value::UNDEFINED,
    );
    Ok(p)
}

fn async_wait(vm: &mut Vm, this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let Some(c) = super::api::host::<CondHost>(this) else {
        return Err(vm.type_error("not a Condition"));
    };
    let lock = arg(args, 0);
    let Some(l) = super::api::host::<LockHost>(lock) else {
        return Err(vm.type_error("Condition.prototype.asyncWait: the argument is not a Lock"));
    };
    if !l.held_by(vm.thread_id) {
        return Err(
            vm.type_error("Condition.prototype.asyncWait: the lock is not held by this thread")
        );
    }
    let p = vm.new_promise();
    vm.roots.push(p);
    let inbox = vm.inbox();
    let ticket = inbox.register(PendingOp {
        kind: WaitKind::CondWoken,
        vals: [p, lock, Value::UNDEFINED],
    });
    // Join the waiters, then release: one step as far as notifiers can tell.
    c.add_async_waiter(inbox, ticket);
    release(l);
    Ok(p)
}

impl Vm {
    /// Runs a completed (or first-step) async operation on this thread.
    pub(crate) fn run_wake(&mut self, op: PendingOp, outcome: Value) {
        let [p, a, b] = op.vals;
        match op.kind {
            WaitKind::Join => {
                let r = super::api::host::<ThreadHost>(a)
                    .and_then(|h| *crate::sync::lock(&h.record.result));
                match r {
                    Some(Ok(v)) => self.settle_promise(p, false, v),
                    Some(Err(e)) => self.settle_promise(p, true, e),
                    None => {}
                }
            }
            WaitKind::Atomics => {
                let s = self.str(if outcome == Value::TRUE {
                    "ok"
                } else {
                    "timed-out"
                });
                self.settle_promise(p, false, s);
            }
            WaitKind::CondWoken => self.acquire_then(PendingOp {
                kind: WaitKind::Lock(Acquire::Reacquire),
                vals: [p, a, b],
            }),
            WaitKind::Lock(_) => self.acquire_then(op),
        }
    }

    /// Acquires the lock of `op` (or waits for it again) and does what `op` asks.
    fn acquire_then(&mut self, op: PendingOp) {
        let [p, lock, f] = op.vals;
        let WaitKind::Lock(mode) = op.kind else {
            return;
        };
        let Some(l) = super::api::host::<LockHost>(lock) else {
            return;
        };
        if !try_acquire_async(self, l, op) {
            return;
        }
        match mode {
            Acquire::Call => {
                let r = self.call_function(f, Value::UNDEFINED, &[]);
                release(l);
                match r {
                    // A thenable result is adopted after the release.
                    Ok(v) => self.resolve_promise(p, v),
                    Err(e) => self.settle_promise(p, true, e),
                }
            }
            Acquire::Release => {
                let rel = data_fn(self, "release", 0, release_fn, lock, Value::FALSE);
                self.settle_promise(p, false, rel);
            }
            Acquire::Reacquire => self.settle_promise(p, false, Value::UNDEFINED),
        }
    }
}

/// The release function of `asyncHold()`: data = [lock, released?].
fn release_fn(vm: &mut Vm, _: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let [lock, _] = own_data(vm);
    let me = vm.thread_local.callee.unwrap_or(Value::UNDEFINED);
    // One atomic step: of two racing calls, exactly one releases.
    if swap_data(me, 1, Value::TRUE) == Value::TRUE {
        return Err(vm.plain_error("lock already released"));
    }
    if let Some(l) = super::api::host::<LockHost>(lock) {
        release(l);
    }
    Ok(Value::UNDEFINED)
}
