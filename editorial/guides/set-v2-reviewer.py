#!/usr/bin/env python3
"""After merging a batch whose waiting ids were checked by a second reviewer (reviews/B.v2.json),
record that reviewer on those entries. Args: BATCH NAME. Run in the repository."""
import json, glob, sys
b, name = sys.argv[1], sys.argv[2]
ids = set(open(f'/work/dict-work/waiting-{b}.txt').read().split())
for f in glob.glob('dictionary/entries/*.json'):
    d = json.load(open(f)); n = 0
    for e in d:
        if e['id'] in ids and e.get('reviewedBy', '').startswith('reviewer-R-'):
            e['reviewedBy'] = f'{name} (independent of the author)'; n += 1
    if n:
        json.dump(d, open(f, 'w'), indent=2, ensure_ascii=False); open(f, 'a').write('\n'); print(f, n)
