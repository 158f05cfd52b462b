# Measures justified body text from a screen-edition PDF set with the
# default theme (10.5 pt Liberation Serif), as issue 14 asks: word gaps
# from pdftotext -bbox-layout, glyph widths (from MuPDF's glyph boxes
# against the font's advances), line ends and their protrusion from MuPDF's
# structured text. Needs poppler-utils, mupdf-tools, python3-pil and the
# Liberation Serif TTF (give its path as LIBERATION_SERIF, default: the
# module cache).
# Usage: measure.py file.pdf margin_left_mm margin_right_mm
import re,subprocess,sys,statistics,html
import xml.etree.ElementTree as ET
from PIL import ImageFont
import os,glob
FONT=ImageFont.truetype(os.environ.get('LIBERATION_SERIF') or sorted(glob.glob(os.path.expanduser('~/go/pkg/mod/github.com/go-fonts/liberation@*/liberationserifregular/LiberationSerif-Regular.ttf')))[-1],2048)
ADV={}
def adv(c):
    if c not in ADV: ADV[c]=FONT.getlength(c)*size/2048
    return ADV[c]
VERBOSE=False
pdf=sys.argv[1]; ml=float(sys.argv[2])*72/25.4; mr=float(sys.argv[3])*72/25.4
W=595.2756; right=W-mr; size=10.5
serif_space=0.25*size            # Liberation Serif space: 512/2048 em
asc,desc=0.891*size,0.216*size   # poppler's word box height
texh=0.9066*size if 'LuaTeX' in subprocess.run(['pdfinfo',sys.argv[1]],capture_output=True,text=True).stdout else -99 # LuaTeX embeds the font with a smaller box
x=subprocess.run(['pdftotext','-bbox-layout',pdf,'-'],capture_output=True,text=True).stdout
x=re.sub(r'<!DOCTYPE[^>]*>','',x).replace('xmlns="http://www.w3.org/1999/xhtml"','')
root=ET.fromstring(x)
gaps=[];lines=0
for page in root.iter('page'):
    for line in page.iter('line'):
        ws=list(line.iter('word'))
        if not ws: continue
        h=float(ws[0].get('yMax'))-float(ws[0].get('yMin'))
        if min(abs(h-(asc+desc)),abs(h-texh))>0.3: continue
        x0=float(line.get('xMin')); x1=float(line.get('xMax'))
        if not (ml-4<x0<right-50): continue
        if re.match(r'^(•|\d+\.|[a-z]\))$',ws[0].text or ''): ws=ws[1:]
        lines+=1
        if not (right-0.6<x1<right+5): continue
        for a,b in zip(ws,ws[1:]):
            g=(float(b.get('xMin'))-float(a.get('xMax')))/serif_space
            gaps.append(g)
            if g>1.8 and VERBOSE: print('  wide gap %.2f: %s'%(g,' '.join(w.text for w in ws)))
gaps.sort()
q=lambda v,p: v[min(len(v)-1,int(len(v)*p))]
print("body lines %d, gaps %d: p50 %.3f p95 %.3f max %.3f mean|g-1| %.3f"%(lines,len(gaps),q(gaps,.5),q(gaps,.95),gaps[-1],statistics.mean(abs(g-1) for g in gaps)))
# MuPDF: per line, font size (expansion) and last/first char extents
s=subprocess.run(['mutool','draw','-q','-F','stext','-o','-',pdf],capture_output=True,text=True).stdout
overs={};jumps=[];scales=[];hang={'-':[],',':[],'.':[]};run=0;maxrun=0;hyph=0;over=0;total=0
for page in re.findall(r'<page.*?</page>',s,re.S):
    prev=None
    for line in re.findall(r'<line.*?</line>',page,re.S):
        f=re.findall(r'<font name="([^"]*)" size="([\d.]+)"',line)
        chars=re.findall(r'<char quad="([^"]*)"[^>]*c="([^"]*)"',line)
        if not f or not chars or not re.search(r'Serif(-Regular)?$',f[0][0].split('+')[-1]) or abs(float(f[0][1])-size)>size*0.03:
            prev=None; run=0; continue
        q0=[float(v) for v in chars[0][0].split()]
        if not (ml-4<q0[0]<ml+0.5): prev=None; run=0; continue
        total+=1
        rs=sorted((float(qq.split()[2])-float(qq.split()[0]))/adv(html.unescape(c)) for qq,c in chars if html.unescape(c).isalpha())
        if not rs: prev=None; continue
        while chars and html.unescape(chars[-1][1])==' ': chars.pop() # the text layer's word space after a line's last word
        sz=rs[len(rs)//2]*size
        scales.append(sz/size-1)
        if prev is not None: jumps.append(abs(sz/prev-1))
        prev=sz
        last=html.unescape(chars[-1][1]); ql=[float(v) for v in chars[-1][0].split()]
        if ql[2]>right+0.05 and last not in hang: over+=1; overs[last]=overs.get(last,0)+1
        if last in hang and ql[2]>right-1: hang[last].append(ql[2]-right)
        if last=='-': run+=1; hyph+=1; maxrun=max(maxrun,run)
        else: run=0
jumps.sort(); scales.sort()
print("lines %d: glyph-width change between neighbouring lines p95 %.2f%% max %.2f%%; scaling min %.2f%% max %.2f%%"%(total,100*q(jumps,.95),100*jumps[-1],100*scales[0],100*scales[-1]))
for c,v in hang.items():
    if v: print("line end %r: %d lines, protrusion median %.2f pt"%(c,len(v),statistics.median(v)))
print("hyphenated lines %d, longest run %d, lines past the margin ending otherwise %d %s"%(hyph,maxrun,over,overs))
