// WeakMap as per-object private storage
// spec: [language.builtin.weakmap]
var secrets = new WeakMap();
class Account {
  constructor(owner, balance) {
    this.owner = owner;
    secrets.set(this, { balance: balance, log: [] });
  }
  deposit(n) {
    var s = secrets.get(this);
    s.balance += n;
    s.log.push("+" + n);
    return this;
  }
  get balance() { return secrets.get(this).balance; }
  history() { return secrets.get(this).log.join(","); }
}
var a = new Account("ann", 10).deposit(5).deposit(7);
var b = new Account("bob", 0);
print(a.balance, b.balance, a.history(), JSON.stringify(a), Object.keys(a).join());
var fake = Object.create(Account.prototype);
try {
  fake.balance;
} catch (e) {
  print("no private data:", e.name);
}
