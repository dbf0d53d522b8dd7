//! Operations on iterator objects (§7.4).

use crate::interp::{Abrupt, Interp, JsResult};
use crate::object::{Obj, Property};
use crate::value::{PropertyKey, Value};

/// An Iterator Record (§7.4.1).
#[derive(Clone, Debug)]
pub struct IteratorRecord<'a> {
    /// `[[Iterator]]`.
    pub iterator: Obj<'a>,
    /// `[[NextMethod]]`.
    pub next_method: Value<'a>,
    /// `[[Done]]`.
    pub done: bool,
}

impl<'a> Interp<'a> {
    /// GetIterator(obj, sync) (§7.4.3).
    pub fn get_iterator(&mut self, v: &Value<'a>) -> JsResult<'a, IteratorRecord<'a>> {
        let key = PropertyKey::Symbol(self.well_known.iterator.clone());
        let Some(method) = self.get_method(v, &key)? else {
            let d = self.describe(v);
            return Err(self.type_error(format!("{d} is not iterable")));
        };
        self.get_iterator_from_method(v, &method)
    }

    /// GetIteratorFromMethod (§7.4.2).
    pub fn get_iterator_from_method(
        &mut self,
        v: &Value<'a>,
        method: &Value<'a>,
    ) -> JsResult<'a, IteratorRecord<'a>> {
        let iterator = self.call(method, v.clone(), &[])?;
        let Value::Object(iterator) = iterator else {
            return Err(self.type_error("Result of the Symbol.iterator method is not an object"));
        };
        let next_method = self.get_prop(&iterator, "next")?;
        Ok(IteratorRecord {
            iterator,
            next_method,
            done: false,
        })
    }

    /// IteratorNext (§7.4.4).
    pub fn iterator_next(&mut self, rec: &IteratorRecord<'a>) -> JsResult<'a, Obj<'a>> {
        let r = self.call(&rec.next_method, Value::Object(rec.iterator.clone()), &[])?;
        match r {
            Value::Object(o) => Ok(o),
            _ => Err(self.type_error("Iterator result is not an object")),
        }
    }

    /// IteratorStepValue (§7.4.8): `None` when done. Sets `done` on completion or error.
    pub fn iterator_step_value(
        &mut self,
        rec: &mut IteratorRecord<'a>,
    ) -> JsResult<'a, Option<Value<'a>>> {
        let result = match self.iterator_next(rec) {
            Ok(r) => r,
            Err(e) => {
                rec.done = true;
                return Err(e);
            }
        };
        let done = match self.get_prop(&result, "done") {
            Ok(d) => self.to_boolean(&d),
            Err(e) => {
                rec.done = true;
                return Err(e);
            }
        };
        if done {
            rec.done = true;
            return Ok(None);
        }
        match self.get_prop(&result, "value") {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                rec.done = true;
                Err(e)
            }
        }
    }

    /// IteratorClose (§7.4.10) for a normal completion: calls `return` and checks its result.
    pub fn iterator_close_normal(&mut self, rec: &IteratorRecord<'a>) -> JsResult<'a, ()> {
        let it = Value::Object(rec.iterator.clone());
        let ret = self.get_method(&it, &PropertyKey::from("return"))?;
        if let Some(ret) = ret {
            let inner = self.call(&ret, it, &[])?;
            if !matches!(inner, Value::Object(_)) {
                return Err(self.type_error("Iterator result is not an object"));
            }
        }
        Ok(())
    }

    /// IteratorClose (§7.4.10) for a throw completion: calls `return`, keeps the original error.
    pub fn iterator_close_throw(
        &mut self,
        rec: &IteratorRecord<'a>,
        error: Abrupt<'a>,
    ) -> Abrupt<'a> {
        if matches!(error, Abrupt::Terminate(_)) {
            return error;
        }
        let it = Value::Object(rec.iterator.clone());
        match self.get_method(&it, &PropertyKey::from("return")) {
            Ok(Some(ret)) => match self.call(&ret, it, &[]) {
                Err(Abrupt::Terminate(t)) => Abrupt::Terminate(t),
                _ => error,
            },
            Err(Abrupt::Terminate(t)) => Abrupt::Terminate(t),
            _ => error,
        }
    }

    /// IteratorToList (§7.4.13) of GetIterator(v).
    pub fn iterable_to_list(&mut self, v: &Value<'a>) -> JsResult<'a, Vec<Value<'a>>> {
        let mut rec = self.get_iterator(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iterator_step_value(&mut rec)? {
            self.tick()?;
            out.push(x);
        }
        Ok(out)
    }

    /// CreateIterResultObject (§7.4.14).
    pub fn create_iter_result_object(&mut self, value: Value<'a>, done: bool) -> Value<'a> {
        let o = self.ordinary_object();
        {
            let mut b = o.borrow_mut();
            b.properties
                .insert(PropertyKey::from("value"), Property::data(value));
            b.properties
                .insert(PropertyKey::from("done"), Property::data(Value::Bool(done)));
        }
        Value::Object(o)
    }
}
