// The marks a list item may open with. A leaf module (it imports nothing) so that any module may use the class at
// load time: head-phrase.ts sits on an import cycle (head-phrase → named/doc → compiled-rules → lists → subject),
// and a constant read at load time through that cycle is not yet initialised when head-phrase is loaded first.

/** the marks a list item may open with (◆ 某县职工创新工作室（3个）): they mark the item and name nothing */
export const BULLET = '[◆◇●○■□▲△★☆•·▪►▶]';
