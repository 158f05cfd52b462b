# Glyph-width change between neighbouring body lines of a screen-edition
# PDF (10.5 pt Liberation Serif): within paragraphs (MuPDF's text blocks)
# and between all neighbouring body lines. Usage: jumps.py file.pdf
import re,subprocess,html,sys,os,glob
from PIL import ImageFont
FONT=ImageFont.truetype(os.environ.get('LIBERATION_SERIF') or sorted(glob.glob(os.path.expanduser('~/go/pkg/mod/github.com/go-fonts/liberation@*/liberationserifregular/LiberationSerif-Regular.ttf')))[-1],2048)
size=10.5
s=subprocess.run(['mutool','draw','-q','-F','stext','-o','-',sys.argv[1]],capture_output=True,text=True).stdout
inpara=[];allp=[]
for page in re.findall(r'<page.*?</page>',s,re.S):
  prevb=None
  for block in re.findall(r'<block.*?</block>',page,re.S):
    prev=None
    for line in re.findall(r'<line.*?</line>',block,re.S):
        fonts=re.findall(r'<font name="([^"]*)" size="([\d.]+)">(.*?)</font>',line,re.S)
        if not fonts or any(abs(float(sz)-size)>size*0.03 for n,sz,_ in fonts): prev=None; prevb=None; continue
        rs=[]
        for n,sz,body in fonts:
            if n!='LiberationSerif-Regular': continue
            for qq,c in re.findall(r'<char quad="([^"]*)"[^>]*c="([^"]*)"',body):
                c=html.unescape(c)
                if c.isalpha(): q=[float(v) for v in qq.split()]; rs.append((q[2]-q[0])/(FONT.getlength(c)*size/2048))
        if len(rs)<10: prev=None; prevb=None; continue
        rs.sort(); sc=rs[len(rs)//2]-1
        if prev is not None:
            inpara.append(abs((1+sc)/(1+prev)-1))
        if prevb is not None: allp.append(abs((1+sc)/(1+prevb)-1))
        prev=sc; prevb=sc
for name,v in [('within paragraphs',inpara),('all neighbours',allp)]:
    v.sort(); print(name,len(v),'p95 %.2f%% max %.2f%%'%(100*v[int(len(v)*.95)],100*v[-1]))
