// return exits nested blocks and loops, running finally blocks
// spec: [language.statement.basic] [language.statement.loops]
function find(matrix, target) {
  for (var i = 0; i < matrix.length; i++) {
    for (var j = 0; j < matrix[i].length; j++) {
      if (matrix[i][j] === target) return i + ":" + j;
    }
  }
  return "not found";
}
var m = [[1, 2], [3, 4], [5, 6]];
print(find(m, 4), find(m, 9));
var log = [];
function withFinally() {
  for (var i = 0; i < 3; i++) {
    try {
      if (i === 1) return "returned at " + i;
    } finally {
      log.push("finally " + i);
    }
  }
}
print(withFinally(), log.join(","));
function inSwitch(x) {
  switch (x) {
    case 1:
      return "one";
    default:
      while (true) return "loop return";
  }
}
print(inSwitch(1), inSwitch(2));
