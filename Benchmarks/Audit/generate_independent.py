#!/usr/bin/env python3
"""
Synthetic weekly sales reports with labelled misreporting: a second generator, with modelling
choices of its own (made separately from generate.py's and without the detectors in view), to
see how `kpi audit` does on honest data shaped otherwise. Needs numpy.

    python3 generate_independent.py --seed N --out reports.csv --labels labels.csv
                   [--kinds k1,k2,...] [--honest]

reports.csv : entity,region,role,period,visits,leads,deals,revenue
labels.csv  : entity,period,kind   (one row per tampered report)

All randomness comes from numpy.random.default_rng(seed); same seed, same files.

HONEST MODEL
------------
Team: 50-120 reps, 40-80 reported ISO weeks (start 2024/2025, random week),
4-7 regions. Roles (base medians, per-rep spread by log-normal skill scores):
  field        ~55%  visits 17/wk, 0.30 leads/visit + 1.2 inbound, conv 0.20,
                     close lag ~4.5 wk, deal median 7k (log-sd 0.85)
  inside       ~30%  visits 3.5/wk, 0.45 leads/visit + 6 inbound, conv 0.13,
                     lag ~2.5 wk, deal median 1.8k (log-sd 0.65)
  key_account  ~15%  visits 6.5/wk, 0.25 leads/visit + 0.4 inbound, conv 0.30,
                     lag ~8 wk, deal median 45k (log-sd 0.8)
Rep skill: independent z-scores scale activity (sd 0.3 log), lead yield,
conversion (0.3), lag, deal size (0.35). A rep's own AR(1) "form" (phi .75,
sd .12) gives streaks. Counts: negative binomial (visits k 3-12, leads k 3-8).
Pipeline: each lead converts w.p. conv; close lag 1+NB(mean lag-1, k=2);
12% slip 1-4 weeks; deals due in first 3 weeks of a quarter are pulled into
the quarter's last week w.p. .35 (8% discount) -> quarter-end pushes; deals
due while the rep is away wait for the return; deals after departure are lost.
20-week burn-in so the pipeline is full at the first reported week.
Revenue = sum of deal values (log-normal, capped at +3 sd); whales w.p.
.6-2.5% per deal are 5..30 x the rep's median deal (Pareto(1.5) tail).
Some reps sell instalment contracts (3/4/6/12 equal payments every 1, 2 or
4 weeks) -> equal revenue amounts in weeks without
deals, also during vacations. Rare credit notes lower a week's revenue.
Calendar: month seasonality (Aug .8, Jan .85, Oct/Nov 1.1), growth trend
-5..+15%/yr, public holidays (Good Friday, Easter Monday, May 1, Christmas,
New Year) and 2-3 regional holidays per region reduce working days; Dec 22 -
Jan 2 counts 0.3 of a day. Regional marketing campaigns (x1.5-2 inbound for
3-6 weeks). Company-wide CRM change: from a mid-series week field/KAM visits
are logged ~20% higher (population-level visit shift, outcomes unchanged).
Per rep: ~5 vacation weeks/year in 1-3 week blocks (summer/Christmas/Easter
preferred), reported as zeros (70%) or near-zeros; partial weeks and sick
weeks. New hires (15-25%) start mid-series with activity, conversion and
deal-size ramps and an empty pipeline; leavers (~8%) fade for 3-7 weeks and
stop reporting. Territory changes (~10%: region switch, lead-yield change
x0.7-1.4, two-week dip), promotions (~6%: inside->field, field->key_account,
role column changes, visits jump while deals follow only after the lag).
Reporting habits: revenue in cents (2 decimals) or whole units, per rep;
~12% habitual rounders (visits to 5s, revenue to 100s/1000s); ~20% reps
occasionally file late (a zero week followed by a double week).

ANOMALIES (20-35% of reps with >= 16 weeks, one kind each, kinds balanced;
every report whose values differ from the honest ones is labelled)
1 fabricated_uniform: block of 4-10 weeks; each column RANDBETWEEN(lo, hi)
  with "nice" bounds around the rep's own 10th/90th percentile (x0.6-1 /
  x1-1.4). Half the fakers draw revenue independently (can contradict deals),
  half draw deals*RANDBETWEEN(deal-size bounds). Integer revenue.
2 fabricated_human: block of 4-10 weeks; a target near the rep's median
  (x0.9-1.2), small jitter (~8%, below natural noise), visits/leads snapped
  to multiples of 5 (or even numbers when small) w.p. ~.65, deals rarely 0,
  revenue = deals x typical deal size x U(.85,1.15) rounded to 500/1000.
3 inflated_revenue: block of 3-8 weeks; revenue x U(1.3,2.5) (weekly jitter
  +-10%), deals untouched; 30% of such reps also book one typical deal
  size in zero-revenue weeks of the block.
4 copied_week: 1-3 weeks overwritten by an earlier week (60% the previous
  week, else 2-8 back; source has real activity); 60% exact, 40% with one
  field nudged (count +-1/2 or revenue +-1-5%). 30% of targets are weeks the
  rep was actually away (hiding a vacation).
5 activity_padding: from a mid-series week for 6-20 weeks (30%: to the end)
  visits += NB noise with mean (f-1) x typical visits, f ~ U(1.4,2.0);
  half also pad leads x U(1.2,1.6). Deals/revenue untouched; weeks with zero
  visits (absence) are left alone.
6 spike: 1-3 single weeks; one column (visits 35%, leads 25%, deals 15%,
  revenue 25%) via typo (extra zero x10, extra digit 23->234, decimal slip
  x100 for cent-reporters) or fake x3-8; forced to >= 3x value and >= 2x the
  rep's 90th percentile.
"""
import argparse
import csv
import datetime as dt
import math

