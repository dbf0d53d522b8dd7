// recursive algorithms over trees
// spec: [language.function.recursion]
var tree = {
  v: 1,
  kids: [
    { v: 2, kids: [{ v: 4, kids: [] }, { v: 5, kids: [] }] },
    { v: 3, kids: [{ v: 6, kids: [{ v: 7, kids: [] }] }] },
  ],
};
function sum(t) { return t.v + t.kids.reduce((s, k) => s + sum(k), 0); }
function height(t) { return 1 + Math.max(0, ...t.kids.map(height)); }
function preorder(t) { return [t.v].concat(...t.kids.map(preorder)); }
function postorder(t) { return [].concat(...t.kids.map(postorder), [t.v]); }
function paths(t, prefix) {
  var p = prefix ? prefix + ">" + t.v : String(t.v);
  return t.kids.length ? [].concat(...t.kids.map((k) => paths(k, p))) : [p];
}
print(sum(tree), height(tree), preorder(tree).join(""), postorder(tree).join(""));
print(paths(tree, "").join(" "));
function mirror(t) { return { v: t.v, kids: t.kids.map(mirror).reverse() }; }
print(preorder(mirror(tree)).join(""));
