// Async function declarations are hoisted like function declarations.
early().then((v) => print("hoisted", v));
async function early() {
  return "early";
}
function outer() {
  return inner();
  async function inner() {
    return "inner hoisted";
  }
}
outer().then((v) => print(v));
{
  async function inBlock() {
    return "block";
  }
  inBlock().then((v) => print(v));
}
let shared = 0;
async function bump() {
  const before = shared;
  await null;
  shared = before + 1;
}
Promise.all([bump(), bump()]).then(() => print("lost update", shared));
