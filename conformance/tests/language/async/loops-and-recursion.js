// await inside loops, in recursion, and sequential vs parallel awaits.
async function sum(list) {
  let s = 0;
  for (const x of list) {
    s += await x;
  }
  return s;
}
sum([1, Promise.resolve(2), 3]).then((v) => print("sum", v));
async function countdown(n) {
  if (n === 0) return "liftoff";
  print("count", n);
  await null;
  return countdown(n - 1);
}
countdown(3).then((v) => print(v));
async function fib(n) {
  if (n < 2) return n;
  return (await fib(n - 1)) + (await fib(n - 2));
}
fib(10).then((v) => print("fib", v));
async function parallel() {
  const [a, b] = await Promise.all([fib(5), fib(6)]);
  return a * b;
}
parallel().then((v) => print("parallel", v));
let i = 0;
async function whileLoop() {
  while (i < 5) {
    await i++;
  }
  return i;
}
whileLoop().then((v) => print("while", v));
