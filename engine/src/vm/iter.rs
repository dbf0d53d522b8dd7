//! The iterator protocol (§7.4) and for-in enumeration (§14.7.5.9).

use std::collections::HashSet;

use crate::atom;
use crate::object::Class;
use crate::object::class::IterState;
use crate::object::shape::attr;
use crate::value::Value;
use crate::vm::ops::to_boolean;
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

impl Vm {
    /// GetIterator(v, sync): (iterator, next method).
    pub fn get_iterator(&mut self, v: Value) -> JsResult<(Value, Value)> {
        let m = self.get(v, Key::Atom(atom::SYM_ITERATOR))?;
        if !self.is_callable(m) {
            let d = self.describe_callee(v);
            return Err(self.type_error(format!("{d} is not iterable")));
        }
        let it = self.call_function(m, v, &[])?;
        if !it.is_object() {
            return Err(self.type_error("Result of the Symbol.iterator method is not an object"));
        }
        let next = self.get(it, Key::Atom(atom::NEXT))?;
        Ok((it, next))
    }

    /// IteratorStep + IteratorValue: Some(value) or None when done.
    pub fn iter_step(&mut self, it: Value, next: Value) -> JsResult<Option<Value>> {
        if crate::builtins::iterator::is_builtin_next(next) {
            return crate::builtins::iterator::step(self, it);
        }
        let r = self.call_function(next, it, &[])?;
        if !r.is_object() {
            return Err(self.type_error("Iterator result is not an object"));
        }
        let done = self.get(r, Key::Atom(atom::DONE))?;
        if to_boolean(done) {
            return Ok(None);
        }
        Ok(Some(self.get(r, Key::Atom(atom::VALUE))?))
    }

    /// IteratorClose for a normal completion.
    pub fn iter_close(&mut self, it: Value) -> JsResult<()> {
        let ret = self.get(it, Key::Atom(atom::RETURN))?;
        if ret.is_nullish() {
            return Ok(());
        }
        let r = self.call_function(ret, it, &[])?;
        if !r.is_object() {
            return Err(self.type_error("Iterator result is not an object"));
        }
        Ok(())
    }

    /// Iterates `v` to the end, collecting the values.
    pub fn iterate_to_vec(&mut self, v: Value) -> JsResult<Vec<Value>> {
        let (it, next) = self.get_iterator(v)?;
        self.roots.push(it);
        self.roots.push(next);
        // The values stay on the root stack: the calling native uses them after
        // further calls into JavaScript (the stack is truncated when it returns).
        let mut out = Vec::new();
        while let Some(x) = self.iter_step(it, next)? {
            out.push(x);
            self.roots.push(x);
        }
        Ok(out)
    }

    /// `[...src]` appended to array `arr`.
    pub(crate) fn array_spread(&mut self, arr: Value, src: Value) -> JsResult<()> {
        let Some(a) = arr.as_obj() else { return Ok(()) };
        let (it, next) = self.get_iterator(src)?;
        self.roots.push(it);
        self.roots.push(next);
        while let Some(x) = self.iter_step(it, next)? {
            let n = a.array_len();
            if !a.set_element(n, x) {
                self.add_own(a, Key::Index(n), x, attr::DEFAULT)?;
            }
        }
        Ok(())
    }

    /// Starts a for-in enumeration of `v`.
    pub(crate) fn for_in_start(&mut self, v: Value) -> JsResult<Value> {
        let mut keys = Vec::new();
        let obj = if v.is_nullish() {
            Value::UNDEFINED
        } else {
            let o = self.to_object(v)?;
            let mut seen: HashSet<Key> = HashSet::new();
            let mut cur = Some(o);
            while let Some(c) = cur {
                self.check_access(c)?;
                for k in self.own_keys(c) {
                    if k.is_symbol() || !seen.insert(k) {
                        continue;
                    }
                    if let Some(p) = self.get_own(c, k)
                        && p.attrs & attr::ENUMERABLE != 0
                    {
                        keys.push(k);
                    }
                }
                cur = c.proto().as_obj();
            }
            o.value()
        };
        let p = self.realm().object_proto;
        let it = self.new_object_with(
            p,
            Class::Iter(Box::new(crate::sync::Mutex::new(IterState::ForIn {
                obj,
                keys,
                pos: 0,
            }))),
        );
        Ok(it.value())
    }

    /// The next key of a for-in enumeration (skipping deleted ones).
    pub(crate) fn for_in_next(&mut self, it: Value) -> JsResult<Option<Value>> {
        let Some(o) = it.as_obj() else {
            return Ok(None);
        };
        loop {
            let (obj, key) = {
                let Class::Iter(st) = &o.class else {
                    return Ok(None);
                };
                let mut st = crate::sync::lock(st);
                match &mut *st {
                    IterState::ForIn { obj, keys, pos } => {
                        if *pos >= keys.len() {
                            return Ok(None);
                        }
                        *pos += 1;
                        (*obj, keys[*pos - 1])
                    }
                    _ => return Ok(None),
                }
            };
            let Some(ob) = obj.as_obj() else {
                return Ok(None);
            };
            if self.has_property(ob, key)? {
                return Ok(Some(self.key_value(key)));
            }
        }
    }
}
