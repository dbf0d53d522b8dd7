// Recursion that goes through built-in callbacks (map, forEach, reduce, a getter the
// engine's property lookup runs) nests native calls; 2000 levels must work
// ([language.host.stack-overflow]) and runaway recursion must end in a catchable
// RangeError, after which the program goes on.
function viaMap(n) {
  if (n === 0) return 0;
  return [n].map((k) => viaMap(k - 1))[0] + 1;
}
console.log("map", viaMap(2000));

function viaReduce(n) {
  return n === 0 ? 0 : [1].reduce((acc, one) => acc + one + viaReduce(n - 1), 0);
}
console.log("reduce", viaReduce(2000));

const chain = {};
let depth = 0;
Object.defineProperty(chain, "down", {
  get() {
    depth++;
    return depth < 2000 ? chain.down : depth;
  },
});
console.log("getter", chain.down);

let levels = 0;
function runaway() {
  levels++;
  [0].forEach(runaway);
}
try {
  runaway();
  console.log("no error");
} catch (e) {
  console.log("runaway", e instanceof RangeError, levels > 2000);
}
console.log("after", viaMap(10));
