// Rule: th.restrict, th.restrict.owner
// restrict returns its argument; the owner keeps using it and may restrict it again.
const o = { x: 1 };
print(Thread.restrict(o) === o, Thread.restrict(o) === o);
o.x = 2;
o.y = 3;
delete o.y;
print(o.x, Object.keys(o).join(), "y" in o);
