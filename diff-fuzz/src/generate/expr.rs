//! Expressions by type. Each `gen_*` lists the productions valid here (feature on, a
//! variable of the needed type in reach), picks one, and recurses with less depth; at
//! depth 0 (or when the input is spent) only literals and variables remain.

use crate::ast::{Node, Ty};
use crate::generate::{Feature as F, Gen, e, expr, js_str, t};

/// Number literals; negative ones in parentheses (`-1 ** 2` is a SyntaxError).
const NUM_LITS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "(-1)",
    "7",
    "10",
    "42",
    "0.5",
    "(-0)",
    "NaN",
    "Infinity",
    "(-Infinity)",
    "1e21",
    "1e-7",
    "0x1f",
    "0b101",
    "0o17",
    "1_000",
    "2147483647",
    "4294967296",
    "(-2.5)",
    "123.456",
    "9007199254740993",
];
/// String literals as JavaScript source text.
const STR_LITS: &[&str] = &[
    r#""""#,
    r#""a""#,
    r#""abc""#,
    r#""b""#,
    r#""10""#,
    r#"" 12 ""#,
    r#""0x1f""#,
    r#""1e3""#,
    r#""Infinity""#,
    r#""\u00e9""#,
    r#""\ud83d\ude00""#,
    r#""a b c""#,
    r#""ab""#,
    r#""-0""#,
    r#""true""#,
    r#""\ud800x""#,
    r#"'q"\\'"#,
];
pub(crate) const PROPS: &[&str] = &["p0", "p1", "p2"];

impl Gen<'_, '_> {
    /// An expression of type `ty`.
    pub fn gen_expr(&mut self, ty: Ty, depth: usize) -> Node {
        match ty {
            Ty::Num => self.gen_num(depth),
            Ty::Str => self.gen_str(depth),
            Ty::Bool => self.gen_bool(depth),
            Ty::Obj => self.gen_obj(depth),
            Ty::Arr => self.gen_arr(depth),
            Ty::Map => self.gen_map(depth),
            Ty::Fn => self.gen_fn_expr(depth),
            Ty::Any => {
                // Never a function: converting one to a string is Function.prototype.toString,
                // which is not in the subset (spec/language.md).
                const ANY: [Ty; 6] = [Ty::Num, Ty::Str, Ty::Bool, Ty::Obj, Ty::Arr, Ty::Map];
                let i = self.pick(ANY.len() + 3);
                match ANY.get(i) {
                    Some(ty) => self.gen_expr(*ty, depth),
                    None if i == ANY.len() => Node::leaf(Ty::Any, "null"),
                    None if i == ANY.len() + 1 => Node::leaf(Ty::Any, "undefined"),
                    None if self.on(F::Symbols) => {
                        self.used(F::Symbols);
                        Node::leaf(Ty::Any, "Symbol(\"s\")")
                    }
                    None => Node::leaf(Ty::Any, "undefined"),
                }
            }
        }
    }

    /// A literal or a variable of `ty`.
    fn leaf_of(&mut self, ty: Ty) -> Node {
        if self.chance(1, 2)
            && let Some(v) = self.var_of(ty, false)
        {
            return Node::leaf(ty, v.name);
        }
        match ty {
            Ty::Num => {
                let i = self.pick(NUM_LITS.len());
                Node::leaf(ty, NUM_LITS[i])
            }
            Ty::Str => {
                let i = self.pick(STR_LITS.len());
                Node::leaf(ty, STR_LITS[i])
            }
            Ty::Bool => Node::leaf(ty, if self.chance(1, 2) { "true" } else { "false" }),
            _ => Node::leaf(ty, ty.simplest()),
        }
    }

    /// Productions enabled: `(enabled, id)` pairs filtered, then one picked; 0 = leaf.
    fn choose(&mut self, depth: usize, options: &[(bool, u8)]) -> u8 {
        if depth == 0 {
            return 0;
        }
        let on: Vec<u8> = options.iter().filter(|o| o.0).map(|o| o.1).collect();
        // The leaf stays possible at every depth.
        let i = self.pick(on.len() + 1);
        if i == 0 { 0 } else { on[i - 1] }
    }

