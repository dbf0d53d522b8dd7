// Rule: th.outcome.print
// print and console.log convert every argument with String and join them with single spaces.
print(1, "a", true, null, undefined, [1, 2], { k: 1 });
console.log("log", -0, 1.5e300, NaN);
print();
