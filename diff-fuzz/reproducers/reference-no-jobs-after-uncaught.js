// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: conc
// kind: outcome-not-allowed
// seed: 1 index: 901
// swarm: throw 0/16, 0 statements, expr depth 0, block depth 0, threads 2, features threads,plain-shared,locks,conditions,joins,shared-closure,async-join
//   engine run 0:
//     T0 "joined t2 undefined" !! ReferenceError: t1 is not defined | T1 => undefined
//   allowed (1):
//     T0 !! ReferenceError: t1 is not defined | T1 => undefined
// ---- input ----
// swarm: throw 0/16, 0 statements, expr depth 0, block depth 0, threads 2, features threads,plain-shared,locks,conditions,joins,shared-closure,async-join
const o = { x0: 0, x1: 0, x2: 0, flag: 0 };
const arr = [0, 0];
const m = new Map();
let c0 = 0;
const l0 = new Lock();
const cv = new Condition();
const t2 = new Thread(() => {
});
l0.hold(() => { o.flag = 1; cv.notifyAll(); });
t2.asyncJoin().then((v) => print("joined t2", String(v)));
t1.join();
t2.join();
