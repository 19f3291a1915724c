export const EXPLORER_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>GraphQL 查询台 · explorer</title>
<style>body{font:14px system-ui,sans-serif;margin:0;display:grid;grid-template-columns:1fr 1fr 320px;height:100vh}
textarea,pre{box-sizing:border-box;width:100%;font:13px ui-monospace,monospace;margin:0;border:0;padding:8px}
section{display:flex;flex-direction:column;border-right:1px solid #ccc;min-height:0}#q{flex:3}#v{flex:1;border-top:1px solid #ccc}
pre{flex:1;overflow:auto;background:#f7f7f7}header{padding:6px;background:#eee;display:flex;gap:6px}#docs{overflow:auto;padding:8px}
#docs details{margin:2px 0}#docs small{color:#666}</style></head><body>
<section><header><button id="run">运行 · Run (Ctrl+Enter)</button><input id="tok" placeholder="API token (可选 · optional)" size="28"></header>
<textarea id="q" spellcheck="false">{ metrics(section: "二") { key labelZh labelEn unit templates comparability } }</textarea>
<textarea id="v" spellcheck="false" placeholder="variables (JSON)">{}</textarea></section>
<section><header>结果 · Result</header><pre id="out"></pre></section>
<section><header>文档 · Docs</header><div id="docs">…</div></section>
<script>
const $=(i)=>document.getElementById(i);$('tok').value=localStorage.getItem('dh-token')||'';
async function gql(query,variables){const h={'content-type':'application/json','apollo-require-preflight':'true'};
const t=$('tok').value.trim();localStorage.setItem('dh-token',t);if(t)h.authorization='Bearer '+t;
const r=await fetch('/graphql',{method:'POST',headers:h,body:JSON.stringify({query,variables})});return r.json();}
async function run(){let v={};try{v=JSON.parse($('v').value||'{}')}catch(e){$('out').textContent='variables: '+e.message;return}
$('out').textContent='…';const t0=performance.now();const r=await gql($('q').value,v);
$('out').textContent=JSON.stringify(r,null,2)+'\\n\\n// '+Math.round(performance.now()-t0)+' ms';}
$('run').onclick=run;document.onkeydown=(e)=>{if(e.ctrlKey&&e.key==='Enter')run()};
const esc=(s)=>String(s??'').replace(/[&<>]/g,(c)=>({'&':'&amp;','<':'&lt;','>':'&gt;'}[c]));
const tn=(t)=>t.kind==='NON_NULL'?tn(t.ofType)+'!':t.kind==='LIST'?'['+tn(t.ofType)+']':t.name;
gql('{__schema{types{name kind description fields{name description type{kind name ofType{kind name ofType{kind name ofType{kind name}}}} args{name type{kind name ofType{kind name ofType{kind name}}}}}}}}',{}).then((r)=>{
const types=r.data.__schema.types.filter((t)=>!t.name.startsWith('__')&&t.fields);
types.sort((a,b)=>(a.name==='Query'?-2:a.name==='Mutation'?-1:0)-(b.name==='Query'?-2:b.name==='Mutation'?-1:0)||a.name.localeCompare(b.name));
$('docs').innerHTML=types.map((t)=>'<details'+(t.name==='Query'?' open':'')+'><summary><b>'+esc(t.name)+'</b> <small>'+esc(t.description)+'</small></summary><ul>'+
t.fields.map((f)=>'<li><code>'+esc(f.name)+(f.args.length?'('+f.args.map((a)=>esc(a.name)+': '+esc(tn(a.type))).join(', ')+')':'')+': '+esc(tn(f.type))+'</code><br><small>'+esc(f.description)+'</small></li>').join('')+'</ul></details>').join('');});
</script></body></html>`;
