// Generates src/OrgModel/Calendar/LunarTable.g.cs: one packed entry per Vietnamese lunar year.
//
//   cd eng/lunar && npm ci && node generate.cjs            (writes the C# file and prints a summary)
//
// The rules (the calendar in use in Vietnam, reckoned at UTC+7):
// - a month starts on the local (UTC+7) day of the new moon;
// - month 11 is the month that contains the local day of the December solstice;
// - when 13 new moons start between one month 11 and the next, the first month after the first month 11 that
//   contains no principal solar term (a multiple of 30° of solar longitude, on its local day) is the leap month,
//   numbered like the month before it.
// New moons and solar longitudes come from astronomy-engine (VSOP87 and ELP with a ΔT model), precise to seconds:
// enough to place each event on its local day except within seconds of midnight, which the script reports.
'use strict';
const fs = require('fs');
const path = require('path');
const A = require('astronomy-engine');

const OFFSET_HOURS = 7;
const FIRST_YEAR = 1899; // lunar 1899 holds 1900-01-01
const LAST_YEAR = 2199;
const MS_PER_DAY = 86400000;

// Local (UTC+7) day number since 1970-01-01 of an AstroTime.
function localDay(t) {
  return Math.floor((t.date.getTime() + OFFSET_HOURS * 3600000) / MS_PER_DAY);
}

function minutesFromLocalMidnight(t) {
  const ms = t.date.getTime() + OFFSET_HOURS * 3600000;
  const into = ms - Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  return Math.min(into, MS_PER_DAY - into) / 60000;
}

