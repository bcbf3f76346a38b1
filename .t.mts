import { seedExtraction } from './tests/unit/analysis/seed-fixture.ts';
import { judgeOffTopic } from './utils/analysis/off-topic.ts';
import { buildReplyTree } from './utils/analysis/reply-tree.ts';
const ex = seedExtraction();
const tree = buildReplyTree(ex.comments);
const idx = new Map(tree.map((n,i)=>[n.id,i]));
const j = judgeOffTopic({article: ex.article, lang:'en', comments: ex.comments, parentIndex: tree.map(n=>n.parentId?idx.get(n.parentId)!:-1), skip: ex.comments.map(c=>c.id==='C9'), sensitivity: 'normal'});
console.log(j.map((x,i)=>`${ex.comments[i]!.id}:${x.status.slice(0,3)} ${x.evidence.toFixed(2)}/${x.terms}${x.mark? ' '+x.mark.score:''}`).join('\n'));
