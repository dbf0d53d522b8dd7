// Rule: th.thread.this
// An arrow function keeps the this of the code that created it: globalThis at top level,
// the receiver inside a method.
const t1 = new Thread(() => this === globalThis);
const obj = {
  m() {
    return new Thread(() => this === obj).join();
  },
};
print(t1.join(), obj.m());
