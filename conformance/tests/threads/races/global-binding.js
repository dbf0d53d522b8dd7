// Rule: th.memory.locations
// A racing write to a global let: main reads the old or the new value.
// Note: a top-level let is a shared binding cell; main reads it without joining: 0 or 1.
let flag = 0;
new Thread(() => {
  flag = 1;
});
print(flag);
