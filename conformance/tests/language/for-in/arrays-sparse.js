// for-in over sparse arrays skips holes; indices are strings
// spec: [language.statement.for-in]
var a = [];
a[5] = "five";
a[1] = "one";
a[10] = "ten";
var keys = [];
for (var k in a) keys.push(k);
print(keys.join(","), a.length);
var holes = [1, , 3, , 5];
var hk = [];
for (var h in holes) hk.push(h);
print(hk.join(","));
var sum = 0;
for (var idx in [10, 20, 30]) sum += idx;
print(sum, typeof sum);
var b = [1, 2, 3];
b.length = 1;
var bk = [];
for (var j in b) bk.push(j);
print(bk.join(","));