function iso(day) {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

// New moons from late 1897 to early 2202.
const newMoons = [];
const nearMidnight = [];
let t = A.MakeTime(new Date(Date.UTC(1897, 10, 1)));
const end = new Date(Date.UTC(2202, 2, 1)).getTime();
for (;;) {
  const nm = A.SearchMoonPhase(0, t, 40);
  if (nm.date.getTime() > end) break;
  newMoons.push(localDay(nm));
  if (minutesFromLocalMidnight(nm) < 5) nearMidnight.push(`new moon ${nm.date.toISOString()} (${minutesFromLocalMidnight(nm).toFixed(1)} min from UTC+7 midnight)`);
  t = nm.AddDays(20);
}

// Principal terms (multiples of 30°) and December solstices (270°), by local day.
const termDays = new Set();
const solstices = new Map(); // gregorian year -> local day
for (let year = 1897; year <= 2202; year++) {
  for (let k = 0; k < 12; k++) {
    const lon = k * 30;
    // Each longitude is crossed once a year; search from the start of the year.
    const found = A.SearchSunLongitude(lon, A.MakeTime(new Date(Date.UTC(year, 0, 1))), 366);
    if (!found) continue;
    if (found.date.getUTCFullYear() !== year && lon !== 270) continue;
    termDays.add(localDay(found));
    if (minutesFromLocalMidnight(found) < 5) nearMidnight.push(`term ${lon}° ${found.date.toISOString()} (${minutesFromLocalMidnight(found).toFixed(1)} min from UTC+7 midnight)`);
    if (lon === 270) solstices.set(year, localDay(found));
  }
}

// Index of the month (by new-moon start) containing a day.
function monthIndexOf(day) {
  let lo = 0, hi = newMoons.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (newMoons[mid] <= day) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function hasTerm(i) {
  for (let d = newMoons[i]; d < newMoons[i + 1]; d++) if (termDays.has(d)) return true;
  return false;
}

// Number every month from month 11 of 1897 on: (index) -> {month, leap}.
const numbered = new Map();
for (let y = 1897; y <= 2200; y++) {
  const a = monthIndexOf(solstices.get(y));
  const b = monthIndexOf(solstices.get(y + 1));
  const count = b - a; // months from month 11 of y to month 11 of y+1
  let leapAt = -1;
  if (count === 13) {
    for (let i = a + 1; i < b; i++) {
      if (!hasTerm(i)) { leapAt = i; break; }
    }
    if (leapAt < 0) throw new Error(`no month without a principal term after month 11 of ${y}`);
  } else if (count !== 12) {
    throw new Error(`${count} months between the solstices of ${y} and ${y + 1}`);
  }
  let month = 11;
  for (let i = a; i < b; i++) {
    if (i === leapAt) {
      numbered.set(i, { month: month, leap: true });
    } else {
      if (i !== a) month = month === 12 ? 1 : month + 1;
      numbered.set(i, { month: month, leap: false });
    }
  }
}

// Group by lunar year: lunar year Y starts with its month 1 (the one in gregorian year Y).
const years = [];
const indices = [...numbered.keys()].sort((x, y) => x - y);
for (let Y = FIRST_YEAR; Y <= LAST_YEAR + 1; Y++) {
  const first = indices.find(i => { const m = numbered.get(i); return m.month === 1 && !m.leap && new Date(newMoons[i] * MS_PER_DAY).getUTCFullYear() === Y; });
  if (first === undefined) throw new Error(`no month 1 in ${Y}`);
  years.push({ year: Y, first });
}

const entries = [];
for (let k = 0; k < years.length - 1; k++) {
  const { year, first } = years[k];
  const next = years[k + 1].first;
  let lengths = 0;
  let leapMonth = 0;
  for (let i = first; i < next; i++) {
    const len = newMoons[i + 1] - newMoons[i];
    if (len !== 29 && len !== 30) throw new Error(`month of ${len} days in ${year}`);
    if (len === 30) lengths |= 1 << (i - first);
    if (numbered.get(i).leap) leapMonth = numbered.get(i).month;
  }
  const monthCount = next - first;
  if ((monthCount === 13) !== (leapMonth !== 0)) throw new Error(`year ${year}: ${monthCount} months, leap ${leapMonth}`);
  entries.push({ year, newYearDay: newMoons[first], lengths, leapMonth, monthCount });
}

// Packing: bits 0-12 month lengths (bit i set: the i-th month of the year, leap included, has 30 days);
// bits 13-16 the leap month (0: none); bits 17-40 the day number of the first day (days since 1970-01-01, + 2^23).
const BIAS = 1 << 23;
const lines = entries.map(e => {
  const packed = BigInt(e.lengths) | (BigInt(e.leapMonth) << 13n) | (BigInt(e.newYearDay + BIAS) << 17n);
  return `        0x${packed.toString(16).toUpperCase().padStart(11, '0')}, // ${e.year}: ${iso(e.newYearDay)}${e.leapMonth ? `, leap ${e.leapMonth}` : ''}`;
});
const endDay = newMoons[years[years.length - 1].first];

const cs = `// <auto-generated>
// Generated by eng/lunar/generate.cjs (astronomy-engine ${JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', 'astronomy-engine', 'package.json'), 'utf8')).version}, UTC+${OFFSET_HOURS}); do not edit.
// Regenerate: cd eng/lunar && npm ci && node generate.cjs
// </auto-generated>
namespace OrgModel.Calendar;

internal static partial class LunarTable
{
    /// <summary>The first lunar year in the table.</summary>
    public const int FirstYear = ${FIRST_YEAR};

    /// <summary>The last lunar year in the table.</summary>
    public const int LastYear = ${LAST_YEAR};

    /// <summary>The day number (days since 1970-01-01) of the first day after the table: Tết of ${LAST_YEAR + 1} (${iso(endDay)}).</summary>
    public const int EndDayNumber = ${endDay};

    private const int DayBias = ${BIAS};

    // One entry per lunar year: bits 0-12 month lengths (bit i set: the i-th month of the year, counting a leap month,
    // has 30 days), bits 13-16 the leap month (0 when none), bits 17-40 the day number of 1/1 plus DayBias.
    private static ReadOnlySpan<ulong> Years =>
    [
${lines.join('\n')}
    ];
}
`;
const out = path.join(__dirname, '..', '..', 'src', 'OrgModel', 'Calendar', 'LunarTable.g.cs');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, cs);
console.log(`wrote ${out}: lunar years ${FIRST_YEAR}-${LAST_YEAR}, ${entries.length} entries`);
for (const y of [1968, 1985, 2007, 2025, 2026]) {
  const e = entries.find(x => x.year === y);
  console.log(`Tết ${y}: ${iso(e.newYearDay)}${e.leapMonth ? `, leap month ${e.leapMonth}` : ''}`);
}
console.log('Events within 5 minutes of UTC+7 midnight (their local day is the least certain):');
for (const line of nearMidnight) console.log(`  ${line}`);
