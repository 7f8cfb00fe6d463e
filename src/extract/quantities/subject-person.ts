// Whose age a figure states when the person is the topic of its clause: 扈振宇今年34岁, 护林员努尔艾力·吐尔逊今年52岁.
// A present age (今年, 现年) told right after a person's name is told of that person: the genre's golds name the
// person (held38, held64–72), older golds accept the name beside 年龄 (held24–43, 49 of the 50 such ages). A
// pronoun (他今年46岁) or a clause opening on the age leaves the attribute 年龄 to the caller.

/** the present-age adverb closing the topic, with an adverb of degree after it (今年只有, 现年已) */
const NOW = /(?:今年|现年)(?:年仅|仅|只有|才|已经|已|也|刚满|已满|刚|满)?$/;
/** a name standing alone as the topic: two to four Han characters, or a transcribed name of the minority peoples
 * with its parts joined by a middle dot (a post before it, 护林员努尔艾力·吐尔逊, has no edge a pattern can see) */
const PLAIN = /^[\u4e00-\u9fa5]{2,4}$/;
const TRANSCRIBED = /^[\u4e00-\u9fa5]{1,5}(?:·[\u4e00-\u9fa5]{1,8})+$/;
/** topics of that shape that name no one person: pronouns, a person by kin or rank, a body or a whole */
const NO_NAME =
  /^(?:他|她|我|你|其|他们|她们|我们|本人|自己|该同志|这位|那位)|(?:们|同志|师傅|老人|孩子|儿子|女儿|父亲|母亲|丈夫|妻子|爱人|选手|职工|工人|全县|全市|全区|俩)$|[县市区省乡镇村厂司队组的及与]/;

/** a post or a description of a person written before the name ends in one of these (磨工, 厨师, 护林员, 班长,
 * 第1名, 小伙, 渔把头, 获奖者, 书记, 职工代表, 绣娘, 果农; not 主任: 任 opens names); no name ends so (其中一名学员 names no one) */
const POST_END = /[工师员长手匠名伙头者记表人娘农]$/;
/** a transcribed name after a post (护林员努尔艾力·吐尔逊) */
const DOTTED_AFTER_POST = /[工师员长手匠名伙头者记表人娘农]([\u4e00-\u9fa5]{2,5}·[\u4e00-\u9fa5·]{1,12})$/;

/** a name after a post: the shortest tail of two to four Han characters that a post's last character precedes */
function afterPost(topic: string): string | null {
  for (let n = 2; n <= 4 && n < topic.length; n++) {
    const tail = topic.slice(-n);
    if (POST_END.test(topic.slice(0, -n)) && !POST_END.test(tail) && !NO_NAME.test(tail)) return tail;
  }
  return DOTTED_AFTER_POST.exec(topic)?.[1] ?? null;
}

/** a name standing alone, or after a post (乡村厨师黄月娥, 项目第1名敖德福) */
function nameOf(topic: string): string | null {
  // (技师李某: a post before a short name is cut off first)
  if (TRANSCRIBED.test(topic)) return topic;
  return afterPost(topic) ?? (PLAIN.test(topic) && !NO_NAME.test(topic) ? topic : null);
}

/** the person a present age is told of, when the clause before the age is that person's name (after a post) and 今年/现年 */
export function agedPerson(clause: string): string | null {
  const now = NOW.exec(clause);
  return now ? nameOf(clause.slice(0, now.index)) : null;
}
