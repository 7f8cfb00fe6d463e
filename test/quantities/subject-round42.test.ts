// Round 42 (quantity subjects): sentences written for this test in other places, bodies and figures than
// the genre corpus.
import { describe } from 'vitest';
import { run } from './subject-harness.js';

describe('taking apprentices is an act that names the apprentices counted; its master and adverbs do not', () => {
  run([
    ['这个工作室今年已带徒17名。', '17名', '带徒'],
    ['每名首席技师每人每年带徒不少于2名。', '不少于2名', '带徒'],
    ['老杨从业三十年，先后带徒40余人。', '40余人', '带徒'],
    ['各工作室近两年带徒传技320人次。', '320人次', '带徒传技'],
    ['她先後帶徒26人。', '26人', '帶徒'],
    // (a noun it makes with what follows stays whole)
    ['全县有带徒师傅38名。', '38名', '带徒师傅'],
  ]);
});

describe('学员 are those trained: 培训 before them is the act, 参训 makes one noun with them', () => {
  run([
    ['县职教中心全年培训学员840人次。', '840人次', '学员'],
    ['本期参训学员共65人。', '65人', '参训学员'],
    // (职工 is no trainee by itself: 培训职工 stays one phrase)
    ['全年培训职工1900人次。', '1900人次', '培训职工'],
  ]);
});

describe('a share of a set a clause defines (X的 + 占/达/不足 + share) keeps the clause and its 的', () => {
  run([
    ['受访的返乡青年中持有职业技能等级证书的仅占三成。', '三成', '持有职业技能等级证书的'],
    ['被调查企业中已建立技能等级认定制度的达64.5%。', '64.5%', '已建立技能等级认定制度的'],
    ['参训学员中愿意参加中长期培训的为41.2%。', '41.2%', '愿意参加中长期培训的'],
    // (a share written after the count of that set is of the same set)
    ['全年培训电工860人，其中取得职业技能等级证书的602人，占70%。', '70%', '取得职业技能等级证书的'],
    ['全區规模以上企业84家，已建立工資集體協商制度的63家，佔75%。', '75%', '已建立工資集體協商制度的'],
    // (a noun with 的 is no clause: the share is of the noun)
    ['全县一线职工占职工总数的62%。', '62%', '一线职工'],
  ]);
});
