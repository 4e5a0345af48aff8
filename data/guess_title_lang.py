#!/usr/bin/env python3
"""First pass at every source's `title_lang`: the script of the title decides (Arabic → ar, Cyrillic → ru,
Han → zh, kana → ja, Hangul → ko); a Latin-script title is taken as English unless it is listed in
LATIN_NOT_ENGLISH below, after a person read it. Only sources without a title_lang are filled.
Run from anywhere: python3 data/guess_title_lang.py  (prints the Latin titles that are not plain ASCII, to review)."""
import csv, glob, io, json, os, re

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)

# Latin-script titles read by a person and found not to be English: url -> BCP 47 tag.
LATIN_NOT_ENGLISH = {
    'https://universalis.fr/evenement/17-19-decembre-1992-russie-chine-visite-du-president-boris-eltsine-en-chine': 'fr',
    'https://universalis.fr/evenement/2-6-fevrier-1989-nouveaux-progres-vers-une-normalisation': 'fr',
    'https://www.cinquantamila.it/storyTellerArticolo.php?storyId=5904f2ca549a8': 'it',
    'https://it.frwiki.wiki/wiki/Golfe_de_Pierre-le-Grand': 'it',
    'https://lt.wikipedia.org/wiki/Komsomolskas_prie_Amūro': 'lt',
    'https://franco.wiki/fr/Naouchki.html': 'fr',
    'https://fr.m.wikipedia.org/wiki/Tielieketi': 'fr',
    'https://de.wikipedia.org/wiki/Sainschand': 'de',
    'https://wiadomosci.wp.pl/ziemie-historycznie-nierosyjskie-6038680792032385g/8': 'pl',
    'https://www.vietnamplus.vn/kim-ngach-ngoai-thuong-ngatrung-dat-5545-ty-usd/76848.vnp': 'vi',
    'https://baonghean.vn/fr/ngay-nay-nam-xua-tran-chien-bien-gioi-trung-xo-1969-10165901.html': 'vi',
    'https://jiaoxuezhishi.com/kaoyanzhishi/h43s2f7k7n.html': 'es',
    'https://actualidad.rt.com/actualidad/522571-video-buques-guerra-china-rusia-destruir/amp': 'es',
    'https://cartadelsur.blogspot.com/2020/05/memoria-historica-la-mano-que-la-urss.html': 'es',
    'https://elpais.com/diario/1988/12/02/internacional/597020407_850215.html': 'es',
    'https://www.agenzianova.com/a/60150b07229c28.54279311/3293053/2021-01-30/business-news-gazprom-realizzato-12-per-cento-gasdotto-potere-siberia-da-kovjkta-a-chajandinskoe': 'it',
    'https://italian.cri.cn/1781/2019/06/06/221s343111.htm': 'it',
}


def guess(title, url):
    if url in LATIN_NOT_ENGLISH:
        return LATIN_NOT_ENGLISH[url]
    counts = {'ar': len(re.findall(r'[\u0600-\u06ff]', title)), 'ru': len(re.findall(r'[\u0400-\u04ff]', title)),
              'ja': len(re.findall(r'[\u3040-\u30ff]', title)), 'ko': len(re.findall(r'[\uac00-\ud7af]', title)),
              'zh': len(re.findall(r'[\u4e00-\u9fff]', title))}
    if counts['ja']:
        return 'ja'
    best = max(counts, key=counts.get)
    # A title in another script with an English gloss in brackets is still a title in that script.
    return best if counts[best] else 'en'


def fill(source, title_key='title', url_key='url', lang_key='title_lang'):
    if source[url_key] in LATIN_NOT_ENGLISH or not source.get(lang_key):
        source[lang_key] = guess(source[title_key], source[url_key])
        if source[lang_key] == 'en' and not source[title_key].isascii():
            print('review:', source[title_key][:120], source[url_key])


for path in sorted(glob.glob('events/*.json')):
    events = json.load(open(path, encoding='utf-8'))
    for event in events:
        for source in event['sources']:
            fill(source)
    open(path, 'w', encoding='utf-8').write(json.dumps(events, ensure_ascii=False, indent=2) + '\n')
for path in sorted(glob.glob('layers/*.geojson')):
    layer = json.load(open(path, encoding='utf-8'))
    for feature in layer['features']:
        for source in feature['properties']['sources']:
            fill(source)
    open(path, 'w', encoding='utf-8').write(json.dumps(layer, ensure_ascii=False, indent=2) + '\n')
rows = list(csv.DictReader(open('trade.csv', encoding='utf-8', newline='')))
columns = ['year', 'total_usd_bn', 'basis', 'source_title', 'source_publisher', 'source_url', 'source_date',
           'source_title_lang', 'note_en', 'note_ar']
for row in rows:
    fill(row, 'source_title', 'source_url', 'source_title_lang')
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=columns, lineterminator='\n')
writer.writeheader()
writer.writerows(rows)
open('trade.csv', 'w', encoding='utf-8', newline='').write(out.getvalue())
