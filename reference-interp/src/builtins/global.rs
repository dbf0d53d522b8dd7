//! The global object's own value and function properties (§19.1, §19.2), the host's
//! `print` and `console.log`, and the one piece of Date the subset has: `Date.now`.

use super::arg;
use crate::interp::{Interp, JsResult};
use crate::object::Obj;
use crate::value::Value;

type R<'a> = JsResult<'a, Value<'a>>;

/// The clock `Date.now` reads: a fixed start that advances by one millisecond per read,
/// so that runs are deterministic and time still moves forward.
const DETERMINISTIC_EPOCH_MS: f64 = 1_767_225_600_000.0;

/// Installs the global value properties and functions.
pub fn init(interp: &mut Interp<'_>) {
    let g = interp.global_object.clone();
    interp.define_data(&g, "globalThis", Value::Object(g.clone()));
    interp.define_constant(&g, "Infinity", Value::Number(f64::INFINITY));
    interp.define_constant(&g, "NaN", Value::Number(f64::NAN));
    interp.define_constant(&g, "undefined", Value::Undefined);
    interp.define_method(&g, "isNaN", 1, global_is_nan);
    interp.define_method(&g, "isFinite", 1, global_is_finite);
    interp.define_method(&g, "eval", 1, global_eval);
    interp.define_method(&g, "print", 0, host_print);
    let console = interp.ordinary_object();
    interp.define_method(&console, "log", 0, host_print);
    interp.define_data(&g, "console", Value::Object(console));
    let date_proto =
        interp.new_prototype_object("%Date.prototype%", crate::object::ObjectKind::Ordinary);
    let date = interp.define_global_constructor("Date", 7, date_constructor, &date_proto);
    interp.define_method(&date, "now", 0, date_now);
}

/// isNaN (§19.2.3).
fn global_is_nan<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Bool(interp.to_number(&arg(args, 0))?.is_nan()))
}

/// isFinite (§19.2.2).
fn global_is_finite<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Bool(interp.to_number(&arg(args, 0))?.is_finite()))
}

/// eval (§19.2.1): outside the supported subset.
fn global_eval<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    // PerformEval step 2: a non-string argument is returned unchanged.
    let x = arg(args, 0);
    if !matches!(x, Value::String(_)) {
        return Ok(x);
    }
    Err(interp.unsupported("eval"))
}

/// `print(...args)` and `console.log(...args)`: each argument as `String(v)` does it,
/// joined by one space, then a newline.
fn host_print<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(interp.to_display_string(a)?.to_rust_string());
    }
    let line = parts.join(" ");
    interp.printed.push_str(&line);
    interp.printed.push('\n');
    interp.rt.me().printed.push(line);
    Ok(Value::Undefined)
}

/// Date (§21.4.2.1): only `Date.now` is in the subset (spec/language.md).
fn date_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Err(interp.unsupported("Date (other than Date.now)"))
}

/// Date.now (§21.4.3.1), on the deterministic clock above.
fn date_now<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    interp.clock_reads += 1;
    Ok(Value::Number(
        DETERMINISTIC_EPOCH_MS + interp.clock_reads as f64,
    ))
}
