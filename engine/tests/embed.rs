//! The embedding API: the example program, values and handles across collections,
//! native closures called from JavaScript threads, errors as `Result`s (syntax, thrown,
//! heap limit, deadlock), contexts on other OS threads.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use weft_engine::{Engine, Error, JsValue, Options};

#[allow(dead_code)]
#[path = "../examples/embed.rs"]
mod example;

/// Runs `f` on a thread with a large stack (as the engine's own threads have).
fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the test thread did not panic")
}

#[test]
fn the_example_runs() {
    let lines = on_big_stack(example::run).expect("the example succeeds");
    assert_eq!(
        lines,
        [
            "sum of squares from 3 threads: 4736900",
            "threads that called Rust: [1, 2, 3]",
            "add('weft', 1.5) = \"weft1.5\"",
            "JavaScript caught: TypeError: record: expected a number",
            "Rust got: Uncaught TypeError: Cannot read properties of null (reading 'field') at boom.js:2:1",
        ]
    );
}

#[test]
fn engine_is_send_and_sync() {
    fn check<T: Send + Sync + Clone>() {}
    check::<Engine>();
    check::<JsValue>();
}

#[test]
fn values_convert_both_ways() {
    on_big_stack(|| {
        let engine = Engine::default();
        let mut cx = engine.main_context();
        assert!(cx.eval("let a = 1;", "a.js").expect("ok").is_undefined());
        assert_eq!(cx.eval("a + 1", "b.js").expect("ok").as_number(), Some(2.0));
        assert_eq!(cx.eval("'x' + a", "c.js").expect("ok").as_str(), Some("x1"));
        assert_eq!(cx.eval("a > 0", "d.js").expect("ok").as_bool(), Some(true));
        assert!(matches!(cx.eval("null", "e.js"), Ok(JsValue::Null)));
        assert!(matches!(
            cx.eval("Symbol('s')", "f.js"),
            Ok(JsValue::Symbol(_))
        ));
        assert_eq!(cx.global("a").expect("a global let").as_number(), Some(1.0));
        let mut c = cx.cx();
        let o = c.object();
        c.set(&o, "k", &JsValue::from("v")).expect("set");
        let arr = c.array(&[JsValue::from(1.0), o.clone()]);
        c.set_global("fromRust", &arr);
        assert_eq!(
            cx.eval("fromRust[1].k + fromRust.length", "g.js")
                .expect("ok")
                .as_str(),
            Some("v2")
        );
        let mut c = cx.cx();
        assert_eq!(c.get(&o, "k").expect("get").as_str(), Some("v"));
        assert_eq!(c.to_string(&arr).expect("String()"), "1,[object Object]");
        assert_eq!(c.to_number(&JsValue::from(" 12 ")).expect("Number()"), 12.0);
    });
}

#[test]
fn handles_keep_objects_alive_across_collections() {
    on_big_stack(|| {
        let engine = Engine::new(Options {
            gc_stress: 50,
            ..Options::default()
        });
        let mut cx = engine.main_context();
        let kept: Vec<JsValue> = (0..50)
            .map(|i| {
                cx.eval(&format!("({{ id: {i}, s: 'str' + {i} }})"), "mk.js")
                    .expect("an object")
            })
            .collect();
        cx.eval(
            "let junk = []; for (let i = 0; i < 20000; i++) junk.push({ i }); junk = null;",
            "churn.js",
        )
        .expect("ok");
        let (collections, _) = engine.collections();
        assert!(collections > 0, "the churn collected");
        let mut c = cx.cx();
        for (i, o) in kept.iter().enumerate() {
            assert_eq!(c.get(o, "id").expect("get").as_number(), Some(i as f64));
            assert_eq!(
                c.get(o, "s").expect("get").as_str(),
                Some(format!("str{i}").as_str())
            );
        }
    });
}

