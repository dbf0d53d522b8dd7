// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// seed: 7 index: 37108
// swarm: throw 1/16, 21 statements, expr depth 1, block depth 1, threads 0, features arith,bitwise,strings,compare,logical,coercion,objects,arrays,closures,functions,params,loops,labels,try,classes,destructuring,templates,optional-chain,nullish,update,typeof,builtins,json,symbols,accessors,delete
//   --- engine
//   L13 NaN
//   --- engine (gc stress)
//   L13 NaN
//   --- reference
//   L13 NaN
//   --- boa_engine
//   L13 undefined
// ---- input ----
// swarm: throw 1/16, 21 statements, expr depth 1, block depth 1, threads 0, features arith,bitwise,strings,compare,logical,coercion,objects,arrays,closures,functions,params,loops,labels,try,classes,destructuring,templates,optional-chain,nullish,update,typeof,builtins,json,symbols,accessors,delete
let __fuel = 400;
function __show(v) { if (typeof v === "function") return "function"; if (typeof v === "symbol") return v.toString(); if (typeof v === "object" && v !== null) { if (v instanceof Error) return "Error:" + v.name; try { return String(JSON.stringify(v)); } catch (e) { return "unserializable " + e.name; } } return String(v); }
try {
  let { p0: d9, p1: d10 = 0, ...d11 } = ({});
  print("L13", (d9++));
} catch (e14) {
}
