// Rule: th.thread-local.value
// A new cell reads undefined on the first read; setting it changes the current thread's value.
const tl = new ThreadLocal();
print(tl.value === undefined);
tl.value = 1;
print(tl.value);
tl.value = { k: 2 };
print(tl.value.k);
