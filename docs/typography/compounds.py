# Classifies the hyphenated line ends of PDFs set by make-long-text.py:
# each word broken at a line end (the part before the hyphen and the
# lower-case start of the next line) is marked by `brochure hyphenate
# -joints` ("=" at a compound joint, "-" elsewhere), and the break is
# counted as at a joint, inside the compound's first part (before its
# first joint), inside a later part, or in a simple word. Needs
# mupdf-tools (its text reads the glyphs as drawn; poppler reads brochure's
# hyphenated words whole) and a brochure binary (BROCHURE, default: brochure).
# Usage: compounds.py file.pdf [file.pdf …]   (e.g. one per measure)
import os,re,subprocess,sys
BIN=os.environ.get('BROCHURE','brochure')
pairs=[]
for pdf in sys.argv[1:]:
    lines=[l.strip() for l in subprocess.run(['mutool','draw','-q','-F','txt','-o','-',pdf],capture_output=True,text=True).stdout.split('\n')]
    for a,b in zip(lines,lines[1:]):
        m=re.search(r'(\w+)-$',a); n=re.match(r'([a-zäöüß]\w*)',b)
        if m and n and not re.search(r'\w+-\w+-$',a):
            pairs.append((m.group(1),n.group(1)))
words=sorted(set(h+t for h,t in pairs))
marked=dict(zip(words,subprocess.run([BIN,'hyphenate','-joints'],input='\n'.join(words)+'\n',capture_output=True,text=True).stdout.split('\n')))
count={'joint':0,'first part':0,'later part':0,'simple word':0,'not a pattern break':0}
for h,t in pairs:
    m=marked.get(h+t,'')
    # the mark after len(h) letters
    k=0;mark=None;first_joint=None
    for c in m:
        if c in '=-|':
            if k==len(h): mark=c
            if c=='=' and first_joint is None: first_joint=k
            continue
        k+=1
    if mark is None: count['not a pattern break']+=1
    elif mark=='=': count['joint']+=1
    elif first_joint is None: count['simple word']+=1
    elif len(h)<first_joint: count['first part']+=1
    else: count['later part']+=1
inc=count['joint']+count['first part']+count['later part']
print('%d hyphenated line ends; inside compounds %d: at a joint %.1f %%, inside the first part %.1f %%, inside a later part %.1f %%; simple words %d, not a pattern break %d'%(
    len(pairs),inc,100*count['joint']/max(1,inc),100*count['first part']/max(1,inc),100*count['later part']/max(1,inc),count['simple word'],count['not a pattern break']))
