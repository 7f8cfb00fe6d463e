// The grades of a review and of a grading scale (rules/grades.yaml), read by the quantities (a score band's grade,
// 85分以上为优秀) and by the named workshops (a workshop a review grades, 复核不合格).
import { z } from 'zod';
import { loadRuleFile, oncePerRulesDir } from '../rules/loader.js';

const GradeRule = z.object({
  id: z.literal('grades'),
  scale: z.array(z.string().min(2)).min(1),
  reviewGrades: z.array(z.string().min(2)).min(1),
  failed: z.string().min(2),
  reviews: z.array(z.string().min(2)).min(1),
  examples: z.object({
    bands: z.array(z.object({ text: z.string(), figure: z.string(), grade: z.string() })),
    reviewed: z.array(z.object({ text: z.string(), name: z.string(), level: z.string() })),
    unreviewed: z.array(z.string()),
  }),
}).refine((r) => r.reviewGrades.every((g) => r.scale.includes(g)) && r.scale.includes(r.failed), { message: 'reviewGrades and failed are grades of the scale' });
export type GradeRule = z.infer<typeof GradeRule>;

/** the grade words as the patterns their readers match */
export interface GradeRules {
  rule: GradeRule;
  /** what follows a score band's figure to say its grade (以上为优秀, 至84分为良好): the grade captured (longest
   * first: 不合格 before 合格) */
  band: RegExp;
  /** a grade a review states before a workshop */
  reviewGrade: RegExp;
  /** a review of a class of workshops (对全县已命名的县级…工作室开展年度评估): the class captured */
  reviewOfClass: RegExp;
  /** a review that failed the workshop, right after its name (复核不合格, 评估结果为不合格) */
  failedAfter: RegExp;
}

const alternation = (xs: string[]): string => [...xs].sort((a, b) => b.length - a.length).join('|');

/** rules/grades.yaml, compiled once per rules folder */
export const gradeRules = oncePerRulesDir((dir): GradeRules => {
  const rule = loadRuleFile('grades.yaml', GradeRule, dir)[0];
  const review = alternation(rule.reviews);
  return {
    rule,
    band: new RegExp(`^(?:以上|以下|及以上|及以下)?(?:(?:至|到)\\d+(?:\\.\\d+)?分)?(?:为|為)(${alternation(rule.scale)})`),
    reviewGrade: new RegExp(`(?:${alternation(rule.reviewGrades)})`),
    reviewOfClass: new RegExp(`对([^。；\\n]{0,40}?(?:工作室|工作站))(?:开展|进行)了?[^。；\\n]{0,10}?(?:${review})`, 'g'),
    failedAfter: new RegExp(`(?:${review})(?:为|结果为)?${rule.failed}`),
  };
});
