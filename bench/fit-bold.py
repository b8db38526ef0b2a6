"""
Fits a small sentence chooser for the bold answer (quality round 117) and reports what it would win and lose.

Input: the feature dumps of `node dist/bench/bold-features.js FILES > DUMP.jsonl` (one row per in-scope question whose
right passage is first: each sentence's features as the bold choice computes them, which sentences hold the gold, the
sentences' text and whether the current bold answer matches). Model: a conditional logit over the passage's sentences
(softmax of w·x, L2, Adam, standardised features), fitted ONLY on the probe files other than the round's own, and
cross-validated by FILE (8 folds of whole files). Decision: keep the current bold span unless the model's best sentence
lies outside it and beats the span's best by more than tau, then bold that sentence alone.
  python3 bench/fit-bold.py TRAIN.jsonl OWN.jsonl DEV.jsonl PROBE.jsonl
Feature sets: 'choice' = what `answerSentences` computes (scores, picks, places, words held, the question's flags);
'choice+kinds' adds what a sentence states (a negation, a modal, a cause, a figure, a label lead, the question's last
word, words new to the passage) crossed with the question's shape.
"""
import json, re, sys
import numpy as np

def norm(s): return re.sub(r'\s+', ' ', s).strip()
def matches(a, g):  # bench/quality.ts answerMatches
    a = norm(a).lower(); g = norm(g).lower()
    if not a: return False
    if g in a or a in g: return True
    words = [w for w in re.split(r'\W+', g) if w]; have = set(re.split(r'\W+', a))
    return sum(w in have for w in words) >= 0.6 * len(words)

QUERY_FLAGS = list(range(20, 29))  # keywords, agent, quantity, date, law, permission, fact, cause, event
def choice_features(F):
    base = F[:, :19]
    logs = np.log(F[:, [0, 1]] + 0.02)
    inter = [F[:, c] * F[:, q] for c in (3, 5, 2) for q in QUERY_FLAGS]  # opening, place, current span × the question's flags
    return np.hstack([base, logs, np.array(inter).T])

STOP = set("the a an of to in and or for is are was were be been do does did can could may might will would should what which who whom how why when where there their they it its this that with on at by from as any about have has had not no i you we my your our me us get got".split())
def stems(s): return [w[:5] for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 2]
NEG = re.compile(r"\b(no|none|nor|never|neither|not|rarely|seldom)\b|n't\b", re.I)
MODAL = re.compile(r"\b(may|can|cannot|must|allowed|permitted|entitled|eligible|right to|prohibit\w*|bans?|forbid\w*)\b", re.I)
CAUSE = re.compile(r"\b(because|due to|owing to|as a result|in response to|caused by|result\w* from)\b", re.I)
LABEL = re.compile(r"^[A-Z][\w'’/,\- ]{2,60}: ")
def shape(q):
    q = q.lower()
    return [bool(re.match(r"(is|are|was|were|do|does|did|has|have|had)\b", q)), bool(re.match(r"(can|could|may|must)\b", q)),
            bool(re.match(r"(why|how come)\b", q)), bool(re.search(r"\bwho\b", q)), bool(re.search(r"\bhow (many|much)\b", q)),
            bool(re.search(r"what happen", q)), bool(re.match(r"what\b", q))]
def kind_features(r):
    qs = stems(r['query']); qset = set(qs); last = qs[-1] if qs else None
    sh = shape(r['query']); seen = set(); rows = []
    for i, s in enumerate(r['sentences']):
        sset = set(stems(s))
        f = [len(qset & sset) / max(1, len(qset)), len(sset - qset - seen) / max(1, len(sset)), float(last in sset) if last else 0.0,
             bool(NEG.search(s)), bool(MODAL.search(s)), bool(CAUSE.search(s)), bool(re.search(r"\d", s)), bool(LABEL.match(s)) and i == 0,
             len((sset & qset) - seen) / max(1, len(qset))]
        seen |= sset
        rows.append(f + [a * b for a in (f[3], f[4], f[5], f[6], f[2], float(i == 0)) for b in sh])
    return np.array(rows, float)