    fn sub(&mut self, ty: Ty, depth: usize) -> Node {
        self.gen_expr(ty, depth.saturating_sub(1))
    }

    fn call_of(&mut self, ret: Ty, depth: usize) -> Option<Node> {
        let fs: Vec<_> = self
            .vars_of(Ty::Fn, false)
            .into_iter()
            .filter(|v| v.ret == ret)
            .collect();
        if fs.is_empty() {
            return None;
        }
        let f = fs[self.pick(fs.len())].clone();
        self.used(F::Functions);
        let mut pieces = vec![t(format!("{}(", f.name))];
        for i in 0..f.arity {
            if i > 0 {
                pieces.push(t(", "));
            }
            pieces.push(e(self.sub(Ty::Num, depth)));
        }
        pieces.push(t(")"));
        Some(expr(ret, pieces))
    }

    fn has_fn(&self, ret: Ty) -> bool {
        self.vars_of(Ty::Fn, false).iter().any(|v| v.ret == ret)
    }

    fn has_var(&self, ty: Ty) -> bool {
        !self.vars_of(ty, false).is_empty()
    }

    fn gen_num(&mut self, depth: usize) -> Node {
        let mutable = !self.vars_of(Ty::Num, true).is_empty();
        let c = self.choose(
            depth,
            &[
                (self.on(F::Arith), 1),
                (self.on(F::Bitwise), 2),
                (self.on(F::Arith), 3),
                (self.on(F::Strings), 4),
                (self.on(F::Arrays), 5),
                (self.on(F::Builtins), 6),
                (self.on(F::Functions) && self.has_fn(Ty::Num), 7),
                (self.on(F::Update) && mutable, 8),
                (self.on(F::Logical), 9),
                (self.on(F::Objects) && self.has_var(Ty::Obj), 10),
                (self.on(F::Arrays) && self.has_var(Ty::Arr), 11),
                (self.on(F::Coercion), 12),
                (self.on(F::Maps) && self.has_var(Ty::Map), 13),
                (self.on(F::Builtins) && self.on(F::Strings), 14),
                (self.on(F::Builtins) && self.on(F::Arrays), 15),
                (self.on(F::OptionalChain) && self.on(F::Nullish), 16),
                (self.on(F::Coercion), 17),
            ],
        );
        let ty = Ty::Num;
        match c {
            1 => {
                self.used(F::Arith);
                let ops = ["+", "-", "*", "/", "%", "**"];
                let op = ops[self.pick(ops.len())];
                let (l, r) = (self.sub(ty, depth), self.sub(ty, depth));
                expr(ty, vec![t("("), e(l), t(format!(" {op} ")), e(r), t(")")])
            }
            2 => {
                self.used(F::Bitwise);
                let ops = ["&", "|", "^", "<<", ">>", ">>>"];
                let op = ops[self.pick(ops.len())];
                let (l, r) = (self.sub(ty, depth), self.sub(ty, depth));
                expr(ty, vec![t("("), e(l), t(format!(" {op} ")), e(r), t(")")])
            }
            3 => {
                self.used(F::Arith);
                let ops = ["-", "+", "~"];
                let op = ops[self.pick(ops.len())];
                expr(
                    ty,
                    vec![t(format!("({op} ")), e(self.sub(ty, depth)), t(")")],
                )
            }
            4 => {
                self.used(F::Strings);
                expr(ty, vec![t("("), e(self.sub(Ty::Str, depth)), t(").length")])
            }
            5 => {
                self.used(F::Arrays);
                expr(ty, vec![t("("), e(self.sub(Ty::Arr, depth)), t(").length")])
            }
            6 => {
                self.used(F::Builtins);
                let fs = [
                    ("Math.floor", 1),
                    ("Math.abs", 1),
                    ("Math.max", 2),
                    ("Math.min", 2),
                    ("Math.trunc", 1),
                    ("Math.sign", 1),
                    ("Math.round", 1),
                    ("Math.sqrt", 1),
                    ("Math.ceil", 1),
                    ("Number.parseFloat", 1),
                ];
                let (f, n) = fs[self.pick(fs.len())];
                let mut p = vec![t(format!("{f}("))];
                for i in 0..n {
                    if i > 0 {
                        p.push(t(", "));
                    }
                    p.push(e(self.sub(ty, depth)));
                }
                p.push(t(")"));
                expr(ty, p)
            }
            7 => self.call_of(ty, depth).unwrap_or_else(|| self.leaf_of(ty)),
            8 => {
                self.used(F::Update);
                let v = self.var_of(ty, true).map(|v| v.name).unwrap_or_default();
                let forms = [
                    "{}++", "++{}", "{}--", "--{}", "{} += ", "{} -= ", "{} *= ", "{} |= ",
                ];
                let f = forms[self.pick(forms.len())];
                if f.ends_with("= ") {
                    let r = self.sub(ty, depth);
                    expr(
                        ty,
                        vec![t(format!("({}", f.replace("{}", &v))), e(r), t(")")],
                    )
                } else {
                    expr(ty, vec![t(format!("({})", f.replace("{}", &v)))])
                }
            }
            9 => {
                self.used(F::Logical);
                let c = self.sub(Ty::Bool, depth);
                let (a, b2) = (self.sub(ty, depth), self.sub(ty, depth));
                expr(
                    ty,
                    vec![t("("), e(c), t(" ? "), e(a), t(" : "), e(b2), t(")")],
                )
            }
            10 => {
                self.used(F::Objects);
                let o = self
                    .var_of(Ty::Obj, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                let p = PROPS[self.pick(PROPS.len())];
                if self.chance(1, 3) {
                    expr(ty, vec![t(format!("{o}[\"{p}\"]"))])
                } else {
                    expr(ty, vec![t(format!("{o}.{p}"))])
                }
            }
            11 => {
                self.used(F::Arrays);
                let a = self
                    .var_of(Ty::Arr, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                let i = self.sub(ty, depth);
                expr(ty, vec![t(format!("{a}[")), e(i), t("]")])
            }
            12 => {
                self.used(F::Coercion);
                let fs = ["Number(", "parseInt(", "+(", "parseFloat(", "Math.floor("];
                let f = fs[self.pick(fs.len())];
                expr(ty, vec![t(f), e(self.sub(Ty::Str, depth)), t(")")])
            }
            13 => {
                self.used(F::Maps);
                let m = self
                    .var_of(Ty::Map, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                expr(ty, vec![t(format!("{m}.size"))])
            }
            14 => {
                self.used(F::Builtins);
                let s = self.sub(Ty::Str, depth);
                let fs = [
                    ".charCodeAt(",
                    ".indexOf(\"a\", ",
                    ".codePointAt(",
                    ".lastIndexOf(\"b\", ",
                ];
                let f = fs[self.pick(fs.len())];
                expr(
                    ty,
                    vec![
                        t("("),
                        e(s),
                        t(format!("){f}")),
                        e(self.sub(ty, depth)),
                        t(")"),
                    ],
                )
            }
            15 => {
                self.used(F::Builtins);
                let a = self.sub(Ty::Arr, depth);
                match self.pick(3) {
                    0 => expr(
                        ty,
                        vec![
                            t("("),
                            e(a),
                            t(").indexOf("),
                            e(self.sub(ty, depth)),
                            t(")"),
                        ],
                    ),
                    1 => self.scoped(|g| {
                        let (x, y) = (g.fresh("x"), g.fresh("y"));
                        g.declare(&x, Ty::Num, false);
                        g.declare(&y, Ty::Num, false);
                        let body = g.sub(Ty::Num, depth);
                        let init = g.sub(Ty::Num, depth);
                        expr(
                            ty,
                            vec![
                                t("("),
                                e(a),
                                t(format!(").reduce(({x}, {y}) => ")),
                                e(body),
                                t(", "),
                                e(init),
                                t(")"),
                            ],
                        )
                    }),
                    _ => self.scoped(|g| {
                        let x = g.fresh("x");
                        g.declare(&x, Ty::Num, false);
                        let c = g.sub(Ty::Bool, depth);
                        expr(
                            ty,
                            vec![
                                t("("),
                                e(a),
                                t(format!(").findIndex(({x}) => ")),
                                e(c),
                                t(")"),
                            ],
                        )
                    }),
                }
            }
            16 => {
                self.used(F::OptionalChain);
                self.used(F::Nullish);
                let o = self.sub(Ty::Any, depth);
                let p = PROPS[self.pick(PROPS.len())];
                let d = self.sub(ty, depth);
                expr(
                    ty,
                    vec![t("(("), e(o), t(format!(")?.{p} ?? ")), e(d), t(")")],
                )
            }
            17 => {
                self.used(F::Coercion);
                let ops = ["+", "-", "*", "<<"];
                let op = ops[self.pick(ops.len())];
                let (l, r) = (self.sub(Ty::Any, depth), self.sub(Ty::Any, depth));
                expr(
                    ty,
                    vec![t("(+("), e(l), t(format!(" {op} ")), e(r), t("))")],
                )
            }
            _ => self.leaf_of(ty),
        }
    }

    fn gen_str(&mut self, depth: usize) -> Node {
        let ty = Ty::Str;
        let c = self.choose(
            depth,
            &[
                (self.on(F::Strings), 1),
                (self.on(F::Coercion), 2),
                (self.on(F::Templates), 3),
                (self.on(F::Builtins), 4),
                (self.on(F::Strings) && self.on(F::Builtins), 5),
                (self.on(F::Arrays), 6),
                (self.on(F::Typeof), 7),
                (self.on(F::Json), 8),
                (self.on(F::Logical), 9),
                (self.on(F::Functions) && self.has_fn(Ty::Str), 10),
                (self.on(F::Objects) && self.on(F::Builtins), 11),
                (self.on(F::Symbols), 12),
                (self.on(F::Objects) && self.has_var(Ty::Obj), 13),
            ],
        );
        match c {
            1 => {
                self.used(F::Strings);
                let (l, r) = (self.sub(ty, depth), self.sub(ty, depth));
                expr(ty, vec![t("("), e(l), t(" + "), e(r), t(")")])
            }
            2 => {
                self.used(F::Coercion);
                let (l, r) = (self.sub(ty, depth), self.sub(Ty::Any, depth));
                if self.chance(1, 2) {
                    expr(ty, vec![t("("), e(l), t(" + "), e(r), t(")")])
                } else {
                    expr(ty, vec![t("String("), e(r), t(")")])
                }
            }
            3 => {
                self.used(F::Templates);
                let (a, b2) = (self.sub(Ty::Num, depth), self.sub(Ty::Any, depth));
                expr(ty, vec![t("`t${"), e(a), t("}-${"), e(b2), t("}`")])
            }
            4 => {
                self.used(F::Builtins);
                let n = self.sub(Ty::Num, depth);
                match self.pick(4) {
                    0 => expr(ty, vec![t("String("), e(n), t(")")]),
                    1 => {
                        // Radix conversion is implementation-defined beyond exact
                        // integers (Number::toString with a radix is "a generalization"
                        // of the radix-10 algorithm), so only integers below 2^32 are
                        // converted (see known-divergences.toml, engine-radix-*).
                        let r = self.int(2, 36);
                        let tail = format!(") % 4294967296).toString({r})");
                        expr(ty, vec![t("(Math.trunc("), e(n), t(tail)])
                    }
                    2 => {
                        let d = self.int(0, 6);
                        expr(ty, vec![t("("), e(n), t(format!(").toFixed({d})"))])
                    }
                    _ => {
                        let d = self.int(1, 8);
                        expr(ty, vec![t("("), e(n), t(format!(").toPrecision({d})"))])
                    }
                }
            }
            5 => {
                self.used(F::Builtins);
                let s = self.sub(ty, depth);
                let ms = [
                    ".toUpperCase()",
                    ".toLowerCase()",
                    ".trim()",
                    ".charAt(1)",
                    ".slice(1)",
                    ".slice(-2)",
                    ".substring(2, 0)",
                    ".repeat(2)",
                    ".padStart(5, \"*\")",
                    ".padEnd(4)",
                    ".at(-1) ?? \"none\"",
                    ".split(\"b\").join(\"+\")",
                    ".replace(\"a\", \"$&$&\")",
                    ".replaceAll(\"b\", \"c\")",
                    ".concat(\"!\", 1)",
                    ".trimStart()",
                ];
                let m = ms[self.pick(ms.len())];
                expr(ty, vec![t("(("), e(s), t(format!("){m})"))])
            }
            6 => {
                self.used(F::Arrays);
                let a = self.sub(Ty::Arr, depth);
                let seps = ["", "-", ", "];
                let sep = seps[self.pick(seps.len())];
                if self.chance(1, 4) {
                    expr(ty, vec![t("String("), e(a), t(")")])
                } else {
                    expr(
                        ty,
                        vec![t("("), e(a), t(format!(").join({})", js_str(sep)))],
                    )
                }
            }
            7 => {
                self.used(F::Typeof);
                if self.chance(1, 6) {
                    return expr(ty, vec![t("typeof undeclaredName")]);
                }
                expr(ty, vec![t("typeof "), e(self.sub(Ty::Any, depth))])
            }
            8 => {
                self.used(F::Json);
                let tys = [Ty::Obj, Ty::Arr, Ty::Str, Ty::Num];
                let vt = tys[self.pick(tys.len())];
                let v = self.sub(vt, depth);
                if self.chance(1, 3) {
                    expr(
                        ty,
                        vec![t("String(JSON.stringify("), e(v), t(", null, 1))")],
                    )
                } else {
                    expr(ty, vec![t("String(JSON.stringify("), e(v), t("))")])
                }
            }
            9 => {
                self.used(F::Logical);
                let c = self.sub(Ty::Bool, depth);
                let (a, b2) = (self.sub(ty, depth), self.sub(ty, depth));
                expr(
                    ty,
                    vec![t("("), e(c), t(" ? "), e(a), t(" : "), e(b2), t(")")],
                )
            }
            10 => self.call_of(ty, depth).unwrap_or_else(|| self.leaf_of(ty)),
            11 => {
                self.used(F::Builtins);
                let o = self.sub(Ty::Obj, depth);
                // Keys only: values may be methods, and String(function) is
                // Function.prototype.toString, which is not in the subset.
                let fs = ["Object.keys(", "Object.getOwnPropertyNames("];
                let f = fs[self.pick(fs.len())];
                expr(ty, vec![t(format!("String({f}")), e(o), t("))")])
            }
            12 => {
                self.used(F::Symbols);
                let d = STR_LITS[self.pick(STR_LITS.len())];
                if self.chance(1, 2) {
                    expr(ty, vec![t(format!("Symbol({d}).toString()"))])
                } else {
                    expr(ty, vec![t(format!("String(Symbol.for({d}).description)"))])
                }
            }
            13 => {
                self.used(F::Objects);
                let o = self
                    .var_of(Ty::Obj, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                expr(ty, vec![t(format!("String({o})"))])
            }
            _ => self.leaf_of(ty),
        }
    }

    fn gen_bool(&mut self, depth: usize) -> Node {
        let ty = Ty::Bool;
        let c = self.choose(
            depth,
            &[
                (self.on(F::Compare), 1),
                (self.on(F::Compare) && self.on(F::Strings), 2),
                (self.on(F::Compare), 3),
                (self.on(F::Logical), 4),
                (self.on(F::Logical), 5),
                (self.on(F::Objects), 6),
                (self.on(F::Objects), 7),
                (self.on(F::Builtins), 8),
                (self.on(F::Strings) && self.on(F::Builtins), 9),
                (self.on(F::Maps) && self.has_var(Ty::Map), 10),
                (self.on(F::Arrays) && self.on(F::Builtins), 11),
                (self.on(F::Functions) && self.has_fn(Ty::Bool), 12),
                (self.on(F::Classes) && !self.classes.is_empty(), 13),
            ],
        );
        match c {
            1 | 2 => {
                self.used(F::Compare);
                let ot = if c == 1 { Ty::Num } else { Ty::Str };
                let ops = ["<", ">", "<=", ">="];
                let op = ops[self.pick(ops.len())];
                let (l, r) = (self.sub(ot, depth), self.sub(ot, depth));
                expr(ty, vec![t("("), e(l), t(format!(" {op} ")), e(r), t(")")])
            }
            3 => {
                self.used(F::Compare);
                let ops = ["==", "!=", "===", "!=="];
                let op = ops[self.pick(ops.len())];
                let (l, r) = (self.sub(Ty::Any, depth), self.sub(Ty::Any, depth));
                expr(ty, vec![t("("), e(l), t(format!(" {op} ")), e(r), t(")")])
            }
            4 => {
                self.used(F::Logical);
                expr(ty, vec![t("!"), e(self.sub(ty, depth))])
            }
            5 => {
                self.used(F::Logical);
                let op = if self.chance(1, 2) { "&&" } else { "||" };
                let (l, r) = (self.sub(ty, depth), self.sub(ty, depth));
                expr(ty, vec![t("("), e(l), t(format!(" {op} ")), e(r), t(")")])
            }
            6 => {
                self.used(F::Objects);
                let p = PROPS[self.pick(PROPS.len())];
                let o = self.sub(Ty::Obj, depth);
                expr(ty, vec![t(format!("(\"{p}\" in ")), e(o), t(")")])
            }
            7 => {
                self.used(F::Objects);
                let cs = ["Object", "Array", "Map", "Error", "Function"];
                let c = cs[self.pick(cs.len())];
                expr(
                    ty,
                    vec![
                        t("("),
                        e(self.sub(Ty::Any, depth)),
                        t(format!(" instanceof {c})")),
                    ],
                )
            }
            8 => {
                self.used(F::Builtins);
                let fs = [
                    "Number.isInteger(",
                    "Number.isSafeInteger(",
                    "isNaN(",
                    "isFinite(",
                    "Number.isNaN(",
                ];
                let f = fs[self.pick(fs.len())];
                if self.chance(1, 4) {
                    return expr(
                        ty,
                        vec![t("Array.isArray("), e(self.sub(Ty::Any, depth)), t(")")],
                    );
                }
                if self.chance(1, 4) {
                    let (l, r) = (self.sub(Ty::Any, depth), self.sub(Ty::Any, depth));
                    return expr(ty, vec![t("Object.is("), e(l), t(", "), e(r), t(")")]);
                }
                expr(ty, vec![t(f), e(self.sub(Ty::Num, depth)), t(")")])
            }
            9 => {
                self.used(F::Builtins);
                let ms = [".includes(", ".startsWith(", ".endsWith("];
                let m = ms[self.pick(ms.len())];
                let (s, x) = (self.sub(Ty::Str, depth), self.sub(Ty::Str, depth));
                expr(ty, vec![t("("), e(s), t(format!("){m}")), e(x), t(")")])
            }
            10 => {
                self.used(F::Maps);
                let m = self
                    .var_of(Ty::Map, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                let k = self.sub(Ty::Str, depth);
                expr(ty, vec![t(format!("{m}.has(")), e(k), t(")")])
            }
            11 => {
                self.used(F::Builtins);
                let a = self.sub(Ty::Arr, depth);
                if self.chance(1, 2) {
                    return expr(
                        ty,
                        vec![
                            t("("),
                            e(a),
                            t(").includes("),
                            e(self.sub(Ty::Num, depth)),
                            t(")"),
                        ],
                    );
                }
                let m = if self.chance(1, 2) { "some" } else { "every" };
                self.scoped(|g| {
                    let x = g.fresh("x");
                    g.declare(&x, Ty::Num, false);
                    let c = g.sub(Ty::Bool, depth);
                    expr(
                        ty,
                        vec![t("("), e(a), t(format!(").{m}(({x}) => ")), e(c), t(")")],
                    )
                })
            }
            12 => self.call_of(ty, depth).unwrap_or_else(|| self.leaf_of(ty)),
            13 => {
                self.used(F::Classes);
                let c = self.pick_class();
                expr(
                    ty,
                    vec![
                        t("("),
                        e(self.sub(Ty::Any, depth)),
                        t(format!(" instanceof {c})")),
                    ],
                )
            }
            _ => self.leaf_of(ty),
        }
    }

    /// An object literal with some of the properties, and maybe methods and accessors.
    fn obj_literal(&mut self, depth: usize) -> Node {
        let ty = Ty::Obj;
        let mut p = vec![t("({")];
        let mut first = true;
        let mut sep = |p: &mut Vec<_>| {
            if !first {
                p.push(t(", "));
            }
            first = false;
        };
        for name in PROPS {
            if self.chance(3, 4) {
                sep(&mut p);
                if self.on(F::Objects) && self.chance(1, 6) {
                    p.push(t(format!("[\"{}\" + \"\"]: ", name)));
                } else {
                    p.push(t(format!("{name}: ")));
                }
                p.push(e(self.sub(Ty::Num, depth)));
            }
        }
        if self.on(F::Strings) && self.chance(1, 2) {
            sep(&mut p);
            p.push(t("q: "));
            p.push(e(self.sub(Ty::Str, depth)));
        }
        if self.on(F::Accessors) && self.chance(1, 3) {
            self.used(F::Accessors);
            sep(&mut p);
            p.push(t(
                "get g() { return this.p0 + 1; }, set g(v) { this.p1 = v; }",
            ));
        }
        if self.on(F::Coercion) && self.chance(1, 3) {
            self.used(F::Coercion);
            sep(&mut p);
            p.push(t("valueOf() { return "));
            p.push(e(self.sub(Ty::Num, depth)));
            p.push(t("; }"));
        }
        if self.on(F::Functions) && self.chance(1, 4) {
            sep(&mut p);
            p.push(t("m(k) { return this.p0 + k; }"));
        }
        p.push(t("})"));
        expr(ty, p)
    }

    fn gen_obj(&mut self, depth: usize) -> Node {
        let ty = Ty::Obj;
        let c = self.choose(
            depth,
            &[
                (true, 1),
                (self.on(F::Spread), 2),
                (self.on(F::Builtins), 3),
                (self.on(F::Json), 4),
                (self.on(F::Classes) && !self.classes.is_empty(), 5),
                (self.on(F::Objects), 6),
                (self.on(F::Functions) && self.has_fn(Ty::Obj), 7),
                (self.on(F::Logical), 8),
                (self.on(F::Builtins), 9),
            ],
        );
        match c {
            1 => {
                self.used(F::Objects);
                self.obj_literal(depth)
            }
            2 => {
                self.used(F::Spread);
                let (o, n) = (self.sub(ty, depth), self.sub(Ty::Num, depth));
                expr(ty, vec![t("({...("), e(o), t("), p1: "), e(n), t("})")])
            }
            3 => {
                self.used(F::Builtins);
                expr(
                    ty,
                    vec![t("Object.assign({}, "), e(self.sub(ty, depth)), t(")")],
                )
            }
            4 => {
                self.used(F::Json);
                expr(
                    ty,
                    vec![
                        t("JSON.parse(JSON.stringify("),
                        e(self.sub(ty, depth)),
                        t("))"),
                    ],
                )
            }
            5 => {
                self.used(F::Classes);
                let c = self.pick_class();
                expr(
                    ty,
                    vec![t(format!("new {c}(")), e(self.sub(Ty::Num, depth)), t(")")],
                )
            }
            6 => {
                self.used(F::Objects);
                if self.chance(1, 3) {
                    return expr(ty, vec![t("Object.create(null)")]);
                }
                expr(
                    ty,
                    vec![t("Object.create("), e(self.sub(ty, depth)), t(")")],
                )
            }
            7 => self.call_of(ty, depth).unwrap_or_else(|| self.leaf_of(ty)),
            8 => {
                self.used(F::Logical);
                let c = self.sub(Ty::Bool, depth);
                let (a, b2) = (self.sub(ty, depth), self.sub(ty, depth));
                expr(
                    ty,
                    vec![t("("), e(c), t(" ? "), e(a), t(" : "), e(b2), t(")")],
                )
            }
            9 => {
                self.used(F::Builtins);
                let fs = [
                    "Object.freeze(",
                    "Object.seal(",
                    "Object.preventExtensions(",
                ];
                let f = fs[self.pick(fs.len())];
                expr(ty, vec![t(f), e(self.sub(ty, depth)), t(")")])
            }
            _ => self.leaf_of(ty),
        }
    }

    fn gen_arr(&mut self, depth: usize) -> Node {
        let ty = Ty::Arr;
        let c = self.choose(
            depth,
            &[
                (true, 1),
                (self.on(F::Spread), 2),
                (self.on(F::Arrays) && self.on(F::Builtins), 3),
                (self.on(F::Arrays) && self.on(F::Closures), 4),
                (self.on(F::Functions) && self.has_fn(Ty::Arr), 5),
                (self.on(F::Strings) && self.on(F::Builtins), 6),
                (self.on(F::Arrays) && self.on(F::Builtins), 7),
            ],
        );
        match c {
            1 => {
                self.used(F::Arrays);
                let n = self.int(0, 4);
                let mut p = vec![t("[")];
                for i in 0..n {
                    if i > 0 {
                        p.push(t(", "));
                    }
                    if self.chance(1, 12) {
                        continue; // a hole
                    }
                    p.push(e(self.sub(Ty::Num, depth)));
                }
                p.push(t("]"));
                expr(ty, p)
            }
            2 => {
                self.used(F::Spread);
                let (a, n) = (self.sub(ty, depth), self.sub(Ty::Num, depth));
                expr(ty, vec![t("[...("), e(a), t("), "), e(n), t("]")])
            }
            3 => {
                self.used(F::Builtins);
                let a = self.sub(ty, depth);
                let ms = [
                    ".slice(1)",
                    ".slice(-2, 5)",
                    ".concat([7], 8)",
                    ".reverse()",
                    ".sort()",
                    ".flat()",
                    ".fill(3, 1)",
                    ".splice(0, 1)",
                    ".copyWithin(0, 1)",
                ];
                let m = ms[self.pick(ms.len())];
                expr(ty, vec![t("("), e(a), t(format!("){m}"))])
            }
            4 => {
                self.used(F::Closures);
                let a = self.sub(ty, depth);
                let m = if self.chance(1, 2) { "map" } else { "filter" };
                self.scoped(|g| {
                    let x = g.fresh("x");
                    g.declare(&x, Ty::Num, false);
                    let body = if m == "map" {
                        g.sub(Ty::Num, depth)
                    } else {
                        g.sub(Ty::Bool, depth)
                    };
                    expr(
                        ty,
                        vec![t("("), e(a), t(format!(").{m}(({x}) => ")), e(body), t(")")],
                    )
                })
            }
            5 => self.call_of(ty, depth).unwrap_or_else(|| self.leaf_of(ty)),
            6 => {
                self.used(F::Builtins);
                let s = self.sub(Ty::Str, depth);
                expr(
                    ty,
                    vec![t("Array.from("), e(s), t(", (c) => c.charCodeAt(0))")],
                )
            }
            7 => {
                self.used(F::Builtins);
                let k = self.int(0, 4);
                let n = self.sub(Ty::Num, depth);
                expr(
                    ty,
                    vec![
                        t(format!("Array.from({{ length: {k} }}, (_, i) => i * ")),
                        e(n),
                        t(")"),
                    ],
                )
            }
            _ => self.leaf_of(ty),
        }
    }

    fn gen_map(&mut self, depth: usize) -> Node {
        let ty = Ty::Map;
        let c = self.choose(depth, &[(self.on(F::Maps), 1), (self.on(F::Maps), 2)]);
        match c {
            1 => {
                self.used(F::Maps);
                let (k, v) = (self.sub(Ty::Str, depth), self.sub(Ty::Num, depth));
                expr(
                    ty,
                    vec![t("new Map([["), e(k), t(", "), e(v), t("], [\"b\", 2]])")],
                )
            }
            2 => {
                self.used(F::Maps);
                if let Some(m) = self.var_of(ty, false) {
                    let (k, v) = (self.sub(Ty::Any, depth), self.sub(Ty::Num, depth));
                    return expr(
                        ty,
                        vec![t(format!("{}.set(", m.name)), e(k), t(", "), e(v), t(")")],
                    );
                }
                self.leaf_of(ty)
            }
            _ => self.leaf_of(ty),
        }
    }

    /// A function expression (an arrow or a `function`), one parameter, returning a number.
    fn gen_fn_expr(&mut self, depth: usize) -> Node {
        let ty = Ty::Fn;
        if depth == 0 || !self.on(F::Closures) {
            return Node::leaf(ty, ty.simplest());
        }
        self.used(F::Closures);
        self.scoped(|g| {
            let x = g.fresh("a");
            g.declare(&x, Ty::Num, false);
            let body = g.sub(Ty::Num, depth);
            expr(ty, vec![t(format!("(({x}) => ")), e(body), t(")")])
        })
    }
}
