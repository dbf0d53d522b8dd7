// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// seed: 1 index: 23852
// swarm: throw 1/16, 10 statements, expr depth 3, block depth 2, threads 0, features strings,coercion,objects,arrays,maps,closures,functions,params,for-in-of,labels,try,classes,destructuring,templates,nullish,update,typeof,builtins,symbols,accessors,delete
//   --- engine
//   Uncaught ReferenceError
//   --- engine (gc stress)
//   Uncaught ReferenceError
//   --- reference
//   Uncaught ReferenceError
//   --- boa_engine
// ---- input ----
// swarm: throw 1/16, 10 statements, expr depth 3, block depth 2, threads 0, features strings,coercion,objects,arrays,maps,closures,functions,params,for-in-of,labels,try,classes,destructuring,templates,nullish,update,typeof,builtins,symbols,accessors,delete
let __fuel = 400;
function __show(v) { if (typeof v === "function") return "function"; if (typeof v === "symbol") return v.toString(); if (typeof v === "object" && v !== null) { if (v instanceof Error) return "Error:" + v.name; try { return String(JSON.stringify(v)); } catch (e) { return "unserializable " + e.name; } } return String(v); }
for (const x1 of String(0)) {
  if (--__fuel < 0) throw new RangeError("out of fuel");
  if (--__fuel < 0) throw new RangeError("out of fuel");
  let { p0: d10, p1: d11 = 0, ...d12 } = ({});
  if (([d12["p2"], 0, 0, 0]).includes((d10--))) continue;
  if (("").endsWith(f2(0, 0))) break;
}
