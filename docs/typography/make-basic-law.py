# Long German prose for measuring the typesetting: the Basic Law (an
# official work, §5 UrhG), one section per chapter, its articles' clauses
# as paragraphs, up to LIMIT characters (default 60000: 23 pages).
# Reads gg.md (g/gg/index.md of github.com/bundestag/gesetze), writes
# content.toml. Usage: make-basic-law.py [LIMIT]
import re,sys
text=open('gg.md').read()
chapters=re.split(r'\n## ',text)[1:]
out=['[document]','kind = "Dokumentation"','title = "Grundgesetz (Auszug)"','subtitle = "Langer Text zum Messen des Satzes"',
     'event = "Messung"','date = 2026-11-30','language = "de-DE"','organisers = ["Messung"]','']
total=0
limit=int(sys.argv[1]) if len(sys.argv)>1 else 60000
for ch in chapters:
    title=ch.split('\n')[0].strip()
    paras=[]
    for part in re.split(r'\n### Art \w+\n',ch)[1:]:
        for p in part.strip().split('\n\n'):
            p=re.sub(r'\s+',' ',p).strip()
            if len(p)>200 and '(weggefallen)' not in p and not p.startswith('|'):
                paras.append(re.sub(r'^\(\d+\w?\) ','',p))
    if not paras: continue
    body='\n\n'.join(paras).replace('"','\\"')
    out+=['[[sections]]','kind = "talk"','title = "%s"'%re.sub(r'^[IVX]+[a-z]?\. - ','',title),'body = """',body,'"""','']
    total+=len(body)
    if total>limit: break
open('content.toml','w').write('\n'.join(out))
print(total)
