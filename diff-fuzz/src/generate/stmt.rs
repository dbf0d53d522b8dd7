//! Statements of sequential programs. Declarations add to the current scope only after
//! their initializer is generated (no TDZ reads by accident); loops and function bodies
//! start with the pinned fuel check; `break`/`continue`/`return` appear only where valid.

use crate::ast::{Node, Ty};
use crate::generate::expr::PROPS;
use crate::generate::{Feature as F, Gen, b, e, stmt, t};

/// The fuel check at the head of every loop body and function body.
pub(crate) const FUEL_CHECK: &str = "if (--__fuel < 0) throw new RangeError(\"out of fuel\");";

/// Types of declared variables (functions come from declarations of their own).
const DECL_TYS: [Ty; 6] = [Ty::Num, Ty::Num, Ty::Str, Ty::Bool, Ty::Obj, Ty::Arr];

impl Gen<'_, '_> {
    /// A block of `1..=max` statements in a new scope.
    pub fn gen_block(&mut self, max: usize, fuel: bool) -> Vec<Node> {
        self.scoped(|g| {
            g.block_depth += 1;
            let mut out = Vec::new();
            if fuel {
                out.push(Node::pinned(FUEL_CHECK));
            }
            let n = g.int(1, max as i64) as usize;
            for _ in 0..n {
                out.push(g.gen_stmt());
            }
            g.block_depth -= 1;
            out
        })
    }

    fn depth(&self) -> usize {
        self.swarm.expr_depth
    }

    fn can_nest(&self) -> bool {
        self.block_depth < self.swarm.block_depth
    }

    /// One statement.
    pub fn gen_stmt(&mut self) -> Node {
        let nest = self.can_nest();
        let throw = self.on(F::Throw) && self.chance(self.swarm.throw_rate, 16);
        if throw {
            return self.gen_throw();
        }
        let options: Vec<(bool, u8)> = vec![
            (true, 1),
            (true, 2),
            (!self.vars_of(Ty::Any, true).is_empty(), 3),
            (
                self.on(F::Objects) || self.on(F::Arrays) || self.on(F::Maps),
                4,
            ),
            (nest, 5),
            (nest && self.on(F::Loops), 6),
            (nest && self.on(F::ForInOf), 7),
            (nest && self.on(F::Switch), 8),
            (nest && self.on(F::Try), 9),
            (nest && self.on(F::Functions), 10),
            (nest && self.on(F::Classes), 11),
            (self.on(F::Destructuring), 12),
            (self.loop_depth > 0, 13),
            (!self.fn_ret.is_empty(), 14),
            (nest && self.on(F::Closures), 15),
            (nest && self.on(F::Labels), 16),
        ];
        let on: Vec<u8> = options.iter().filter(|o| o.0).map(|o| o.1).collect();
        let c = on[self.pick(on.len())];
        match c {
            1 => self.gen_decl(),
            2 => self.gen_print(),
            3 => self.gen_assign(),
            4 => self.gen_mutation(),
            5 => self.gen_if(),
            6 => self.gen_loop(),
            7 => self.gen_for_in_of(),
            8 => self.gen_switch(),
            9 => self.gen_try(),
            10 => self.gen_function(),
            11 => self.gen_class(),
            12 => self.gen_destructuring(),
            13 => self.gen_break_continue(),
            14 => self.gen_return(),
            15 => self.gen_closure_counter(),
            16 => self.gen_labelled_block(),
            _ => self.gen_print(),
        }
    }

    fn gen_decl(&mut self) -> Node {
        let ty = DECL_TYS[self.pick(DECL_TYS.len())];
        let init = self.gen_expr(ty, self.depth());
        let kinds = ["let", "const", "var"];
        let kind = kinds[self.pick(kinds.len())];
        let name = self.fresh("v");
        self.declare(&name, ty, kind != "const");
        stmt(vec![t(format!("{kind} {name} = ")), e(init), t(";")])
    }

