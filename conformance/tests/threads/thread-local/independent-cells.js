// Rule: th.thread-local.value
// Two cells are independent of each other on one thread.
const a = new ThreadLocal();
const b = new ThreadLocal();
a.value = "x";
print(a.value, b.value);
b.value = "y";
a.value = "z";
print(a.value, b.value);
