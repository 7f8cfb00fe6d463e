# Writes 1,500 synthetic bulletins (paragraphs of the samples shuffled, a varying header and a
# closing figure) into the folder given, for timing search and ingest across schema versions:
#   python3 test/store/bench/gen-corpus.py /tmp/gen
#   node bin/gongwen.js ingest /tmp/gen --db /tmp/new.db --no-progress     (and with the other build)
#   node test/store/bench/search-timing.mjs "$PWD" /tmp/new.db
import random, sys, os
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
random.seed(7)
paras = []
for f in ['kuaibao-2022-23-tobacco.txt', 'notice-yungongtong-2022-21.txt', 'kuaibao-2021-10-qujing.md']:
    t = open(os.path.join(os.path.dirname(__file__), '../../../samples', f), encoding='utf-8').read()
    paras += [p for p in t.split('\n') if len(p) > 20]
cities = ['昆明市', '曲靖市', '玉溪市', '保山市', '昭通市', '丽江市', '普洱市', '临沧市']
for i in range(1500):
    ps = random.sample(paras, min(len(paras), 25))
    c = random.choice(cities)
    head = f"改革快报\n{2015+i%8}年第{i%40+1}期\n云南省新时期产业工人队伍建设改革工作协调领导小组办公室 {2015+i%8}年{i%12+1}月{i%27+1}日\n{c}推进产业工人队伍建设改革第{i}号\n"
    body = '\n'.join(ps) + f"\n{c}共建成劳模创新工作室{random.randint(3,90)}个，职工{random.randint(100,9000)}人。编号{i}\n"
    open(os.path.join(out, f'doc{i:04d}.txt'), 'w', encoding='utf-8').write(head + body)
