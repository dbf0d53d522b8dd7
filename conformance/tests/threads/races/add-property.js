// Rule: th.memory.locations, th.memory.init
// A property being added reads as absent or as its value.
// Note: a property being added reads as absent or as its value, never anything else; two
// Note: plain reads of it ("in", then get) are not coherent, so all four pairs are allowed.
const o = {};
new Thread(() => {
  o.y = 1;
});
new Thread(() => ["y" in o, o.y]);
