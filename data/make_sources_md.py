#!/usr/bin/env python3
"""Regenerates data/SOURCES.md from the dataset: every cited page, by publisher, with where it is used.
Run from anywhere: python3 data/make_sources_md.py  (a test checks that every cited URL is listed)."""
import collections, csv, glob, json, os

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
events = [x for f in sorted(glob.glob('events/*.json')) for x in json.load(open(f, encoding='utf-8'))]
features = [x for f in sorted(glob.glob('layers/*.geojson')) for x in json.load(open(f, encoding='utf-8'))['features']]
trade = list(csv.DictReader(open('trade.csv', encoding='utf-8')))
base_map = json.load(open('base-map.json', encoding='utf-8'))
sources = collections.OrderedDict()


def add(source, where):
    entry = sources.setdefault(source['url'], {'title': source['title'], 'publisher': source['publisher'],
                                               'date': source.get('date') or '',
                                               'lang': source.get('title_lang') or '', 'used': set()})
    entry['used'].add(where)


for event in events:
    for source in event['sources']:
        add(source, event['id'])
for feature in features:
    for source in feature['properties']['sources']:
        add(source, feature['id'])
for row in trade:
    add({'title': row['source_title'], 'publisher': row['source_publisher'], 'url': row['source_url'],
         'date': row['source_date'], 'title_lang': row['source_title_lang']}, 'trade ' + row['year'])
for change in base_map:
    for source in change['sources']:
        add(source, 'base map ' + change['id'])
by_publisher = collections.defaultdict(list)
for url, source in sources.items():
    by_publisher[source['publisher']].append((url, source))
with_seed = sum(1 for e in events if e.get('disagreement', {}).get('source', '').startswith('seed'))
among_sources = sum(1 for e in events if 'disagreement' in e) - with_seed

method = open('SOURCES-method.md', encoding='utf-8').read()
method = method.replace('{seed_disagreements}', str(with_seed)).replace('{source_disagreements}', str(among_sources))
lines = ['# Sources of the dataset', '',
         f"The atlas's {len(events)} events, {len(features)} map features, {len(trade)} yearly trade figures and {len(base_map)} base-map change(s) cite "
         f"{len(sources)} distinct public pages from {len(by_publisher)} publishers. The list below is generated "
         "from the dataset by `make_sources_md.py`; the method comes from `SOURCES-method.md`.", '', method.strip(), '',
         '## The sources, by publisher', '']
for publisher in sorted(by_publisher, key=lambda p: (-len(by_publisher[p]), p.lower())):
    lines.append(f'### {publisher}')
    lines.append('')
    for url, source in by_publisher[publisher]:
        # The title's language where it is not English, then the page's date.
        details = [x for x in (source['lang'] if source['lang'] != 'en' else '', source['date']) if x]
        date = f" ({', '.join(details)})" if details else ''
        lines.append(f"- [{source['title']}]({url}){date}: {', '.join(sorted(source['used']))}")
    lines.append('')
open('SOURCES.md', 'w', encoding='utf-8').write('\n'.join(lines))
print(f'{len(sources)} sources from {len(by_publisher)} publishers written to data/SOURCES.md')
