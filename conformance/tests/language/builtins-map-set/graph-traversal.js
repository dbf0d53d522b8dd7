// breadth-first search with Map adjacency and Set visited
// spec: [language.builtin.map-set]
var edges = [["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"], ["d", "e"], ["f", "g"]];
var adj = new Map();
for (var [x, y] of edges) {
  if (!adj.has(x)) adj.set(x, []);
  if (!adj.has(y)) adj.set(y, []);
  adj.get(x).push(y);
  adj.get(y).push(x);
}
function bfs(start) {
  var dist = new Map([[start, 0]]);
  var queue = [start];
  while (queue.length) {
    var n = queue.shift();
    for (var nb of adj.get(n)) if (!dist.has(nb)) { dist.set(nb, dist.get(n) + 1); queue.push(nb); }
  }
  return dist;
}
var d = bfs("a");
print(JSON.stringify([...d]));
var seen = new Set(), components = 0;
for (var node of adj.keys()) {
  if (seen.has(node)) continue;
  components++;
  for (var k of bfs(node).keys()) seen.add(k);
}
print(components, seen.size);
