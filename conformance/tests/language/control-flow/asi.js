// automatic semicolon insertion
// spec: [language.statement.basic]
var a = 1
var b = 2
print(a + b)
var c = a
+ b
print(c)
function f() {
  return
  42
}
print(f())
var i = 0
i
++
b
print(i, b)
var s = "x"
var arr = [1, 2]
;[3, 4].forEach(function (v) { arr.push(v) })
print(arr.join(","))
var obj = { p: 1 }
print(obj.p)
do print("do-while ASI"); while (false) print("after do-while")
