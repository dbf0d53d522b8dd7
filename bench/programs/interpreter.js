// interpreter: a small language implemented in JavaScript. A tokenizer, a recursive-descent
// parser producing an AST, a compiler to stack-machine bytecode, and the bytecode loop
// running a program that computes primes and Fibonacci numbers. Measures switch
// dispatch, small-object allocation, string scanning and array push/pop.
const out = typeof print === "function" ? print : console.log;

const SOURCE = `
  n = 0; count = 0; sum = 0;
  while (n < LIMIT) {
    d = 2; prime = 1;
    if (n < 2) { prime = 0; }
    while (d * d <= n && prime) {
      if (n % d == 0) { prime = 0; }
      d = d + 1;
    }
    if (prime) { count = count + 1; sum = sum + n; }
    n = n + 1;
  }
  a = 0; b = 1; i = 0;
  while (i < 60) { t = (a + b) % 1000007; a = b; b = t; i = i + 1; }
  result = sum * 7 + count + a;
`;

function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\n" || c === "\t") { i++; continue; }
    if (c >= "0" && c <= "9") {
      let j = i;
      while (j < src.length && src[j] >= "0" && src[j] <= "9") j++;
      toks.push({ k: "num", v: Number(src.slice(i, j)) });
      i = j;
    } else if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) {
      let j = i;
      while (j < src.length && ((src[j] >= "a" && src[j] <= "z") || (src[j] >= "A" && src[j] <= "Z"))) j++;
      const w = src.slice(i, j);
      toks.push({ k: w === "while" || w === "if" ? w : "id", v: w });
      i = j;
    } else {
      const two = src.slice(i, i + 2);
      if (two === "==" || two === "<=" || two === "&&") { toks.push({ k: two, v: two }); i += 2; }
      else { toks.push({ k: c, v: c }); i++; }
    }
  }
  toks.push({ k: "eof", v: null });
  return toks;
}

function parse(toks) {
  let p = 0;
  const peek = () => toks[p].k;
  const eat = (k) => {
    if (toks[p].k !== k) throw new SyntaxError("expected " + k + " got " + toks[p].k);
    return toks[p++];
  };
  function primary() {
    if (peek() === "num") return { t: "num", v: eat("num").v };
    if (peek() === "id") return { t: "var", v: eat("id").v };
    eat("(");
    const e = expr();
    eat(")");
    return e;
  }
  const PREC = { "&&": 1, "==": 2, "<": 3, "<=": 3, "+": 4, "-": 4, "*": 5, "%": 5 };
  function binary(minPrec) {
    let left = primary();
    while (PREC[peek()] !== undefined && PREC[peek()] >= minPrec) {
      const op = toks[p++].k;
      const right = binary(PREC[op] + 1);
      left = { t: "bin", op, l: left, r: right };
    }
    return left;
  }
  function expr() { return binary(1); }
  function block() {
    eat("{");
    const body = [];
    while (peek() !== "}") body.push(stmt());
    eat("}");
    return body;
  }
  function stmt() {
    if (peek() === "while") { eat("while"); eat("("); const c = expr(); eat(")"); return { t: "while", c, body: block() }; }
    if (peek() === "if") { eat("if"); eat("("); const c = expr(); eat(")"); return { t: "if", c, body: block() }; }
    const name = eat("id").v;
    eat("=");
    const e = expr();
    eat(";");
    return { t: "set", name, e };
  }
  const prog = [];
  while (peek() !== "eof") prog.push(stmt());
  return prog;
}

const OP = { PUSH: 0, LOAD: 1, STORE: 2, ADD: 3, SUB: 4, MUL: 5, MOD: 6, EQ: 7, LT: 8, LE: 9, JMP: 10, JZ: 11, AND: 12, HALT: 13 };
const BIN = { "+": OP.ADD, "-": OP.SUB, "*": OP.MUL, "%": OP.MOD, "==": OP.EQ, "<": OP.LT, "<=": OP.LE, "&&": OP.AND };

function compile(prog, slots) {
  const code = [];
  const slot = (name) => {
    if (!slots.has(name)) slots.set(name, slots.size);
    return slots.get(name);
  };
  function ex(e) {
    if (e.t === "num") code.push(OP.PUSH, e.v);
    else if (e.t === "var") code.push(OP.LOAD, slot(e.v));
    else { ex(e.l); ex(e.r); code.push(BIN[e.op]); }
  }
  function st(s) {
    if (s.t === "set") { ex(s.e); code.push(OP.STORE, slot(s.name)); }
    else if (s.t === "if") {
      ex(s.c); code.push(OP.JZ, 0); const patch = code.length - 1;
      s.body.forEach(st); code[patch] = code.length;
    } else {
      const top = code.length; ex(s.c); code.push(OP.JZ, 0); const patch = code.length - 1;
      s.body.forEach(st); code.push(OP.JMP, top); code[patch] = code.length;
    }
  }
  prog.forEach(st);
  code.push(OP.HALT);
  return code;
}

function run(code, vars) {
  const stack = [];
  let pc = 0;
  let steps = 0;
  for (;;) {
    steps++;
    const op = code[pc++];
    switch (op) {
      case OP.PUSH: stack.push(code[pc++]); break;
      case OP.LOAD: stack.push(vars[code[pc++]]); break;
      case OP.STORE: vars[code[pc++]] = stack.pop(); break;
      case OP.ADD: { const b = stack.pop(); stack.push(stack.pop() + b); break; }
      case OP.SUB: { const b = stack.pop(); stack.push(stack.pop() - b); break; }
      case OP.MUL: { const b = stack.pop(); stack.push(stack.pop() * b); break; }
      case OP.MOD: { const b = stack.pop(); stack.push(stack.pop() % b); break; }
      case OP.EQ: { const b = stack.pop(); stack.push(stack.pop() === b ? 1 : 0); break; }
      case OP.LT: { const b = stack.pop(); stack.push(stack.pop() < b ? 1 : 0); break; }
      case OP.LE: { const b = stack.pop(); stack.push(stack.pop() <= b ? 1 : 0); break; }
      case OP.AND: { const b = stack.pop(); const a = stack.pop(); stack.push(a && b ? 1 : 0); break; }
      case OP.JMP: pc = code[pc]; break;
      case OP.JZ: { const target = code[pc++]; if (stack.pop() === 0) pc = target; break; }
      case OP.HALT: return steps;
      default: throw new Error("bad opcode " + op);
    }
  }
}

let total = 0;
for (let round = 0; round < 4; round++) {
  const limit = 6000 + round * 1000;
  const toks = tokenize(SOURCE.replace("LIMIT", String(limit)));
  const ast = parse(toks);
  const slots = new Map();
  const code = compile(ast, slots);
  const vars = new Array(slots.size).fill(0);
  const steps = run(code, vars);
  const result = vars[slots.get("result")];
  out("limit", limit, "tokens", toks.length, "code", code.length, "steps", steps, "result", result);
  total = (total + result + steps) % 1000000007;
}
out("checksum", total);
