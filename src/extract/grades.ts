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
  /** a grade of the scale, captured (longest first: 不合格 before 合格) */
  scale: string;
  /** a grade a review states before a workshop */
  reviewGrade: RegExp;
  /** the act of a review */
  review: string;
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
    scale: alternation(rule.scale),
    reviewGrade: new RegExp(`(?:${alternation(rule.reviewGrades)})`),
    review,
    failedAfter: new RegExp(`(?:${review})(?:为|结果为)?${rule.failed}`),
  };
});
