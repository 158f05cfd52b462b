# Long German prose set twice, by brochure and by LuaLaTeX + microtype, on
# the same font (Liberation Serif 10.5/14.5 pt), measure (130 mm: A4 with
# 40 mm side margins, brochure's default), patterns (hyph-de-1996, which
# brochure ships) and minima (2/2), for issue 20's comparison. Sizes are in
# PDF points (TeX's bp): TeX's pt is 1/72.27 in, so 10.5 pt would set
# LuaLaTeX's text 0.37 % smaller than brochure's. The text is
# six fairy tales of the Brothers Grimm (tales.py, public domain), then the
# Basic Law (an official work, §5 UrhG) from the preamble on: each tale and
# chapter a section, each paragraph and clause a paragraph, up to LIMIT
# characters in all. Reads gg.md (g/gg/index.md of
# github.com/bundestag/gesetze); writes content.toml (brochure) and
# long.tex (LuaLaTeX) into the current folder.
# Usage: make-long-text.py [LIMIT] [MARGIN_MM]
#   python3 make-long-text.py 66000 && brochure build -edition screen -o long.pdf content.toml
#   lualatex long.tex && python3 measure.py long.pdf 40 40 && python3 measure.py long-tex.pdf 40 40
import os,re,sys
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from tales import TALES
limit=int(sys.argv[1]) if len(sys.argv)>1 else 60000
margin=float(sys.argv[2]) if len(sys.argv)>2 else 40
text=open('gg.md').read()
chapters=re.split(r'\n## ',text)[1:]
sections=list(TALES);total=sum(len(p) for _,ps in TALES for p in ps)
for ch in chapters:
    title=re.sub(r'^[IVX]+[a-z]?\. - ','',ch.split('\n')[0].strip())
    paras=[]
    body=ch.split('\n',1)[1] if '\n' in ch else ''
    for part in re.split(r'\n### Art \w+\n',body):
        for p in part.strip().split('\n\n'):
            p=re.sub(r'\s+',' ',p).strip()
            if len(p)>120 and '(weggefallen)' not in p and not p.startswith('|') and not p.startswith('#'):
                paras.append(re.sub(r'^\(\d+\w?\) ','',p))
    if not paras: continue
    sections.append((title,paras))
    total+=sum(len(p) for p in paras)
    if total>limit: break
out=(['theme = "theme.toml"'] if margin!=40 else [])+['[document]','kind = "Dokumentation"','title = "Märchen und Grundgesetz"','subtitle = "Langer Text zum Messen des Satzes"',
     'event = "Messung"','date = 2026-11-30','language = "de-DE"','organisers = ["Messung"]']
out.append('')
for title,paras in sections:
    body='\n\n'.join(paras).replace('\\','\\\\').replace('"','\\"')
    out+=['[[sections]]','kind = "talk"','title = "%s"'%title,'body = """',body,'"""','']
open('content.toml','w').write('\n'.join(out))
if margin!=40:
    open('theme.toml','w').write('[page]\nmargin_left = "%gmm"\nmargin_right = "%gmm"\n'%(margin,margin))
tex=[r'\documentclass{article}',
     r'\usepackage[a4paper,left=%gmm,right=%gmm,top=25mm,bottom=30mm]{geometry}'%(margin,margin),
     r'\usepackage{fontspec}\setmainfont{Liberation Serif}',
     r'\usepackage[ngerman]{babel}',
     r'\usepackage[protrusion=true,expansion=true,stretch=20,shrink=20]{microtype}',
     r'\setlength\parindent{0pt}\setlength\parskip{7bp plus 1bp}\pagestyle{empty}',
     r'\begin{document}\fontsize{10.5bp}{14.5bp}\selectfont']
esc=lambda s: re.sub(r'([%$&#_{}])',r'\\\1',s).replace('§','\\S{}')
for title,paras in sections:
    tex.append(r'\section*{\normalsize %s}'%esc(title))
    tex+= [esc(p)+'\n' for p in paras]
tex.append(r'\end{document}')
open('long.tex','w').write('\n'.join(tex))
print(total,'characters,',len(sections),'sections')
