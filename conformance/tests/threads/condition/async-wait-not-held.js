// Rule: th.condition.async-wait, th.error.condition-lock
// asyncWait with a lock the thread does not hold throws synchronously (no rejected promise).
const l = new Lock();
const c = new Condition();
let threw = false;
try {
  c.asyncWait(l);
} catch (e) {
  threw = e instanceof TypeError;
}
print(threw);
try {
  c.asyncWait("not a lock");
} catch (e) {
  print(e instanceof TypeError);
}
