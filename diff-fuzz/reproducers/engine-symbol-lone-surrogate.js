// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: engine-vs-reference
// seed: 1 index: 2702
// swarm: throw 1/16, 16 statements, expr depth 2, block depth 1, threads 0, features arith,bitwise,strings,compare,coercion,objects,arrays,closures,functions,recursion,loops,for-in-of,labels,switch,try,throw,classes,destructuring,spread,optional-chain,nullish,update,typeof,builtins,json,symbols,delete
//   engine differs from reference (boa agrees with the reference)
//   --- engine
//   L6 [83,121,109,98,111,108,40,65533,120,41]
//   --- engine (gc stress)
//   L6 [83,121,109,98,111,108,40,65533,120,41]
//   --- reference
//   L6 [83,121,109,98,111,108,40,55296,120,41]
//   --- boa_engine
//   L6 [83,121,109,98,111,108,40,55296,120,41]
// ---- input ----
// swarm: throw 1/16, 16 statements, expr depth 2, block depth 1, threads 0, features arith,bitwise,strings,compare,coercion,objects,arrays,closures,functions,recursion,loops,for-in-of,labels,switch,try,throw,classes,destructuring,spread,optional-chain,nullish,update,typeof,builtins,json,symbols,delete
let __fuel = 400;
function __show(v) { if (typeof v === "function") return "function"; if (typeof v === "symbol") return v.toString(); if (typeof v === "object" && v !== null) { if (v instanceof Error) return "Error:" + v.name; try { return String(JSON.stringify(v)); } catch (e) { return "unserializable " + e.name; } } return String(v); }
print("L6", __show(Array.from(Symbol("\ud800x").toString(), (c) => c.charCodeAt(0))));