import numpy as np

KINDS = ["fabricated_uniform", "fabricated_human", "inflated_revenue",
         "copied_week", "activity_padding", "spike"]

ROLE = {
    "field": dict(visits=17.0, lpv=0.30, inbound=1.2, conv=0.20, lag=4.5,
                  size=7000.0, sigma=0.85, whale=0.008),
    "inside": dict(visits=3.5, lpv=0.45, inbound=6.0, conv=0.13, lag=2.5,
                   size=1800.0, sigma=0.65, whale=0.006),
    "key_account": dict(visits=6.5, lpv=0.25, inbound=0.4, conv=0.30, lag=8.0,
                        size=45000.0, sigma=0.80, whale=0.025),
}
REGION_NAMES = ["North", "South", "East", "West", "Central", "Metro",
                "Coastal", "Alpine"]
SEASON = {1: 0.85, 2: 0.95, 3: 1.05, 4: 1.0, 5: 1.0, 6: 1.0, 7: 0.9,
          8: 0.8, 9: 1.05, 10: 1.1, 11: 1.1, 12: 0.9}


def nb(rng, mean, k):
    if mean <= 0:
        return 0
    return int(rng.negative_binomial(k, k / (k + mean)))


def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(y, month, day)


def public_holidays(y):
    e = easter(y)
    return {dt.date(y, 1, 1), e - dt.timedelta(2), e + dt.timedelta(1),
            dt.date(y, 5, 1), dt.date(y, 12, 24), dt.date(y, 12, 25),
            dt.date(y, 12, 26), dt.date(y, 12, 31)}