def load(path, kinds):
    rows = [json.loads(l) for l in open(path)]
    for r in rows:
        X = choice_features(np.array(r['features'], float))
        r['X'] = np.hstack([X, kind_features(r)]) if kinds else X
        r['single_ok'] = [matches(s, r['gold']) for s in r['sentences']]
    return rows

NMAX = 16
def fit(rows, l2, iters=400):
    data = [r for r in rows if sum(r['label'])]
    d = data[0]['X'].shape[1]; X = np.zeros((len(data), NMAX, d)); M = np.zeros((len(data), NMAX), bool); Y = np.zeros((len(data), NMAX))
    for i, r in enumerate(data):
        n = r['X'].shape[0]; X[i, :n] = r['X']; M[i, :n] = True; y = np.array(r['label'], float); Y[i, :n] = y / y.sum()
    mu = X[M].mean(0); sd = X[M].std(0) + 1e-9; Xs = (X - mu) / sd * M[..., None]
    w = np.zeros(d); m = np.zeros(d); v = np.zeros(d)
    for t in range(1, iters + 1):
        s = np.where(M, Xs @ w, -1e9); s -= s.max(1, keepdims=True); p = np.exp(s) * M; p /= p.sum(1, keepdims=True)
        g = np.einsum('rn,rnd->d', p - Y, Xs) / len(X) + l2 * w / len(X)
        m = 0.9 * m + 0.1 * g; v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w, mu, sd

def decide(r, model, tau, opening_only):
    w, mu, sd = model; s = ((r['X'] - mu) / sd) @ w
    a, b = r['span']['first'], r['span']['last']; m = int(np.argmax(s))
    if a <= m <= b or s[m] - s[a:b + 1].max() <= tau or (opening_only and (a, b) != (0, 0)): return r['ok']
    return r['single_ok'][m]
def tally(rows, model, tau, opening_only=False):
    won = lost = 0
    for r in rows:
        new = decide(r, model, tau, opening_only); won += new and not r['ok']; lost += r['ok'] and not new
    return f'+{won} −{lost}'

if __name__ == '__main__':
    train_p, own_p, dev_p, probe_p = sys.argv[1:5]
    TAUS = (0, 0.5, 1, 2)
    for kinds in (False, True):
        train = load(train_p, kinds); own = load(own_p, kinds); dev = load(dev_p, kinds); probe = load(probe_p, kinds)
        tune = [r for r in own if int(re.sub(r'\D', '', r['id'])) % 2 == 1]; held = [r for r in own if int(re.sub(r'\D', '', r['id'])) % 2 == 0]
        files = sorted(set(r['file'] for r in train)); folds = [files[i::8] for i in range(8)]
        for opening_only in (False, True):
            cv = {t: [0, 0] for t in TAUS}; alone = 0
            for k in range(8):
                tr = [r for r in train if r['file'] not in folds[k]]; te = [r for r in train if r['file'] in folds[k]]
                model = fit(tr, 3.0)
                for t in TAUS:
                    won, lost = map(int, re.findall(r'\d+', tally(te, model, t, opening_only))); cv[t][0] += won; cv[t][1] += lost
                if not opening_only:
                    w, mu, sd = model; alone += sum(r['single_ok'][int(np.argmax(((r['X'] - mu) / sd) @ w))] for r in te)
            name = ('choice+kinds' if kinds else 'choice') + (', opening-only switch' if opening_only else '')
            print(f"{name}: {len(train)} training rows ({sum(r['ok'] for r in train)} answered now), {len(files)} files")
            if not opening_only: print(f'  the model\'s own pick bolded alone, cross-validated: {alone} answered')
            model = fit(train, 3.0)
            for t in TAUS:
                print(f'  tau {t}: CV by file +{cv[t][0]} −{cv[t][1]} | own tune {tally(tune, model, t, opening_only)} held-out {tally(held, model, t, opening_only)} dev {tally(dev, model, t, opening_only)} probe file {tally(probe, model, t, opening_only)}')
