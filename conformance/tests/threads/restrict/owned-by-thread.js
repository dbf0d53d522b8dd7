// Rule: th.restrict, th.restrict.owner, th.error.concurrent-access, th.restrict.error-class
// A thread restricts its own object; after it finished, main's touch still throws, and the
// message names the owner's id (1).
const holder = { obj: null };
const t = new Thread(() => {
  const mine = Thread.restrict({ secret: 7 });
  mine.secret = 8;
  holder.obj = mine;
  return mine.secret;
});
print(t.join());
try {
  print(holder.obj.secret);
} catch (e) {
  print(e.name, e.message.includes("1"));
}
