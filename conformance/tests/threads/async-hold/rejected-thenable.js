// Rule: th.lock.async-hold.thenable
// fn returning a rejected promise: the asyncHold promise rejects with its reason, lock released.
const l = new Lock();
l.asyncHold(() => Promise.reject("no")).catch((e) => {
  print(e, l.hold(() => "free"));
});