    fn gen_print(&mut self) -> Node {
        let label = self.fresh("L");
        if !self.classes.is_empty() && self.chance(1, 4) {
            let c = self.pick_class();
            let n = self.gen_expr(Ty::Num, self.depth());
            return stmt(vec![
                t(format!("print(\"{label}\", new {c}(")),
                e(n),
                t(format!(
                    ").sum(), __show(new {c}(2)), {c}.name, typeof {c}.make);"
                )),
            ]);
        }
        let ty = [Ty::Num, Ty::Str, Ty::Bool, Ty::Any][self.pick(4)];
        let x = self.gen_expr(ty, self.depth());
        if ty == Ty::Any {
            stmt(vec![
                t(format!("print(\"{label}\", __show(")),
                e(x),
                t("));"),
            ])
        } else {
            stmt(vec![t(format!("print(\"{label}\", ")), e(x), t(");")])
        }
    }

    /// Assignment to a variable of its own type; strings and arrays are capped so that
    /// a loop cannot double them into exhaustion.
    fn gen_assign(&mut self) -> Node {
        let Some(v) = self.var_of(Ty::Any, true) else {
            return self.gen_print();
        };
        if v.ty == Ty::Fn {
            return self.gen_print();
        }
        let d = self.depth();
        if v.ty == Ty::Num && self.on(F::Update) && self.chance(1, 2) {
            self.used(F::Update);
            let ops = ["+=", "-=", "*=", "%=", "**=", "<<=", ">>>=", "&=", "^="];
            let op = ops[self.pick(ops.len())];
            let r = self.gen_expr(Ty::Num, d);
            return stmt(vec![t(format!("{} {op} ", v.name)), e(r), t(";")]);
        }
        if self.on(F::Nullish) && self.chance(1, 3) {
            self.used(F::Nullish);
            let ops = ["||=", "&&=", "??="];
            let op = ops[self.pick(ops.len())];
            let r = self.gen_expr(v.ty, d);
            return stmt(vec![t(format!("{} {op} ", v.name)), e(r), t(";")]);
        }
        let r = self.gen_expr(v.ty, d);
        match v.ty {
            Ty::Str | Ty::Arr => stmt(vec![
                t(format!("{} = (", v.name)),
                e(r),
                t(").slice(0, 40);"),
            ]),
            _ => stmt(vec![t(format!("{} = ", v.name)), e(r), t(";")]),
        }
    }

