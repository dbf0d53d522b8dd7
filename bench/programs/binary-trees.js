// binary-trees: allocation and garbage collection. Builds many complete binary trees of
// small objects, walks them and drops them, while one long-lived tree stays reachable.
// Measures the allocator, the collector and property reads on fresh objects.
const out = typeof print === "function" ? print : console.log;

function Node(left, right) {
  this.left = left;
  this.right = right;
}

function make(depth) {
  return depth === 0 ? new Node(null, null) : new Node(make(depth - 1), make(depth - 1));
}

function check(node) {
  return node.left === null ? 1 : 1 + check(node.left) + check(node.right);
}

const maxDepth = 15;
const longLived = make(maxDepth);
let total = 0;
for (let depth = 4; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + 4);
  let sum = 0;
  for (let i = 0; i < iterations; i++) sum += check(make(depth));
  out(iterations, "trees of depth", depth, "check", sum);
  total = (total + sum) % 1000000007;
}
out("long lived", check(longLived));
out("checksum", (total + check(longLived)) % 1000000007);
