// Rule: th.atomics.wait, th.atomics.notify, th.memory.sync-summary, th.atomics.waiter-list
// Waiting in a loop on an atomic flag: the data published before the flag is seen.
// Note: the correct pattern: wait in a loop on an atomic flag. The flag is a SeqCst write read
// Note: by a SeqCst load, so the plain data written before it is visible: always 42.
// Note: A wait that starts after main's notify reads 1 (th.atomics.waiter-list): no deadlock.
const o = { ready: 0, data: 0 };
const t = new Thread(() => {
  while (Atomics.load(o, "ready") === 0) Atomics.wait(o, "ready", 0);
  return o.data;
});
o.data = 42;
Atomics.store(o, "ready", 1);
Atomics.notify(o, "ready");
print(t.join());
