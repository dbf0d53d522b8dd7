// each iteration of a for-let loop has its own binding
// spec: [language.binding.per-iteration] [language.statement.loops]
var closures = [];
for (let i = 0; i < 3; i++) {
  closures.push(() => i);
}
print(closures.map((f) => f()).join(""));
var captured = [];
var pending = [];
for (let i = 0; i < 3; i++) pending.push(() => captured.push(i));
pending.forEach((f) => f());
print(captured.join(""));
var mutate = [];
for (let i = 0; i < 6; i++) {
  mutate.push(() => i);
  i++;
}
print(mutate.map((f) => f()).join(""));
var withContinue = [];
for (let i = 0; i < 4; i++) {
  if (i === 1) continue;
  withContinue.push(() => i);
}
print(withContinue.map((f) => f()).join(""));
var constLoop = [];
for (const c of "abc") constLoop.push(() => c);
print(constLoop.map((f) => f()).join(""));