    /// Writes to objects, arrays and maps.
    fn gen_mutation(&mut self) -> Node {
        let d = self.depth();
        let mut opts = Vec::new();
        if self.on(F::Objects) && !self.vars_of(Ty::Obj, false).is_empty() {
            opts.push(0);
            if self.on(F::Delete) {
                opts.push(1);
            }
        }
        if self.on(F::Arrays) && !self.vars_of(Ty::Arr, false).is_empty() {
            opts.push(2);
            opts.push(3);
        }
        if self.on(F::Maps) && !self.vars_of(Ty::Map, false).is_empty() {
            opts.push(4);
        }
        if opts.is_empty() {
            return self.gen_print();
        }
        match opts[self.pick(opts.len())] {
            0 => {
                self.used(F::Objects);
                let o = self
                    .var_of(Ty::Obj, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                let p = ["p0", "p1", "p2", "g"][self.pick(4)];
                let v = self.gen_expr(Ty::Num, d);
                stmt(vec![t(format!("{o}.{p} = ")), e(v), t(";")])
            }
            1 => {
                self.used(F::Delete);
                let o = self
                    .var_of(Ty::Obj, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                let p = PROPS[self.pick(PROPS.len())];
                stmt(vec![t(format!("print(\"delete\", delete {o}.{p});"))])
            }
            2 => {
                self.used(F::Arrays);
                let a = self
                    .var_of(Ty::Arr, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                let i = self.int(0, 5);
                let v = self.gen_expr(Ty::Num, d);
                stmt(vec![t(format!("{a}[{i}] = ")), e(v), t(";")])
            }
            3 => {
                self.used(F::Arrays);
                let a = self
                    .var_of(Ty::Arr, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                match self.pick(4) {
                    0 => stmt(vec![t(format!("print(\"pop\", {a}.pop());"))]),
                    1 => stmt(vec![t(format!("print(\"shift\", {a}.shift());"))]),
                    2 => {
                        let v = self.gen_expr(Ty::Num, d);
                        stmt(vec![t(format!("{a}.unshift(")), e(v), t(");")])
                    }
                    _ => {
                        let v = self.gen_expr(Ty::Num, d);
                        stmt(vec![t(format!("{a}.push(")), e(v), t(");")])
                    }
                }
            }
            _ => {
                self.used(F::Maps);
                let m = self
                    .var_of(Ty::Map, false)
                    .map(|v| v.name)
                    .unwrap_or_default();
                let k = self.gen_expr(Ty::Str, d);
                if self.chance(1, 3) {
                    return stmt(vec![
                        t(format!("print(\"mdel\", {m}.delete(")),
                        e(k),
                        t("));"),
                    ]);
                }
                let v = self.gen_expr(Ty::Num, d);
                stmt(vec![t(format!("{m}.set(")), e(k), t(", "), e(v), t(");")])
            }
        }
    }

    fn gen_if(&mut self) -> Node {
        let c = self.gen_expr(Ty::Bool, self.depth());
        let then = self.gen_block(3, false);
        if self.chance(1, 2) {
            let els = self.gen_block(2, false);
            stmt(vec![t("if ("), e(c), t(") "), b(then), t(" else "), b(els)])
        } else {
            stmt(vec![t("if ("), e(c), t(") "), b(then)])
        }
    }

    fn loop_body(&mut self, max: usize) -> Vec<Node> {
        self.loop_depth += 1;
        let body = self.gen_block(max, true);
        self.loop_depth -= 1;
        body
    }

    fn gen_loop(&mut self) -> Node {
        self.used(F::Loops);
        let d = self.depth();
        match self.pick(3) {
            0 => {
                let i = self.fresh("i");
                let k = self.int(0, 6);
                let body = self.scoped(|g| {
                    g.declare(&i, Ty::Num, false);
                    g.loop_body(3)
                });
                stmt(vec![
                    t(format!("for (let {i} = 0; {i} < {k}; {i}++) ")),
                    b(body),
                ])
            }
            1 => {
                let c = self.gen_expr(Ty::Bool, d);
                let body = self.loop_body(3);
                stmt(vec![t("while ("), e(c), t(") "), b(body)])
            }
            _ => {
                let body = self.loop_body(3);
                let c = self.gen_expr(Ty::Bool, d);
                stmt(vec![t("do "), b(body), t(" while ("), e(c), t(");")])
            }
        }
    }

    fn gen_for_in_of(&mut self) -> Node {
        self.used(F::ForInOf);
        let d = self.depth();
        let x = self.fresh("x");
        match self.pick(4) {
            0 => {
                let a = self.gen_expr(Ty::Arr, d);
                let body = self.scoped(|g| {
                    g.declare(&x, Ty::Num, false);
                    g.loop_body(3)
                });
                stmt(vec![
                    t(format!("for (const {x} of ")),
                    e(a),
                    t(") "),
                    b(body),
                ])
            }
            1 => {
                let s = self.gen_expr(Ty::Str, d);
                let body = self.scoped(|g| {
                    g.declare(&x, Ty::Str, false);
                    g.loop_body(3)
                });
                stmt(vec![
                    t(format!("for (const {x} of ")),
                    e(s),
                    t(") "),
                    b(body),
                ])
            }
            2 => {
                let o = self.gen_expr(Ty::Obj, d);
                let body = self.scoped(|g| {
                    g.declare(&x, Ty::Str, true);
                    g.loop_body(3)
                });
                stmt(vec![t(format!("for (let {x} in ")), e(o), t(") "), b(body)])
            }
            _ => {
                let m = self.gen_expr(Ty::Map, d);
                let k = self.fresh("k");
                let body = self.scoped(|g| {
                    g.declare(&k, Ty::Any, false);
                    g.declare(&x, Ty::Num, false);
                    g.loop_body(3)
                });
                self.used(F::Destructuring);
                stmt(vec![
                    t(format!("for (const [{k}, {x}] of ")),
                    e(m),
                    t(") "),
                    b(body),
                ])
            }
        }
    }

    fn gen_switch(&mut self) -> Node {
        self.used(F::Switch);
        let d = self.depth();
        let on = self.gen_expr(Ty::Any, d);
        let mut p = vec![t("switch ("), e(on), t(") {\n")];
        let cases = ["0", "1", "\"a\"", "NaN", "-0", "true", "null", "\"1\""];
        let n = self.int(1, 3);
        // `break` inside a case leaves the switch: count it as a loop for break only.
        for _ in 0..n {
            let c = cases[self.pick(cases.len())];
            p.push(t(format!("case {c}: ")));
            let body = self.gen_block(2, false);
            p.push(b(body));
            if self.chance(2, 3) {
                p.push(t(" break;"));
            }
            p.push(t("\n"));
        }
        if self.chance(1, 2) {
            p.push(t("default: "));
            p.push(b(self.gen_block(2, false)));
            p.push(t("\n"));
        }
        p.push(t("}"));
        stmt(p)
    }

    fn gen_try(&mut self) -> Node {
        self.used(F::Try);
        let body = self.gen_block(3, false);
        let ex = self.fresh("e");
        let handler = self.scoped(|g| {
            g.declare(&ex, Ty::Any, true);
            let mut h = vec![Node::stmt_text(format!("print(\"caught\", __show({ex}));"))];
            if g.chance(1, 2) {
                h.extend(g.gen_block(2, false));
            }
            h
        });
        let mut p = vec![t("try "), b(body), t(format!(" catch ({ex}) ")), b(handler)];
        if self.chance(1, 3) {
            p.push(t(" finally "));
            p.push(b(self.gen_block(2, false)));
        }
        stmt(p)
    }

    fn gen_throw(&mut self) -> Node {
        self.used(F::Throw);
        let forms = [
            "throw new TypeError(\"t\");",
            "throw new RangeError(\"r\");",
            "throw new Error(\"plain\");",
            "throw 42;",
            "throw \"str\";",
            "throw { name: \"Custom\" };",
            "null.p0;",
            "undefinedFunction();",
        ];
        let f = forms[self.pick(forms.len())];
        if self.chance(3, 4) {
            let c = self.gen_expr(Ty::Bool, self.depth());
            return stmt(vec![t("if ("), e(c), t(format!(") {f}"))]);
        }
        Node::stmt_text(f)
    }

    /// A function declaration (hoisted) or a `const` arrow, with a typed return.
    fn gen_function(&mut self) -> Node {
        self.used(F::Functions);
        let rets = [Ty::Num, Ty::Str, Ty::Bool, Ty::Obj, Ty::Arr];
        let ret = rets[self.pick(rets.len())];
        let name = self.fresh("f");
        let arity = self.int(0, 3) as usize;
        let params: Vec<String> = (0..arity).map(|_| self.fresh("a")).collect();
        let recursive = self.on(F::Recursion) && self.chance(1, 2);
        if recursive {
            self.used(F::Recursion);
            self.declare_fn(&name, Ty::Fn, false, arity, ret);
        }
        let with_defaults = self.on(F::Params) && arity > 0 && self.chance(1, 2);
        let (saved_loops, saved_labels) = (self.loop_depth, std::mem::take(&mut self.labels));
        self.loop_depth = 0;
        let body = self.scoped(|g| {
            for p in &params {
                g.declare(p, Ty::Num, true);
            }
            g.fn_ret.push(ret);
            let mut body = g.gen_block(3, true);
            let r = g.gen_expr(ret, g.swarm.expr_depth);
            body.push(stmt(vec![t("return "), e(r), t(";")]));
            g.fn_ret.pop();
            body
        });
        self.loop_depth = saved_loops;
        self.labels = saved_labels;
        let mut plist: Vec<String> = params.clone();
        if with_defaults {
            self.used(F::Params);
            if let Some(last) = plist.last_mut() {
                last.push_str(" = 5");
            }
            if self.chance(1, 2) {
                plist.push(format!("...{}", self.fresh("rest")));
            }
        }
        if !recursive {
            self.declare_fn(&name, Ty::Fn, false, arity, ret);
        }
        let ps = plist.join(", ");
        if self.chance(1, 2) {
            stmt(vec![t(format!("function {name}({ps}) ")), b(body)])
        } else {
            stmt(vec![
                t(format!("const {name} = ({ps}) => ")),
                b(body),
                t(";"),
            ])
        }
    }

    /// `const cN = (() => { let k = 0; return () => ++k; })();` — a closure counter.
    fn gen_closure_counter(&mut self) -> Node {
        self.used(F::Closures);
        let name = self.fresh("c");
        let k = self.fresh("k");
        let step = self.int(1, 3);
        self.declare_fn(&name, Ty::Fn, false, 0, Ty::Num);
        Node::stmt_text(format!(
            "const {name} = (() => {{ let {k} = 0; return () => {{ {k} += {step}; return {k}; }}; }})();"
        ))
    }

    fn gen_class(&mut self) -> Node {
        self.used(F::Classes);
        let name = self.fresh("C");
        let d = self.depth();
        let base = if !self.classes.is_empty() && self.chance(1, 2) {
            Some(self.pick_class())
        } else {
            None
        };
        let field = self.gen_expr(Ty::Num, d);
        let m = self.fresh("m");
        let text = match &base {
            Some(base) => format!("class {name} extends {base} {{\n  p2 = "),
            None => format!("class {name} {{\n  p2 = "),
        };
        let ctor = match &base {
            Some(_) => "  constructor(a) { super(a + 1); this.p1 = a * 2; }\n".to_string(),
            None => "  constructor(a) { this.p0 = a; this.p1 = -a; }\n".to_string(),
        };
        let method = match &base {
            Some(_) => format!(
                "  {m}() {{ return (super.sum ? super.sum() : 0) + this.p2; }}\n  sum() {{ return this.p1 + 1; }}\n"
            ),
            None => format!(
                "  {m}() {{ return this.p0 * 2; }}\n  sum() {{ return this.p0 + this.p1; }}\n  get both() {{ return [this.p0, this.p1]; }}\n  static make(n) {{ return new {name}(n); }}\n"
            ),
        };
        self.classes.push(name.clone());
        stmt(vec![t(text), e(field), t(format!(";\n{ctor}{method}}}"))])
    }

    fn gen_destructuring(&mut self) -> Node {
        self.used(F::Destructuring);
        let d = self.depth();
        let nums = self.vars_of(Ty::Num, true);
        if nums.len() >= 2 && self.chance(1, 3) {
            let (x, y) = (nums[0].name.clone(), nums[nums.len() - 1].name.clone());
            return Node::stmt_text(format!("[{x}, {y}] = [{y}, {x}];"));
        }
        let (p, q, r) = (self.fresh("d"), self.fresh("d"), self.fresh("d"));
        if self.chance(1, 2) {
            let a = self.gen_expr(Ty::Arr, d);
            let dflt = self.gen_expr(Ty::Num, d);
            let node = stmt(vec![
                t(format!("let [{p}, , {q} = ")),
                e(dflt),
                t(format!(", ...{r}] = ")),
                e(a),
                t(";"),
            ]);
            self.declare(&p, Ty::Num, true);
            self.declare(&q, Ty::Num, true);
            self.declare(&r, Ty::Arr, true);
            node
        } else {
            let o = self.gen_expr(Ty::Obj, d);
            let dflt = self.gen_expr(Ty::Num, d);
            let node = stmt(vec![
                t(format!("let {{ p0: {p}, p1: {q} = ")),
                e(dflt),
                t(format!(", ...{r} }} = ")),
                e(o),
                t(";"),
            ]);
            self.declare(&p, Ty::Num, true);
            self.declare(&q, Ty::Num, true);
            self.declare(&r, Ty::Obj, true);
            node
        }
    }

    fn gen_break_continue(&mut self) -> Node {
        let c = self.gen_expr(Ty::Bool, self.depth());
        let word = if self.chance(1, 2) {
            "break"
        } else {
            "continue"
        };
        let labelled = word == "break" && self.chance(1, 3);
        let target = match self.labels.last() {
            Some(l) if labelled => format!(" {l}"),
            _ => String::new(),
        };
        stmt(vec![t("if ("), e(c), t(format!(") {word}{target};"))])
    }

    fn gen_return(&mut self) -> Node {
        let ret = self.fn_ret.last().copied().unwrap_or(Ty::Num);
        let c = self.gen_expr(Ty::Bool, self.depth());
        let r = self.gen_expr(ret, self.depth());
        stmt(vec![t("if ("), e(c), t(") return "), e(r), t(";")])
    }

    fn gen_labelled_block(&mut self) -> Node {
        self.used(F::Labels);
        let l = self.fresh("lbl");
        // A labelled loop: `break lbl` from nested loops leaves it.
        self.labels.push(l.clone());
        let k = self.int(1, 4);
        let i = self.fresh("i");
        let body = self.scoped(|g| {
            g.declare(&i, Ty::Num, false);
            g.loop_body(3)
        });
        self.labels.pop();
        stmt(vec![
            t(format!("{l}: for (let {i} = 0; {i} < {k}; {i}++) ")),
            b(body),
        ])
    }
}
