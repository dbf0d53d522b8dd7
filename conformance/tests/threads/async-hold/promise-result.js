// Rule: th.lock.async-hold.thenable
// fn returning a promise (as an async function does): asyncHold's promise adopts its value
// after the lock was released.
const l = new Lock();
l.asyncHold(() => Promise.resolve(7)).then((v) => {
  print(v, l.hold(() => "free"));
});
