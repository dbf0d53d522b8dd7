// Promise reactions run as jobs after the script, first in first out.
print("start");
const p = Promise.resolve("a");
p.then((v) => {
  print("1", v);
  Promise.resolve().then(() => print("4 nested"));
});
p.then((v) => print("2", v));
Promise.resolve().then(() => print("3"));
new Promise((resolve) => {
  print("executor runs at once");
  resolve("b");
}).then((v) => print("5?", v));
print("end");
