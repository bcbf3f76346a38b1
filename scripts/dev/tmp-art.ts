import { cachedExtraction } from '../lib/page-threads';
import { DRAGNET_DIR } from '../lib/paths';
for (const name of process.argv.slice(2)) {
  const ex = cachedExtraction('dragnet', DRAGNET_DIR, name);
  console.log('##', name, ex.article?.title, '|', ex.article?.lang, '|', ex.article?.text.slice(0, 400).replace(/\n/g, ' / '));
  console.log('   comments:', ex.comments.slice(0, 3).map((c) => c.text.slice(0, 100).replace(/\n/g, ' ')).join(' || '));
}
