// Compares the new-moon days of the table's source (astronomy-engine) with the simplified algorithm widely copied
// from Hồ Ngọc Đức (truncated Meeus series, no ΔT table), both at UTC+7, and prints the months on which they differ.
//   cd eng/lunar && node compare-simplified.cjs
'use strict';
const A = require('astronomy-engine');
const INT = Math.floor;
const PI = Math.PI;

function NewMoon(k) {
  const T = k / 1236.85, T2 = T * T, T3 = T2 * T, dr = PI / 180;
  let Jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  Jd1 = Jd1 + 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.0010 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  let deltat;
  if (T < -11) deltat = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
  else deltat = -0.000278 + 0.000265 * T + 0.000262 * T2;
  return Jd1 + C1 - deltat;
}

const JD_EPOCH = 2440588; // JDN of 1970-01-01
const iso = jdn => new Date((jdn - JD_EPOCH) * 86400000).toISOString().slice(0, 10);
const simplified = new Set();
for (let k = -300; k <= 3800; k++) simplified.add(INT(NewMoon(k) + 0.5 + 7 / 24));

let t = A.MakeTime(new Date(Date.UTC(1900, 0, 1)));
const end = new Date(Date.UTC(2200, 0, 1)).getTime();
const diffs = [];
let count = 0;
for (;;) {
  const nm = A.SearchMoonPhase(0, t, 40);
  if (nm.date.getTime() > end) break;
  const ms = nm.date.getTime() + 7 * 3600000;
  const jdn = INT(ms / 86400000) + JD_EPOCH;
  count++;
  if (!simplified.has(jdn)) diffs.push(`${nm.date.toISOString()} UTC: precise ${iso(jdn)}, simplified ${simplified.has(jdn - 1) ? iso(jdn - 1) : iso(jdn + 1)}`);
  t = nm.AddDays(20);
}
console.log(`${count} new moons 1900-2199; ${diffs.length} fall on another UTC+7 day in the simplified algorithm:`);
for (const d of diffs) console.log(`  ${d}`);
