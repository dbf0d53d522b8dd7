// Rule: th.thread.create
// No args gives arguments.length 0; explicit undefined arguments are counted.
const t1 = new Thread(function () {
  return arguments.length;
});
const t2 = new Thread((...rest) => rest.length, undefined, undefined);
print(t1.join(), t2.join());