#[test]
fn native_closures_run_on_every_thread_and_can_throw() {
    on_big_stack(|| {
        let engine = Engine::default();
        let mut cx = engine.main_context();
        let calls = Arc::new(AtomicU64::new(0));
        let c2 = Arc::clone(&calls);
        cx.register_fn("tick", 0, move |_cx, _this, _args| {
            Ok(JsValue::Number(c2.fetch_add(1, Ordering::SeqCst) as f64))
        });
        cx.register_fn("boom", 1, |cx, _this, args| {
            let m = args
                .first()
                .and_then(JsValue::as_str)
                .unwrap_or("?")
                .to_string();
            Err(cx.error_value("RangeError", &m))
        });
        cx.register_fn("callBack", 1, |cx, _this, args| {
            let f = args.first().cloned().unwrap_or(JsValue::Undefined);
            cx.call(&f, &JsValue::Undefined, &[JsValue::from(20.0)])
                .map(|v| JsValue::Number(v.as_number().unwrap_or(0.0) + 1.0))
                .map_err(|e| match e {
                    Error::Thrown { value, .. } => value,
                    other => JsValue::String(other.to_string()),
                })
        });
        let v = cx
            .eval(
                r#"
const ts = [0, 1, 2, 3].map(() => new Thread(() => { for (let i = 0; i < 250; i++) tick(); }));
ts.forEach((t) => t.join());
let caught;
try { boom("no"); } catch (e) { caught = e instanceof RangeError && e.message; }
caught + " " + callBack((x) => x * 2)
"#,
                "threads.js",
            )
            .expect("ok");
        assert_eq!(v.as_str(), Some("no 41"));
        assert_eq!(calls.load(Ordering::SeqCst), 1000);
        match cx.eval("boom('uncaught')", "u.js") {
            Err(Error::Thrown { value, uncaught }) => {
                assert_eq!(uncaught.describe(), "RangeError: uncaught");
                assert!(matches!(value, JsValue::Object(_)));
            }
            other => panic!("expected a throw, got {other:?}"),
        }
    });
}

#[test]
fn errors_are_results() {
    on_big_stack(|| {
        let engine = Engine::new(Options {
            heap_limit: 4 << 20,
            ..Options::default()
        });
        let mut cx = engine.main_context();
        match cx.eval("let = = 1", "bad.js") {
            Err(Error::Syntax(u)) => {
                assert_eq!(u.name.as_deref(), Some("SyntaxError"));
                assert_eq!(
                    u.location.map(|l| (l.file, l.line)),
                    Some(("bad.js".into(), 1))
                );
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
        match cx.eval("throw 42", "t.js") {
            Err(Error::Thrown { value, .. }) => assert_eq!(value.as_number(), Some(42.0)),
            other => panic!("expected a throw, got {other:?}"),
        }
        match cx.eval(
            "const keep = []; for (let i = 0; i < 1e7; i++) keep.push({ i, s: 'x' + i });",
            "big.js",
        ) {
            Err(Error::Thrown { uncaught, .. }) => {
                assert_eq!(uncaught.name.as_deref(), Some("RangeError"))
            }
            other => panic!("expected the heap limit, got {other:?}"),
        }
        match cx.eval(
            "const main = Thread.current; new Thread(() => main.join()).join();",
            "dead.js",
        ) {
            Err(Error::Deadlock(d)) => {
                assert_eq!(d, "every thread is blocked (T0 in join, T1 in join)")
            }
            other => panic!("expected a deadlock, got {other:?}"),
        }
        // The context is still usable.
        assert_eq!(
            cx.eval("6 * 7", "ok.js").expect("ok").as_number(),
            Some(42.0)
        );
    });
}

#[test]
fn contexts_on_other_os_threads_share_the_heap() {
    on_big_stack(|| {
        let engine = Engine::default();
        let mut main = engine.main_context();
        main.eval("var shared = { n: 0 };", "init.js").expect("ok");
        let handles: Vec<_> = (0..3)
            .map(|_| {
                let e = engine.clone();
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn(move || {
                        let mut cx = e.context();
                        cx.eval(
                            "for (let i = 0; i < 100; i++) Atomics.add(shared, 'n', 1);",
                            "w.js",
                        )
                        .expect("ok");
                        cx.cx().thread_id()
                    })
                    .expect("spawn")
            })
            .collect();
        let mut ids: Vec<u32> = handles
            .into_iter()
            .map(|h| h.join().expect("joined"))
            .collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 3, "each context is its own JavaScript thread");
        assert!(!ids.contains(&0));
        assert_eq!(
            main.eval("shared.n", "r.js").expect("ok").as_number(),
            Some(300.0)
        );
    });
}