def iso_label(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


# ----------------------------------------------------------------- calendar
class Calendar:
    def __init__(self, rng, T, B, regions):
        year = int(rng.choice([2024, 2025]))
        week = int(rng.integers(1, 53))
        first = dt.date.fromisocalendar(year, week, 1) - dt.timedelta(weeks=B)
        self.T, self.B = T, B
        self.monday = [first + dt.timedelta(weeks=t) for t in range(T + 80)]
        n = len(self.monday)
        thu = [m + dt.timedelta(3) for m in self.monday]
        self.isoweek = [m.isocalendar()[1] for m in self.monday]
        self.qid = [d.year * 4 + (d.month - 1) // 3 for d in thu]
        self.qend = [t + 1 < n and self.qid[t + 1] != self.qid[t] for t in range(n)]
        self.qstart = [t >= 3 and self.qid[t - 3] != self.qid[t] for t in range(n)]
        growth = rng.uniform(-0.05, 0.15)
        self.trend = [(1 + growth) ** ((t - B) / 52.0) for t in range(n)]
        self.season = [SEASON[d.month] for d in thu]
        years = {m.year for m in self.monday} | {m.year + 1 for m in self.monday}
        pub = set()
        for y in years:
            pub |= public_holidays(y)
        self.reg_days = {}
        for r in regions:
            k = int(rng.integers(2, 4))
            md = [(int(rng.integers(1, 13)), int(rng.integers(1, 29))) for _ in range(k)]
            self.reg_days[r] = {dt.date(y, m, d) for y in years for m, d in md}
        self.hol = {}
        for r in regions:
            f = []
            for m in self.monday:
                s = 0.0
                for i in range(5):
                    d = m + dt.timedelta(i)
                    if d in pub or d in self.reg_days[r]:
                        continue
                    if (d.month == 12 and d.day >= 22) or (d.month == 1 and d.day <= 2):
                        s += 0.3
                    else:
                        s += 1.0
                f.append(s / 5.0)
            self.hol[r] = f
        self.crm_t = int(rng.integers(B + T // 5, T - (T - B) // 4)) if T > B else B
        self.campaign = {}
        for r in regions:
            c = np.ones(n)
            for _ in range(int(rng.integers(0, 3))):
                s = int(rng.integers(B, T))
                c[s:s + int(rng.integers(3, 7))] *= rng.uniform(1.5, 2.0)
            self.campaign[r] = c


# ----------------------------------------------------------------- reps
class Rep:
    pass


def make_params(role, z):
    p = ROLE[role]
    return dict(
        visits=p["visits"] * math.exp(0.30 * z[0]),
        lpv=p["lpv"] * math.exp(0.25 * z[1]),
        inbound=p["inbound"] * math.exp(0.30 * z[2]),
        conv=min(0.7, max(0.02, p["conv"] * math.exp(0.30 * z[3]))),
        lag=max(1.2, p["lag"] * math.exp(0.20 * z[4])),
        size=p["size"] * math.exp(0.35 * z[5]),
        sigma=p["sigma"], whale=p["whale"])


def vacation_weeks(rng, cal, lo, hi):
    """Return dict t -> availability factor for vacation weeks."""
    n_act = hi - lo
    allowance = int(round(n_act * 5 / 52.0 * rng.uniform(0.6, 1.3)))
    vac = {}
    w = np.array([4.0 if 27 <= cal.isoweek[t] <= 34 else
                  3.0 if cal.isoweek[t] in (51, 52, 53, 1) else 1.0
                  for t in range(lo, hi)])
    tries = 0
    while allowance > 0 and tries < 60:
        tries += 1
        L = min(allowance, int(rng.choice([1, 1, 2, 2, 3])))
        s = lo + int(rng.choice(n_act, p=w / w.sum()))
        ts = [t for t in range(s, min(s + L, hi))]
        if any(t in vac or t - 1 in vac or t + 1 in vac for t in ts):
            continue
        for t in ts:
            vac[t] = 0.0 if rng.random() < 0.7 else rng.uniform(0.03, 0.12)
        allowance -= len(ts)
    return vac


def simulate(rng, rep, cal):
    T, B = cal.T, cal.B
    H = T + 80
    avail = np.ones(H)
    lo, hi = rep.hire, rep.leave
    for t, a in vacation_weeks(rng, cal, lo, hi).items():
        avail[t] = a
    for t in range(lo, hi):
        if avail[t] == 1.0:
            u = rng.random()
            if u < 0.05:
                avail[t] = rng.uniform(0.4, 0.8)      # long weekend / training
            elif u < 0.065:
                avail[t] = rng.uniform(0.0, 0.5)      # sick
    form = np.zeros(H)
    x = 0.0
    for t in range(H):
        x = 0.75 * x + rng.normal(0, 0.12)
        form[t] = math.exp(x)
    visits = np.zeros(H, dtype=np.int64)
    leads = np.zeros(H, dtype=np.int64)
    deals = np.zeros(H, dtype=np.int64)
    rev = np.zeros(H + 200, dtype=np.int64)   # cents
    unit = 1 if rep.cents else 100
    for t in range(lo, hi):
        role, region = rep.role_at(t), rep.region_at(t)
        p = rep.params[role]
        ten = t - rep.hire if rep.new_hire else 999
        ramp_act = 1 - 0.6 * math.exp(-ten / 5.0)
        ramp_conv = 1 - 0.85 * math.exp(-ten / 8.0)
        ramp_size = 1 - 0.3 * math.exp(-ten / 12.0)
        if rep.promo_t is not None and 0 <= t - rep.promo_t < 3:
            ramp_act *= 0.8
        decline = rep.decline if (rep.leaver and t >= hi - rep.decline_n) else 1.0
        dip = 0.7 if (rep.terr_t is not None and 0 <= t - rep.terr_t < 2) else 1.0
        terr = rep.terr_mult if (rep.terr_t is not None and t >= rep.terr_t) else 1.0
        hol = cal.hol[region][t]
        seas = cal.season[t]
        crm = rep.crm_boost if (t >= cal.crm_t and role != "inside") else 1.0
        m_v = (p["visits"] * avail[t] * hol * (1 + 0.5 * (seas - 1)) * form[t]
               * ramp_act * cal.trend[t] ** 0.5 * decline * dip * crm)
        v = nb(rng, m_v, rep.kv)
        m_l = (v / crm * p["lpv"] * rep.reg_lead[region] * terr
               + p["inbound"] * avail[t] * hol * seas * cal.campaign[region][t]
               * cal.trend[t] * rep.reg_lead[region] * terr * decline * ramp_act)
        l = nb(rng, m_l, rep.kl)
        visits[t], leads[t] = v, l
        conv = min(0.9, p["conv"] * ramp_conv * form[t] ** 0.5)
        nconv = int(rng.binomial(l, conv)) if l > 0 else 0
        for _ in range(nconv):
            close = t + 1 + nb(rng, p["lag"] - 1, 2.0)
            if rng.random() < 0.12:
                close += int(rng.integers(1, 5))
            disc = 1.0
            if close < H and cal.qstart[close] and rng.random() < 0.35:
                c2 = close
                while c2 > t and not cal.qend[c2]:
                    c2 -= 1
                if c2 > t:
                    close, disc = c2, 0.92
            while close < H and avail[close] < 0.25 and close < hi:
                close += 1
            if close >= hi or close >= H:
                continue
            val = p["size"] * rep.reg_size[rep.region_at(close)] * ramp_size * disc
            if rng.random() < p["whale"]:
                val *= min(30.0, 5.0 * (1 + rng.pareto(1.5)))
            else:
                val *= math.exp(p["sigma"] * min(3.0, rng.normal(0, 1)))
            cents = max(unit, int(round(val * 100 / unit)) * unit)
            deals[close] += 1
            if rng.random() < rep.inst_p[role]:
                n = int(rng.choice([3, 4, 6, 12], p=[.25, .3, .25, .2]))
                step = int(rng.choice([4, 2, 1], p=[.6, .2, .2]))
                inst = max(unit, int(round(cents / n / unit)) * unit)
                for i in range(n):
                    rev[close + i * step] += inst
            else:
                rev[close] += cents
    rows = []
    for t in range(max(lo, B), min(hi, T)):
        r = int(rev[t])
        if r > 0 and rng.random() < 0.004:  # credit note
            r = max(0, r - int(round(r * rng.uniform(0.2, 0.8) / unit)) * unit)
        rows.append(dict(t=t, role=rep.role_at(t), region=rep.region_at(t),
                         v=int(visits[t]), l=int(leads[t]), d=int(deals[t]),
                         r=r, avail=float(avail[t]) * cal.hol[rep.region_at(t)][t]))
    # late filing: a zero week followed by a double week
    if rep.late_p > 0:
        for i in range(len(rows) - 1):
            if rows[i]["avail"] > 0.5 and rng.random() < rep.late_p:
                a, b = rows[i], rows[i + 1]
                for k in "vldr":
                    b[k] += a[k]
                    a[k] = 0
    # habitual rounding
    if rep.rounder:
        for row in rows:
            row["v"] = report_visits(rep, row["v"], rng)
            row["r"] = report_rev(rep, row["r"])
    return rows


def report_visits(rep, v, rng):
    if rep.rounder and v >= 8 and rng.random() < 0.8:
        return int(5 * round(v / 5.0))
    return v


def report_rev(rep, cents):
    if rep.rounder:
        q = rep.round_to * 100
        return int(round(cents / q)) * q
    if not rep.cents:
        return int(round(cents / 100.0)) * 100
    return int(cents)


def build_team(rng, cal, regions, n_reps, T, B):
    reps = []
    ids = rng.choice(np.arange(1000, 10000), size=n_reps, replace=False)
    for i in range(n_reps):
        rep = Rep()
        rep.id = f"REP{int(ids[i])}"
        role = str(rng.choice(list(ROLE), p=[.55, .30, .15]))
        z = rng.normal(0, 1, 6)
        rep.params = {r: make_params(r, z) for r in ROLE}
        rep.kv = rng.uniform(3, 12)
        rep.kl = rng.uniform(3, 8)
        rep.crm_boost = rng.uniform(1.12, 1.28)
        rep.inst_p = {
            "key_account": rng.uniform(0.2, 0.6),
            "field": 0.0 if rng.random() < 0.7 else rng.uniform(0.05, 0.25),
            "inside": 0.0 if rng.random() < 0.8 else 0.1}
        region = str(rng.choice(regions))
        rep.reg_lead = {r: rng.uniform(0.8, 1.2) for r in regions}
        rep.reg_size = {r: rng.uniform(0.85, 1.2) for r in regions}
        rep.new_hire = rng.random() < rng.uniform(0.15, 0.25)
        rep.hire = int(rng.integers(B + 2, T - 10)) if rep.new_hire else 0
        rep.leaver = (not rep.new_hire) and rng.random() < 0.08
        rep.leave = int(rng.integers(B + (T - B) // 3, T - 2)) if rep.leaver else T
        rep.decline = rng.uniform(0.5, 0.8)
        rep.decline_n = int(rng.integers(3, 8))
        start = max(rep.hire, B)
        # territory change
        rep.terr_t, rep.terr_mult = None, 1.0
        reg_after = region
        if rng.random() < 0.10 and rep.leave - start > 16:
            rep.terr_t = int(rng.integers(start + 6, rep.leave - 6))
            reg_after = str(rng.choice([r for r in regions if r != region]))
            rep.terr_mult = rng.uniform(0.7, 1.4)
        # promotion
        rep.promo_t = None
        role_after = role
        if role in ("inside", "field") and rng.random() < 0.06 / 0.85 and rep.leave - start > 16:
            rep.promo_t = int(rng.integers(start + 6, rep.leave - 6))
            role_after = "field" if role == "inside" else "key_account"
        rep.role_at = (lambda t, a=role, b=role_after, c=rep.promo_t:
                       b if (c is not None and t >= c) else a)
        rep.region_at = (lambda t, a=region, b=reg_after, c=rep.terr_t:
                         b if (c is not None and t >= c) else a)
        rep.cents = rng.random() < 0.5
        rep.rounder = rng.random() < 0.12
        if rep.rounder:
            rep.cents = False
            rep.round_to = 1000 if role == "key_account" else 100
        rep.late_p = rng.uniform(0.02, 0.05) if rng.random() < 0.2 else 0.0
        reps.append(rep)
    return reps


# ----------------------------------------------------------------- anomalies
def nice(x, up):
    """Round x to a spreadsheet-typical bound."""
    if x <= 0:
        return 0
    step = 1 if x < 10 else 5 if x < 50 else 10 if x < 200 else 50 if x < 1000 \
        else 500 if x < 5000 else 1000 if x < 50000 else 5000
    return int((math.ceil if up else math.floor)(x / step) * step)


def stats(rows):
    good = [r for r in rows if r["avail"] >= 0.8] or rows
    s = {}
    for k in "vldr":
        a = np.array([r[k] for r in good], dtype=float)
        s[k] = dict(q10=np.percentile(a, 10), med=np.median(a),
                    q90=np.percentile(a, 90), mean=a.mean())
    D = sum(r["d"] for r in good)
    s["size"] = (sum(r["r"] for r in good) / D / 100.0) if D else 5000.0
    return s


def pick_block(rng, n, lmin, lmax, min_start=4):
    L = int(rng.integers(lmin, lmax + 1))
    L = max(1, min(L, n - min_start))
    s = int(rng.integers(min_start, n - L + 1))
    return range(s, s + L)


def fab_uniform(rng, rep, rows, st):
    blk = pick_block(rng, len(rows), 4, 10)
    b = {}
    for k in "vld":
        lo = nice(st[k]["q10"] * rng.uniform(0.6, 1.0), False)
        hi = nice(max(st[k]["q90"] * rng.uniform(1.0, 1.4), lo + 2), True)
        b[k] = (lo, max(hi, lo + 2))
    rlo = nice(st["r"]["q10"] / 100 * rng.uniform(0.6, 1.0), False)
    rhi = nice(max(st["r"]["q90"] / 100 * rng.uniform(1.0, 1.4), rlo + 1000), True)
    slo = nice(st["size"] * 0.5, False)
    shi = nice(st["size"] * 1.6, True)
    indep = rng.random() < 0.5
    for i in blk:
        r = rows[i]
        for k in "vld":
            r[k] = int(rng.integers(b[k][0], b[k][1] + 1))
        if indep:
            r["r"] = int(rng.integers(rlo, rhi + 1)) * 100
        else:
            r["r"] = r["d"] * int(rng.integers(max(slo, 1), max(shi, slo + 2) + 1)) * 100


def snap(rng, x):
    x = max(0, int(round(x)))
    if x >= 12 and rng.random() < 0.65:
        return int(5 * round(x / 5.0))
    if 4 <= x < 12 and rng.random() < 0.5:
        return int(2 * round(x / 2.0))
    return x


def fab_human(rng, rep, rows, st):
    blk = pick_block(rng, len(rows), 4, 10)
    tv = st["v"]["med"] * rng.uniform(0.9, 1.2)
    tl = st["l"]["med"] * rng.uniform(0.9, 1.2)
    td = max(1, int(round(st["d"]["mean"] * rng.uniform(0.9, 1.2))))
    size = st["size"] * rng.uniform(0.9, 1.1)
    q = 1000 if size * td > 8000 else 500
    for i in blk:
        r = rows[i]
        r["v"] = snap(rng, tv * (1 + rng.normal(0, 0.08)))
        r["l"] = snap(rng, tl * (1 + rng.normal(0, 0.08)))
        d = td + int(rng.choice([-1, 0, 0, 0, 1]))
        r["d"] = max(1 if td >= 1 else 0, d)
        amount = r["d"] * size * rng.uniform(0.85, 1.15)
        r["r"] = int(max(q, round(amount / q) * q)) * 100


def inflate(rng, rep, rows, st):
    blk = pick_block(rng, len(rows), 3, 8)
    f = rng.uniform(1.3, 2.5)
    fill = rng.random() < 0.3
    for i in blk:
        r = rows[i]
        if r["r"] > 0:
            r["r"] = report_rev(rep, int(r["r"] * f * rng.uniform(0.9, 1.1)))
        elif fill and r["avail"] > 0.5:
            r["r"] = report_rev(rep, int(st["size"] * 100 * rng.uniform(0.8, 1.3)))


def copy_week(rng, rep, rows, st):
    n = int(rng.choice([1, 2, 3], p=[.65, .25, .1]))
    used = set()
    for _ in range(n):
        for _try in range(40):
            away = [i for i in range(9, len(rows)) if rows[i]["avail"] < 0.3]
            if away and rng.random() < 0.3:
                t = int(rng.choice(away))
            else:
                t = int(rng.integers(4, len(rows)))
            back = 1 if rng.random() < 0.6 else int(rng.integers(2, 9))
            s = t - back
            if s < 0 or t in used or s in used or t - 1 in used or t + 1 in used:
                continue
            src = rows[s]
            if src["v"] + src["l"] == 0 or src["avail"] < 0.5:
                continue
            new = {k: src[k] for k in "vldr"}
            if rng.random() < 0.4:
                k = str(rng.choice(list("vldr"), p=[.4, .3, .1, .2]))
                if k == "r":
                    if new["r"] > 0:
                        new["r"] = report_rev(rep, int(new["r"] * (1 + rng.choice([-1, 1]) * rng.uniform(0.01, 0.05))))
                else:
                    new[k] = max(0, new[k] + int(rng.choice([-2, -1, 1, 2])))
            if all(new[k] == rows[t][k] for k in "vldr"):
                continue
            rows[t].update(new)
            used.add(t)
            break


def pad(rng, rep, rows, st):
    n = len(rows)
    s = int(rng.integers(max(4, n // 4), max(5, n - 6)))
    L = n - s if rng.random() < 0.3 else int(rng.integers(6, 21))
    f = rng.uniform(1.4, 2.0)
    g = rng.uniform(1.2, 1.6) if rng.random() < 0.5 else 1.0
    for i in range(s, min(n, s + L)):
        r = rows[i]
        if r["v"] == 0:
            continue
        scale = min(1.0, max(0.3, r["avail"]))
        r["v"] = report_visits(rep, r["v"] + nb(rng, (f - 1) * st["v"]["mean"] * scale, 8.0), rng)
        if g > 1 and r["l"] > 0:
            r["l"] = r["l"] + nb(rng, (g - 1) * max(r["l"], st["l"]["mean"] * scale), 8.0)


def spike(rng, rep, rows, st):
    n = int(rng.choice([1, 2, 3], p=[.6, .3, .1]))
    cand = [i for i in range(3, len(rows)) if rows[i]["avail"] >= 0.5]
    if not cand:
        cand = list(range(len(rows)))
    for i in rng.choice(cand, size=min(n, len(cand)), replace=False):
        r = rows[int(i)]
        k = str(rng.choice(list("vldr"), p=[.35, .25, .15, .25]))
        if k == "r":
            val = r["r"] / 100.0
            base = max(val, st["r"]["med"] / 100.0, 100.0)
            u = rng.random()
            if u < 0.4 and val >= 100:
                new = val * 10
            elif u < 0.55 and rep.cents and val >= 100:
                new = val * 100
            else:
                new = base * rng.uniform(3, 8)
            new = max(new, 3 * val, 2 * st["r"]["q90"] / 100.0)
            r["r"] = report_rev(rep, int(round(new * 100)))
        else:
            val = r[k]
            base = max(val, int(round(st[k]["med"])), 1)
            u = rng.random()
            if u < 0.25 and val >= 2:
                new = val * 10
            elif u < 0.55 and val >= 1:
                new = val * 10 + int(rng.integers(0, 10))
            else:
                new = int(round(base * rng.uniform(3, 8)))
            new = max(new, 3 * val, int(math.ceil(2 * st[k]["q90"])), 3)
            r[k] = int(new)


INJECT = dict(fabricated_uniform=fab_uniform, fabricated_human=fab_human,
              inflated_revenue=inflate, copied_week=copy_week,
              activity_padding=pad, spike=spike)


# ----------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--honest", action="store_true")
    a = ap.parse_args()
    kinds = [k.strip() for k in a.kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        ap.error(f"unknown kinds: {bad}")

    rng = np.random.default_rng(a.seed)
    n_reps = int(rng.integers(50, 121))
    W = int(rng.integers(40, 81))
    B = 20
    T = B + W
    regions = list(rng.choice(REGION_NAMES, size=int(rng.integers(4, 8)), replace=False))
    regions = [str(r) for r in regions]
    cal = Calendar(rng, T, B, regions)
    reps = build_team(rng, cal, regions, n_reps, T, B)
    data = [(rep, simulate(rng, rep, cal)) for rep in reps]

    # anomalies: separate stream so --kinds/--honest do not change honest data
    arng = np.random.default_rng([a.seed, 7])
    labels = []
    if not a.honest and kinds:
        elig = [i for i, (rep, rows) in enumerate(data) if len(rows) >= 16]
        n_bad = int(round(arng.uniform(0.20, 0.35) * n_reps))
        n_bad = min(n_bad, len(elig))
        chosen = arng.choice(elig, size=n_bad, replace=False)
        order = list(kinds) * (n_bad // len(kinds) + 1)
        arng.shuffle(order)
        for j, idx in enumerate(chosen):
            rep, rows = data[int(idx)]
            kind = order[j]
            honest = [{k: r[k] for k in "vldr"} for r in rows]
            st = stats(rows)
            INJECT[kind](arng, rep, rows, st)
            for r, h in zip(rows, honest):
                for k in "vldr":
                    r[k] = max(0, int(r[k]))
                if any(r[k] != h[k] for k in "vldr"):
                    labels.append((rep.id, iso_label(cal.monday[r["t"]]), kind))

    out = []
    for rep, rows in data:
        for r in rows:
            rv = f"{r['r'] / 100:.2f}" if rep.cents else str(r["r"] // 100)
            out.append((r["t"], rep.id, r["region"], r["role"],
                        iso_label(cal.monday[r["t"]]), r["v"], r["l"], r["d"], rv))
    out.sort(key=lambda x: (x[0], x[1]))
    with open(a.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["entity", "region", "role", "period", "visits", "leads", "deals", "revenue"])
        for o in out:
            w.writerow(o[1:])
    labels.sort(key=lambda x: (x[0], x[1]))
    with open(a.labels, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["entity", "period", "kind"])
        w.writerows(labels)


if __name__ == "__main__":
    main()
